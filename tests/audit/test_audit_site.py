"""Site-level tables, as tables: cannibalisation, duplicates, near-duplicates, gaps, thin pages,
the distribution of each check."""

from __future__ import annotations

import pandas as pd
import pytest

from seo_kit.audit import (
    cannibalisation,
    check_distribution,
    duplicates,
    missing_fields,
    near_duplicates,
    normalise_keyphrase,
    page_locations,
    site_summary,
    thin_pages,
    weakest_pages,
)


def site(*rows) -> pd.DataFrame:
    columns = ["url", "lang", "keyphrase", "seo_title", "meta_description", "words",
               "seo_score", "error"]
    return pd.DataFrame([dict(zip(columns, row)) for row in rows], columns=columns)


@pytest.mark.parametrize("a, b, lang, same", [
    ("voiture électrique", "Voitures électriques", "fr", True),  # case, plural
    ("la voiture électrique", "voiture electrique", "fr", True),  # function word, accent
    ("électrique voiture", "voiture électrique", "fr", True),  # word order (Yoast ignores it)
    ('"voiture électrique"', "voiture électrique", "fr", True),  # Yoast's exact-match quotes
    ("voiture électrique", "vélo électrique", "fr", False),
    ("running shoes", "Running shoe", "en", True),
    ("running shoes", "trail shoes", "en", False),
    ("Caffè Latte", "caffe latte", None, True),  # unknown language: case and accents only
])
def test_keyphrases_are_normalised_for_case_accents_order_and_word_forms(a, b, lang, same):
    assert (normalise_keyphrase(a, lang) == normalise_keyphrase(b, lang)) is same


def test_cannibalisation_groups_pages_sharing_a_keyphrase_largest_first():
    frame = site(("/a", "fr", "voiture électrique", "A", None, 500, 70, None),
                 ("/b", "fr", "Voitures électriques", "B", None, 400, 60, None),
                 ("/c", "fr", "vélo", "C", None, 400, 60, None),
                 ("/d", "fr", "la voiture électrique", "D", None, 300, 50, None),
                 ("/e", "fr", "vélos", "E", None, 300, 50, None),
                 ("/f", "fr", None, "F", None, 300, None, None),
                 ("/g", None, "Vélo", "G", None, None, None, "no content"))
    table = cannibalisation(frame)
    assert table[["url", "key", "pages_with_key"]].values.tolist() == [
        ["/a", "electrique voiture", 3], ["/b", "electrique voiture", 3],
        ["/d", "electrique voiture", 3],
        ["/c", "velo", 3], ["/e", "velo", 3], ["/g", "velo", 3]]


@pytest.mark.parametrize("field", ["seo_title", "meta_description"])
def test_duplicates_match_after_case_spaces_and_punctuation(field):
    frame = site(*[(u, "fr", None, t, t, 300, None, None) for u, t in [
        ("/a", "Le guide du vélo"), ("/b", "le  guide du vélo !"), ("/c", "Autre chose"),
        ("/d", None), ("/e", "")]])
    table = duplicates(frame, field)
    assert table[["url", "pages_with_key"]].values.tolist() == [["/a", 2], ["/b", 2]]


def test_near_duplicates_pairs_similar_titles_not_identical_ones_and_ignores_the_site_name():
    titles = ["Guide du vélo électrique 2025 - Mon site", "Guide du vélo électrique 2026 - Mon site",
              "Guide du vélo électrique 2026 - Mon site", "Recette de la tarte aux pommes - Mon site",
              "Nous contacter - Mon site"]
    frame = site(*[(f"/{i}", "fr", None, t, None, 300, None, None) for i, t in enumerate(titles)])
    table = near_duplicates(frame, "seo_title", threshold=90)
    assert len(table) == 1
    assert set(table.loc[0, ["text_a", "text_b"]]) == set(titles[:2])
    assert sorted(table.loc[0, "urls_a"] + table.loc[0, "urls_b"]) == ["/0", "/1", "/2"]
    assert 90 <= table.loc[0, "similarity"] < 100
    assert near_duplicates(frame.iloc[3:], "seo_title").empty


