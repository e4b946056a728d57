"""Grounding verdicts on kinds the embedded model produced and the first checks missed: a full
name that is another person than the source's bare mention ("Kim Il Sung" for the "Kim" the
source first wrote "Kim Jong-un"), roles reversed around a name the small parser splits ("Kim
Il Sung"), a present-tense verb the parser tags ADJ in a sentence with a participle later, a
call stated as done, a thing stated as existing that the source only says was sought, and a
capital held only by a nationality adjective. Each row: the sentence, the kind(s) expected
among its reasons (None = supported), balanced check and strict gate alike."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from seo_kit.score.grounding import ground_sentences, source_sentences

SOURCE = (
    "Kim Jong-un s’est rendu en Russie en septembre et a rencontré Vladimir Poutine.\n"
    "Lors de sa visite, Kim a inspecté des avions de combat dans une usine située à "
    "l’extrême-est de la Russie.\n"
    "Kim a appelé le mois dernier à une hausse de la production d’armes et à ce que son pays "
    "joue un rôle plus important dans une coalition.\n"
    "En 1948, les autorités soviétiques ont nommé Kim Il Sung premier dirigeant du pays.\n"
    "Les experts pensent que les deux pays cherchaient à conclure des accords de transfert "
    "d’armes en violation des résolutions de l’ONU.\n"
    "Lavrov est arrivé mercredi en Corée du Nord.\n"
    "Au cours de sa visite, il doit rencontrer Choe Son Hui, a rapporté l’agence russe RIA "
    "Novosti."
)

ROWS = [
    # the source's later bare "Kim" is Kim Jong-un: Kim Il Sung did not do what he did (a
    # role swap; or, the date "le mois dernier" tying it to Kim's one sentence, a name that
    # sentence does not hold)
    ("Kim Il Sung a appelé le mois dernier à une hausse de la production d’armes.",
     ("role_swap", "entity")),
    (("Kim Il Sung, le dirigeant du pays, a appelé le mois dernier à une hausse de la "
     "production d’armes."), ("role_swap", "entity")),
    ("Kim Il Sung a rencontré Vladimir Poutine en septembre.", ("role_swap", "entity")),
    ("Kim Jong-un a appelé le mois dernier à une hausse de la production d’armes.", None),
    # who named whom, with "Il" of "Kim Il Sung" parsed as a subject pronoun
    ("Kim Il Sung a nommé les autorités soviétiques.", "role_swap"),
    ("Le jeune Kim Il Sung a nommé les autorités soviétiques en 1948.", "role_swap"),
    ("En 1948, les autorités soviétiques ont nommé Kim Il Sung premier dirigeant du pays.",
     None),
    # "inspecte" tagged ADJ; "située" is a participle, not the sentence's verb
    (("Vladimir Poutine inspecte des avions de combat dans une usine située à l’extrême-est de "
     "la Russie."), "role_swap"),
    ("Kim inspecte des avions de combat dans une usine située à l’extrême-est de la Russie.",
     None),
    # a call ("a appelé à ce que son pays joue …") stated as a fact
    ("Le pays de Kim joue un rôle plus important dans une coalition.", "modality"),
    ("Kim a appelé à ce que son pays joue un rôle plus important dans une coalition.", None),
    # deals the source says were sought, stated as existing
    (("Les experts pensent que ces accords de transfert d’armes violent les résolutions de "
     "l’ONU."), "modality"),
    (("Les experts pensent que les deux pays cherchaient à conclure des accords de transfert "
     "d’armes."), None),
    # "Moscou" is not held by "l'agence russe": the meeting's place is invented
    ("Lavrov doit rencontrer Choe Son Hui à Moscou.", "entity"),
    ("Lavrov doit rencontrer Choe Son Hui, selon l’agence russe RIA Novosti.", None),
]


def _tuple(kind) -> tuple[str, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "kind"), ROWS)
def test_sentence(sentence, kind, strict):
    [verdict] = ground_sentences([sentence], source_sentences(SOURCE, "fr"), "fr",
                                 strict=strict)
    kinds = [r.kind for r in verdict.reasons]
    if kind is None:
        if not strict:  # the strict gate may refuse a true paraphrase; never a false one
            assert kinds == [], kinds
    else:
        assert set(kinds) & set(_tuple(kind)), kinds


# Two numbers of one source sentence, each put in the other's place (``numbers``); French
# through spaCy, English through the rule-based pipeline.
NUMBERS = [
    ("fr", ("Le système Ubuntu 12.10 sort le 18 octobre 2012, six mois après la version 12.04 "
           "LTS d’avril dernier. Les mises à jour seront assurées durant 2 ans, contre 5 ans "
           "pour la version LTS."),
     [("Le système Ubuntu 12.04 sort le 18 octobre 2012, six mois après la version 12.10 LTS.",
       "number"),
      ("Ubuntu 12.10 sort le 18 octobre 2012, six mois après la version 12.04 LTS.", None),
      ("Les mises à jour seront assurées durant 5 ans, contre 2 ans pour la version LTS.",
       "number"),
      ("Pour la version LTS, les mises à jour durent 5 ans.", None)]),
    ("fr", ("La croissance prévue passe à 0,3 % en 2012 (au lieu de 0,7 %), et les ménages "
           "paieront 60 % des nouveaux impôts et les entreprises 40 %."),
     [("La croissance prévue passe à 0,7 % en 2012, au lieu de 0,3 %.", "number"),
      ("La prévision de croissance pour 2012 passe de 0,7 % à 0,3 %.", None),
      ("Les ménages paieront 40 % des nouveaux impôts et les entreprises 60 %.", "number"),
      ("Les entreprises paieront 40 % des nouveaux impôts, les ménages 60 %.", None)]),
    ("en", ("The vault can hold 4.5 million seed samples, and it held more than 1.1 million "
           "samples in 2020."),
     [(("The vault can hold 1.1 million seed samples, and it held more than 4.5 million "
       "samples in 2020."), "number"),
      (("In 2020 the vault held more than 1.1 million samples, out of a capacity of 4.5 "
       "million."), None)]),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "kind"),
                         [(lang, src, s, k) for lang, src, rows in NUMBERS for s, k in rows])
def test_numbers_swapped_within_a_sentence(lang, source, sentence, kind, strict):
    [verdict] = ground_sentences([sentence], source_sentences(source, lang), lang,
                                 strict=strict)
    kinds = [r.kind for r in verdict.reasons]
    if kind is None:
        if not strict:  # the strict gate may refuse a true paraphrase for another reason
            assert "number" not in kinds, kinds
    else:
        assert kind in kinds, kinds


# "Pour X, …" opening a sentence says whose view it is, in the source and in the variant.
VIEWS = (
    "Pour la Maison Blanche, la Corée du Nord a livré plus de 1 000 conteneurs à la Russie.\n"
    "Le porte-parole John Kirby a déclaré que Kim cherchait des technologies russes.\n"
    "Pour l’authentification, il faudra ouvrir ces sites avec un navigateur web."
)
VIEW_ROWS = [
    ("Selon la Maison Blanche, la Corée du Nord a livré plus de 1 000 conteneurs à la Russie.",
     None),
    ("Pour la Maison Blanche, la Corée du Nord a livré plus de 1 000 conteneurs à la Russie.",
     None),
    ("Pour la police, la Corée du Nord a livré plus de 1 000 conteneurs à la Russie.",
     "speaker"),
    ("Pour les experts, la Corée du Nord a livré plus de 1 000 conteneurs à la Russie.",
     "speaker"),
    ("Pour l’authentification, il faudra ouvrir ces sites avec un navigateur web.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), VIEW_ROWS)
def test_whose_view(sentence, kind):
    [verdict] = ground_sentences([sentence], source_sentences(VIEWS, "fr"), "fr")
    kinds = [r.kind for r in verdict.reasons]
    assert kinds == [] if kind is None else kind in kinds, kinds


# A capital stands for its seat of power ("Washington" for "la Maison Blanche"); a purpose that
# is a thing ("destinés à la guerre") is held by "pour sa guerre".
SEATS_SOURCE = ("La Maison Blanche a déclaré vendredi que la Corée du Nord avait livré plus de "
                "1 000 conteneurs à la Russie pour sa guerre en Ukraine.")
SEATS_ROWS = [
    (("Washington a affirmé vendredi que Pyongyang avait livré plus de 1 000 conteneurs à la "
     "Russie."), None),
    (("Ces conteneurs étaient destinés à la guerre de la Russie en Ukraine, selon la Maison "
     "Blanche."), None),
    (("Moscou a affirmé vendredi que Pyongyang avait livré plus de 1 000 conteneurs à la "
     "Russie."), ("speaker", "entity")),
    (("La Corée du Nord a livré plus de 1 000 conteneurs à la Russie afin de financer sa "
     "guerre."), "intent"),
]


@pytest.mark.parametrize(("sentence", "kind"), SEATS_ROWS)
def test_seats_and_purposes(sentence, kind):
    [verdict] = ground_sentences([sentence], source_sentences(SEATS_SOURCE, "fr"), "fr")
    kinds = [r.kind for r in verdict.reasons]
    assert kinds == [] if kind is None else set(kinds) & set(_tuple(kind)), kinds
