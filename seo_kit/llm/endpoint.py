"""Which model server a call goes to: arguments first, then the environment, else the embedded model.

    argument            environment        meaning
    base_url            OPENAI_BASE_URL    any OpenAI-compatible server (…/v1)
    api_key             OPENAI_API_KEY     the key; api.openai.com needs one, local servers do not
    model               SEO_KIT_MODEL      the model name sent with every request
    max_wait_s          SEO_KIT_MAX_WAIT   seconds seo_kit may wait when a server's Retry-After
                                           is longer than the openai client waits (120 s);
                                           0 (default): stop and say how long it asked

With neither a URL nor a key, calls go to the embedded llama.cpp server (seo_kit.llm.local), which
is started on the first call, not here: resolving an endpoint never loads a model.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Literal, get_args
from urllib.parse import urlsplit

from seo_kit.errors import AuthError, EndpointError, InputError

__all__ = [
    "DEFAULT_OPENAI_MODEL",
    "EMBEDDED_URL",
    "OPENAI_URL",
    "Endpoint",
    "check_base_url",
    "resolve_endpoint",
]

OPENAI_URL = "https://api.openai.com/v1"
# The embedded server listens on a free port chosen at start; records and the cache use this
# stable address instead so that a cached answer survives a restart.
EMBEDDED_URL = "local://embedded"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
# Local servers ignore the key, but the openai client refuses to run without one.
PLACEHOLDER_KEY = "not-needed"

# "openai": api.openai.com (costs are known); "compatible": any other OpenAI-compatible server,
# tests' scripted server included; "embedded": the llama.cpp server seo_kit starts itself.
Kind = Literal["openai", "compatible", "embedded"]
KINDS: tuple[str, ...] = get_args(Kind)


@dataclass(frozen=True)
class Endpoint:
    """Where to send chat requests. The key is kept out of repr, records and messages."""

    base_url: str
    model: str
    api_key: str = field(default=PLACEHOLDER_KEY, repr=False)
    kind: Kind = "compatible"
    # Client settings (the openai client retries and times out on its own; we only choose).
    timeout_s: float = 120.0
    max_retries: int = 2
    # Retry-After longer than the client waits: 0 → stop with a message; > 0 → wait up to that
    # many seconds in all (with a countdown), then send again.
    max_wait_s: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InputError(f"unknown endpoint kind {self.kind!r}: use one of {', '.join(KINDS)}")
        object.__setattr__(self, "base_url", self.base_url.rstrip("/"))

    def with_options(self, **changes: object) -> Endpoint:
        """A copy with other client settings, e.g. `endpoint.with_options(timeout_s=5)`."""
        return replace(self, **changes)

    def scrub(self, message: str) -> str:
        """`message` with this endpoint's key removed, for errors and logs."""
        if self.api_key and self.api_key != PLACEHOLDER_KEY and len(self.api_key) >= 4:
            message = message.replace(self.api_key, "[api key hidden]")
        return message


def check_base_url(base_url: str) -> str:
    """`base_url` if it is an http(s) URL with a host (and a valid port), else EndpointError
    naming the value and the fix. The openai client would fail later with a transport error."""
    try:
        parts = urlsplit(base_url)
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        parts, port_ok = None, False
    if (parts is None or parts.scheme not in ("http", "https") or not parts.hostname
            or not port_ok or any(c.isspace() for c in base_url)):
        raise EndpointError(
            f"the model server address {base_url!r} (OPENAI_BASE_URL or base_url=…) is not an "
            "http(s) URL. Set it like http://127.0.0.1:8080/v1, or unset OPENAI_BASE_URL to use "
            "the embedded local model."
        )
    return base_url


def _max_wait_from_env() -> float:
    value = os.environ.get("SEO_KIT_MAX_WAIT", "").strip()
    try:
        seconds = float(value) if value else 0.0
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise InputError(f"SEO_KIT_MAX_WAIT={value!r}: give a number of seconds (0 = never wait)")
    return seconds


def resolve_endpoint(
    base_url: str | None = None, api_key: str | None = None, model: str | None = None
) -> Endpoint:
    """Choose the endpoint from the arguments, then OPENAI_BASE_URL / OPENAI_API_KEY /
    SEO_KIT_MODEL / SEO_KIT_MAX_WAIT; with neither a URL nor a key, the embedded local model.

    Raises AuthError (api.openai.com without a key), EndpointError (a malformed URL, or no model
    named and none listed by the server; the failed lookup is saved to the run log), InputError
    (SEO_KIT_MAX_WAIT not a number).
    """
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    api_key = api_key or os.environ.get("OPENAI_API_KEY") or None
    model = model or os.environ.get("SEO_KIT_MODEL") or None
    max_wait_s = _max_wait_from_env()

    if base_url is None and api_key is None:
        from seo_kit.llm.local import embedded_model_name

        return Endpoint(
            base_url=EMBEDDED_URL,
            model=model or embedded_model_name(),
            kind="embedded",
            # ~10 tokens/s on two cores: a 1024-token answer needs minutes, not seconds.
            timeout_s=900.0,
            max_retries=0,
        )
    base_url = (base_url or OPENAI_URL).rstrip("/")
    if "api.openai.com" in base_url:
        if api_key is None:
            raise AuthError(
                "api.openai.com needs an API key: set OPENAI_API_KEY (or pass api_key=…), "
                "or unset OPENAI_BASE_URL to use the embedded local model."
            )
        return Endpoint(base_url, model or DEFAULT_OPENAI_MODEL, api_key, kind="openai",
                        max_wait_s=max_wait_s)
    return Endpoint(
        base_url, model or _first_served_model(base_url, api_key), api_key or PLACEHOLDER_KEY,
        kind="compatible", max_wait_s=max_wait_s,
    )


def _first_served_model(base_url: str, api_key: str | None) -> str:
    """Ask a compatible server which model it serves (GET /models) when none was named; a
    failure is saved to the run log as a call with purpose "list models"."""
    import openai

    from seo_kit.llm.client import log_failed_call

    def fail(message: str) -> EndpointError:
        scrubbed = Endpoint(base_url, "", api_key or PLACEHOLDER_KEY).scrub(message)
        log_failed_call(base_url, "", "list models", scrubbed)
        return EndpointError(scrubbed)

    try:
        check_base_url(base_url)
    except EndpointError as exc:
        raise fail(str(exc)) from None
    client = openai.OpenAI(
        base_url=base_url, api_key=api_key or PLACEHOLDER_KEY, timeout=10.0, max_retries=0
    )
    try:
        models = [m.id for m in client.models.list()]
    except (openai.OpenAIError, ValueError, AttributeError, TypeError) as exc:
        # ValueError/AttributeError/TypeError: a 200 whose body is not a model list
        raise fail(
            f"No model named and {base_url}/models could not be listed ({type(exc).__name__}). "
            "Pass model=… or set SEO_KIT_MODEL."
        ) from None
    finally:
        client.close()
    if not models:
        raise fail(f"{base_url} serves no model. Pass model=… or set SEO_KIT_MODEL.")
    return models[0]
