"""The studio's result tabs: comparison (table, chart, checks), the variant (editor, check panel,
SERP snippet), differences, history, export."""

from __future__ import annotations

import base64
from typing import Any

import ipywidgets as w

from seo_kit.notebook.editor import VariantEditor
from seo_kit.notebook.history import HistoryPanel
from seo_kit.notebook.labels import LABELS
from seo_kit.notebook.render import escape
from seo_kit.notebook.studio import StudioResult, StudioSettings

__all__ = ["ResultViews"]


def _download_link(label: str, filename: str, content: str, mime: str) -> str:
    payload = base64.b64encode(content.encode("utf-8")).decode("ascii")
    return (f'<a download="{escape(filename)}" href="data:{mime};charset=utf-8;base64,{payload}" '
            f'style="margin-right:1em">⬇ {escape(label)}</a>')


class ResultViews(w.Tab):
    PUBLIC = ("tabs", "table", "checks", "chart", "pass_fail", "chart_box", "variant_picker",
              "diff_left",
              "diff_right", "diff_view", "export_buttons", "downloads", "exported", "serp",
              "variant_view")

    def __init__(self, ui_lang: str, editor: VariantEditor, history: HistoryPanel) -> None:
        t = self.t = LABELS[ui_lang]
        self.ui_lang, self.editor, self.history = ui_lang, editor, history
        self.result = StudioResult()
        self.keyphrase: str | None = None
        self.lang = "fr"
        self.exported: dict[str, str] = {}
        self.table = w.HTML()
        self.table.add_class("seo-kit-comparison")
        self.checks = w.HTML()
        self.chart = w.Image(format="png", layout=w.Layout(max_width="720px"))
        self.pass_fail = w.Image(format="png", layout=w.Layout(max_width="720px"))
        self.pass_fail.add_class("seo-kit-pass-fail")
        self.chart_box = w.VBox([])  # empty until there is a chart (no broken-image icon)
        self.variant_picker = w.Dropdown(description=t["variant"])
        self.diff_left = w.Dropdown(description=t["diff_from"])
        self.diff_right = w.Dropdown(description=t["diff_to"])
        self.diff_view = w.HTML()
        self.export_buttons = {kind: w.Button(description=t[f"export_{kind}"])
                               for kind in ("markdown", "html", "csv", "report")}
        self.downloads = w.HTML()
        self.on_export = None  # set by the Studio: kind → text
        for kind, button in self.export_buttons.items():
            button.on_click(lambda _, kind=kind: self.on_export and self.on_export(kind))
        self.variant_picker.observe(lambda _: self._show_variant(), names="value")
        self.diff_left.observe(lambda _: self._show_diff(), names="value")
        self.diff_right.observe(lambda _: self._show_diff(), names="value")
        super().__init__(children=[
            w.VBox([self.table, self.chart_box, self.checks]),
            w.VBox([self.variant_picker, editor]),
            w.VBox([w.HBox([self.diff_left, self.diff_right]), self.diff_view]),
            history,
            w.VBox([w.HBox(list(self.export_buttons.values())), self.downloads]),
        ], titles=(t["tab_comparison"], t["tab_variant"], t["tab_diff"], t["tab_history"],
                   t["tab_export"]))

    @property
    def tabs(self) -> ResultViews:
        return self

    # the editor's views under their former names (tests and notebooks use them)
    @property
    def serp(self) -> w.HTML:
        return self.editor.snippet

    @property
    def variant_view(self) -> w.HTML:
        """The variant rendered (sanitised), with the eye's highlights."""
        return self.editor.highlighted

    def show(self, result: StudioResult, settings: StudioSettings, *,
             keep_editor: bool = False) -> None:
        from seo_kit.notebook.views import (
            figure_png,
            plot_pass_fail,
            plot_scores,
            style_checks,
            style_comparison,
        )

        self.result = result
        self.keyphrase = settings.keywords[0] if settings.keywords else None
        self.lang = settings.lang
        df = result.comparison
        if df.empty:
            return
        self.table.value = style_comparison(df, lang=self.ui_lang).to_html()
        self.checks.value = style_checks(df, lang=self.ui_lang).to_html()
        labels = list(df.index)
        variant_labels = [label for label in labels if label != "source"]
        current = self.variant_picker.value
        self._loading = True  # one load of the editor below, not one per option change
        try:
            self.variant_picker.options = variant_labels
            if keep_editor and variant_labels:
                self.variant_picker.value = variant_labels[-1]
            elif variant_labels:
                self.variant_picker.value = current if current in variant_labels \
                    else variant_labels[0]
            self.diff_left.options = labels
            self.diff_right.options = labels
            self.diff_left.value = labels[0]
            self.diff_right.value = variant_labels[0] if variant_labels else labels[0]
        finally:
            self._loading = False
        if not keep_editor:
            self._show_variant()
        self._show_diff()
        # the charts last: matplotlib's first import takes seconds on a busy machine
        self.chart.value = figure_png(plot_scores(df, lang=self.ui_lang))
        matrix = plot_pass_fail(df, lang=self.ui_lang)
        if matrix is not None:  # grounding, clean output, constraints: ✔ / ✘ at a glance
            self.pass_fail.value = figure_png(matrix)
        self.chart_box.children = [self.chart, self.pass_fail] if matrix is not None \
            else [self.chart]
        self.history.refresh()

    def variant(self, label: str | None):
        labels = [label for label in self.result.comparison.index if label != "source"]
        if label in labels:
            return self.result.variants[labels.index(label)]
        return None

    def _show_variant(self) -> None:
        if getattr(self, "_loading", False):
            return
        variant = self.variant(self.variant_picker.value)
        if variant is None:
            return
        self.editor.load(variant, source=self.result.source, lang=self.lang,
                         keyphrase=self.keyphrase)

    def _show_diff(self) -> None:
        from seo_kit.notebook.diff import sentence_diff_html

        if getattr(self, "_loading", False):
            return
        df = self.result.comparison
        if self.diff_left.value is None or self.diff_right.value is None or df.empty:
            self.diff_view.value = ""
            return
        self.diff_view.value = sentence_diff_html(
            df.loc[self.diff_left.value, "text"], df.loc[self.diff_right.value, "text"],
            lang=self.lang, label_a=self.diff_left.value, label_b=self.diff_right.value)

    def export(self, kind: str, result: StudioResult, settings: StudioSettings) -> str | None:
        """The export's text, offered as a download link; None when there is nothing yet."""
        from seo_kit.notebook.export import (
            comparison_to_csv,
            to_html_report,
            variant_to_html,
            variant_to_markdown,
        )

        variant = self.editor.variant or self.variant(self.variant_picker.value)
        df = result.comparison
        if (kind in ("markdown", "html") and variant is None) or df.empty:
            return None
        slug = (variant.get("slug") if isinstance(variant, dict) else getattr(variant, "slug", None)) \
            or "variante"
        builders: dict[str, Any] = {
            "markdown": lambda: (variant_to_markdown(variant), f"{slug}.md", "text/markdown"),
            "html": lambda: (variant_to_html(variant), f"{slug}.html", "text/html"),
            "csv": lambda: (comparison_to_csv(df), "comparaison.csv", "text/csv"),
            "report": lambda: (to_html_report(df, title=self.t["report_title"], lang=self.ui_lang,
                                              settings=settings, variants=result.variants),
                               "comparaison.html", "text/html"),
        }
        content, filename, mime = builders[kind]()
        self.exported[kind] = content
        self.downloads.value = _download_link(self.t[f"export_{kind}"], filename, content, mime)
        return content
