"""Grounding verdicts on one source sentence that gives two speakers in stretches cut by ";"
("D'après Jean Roux, « … » ; Paul Martin a ajouté : « … »"): each says what his own stretch
holds, not what the other one says. Each row: the sentence, the kind expected among its reasons
(None = supported), balanced check and strict gate alike."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE_FR = (
    "D'après le ministre du budget, Jean Roux, « il y a bien une ardoise cachée que nous devons "
    "honorer » ; le ministre des finances, Paul Martin, a pour sa part ajouté : « c'est une "
    "France affaiblie dont nous héritons »."
)
SOURCE_EN = (
    "According to the budget minister, John Ross, \"there is a hidden debt that we must "
    "honour\"; the finance minister, Paul Martin, added: \"we inherit a weakened France\".\n"
    "The club said the stadium will be renovated in 2025; the city said the works will cost "
    "30 million euros."
)

ROWS = [
    ("fr", SOURCE_FR, ("Paul Martin a déclaré qu'il y a une ardoise cachée que nous devons "
                       "honorer."), "speaker"),
    ("fr", SOURCE_FR, "Selon Jean Roux, c'est une France affaiblie dont nous héritons.",
     "speaker"),
    ("fr", SOURCE_FR, "Selon Jean Roux, il y a bien une ardoise cachée que nous devons honorer.",
     None),
    ("fr", SOURCE_FR, "Paul Martin a ajouté que c'est une France affaiblie dont nous héritons.",
     None),
    ("en", SOURCE_EN, "Paul Martin said there is a hidden debt that we must honour.", "speaker"),
    ("en", SOURCE_EN, "According to John Ross, we inherit a weakened France.", "speaker"),
    ("en", SOURCE_EN, "The club said the works will cost 30 million euros.", "speaker"),
    ("en", SOURCE_EN, "Paul Martin added that we inherit a weakened France.", None),
    ("en", SOURCE_EN, "The city said the works will cost 30 million euros.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS)
def test_two_speakers(lang, source, sentence, expected, strict, assert_grounding):
    assert_grounding(lang, source, sentence, expected, strict)
