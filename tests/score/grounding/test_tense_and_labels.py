"""Grounding verdicts on what a verb's form says and on short sentences: a denial the source does
not make ("ne baissera pas" for "une baisse", "ne sont pas moins fertiles", "ne sont plus un
moyen sûr"), a verb of the same family denied on both sides ("n'ont dévoilé aucune" / "n'ont
divulgué aucune") being no denial of the source; a view stated as a fact (what "qui
estimaient que", "who felt" introduces, without its holder); a French conditional or
future written on the infinitive ("rapporterait", "seront"), which the small parser tags as an
imperfect, is not stated as done; a short sentence with a verb and one fact is a claim, not a
label ("Les oiseaux ont été bagués à Lorient": Lorient must be in the passage, not only
somewhere in the source). Each row: the
sentence, the kind expected among its reasons (None = supported), balanced check and strict
gate alike."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE_FR = (
    "Dans ces mesures, apparaît une taxe spéciale des ménages aisés qui rapporterait 1,2 "
    "milliard d'euros en 2013.\n"
    "Autre mesure : 70 % des donations seront exonérées, contre 90 % aujourd'hui.\n"
    "Les oiseaux ont été bagués à Brest, puis relâchés.\n"
    "Une autre équipe travaillait à Lorient.\n"
    "Le rapport de la Cour des comptes déclarait que la taxe foncière rapportait peu.\n"
    "À côté de ces hausses, on note une baisse de la TVA sur les journaux.\n"
    "Les oiseaux exposés sont moins féconds que les autres.\n"
    "L'association a rappelé que les cartes prépayées restent un moyen de paiement fiable.\n"
    "Les deux clubs n'ont divulgué aucun détail sur le transfert.\n"
    "Pour trouver les 5 milliards d'euros manquants, le gouvernement compte sur une hausse des "
    "taxes visant les sociétés.\n"
    "De nombreuses taxes concernent les sociétés, mais ne rapporteront que 2 milliards d'euros.\n"
    "Cette décision a fâché les conservateurs, qui estimaient que le directeur avait été poussé "
    "hors du conseil."
)

SOURCE_EN = (
    "The birds were ringed in Brest, then released.\n"
    "Another team worked in Lorient.\n"
    "About 70% of donations will be exempt, against 90% today.\n"
    "The minister announced a cut in VAT on books.\n"
    "The move angered conservatives who felt the director had been forced out of the board.\n"
    "Some scientists fear that rising temperatures could threaten the site."
)

ROWS = [
    ("fr", SOURCE_FR,
     "Une taxe spéciale des ménages aisés a rapporté 1,2 milliard d'euros en 2013.", "modality"),
    ("fr", SOURCE_FR, "Une taxe spéciale des ménages aisés rapporterait 1,2 milliard d'euros.",
     None),
    ("fr", SOURCE_FR, "70 % des donations sont exonérées.", "modality"),
    ("fr", SOURCE_FR, "70 % des donations seront exonérées.", None),
    # an imperfect is no conditional ("déclarait", "rapportait")
    ("fr", SOURCE_FR, "La Cour des comptes déclarait que la taxe foncière rapportait peu.", None),
    ("fr", SOURCE_FR, "Les oiseaux ont été bagués à Lorient.", "entity"),
    ("fr", SOURCE_FR, "Brest : le contexte", None),
    ("fr", SOURCE_FR, "La TVA sur les journaux ne baissera pas.", "polarity"),
    ("fr", SOURCE_FR, "La TVA sur les journaux baissera.", None),
    ("fr", SOURCE_FR, "Les oiseaux exposés ne sont pas moins féconds que les autres.", "polarity"),
    (
        "fr", SOURCE_FR,
        "L'association a rappelé que les cartes prépayées ne sont plus un moyen de paiement fiable.",
        "polarity",
    ),
    ("fr", SOURCE_FR, "Les deux clubs n'ont dévoilé aucun détail sur le transfert.", None),
    # "ne … que" restricts: "rapporter" is no verb of saying here; the sentence that says the
    # clause with this very number holds it
    ("fr", SOURCE_FR, "Les taxes visant les sociétés ne rapporteront que 2 milliards d'euros.",
     None),
    ("fr", SOURCE_FR, "Les taxes visant les sociétés ne rapporteront que 2 milliards d’euros.",
     None),  # the parse makes "euros" a clause under the verb: still no saying
    # a view stated as a fact: what a verb of opinion introduces, without its holder
    ("fr", SOURCE_FR, "Le directeur avait été poussé hors du conseil.", "modality"),
    ("en", SOURCE_EN, "The birds were ringed in Lorient.", "entity"),
    ("en", SOURCE_EN, "The director had been forced out of the board.", "modality"),
    ("en", SOURCE_EN, "Conservatives felt the director had been forced out of the board.", None),
    ("en", SOURCE_EN, "Some scientists worry that rising temperatures may threaten the site.",
     None),
    ("en", SOURCE_EN, "VAT on books will not be cut.", "polarity"),
    ("en", SOURCE_EN, "70% of donations are exempt.", "modality"),
    ("en", SOURCE_EN, "Brest: the context", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS)
def test_tense_and_labels(lang, source, sentence, expected, strict, assert_grounding):
    assert_grounding(lang, source, sentence, expected, strict)
