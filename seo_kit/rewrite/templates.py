"""Prompt templates as strict data files (TOML), French and English.

A template file holds ``name``, ``lang``, ``description``, ``system``, ``user`` and an optional
``[steps]`` table (outline, intro, section, meta…). The messages of a step are the system prompt and
one user message: ``user`` then the step text. Keeping ``user`` first makes the system prompt, the
article and the brief a prefix shared by every step, which llama.cpp reuses from its cache.

Templates are looked up, in order, in the ``folder`` argument, the ``SEO_KIT_TEMPLATES`` folder and
the built-in ``seo_kit/rewrite/prompts/<lang>/``; a path to a ``.toml`` file is read as is.

The article is data, never instructions: the variables in ``DATA_VARIABLES`` are wrapped between
markers (``<article>`` … ``</article>``) when rendered, a closing marker inside the article is
neutralised, and such variables are refused in the system prompt.
"""

from __future__ import annotations

import hashlib
import json
import os
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seo_kit.errors import TemplateError
from seo_kit.lang import check_lang

__all__ = ["DATA_VARIABLES", "Template", "list_templates", "load_template", "template_folders"]

BUILTIN_FOLDER = Path(__file__).parent / "prompts"
FIELDS = {"name", "lang", "description", "system", "user", "steps"}
REQUIRED = ("name", "lang", "system", "user")
# Variables holding material from outside (the article, a draft): rendered between markers.
DATA_VARIABLES = {"article": "article", "draft": "draft"}


def _fields_in(text: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name]
    except ValueError as exc:  # a lone { or }
        raise TemplateError(f"malformed placeholder ({exc}); write literal braces as {{{{ }}}}") \
            from exc


def _as_data(name: str, value: str) -> str:
    tag = DATA_VARIABLES[name]
    value = str(value).replace(f"</{tag}>", f"</ {tag}>").replace(f"<{tag}>", f"< {tag}>")
    return f"<{tag}>\n{value.strip()}\n</{tag}>"


@dataclass(frozen=True)
class Template:
    """The prompts of a rewrite, read from a strict TOML file by load_template().

    ``name``; ``lang`` the language the prompts are written in (an English article can go through
    a French template: ``lang_name`` names its language); ``system`` and ``user`` the messages
    every step starts with; ``steps`` {step name: text appended to ``user``} (outline, intro,
    section, meta, headings…); ``description`` for the studio's list; ``path`` the file it was read
    from. Placeholders are ``{name}`` (str.format); render() raises
    TemplateError naming every missing one.
    """

    name: str
    lang: str
    system: str
    user: str
    description: str = ""
    steps: dict[str, str] = field(default_factory=dict)
    path: str | None = None

    def content(self) -> dict[str, Any]:
        """What the prompts say (lang, system, user, steps): what ``version`` hashes."""
        return {"lang": self.lang, "system": self.system, "user": self.user,
                "steps": dict(self.steps)}

    @property
    def version(self) -> str:
        """``name@<12 hex>``: the SHA-256 of content(), so that the same prompts always have the
        same version (a variant records it; the run log keeps each version's content)."""
        digest = hashlib.sha256(json.dumps(self.content(), ensure_ascii=False, sort_keys=True)
                                .encode("utf-8")).hexdigest()
        return f"{self.name}@{digest[:12]}"

    def variables(self, step: str | None = None) -> set[str]:
        """Names the messages of ``step`` (or the bare system + user) need."""
        texts = [self.system, self.user] + ([self.step_text(step)] if step else [])
        return {name for text in texts for name in _fields_in(text)}

    def step_text(self, step: str) -> str:
        if step not in self.steps:
            raise TemplateError(
                f"template {self.name!r} ({self.path or 'built-in'}) has no step {step!r}; "
                f"it has: {', '.join(sorted(self.steps)) or 'none'}")
        return self.steps[step]

    def require_steps(self, *steps: str) -> None:
        missing = [s for s in steps if s not in self.steps]
        if missing:
            raise TemplateError(
                f"template {self.name!r} ({self.path or 'built-in'}) misses the step(s) "
                f"{', '.join(missing)} under [steps]; copy seo_kit/rewrite/prompts/{self.lang}/"
                f"{self.name}.toml as a starting point")

    def render(self, step: str | None = None, /, **values) -> list[dict[str, str]]:
        """Messages for ``step``; a TemplateError names every missing variable at once."""
        needed = self.variables(step)
        missing = sorted(needed - set(values))
        if missing:
            raise TemplateError(
                f"template {self.name!r} needs {', '.join(missing)}: pass "
                + ", ".join(f"{m}=…" for m in missing))
        values = {k: _as_data(k, v) if k in DATA_VARIABLES else v for k, v in values.items()}
        user = self.user.format(**values)
        if step:
            user = f"{user.rstrip()}\n\n{self.step_text(step).format(**values)}"
        return [{"role": "system", "content": self.system.format(**values).strip()},
                {"role": "user", "content": user.strip()}]


