"""Folding for matching and URLs: the one ligature table, accent folding and the one slugifier.

    fold("Cœur de la Corée")   → "Coeur de la Coree"    (case kept)
    slugify("Le cœur de la réforme") → "le-coeur-de-la-reforme"
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LIGATURES", "fold", "slugify"]

# Ligatures spelled out, as French typists write them without the ligature key (cœur/coeur).
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ﬁ": "fi",
                           "ﬂ": "fl"})
_SLUG_WORD = re.compile(r"[a-z0-9]+")


class _WithoutMarks(dict):
    """A ``str.translate`` table that drops combining marks, filled one character at a time."""

    def __missing__(self, char: int) -> int | None:
        kept = None if unicodedata.combining(chr(char)) else char
        self[char] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


def fold(text: str) -> str:
    """``text`` without accents and ligatures (case kept): "corée" → "coree", "Œuvre" → "OEuvre"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(LIGATURES))
    return unicodedata.normalize("NFC", decomposed.translate(_WITHOUT_MARKS))


def slugify(text: str, *, drop_words: frozenset[str] | None = None,
            max_words: int | None = None) -> str:
    """Lowercase ASCII slug: accents folded, ligatures spelled out, apostrophes and every other
    non-alphanumeric character separate words, words joined by hyphens.

    ``drop_words`` (folded, e.g. function words) are left out when something else remains;
    ``max_words`` keeps the first words only. "L’été" → "l-ete" (WordPress's sanitize_title)."""
    words = _SLUG_WORD.findall(fold(text or "").lower())
    if drop_words:
        words = [w for w in words if w not in drop_words] or words
    if max_words is not None:
        words = words[:max_words]
    return "-".join(words)
