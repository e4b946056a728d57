"""Words that exclude each other: a variant that writes one where its source writes the other.

"Kim a appelé à une réduction de la production d'armes" for the source's "augmentation", "le
dernier voyage" for "le premier", "le père de Kim" for "le grand-père": every name and number
is in the source, the claim is reversed. Within a group, each set of lemmas (folded) excludes
the others; ``opposite_reasons`` reports a lemma of the variant whose source passage holds
another set of its group and nothing of its own set (a passage that holds both says both, and
stays silent here). Reported as ``polarity``.
"""

from __future__ import annotations

from collections.abc import Sequence

from seo_kit.score.grounding.analysis import Analysis, Reason

__all__ = ["OPPOSITES", "opposite_reasons"]

OPPOSITES: dict[str, tuple[tuple[frozenset[str], ...], ...]] = {
    "fr": tuple(tuple(frozenset(side.split()) for side in group) for group in (
        (("augmentation hausse croissance accroissement progression augmenter hausser accroitre "
         "croitre progresser grimper monter relever"),
         ("reduction baisse diminution recul chute baisser reduire diminuer reculer chuter "
         "abaisser")),
        ("premier premiere", "dernier derniere"),
        ("victoire gagner remporter vainqueur", "defaite perdre perdant"),
        ("accepter acceptation", "refuser refus rejeter rejet decliner"),
        ("autoriser autorisation", "interdire interdiction"),
        ("ouvrir ouverture", "fermer fermeture"),
        ("pere", "grand-pere", "fils", "petit-fils", "frere", "oncle", "neveu", "cousin", "mari"),
        ("mere", "grand-mere", "fille", "petite-fille", "soeur", "tante", "niece", "cousine",
         "epouse"),
    )),
    "en": tuple(tuple(frozenset(side.split()) for side in group) for group in (
        ("increase rise grow growth raise climb", ("decrease fall decline drop cut reduce "
                                                  "reduction lower")),
        ("first", "last"),
        ("win victory winner", "lose defeat loser"),
        ("accept", "reject refuse decline"),
        ("allow permit", "ban forbid prohibit"),
        ("free free-software open-source", "proprietary"),
        ("father", "grandfather", "son", "grandson", "brother", "uncle", "nephew", "husband"),
        ("mother", "grandmother", "daughter", "granddaughter", "sister", "aunt", "niece",
         "wife"),
    )),
}


def opposite_reasons(v: Analysis, parts: Sequence[Analysis], lang: str) -> list[Reason]:
    """One ``polarity`` reason for the first word of ``v`` whose passage (``parts``) holds a
    word that excludes it and none of its own set; [] otherwise."""
    mine = v.lemmas | v.words
    held = frozenset().union(*(p.lemmas | p.words for p in parts))
    for group in OPPOSITES.get(lang, ()):
        for side in group:
            said = sorted(side & mine)
            if not said or side & held:
                continue
            other = sorted(w for other in group if other is not side for w in other & held)
            if other:
                return [Reason("polarity", f"{said[0]!r} where the source says {other[0]!r}")]
    return []
