"""The comparison as the studio shows it: coloured, escaped tables (French or English headers)
and the score chart."""

from seo_kit.notebook.views import plot_scores, style_checks, style_comparison

# seed_comparison (tests/conftest.py): the seed, "titré" and "court", compared


def test_styler_colours_and_escapes(seed_comparison):
    hostile = seed_comparison.copy()
    hostile.loc["titré", "tone"] = "<img src=x onerror=alert(1)>"
    html = style_comparison(hostile).to_html()
    assert "onerror=alert" not in html.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert "&lt;img" in html
    assert "#c6efce" in html and "#ffc7ce" in html
    assert "font-weight: bold" in html  # the source row


def test_summary_view_formats_counts_as_integers(seed_comparison):
    html = style_comparison(seed_comparison).to_html()
    assert ">587<" in html or ">{}<".format(seed_comparison.loc["source", "words"]) in html
    assert "seo.keyphraseDensity" not in html  # ratings are in the checks seed_comparison
    assert "seo.keyphraseDensity" in style_comparison(seed_comparison, columns="all").to_html()


def test_french_headers(seed_comparison):
    html = style_comparison(seed_comparison, lang="fr").to_html()
    assert "score SEO" in html and "faits perdus" in html and "#c6efce" in html


def test_checks_table_has_a_row_per_check_and_french_words(seed_comparison):
    checks = style_checks(seed_comparison)
    assert list(checks.data.columns) == list(seed_comparison.index)
    assert "seo.keyphraseInSEOTitle" in checks.data.index
    html = checks.to_html()
    assert "à revoir" in html and "bon" in html and "#ffc7ce" in html
    assert "good" not in style_checks(seed_comparison).to_html().replace("seo-", "")


def test_plot_scores_draws_both_totals(seed_comparison):
    ax = plot_scores(seed_comparison)
    assert len(ax.patches) == 2 * len(seed_comparison)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["SEO", "Lisibilité"]
