"""What a fresh local worker pays before its pages cost their steady price, this tree against
another checkout, alternated: CPU ms per page of the first page, of pages 1–250 and of pages
251–750 in the worker, and the CPU of the forkserver that forked it (its imports and preload).

    git worktree add /tmp/base main
    nice -n 10 python bench/audit_worker_start.py /tmp/base --alternations 3

Each measure is a new driver process (PYTHONPATH: that tree) that starts the audit's own
process pool (``seo_kit.audit.run._process_context``: a fresh forkserver) with one worker and
has it score 750 pages built by bench/audit_speed.py, timing them with the worker's process
CPU clock. The first pages cost more: tables loaded on first use (the lemmatiser's
dictionaries), then the per-word memories filling. Never asserts; skips when the corpus is
absent.
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
_PARTS = ((0, 1), (0, 250), (250, 750))
_CHILD = """
import sys, time
sys.path.insert(0, {bench!r})
from audit_speed import pages


def measure(built):
    from seo_kit.audit.scoring import score_page

    out, at = [], time.process_time()
    for i, page in enumerate(built, 1):
        score_page(page)
        out.append(time.process_time() - at)
    return out


def main():
    import psutil
    from concurrent.futures import ProcessPoolExecutor
    from seo_kit.audit.run import _process_context

    built = list(pages(750, seed={seed}))
    with ProcessPoolExecutor(1, mp_context=_process_context()) as pool:
        clock = pool.submit(measure, built).result()
        server = sum(sum(p.cpu_times()[:2]) for p in psutil.Process().children()
                     if "forkserver" in " ".join(p.cmdline()))
    parts = [(clock[end - 1] - (clock[start - 1] if start else 0)) / (end - start)
             for start, end in {parts!r}]
    print(*(1000 * x for x in parts), server)


if __name__ == "__main__":
    main()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="the other checkout")
    parser.add_argument("--alternations", type=int, default=3)
    args = parser.parse_args()
    if not (CORPUS / "INDEX.tsv").is_file():
        print(f"skipped: {CORPUS} is missing (no corpus to build pages from)")
        return 0
    trees = {"base": args.base.resolve(), "this": HERE.parent}
    rows: dict[str, list[list[float]]] = {name: [] for name in trees}
    print(f"load average at the start: {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "worker_start.py"
        for turn in range(args.alternations):
            script.write_text(_CHILD.format(bench=str(HERE), seed=turn, parts=_PARTS))
            for name in list(trees) if turn % 2 == 0 else list(trees)[::-1]:
                out = subprocess.run([sys.executable, str(script)], check=True, text=True,
                                     capture_output=True, cwd=trees[name],
                                     env={**os.environ, "PYTHONPATH": str(trees[name])}).stdout
                rows[name].append([float(x) for x in out.split()[-4:]])
                first, early, later, server = rows[name][-1]
                print(f"  {turn + 1} {name}: first page {first:.0f} ms, pages 1-250 "
                      f"{early:.2f}, 251-750 {later:.2f} ms/page; forkserver {server:.2f} s "
                      f"(load {os.getloadavg()[0]:.1f})", flush=True)
    print("\n| tree | first page ms | pages 1–250 ms/page | 251–750 ms/page | "
          "forkserver CPU s |\n|---|---:|---:|---:|---:|")
    for name, values in rows.items():
        medians = [statistics.median(column) for column in zip(*values, strict=True)]
        print(f"| {name} | {medians[0]:.0f} | {medians[1]:.2f} | {medians[2]:.2f} | "
              f"{medians[3]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
