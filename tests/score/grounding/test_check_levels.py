"""The ``grounding`` check's three levels, as score() reports them: good only when the strict
gate passes every sentence; ok when nothing contradicts the source but some sentences say more
than any one source sentence (listed in ``value["unverified"]``); bad for unsupported ones."""

from __future__ import annotations

import pytest

from seo_kit.score import score

SOURCE = ("Kim Jong-un s’est rendu en Russie en septembre et a inspecté des avions de combat. "
          "Les experts pensent que les deux pays cherchaient à conclure des accords d’armement. "
          "Le ministre russe Sergueï Lavrov est arrivé mercredi en Corée du Nord.")


@pytest.mark.parametrize(("variant", "rating", "unsupported", "unverified"), [
    (("# Lavrov en Corée du Nord\n\nSergueï Lavrov est arrivé mercredi en Corée du Nord.\n\n"
     "## Le contexte\n\nKim Jong-un s’est rendu en Russie en septembre."), "good", 0, 0),
    # a topic heading whose words the source uses is a label, not a claim
    ("# Lavrov et la Corée du Nord\n\nSergueï Lavrov est arrivé mercredi en Corée du Nord.",
     "good", 0, 0),
    # sought → done: modality, a reason for the balanced check too
    ("Les experts pensent que les deux pays ont conclu des accords d’armement.", "bad", 1, 0),
    # a word no source sentence says with the rest: read it
    ("Kim Jong-un s’est rendu discrètement en Russie en septembre.", "ok", 0, 1),
    ("En septembre, Kim Jong-un s’est rendu en Russie avec sa délégation.", "ok", 0, 1),
    # a heading with a judgement the source never makes
    ("# Lavrov : une visite historique\n\nSergueï Lavrov est arrivé mercredi en Corée du Nord.",
     "ok", 0, 1),
    # a word of a multi-word transition ("comme on pouvait s'y attendre") is free only inside it;
    # and "très" grades what the source does not grade: a judgement, for the balanced check too
    ("Sergueï Lavrov est arrivé mercredi en Corée du Nord, une visite très attendue.", "bad", 1, 0),
    ("Sergueï Lavrov est arrivé mercredi en Corée du Nord, une visite attendue.", "ok", 0, 1),
    ("En effet, Sergueï Lavrov est arrivé mercredi en Corée du Nord.", "good", 0, 0),
    # a denial on a light verb of what the source states (the fresh-clone CI run of 2026-11-30)
    (("Lavrov est arrivé mercredi en Corée du Nord. Kim Jong-un n’a pas eu de visite en "
     "Russie."), "ok", 0, 1),
    # an invented date: the balanced check's "unsupported"
    ("Sergueï Lavrov est arrivé en Corée du Nord en 2019.", "bad", 1, 0),
])
def test_levels(variant, rating, unsupported, unverified):
    check = score(variant, lang="fr", source=SOURCE)["grounding"]
    assert check.rating == rating, check.message
    assert len(check.value["unsupported"]) == unsupported, check.message
    assert len(check.value["unverified"]) == unverified, check.value["unverified"]


SPOKEN = ("John Kirby, le porte-parole de la Maison Blanche, a déclaré que Kim Jong-un recherchait "
          "des technologies d’armement. Sergueï Lavrov est arrivé mercredi en Corée du Nord.")


@pytest.mark.parametrize(("speaker", "rating"), [
    ("John Kirby, le porte-parole de la Maison Blanche,", "good"),
    ("Le porte-parole de la Maison Blanche", "good"),
    # another person's name with the right title (the fresh-clone CI run of 2026-11-30)
    ("Lavrov, le porte-parole de la Maison Blanche,", "bad"),
])
def test_a_speaker_is_the_source_s_own(speaker, rating):
    variant = f"{speaker} a déclaré que Kim Jong-un recherchait des technologies d’armement."
    check = score(variant, lang="fr", source=SPOKEN)["grounding"]
    assert check.rating == rating, check.message


BODY = "# Lavrov en Corée du Nord\n\nSergueï Lavrov est arrivé mercredi en Corée du Nord."


@pytest.mark.parametrize(("title", "meta", "rating"), [
    ("Lavrov en Corée du Nord", "Sergueï Lavrov est arrivé mercredi en Corée du Nord.", "good"),
    # the SERP snippet is read with the text: a false description or title is unsupported
    ("Lavrov en Corée du Nord", "Sergueï Lavrov est arrivé en Corée du Nord en 2019.", "bad"),
    ("Lavrov en Corée du Nord", "Kim Jong-un est arrivé mercredi en Corée du Nord.", "bad"),
    ("Lavrov arrive à Moscou", "Sergueï Lavrov est arrivé mercredi en Corée du Nord.", "bad"),
])
def test_the_seo_title_and_meta_description_are_grounded(title, meta, rating):
    check = score(BODY, lang="fr", title=title, meta_description=meta,
                  source=SOURCE)["grounding"]
    assert check.rating == rating, check.message