def test_missing_fields_and_thin_pages():
    frame = site(("/a", "fr", "k", "T", "M", 800, 70, None),
                 ("/b", "fr", None, "T", "M", 299, None, None),
                 ("/c", "fr", "k", "T", "  ", 300, 60, None),
                 ("/d", "fr", "", "T", None, 12, None, None),
                 ("/e", None, "k", "T", "M", None, None, "no content"))
    gaps = missing_fields(frame)
    assert gaps[["url", "no_keyphrase", "no_meta"]].values.tolist() == [
        ["/b", True, False], ["/c", False, True], ["/d", True, True]]
    assert thin_pages(frame)[["url", "words"]].values.tolist() == [["/d", 12], ["/b", 299]]
    assert thin_pages(frame, min_words=100)["url"].tolist() == ["/d"]


def test_check_distribution_counts_ratings_per_check():
    frame = pd.DataFrame({"keyphraseDensity": [9, 3, 9, None],
                          "keyphraseDensity_rating": ["good", "bad", "good", None],
                          "passiveVoice": [6, 6, 9, 3],
                          "passiveVoice_rating": ["ok", "ok", "good", "bad"]})
    table = check_distribution(frame).set_index("check")
    assert table.loc["keyphraseDensity", ["pages", "good", "ok", "bad"]].tolist() == [3, 2, 0, 1]
    assert table.loc["passiveVoice", ["pages", "good", "ok", "bad"]].tolist() == [4, 1, 2, 1]
    assert table.index.tolist() == ["passiveVoice", "keyphraseDensity"]  # worst share first
    assert table.loc["passiveVoice", "mean_score"] == 6.0


def test_site_summary_and_every_table_on_an_empty_audit():
    from seo_kit.audit import empty_audit

    empty = empty_audit()
    for table in (cannibalisation(empty), duplicates(empty), near_duplicates(empty),
                  missing_fields(empty), thin_pages(empty), check_distribution(empty)):
        assert table.empty
    summary = site_summary(empty).set_index("figure")["value"]
    assert summary["pages"] == "0"


def test_weakest_pages_lowest_seo_then_readability_unscored_and_keyphraseless_last():
    frame = pd.DataFrame({"url": ["/a", "/b", "/c", "/d", "/e"],
                          "seo_score": [70, 40, None, 40, None],
                          "readability_score": [50, 90, 10, 30, None],
                          "error": [None, None, None, None, "no content"]})
    assert weakest_pages(frame, 3)["url"].tolist() == ["/d", "/b", "/a"]
    assert weakest_pages(frame, 10)["url"].tolist() == ["/d", "/b", "/a", "/c"]


@pytest.mark.parametrize("export, is_folder, ids, urls, expected", [
    ("site.xml", False, ["42", None], ["https://x.org/a/", "https://x.org/b/"],
     [("site.xml", "42"), ("site.xml", "https://x.org/b/")]),  # the post id, else the URL
    ("pages.csv", False, [None], [None], [("pages.csv", None)]),
    ("site", True, [None, None], ["a.md", "blog/b.html"],  # a folder: each page is its file
     [("site/a.md", None), ("site/blog/b.html", None)]),
])
def test_page_locations_say_where_the_studio_reads_each_page(tmp_path, monkeypatch, export,
                                                             is_folder, ids, urls, expected):
    monkeypatch.chdir(tmp_path)
    if is_folder:
        (tmp_path / export).mkdir()
    frame = pd.DataFrame({"id": pd.array(ids, dtype="string"),
                          "url": pd.array(urls, dtype="string")})
    where = page_locations(frame, export)
    assert list(where.itertuples(index=False, name=None)) == expected
