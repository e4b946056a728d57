"""`seo-kit app`: the prompt lab as a web page for editors, served by Voilà on 127.0.0.1.

    seo-kit app                                    # http://127.0.0.1:8866/, the studio
    seo-kit app --article notebooks/data/article_request.txt
    seo-kit app --notebook notebooks/02_prompt_lab.ipynb --port 8900

The default page is a two-cell notebook written to SEO_KIT_HOME/app/ (so the package carries no
notebook file and the page carries no local path): it shows `seo_kit.notebook.Studio`, pre-filled
with the article named by SEO_KIT_APP_ARTICLE when set. Voilà hides the code; the endpoint comes
from the environment (OPENAI_BASE_URL / OPENAI_API_KEY / SEO_KIT_MODEL) of the process that starts
the app.

Links that open the studio on an article (the site audit's "open in studio"; `studio_url()`):

    http://127.0.0.1:8866/?article=notebooks/data/article.md          a text, Markdown or HTML file
    http://127.0.0.1:8866/?article=site.xml&page=42&keyphrase=Lavrov  one page of a site export
                                                     (WXR, .csv, .parquet, .jsonl: its id or URL)
    http://127.0.0.1:8866/?article=3f9c2a61d0b4                        a variant of the run log:
                                                     its source article, its run shown again
Files are opened only inside the app's folders (SEO_KIT_APP_ROOT, os.pathsep-separated; `seo-kit
app` sets it to the folder it was started in and the --article's folder): a link never reads
anything else of the machine. A link that cannot be opened says why in the status line.
Binding to another address than 127.0.0.1 is possible (--host) and means anyone on that network can
spend your model budget: do it behind an authenticating proxy only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from seo_kit._optional import extra
from seo_kit.notebook.opening import Opened, app_roots, open_from_query, studio_url

__all__ = ["Opened", "app_notebook", "app_roots", "open_from_query", "run_app", "studio_page",
           "studio_url", "voila_command"]

# Voilà gives the kernel the page's query string as QUERY_STRING (?article=…, see above).
_APP_CODE = """import os

from seo_kit.notebook.app import studio_page

# restore: a reloaded page shows the last run of the run log and the last settings again
studio_page(os.environ.get("QUERY_STRING", ""))"""


def studio_page(query: str = ""):
    """The app page's Studio: the article of the link's query string (see the module docstring)
    or of SEO_KIT_APP_ARTICLE, the endpoint locked, the last run of that article restored.
    A link that cannot be opened leaves the article empty and says why in the status line."""
    from seo_kit.notebook import Studio

    ui_lang = os.environ.get("SEO_KIT_APP_LANG", "fr")
    opened = open_from_query(query, roots=app_roots())
    article = opened.text
    if not article and not opened.error and os.environ.get("SEO_KIT_APP_ARTICLE"):
        from seo_kit.rewrite.inputs import read_article

        skip = os.environ.get("SEO_KIT_APP_SKIP_FIRST_LINE") == "1"
        article = read_article(os.environ["SEO_KIT_APP_ARTICLE"], skip_first_line=skip).text
    studio = Studio(article, ui_lang=ui_lang, lock_endpoint=True,
                    restore=opened.variant_id or True)
    if opened.keyphrase:
        studio.keywords.value = opened.keyphrase
    if opened.error:
        studio.notice(opened.message(ui_lang))
    return studio


def app_notebook(folder: Path | None = None, ui_lang: str = "fr") -> Path:
    """Write the studio notebook (no outputs, no paths) and return its path. Its title (the
    browser tab's) is the studio's name in `ui_lang`."""
    from seo_kit.notebook.labels import LABELS

    with extra("notebook", purpose="the app's notebook"):
        import nbformat

    from seo_kit.llm import seo_kit_home

    folder = folder or seo_kit_home() / "app"
    folder.mkdir(parents=True, exist_ok=True)
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["title"] = LABELS[ui_lang]["page_title"]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    notebook.cells = [nbformat.v4.new_markdown_cell(LABELS[ui_lang]["app_intro"]),
                      nbformat.v4.new_code_cell(_APP_CODE)]
    path = folder / "studio.ipynb"
    nbformat.write(notebook, path)
    return path


def voila_command(notebook: Path, *, host: str = "127.0.0.1", port: int = 8866) -> list[str]:
    """The voila command line that serves `notebook` on host:port without opening a browser."""
    return [sys.executable, "-m", "voila", str(notebook), "--no-browser", f"--port={port}",
            f"--Voila.ip={host}", "--Voila.port_retries=0", "--theme=light",
            "--show_tracebacks=False"]


def run_app(*, notebook: str | Path | None = None, article: str | Path | None = None,
            skip_first_line: bool = False, host: str = "127.0.0.1", port: int = 8866,
            ui_lang: str = "fr") -> int:
    """Serve the studio until interrupted; prints the address to open. Returns voila's exit code."""
    try:
        import voila  # noqa: F401
    except ImportError:
        print("Voilà manque : pip install 'seo-kit[notebook]'", file=sys.stderr)
        return 2
    path = Path(notebook) if notebook else app_notebook(ui_lang=ui_lang)
    if not path.is_file():
        print(f"Notebook introuvable : {path}", file=sys.stderr)
        return 2
    env = dict(os.environ, SEO_KIT_APP_LANG=ui_lang)
    roots = [str(Path.cwd())]
    if article:
        env["SEO_KIT_APP_ARTICLE"] = str(Path(article).resolve())
        env["SEO_KIT_APP_SKIP_FIRST_LINE"] = "1" if skip_first_line else "0"
        roots.append(str(Path(article).resolve().parent))
    env.setdefault("SEO_KIT_APP_ROOT", os.pathsep.join(roots))
    shown_host = f"[{host}]" if ":" in host else host
    print(f"Laboratoire SEO : http://{shown_host}:{port}/  (Ctrl+C pour arrêter)", flush=True)
    server = subprocess.Popen(voila_command(path, host=host, port=port), env=env)
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        return server.wait()
    except (KeyboardInterrupt, SystemExit):
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        _stop(server)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)


def _stop(server: subprocess.Popen, grace_s: float = 5.0) -> None:
    """Stop Voilà: SIGTERM shuts its kernels down, but Voilà 0.5 may then hang instead of
    exiting, so it is killed after a grace period (no orphan server keeps the port)."""
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
