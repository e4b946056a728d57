"""Keyphrase matching as Yoast does it: content words, boundaries, elisions, exact phrases."""

import pytest

from seo_kit.score.matching import (
    build_topic,
    count_form_in_text,
    count_topic_in_tokens,
    match_percentage,
)
from seo_kit.text.tokens import match_tokens


@pytest.mark.parametrize("keyphrase, forms", [
    ("Voiture électrique", (("voiture",), ("électrique", "electrique"))),
    ("la voiture de Paris", (("voiture",), ("paris",))),
    ("Jong-un", (("jong",),)),  # hyphens split words; "un" is a function word
    ('"voiture électrique"', (("voiture électrique", "voiture electrique"),)),
    ("de la", (("de",), ("la",))),  # only function words: they are kept
])
def test_build_topic(keyphrase, forms):
    assert build_topic(keyphrase, "fr").forms == forms


@pytest.mark.parametrize("text, form, count", [
    ("La voiture roule.", "voiture", 1),
    ("L’agence et l'agence.", "agence", 2),
    ("Les voitures roulent.", "voiture", 0),  # no word forms in Yoast's free matching
    ("Corée du Nord, COREE.", "corée", 1),
    ("nord-coréen", "nord", 1),
    ("Nordique", "nord", 0),
])
def test_count_form_in_text(text, form, count):
    assert count_form_in_text(text, (form,)) == count


@pytest.mark.parametrize("sentence, keyphrase, count", [
    ("La voiture électrique et la voiture rouge.", "voiture électrique", 1),  # min of 2 and 1
    ("Voiture électrique, voiture électrique.", "voiture électrique", 2),
    ("Électrique, la voiture.", "voiture électrique", 1),  # any order
    ("Électrique, la voiture.", '"voiture électrique"', 0),  # exact phrase required
    ("Une voiture électrique.", '"voiture électrique"', 1),
    ("La voiture.", "voiture électrique", 0),
])
def test_count_topic_in_sentence(sentence, keyphrase, count):
    assert count_topic_in_tokens(build_topic(keyphrase, "fr"), match_tokens(sentence)) == count


@pytest.mark.parametrize("text, keyphrase, share", [
    ("lavrov en coree du nord", "Lavrov Corée du Nord", 100),
    ("lavrov visite", "Lavrov Corée du Nord", 33),
    ("rien", "Lavrov Corée du Nord", 0),
])
def test_match_percentage(text, keyphrase, share):
    assert match_percentage(build_topic(keyphrase, "fr"), text) == share
