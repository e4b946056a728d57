"""Grounding verdicts on what a date, duration, number or place is said of, and on a verb that
loses or gains its reflexive pronoun. "moved": a fact that ONE source sentence ties to one
clause (its verb and who or what it is about), given by the variant to another clause of that
same sentence ("En juillet, Lavrov arrive …" where July is Choïgu's visit; "la pandémie, qui a
duré plus de trois ans" where the three years are the border closure's). "predicate"
(``senses``): "se rendre" is not "rendre", "s'engager" is not "engager". Each row: the sentence,
the kind expected among its reasons (None = supported), balanced check and strict gate alike."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE_FR = (
    "Le ministre Paul Martin est arrivé mardi à Lyon, le dernier d'une série de déplacements "
    "dans lesquels la ministre Claire Blanc s'est rendue à Marseille en juillet.\n"
    "C'était sa première visite depuis la grève, au cours de laquelle l'usine a fermé ses "
    "portes pendant plus de deux mois.\n"
    "La société a licencié 40 salariés à Lille, tandis que sa filiale a ouvert un entrepôt à "
    "Nantes en 2021.\n"
    "Le maire Jean Roux a inauguré le pont en mai, après que le conseil a voté le budget en "
    "mars.\n"
    "Le candidat Marc Petit s'est retiré de la course en 2020.\n"
    "Les analystes s'attendent à une hausse des prix.\n"
    "Le club a engagé un nouvel entraîneur.\n"
    "Les délégués se sont réunis à Genève.\n"
    "Paul Martin a rencontré Claire Blanc à Lyon.\n"
    "Par la suite, Jean Roux partit vers Toulouse où il fut associé à Marc Petit.\n"
    "Plus tôt dans la semaine, Marc Petit a accompagné le maire Jean Roux lors d'une visite à "
    "Genève qui a souligné le soutien suisse au projet."
)

ROWS_FR = [
    # a date moved to another clause of its sentence
    ("En juillet, Paul Martin est arrivé à Lyon.", "moved"),
    ("Paul Martin est arrivé à Lyon en juillet.", "moved"),
    ("Claire Blanc s'est rendue à Marseille en juillet.", None),
    ("En juillet, la ministre Claire Blanc s'est rendue à Marseille.", None),
    ("Le conseil a voté le budget en mai.", "moved"),
    ("Le conseil a voté le budget en mars.", None),
    # a duration moved to another clause
    ("C'était sa première visite depuis la grève, qui a duré plus de deux mois.", "moved"),
    ("La grève a duré plus de deux mois.", "moved"),
    ("L'usine a fermé ses portes pendant plus de deux mois.", None),
    # a number and a place moved to another clause
    ("La filiale a ouvert un entrepôt à Lille en 2021.", "moved"),
    ("La société a licencié 40 salariés à Nantes.", "moved"),
    ("À Lille, la société a licencié 40 salariés.", None),
    ("En 2021, la filiale a ouvert un entrepôt à Nantes.", None),
    # a place a relative "où" names: the relative clause's too ("vers Toulouse où il fut …")
    ("Jean Roux fut ensuite associé à Marc Petit à Toulouse.", None),
    ("À Toulouse, Jean Roux fut associé à Marc Petit.", None),
    ("Jean Roux partit vers Toulouse.", None),
    # an adjunct the small parser makes a second root ("… Jean Roux | lors d'une visite à
    # Genève"): it belongs to the verb before it
    ("Marc Petit a accompagné Jean Roux à Genève plus tôt dans la semaine.", None),
    ("Plus tôt dans la semaine, Marc Petit a accompagné Jean Roux à Genève.", None),
    ("À Lyon, Marc Petit a accompagné Jean Roux.", "entity"),
]

SOURCE_EN = (
    "The mayor opened the new bridge in May, after the council approved the budget in "
    "March.\n"
    "Greenpeace ran its campaign for six months, while the company kept silent until 2019.\n"
    "The vault can hold 4.5 million seed samples, and it held more than 1.1 million samples "
    "in 2020.\n"
    "The vault opened on February 26, 2008 on the Norwegian island of Spitsbergen, while the "
    "tunnel was rebuilt in 2019."
)

ROWS_EN = [
    # a comma inside a date ("February 26, 2008") parts no clauses
    ("On February 26, 2008, the vault opened on the Norwegian island of Spitsbergen.", None),
    ("The vault opened on the Norwegian island of Spitsbergen on February 26, 2008.", None),
    ("On February 26, 2008, the tunnel was rebuilt.", "moved"),
    ("The council approved the budget in May.", "moved"),
    ("The mayor opened the new bridge in March.", "moved"),
    ("The company kept silent for six months.", "moved"),
    ("Greenpeace ran its campaign for six months.", None),
    ("In May, the mayor opened the new bridge.", None),
    ("In 2020 the vault held more than 1.1 million samples, out of a capacity of 4.5 million.",
     None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"),
                         [("fr", SOURCE_FR, *row) for row in ROWS_FR]
                         + [("en", SOURCE_EN, *row) for row in ROWS_EN])
def test_attachment_and_sense(lang, source, sentence, expected, strict, assert_grounding):
    assert_grounding(lang, source, sentence, expected, strict)


SENSE_ROWS = [
    # a reflexive pronoun lost or gained: another verb
    ("Le candidat Marc Petit a retiré la course en 2020.", "predicate"),
    ("Les analystes attendent une hausse des prix.", "predicate"),
    ("Le club s'est engagé auprès d'un nouvel entraîneur.", "predicate"),
    ("Les délégués ont réuni Genève.", "predicate"),
    ("Claire Blanc a rendu Marseille en juillet.", "predicate"),
    ("Claire Blanc rend Marseille en juillet.", "predicate"),
    ("Le candidat Marc Petit s'était déjà retiré de la course en 2020.", None),
    ("Les analystes s'attendent à ce que les prix augmentent.", None),
    ("Le candidat Marc Petit s’est retiré de la course en 2020.", None),  # a curly apostrophe
    ("En 2020, le candidat Marc Petit se retire de la course.", None),
    # a reciprocal that tells the same meeting keeps its sense
    ("Paul Martin et Claire Blanc se sont rencontrés à Lyon.", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("sentence", "expected"), SENSE_ROWS)
def test_sense(sentence, expected, strict, assert_grounding):
    assert_grounding("fr", SOURCE_FR, sentence, expected, strict)


def test_sense_reason_names_both_verbs(assert_grounding):
    verdict = assert_grounding("fr", SOURCE_FR, "Claire Blanc a rendu Marseille en juillet.",
                               "predicate", True)
    [detail] = [r.detail for r in verdict.reasons if r.kind == "predicate"]
    assert "'a rendu' here" in detail and "'s'est rendue' in the source" in detail, detail


def test_moved_reason_names_the_item_and_its_source_clause(assert_grounding):
    verdict = assert_grounding("fr", SOURCE_FR, "En juillet, Paul Martin est arrivé à Lyon.",
                               "moved", False)
    [detail] = [r.detail for r in verdict.reasons if r.kind == "moved"]
    assert "month:7" in detail and "blanc" in detail and "'rendre'" in detail, detail
