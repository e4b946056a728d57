"""Grounding verdicts on a title written before a name ("le dirigeant nord-coréen Kim Jong-un")
in a long source sentence that the small parser misreads: the seed's "… dans lesquels le
ministre russe de la Défense Sergueï Choïgu s'est rendu en Corée du Nord en juillet et le
dirigeant nord-coréen Kim Jong-un s'est rendu en Russie en septembre" hangs "le dirigeant …" on
"Nord" and gives the second "s'est rendu" the subject "dernier". The phrase right before a verb
and its clitics is that verb's subject (its dates and places are its own), and a title the
source writes before the same name is that person's. The passage is that one sentence, as the
engine's strict gate sees it when it splits the lede. Each row: the sentence, the kind expected
among its reasons (None = supported), balanced check and strict gate alike — a supported row
must pass the strict gate too (the gate refused it as a role swap, then as a moved date)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

SOURCE_FR = (
    "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi en Corée du "
    "Nord, selon l’agence de presse officielle russe Tass, le dernier d’une vague d’activités "
    "diplomatiques entre les deux pays dans lesquels le ministre russe de la Défense Sergueï "
    "Choïgu s’est rendu en Corée du Nord en juillet et le dirigeant nord-coréen Kim Jong-un "
    "s’est rendu en Russie en septembre."
)

ROWS_FR = [
    ("Le dirigeant nord-coréen Kim Jong-un s’est rendu en Russie en septembre.", None),
    ("Le dirigeant nord-coréen Kim Jong-un s'est rendu en Russie en septembre.", None),
    ("En septembre, Kim Jong-un s’est rendu en Russie.", None),
    ("Le ministre russe de la Défense Sergueï Choïgu s’est rendu en Corée du Nord en juillet.",
     None),
    ("Le dirigeant nord-coréen Sergueï Choïgu s’est rendu en Corée du Nord en juillet.",
     "role_swap"),
    ("Le ministre russe de la Défense Sergueï Choïgu s’est rendu en Russie en septembre.",
     "merged"),
    ("Le dirigeant nord-coréen Kim Jong-un s’est rendu en Corée du Nord en juillet.", "merged"),
    ("En juillet, Kim Jong-un s’est rendu en Russie.", "merged"),
]

SOURCE_EN = (
    "Sergei Lavrov, the Russian foreign minister, arrived in North Korea on Wednesday, the "
    "latest in a series of visits in which the defence minister Sergei Shoigu travelled to "
    "North Korea in July and the North Korean leader Kim Jong-un travelled to Russia in "
    "September."
)

ROWS_EN = [
    ("The North Korean leader Kim Jong-un travelled to Russia in September.", None),
    ("The defence minister Sergei Shoigu travelled to Russia in September.", "merged"),
    ("The North Korean leader Kim Jong-un travelled to North Korea in July.", "merged"),
    # the fronted date is the travel's (rules.py: _fronted_joined), given to Kim's travel where
    # the source ties it to Shoigu's: merged, as on the row above
    ("In July, Kim Jong-un travelled to Russia.", "merged"),
]


def _verdict(lang: str, source: str, sentence: str, strict: bool):
    from seo_kit.score.grounding import ground_sentences, source_sentences

    [verdict] = ground_sentences([sentence], source_sentences(source, lang), lang, strict=strict)
    return verdict


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("lang", "source", "sentence", "expected"),
                         [("fr", SOURCE_FR, *row) for row in ROWS_FR]
                         + [("en", SOURCE_EN, *row) for row in ROWS_EN])
def test_titled_actor(lang, source, sentence, expected, strict):
    verdict = _verdict(lang, source, sentence, strict)
    if expected is None:
        assert verdict.supported, verdict.reasons
    else:
        assert expected in {r.kind for r in verdict.reasons}, verdict.reasons
