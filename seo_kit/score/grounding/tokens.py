"""Token-level readings of a spaCy parse that the frames build on: a verb's lemma, runs of names
written together, and the verbs a sentence denies or presents as unreal.
"""

from __future__ import annotations

from seo_kit.score.grounding.words import key

__all__ = ["negated", "runs", "verb_lemma"]

_VERB_ENDINGS = {"fr": ("er", "ir", "re", "oir"), "en": ("",)}


def verb_lemma(verb, lang: str) -> str:
    """The folded lemma of a verb; simplemma's when spaCy's small model gives a non-infinitive
    ("estime" for "estime"); "" when neither looks like a verb."""
    lemma = key(verb.lemma_)
    if lemma.endswith(_VERB_ENDINGS[lang]):
        return lemma
    import simplemma

    lemma = key(simplemma.lemmatize(verb.text.lower(), lang=lang))
    return lemma if lemma.endswith(_VERB_ENDINGS[lang]) else ""


def runs(tokens, name_of) -> tuple[frozenset[str], ...]:
    """Runs of two or more adjacent name tokens (a hyphen between them allowed)."""
    found, current = [], set()
    for t in tokens:
        if t.i in name_of:
            current.add(name_of[t.i])
            continue
        if t.text == "-" and current:
            continue
        if len(current) > 1:
            found.append(frozenset(current))
        current = set()
    if len(current) > 1:
        found.append(frozenset(current))
    return tuple(found)


_NEGATIONS = {"pas", "jamais", "plus", "guere", "point", "not", "never", "n't"}
_COUNTERFACTUAL = {"devoir", "pouvoir"}


def negated(tokens, lang: str) -> frozenset[str]:
    """Lemmas of verbs the sentence denies ("n'a pas été annoncé", "n'a divulgué aucune") or
    presents as unreal ("aurait dû se reconstituer": it did not)."""
    found = set()
    for verb in tokens:
        if verb.pos_ != "VERB":
            continue
        lemma = verb_lemma(verb, lang) or key(verb.lemma_)
        children = list(verb.children)
        if any(c.dep_ == "advmod" and ("Neg" in c.morph.get("Polarity")
                                       or key(c.text) in _NEGATIONS) for c in children) \
                or any(c.dep_ in ("obj", "nsubj") and any(key(d.lemma_) in ("aucun", "nul")
                                                          for d in c.children)
                       for c in children):
            found.add(lemma)
        head = verb.head
        if verb.dep_ == "xcomp" and key(head.lemma_) in _COUNTERFACTUAL and any(
                "Cnd" in a.morph.get("Mood") for a in head.children if a.pos_ == "AUX"):
            found.add(lemma)
    return frozenset(found)
