"""The notebooks: they run end to end offline (nbval against the scripted server), are committed
without outputs, leak no key or local path even once executed, and 04 takes papermill parameters.

SEO_KIT_NOTEBOOK_ENDPOINT chooses the model the notebooks talk to: "scripted" (default, seconds),
"embedded" (the local llama.cpp model, or the GGUF named by SEO_KIT_LOCAL_MODEL: many minutes), or
the URL of an OpenAI-compatible server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from article_responder import article_responder

ROOT = Path(__file__).parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("0*.ipynb"))
SANITIZE = NOTEBOOK_DIR / "nbval_sanitize.cfg"
FAKE_KEY = "sk-test-never-in-a-notebook-0123456789"
# read at import: the autouse fixture clears OPENAI_* / SEO_KIT_* before each test
ENDPOINT = os.environ.get("SEO_KIT_NOTEBOOK_ENDPOINT", "scripted")
LOCAL_MODEL = os.environ.get("SEO_KIT_LOCAL_MODEL")


@pytest.fixture
def kernel_env(scripted_server, seo_kit_home, tmp_path, monkeypatch) -> dict[str, str]:
    """Environment for kernels: the scripted server as endpoint, a key that must never show."""
    scripted_server.responder = article_responder
    if ENDPOINT == "scripted":
        monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.url)
        monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    elif ENDPOINT == "embedded":
        if LOCAL_MODEL:
            monkeypatch.setenv("SEO_KIT_LOCAL_MODEL", LOCAL_MODEL)
    else:
        monkeypatch.setenv("OPENAI_BASE_URL", ENDPOINT)
    monkeypatch.setenv("SEO_KIT_OUT", str(tmp_path / "out"))
    return dict(os.environ)


def test_there_are_five_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01_quickstart.ipynb", "02_prompt_lab.ipynb",
                                           "03_readability.ipynb", "04_batch.ipynb",
                                           "05_site_audit.ipynb"]


def test_every_notebook_runs_with_nbval(kernel_env, scripted_server):
    code_cells = sum(sum(c.cell_type == "code" for c in nbformat.read(p, 4).cells)
                     for p in NOTEBOOKS)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env",
         f"--sanitize-with={SANITIZE}", "--nbval-cell-timeout=3600", "-p", "no:cacheprovider",
         "-q", *map(str, NOTEBOOKS)],
        check=False, cwd=ROOT, env=kernel_env, capture_output=True, text=True, timeout=1800)
    elapsed = time.perf_counter() - started
    print(f"nbval wall time for {len(NOTEBOOKS)} notebooks: {elapsed:.1f} s")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert f"{code_cells} passed" in result.stdout
    if ENDPOINT == "scripted":
        assert scripted_server.chat_requests, "the notebooks did not call the scripted server"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    for cell in nbformat.read(path, 4).cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]
    assert "widgets" not in nbformat.read(path, 4).metadata  # no saved widget state


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_no_key_token_or_local_path_in_a_saved_notebook(path):
    text = path.read_text(encoding="utf-8")
    for needle in ("sk-", "Bearer ", "api_key=", "OPENAI_API_KEY=", "/home/", "/root", "/tmp/",
                   "/work/", "C:\\\\Users"):
        assert needle not in text, needle


@pytest.mark.parametrize("name, n_exports", [("01_quickstart.ipynb", 2),  # Markdown, HTML
                                              ("02_prompt_lab.ipynb", 1)])  # the HTML report
def test_an_executed_notebook_and_its_exports_leak_nothing(name, n_exports, kernel_env,
                                                           seo_kit_home, tmp_path):
    from nbclient import NotebookClient

    notebook = nbformat.read(NOTEBOOK_DIR / name, 4)
    NotebookClient(notebook, timeout=3600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK_DIR)}}).execute()
    saved = json.dumps(nbformat.from_dict(notebook), ensure_ascii=False)
    exports = [p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir()]
    assert len(exports) == n_exports
    for text in [saved, *exports]:
        for secret in (FAKE_KEY, str(seo_kit_home), str(tmp_path), str(ROOT), os.path.expanduser(
                "~") + "/"):
            assert secret not in text, secret


def test_batch_notebook_takes_papermill_parameters(kernel_env, tmp_path):
    import pandas as pd
    import papermill

    csv = tmp_path / "batch.csv"
    papermill.execute_notebook(
        str(NOTEBOOK_DIR / "04_batch.ipynb"), str(tmp_path / "batch_out.ipynb"),
        parameters={"tones": ["pédagogique", "expert"], "keywords": ["Corée du Nord"],
                    "output_csv": str(csv)},
        cwd=str(NOTEBOOK_DIR), kernel_name="python3", progress_bar=False)
    table = pd.read_csv(csv)
    assert sorted(table.loc[table["kind"] == "variant", "tone"]) == ["expert", "pédagogique"]
    assert set(table["keywords"].dropna()) == {"Corée du Nord"}


@pytest.mark.parametrize("output, expected", [
    ("Modèle : scripted-model (compatible)", "Modèle : MODEL"),
    ("serveur http://127.0.0.1:43429/v1 prêt", "serveur ENDPOINT prêt"),
    ("8 variantes, 16 nouveaux appels au modèle", "8 variantes, N nouveaux appels au modèle"),
    ("comparaison.html : 143 Ko", "comparaison.html : N Ko"),
    ("v1   latency_s   2.4", "v1   latency_s   N"),
    ("créé le 2026-11-28T17:45:23.091+00:00", "créé le DATE"),
    ("<Figure at 0x7f3a2c>", "<Figure at 0xADDRESS>"),
])
def test_sanitize_file_masks_what_changes_between_runs(output, expected):
    import configparser
    import re

    rules = configparser.ConfigParser(interpolation=None)
    rules.read(SANITIZE, encoding="utf-8")
    for section in rules.sections():
        output = re.sub(rules[section]["regex"], rules[section]["replace"], output)
    assert output == expected
