"""The scripted server itself, driven by the plain openai client: what other tests rely on."""

from __future__ import annotations

import openai
import pytest
from scripted_server import Delay, Reply, ScriptedServer, Status


def client(server: ScriptedServer, **options) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.url, api_key="sk-test", max_retries=0, **options)


def test_models_lists_the_scripted_model(scripted_server):
    assert [m.id for m in client(scripted_server).models.list()] == ["scripted-model"]


def test_script_items_are_consumed_in_order_then_the_responder_answers(scripted_server):
    scripted_server.enqueue("un", Reply("deux", finish_reason="length"))
    ask = client(scripted_server).chat.completions.create

    answers = [ask(model="m", messages=[{"role": "user", "content": "q"}]) for _ in range(3)]

    assert [a.choices[0].message.content for a in answers] == [
        "un", "deux", "Réponse scriptée à : q"]
    assert [a.choices[0].finish_reason for a in answers] == ["stop", "length", "stop"]
    assert scripted_server.pending == 0


def test_streaming_without_usage_sends_no_usage_chunk(scripted_server):
    scripted_server.enqueue("a b c")

    chunks = list(client(scripted_server).chat.completions.create(
        model="m", messages=[{"role": "user", "content": "q"}], stream=True))

    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "a b c"
    assert all(c.usage is None for c in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_status_faults_carry_retry_after(scripted_server):
    scripted_server.enqueue(Status(429, retry_after=7))

    with pytest.raises(openai.RateLimitError) as raised:
        client(scripted_server).chat.completions.create(model="m", messages=[])

    assert raised.value.response.headers["retry-after"] == "7"


def test_a_delay_longer_than_the_timeout_times_out(scripted_server):
    scripted_server.enqueue(Delay(3, then="trop tard"))

    with pytest.raises(openai.APITimeoutError):
        client(scripted_server, timeout=0.3).chat.completions.create(model="m", messages=[])


def test_requests_are_recorded_with_body_and_headers(scripted_server):
    client(scripted_server).chat.completions.create(
        model="m", messages=[{"role": "user", "content": "q"}], temperature=0.1)

    [request] = scripted_server.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.body["temperature"] == 0.1
    assert request.headers["authorization"] == "Bearer sk-test"
