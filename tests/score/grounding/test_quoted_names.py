"""Grounding verdicts on who says a quotation when a name stands inside it: the name a
quotation addresses is not its speaker ("« Tout à fait Thierry ! », répondit son complice" is
not said by Thierry), also when nothing but the quotation and the speaker is left to compare.
Each row: the sentence, the kind expected among its reasons (None = supported), balanced check
and strict gate alike. French only: the English fallback (no parse) reads no speaker after a
quotation."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE_FR = (
    "Le capitaine a demandé : « Êtes-vous prêt, Paul ?\n"
    "— Tout à fait, capitaine ! », répondit alors son adjoint.\n"
    "« Nous partirons demain pour Oslo, Marc », a déclaré la directrice Anne Roux.\n"
    "« Merci beaucoup, Julie ! », répondit le maire."
)
ROWS = [
    ("fr", SOURCE_FR, "Son adjoint répondit alors : « Tout à fait, capitaine ! »", None),
    ("fr", SOURCE_FR, "Marc a déclaré : « Nous partirons demain pour Oslo ».", "speaker"),
    ("fr", SOURCE_FR, "Julie répondit : « Merci beaucoup, Julie ! »", "speaker"),
    ("fr", SOURCE_FR, "Le maire répondit : « Merci beaucoup, Julie ! »", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS)
def test_quoted_names(lang, source, sentence, expected, strict, assert_grounding):
    assert_grounding(lang, source, sentence, expected, strict)
