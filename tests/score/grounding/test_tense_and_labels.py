"""Grounding verdicts on what a verb's form says and on short sentences: a French conditional or
future written on the infinitive ("rapporterait", "seront"), which the small parser tags as an
imperfect, is not stated as done; a short sentence with a verb and one fact is a claim, not a
label ("Les oiseaux ont été bagués à Lorient": Lorient must be in the passage, not only
somewhere in the source). Each row: the
sentence, the kind expected among its reasons (None = supported), balanced check and strict
gate alike."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from seo_kit.score.grounding import ground_sentences, source_sentences

SOURCE_FR = (
    "Dans ces mesures, apparaît une taxe spéciale des ménages aisés qui rapporterait 1,2 "
    "milliard d'euros en 2013.\n"
    "Autre mesure : 70 % des donations seront exonérées, contre 90 % aujourd'hui.\n"
    "Les oiseaux ont été bagués à Brest, puis relâchés.\n"
    "Une autre équipe travaillait à Lorient.\n"
    "Le rapport de la Cour des comptes déclarait que la taxe foncière rapportait peu."
)

SOURCE_EN = (
    "The birds were ringed in Brest, then released.\n"
    "Another team worked in Lorient.\n"
    "About 70% of donations will be exempt, against 90% today."
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
    ("en", SOURCE_EN, "The birds were ringed in Lorient.", "entity"),
    ("en", SOURCE_EN, "70% of donations are exempt.", "modality"),
    ("en", SOURCE_EN, "Brest: the context", None),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS)
def test_tense_and_labels(lang, source, sentence, expected, strict):
    if strict and expected is None:
        pytest.skip("the strict gate may refuse a paraphrase: only misses are tested there")
    [verdict] = ground_sentences([sentence], source_sentences(source, lang), lang, strict=strict)
    kinds = {r.kind for r in verdict.reasons}
    if expected is None:
        assert verdict.supported, verdict.reasons
    else:
        assert expected in kinds, (kinds, verdict.closest)
