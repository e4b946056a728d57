"""Grounding verdicts that hang on reading a sentence's subject right (``frames``, ``roles``,
``rules``): a personal pronoun subject ("il", "elle", "she") is the person it stands for, named
in a sentence before, even when its verb has no other actor ("Par la suite, il migra vers
TF1"); a common-noun subject ("sa disparition a plongé …") gives no actor, never the name
written before it in a detached phrase ("Commentateur mythique …, avec son complice Jean-Michel
Larqué, sa disparition …"); a passive's subject is not its agent, and it is the one an
infinitive after it is about ("Poutine a été invité par Kim à se rendre …": Poutine goes).

Sources are passages of the corpus text 03 (Thierry Roland) and of the seed, as written; the
English one is written for the test. Each row: the sentence, the kind expected among its
reasons (None = supported), under the balanced check and the strict gate (a supported row is
only checked under the balanced one, see conftest).
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

ROLAND = (
    "16 juin 2012. - Le journaliste et commentateur sportif Thierry Roland s'est éteint dans la "
    "nuit de vendredi à samedi à trois heures du matin, victime d'un AVC. Commentateur mythique "
    "des matchs internationaux de football avec son complice de toujours, Jean-Michel Larqué, sa "
    "disparition a plongé le monde du sport dans une grande tristesse. Son franc-parler lors des "
    "matchs internationaux lui a valu quelques ennuis auprès des chaînes de télévision. Dès 1976, "
    "il fit parler de lui lors du match éliminatoire Bulgarie – France. Lors de la deuxième partie "
    "des années 1970, il fut présentateur vedette de Stade 2 sur la deuxième chaîne publique de la "
    "télévision française. Par la suite, il migra vers TF1 où il fut associé à Jean-Michel "
    "Larqué, ancien footballeur et joueur mythique de l'AS Saint-Étienne."
)

SEED = (
    "Lavrov s’est rendu pour la dernière fois en Corée du Nord en 2018. Au cours de sa visite de "
    "deux jours, il doit rencontrer le ministre nord-coréen des Affaires étrangères Choe Son Hui, "
    "a rapporté l’agence de presse officielle russe RIA Novosti. Poutine a également accepté une "
    "invitation de Kim à se rendre en Corée du Nord, mais le moment n’a pas été annoncé."
)

VAULT = (
    "Marie Haga led the Crop Trust until 2019. She called the vault an insurance policy for the "
    "world's food supply. Hege Njaa Aschim speaks for the Norwegian government."
)

ROWS = [
    # a pronoun subject is the person named before (several sentences before, through "il")
    ("fr", ROLAND, "Par la suite, Thierry Roland a migré vers TF1.", None),
    ("fr", ROLAND, "Thierry Roland migre vers TF1, où il est associé à Jean-Michel Larqué.", None),
    ("fr", ROLAND, "Ensuite, Thierry Roland migra vers TF1.", None),
    ("fr", ROLAND, ("Dès 1976, Thierry Roland fit parler de lui lors du match éliminatoire "
                   "Bulgarie – France."), None),
    ("fr", ROLAND, ("Thierry Roland fut présentateur vedette de Stade 2 dans la deuxième partie "
                   "des années 1970."), None),
    ("fr", ROLAND, ("Jean-Michel Larqué fut présentateur vedette de Stade 2 dans la deuxième "
                   "partie des années 1970."), "merged"),
    ("fr", SEED, "Au cours de sa visite de deux jours, Lavrov doit rencontrer Choe Son Hui.",
     None),
    ("fr", SEED, "Lavrov est arrivé en Corée du Nord, où il doit rencontrer Choe Son Hui.", None),
    # a common-noun subject is no one: not the name of the detached phrase before it
    ("fr", ROLAND, "Sa disparition a plongé le monde du sport dans une grande tristesse.", None),
    ("fr", ROLAND, "Jean-Michel Larqué a plongé le monde du sport dans une grande tristesse.",
     "role_swap"),
    # a passive's subject is not its agent; the infinitive after it is the subject's
    ("fr", SEED, "Poutine a été invité par Kim à se rendre en Corée du Nord.", None),
    ("fr", SEED, "Kim a été invité par Poutine à se rendre en Corée du Nord.", "role_swap"),
    # English, without a parse: "She" is the one named in the sentence before
    ("en", VAULT, "Marie Haga called the vault an insurance policy for the world's food supply.",
     None),
    ("en", VAULT, ("Hege Njaa Aschim called the vault an insurance policy for the world's food "
                  "supply."), "role_swap"),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS)
def test_pronoun_subject(assert_grounding, lang, source, sentence, expected, strict):
    assert_grounding(lang, source, sentence, expected, strict)
