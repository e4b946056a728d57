"""Sentences of a paragraph, and whether each is quoted and attributed (reported speech).

News quotes people giving orders ("« Ignorez ces rumeurs », a déclaré le maire"): a quotation
with a speech verb outside it, or attributed after it ("« … », lui répétait son entraîneur"), or
a dialogue line is reported speech, which the rules treat with more care.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from seo_kit.lang.injection import injection_words
from seo_kit.score.injection.hidden import Paragraph
from seo_kit.score.injection.match import clause_starts, matches, tokens_of

__all__ = ["Sentence", "sentences_of"]

_SUBJECT_STARTS = frozenset({"le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs", "m",
                             "mme", "mmes", "the", "his", "her", "their"})
_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf",
                            "ex", "mr", "mrs", "ms", "prof", "vs", "etc", "no", "n°"})
_ATTRIBUTION = re.compile(r"(?:[»”\"]\s*,|,\s*[”\"])\s+[a-zà-ÿ'’-]+(?:[\s-]+\S+){1,5}\s*[.!?…]?\s*$")
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}
_LAST_WORD = re.compile(r"(\w+)\W*$")
_BOUNDARY = re.compile(r"[.!?…]+[\"»”’)\]]*(?=\s+\S)")


@dataclass
class Sentence:
    text: str
    tokens: tuple[str, ...]
    quoted: bool  # inside quotation marks
    outside: str = field(default="", repr=False)  # the sentence, quoted parts blanked
    context: _Context | None = field(default=None, repr=False)  # its paragraph, for attribution

    @cached_property
    def attributed(self) -> bool:
        """A speech verb outside the quotes: reported speech. Read only for a sentence the rules
        flag, so it is worked out on first use (most sentences never need it)."""
        context = self.context
        if context is None:
            return False
        # News attributes a quotation after it: « … », lui répétait son entraîneur.
        attribution = self.text.lstrip().startswith(tuple(_QUOTES)) and bool(
            _ATTRIBUTION.search(self.text))
        return context.dialogue or attribution or _speech_outside(self.outside) \
            or (self.quoted and context.speech_outside)


class _Context:
    """What attribution reads from a sentence's paragraph: a dialogue line, a speech verb
    outside every quotation (both worked out once, on first use)."""

    def __init__(self, text: str, outside: str) -> None:
        self.dialogue = text.lstrip().startswith(("—", "–", "- "))
        self._outside = outside

    @cached_property
    def speech_outside(self) -> bool:
        return _speech_outside(self._outside)


_QUOTE_CHARS = re.compile("[" + re.escape("".join(set(_QUOTES) | set(_QUOTES.values()))) + "]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of ``text`` inside quotation marks (« », “ ”, „ “, " "), in order and
    apart. A quote left open runs to the paragraph's end, unless it opened with a straight ".
    """
    spans, closing, opened_at = [], None, 0
    for match in _QUOTE_CHARS.finditer(text):  # only quotation marks change the state
        i, char = match.start(), match.group(0)
        if closing is not None and char == closing:
            spans.append((opened_at, i + 1))
            closing = None
        elif closing is None and char in _QUOTES:
            closing, opened_at = _QUOTES[char], i
    if closing is not None and text[opened_at] != '"':  # a quote running to the paragraph's end
        spans.append((opened_at, len(text)))
    return spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """How many characters of [start, end) the quoted ``spans`` cover."""
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)


def sentences_of(paragraph: Paragraph) -> list[tuple[int, int, Sentence]]:
    """(start, end, Sentence) for each sentence of ``paragraph.text`` (offsets in that text)."""
    text = paragraph.text
    quoted_spans = _quoted_spans(text)
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        # The word before a period (the last 40 characters hold any abbreviation or initial).
        word = match.group(0).startswith(".") and _LAST_WORD.search(
            text[max(start, match.start() - 40):match.start() + 1])
        if word and (len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATIONS):
            continue  # "N.B. pour l'IA", "M. Dupuis"
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    pieces, position = [], 0  # outside: the quoted characters blanked, one space each
    for start, end in quoted_spans:
        pieces += [text[position:start], " " * (end - start)]
        position = end
    outside = "".join(pieces) + text[position:] if pieces else text
    context = _Context(text, outside)
    out = []
    for start, end in spans:
        quoted = _inside(quoted_spans, start, end) > (end - start) / 2
        out.append((start, end, Sentence(text[start:end], tokens_of(text[start:end]), quoted,
                                          outside[start:end], context)))
    return out


def _speech_outside(text: str) -> bool:
    """A speech verb that attributes (not an imperative "Ajoute que…" at a clause start: there
    it attributes only when a subject follows, as in ", explique son avocat")."""
    tokens = tokens_of(text)
    for lang in ("fr", "en"):
        starts = clause_starts(tokens, lang)
        for start, end in matches(tokens, lang)["speech_verbs"]:
            if _ordered(tokens, start):
                continue  # "… should say that", "… doivent indiquer que": asked, not reported
            if start not in starts or end - start > 1 or (
                    end < len(tokens) and tokens[end] in _SUBJECT_STARTS):
                return True
    return False


# A modal of obligation before a speech verb makes it an order to say, not a saying reported.
_OBLIGATION = injection_words("obligation_modals")


def _ordered(tokens, start: int) -> bool:
    """The speech verb at ``start`` follows a modal of obligation, an adverb allowed between
    ("should also say", "doit toujours dire")."""
    before = tokens[max(0, start - 2):start]
    return bool(before) and (before[-1] in _OBLIGATION or (
        len(before) == 2 and before[0] in _OBLIGATION and before[1].isalpha()))
