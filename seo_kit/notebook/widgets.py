"""The prompt lab in Jupyter or Voilà: a thin ipywidgets front end over plain functions.

    >>> from seo_kit.notebook import Studio
    >>> studio = Studio()          # French labels; Studio(ui_lang="en") for English
    >>> studio                     # paste an article, choose a tone, click « Générer »
    >>> studio.wait()              # generation runs in a thread: the page stays live (Cancel)
    >>> studio.comparison          # the DataFrame behind the table

The work lives in plain functions (seo_kit.notebook.studio.generate, .checks, .snippet); the
widget reads its controls into a StudioSettings, runs `generate` in a worker thread with a
RunProgress as its `on_step` (step, elapsed, estimate, Cancel), and shows the result: the
comparison, the editable variant with its check panel and SERP snippet, the diff, the history
of the run log and the exports. Every exception ends in the status line, in the interface's
language, with what to do; nothing is only in a log console.
"""

from __future__ import annotations

import os
import threading
from typing import Any

import ipywidgets as w

from seo_kit.notebook import controls
from seo_kit.notebook.editor import VariantEditor, field_of
from seo_kit.notebook.history import HistoryPanel
from seo_kit.notebook.labels import LABELS
from seo_kit.notebook.progress import LONG_RUN_S, RunProgress, estimate_seconds, format_duration
from seo_kit.notebook.render import escape
from seo_kit.notebook.results import ResultViews
from seo_kit.notebook.studio import (
    StudioResult,
    StudioSettings,
    error_kind,
    generate,
    result_from_runlog,
)

__all__ = ["Studio", "StudioResult", "StudioSettings", "generate"]


def _words(text: Any) -> str:
    """A text with its spacing normalised (the form's article vs the run log's source)."""
    return " ".join(str(text or "").split())

TICK_S = 0.5  # the status line's refresh while a run works
MAX_RUN_S = 6 * 3600  # the ticker gives up after this (a run never hangs the page forever)


