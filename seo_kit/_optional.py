"""Libraries of an optional extra, imported when first needed, with a one-line install hint.

The core (score, rewrite, the CLI) imports only the packages listed under `dependencies` in
pyproject.toml. The notebook front end needs more (nh3, jinja2 for pandas' Styler, ipywidgets,
matplotlib, nbformat, voila); they are imported inside functions under `extra(...)`, so a core
install can import seo_kit, and a missing extra is one clear line rather than a traceback:

    with extra("notebook", purpose="cleaning HTML"):
        import nh3

The import statement stays a plain `import`, so static checks (deptry) see what is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

__all__ = ["extra", "require"]


@contextmanager
def extra(name: str = "notebook", *, purpose: str = "") -> Iterator[None]:
    """Turn a ModuleNotFoundError raised inside the block into one naming the extra to install.

    Raises ModuleNotFoundError: "<library> is needed for <purpose> and is not installed:
    pip install 'seo-kit[<name>]'", without the chained traceback.
    """
    try:
        yield
    except ModuleNotFoundError as exc:
        top = (exc.name or "a library").split(".")[0]
        needed = f" for {purpose}" if purpose else ""
        raise ModuleNotFoundError(
            f"{top} is needed{needed} and is not installed: pip install 'seo-kit[{name}]'",
            name=exc.name,
        ) from None


def require(module: str, extra_name: str = "notebook", *, purpose: str = "") -> ModuleType:
    """`importlib.import_module(module)` under `extra(extra_name, purpose=…)`.

    Prefer a plain `import` inside `with extra(...)`: deptry sees plain imports, not these, so
    every `module` passed here must be declared in pyproject.toml's extra by hand.
    """
    with extra(extra_name, purpose=purpose):
        return importlib.import_module(module)
