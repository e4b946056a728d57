"""Where one audit row's time goes: CPU ms per page, then cProfile's top costs, on the pages
bench/audit_speed.py builds from ../shared/corpus.

    python bench/audit_profile.py                 # 1,500 pages, about 30 s
    python bench/audit_profile.py --pages 300 --top 15
    python bench/audit_profile.py --top 0          # CPU per page only, no profiler

First the pages are scored without the profiler (process CPU time, which load barely changes),
then again under cProfile: the stages (parsing, the injection detector, the checks,
the readability figures, the language) by cumulative time, and the functions by own time. The
profiler slows Python-heavy code more than C: read its shares, not its milliseconds. Never
asserts; skips when the corpus is absent.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time

from audit_speed import CORPUS, pages

STAGES = ("score_page", "parse", "find_injections", "score_document", "readability_summary",
          "page_language", "serp_preview")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1500)
    parser.add_argument("--top", type=int, default=20,
                        help="functions listed by own time (0: no profiler, CPU per page only)")
    args = parser.parse_args()
    if not (CORPUS / "INDEX.tsv").is_file():
        print(f"skipped: {CORPUS} is missing (no corpus to build pages from)")
        return 0
    from seo_kit.audit.scoring import score_page

    built = list(pages(args.pages + 200, seed=3))
    for page in built[:200]:  # warm: word lists, per-word caches
        score_page(page)
    built = built[200:]
    started = time.process_time()
    for page in built:
        score_page(page)
    cpu = time.process_time() - started
    print(f"{len(built):,} pages: {1000 * cpu / len(built):.2f} ms of CPU per page (no profiler)")
    if args.top <= 0:
        return 0
    profile = cProfile.Profile()
    profile.enable()
    for page in built:
        score_page(page)
    profile.disable()
    stats = pstats.Stats(profile)
    total = stats.total_tt
    print(f"\nStages (cumulative, share of the profiled {total:.1f} s):")
    for (path, _, name), (_, _, _, cumulative, _) in sorted(
            stats.stats.items(), key=lambda item: -item[1][3]):
        if name in STAGES and "seo_kit" in path:
            print(f"  {100 * cumulative / total:5.1f} %  {name} ({path.split('seo_kit/')[-1]})")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
    print("\nFunctions by own time:")
    print(out.getvalue().split("\n\n", 1)[-1].rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
