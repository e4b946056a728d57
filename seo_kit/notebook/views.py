"""How a comparison looks: styled tables (good / ok / bad at a glance) and the score chart.

`seo_kit.compare` builds the DataFrame (and names its rating columns); this module only shows it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from seo_kit._optional import extra
from seo_kit.compare import rating_columns
from seo_kit.notebook.labels import HEADERS, RATINGS
from seo_kit.score.report import rating_for

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["HEADERS", "RATING_WORDS", "SUMMARY_VIEW", "plot_scores", "style_checks",
           "style_comparison"]

_COLOURS = {"good": "#c6efce", "ok": "#ffeb9c", "bad": "#ffc7ce", "error": "#ffc7ce",
            "feedback": "#eeeeee"}


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _total_colour(value: Any) -> str:
    if _missing(value):
        return ""
    return f"background-color: {_COLOURS.get(rating_for(float(value) / 10), '')}"


def _rating_colour(value: Any) -> str:
    colour = _COLOURS.get(str(value))
    return f"background-color: {colour}" if colour else ""


def _facts_colour(value: Any) -> str:
    if _missing(value):
        return ""
    return f"background-color: {_COLOURS['bad' if value else 'good']}"


SUMMARY_VIEW = ["tone", "keywords", "words", "reading_ease", "seo_score", "readability_score",
                "facts_dropped", "facts_added", "prompt_tokens", "completion_tokens", "cost_usd",
                "latency_s"]
RATING_WORDS = RATINGS  # one table: seo_kit.notebook.labels


def _integral(series) -> bool:
    values = series.dropna()
    return len(values) > 0 and all(isinstance(v, (int, float)) and float(v).is_integer()
                                   for v in values)


def style_comparison(df: pd.DataFrame, *, columns: list[str] | str | None = None,
                     lang: str | None = None):
    """A pandas Styler of the comparison: totals coloured good/ok/bad, facts dropped in red, the
    source row in bold. `columns`: None → the summary (`SUMMARY_VIEW`), "all" → every column but
    the text, or a list. `lang="fr"` shows French column headers. Every cell is HTML-escaped: a
    title or keyword from a model cannot inject markup.
    """
    if columns is None:
        columns = [c for c in SUMMARY_VIEW if c in df.columns]
    elif columns == "all":
        columns = [c for c in df.columns if c not in ("text", "facts_dropped_list", "id")]
    view = df[list(columns)]
    with extra("notebook", purpose="pandas' Styler"):
        import jinja2  # noqa: F401  (pandas imports it; checked here for the hint)
    styler = view.style.format(precision=1, na_rep="—", escape="html")
    integral = [c for c in view.columns if _integral(view[c])]
    if integral:
        styler = styler.format("{:.0f}", subset=integral, na_rep="—")
    totals = [c for c in ("seo_score", "readability_score") if c in view.columns]
    if totals:
        styler = styler.map(_total_colour, subset=totals)
    if ratings := rating_columns(view):
        styler = styler.map(_rating_colour, subset=ratings)
    if "facts_dropped" in view.columns:
        styler = styler.map(_facts_colour, subset=["facts_dropped"])
    if "source" in view.index:
        import pandas as pd

        styler = styler.set_properties(subset=pd.IndexSlice[["source"], :],
                                       **{"font-weight": "bold"})
    if lang in HEADERS:
        styler = styler.relabel_index([HEADERS[lang].get(c, c) for c in view.columns],
                                      axis="columns")
    return styler.set_table_attributes('class="seo-comparison"')


def style_checks(df: pd.DataFrame, *, lang: str = "fr"):
    """Every check's rating at a glance: one row per check, one column per variant, coloured."""
    from seo_kit.notebook.checks import check_name

    words = RATING_WORDS[lang]
    ratings = df[rating_columns(df)].T
    with extra("notebook", purpose="pandas' Styler"):
        import jinja2  # noqa: F401  (pandas imports it; checked here for the hint)
    styler = ratings.style.map(_rating_colour).format(
        lambda value: words.get(value, "—") if isinstance(value, str) else "—", escape="html")
    styler = styler.relabel_index([check_name(str(c).split(".", 1)[1], lang)
                                   for c in ratings.index], axis="index")
    return styler.set_table_attributes('class="seo-checks"')


def plot_scores(df: pd.DataFrame, ax=None, *, lang: str = "fr"):
    """Bars of the SEO and readability totals per variant (0–100); returns the matplotlib Axes.
    `lang`: the legend's language."""
    if ax is None:
        with extra("notebook", purpose="plots"):
            import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(max(4.0, 1.1 * len(df) + 2), 3.2))
    columns = [c for c in ("seo_score", "readability_score") if c in df.columns]
    data = df[columns].astype(float).rename(columns={
        "seo_score": "SEO", "readability_score": HEADERS[lang]["readability"]})
    data.plot.bar(ax=ax, color=["#2271b1", "#00a32a"], rot=0, width=0.75)
    if max((len(str(label)) for label in data.index), default=0) * len(data) > 60:
        ax.set_xticks(ax.get_xticks(), [str(label) for label in data.index], rotation=30,
                      ha="right")
    ax.set_ylim(0, 100)
    ax.set_ylabel("score /100")
    ax.set_xlabel("")
    ax.axhline(70, color="#999", linewidth=0.8, linestyle="--")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize="small", frameon=False)
    return ax
