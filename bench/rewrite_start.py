"""How long before the first model call? The seed's rewrite on the embedded model, every call
served from a run log, so what is timed is ours: the model's load, spaCy, the plan, grounding,
the repairs, the scoring — not generation.

    .venv/bin/python bench/rewrite_start.py --before ../main            # this checkout vs ../main
    .venv/bin/python bench/rewrite_start.py --before ../main --runlog ~/.seo_kit/runs.sqlite

Each round runs the rewrite in a new process (a fresh model load) for this checkout and for the
`--before` checkout (the peer), alternating, with a copy of the same run log; without --runlog
one uncached rewrite of this checkout fills it first (minutes: the model writes every section).
The two checkouts must ask the same prompts (else the peer's calls miss the cache: the table says
how many calls each made uncached). Columns: seconds to the model's load done, to the first
section call, to the end (median of the rounds, each round's values after it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUEST = ROOT / "notebooks" / "data" / "article_request.txt"

CHILD = r"""
import json, sys, time
from seo_kit.rewrite import rewrite
from seo_kit.rewrite.brief import Brief
from seo_kit.rewrite.inputs import read_article
t0 = time.perf_counter()
marks = {}
def seen(step):
    key = (step.name, step.state)
    if key in (("model", "done"), ("section", "start")) and key not in marks:
        marks[key] = time.perf_counter() - t0
article = read_article(sys.argv[1], skip_first_line=True, lang="fr")
brief = Brief(lang="fr", keywords=("Lavrov", "Corée du Nord"), min_words=700)
variant = rewrite(article, brief, on_step=seen)
print(json.dumps({"model": marks.get(("model", "done")),
                  "first_call": marks.get(("section", "start")),
                  "total": time.perf_counter() - t0, "words": variant.words,
                  "uncached": variant.completion_tokens}))
"""


def run(checkout: Path, home: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SEO_KIT_MODEL")}
    env.update(PYTHONPATH=str(checkout), SEO_KIT_HOME=str(home))
    done = subprocess.run([sys.executable, "-c", CHILD, str(REQUEST)], env=env, cwd=checkout,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="the peer checkout")
    parser.add_argument("--runlog", type=Path, help="a run log holding the seed's calls")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="seo_kit_start_"))
    filled = work / "filled"
    filled.mkdir()
    if args.runlog:
        shutil.copy(args.runlog, filled / "runs.sqlite")
    else:
        print("filling the run log: one uncached rewrite …", flush=True)
        run(ROOT, filled)
    rows: dict[str, list[dict]] = {"this": [], "before": []}
    for k in range(args.rounds):
        for label, checkout in (("before", args.before.resolve()), ("this", ROOT)):
            home = work / f"{label}{k}"
            shutil.copytree(filled, home)
            rows[label].append(run(checkout, home))
    print(f"\nThe seed on the embedded model, calls from the run log, {args.rounds} rounds "
          f"(load {os.getloadavg()[0]:.1f} at the end)\n")
    print(f"{'checkout':9s} {'model s':>8s} {'1st call s':>11s} {'total s':>8s} "
          f"{'uncached tokens':>16s}  rounds (model / 1st call / total)")
    for label, found in rows.items():
        med = {key: statistics.median(r[key] for r in found)
               for key in ("model", "first_call", "total")}
        each = "; ".join(f"{r['model']:.1f}/{r['first_call']:.1f}/{r['total']:.1f}"
                         for r in found)
        print(f"{label:9s} {med['model']:8.1f} {med['first_call']:11.1f} {med['total']:8.1f} "
              f"{max(r['uncached'] for r in found):16d}  {each}")


if __name__ == "__main__":
    main()
