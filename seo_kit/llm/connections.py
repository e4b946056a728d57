"""The openai clients chat() sends through: one per server and settings, reused.

Each client's HTTP client (openai.DefaultHttpxClient, openai's own) carries a response hook,
waits.ResponseWatch, that announces the client's long Retry-After waits; seo_kit never imports the
transport library itself.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections import OrderedDict

import openai

from seo_kit.llm import waits
from seo_kit.llm.endpoint import Endpoint
from seo_kit.llm.faults import where

__all__ = ["async_client", "sync_client"]

_clients: OrderedDict[tuple, openai.OpenAI] = OrderedDict()
_clients_lock = threading.Lock()
_MAX_CLIENTS = 8  # keep the most recently used; test suites make one per server


def sync_client(base_url: str, endpoint: Endpoint) -> openai.OpenAI:
    """One openai.OpenAI per (url, key, settings), reused so connections are kept alive."""
    key = (base_url, endpoint.api_key, endpoint.timeout_s, endpoint.max_retries)
    with _clients_lock:
        if key in _clients:
            _clients.move_to_end(key)
            return _clients[key]
        watch = waits.ResponseWatch(where(endpoint), endpoint.max_retries)
        _clients[key] = openai.OpenAI(
            base_url=base_url, api_key=endpoint.api_key, timeout=endpoint.timeout_s,
            max_retries=endpoint.max_retries,
            http_client=openai.DefaultHttpxClient(event_hooks={"response": [watch]}),
        )
        while len(_clients) > _MAX_CLIENTS:
            # dropped, not closed: a thread may still be using it; the client closes when freed
            _clients.popitem(last=False)
        return _clients[key]


_async_clients: weakref.WeakKeyDictionary[
    asyncio.AbstractEventLoop, dict[tuple, openai.AsyncOpenAI]
] = weakref.WeakKeyDictionary()


def async_client(base_url: str, endpoint: Endpoint) -> openai.AsyncOpenAI:
    """One openai.AsyncOpenAI per event loop and settings: an async client's connections
    belong to the loop that opened them, and building a client costs tens of milliseconds."""
    key = (base_url, endpoint.api_key, endpoint.timeout_s, endpoint.max_retries)
    clients = _async_clients.setdefault(asyncio.get_running_loop(), {})
    if key not in clients:
        watch = waits.ResponseWatch(where(endpoint), endpoint.max_retries)
        clients[key] = openai.AsyncOpenAI(
            base_url=base_url, api_key=endpoint.api_key, timeout=endpoint.timeout_s,
            max_retries=endpoint.max_retries,
            http_client=openai.DefaultAsyncHttpxClient(
                event_hooks={"response": [watch.async_hook]}),
        )
    return clients[key]
