"""Figures derived from a Document once and shared by every check: a typed cache.

A Document is immutable, so each figure is a ``cached_property`` of ``Analysis`` (one per
Document, ``doc.analysis``). Checks read these instead of keeping private dicts on the Document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import chain
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
    # numbers (None) left out, per sentence (a sentence of numbers only is no sentence); the
    # per-word figures of the whole text then summed in C at once: no Python step per word,
    # nor a zip and two sums per sentence
    kept = [found for found in (tuple(filter(None, map(figures, sentence.words)))
                                for sentence in doc.sentences) if found]
    every = tuple(chain.from_iterable(kept))
    if not every:
        return TextCounts(0, 0, 0, 0)
    word_syllables, long = zip(*every, strict=True)
    return TextCounts(len(kept), len(every), sum(word_syllables), sum(long))


@cache
def _reading_figures_of(lang: str) -> Callable[[str], tuple[int, bool] | None]:
    """``word → (spoken syllables, more than 6 letters)`` in ``lang``, None for a number (Yoast
    strips digit runs: "2018", "1,5"), remembered per word (a site's pages share most of their
    words; the bound keeps the memory to a few MB)."""

    def reading_figures(word: str) -> tuple[int, bool] | None:
        if word[0] in _DIGITISH and _NUMBER.fullmatch(word):
            return None
        return count_syllables(word, lang), len(word) > 6 and len(_LETTER.findall(word)) > 6

    return memo(reading_figures, 1 << 16)
