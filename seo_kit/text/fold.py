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
    """Non-ASCII character → "" for a combining mark, else itself; filled one at a time."""

    def __missing__(self, char: str) -> str:
        kept = "" if unicodedata.combining(char) else char
        self[char] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LIGATURE = re.compile("[" + "".join(map(chr, LIGATURES)) + "]")


def fold(text: str) -> str:
    """``text`` without accents and ligatures (case kept): "corée" → "coree", "Œuvre" → "OEuvre".

    Ligatures spelled out, NFD, combining marks dropped, NFC. Only the distinct non-ASCII
    characters of the NFD text are looked at (a few in a hundred in French), each mark removed
    in one pass, instead of translating every character through a table, which was most of the
    injection detector's tokenising time;
    tests/text/test_fold.py checks that the result is that of the translate formula on every
    character and on the corpus."""
    if text.isascii():
        return text
    if _LIGATURE.search(text):
        text = text.translate(LIGATURES)
    decomposed = unicodedata.normalize("NFD", text)
    for char in set(_NON_ASCII.findall(decomposed)):  # the distinct ones, one pass each
        if not _WITHOUT_MARKS[char]:
            decomposed = decomposed.replace(char, "")
    return unicodedata.normalize("NFC", decomposed)


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
