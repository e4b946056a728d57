"""Tables and folders of pages: columns found by name or mapped, empty tables, bad tables."""

from __future__ import annotations

import pandas as pd
import pytest
from audit_samples import ENGLISH, FRENCH

from seo_kit.audit import PAGE_COLUMNS, audit, read_folder, read_pages, result_columns
from seo_kit.errors import InputError

SCREAMING_FROG_LIKE = pd.DataFrame({
    "Address": ["https://example.org/a", "https://example.org/b"],
    "Title 1": ["Voiture électrique : le guide", "Electric cars: the guide"],
    "Meta Description 1": ["Tout savoir.", "All you need."],
    "Focus Keyphrase": ["voiture électrique", "electric cars"],
    "Body": [FRENCH, ENGLISH],
    "Ignored": [1, 2],
})


def _write(frame: pd.DataFrame, path) -> None:
    suffix = path.suffix
    if suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False)


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_a_table_of_pages_is_read_by_column_names(tmp_path, suffix):
    path = tmp_path / f"pages{suffix}"
    _write(SCREAMING_FROG_LIKE, path)
    (frame,) = read_pages(path)
    assert list(frame.columns) == list(PAGE_COLUMNS)
    assert list(frame["url"]) == ["https://example.org/a", "https://example.org/b"]
    assert list(frame["seo_title"]) == list(SCREAMING_FROG_LIKE["Title 1"])
    assert list(frame["keyphrase"]) == ["voiture électrique", "electric cars"]
    result = audit(path, workers=1)
    assert list(result["lang"]) == ["fr", "en"]
    assert result["error"].isna().all()
    assert result["keyphraseInSEOTitle"].notna().all()


def test_an_explicit_mapping_wins_over_the_aliases():
    pages = pd.DataFrame({"Texte": [FRENCH], "body": ["not this one"], "Mot-clé": ["voiture"]})
    (frame,) = read_pages_from(pages, mapping={"content": "Texte", "keyphrase": "Mot-clé"})
    assert frame.loc[0, "content"] == FRENCH
    assert frame.loc[0, "keyphrase"] == "voiture"


def read_pages_from(pages, **options):
    from seo_kit.audit.pages import page_frames

    return list(page_frames(pages, **options))


@pytest.mark.parametrize("table, message", [
    (pd.DataFrame({"url": ["a"], "words": [3]}), "no content column.*url, words"),
])
def test_a_table_without_content_says_which_columns_it_has(table, message):
    with pytest.raises(InputError, match=message):
        audit(table, workers=1)


@pytest.mark.parametrize("mapping, message", [
    ({"contents": "Body"}, "bad column mapping: contents"),
    ({"content": "Texte"}, "bad column mapping: Texte"),
])
def test_a_wrong_mapping_is_named(mapping, message):
    with pytest.raises(InputError, match=message):
        audit(SCREAMING_FROG_LIKE, workers=1, mapping=mapping)


@pytest.mark.parametrize("make", [
    lambda p: p.with_suffix(".csv").write_text(""),
    lambda p: p.with_suffix(".csv").write_text("url,content\n"),
    lambda p: pd.DataFrame({"url": [], "content": []}, dtype=str).to_parquet(
        p.with_suffix(".parquet")),
    lambda p: p.with_suffix(".jsonl").write_text(""),
], ids=["empty csv", "header-only csv", "empty parquet", "empty jsonl"])
def test_an_empty_table_gives_an_empty_audit_with_every_column(tmp_path, make):
    make(tmp_path / "pages")
    (path,) = tmp_path.iterdir()
    frame = audit(path, workers=1)
    assert frame.empty
    assert list(frame.columns) == list(result_columns())
    assert audit(pd.DataFrame(columns=["content"]), workers=1).empty


def test_rows_that_cannot_be_scored_get_their_reason():
    pages = pd.DataFrame({"content": [FRENCH, "", None, "Guten Tag, wie geht es?", "<p>  </p>"],
                          "lang": [None, None, None, "de", None]})
    frame = audit(pages, workers=1)
    assert frame["error"].isna().tolist() == [True, False, False, False, False]
    assert frame.loc[1, "error"] == "no content: the page is empty"
    assert "language 'de' (declared) is not scored" in frame.loc[3, "error"]


def test_a_folder_of_markdown_and_html(tmp_path):
    (tmp_path / "blog").mkdir()
    (tmp_path / "blog" / "velo.md").write_text(
        "---\ntitle: Le vélo électrique\nkeyphrase: vélo électrique\n---\n\n" + FRENCH, "utf-8")
    (tmp_path / "about.html").write_text(
        f"<html><head><title>About us</title></head><body><p>{ENGLISH}</p></body></html>")
    (tmp_path / "latin1.txt").write_bytes("Le café crème est servi chaud.".encode("latin-1"))
    (tmp_path / "scan.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    pages = list(read_folder(tmp_path))
    assert [p["url"] for p in pages] == ["about.html", "blog/velo.md", "latin1.txt", "scan.txt"]
    frame = audit(tmp_path, workers=1)
    assert list(frame["seo_title"][:2]) == ["About us", "Le vélo électrique"]
    assert frame.loc[1, "keyphrase"] == "vélo électrique"
    assert pages[2]["content"] == "Le café crème est servi chaud."  # CP1252/Latin-1 decoded
    assert frame["error"].isna().tolist() == [True, True, True, False]
    assert "binary" in frame.loc[3, "error"]


@pytest.mark.parametrize("name", ["missing.csv", "pages.docx"])
def test_what_cannot_be_read_is_an_input_error(tmp_path, name):
    if name.endswith(".docx"):
        (tmp_path / name).write_bytes(b"PK")
    with pytest.raises(InputError):
        audit(tmp_path / name, workers=1)


@pytest.mark.parametrize("options, message", [
    ({"lang": "de"}, "lang='de': use 'auto' or one of fr, en"),
    ({"workers": 0}, "workers=0: give 1 or more"),
    ({"chunk_size": 0}, "chunk_size=0: give 1 or more"),
])
def test_bad_options_are_named_before_any_page_is_read(options, message):
    with pytest.raises(InputError, match=message):
        audit(SCREAMING_FROG_LIKE, **{"workers": 1, **options})
