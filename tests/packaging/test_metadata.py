"""pyproject.toml, README and the package agree: Python version, licence, typing marker, bounds."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
# fast movers: a new major may break us, so each range stops below it
BOUNDED = ("openai", "pandas", "simplemma", "textstat", "xllamacpp", "ipywidgets", "voila",
           "jupyterlab", "matplotlib", "nh3", "pytest")


def _requirements() -> dict[str, str]:
    lines = list(PROJECT["dependencies"])
    for extra in PROJECT["optional-dependencies"].values():
        lines += [line for line in extra if not line.startswith("seo-kit[")]
    return {re.match(r"[A-Za-z0-9_.\-]+", line).group(0).lower(): line for line in lines}


def test_readme_and_pyproject_name_the_same_python() -> None:
    floor = PROJECT["requires-python"].removeprefix(">=")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert set(re.findall(r"Python ≥ ?([\d.]+)", readme)) == {floor}


def test_licence_is_an_spdx_expression_with_a_backend_that_reads_it() -> None:
    assert PROJECT["license"] == "MIT"
    [setuptools] = [r for r in PYPROJECT["build-system"]["requires"] if r.startswith("setuptools")]
    assert int(re.search(r">=(\d+)", setuptools).group(1)) >= 77  # PEP 639 support


def test_the_package_says_it_is_typed() -> None:
    assert (ROOT / "seo_kit" / "py.typed").is_file()
    assert "py.typed" in PYPROJECT["tool"]["setuptools"]["package-data"]["seo_kit"]


@pytest.mark.parametrize("name", BOUNDED)
def test_fast_movers_have_a_floor_and_an_upper_bound(name: str) -> None:
    requirement = _requirements()[name]
    assert ">=" in requirement and "<" in requirement.replace("<=", ""), requirement


def test_notebook_outputs_are_ignored() -> None:
    assert "/notebooks/out/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
