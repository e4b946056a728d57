"""openai client exceptions → seo_kit errors whose message names the cause and the fix.

    openai.AuthenticationError 401, PermissionDeniedError 403   → AuthError
    openai.RateLimitError 429 (after the client's own retries)  → RateLimitError
    openai.APITimeoutError                                      → EndpointError ("did not answer…")
    openai.APIConnectionError: refused                          → EndpointError ("is it running?")
    openai.APIConnectionError mid-stream, ConnectionAbortedError → EndpointError ("…broke…")
    openai.APIStatusError 5xx / other 4xx                       → EndpointError
    any of these with a Retry-After beyond what the client waits → RateLimitError/EndpointError
                                                  saying how long the server asked for
    a 200 whose body the client cannot read as JSON (ValueError) → AnswerError

Only the openai client's own exception classes are caught: its transport (httpx, then httpx2 in
openai 3.x) is its business, and it wraps transport errors in APIConnectionError/APITimeoutError.
A stream that ends without a finish_reason is raised by the client module as the builtin
ConnectionAbortedError.

Messages never include the key (the caller scrubs them with Endpoint.scrub as well, in case a
server echoes it back).
"""

from __future__ import annotations

import openai

from seo_kit.errors import AnswerError, AuthError, EndpointError, ModelError, RateLimitError
from seo_kit.llm import waits
from seo_kit.llm.endpoint import Endpoint

__all__ = ["map_error", "where"]


def where(endpoint: Endpoint) -> str:
    """How messages name the endpoint."""
    if endpoint.kind == "embedded":
        return "the embedded model"
    return f"the server at {endpoint.base_url}"


def _retries(exc: Exception, endpoint: Endpoint) -> str:
    """How many times the client retried, as counted on its last request (not as allowed)."""
    taken = waits.retries_taken(exc)
    if taken is None:
        taken = endpoint.max_retries
    return "on the first request, not retried" if taken == 0 else \
        f"after {taken} retr{'y' if taken == 1 else 'ies'}"


def _beyond_client(exc: Exception, place: str, endpoint: Endpoint) -> str | None:
    wait = waits.beyond_client(exc)
    if wait is None:
        return None
    status = getattr(exc, "status_code", "?")
    return (
        f"{place} answered HTTP {status} and asked to wait {wait:g} s (Retry-After), longer "
        f"than the openai client waits by itself ({waits.CLIENT_MAX_RETRY_AFTER_S:g} s), so it "
        f"was not retried{f' (seo_kit may wait {endpoint.max_wait_s:g} s)' if endpoint.max_wait_s else ''}. "
        f"Run again later, or let seo_kit wait with a countdown: SEO_KIT_MAX_WAIT={wait:.0f} "
        f"(or max_wait={wait:.0f}, or seo-kit rewrite --max-wait {wait:.0f})."
    )


def map_error(exc: Exception, endpoint: Endpoint) -> ModelError:
    place = where(endpoint)
    retries = _retries(exc, endpoint)
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return AuthError(
            f"{place} refused the API key (HTTP {exc.status_code}). Set OPENAI_API_KEY to a "
            "valid key (or pass api_key=…), or unset OPENAI_API_KEY and OPENAI_BASE_URL to use "
            "the embedded local model."
        )
    if (too_long := _beyond_client(exc, place, endpoint)) is not None:
        error_class = RateLimitError if isinstance(exc, openai.RateLimitError) else EndpointError
        return error_class(too_long)
    if isinstance(exc, openai.RateLimitError):
        return RateLimitError(
            f"{place} answered 429 (rate limit) {retries}. Wait a minute, lower "
            "concurrency, or allow more retries (max_retries=…)."
        )
    if isinstance(exc, openai.APITimeoutError):
        return EndpointError(
            f"{place} did not answer within {endpoint.timeout_s:g} s {retries}. Raise timeout=…, "
            "lower max_tokens, or check that the server is not overloaded."
        )
    if isinstance(exc, openai.APIConnectionError) and _cause_name(exc) == "ConnectError":
        return EndpointError(
            f"could not connect to {place} ({_describe(exc.__cause__)}): is it running? "
            "Check OPENAI_BASE_URL, or unset it to use the embedded local model."
        )
    if isinstance(exc, (openai.APIConnectionError, ConnectionAbortedError)):
        cause = exc.__cause__ if isinstance(exc, openai.APIConnectionError) else exc
        return EndpointError(
            f"the connection to {place} broke before the answer was complete "
            f"({_describe(cause)}). Retry; if it keeps happening, check the server's logs or use "
            "another endpoint."
        )
    if isinstance(exc, openai.APIStatusError):
        hint = (
            "The server failed; retry later or use another endpoint."
            if exc.status_code >= 500
            else "Check the model name (SEO_KIT_MODEL) and the request parameters."
        )
        return EndpointError(
            f"{place} answered HTTP {exc.status_code} {retries}: {_server_message(exc)}. {hint}"
        )
    if isinstance(exc, ValueError):  # the client could not read a 200's body as JSON
        return AnswerError(
            f"{place} answered with a body that is not valid JSON ({_describe(exc)}). Check "
            "that OPENAI_BASE_URL is the …/v1 address of an OpenAI-compatible server."
        )
    return EndpointError(f"{place} failed: {_describe(exc)}")


def _cause_name(exc: BaseException) -> str:
    return type(exc.__cause__).__name__ if exc.__cause__ else ""


def _describe(exc: BaseException | None) -> str:
    if exc is None:
        return "no detail"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            return str(inner["message"])[:300]
    return str(exc.message)[:300]
