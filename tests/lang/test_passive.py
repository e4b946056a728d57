"""Passive voice, French and English: sentence → expected verdict."""

import pytest

from seo_kit.lang import is_passive
from seo_kit.text import tokenize

FRENCH = [
    ("Le texte est rédigé par l’agence.", True),
    ("Le pont fut construit en 1900.", True),
    ("Il a été arrêté hier soir.", True),
    ("Elle est très appréciée de ses collègues.", True),
    ("Les résultats seront publiés demain.", True),
    ("Le moment n’a pas été annoncé.", True),
    ("La loi a été adoptée par le Parlement.", True),
    ("Ces données sont souvent mises à jour.", True),
    ("Les élèves ne sont jamais punis.", True),
    # être as the perfect auxiliary of movement / change-of-state verbs
    ("Lavrov est arrivé mercredi en Corée du Nord.", False),
    ("Elle est venue seule.", False),
    ("Ils sont partis tôt.", False),
    ("Il est né à Lyon.", False),
    # pronominal verbs
    ("Kim s’est rendu en Russie.", False),
    ("Ils se sont rencontrés à Pékin.", False),
    ("Nous nous sommes promis de revenir.", False),
    # adjectives and nouns after être
    ("Il est âgé de 70 ans.", False),
    ("Il est député européen.", False),
    ("L’usine est située à l’est.", False),
    ("C’est une idée.", False),
    ("Le ciel est bleu.", False),
    ("Il mange une pomme.", False),
    ("Le taux est plus élevé qu’en 2020.", False),
    ("Elle était assise près de la fenêtre.", False),
    ("Étant donné que le pont est fermé, ils passent ailleurs.", True),  # "est fermé"
    ("Étant donné la météo, ils restent.", False),
    ("Il n’a jamais été inquiété par la justice.", True),
    ("Le texte n’est plus utilisé depuis 2010.", True),
    ("L’accord est finalement signé.", True),
]

ENGLISH = [
    ("The house was built in 1900.", True),
    ("The cake is being eaten.", True),
    ("He was not invited.", True),
    ("The results were quickly published.", True),
    ("She is tired.", False),
    ("He is a doctor.", False),
    ("They walked home.", False),
    ("The bed is red.", False),
]


# Issue #8, kind 6: être inverted in a question, every person and tense.
FRENCH_QUESTIONS = [
    ("Le projet sera-t-il financé par l’État ?", True),
    ("Est-elle vraiment appréciée ?", True),
    ("Les comptes ont-ils été vérifiés ?", True),
    ("A-t-on été payés à temps ?", True),
    ("Suis-je écouté ?", True),
    ("Es-tu convaincu ?", True),
    ("Sommes-nous écoutés ?", True),
    ("Êtes-vous informés du changement ?", True),
    ("Étaient-ils payés en retard ?", True),
    ("Fut-il jamais aimé ?", True),
    ("Seraient-elles reçues par le ministre ?", True),
    ("Aurait-il été choisi sans concours ?", True),
    ("N’a-t-elle pas été reçue ?", True),
    ("La réforme sera-t-elle adoptée ?", True),
    ("Serons-nous entendus ?", True),
    ("Ont-elles été reçues ?", True),
    ("Aura-t-il été averti ?", True),
    ("S’est-il rendu à Moscou ?", False),       # pronominal
    ("Est-il arrivé à l’heure ?", False),       # être as the perfect auxiliary
    ("Viendra-t-il demain ?", False),
    ("Peut-être viendra-t-il.", False),
]
ENGLISH_QUESTIONS = [
    ("Was the bridge built in 1900?", True),
    ("Is the data stored locally?", True),
    ("Were the results published?", True),
    ("Has the report been approved?", True),
    ("Was the food good?", False),
    ("Are you coming?", False),
]


ROWS = ([("fr", *row) for row in FRENCH + FRENCH_QUESTIONS]
        + [("en", *row) for row in ENGLISH + ENGLISH_QUESTIONS])


@pytest.mark.parametrize(("lang", "sentence", "expected"), ROWS)
def test_passive_voice(lang, sentence, expected):
    assert is_passive(tokenize(sentence, lang=lang), lang) is expected


def test_a_raw_string_is_refused_tokens_are_expected():
    with pytest.raises(TypeError, match="tokenize"):
        is_passive("Le moment n’a pas été annoncé.", "fr")
