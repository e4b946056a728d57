"""A prompt template as a form: each part (system prompt, request, each step) a labelled
plain-text field, no TOML shown. Edits are kept per template and language while the analyst
switches (nothing is thrown away silently); "Reset" asks for a second click. An edited prompt
gets a version name, recorded in the run log as a template version (RunLog.template_versions:
its label, the template it started from, its prompts); the variants it makes carry
`template` = studio-<hash> and that `template_version`, so the history shows "rewrite v2 …".
"""

from __future__ import annotations

import json
import tomllib
from typing import Any

import ipywidgets as w

from seo_kit.notebook.labels import template_text

__all__ = ["FIELD_LABELS", "PromptForm", "record_version", "to_toml", "version_names"]

FIELD_LABELS = {
    "fr": {"system": "Rôle du modèle (système)", "user": "Demande commune à toutes les étapes",
           "outline": "Étape : plan", "intro": "Étape : chapeau", "section": "Étape : section",
           "meta": "Étape : titre SEO et méta-description", "extend": "Réparation : allonger",
           "relang": "Réparation : remettre dans la langue", "fix_intro": "Réparation : chapeau",
           "headings": "Étape : intertitres", "version": "Nom de la version",
           "reset": "Revenir à la consigne d’origine", "reset_confirm": "Cliquez encore pour "
           "abandonner vos modifications de cette consigne.", "edited": "modifiée"},
    "en": {"system": "Model's role (system)", "user": "Request shared by every step",
           "outline": "Step: outline", "intro": "Step: standfirst", "section": "Step: section",
           "meta": "Step: SEO title and meta description", "extend": "Repair: lengthen",
           "relang": "Repair: back into the language", "fix_intro": "Repair: standfirst",
           "headings": "Step: subheadings", "version": "Version name",
           "reset": "Back to the original prompt", "reset_confirm": "Click again to drop your "
           "edits of this prompt.", "edited": "edited"},
}


def _toml_string(value: str) -> str:
    # JSON's string escapes are TOML basic-string escapes (\" \\ \n \uXXXX)
    return json.dumps(value, ensure_ascii=False)


def to_toml(data: dict[str, Any]) -> str:
    """A template's data (top-level strings, a [steps] table of strings) as TOML."""
    lines = [f"{key} = {_toml_string(str(value))}" for key, value in data.items()
             if not isinstance(value, dict)]
    for table, values in data.items():
        if isinstance(values, dict):
            lines += ["", f"[{table}]"] + [f"{k} = {_toml_string(str(v))}"
                                           for k, v in values.items()]
    return "\n".join(lines) + "\n"


def _legacy_versions_file():
    from seo_kit.llm import seo_kit_home

    # before the run log kept template versions (read only: older sessions' labels)
    return seo_kit_home() / "templates" / "versions.json"


def version_names() -> dict[str, dict]:
    """{studio-<hash>: {"label", "base", "created_at", "version"}} of every named prompt version
    (the run log's template versions with a label; older labels from versions.json)."""
    from seo_kit.llm import RunLog

    try:
        names = json.loads(_legacy_versions_file().read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        names = {}
    for row in RunLog().template_versions():
        if row.get("label"):
            names[row["name"]] = {"label": row["label"], "base": row.get("base"),
                                  "created_at": row["created_at"], "version": row["version"]}
    return names


def record_version(toml_text: str, label: str, base: str) -> str:
    """Save an edited template (SEO_KIT_HOME/templates/studio-<hash>.toml) and record it in the
    run log as a template version named `label`, made from template `base`; returns its name
    (studio-<hash>), the one the variants it makes carry as `template` (their
    `template_version` is the run log's version)."""
    from seo_kit.llm import RunLog
    from seo_kit.notebook.studio import template_file
    from seo_kit.rewrite.templates import load_template

    path = template_file(toml_text)
    template = load_template(path, lang=tomllib.loads(toml_text).get("lang", "fr"))
    RunLog().save_template_version(template.version, name=template.name, lang=template.lang,
                                   content=template.content(), label=label, base=base)
    return template.name


class PromptForm(w.VBox):
    """The fields of one template; `show(name, lang)` switches, keeping edits per template."""

    def __init__(self, ui_lang: str = "fr") -> None:
        self.labels = FIELD_LABELS[ui_lang]
        self.original: dict[str, Any] = {}
        self.key: tuple[str, str] | None = None
        self.drafts: dict[tuple[str, str], dict[str, str]] = {}  # edits kept while switching
        self.fields: dict[str, w.Textarea] = {}
        self.version = w.Text(description=self.labels["version"],
                              style={"description_width": "12em"})
        self.reset_button = w.Button(description=self.labels["reset"], icon="undo")
        self.reset_note = w.HTML()
        self._reset_armed = False
        self.reset_button.on_click(lambda _: self.reset())
        self.box = w.VBox()
        super().__init__([self.box, self.version, w.HBox([self.reset_button, self.reset_note])])

    def show(self, name: str, lang: str) -> None:
        """Display template `name` of `lang`; the current one's edits stay in `drafts`."""
        self._keep_draft()
        self.original = tomllib.loads(template_text(name, lang))
        self.key = (name, lang)
        draft = self.drafts.get(self.key, {})
        parts = [("system", self.original.get("system", "")),
                 ("user", self.original.get("user", ""))]
        parts += [(step, text) for step, text in (self.original.get("steps") or {}).items()]
        self.fields = {}
        rows = []
        for part, text in parts:
            area = w.Textarea(value=draft.get(part, text),
                              layout=w.Layout(width="98%", height="7em"))
            area.add_class(f"seo-prompt-{part}")
            self.fields[part] = area
            rows.append(w.HTML(f"<b>{self.labels.get(part, part)}</b>"))
            rows.append(area)
        self.box.children = rows
        if not self.version.value or not draft:
            self.version.value = f"{name} v{len(version_names()) + 2}"

    def _current(self) -> dict[str, str]:
        return {part: area.value for part, area in self.fields.items()}

    def _originals(self) -> dict[str, str]:
        return {"system": self.original.get("system", ""), "user": self.original.get("user", ""),
                **(self.original.get("steps") or {})}

    def _keep_draft(self) -> None:
        if self.key is not None and self.edited():
            self.drafts[self.key] = self._current()

    def edited(self) -> bool:
        return bool(self.fields) and self._current() != self._originals()

    def toml(self) -> str | None:
        """The template as edited (TOML, for the engine), or None when unchanged."""
        if not self.edited():
            return None
        current = self._current()
        data = {k: v for k, v in self.original.items() if k != "steps"}
        data.update(system=current.pop("system"), user=current.pop("user"))
        data["steps"] = current
        return to_toml(data)

    def reset(self) -> None:
        """Back to the shipped text: the first click asks, the second drops the edits."""
        if not self.edited():
            return
        if not self._reset_armed:
            self._reset_armed = True
            self.reset_note.value = self.labels["reset_confirm"]
            return
        self._reset_armed = False
        self.reset_note.value = ""
        self.drafts.pop(self.key, None)
        for part, text in self._originals().items():
            if part in self.fields:
                self.fields[part].value = text
