"""The strict gate (``ground_sentences(..., strict=True)``): one table per language of variant
sentences the balanced check passes and the gate must reject (with the kind expected among its
reasons), and of sentences both must pass (a copy, a paraphrase by word forms and verb
families, a merge of two clauses each said by one source sentence)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from seo_kit.score.grounding import ground, ground_sentences, source_sentences

SEED = (
    "Kim Jong-un s’est rendu en Russie en septembre, a rencontré Vladimir Poutine et a inspecté "
    "des avions de combat dans une usine aéronautique.\n"
    "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
    "Nord, selon l’agence de presse officielle russe Tass, après le ministre de la Défense "
    "Sergueï Choïgu qui s’est rendu en Corée du Nord en juillet.\n"
    "Les mises à jour seront assurées durant un an, contrairement à la version LTS qui est "
    "maintenue durant 5 ans.\n"
    "La Maison Blanche a déclaré vendredi que la Corée du Nord avait livré plus de 1 000 "
    "conteneurs d’équipements militaires à la Russie.\n"
    "Les spéculations sur un éventuel projet nord-coréen visant à réapprovisionner les réserves "
    "de munitions russes ont éclaté lors de la visite de Kim en Russie.\n"
    "Le porte-parole de la Maison Blanche, John Kirby, a déclaré que Kim recherchait des "
    "technologies d’armement russes en échange de munitions.\n"
    "Les experts étrangers pensent que les deux pays cherchaient à conclure des accords de "
    "transfert d’armes.\n"
    "Poutine a accepté une invitation de Kim à se rendre en Corée du Nord, mais le moment n’a "
    "pas été annoncé."
)
VAULT = (
    "The Svalbard Global Seed Vault opened in 2008 on the Norwegian island of Spitsbergen.\n"
    "The Crop Trust pays for the running costs of the vault.\n"
    "According to the Crop Trust, Norway plans to expand the vault next year.\n"
    "Norway funded the construction, which cost about 45 million kroner."
)

FRENCH = [
    # passes both
    ("Kim Jong-un s’est rendu en Russie en septembre.", None),
    ("Selon l’agence Tass, Sergueï Lavrov est arrivé mercredi en Corée du Nord.", None),
    (("La Maison Blanche a déclaré que la Corée du Nord avait livré plus de 1 000 conteneurs "
     "d’équipements militaires à la Russie."), None),
    ("Lavrov est arrivé mercredi en Corée du Nord. ", None),
    # a verb the small parser tags ADJ after a name is still a verb: another actor
    ("Vladimir Poutine inspecte des avions de combat dans une usine aéronautique.", "role_swap"),
    # a speaker the source does not give
    (("Le gouvernement russe a affirmé que la Corée du Nord avait livré plus de 1 000 conteneurs "
     "à la Russie."), "speaker"),
    ("Selon les autorités russes, Kim recherchait des technologies d’armement russes.",
     "speaker"),
    # stated as done what the source states as sought
    ("Les deux pays ont conclu des accords de transfert d’armes.", ("modality", "new_words")),
    ("Kim a obtenu des technologies d’armement russes en échange de munitions.",
     ("modality", "predicate", "new_words")),
    # a shared first name is not the same actor; a number tied to another action
    ("Sergueï Choïgu est arrivé mercredi en Corée du Nord.", ("role_swap", "merged")),
    ("Les mises à jour seront assurées durant 5 ans.", "number"),
    ("Les mises à jour seront assurées durant un an.", None),
    # a word no source sentence says with the rest of the clause
    ("Lavrov est arrivé mercredi en Corée du Nord pour une visite surprise.", "new_words"),
    ("Kim Jong-un s’est rendu discrètement en Russie en septembre.", "new_words"),
    # denied in the source
    ("Le moment de la visite de Poutine en Corée du Nord a été annoncé.", "polarity"),
]
ENGLISH = [
    ("The Svalbard Global Seed Vault opened in 2008 on Spitsbergen.", None),
    ("The Crop Trust pays the running costs of the vault.", None),
    ("The vault opened in 2008 on a remote Norwegian island.", "new_words"),
    ("According to Norway, the Crop Trust pays for the running costs of the vault.", "speaker"),
    ("Norway expanded the vault.", "modality"),
]


def _kinds(sentence: str, source: str, lang: str, strict: bool) -> list[str]:
    [verdict] = ground_sentences([sentence], source_sentences(source, lang), lang, strict=strict)
    return [r.kind for r in verdict.reasons]


def _check(sentence: str, kind, source: str, lang: str) -> None:
    kinds = _kinds(sentence, source, lang, strict=True)
    if kind is None:
        assert kinds == [], kinds
    else:
        wanted = kind if isinstance(kind, tuple) else (kind,)
        assert set(kinds) & set(wanted), kinds


@pytest.mark.parametrize(("sentence", "kind"), FRENCH)
def test_french_strict(sentence, kind):
    _check(sentence, kind, SEED, "fr")


@pytest.mark.parametrize(("sentence", "kind"), ENGLISH)
def test_english_strict(sentence, kind):
    _check(sentence, kind, VAULT, "en")


def test_strict_rejects_everything_the_balanced_check_rejects():
    sentence = "Poutine a inspecté des avions de combat dans une usine aéronautique."
    assert _kinds(sentence, SEED, "fr", strict=False)
    assert _kinds(sentence, SEED, "fr", strict=True)


def test_ground_takes_strict():
    variant = "Lavrov est arrivé mercredi en Corée du Nord pour une visite surprise."
    assert not ground(variant, SEED, "fr").unsupported
    assert ground(variant, SEED, "fr", strict=True).unsupported


# The strict gate's false alarms on honest paraphrases: a verb of the same family ("dévoilé" for
# "divulgué"), a source form the small parser left unlemmatised ("Baptisé"), a hyphenated word
# ("non-libres" / "non libres"); the same sentences made false stay refused.
SYNONYMS = (
    "Les deux pays ont discuté de leurs liens, mais n’ont divulgué aucune mesure spécifique.\n"
    "Baptisé « Quantal Quetzal », le système Ubuntu 12.10 sort le 18 octobre 2012.\n"
    "Mais Ubuntu n’inclut pas de paquets non-libres sur ses Live CD."
)
STRICT_PARAPHRASES = [
    ("Les deux pays n’ont dévoilé aucune mesure spécifique.", True),
    ("Le système, surnommé « Quantal Quetzal », sort le 18 octobre 2012.", True),
    ("Ubuntu n’inclut pas de paquets non libres sur ses Live CD.", True),
    ("Le système, surnommé « Raring Ringtail », sort le 18 octobre 2012.", False),
    ("Ubuntu inclut des paquets non libres sur ses Live CD.", False),
]


@pytest.mark.parametrize(("sentence", "passes"), STRICT_PARAPHRASES)
def test_strict_gate_on_paraphrases(sentence, passes):
    [verdict] = ground_sentences([sentence], source_sentences(SYNONYMS, "fr"), "fr",
                                 strict=True)
    assert verdict.supported == passes, verdict.reasons
