"""How fast is a rewrite? Seconds and tokens/s for one 700-word French article.

    .venv/bin/python bench/rewrite_speed.py              # scripted peer + embedded model
    .venv/bin/python bench/rewrite_speed.py --no-model   # scripted server only (seconds)
    .venv/bin/python bench/rewrite_speed.py --threads 1  # embedded server on 1 thread

Rows, all measured in this run:
  embedded   the real embedded model (Qwen2.5-1.5B via llama.cpp), fresh run log: no cache
  cached     the same rewrite again: every call served from the run log (zero model calls)
  scripted   the same engine against the scripted OpenAI-compatible server (the peer: the
             engine's own overhead — templates, HTTP, scoring, repair — without a model)
  1 vs 8     rewrite_many with 1 and with 8 briefs against the scripted server with 1 s of
             injected latency per call (a remote API's order of magnitude) (target: 8 in ≤ 1.3× the time of 1)
Ratios are against the scripted peer. Speed is never asserted in tests; it is measured here.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from french_writer import FrenchWriter
from scripted_server import ScriptedServer

from seo_kit.llm import Endpoint, RunLog
from seo_kit.rewrite import rewrite, rewrite_many
from seo_kit.rewrite.brief import Brief
from seo_kit.rewrite.inputs import read_article

REQUEST = ROOT / "notebooks" / "data" / "article_request.txt"
BRIEF = Brief(lang="fr", keywords=("Lavrov", "Corée du Nord"), min_words=700, seed=1)


def measure(label: str, article, brief: Brief, log: RunLog) -> dict:
    calls_before = log.count_calls(cached=False)
    started = time.perf_counter()
    variant = rewrite(article, brief, runlog=log)
    seconds = time.perf_counter() - started
    return {"run": label, "seconds": seconds, "model_calls": log.count_calls(cached=False)
            - calls_before, "calls": len(variant.call_ids), "tokens_out": variant.completion_tokens,
            "tokens_per_s": variant.completion_tokens / seconds if seconds else 0.0,
            "words": variant.words, "met": sum(variant.constraints.values()),
            "of": len(variant.constraints),
            "unmet": ",".join(k for k, v in variant.constraints.items() if not v) or "-"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-model", action="store_true", help="skip the embedded model")
    parser.add_argument("--threads", type=int, default=None,
                        help="start the embedded model's server with this many threads (on a "
                             "machine busy with other work, 1 thread can be much faster than 2)")
    args = parser.parse_args()
    os.environ["SEO_KIT_HOME"] = tempfile.mkdtemp(prefix="seo_kit_bench_")
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SEO_KIT_MODEL"):
        os.environ.pop(name, None)
    article = read_article(REQUEST, skip_first_line=True)
    rows = []

    with ScriptedServer() as server:
        server.responder = FrenchWriter(word_ratio=0.8)
        endpoint = Endpoint(server.url, "scripted-model", kind="compatible", max_retries=0)
        measure("warm-up", article, replace(BRIEF, endpoint=endpoint, seed=0),  # imports, caches
                RunLog(Path(tempfile.mkdtemp()) / "runs.sqlite"))
        rows.append(measure("scripted", article, replace(BRIEF, endpoint=endpoint),
                            RunLog(Path(tempfile.mkdtemp()) / "runs.sqlite")))
        server.latency_s = 1.0
        times = {}
        for n in (1, 8):
            log = RunLog(Path(tempfile.mkdtemp()) / "runs.sqlite")
            briefs = [replace(BRIEF, endpoint=endpoint, seed=100 * n + i) for i in range(n)]
            started = time.perf_counter()
            rewrite_many(article, briefs, concurrency=8, progress=False, runlog=log)
            times[n] = time.perf_counter() - started
    peer = rows[0]["seconds"]

    if not args.no_model:
        log = RunLog()
        brief = BRIEF
        if args.threads:  # the embedded server, started here with other settings
            from seo_kit.llm import local

            url = local.start_local_server(local.local_model_path(), threads=args.threads)
            endpoint = Endpoint(url, local.embedded_model_name(), kind="compatible",
                                timeout_s=3600,
                                max_retries=0)
            brief = replace(BRIEF, endpoint=endpoint, sequential=True, model_meta=False)
        rows.append(measure("embedded", article, brief, log))
        rows.append(measure("cached", article, brief, log))

    print(f"\nOne 700-word French rewrite of {REQUEST.name} ({article.words} words in)\n")
    print(f"{'run':10s} {'seconds':>9s} {'× peer':>8s} {'model calls':>12s} {'tokens out':>11s} "
          f"{'tokens/s':>9s} {'words':>6s} {'constraints met':>16s}  unmet")
    for row in rows:
        print(f"{row['run']:10s} {row['seconds']:9.2f} {row['seconds'] / peer:8.1f} "
              f"{row['model_calls']:12d} {row['tokens_out']:11d} {row['tokens_per_s']:9.1f} "
              f"{row['words']:6d} {row['met']:>10d} of {row['of']:<3d}  {row['unmet']}")
    print(f"\nrewrite_many, scripted server with 1 s per call: 1 variant {times[1]:.2f} s, "
          f"8 variants {times[8]:.2f} s → {times[8] / times[1]:.2f}× (target ≤ 1.3×)")


if __name__ == "__main__":
    main()
