"""Grounding verdicts on who does what when the actor is a common noun or a pronoun ("les
internautes", "ils", "the insurer"), and on English sentences read without a parse: a passive
("was promoted"), a name in brackets, a possessive before the subject, a light verb and its noun
("made two announcements"), a thousands separator ("50,000"); and who says it when the small
parser tags a present-tense reporting verb as a noun ("La police annonce que …"). Each row: the sentence, the kind
expected among its reasons (None = supported), balanced check and strict gate alike."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE_FR = (
    "Quand les clients ouvraient des pièces jointes piégées, les escrocs installaient un "
    "logiciel espion sur leur téléphone.\n"
    "Ils envoyaient ensuite un faux courriel de la mutuelle, demandant aux assurés de confirmer "
    "leur mot de passe.\n"
    "Le porte-parole de la fédération des assureurs a contesté les chiffres de la police.\n"
    "Les enquêteurs ont publié un rapport, mais ils ne citent qu'une seule banque.\n"
    "En 2015, la société Initech a promu Jeanne Roux au poste de directrice.\n"
    "Les ménages paieront 2,5 milliards d'euros, et les entreprises 1,5 milliard.\n"
    "Jean Dupont, auteur de l'étude, précise que l'analyse de ces données demande du temps.\n"
    "Le Parquet annonce que des escrocs ont volé 2 millions d'euros.\n"
    "Le ministre Paul Martin a loué la réforme ; le député Jean Roux a ajouté : « C'est une "
    "erreur ».\n"
    "Lors de son discours, la première ministre Claire Blanc a revu la prévision en affirmant "
    "que la croissance ne dépassera pas 1 %."
)

SOURCE_EN = (
    "When customers opened infected attachments, the crooks installed spyware on their phones.\n"
    "They then sent a fake email from the insurer, asking customers to confirm their password.\n"
    "On April 2, 2015, Initech promoted Jane Roe to the role of CEO.\n"
    "When Globex (Initech's parent company) sharply reduced its support for Hooli in June "
    "2004, the foundation took over.\n"
    "On May 3, 2001, Initech made two announcements: first, that Initech Office would be free; "
    "second, that its code would be open.\n"
    "In 2009, Hooli announced a deal with Initech.\n"
    "Initech said that about 70% of its income comes from its deal with Hooli.\n"
    "Later, Hooli collected 20,000 signatures on a petition against Initech, which reacted "
    "quickly."
)

ROWS_FR = [
    # a common-noun actor swapped with another one of the same source sentence
    ("Les escrocs ouvraient des pièces jointes piégées.", "role_swap"),
    ("Les clients ouvraient des pièces jointes piégées.", None),
    # the source's pronoun subject: "la mutuelle" is only whose name the email bore
    ("La mutuelle envoyait un faux courriel aux assurés.", "role_swap"),
    ("Les escrocs envoyaient un faux courriel au nom de la mutuelle.", None),
    # a noun inside the source's subject phrase is that subject's side
    ("La fédération des assureurs a contesté les chiffres de la police.", None),
    ("La police a contesté les chiffres de la fédération des assureurs.", "role_swap"),
    # a pronoun that takes up the noun before it is that noun
    ("Le rapport des enquêteurs ne cite qu'une seule banque.", None),
    # a passive keeps who does what
    ("En 2015, Jeanne Roux a été promue directrice par la société Initech.", None),
    # decimal commas inside numbers do not cut the sentence
    ("Les ménages paieront 1,5 milliard d'euros, et les entreprises 2,5 milliards.", "number"),
    ("Les ménages paieront 2,5 milliards d'euros, et les entreprises 1,5 milliard.", None),
    # a present-tense reporting verb the small parser tags as a noun or an adverb still names
    # its subject as the speaker
    ("Les médecins précisent que l'analyse de ces données demande du temps.", "speaker"),
    ("La police annonce que des escrocs ont volé 2 millions d'euros.", "speaker"),
    ("Le Parquet annonce que des escrocs ont volé 2 millions d'euros.", None),
    # a gerund of saying ("en affirmant que") names the main verb's subject as the speaker: the
    # speaker of a sentence before does not run on into it
    ("Jean Roux a affirmé que la croissance ne dépassera pas 1 %.", "speaker"),
    ("Claire Blanc a affirmé que la croissance ne dépassera pas 1 %.", None),
]

ROWS_EN = [
    ("The crooks opened infected attachments.", "role_swap"),
    ("The customers opened infected attachments.", None),
    ("The insurer sent a fake email to customers.", "role_swap"),
    # a passive: the name before the verb undergoes it; "by X" does it
    ("On April 2, 2015, Jane Roe was promoted to CEO of Initech.", None),
    ("On April 2, 2015, Initech was promoted to CEO by Jane Roe.", "role_swap"),
    # a name in brackets is an aside, not the subject of the verb after the brackets
    ("In June 2004, Globex sharply reduced its support for Hooli.", None),
    # a possessive owns the subject; it does not do the verb
    ("About 70% of Initech's income comes from its deal with Hooli.", None),
    # a light verb and its noun: "made two announcements" is announcing
    ("On May 3, 2001, Initech announced that Initech Office would be free.", None),
    ("In 2009, Initech announced a deal with Hooli.", "role_swap"),
    # a thousands separator is inside a number, not between two clauses
    ("Hooli collected 20,000 signatures on a petition against Initech.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"),
                         [("fr", SOURCE_FR, *row) for row in ROWS_FR]
                         + [("en", SOURCE_EN, *row) for row in ROWS_EN])
def test_actors_and_clauses(lang, source, sentence, expected, strict, assert_grounding):
    assert_grounding(lang, source, sentence, expected, strict)
