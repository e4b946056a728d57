"""Fixtures of the rewrite tests: the seed article as a rewrite reads it, and a scripted server
that answers every step like a small model would."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from french_writer import FrenchWriter
from seed_article import REQUEST

from seo_kit.rewrite.inputs import Article, read_article


@pytest.fixture
def article() -> Article:
    """The seed article (notebooks/data/article_request.txt), its request line skipped."""
    return read_article(REQUEST, skip_first_line=True)


@pytest.fixture
def writer(scripted_server) -> FrenchWriter:
    """The FrenchWriter (tests/french_writer.py) answering every request of ``scripted_server``."""
    scripted_server.responder = writer = FrenchWriter()
    return writer


@dataclass
class StepSession:
    """A stand-in for engine.Session that serves one step: ``call(step)`` answers from
    ``answers`` in order (the last one again once they run out), records each call's values in
    ``calls``; any other step is a test failure. ``template.steps`` holds that step only."""
    step: str
    answers: list[str]
    notes: list[str] = field(default_factory=list)
    calls: list[dict] = field(default_factory=list)

    @property
    def template(self) -> SimpleNamespace:
        return SimpleNamespace(steps={self.step: "…"})

    async def call(self, step: str, **values) -> tuple[str, bool]:
        assert step == self.step, f"unexpected step {step!r}"
        self.calls.append(values)
        return self.answers[min(len(self.calls), len(self.answers)) - 1], False


@pytest.fixture
def step_session() -> type[StepSession]:
    """``step_session("heading", [answers…])``: a StepSession (the shared fake session)."""
    return StepSession
