"""The embedded default model: a llama.cpp OpenAI-compatible server running inside this process.

xllamacpp (the `local` extra) runs llama.cpp's server in-process, bound to 127.0.0.1 on a free port.
ensure_local_server() starts it on the first call that needs it, once per process (thread-safe),
and it stops at exit. The model is Qwen2.5-Coder-1.5B-Instruct Q4_K_M (Apache-2.0), assembled and
verified by seo_kit.llm.assemble; SEO_KIT_LOCAL_MODEL=/path/to/other.gguf serves another GGUF
file instead (no hash check). `seo-kit serve-local` runs the same server standalone.
"""

from __future__ import annotations

import atexit
import os
import signal
import threading
from pathlib import Path

from seo_kit.errors import LocalModelError
from seo_kit.llm.assemble import (
    INSTALL_HINT,
    QWEN_CODER_1_5B,
    ModelFile,
    discover_parts,
    model_cache_dir,
    model_path,
)

__all__ = [
    "QWEN_CODER_1_5B", "ModelFile", "discover_parts", "embedded_model_name",
    "ensure_local_server", "local_model_path", "model_cache_dir", "model_path", "serve_forever",
    "start_local_server", "stop_local_servers",
]


def local_model_path() -> Path:
    """SEO_KIT_LOCAL_MODEL if set, else the verified embedded default."""
    override = os.environ.get("SEO_KIT_LOCAL_MODEL")
    if override:
        path = Path(override).expanduser()
        if not path.is_file():
            raise LocalModelError(
                f"SEO_KIT_LOCAL_MODEL points at {path}, which is not a file. Fix the path or "
                "unset it to use the embedded default model."
            )
        return path
    return model_path()


def embedded_model_name() -> str:
    """The model name records carry for the embedded server (no file is read or built)."""
    override = os.environ.get("SEO_KIT_LOCAL_MODEL")
    return Path(override).stem.lower() if override else QWEN_CODER_1_5B.name


# Slots of the embedded server: llama.cpp decodes parallel slots in one batch. Measured idle,
# 4 concurrent 48-token requests: 17.9 s with 4 slots vs 23.1 s with 1 (bench/embedded_parallel.py).
# Kept at 1: slots share the n_ctx KV cache, and several long prompts at once could exhaust it.
DEFAULT_PARALLEL = 1
# llama.cpp's threads spin (poll=50) while waiting for each other; on a small machine shared with
# a notebook and other work that spinning takes the cores the model needs. Measured here under
# load (Qwen 1.5B, 48–64 tokens): 6.4 vs 3.4 and 6.5 vs 1.1 tokens/s with poll 0 vs 50; on the
# idle machine poll 0 costs ~7 % (7.8 vs 8.4 tokens/s).
DEFAULT_POLL = 0
_servers: dict[str, object] = {}  # base URL → xllamacpp.Server (alive while referenced)
_default: dict[str, str] = {}  # model path → base URL of the server ensure_local_server started
_servers_lock = threading.Lock()


def start_local_server(
    model_path: str | os.PathLike[str] | None = None, n_ctx: int = 8192, threads: int = 2,
    port: int = 0, parallel: int = 1, poll: int | None = None,
) -> str:
    """Start a llama.cpp server on 127.0.0.1 (a free port unless `port`); returns its …/v1 URL.

    `parallel` slots answer that many requests at once, decoded in one batch; they share one
    KV cache of `n_ctx` tokens (so one long request can still use all of it).
    `poll` (0–100, default SEO_KIT_LOCAL_POLL or DEFAULT_POLL) is how much llama.cpp's worker
    threads busy-wait between steps.
    The server lives until stop_local_servers() or the end of the process.
    """
    try:
        import xllamacpp
    except ImportError:
        raise LocalModelError(
            f"The embedded model needs xllamacpp: `{INSTALL_HINT}`, or set OPENAI_BASE_URL / "
            "OPENAI_API_KEY to use another endpoint."
        ) from None
    path = Path(model_path) if model_path is not None else local_model_path()
    params = xllamacpp.CommonParams()
    params.model.path = str(path)
    params.n_ctx = n_ctx
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.port = port
    params.n_parallel = parallel
    params.cpuparams.poll = params.cpuparams_batch.poll = (
        poll if poll is not None else _env_int("SEO_KIT_LOCAL_POLL", DEFAULT_POLL, minimum=0)
    )
    params.kv_unified = True
    params.verbosity = -1  # llama.cpp logs every request to stderr otherwise
    try:
        server = xllamacpp.Server(params)
    except RuntimeError as exc:
        raise LocalModelError(
            f"llama.cpp could not start with {path} ({exc}). Check that it is a GGUF model "
            "file and that the port is free."
        ) from None
    url = server.listening_address.rstrip("/") + "/v1"
    with _servers_lock:
        if not _servers:
            atexit.register(stop_local_servers)
        _servers[url] = server
    return url


_start_lock = threading.Lock()


def ensure_local_server() -> str:
    """The base URL of this process's embedded server, starting it once (thread-safe).

    Settings from the environment: SEO_KIT_LOCAL_THREADS (default 2), SEO_KIT_LOCAL_PARALLEL
    (slots, default DEFAULT_PARALLEL), SEO_KIT_LOCAL_CTX (default 8192 tokens),
    SEO_KIT_LOCAL_POLL (default DEFAULT_POLL)."""
    path = str(local_model_path())
    with _start_lock:
        url = _default.get(path)
        if url is None or url not in _servers:
            for other in _default.values():  # SEO_KIT_LOCAL_MODEL changed: free the old model
                with _servers_lock:
                    _servers.pop(other, None)
            _default.clear()
            url = start_local_server(
                path, n_ctx=_env_int("SEO_KIT_LOCAL_CTX", 8192),
                threads=_env_int("SEO_KIT_LOCAL_THREADS", 2),
                parallel=_env_int("SEO_KIT_LOCAL_PARALLEL", DEFAULT_PARALLEL),
            )
            _default[path] = url
        return url


def _env_int(name: str, default: int, minimum: int = 1) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return max(minimum, int(value))
    except ValueError:
        raise LocalModelError(f"{name}={value!r} is not a whole number.") from None


def stop_local_servers() -> None:
    """Stop every server this process started (runs at exit)."""
    with _servers_lock:
        _servers.clear()  # xllamacpp stops a server when its object is released
        _default.clear()


def serve_forever(model: str | os.PathLike[str] | None = None, port: int = 0,
                  n_ctx: int = 8192, threads: int = 2, parallel: int = DEFAULT_PARALLEL) -> None:
    """`seo-kit serve-local`: start the server, print its URL, serve until Ctrl-C or SIGTERM.

    Both signals get their own handler here, so the server stops cleanly (prints "Stopped.")
    even when it was started with SIGINT ignored, as a non-interactive shell does for a
    command run with ``&``. Raises `LocalModelError` when `model` is not a file.
    """
    path = Path(model) if model is not None else local_model_path()
    if not path.is_file():
        raise LocalModelError(f"--model {path} is not a file.")
    print(f"Loading {path} …", flush=True)
    url = start_local_server(path, n_ctx=n_ctx, threads=threads, port=port, parallel=parallel)
    print(f"Serving {path.name} at {url}")
    print(f"Use it from another shell or notebook with OPENAI_BASE_URL={url} (Ctrl-C stops it)",
          flush=True)
    stop = threading.Event()
    previous = {signum: signal.signal(signum, lambda *_: stop.set())
                for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        stop.wait()
        print("Stopped.", flush=True)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        stop_local_servers()
