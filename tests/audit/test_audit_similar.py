"""Near-duplicate titles and pages by MinHash LSH: on both WordPress test exports it finds the
same title pairs as comparing every title with every other and the pages whose texts' exact
Jaccard says they are near copies; each kind of near duplicate is found."""

from __future__ import annotations

import pandas as pd
import pytest
from audit_samples import EXPORTS, WXR_DIR

from seo_kit.audit import near_duplicate_pages, near_duplicates, read_wxr
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
def test_near_duplicate_titles_of_the_theme_unit_test_export(wxr_titles, a, b, near):
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


@pytest.fixture(scope="module")
def theme_export():
    path = WXR_DIR / EXPORTS[0]
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture(scope="module")
def same_text_pairs(theme_export) -> pd.DataFrame:
    return near_duplicate_pages(theme_export, threshold=0.8)


def test_pages_with_nearly_the_same_text_match_the_exact_jaccard_of_every_pair(theme_export,
                                                                               same_text_pairs):
    from itertools import combinations

    from seo_kit.audit.similar import _page_shingles

    shingles = {p["url"]: set(_page_shingles(p["content"])) for p in read_wxr(theme_export)
                if p["content"] and _page_shingles(p["content"])}
    exact = {frozenset((a, b)): len(shingles[a] & shingles[b]) / len(shingles[a] | shingles[b])
             for a, b in combinations(shingles, 2)}
    found = {frozenset((a, b)) for a, b in zip(same_text_pairs.url_a, same_text_pairs.url_b)}
    # MinHash estimates J within a few hundredths: clear cases either side must be right
    assert {pair for pair, j in exact.items() if j >= 0.85} <= found
    assert all(exact[pair] >= 0.75 for pair in found)


@pytest.mark.parametrize("a, b, same", [
    ("Page Image Alignment", "Markup: Image Alignment", True),  # a page published twice
    ("Page Markup And Formatting", "Markup: HTML Tags and Formatting", True),
    ("Level 2a", "Level 3b", True),  # the same placeholder text
    ("Template: Featured Image (Horizontal)", "Template: Featured Image (Vertical)", False),
    ("Post Format: Gallery", "Post Format: Gallery (Tiled)", False),  # near titles, other texts
])
def test_pages_with_nearly_the_same_text_in_the_theme_unit_test_export(same_text_pairs, a, b,
                                                                       same):
    pairs = {frozenset(p) for p in zip(same_text_pairs.title_a, same_text_pairs.title_b)}
    assert (frozenset((a, b)) in pairs) is same
