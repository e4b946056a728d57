"""CPU per audit row of this tree against another checkout (a commit before a speed-up),
interleaved in small batches so that both see the same load.

    git worktree add /tmp/base ab2a8f7
    nice -n 10 python bench/audit_vs_tree.py /tmp/base --batches 20 --pages 150

One long-lived process per tree (PYTHONPATH set to that tree) warms on 200 pages (word lists,
per-word caches), then scores batches of ``--pages`` pages built by bench/audit_speed.py from
../shared/corpus when the driver asks, one process at a time: base then this, this then base…
(the first of each pair alternates), each batch the same pages for both. Each batch reports the
process CPU time (user + system) per page; on a machine shared with other sessions that time
swings by ±30 % within a minute, so the ratio is read per batch, where both trees ran within a
second or two of each other, and the table gives the median ratio and that of the sums. Never
asserts; skips when the corpus is absent.
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
for page in pages(200, seed=10_000):
    score_page(page)
print(seo_kit.__file__, flush=True)
for line in sys.stdin:
    seed, n = map(int, line.split())
    built = list(pages(n, seed=seed))
    started = time.process_time()
    for page in built:
        score_page(page)
    print(1000 * (time.process_time() - started) / n, flush=True)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="the other checkout (e.g. git worktree of main)")
    parser.add_argument("--pages", type=int, default=150, help="pages per batch")
    parser.add_argument("--batches", type=int, default=20)
    args = parser.parse_args()
    if not (CORPUS / "INDEX.tsv").is_file():
        print(f"skipped: {CORPUS} is missing (no corpus to build pages from)")
        return 0
    trees = {"base": args.base.resolve(), "this": HERE.parent}
    children = {name: subprocess.Popen(
        [sys.executable, "-c", _CHILD.format(bench=str(HERE))], cwd=tree, text=True,
        env={**os.environ, "PYTHONPATH": str(tree)}, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE) for name, tree in trees.items()}
    try:
        for name, child in children.items():
            print(f"{name}: {Path(child.stdout.readline().strip()).parent.parent}")
        print(f"load average at the start: {os.getloadavg()[0]:.1f}")
        ms: dict[str, list[float]] = {name: [] for name in trees}
        for batch in range(args.batches):
            order = list(trees) if batch % 2 == 0 else list(trees)[::-1]
            for name in order:
                children[name].stdin.write(f"{batch} {args.pages}\n")
                children[name].stdin.flush()
                ms[name].append(float(children[name].stdout.readline()))
    finally:
        for child in children.values():
            child.stdin.close()
            child.wait()
    ratios = [b / t for b, t in zip(ms["base"], ms["this"], strict=True)]
    print(f"{args.batches} batches of {args.pages} pages; CPU ms/page per batch, base: "
          f"{', '.join(f'{x:.2f}' for x in ms['base'])}")
    print(f"this: {', '.join(f'{x:.2f}' for x in ms['this'])}")
    print(f"\n| tree | CPU ms/page (median of batches) |\n|---|---:|\n"
          f"| base | {statistics.median(ms['base']):.2f} |\n"
          f"| this | {statistics.median(ms['this']):.2f} |")
    print(f"\nbase/this: median of the per-batch ratios {statistics.median(ratios):.2f}x "
          f"(quartiles {statistics.quantiles(ratios, n=4)[0]:.2f}–"
          f"{statistics.quantiles(ratios, n=4)[2]:.2f}); ratio of the sums "
          f"{sum(ms['base']) / sum(ms['this']):.2f}x; load average at the end "
          f"{os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
