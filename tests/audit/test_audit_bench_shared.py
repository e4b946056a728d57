"""bench/audit_speed.py finds ../shared: SEO_KIT_SHARED wins; otherwise only a folder that holds
corpus/INDEX.tsv is taken (a stray ``shared`` folder beside the worktree once was)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "audit_speed.py"


@pytest.fixture(scope="module")
def shared_folder():
    spec = importlib.util.spec_from_file_location("audit_speed_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.shared_folder


def _corpus(folder: Path) -> Path:
    (folder / "corpus").mkdir(parents=True)
    (folder / "corpus" / "INDEX.tsv").write_text("file\tlang\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(("stray", "beside", "above", "env", "found"), [
    # a worktree wt/NAME: a stray wt/shared without the corpus is passed over for ../../shared
    (True, False, True, None, "above"),
    (False, False, True, None, "above"),
    (False, True, True, None, "beside"),  # a clone: ../shared first
    (True, False, True, "elsewhere", "elsewhere"),  # SEO_KIT_SHARED wins, whatever it holds
    (True, False, False, None, "beside"),  # no corpus anywhere: ../shared (the bench says so)
])
def test_the_shared_folder_is_the_one_with_the_corpus(tmp_path, shared_folder, stray, beside,
                                                     above, env, found):
    root = tmp_path / "work" / "wt" / "audit"
    root.mkdir(parents=True)
    if stray:
        (root.parent / "shared" / "corpus").mkdir(parents=True)  # no INDEX.tsv
    if beside:
        _corpus(root.parent / "shared")
    if above:
        _corpus(root.parent.parent / "shared")
    environ = {"SEO_KIT_SHARED": str(tmp_path / env)} if env else {}
    expected = {"beside": root.parent / "shared", "above": root.parent.parent / "shared",
                "elsewhere": tmp_path / "elsewhere"}[found]
    assert shared_folder(root, environ) == expected
