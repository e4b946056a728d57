"""A date alone between commas ("Trois semaines plus tard, en mai 2019, les enquêteurs ont
saisi …") is an adjunct of the whole clause: put at the other end of the sentence it takes no
other number's place, while two quantities that trade places are still a swap, in two
stretches or in one ("8 ordinateurs dans 52 bureaux" for "52 ordinateurs dans 8 bureaux"). Balanced check
and strict gate alike (the strict gate may refuse a paraphrase: only its misses are tested)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE = (
    "Trois semaines plus tard, en mai 2019, les enquêteurs ont saisi 52 ordinateurs dans 8 "
    "bureaux entourant Lyon, ordinateurs donc sûrement infectés.\n"
    "Deux ans après, en mai 2021, la société a remboursé 140 clients dans 12 pays d'Europe."
)

ROWS = [
    ("Dans 8 bureaux entourant Lyon, les enquêteurs ont saisi 52 ordinateurs en mai 2019.",
     None),
    ("Les enquêteurs ont saisi 52 ordinateurs dans 8 bureaux entourant Lyon en mai 2019.",
     None),
    ("Dans 12 pays d'Europe, la société a remboursé 140 clients en mai 2021.", None),
    ("Dans 52 bureaux entourant Lyon, les enquêteurs ont saisi 8 ordinateurs en mai 2019.",
     "number"),
    ("Dans 140 pays d'Europe, la société a remboursé 12 clients en mai 2021.", "number"),
    # two quantities that trade nouns inside one stretch
    ("En mai 2019, les enquêteurs ont saisi 8 ordinateurs dans 52 bureaux entourant Lyon.",
     "number"),
    ("La société a remboursé 12 clients dans 140 pays d'Europe en mai 2021.", "number"),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_date_adjuncts(sentence, expected, strict, assert_grounding):
    assert_grounding("fr", SOURCE, sentence, expected, strict)
