"""compare(): hand-made variants → one row each, the source first, every score a column."""

from pathlib import Path

import pandas as pd
import pytest

from seo_kit.compare import compare, diff_html, rating_columns

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"
SOURCE = REQUEST.read_text(encoding="utf-8").split("\n", 1)[1]
PARAGRAPHS = [p for p in SOURCE.splitlines() if p.strip()]

WITH_HEADINGS = "\n\n".join([
    "# Sergueï Lavrov en visite en Corée du Nord",
    *PARAGRAPHS[0:2],
    "## Lavrov à Pyongyang après Pékin",
    *PARAGRAPHS[2:5],
    "## Des munitions pour la guerre en Ukraine",
    *PARAGRAPHS[5:9],
    "## Une relation ancienne entre Moscou et Pyongyang",
    *PARAGRAPHS[9:],
])
HAND_MADE = {
    "title": "Lavrov en Corée du Nord : une visite sous le signe de la défense",
    "meta_description": "Sergueï Lavrov est arrivé en Corée du Nord après la visite de Kim Jong-un "
                        "en Russie : armes, munitions et nouvelle guerre froide.",
    "slug": "lavrov-coree-du-nord",
    "brief": {"tone": "informatif", "keywords": ["Lavrov"], "temperature": 0.7},
    "text": WITH_HEADINGS,
    "prompt_tokens": 900, "completion_tokens": 1100, "cost_usd": None, "latency_s": 3.5,
}


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    short = WITH_HEADINGS.replace("1 000 conteneurs", "des conteneurs")
    return compare([HAND_MADE, short], source=SOURCE, labels=["titré", "court"])


def test_source_first_then_one_row_per_variant(table):
    assert list(table.index) == ["source", "titré", "court"]
    assert list(table["kind"]) == ["source", "variant", "variant"]


@pytest.mark.parametrize("column", [
    "words", "sentences", "seo_score", "readability_score", "reading_ease", "facts_dropped",
    "facts_added", "prompt_tokens", "completion_tokens", "cost_usd", "latency_s", "tone",
    "keywords", "text", "seo.keyphraseDensity", "readability.textSentenceLength",
])
def test_columns(table, column):
    assert column in table.columns


def test_parameters_and_costs_come_from_the_variant(table):
    assert table.loc["titré", "tone"] == "informatif"
    assert table.loc["titré", "keywords"] == "Lavrov"
    assert table.loc["titré", "prompt_tokens"] == 900
    assert table.loc["titré", "slug"] == "lavrov-coree-du-nord"


def test_subheadings_and_title_show_in_the_ratings(table):
    # the source has no subheadings and no title; the hand-made variant has both
    assert table.loc["source", "seo.subheadingsKeyword"] != "good"
    assert table.loc["titré", "seo.keyphraseInSEOTitle"] == "good"
    assert table.loc["titré", "seo_score"] > table.loc["source", "seo_score"]


def test_facts_dropped_against_the_source(table):
    assert table.loc["titré", "facts_dropped"] == 0
    assert table.loc["court", "facts_dropped"] >= 1
    assert "1 000" in table.loc["court", "facts_dropped_list"]


def test_ratings_are_yoast_ratings(table):
    # a check that only runs with a source (facts kept) is empty on the source row
    values = set(table[rating_columns(table)].stack().dropna())
    assert values <= {"good", "ok", "bad", "feedback", "error"}


def test_plain_strings_and_no_source():
    df = compare([WITH_HEADINGS], keyphrase="Lavrov")
    assert list(df.index) == ["v1"] and df.loc["v1", "kind"] == "variant"


def test_variants_read_back_from_the_run_log_are_rescored():
    # RunLog().variants() gives dicts whose report is a dict, not a Report
    logged = {**HAND_MADE, "report": {"seo_score": 1}, "id": "abc"}
    df = compare([logged], source=SOURCE)
    assert df.loc["v1", "seo_score"] > 1 and df.loc["v1", "id"] == "abc"


def test_labels_must_match():
    with pytest.raises(ValueError, match="2 labels for 1 variants"):
        compare([WITH_HEADINGS], labels=["a", "b"], keyphrase="Lavrov")


@pytest.mark.parametrize("a, b, expected", [
    ("le chat dort", "le chien dort", ["<del>chat</del>", "<ins>chien</ins>", "le ", " dort"]),
    ("un\ndeux", "un\ndeux trois", ["un<br>deux", "<ins> trois</ins>"]),
    ("<b>x</b>", "<script>alert(1)</script>", ["&lt;script&gt;"]),
])
def test_diff_html(a, b, expected):
    out = diff_html(a, b)
    for piece in expected:
        assert piece in out
    assert "<script" not in out and "<b>" not in out
