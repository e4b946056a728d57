"""The result of scoring one text: every check's verdict, readability figures and kept facts."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["CheckResult", "Report", "rating_for"]

# Short names people use for checks whose Yoast id is longer.
ALIASES = {"textTitle": "textTitleAssessment", "lists": "listsPresence",
           "keyphraseInTitle": "keyphraseInSEOTitle", "urlKeyword": "slugKeyword",
           "keywordDensity": "keyphraseDensity"}


def rating_for(score: int | None) -> str:
    """Yoast's scoreToRating: -1 error, 0 feedback, ≤4 bad, 5–7 ok, >7 good."""
    if score is None:
        return "feedback"
    if score < 0:
        return "error" if score == -1 else "bad"
    if score == 0:
        return "feedback"
    if score <= 4:
        return "bad"
    if score <= 7:
        return "ok"
    return "good"


@dataclass(frozen=True)
class CheckResult:
    """One check's verdict. ``score`` is on Yoast's 0–9 scale (rating_for() turns it into
    "good" | "ok" | "bad" | "feedback" | "error"; -999 means "no keyphrase"), ``value`` the
    measured quantity in the check's unit (a percentage, a count of Yoast words, pixels…)."""

    id: str  # Yoast's assessment id where Yoast has the check, e.g. "keyphraseDensity"
    group: str  # "seo" | "readability" | "extra"
    score: int
    value: Any  # the measured quantity (a percentage, a count, a width…)
    message: str
    yoast: bool = True  # False for checks Yoast does not run (ours)

    @classmethod
    def of(cls, check_id: str, group: str, score: int, value: Any, message: str,
           yoast: bool = True) -> CheckResult:
        """``CheckResult(check_id, group, score, value, message, yoast)``, its fields set in one
        step: a frozen dataclass's ``__init__`` sets each through ``object.__setattr__``, 1.4 us
        for these six against 0.7 us (timeit, Python 3.11), and every check of every audited
        page makes one (``checks.base.Check``). Equal, frozen and pickled alike."""
        result = object.__new__(cls)
        result.__dict__.update(id=check_id, group=group, score=score, value=value,
                               message=message, yoast=yoast)
        return result

    @property
    def rating(self) -> str:
        return rating_for(self.score)

    def to_dict(self) -> dict:
        return {**asdict(self), "rating": self.rating}


@dataclass(frozen=True)
class Report:
    """Every check of one text, as seo_kit.score() returns it.

    ``lang`` ("fr" | "en"); ``words`` and ``sentences`` counted the way Yoast counts them;
    ``seo_score`` and ``readability_score`` Yoast's totals (0–100); ``checks`` one CheckResult per
    check that applies, in the order of the registry (``report["keyphraseDensity"]`` finds one,
    KeyError naming the available ids when it is absent); ``readability`` the figures of
    seo_kit.score.readability (reading ease 0–100, LIX, shares, words per sentence); ``facts``
    {"kept", "dropped", "added": [fact…]} against a source, None without one; ``serp`` the Google
    preview (title and meta widths in pixels and characters, truncation, slug).
    """

    lang: str
    words: int
    sentences: int
    readability: dict[str, float | None]
    seo_score: int
    readability_score: int
    checks: tuple[CheckResult, ...]
    facts: dict[str, Any] | None = None
    serp: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, check_id: str) -> CheckResult:
        wanted = ALIASES.get(check_id, check_id)
        for check in self.checks:
            if check.id == wanted:
                return check
        raise KeyError(f"no check {check_id!r} in this report (checks that do not apply are left "
                       f"out); available: {', '.join(c.id for c in self.checks)}")

    def __contains__(self, check_id: str) -> bool:
        wanted = ALIASES.get(check_id, check_id)
        return any(c.id == wanted for c in self.checks)

    def get(self, check_id: str, default=None):
        try:
            return self[check_id]
        except KeyError:
            return default

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "words": self.words,
            "sentences": self.sentences,
            "readability": self.readability,
            "seo_score": self.seo_score,
            "readability_score": self.readability_score,
            "checks": [c.to_dict() for c in self.checks],
            "facts": self.facts,
            "serp": self.serp,
        }

    def __repr__(self) -> str:
        bad = [c.id for c in self.checks if c.rating == "bad"]
        return (f"<Report {self.lang} · {self.words} words · SEO {self.seo_score} · readability "
                f"{self.readability_score} · {len(self.checks)} checks, {len(bad)} bad>")

    def _repr_html_(self) -> str:
        """Jupyter: the headline figures, then the checks as a table (pandas escapes the cells)."""
        import html

        head = html.escape(repr(self))
        return f"<p><code>{head}</code></p>" + self.to_frame().to_html(index=False)

    def to_json(self, **kwargs) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, default=str, **kwargs)

    def to_frame(self):
        """One row per check: id, group, score, rating, value, message, yoast."""
        import pandas as pd

        return pd.DataFrame([c.to_dict() for c in self.checks],
                            columns=["id", "group", "score", "rating", "value", "message", "yoast"])
