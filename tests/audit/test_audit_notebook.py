"""notebooks/05_site_audit.ipynb takes papermill parameters: a real WordPress export in, every
post and page in the Parquet file it writes, and each of the weakest pages linked to the studio
by a link that the studio's own opener (seo_kit.notebook.opening) turns back into that page.
(tests/test_notebooks.py runs it with nbval and checks it is committed without outputs.)"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from audit_samples import WXR_DIR

NOTEBOOK = Path(__file__).parents[2] / "notebooks" / "05_site_audit.ipynb"


def test_site_audit_notebook_takes_papermill_parameters_and_links_pages_to_the_studio(tmp_path):
    import nbformat
    import pandas as pd
    import papermill

    from seo_kit.audit import read_wxr
    from seo_kit.notebook.opening import open_from_query
    from seo_kit.rewrite.inputs import read_article

    export = WXR_DIR / "64-block-test-data.xml"
    if not export.is_file():
        pytest.skip(f"{export} is absent")
    out = tmp_path / "audit.parquet"
    papermill.execute_notebook(
        str(NOTEBOOK), str(tmp_path / "run.ipynb"),
        parameters={"export": str(export), "output_parquet": str(out), "worst": 3,
                    "studio_url": "http://127.0.0.1:8900/"},
        cwd=str(NOTEBOOK.parent), kernel_name="python3", progress_bar=False)
    frame = pd.read_parquet(out)
    assert len(frame) == 62 and frame["id"].is_unique
    executed = nbformat.read(tmp_path / "run.ipynb", 4)
    outputs = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs]
    printed = "".join(o.get("text", "") for o in outputs)
    assert "62 pages lues" in printed
    shown = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    links = sorted({html.unescape(h) for h in re.findall(r'href="([^"]+)"', shown)})
    assert len(links) == 3
    contents = {p["id"]: p["content"] for p in read_wxr(export)}
    for link in links:
        parts = urlsplit(link)
        assert parts.netloc == "127.0.0.1:8900"
        opened = open_from_query(parts.query, roots=[WXR_DIR])
        assert opened.error is None, opened.message("en")
        page = re.search(r"page=(\d+)", parts.query).group(1)  # the WordPress post id
        assert opened.text == read_article(contents[page].encode("utf-8")).text
