"""The `on_step` seam: every step of a rewrite reported as it starts and ends, and a callback
that cancels the run keeps the variants that had finished (saved in the run log)."""

from __future__ import annotations

import pytest

from seo_kit.llm import RunLog
from seo_kit.rewrite import RewriteCancelled, RewriteManyError, Step, rewrite, rewrite_many
from seo_kit.rewrite.brief import Brief

# article, writer: tests/rewrite/conftest.py


def test_steps_start_and_end_with_sections_counted(scripted_endpoint, writer, article):
    steps: list[Step] = []
    rewrite(article, Brief(endpoint=scripted_endpoint, keywords=("Lavrov",), min_words=500),
            on_step=steps.append)
    names = [s.name for s in steps if s.state == "start"]
    # the seed's news gives the H1 as a clause: the first call is the standfirst's
    assert names[0] == "variant" and names[1] == "intro" and "outline" not in names
    assert steps[-1].name == "variant" and steps[-1].state == "done"
    sections = [s for s in steps if s.name == "section" and s.state == "start"]
    assert [s.index for s in sections] == list(range(1, len(sections) + 1))
    assert all(s.total and s.total >= len(sections) for s in sections)
    calls = [s for s in steps if s.state == "done" and s.name not in ("variant", "model")]
    assert calls and all(s.seconds is not None and s.seconds >= 0 for s in calls)
    assert any(s.tokens for s in calls)


def test_a_broken_display_does_not_stop_the_rewrite(scripted_endpoint, writer, article):
    def broken(step: Step) -> None:
        raise ValueError("display bug")

    variant = rewrite(article, Brief(endpoint=scripted_endpoint, keywords=("Lavrov",), min_words=300), on_step=broken)
    assert variant.text


def test_cancel_keeps_what_finished(scripted_endpoint, writer, article):
    finished: list[int] = []

    def cancel_after_first(step: Step) -> None:
        if step.name == "variant" and step.state == "done":
            finished.append(step.brief)
        if finished and step.state == "start":
            raise RewriteCancelled("stopped by the analyst")

    briefs = [Brief(endpoint=scripted_endpoint, keywords=("Lavrov",), min_words=300, seed=i) for i in (1, 2, 3)]
    before = len(RunLog().variants())
    with pytest.raises(RewriteManyError) as caught:
        rewrite_many(article, briefs, concurrency=1, progress=False,
                     on_step=cancel_after_first)
    kept = [v for v in caught.value.variants if v is not None]
    assert len(kept) == 1 and finished == [0]
    assert all(isinstance(e, RewriteCancelled) for e in caught.value.errors.values())
    assert len(RunLog().variants()) == before + 1
