"""Views stated as facts: what a verb of opinion introduces ("les conservateurs, qui estimaient
que le directeur avait été poussé dehors", "conservatives who felt he had been forced out") is
someone's view, as is the infinitive of a reporting verb ("ont déclaré avoir discuté"). A variant sentence that states it without a verb of opinion, a speaker or a
modal of its own ("may threaten") turns the view into a fact: modality.

The verbs introduced are read from spaCy's parse (a ``ccomp`` under a verb of opinion) or, in
English without a parse, as the content words up to seven words after one.
"""

from __future__ import annotations

from collections.abc import Sequence

from seo_kit.score.grounding.analysis import Analysis, Reason
from seo_kit.score.grounding.claims import REPORTING
from seo_kit.score.grounding.tokens import verb_lemma
from seo_kit.score.grounding.words import key

__all__ = ["OPINION", "OPINION_FORMS", "view_reasons", "viewed_lemmas", "viewed_words"]

OPINION = {"fr": frozenset(["penser", "estimer", "croire", "juger", "considerer", "soupconner",
                            "supposer", "craindre", "redouter", "sentir", "douter", "inquieter"]),
           "en": frozenset(["think", "believe", "feel", "fear", "suspect", "suppose",
                            "consider", "worry", "doubt"])}
OPINION_FORMS = frozenset(["felt", "thought", "believed", "feared", "suspected"])  # irregular


def viewed_lemmas(tokens, lang: str) -> frozenset[str]:
    """Verbs a verb of opinion introduces in a spaCy parse, and the infinitive a reporting verb
    takes: "les deux pays ont déclaré avoir discuté" is their claim of their own deed, not a
    fact ("ont discuté" states it as one)."""
    return frozenset(verb_lemma(t, lang) for t in tokens
                     if t.pos_ == "VERB" and t.head.pos_ == "VERB" and verb_lemma(t, lang) and (
                         t.dep_ == "ccomp" and verb_lemma(t.head, lang) in OPINION[lang]
                         or t.head.i < t.i and verb_lemma(t.head, lang) in REPORTING[lang]
                         and _infinitive(t)))


def _infinitive(t) -> bool:
    """An infinitive, present ("affirme discuter") or perfect ("a déclaré avoir discuté")."""
    return "Inf" in t.morph.get("VerbForm") or any(
        c.pos_ == "AUX" and "Inf" in c.morph.get("VerbForm") for c in t.children)


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
