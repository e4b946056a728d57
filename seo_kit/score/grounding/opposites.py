"""Words that exclude each other: a variant that writes one where its source writes the other.

"Kim a appelé à une réduction de la production d'armes" for the source's "augmentation", "le
dernier voyage" for "le premier", "le père de Kim" for "le grand-père": every name and number
is in the source, the claim is reversed. Within a group, each set of lemmas (folded) excludes
the others; ``opposite_reasons`` reports a lemma of the variant whose source passage holds
another set of its group and nothing of its own set. A passage that holds both is read by the
words that follow each (``_after``): "le dernier voyage de Kim" where the passage says "le
premier voyage de Kim" and "le dernier d'une vague" is reversed (the trip is the first), while
"la dernière fois" for the passage's "la dernière fois" and "le premier voyage" is not.
Reported as ``polarity``.
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
        # the pairs of news reporting: relations, life, measures, stances, deals, outcomes
        ("rapprocher rapprochement", "eloigner eloignement"),
        ("mourir mort deces deceder eteindre", "survivre survie survivant"),
        ("libre", "proprietaire"),
        ("durcir durcissement renforcer renforcement",
         "assouplir assouplissement alleger allegement relacher"),
        ("imposer instaurer", "lever levee abolir abolition"),
        ("soutenir soutien", "opposer opposition condamner condamnation"),
        ("confirmer confirmation", "dementir dementi nier"),
        ("reussir reussite succes", "echouer echec"),
        ("acheter achat racheter rachat", "vendre vente revendre"),
        ("arriver arrivee", "quitter"),  # not "partir" ("à partir de") nor "départ" ("au départ")
        ("construire construction", "detruire destruction demolir"),
        ("legal legale", "illegal illegale"),
        ("majorite majoritaire", "minorite minoritaire"),
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
        ("closer rapprochement", "apart estrangement"),
        ("die died death dead", "survive survived survival survivor alive"),
        ("tighten tightened strengthen strengthened", "loosen loosened ease eased relax relaxed"),
        ("impose imposed", "lift lifted abolish abolished"),
        ("support supported", "oppose opposed condemn condemned"),
        ("confirm confirmed", "deny denied"),
        ("succeed succeeded success", "fail failed failure"),
        ("buy bought purchase purchased", "sell sold sale"),
        ("arrive arrived arrival", "leave depart departed"),  # not "left" (a side)
        ("build built construction", "destroy destroyed destruction demolish demolished"),
        ("legal lawful", "illegal unlawful"),
        ("majority", "minority"),
        ("father", "grandfather", "son", "grandson", "brother", "uncle", "nephew", "husband"),
        ("mother", "grandmother", "daughter", "granddaughter", "sister", "aunt", "niece",
         "wife"),
    )),
}


_AFTER = 2  # content words read after an opposite word: the noun it qualifies, its complement


def _after(text: str, side: frozenset[str], lang: str) -> frozenset[str]:
    """The first ``_AFTER`` content words (folded, a final "s" cut) after each word of ``side``
    in ``text``: what the word is said of ("dernier voyage de Kim" → voyage, kim)."""
    from seo_kit.score.grounding.words import WORD, function_words, key

    words = [key(w) for w in WORD.findall(text)]
    small = function_words(lang)
    found: set[str] = set()
    for i, word in enumerate(words):
        if word in side:
            found.update([w.removesuffix("s") for w in words[i + 1:]
                          if w not in small and len(w) > 2][:_AFTER])
    return frozenset(found)


# Rank words: "le dernier présentateur" where the passage gives no rank at all is a claim of its
# own (they are function words, so coverage never sees them); "Premier ministre" is a title.
RANK = {"fr": frozenset(["premier", "premiere", "dernier", "derniere"]),
        "en": frozenset(["first", "last"])}


def _ranked(text: str, lang: str) -> list[str]:
    from seo_kit.score.grounding.words import WORD, key

    words = [key(w) for w in WORD.findall(text)]
    return [w for i, w in enumerate(words) if w in RANK[lang]
            and not set(words[i + 1:i + 2]) & _NOT_RANK and not set(words[i - 1:i]) & _NOT_RANK]


# a title ("Premier ministre") and times ("last year", "le mois dernier"): no rank
_NOT_RANK = frozenset(["ministre", "year", "week", "month", "night", "weekend", "season", "an",
                       "annee", "mois", "semaine", "nuit", "saison", "siecle", "century"])


def opposite_reasons(v: Analysis, parts: Sequence[Analysis], lang: str) -> list[Reason]:
    """One ``polarity`` reason for the first word of ``v`` whose passage (``parts``) holds a
    word that excludes it and none of its own set, or holds both but the excluding one said of
    what ``v`` says it of and its own never (``_after``); [] otherwise."""
    mine = v.lemmas | v.words
    held = frozenset().union(*(p.lemmas | p.words for p in parts))
    ranked = _ranked(v.text, lang)
    if ranked and not any(_ranked(p.text, lang) for p in parts):
        return [Reason("invented", f"{ranked[0]!r} gives a rank the source does not give")]
    for group in OPPOSITES.get(lang, ()):
        for side in group:
            said = sorted(side & mine)
            if not said:
                continue
            other = sorted(w for other in group if other is not side for w in other & held)
            if not other:
                continue
            if side & held:
                of = _after(v.text, side, lang)
                theirs = frozenset().union(*(_after(p.text, frozenset(other), lang)
                                             for p in parts))
                own = frozenset().union(*(_after(p.text, side, lang) for p in parts))
                if not of & theirs or of & own:
                    continue
            return [Reason("polarity", f"{said[0]!r} where the source says {other[0]!r}")]
    return []
