"""Where a phrase belongs when the small French parser hangs it elsewhere: a "par X" after an
action noun is that noun's agent ("l'invasion de l'Ukraine par Moscou"), and the names of an
apposition right before a verb are not its subject ("Choe Son Hui, la ministre …, doit")."""

from __future__ import annotations

from seo_kit.score.grounding.verbs import NOMINALS
from seo_kit.score.grounding.words import key

__all__ = ["apposition_before", "noun_by"]


def apposition_before(verb, tokens) -> int | None:
    """Index of the comma opening an apposition that ends right before ``verb`` (only
    auxiliaries, pronouns, adverbs between its closing comma and the verb) and follows a name:
    "Choe Son Hui, la ministre …, doit"; None when there is none."""
    before = [t for t in tokens if t.i < verb.i]
    k = len(before) - 1
    while k >= 0 and before[k].pos_ in ("AUX", "PRON", "ADV", "PART"):
        k -= 1
    if k < 1 or before[k].text != ",":
        return None
    opening = next((t for t in reversed(before[:k]) if t.text == ","), None)
    if opening is None or opening.i == 0 or before[k - 1].i == opening.i:
        return None
    inside = [t for t in before if opening.i < t.i < before[k].i]
    if any(t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm")
           for t in inside) or not inside[0].pos_ in ("DET", "NOUN", "ADJ", "VERB"):
        return None  # a clause, not a noun phrase ("Kim, qui a …,": its own verb)
    return opening.i


def noun_by(phrase, lang: str):
    """The action noun a "par X" phrase belongs to when the parser hung it on the verb: in "se
    sont rapprochées depuis l'invasion de l'Ukraine par Moscou", Moscou invades, it does not
    bring the two countries together. The phrase must follow the noun's own phrase at once."""
    if not phrase.dep_.startswith("obl") or phrase.left_edge.i == 0 or not any(
            c.dep_ == "case" and c.lower_ in ("par", "by") for c in phrase.children):
        return None
    t = phrase.doc[phrase.left_edge.i - 1]
    while t.i != phrase.head.i and t.i > phrase.head.i:
        if t.pos_ == "NOUN" and key(t.lemma_) in NOMINALS[lang]:
            return t
        if t.head.i == t.i:
            break
        t = t.head
    return None

