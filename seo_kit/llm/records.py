"""The record every model call yields, the hash that makes it cacheable, and its price."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

__all__ = ["CallRecord", "estimate_cost", "new_call_id", "request_hash", "utc_now"]

# USD per million tokens (input, output), list prices of OpenAI models. Dated snapshots
# ("gpt-4o-mini-2024-07-18") use the price of their longest matching prefix.
PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-3.5-turbo": (0.50, 1.50),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
    "o3-mini": (1.10, 4.40),
    "o4-mini": (1.10, 4.40),
}


@dataclass(frozen=True)
class CallRecord:
    """One chat call: what was asked, what came back, what it cost. Never holds the key."""

    id: str
    request_hash: str
    created_at: str  # ISO 8601, UTC
    base_url: str
    model: str
    messages: tuple[dict[str, str], ...]
    params: dict[str, Any]
    text: str
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    latency_s: float
    cost_usd: float | None  # None when the price is unknown (local and compatible servers)
    cached: bool
    error: str | None
    purpose: str

    @property
    def truncated(self) -> bool:
        """The answer was cut by max_tokens: continue it or ask for less."""
        return self.finish_reason == "length"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["messages"] = [dict(m) for m in self.messages]
        return data


def request_hash(base_url: str, model: str, messages: list[dict], params: dict[str, Any]) -> str:
    """Content address of a request: same server, model, messages and parameters → same hash."""
    canonical = json.dumps(
        {"base_url": base_url, "model": model, "messages": messages, "params": params},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def estimate_cost(
    model: str, prompt_tokens: int | None, completion_tokens: int | None
) -> float | None:
    """USD for one call at list price, or None when the model's price is not in the table."""
    if prompt_tokens is None or completion_tokens is None:
        return None
    matches = [name for name in PRICES_PER_MTOK if model == name or model.startswith(name + "-")]
    if not matches:
        return None
    price_in, price_out = PRICES_PER_MTOK[max(matches, key=len)]
    return round((prompt_tokens * price_in + completion_tokens * price_out) / 1_000_000, 8)


def new_call_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")
