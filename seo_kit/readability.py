"""Readability formulas that are right for French: Kandel–Moles with spoken French syllables.

Every function takes a parsed Document (parse once, measure many) or a raw text, which is parsed
with ``lang``. Counting follows Yoast's Flesch research: words made only of digits are dropped
("2018", "1,5") while "%" stays a word of no syllable, a sentence needs at least one remaining
word, and the score is None (Yoast: -1) when there is less than one sentence or at most ten words.

    kandel_moles        207 − 1.015·W/S − 73.6·Syl/W    (French Flesch, Kandel & Moles 1958)
    flesch_reading_ease 206.835 − 1.015·W/S − 84.6·Syl/W  (English)
    lix                 W/S + 100·(words of more than 6 letters)/W  (any language)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seo_kit.document import Document, parse
from seo_kit.lang import en, fr
from seo_kit.text import check_lang

__all__ = [
    "FORMULAS", "TextCounts", "counts", "flesch_reading_ease", "kandel_moles", "lix",
    "long_sentence_share", "readability_summary", "reading_ease", "syllables_per_word",
]

# lang → (name, base, words-per-sentence weight, syllables-per-word weight)
FORMULAS = {
    "fr": ("kandel_moles", 207.0, 1.015, 73.6),
    "en": ("flesch", 206.835, 1.015, 84.6),
}
_DIGITISH = frozenset("0123456789.,")
_NUMBER = re.compile(r"[\d.,]+")  # Yoast strips digit runs: "2018", "1,5"; "%" stays a word
_LETTER = re.compile(r"[^\W\d_]")
_SYLLABLE_RULES = {"fr": fr.count_syllables, "en": en.count_syllables}


@dataclass(frozen=True)
class TextCounts:
    sentences: int
    words: int
    syllables: int
    long_words: int  # more than 6 letters, for LIX


def _doc(doc_or_text: Document | str, lang: str) -> Document:
    return parse(doc_or_text, lang=lang) if isinstance(doc_or_text, str) else doc_or_text


def counts(doc_or_text: Document | str, lang: str | None = None) -> TextCounts:
    """Sentences, words, syllables and long words, numbers left out (as Yoast strips them)."""
    doc = _doc(doc_or_text, lang or "fr")
    lang = lang or doc.lang
    cache_key = ("readability.counts", lang)
    cached = doc._cache.get(cache_key)
    if cached is not None:
        return cached
    check_lang(lang)
    syllables_of = _SYLLABLE_RULES[lang]
    sentences = words = syllables = long_words = 0
    for sentence in doc.sentences:
        kept = [w for w in sentence.words if not (w[0] in _DIGITISH and _NUMBER.fullmatch(w))]
        if not kept:
            continue
        sentences += 1
        words += len(kept)
        for word in kept:
            syllables += syllables_of(word)
            if len(word) > 6 and len(_LETTER.findall(word)) > 6:
                long_words += 1
    result = TextCounts(sentences, words, syllables, long_words)
    doc._cache[cache_key] = result
    return result


def _ease(doc_or_text: Document | str, lang: str) -> float | None:
    c = counts(doc_or_text, lang)
    if c.sentences < 1 or c.words <= 10:
        return None
    _, base, per_sentence, per_syllable = FORMULAS[lang]
    score = base - per_sentence * c.words / c.sentences - per_syllable * c.syllables / c.words
    return round(min(100.0, max(0.0, score)), 1)


def kandel_moles(doc_or_text: Document | str, lang: str = "fr") -> float | None:
    """French Flesch (Kandel–Moles) with spoken French syllables, clamped to 0–100."""
    return _ease(doc_or_text, lang)


def flesch_reading_ease(doc_or_text: Document | str, lang: str = "en") -> float | None:
    """English Flesch reading ease, clamped to 0–100."""
    return _ease(doc_or_text, lang)


def reading_ease(doc: Document | str, lang: str | None = None) -> float | None:
    """Kandel–Moles for French, Flesch for English: the formula follows the language."""
    lang = lang or (doc.lang if isinstance(doc, Document) else "fr")
    if lang not in FORMULAS:
        raise ValueError(f"no reading-ease formula for {lang!r}: use 'fr' or 'en'")
    return _ease(doc, lang)


def lix(doc_or_text: Document | str, lang: str | None = None) -> float | None:
    """LIX: words per sentence plus the percentage of words longer than six letters."""
    c = counts(doc_or_text, lang)
    if c.sentences < 1 or not c.words:
        return None
    return round(c.words / c.sentences + 100 * c.long_words / c.words, 1)


def long_sentence_share(doc: Document | str, limit: int = 20, lang: str | None = None) -> float:
    """Percentage (0–100) of sentences with more than ``limit`` words (Yoast counts every word)."""
    doc = _doc(doc, lang or "fr")
    lengths = [len(s.words) for s in doc.sentences if s.words]
    if not lengths:
        return 0.0
    return round(100 * sum(n > limit for n in lengths) / len(lengths), 1)


def syllables_per_word(doc_or_text: Document | str, lang: str | None = None) -> float | None:
    c = counts(doc_or_text, lang)
    return round(c.syllables / c.words, 3) if c.words else None


def words_per_sentence(doc_or_text: Document | str, lang: str | None = None) -> float | None:
    c = counts(doc_or_text, lang)
    return round(c.words / c.sentences, 2) if c.sentences else None


def readability_summary(doc: Document, *, compare_textstat: bool = True
                        ) -> dict[str, float | str | None]:
    """The readability figures of a report. For French, textstat's flesch_reading_ease is shown
    next to ours: its Kandel–Moles coefficients are right but its pyphen syllables undercount.
    That comparison costs more than everything else here (pyphen on every word): batch callers
    can leave it out with ``compare_textstat=False``."""
    lang = doc.lang
    summary: dict[str, float | str | None] = {
        "reading_ease": reading_ease(doc, lang),
        "reading_ease_formula": FORMULAS[lang][0],
        "lix": lix(doc, lang),
        "long_sentence_share": long_sentence_share(doc),
        "syllables_per_word": syllables_per_word(doc, lang),
        "words_per_sentence": words_per_sentence(doc, lang),
    }
    if lang == "fr" and compare_textstat:  # as textstat returns it (unclamped); None when the
        # text is too short for any score (textstat would say 0.0 for an empty text)
        summary["textstat_flesch_reading_ease"] = (
            _textstat_fre(doc) if summary["reading_ease"] is not None else None)
    return summary


def _textstat_fre(doc: Document) -> float | None:
    try:  # textstat's pure backend function: its facade keeps the language in global state
        from textstat.backend.metrics import flesch_reading_ease as textstat_fre
    except ImportError:  # textstat is a dependency, but the comparison must never break a report
        return None
    return round(float(textstat_fre(doc.text, "fr")), 1)
