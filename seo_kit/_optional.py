"""Libraries of an optional extra, imported when first needed, with a one-line install hint.

The core (score, rewrite, the CLI) imports only the packages listed under `dependencies` in
pyproject.toml. The notebook front end needs more (nh3, jinja2 for pandas' Styler, ipywidgets,
matplotlib, nbformat, voila); they are imported through `require`, so that a core install can
import seo_kit and a missing extra is one clear line instead of a traceback deep in an import.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["require"]


def require(module: str, extra: str = "notebook", *, purpose: str = "") -> ModuleType:
    """Import `module`, or raise ModuleNotFoundError whose message names the extra to install.

    Only a missing `module` (or its top-level package) is turned into the hint; an error raised
    while importing an installed library propagates unchanged.
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        top = module.split(".")[0]
        if exc.name not in (module, top):
            raise
        needed = f" for {purpose}" if purpose else ""
        raise ModuleNotFoundError(
            f"{top} is needed{needed} and is not installed: pip install 'seo-kit[{extra}]'",
            name=top,
        ) from None
