"""Figures derived from a Document once and shared by every check: a typed cache.

A Document is immutable, so each figure is a ``cached_property`` of ``Analysis`` (one per
Document, ``doc.analysis``). Checks read these instead of keeping private dicts on the Document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from seo_kit.lang import count_syllables, lemma
from seo_kit.lang._memo import memo

if TYPE_CHECKING:
    from seo_kit.text.document import Document

__all__ = ["Analysis", "TextCounts"]

_DIGITISH = frozenset("0123456789.,")
_NUMBER = re.compile(r"[\d.,]+")  # Yoast strips digit runs: "2018", "1,5"; "%" stays a word
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class TextCounts:
    """What the reading-ease formulas read, numbers left out as Yoast's Flesch research does."""

    sentences: int  # sentences with at least one word left
    words: int  # Yoast words, numbers left out
    syllables: int  # spoken syllables (seo_kit.lang.count_syllables)
    long_words: int  # more than 6 letters, for LIX


class Analysis:
    """The shared figures of one Document (every one computed on first use)."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        # A keyphrase content word's forms → its occurrences in each sentence: filled by
        # seo_kit.score.matching.sentence_counts, so that the density, word-form and
        # distribution checks count each word once per Document (a few entries per Document).
        self.form_counts: dict[tuple[str, ...], tuple[int, ...]] = {}

    @cached_property
    def word_count(self) -> int:
        """Words of the whole text, headings included (Yoast's wordCountInText)."""
        return sum(len(b.words) for b in self._doc.blocks)

    @cached_property
    def sentence_lengths(self) -> tuple[int, ...]:
        """Words per sentence, sentences without words left out."""
        return tuple(n for n in (len(s.words) for s in self._doc.sentences) if n)

    @cached_property
    def match_tokens(self) -> tuple[tuple[str, ...], ...]:
        """Per sentence, the lowercased tokens keyphrase matching reads (``match_tokens``,
        tokenised with the sentence's words: ``Sentence.of``)."""
        return tuple(s.match_tokens for s in self._doc.sentences)

    @cached_property
    def match_texts(self) -> tuple[str, ...]:
        """Per sentence, its match tokens joined by spaces: what keyphrase matching searches
        first for each content word (``seo_kit.score.matching.sentence_counts``)."""
        return tuple(map(" ".join, self.match_tokens))

    @cached_property
    def lemmas(self) -> tuple[tuple[str, ...], ...]:
        """Per sentence, the lemma of each match token (elisions removed, accents kept)."""
        lang = self._doc.lang
        seen: dict[str, str] = {}
        out = []
        for tokens in self.match_tokens:
            row = []
            for token in tokens:
                found = seen.get(token)
                if found is None:
                    found = seen[token] = lemma(token, lang)  # lemma() drops elisions itself
                row.append(found)
            out.append(tuple(row))
        return tuple(out)

    @cached_property
    def reading_counts(self) -> TextCounts:
        """Sentences, words, syllables and long words in the Document's language."""
        return reading_counts(self._doc, lang=self._doc.lang)


def reading_counts(doc: Document, *, lang: str) -> TextCounts:
    """``Analysis.reading_counts`` for any ``lang`` (syllable rules of that language)."""
    figures = _reading_figures_of(lang)
    # a word's figures are one int (``_reading_figures_of``), so a sentence's are one sum in C
    # and its words need no tuple, filter, chain or zip; numbers (0) left out, a sentence of
    # numbers only (0) is no sentence
    kept = [total for total in (sum(map(figures, sentence.words)) for sentence in doc.sentences)
            if total]
    total = sum(kept)
    return TextCounts(len(kept), total & _FIELD, total >> _SYLLABLES, (total >> _LONG) & _FIELD)


# One word's figures packed in one int, each in a field of its own (32 bits: more words than
# any page holds, so sums never carry from one field into the next): 1 word, 1 if long, its
# syllables.
_LONG, _SYLLABLES = 32, 64
_FIELD = (1 << 32) - 1


@cache
def _reading_figures_of(lang: str) -> Callable[[str], int]:
    """``word → 1 + (more than 6 letters) << 32 + (spoken syllables) << 64`` in ``lang`` (see
    ``_FIELD``), 0 for a number (Yoast strips digit runs: "2018", "1,5"), remembered per word (a
    site's pages share most of their words; the bound keeps the memory to a few MB)."""

    def reading_figures(word: str) -> int:
        if word[0] in _DIGITISH and _NUMBER.fullmatch(word):
            return 0
        long = len(word) > 6 and len(_LETTER.findall(word)) > 6
        return 1 + (long << _LONG) + (count_syllables(word, lang) << _SYLLABLES)

    return memo(reading_figures, 1 << 16)
