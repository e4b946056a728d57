"""The prompt lab in Jupyter or Voilà: a thin ipywidgets front end over plain functions.

    >>> from seo_kit.notebook import Studio
    >>> studio = Studio()          # French labels; Studio(ui_lang="en") for English
    >>> studio                     # paste an article, choose a tone, click « Générer »
    >>> studio.comparison          # the DataFrame behind the table

The work lives in `generate(StudioSettings) -> StudioResult` (briefs → `rewrite_many` → `compare`),
which tests and notebooks call directly; the widget only reads its controls into a StudioSettings
and shows the result. Everything model- or article-made is sanitised (seo_kit.notebook.render) or escaped.
"""

from __future__ import annotations

import base64
import io
import os
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from seo_kit.compare import diff_html
from seo_kit.errors import SeoKitError
from seo_kit.notebook.export import (
    comparison_to_csv,
    redact,
    to_html_report,
    variant_to_html,
    variant_to_markdown,
)
from seo_kit.notebook.labels import LABELS, TONES, template_names, template_text
from seo_kit.notebook.render import escape, markdown_to_html, serp_snippet_html
from seo_kit.notebook.studio import StudioResult, StudioSettings, generate
from seo_kit.notebook.views import plot_scores, style_checks, style_comparison

try:
    import ipywidgets as w
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ImportError(
        "the studio needs the notebook extra: pip install 'seo-kit[notebook]'") from exc

__all__ = ["Studio", "StudioResult", "StudioSettings", "generate"]


def _split_keywords(text: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in text.replace(";", ",").split(",") if k.strip())


def _download_link(label: str, filename: str, content: str, mime: str) -> str:
    payload = base64.b64encode(content.encode("utf-8")).decode("ascii")
    return (f'<a download="{escape(filename)}" href="data:{mime};charset=utf-8;base64,{payload}" '
            f'style="margin-right:1em">⬇ {escape(label)}</a>')


