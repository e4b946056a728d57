"""compare(): hand-made variants → one row each, the source first, every score a column."""

import pytest
from seed_article import HAND_MADE, SOURCE, WITH_HEADINGS

from seo_kit.compare import compare, diff_html, rating_columns

# seed_comparison (tests/conftest.py): the seed, "titré" (HAND_MADE) and "court" (a fact dropped)


def test_source_first_then_one_row_per_variant(seed_comparison):
    assert list(seed_comparison.index) == ["source", "titré", "court"]
    assert list(seed_comparison["kind"]) == ["source", "variant", "variant"]


@pytest.mark.parametrize("column", [
    "words", "sentences", "seo_score", "readability_score", "reading_ease", "facts_dropped",
    "facts_added", "prompt_tokens", "completion_tokens", "cost_usd", "latency_s", "tone",
    "keywords", "text", "seo.keyphraseDensity", "readability.textSentenceLength",
])
def test_columns(seed_comparison, column):
    assert column in seed_comparison.columns


def test_parameters_and_costs_come_from_the_variant(seed_comparison):
    assert seed_comparison.loc["titré", "tone"] == "informatif"
    assert seed_comparison.loc["titré", "keywords"] == "Lavrov"
    assert seed_comparison.loc["titré", "prompt_tokens"] == 900
    assert seed_comparison.loc["titré", "slug"] == "lavrov-coree-du-nord"


def test_subheadings_and_title_show_in_the_ratings(seed_comparison):
    # the source has no subheadings and no title; the hand-made variant has both
    assert seed_comparison.loc["source", "seo.subheadingsKeyword"] != "good"
    assert seed_comparison.loc["titré", "seo.keyphraseInSEOTitle"] == "good"
    assert seed_comparison.loc["titré", "seo_score"] > seed_comparison.loc["source", "seo_score"]


def test_facts_dropped_against_the_source(seed_comparison):
    assert seed_comparison.loc["titré", "facts_dropped"] == 0
    assert seed_comparison.loc["court", "facts_dropped"] >= 1
    assert "1 000" in seed_comparison.loc["court", "facts_dropped_list"]


def test_ratings_are_yoast_ratings(seed_comparison):
    # a check that only runs with a source (facts kept) is empty on the source row
    values = set(seed_comparison[rating_columns(seed_comparison)].stack().dropna())
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
