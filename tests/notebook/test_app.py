"""`seo-kit app` without a browser: the command line, the generated page, the bound address.
(The browser test drives the real thing: tests/notebook/test_browser.py.)"""

import json
import subprocess
import sys

import nbformat
import pytest

from seo_kit.cli import build_parser
from seo_kit.notebook.app import app_notebook, run_app, voila_command


def test_binds_127_0_0_1_by_default():
    args = build_parser().parse_args(["app"])
    assert (args.host, args.port, args.ui_lang) == ("127.0.0.1", 8866, "fr")
    command = voila_command(app_notebook(), host=args.host, port=args.port)
    assert "--Voila.ip=127.0.0.1" in command and "--no-browser" in command
    assert "--show_tracebacks=False" in command  # no server paths shown to editors


def test_the_page_is_a_clean_studio_notebook(seo_kit_home):
    path = app_notebook()
    assert path.parent == seo_kit_home / "app"
    notebook = nbformat.read(path, 4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert len(code) == 1 and code[0].outputs == []
    assert "Studio(" in code[0].source and "lock_endpoint=True" in code[0].source
    text = json.dumps(notebook)
    assert str(seo_kit_home) not in text and "/home/" not in text


def test_the_page_code_builds_a_studio(seo_kit_home, monkeypatch, tmp_path):
    article = tmp_path / "demande.txt"
    article.write_text("Consigne à ignorer\nLe ministre est arrivé mercredi à Pyongyang.",
                       encoding="utf-8")
    monkeypatch.setenv("SEO_KIT_APP_ARTICLE", str(article))
    monkeypatch.setenv("SEO_KIT_APP_SKIP_FIRST_LINE", "1")
    code = nbformat.read(app_notebook(), 4).cells[1].source
    namespace: dict = {}
    page = compile(code.replace("\nStudio(", "\nstudio = Studio("), "app", "exec")
    exec(page, namespace)  # noqa: S102 - the page's own code, as Voilà runs it
    studio = namespace["studio"]
    assert studio.article.value.startswith("Le ministre")
    assert studio.base_url.disabled


@pytest.mark.parametrize("argv, message", [
    (["app", "--notebook", "absent.ipynb"], "Notebook introuvable"),
])
def test_clear_errors(argv, message, capsys):
    args = build_parser().parse_args(argv)
    assert args.run(args) == 2
    assert message in capsys.readouterr().err


def test_run_app_prints_the_address_and_runs_voila(monkeypatch, capsys):
    launched, popen = [], subprocess.Popen

    def fake_voila(command, env):  # a process that ends at once instead of a server
        launched.append(command)
        return popen([sys.executable, "-c", "pass"])

    monkeypatch.setattr("seo_kit.notebook.app.subprocess.Popen", fake_voila)
    assert run_app(port=8901) == 0
    assert "http://127.0.0.1:8901/" in capsys.readouterr().out
    assert "--port=8901" in launched[0]


def test_stopping_the_app_stops_voila_even_if_it_hangs():
    from seo_kit.notebook.app import _stop

    # ignores SIGTERM, like Voilà 0.5 waiting on its threads after shutting its kernels down
    code = ("import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
            "sys.stdout.write('ready\\n'); sys.stdout.flush(); time.sleep(60)")
    stubborn = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert stubborn.stdout.readline() == "ready\n"
    _stop(stubborn, grace_s=0.5)
    assert stubborn.poll() is not None
