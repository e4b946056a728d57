"""How fast a site audit runs: serially, on 2 local processes, on a 2-worker Dask LocalCluster,
against textstat's Flesch alone; a 100,000-post WordPress export read in constant memory; and
near-duplicate titles by MinHash LSH against every pair compared.

    .venv/bin/python bench/audit_speed.py                 # 100,000 pages (hours on a shared machine)
    .venv/bin/python bench/audit_speed.py --pages 6000 --rounds 3 --wxr-posts 100000

Pages are built by recombining the paragraphs of ../shared/corpus (French and English; seeded
random choice of 3–8 paragraphs of one language, a keyphrase of that language from INDEX.tsv),
generated on the fly so that no engine reads from a list held in memory. Every engine writes
its rows to a Parquet file chunk by chunk (seo_kit.audit.write_audit), as ``seo-kit audit`` does.
Driver memory is the resident set (psutil RSS) of this process, sampled after every chunk: the
peak after 10 % of the first round's pages and after all of them (flat = the same). All engines
and the peer run in the same process, interleaved in rounds (serial, processes, cluster, serial…),
so that they see the same load and their ratios are comparable even on a shared machine;
absolute times are not.

Why wall-clock speed-up is not the whole story on a shared machine: Linux's autogroup scheduler
(/proc/sys/kernel/sched_autogroup_enabled = 1) shares the CPU between sessions first, then between
a session's processes. When other sessions keep both cores busy, this run gets one slice whether
it runs one process or two, so two processes cannot be faster than one there. The bench therefore
prints the CPU this session gets with 1 and with 2 busy processes (before and after), the CPU
seconds per page of each engine (driver + every worker process, psutil), and the speed-up those
imply on 2 free cores, marked as derived. Run it in its own session (``setsid``) so that nothing
else of yours shares its slice. Skips cleanly when ../shared/corpus is absent. Never asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SEO_KIT_SHARED", ROOT.parent / "shared"))
if not SHARED.is_dir() and Path("/work/shared").is_dir():  # a worktree under /work/wt/NAME
    SHARED = Path("/work/shared")
CORPUS = SHARED / "corpus"


def corpus_paragraphs() -> dict[str, list[str]]:
    """Paragraphs (at least 8 words) of every corpus text, by language."""
    by_lang: dict[str, list[str]] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        lang = path.name.split("_")[1]
        body = path.read_text("utf-8").split("\n", 3)[3]
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if len(p.split()) >= 8]
        by_lang.setdefault(lang, []).extend(paragraphs)
    return by_lang


def corpus_keyphrases() -> dict[str, list[str]]:
    with (CORPUS / "INDEX.tsv").open(encoding="utf-8") as index:
        rows = list(csv.DictReader(index, delimiter="\t"))
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row["lang"], []).append(row["keyphrase"])
    return out


def pages(n: int, seed: int = 2026):
    """``n`` page dicts, generated one at a time."""
    paragraphs, keyphrases = corpus_paragraphs(), corpus_keyphrases()
    langs = sorted(paragraphs)
    rng = random.Random(seed)
    for i in range(n):
        lang = langs[i % len(langs)]
        chosen = rng.sample(paragraphs[lang], k=min(len(paragraphs[lang]), rng.randint(3, 8)))
        title = " ".join(chosen[0].split()[:8])
        yield {"url": f"https://example.org/{lang}/{i}", "title": title,
               "keyphrase": rng.choice(keyphrases[lang]),
               "meta_description": " ".join(chosen[-1].split()[:25]),
               "content": "\n".join(f"<p>{p}</p>" for p in chosen)}


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def cpu_seconds(exclude: frozenset[int] = frozenset()) -> float:
    """User + system CPU seconds of this process and every process under it (pool workers, the
    forkserver, Dask's nanny and worker processes) but ``exclude`` (the idle cluster's processes
    while another engine runs), alive ones only: sample while they run."""
    import psutil

    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        if child.pid not in exclude:
            with contextlib.suppress(psutil.Error):
                total += sum(child.cpu_times()[:2])
    return total


def _spin(seconds: float) -> float:
    """Busy for ``seconds`` of wall time; the CPU seconds it got."""
    cpu, end = time.process_time(), time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass
    return time.process_time() - cpu


def session_cpu_share(seconds: float = 4.0) -> dict[int, float]:
    """CPU seconds per wall second that 1 and then 2 busy processes of this run get: {1: s, 2: s}.
    On an idle 2-core machine about {1: 1.0, 2: 2.0}. Linux's autogroup scheduler
    (/proc/sys/kernel/sched_autogroup_enabled) shares the CPU between sessions first, then
    between a session's processes: on a machine shared by several busy sessions both figures are
    this session's slice, and no number of processes gets more than that slice."""
    import multiprocessing

    share = {}
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(abs, range(2))  # started before the clock
        for count in (1, 2):
            started = time.perf_counter()
            cpu = pool.map(_spin, [seconds] * count, chunksize=1)
            share[count] = sum(cpu) / (time.perf_counter() - started)
    return share


