"""Helpers for the scorer tests: run one registered check on a text."""

from __future__ import annotations

from seo_kit.score.checks import by_id
from seo_kit.score.context import Context
from seo_kit.text.document import parse


def run_check(check_id: str, text: str, *, lang: str = "fr", **context):
    """(score, value) of check ``check_id`` on ``text``, or None when it does not apply."""
    doc = parse(text, lang=lang)
    result = by_id(check_id)(doc, Context(lang=lang, **context))
    return None if result is None else (result.score, result.value)


def score_of(check_id: str, text: str, **kwargs):
    result = run_check(check_id, text, **kwargs)
    return None if result is None else result[0]


def words(n: int, word: str = "mot") -> str:
    """A paragraph of ``n`` words, in sentences of 10 words."""
    sentences = []
    for start in range(0, n, 10):
        size = min(10, n - start)
        sentences.append(" ".join([word] * size).capitalize() + ".")
    return " ".join(sentences)
