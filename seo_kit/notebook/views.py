"""How a comparison looks: styled tables (good / ok / bad at a glance) and the score chart.

`seo_kit.compare` builds the DataFrame (and names its rating columns); this module only shows it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from seo_kit._optional import extra
from seo_kit.compare import pass_fail_columns, rating_columns
from seo_kit.notebook.labels import HEADERS, RATINGS
from seo_kit.score.report import rating_for

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["HEADERS", "RATING_WORDS", "SUMMARY_VIEW", "figure_png", "plot_pass_fail",
           "plot_scores", "style_checks", "style_comparison", "style_versions", "version_labels",
           "version_text"]

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


def _pass_fail_colour(value: Any) -> str:
    if _missing(value):
        return ""
    return f"background-color: {_COLOURS['good' if value else 'bad']}"


def _facts_colour(value: Any) -> str:
    if _missing(value):
        return ""
    return f"background-color: {_COLOURS['bad' if value else 'good']}"


SUMMARY_VIEW = ["template_version", "tone", "keywords", "words", "reading_ease", "seo_score", "readability_score",
                "facts_dropped", "facts_added", "grounded", "unsupported_sentences",
                "unsupported_share", "unverified_sentences", "clean_output", "prompt_tokens",
                "completion_tokens",
                "cost_usd", "latency_s"]
RATING_WORDS = RATINGS  # one table: seo_kit.notebook.labels


def version_labels() -> dict[str, str]:
    """{template version: its label} for the named (edited) versions of the run log."""
    from seo_kit.llm import RunLog

    return {row["version"]: row["label"] for row in RunLog().template_versions()
            if row.get("label")}


def version_text(version: Any, labels: dict[str, str]) -> str:
    """A template version as an analyst reads it: "chapô bref (3f9c2a)", "rewrite (91be07)"."""
    if _missing(version) or not version:
        return "—"
    name, _, digest = str(version).partition("@")
    return f"{labels.get(str(version), name)} ({digest[:6]})" if digest else name


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
    passed = pass_fail_columns(view)
    words = RATINGS[lang or "fr"]
    if passed:
        styler = styler.format(lambda ok: "—" if _missing(ok) else (
            f"✔ {words['good']}" if ok else f"✘ {words['bad']}"), subset=passed)
        styler = styler.map(_pass_fail_colour, subset=passed)
    if "unsupported_share" in view.columns:
        styler = styler.format(lambda share: "—" if _missing(share) else f"{share:.0%}",
                               subset=["unsupported_share"])
    if "template_version" in view.columns:
        labels = version_labels()
        styler = styler.format(lambda v: version_text(v, labels), subset=["template_version"])
    integral = [c for c in view.columns if c not in passed and _integral(view[c])]
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


def plot_pass_fail(df: pd.DataFrame, ax=None, *, lang: str = "fr"):
    """The pass/fail matrix (promptfoo's view): one row per variant, one column per pass/fail
    column (grounding, clean output, each constraint), green ✔ / red ✘ / grey — (does not
    apply); the source row is left out. Returns the matplotlib Axes, or None when there is no
    pass/fail column. `lang`: the column names' language."""
    from seo_kit.notebook.labels import CONSTRAINTS

    columns = pass_fail_columns(df)
    rows = df[df["kind"] != "source"] if "kind" in df.columns else df
    if not columns or rows.empty:
        return None
    with extra("notebook", purpose="plots"):
        import matplotlib.pyplot as plt
        from matplotlib.colors import ListedColormap

    names = [HEADERS[lang].get(c, CONSTRAINTS[lang].get(c.removeprefix("constraint."), c))
             for c in columns]
    codes = [[0 if _missing(v) else (2 if v else 1) for v in rows[c]] for c in columns]
    if ax is None:
        _, ax = plt.subplots(figsize=(max(4.0, 0.9 * len(columns) + 2.5),
                                      max(1.6, 0.45 * len(rows) + 1.4)))
    matrix = [[codes[j][i] for j in range(len(columns))] for i in range(len(rows))]
    ax.imshow(matrix, cmap=ListedColormap(["#dcdcde", _COLOURS["bad"], _COLOURS["good"]]),
              vmin=0, vmax=2, aspect="auto")
    for i, line in enumerate(matrix):
        for j, code in enumerate(line):
            ax.text(j, i, "—✘✔"[code], ha="center", va="center", fontsize=11,
                    color="#1d2327")
    ax.set_xticks(range(len(columns)), names, rotation=30, ha="right", fontsize="small")
    ax.set_yticks(range(len(rows)), [str(label) for label in rows.index], fontsize="small")
    ax.tick_params(length=0)
    for edge in range(1, len(columns)):  # white gaps between the cells
        ax.axvline(edge - 0.5, color="white", linewidth=2)
    for edge in range(1, len(rows)):
        ax.axhline(edge - 0.5, color="white", linewidth=2)
    for side in ax.spines.values():
        side.set_visible(False)
    return ax


def figure_png(ax, dpi: int = 90) -> bytes:
    """The figure of `ax` as PNG bytes (for an ipywidgets Image); the figure is closed."""
    import io

    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    ax.figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    plt.close(ax.figure)
    return buffer.getvalue()


def style_versions(table: pd.DataFrame, *, lang: str = "fr"):
    """compare_versions()'s table as the studio shows it: one row per template version (its
    label), means with one decimal, shares as percentages, headers in `lang`."""
    from seo_kit.notebook.labels import CONSTRAINTS

    with extra("notebook", purpose="pandas' Styler"):
        import jinja2  # noqa: F401  (pandas imports it; checked here for the hint)
    labels = version_labels()
    shares = [c for c in table.columns if c == "unsupported_share" or c in pass_fail_columns(table)]
    styler = table.style.format(precision=1, na_rep="—", escape="html")
    styler = styler.format(lambda v: "—" if _missing(v) else f"{v:.0%}", subset=shares)
    styler = styler.format("{:.0f}", subset=["variants"])
    styler = styler.relabel_index([version_text(v, labels) for v in table.index], axis="index")
    styler = styler.relabel_index(
        [HEADERS[lang].get(c, CONSTRAINTS[lang].get(str(c).removeprefix("constraint."), c))
         for c in table.columns], axis="columns")
    return styler.set_table_attributes('class="seo-versions"')
