"""English without a parse: a stance verb ("fear", "suspect", "estimate") says whose view a
clause is, as "say" does, so "according to some economists" restates "some economists fear
that …"; and a word before a comma is not the subject of the verb after it ("Next year, rising
rates could …": "year" does not rise). Balanced check and strict gate alike (the strict gate
may refuse a paraphrase: only its misses are tested)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE = (
    "Some economists fear that rising rates could slow the economy next year.\n"
    "Analysts suspect that the merger could raise prices in the region.\n"
    "In May, the central bank raised its main rate to 5 percent, according to the finance "
    "ministry."
)

ROWS = [
    ("Rising rates could slow the economy next year, according to some economists.", None),
    ("According to some economists, rising rates could slow the economy next year.", None),
    ("Next year, rising rates could slow the economy, some economists fear.", None),
    ("According to analysts, the merger could raise prices in the region.", None),
    ("In the region, the merger could raise prices, analysts suspect.", None),
    ("According to the central bank, rising rates could slow the economy next year.", "speaker"),
    ("According to the finance ministry, the merger could raise prices in the region.",
     "speaker"),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_english_stance_and_commas(sentence, expected, strict, assert_grounding):
    assert_grounding("en", SOURCE, sentence, expected, strict)
