"""seo_kit.errors: one root, the whole tree drawn in its docstring, and no error class elsewhere."""

import ast
import inspect
from pathlib import Path

import pytest

import seo_kit
from seo_kit import errors
from seo_kit.rewrite import load_template

PACKAGE = Path(seo_kit.__file__).parent
ERRORS = [obj for obj in vars(errors).values()
          if inspect.isclass(obj) and issubclass(obj, Exception) and obj.__module__ == errors.__name__]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: e.__name__)
def test_every_error_is_under_the_root_and_drawn_in_the_tree(error):
    assert issubclass(error, errors.SeoKitError)
    drawn = [line for line in errors.__doc__.splitlines() if f" {error.__name__} " in f"{line} "]
    assert drawn, f"{error.__name__} is missing from the tree in seo_kit/errors.py"
    if error is not errors.SeoKitError:  # drawn under its parent: deeper than the parent's line
        parent = error.__bases__[0].__name__
        parent_line = next(line for line in errors.__doc__.splitlines()
                           if f" {parent} " in f"{line} ")
        indent = drawn[0].index(error.__name__)
        assert indent > parent_line.index(parent)


def _exception_classes_outside_errors():
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "errors.py" and path.parent == PACKAGE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and (
                    node.name.endswith(("Error", "Exception"))
                    or any(getattr(b, "id", getattr(b, "attr", "")).endswith("Error")
                           for b in node.bases)):
                yield f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name}"


def test_error_classes_live_in_errors_py_only():
    assert list(_exception_classes_outside_errors()) == []


@pytest.mark.parametrize("call", [
    lambda: seo_kit.Brief(lang="de"),
    lambda: load_template("rewrite", lang="de"),
], ids=["brief", "template"])
def test_an_unsupported_language_is_refused_by_check_lang(call):
    with pytest.raises(errors.InputError, match="unsupported language 'de': use one of fr, en"):
        call()


@pytest.mark.parametrize("call, message", [
    (lambda: seo_kit.Brief(mode="summarise"), "unknown mode"),
    (lambda: seo_kit.compare(["un texte"], labels=["a", "b"], lang="fr"), "2 labels for 1"),
], ids=["brief-mode", "compare-labels"])
def test_bad_arguments_are_input_errors(call, message):
    with pytest.raises(errors.InputError, match=message):
        call()
