"""The audit's speed-ups change no result: the shared WordPress exports and corpus pages audit to
the same frame with the fast paths as with the code they replaced (bs4's find_all for the HTML
walk; the injection tables' prefixes, French elisions, word-form keys and reading figures (syllables,
long words) worked out again for every token, not remembered).

fold, separate_symbols and normalise_quotes are compared with the str.translate formula on every
code point in tests/text (test_fold.py, test_tokens.py); the injection pre-filters in
tests/score/test_injection_prefilter.py, its raw offsets in tests/score/test_injection_origins.py.
"""

from __future__ import annotations

import csv

import pandas as pd
import pytest
from audit_samples import EXPORTS, SHARED, WXR_DIR

import seo_kit.lang as language
from seo_kit.audit import audit
from seo_kit.score.checks import extra
from seo_kit.score.injection import match
from seo_kit.text import analysis, markup

CORPUS = SHARED / "corpus"


def _find_all(node, names) -> list:
    return node.find_all(sorted(names))


def _find(node, names) -> bool:
    return node.find(sorted(names)) is not None


def _corpus_pages() -> list[dict]:
    """Every corpus text as plain text and as HTML paragraphs, with its keyphrase."""
    with (CORPUS / "INDEX.tsv").open(encoding="utf-8") as index:
        keyphrases = {row["file"]: row["keyphrase"] for row in csv.DictReader(index, delimiter="\t")}
    pages = []
    for path in sorted(CORPUS.glob("*.txt")):
        head, _, body = path.read_text("utf-8").partition("\n\n")
        title = head.split("\n")[0].removeprefix("TITLE:").strip()
        html = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        for suffix, content in (("", body), ("#html", html)):
            pages.append({"url": path.name + suffix, "title": title,
                          "keyphrase": keyphrases.get(path.name), "content": content})
    return pages


def _sources() -> list:
    exports = [WXR_DIR / name for name in EXPORTS if (WXR_DIR / name).is_file()]
    if not exports or not (CORPUS / "INDEX.tsv").is_file():
        pytest.skip(f"the shared exports or corpus are absent ({SHARED})")
    return [*exports, _corpus_pages()]


def test_the_fast_paths_give_the_frames_of_the_code_they_replaced(monkeypatch):
    sources = _sources()
    fast = [audit(source, workers=1) for source in sources]
    assert sum(len(frame) for frame in fast) > 150
    monkeypatch.setattr(markup, "_tags", _find_all)
    monkeypatch.setattr(markup, "_holds_tag", _find)
    # the same functions without their per-token memory
    monkeypatch.setattr(match, "_prefixed_sections", match._prefixed_sections.__wrapped__)
    monkeypatch.setattr(language, "_split_elision", language._split_elision.__wrapped__)
    form_keys_of = extra._form_keys_of
    monkeypatch.setattr(extra, "_form_keys_of", lambda lang: form_keys_of(lang).__wrapped__)
    reading_figures_of = analysis._reading_figures_of
    monkeypatch.setattr(analysis, "_reading_figures_of",
                        lambda lang: reading_figures_of(lang).__wrapped__)
    for source, frame in zip(sources, fast, strict=True):
        pd.testing.assert_frame_equal(audit(source, workers=1), frame)
