"""SERP preview: Arial 20 px title widths, Google's cuts, slugs."""

import pytest

from seo_kit.score.serp import serp_preview, title_width_px
from seo_kit.text import slugify


@pytest.mark.parametrize("title, oracle_width", [
    # the oracle's estimate (string-pixel-width, Arial 20 px); ours comes from the font's metrics
    ("Lavrov en Corée du Nord : une visite diplomatique clé", 477.6),
    ("Fukushima fait muter les papillons", 303.2),
    ("L’été « très » chaud — 1 000 € à 7,2 %", 340.8),
])
def test_title_width_is_close_to_the_oracles_arial_20px(title, oracle_width):
    assert title_width_px(title) == pytest.approx(oracle_width, rel=0.02)


def test_empty_title_has_no_width():
    assert title_width_px("") == 0


@pytest.mark.parametrize("text, drop, slug", [
    ("Lavrov en Corée du Nord : une visite diplomatique clé", None,
     "lavrov-en-coree-du-nord-une-visite-diplomatique-cle"),
    ("L’été du cœur", None, "l-ete-du-coeur"),
    ("La voiture électrique de demain", frozenset({"la", "de"}), "voiture-electrique-demain"),
    ("Les impôts : +7,2 %", None, "les-impots-7-2"),
])
def test_slugify(text, drop, slug):
    assert slugify(text, drop_words=drop) == slug


def test_long_title_is_cut_at_a_word_boundary():
    title = ("Lavrov en Corée du Nord : une visite diplomatique clé pour Moscou et Pyongyang "
             "après le sommet")
    serp = serp_preview(title, "Une description.", None, lang="fr")
    assert serp["title_truncated"] and serp["title_width_px"] > 600
    assert serp["title_display"].endswith(" …")
    assert title.startswith(serp["title_display"][:-2])
    assert title_width_px(serp["title_display"]) <= 600


@pytest.mark.parametrize("meta, truncated", [("Court.", False), ("mot " * 50, True)])
def test_meta_description_truncation(meta, truncated):
    serp = serp_preview("Titre", meta, "titre", lang="fr")
    assert serp["meta_truncated"] is truncated
    assert serp["slug"] == "titre" and serp["slug_from_title"] is False


def test_short_slug_leaves_function_words_out():
    serp = serp_preview("Lavrov en Corée du Nord : une visite diplomatique clé", "", None,
                        lang="fr")
    assert serp["slug"] == "lavrov-en-coree-du-nord-une-visite-diplomatique-cle"
    assert serp["slug_short"] == "lavrov-coree-nord-visite-diplomatique-cle"
