"""Polarity: a sentence that states what its passage denies, or says the opposite word.

- the host of a predicate is the passage sentence that says it of the same things: "Ubuntu
  inclut des paquets non libres" is decided by "n'inclut pas de paquets non-libres", not by
  "incluant le noyau Linux" of another sentence (roles._closest);
- without a parse of the word as a predicate (English): "destroyed some houses" over "no
  houses were destroyed";
- the opposite words of news reporting (opposites.OPPOSITES): rapprocher/éloigner,
  mourir/survivre, confirm/deny, impose/lift…
Balanced check and strict gate alike (the strict gate may refuse a paraphrase: only its misses
are tested)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

FR = (
    "La mairie n'a pas payé les frais de transport des agents en 2024.\n"
    "La mairie a payé les salaires des agents en 2024.\n"
    "Les deux entreprises se sont rapprochées depuis la fusion de 2019.\n"
    "Le fondateur de l'entreprise est mort dans la nuit de samedi.\n"
    "La préfecture a levé le couvre-feu dimanche."
)
EN = (
    "Heavy rain flooded the old town on Monday, but no houses were damaged.\n"
    "The company confirmed the merger on Friday.\n"
    "The council lifted the curfew on Sunday.\n"
    "The founder of the company died on Saturday night."
)
POLARITY = "polarity"

ROWS = [
    ("fr", FR, "La mairie a payé les frais de transport des agents en 2024.", POLARITY),
    ("fr", FR, "En 2024, la mairie a payé les salaires des agents.", None),
    ("fr", FR, "En 2024, la mairie n'a pas payé les frais de transport des agents.", None),
    ("fr", FR, "Les deux entreprises se sont éloignées depuis la fusion de 2019.", POLARITY),
    ("fr", FR, "Le fondateur de l'entreprise a survécu dans la nuit de samedi.", POLARITY),
    ("fr", FR, "La préfecture a imposé le couvre-feu dimanche.", POLARITY),
    ("fr", FR, "Le couvre-feu a été levé dimanche par la préfecture.", None),
    ("en", EN, "Heavy rain flooded the old town on Monday and damaged some houses.", POLARITY),
    ("en", EN, "Heavy rain flooded the old town on Monday, but the houses were not damaged.",
     None),
    ("en", EN, "The company denied the merger on Friday.", POLARITY),
    ("en", EN, "The council imposed the curfew on Sunday.", POLARITY),
    ("en", EN, "The founder of the company survived on Saturday night.", POLARITY),
    ("en", EN, "On Friday, the company confirmed the merger.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS)
def test_polarity_kinds(lang, source, sentence, expected, strict, assert_grounding):
    assert_grounding(lang, source, sentence, expected, strict)
