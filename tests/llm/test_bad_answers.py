"""A malformed server address, or a 200 that is not a chat completion, ends in a clear seo_kit
error naming what came back, and the failed call is in the run log — through the real openai
client against the scripted server."""

from __future__ import annotations

import pytest
from scripted_server import Raw, Reply

from seo_kit.errors import AnswerError, EndpointError
from seo_kit.llm import Endpoint, RunLog, chat, resolve_endpoint

BAD_URLS = ["not a url", "127.0.0.1:8080/v1", "http://", "ftp://example.org/v1",
            "http://127.0.0.1:99999/v1", "http://exa mple.org/v1"]


@pytest.mark.parametrize("url", BAD_URLS)
def test_a_malformed_base_url_is_refused_and_the_lookup_logged(monkeypatch, url):
    monkeypatch.setenv("OPENAI_BASE_URL", url)

    with pytest.raises(EndpointError) as raised:
        resolve_endpoint()  # no model named: seo_kit would ask the server which it serves

    message = str(raised.value)
    assert repr(url.rstrip("/")) in message and "http://127.0.0.1:8080/v1" in message
    [row] = RunLog().calls()
    assert (row.purpose, row.error) == ("list models", message)


@pytest.mark.parametrize("url", BAD_URLS[:3])
def test_a_malformed_base_url_with_a_model_fails_the_call_which_is_logged(monkeypatch, url):
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    monkeypatch.setenv("SEO_KIT_MODEL", "some-model")

    with pytest.raises(EndpointError, match="is not an http"):
        chat("Bonjour", purpose="bad-url")
    [row] = RunLog().calls()
    assert row.purpose == "bad-url" and "OPENAI_BASE_URL" in row.error


HTML = "<html><body><h1>Proxy login</h1></body></html>"
BAD_ANSWERS = [
    # (script item, stream?, words the message must contain)
    (Raw(HTML), False, ["HTTP 200", "not JSON", "Proxy login", "OPENAI_BASE_URL"]),
    (Raw('{"status": "ok"}', content_type="application/json"), False,
     ["not a chat completion", "'status': 'ok'"]),
    (Raw('{"choices": "none"}', content_type="application/json"), False,
     ["not a chat completion"]),
    (Raw('{"choices": [{"message": ', content_type="application/json"), False,
     ["not valid JSON", "OPENAI_BASE_URL"]),
    (Raw(HTML), True, ["no chat completion events", "OPENAI_BASE_URL"]),
    (Raw('data: {"event": "ping"}\n\ndata: [DONE]\n\n', content_type="text/event-stream"),
     True, ["not a chat completion chunk", "ping"]),
]


@pytest.mark.parametrize(("item", "stream", "words"), BAD_ANSWERS,
                         ids=[f"{i}-{'stream' if a[1] else 'json'}"
                              for i, a in enumerate(BAD_ANSWERS)])
def test_a_200_that_is_not_a_completion_is_an_answer_error_and_logged(
        scripted_server, scripted_endpoint, item, stream, words):
    scripted_server.enqueue(item)

    with pytest.raises(AnswerError) as raised:
        chat("Bonjour", endpoint=scripted_endpoint, purpose="bad-answer",
             on_text=(lambda piece: None) if stream else None)

    message = str(raised.value)
    for word in words:
        assert word in message
    [row] = RunLog().calls()
    assert (row.purpose, row.error, row.text) == ("bad-answer", message, "")


def test_after_a_bad_answer_the_next_good_one_is_read(scripted_server, scripted_endpoint):
    scripted_server.enqueue(Raw(HTML), Reply("Une vraie réponse."))

    with pytest.raises(AnswerError):
        chat("Bonjour", endpoint=scripted_endpoint)
    assert chat("Bonjour", endpoint=scripted_endpoint).text == "Une vraie réponse."


def test_an_endpoint_is_not_checked_until_used():
    # building an Endpoint stays cheap and silent; the check happens where the call is logged
    assert Endpoint("not a url", "m").base_url == "not a url"
