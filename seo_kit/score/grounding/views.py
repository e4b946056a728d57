"""Views stated as facts: what a verb of opinion introduces ("les conservateurs, qui estimaient
que le directeur avait été poussé dehors", "conservatives who felt he had been forced out") is
someone's view. A variant sentence that states it without a verb of opinion, a speaker or a
modal of its own ("may threaten") turns the view into a fact: modality.

The verbs introduced are read from spaCy's parse (a ``ccomp`` under a verb of opinion) or, in
English without a parse, as the content words up to seven words after one.
"""

from __future__ import annotations

from collections.abc import Sequence

from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.tokens import verb_lemma
from seo_kit.score.grounding.words import key

__all__ = ["OPINION", "OPINION_FORMS", "view_reasons", "viewed_lemmas", "viewed_words"]

OPINION = {"fr": frozenset(["penser", "estimer", "croire", "juger", "considerer", "soupconner",
                            "supposer", "craindre", "redouter", "sentir", "douter", "inquieter"]),
           "en": frozenset(["think", "believe", "feel", "fear", "suspect", "suppose",
                            "consider", "worry", "doubt"])}
OPINION_FORMS = frozenset(["felt", "thought", "believed", "feared", "suspected"])  # irregular


def viewed_lemmas(tokens, lang: str) -> frozenset[str]:
    """Verbs a verb of opinion introduces in a spaCy parse."""
    return frozenset(verb_lemma(t, lang) for t in tokens
                     if t.pos_ == "VERB" and t.dep_ == "ccomp" and t.head.pos_ == "VERB"
                     and verb_lemma(t.head, lang) in OPINION[lang] and verb_lemma(t, lang))


def viewed_words(words: list[str], lemma_at: dict[int, str], lang: str) -> frozenset[str]:
    """Without a parse: the lemmas up to seven words after a verb of opinion."""
    import simplemma

    found = set()
    for i, w in enumerate(words):
        low = key(w)
        if low in OPINION_FORMS or lemma_at.get(i) in OPINION[lang] or key(
                simplemma.lemmatize(low, lang=lang)) in OPINION[lang]:
            found |= {lemma_at[j] for j in range(i + 1, i + 8) if j in lemma_at}
    return frozenset(found)


def view_reasons(v: Analysis, parts: Sequence[Analysis], lang: str) -> list[Reason]:
    """A word ``v`` states as a fact, without a speaker, a verb of opinion or a modal, that every
    passage sentence saying it gives only as someone's view (``Analysis.viewed``)."""
    if v.speakers or v.lemmas & OPINION[lang] or v.words & OPINION_FORMS:
        return []
    for lemma in sorted(v.lemmas - v.modal):  # "may threaten" states no fact either
        hosts = [p for p in parts if lemma in p.lemmas]
        if hosts and all(lemma in p.viewed for p in hosts):
            return [Reason("modality", f"'{lemma}': the source gives it as someone's view; this "
                                       "sentence states it as a fact")]
    return []
