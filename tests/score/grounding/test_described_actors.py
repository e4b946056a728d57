"""Who the source says someone is, given to someone else: "Thierry Roland était un ancien joueur
de l'AS Saint-Étienne" when the source's "ancien footballeur et joueur mythique de l'AS
Saint-Étienne" is Jean-Michel Larqué. Every name, word and place of the sentence is in the
source, so both levels passed it. A description is read from an apposition, a title before the
name or a copula (``grounding.described``); a noun the source gives only to another person is a
``role_swap``. Each row: (source, sentence, kind expected among its reasons or None), balanced
check and strict gate."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

ROLAND = (
    "Le journaliste et commentateur sportif Thierry Roland s'est éteint dans la nuit de vendredi "
    "à samedi, victime d'un AVC. Commentateur mythique des matchs internationaux de football "
    "avec son complice de toujours, Jean-Michel Larqué, sa disparition a plongé le monde du "
    "sport dans une grande tristesse. Par la suite, il migra vers TF1 où il fut associé à "
    "Jean-Michel Larqué, ancien footballeur et joueur mythique de l'AS Saint-Étienne."
)
SEED = (
    "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
    "Nord. Kim Jong-un, le dirigeant nord-coréen, s'est rendu en Russie en septembre. Plus tôt "
    "dans la semaine, Lavrov a accompagné le président Vladimir Poutine lors d'une visite à "
    "Pékin. Le porte-parole du Conseil de sécurité nationale de la Maison Blanche, John Kirby, "
    "a déclaré que Kim recherchait des technologies d'armement russes."
)
CLUB = (
    "L'entraîneur Didier Deschamps a retenu Kylian Mbappé, attaquant du Real Madrid, et Mike "
    "Maignan, gardien de l'AC Milan, pour le match de mardi."
)

ROWS = [
    (ROLAND, "Thierry Roland était un ancien joueur de l'AS Saint-Étienne.", "role_swap"),
    (ROLAND, "Le journaliste Jean-Michel Larqué a commenté la finale.", "role_swap"),
    (ROLAND, "Jean-Michel Larqué est un ancien footballeur de l'AS Saint-Étienne.", None),
    (ROLAND, "Le commentateur Thierry Roland s'est éteint dans la nuit de vendredi à samedi.",
     None),
    (SEED, "Le dirigeant nord-coréen Vladimir Poutine a accompagné Lavrov.", "role_swap"),
    (SEED, "Le président Kim Jong-un s'est rendu en Russie en septembre.", "role_swap"),
    (SEED, ("John Kirby, porte-parole du Conseil de sécurité nationale, a déclaré que Kim "
     "recherchait des technologies d'armement russes."), None),
    (SEED, ("Sergueï Lavrov, ministre russe des Affaires étrangères, est arrivé mercredi en Corée "
     "du Nord."), None),
    (CLUB, "Kylian Mbappé, gardien de l'AC Milan, a été retenu pour le match de mardi.",
     "role_swap"),
    (CLUB, "Mike Maignan, gardien de l'AC Milan, a été retenu pour le match de mardi.", None),
    (CLUB, "Le gardien Kylian Mbappé a été retenu par Didier Deschamps.", "role_swap"),
    (CLUB, "Kylian Mbappé, attaquant du Real Madrid, a été retenu pour le match de mardi.", None),
    (CLUB, "L'entraîneur Didier Deschamps a retenu Mike Maignan.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("source", "sentence", "expected"), ROWS,
                         ids=[f"{row[1][:40]}-{row[2]}" for row in ROWS])
def test_a_description_the_source_gives_another_person_is_a_swap(assert_grounding, source,
                                                                   sentence, expected, strict):
    assert_grounding("fr", source, sentence, expected, strict)

