"""The one seam to models: choose an endpoint, chat through the openai client, log every call.

    >>> from seo_kit.llm import chat, resolve_endpoint
    >>> record = chat([{"role": "user", "content": "Bonjour"}], purpose="demo")
    >>> record.text, record.completion_tokens, record.latency_s

Endpoints: OpenAI (OPENAI_API_KEY), any OpenAI-compatible server (OPENAI_BASE_URL), or — with
neither set — the embedded llama.cpp server of seo_kit.llm.local, started on first use.

Environment:
    OPENAI_BASE_URL, OPENAI_API_KEY, SEO_KIT_MODEL   the endpoint (seo_kit.llm.endpoint)
    SEO_KIT_HOME          user state, incl. the run log runs.sqlite (default ~/.seo_kit)
    SEO_KIT_MODEL_CACHE   the assembled embedded model (default ~/.cache/seo_kit/models)
    SEO_KIT_LOCAL_MODEL   serve another GGUF file instead of the embedded default
    SEO_KIT_LOCAL_THREADS, _PARALLEL, _CTX, _POLL   embedded server settings (seo_kit.llm.local)

Modules: endpoint (where calls go), client (chat/achat), faults (errors with what to do),
records (CallRecord, hash, prices), runlog (SQLite log and cache), template_log (the prompt
template versions in the run log), local and assemble (the embedded model).
"""

from typing import TYPE_CHECKING

from seo_kit.llm.endpoint import Endpoint, resolve_endpoint
from seo_kit.llm.records import CallRecord
from seo_kit.llm.runlog import RunLog, seo_kit_home

if TYPE_CHECKING:
    from seo_kit.llm.client import achat, chat

__all__ = ["CallRecord", "Endpoint", "RunLog", "achat", "chat", "resolve_endpoint", "seo_kit_home"]


def __getattr__(name: str):
    # chat/achat load the openai client (about half a second): only when a call is made, so that
    # `import seo_kit` and scoring never pay for it
    if name in ("chat", "achat"):
        from seo_kit.llm import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
