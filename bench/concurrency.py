"""N chat calls at once through achat() vs one, against the scripted server with injected latency.

Target (issue #3): 8 concurrent calls in ≤ 1.3× the time of one. Peers measured in the same run:
one call, 8 calls one after the other, 8 at once, and the same 8 again (served from the cache).

    .venv/bin/python bench/concurrency.py [--latency 0.5] [--n 8]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from scripted_server import ScriptedServer

from seo_kit.llm import Endpoint, RunLog, achat, chat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.5, help="seconds per answer")
    parser.add_argument("--n", type=int, default=8, help="concurrent calls")
    args = parser.parse_args()
    os.environ["SEO_KIT_HOME"] = tempfile.mkdtemp(prefix="seo_kit_bench_")

    with ScriptedServer() as server:
        server.latency_s = args.latency
        endpoint = Endpoint(server.url, server.model, kind="compatible", max_retries=0)
        prompts = [f"Variante {k} : réécris l'article." for k in range(args.n)]

        async def at_once(use_cache: bool) -> float:
            started = time.perf_counter()
            await asyncio.gather(*(achat(p, endpoint=endpoint, use_cache=use_cache)
                                   for p in prompts))
            return time.perf_counter() - started

        chat("warm-up", endpoint=endpoint, use_cache=False)
        started = time.perf_counter()
        asyncio.run(achat("Une seule variante.", endpoint=endpoint, use_cache=False))
        one = time.perf_counter() - started

        started = time.perf_counter()
        for prompt in prompts:
            chat(prompt, endpoint=endpoint, use_cache=False)
        sequential = time.perf_counter() - started

        concurrent = asyncio.run(at_once(use_cache=False))
        requests_before = len(server.chat_requests)
        replay = asyncio.run(at_once(use_cache=True))
        replay_requests = len(server.chat_requests) - requests_before

    rows = [
        ("1 call (achat)", 1, one),
        (f"{args.n} calls, one after the other (chat)", args.n, sequential),
        (f"{args.n} calls at once (achat + gather)", args.n, concurrent),
        (f"{args.n} calls again, from the cache", args.n, replay),
    ]
    print(f"scripted server, {args.latency:g} s injected latency per answer")
    print(f"{'case':<44} {'calls':>5} {'seconds':>8} {'× one call':>10}")
    for name, calls, seconds in rows:
        print(f"{name:<44} {calls:>5} {seconds:>8.3f} {seconds / one:>10.2f}")
    ratio = concurrent / one
    print(f"\n{args.n} at once / 1 = {ratio:.2f} (target ≤ 1.30: {'met' if ratio <= 1.3 else 'MISSED'})")
    print(f"cache replay: {replay_requests} HTTP requests, "
          f"{RunLog().count_calls(cached=True)} calls served from the run log")
    return 0 if ratio <= 1.3 and replay_requests == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
