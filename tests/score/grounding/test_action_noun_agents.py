"""Who does the action a noun names, when the source says it with "par": "depuis l'invasion de
l'Ukraine par Moscou". The small French parser hangs "par Moscou" on the sentence's verb ("se
sont rapprochées"), so the noun had no agent and a variant giving the invasion to someone else
("La Corée du Nord a envahi l'Ukraine") passed both levels. A "par X" that follows an action
noun's own phrase is that noun's agent, not the verb's. Each row: (source sentence, variant
sentence, kind expected among its reasons or None for supported), balanced check and strict gate.
The noun says the verb too: "le rachat de Tiffany" holds "a racheté Tiffany" (``NOMINALS``)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SEED = ("Après des décennies de relations chaudes et froides, la Russie et la Corée du Nord se "
        "sont rapprochées depuis l'invasion de l'Ukraine par Moscou en 2022.")
CRIMEE = ("Les tensions entre l'Ukraine et la Russie ont grimpé depuis l'annexion de la Crimée par "
          "la Russie en 2014.")
REFORME = ("Élisabeth Borne a défendu le texte après l'annonce de la réforme par Emmanuel Macron "
           "en mars.")
TIFFANY = ("Bernard Arnault et ses actionnaires se sont enrichis depuis le rachat de Tiffany par "
           "LVMH en 2021.")
LYON = "Le club a changé d'entraîneur après la victoire de Lyon par trois buts à zéro."

ROWS = [
    (SEED, "La Corée du Nord a envahi l'Ukraine en 2022.", "role_swap"),
    (SEED, "Moscou a envahi l'Ukraine en 2022.", None),
    (CRIMEE, "L'Ukraine a annexé la Crimée en 2014.", "role_swap"),
    (CRIMEE, "La Russie a annexé la Crimée en 2014.", None),
    (REFORME, "Élisabeth Borne a annoncé la réforme en mars.", "role_swap"),
    (REFORME, "Emmanuel Macron a annoncé la réforme en mars.", None),
    (TIFFANY, "Bernard Arnault a racheté Tiffany en 2021.", "role_swap"),
    (TIFFANY, "LVMH a racheté Tiffany en 2021.", None),
    (LYON, "Lyon a gagné par trois buts à zéro.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("source", "sentence", "expected"), ROWS,
                         ids=[f"{row[1][:40]}-{row[2]}" for row in ROWS])
def test_a_par_agent_after_an_action_noun_is_the_nouns(assert_grounding, source, sentence,
                                                        expected, strict):
    assert_grounding("fr", source, sentence, expected, strict)
