"""A word that excludes the source's: "une réduction" for "une augmentation", "le père" for "le
grand-père", "a refusé" for "a accepté". Every name and number of such a sentence is in the
source, so both levels passed it. Each row: (lang, source, sentence, kind expected or None),
balanced check and strict gate. A passage that says both words is read by what each is said
of: "une baisse de 7,2 % des impôts" where the passage has their "hausse" (and a "baisse" of the
spending) is reversed; "une baisse des dépenses" is not. A rank ("la dernière présentatrice")
where the passage gives none is invented."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

KIM = ("Kim a appelé le mois dernier à une augmentation exponentielle de la production d'armes "
       "nucléaires, ont déclaré les médias d'État nord-coréens.")
SUNG = ("Les autorités soviétiques ont nommé Kim Il Sung, le défunt grand-père de Kim, comme "
        "premier dirigeant du pays.")
INVITE = "Poutine a également accepté une invitation de Kim à se rendre en Corée du Nord."
BUDGET = ("Le gouvernement prévoit une hausse de 7,2 % des impôts en 2013, et une baisse des "
          "dépenses de l'État.")
VAULT = ("Revenue grew to $163 million in 2011, up 33% from $123 million in 2010, and Mozilla "
         "accepted a new search contract with Google.")

NEWS = "En 2010, elle fut présentatrice du journal de la nuit sur France 2."
NEWS_EN = "In 2010, she presented the night news on BBC One."
DRAGHI = "Le Premier ministre Mario Draghi a présenté le budget jeudi."

ROWS = [
    ("fr", KIM, "Kim a appelé à une réduction de la production d'armes nucléaires.", "polarity"),
    ("fr", KIM, "Kim a appelé à une forte hausse de la production d'armes nucléaires.", None),
    ("fr", SUNG, "Kim Il Sung était le père de Kim.", "polarity"),
    ("fr", SUNG, "Kim Il Sung était le grand-père de Kim.", None),
    ("fr", INVITE, "Poutine a refusé une invitation de Kim à se rendre en Corée du Nord.",
     "polarity"),
    ("fr", INVITE, "Poutine a accepté l'invitation de Kim à se rendre en Corée du Nord.", None),
    ("fr", BUDGET, "Le gouvernement prévoit une baisse de 7,2 % des impôts en 2013.", "polarity"),
    ("fr", BUDGET, "Le gouvernement prévoit une baisse des dépenses de l'État.", None),
    # a rank where the passage gives none: a claim of its own (rank words are function words)
    ("fr", NEWS, "En 2010, elle fut la dernière présentatrice du journal de la nuit sur France 2.",
     "invented"),
    ("fr", NEWS, "En 2010, elle présentait le journal de la nuit sur France 2.", None),
    ("en", NEWS_EN, "In 2010, she was the last presenter of the night news on BBC One.",
     "invented"),
    ("fr", DRAGHI, "Jeudi, le Premier ministre Mario Draghi a présenté le budget.", None),
    ("en", VAULT, "Revenue fell to $163 million in 2011.", "polarity"),
    ("en", VAULT, "Revenue rose to $163 million in 2011.", None),
    ("en", VAULT, "Mozilla rejected a new search contract with Google.", "polarity"),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS,
                         ids=[f"{row[2][:40]}-{row[3]}" for row in ROWS])
def test_a_word_that_excludes_the_sources_is_caught(assert_grounding, lang, source, sentence,
                                                     expected, strict):
    assert_grounding(lang, source, sentence, expected, strict)


@pytest.mark.parametrize(("sentence", "kind"), [
    (("En réponse aux sanctions occidentales, Kim a appelé à une augmentation de la production "
     "d'armes nucléaires."), "cause"),
    ("L'appel de Kim à une augmentation de la production d'armes nucléaires a été un succès.",
     "judgement"),
])
def test_a_cause_or_a_judgement_in_other_words(assert_grounding, sentence, kind):
    assert_grounding("fr", KIM, sentence, kind, False)
