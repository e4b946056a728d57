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
    assert "studio_page(" in code[0].source and "QUERY_STRING" in code[0].source
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
    page = compile(code.replace("\nstudio_page(", "\nstudio = studio_page("), "app", "exec")
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


# links that open the studio on an article (?article=…, the site audit's "open in studio") -----

ARTICLE = ("Le ministre russe des Affaires étrangères est arrivé mercredi à Pyongyang pour une "
           "visite de deux jours. Il doit rencontrer son homologue nord-coréen.")
WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:wp="http://wordpress.org/export/1.2/">
<channel><language>fr-FR</language>
<item><title>Autre</title><link>https://exemple.fr/autre/</link><wp:post_id>41</wp:post_id>
<wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>autre</wp:post_name>
<content:encoded><![CDATA[<p>Un autre article sur la météo de la semaine prochaine en France.</p>]]></content:encoded></item>
<item><title>Lavrov</title><link>https://exemple.fr/lavrov/</link><wp:post_id>42</wp:post_id>
<wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>lavrov</wp:post_name>
<content:encoded><![CDATA[<p>{article} {article}</p>]]></content:encoded>
<wp:postmeta><wp:meta_key>_yoast_wpseo_focuskw</wp:meta_key><wp:meta_value>Lavrov</wp:meta_value></wp:postmeta>
</item></channel></rss>""".replace("{article}", ARTICLE)


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "article.md").write_text(f"# Lavrov à Pyongyang\n\n{ARTICLE}\n", encoding="utf-8")
    (root / "page.html").write_text(f"<html><body><h1>Lavrov</h1><p>{ARTICLE}</p></body></html>",
                                    encoding="utf-8")
    (root / "export.xml").write_text(WXR, encoding="utf-8")
    (root / "pages.csv").write_text(f'id,url,content,keyphrase\n7,/lavrov/,"{ARTICLE}",Kim\n',
                                    encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "secret.txt").write_text("Le mot de passe est « tournesol ».", encoding="utf-8")
    return root


@pytest.mark.parametrize("query, text, keyphrase, error", [
    ("article=article.md", "arrivé mercredi à Pyongyang", None, None),
    ("article=page.html&keyphrase=Lavrov", "arrivé mercredi à Pyongyang", "Lavrov", None),
    ("article=export.xml&page=42", "arrivé mercredi à Pyongyang", "Lavrov", None),
    ("article=export.xml&page=https%3A%2F%2Fexemple.fr%2Flavrov%2F", "Pyongyang", "Lavrov", None),
    ("article=export.xml&page=lavrov&keyphrase=Kim", "Pyongyang", "Kim", None),
    ("article=pages.csv&page=7", "arrivé mercredi à Pyongyang", "Kim", None),
    ("article=export.xml", "", None, "no_page"),
    ("article=export.xml&page=43", "", None, "page"),
    ("article=absent.md", "", None, "missing"),
    ("article=../secret.txt", "", None, "outside"),
    ("article=/etc/passwd", "", None, "outside"),
    ("article=image.png", "", None, "kind"),
    ("article=0123456789abcdef", "", None, "missing"),  # no such variant, no such file
    ("keyphrase=Lavrov", "", "Lavrov", None),
    ("", "", None, None),
])
def test_a_link_opens_an_article_of_the_app_s_folders_only(site, query, text, keyphrase, error):
    from seo_kit.notebook.app import open_from_query

    opened = open_from_query(query, roots=[site])
    assert text in opened.text and bool(opened.text) == bool(text)
    assert (opened.keyphrase, opened.error) == (keyphrase, error)
    assert "tournesol" not in opened.text
    if error:
        assert opened.message("fr") and opened.message("en") != opened.message("fr")


def test_a_link_to_a_variant_opens_its_article_and_shows_its_run(article_server, site):
    from seo_kit.llm import RunLog
    from seo_kit.notebook.app import open_from_query, studio_page
    from seo_kit.notebook.studio import StudioSettings, generate

    generate(StudioSettings(article="\n\n".join([ARTICLE] * 4), keywords=("Lavrov",),
                            min_words=200))
    other = generate(StudioSettings(article="\n\n".join([ARTICLE] * 3), keywords=("Kim",),
                                    min_words=200))
    first = RunLog().variants()[-1]
    opened = open_from_query(f"article={first['id']}", roots=[site])
    assert (opened.variant_id, opened.keyphrase) == (first["id"], "Lavrov")
    studio = studio_page(f"article={first['id']}")
    assert studio.article.value == first["source_text"]  # not the last run's article
    assert studio.result.variants[0]["id"] == first["id"] != other.variants[0].id
    assert studio.variant_picker.value == first["id"][:6]


def test_studio_url_round_trips_through_the_query(site):
    from urllib.parse import urlsplit

    from seo_kit.notebook.app import open_from_query, studio_url

    url = studio_url("export.xml", page="https://exemple.fr/lavrov/", keyphrase="Lavrov & Kim")
    assert url.startswith("http://127.0.0.1:8866/?article=export.xml&page=https%3A")
    opened = open_from_query(urlsplit(url).query, roots=[site])
    assert "Pyongyang" in opened.text and opened.keyphrase == "Lavrov & Kim"


def test_the_page_opens_the_link_s_article_and_says_when_it_cannot(site, monkeypatch):
    from seo_kit.notebook.app import studio_page

    monkeypatch.setenv("SEO_KIT_APP_ROOT", str(site))
    studio = studio_page("article=export.xml&page=42")
    assert "Pyongyang" in studio.article.value and studio.keywords.value == "Lavrov"
    refused = studio_page("article=../secret.txt")
    assert refused.article.value == "" and "hors des dossiers" in refused.status.value
