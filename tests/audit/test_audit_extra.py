"""The audit extra is optional: without defusedxml, pyarrow, rapidfuzz, datasketch, dask and
distributed,
``import seo_kit`` and a serial audit of a DataFrame still work, and each feature that needs one
of them fails with one line naming ``seo-kit[audit]``. Each case runs in a fresh interpreter whose
import system refuses those names."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLOCKED = ("defusedxml", "pyarrow", "rapidfuzz", "datasketch", "dask", "distributed")
_BLOCKER = textwrap.dedent("""
    import importlib.abc, sys
    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None
    sys.meta_path.insert(0, Block())
    import pandas as pd
    import seo_kit
    from seo_kit.audit import near_duplicates, read_wxr, write_audit
    PAGES = pd.DataFrame({"content": ["La voiture électrique gagne du terrain en France."]})
""")

CASES = {
    "a serial audit": ("print(seo_kit.audit(PAGES, workers=1).loc[0, 'lang'])", None),
    "a WordPress export": ("list(read_wxr(sys.argv[0]))", "defusedxml"),
    "Parquet out": ("write_audit(PAGES, 'x.parquet', workers=1)", "pyarrow"),
    "near-duplicates": ("near_duplicates(pd.DataFrame({'seo_title': ['a b']}))", "rapidfuzz"),
    # rapidfuzz there, only the MinHash LSH library missing
    "near-duplicate candidates": (
        "BLOCKED.discard('rapidfuzz'); near_duplicates(pd.DataFrame({'seo_title': ['a b']}))",
        "datasketch"),
    "a cluster": ("seo_kit.audit(PAGES, scheduler='tcp://127.0.0.1:1')", "distributed"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_without_the_audit_extra(name, tmp_path):
    code, library = CASES[name]
    blocker = f"BLOCKED = set({BLOCKED!r})\n" + _BLOCKER
    done = subprocess.run([sys.executable, "-c", blocker + code], check=False, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin"})
    if library is None:
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.strip() == "fr"
    else:
        last_line = done.stderr.strip().splitlines()[-1]
        assert library in last_line and "pip install 'seo-kit[audit]'" in last_line, last_line
