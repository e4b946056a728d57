"""Grounding verdicts on English sentences read without a parse where a verb is coordinated
after "and" or follows an apposition that ends a clause: "… and suspected that …" has the
sentence's subject as its actor and speaker, never "and" nor the name just before "and";
"… and Anna Berg, head of the finance committee, presented …" is Berg's act, not the earlier
clause's actor's (corpus text 14's "Opponents … and suspected that …" and "… and Mitchell Baker,
executive chairwoman of Mozilla Corporation, posted …" were refused by the strict gate). Each
row: the sentence, the kind expected among its reasons (None = supported), balanced check and
strict gate alike."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE_EN = (
    "The union rejected the offer on Monday, published a statement on its website and warned "
    "that strikes would continue.\n"
    "Officials at the ministry said the talks had failed.\n"
    "Neighbours watched the fire from the street in Leeds and suspected that the owner had set "
    "it.\n"
    "On March 2, 2021, Oslo hosted the summit and Anna Berg, head of the finance committee, "
    "presented the new budget."
)

ROWS_EN = [
    # the subject of a coordinated verb of saying is the sentence's, not the word before "and"
    ("The union warned that strikes would continue.", None),
    ("Neighbours suspected that the owner had set the fire.", None),
    ("The ministry warned that strikes would continue.", "speaker"),
    # the name before an apposition does the verb after it
    ("Anna Berg, head of the finance committee, presented the new budget.", None),
    ("Anna Berg presented the new budget.", None),
    ("Oslo presented the new budget.", "role_swap"),
    ("Anna Berg hosted the summit.", "role_swap"),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS_EN)
def test_english_coordinated_verbs_and_appositions(sentence, expected, strict,
                                                   assert_grounding):
    assert_grounding("en", SOURCE_EN, sentence, expected, strict)
