"""Small counting rules shared by the checks, written to behave like Yoast's JavaScript."""

from __future__ import annotations

import math

__all__ = ["format_number", "js_round", "percentage"]


def js_round(x: float) -> int:
    """Math.round: halves go up (Python's round() goes to even)."""
    return math.floor(x + 0.5)


def format_number(x: float) -> float:
    """Yoast's formatNumber: integers stay integers, other numbers keep one decimal."""
    if js_round(x) == x:
        return js_round(x)
    return js_round(x * 10) / 10


def percentage(part: int, whole: int) -> float:
    return format_number(part / whole * 100) if whole else 0
