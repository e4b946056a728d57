"""Small counting rules shared by the checks, written to behave like Yoast's JavaScript."""

from __future__ import annotations

import math

from seo_kit.score.matching import _PUNCT_CHARS

__all__ = ["format_number", "js_round", "percentage", "yoast_words"]


def js_round(x: float) -> int:
    """Math.round: halves go up (Python's round() goes to even)."""
    return math.floor(x + 0.5)


def format_number(x: float) -> float:
    """Yoast's formatNumber: integers stay integers, other numbers keep one decimal."""
    if js_round(x) == x:
        return js_round(x)
    return js_round(x * 10) / 10


def yoast_words(text: str) -> list[str]:
    """Words as Yoast's getWords counts them: split on spaces, edge punctuation removed."""
    return [w for w in (x.strip(_PUNCT_CHARS) for x in text.split()) if w]


def count_words(text: str) -> int:
    """len(yoast_words(text)), without building the list."""
    strip = str.strip
    return sum(1 for x in text.split() if strip(x, _PUNCT_CHARS))


def percentage(part: int, whole: int) -> float:
    return format_number(part / whole * 100) if whole else 0
