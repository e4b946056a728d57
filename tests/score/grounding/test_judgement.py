"""A judgement the source does not make: an evaluative word of any class the passage lacks
(seo_kit/lang/data/{fr,en}_evaluative.txt) — an adjective, a participle read as a verb ("un
maire chevronné", "an astonishing 40 million"), a noun of verdict, a stance adverb derived from an
adjective ("remarquablement", "sadly"), an intensifier ("très"), a superlative, a phrase ("sans
précédent", "a blow to"). Not one: the same word in the passage sentence about the same thing,
another intensifier of that passage, a superlative of the passage's own adjective, a word inside
a quotation. Each row: (lang, source, sentence, kind
expected or None), balanced check and strict gate."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

PORT = ("Le maire de Brest, Paul Garnier, a inauguré samedi le nouveau port de plaisance, qui a "
        "coûté 40 millions d'euros. Les travaux ont duré trois ans. Le chantier a été jugé "
        "crucial par la chambre de commerce pour l'emploi local.")
BRIDGE = ("The city council opened the new bridge over the river on Monday. It cost about 40 "
          "million dollars and took three years to build. Some engineers fear that heavy floods "
          "could threaten the bridge. The mayor called it \"a remarkable piece of work\".")
CLUB = ("Le club de Lens a remporté dimanche la finale de la coupe régionale face à Arras, sur "
        "le score de 2 à 1. C'est son plus beau résultat depuis sa création en 1906.")

ROWS = [
    # an evaluative adjective, noun or phrase the passage lacks
    ("fr", PORT, "Le maire de Brest a inauguré samedi le magnifique port de plaisance.", "judgement"),
    ("fr", PORT, "Paul Garnier, un maire chevronné, a inauguré samedi le port de plaisance.",
     "judgement"),
    ("fr", PORT, "L'inauguration du port de plaisance, samedi, a été un triomphe.", "judgement"),
    ("fr", PORT, "Le port de plaisance a coûté une somme sans précédent de 40 millions d'euros.",
     "judgement"),
    ("fr", PORT, "Les travaux ont duré trois ans, un coup dur pour les riverains.",
     "judgement"),
    # a stance adverb, an intensifier, a superlative
    ("fr", PORT, "Malheureusement, les travaux ont duré trois ans.", "judgement"),
    ("fr", PORT, "Le port de plaisance a coûté la somme très élevée de 40 millions d'euros.",
     "judgement"),
    ("fr", CLUB, "Le club de Lens, le plus titré de la région, a remporté dimanche la finale.",
     "judgement"),
    ("en", BRIDGE, "Sadly, the bridge took three years to build.", "judgement"),
    ("en", BRIDGE, "The bridge cost an astonishing 40 million dollars.", "judgement"),
    ("en", BRIDGE, "The council opened the new bridge on Monday, a blow to the ferry operators.",
     "judgement"),
    ("en", BRIDGE, "The city council wisely opened the new bridge over the river on Monday.",
     "judgement"),
    ("en", BRIDGE, "The bridge, the most expensive in the region, cost about 40 million dollars.",
     "judgement"),
    # the word of another sentence does not hold it: "crucial" is said of the works' jobs
    ("fr", PORT, "Le maire de Brest a inauguré samedi un port de plaisance crucial.", "judgement"),
    # true: the passage's own word, another grade or superlative, a quotation, a verb
    ("fr", PORT, "La chambre de commerce a jugé le chantier crucial pour l'emploi local.", None),
    ("fr", CLUB, "C'est le plus beau résultat du club depuis sa création en 1906.", None),
    ("en", BRIDGE, "The mayor called the bridge \"a remarkable piece of work\".", None),
    ("en", BRIDGE, "Heavy floods could threaten the bridge, some engineers fear.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS,
                         ids=[f"{row[2][:40]}-{row[3]}" for row in ROWS])
def test_a_judgement_the_source_does_not_make_is_caught(assert_grounding, lang, source, sentence,
                                                        expected, strict):
    assert_grounding(lang, source, sentence, expected, strict)


@pytest.mark.parametrize(("lang", "adjective", "adverb"), [
    ("fr", "remarquable", "remarquablement"), ("fr", "étonnant", "etonnamment"),
    ("fr", "heureux", "heureusement"), ("fr", "décisif", "decisivement"),
    ("fr", "excellent", "excellemment"), ("en", "sad", "sadly"), ("en", "lucky", "luckily"),
    ("en", "tragic", "tragically"), ("en", "regrettable", "regrettably"),
])
def test_a_stance_adverb_is_derived_from_its_adjective(lang, adjective, adverb):
    from seo_kit.score.grounding.cues import evaluative

    assert evaluative(lang).adverbs[adverb] == evaluative(lang).lemmas[
        adjective.replace("é", "e")]
