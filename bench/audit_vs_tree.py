"""CPU per audit row of this tree against another checkout (a commit before a speed-up),
alternated in the same run so that both see the same load.

    git worktree add /tmp/base ab2a8f7
    nice -n 10 python bench/audit_vs_tree.py /tmp/base --pages 1500 --alternations 3

Each measurement is a fresh process with PYTHONPATH set to one tree: it warms on 200 pages (word
lists, per-word caches), then scores ``--pages`` pages built by bench/audit_speed.py from
../shared/corpus and reports its process CPU time (user + system) per page, which other
sessions' load changes much less than wall time. The trees run base, this, base, this… and the
table gives each run, the median per tree and their ratio. Never asserts; skips when the corpus
is absent.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

from audit_speed import CORPUS

HERE = Path(__file__).resolve().parent
_CHILD = """
import sys, time
sys.path.insert(0, {bench!r})
from audit_speed import pages
from seo_kit.audit.scoring import score_page
import seo_kit
built = list(pages({n} + 200, seed={seed}))
for page in built[:200]:
    score_page(page)
started = time.process_time()
for page in built[200:]:
    score_page(page)
print(1000 * (time.process_time() - started) / {n}, seo_kit.__file__)
"""


def measure(tree: Path, pages: int, seed: int) -> tuple[float, str]:
    """(CPU ms per page, the seo_kit it imported) of one fresh process on ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    code = _CHILD.format(bench=str(HERE), n=pages, seed=seed)
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True,
                         text=True, cwd=tree).stdout.split()
    return float(out[0]), out[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="the other checkout (e.g. git worktree of main)")
    parser.add_argument("--pages", type=int, default=1500)
    parser.add_argument("--alternations", type=int, default=3)
    args = parser.parse_args()
    if not (CORPUS / "INDEX.tsv").is_file():
        print(f"skipped: {CORPUS} is missing (no corpus to build pages from)")
        return 0
    trees = {"base": args.base.resolve(), "this": HERE.parent}
    runs: dict[str, list[float]] = {name: [] for name in trees}
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    print("| run | tree | seo_kit | CPU ms/page | load |\n|---:|---|---|---:|---:|")
    for turn in range(args.alternations):
        for name, tree in trees.items():
            ms, module = measure(tree, args.pages, seed=turn)
            runs[name].append(ms)
            print(f"| {turn + 1} | {name} | {Path(module).parent.parent} | {ms:.2f} | "
                  f"{os.getloadavg()[0]:.1f} |", flush=True)
    base, this = statistics.median(runs["base"]), statistics.median(runs["this"])
    ratios = [b / t for b, t in zip(runs["base"], runs["this"], strict=True)]
    print(f"\nmedian CPU ms/page: base {base:.2f}, this {this:.2f}; base/this {base / this:.2f}x "
          f"(per alternation: {', '.join(f'{r:.2f}x' for r in ratios)}); "
          f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
