"""Each endpoint fault → the right seo_kit error, a message that says what to do, and a logged row.

The openai client does the retrying; these tests only choose max_retries and timeout.
"""

from __future__ import annotations

import socket

import pytest
from scripted_server import Delay, Drop, Reply, ScriptedServer, Status, empty

from seo_kit.errors import (
    AnswerError,
    AuthError,
    EndpointError,
    LocalModelError,
    ModelError,
    RateLimitError,
)
from seo_kit.llm import Endpoint, RunLog, chat, resolve_endpoint

FAULTS = [
    # (script item, error class, words the message must contain)
    (Status(401), AuthError, ["refused the API key", "HTTP 401", "OPENAI_API_KEY"]),
    (Status(403), AuthError, ["HTTP 403", "OPENAI_API_KEY"]),
    (Status(429, retry_after=0), RateLimitError, ["429", "Wait a minute", "max_retries"]),
    (Status(500), EndpointError, ["HTTP 500", "retry later"]),
    (Status(503), EndpointError, ["HTTP 503", "overloaded"]),
    (Status(404), EndpointError, ["HTTP 404", "SEO_KIT_MODEL"]),
    (Delay(5), EndpointError, ["did not answer within 0.5 s", "Raise timeout"]),
    (Drop(), EndpointError, ["connection", "broke", "Retry"]),
    (empty(), AnswerError, ["empty answer", "max_tokens"]),
]


@pytest.mark.parametrize(
    ("fault", "error_class", "words"), FAULTS, ids=[type(f[0]).__name__ + str(i)
                                                  for i, f in enumerate(FAULTS)],
)
def test_fault_raises_a_clear_error_and_is_logged(scripted_server, scripted_endpoint, fault,
                                                  error_class, words):
    scripted_server.enqueue(fault)

    with pytest.raises(error_class) as raised:
        chat("Bonjour", endpoint=scripted_endpoint, timeout=0.5, max_retries=0,
             purpose="fault-test")

    message = str(raised.value)
    for word in words:
        assert word in message
    [row] = RunLog().calls()
    assert row.error == message
    assert row.purpose == "fault-test"
    assert row.text == ""


def test_the_clients_retries_get_past_a_transient_500(scripted_server, scripted_endpoint):
    scripted_server.enqueue(Status(500), "Deuxième essai réussi.")

    record = chat("Bonjour", endpoint=scripted_endpoint, max_retries=1)

    assert record.text == "Deuxième essai réussi."
    assert len(scripted_server.chat_requests) == 2


def test_retry_after_is_honoured_by_the_client(scripted_server, scripted_endpoint):
    scripted_server.enqueue(Status(429, retry_after=1), "Après l'attente.")

    record = chat("Bonjour", endpoint=scripted_endpoint, max_retries=1)

    first, second = scripted_server.chat_requests
    assert record.text == "Après l'attente."
    assert second.received_at - first.received_at >= 0.9  # waited as the header asked


def test_rate_limit_after_all_retries_names_the_retries(scripted_server, scripted_endpoint):
    scripted_server.enqueue(Status(429, retry_after=0), Status(429, retry_after=0))

    with pytest.raises(RateLimitError, match="after 1 retry"):
        chat("Bonjour", endpoint=scripted_endpoint, max_retries=1)
    assert len(scripted_server.chat_requests) == 2


def test_a_refused_connection_asks_whether_the_server_runs():
    with socket.socket() as probe:  # a port nobody listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    endpoint = Endpoint(f"http://127.0.0.1:{port}/v1", "m", kind="compatible", max_retries=0,
                        timeout_s=2)

    with pytest.raises(EndpointError, match="is it running"):
        chat("Bonjour", endpoint=endpoint)
    assert RunLog().count_calls(errors=True) == 1


def test_a_wrong_key_is_an_auth_error():
    with ScriptedServer(api_key="sk-the-right-one") as server:
        endpoint = Endpoint(server.url, server.model, "sk-a-wrong-one", max_retries=0)
        with pytest.raises(AuthError, match="OPENAI_API_KEY"):
            chat("Bonjour", endpoint=endpoint)
        right = Endpoint(server.url, server.model, "sk-the-right-one", max_retries=0)
        assert chat("Bonjour", endpoint=right).text


def test_a_missing_openai_key_is_refused_before_any_request():
    with pytest.raises(AuthError, match="OPENAI_API_KEY"):
        resolve_endpoint(base_url="https://api.openai.com/v1")


def test_an_embedded_model_that_cannot_load_is_logged_then_raised(monkeypatch, tmp_path):
    monkeypatch.setenv("SEO_KIT_LOCAL_MODEL", str(tmp_path / "missing.gguf"))

    with pytest.raises(LocalModelError, match="SEO_KIT_LOCAL_MODEL"):
        chat("Bonjour")  # no endpoint, no key, no URL → the embedded model
    [row] = RunLog().calls()
    assert "missing.gguf" in row.error
    assert row.base_url == "local://embedded"


def test_a_failed_request_is_never_served_from_the_cache(scripted_server, scripted_endpoint):
    scripted_server.enqueue(Status(500), Reply("Enfin."))

    with pytest.raises(ModelError):
        chat("Bonjour", endpoint=scripted_endpoint)
    record = chat("Bonjour", endpoint=scripted_endpoint)

    assert (record.text, record.cached) == ("Enfin.", False)
