"""Near-duplicate titles by MinHash LSH: on the titles of both WordPress test exports it finds the
same pairs as comparing every title with every other, and each kind of near duplicate is found."""

from __future__ import annotations

import pandas as pd
import pytest
from audit_samples import EXPORTS, WXR_DIR

from seo_kit.audit import near_duplicates, read_wxr
from seo_kit.audit.similar import jaccard_floor


@pytest.fixture(scope="module")
def wxr_titles() -> pd.DataFrame:
    paths = [WXR_DIR / name for name in EXPORTS]
    if not all(p.is_file() for p in paths):
        pytest.skip(f"the WordPress exports are absent from {WXR_DIR}")
    pages = [page for path in paths for page in read_wxr(path)]
    return pd.DataFrame({"url": [p["url"] for p in pages], "title": [p["title"] for p in pages]})


def every_pair(frame: pd.DataFrame, threshold: float) -> set[frozenset[str]]:
    """The reference: every distinct title scored against every other (rapidfuzz's cdist)."""
    from rapidfuzz import fuzz, process

    from seo_kit.audit.site import common_tail, normalise_text

    keys = [normalise_text(t) for t in frame["title"]]
    tail = common_tail(keys)
    keys = sorted({k[: -len(tail) - 1] if tail and k.endswith(" " + tail) else k
                   for k in keys} - {""})
    scores = process.cdist(keys, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold)
    return {frozenset((keys[i], keys[j])) for i, j in zip(*scores.nonzero()) if i < j}


def found_pairs(frame: pd.DataFrame, threshold: float) -> set[frozenset[str]]:
    from seo_kit.audit.site import normalise_text

    table = near_duplicates(frame, "title", threshold=threshold)
    return {frozenset((normalise_text(a), normalise_text(b)))
            for a, b in zip(table["text_a"], table["text_b"])}


@pytest.mark.parametrize("threshold, at_least", [(90, 4), (80, 40), (70, 80)])
def test_lsh_finds_the_pairs_that_comparing_every_title_finds(wxr_titles, threshold, at_least):
    expected = every_pair(wxr_titles, threshold)
    assert len(expected) >= at_least  # the exports hold near duplicates at this threshold
    assert found_pairs(wxr_titles, threshold) == expected


@pytest.mark.parametrize("a, b, near", [
    ("Page Image Alignment", "Markup: Image Alignment", True),  # one page copied as a post
    ("Page Markup And Formatting", "Markup: HTML Tags and Formatting", True),
    ("Post Format: Gallery", "Post Format: Gallery (Tiled)", True),
    ("Level 2", "Level 2a", True),
    ("Template: Sticky", "Block: Gallery", False),
])
def test_near_duplicate_pages_of_the_theme_unit_test_export(wxr_titles, a, b, near):
    table = near_duplicates(wxr_titles, "title", threshold=80)
    pairs = {frozenset(pair) for pair in zip(table["text_a"], table["text_b"])}
    assert (frozenset((a, b)) in pairs) is near
    if near:
        row = table[[frozenset(p) == frozenset((a, b)) for p in zip(table.text_a, table.text_b)]]
        assert wxr_titles.loc[wxr_titles.title == a, "url"].tolist() == row.iloc[0][
            "urls_a" if row.iloc[0]["text_a"] == a else "urls_b"]


FILLER = [f"Fiche {n} : {topic}" for n, topic in enumerate(
    ["recette de la tarte aux pommes", "réparer un vélo", "choisir un matelas", "planter des tomates",
     "nettoyer un four", "apprendre le piano", "voyager au Japon", "isoler un grenier",
     "adopter un chat", "courir un marathon"] * 30)]


@pytest.mark.parametrize("kind, a, b", [
    ("one letter", "Guide du vélo électrique pour débutants", "Guide du velo electrique pour debutant"),
    ("another year", "Les meilleurs smartphones de 2025", "Les meilleurs smartphones de 2026"),
    ("word order", "Voiture électrique : prix et autonomie", "Prix et autonomie : voiture électrique"),
    ("a word more", "Comment choisir ses chaussures de running",
     "Comment bien choisir ses chaussures de running"),
])
def test_each_kind_of_near_duplicate_is_found_among_many_titles(kind, a, b):
    titles = [*FILLER, a, b]
    frame = pd.DataFrame({"url": [f"/{i}" for i in range(len(titles))], "title": titles})
    table = near_duplicates(frame, "title", threshold=90)
    pairs = {frozenset(pair) for pair in zip(table["text_a"], table["text_b"])}
    assert frozenset((a, b)) in pairs, kind


@pytest.mark.parametrize("threshold, low, high", [
    (100, 0.74, 0.76),  # equal strings share every 3-gram; three quarters of it
    (90, 0.38, 0.42),  # (1 - 0.3) / (1 + 0.3) = 0.54, three quarters of it
    (80, 0.17, 0.20),
    (60, 0.05, 0.05),  # beyond the bound: the floor
])
def test_jaccard_floor(threshold, low, high):
    assert low <= jaccard_floor(threshold) <= high
