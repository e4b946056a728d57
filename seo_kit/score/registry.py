"""The check registry: every check is a pure function ``(doc, ctx) -> CheckResult | None``.

A check returns None when it does not apply (Yoast leaves such assessments out of its results and
its totals: textPresence on long texts, functionWordsInKeyphrase for ordinary keyphrases…).
Modules register their checks on import with ``@check(id, group)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from seo_kit.score.report import CheckResult

__all__ = ["CHECKS", "GROUPS", "Check", "check"]

GROUPS = ("seo", "readability", "extra")


@dataclass(frozen=True)
class Check:
    id: str
    group: str
    yoast: bool
    run: Callable  # (Document, Context) -> CheckResult | None

    def __call__(self, doc, ctx) -> CheckResult | None:
        return self.run(doc, ctx)


CHECKS: dict[str, Check] = {}


def check(check_id: str, group: str, *, yoast: bool = True):
    """Register a check function under ``check_id`` in ``group`` ("seo", "readability", "extra")."""
    if group not in GROUPS:
        raise ValueError(f"unknown group {group!r}: use one of {', '.join(GROUPS)}")

    def register(func):
        def run(doc, ctx):
            outcome = func(doc, ctx)
            if outcome is None:
                return None
            score, value, message = outcome
            return CheckResult(check_id, group, int(score), value, message, yoast)

        run.__name__ = func.__name__
        run.__doc__ = func.__doc__
        CHECKS[check_id] = Check(check_id, group, yoast, run)
        return func

    return register
