"""seo-kit: one module of seo_kit/cli/ per subcommand, and its run() is that module's."""

import argparse

import pytest

from seo_kit.cli import build_parser

SUBCOMMANDS = {  # name on the command line → module that declares and runs it
    "score": "seo_kit.cli.score",
    "rewrite": "seo_kit.cli.rewrite",
    "app": "seo_kit.cli.app",
    "serve-local": "seo_kit.cli.serve_local",
}


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name, module", SUBCOMMANDS.items())
def test_a_subcommand_runs_from_its_own_module(name, module):
    run = _subparsers(build_parser())[name].get_default("run")
    assert (run.__module__, run.__name__) == (module, "run")


def test_every_subcommand_follows_the_rule():  # those added later too: seo_kit/cli/<name>.py
    found = {name: parser.get_default("run").__module__
             for name, parser in _subparsers(build_parser()).items()}
    assert found == {name: f"seo_kit.cli.{name.replace('-', '_')}" for name in found}
