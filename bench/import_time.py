"""How long `import seo_kit` takes, against the same import plus the openai client it defers.

    .venv/bin/python bench/import_time.py

Each case runs in a fresh interpreter, interleaved, RUNS times; an empty interpreter is measured
too and subtracted. The peer, "seo_kit + openai client", is what `import seo_kit` cost while
seo_kit.llm imported the client eagerly (about 1.2 s on the team's 2-core machine). Prints
medians and the ratio; never asserts a time.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 9
CASES = {
    "empty interpreter": "pass",
    "import seo_kit": "import seo_kit",
    "seo_kit + openai client": "import seo_kit, seo_kit.llm.client",
}


def wall_time(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    return time.perf_counter() - started


def main() -> None:
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(RUNS):
        for name, code in CASES.items():
            times[name].append(wall_time(code))
    empty = statistics.median(times.pop("empty interpreter"))
    medians = {name: statistics.median(values) - empty for name, values in times.items()}
    for name, median in medians.items():
        print(f"{name:26s} {median:6.3f} s (median of {RUNS}, empty interpreter subtracted)")
    ratio = medians["import seo_kit"] / medians["seo_kit + openai client"]
    print(f"import seo_kit / with the openai client: {ratio:.2f}")


if __name__ == "__main__":
    main()
