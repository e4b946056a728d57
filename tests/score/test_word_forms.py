"""keyphraseWordForms: inflections, plurals and elisions count, next to the exact density."""

import pytest
from score_helpers import run_check, words

KP = "voiture électrique"


@pytest.mark.parametrize("name, sentence, exact, forms", [
    ("exact form", "La voiture électrique roule.", 1, 1),
    ("plural", "Les voitures électriques roulent.", 0, 1),
    ("elision and plural", "L’électrique séduit les voitures neuves.", 0, 1),
    ("absent", "Le vélo roule.", 0, 0),
])
def test_word_forms_are_counted(name, sentence, exact, forms):
    _score, value = run_check("keyphraseWordForms", sentence + " " + words(120, "route"),
                             keyphrase=KP)
    assert (value["exact_count"], value["forms_count"]) == (exact, forms)


def test_word_forms_turn_a_low_density_into_a_good_one():
    text = " ".join(["Les voitures électriques roulent."] * 3) + " " + words(200, "route")
    assert run_check("keyphraseDensity", text, keyphrase=KP)[0] == 4
    assert run_check("keyphraseWordForms", text, keyphrase=KP)[0] == 9


def test_no_keyphrase_no_result():
    assert run_check("keyphraseWordForms", words(50)) is None
