"""Which model server a call goes to: arguments first, then the environment, else the embedded model.

    argument            environment        meaning
    base_url            OPENAI_BASE_URL    any OpenAI-compatible server (…/v1)
    api_key             OPENAI_API_KEY     the key; api.openai.com needs one, local servers do not
    model               SEO_KIT_MODEL      the model name sent with every request

With neither a URL nor a key, calls go to the embedded llama.cpp server (seo_kit.llm.local), which
is started on the first call, not here: resolving an endpoint never loads a model.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Literal, get_args

from seo_kit.errors import AuthError, InputError

__all__ = ["DEFAULT_OPENAI_MODEL", "EMBEDDED_URL", "OPENAI_URL", "Endpoint", "resolve_endpoint"]

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


def resolve_endpoint(
    base_url: str | None = None, api_key: str | None = None, model: str | None = None
) -> Endpoint:
    """Choose the endpoint from the arguments, then OPENAI_BASE_URL / OPENAI_API_KEY /
    SEO_KIT_MODEL; with neither a URL nor a key, the embedded local model."""
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    api_key = api_key or os.environ.get("OPENAI_API_KEY") or None
    model = model or os.environ.get("SEO_KIT_MODEL") or None

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
        return Endpoint(base_url, model or DEFAULT_OPENAI_MODEL, api_key, kind="openai")
    return Endpoint(
        base_url, model or _first_served_model(base_url, api_key), api_key or PLACEHOLDER_KEY,
        kind="compatible",
    )


def _first_served_model(base_url: str, api_key: str | None) -> str:
    """Ask a compatible server which model it serves (GET /models) when none was named."""
    import openai

    from seo_kit.errors import EndpointError

    client = openai.OpenAI(
        base_url=base_url, api_key=api_key or PLACEHOLDER_KEY, timeout=10.0, max_retries=0
    )
    try:
        models = [m.id for m in client.models.list()]
    except openai.OpenAIError as exc:
        raise EndpointError(
            f"No model named and {base_url}/models could not be listed ({type(exc).__name__}). "
            "Pass model=… or set SEO_KIT_MODEL."
        ) from None
    finally:
        client.close()
    if not models:
        raise EndpointError(
            f"{base_url} serves no model. Pass model=… or set SEO_KIT_MODEL."
        )
    return models[0]
