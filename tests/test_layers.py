"""Imports go one way: front ends → compare/audit → rewrite → score → text → lang; llm beside.

Every ``import`` of seo_kit in the package, module level or inside a function or an
``if TYPE_CHECKING:`` block (a lazy import is still a dependency), is read with ``ast`` and checked
against ALLOWED. A new top-level package or module must be placed in the table before it can land.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import seo_kit

PACKAGE = Path(seo_kit.__file__).parent

_BOTTOM = {"errors", "_optional"}
_LANG = {"lang"} | _BOTTOM
_TEXT = {"text"} | _LANG
_SCORE = {"score"} | _TEXT
_REWRITE = {"rewrite", "llm"} | _SCORE
_MIDDLE = {"compare", "audit"} | _REWRITE

# importer → what it may import besides itself. "seo_kit" is the package's own __init__.py.
ALLOWED: dict[str, set[str]] = {
    "__main__": {"cli"},
    "seo_kit": _MIDDLE,                          # the package face: the public API only
    "cli": {"notebook", "seo_kit"} | _MIDDLE,    # `seo-kit app` serves the notebook front end
    "notebook": {"seo_kit"} | _MIDDLE,           # front ends may use the face (import seo_kit)
    "audit": {"rewrite"} | _SCORE,               # reads articles like rewrite does, then scores
    "compare": _REWRITE,
    "rewrite": _REWRITE,
    "llm": _BOTTOM,                              # the model seam knows nothing of SEO
    "score": _SCORE,                             # pure: no model, no rewrite
    "text": _TEXT,
    "lang": _LANG,
    "_optional": {"errors"},
    "errors": set(),
}


def unit_of(module: str) -> str:
    """The top-level part of seo_kit a module belongs to: seo_kit.score.report → "score"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "seo_kit"


def imported_modules(module: str, source: str, *, is_package: bool = False):
    """(line, imported seo_kit module) for every import of seo_kit in ``source``."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the importing module's package
                package = module.split(".")
                base = package[:len(package) - node.level + is_package]
                names = [".".join([*base, node.module] if node.module else base)]
            else:
                names = [node.module or ""]
            if names == ["seo_kit"]:  # from seo_kit import score → the score package
                names = [f"seo_kit.{alias.name}" for alias in node.names]
        else:
            continue
        yield from ((node.lineno, name) for name in names
                    if name == "seo_kit" or name.startswith("seo_kit."))


def violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    """Each import of ``source`` that ALLOWED does not allow, as "module → imported (line N)"."""
    importer = unit_of(module)
    if importer not in ALLOWED:
        return [f"{module}: seo_kit.{importer} is not placed in ALLOWED (tests/test_layers.py)"]
    return [f"{module} → {name} (line {line})" for line, name in imported_modules(
        module, source, is_package=is_package)
        if unit_of(name) != importer and unit_of(name) not in ALLOWED[importer]]


def package_violations() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        module = ".".join(parts[:-1] if is_package else parts)
        found += violations(module, path.read_text(encoding="utf-8"), is_package=is_package)
    return found


# What main still does wrong, owner's move pending; the test fails when one is fixed and not
# removed from here, so the list only shrinks.
KNOWN: set[str] = set()


def test_the_package_imports_only_downward():
    found = {v.partition(" (line")[0]: v for v in package_violations()}
    assert sorted(v for k, v in found.items() if k not in KNOWN) == [], \
        "upward imports: move the code down (or the import up)"
    assert sorted(KNOWN - set(found)) == [], "fixed: remove these from KNOWN in tests/test_layers.py"


def test_the_allowed_edges_go_one_way():
    both_ways = sorted(f"{a} <-> {b}" for a in ALLOWED for b in ALLOWED[a]
                       if a != b and a in ALLOWED.get(b, ()))
    assert both_ways == []


@pytest.mark.parametrize("module, source, upward", [
    # the real direction of the pipeline
    ("seo_kit.rewrite.api", "from seo_kit.score import score", False),
    ("seo_kit.rewrite.engine", "from seo_kit.llm import RunLog, achat", False),
    ("seo_kit.compare.frame", "from seo_kit.rewrite import Variant", False),
    ("seo_kit.cli.app", "from seo_kit.notebook.app import run_app", False),
    ("seo_kit.score.report", "from seo_kit.score.checks import CHECKS", False),
    ("seo_kit.lang.fr", "from seo_kit.errors import InputError", False),
    ("seo_kit.notebook.editor", "import seo_kit", False),
    # upward, in every spelling
    ("seo_kit.score.report", "from seo_kit.rewrite import Brief", True),
    ("seo_kit.score.report", "import seo_kit.compare.frame", True),
    ("seo_kit.rewrite.api", "import seo_kit", True),  # the face imports rewrite: a cycle
    ("seo_kit.score.report", "from seo_kit import rewrite", True),
    ("seo_kit.score.report", "from ..rewrite import Brief", True),
    ("seo_kit.score", "from .. import cli", True),
    ("seo_kit.score.serp", "def f():\n    from seo_kit.rewrite.repair import slugify\n", True),
    ("seo_kit.score.report", "if TYPE_CHECKING:\n    from seo_kit.rewrite import Variant\n", True),
    ("seo_kit.lang.fr", "from seo_kit.text import words", True),
    ("seo_kit.text.tokens", "from seo_kit.score import score", True),
    ("seo_kit.rewrite.api", "from seo_kit.compare import compare", True),
    ("seo_kit.compare.grid", "from seo_kit.notebook.studio import Studio", True),
    ("seo_kit.notebook.app", "from seo_kit.cli import main", True),
    # beside: llm serves rewrite and the front ends, and needs nothing of theirs
    ("seo_kit.score.grounding", "from seo_kit.llm import chat", True),
    ("seo_kit.llm.client", "from seo_kit.rewrite.brief import Brief", True),
    ("seo_kit.llm.client", "from seo_kit.lang import detect_language", True),
    ("seo_kit.errors", "from seo_kit.lang import LANGS", True),
    # a new top-level module has to be placed first
    ("seo_kit.helpers", "import json", True),
])
def test_the_checker_refuses_every_upward_import(module, source, upward):
    is_package = module.count(".") == 0 or module == "seo_kit.score"
    assert bool(violations(module, source, is_package=is_package)) == upward
