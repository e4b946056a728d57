"""Waits a server asks for (HTTP Retry-After): say how long, show the wait, or stop.

The openai client retries 408/409/429/5xx itself (`max_retries`), honouring Retry-After up to
120 s (openai's MAX_RETRY_AFTER_DELAY) and not retrying at all when the server asks for more.
This module only adds what the client does not do:

- `ResponseWatch`: before each of the client's own waits of NOTICE_S seconds or more, one line on
  stderr says who asked, how long, which retry and when it will be sent (not minutes of silence);
- `beyond_client(exc)`: the wait the server asked for when the client gave up because it was
  longer than the client waits. The caller then stops with a message naming that wait (default),
  or, when allowed (`max_wait` / SEO_KIT_MAX_WAIT / `--max-wait`), waits with `countdown` and
  sends the request again.

Retry-After is read as openai reads it: `retry-after-ms`, then `retry-after` in seconds or as an
HTTP date (RFC 9110 §10.2.3). The retry count comes from the `x-stainless-retry-count` header the
client puts on each attempt.
"""

from __future__ import annotations

import email.utils
import math
import sys
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

__all__ = [
    "CLIENT_MAX_RETRY_AFTER_S",
    "NOTICE_S",
    "ResponseWatch",
    "acountdown",
    "beyond_client",
    "countdown",
    "retries_taken",
    "retry_after_s",
]

CLIENT_MAX_RETRY_AFTER_S = 120.0  # openai._constants.MAX_RETRY_AFTER_DELAY (3.14 … 3.57)
NOTICE_S = 5.0  # a client wait at least this long is announced
_RETRIED_STATUSES = (408, 409, 429)

sleep = time.sleep  # tests replace this module attribute to wait without waiting


def retry_after_s(headers: Mapping[str, str] | None) -> float | None:
    """Seconds the server asked to wait, or None (no header, or one that cannot be read)."""
    if not headers:
        return None
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) / divisor
        except ValueError:
            continue
        return seconds if math.isfinite(seconds) else None
    value = headers.get("retry-after")
    parsed = email.utils.parsedate_tz(value) if value else None
    return float(email.utils.mktime_tz(parsed) - time.time()) if parsed else None


def retries_taken(exc: BaseException) -> int | None:
    """How many retries the openai client made before raising `exc` (None when unknown)."""
    response = getattr(exc, "response", None)
    request = getattr(response, "request", None)
    value = getattr(request, "headers", {}).get("x-stainless-retry-count")
    return int(value) if value and value.isdigit() else None


def beyond_client(exc: BaseException) -> float | None:
    """The Retry-After of a failed answer when it exceeds what the client waits, else None."""
    response = getattr(exc, "response", None)
    wait = retry_after_s(getattr(response, "headers", None))
    return wait if wait is not None and wait > CLIENT_MAX_RETRY_AFTER_S else None


def _notify(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class ResponseWatch:
    """A response hook for the openai client's HTTP client: announces the client's long waits."""

    def __init__(self, place: str, max_retries: int,
                 notify: Callable[[str], None] = _notify) -> None:
        self.place, self.max_retries, self.notify = place, max_retries, notify

    def __call__(self, response: Any) -> None:
        status = response.status_code
        if status not in _RETRIED_STATUSES and status < 500:
            return
        wait = retry_after_s(response.headers)
        taken = int(response.request.headers.get("x-stainless-retry-count") or 0)
        if wait is None or not NOTICE_S <= wait <= CLIENT_MAX_RETRY_AFTER_S:
            return  # a short backoff, or a wait the client refuses (reported when it gives up)
        if taken >= self.max_retries:
            return  # no retry follows: the error says so
        at = (datetime.now() + timedelta(seconds=wait)).strftime("%H:%M:%S")
        self.notify(f"{self.place} answered HTTP {status} and asked to wait {wait:g} s "
                    f"(Retry-After): retry {taken + 1} of {self.max_retries} at {at}…")

    async def async_hook(self, response: Any) -> None:
        self(response)


def countdown(seconds: float, what: str) -> None:
    """Wait `seconds`, showing the time left (a tqdm bar on stderr, updated every second)."""
    from tqdm.auto import tqdm

    total = max(0, math.ceil(seconds))
    with tqdm(total=total, desc=what, unit="s", file=sys.stderr, leave=True,
              bar_format="{desc}: {remaining} left |{bar}| {n_fmt}/{total_fmt} s") as bar:
        for _ in range(total):
            sleep(1.0)
            bar.update(1)


async def acountdown(seconds: float, what: str) -> None:
    """`countdown` for the event loop: the wait runs in a thread, the loop stays free."""
    import asyncio

    await asyncio.to_thread(countdown, seconds, what)
