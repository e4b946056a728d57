"""The main job itself: `seo-kit rewrite` on the article of the request, with the embedded model.

The founding request: make the article SEO-compatible, with subheadings, in French, at least 700
words. This runs the real Qwen2.5-1.5B through llama.cpp on the CI machine (minutes, not seconds),
from a fresh SEO_KIT_HOME, so nothing comes from the cache.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seo_kit.lang import detect_language
from seo_kit.text.document import parse

REQUEST = Path(__file__).parents[1] / "notebooks" / "data" / "article_request.txt"


def _embedded_model_available() -> str | None:
    try:
        import xllamacpp  # noqa: F401

        from seo_kit.llm.local import discover_parts
        discover_parts()
    except Exception as exc:  # noqa: BLE001 - any reason means "not installed here"
        return f"embedded model not installed ({exc}); run `make setup`"
    return None


@pytest.mark.slow
def test_seo_kit_rewrite_turns_the_request_into_700_french_words_with_subheadings(
        tmp_path, seo_kit_home) -> None:
    missing = _embedded_model_available()
    if missing:
        pytest.skip(missing)
    out = tmp_path / "article_seo.md"
    command = [sys.executable, "-m", "seo_kit.cli", "rewrite", str(REQUEST), "--skip-first-line",
               "--lang", "fr", "--min-words", "700", "--keyword", "Lavrov",
               "--keyword", "Corée du Nord", "--tone", "informatif", "--mode", "rewrite",
               "--out", str(out)]
    env = {**os.environ, "SEO_KIT_HOME": str(seo_kit_home)}
    done = subprocess.run(command, capture_output=True, text=True, timeout=900, env=env,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SEO score" in done.stdout and "introductionKeyword" in done.stdout  # score table

    markdown = out.read_text(encoding="utf-8")
    front, body = markdown.split("\n---\n", 1)
    doc = parse(body, lang="fr", fmt="markdown")
    assert len(doc.words) >= 700, f"{len(doc.words)} words"
    assert [h.level for h in doc.headings].count(1) == 1
    assert sum(1 for h in doc.headings if h.level == 2) >= 3
    assert detect_language(doc.text) == "fr"
    constraints = {line.split(":")[0].strip(): json.loads(line.split(":")[1])
                   for line in front.split("constraints:\n")[1].splitlines()}
    assert constraints["min_words"] and constraints["subheadings"] and constraints["language"]
    print(done.stdout)  # the score table and timings land in the CI log (-rA / -s)
