"""Retry-After: the client's own waits are announced, a wait longer than the client accepts ends in
a message saying how long the server asked (default) or is waited out with a countdown when the
user allows it — through the real openai client against the scripted server.

Waits beyond the client's 120 s are not slept in tests: `seo_kit.llm.waits.sleep` is replaced by a
recorder (the countdown still runs, second by second, and prints)."""

from __future__ import annotations

import asyncio

import pytest
from scripted_server import Status

from seo_kit.errors import EndpointError, InputError, RateLimitError
from seo_kit.llm import RunLog, achat, chat, resolve_endpoint, waits


@pytest.fixture
def slept(monkeypatch):
    seconds: list[float] = []
    monkeypatch.setattr(waits, "sleep", seconds.append)
    return seconds


@pytest.mark.parametrize(("status", "error_class"), [(429, RateLimitError), (503, EndpointError)])
@pytest.mark.parametrize("max_retries", [0, 2])
def test_a_wait_beyond_the_client_stops_by_default_and_says_how_long(
        scripted_server, scripted_endpoint, slept, status, error_class, max_retries):
    scripted_server.enqueue(Status(status, retry_after=300))

    with pytest.raises(error_class) as raised:
        chat("Bonjour", endpoint=scripted_endpoint, max_retries=max_retries, purpose="wait")

    message = str(raised.value)
    for words in (f"HTTP {status}", "asked to wait 300 s (Retry-After)", "120 s",
                  "not retried", "SEO_KIT_MAX_WAIT=300", "--max-wait 300"):
        assert words in message
    assert "retries" not in message  # one request was sent: no claim of retries
    assert len(scripted_server.chat_requests) == 1 and slept == []
    [row] = RunLog().calls()
    assert row.error == message


def test_a_wait_allowed_by_max_wait_is_counted_down_then_sent_again(
        scripted_server, scripted_endpoint, slept, capsys):
    scripted_server.enqueue(Status(429, retry_after=150), "Après l'attente.")

    record = chat("Bonjour", endpoint=scripted_endpoint, max_wait=200, purpose="wait")

    assert record.text == "Après l'attente."
    assert sum(slept) == 150 and len(slept) == 150  # one tick a second
    shown = capsys.readouterr().err
    assert "asked to wait (Retry-After)" in shown and "150/150" in shown
    answered, failed = RunLog().calls()  # newest first
    assert "asked to wait 150 s" in failed.error and "seo_kit waits 150 s" in failed.error
    assert answered.error is None and answered.text == "Après l'attente."


def test_max_wait_bounds_the_total_waited(scripted_server, scripted_endpoint, slept):
    scripted_server.enqueue(Status(429, retry_after=150), Status(429, retry_after=150))

    with pytest.raises(RateLimitError, match="asked to wait 150 s"):
        chat("Bonjour", endpoint=scripted_endpoint, max_wait=200)
    assert sum(slept) == 150  # the second wait would pass 200 s in all: stopped instead
    assert len(scripted_server.chat_requests) == 2
    assert RunLog().count_calls(errors=True) == 2


def test_the_async_call_waits_out_the_same_way(scripted_server, scripted_endpoint, slept):
    scripted_server.enqueue(Status(503, retry_after=130), "Réponse asynchrone.")

    record = asyncio.run(achat("Bonjour", endpoint=scripted_endpoint, max_wait=130))

    assert record.text == "Réponse asynchrone." and sum(slept) == 130


def test_a_long_wait_of_the_client_itself_is_announced(
        scripted_server, scripted_endpoint, monkeypatch, capsys):
    monkeypatch.setattr(waits, "NOTICE_S", 0.5)  # announce from 0.5 s so the test waits 1 s
    scripted_server.enqueue(Status(429, retry_after=1), "Servi au second essai.")

    record = chat("Bonjour", endpoint=scripted_endpoint, max_retries=1)

    assert record.text == "Servi au second essai."
    shown = capsys.readouterr().err
    assert "answered HTTP 429 and asked to wait 1 s (Retry-After): retry 1 of 1 at" in shown


def test_a_short_backoff_is_not_announced(scripted_server, scripted_endpoint, capsys):
    scripted_server.enqueue(Status(500), "Réponse.")

    chat("Bonjour", endpoint=scripted_endpoint, max_retries=1)

    assert "Retry-After" not in capsys.readouterr().err


@pytest.mark.parametrize(("value", "seconds"), [("", 0.0), ("600", 600.0), ("90.5", 90.5)])
def test_seo_kit_max_wait_sets_the_endpoint(monkeypatch, scripted_server, value, seconds):
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.url)
    monkeypatch.setenv("SEO_KIT_MAX_WAIT", value)
    assert resolve_endpoint().max_wait_s == seconds


@pytest.mark.parametrize("value", ["ten", "-5", "inf"])
def test_a_bad_seo_kit_max_wait_is_refused(monkeypatch, scripted_server, value):
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.url)
    monkeypatch.setenv("SEO_KIT_MAX_WAIT", value)
    with pytest.raises(InputError, match="SEO_KIT_MAX_WAIT"):
        resolve_endpoint()


@pytest.mark.parametrize(("headers", "seconds"), [
    ({"retry-after": "90"}, 90.0),
    ({"retry-after-ms": "1500", "retry-after": "90"}, 1.5),
    ({"retry-after": "soon"}, None),
    ({}, None),
])
def test_retry_after_is_read_as_the_client_reads_it(headers, seconds):
    assert waits.retry_after_s(headers) == seconds


def test_seo_kit_rewrite_max_wait_waits_out_a_long_retry_after(
        scripted_server, monkeypatch, slept, tmp_path, capsys):
    from french_writer import FrenchWriter

    from seo_kit.cli import main

    scripted_server.responder = FrenchWriter()
    scripted_server.enqueue(Status(429, retry_after=180))  # the first call is refused
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.url)
    monkeypatch.setenv("SEO_KIT_MODEL", scripted_server.model)
    monkeypatch.delenv("SEO_KIT_MAX_WAIT", raising=False)
    article = tmp_path / "article.txt"
    article.write_text("Sergueï Lavrov est arrivé à Pyongyang pour une visite officielle. " * 40,
                       encoding="utf-8")
    command = ["rewrite", str(article), "--lang", "fr", "--min-words", "300",
               "--keyword", "Lavrov", "--out", str(tmp_path / "out.md")]

    assert main([*command, "--max-wait", "200"]) == 0
    assert sum(slept) == 180 and (tmp_path / "out.md").is_file()

    scripted_server.enqueue(Status(429, retry_after=180))
    monkeypatch.delenv("SEO_KIT_MAX_WAIT")
    assert main([*command, "--no-cache"]) == 1  # default: stop, and say how long it asked
    assert "asked to wait 180 s (Retry-After)" in capsys.readouterr().err
