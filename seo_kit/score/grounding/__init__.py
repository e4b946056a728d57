"""Grounding: is every sentence of a variant supported by its source, sentence by sentence?

    >>> g = ground(variant_markdown, source_text, lang="fr")
    >>> g.unsupported[0].reasons[0].kind, g.unsupported[0].closest
    ('role_swap', 'Plus tôt dans la semaine, Lavrov a accompagné le président Vladimir Poutine…')

Every sentence of the variant (headings included) is aligned with the source sentence(s) that
support it; an unsupported one carries its reasons (entity, number, date, merged, role_swap, cause,
intent, judgement, predicate, polarity, no_support — see ``align``; speaker, modality,
new_words in strict mode — see ``strict``) and its closest source sentence. The check
``grounding`` (group "extra", not Yoast's) runs whenever ``score(..., source=…)`` is given.

spaCy and its French pipeline are imported on the first grounded sentence, never by plain scoring.
Analyses are memoised per sentence, so grounding many variants of one source parses it once.

Seam for the injection detector (#12): ``source_filter`` registers a function
``(sentences: list[str], lang) -> set[int]`` whose flagged sentence indices are never counted as
support; ``ground(..., exclude=…)`` takes such indices directly (the engine passes the same set).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from seo_kit.score.grounding.align import Passage, Verdict, judge, weights
from seo_kit.score.grounding.analysis import Reason, analyse, pipeline_name
from seo_kit.score.grounding.roles import resolve_names, resolve_pronouns

__all__ = [
    "SOURCE_FILTERS",
    "Grounding",
    "Reason",
    "Verdict",
    "flagged_sentences",
    "ground",
    "ground_levels",
    "ground_sentences",
    "source_filter",
    "source_sentences",
]

SOURCE_FILTERS: list[Callable[[list[str], str], set[int]]] = []
_MIN_WORDS = 4  # a source "sentence" shorter than this is a split artefact ("Kim Jong. Un s'est…")


def source_filter(func: Callable[[list[str], str], set[int]]):
    """Register ``func(sentences, lang) -> indices`` of source sentences never to use as support."""
    SOURCE_FILTERS.append(func)
    return func


@dataclass(frozen=True)
class Grounding:
    verdicts: tuple[Verdict, ...]
    source: tuple[str, ...]  # the source sentences, as indexed by Verdict.support
    excluded: frozenset[int]  # source sentences left out (flagged by a source filter or caller)
    pipeline: str  # "fr_core_news_sm", "en_core_web_sm" or "rules"

    @property
    def unsupported(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if not v.supported)

    @property
    def claims(self) -> int:
        return sum(1 for v in self.verdicts if v.claim)

    def to_dict(self) -> dict:
        return {"sentences": len(self.verdicts), "claims": self.claims,
                "unsupported": [v.to_dict() for v in self.unsupported],
                "alignment": [{"sentence": v.sentence, "support": list(v.support)}
                              for v in self.verdicts],
                "excluded": sorted(self.excluded), "pipeline": self.pipeline}


def source_sentences(source: str, lang: str) -> list[str]:
    """The source's sentences, in order, as grounding indexes them: every line or Markdown block
    split with seo_kit's sentence splitter; a fragment of fewer than 4 words is joined to the
    sentence before it. ``source`` is plain text or Markdown (``#`` headings are sentences too)."""
    from seo_kit.text import split_sentences

    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n", source):
        block = re.sub(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+|>\s*)", "", block).strip()
        if not block:
            continue
        for sentence in split_sentences(block, lang=lang):
            if out and len(sentence.split()) < _MIN_WORDS and not sentence.endswith(":"):
                out[-1] = f"{out[-1]} {sentence}"
            else:
                out.append(sentence)
    return out


def variant_sentences(variant: str, lang: str) -> list[str]:
    """The variant's sentences, headings and list items included, Markdown/HTML markup removed."""
    from seo_kit.text.document import parse

    doc = parse(variant, lang=lang)
    return [s.text for b in doc.blocks for s in b.sentences if s.text.strip()]


def ground_sentences(sentences: Sequence[str], source: Sequence[str], lang: str, *,
                     exclude: Collection[int] = (), strict: bool = False) -> list[Verdict]:
    """Verdicts for ``sentences`` against the source sentences ``source`` (indices as given),
    leaving out the indices in ``exclude``. The engine calls this with one paragraph's passage.

    ``strict=False``: the balanced check the scorer reports (precision and recall measured by
    bench/grounding.py). ``strict=True``: the gate for generated text (``strict``): a sentence
    passes only when each of its clauses is said in full by one source sentence, with the same
    speaker, actors, modality and polarity; it misses less and rejects more."""
    balanced, strict_ones = _judged(sentences, source, lang, exclude=exclude, strict=strict)
    return strict_ones if strict else balanced


def _judged(sentences: Sequence[str], source: Sequence[str], lang: str, *,
            exclude: Collection[int], strict: bool) -> tuple[list[Verdict], list[Verdict]]:
    """(balanced verdicts, strict verdicts — empty unless ``strict``), from one analysis and one
    balanced judgement: the strict gate starts from the balanced verdict."""
    keep = [i for i in range(len(source)) if i not in set(exclude)]
    analysed = analyse([source[i] for i in keep] + list(sentences), lang)
    src, mine = resolve_names(resolve_pronouns(analysed[:len(keep)])), analysed[len(keep):]
    passage = Passage(keep, src, weights(src), lang)
    verdicts = [judge(a, passage) for a in mine]
    if not strict:
        return verdicts, []
    from seo_kit.score.grounding.strict import strict_verdict

    return verdicts, [strict_verdict(vd, a, src, lang) for vd, a in zip(verdicts, mine,
                                                                        strict=True)]


def flagged_sentences(sentences: list[str], lang: str) -> frozenset[int]:
    """Indices of source sentences that the registered source filters flag (the injection
    detector, #12): never counted as support, never sent to the model as article text."""
    flagged: set[int] = set()
    for func in SOURCE_FILTERS:
        flagged |= set(func(sentences, lang))
    return frozenset(flagged)


def ground(variant: str, source: str, lang: str, *, exclude: Collection[int] = (),
           strict: bool = False) -> Grounding:
    """Ground every sentence of ``variant`` (Markdown, HTML or plain text) in ``source``.

    ``exclude``: indices into ``source_sentences(source, lang)`` never used as support; the
    registered source filters add theirs; ``strict`` as in ``ground_sentences``. Raises ImportError with the install hint when spaCy or
    its French pipeline is missing; ValueError for a language other than "fr" or "en"."""
    balanced, strict_one = ground_levels(variant, source, lang, exclude=exclude, strict=strict)
    return strict_one if strict else balanced


def ground_levels(variant: str, source: str, lang: str, *, exclude: Collection[int] = (),
                  strict: bool = True) -> tuple[Grounding, Grounding | None]:
    """(balanced, strict) groundings of ``variant`` — what the ``grounding`` check reports —
    from one split of the source, one run of its filters, one analysis and one balanced
    judgement; the strict one is None when ``strict`` is False. Raises as ``ground``."""
    if lang not in ("fr", "en"):
        raise ValueError(f"unsupported language {lang!r}: use 'fr' or 'en'")
    sources = source_sentences(source, lang)
    flagged = frozenset(set(exclude) | flagged_sentences(sources, lang))
    balanced, strict_ones = _judged(variant_sentences(variant, lang), sources, lang,
                                    exclude=flagged, strict=strict)
    made = [Grounding(tuple(v), tuple(sources), flagged, pipeline_name(lang))
            for v in (balanced, strict_ones)]
    return made[0], (made[1] if strict else None)