def _from_data(data: dict, path: str | None) -> Template:
    where = path or "template"
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise TemplateError(f"{where}: unknown field(s) {', '.join(unknown)}; "
                            f"allowed: {', '.join(sorted(FIELDS))}")
    missing = [f for f in REQUIRED if not data.get(f)]
    if missing:
        raise TemplateError(f"{where}: missing field(s) {', '.join(missing)}")
    steps = data.get("steps", {})
    if not isinstance(steps, dict) or not all(isinstance(v, str) for v in steps.values()):
        raise TemplateError(f"{where}: [steps] must map step names to prompt strings")
    for key in ("name", "lang", "description", "system", "user"):
        if key in data and not isinstance(data[key], str):
            raise TemplateError(f"{where}: field {key!r} must be a string")
    in_system = sorted(set(_fields_in(data["system"])) & set(DATA_VARIABLES))
    if in_system:
        raise TemplateError(f"{where}: {', '.join(in_system)} may not appear in the system "
                            "prompt; put it in `user`, where it is delimited as data")
    for text in [data["user"], *steps.values()]:
        _fields_in(text)
    return Template(name=data["name"], lang=data["lang"], system=data["system"],
                    user=data["user"], description=data.get("description", ""),
                    steps=dict(steps), path=path)


def template_folders(folder: str | os.PathLike | None = None) -> list[Path]:
    """Where templates are looked up, first match wins: ``folder``, $SEO_KIT_TEMPLATES, built-in."""
    folders = [Path(folder)] if folder else []
    if os.environ.get("SEO_KIT_TEMPLATES"):
        folders.append(Path(os.environ["SEO_KIT_TEMPLATES"]))
    return [*folders, BUILTIN_FOLDER]


def load_template(name_or_path: str | os.PathLike, *, lang: str,
                  folder: str | os.PathLike | None = None) -> Template:
    """A template by name, looked up in ``<folder>/<lang>/``, ``<folder>/`` for each folder of
    template_folders(), or by path to a ``.toml`` file (read as is; ``lang`` then only names the
    language in messages).

    Raises InputError for an unsupported ``lang``, TemplateError when no file is found (the
    message lists the templates available) or when the file is malformed.
    """
    check_lang(lang)
    candidate = Path(name_or_path)
    if candidate.suffix == ".toml" or candidate.is_file():
        paths = [candidate]
    else:
        paths = [f / sub / f"{name_or_path}.toml" for f in template_folders(folder)
                 for sub in (lang, ".")]
    for path in paths:
        if path.is_file():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise TemplateError(f"{path}: not valid TOML ({exc})") from exc
            return _from_data(data, str(path))
    tried = ", ".join(str(p) for p in paths)
    raise TemplateError(f"no template {str(name_or_path)!r} for lang {lang!r} (looked in {tried}); "
                        f"available: {', '.join(list_templates(lang=lang, folder=folder)) or 'none'}")


def list_templates(*, lang: str, folder: str | os.PathLike | None = None) -> list[str]:
    """Names of the templates load_template() finds for ``lang`` (sorted, without ``.toml``)."""
    names = {p.stem for f in template_folders(folder) for sub in (lang, ".")
             if (f / sub).is_dir() for p in (f / sub).glob("*.toml")}
    return sorted(names)
