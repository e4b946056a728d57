"""A clause that describes a noun phrase is about that phrase, so its place or date may be
said with the phrase anywhere: a participle ("une usine du nom de Seveso, située en Italie,
connut …" → "l'usine de Seveso, en Italie, a connu …") and a relative "où" / "d'où" ("une zone
de 15 kilomètres, d'où ont été évacuées 700 personnes" → "700 personnes ont été évacuées de la
zone de 15 kilomètres"). A date or place that such a clause ties to another actor is still
moved. Balanced check and strict gate alike (the strict gate may refuse a paraphrase: only its
misses are tested)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE = (
    "Le 10 juillet 1976, une usine chimique du nom de Seveso, située en Italie, connut un grave "
    "accident, qui eut pour conséquence la libération d'un nuage de dioxine.\n"
    "Les autorités ont délimité une zone de 15 kilomètres autour de l'usine, d'où ont été "
    "évacuées plus de 700 personnes.\n"
    "Le directeur Paul Martin, arrivé à Milan en 1975, a démissionné en 1977 lors de l'enquête "
    "menée par le juge Jean Roux."
)

ROWS = [
    ("Le 10 juillet 1976, l'usine chimique de Seveso, en Italie, a connu un grave accident.",
     None),
    ("En Italie, l'usine chimique de Seveso a connu un grave accident le 10 juillet 1976.",
     None),
    ("Plus de 700 personnes ont été évacuées de la zone de 15 kilomètres autour de l'usine.",
     None),
    ("Le directeur Paul Martin, arrivé à Milan en 1977, a démissionné en 1975.", "number"),
    ("Le juge Jean Roux, arrivé à Milan en 1975, a mené l'enquête.", "moved"),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_describing_clauses(sentence, expected, strict, assert_grounding):
    assert_grounding("fr", SOURCE, sentence, expected, strict)
