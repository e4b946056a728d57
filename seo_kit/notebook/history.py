"""Every variant of the run log, across runs and prompts (with its template version), and any
two or more side by side: scores, checks, pass/fail (grounding, clean output, constraints), the
template versions compared when the picked variants come from several, and the texts in columns.

    >>> panel = HistoryPanel(ui_lang="fr"); panel.refresh()
    >>> panel.pick.value = (id_a, id_b); panel.compare_picked()
"""

from __future__ import annotations

import base64
from typing import Any

import ipywidgets as w

from seo_kit.compare.clean import output_problems
from seo_kit.notebook.labels import CONSTRAINTS, HEADERS, LABELS, RATINGS
from seo_kit.notebook.render import escape, markdown_to_html

__all__ = ["HistoryPanel", "history_line", "side_by_side_html"]

HISTORY_LIMIT = 300  # newest variants listed; older ones stay in the run log


def history_line(variant: dict, ui_lang: str, names: dict[str, dict] | None = None) -> str:
    """One line per logged variant: date, label, template (an edited prompt's version name) and
    its version's hash, tone, keywords, scores, parent. `names`: version_names(), read once by
    the caller for a whole list."""
    from seo_kit.notebook.prompt_form import version_names
    from seo_kit.notebook.studio import variant_label

    brief = variant.get("brief") or {}
    template = str(variant.get("template") or "-")
    template = (version_names() if names is None else names).get(template, {}).get(
        "label", template)
    digest = str(variant.get("template_version") or "").partition("@")[2]
    if digest:
        template += f" ({digest[:6]})"
    report = variant.get("report") if isinstance(variant.get("report"), dict) else {}
    created = str(variant.get("created_at", ""))[:16].replace("T", " ")
    parts = [created, variant_label(variant), template,
             str(brief.get("tone") or "-"), ", ".join(brief.get("keywords") or ()) or "-",
             f"SEO {report.get('seo_score', '?')}",
             f"{LABELS[ui_lang]['readability_score']} {report.get('readability_score', '?')}"]
    if variant.get("parent"):
        parts.append(f"← {str(variant['parent'])[:6]}")
    return " · ".join(parts)


def _pass_fail(value: Any, ui_lang: str) -> str:
    words = RATINGS[ui_lang]
    if value is None:
        return "—"
    return f"✔ {words['good']}" if value else f"✘ {words['bad']}"


def _grounded(report: dict) -> bool | None:
    """No unsupported sentence (the saved report's grounding check); None without one."""
    for check in report.get("checks") or ():
        if check.get("id") == "grounding" and isinstance(check.get("value"), dict):
            return not (check["value"].get("unsupported") or check["value"].get("unverified"))
    return None


def side_by_side_html(variants: list[dict], ui_lang: str) -> str:
    """The texts in columns, each headed by its label, scores, and pass/fail lines: grounding,
    clean output, then the constraints of the brief."""
    from seo_kit.notebook.studio import variant_label

    columns = []
    for variant in variants:
        report = variant.get("report") if isinstance(variant.get("report"), dict) else {}
        names = {**CONSTRAINTS[ui_lang], **HEADERS[ui_lang]}
        colon = " :" if ui_lang == "fr" else ":"
        passed = {"grounded": _grounded(report),
                  "clean_output": not output_problems(
                      variant.get("text") or "", title=variant.get("title") or "",
                      meta=variant.get("meta_description") or ""),
                  **(variant.get("constraints") or {})}
        checks = "".join(f"<li>{escape(names.get(name, name))}{colon} {_pass_fail(ok, ui_lang)}</li>"
                         for name, ok in passed.items())
        columns.append(
            '<div class="seo-history-column" style="flex:1;min-width:18em;padding:0 8px;'
            'border-left:1px solid #dcdcde">'
            f"<h4>{escape(variant_label(variant))} · {escape(variant.get('title') or '')}</h4>"
            f"<p>SEO {escape(report.get('seo_score', '?'))} · "
            f"{escape(LABELS[ui_lang]['readability_score'])} "
            f"{escape(report.get('readability_score', '?'))}</p>"
            f"<ul style='font-size:12px'>{checks}</ul>"
            f"{markdown_to_html(variant.get('text') or '')}</div>")
    return f'<div style="display:flex;align-items:flex-start">{"".join(columns)}</div>'


class HistoryPanel(w.VBox):
    """The "History" tab: the run log's variants, pick several, compare them."""

    def __init__(self, ui_lang: str = "fr") -> None:
        t = LABELS[ui_lang]
        self.ui_lang, self.t = ui_lang, t
        self.variants: dict[str, dict] = {}
        self.pick = w.SelectMultiple(rows=10, layout=w.Layout(width="98%"))
        self.pick.add_class("seo-kit-history")
        self.compare_button = w.Button(description=t["compare"], icon="columns")
        self.refresh_button = w.Button(description=t["refresh"], icon="refresh")
        self.table = w.HTML()
        self.texts = w.HTML()
        self.compare_button.on_click(lambda _: self.compare_picked())
        self.refresh_button.on_click(lambda _: self.refresh())
        super().__init__([w.HTML(f"<b>{escape(t['history_pick'])}</b>"), self.pick,
                          w.HBox([self.compare_button, self.refresh_button]), self.table,
                          self.texts])

    def refresh(self) -> list[dict]:
        """Re-read the run log; returns the variants listed (newest first)."""
        from seo_kit.llm import RunLog

        logged = RunLog().variants(limit=HISTORY_LIMIT)
        self.variants = {str(v["id"]): v for v in logged if v.get("id")}
        from seo_kit.notebook.prompt_form import version_names

        names = version_names()
        self.pick.options = [(history_line(v, self.ui_lang, names), key)
                             for key, v in self.variants.items()]
        if not logged:
            self.table.value = f"<i>{escape(self.t['history_empty'])}</i>"
        return logged

    def compare_picked(self) -> None:
        """Compare the picked variants: styled table (scores, checks) and texts side by side."""
        from seo_kit.compare import compare_versions
        from seo_kit.notebook.studio import result_from_runlog
        from seo_kit.notebook.views import (
            figure_png,
            plot_pass_fail,
            style_checks,
            style_comparison,
            style_versions,
        )

        picked = [self.variants[key] for key in self.pick.value if key in self.variants]
        if not picked:
            self.table.value = self.texts.value = ""
            return
        result = result_from_runlog(picked)
        df = result.comparison
        matrix = plot_pass_fail(df, lang=self.ui_lang)
        image = "" if matrix is None else (
            '<img class="seo-history-pass-fail" alt="✔/✘" src="data:image/png;base64,'
            f'{base64.b64encode(figure_png(matrix)).decode("ascii")}">')
        versions = compare_versions(df)
        by_version = "" if len(versions) < 2 else (  # two prompts: how each does, on average
            f"<h4>{escape(self.t['versions_title'])}</h4>"
            + style_versions(versions, lang=self.ui_lang).to_html())
        self.table.value = (style_comparison(df, lang=self.ui_lang).to_html() + by_version
                            + image + style_checks(df, lang=self.ui_lang).to_html())
        self.texts.value = side_by_side_html(result.variants, self.ui_lang)
