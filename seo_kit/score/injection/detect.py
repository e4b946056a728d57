"""Find instruction-like sentences in a raw input, say where they were, take them out.

See the package docstring (``seo_kit.score.injection``) for the kinds and the rules.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import asdict, dataclass
from functools import cached_property, partial
from itertools import chain

from seo_kit.lang import check_lang
from seo_kit.lang.injection import INJECTION_LANGS
from seo_kit.score.grounding import source_filter
from seo_kit.score.injection.hidden import Paragraph, paragraphs_of
from seo_kit.score.injection.match import (
    matches,
    tokens_of,
    trigger_langs,
    words_of,
)
from seo_kit.score.injection.rules import (
    CAPS_ROLE,
    MARKER,
    ROLE_PREFIX,
    continues,
    coverage,
    kinds_of,
    may_hold_kind,
    may_hold_marker,
    speaks_to_model,
)
from seo_kit.score.injection.speech import Sentence, sentences_of

__all__ = ["KINDS", "Finding", "find_injections", "flagged_source_sentences", "injection_check",
           "may_hold_injection", "quoted_inert", "task_words", "without_injections"]

KINDS = ("marker", "addressee", "override", "task", "role-play", "continuation")


@dataclass(frozen=True)
class Finding:
    """One instruction-like sentence: where it was, what it does, how it was hidden."""

    paragraph: int  # 0-based paragraph of the input (hidden places: the paragraph they sit in)
    sentence: int  # 0-based sentence within that paragraph or hidden place
    start: int  # raw offsets [start, end) in the input as given
    end: int
    text: str  # the sentence as a reader would see it (invisible characters removed)
    kinds: tuple[str, ...]  # of KINDS
    disguises: tuple[str, ...]  # place (html-comment, hidden-html…), quoted, zero-width…
    lang: str  # the language of the table that matched

    @property
    def where(self) -> str:
        hidden = ", ".join(self.disguises) or "plain text"
        return (f"paragraph {self.paragraph + 1}, sentence {self.sentence + 1} "
                f"(characters {self.start}–{self.end}; {hidden})")

    def describe(self) -> str:
        short = self.text if len(self.text) <= 90 else self.text[:89] + "…"
        return f"instruction-like text at {self.where}: {', '.join(self.kinds)}: «{short}»"

    def to_dict(self) -> dict:
        return {**asdict(self), "where": self.where}


def find_injections(raw: str, lang: str) -> tuple[Finding, ...]:
    """Instruction-like sentences of ``raw`` (HTML, Markdown or plain text), in input order.

    ``lang`` ("fr" or "en") is the article's language: a finding made with another language's
    table carries the disguise "foreign-language". ValueError for another ``lang``."""
    check_lang(lang)
    paragraphs = paragraphs_of(raw)
    # A sentence's tokens are a run of its paragraph's tokens (sentences end between spaces), so
    # the input's token counts are its paragraphs', and a paragraph whose tokens hold no trigger
    # phrase and whose text no marker pattern matches holds no sentence that can be flagged.
    token_rows = [tokens_of(p.text) for p in paragraphs]
    doc_counts = _TokenCounts(token_rows)  # counted on first use: most inputs never need it

    findings: list[Finding] = []
    previous: tuple[Paragraph, int] | None = None  # the last flagged sentence
    for paragraph, tokens in zip(paragraphs, token_rows, strict=True):
        if previous is None and not may_hold_injection(paragraph.text, tokens):
            continue  # no sentence of it is flagged, and none can continue a flagged one
        markers = may_hold_marker(paragraph.text)  # False: no sentence of it has a marker
        for number, (start, end, sentence) in enumerate(sentences_of(paragraph)):
            previous = _read(sentence, number, paragraph, previous, doc_counts, lang, findings,
                             start, end, markers)
    return tuple(sorted(findings, key=lambda f: (f.start, f.end)))


def may_hold_injection(text: str, tokens: tuple[str, ...]) -> bool:
    """Whether a paragraph (its folded text and ``tokens_of`` it) can hold a flagged sentence:
    a phrase some kind needs (``match.TRIGGERS``) with what that kind needs besides
    (``rules.may_hold_kind``), or a marker, stands in it. False is certain; True only means its
    sentences are read one by one."""
    return may_hold_kind(tokens, text) or may_hold_marker(text)


def _read(sentence: Sentence, number: int, paragraph: Paragraph,
          previous: tuple[Paragraph, int] | None, doc_counts: _TokenCounts, lang: str,
          findings: list[Finding], start: int, end: int, markers: bool
          ) -> tuple[Paragraph, int] | None:
    """Read one sentence; append its Finding when it is flagged. The new ``previous``."""
    hit_kinds: set[str] = set()
    # Most sentences hold no phrase a kind needs, and most of the others hold one of one
    # language only: a table reads a sentence only when it holds one of its own phrases, and
    # only when the sentence itself passes the paragraphs' pre-filter (``may_hold_kind``, whose
    # False is certain for any run of a paragraph's tokens): a paragraph let through by one of
    # its sentences has its other sentences read by no table.
    held = trigger_langs(sentence.tokens) if may_hold_kind(sentence.tokens, sentence.text) \
        else ()
    rare_in_doc = partial(_nowhere_else, doc_counts, sentence.tokens) if held else None
    for table_lang in held:
        found = matches(sentence.tokens, table_lang)
        kinds, strong = kinds_of(sentence, table_lang, found, rare_in_doc)
        if kinds and len(kinds) < 2 and not strong and sentence.attributed:
            kinds = set()
        hit_kinds |= kinds
    marker = markers and (bool(MARKER.search(sentence.text)) or (number == 0 and (
        bool(MARKER.search(paragraph.text)) or bool(ROLE_PREFIX.search(sentence.text))
        and speaks_to_model(paragraph.text))) or (
        bool(CAPS_ROLE.match(sentence.text)) and any(  # a sentence of it directs: "Describe …"
            speaks_to_model(part) for part in re.split(r"(?<=[.!?…])\s+", paragraph.text))))
    if marker:
        hit_kinds.add("marker")
    if not hit_kinds and previous is not None and continues(previous, paragraph, sentence):
        hit_kinds = {"continuation"}
    if not hit_kinds:
        return None if previous is None or previous[0] is not paragraph else previous
    covered = {x: coverage(sentence.tokens, matches(sentence.tokens, x), x)
               for x in INJECTION_LANGS}
    hit_lang = max(INJECTION_LANGS, key=lambda x: (covered[x], x == lang))
    findings.append(_finding(paragraph, number, start, end, sentence, hit_kinds, hit_lang, lang))
    return paragraph, number


class _TokenCounts:
    """How many times each token stands in the input (its paragraphs' tokens), counted when a
    genre first needs it (``_nowhere_else``)."""

    def __init__(self, token_rows: list[tuple[str, ...]]) -> None:
        self._rows = token_rows

    @cached_property
    def counts(self) -> Counter:
        return Counter(chain.from_iterable(self._rows))


def _nowhere_else(doc_counts: _TokenCounts, own_tokens: tuple[str, ...], tokens: tuple[str, ...],
                  span: tuple[int, int]) -> bool:
    """The genre at ``span`` (in any of its forms) appears in no other sentence of the input."""
    counts, own = doc_counts.counts, Counter(own_tokens)
    word = tokens[span[1] - 1]
    stem = word[:max(4, len(word) - 2)]  # poème/poèmes, recipe/recipes
    return all(counts[t] <= own[t] for t in counts if t.startswith(stem))


def _finding(paragraph: Paragraph, number: int, start: int, end: int, sentence: Sentence,
             kinds: set[str], table_lang: str, lang: str) -> Finding:
    raw_start, raw_end = paragraph.raw_span(start, end)
    disguises = [] if paragraph.where == "text" else [paragraph.where]
    if sentence.quoted:
        disguises.append("quoted")
    if any(raw_start <= o < raw_end for o in paragraph.invisible):
        disguises.append("zero-width")
    if any(raw_start <= o < raw_end for o in paragraph.lookalike):
        disguises.append("homoglyph")
    if table_lang != lang:
        disguises.append("foreign-language")
    return Finding(paragraph.index, number, raw_start, raw_end, sentence.text,
                   tuple(k for k in KINDS if k in kinds), tuple(disguises), table_lang)


def task_words(findings, lang: str) -> frozenset[str]:
    """Folded content words of the flagged sentences: what an obedient variant would talk about
    (genres, the object of the request, addressees), without the directive's own verbs."""
    from seo_kit.lang import resources

    check_lang(lang)
    skip = set(resources(lang).stop_words) | set(resources(lang).function_words)
    skip = {tokens_of(w)[0] for w in skip if tokens_of(w)}
    for table_lang in INJECTION_LANGS:
        for section in ("address_frames", "override_verbs", "write_verbs", "instead", "modals",
                        "clause_openers", "second_person", "qualifiers", "speech_verbs",
                        "readers", "if_you_are", "text_nouns", "only"):
            skip.update(words_of(table_lang, section))
    return frozenset(t for f in findings for t in tokens_of(f.text)
                     if len(t) >= 4 and t not in skip and not t.isdigit())


def without_injections(raw: str, findings, lang: str, *, keep_quoted: bool = False) -> str:
    """``raw`` without the flagged sentences; with ``keep_quoted`` each stays as an inert
    quotation, «[passage signalé, cité tel quel : …]», with its markers and invisible characters
    removed, so that a model reads it as data about the article, not as a request."""
    check_lang(lang)
    out, position = [], 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < position:
            continue
        out.append(raw[position:finding.start])
        if keep_quoted:
            out.append(quoted_inert(finding.text, lang))
        position = finding.end
    out.append(raw[position:])
    return re.sub(r"[ \t]{2,}", " ", "".join(out))


def quoted_inert(text: str, lang: str) -> str:
    """A flagged sentence as quoted data: markers and brackets out, inside « » or “ ”."""
    text = re.sub(r"<\|[^|>]*\|>|\[/?(?:INST|SYS|SYSTEM)\]|<</?SYS>>|[<>#\[\]`*_]", " ", text)
    text = " ".join(text.replace("«", "“").replace("»", "”").split())
    if lang == "fr":
        return f"(passage signalé comme consigne adressée à un modèle, cité tel quel : « {text} »)"
    return f"(passage flagged as an instruction to a model, quoted as is: “{text}”)"


def injection_check(findings, lang: str):
    """The report's ``instructionLikeText`` check (extra group, not Yoast's, a warning only):
    score 9 when nothing was found, 3 otherwise; value: the findings as dicts."""
    from seo_kit.score.report import CheckResult

    check_lang(lang)
    if not findings:
        return CheckResult("instructionLikeText", "extra", 9, [],
                           "no instruction-like text (prompt injection) found", yoast=False)
    first = findings[0]
    more = f" (+{len(findings) - 1} more)" if len(findings) > 1 else ""
    return CheckResult(
        "instructionLikeText", "extra", 3, [f.to_dict() for f in findings],
        f"{len(findings)} instruction-like sentence(s), a model given this text may obey them: "
        f"{first.where}, {', '.join(first.kinds)}: «{first.text[:80]}»{more}", yoast=False)


@source_filter
def flagged_source_sentences(sentences: list[str], lang: str) -> set[int]:
    """Indices of ``sentences`` (a source as grounding splits it) that the detector flags: never
    support for grounding (``seo_kit.score.grounding.source_filter``). Read together, one line
    each, so that a sentence that goes on asking after a flagged one keeps its context."""
    starts, offset = [], 0
    for sentence in sentences:
        starts.append(offset)
        offset += len(sentence) + 1
    found = find_injections("\n".join(sentences), lang) if sentences else ()
    return {bisect.bisect_right(starts, f.start) - 1 for f in found}
