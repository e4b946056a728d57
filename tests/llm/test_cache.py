"""Identical requests are answered from the run log, with zero new HTTP requests."""

from __future__ import annotations

import asyncio

import pytest

from seo_kit.llm import RunLog, achat, chat

MESSAGES = [{"role": "system", "content": "Réponds en français."},
            {"role": "user", "content": "Un titre sur Lavrov ?"}]


def test_an_identical_request_makes_no_new_http_request(scripted_server, scripted_endpoint):
    first = chat(MESSAGES, endpoint=scripted_endpoint, temperature=0.2, seed=1)
    again = chat(MESSAGES, endpoint=scripted_endpoint, temperature=0.2, seed=1)

    assert len(scripted_server.chat_requests) == 1
    assert (first.cached, again.cached) == (False, True)
    assert again.text == first.text
    assert again.request_hash == first.request_hash
    assert again.id != first.id  # the cache hit is a call of its own in the log…
    assert RunLog().count_calls() == 2
    assert RunLog().count_calls(cached=False) == 1  # …but only one reached the model


def test_async_calls_use_the_same_cache(scripted_server, scripted_endpoint):
    chat(MESSAGES, endpoint=scripted_endpoint)

    record = asyncio.run(achat(MESSAGES, endpoint=scripted_endpoint))

    assert record.cached
    assert len(scripted_server.chat_requests) == 1


@pytest.mark.parametrize(
    ("change", "value"),
    [("temperature", 0.9), ("max_tokens", 10), ("seed", 2), ("stop", ["FIN"])],
)
def test_a_different_parameter_is_a_different_request(scripted_server, scripted_endpoint,
                                                      change, value):
    chat(MESSAGES, endpoint=scripted_endpoint, seed=1)

    record = chat(MESSAGES, endpoint=scripted_endpoint, **{"seed": 1, change: value})

    assert not record.cached
    assert len(scripted_server.chat_requests) == 2


def test_different_messages_or_model_are_different_requests(scripted_server, scripted_endpoint):
    chat(MESSAGES, endpoint=scripted_endpoint)
    chat(MESSAGES[:1] + [{"role": "user", "content": "Autre question"}],
         endpoint=scripted_endpoint)
    chat(MESSAGES, endpoint=scripted_endpoint.with_options(model="other-model"))

    assert len(scripted_server.chat_requests) == 3


def test_use_cache_false_asks_the_model_again(scripted_server, scripted_endpoint):
    scripted_server.enqueue("première", "seconde")
    chat(MESSAGES, endpoint=scripted_endpoint)

    record = chat(MESSAGES, endpoint=scripted_endpoint, use_cache=False)

    assert (record.text, record.cached) == ("seconde", False)
    assert len(scripted_server.chat_requests) == 2
    # the latest answer is what the cache serves next
    assert chat(MESSAGES, endpoint=scripted_endpoint).text == "seconde"


def test_the_cache_survives_a_new_runlog_object(scripted_server, scripted_endpoint, tmp_path):
    log_path = tmp_path / "elsewhere.sqlite"
    chat(MESSAGES, endpoint=scripted_endpoint, runlog=RunLog(log_path))

    record = chat(MESSAGES, endpoint=scripted_endpoint, runlog=RunLog(log_path))

    assert record.cached
    assert RunLog().count_calls() == 0  # the default log (SEO_KIT_HOME) was not used
