"""A sentence copied word for word from the source is supported, under the balanced check and
the strict gate alike: it says what its source sentence says (the engine falls back on such
copies; the strict gate refused four of them in the corpus texts — a hedge, a speaker, a
"role swap" of Mozilla with itself — because other source sentences said the same words
otherwise). A copy of a sentence left out of the support (flagged by the injection detector)
is not supported by that copy.

Every sentence of the seed and of each text of ../shared/corpus (skipped where absent).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("spacy")

ROOT = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("SEO_KIT_CORPUS", ROOT.parent / "shared" / "corpus"))
TEXTS = [("seed", "fr"), ("02_fr_fukushima.txt", "fr"), ("03_fr_thierry-roland.txt", "fr"),
         ("06_fr_banques-piratees.txt", "fr"), ("09_fr_ubuntu.txt", "fr"),
         ("10_fr_impots.txt", "fr"), ("14_en_mozilla.txt", "en")]


def _text(name: str) -> str:
    if name == "seed":
        return (ROOT / "notebooks" / "data" / "article_request.txt").read_text(
            encoding="utf-8").split("\n", 1)[1]
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{path} is not on this machine")
    text = path.read_text(encoding="utf-8")
    return text.split("\n", 3)[3] if text.startswith("TITLE:") else text


@pytest.mark.parametrize("strict", [False, True], ids=["balanced", "strict"])
@pytest.mark.parametrize(("name", "lang"), TEXTS)
def test_a_copied_source_sentence_is_supported(name, lang, strict):
    from seo_kit.score.grounding import ground_sentences, source_sentences

    source = source_sentences(_text(name), lang)
    refused = [v.sentence for v in ground_sentences(source, source, lang, strict=strict)
               if not v.supported]
    assert refused == []


def test_a_copy_of_an_excluded_sentence_is_not_its_own_support():
    from seo_kit.score.grounding import ground_sentences, source_sentences

    source = source_sentences(_text("seed"), "fr")
    [verdict] = ground_sentences([source[8]], source, "fr", exclude={8})
    assert 8 not in verdict.support
