"""Near-duplicate titles at site scale: seo_kit.audit.near_duplicates (MinHash LSH candidates,
then rapidfuzz's token_sort_ratio on them) against every pair compared, on the same titles.

    python bench/audit_near_duplicates.py --titles 5000,20000

Titles are cut from ../shared/corpus at random places (5–10 words), one in twenty with a near
copy (a word dropped, a year added, two words swapped). Prints seconds for both methods and the
share of the exhaustive method's pairs that LSH finds (recall; precision is 1: every reported
pair is scored). Split out of bench/audit_speed.py. Skips when the corpus is absent.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time

from audit_speed import CORPUS


def bench_titles(n: int, seed: int = 5) -> list[str]:
    """``n`` distinct titles of 5–10 words cut from the corpus texts at random places, and for
    one in twenty a near copy (a word dropped, a year changed, two words swapped)."""
    words = [w for path in sorted(CORPUS.glob("*.txt"))
             for w in path.read_text("utf-8").split("\n", 3)[3].split()]
    rng = random.Random(seed)
    titles: dict[str, None] = {}
    while len(titles) < n:
        start = rng.randrange(len(words) - 10)
        title = " ".join(words[start:start + rng.randint(5, 10)])
        titles[title] = None
        if rng.random() < 0.05:
            cut = title.split()
            kind = rng.randrange(3)
            if kind == 0:
                del cut[rng.randrange(len(cut))]
            elif kind == 1:
                cut.append(str(rng.randint(2000, 2030)))
            else:
                i = rng.randrange(len(cut) - 1)
                cut[i], cut[i + 1] = cut[i + 1], cut[i]
            titles[" ".join(cut)] = None
    return list(titles)[:n]


def every_pair_before(keys: list[str], threshold: float, block: int = 512) -> set[tuple]:
    """The method near_duplicates used before MinHash LSH: every key against every other with
    rapidfuzz's cdist (C, all cores), in blocks of ``block`` rows."""
    from rapidfuzz import fuzz, process

    pairs = set()
    for start in range(0, len(keys), block):
        scores = process.cdist(keys[start:start + block], keys, scorer=fuzz.token_sort_ratio,
                               score_cutoff=threshold, dtype="uint8", workers=-1)
        for i, j in zip(*scores.nonzero()):
            if int(j) > start + int(i):
                pairs.add((start + int(i), int(j)))
    return pairs


def near_duplicate_speed(sizes: list[int], threshold: float = 90) -> list[dict]:
    """near_duplicates' candidate search (MinHash LSH, then rapidfuzz on the candidates) against
    every pair compared, on the same titles: seconds each, and the share of the exhaustive
    method's pairs that LSH finds (recall; precision is 1: every reported pair is scored)."""
    import pandas as pd
    from rapidfuzz import fuzz

    from seo_kit.audit import near_duplicates
    from seo_kit.audit.site import normalise_text

    rows = []
    for size in sizes:
        titles = bench_titles(size)
        frame = pd.DataFrame({"url": [f"/{i}" for i in range(size)], "title": titles})
        keys = list(dict.fromkeys(k for k in map(normalise_text, titles) if k))
        started = time.perf_counter()
        table = near_duplicates(frame, "title", threshold=threshold)
        lsh_s = time.perf_counter() - started
        started = time.perf_counter()
        reference = {frozenset((keys[i], keys[j])) for i, j in every_pair_before(keys, threshold)
                     if fuzz.token_sort_ratio(keys[i], keys[j]) >= threshold}
        every_s = time.perf_counter() - started
        found = {frozenset((normalise_text(a), normalise_text(b)))
                 for a, b in zip(table["text_a"], table["text_b"])}
        rows.append({"titles": size, "pairs": len(reference), "lsh_s": lsh_s, "every_s": every_s,
                     "recall": len(found & reference) / len(reference) if reference else 1.0,
                     "load": os.getloadavg()[0]})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--titles", default="5000,20000", help="sizes, comma-separated")
    args = parser.parse_args()
    if not (CORPUS / "INDEX.tsv").is_file():
        print(f"skipped: {CORPUS} is missing")
        return 0
    rows = near_duplicate_speed([int(size) for size in args.titles.split(",") if int(size) > 0])
    print(f"near-duplicate titles (token_sort_ratio >= 90): {'titles':>7s} {'pairs':>6s} "
          f"{'LSH s':>7s} {'every pair s':>12s} {'speed-up':>8s} {'recall':>6s} {'load':>5s}")
    for row in rows:
        print(f"{'':47s} {row['titles']:>7,d} {row['pairs']:>6d} {row['lsh_s']:>7.2f} "
              f"{row['every_s']:>12.2f} {row['every_s'] / row['lsh_s']:>7.1f}x "
              f"{row['recall']:>6.3f} {row['load']:>5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
