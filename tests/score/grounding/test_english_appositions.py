"""Grounding verdicts on English sentences read without a parse whose subject stands before an
apposition ("Marie Haga, the former head of the Crop Trust, called …"; "Initech's CEO, Jane
Roe, praised …"): the name alone between commas is who does the verb, so another name doing it
is a role swap. Each row: the sentence, the kind expected among its reasons (None = supported),
balanced check and strict gate alike."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE_EN = (
    "Marie Haga, the former head of the Crop Trust, called the vault an insurance policy.\n"
    "Initech's CEO, Jane Roe, praised Globex in Oslo.\n"
    "Tom Smith, a local farmer, sued Initech in 2019."
)

ROWS_EN = [
    ("Jane Roe called the vault an insurance policy.", "role_swap"),
    ("Globex praised Jane Roe in Oslo.", "role_swap"),
    ("Initech sued Tom Smith in 2019.", "role_swap"),
    ("Marie Haga called the vault an insurance policy.", None),
    ("Jane Roe, the CEO of Initech, praised Globex in Oslo.", None),
    ("In 2019, Tom Smith sued Initech.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS_EN)
def test_english_appositions(sentence, expected, strict, assert_grounding):
    assert_grounding("en", SOURCE_EN, sentence, expected, strict)
