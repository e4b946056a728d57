"""The comparison as the studio shows it: coloured, escaped tables (French or English headers)
and the score chart."""

from pathlib import Path

import pandas as pd
import pytest

from seo_kit.compare import compare
from seo_kit.notebook.views import plot_scores, style_checks, style_comparison

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"
SOURCE = REQUEST.read_text(encoding="utf-8").split("\n", 1)[1]
PARAGRAPHS = [p for p in SOURCE.splitlines() if p.strip()]
WITH_HEADINGS = "\n\n".join([
    "# Sergueï Lavrov en visite en Corée du Nord",
    *PARAGRAPHS[0:5],
    "## Des munitions pour la guerre en Ukraine",
    *PARAGRAPHS[5:],
])
HAND_MADE = {
    "title": "Lavrov en Corée du Nord : une visite sous le signe de la défense",
    "meta_description": "Sergueï Lavrov est arrivé en Corée du Nord après la visite de Kim Jong-un "
                        "en Russie : armes, munitions et nouvelle guerre froide.",
    "slug": "lavrov-coree-du-nord",
    "brief": {"tone": "informatif", "keywords": ["Lavrov"], "temperature": 0.7},
    "text": WITH_HEADINGS,
}


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    short = WITH_HEADINGS.replace("1 000 conteneurs", "des conteneurs")
    return compare([HAND_MADE, short], source=SOURCE, labels=["titré", "court"])


def test_styler_colours_and_escapes(table):
    hostile = table.copy()
    hostile.loc["titré", "tone"] = "<img src=x onerror=alert(1)>"
    html = style_comparison(hostile).to_html()
    assert "onerror=alert" not in html.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert "&lt;img" in html
    assert "#c6efce" in html and "#ffc7ce" in html
    assert "font-weight: bold" in html  # the source row


def test_summary_view_formats_counts_as_integers(table):
    html = style_comparison(table).to_html()
    assert ">587<" in html or ">{}<".format(table.loc["source", "words"]) in html
    assert "seo.keyphraseDensity" not in html  # ratings are in the checks table
    assert "seo.keyphraseDensity" in style_comparison(table, columns="all").to_html()


def test_french_headers(table):
    html = style_comparison(table, lang="fr").to_html()
    assert "score SEO" in html and "faits perdus" in html and "#c6efce" in html


def test_checks_table_has_a_row_per_check_and_french_words(table):
    checks = style_checks(table)
    assert list(checks.data.columns) == list(table.index)
    assert "seo.keyphraseInSEOTitle" in checks.data.index
    html = checks.to_html()
    assert "à revoir" in html and "bon" in html and "#ffc7ce" in html
    assert "good" not in style_checks(table).to_html().replace("seo-", "")


def test_plot_scores_draws_both_totals(table):
    ax = plot_scores(table)
    assert len(ax.patches) == 2 * len(table)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["SEO", "Lisibilité"]
