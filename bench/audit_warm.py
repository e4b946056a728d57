"""Does warming the forkserver on the site's first task pay? CPU per page of an audit of
``--pages`` pages in a fresh driver process (so a fresh forkserver, and a serial run as cold as
a real one): serially, on 2 local processes warmed as seo_kit.audit.run does, and on 2 local
processes not warmed (``_warm_site`` replaced by a no-op), and on 2 warmed processes whose
forkserver does not ``gc.freeze()`` (the driver's script, preloaded by the forkserver before
seo_kit.audit.worker, replaces it), alternated ``--alternations`` times.

    nice -n 10 python bench/audit_warm.py --pages 3000 --alternations 3

CPU: user + system seconds of the driver and every process under it (forkserver, workers),
read while the pool is alive (bench/audit_speed.py's run_engine). "CPU bound" is 2 × serial
CPU ÷ the engine's: the speed-up 2 free cores would give. Never asserts; skips without corpus.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from audit_speed import CORPUS

HERE = Path(__file__).resolve().parent
_CHILD = """
import contextlib, sys
sys.path.insert(0, {bench!r})
from pathlib import Path
from audit_speed import run_engine
import gc
from seo_kit.audit import run
if {mode!r} == "no-freeze":  # this script is __main__, preloaded by the forkserver first
    gc.freeze = lambda: None
if {mode!r} == "cold":
    run._warm_site = lambda *args: contextlib.nullcontext()
def main():
    row = run_engine({n}, Path({out!r}), seed={seed}, exclude=frozenset(),
                     workers={workers}, chunk_size=500)
    print(1000 * row["cpu"] / row["pages"])
if __name__ == "__main__":
    main()
"""
MODES = {"serial (fresh process)": ("serial", 1), "2 processes, warmed": ("warm", 2),
         "2 processes, not warmed": ("cold", 2),
         "2 processes, warmed, no gc.freeze": ("no-freeze", 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--alternations", type=int, default=3)
    args = parser.parse_args()
    if not (CORPUS / "INDEX.tsv").is_file():
        print(f"skipped: {CORPUS} is missing (no corpus to build pages from)")
        return 0
    runs: dict[str, list[float]] = {name: [] for name in MODES}
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "engine.py"
        for turn in range(args.alternations):
            for name, (mode, workers) in MODES.items():
                script.write_text(_CHILD.format(bench=str(HERE), mode=mode, n=args.pages,
                                                seed=turn, workers=workers,
                                                out=str(Path(tmp) / "audit.parquet")))
                with contextlib.suppress(subprocess.CalledProcessError):
                    out = subprocess.run([sys.executable, str(script)], check=True, text=True,
                                         capture_output=True).stdout
                    runs[name].append(float(out.split()[-1]))
                    print(f"  {turn + 1} {name}: {runs[name][-1]:.2f} CPU ms/page "
                          f"(load {os.getloadavg()[0]:.1f})", flush=True)
    serial = statistics.median(runs["serial (fresh process)"])
    print("\n| engine | CPU ms/page (median) | CPU bound |\n|---|---:|---:|")
    for name, values in runs.items():
        median = statistics.median(values)
        bound = "" if name.startswith("serial") else f"{2 * serial / median:.2f}x"
        print(f"| {name} | {median:.2f} | {bound} |")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
