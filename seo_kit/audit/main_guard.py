"""Refuse, with a clear error, a script that starts worker processes from its top level unguarded.

Local worker processes (forkserver or spawn) import the script that started them again, under the
name ``__mp_main__``; code at its top level runs again in each of them. A script whose call to
``audit(..., workers=2)`` is not under ``if __name__ == "__main__":`` would start the audit again
in every worker, which multiprocessing stops with a RuntimeError in the worker and the driver sees
as a BrokenProcessPool, far from the cause. ``check_main_guard`` finds the line of the script's
top level that is running (the frame of ``__main__``'s module code) and reads the script's syntax
tree: that line must be inside the body of an ``if __name__ == "__main__":`` block. Jupyter, the
REPL, ``python -m seo_kit`` (multiprocessing never imports a package's ``__main__`` again) and
code called after the script's top level (a callback, a thread) pass as they are.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from seo_kit.errors import InputError

__all__ = ["check_main_guard"]


def check_main_guard(what: str) -> None:
    """InputError when the running script calls ``what`` (which starts worker processes) from
    its top level outside ``if __name__ == "__main__":``."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or not path:
        return  # Jupyter, the REPL, python -c: nothing is imported again
    spec_name = getattr(getattr(main, "__spec__", None), "name", None) or ""
    if spec_name.endswith("__main__"):
        return  # python -m package: multiprocessing does not import a package's __main__ again
    frame = sys._getframe(1)
    while frame is not None and not (frame.f_globals is vars(main)
                                     and frame.f_code.co_name == "<module>"):
        frame = frame.f_back
    if frame is None or _in_main_block(Path(path), frame.f_lineno):
        return
    name = Path(path).name
    raise InputError(
        f"{what} starts worker processes, and each of them imports {name} again: its line "
        f"{frame.f_lineno} runs at the top level of the script, so every worker would start the "
        f"audit again. Put the call under `if __name__ == \"__main__\":` in {name} (see "
        "'Safe importing of main module' in Python's multiprocessing documentation), or pass "
        "workers=1 to score in this process.")


def _in_main_block(path: Path, line: int) -> bool:
    """Whether ``line`` of the script ``path`` is in the body of an ``if __name__ ==
    "__main__":`` block (True when the script cannot be read: no false alarm)."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return True
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_main_test(node.test) and node.body and \
                node.body[0].lineno <= line <= (node.body[-1].end_lineno or line):
            return True
    return False


def _is_main_test(test: ast.expr) -> bool:
    """``__name__ == "__main__"`` (either side)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1
            and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = [test.left, test.comparators[0]]
    return any(isinstance(s, ast.Name) and s.id == "__name__" for s in sides) and any(
        isinstance(s, ast.Constant) and s.value == "__main__" for s in sides)
