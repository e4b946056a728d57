"""Time to the first comparison table, and nbval wall time for the notebooks (scripted server).

Scenarios measured in the same run, each against a fresh SEO_KIT_HOME (empty cache):
  in-process      `seo_kit.notebook.generate(...)` in this (warm) Python: the peer
  fresh kernel    start an IPython kernel, build the Studio, click Générer, get the DataFrame
  voila+chromium  `seo-kit app` page request → comparison table visible in headless Chromium
                  (skipped without chromium / playwright)
  nbval           `pytest --nbval-lax` over notebooks/0*.ipynb

    .venv/bin/python bench/first_table.py [--skip-browser] [--skip-nbval]

The embedded model is not measured here (minutes per variant on 2 cores; run the fresh-kernel
scenario by hand without OPENAI_BASE_URL when the machine is free).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "notebook"))  # test_browser's helpers

from article_responder import article_responder
from scripted_server import ScriptedServer

REQUEST = ROOT / "notebooks" / "data" / "article_request.txt"
KERNEL_CODE = f"""
from seo_kit.rewrite.inputs import read_article
from seo_kit.notebook import Studio
studio = Studio(read_article({str(REQUEST)!r}, skip_first_line=True).text,
                keywords="Lavrov, Corée du Nord")
studio.tone.value = "pédagogique"
studio.generate_button.click()
print(len(studio.comparison))
"""


def _fresh_home() -> None:
    os.environ["SEO_KIT_HOME"] = tempfile.mkdtemp(prefix="seo_kit_bench_")


def in_process() -> float:
    from seo_kit.notebook import StudioSettings, generate
    from seo_kit.rewrite.inputs import read_article

    article = read_article(REQUEST, skip_first_line=True).text
    started = time.perf_counter()
    result = generate(StudioSettings(article=article, tone="pédagogique",
                                     keywords=("Lavrov", "Corée du Nord")))
    assert len(result.comparison) == 2
    return time.perf_counter() - started


def fresh_kernel() -> float:
    from jupyter_client.manager import start_new_kernel

    started = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3")
    try:
        reply = client.execute_interactive(KERNEL_CODE, timeout=600, output_hook=lambda msg: None)
        assert reply["content"]["status"] == "ok", reply["content"]
        return time.perf_counter() - started
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def voila_chromium() -> float | None:
    if shutil.which("chromium") is None:
        return None
    try:
        import pytest  # noqa: F401  (the test module's helpers are reused)
        from playwright.sync_api import expect, sync_playwright
    except ImportError:
        return None
    from test_browser import CHROMIUM_ARGS, _free_port, _wait_for_line

    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "seo_kit.cli", "app", "--article", str(REQUEST),
         "--skip-first-line", "--port", str(port)],
        env=dict(os.environ, PYTHONUNBUFFERED="1"), stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    try:
        _wait_for_line(process, r"Voil[àa] is running at", 90)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                                 args=CHROMIUM_ARGS)
            page = browser.new_page()
            started = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/", timeout=120_000)
            page.locator(".widget-dropdown", has_text="Ton").locator("select").select_option(
                "pédagogique", timeout=120_000)
            page.get_by_role("button", name="Générer").click()
            expect(page.locator("table.seo-comparison")).to_be_visible(timeout=300_000)
            elapsed = time.perf_counter() - started
            browser.close()
            return elapsed
    finally:
        process.terminate()
        process.wait(timeout=30)


def nbval() -> float:
    out = tempfile.mkdtemp(prefix="seo_kit_bench_out_")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env", "-q",
         "-p", "no:cacheprovider", f"--sanitize-with={ROOT / 'notebooks' / 'nbval_sanitize.cfg'}",
         *map(str, sorted((ROOT / "notebooks").glob("0*.ipynb")))],
        cwd=ROOT, env=dict(os.environ, SEO_KIT_OUT=out), capture_output=True, text=True,
        check=False)
    if result.returncode != 0:
        print(result.stdout[-2000:], file=sys.stderr)
        raise SystemExit("nbval failed")
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--skip-nbval", action="store_true")
    args = parser.parse_args()
    with ScriptedServer() as server:
        server.responder = article_responder
        os.environ["OPENAI_BASE_URL"] = server.url
        rows = []
        _fresh_home()
        rows.append(("in-process generate → DataFrame", in_process()))
        _fresh_home()
        rows.append(("fresh kernel start → comparison", fresh_kernel()))
        if not args.skip_browser:
            _fresh_home()
            rows.append(("voila page request → table in Chromium", voila_chromium()))
        if not args.skip_nbval:
            _fresh_home()
            rows.append(("nbval, all notebooks (wall)", nbval()))
    peer = rows[0][1]
    print(f"\n{'scenario (scripted server)':42} {'seconds':>8} {'× in-process':>13}")
    for name, seconds in rows:
        if seconds is None:
            print(f"{name:42} {'skipped':>8}")
        else:
            print(f"{name:42} {seconds:8.2f} {seconds / peer:13.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
