"""The studio's work as plain functions: settings in, variants and their comparison out.

`seo_kit.notebook.Studio` only reads its controls into a `StudioSettings`, calls `generate` and
shows the `StudioResult`; notebooks and tests call `generate` directly, without ipywidgets.
Also here: keywords as typed → clean keywords, any exception → one line an editor can act on
(in the interface's language), the run log's variants → a result to show again.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from seo_kit.compare import compare
from seo_kit.errors import (
    AnswerError,
    AuthError,
    EndpointError,
    InputError,
    LocalModelError,
    ModelError,
    RateLimitError,
    RewriteCancelled,
    TemplateError,
)
from seo_kit.notebook.labels import LABELS
from seo_kit.rewrite import Brief
from seo_kit.rewrite.progress import Progress

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["StudioResult", "StudioSettings", "briefs_for", "clean_keywords", "error_kind", "generate",
           "result_from_runlog", "variant_label"]


def _empty_frame() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame()


@dataclass(frozen=True)
class StudioSettings:
    article: str
    lang: str = "fr"
    tone: str | None = None  # None: the language's default tone (seo_kit.lang.default_tone)
    keywords: tuple[str, ...] = ()  # the first one is the focus keyphrase
    min_words: int = 700
    mode: str = "rewrite"
    template: str | None = None  # a template name; None → the engine's default for the mode
    template_text: str | None = None  # the template as edited in the studio (TOML)
    base_url: str | None = None
    model: str | None = None
    temperature: float = 0.7
    n_variants: int = 1
    concurrency: int = 4


@dataclass
class StudioResult:
    variants: list = field(default_factory=list)
    comparison: Any = field(default_factory=_empty_frame)  # a pandas DataFrame
    source: str = ""
    errors: dict[int, BaseException] = field(default_factory=dict)  # brief index → why it failed
    cancelled: bool = False


# Punctuation an analyst types around a keyword ("Lavrov !", "Corée du Nord.", « Kim »);
# apostrophes and hyphens inside a keyword stay ("Jong-un", "l’Ukraine").
_EDGE = re.compile(r"^[\s\"'«»“”‘’()\[\]{}.,;:!?…]+|[\s\"'«»“”‘’()\[\]{}.,;:!?…]+$")


def clean_keywords(typed: str) -> tuple[str, ...]:
    """Keywords as the analyst typed them (comma or semicolon separated) → trimmed of the
    punctuation around them, spaces collapsed, NFC, duplicates (case-insensitive) dropped."""
    seen: set[str] = set()
    cleaned: list[str] = []
    for part in re.split(r"[,;\n]", unicodedata.normalize("NFC", typed or "")):
        keyword = " ".join(_EDGE.sub("", part).split())
        if keyword and keyword.casefold() not in seen:
            seen.add(keyword.casefold())
            cleaned.append(keyword)
    return tuple(cleaned)


def error_kind(error: BaseException) -> str:
    """Which label explains `error` to an editor: input, template, endpoint, model, local,
    cancelled or bug (anything seo_kit did not raise on purpose)."""
    kinds = ((RewriteCancelled, "cancelled"), (InputError, "input"), (TemplateError, "template"),
             ((AuthError, RateLimitError, EndpointError), "endpoint"), (LocalModelError, "local"),
             ((AnswerError, ModelError), "model"))
    for types, kind in kinds:
        if isinstance(error, types):
            return kind
    return "bug"


def template_file(text: str) -> str:
    """Save a template edited in the studio under SEO_KIT_HOME/templates/; return its path."""
    import hashlib

    from seo_kit.llm import seo_kit_home

    name = f"studio-{hashlib.sha256(text.encode()).hexdigest()[:12]}"
    # renamed, so that a comparison tells the edited prompt from the shipped one
    text = re.sub(r'(?m)^name\s*=\s*"[^"\n]*"', f'name = "{name}"', text, count=1)
    folder = seo_kit_home() / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _other_server(base_url: str | None) -> bool:
    configured = (os.environ.get("OPENAI_BASE_URL") or "").rstrip("/")
    return bool(base_url) and base_url.rstrip("/") != configured


def briefs_for(settings: StudioSettings) -> list[Brief]:
    """`n_variants` copies of the settings' Brief, told apart by their seed. A template edited
    in the studio is saved under SEO_KIT_HOME/templates/ first; a server URL typed in the studio
    never receives the environment's key."""
    fields = {"lang": settings.lang, "tone": settings.tone, "keywords": tuple(settings.keywords),
              "min_words": settings.min_words, "mode": settings.mode,
              "template": settings.template, "temperature": settings.temperature,
              "model": settings.model, "base_url": settings.base_url}
    if settings.template_text:
        fields["template"] = template_file(settings.template_text)
    if _other_server(settings.base_url):
        # the key in the environment belongs to the environment's server: a URL typed in the
        # studio (maybe by an editor on the Voilà page) must not receive it
        from seo_kit.llm.endpoint import PLACEHOLDER_KEY

        fields["api_key"] = PLACEHOLDER_KEY
    given = {k: v for k, v in fields.items() if v is not None}
    return [Brief(**given, seed=i + 1 if settings.n_variants > 1 else None)
            for i in range(settings.n_variants)]


