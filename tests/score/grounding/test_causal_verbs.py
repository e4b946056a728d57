"""A cause stated by a verb, not a connector: "la grève a provoqué des retards", "prompting the
club to sell", "a poussé le club à vendre", "forced the club to sell" (cues.CAUSE_VERBS,
frames._CAUSATIVE, words.CAUSATIVE_EN). Two facts the source only sets side by side, or in time
("lors de", "then"), are linked as cause and effect: a cause the source does not state. The
same verb in the passage, or one of its family ("a valu" for "a causé"), holds it. Each row: (lang, source, sentence, kind expected or None),
balanced check and strict gate."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

STRIKE = ("Les cheminots ont fait grève lundi à Lyon. Des retards ont été constatés mardi sur la "
          "ligne Lyon-Marseille. La direction a annoncé mercredi de nouveaux horaires.")
FLOOD = ("The river flooded the stadium in March. The club then sold its training ground to "
         "the city for 3 million pounds.")
CAUSED = "Selon la direction, la grève de lundi a provoqué des retards mardi sur la ligne."
FINED = "Le syndicat a appelé à la grève lundi. La grève lui a valu une amende de la ville."

ROWS = [
    ("fr", STRIKE, "La grève des cheminots a provoqué des retards sur la ligne Lyon-Marseille.",
     "cause"),
    ("fr", STRIKE, "La grève de lundi a entraîné de nouveaux horaires, annoncés mercredi.",
     "cause"),
    ("fr", STRIKE, "La grève a poussé la direction à annoncer de nouveaux horaires mercredi.",
     "cause"),
    ("en", FLOOD, "The flood in March prompted the club to sell its training ground.", "cause"),
    ("en", FLOOD, "The flood forced the club to sell its training ground to the city.", "cause"),
    ("en", FLOOD, ("The river flooded the stadium in March, which led the club to sell its "
                   "training ground."), "cause"),
    # the passage's own causal verb or one of its family ("valoir"), and facts side by side
    ("fr", FINED, "La grève a causé au syndicat une amende de la ville.", None),
    ("fr", CAUSED, "La grève de lundi a provoqué des retards mardi sur la ligne, selon la direction.",
     None),
    ("fr", STRIKE, "Mardi, des retards ont été constatés sur la ligne Lyon-Marseille.", None),
    ("en", FLOOD, "The club then sold its training ground to the city for 3 million pounds.",
     None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS,
                         ids=[f"{row[2][:40]}-{row[3]}" for row in ROWS])
def test_a_cause_stated_by_a_verb_is_caught(assert_grounding, lang, source, sentence, expected,
                                            strict):
    assert_grounding(lang, source, sentence, expected, strict)