class Studio(w.VBox):
    """The prompt lab: controls on top, results in tabs (comparison, variant, diff, SERP, chart,
    export). `studio.result` and `studio.comparison` hold what was generated last."""

    def __init__(self, article: str = "", *, ui_lang: str = "fr", lock_endpoint: bool = False,
                 **settings: Any) -> None:
        text = LABELS[ui_lang]
        self.t, self.ui_lang = text, ui_lang
        self.result = StudioResult()
        self.exported: dict[str, str] = {}
        layout = w.Layout(width="100%")
        self.article = w.Textarea(value=article, placeholder=text["article_placeholder"],
                                  layout=w.Layout(width="100%", height="10em"))
        self.upload = w.FileUpload(accept=".txt,.md,.html,.htm", multiple=False,
                                   description=text["upload"])
        lang = settings.pop("lang", "fr")
        self.lang = w.Dropdown(options=[(text["fr"], "fr"), (text["en"], "en")], value=lang,
                               description=text["lang"])
        self.tone = w.Dropdown(options=TONES, value=TONES[0],
                               description=text["tone"])
        self.keywords = w.Text(placeholder="Lavrov, Corée du Nord", description=text["keywords"],
                               layout=layout)
        self.min_words = w.IntSlider(value=700, min=200, max=2000, step=50,
                                     description=text["min_words"])
        self.mode = w.ToggleButtons(options=[(text["rewrite"], "rewrite"),
                                             (text["restructure"], "restructure")],
                                    tooltips=[text["mode"]] * 2,
                                    style={"button_width": "9em"})
        self.template = w.Dropdown(options=[(text["by_mode"], None)]
                                   + template_names(lang),
                                   value=None, description=text["template"])
        self.template_text = w.Textarea(layout=w.Layout(width="100%", height="14em"))
        self.base_url = w.Text(value=os.environ.get("OPENAI_BASE_URL", ""),
                               placeholder=text["embedded"], description=text["endpoint"])
        self.model = w.Text(value=os.environ.get("SEO_KIT_MODEL", ""), description=text["model"],
                            placeholder=text["default"])
        self.temperature = w.FloatSlider(value=0.7, min=0.0, max=1.5, step=0.1,
                                         description=text["temperature"])
        self.n_variants = w.IntSlider(value=1, min=1, max=6, description=text["n_variants"])
        self.generate_button = w.Button(description=text["generate"], button_style="primary",
                                        icon="play")
        self.progress = w.IntProgress(value=0, min=0, max=1, layout=w.Layout(width="30%"))
        self.status = w.HTML()
        self._build_results(text)
        for name, value in settings.items():
            getattr(self, name).value = value
        # the web app shares the server's endpoint: editors choose tones, not servers
        self.base_url.disabled = self.model.disabled = lock_endpoint
        self._load_template()
        self.template.observe(lambda _: self._load_template(), names="value")
        self.mode.observe(lambda _: self._load_template(), names="value")
        self.lang.observe(self._on_lang, names="value")
        self.upload.observe(self._on_upload, names="value")
        self.generate_button.on_click(self._on_generate)
        controls = w.VBox([
            self.article, self.upload,
            w.HBox([self.lang, self.tone, self.mode]), self.keywords,
            w.HBox([self.min_words, self.n_variants, self.temperature]),
            w.HBox([self.base_url, self.model]),
            w.Accordion(children=[w.VBox([self.template, self.template_text])],
                        titles=(text["prompt"],)),
            w.HBox([self.generate_button, self.progress, self.status]),
        ])
        super().__init__([controls, self.tabs])
        self.add_class("seo-kit-studio")

    # results ----------------------------------------------------------------------------------

    def _build_results(self, text: dict[str, str]) -> None:
        self.table = w.HTML()
        self.table.add_class("seo-kit-comparison")
        self.checks = w.HTML()
        self.chart = w.Image(format="png", layout=w.Layout(max_width="720px"))
        self.chart_box = w.Box([])  # empty until there is a chart (no broken-image icon)
        self.variant_picker = w.Dropdown(description=text["variant"])
        self.variant_view = w.HTML()
        self.serp = w.HTML()
        self.diff_left = w.Dropdown(description=text["diff_from"])
        self.diff_right = w.Dropdown(description=text["diff_to"])
        self.diff_view = w.HTML()
        self.export_buttons = {kind: w.Button(description=text[f"export_{kind}"])
                               for kind in ("markdown", "html", "csv", "report")}
        self.downloads = w.HTML()
        for kind, button in self.export_buttons.items():
            button.on_click(lambda _, kind=kind: self.export(kind))
        self.variant_picker.observe(lambda _: self._show_variant(), names="value")
        self.diff_left.observe(lambda _: self._show_diff(), names="value")
        self.diff_right.observe(lambda _: self._show_diff(), names="value")
        self.tabs = w.Tab(children=[
            w.VBox([self.table, self.chart_box, self.checks]),
            w.VBox([self.variant_picker, self.serp, self.variant_view]),
            w.VBox([w.HBox([self.diff_left, self.diff_right]), self.diff_view]),
            w.VBox([w.HBox(list(self.export_buttons.values())), self.downloads]),
        ], titles=(text["tab_comparison"], text["tab_variant"], text["tab_diff"],
                   text["tab_export"]))

    @property
    def comparison(self):  # -> pandas.DataFrame
        return self.result.comparison

    def settings(self) -> StudioSettings:
        """The controls' values as plain settings (what `generate` receives)."""
        original = self._template_source()
        edited = self.template_text.value
        return StudioSettings(
            article=self.article.value, lang=self.lang.value, tone=self.tone.value,
            keywords=_split_keywords(self.keywords.value), min_words=self.min_words.value,
            mode=self.mode.value, template=self.template.value or None,
            template_text=edited if edited.strip() and edited != original else None,
            base_url=self.base_url.value.strip() or None, model=self.model.value.strip() or None,
            temperature=self.temperature.value, n_variants=self.n_variants.value)

    def _template_source(self) -> str:
        """The shipped template the studio shows: the one picked, else the mode's own."""
        name = self.template.value or self.mode.value
        try:
            return template_text(name, self.lang.value)
        except FileNotFoundError:
            return ""

    def _load_template(self) -> None:
        self.template_text.value = self._template_source()

    def _on_lang(self, _change: dict) -> None:
        """Templates are per language: offer the new language's and show the mode's own."""
        self.template.options = ([(self.t["by_mode"], None)]
                                 + template_names(self.lang.value))
        self.template.value = None
        self._load_template()

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        from seo_kit.rewrite.inputs import read_article

        try:
            self.article.value = read_article(bytes(files[0]["content"])).text
            self.status.value = escape(files[0].get("name", ""))
        except SeoKitError as error:
            self._show_error(error)

    def _on_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total  # shown by _show_progress, in the kernel's thread

    def _show_progress(self, calls: int) -> None:
        self.progress.max = max(self._total, 1)
        self.progress.value = self._done
        self.status.value = escape(self.t["progress"].format(done=self._done, total=self._total,
                                                             calls=calls))

    def _generate_with_heartbeat(self, settings: StudioSettings):
        """Generate in a worker thread; every half second show variants done and model calls
        made (from the run log), so that a slow model visibly works."""
        from seo_kit.llm import RunLog

        runlog = RunLog()
        calls_before = runlog.count_calls()
        self._done, self._total = 0, settings.n_variants
        with ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(generate, settings, self._on_progress)
            while True:
                try:
                    result = future.result(timeout=0.5)
                except FutureTimeout:
                    self._show_progress(runlog.count_calls() - calls_before)
                    continue
                self._show_progress(runlog.count_calls() - calls_before)
                return result

    def _on_generate(self, _button: Any = None) -> None:
        self.generate_button.disabled = True
        self.progress.value = 0
        self.status.value = escape(self.t["working"])
        try:
            settings = self.settings()
            self.result = self._generate_with_heartbeat(settings)
            self.status.value = escape(self.t["done"].format(n=len(self.result.variants)))
            self._show_result()
        except SeoKitError as error:
            self._show_error(error)
        finally:
            self.generate_button.disabled = False

    def _show_error(self, error: Exception) -> None:
        self.status.value = f'<span style="color:#b32d2e">⚠ {escape(redact(str(error)))}</span>'

    def _show_result(self) -> None:
        df = self.result.comparison
        self.table.value = style_comparison(df, lang=self.ui_lang).to_html()
        self.checks.value = style_checks(df, lang=self.ui_lang).to_html()
        figure = plot_scores(df).figure
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
        import matplotlib.pyplot as plt

        plt.close(figure)
        self.chart.value = buffer.getvalue()
        self.chart_box.children = [self.chart]
        labels = list(df.index)
        variant_labels = [label for label in labels if label != "source"]
        self.variant_picker.options = variant_labels
        self.variant_picker.value = variant_labels[0] if variant_labels else None
        self.diff_left.options = labels
        self.diff_right.options = labels
        self.diff_left.value = labels[0]
        self.diff_right.value = variant_labels[0] if variant_labels else labels[0]
        self._show_variant()
        self._show_diff()

    def _variant(self, label: str | None):
        variants = [label for label in self.result.comparison.index if label != "source"]
        if label in variants:
            return self.result.variants[variants.index(label)]
        return None

    def _show_variant(self) -> None:
        variant = self._variant(self.variant_picker.value)
        if variant is None:
            self.variant_view.value = self.serp.value = ""
            return
        from seo_kit.score.serp import serp_preview

        preview = serp_preview(variant.title, variant.meta_description, variant.slug,
                               lang=variant.lang)
        self.serp.value = serp_snippet_html(preview)
        self.variant_view.value = markdown_to_html(variant.text)

    def _show_diff(self) -> None:
        df = self.result.comparison
        if self.diff_left.value is None or self.diff_right.value is None or df.empty:
            self.diff_view.value = ""
            return
        self.diff_view.value = diff_html(df.loc[self.diff_left.value, "text"],
                                         df.loc[self.diff_right.value, "text"],
                                         label_a=self.diff_left.value,
                                         label_b=self.diff_right.value)

    def export(self, kind: str) -> str:
        """Build an export of the picked variant ('markdown', 'html') or of the comparison ('csv',
        'report'); offer it as a download link and return its text."""
        variant = self._variant(self.variant_picker.value)
        df = self.result.comparison
        if kind in ("markdown", "html") and variant is None or df.empty:
            self._show_error(SeoKitError(self.t["nothing_to_export"]))
            return ""
        slug = getattr(variant, "slug", None) or "variante"
        content, filename, mime = {
            "markdown": lambda: (variant_to_markdown(variant), f"{slug}.md", "text/markdown"),
            "html": lambda: (variant_to_html(variant), f"{slug}.html", "text/html"),
            "csv": lambda: (comparison_to_csv(df), "comparaison.csv", "text/csv"),
            "report": lambda: (to_html_report(df, title=self.t["report_title"]),
                               "comparaison.html", "text/html"),
        }[kind]()
        self.exported[kind] = content
        self.downloads.value = _download_link(self.t[f"export_{kind}"], filename, content, mime)
        return content
