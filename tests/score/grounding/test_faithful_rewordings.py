"""Faithful rewordings that raised false alarms, beside the faults of the same shapes:

- a verb of the same family keeps its event's facts ("a voyagé à Lyon en mars" for "s'est rendu
  à Lyon en mars"), while another actor given those facts is still refused;
- a verb of exhortation reads like "appeler" ("a exhorté à …", "a incité à …"): what it calls
  for is not stated as done, and another actor calling for it is a role swap;
- an infinitive under a verb whose object is a common noun ("a exhorté son parti à voter") is
  done by that object, not by the verb's subject;
- a reporting verb after its clause with its subject after it (", ont déclaré les médias
  d'État") says who speaks, not who acts, however the parser hangs that subject.

Balanced check and strict gate alike (the strict gate may refuse a paraphrase: only its misses
are tested)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE = (
    "Le ministre Paul Martin s'est rendu à Lyon en mars, lorsqu'il a rencontré le maire Jean "
    "Roux au palais des congrès.\n"
    "La députée Claire Blanc est arrivée jeudi à Marseille, selon le journal La Provence.\n"
    "Le voyage de Paul Martin en Italie en 2019 avait duré deux jours.\n"
    "Claire Blanc a appelé la semaine dernière à une hausse rapide des salaires des infirmières "
    "et à ce que son parti joue un rôle plus important dans la coalition, ont déclaré les médias d'État "
    "bretons.\n"
    "La CGT a joué un rôle décisif dans la grève de 1995."
)

ROWS = [
    # a verb of the same family keeps its event's facts
    ("En mars, Paul Martin a voyagé à Lyon.", None),
    ("Paul Martin a séjourné à Lyon en mars.", None),
    ("En mars, Claire Blanc a voyagé à Lyon.", "merged"),
    ("Jeudi, Paul Martin a voyagé à Marseille.", "entity"),
    # exhortation reads like "appeler"
    (("La semaine dernière, Claire Blanc a exhorté à une hausse rapide des salaires des "
      "infirmières, ont déclaré les médias d'État bretons."), None),
    (("Claire Blanc a incité la semaine dernière à une hausse rapide des salaires des "
      "infirmières."), None),
    # Claire Blanc's deed given to Paul Martin: a role swap, or (the date "la semaine
    # dernière" ties it to her sentence alone) a name its passage does not hold
    (("Paul Martin a exhorté la semaine dernière à une hausse rapide des salaires des "
      "infirmières."), ("role_swap", "entity")),
    ("Jean Roux a incité à une hausse rapide des salaires des infirmières.", "role_swap"),
    # an infinitive under a common-noun object is that object's action
    ("Claire Blanc a exhorté son parti à jouer un rôle plus important dans la coalition.", None),
    ("Claire Blanc a appelé son parti à jouer un rôle plus important dans la coalition.", None),
    ("Claire Blanc a poussé son parti à jouer un rôle plus important dans la coalition.", None),
    ("La CGT a exhorté son parti à jouer un rôle plus important dans la coalition.",
     "role_swap"),
    # a reporting verb after its clause, its subject after it
    (("Claire Blanc a appelé à une hausse rapide des salaires des infirmières, ont déclaré les "
      "médias d'État bretons."), None),
    (("Claire Blanc a exigé une hausse rapide des salaires des infirmières, ont déclaré les "
      "médias d'État bretons."), None),
    (("Paul Martin a appelé à une hausse rapide des salaires des infirmières, ont déclaré les "
      "médias d'État bretons."), "role_swap"),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_faithful_rewordings(sentence, expected, strict, assert_grounding):
    assert_grounding("fr", SOURCE, sentence, expected, strict)
