"""A date told from the day of writing ("le mois dernier", "hier", "last week") is a date like
"septembre": one that its passage does not give is unsupported ("Lavrov est arrivé le mois
dernier" over "arrivé mercredi" — the meta description of a restructure of the seed, 2026-12-02),
one it gives, in other words of the same period, is supported (seo_kit.score.grounding.cues.
RELATIVE_DATES). Balanced check and strict gate alike (only the gate's misses are tested)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

FR = (
    "La ministre de la Culture a inauguré hier le nouveau musée de Lens.\n"
    "Le chantier avait commencé l'année dernière, après dix ans d'attente.\n"
    "Le musée ouvrira ses portes au public la semaine prochaine."
)
EN = (
    "The city council approved the new bridge yesterday.\n"
    "Work on the old bridge stopped last year after a flood.\n"
    "The first cars will cross it next month."
)
# a changed relative date is read as a changed date, or as a date taken from another
# source sentence (merged): both are right
CHANGED = ("date", "merged", "moved")

ROWS = [
    ("fr", FR, "Hier, la ministre de la Culture a inauguré le nouveau musée de Lens.", None),
    ("fr", FR, "Le chantier du musée avait commencé l'an passé.", None),
    ("fr", FR, "Le public pourra entrer dans le musée la semaine prochaine.", None),
    ("fr", FR, "La ministre de la Culture a inauguré le mois dernier le nouveau musée de Lens.",
     CHANGED),
    ("fr", FR, "Le chantier avait commencé la semaine dernière.", CHANGED),
    ("fr", FR, "Le musée ouvrira ses portes au public demain.", CHANGED),
    ("en", EN, "Yesterday the city council approved the new bridge.", None),
    ("en", EN, "The first cars will cross the bridge next month.", None),
    ("en", EN, "The city council approved the new bridge last week.", CHANGED),
    ("en", EN, "The first cars will cross it next week.", CHANGED),
    ("en", EN, "Work on the old bridge stopped this year after a flood.", CHANGED),
]


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"), ROWS)
def test_relative_dates(lang, source, sentence, expected, strict, assert_grounding):
    assert_grounding(lang, source, sentence, expected, strict)
