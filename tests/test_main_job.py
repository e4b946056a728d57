"""The main job itself: `seo-kit rewrite` on the article of the request, with the embedded model.

The founding request: make the article SEO-compatible, with subheadings, in French, at least 700
words — and, since issue #11, faithful: no sentence the source does not support, whole headings,
clean Markdown. This runs the real Qwen2.5-1.5B through llama.cpp on the CI machine (minutes, not seconds),
from a fresh SEO_KIT_HOME, so nothing comes from the cache.

It asserts what the engine guarantees whatever one sample of the model writes (grounded sentences,
valid headings, clean Markdown, no repeats, a meta description without "…", every section written
from its own passage), never what a small model manages only sometimes (a good readability score,
the keyphrase in the description).
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
    # ~2 min on an idle 2-core machine; 5-10x that when the machine is loaded
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800, env=env,
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
    description = json.loads(front.split("\ndescription: ", 1)[1].split("\n", 1)[0])
    assert len(description) <= 156 and "…" not in description
    print(done.stdout)  # the score table and timings land in the CI log (-rA / -s)
    _assert_faithful(body)


def _assert_faithful(body: str) -> None:
    """Issue #11 on the real model's output: every sentence supported by the source, headings
    whole and distinct, clean Markdown (no HTML, bold pseudo-headings, prompt echo or repeats)."""
    import re

    from seo_kit.score import score
    from seo_kit.score.matching import function_words

    source = REQUEST.read_text(encoding="utf-8").split("\n", 1)[1]
    report = score(body, lang="fr", keyphrase="Lavrov", source=source)
    assert report["grounding"].value["unsupported"] == [], report["grounding"].message
    headings = re.findall(r"^#{1,3} (.+)$", body, flags=re.MULTILINE)
    assert len(headings) == len(set(headings)) and all(len(h) <= 70 for h in headings)
    assert not [h for h in headings if h.split()[-1].lower() in function_words("fr")]
    starts = [" ".join(s.split()[:len(h.split())]) for s in source.split("\n") for h in headings]
    assert not [h for h in headings if len(h.split()) >= 3 and h in starts]
    assert not re.search(r"<[a-zA-Z/][^>]*>", body) and "**" not in body
    assert "Mots-clés" not in body and "Article final" not in body
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 4]
    assert len(sentences) == len(set(sentences))
    from seed_article import near_repeats

    assert near_repeats(body) == []  # a closing list of key facts restates on purpose
    # the source's name cut by a stray period ("…Kim Jong. Un s'est rendu…") is mended
    assert "Kim Jong." not in body
    # a closing list summarises: no line of it is a sentence of the text again
    lines = [line[2:].strip() for line in body.splitlines() if line.startswith("- ")]
    text = " ".join(line for line in body.splitlines() if not line.startswith(("#", "- ")))
    assert not [line for line in lines if line.rstrip(".") in text]
