"""WordPress exports in, one audit row per post and page out (or its reason); hostile exports are
refused with a clear error, and what came before a fault is kept."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from audit_samples import (
    BILLION_LAUGHS,
    ENGLISH,
    EXPORTS,
    EXTERNAL_ENTITY,
    FRENCH,
    WXR_DIR,
    wxr,
    wxr_item,
)

from seo_kit.audit import audit, read_wxr, write_audit
from seo_kit.errors import InputError


def _posts_and_pages(path) -> list[str]:
    """Post ids of every post and page, read with the standard library (not the reader under
    test)."""
    ids = []
    for item in ET.parse(path).getroot().iter("item"):
        kind = next(c.text for c in item if c.tag.endswith("}post_type"))
        if kind in ("post", "page"):
            ids.append(next(c.text for c in item if c.tag.endswith("}post_id")))
    return ids


@pytest.mark.parametrize("name", EXPORTS)
def test_every_post_and_page_of_a_real_export_gets_a_row_or_a_reason(name):
    path = WXR_DIR / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    expected = _posts_and_pages(path)
    frame = audit(path, workers=1)
    assert len(expected) > 50
    assert list(frame["id"]) == expected
    scored = frame["error"].isna()
    assert (scored == frame["words"].notna()).all()  # a row has figures or a reason, never both
    assert frame.loc[~scored, "error"].str.len().gt(10).all()
    assert scored.mean() > 0.9
    assert set(frame.loc[scored, "lang"]) <= {"en", "fr"}
    assert frame.loc[scored, "readability_score"].between(0, 100).all()
    assert frame.loc[scored, "title_width_px"].gt(0).all()


@pytest.mark.parametrize("meta, keyphrase, seo_title, meta_description", [
    ({"_yoast_wpseo_focuskw": "voiture électrique",
      "_yoast_wpseo_title": "%%title%% %%page%% %%sep%% %%sitename%%",
      "_yoast_wpseo_metadesc": "Tout sur la voiture électrique en %%currentyear%%."},
     "voiture électrique", "Voitures - Mon site", "Tout sur la voiture électrique en {year}."),
    ({"rank_math_focus_keyword": "voiture électrique,bornes",
      "rank_math_title": "%title% %sep% %sitename%",
      "rank_math_description": "La recharge en ville."},
     "voiture électrique", "Voitures - Mon site", "La recharge en ville."),
    ({}, None, "Voitures - Mon site", None),  # no plugin meta: Yoast's default title template
    ({"_yoast_wpseo_title": "%%sep%% %%title%% %%primary_category%%"},
     None, "Voitures", None),  # dangling separator and an unknown variable dropped
])
def test_yoast_and_rank_math_meta_are_read_and_templates_resolved(
        tmp_path, meta, keyphrase, seo_title, meta_description):
    import datetime as dt

    path = tmp_path / "site.xml"
    path.write_text(wxr(wxr_item(1, "Voitures", f"<p>{FRENCH}</p>", meta=meta)), "utf-8")
    (page,) = read_wxr(path)
    assert page["keyphrase"] == keyphrase
    assert page["seo_title"] == seo_title
    expected = meta_description.format(year=dt.date.today().year) if meta_description else None
    assert page["meta_description"] == expected
    assert page["site_lang"] == "fr"


@pytest.mark.parametrize("language, content, lang, source", [
    ("en", FRENCH, "en", "declared"),  # Polylang's term wins over the text
    (None, ENGLISH, "en", "detected"),  # the site says fr-FR, the text is English
    (None, "<p>42 — 2026</p>", "fr", "site"),  # nothing to detect: the site's language
])
def test_language_is_declared_or_detected_or_the_sites(tmp_path, language, content, lang, source):
    path = tmp_path / "site.xml"
    path.write_text(wxr(wxr_item(1, "T", content, language=language)), "utf-8")
    row = audit(path, workers=1).iloc[0]
    assert (row["lang"], row["lang_source"]) == (lang, source)


def test_attachments_and_menu_items_are_not_pages_and_classic_paragraphs_are_kept(tmp_path):
    classic = FRENCH  # blank-line paragraphs, no <p>: the classic editor
    path = tmp_path / "site.xml"
    path.write_text(wxr(wxr_item(1, "Classique", classic),
                        wxr_item(2, "Image", "", post_type="attachment"),
                        wxr_item(3, "Menu", "", post_type="nav_menu_item"),
                        wxr_item(4, "Brouillon", FRENCH, status="draft", post_type="page")),
                    "utf-8")
    frame = audit(path, workers=1)
    assert list(frame["post_type"]) == ["post", "page"]
    assert list(frame["status"]) == ["publish", "draft"]
    assert next(read_wxr(path))["content"].count("<p>") == 2


def test_a_truncated_export_says_where_and_keeps_the_pages_before(tmp_path):
    items = [wxr_item(i, f"Page {i}", f"<p>{FRENCH}</p>") for i in range(1, 6)]
    text = wxr(*items)
    cut = text.index("<item><title>Page 4")
    path = tmp_path / "cut.xml"
    path.write_text(text[:cut + 60], "utf-8")
    read = []
    with pytest.raises(InputError, match=r"not well-formed XML at line \d+.*3 posts and pages"):
        for page in read_wxr(path):
            read.append(page["title"])
    assert read == ["Page 1", "Page 2", "Page 3"]
    out = tmp_path / "audit.parquet"
    with pytest.raises(InputError, match="truncated"):
        write_audit(path, out, workers=1, chunk_size=2)
    import pandas as pd
    assert list(pd.read_parquet(out)["title"]) == ["Page 1", "Page 2"]  # the whole chunks scored


@pytest.mark.parametrize("document, name", [(BILLION_LAUGHS, "entity bomb"),
                                            (EXTERNAL_ENTITY, "external entity")])
def test_entity_bombs_and_external_entities_are_refused(tmp_path, document, name):
    path = tmp_path / "hostile.xml"
    path.write_text(document, "utf-8")
    with pytest.raises(InputError, match="declares XML entities.*Tools → Export"):
        audit(path, workers=1)


@pytest.mark.parametrize("document, message", [
    ("<html><body>not an export</body></html>", "not a WordPress export"),
    ("", "not well-formed"),
])
def test_other_xml_is_not_an_export(tmp_path, document, message):
    path = tmp_path / "other.xml"
    path.write_text(document, "utf-8")
    with pytest.raises(InputError, match=message):
        list(read_wxr(path))


def test_a_50_mb_post_gets_a_reason_and_the_others_are_scored(tmp_path):
    path = tmp_path / "big.xml"
    paragraph = f"<p>{FRENCH}</p>\n"
    with path.open("w", encoding="utf-8") as out:  # written in pieces: never 50 MB in one str
        head, tail = wxr("PLACEHOLDER").split("PLACEHOLDER")
        out.write(head + wxr_item(1, "Avant", paragraph))
        out.write(wxr_item(2, "Énorme", "SPLIT").split("SPLIT")[0])
        for _ in range(50 * 2**20 // len(paragraph.encode()) + 1):
            out.write(paragraph)
        out.write(wxr_item(2, "Énorme", "SPLIT").split("SPLIT")[1])
        out.write(wxr_item(3, "Après", paragraph) + tail)
    assert path.stat().st_size > 50 * 2**20
    frame = audit(path, workers=1)
    assert list(frame["title"]) == ["Avant", "Énorme", "Après"]
    assert frame["error"].isna().tolist() == [True, False, True]
    assert "more than the 1,000,000" in frame.loc[1, "error"]
