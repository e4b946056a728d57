"""What a rewrite is doing, as it does it: one `Step` when a step starts and one when it ends.

    >>> def show(step: Step) -> None:
    ...     print(step.brief, step.name, step.state, step.index, step.total, step.tokens)
    >>> seo_kit.rewrite_article(article, lang="fr", on_step=show)

Front ends (the studio, notebooks) turn the steps into "section 3 of 6 · 41 s · about 2 min
left"; the estimate comes from the `tokens` and `seconds` of the finished model calls. A progress
callback may raise `RewriteCancelled` to stop a run: the rewrite stops before its next model
call, and `rewrite_many` still returns (in its error) every variant that had finished, already
saved in the run log.

Step names: "variant" (the whole brief: its "done" comes once the variant is saved), "model" (loading the embedded model), "outline" (the plan), "intro" (the
standfirst), "section" (k of n), "meta", "relang", "extend", "fix_intro", "headings" (restructure),
"repair" (a round of repairs), "grounding", and any other template step by its own name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from seo_kit.errors import RewriteCancelled

__all__ = ["Progress", "RewriteCancelled", "Step", "emit"]


@dataclass(frozen=True)
class Step:
    """One step of one brief's rewrite, as it starts (`state="start"`) or ends (`"done"`).

    brief: position of the brief in `rewrite_many` (0 for `rewrite`); index/total: "section k of
    n" (1-based) when the step is one of several; tokens: completion tokens of the model call
    (done, not cached); seconds: wall time of the call (done); cached: answered by the run log.
    """

    brief: int
    name: str
    state: Literal["start", "done"]
    index: int | None = None
    total: int | None = None
    tokens: int | None = None
    seconds: float | None = None
    cached: bool = False


Progress = Callable[[Step], None]


def emit(progress: Progress | None, step: Step) -> None:
    """Call the callback if there is one. `RewriteCancelled` goes through (it stops the run);
    any other error of a display callback must not lose a rewrite, so it is dropped."""
    if progress is None:
        return
    try:
        progress(step)
    except RewriteCancelled:
        raise
    except Exception:
        logging.getLogger(__name__).exception("progress callback failed on %s", step)
