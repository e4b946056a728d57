"""The package face: seo_kit.__all__ is the public API, cheap to import, and stays callable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import seo_kit

ROOT = Path(seo_kit.__file__).resolve().parents[1]

# name → what it is; the README and the notebooks use exactly these
FACE = {
    "score": "function", "Report": "class",
    "read_article": "function", "Article": "class", "Brief": "class", "Variant": "class",
    "rewrite": "function", "rewrite_many": "function",
    "compare": "function", "run_grid": "function", "audit": "function",
    "SeoKitError": "class", "InputError": "class",
}


def test_the_face_is_the_curated_list():
    assert sorted(seo_kit.__all__) == sorted(FACE)


@pytest.mark.parametrize("name", sorted(FACE))
def test_every_public_name_is_documented(name):
    obj = getattr(seo_kit, name)
    assert (isinstance(obj, type)) == (FACE[name] == "class")
    doc = (obj.__doc__ or "").strip()
    # a dataclass without a docstring gets its signature as __doc__: that is not documentation
    assert doc and not doc.startswith(f"{name}("), f"seo_kit.{name} has no docstring"


_PROBE = """
import json, sys
import seo_kit
loaded_by_import = sorted(m for m in ("openai", "pandas", "tqdm", "ipywidgets", "spacy")
                          if m in sys.modules)
import seo_kit.rewrite.brief, seo_kit.compare.grid, seo_kit.score.report, seo_kit.cli.rewrite
import seo_kit.audit.site
print(json.dumps({"loaded": loaded_by_import,
                  "callable": [callable(seo_kit.rewrite), callable(seo_kit.compare),
                               callable(seo_kit.score), callable(seo_kit.audit)]}))
"""


def test_import_loads_no_heavy_library_and_submodules_do_not_shadow_the_functions():
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin"},
                          timeout=120, check=True)
    assert json.loads(done.stdout) == {"loaded": [], "callable": [True, True, True, True]}
