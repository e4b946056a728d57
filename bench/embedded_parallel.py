"""The embedded llama.cpp server with 1 slot vs several: K concurrent French sections.

The rewrite engine writes an article's sections concurrently. With one slot llama.cpp answers them
one after the other; with several slots and a unified KV cache it decodes them in one batch, which
on a CPU costs little more than one sequence (the weights are read once per step). Peers measured
in the same run, same model, same prompts:

    .venv/bin/python bench/embedded_parallel.py [--model PATH] [--k 4] [--tokens 96]

Default model: the embedded Qwen2.5-Coder-1.5B (SEO_KIT_LOCAL_MODEL or --model for another).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time

from seo_kit.llm import Endpoint, achat, local

SUBJECTS = ["la diplomatie russe", "la Corée du Nord", "les sanctions", "le nucléaire",
            "les réactions internationales", "la Chine", "les États-Unis", "l'ONU"]


def prompt(subject: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": "Tu es journaliste. Tu écris en français."},
            {"role": "user", "content": f"Écris un paragraphe d'actualité sur {subject}."}]


async def run(endpoint: Endpoint, subjects: list[str], tokens: int) -> tuple[float, int]:
    started = time.perf_counter()
    records = await asyncio.gather(*(
        achat(prompt(s), endpoint=endpoint, max_tokens=tokens, temperature=0.0, use_cache=False)
        for s in subjects))
    return time.perf_counter() - started, sum(r.completion_tokens or 0 for r in records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="GGUF file (default: the embedded model)")
    parser.add_argument("--k", type=int, default=4, help="concurrent requests")
    parser.add_argument("--tokens", type=int, default=96, help="max_tokens per request")
    args = parser.parse_args()
    os.environ["SEO_KIT_HOME"] = tempfile.mkdtemp(prefix="seo_kit_bench_")
    path = args.model or local.local_model_path()

    rows = []
    for slots in (1, args.k):
        url = local.start_local_server(path, parallel=slots)
        endpoint = Endpoint(url, "local", kind="compatible", timeout_s=900, max_retries=0)
        asyncio.run(run(endpoint, ["un mot"], 4))  # warm-up
        one_s, one_tokens = asyncio.run(run(endpoint, SUBJECTS[:1], args.tokens))
        k_s, k_tokens = asyncio.run(run(endpoint, SUBJECTS[:args.k], args.tokens))
        local.stop_local_servers()
        rows.append((slots, one_s, one_tokens, k_s, k_tokens))

    print(f"model {os.path.basename(str(path))}, {args.k} concurrent requests, "
          f"max_tokens {args.tokens}, 2 threads")
    print(f"{'slots':>5} {'1 req s':>8} {'tok/s':>6} {f'{args.k} req s':>8} {'tok/s':>6} "
          f"{'× 1 req':>8}")
    for slots, one_s, one_tokens, k_s, k_tokens in rows:
        print(f"{slots:>5} {one_s:>8.1f} {one_tokens / one_s:>6.1f} {k_s:>8.1f} "
              f"{k_tokens / k_s:>6.1f} {k_s / one_s:>8.2f}")
    base, best = rows[0][3], rows[-1][3]
    print(f"\n{args.k} concurrent requests: {args.k} slots take {best / base:.2f}× the time of 1 slot")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
