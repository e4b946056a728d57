"""The Jupyter and Voilà front end (the ``[notebook]`` extra): the studio, its views and exports.

    >>> from seo_kit.notebook import Studio      # ipywidgets is imported here, not with seo_kit
    >>> Studio()                                 # French labels; Studio(ui_lang="en") for English

Modules: `widgets` (the Studio), `studio` (its work as plain functions), `views` (styled tables,
charts: scores, the pass/fail matrix, template versions), `render` (safe HTML), `export`
(Markdown, HTML page, CSV, report), `app` (`seo-kit app`) and `opening` (its ?article= links),
`progress` (the status line and bar), `labels` (every word the studio shows, French and English).
"""

from __future__ import annotations

from typing import Any

__all__ = ["Studio", "StudioResult", "StudioSettings", "generate"]


def __getattr__(name: str) -> Any:
    # lazy: `seo-kit app` imports seo_kit.notebook.app without loading ipywidgets
    if name == "Studio":
        from seo_kit.notebook.widgets import Studio

        return Studio
    if name in ("StudioResult", "StudioSettings", "generate"):
        from seo_kit.notebook import studio

        return getattr(studio, name)
    raise AttributeError(f"module 'seo_kit.notebook' has no attribute {name!r}")