def generate(settings: StudioSettings, on_step: Progress | None = None) -> StudioResult:
    """Rewrite the article `n_variants` times with the settings, then compare with the source.

    Variants that finished are kept (and already saved in the run log) when others fail or the
    run is cancelled through `on_step`; the failures are in `StudioResult.errors`.
    InputError for an empty article.
    """
    from seo_kit.rewrite import rewrite_many

    if not settings.article.strip():
        raise InputError(LABELS.get(settings.lang, LABELS["fr"])["empty_article"])
    briefs = briefs_for(settings)
    # as bytes: the article is text the analyst pasted, never a file name (read_article would
    # take a one-line article ending with "." for a path, and fail with "File name too long")
    outcomes = rewrite_many(settings.article.encode("utf-8"), briefs,
                            concurrency=settings.concurrency,
                            progress=False, return_exceptions=True, on_step=on_step)
    variants = [v for v in outcomes if not isinstance(v, BaseException)]
    errors = {i: v for i, v in enumerate(outcomes) if isinstance(v, BaseException)}
    cancelled = any(isinstance(e, RewriteCancelled) for e in errors.values())
    if not variants:
        if errors and not cancelled:
            raise next(iter(errors.values()))
        return StudioResult(source=settings.article, errors=errors, cancelled=cancelled)
    labels = [f"v{i + 1}" for i in range(len(variants))]
    # each Variant carries its Report (scored with its keyphrase, title, meta and slug)
    df = compare(variants, source=settings.article, lang=settings.lang, labels=labels)
    return StudioResult(variants=list(variants), comparison=df, source=settings.article,
                        errors=errors, cancelled=cancelled)


def result_from_runlog(variants: list[dict], *, lang: str | None = None) -> StudioResult:
    """A result built from variants read back from the run log (dicts, newest first or not):
    what a reloaded page shows again. Labels are the variants' ids' first 6 characters, hand
    edits marked with a pencil."""
    if not variants:
        return StudioResult()
    ordered = sorted(variants, key=lambda v: str(v.get("created_at", "")))
    source = next((v.get("source_text") for v in ordered if v.get("source_text")), "") or ""
    labels = [variant_label(v) for v in ordered]
    df = compare(ordered, source=source or None, lang=lang or ordered[0].get("lang") or "fr",
                 labels=labels)
    return StudioResult(variants=ordered, comparison=df, source=source)


def variant_label(variant: dict) -> str:
    """A short, stable label for a logged variant: "✎" for hand edits, then its id's start."""
    mark = "✎" if variant.get("parent") else ""
    return f"{mark}{str(variant.get('id', ''))[:6]}"
