"""Parity with the Yoast oracle (yoastseo 3.6 under node), on the seed and the shared corpus.

Runs only when SEO_KIT_YOAST_DIR names a folder where ../shared/oracles/yoast was installed
(`npm ci`) and node is on PATH; the corpus texts are read from SEO_KIT_CORPUS or ../shared/corpus.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from seo_kit.lang import is_passive, is_transition_sentence
from seo_kit.score.readability import reading_ease
from seo_kit.text.document import parse

ROOT = Path(__file__).parents[2]
YOAST = os.environ.get("SEO_KIT_YOAST_DIR")
CORPUS = Path(os.environ.get("SEO_KIT_CORPUS", ROOT.parent / "shared" / "corpus"))

pytestmark = pytest.mark.skipif(
    not YOAST or not shutil.which("node") or not (Path(YOAST or ".") / "run_yoast.js").exists(),
    reason="set SEO_KIT_YOAST_DIR to an installed copy of shared/oracles/yoast (npm ci)",
)


def samples():
    seed = ROOT / "notebooks" / "data" / "article_request.txt"
    out = [pytest.param(seed.read_text(encoding="utf-8").split("\n", 1)[1], "fr", id="seed")]
    for path in sorted(CORPUS.glob("*_*_*.txt")) if CORPUS.is_dir() else []:
        body = path.read_text(encoding="utf-8").split("\n", 3)[3]
        out.append(pytest.param(body, path.stem.split("_")[1], id=path.stem))
    return out


def yoast(body: str, lang: str, tmp_path: Path) -> dict:
    text = tmp_path / "text.txt"
    text.write_text(body, encoding="utf-8")
    locale = "fr_FR" if lang == "fr" else "en_US"
    run = subprocess.run(["node", "run_yoast.js", str(text), "x", "t", "m", "--locale", locale],
                         capture_output=True, text=True, cwd=YOAST, check=True, timeout=120)
    return json.loads(run.stdout)["insights"]


@pytest.mark.parametrize(("body", "lang"), samples())
def test_counts_and_scores_close_to_yoast(body, lang, tmp_path):
    insights = yoast(body, lang, tmp_path)
    doc = parse(body, lang=lang)
    sentences = doc.sentences
    assert len(doc.words) == insights["word_count"]
    assert abs(reading_ease(doc, lang=lang) - insights["flesch_reading_ease"]["score"]) <= 3
    total = len(sentences)
    passives = sum(is_passive(s.tokens, lang) for s in sentences)
    transitions = sum(is_transition_sentence(s.tokens, lang) for s in sentences)
    # shares of sentences, in points of percentage (sentence splitting differs a little)
    assert abs(100 * passives / total - 100 * insights["passive_sentences"]
               / insights["total_sentences_passive_research"]) <= 6
    assert abs(100 * transitions / total - 100 * insights["transition_word_sentences"]
               / insights["total_sentences_transition_research"]) <= 10
