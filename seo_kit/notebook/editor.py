"""Edit a variant and see the scores move: the text, SEO title, meta description and slug are
editable; every change is re-scored after a short pause in the typing (scoring takes
milliseconds); the check panel groups the results with one sentence of advice each and an eye
that highlights the sentences a check is about; the SERP snippet shows desktop and mobile.
"Save" stores the edit in the run log as a new variant whose `parent` is the variant edited.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import ipywidgets as w

from seo_kit.compare import report_of
from seo_kit.notebook.checks import Panel, check_panel, concerned_sentences
from seo_kit.notebook.labels import LABELS
from seo_kit.notebook.render import escape, markdown_to_html
from seo_kit.notebook.snippet import snippet_html

__all__ = ["DEBOUNCE_S", "VariantEditor", "field_of", "highlight"]

DEBOUNCE_S = 0.35  # re-score once the analyst pauses this long
_RATING_COLOURS = {"bad": "#dc3232", "error": "#dc3232", "ok": "#ee7c1b", "good": "#7ad03a",
                   "feedback": "#7ad03a"}


def field_of(variant: Any, name: str, default: Any = None) -> Any:
    """A field of a Variant or of a variant dict read back from the run log."""
    if isinstance(variant, dict):
        return variant.get(name, default)
    return getattr(variant, name, default)


def _focus_of(variant: Any) -> str | None:
    """The keyphrase a variant was scored with: its brief's first keyword."""
    brief = field_of(variant, "brief") or {}
    keywords = brief.get("keywords") if isinstance(brief, dict) else getattr(brief, "keywords", ())
    return str(keywords[0]) if keywords else None


def highlight(text: str, sentences: list[str], notes: dict[str, str] | None = None) -> str:
    """The Markdown `text` rendered safely, each of `sentences` wrapped in <mark> (with its
    note, e.g. the closest source sentence, in small print after it)."""
    marked = text
    for sentence in dict.fromkeys(s for s in sentences if s.strip()):
        note = (notes or {}).get(sentence)
        extra = f" <small>[{escape(note)}]</small>" if note else ""
        marked = marked.replace(sentence, f"<mark>{escape(sentence)}</mark>{extra}", 1)
    return markdown_to_html(marked)


