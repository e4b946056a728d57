"""Folding and the one slugifier: the variant's slug and the SERP preview agree."""

import functools
import unicodedata
from pathlib import Path

import pytest

from seo_kit.rewrite.meta import slugify as variant_slug
from seo_kit.score.serp import serp_preview
from seo_kit.text import fold, slugify
from seo_kit.text.fold import LIGATURES

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



@functools.cache
def _marks() -> dict[int, None]:
    return {code: None for code in range(0x110000) if unicodedata.combining(chr(code))}


def _fold_by_translate(text: str) -> str:
    """fold() as it was written before it looked at non-ASCII characters only: the reference."""
    decomposed = unicodedata.normalize("NFD", text.translate(LIGATURES))
    return unicodedata.normalize("NFC", decomposed.translate(_marks()))


def _every_character(step: int):
    """Every code point but the surrogates, alone (step 1) or in runs (neighbours compose)."""
    codes = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    return ["".join(map(chr, codes[i:i + step])) for i in range(0, len(codes), step)]


@pytest.mark.parametrize("step", [1, 64])
def test_fold_is_the_translate_formula_on_every_character(step):
    texts = _every_character(step)
    assert [fold(t) for t in texts] == [_fold_by_translate(t) for t in texts]


def test_fold_is_the_translate_formula_on_the_shared_texts():
    shared = Path(__file__).resolve().parents[2].parent / "shared"
    texts = ["e\u0301\u0327 œuvre Æ Ǽ ǽ ß ﬁ ﬂ Ǆ ﬀ Å Ω", "cœur ŒUVRE naïve"]
    texts += [p.read_text("utf-8") for p in sorted(shared.glob("*/*.txt"))]
    assert [fold(t) for t in texts] == [_fold_by_translate(t) for t in texts]
