"""chat() and achat(): the one place seo_kit talks to a model, through the official openai client.

Every call — answered, served from the cache, or failed — becomes a CallRecord saved to the run
log before chat() returns or raises. Retries and timeouts are the openai client's own
(`max_retries`, `timeout`); this module only maps its exceptions to seo_kit.errors with a message
that says what to do, and never with the key.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import openai

from seo_kit.errors import AnswerError, LocalModelError, SeoKitError
from seo_kit.llm import waits
from seo_kit.llm.answer import Answer
from seo_kit.llm.connections import async_client, sync_client
from seo_kit.llm.endpoint import Endpoint, check_base_url, resolve_endpoint
from seo_kit.llm.faults import map_error, where
from seo_kit.llm.records import CallRecord, estimate_cost, new_call_id, request_hash, utc_now
from seo_kit.llm.runlog import RunLog, default_runlog

__all__ = ["Messages", "achat", "chat", "log_failed_call"]

# What a failed call can raise inside chat(): the client's errors, ours (AnswerError for a body
# that is not a completion, LocalModelError), a cut stream, an unreadable JSON body (ValueError).
_FAILURES = (openai.OpenAIError, SeoKitError, ConnectionAbortedError, ValueError)

Messages = Sequence[dict[str, str]] | str


@dataclass(frozen=True)
class _Request:
    """Everything about a call known before it is sent."""

    endpoint: Endpoint
    messages: tuple[dict[str, str], ...]
    params: dict[str, Any]
    hash: str
    purpose: str
    log: RunLog

    def kwargs(self, *, stream: bool = False) -> dict[str, Any]:
        params = {name: value for name, value in self.params.items() if value is not None}
        if stream:
            params.update(stream=True, stream_options={"include_usage": True})
        return {"model": self.endpoint.model, "messages": list(self.messages), **params}

    def record(self, **fields: Any) -> CallRecord:
        defaults: dict[str, Any] = {
            "id": new_call_id(), "request_hash": self.hash, "created_at": utc_now(),
            "base_url": self.endpoint.base_url, "model": self.endpoint.model,
            "messages": self.messages, "params": self.params, "text": "", "finish_reason": None,
            "prompt_tokens": None, "completion_tokens": None, "latency_s": 0.0,
            "cost_usd": None, "cached": False, "error": None, "purpose": self.purpose,
        }
        return CallRecord(**{**defaults, **fields})


def chat(
    messages: Messages, *, endpoint: Endpoint | None = None, temperature: float = 0.7,
    max_tokens: int = 1024, seed: int | None = None, use_cache: bool = True, purpose: str = "",
    stop: str | Sequence[str] | None = None, timeout: float | None = None,
    max_retries: int | None = None, max_wait: float | None = None,
    runlog: RunLog | None = None, on_text: Callable[[str], None] | None = None,
) -> CallRecord:
    """Send one chat request and return its record (saved to the run log first).

    `messages` is a list of {"role", "content"} dicts, or a string for one user message.
    An identical earlier request is served from the run log unless use_cache=False.
    A truncated answer comes back with finish_reason "length"; it is not an error.
    `on_text`, when given, streams the answer: it is called with each new piece of text (once
    with the whole text for a cache hit). `timeout`, `max_retries` and `max_wait` (seconds
    seo_kit may wait, in all, when a Retry-After is longer than the client waits; shown as a
    countdown) override the endpoint's. Every failed attempt is saved to the run log.
    Raises AuthError, RateLimitError, EndpointError, AnswerError or LocalModelError.
    """
    request = _prepare(messages, endpoint, temperature, max_tokens, seed, stop, purpose, runlog)
    hit = _from_cache(request, on_text) if use_cache else None
    if hit is not None:
        return hit
    endpoint = _with_overrides(request.endpoint, timeout, max_retries, max_wait)
    waited = 0.0
    while True:
        started = time.perf_counter()
        try:
            client = sync_client(_live_base_url(endpoint), endpoint)
            answer = _read(client.chat.completions.create(**request.kwargs(stream=bool(on_text))),
                           on_text, where(endpoint))
        except _FAILURES as exc:
            wait = _allowed_wait(exc, endpoint, waited)
            error = _fail(request, endpoint, exc, time.perf_counter() - started, wait)
            if wait is None:
                break
            waits.countdown(wait, f"{where(endpoint)} asked to wait (Retry-After)")
            waited += wait
        else:
            return _finish(request, answer, time.perf_counter() - started)
    raise error  # outside the except block: no chained exception carries the server's text


async def achat(
    messages: Messages, *, endpoint: Endpoint | None = None, temperature: float = 0.7,
    max_tokens: int = 1024, seed: int | None = None, use_cache: bool = True, purpose: str = "",
    stop: str | Sequence[str] | None = None, timeout: float | None = None,
    max_retries: int | None = None, max_wait: float | None = None,
    runlog: RunLog | None = None, on_text: Callable[[str], None] | None = None,
) -> CallRecord:
    """chat() through openai.AsyncOpenAI, for running several calls concurrently."""
    # SQLite and starting the embedded server block: they run in threads, off the event loop.
    request = await asyncio.to_thread(
        _prepare, messages, endpoint, temperature, max_tokens, seed, stop, purpose, runlog
    )
    hit = await asyncio.to_thread(_from_cache, request, on_text) if use_cache else None
    if hit is not None:
        return hit
    endpoint = _with_overrides(request.endpoint, timeout, max_retries, max_wait)
    waited = 0.0
    while True:
        started = time.perf_counter()
        try:
            client = async_client(await asyncio.to_thread(_live_base_url, endpoint), endpoint)
            answer = Answer()
            if on_text is None:
                completion = await client.chat.completions.create(**request.kwargs())
                answer = Answer.from_completion(completion, where(endpoint))
            else:
                async for chunk in await client.chat.completions.create(
                        **request.kwargs(stream=True)):
                    answer.add_chunk(chunk, on_text, where(endpoint))
                answer.check_complete(where(endpoint))
        except _FAILURES as exc:
            wait = _allowed_wait(exc, endpoint, waited)
            error = await asyncio.to_thread(
                _fail, request, endpoint, exc, time.perf_counter() - started, wait
            )
            if wait is None:
                break
            await waits.acountdown(wait, f"{where(endpoint)} asked to wait (Retry-After)")
            waited += wait
        else:
            return await asyncio.to_thread(_finish, request, answer,
                                           time.perf_counter() - started)
    raise error


def _read(response: Any, on_text: Callable[[str], None] | None, place: str) -> Answer:
    """The Answer of a completion, or of a stream fed to `on_text` piece by piece."""
    if on_text is None:
        return Answer.from_completion(response, place)
    answer = Answer()
    for chunk in response:
        answer.add_chunk(chunk, on_text, place)
    answer.check_complete(place)
    return answer


def _allowed_wait(exc: BaseException, endpoint: Endpoint, waited: float) -> float | None:
    """The Retry-After to wait now: longer than the client waits, within what max_wait_s still
    allows; None (stop) otherwise."""
    wait = waits.beyond_client(exc)
    if wait is None or waited + wait > endpoint.max_wait_s:
        return None
    return wait


# --- steps shared by chat and achat ---------------------------------------------------------


def _prepare(
    messages: Messages, endpoint: Endpoint | None, temperature: float, max_tokens: int,
    seed: int | None, stop: str | Sequence[str] | None, purpose: str, runlog: RunLog | None,
) -> _Request:
    endpoint = endpoint or resolve_endpoint()
    normalised = _normalise_messages(messages)
    params = {
        "temperature": temperature,
        "max_tokens": max_tokens,
        "seed": seed,
        "stop": [stop] if isinstance(stop, str) else (list(stop) if stop else None),
    }
    digest = request_hash(endpoint.base_url, endpoint.model, list(normalised), params)
    return _Request(endpoint, normalised, params, digest, purpose, runlog or default_runlog())


def _normalise_messages(messages: Messages) -> tuple[dict[str, str], ...]:
    if isinstance(messages, str):
        messages = [{"role": "user", "content": messages}]
    normalised = []
    for message in messages:
        role, content = message.get("role"), message.get("content")
        if role not in ("system", "user", "assistant") or not isinstance(content, str):
            raise ValueError(
                "each message needs role 'system', 'user' or 'assistant' and a string content; "
                f"got {dict(message)!r:.120}"
            )
        normalised.append({"role": role, "content": content})
    if not normalised:
        raise ValueError("chat() needs at least one message")
    return tuple(normalised)


def _with_overrides(endpoint: Endpoint, timeout: float | None, max_retries: int | None,
                    max_wait: float | None) -> Endpoint:
    return endpoint.with_options(
        timeout_s=timeout if timeout is not None else endpoint.timeout_s,
        max_retries=max_retries if max_retries is not None else endpoint.max_retries,
        max_wait_s=max_wait if max_wait is not None else endpoint.max_wait_s,
    )


def _from_cache(request: _Request, on_text: Callable[[str], None] | None) -> CallRecord | None:
    earlier = request.log.cached_call(request.hash)
    if earlier is None:
        return None
    record = request.record(
        text=earlier.text, finish_reason=earlier.finish_reason,
        prompt_tokens=earlier.prompt_tokens, completion_tokens=earlier.completion_tokens,
        cost_usd=0.0 if earlier.cost_usd is not None else None, cached=True,
    )
    request.log.save_call(record)
    if on_text is not None:
        on_text(record.text)
    return record


def _live_base_url(endpoint: Endpoint) -> str:
    """The URL to send to: the endpoint's, or the embedded server's (started on first use)."""
    if endpoint.kind != "embedded":
        return check_base_url(endpoint.base_url)
    from seo_kit.llm.local import ensure_local_server

    return ensure_local_server()


def _finish(request: _Request, answer: Answer, latency_s: float) -> CallRecord:
    cost = (
        estimate_cost(request.endpoint.model, answer.prompt_tokens, answer.completion_tokens)
        if request.endpoint.kind == "openai" else None
    )
    error = None
    if not answer.text.strip():
        error = (
            f"{where(request.endpoint)} returned an empty answer "
            f"(finish_reason={answer.finish_reason!r}). "
            "Retry with use_cache=False, a higher max_tokens, or another model."
        )
    record = request.record(
        text=answer.text, finish_reason=answer.finish_reason,
        prompt_tokens=answer.prompt_tokens, completion_tokens=answer.completion_tokens,
        latency_s=round(latency_s, 4), cost_usd=cost, error=error,
    )
    request.log.save_call(record)
    if error:
        raise AnswerError(error)
    return record


def _fail(request: _Request, endpoint: Endpoint, exc: Exception, latency_s: float,
          wait: float | None = None) -> SeoKitError:
    """Record the failure, then return the seo_kit error to raise (or, when `wait` is given,
    the error that is being waited out: the record says seo_kit waits and sends again)."""
    error = exc if isinstance(exc, SeoKitError) else map_error(exc, endpoint)
    message = endpoint.scrub(str(error))
    logged = message if wait is None else (
        f"{message} [seo_kit waits {wait:g} s (max_wait {endpoint.max_wait_s:g} s) and sends "
        "the request again]")
    request.log.save_call(request.record(latency_s=round(latency_s, 4), error=logged))
    return error if isinstance(error, LocalModelError) else type(error)(message)


def log_failed_call(base_url: str, model: str, purpose: str, message: str) -> None:
    """Save a call that failed before any chat request could be sent (e.g. listing models)."""
    request = _Request(Endpoint(base_url, model), (), {}, "", purpose, default_runlog())
    request.log.save_call(request.record(error=message))
