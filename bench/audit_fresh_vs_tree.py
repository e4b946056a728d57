"""A whole audit in a fresh process, this tree against another checkout, alternated: what a
change to how the local processes start (the forkserver, its preload) costs or saves.

    git worktree add /tmp/base cee087e
    nice -n 10 python bench/audit_fresh_vs_tree.py /tmp/base --pages 3000 --alternations 3

Each measure is a new driver process (PYTHONPATH: that tree) auditing ``--pages`` pages built
by bench/audit_speed.py into a Parquet file, with ``--workers`` local processes (a fresh
forkserver each time, so nothing is warm), in the order base, this, this, base, base…; CPU is
user + system seconds of the driver and every process under it (forkserver, workers), read
while the pool is alive (bench/audit_speed.py's run_engine), and the driver's own CPU (reading,
building and writing frames). Per-pair ratios are what to read on a shared machine. Never
asserts; skips when the corpus is absent.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from audit_speed import CORPUS

HERE = Path(__file__).resolve().parent
_CHILD = """
import sys
sys.path.insert(0, {bench!r})
from pathlib import Path
from audit_speed import run_engine
def main():
    row = run_engine({n}, Path({out!r}), seed={seed}, exclude=frozenset(),
                     workers={workers}, chunk_size=500)
    print(1000 * row["cpu"] / row["pages"], 1000 * row["driver_cpu"] / row["pages"],
          row["seconds"])
if __name__ == "__main__":
    main()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="the other checkout")
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--alternations", type=int, default=3)
    args = parser.parse_args()
    if not (CORPUS / "INDEX.tsv").is_file():
        print(f"skipped: {CORPUS} is missing (no corpus to build pages from)")
        return 0
    trees = {"base": args.base.resolve(), "this": HERE.parent}
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    driver: dict[str, list[float]] = {name: [] for name in trees}
    print(f"load average at the start: {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "engine.py"
        for turn in range(args.alternations):
            for name in list(trees) if turn % 2 == 0 else list(trees)[::-1]:
                script.write_text(_CHILD.format(bench=str(HERE), n=args.pages, seed=turn,
                                                workers=args.workers,
                                                out=str(Path(tmp) / "audit.parquet")))
                out = subprocess.run([sys.executable, str(script)], check=True, text=True,
                                     capture_output=True, cwd=trees[name],
                                     env={**os.environ, "PYTHONPATH": str(trees[name])}).stdout
                ms, driver_ms, seconds = map(float, out.split()[-3:])
                cpu[name].append(ms)
                driver[name].append(driver_ms)
                print(f"  {turn + 1} {name}: {ms:.2f} CPU ms/page (driver {driver_ms:.3f}), "
                      f"{seconds:.1f} s (load {os.getloadavg()[0]:.1f})", flush=True)
    ratios = [b / t for b, t in zip(cpu["base"], cpu["this"], strict=True)]
    print(f"\n{args.pages} pages, {args.workers} process(es), {args.alternations} alternations"
          "\n\n| tree | CPU ms/page (median) | driver CPU ms/page (median) |\n|---|---:|---:|")
    for name, values in cpu.items():
        print(f"| {name} | {statistics.median(values):.2f} | "
              f"{statistics.median(driver[name]):.3f} |")
    print(f"\nbase/this per alternation: {', '.join(f'{r:.2f}' for r in ratios)}; load average "
          f"at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
