"""Grounding verdicts on who stands on which side of a verb, read from word order where the
small parser misreads the roles (an actor that is a common noun, a participle that qualifies a
noun): two things both sentences mention, each on the other side of the same verb, are a role
swap ("Les Bulgares ont accordé un penalty à l'arbitre" for "L'arbitre a accordé un penalty aux
Bulgares"); a passive with its agent ("par") turns the sides round. Each row: the sentence, the
kind expected among its reasons (None = supported), balanced check and strict gate alike."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE_FR = (
    "L'arbitre a accordé un penalty aux Bulgares en fin de match.\n"
    "Ubuntu est un système d'exploitation dérivé du système Debian.\n"
    "La mairie a racheté le stade au club en 2019.\n"
    "Le tribunal a condamné l'entreprise à une lourde amende.\n"
    "L'équipe de Lorient a battu celle de Brest en finale."
)

ROWS_FR = [
    ("Les Bulgares ont accordé un penalty à l'arbitre en fin de match.", "role_swap"),
    ("Debian est un système d'exploitation dérivé du système Ubuntu.", "role_swap"),
    ("Debian est dérivé du système Ubuntu.", "role_swap"),
    ("Le club a racheté le stade à la mairie en 2019.", "role_swap"),
    ("L'entreprise a condamné le tribunal à une lourde amende.", "role_swap"),
    ("En fin de match, l'arbitre a accordé un penalty aux Bulgares.", None),
    ("En 2019, le stade a été racheté au club par la mairie.", None),
    ("Ubuntu est dérivé du système Debian.", None),
    ("L'entreprise a été condamnée à une lourde amende par le tribunal.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), ROWS_FR)
def test_word_order(sentence, expected, strict, assert_grounding):
    assert_grounding("fr", SOURCE_FR, sentence, expected, strict)
