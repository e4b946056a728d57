"""Folding and the one slugifier: the variant's slug and the SERP preview agree."""

import pytest

from seo_kit.rewrite.meta import slugify as variant_slug
from seo_kit.score.serp import serp_preview
from seo_kit.text import fold, slugify

SLUGS = [
    ("Le cœur de la réforme", "le-coeur-de-la-reforme"),
    ("L’ŒUVRE d’Æsop", "l-oeuvre-d-aesop"),
    ("Straße ﬁnale", "strasse-finale"),
    ("Lavrov en Corée du Nord : l’été 2018", "lavrov-en-coree-du-nord-l-ete-2018"),
    ("Une balade à vélo🚲 — le long de la Loire", "une-balade-a-velo-le-long-de-la-loire"),
]


@pytest.mark.parametrize(("title", "slug"), SLUGS)
def test_one_slug_for_the_variant_and_the_serp_preview(title, slug):
    assert slugify(title) == slug
    assert variant_slug(title, max_words=20) == slug
    assert serp_preview(title, "", None, lang="fr")["slug"] == slug


@pytest.mark.parametrize(("text", "folded"), [
    ("Corée", "Coree"), ("cœur", "coeur"), ("Œuvre", "OEuvre"), ("naïf", "naif"), ("abc", "abc"),
])
def test_fold_keeps_case_and_spells_ligatures_out(text, folded):
    assert fold(text) == folded