def run_engine(name: str, n: int, out: Path, *, seed: int = 0,
               exclude: frozenset[int] = frozenset(), **options) -> dict:
    """Score ``n`` pages into ``out`` with ``options``; time, pages/s and driver RSS."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from seo_kit.audit import iter_audit
    from seo_kit.audit.run import empty_audit

    schema = pa.Schema.from_pandas(empty_audit(), preserve_index=False)
    done, rss_at_10, rss_peak, errors = 0, None, rss_mb(), 0
    cpu_start = cpu_seconds(exclude)
    cpu = 0.0
    started = time.perf_counter()
    with pq.ParquetWriter(out, schema) as writer:
        for chunk in iter_audit(pages(n, seed=seed), **options):
            writer.write_table(pa.Table.from_pandas(chunk, schema=schema, preserve_index=False))
            done += len(chunk)
            errors += int(chunk["error"].notna().sum())
            rss_peak = max(rss_peak, rss_mb())
            cpu = cpu_seconds(exclude) - cpu_start  # before the pool ends and its workers' CPU
            if rss_at_10 is None and done >= n / 10:
                rss_at_10 = rss_peak
    elapsed = time.perf_counter() - started
    return {"engine": name, "pages": done, "errors": errors, "seconds": elapsed,
            "pages_per_s": done / elapsed, "cpu_seconds": cpu,
            "rss_10pct_mb": rss_at_10 or rss_peak, "rss_peak_mb": rss_peak,
            "load": os.getloadavg()[0]}


def per_page_vs_textstat(sample: int = 300) -> tuple[float, float]:
    """Median ms per French page: a full audit row (every check) vs textstat's
    flesch_reading_ease alone (French: pyphen syllables; textstat's English needs NLTK's cmudict,
    a download this machine cannot make)."""
    from textstat.backend.metrics import flesch_reading_ease

    from seo_kit.audit.scoring import score_page

    items = [p for p in pages(2 * sample, seed=7) if "/fr/" in p["url"]][:sample]
    plain = [re.sub(r"<[^>]+>", "", p["content"]) for p in items]
    langs = ["fr"] * len(items)
    for page in items[:20]:  # warm both (word lists, lemma data, caches of the first pages)
        score_page(page)
    for text, lang in zip(plain[:20], langs[:20]):
        flesch_reading_ease(text, lang)
    ours, theirs = [], []
    for page, text, lang in zip(items, plain, langs):
        t0 = time.perf_counter()
        score_page(page)
        t1 = time.perf_counter()
        flesch_reading_ease(text, lang)
        t2 = time.perf_counter()
        ours.append(t1 - t0)
        theirs.append(t2 - t1)
    return statistics.median(ours) * 1000, statistics.median(theirs) * 1000


def wxr_reading(n: int, folder: Path) -> dict:
    """Write a WXR of ``n`` posts (streamed), then read it with read_wxr: time and driver RSS."""
    from seo_kit.audit import read_wxr

    path = folder / "big.xml"
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                  'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                  'xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Bench</title>'
                  "<language>fr-FR</language>\n")
        for i, page in enumerate(pages(n, seed=11)):
            out.write(f"<item><title>{page['title']}</title><link>{page['url']}</link>"
                      f"<content:encoded><![CDATA[{page['content']}]]></content:encoded>"
                      f"<wp:post_id>{i}</wp:post_id><wp:status>publish</wp:status>"
                      "<wp:post_type>post</wp:post_type><wp:postmeta><wp:meta_key>"
                      "_yoast_wpseo_focuskw</wp:meta_key><wp:meta_value><![CDATA["
                      f"{page['keyphrase']}]]></wp:meta_value></wp:postmeta></item>\n")
        out.write("</channel></rss>\n")
    size_mb = path.stat().st_size / 2**20
    read, rss_at_10, rss_peak = 0, None, rss_mb()
    started = time.perf_counter()
    for _ in read_wxr(path):
        read += 1
        if read % 1000 == 0:
            rss_peak = max(rss_peak, rss_mb())
            if rss_at_10 is None and read >= n / 10:
                rss_at_10 = rss_peak
    elapsed = time.perf_counter() - started
    path.unlink()
    return {"posts": read, "file_mb": size_mb, "seconds": elapsed, "posts_per_s": read / elapsed,
            "rss_10pct_mb": rss_at_10 or rss_peak, "rss_peak_mb": rss_peak}


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
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--wxr-posts", type=int, default=None, help="default: --pages")
    parser.add_argument("--chunk-size", type=int, default=500)
    parser.add_argument("--no-cluster", action="store_true", help="skip the Dask LocalCluster")
    parser.add_argument("--rounds", type=int, default=4,
                        help="engines interleaved in this many rounds of pages/rounds pages")
    parser.add_argument("--titles", default="5000,20000",
                        help="near-duplicate titles: sizes to time (comma-separated; 0: skip)")
    args = parser.parse_args()
    if not (CORPUS / "INDEX.tsv").is_file():
        print(f"skipped: {CORPUS} is missing (no corpus to build pages from)")
        return 0
    n = args.pages
    print(f"audit_speed: {n:,} pages per engine, chunks of {args.chunk_size}, "
          f"{os.cpu_count()} cores "
          f"(load average {os.getloadavg()[0]:.1f}: the machine is shared, compare ratios)")
    share_before = session_cpu_share()
    ms_ours, ms_textstat = per_page_vs_textstat()
    rounds = max(1, args.rounds)
    per_round = -(-n // rounds)
    engines = [("serial (1 process)", {"workers": 1}), ("2 local processes", {"workers": 2})]
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        folder = Path(tmp)
        if not args.no_cluster:
            from distributed import Client, LocalCluster

            cluster = stack.enter_context(LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                silence_logs=50))
            client = stack.enter_context(Client(cluster))
            engines.append(("Dask LocalCluster, 2 workers", {"scheduler": client}))
        import psutil

        # the cluster's processes idle (heartbeats) while the other engines run: not theirs
        cluster_pids = frozenset(p.pid for p in psutil.Process().children(recursive=True))
        totals: dict[str, dict] = {}
        for round_ in range(rounds):  # interleaved: every engine sees the same machine load
            for name, options in engines:
                row = run_engine(name, per_round, folder / "audit.parquet",
                                 chunk_size=args.chunk_size, seed=round_,
                                 exclude=frozenset() if "scheduler" in options else cluster_pids,
                                 **options)
                total = totals.setdefault(name, {**row, "pages": 0, "errors": 0, "seconds": 0.0,
                                                 "cpu_seconds": 0.0, "loads": []})
                for key in ("pages", "errors", "seconds", "cpu_seconds"):
                    total[key] += row[key]
                total["loads"].append(row["load"])
                total["rss_peak_mb"] = max(total["rss_peak_mb"], row["rss_peak_mb"])
            print(f"  round {round_ + 1}/{rounds} done (load average {os.getloadavg()[0]:.1f})",
                  flush=True)
        rows = list(totals.values())
        wxr = wxr_reading(args.wxr_posts or n, folder)
    sizes = [int(size) for size in args.titles.split(",") if int(size) > 0]
    near = near_duplicate_speed(sizes) if sizes else []
    share_after = session_cpu_share()
    serial = rows[0]
    print(f"\nCPU this session got (CPU s per wall s), 1 busy process / 2 busy processes: "
          f"{share_before[1]:.2f} / {share_before[2]:.2f} before, "
          f"{share_after[1]:.2f} / {share_after[2]:.2f} after (idle 2-core machine: 1.0 / 2.0)")
    print(f"\n{'engine':30s} {'pages':>7s} {'err':>4s} {'s':>7s} {'pages/s':>7s} "
          f"{'speed-up':>8s} {'CPU ms/page':>11s} {'CPU share':>9s} {'load':>5s} "
          f"{'RSS@10% MB':>10s} {'RSS peak MB':>11s}")
    for row in rows:
        row["pages_per_s"] = row["pages"] / row["seconds"]
        row["cpu_ms"] = 1000 * row["cpu_seconds"] / row["pages"]
        print(f"{row['engine']:30s} {row['pages']:>7,d} {row['errors']:>4d} "
              f"{row['seconds']:>7.1f} {row['pages_per_s']:>7.0f} "
              f"{row['pages_per_s'] / serial['pages_per_s']:>7.2f}x {row['cpu_ms']:>11.2f} "
              f"{row['cpu_seconds'] / row['seconds']:>9.2f} {statistics.mean(row['loads']):>5.1f} "
              f"{row['rss_10pct_mb']:>10.0f} {row['rss_peak_mb']:>11.0f}")
    print("speed-up: pages/s against the serial row of this run. CPU ms/page: driver and every "
          "worker process. CPU share: CPU s per wall s of the engine (at most the session's).")
    for row in rows[1:]:
        print(f"  {row['engine']}: {serial['cpu_ms'] / row['cpu_ms']:.2f} of the serial work per "
              f"CPU second, so on 2 free cores at most "
              f"{2 * serial['cpu_ms'] / row['cpu_ms']:.2f}x (derived, not measured)")
    print(f"\nper French page (median of 300, same process): full audit row {ms_ours:.2f} ms, "
          f"textstat flesch_reading_ease alone {ms_textstat:.2f} ms "
          f"(ratio {ms_ours / ms_textstat:.1f}x)")
    print(f"WXR of {wxr['posts']:,} posts ({wxr['file_mb']:.0f} MB) read by read_wxr in "
          f"{wxr['seconds']:.1f} s ({wxr['posts_per_s']:,.0f} posts/s); driver RSS "
          f"{wxr['rss_10pct_mb']:.0f} MB after 10 %, {wxr['rss_peak_mb']:.0f} MB at the end "
          f"(load average {os.getloadavg()[0]:.1f})")
    if near:
        print(f"\nnear-duplicate titles (token_sort_ratio >= 90): {'titles':>7s} {'pairs':>6s} "
              f"{'LSH s':>7s} {'every pair s':>12s} {'speed-up':>8s} {'recall':>6s} {'load':>5s}")
    for row in near:
        print(f"{'':47s} {row['titles']:>7,d} {row['pairs']:>6d} {row['lsh_s']:>7.2f} "
              f"{row['every_s']:>12.2f} {row['every_s'] / row['lsh_s']:>7.1f}x "
              f"{row['recall']:>6.3f} {row['load']:>5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
