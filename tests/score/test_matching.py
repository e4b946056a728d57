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


def _count_word_in_tokens_before(tokens, forms) -> int:
    """matching.count_word_in_tokens as it was: every token through the word pattern."""
    from seo_kit.score.matching import _token_matches

    joined = " ".join(tokens)
    return sum(1 for form in forms if form in joined
               for token in tokens if _token_matches(token, form))


# (tokens, forms): exact tokens only, the form inside other tokens (with and without a word
# boundary), repeated and overlapping forms, a possessive, an accent-folded form, no match
COUNT_ROWS = [
    (("la", "voiture", "et", "la", "voiture"), ("voiture",)),
    (("les", "voitures", "voiture", "électrique"), ("voiture",)),
    (("l’agence", "agence", "agences"), ("agence",)),
    (("aa", "aaaa", "aa"), ("aa",)),
    (("the", "hero’s", "hero", "heroes"), ("hero",)),
    (("corée", "coree", "corées"), ("corée", "coree")),
    (("nord-coréen", "coréen"), ("coréen", "coreen")),
    (("rien", "ici"), ("voiture",)),
    (("a", "b"), ("a b",)),
    ((), ("voiture",)),
]


@pytest.mark.parametrize(("tokens", "forms"), COUNT_ROWS)
def test_count_word_in_tokens_is_the_per_token_count(tokens, forms):
    from seo_kit.score.matching import count_word_in_tokens

    expected = _count_word_in_tokens_before(tokens, forms)
    assert count_word_in_tokens(tokens, forms) == expected
    assert count_word_in_tokens(tokens, forms, " ".join(tokens)) == expected
