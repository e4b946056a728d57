"""``seo-kit app``: serve the studio (or another notebook) as a web page with Voilà."""

from __future__ import annotations

import argparse

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--notebook", help="serve this notebook instead of the studio")
    parser.add_argument("--article", help="pre-fill the studio with this article file")
    parser.add_argument("--skip-first-line", action="store_true",
                        help="the article's first line is an instruction, not text")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8866)
    parser.add_argument("--ui-lang", choices=("fr", "en"), default="fr")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from seo_kit.notebook.app import run_app  # the [notebook] extra, loaded only for this command

    return run_app(notebook=args.notebook, article=args.article,
                   skip_first_line=args.skip_first_line, host=args.host, port=args.port,
                   ui_lang=args.ui_lang)
