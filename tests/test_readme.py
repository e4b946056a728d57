"""README's Layout section is the tree: every package and public module of seo_kit/ is listed,
and nothing listed is missing."""

import re
from pathlib import Path

import seo_kit

PACKAGE = Path(seo_kit.__file__).parent
README = PACKAGE.parent / "README.md"


def _layout_entries() -> set[str]:
    section = README.read_text(encoding="utf-8").split("## Layout", 1)[1].split("\n## ", 1)[0]
    block = section.split("```", 2)[1]
    return set(re.findall(r"^  ([\w.]+/?)\s", block, flags=re.MULTILINE))


def _tree_entries() -> set[str]:
    return {f"{p.name}/" if p.is_dir() else p.name for p in PACKAGE.iterdir()
            if (p.is_dir() and (p / "__init__.py").exists())
            or (p.suffix == ".py" and (not p.name.startswith("_") or p.name == "__init__.py"))}


def test_the_readme_layout_is_the_tree():
    assert _layout_entries() == _tree_entries()
