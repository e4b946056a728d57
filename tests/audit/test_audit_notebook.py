"""notebooks/05_site_audit.ipynb takes papermill parameters: a real WordPress export in, every
post and page in the Parquet file it writes. (tests/test_notebooks.py runs it with nbval and
checks it is committed without outputs.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from audit_samples import WXR_DIR

NOTEBOOK = Path(__file__).parents[2] / "notebooks" / "05_site_audit.ipynb"


def test_site_audit_notebook_takes_papermill_parameters(tmp_path, monkeypatch):
    import nbformat
    import pandas as pd
    import papermill

    export = WXR_DIR / "64-block-test-data.xml"
    if not export.is_file():
        pytest.skip(f"{export} is absent")
    monkeypatch.setenv("SEO_KIT_OUT", str(tmp_path / "out"))
    out = tmp_path / "audit.parquet"
    papermill.execute_notebook(
        str(NOTEBOOK), str(tmp_path / "run.ipynb"),
        parameters={"export": str(export), "output_parquet": str(out), "worst": 3},
        cwd=str(NOTEBOOK.parent), kernel_name="python3", progress_bar=False)
    frame = pd.read_parquet(out)
    assert len(frame) == 62 and frame["id"].is_unique
    assert len(list((tmp_path / "out" / "pages").glob("*.html"))) == 3
    executed = nbformat.read(tmp_path / "run.ipynb", 4)
    printed = "".join(o.get("text", "") for c in executed.cells if c.cell_type == "code"
                      for o in c.outputs)
    assert "62 pages lues" in printed
