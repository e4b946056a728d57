"""What the injection detector costs inside ``score()``, against the parse and textstat.

    .venv/bin/python bench/injection_speed.py
    .venv/bin/python bench/injection_speed.py --before /tmp/seo_kit_before   # another checkout

Times, on the same ~700-word French text (30 versions that differ in their last sentence, so no
cache answers): ``find_injections`` alone, ``parse`` (the Document every check reads),
``score()`` with a keyphrase (it runs the detector), the same with a source (the source goes
through the detector too), and textstat's Flesch reading ease (the peer: a well-known metric
library on the same text). With ``--before DIR`` the same timings run in child processes, one on
DIR's ``seo_kit`` and one on this checkout's, alternated three times; each side's figures are
also given as a ratio to textstat measured in the same child, which takes out the machine's load.
Prints medians and ratios; never asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "notebooks" / "data" / "article_request.txt"
RUNS = 30
KEYPHRASE = "Lavrov Corée du Nord"


def base_text() -> tuple[str, str]:
    """(name, text): the 700-word French text of bench/score_speed.py, else the seed article."""
    sys.path.insert(0, str(ROOT / "bench"))
    from score_speed import text_of_700_words

    text = text_of_700_words()
    if text:
        return "700-word French text (corpus)", text
    return "seed article", SEED.read_text(encoding="utf-8").split("\n", 1)[1]


def median_ms(func, texts: list[str]) -> float:
    func(texts[0])  # tables, imports, first-call set-up
    times = []
    for text in texts[1:]:
        started = time.perf_counter()
        func(text)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def timings() -> dict[str, float]:
    """Median ms of each step, each on its own versions of the text (no shared cache)."""
    import textstat

    from seo_kit.score import score
    from seo_kit.score.injection import find_injections
    from seo_kit.text.document import parse

    _, base = base_text()
    source = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    textstat.set_lang("fr")

    def versions(tag: str) -> list[str]:
        return [f"{base}\n\n{tag} numéro {i} de cet article." for i in range(RUNS + 1)]

    return {
        "find_injections": median_ms(lambda t: find_injections(t, "fr"), versions("Détecteur")),
        "parse (Document)": median_ms(lambda t: parse(t, lang="fr"), versions("Analyse")),
        "score()": median_ms(lambda t: score(t, keyphrase=KEYPHRASE, lang="fr",
                                             compare_textstat=False), versions("Rapport")),
        "score(source=…)": median_ms(lambda t: score(t, keyphrase=KEYPHRASE, lang="fr",
                                                     source=source, compare_textstat=False),
                                     versions("Source")),
        "textstat.flesch_reading_ease": median_ms(textstat.flesch_reading_ease,
                                                  versions("Lisibilité")),
    }


def child(tree: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, __file__, "--json"], env=env, capture_output=True,
                          text=True, check=True, timeout=600)
    return json.loads(done.stdout)


def print_table(columns: dict[str, dict[str, float]]) -> None:
    names = list(next(iter(columns.values())))
    head = "".join(f"{c:>14s}{'× textstat':>12s}" for c in columns)
    print(f"{'median ms':30s}{head}")
    for name in names:
        cells = "".join(f"{col[name]:>14.2f}{col[name] / col['textstat.flesch_reading_ease']:>12.2f}"
                        for col in columns.values())
        print(f"{name:30s}{cells}")
    for label, col in columns.items():
        print(f"{label}: the detector is {col['find_injections'] / col['score()']:.0%} of score() "
              f"(which runs it) and {col['find_injections'] / col['parse (Document)']:.1f}× "
              "the parse")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, help="another checkout to time in the same run")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(timings()))
        return 0
    name, text = base_text()
    print(f"{name}: {len(text.split())} words, {RUNS} versions per step")
    if args.before is None:
        print_table({"this checkout": timings()})
        return 0
    rounds: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for _ in range(3):  # alternated, so that a change of load hits both sides
        rounds["before"].append(child(args.before.resolve()))
        rounds["after"].append(child(ROOT))
    print_table({side: {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                 for side, runs in rounds.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
