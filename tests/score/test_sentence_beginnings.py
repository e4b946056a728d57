"""sentenceBeginnings reads a sentence's first words from the chunks its tokenisation remembered.

``_sentence_beginning`` once joined the sentence's first six space-separated chunks and
tokenised them again (``words_of_normalised``), once per sentence of every page; it now chains
the words each chunk already has (``text.tokens.words_of_chunk``). The reference below is that
former definition: every row must begin the same way, the odd ones included (punctuation-only
chunks in front, elisions with either apostrophe, symbols, numbers, a lone word before the
seventh chunk, exceptions such as "le"/"the" that take the next word along)."""

from __future__ import annotations

import pytest

from seo_kit.lang import resources
from seo_kit.score.checks.readability import _beginning_exceptions, _sentence_beginning
from seo_kit.text.document import Sentence
from seo_kit.text.tokens import normalise_spaces, words_of_normalised


def _reference(text: str, exceptions) -> str:
    """The former definition: the first six chunks joined, then tokenised again."""
    words = words_of_normalised(" ".join(text.split(None, 6)[:6]))
    if not words:
        return ""
    first = words[0].lower()
    if first in exceptions and len(words) > 1:
        first += " " + words[1].lower()
    return first


SENTENCES = [
    ("fr", "Le chat dort sur le canapé."),
    ("fr", "L’agence a été critiquée par les conducteurs."),
    ("fr", "L'agence a été critiquée par les conducteurs."),
    ("fr", "D’autre part, les bornes manquent."),
    ("fr", "« Le chat », dit-elle, « dort »."),
    ("fr", "— Le gouvernement promet cent mille bornes."),
    ("fr", "— — — — — Le chat dort sur le canapé depuis ce matin."),
    ("fr", "… … … … … … Le chat dort."),
    ("fr", "20 % des ventes sont électriques."),
    ("fr", "Trois voitures sur dix roulent au diesel."),
    ("fr", "Celui-ci coûte moins cher."),
    ("fr", "Aujourd’hui, tout change."),
    ("fr", "Le"),
    ("fr", "Un."),
    ("fr", "Des élus locaux demandent des moyens."),
    ("fr", "Nord-coréen, le régime répond."),
    ("fr", "Pourtant,la recharge reste un frein."),
    ("en", "The government promises a hundred thousand chargers."),
    ("en", "Those who live in old blocks of flats wait."),
    ("en", "\"The\" is a word; so is \"a\"."),
    ("en", "A 50-kWh battery costs less now."),
    ("en", "(The figures are from 2024.)"),
    ("en", "Ten-year-old cars still run."),
    ("en", "-- -- -- -- -- The end."),
    ("en", "$20,000 is the price."),
    ("en", "This"),
]


@pytest.mark.parametrize("lang, text", SENTENCES, ids=[t[:30] for _, t in SENTENCES])
def test_a_sentence_begins_as_its_first_six_chunks_retokenised(lang, text):
    exceptions = _beginning_exceptions(lang)
    sentence = Sentence.of(normalise_spaces(text))
    assert _sentence_beginning(sentence, exceptions) == _reference(sentence.text, exceptions)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_exceptions_hold_both_apostrophes(lang):
    listed = resources(lang).first_word_exceptions
    assert _beginning_exceptions(lang) == set(listed) | {w.replace("’", "'") for w in listed}
