"""Transition words: single words, phrases (with elisions) and two-part transitions."""

import pytest

from seo_kit.lang import is_transition_sentence, resources
from seo_kit.text import tokenize

FRENCH = [
    ("Par conséquent, il part.", True),
    ("Il part d’abord à Paris.", True),
    ("Il part d'abord à Paris.", True),  # straight apostrophe
    ("Cependant, rien n’a changé.", True),
    ("C’est-à-dire qu’il viendra.", True),
    ("En effet, le taux a baissé.", True),
    ("Il reste, non seulement pour lui, mais aussi pour elle.", True),
    ("Soit il pleut, soit il neige.", True),
    ("Il pleut sur Paris.", False),
    ("Le effet de serre augmente.", False),  # "effet" alone is not "en effet"
    ("La part du lion.", False),
]

ENGLISH = [
    ("However, it rained.", True),
    ("For example, cats.", True),
    ("Not only cats but also dogs.", True),
    ("The cat sat on the mat.", False),
    ("Only the cat sat.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), FRENCH)
def test_french_transitions(sentence, expected):
    assert is_transition_sentence(tokenize(sentence, lang="fr"), "fr") is expected


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH)
def test_english_transitions(sentence, expected):
    assert is_transition_sentence(tokenize(sentence, lang="en"), "en") is expected


def test_phrases_are_tokenised_like_sentences():
    res = resources("fr")
    assert ("d’", "abord") in res.multiword_transitions
    assert ("d’une part", "d’autre part") in res.two_part_transitions
    assert "cependant" in res.transition_words


def test_accepts_a_sentence_or_a_word_list():
    from seo_kit.text import parse

    sentence = parse("Par conséquent, l’agence ferme.", lang="fr").sentences[0]
    assert is_transition_sentence(sentence, "fr")
    assert is_transition_sentence(["Par", "conséquent", "l’agence", "ferme"], "fr")
    assert not is_transition_sentence(["L’agence", "ferme"], "fr")
