"""Mechanical grammar slips of a small model (seo_kit.rewrite.grammar), one row per kind."""

from __future__ import annotations

import pytest

from seo_kit.rewrite.grammar import grammar_slip

SLIPS = [  # (sentence, lang, kind named in the answer)
    ("Elles ont joué un rôle dans l' maintien à flot de l'économie.", "fr", "elision"),
    ("Le ministre d’ Russie est arrivé.", "fr", "elision"),
    ("Il a parlé de l’guerre en Ukraine.", "fr", "elision"),
    ("Il est le chef de le économie du pays.", "fr", "no elision"),
    ("La Maison Blanche a dit que il viendrait.", "fr", "no elision"),
    ("Le ministre est venu de Ottawa mercredi.", "fr", "no elision"),
    ("Ce accord a été signé en 2022.", "fr", "ce"),
    ("Si il vient, la visite aura lieu.", "fr", "si il"),
    ("Il a parlé de de la guerre froide.", "fr", "doubled"),
    ("The minister went to the the capital.", "en", "doubled"),
    # a connector put before a sentence whose first word kept its capital
    ("Par ailleurs, Lorsque la crue a atteint le village, les pompiers ont évacué l’école.",
     "fr", "capital after an opener"),
    ("En outre, Pour conclure, le maire a remercié les bénévoles.", "fr", "capital after an opener"),
    ("Selon la préfecture, Les routes resteront fermées jusqu’à lundi.", "fr",
     "capital after an opener"),
    ("Moreover, When the river rose, the school was closed.", "en", "capital after an opener"),
]
CLEAN = [
    ("Il a vu l’homme, l'histoire et l’extrême-est de la Russie.", "fr"),
    ("Elle a lu la une du journal le onze septembre.", "fr"),
    ("C'est ce à quoi il pense, jusqu’à trois ans, s'y rendre.", "fr"),
    ("La hausse du yen et le héros du jour.", "fr"),
    ("Kim Jong-un s’est rendu en Russie en septembre.", "fr"),
    ("The minister arrived on Wednesday in an old car.", "en"),
    ("Par ailleurs, Kim Jong-un a inspecté des avions de combat.", "fr"),
    ("Selon Le Monde, le gouvernement prépare une réforme.", "fr"),
    ("Par ailleurs, Le Monde affirme que la réforme est prête.", "fr"),
    ("En 2018, Lavrov s’est rendu à Pyongyang.", "fr"),
    ("Also, The Guardian reported the vote on Monday.", "en"),
    ("In 2011, Mozilla reported its revenue.", "en"),
]


@pytest.mark.parametrize(("sentence", "lang", "kind"), SLIPS)
def test_a_slip_is_named(sentence, lang, kind) -> None:
    assert kind in (grammar_slip(sentence, lang) or "")


@pytest.mark.parametrize(("sentence", "lang"), CLEAN)
def test_correct_french_and_english_pass(sentence, lang) -> None:
    assert grammar_slip(sentence, lang) is None


def test_no_source_sentence_of_the_seed_is_a_slip(article) -> None:
    from seo_kit.score.grounding import source_sentences

    assert not [s for s in source_sentences(article.text, "fr") if grammar_slip(s, "fr")]


SPECULATIONS = ("Les spéculations sur un éventuel projet nord-coréen visant à réapprovisionner les "
                "réserves de munitions russes ont éclaté lors de la visite de Kim en Russie.")


@pytest.mark.parametrize("sentence, sources, lang, slip", [
    # the embedded model's sentence of the seed run (2026-12-02): "Les" gone
    (("Spéculations sur un éventuel projet nord-coréen ont éclaté lors de la visite de Kim en "
     "Russie."), [SPECULATIONS], "fr", "«Spéculations» where the source says «Les spéculations»"),
    ("Réserves de munitions russes épuisées.", [SPECULATIONS], "fr", "«les réserves»"),
    ("Seeds were moved to the vault in 2017.", ["The seeds were moved to the vault in 2017."],
     "en", "«The seeds»"),
    ("Les spéculations ont éclaté lors de la visite de Kim.", [SPECULATIONS], "fr", None),
    ("Kim a rencontré Poutine.", ["Kim a rencontré Poutine au cosmodrome."], "fr", None),
    ("Norway paid for the vault.", ["Norway paid for the vault."], "en", None),
    # a word the source also writes capitalised (a name, a headline word) is left alone
    ("Munitions : la Corée du Nord livre la Russie.", [("Munitions livrées : les munitions de la "
                                                        "Corée du Nord.")], "fr", None),
])
def test_a_sentence_opening_on_a_noun_without_its_determiner(sentence, sources, lang, slip):
    from seo_kit.rewrite.grammar import dropped_determiner

    found = dropped_determiner(sentence, sources, lang)
    assert (found is None) if slip is None else (found is not None and slip in found), found