class Studio(w.VBox):
    """The prompt lab: controls on top, results in tabs (comparison, variant and SERP, diff,
    history, export). `studio.result` and `studio.comparison` hold what is shown."""

    def __init__(self, article: str = "", *, ui_lang: str = "fr", lock_endpoint: bool = False,
                 restore: bool | str = False, **settings: Any) -> None:
        self.t, self.ui_lang = LABELS[ui_lang], ui_lang
        self.result = StudioResult()
        self.run: RunProgress | None = None
        self._worker: threading.Thread | None = None
        self._confirmed_long = False
        self._status_lock = threading.Lock()
        self._live_run: RunProgress | None = None
        self.form = controls.Controls(article, ui_lang=ui_lang, lock_endpoint=lock_endpoint,
                                      on_notice=self.notice, **settings)
        for name in controls.PUBLIC:  # studio.tone, studio.keywords… as before
            setattr(self, name, getattr(self.form, name))
        self.generate_button = w.Button(description=self.t["generate"], button_style="primary",
                                        icon="play")
        self.cancel_button = w.Button(description=self.t["cancel"], icon="stop", disabled=True)
        self.progress = w.IntProgress(value=0, min=0, max=1, layout=w.Layout(width="20%"))
        self.status = w.HTML()
        self.status.add_class("seo-kit-status")
        self.editor = VariantEditor(ui_lang, on_save=self._edited)
        self.history = HistoryPanel(ui_lang)
        self.views = ResultViews(ui_lang, self.editor, self.history)
        self.views.on_export = self.export
        self.generate_button.on_click(self._guarded(self._on_generate))
        self.cancel_button.on_click(self._guarded(lambda _: self.cancel()))
        super().__init__([
            w.HTML(f"<h2 style='margin:4px 0'>{escape(self.t['page_title'])}</h2>"),
            self.form,
            w.HBox([self.generate_button, self.cancel_button, self.progress, self.status]),
            self.views,
        ])
        self.add_class("seo-kit-studio")
        self.form.announce_pending()
        if restore:  # the web app: a reloaded page comes back with its last state
            variant_id = restore if isinstance(restore, str) else None
            self._guarded(lambda _: self.restore(variant_id))(None)

    # plumbing ----------------------------------------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        # the result views (table, checks, chart, variant_picker, diff_*, export_buttons…)
        views = self.__dict__.get("views")
        if views is not None and name in views.PUBLIC:
            return getattr(views, name)
        raise AttributeError(name)

    @property
    def comparison(self):  # -> pandas.DataFrame
        return self.result.comparison

    def settings(self) -> StudioSettings:
        """The controls' values as plain settings (what `generate` receives)."""
        return self.form.settings()

    def _guarded(self, handler):
        """Any exception of a handler → the status line (never only the log console)."""
        def run(*args: Any) -> None:
            try:
                handler(*args)
            except Exception as error:  # noqa: BLE001 - shown to the analyst, not swallowed
                self.show_error(error)
        return run

    def notice(self, message: str) -> None:
        self.status.value = f'<span style="color:#996800">{escape(message)}</span>'

    def show_error(self, error: BaseException) -> None:
        """What went wrong (in the interface's language), what to do, and the technical detail
        folded away."""
        from seo_kit.notebook.export import redact

        kind = error_kind(error)
        if kind == "cancelled":
            self.notice(self.t["cancelled"].format(n=len(self.result.variants)))
            return
        detail = escape(redact(f"{type(error).__name__}: {error}"))
        self.status.value = (
            f'<span style="color:#b32d2e">⚠ {escape(self.t["err_" + kind])} '
            f'{escape(self.t["hint_" + kind])}</span> <details style="display:inline">'
            f"<summary>{escape(self.t['details'])}</summary><code>{detail}</code></details>")

    # generating --------------------------------------------------------------------------------

    def _on_generate(self, _button: Any = None) -> None:
        if self._worker is not None and self._worker.is_alive():
            return
        settings = self.settings()
        if not settings.article.strip():
            self.status.value = f'<span style="color:#b32d2e">⚠ {escape(self.t["empty_article"])}</span>'
            return
        embedded = not (settings.base_url or os.environ.get("OPENAI_BASE_URL")
                        or os.environ.get("OPENAI_API_KEY"))
        eta = estimate_seconds(settings.n_variants, settings.min_words, embedded=embedded)
        if eta > LONG_RUN_S and not self._confirmed_long:
            self._confirmed_long = True  # the next click goes
            self.notice(self.t["long_run"].format(
                eta=format_duration(eta), n=settings.n_variants, words=settings.min_words,
                where=self.t["embedded"] if embedded else (settings.base_url or "API")))
            return
        self._confirmed_long = False
        self.run = RunProgress(n_variants=settings.n_variants, min_words=settings.min_words,
                               ui_lang=self.ui_lang, embedded=embedded,
                               on_change=self._show_progress)
        self.generate_button.disabled, self.cancel_button.disabled = True, False
        self.progress.max, self.progress.value = settings.n_variants, 0
        self.status.value = escape(self.t["working"])
        self._live_run = self.run
        self._worker = threading.Thread(target=self._work, args=(settings, self.run),
                                        daemon=True)
        self._worker.start()
        threading.Thread(target=self._tick, args=(self.run,), daemon=True).start()

    def _work(self, settings: StudioSettings, run: RunProgress) -> None:
        result, failure = None, None
        try:
            result = generate(settings, on_step=run)
        except Exception as error:  # noqa: BLE001 - the worker thread reports to the page
            failure = error
        with self._status_lock:  # from here on the ticker leaves the status line alone
            self._live_run = None
        try:
            if result is None:
                self.show_error(failure)
                return
            if result.variants:
                self.result = result
                self.views.show(result, settings)
            self._finished(result, run)
        except Exception as error:  # noqa: BLE001 - showing the result failed: say so
            self.show_error(error)
        finally:
            self.generate_button.disabled, self.cancel_button.disabled = False, True
            self.form.save_state()

    def _finished(self, result: StudioResult, run: RunProgress) -> None:
        elapsed = format_duration(run.clock() - run.started)
        self.progress.value = len(result.variants)
        if result.cancelled:
            self.notice(self.t["cancelled"].format(n=len(result.variants)))
        elif result.errors:
            first = next(iter(result.errors.values()))
            self.show_error(first)
            self.status.value = escape(self.t["failed_some"].format(
                failed=len(result.errors), total=len(result.errors) + len(result.variants),
                done=len(result.variants), why=self.t["err_" + error_kind(first)])) \
                + self.status.value
        else:
            self.status.value = escape(self.t["done"].format(n=len(result.variants),
                                                             elapsed=elapsed))

    def _show_progress(self) -> None:
        with self._status_lock:
            run = self._live_run
            if run is None:
                return
            self.progress.value = len(run.finished)
            if not run.cancelled:
                self.status.value = escape(run.line())

    def _tick(self, run: RunProgress) -> None:
        for _ in range(int(MAX_RUN_S / TICK_S)):
            worker = self._worker
            if worker is None or not worker.is_alive() or run is not self.run:
                return
            self._show_progress()
            worker.join(TICK_S)

    def cancel(self) -> None:
        """Stop the run before its next model call; finished variants are kept and shown."""
        with self._status_lock:
            if self._live_run is not None:
                self._live_run.cancel()
                self.status.value = escape(self.t["cancelling"])

    def wait(self, timeout: float = 600.0) -> StudioResult:
        """Block until the current run ends (tests, scripts); returns the result shown."""
        if self._worker is not None:
            self._worker.join(timeout)
        return self.result

    # results -----------------------------------------------------------------------------------

    def restore(self, variant_id: str | None = None) -> None:
        """Show again the last run of the run log (a reloaded page comes back as it was): the
        last run of the article in the form when there is one, else the last run and its
        article; with `variant_id`, the run of that variant, that variant picked. The variants
        come back with the reports saved with them (no re-scoring)."""
        from seo_kit.llm import RunLog

        self.form.load_state()
        self.history.refresh()
        logged = RunLog().variants(limit=50)
        wanted = next((v for v in logged if str(v.get("id")) == variant_id), None) \
            if variant_id else None
        if wanted is None and variant_id:
            wanted = RunLog().variant(variant_id)
        article = _words(self.form.article.value)
        if wanted is not None:
            source = wanted.get("source_text")
        elif article:
            source = next((v.get("source_text") for v in logged
                           if _words(v.get("source_text")) == article), None)
        else:
            source = logged[0].get("source_text") if logged else None
        same_run = [v for v in logged if source and v.get("source_text") == source][:6]
        if wanted is not None and wanted not in same_run:
            same_run = [wanted, *same_run[:5]]
        if not same_run:
            return
        self.result = result_from_runlog(same_run, lang=same_run[0].get("lang"))
        if not article and source:
            self.form.article.value = source
        self.views.show(self.result, self.settings())
        if wanted is not None:
            from seo_kit.notebook.studio import variant_label

            self.views.variant_picker.value = variant_label(wanted)
        self.notice(self.t["restored"].format(n=len(self.result.variants)))

    def _edited(self, variant: dict) -> None:
        """A hand edit was saved: add it to the shown result and the history."""
        from seo_kit.compare import compare
        from seo_kit.notebook.studio import variant_label

        variants = [*self.result.variants, variant]
        labels = [*(label for label in self.result.comparison.index if label != "source"),
                  variant_label(variant)]
        df = compare(variants, source=self.result.source or None,
                     lang=field_of(variant, "lang", "fr"), labels=labels)
        self.result = StudioResult(variants=variants, comparison=df, source=self.result.source)
        self.views.show(self.result, self.settings(), keep_editor=True)
        self.history.refresh()

    def export(self, kind: str) -> str:
        """Build an export of the picked variant ('markdown', 'html') or of the comparison ('csv',
        'report'); offer it as a download link and return its text."""
        try:
            content = self.views.export(kind, self.result, self.settings())
        except Exception as error:  # noqa: BLE001 - shown in the status line
            self.show_error(error)
            return ""
        if content is None:
            self.notice(self.t["nothing_to_export"])
            return ""
        return content
