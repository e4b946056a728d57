"""``seo-kit serve-local``: run the embedded model as an OpenAI-compatible server until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    from seo_kit.llm.local import DEFAULT_PARALLEL

    parser.add_argument("--model", metavar="PATH",
                        help="a GGUF file to serve (default: the embedded Qwen2.5-Coder-1.5B)")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: free)")
    parser.add_argument("--ctx", type=int, default=8192, help="context length in tokens")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads")
    parser.add_argument("--parallel", type=int, default=DEFAULT_PARALLEL,
                        help="requests answered at once (slots sharing the context)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from seo_kit.llm.local import serve_forever

    serve_forever(args.model, port=args.port, n_ctx=args.ctx, threads=args.threads,
                  parallel=args.parallel)
    return 0
