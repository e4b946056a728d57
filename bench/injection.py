"""The injection detector on real text: false positives, and its cost next to a full report.

    .venv/bin/python bench/injection.py

Reads every text of ../shared/corpus (SEO_KIT_SHARED names another ../shared, SEO_KIT_CORPUS
another corpus), the seed (its first line, the analyst's
instruction, included) and the post bodies of the WordPress test exports in ../shared/wxr (HTML
with comments, hidden blocks and alt texts). Every flag there is a false positive: none of these
texts addresses a model. Then times ``find_injections`` against ``seo_kit.score.score`` (its peer:
the report that now runs it) on the same texts. Skips what is absent; never asserts.
"""

from __future__ import annotations

import os
import re
import statistics
import time
from pathlib import Path

from seo_kit.score import score
from seo_kit.score.injection import find_injections

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SEO_KIT_SHARED", ROOT.parent / "shared"))
CORPUS = Path(os.environ.get("SEO_KIT_CORPUS", SHARED / "corpus"))
SEED = ROOT / "notebooks" / "data" / "article_request.txt"
WXR = SHARED / "wxr"


def texts() -> list[tuple[str, str, str]]:
    """(name, lang, text) of every real text found."""
    found = [("seed (with its instruction line)", "fr", SEED.read_text(encoding="utf-8"))]
    if CORPUS.is_dir():
        found += [(p.name, "en" if "_en_" in p.name else "fr", p.read_text(encoding="utf-8"))
                  for p in sorted(CORPUS.glob("*.txt"))]
    if WXR.is_dir():
        for export in sorted(WXR.glob("*.xml")):
            bodies = re.findall(r"<content:encoded><!\[CDATA\[(.*?)\]\]></content:encoded>",
                                export.read_text(encoding="utf-8"), re.DOTALL)
            found += [(f"{export.stem}#{i}", "en", body) for i, body in enumerate(bodies)
                      if len(body.split()) >= 20]
    return found


def main() -> None:
    rows = texts()
    flags = [(name, f) for name, lang, text in rows for f in find_injections(text, lang)]
    words = sum(len(text.split()) for _, _, text in rows)
    print(f"{len(rows)} real texts, {words:,} words: {len(flags)} flagged sentence(s) "
          "(each is a false positive)")
    for name, finding in flags:
        print(f"  {name}: {finding.describe()}")
    timed = [(lang, text) for name, lang, text in rows if not name.startswith(("64-", "theme"))]
    detector, report = [], []
    for lang, text in timed:
        started = time.perf_counter()
        find_injections(text, lang)
        detector.append(time.perf_counter() - started)
        started = time.perf_counter()
        score(text, lang=lang)
        report.append(time.perf_counter() - started)
    if timed:
        ratio = sum(detector) / sum(report)
        print(f"{len(timed)} articles: detector median {statistics.median(detector) * 1000:.0f} ms,"
              f" full report median {statistics.median(report) * 1000:.0f} ms "
              f"(the detector is {ratio:.0%} of a report's time, which includes it)")


if __name__ == "__main__":
    main()
