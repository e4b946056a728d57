"""The studio's work as plain functions: settings in, variants and their comparison out.

`seo_kit.notebook.Studio` only reads its controls into a `StudioSettings`, calls `generate` and
shows the `StudioResult`; notebooks and tests call `generate` directly, without ipywidgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from seo_kit.compare import compare
from seo_kit.errors import SeoKitError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["StudioResult", "StudioSettings", "generate"]


def _empty_frame() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame()


@dataclass(frozen=True)
class StudioSettings:
    article: str
    lang: str = "fr"
    tone: str = "informatif"
    keywords: tuple[str, ...] = ()
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


def generate(settings: StudioSettings,
             on_progress: Callable[[int, int], None] | None = None) -> StudioResult:
    """Rewrite the article `n_variants` times with the settings, then compare with the source."""
    from seo_kit.compare.grid import briefs_for, rewrite_all

    if not settings.article.strip():
        raise SeoKitError("Collez un article ou chargez un fichier avant de générer.")
    briefs = briefs_for(settings)
    variants = rewrite_all(settings.article, briefs, concurrency=settings.concurrency,
                           on_progress=on_progress)
    labels = [f"v{i + 1}" for i in range(len(variants))]
    # each Variant carries its Report (scored with its keyphrase, title, meta and slug)
    df = compare(variants, source=settings.article, lang=settings.lang, labels=labels)
    return StudioResult(variants=list(variants), comparison=df, source=settings.article)
