"""The ``seo-kit`` command: one module of seo_kit/cli/ per subcommand.

    score        seo_kit/cli/score.py         score a text like Yoast SEO does
    rewrite      seo_kit/cli/rewrite.py       rewrite an article with a model
    app          seo_kit/cli/app.py           serve the studio with Voilà (the [notebook] extra)
    serve-local  seo_kit/cli/serve_local.py   the embedded model as an OpenAI-compatible server

Each module exposes ``configure(parser)``: it declares the arguments and sets
``run=function(args) -> int``; the work itself lives in the library, imported when the command
runs. Adding one here is a three-line ``_add_<name>`` function plus its name in ``_SUBCOMMANDS``.
Errors seo_kit raises on purpose (SeoKitError) become a one-line message on stderr and exit
status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys

from seo_kit.errors import SeoKitError

__all__ = ["build_parser", "main"]


def _add_score(subparsers) -> None:
    from seo_kit.cli import score

    score.configure(subparsers.add_parser("score", help="score a text like Yoast SEO does"))


def _add_app(subparsers) -> None:
    from seo_kit.cli import app

    app.configure(subparsers.add_parser("app", help="serve the prompt lab as a web app (Voilà)"))


def _add_serve_local(subparsers) -> None:
    from seo_kit.cli import serve_local

    serve_local.configure(subparsers.add_parser(
        "serve-local", help="run the embedded model as an OpenAI-compatible server"))


def _add_rewrite(subparsers) -> None:
    from seo_kit.cli import rewrite

    rewrite.configure(subparsers.add_parser("rewrite", help="rewrite an article with a model"))


def _add_audit(subparsers) -> None:
    from seo_kit.cli import audit

    audit.configure(subparsers.add_parser("audit", help="score every page of a site export"))


_SUBCOMMANDS = [_add_score, _add_rewrite, _add_audit, _add_app, _add_serve_local]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seo-kit", description="Rewrite French news articles for search engines and score them.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in _SUBCOMMANDS:
        add(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except SeoKitError as exc:
        print(f"seo-kit {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head & co: stop quietly
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 — keep the interpreter from complaining at exit
        return 0
