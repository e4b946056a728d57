"""The studio's settings form: the article (pasted or uploaded, its instruction line detected),
language, tone, keywords as chips (the first marked as the focus keyphrase), length, mode, the
prompt as a form, the endpoint. Values out of range are clamped and said so; the settings are
kept in SEO_KIT_HOME/studio_state.json so that a reloaded page comes back as it was.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from typing import Any

import ipywidgets as w
from traitlets import TraitError

from seo_kit.lang import tones
from seo_kit.notebook.labels import LABELS, template_names
from seo_kit.notebook.prompt_form import PromptForm, record_version
from seo_kit.notebook.render import escape
from seo_kit.notebook.studio import StudioSettings, clean_keywords

__all__ = ["PUBLIC", "Controls", "looks_like_instruction"]

PUBLIC = ("article", "upload", "skip_first_line", "lang", "tone", "keywords", "keyword_chips",
          "min_words", "mode", "template", "prompt_form", "base_url", "model", "temperature",
          "n_variants")
MAX_WORDS, MAX_VARIANTS = 2000, 6
# An instruction to a person or a model, not article text ("Make this article seo compatible…",
# « Réécris cet article en 700 mots… »): two of these markers in a first line.
_ORDERS = re.compile(
    r"(?i)\b(make|create|write|rewrite|let there be|be in|at least|words|seo|subheadings|"
    r"réécri\w*|rédige\w*|écri[st]|fais|crée[sz]?|transforme\w*|au moins|mots|intertitres|"
    r"sous-titres)\b")


def looks_like_instruction(line: str) -> bool:
    """Whether a file's first line reads as an instruction rather than the article's start."""
    return len(line) < 400 and len({m.lower() for m in _ORDERS.findall(line)}) >= 2


def _tone_options(lang: str, tone: str) -> tuple[str, ...]:
    """The tones offered in ``lang`` (seo_kit.lang.tones), plus ``tone`` if an analyst gave another."""
    offered = tones(lang)
    return offered if tone in offered else (*offered, tone)


_NEEDED_STEPS = {"rewrite": ("outline", "intro", "section"), "restructure": ("headings",)}


def _runs_in(name: str, lang: str, mode: str) -> bool:
    import tomllib

    from seo_kit.notebook.labels import template_text

    steps = tomllib.loads(template_text(name, lang)).get("steps") or {}
    return all(step in steps for step in _NEEDED_STEPS.get(mode, ()))


class Controls(w.VBox):
    def __init__(self, article: str = "", *, ui_lang: str = "fr", lock_endpoint: bool = False,
                 on_notice: Callable[[str], None] | None = None, **settings: Any) -> None:
        t = self.t = LABELS[ui_lang]
        self.ui_lang, self.on_notice = ui_lang, on_notice or (lambda message: None)
        self.concurrency = settings.pop("concurrency", 4)  # variants at once (not a control)
        self.pending: list[str] = []
        wide = w.Layout(width="98%")
        style = {"description_width": "initial"}  # labels are never cut
        self.article = w.Textarea(value=article, placeholder=t["article_placeholder"],
                                  layout=w.Layout(width="98%", height="10em"))
        self.upload = w.FileUpload(accept=".txt,.md,.html,.htm", multiple=False,
                                   description=t["upload"])
        self.skip_first_line = w.Checkbox(value=False, description=t["skip_first_line"],
                                          style=style)
        lang = settings.pop("lang", "fr")
        self.lang = w.Dropdown(options=[(t["fr"], "fr"), (t["en"], "en")], value=lang,
                               description=t["lang"], style=style)
        tone = settings.pop("tone", None) or tones(lang)[0]
        self.tone = w.Dropdown(options=_tone_options(lang, tone), value=tone,
                               description=t["tone"], style=style)
        self.keywords = w.Text(placeholder=t["keywords_placeholder"], description=t["keywords"],
                               layout=wide, style=style)
        self.keyword_chips = w.HTML()
        self.min_words = w.IntSlider(value=700, min=200, max=MAX_WORDS, step=50,
                                     description=t["min_words"], style=style)
        self.mode = w.ToggleButtons(options=[(t["rewrite"], "rewrite"),
                                             (t["restructure"], "restructure")],
                                    tooltips=[t["mode"]] * 2, style={"button_width": "10em"})
        # every option a (label, value) pair: a bare None among strings made ipywidgets show the
        # tuple itself as a label and send it as the value (the TypeError of issue #10)
        self.template = w.Dropdown(description=t["template"], style=style)
        self.prompt_form = PromptForm(ui_lang)
        self.base_url = w.Text(value=os.environ.get("OPENAI_BASE_URL", ""),
                               placeholder=t["embedded"], description=t["endpoint"], style=style)
        self.model = w.Text(value=os.environ.get("SEO_KIT_MODEL", ""), description=t["model"],
                            placeholder=t["default"], style=style)
        self.temperature = w.FloatSlider(value=0.7, min=0.0, max=1.5, step=0.1,
                                         description=t["temperature"], style=style)
        self.n_variants = w.IntSlider(value=1, min=1, max=MAX_VARIANTS,
                                      description=t["n_variants"], style=style)
        self._template_options(lang)
        template = settings.pop("template", None) or ""
        for name, value in settings.items():
            self._set(name, value)
        self._template_options(lang)  # the mode may have changed
        if template in [value for _, value in self.template.options]:
            self.template.value = template
        self.base_url.disabled = self.model.disabled = lock_endpoint
        self.template.observe(lambda _: self._show_prompt(), names="value")
        self.mode.observe(self._on_mode, names="value")
        self.lang.observe(self._on_lang, names="value")
        self.upload.observe(self._on_upload, names="value")
        self.skip_first_line.observe(self._reread, names="value")
        self.keywords.observe(lambda _: self._show_chips(), names="value")
        self._show_prompt()
        self._show_chips()
        super().__init__([
            self.article, w.HBox([self.upload, self.skip_first_line]),
            w.HBox([self.lang, self.tone, self.mode]),
            w.VBox([self.keywords, self.keyword_chips]),
            w.HBox([self.min_words, self.n_variants, self.temperature]),
            w.HBox([self.base_url, self.model]),
            w.Accordion(children=[w.VBox([self.template, self.prompt_form])],
                        titles=(t["prompt"],)),
        ])

    def _set(self, name: str, value: Any) -> None:
        """A setting given in code; numbers beyond a slider's bounds are clamped and announced."""
        control = getattr(self, name)
        if name == "keywords" and not isinstance(value, str):
            value = ", ".join(value)
        if isinstance(control, (w.IntSlider, w.FloatSlider)) and not \
                control.min <= value <= control.max:
            clamped = min(max(value, control.min), control.max)
            self.pending.append(self.t["clamped"].format(what=control.description,
                                                         value=clamped, limit=control.max))
            value = clamped
        control.value = value

    def announce_pending(self) -> None:
        for message in self.pending:
            self.on_notice(message)
        self.pending.clear()

    # keywords, prompt, upload ------------------------------------------------------------------

    def _show_chips(self) -> None:
        chips = []
        for position, keyword in enumerate(clean_keywords(self.keywords.value)):
            focus = position == 0
            chips.append(
                f'<span class="seo-chip{" seo-chip-focus" if focus else ""}" style="display:'
                f'inline-block;margin:2px 4px;padding:1px 8px;border-radius:10px;background:'
                f'{"#2271b1;color:#fff" if focus else "#f0f0f1"}">'
                f'{"★ " if focus else ""}{escape(keyword)}</span>')
        hint = f'<span style="color:#50575e;font-size:12px">{escape(self.t["keywords_help"])}</span>'
        self.keyword_chips.value = "".join(chips) + " " + hint

    def _template_options(self, lang: str) -> None:
        """The templates of `lang` the current mode can run (a restructure template has no
        outline step: offering it in rewrite mode could only fail)."""
        usable = [n for n in template_names(lang) if _runs_in(n, lang, self.mode.value)]
        self.template.options = [(self.t["by_mode"], "")] + [(n, n) for n in usable]
        self.template.value = ""

    def _show_prompt(self) -> None:
        self.prompt_form.show(self.template.value or self.mode.value, self.lang.value)

    def _on_mode(self, _change: dict) -> None:
        chosen = self.template.value
        self._template_options(self.lang.value)
        if chosen in [value for _, value in self.template.options]:
            self.template.value = chosen
        self._show_prompt()

    def _on_lang(self, _change: dict) -> None:
        """Templates and tones are per language: offer the new language's (edits stay in the
        form; the tone keeps its position: "pédagogique" becomes "educational")."""
        self._template_options(self.lang.value)
        old = _change.get("old") if isinstance(_change, dict) else None
        chosen = self.tone.value
        position = tones(old).index(chosen) if old in ("fr", "en") and chosen in tones(old) else 0
        tone = tones(self.lang.value)[position]
        self.tone.options = _tone_options(self.lang.value, tone)
        self.tone.value = tone
        self._show_prompt()

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        from seo_kit.rewrite.inputs import read_article

        content = bytes(files[0]["content"])
        first = read_article(content).text.split("\n", 1)[0].strip()
        skip = looks_like_instruction(first)
        self._uploaded = None  # no re-read while the checkbox follows the detection
        self.skip_first_line.value = skip
        self.article.value = read_article(content, skip_first_line=skip).text
        self._uploaded = content
        if skip:
            self.on_notice(self.t["first_line"].format(line=first[:80]))

    def _reread(self, _change: dict) -> None:
        """The analyst ticked or unticked "skip the first line": read the file again."""
        from seo_kit.rewrite.inputs import read_article

        if getattr(self, "_uploaded", None):
            self.article.value = read_article(self._uploaded,
                                              skip_first_line=self.skip_first_line.value).text

    # settings ----------------------------------------------------------------------------------

    def settings(self) -> StudioSettings:
        """The controls' values as plain settings (what `generate` receives)."""
        edited = self.prompt_form.toml()
        if edited:
            record_version(edited, self.prompt_form.version.value.strip() or "studio",
                           self.template.value or self.mode.value)
        return StudioSettings(
            article=self.article.value, lang=self.lang.value, tone=self.tone.value,
            keywords=clean_keywords(self.keywords.value), min_words=self.min_words.value,
            mode=self.mode.value, template=self.template.value or None, template_text=edited,
            base_url=self.base_url.value.strip() or None, model=self.model.value.strip() or None,
            temperature=self.temperature.value, n_variants=self.n_variants.value,
            concurrency=self.concurrency)

    def save_state(self) -> None:
        """Keep the form's values for the next page load (SEO_KIT_HOME/studio_state.json)."""
        from seo_kit.llm import seo_kit_home

        state = {name: getattr(self, name).value for name in
                 ("lang", "tone", "keywords", "min_words", "mode", "temperature", "n_variants")}
        path = seo_kit_home() / "studio_state.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")

    def load_state(self) -> None:
        from seo_kit.llm import seo_kit_home

        try:
            state = json.loads((seo_kit_home() / "studio_state.json").read_text("utf-8"))
        except (FileNotFoundError, ValueError):
            return
        for name, value in state.items():
            if name in PUBLIC:
                try:
                    self._set(name, value)
                except (TraitError, ValueError, TypeError):  # a stale state never blocks the page
                    logging.getLogger(__name__).warning("studio state: %s ignored", name)
