"""Grounding, clean output and constraints as the studio shows them: ✔/✘ cells in the table, the
pass/fail matrix (a picture to look at rather than read), the history's columns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from bs4 import BeautifulSoup

from seo_kit.compare import compare
from seo_kit.notebook.views import plot_pass_fail, style_comparison

REQUEST = Path(__file__).parents[2] / "notebooks" / "data" / "article_request.txt"
SOURCE = ("Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mercredi à "
          "Pyongyang pour une visite de deux jours.\n\nIl doit rencontrer son homologue "
          "nord-coréen, selon l’agence officielle KCNA.")
FAITHFUL = ("# Lavrov à Pyongyang\n\nLe ministre russe Sergueï Lavrov est arrivé mercredi à "
            "Pyongyang pour une visite de deux jours.\n\n## Une visite de deux jours\n\nIl doit "
            "rencontrer son homologue nord-coréen, selon l’agence officielle KCNA.")
INVENTED = FAITHFUL + "\n\nLavrov a signé un traité de défense avec Kim Jong-un à Moscou en 2019."


def _variant(text: str, **fields) -> dict:
    return {"text": text, "title": "Lavrov à Pyongyang pour deux jours",
            "meta_description": "Sergueï Lavrov est arrivé mercredi à Pyongyang pour deux jours.",
            "brief": {"keywords": ["Lavrov"]}, **fields}


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return compare([_variant(FAITHFUL, constraints={"min_words": True, "single_h1": True}),
                    _variant(INVENTED, constraints={"min_words": True, "single_h1": True}),
                    _variant("Voici l’article :\n\n" + FAITHFUL,
                             constraints={"min_words": False, "single_h1": True})],
                   source=SOURCE, labels=["fidèle", "inventé", "bavard"])


def test_constraints_are_pass_fail_columns(table):
    assert list(table.loc["bavard", ["constraint.min_words", "constraint.single_h1"]]) == \
        [False, True]
    assert pd.isna(table.loc["source", "constraint.min_words"])


@pytest.mark.parametrize("lang, headers, passed, failed", [
    ("fr", ["appuyé par la source", "part sans appui", "sortie propre"], "✔ bon", "✘ à revoir"),
    ("en", ["supported by the source", "unsupported share", "clean output"], "✔ good", "✘ bad"),
])
def test_the_table_shows_pass_fail_cells_in_the_interface_s_language(table, lang, headers,
                                                                      passed, failed):
    soup = BeautifulSoup(style_comparison(table, lang=lang).to_html(), "html.parser")
    shown = [th.get_text() for th in soup.select("thead th")]
    assert all(h in shown for h in headers)
    column = shown.index(headers[0]) - 1  # the index header comes first
    cells = {tr.th.get_text(): [td.get_text() for td in tr.find_all("td")]
             for tr in soup.select("tbody tr")}
    assert cells["fidèle"][column] == passed and cells["inventé"][column] == failed
    assert cells["source"][column] == "—"  # grounding does not apply to the source
    share = cells["inventé"][shown.index(headers[1]) - 1]
    assert share.endswith("%") and share != "0%"


def test_the_matrix_is_one_cell_per_variant_and_column(table):
    ax = plot_pass_fail(table, lang="fr")
    rows = [label.get_text() for label in ax.get_yticklabels()]
    columns = [label.get_text() for label in ax.get_xticklabels()]
    assert rows == ["fidèle", "inventé", "bavard"]  # no source row
    assert columns == ["appuyé par la source", "sortie propre", "longueur minimale",
                       "un seul H1"]
    marks = [text.get_text() for text in ax.texts]
    assert marks == ["✔", "✔", "✔", "✔",
                     "✘", "✔", "✔", "✔",
                     "✘", "✘", "✘", "✔"]  # "Voici l’article :" is said by no source sentence
    import matplotlib.pyplot as plt

    plt.close(ax.figure)


def test_no_matrix_without_pass_fail_columns():
    assert plot_pass_fail(pd.DataFrame({"kind": ["variant"], "seo_score": [50]})) is None


def test_the_studio_shows_the_matrix_and_the_history_the_checks(article_server):
    from seo_kit.notebook import Studio
    from seo_kit.rewrite.inputs import read_article

    article = read_article(REQUEST, skip_first_line=True).text
    studio = Studio(article, keywords="Lavrov", min_words=300)
    studio.generate_button.click()
    studio.wait()
    assert {"grounded", "unsupported_sentences", "clean_output"} <= set(studio.comparison.columns)
    assert studio.pass_fail.value[:4] == b"\x89PNG"
    assert studio.pass_fail in studio.chart_box.children
    assert "sortie propre" in studio.table.value
    studio.history.refresh()
    studio.history.pick.value = tuple(key for _, key in studio.history.pick.options)
    studio.history.compare_picked()
    assert "seo-history-pass-fail" in studio.history.table.value
    column = studio.history.texts.value
    assert "appuyé par la source :" in column and "sortie propre :" in column
