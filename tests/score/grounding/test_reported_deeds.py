"""A reporting frame dropped over the actors' own deed: "les deux clubs ont déclaré avoir
négocié" is their claim; "les deux clubs ont négocié" states it as a fact (modality). Kept
frames, another reporting verb or an attribution ("selon") keep the claim. Each row: (lang,
source, sentence, kind expected or None), balanced check and strict gate."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

CLUBS = ("Lors de la réunion de mardi à Nantes, les deux clubs ont déclaré avoir négocié le "
         "transfert du gardien, sans donner de montant.")
MAYOR = "Le maire de Brest affirme avoir rencontré les syndicats du port la semaine dernière."

ROWS = [
    ("fr", CLUBS, "Mardi à Nantes, les deux clubs ont négocié le transfert du gardien.",
     "modality"),
    ("fr", MAYOR, "Le maire de Brest a rencontré les syndicats du port la semaine dernière.",
     "modality"),
    ("fr", CLUBS, "Mardi à Nantes, les deux clubs ont dit avoir négocié le transfert du gardien.",
     None),
    ("fr", MAYOR, "Selon le maire de Brest, il a rencontré les syndicats du port.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS,
                         ids=[f"{row[2][:40]}-{row[3]}" for row in ROWS])
def test_a_claimed_deed_stated_as_done_is_caught(assert_grounding, lang, source, sentence,
                                                 expected, strict):
    assert_grounding(lang, source, sentence, expected, strict)
