"""The one seam to models: choose an endpoint, chat through the openai client, log every call.

    >>> from seo_kit.llm import chat, resolve_endpoint
    >>> record = chat([{"role": "user", "content": "Bonjour"}], purpose="demo")
    >>> record.text, record.completion_tokens, record.latency_s

Endpoints: OpenAI (OPENAI_API_KEY), any OpenAI-compatible server (OPENAI_BASE_URL), or — with
neither set — the embedded llama.cpp server of seo_kit.llm.local, started on first use.
"""

from seo_kit.llm.client import achat, chat
from seo_kit.llm.endpoint import Endpoint, resolve_endpoint
from seo_kit.llm.records import CallRecord
from seo_kit.llm.runlog import RunLog, seo_kit_home

__all__ = ["CallRecord", "Endpoint", "RunLog", "achat", "chat", "resolve_endpoint", "seo_kit_home"]
