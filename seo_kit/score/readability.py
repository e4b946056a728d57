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

from seo_kit.errors import InputError
from seo_kit.lang import LANGS, check_lang, reading_ease_formula
from seo_kit.text.analysis import TextCounts, reading_counts
from seo_kit.text.document import Document, parse

__all__ = [
    "FORMULAS", "TextCounts", "counts", "flesch_reading_ease", "kandel_moles", "lix",
    "long_sentence_share", "readability_summary", "reading_ease", "syllables_per_word",
]

# lang → (name, base, words-per-sentence weight, syllables-per-word weight): lang/{fr,en}.py
FORMULAS = {lang: reading_ease_formula(lang) for lang in LANGS}


def _doc(doc_or_text: Document | str, lang: str | None) -> tuple[Document, str]:
    """The Document and the language to measure it in: a text needs ``lang``; a Document brings
    its own (``lang`` may override it)."""
    if isinstance(doc_or_text, str):
        if lang is None:
            raise InputError("a raw text needs lang='fr' or lang='en' (or pass a parsed Document)")
        return parse(doc_or_text, lang=lang), lang
    lang = lang or doc_or_text.lang
    check_lang(lang)
    return doc_or_text, lang


def counts(doc_or_text: Document | str, *, lang: str | None = None) -> TextCounts:
    """Sentences, words, syllables and long words, numbers left out (as Yoast strips them)."""
    doc, lang = _doc(doc_or_text, lang)
    if lang == doc.lang:
        return doc.analysis.reading_counts
    return reading_counts(doc, lang=lang)


def _ease(doc_or_text: Document | str, lang: str | None) -> float | None:
    doc, lang = _doc(doc_or_text, lang)
    c = counts(doc, lang=lang)
    if c.sentences < 1 or c.words <= 10:
        return None
    _, base, per_sentence, per_syllable = FORMULAS[lang]
    score = base - per_sentence * c.words / c.sentences - per_syllable * c.syllables / c.words
    return round(min(100.0, max(0.0, score)), 1)


def kandel_moles(doc_or_text: Document | str) -> float | None:
    """French Flesch (Kandel–Moles 1958) with spoken French syllables, clamped to 0–100; the
    formula is French, so a text is read as French."""
    return _ease(doc_or_text, "fr")


def flesch_reading_ease(doc_or_text: Document | str) -> float | None:
    """English Flesch reading ease (Flesch 1948), clamped to 0–100; a text is read as English."""
    return _ease(doc_or_text, "en")


def reading_ease(doc: Document | str, *, lang: str | None = None) -> float | None:
    """Kandel–Moles for French, Flesch for English: the formula follows the language (0–100,
    None for under one sentence or at most ten words). InputError for another language."""
    return _ease(doc, lang)


def lix(doc_or_text: Document | str, *, lang: str | None = None) -> float | None:
    """LIX (Björnsson 1968): words per sentence plus the percentage of words longer than six
    letters."""
    c = counts(doc_or_text, lang=lang)
    if c.sentences < 1 or not c.words:
        return None
    return round(c.words / c.sentences + 100 * c.long_words / c.words, 1)


def long_sentence_share(doc: Document | str, limit: int = 20, *, lang: str | None = None) -> float:
    """Percentage (0–100) of sentences with more than ``limit`` words (Yoast counts every word)."""
    doc, _ = _doc(doc, lang)
    lengths = [len(s.words) for s in doc.sentences if s.words]
    if not lengths:
        return 0.0
    return round(100 * sum(n > limit for n in lengths) / len(lengths), 1)


def syllables_per_word(doc_or_text: Document | str, *, lang: str | None = None) -> float | None:
    c = counts(doc_or_text, lang=lang)
    return round(c.syllables / c.words, 3) if c.words else None


def words_per_sentence(doc_or_text: Document | str, *, lang: str | None = None) -> float | None:
    c = counts(doc_or_text, lang=lang)
    return round(c.words / c.sentences, 2) if c.sentences else None


def readability_summary(doc: Document, *, compare_textstat: bool = True
                        ) -> dict[str, float | str | None]:
    """The readability figures of a report. For French, textstat's flesch_reading_ease is shown
    next to ours: its Kandel–Moles coefficients are right but its pyphen syllables undercount.
    That comparison costs more than everything else here (pyphen on every word): batch callers
    can leave it out with ``compare_textstat=False``."""
    lang = doc.lang
    summary: dict[str, float | str | None] = {
        "reading_ease": reading_ease(doc),
        "reading_ease_formula": FORMULAS[lang][0],
        "lix": lix(doc),
        "long_sentence_share": long_sentence_share(doc),
        "syllables_per_word": syllables_per_word(doc),
        "words_per_sentence": words_per_sentence(doc),
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
