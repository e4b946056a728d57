"""The progress line from a run's steps, with a clock the test moves: step names, elapsed time,
an estimate that shrinks as calls finish, Cancel."""

from __future__ import annotations

import pytest

from seo_kit.errors import RewriteCancelled
from seo_kit.notebook.progress import RunProgress, estimate_seconds, format_duration
from seo_kit.rewrite.progress import Step


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def run_of(clock: Clock, *, embedded: bool, ui_lang: str = "fr") -> RunProgress:
    return RunProgress(n_variants=1, min_words=700, ui_lang=ui_lang, embedded=embedded,
                       clock=clock)


@pytest.mark.parametrize("seconds, shown", [
    (0, "0 s"), (41.4, "41 s"), (125, "2 min 05 s"), (3780, "1 h 03 min"),
])
def test_durations(seconds, shown):
    assert format_duration(seconds) == shown


def test_the_line_names_the_step_and_the_estimate_shrinks():
    clock = Clock()
    run = run_of(clock, embedded=True)
    run(Step(0, "variant", "start"))
    run(Step(0, "model", "start"))
    assert "chargement du modèle" in run.line()
    run(Step(0, "model", "done"))
    run(Step(0, "outline", "start"))
    clock.now = 60.0
    run(Step(0, "outline", "done", tokens=60, seconds=60.0))  # reads the whole article
    run(Step(0, "intro", "start"))
    clock.now = 80.0
    run(Step(0, "intro", "done", tokens=120, seconds=20.0))
    run(Step(0, "section", "start", index=1, total=5))
    line = run.line()
    assert line.startswith("Variante 1/1 · section 1 sur 5 · 1 min 20 s écoulées")
    first_estimate = run.eta_seconds()
    assert first_estimate == pytest.approx((3 + 5 - 2) * 20.0)  # typical call: 20 s, not 60
    clock.now = 100.0
    run(Step(0, "section", "done", index=1, total=5, tokens=200, seconds=20.0))
    assert run.eta_seconds() < first_estimate
    assert "jetons/s" in run.line()


def test_english_line():
    clock = Clock()
    run = run_of(clock, embedded=False, ui_lang="en")
    run(Step(0, "section", "start", index=2, total=4))
    assert "section 2 of 4" in run.line() and "elapsed" in run.line()


def test_cancel_stops_at_the_next_step_start():
    run = run_of(Clock(), embedded=False)
    run(Step(0, "outline", "start"))
    run.cancel()
    run(Step(0, "outline", "done", tokens=10, seconds=1.0))  # a call that ends is kept
    with pytest.raises(RewriteCancelled):
        run(Step(0, "intro", "start"))


def test_long_runs_are_estimated_against_the_embedded_rate():
    assert estimate_seconds(6, 2000, embedded=True) > 3600
    assert estimate_seconds(1, 700, embedded=False) < 120