class VariantEditor(w.VBox):
    """The "Variant and SERP" tab. `load(variant, source, lang, keyphrase)` shows one variant;
    `rescore()` scores the fields now (typing calls it after DEBOUNCE_S)."""

    def __init__(self, ui_lang: str = "fr",
                 on_save: Callable[[dict], None] | None = None) -> None:
        self.t, self.ui_lang, self.on_save = LABELS[ui_lang], ui_lang, on_save
        t = self.t
        self.variant: Any = None
        self.source, self.lang, self.keyphrase = "", "fr", None
        self.report = None
        self.panel: Panel | None = None
        self.eye: str | None = None
        self._timer: threading.Timer | None = None
        wide = w.Layout(width="98%")
        style = {"description_width": "10em"}
        self.title = w.Text(description=t["seo_title"], layout=wide, style=style)
        self.meta = w.Textarea(description=t["meta"], layout=w.Layout(width="98%", height="4em"),
                               style=style)
        self.slug = w.Text(description=t["slug"], layout=wide, style=style)
        self.domain = w.Text(value="www.exemple.fr", description=t["domain"], style=style)
        self.date = w.DatePicker(value=date.today(), description=t["date"], style=style)
        self.text = w.Textarea(layout=w.Layout(width="98%", height="28em"))
        self.text.add_class("seo-kit-editor")
        self.scores = w.HTML()
        self.scores.add_class("seo-kit-scores")
        self.snippet = w.HTML()
        self.snippet.add_class("seo-kit-snippet")
        self.checks = w.VBox()
        self.checks.add_class("seo-kit-checks")
        self.highlighted = w.HTML()
        self.highlighted.add_class("seo-kit-highlighted")
        self.save_button = w.Button(description=t["save_edit"], icon="save")
        self.saved = w.HTML()
        for control in (self.text, self.title, self.meta, self.slug):
            control.observe(self._typed, names="value")
        for control in (self.domain, self.date):
            control.observe(lambda _: self._show_snippet(), names="value")
        self.save_button.on_click(lambda _: self.save())
        left = w.VBox([w.HTML(f"<i>{escape(t['edit_hint'])}</i>"), self.text, self.highlighted],
                      layout=w.Layout(width="55%"))
        right = w.VBox([self.scores, self.title, self.meta, self.slug,
                        w.HBox([self.domain, self.date]), self.snippet, self.checks],
                       layout=w.Layout(width="45%"))
        super().__init__([w.HBox([left, right]), w.HBox([self.save_button, self.saved])])

    # loading and scoring -----------------------------------------------------------------------

    def load(self, variant: Any, *, source: str, lang: str, keyphrase: str | None) -> None:
        """Show `variant` (a Variant or a logged dict) in the fields and score it."""
        self.variant, self.source, self.lang, self.keyphrase = variant, source, lang, keyphrase
        self._loading = True
        try:
            self.text.value = field_of(variant, "text", "") or ""
            self.title.value = field_of(variant, "title", "") or ""
            self.meta.value = field_of(variant, "meta_description", "") or ""
            self.slug.value = field_of(variant, "slug", "") or ""
        finally:
            self._loading = False
        self.saved.value = ""
        stored = report_of(variant) if keyphrase == _focus_of(variant) else None
        if stored is None:
            self.rescore()
        else:  # scored when it was made (the run log keeps the report): shown as it is
            self._show_report(stored)

    def _typed(self, _change: dict) -> None:
        if getattr(self, "_loading", False):
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(DEBOUNCE_S, self._rescore_safely)
        self._timer.daemon = True
        self._timer.start()

    def _rescore_safely(self) -> None:
        try:
            self.rescore()
        except Exception as error:  # noqa: BLE001 - a timer thread has no one to raise to
            self.scores.value = f'<span style="color:#b32d2e">⚠ {escape(error)}</span>'

    def rescore(self) -> None:
        """Score the current fields and redraw scores, snippet, checks and highlights."""
        from seo_kit.score import score

        if not self.text.value.strip():
            self.report = None
            self.scores.value = self.checks_html = ""
            self.checks.children = ()
            return
        self._show_report(score(
            self.text.value, keyphrase=self.keyphrase, title=self.title.value,
            meta_description=self.meta.value, slug=self.slug.value or None, lang=self.lang,
            source=self.source or None))

    def _show_report(self, report) -> None:
        self.report = report
        self.panel = check_panel(self.report, ui_lang=self.ui_lang, keyphrase=self.keyphrase)
        self.scores.value = self._scores_html(self.panel)
        self._show_checks()
        self._show_snippet()
        self._show_highlights()

    def _scores_html(self, panel: Panel) -> str:
        t = self.t
        badges = []
        for key, value in (("seo_score", panel.seo_score),
                           ("readability_score", panel.readability_score)):
            colour = "#7ad03a" if value > 70 else "#ee7c1b" if value > 40 else "#dc3232"
            badges.append(f'<span data-score="{key}" style="background:{colour};color:#fff;'
                          f'padding:2px 8px;border-radius:10px;margin-right:6px">'
                          f"{escape(t[key])} {value}</span>")
        return "".join(badges)

    # the check panel ---------------------------------------------------------------------------

    def _line_html(self, item) -> str:
        dot = f'<span style="color:{_RATING_COLOURS.get(item.rating, "#999")}">●</span>'
        colon = " :" if self.ui_lang == "fr" else ":"
        return f"{dot} <b>{escape(item.name)}</b>{colon} {escape(item.advice)}"

    def _show_checks(self) -> None:
        """Rows grouped as problems / improvements / good / CMS. While typing the groups rarely
        change: then only the texts are updated (no widget is rebuilt)."""
        t, panel = self.t, self.panel
        groups = [(group, getattr(panel, group)) for group in
                  ("problems", "improvements", "good", "cms")]
        key = tuple((group, item.id) for group, items in groups for item in items)
        if key == getattr(self, "_rows_key", None):
            for _, items in groups:
                for item in items:
                    self._lines[item.id].value = self._line_html(item)
            for group, items in groups:
                if items:
                    self._headings[group].value = self._heading_html(group, len(items))
            return
        rows: list[w.Widget] = []
        self._lines, self._headings = {}, {}
        for group, items in groups:
            if not items:
                continue
            heading = self._headings[group] = w.HTML(self._heading_html(group, len(items)))
            rows.append(heading)
            for item in items:
                line = self._lines[item.id] = w.HTML(self._line_html(item),
                                                     layout=w.Layout(width="90%"))
                line.add_class(f"seo-check-{item.id}")
                if item.eye:
                    eye = w.ToggleButton(value=self.eye == item.id, icon="eye", tooltip=t["eye"],
                                         layout=w.Layout(width="3em"))
                    eye.add_class(f"seo-eye-{item.id}")
                    eye.observe(lambda change, check=item.id: self.toggle_eye(
                        check if change["new"] else None), names="value")
                    rows.append(w.HBox([eye, line]))
                else:
                    rows.append(w.HBox([w.Box(layout=w.Layout(width="3em")), line]))
        self._rows_key = key
        self.checks.children = rows

    def _heading_html(self, group: str, count: int) -> str:
        return f'<h4 style="margin:8px 0 2px">{escape(self.t[group])} ({count})</h4>'

    def toggle_eye(self, check_id: str | None) -> None:
        """Highlight the sentences `check_id` is about (None: no highlight)."""
        self.eye = check_id
        self._show_highlights()
        for row in self.checks.children:
            if isinstance(row, w.HBox) and isinstance(row.children[0], w.ToggleButton):
                button = row.children[0]
                wanted = any(c == f"seo-eye-{check_id}" for c in button._dom_classes)
                if button.value != wanted:
                    button.value = wanted

    def concerned(self) -> list[str]:
        """The sentences the active eye points at."""
        if not self.eye or self.report is None:
            return []
        check = self.report.get(self.eye)
        return concerned_sentences(self.text.value, self.eye, lang=self.lang,
                                   keyphrase=self.keyphrase,
                                   value=getattr(check, "value", None))

    def _show_highlights(self) -> None:
        """The rendered text; with an eye open, its sentences marked."""
        if not self.eye:
            self.highlighted.value = markdown_to_html(self.text.value)
            return
        sentences = self.concerned()
        notes = {}
        grounding = self.report.get("grounding") if self.report is not None else None
        if self.eye == "grounding" and grounding is not None:
            listed = grounding.value.get("unsupported", ()) if isinstance(grounding.value, dict) \
                else grounding.value or ()
            for item in listed:
                if isinstance(item, dict) and item.get("closest"):
                    notes[str(item.get("sentence"))] = (f"{self.t['closest_source']} : "
                                                        f"{item['closest']}")
        if not sentences:
            self.highlighted.value = (f"<p><i>{escape(self.t['eye_none'])}</i></p>"
                                      + markdown_to_html(self.text.value))
            return
        self.highlighted.value = highlight(self.text.value, sentences, notes)

    def _show_snippet(self) -> None:
        shown_date = self.date.value.strftime("%d/%m/%Y" if self.ui_lang == "fr" else "%b %d, %Y") \
            if self.date.value else ""
        self.snippet.value = "".join(
            snippet_html(self.title.value, self.meta.value, self.slug.value, lang=self.lang,
                         ui_lang=self.ui_lang, domain=self.domain.value, date=shown_date,
                         device=device, bars=device == "mobile")
            for device in ("desktop", "mobile"))

    # saving ------------------------------------------------------------------------------------

    def save(self) -> dict | None:
        """Store the edited fields as a new variant (parent: the one edited); returns it."""
        from seo_kit.llm import RunLog

        if self.variant is None or not self.text.value.strip():
            return None
        if self.report is None:
            self.rescore()
        parent = self.variant if isinstance(self.variant, dict) else self.variant.to_dict()
        edited = {key: value for key, value in parent.items()
                  if key not in ("id", "created_at", "report", "messages", "call_ids")}
        edited.update(text=self.text.value, title=self.title.value,
                      meta_description=self.meta.value, slug=self.slug.value,
                      parent=parent.get("id"), kind="edit", report=self.report.to_dict(),
                      prompt_tokens=0, completion_tokens=0, cost_usd=0.0, latency_s=0.0)
        edited["id"] = RunLog().save_variant(edited)
        from seo_kit.notebook.studio import variant_label

        self.saved.value = escape(self.t["saved_edit"].format(label=variant_label(edited)))
        self.variant = edited
        if self.on_save is not None:
            self.on_save(edited)
        return edited
