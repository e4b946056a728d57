"""What a check is: a pure function ``(doc, ctx) -> CheckResult | None`` with an id and a group.

A check returns None when it does not apply (Yoast leaves such assessments out of its results and
its totals: textPresence on long texts, functionWordsInKeyphrase for ordinary keyphrases…).
``@check(id, group)`` turns a function returning ``(score, value, message)`` into a Check; it
registers nothing: the report runs the checks listed in ``seo_kit.score.checks.CHECKS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from seo_kit.score.report import CheckResult

__all__ = ["GROUPS", "Check", "check"]

GROUPS = ("seo", "readability", "extra")


@dataclass(frozen=True)
class Check:
    """One assessment: Yoast's id where Yoast has it, its group, and whether Yoast runs it."""

    id: str
    group: str  # "seo" | "readability" | "extra"
    yoast: bool
    measure: Callable  # (Document, Context) -> (score 0–9, value, message) | None

    def __call__(self, doc, ctx) -> CheckResult | None:
        outcome = self.measure(doc, ctx)
        if outcome is None:
            return None
        score, value, message = outcome
        return CheckResult.of(self.id, self.group, int(score), value, message, self.yoast)


def check(check_id: str, group: str, *, yoast: bool = True):
    """Decorator: the function becomes a Check named ``check_id`` in ``group``."""
    if group not in GROUPS:
        raise ValueError(f"unknown group {group!r}: use one of {', '.join(GROUPS)}")

    def make(func) -> Check:
        return Check(check_id, group, yoast, func)

    return make
