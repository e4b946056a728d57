"""A verb and its object that say one other verb ("perdre la vie", "trouver la mort" = mourir;
"rendre visite" = visiter) are that verb's predicate: held by "s'est éteint" or "a visité",
and no event "perdre" the source lacks; the same verb with another object is still its own
event ("a perdu son emploi"). Balanced check and strict gate alike (the strict gate may refuse
a paraphrase: only its misses are tested)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE = (
    "Le chanteur Paul Martin s'est éteint dans la nuit de vendredi à samedi, victime d'un "
    "malaise.\n"
    "Le ministre Jean Roux a visité l'usine de Lyon en mars."
)

ROWS = [
    ("Paul Martin a perdu la vie dans la nuit de vendredi à samedi, victime d'un malaise.",
     None),
    ("Paul Martin a trouvé la mort dans la nuit de vendredi à samedi.", None),
    ("Dans la nuit de vendredi à samedi, Paul Martin a perdu la vie.", None),
    ("Victime d'un malaise, Paul Martin a rendu l'âme dans la nuit de vendredi à samedi.", None),
    ("En mars, Jean Roux a rendu visite à l'usine de Lyon.", None),
    ("Paul Martin a perdu son emploi dans la nuit de vendredi à samedi.", "predicate"),
    ("Jean Roux a perdu la vie dans la nuit de vendredi à samedi.", "entity"),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_idioms(sentence, expected, strict, assert_grounding):
    assert_grounding("fr", SOURCE, sentence, expected, strict)
