"""Where a phrase belongs when the small French parser hangs it elsewhere: a "par X" after an
action noun is that noun's agent ("l'invasion de l'Ukraine par Moscou")."""

from __future__ import annotations

from seo_kit.score.grounding.verbs import NOMINALS
from seo_kit.score.grounding.words import key

__all__ = ["noun_by"]


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
