"""The core imports only core dependencies: with every notebook library (and httpx) made
unimportable, `import seo_kit`, `seo-kit --help`, `python -m seo_kit` and scoring still work, and a
notebook feature fails with one line naming the extra.

Each case runs in a fresh interpreter whose import system refuses the blocked names, so the shared
test venv (which has every extra) behaves like a core-only install for them.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Libraries of the notebook extra, plus httpx: openai 3.x uses httpx2, so nothing may need httpx.
BLOCKED = ("nh3", "jinja2", "nbformat", "ipywidgets", "matplotlib", "voila", "papermill",
           "IPython", "jupyterlab", "httpx")

_BLOCKER = textwrap.dedent(f"""
    import importlib.abc, sys
    BLOCKED = {BLOCKED!r}
    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
            return None
    sys.meta_path.insert(0, Block())
""")

ARTICLE = ("La voiture électrique gagne du terrain en France. Les ventes de voitures électriques "
           "ont doublé en un an. ") * 20

CASES = {
    "import seo_kit": "import seo_kit; print(seo_kit.__all__[0])",
    "seo-kit --help": "from seo_kit.cli import main; raise SystemExit(main(['--help']))",
    "python -m seo_kit --help": "import runpy, sys; sys.argv = ['seo_kit', '--help'];"
                                "runpy.run_module('seo_kit', run_name='__main__')",
    "score": f"import seo_kit; r = seo_kit.score({ARTICLE!r}, keyphrase='voiture électrique', "
             "lang='fr'); print(r.seo_score)",
    "compare (a DataFrame)": f"import seo_kit; print(len(seo_kit.compare({{'a': {ARTICLE!r}}}, "
                             "keyphrase='voiture', lang='fr')))",
}


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _BLOCKER + code], check=False, cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin"})


@pytest.mark.parametrize("name", list(CASES))
def test_core_works_without_notebook_libraries(name: str) -> None:
    done = _run(CASES[name])
    assert done.returncode == 0, done.stderr[-2000:]


HINTS = {
    "nh3": "from seo_kit.notebook.render import safe_html; safe_html('<b>x</b>')",
    "jinja2": f"import seo_kit; from seo_kit.notebook.views import style_comparison; "
              f"style_comparison(seo_kit.compare({{'a': {ARTICLE!r}}}, lang='fr'))",
    "nbformat": "from seo_kit.notebook.app import app_notebook; import tempfile, pathlib; "
                "app_notebook(pathlib.Path(tempfile.mkdtemp()))",
}


@pytest.mark.parametrize("library", list(HINTS))
def test_a_notebook_feature_names_the_extra(library: str) -> None:
    done = _run(HINTS[library])
    assert done.returncode == 1
    last_line = done.stderr.strip().splitlines()[-1]
    assert library in last_line and "pip install 'seo-kit[notebook]'" in last_line, last_line
