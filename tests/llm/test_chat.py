"""chat() and achat() over real HTTP against the scripted server, driven by the real openai client."""

from __future__ import annotations

import asyncio

from scripted_server import Reply, truncated

from seo_kit.llm import CallRecord, RunLog, achat, chat


def test_chat_returns_the_answer_with_its_record(scripted_server, scripted_endpoint):
    scripted_server.enqueue(Reply("Bonjour à tous.", prompt_tokens=12, completion_tokens=4))

    record = chat(
        [{"role": "system", "content": "Tu es rédacteur."}, {"role": "user", "content": "Salut"}],
        endpoint=scripted_endpoint, temperature=0.2, max_tokens=50, seed=7, purpose="greeting",
    )

    assert isinstance(record, CallRecord)
    assert record.text == "Bonjour à tous."
    assert record.finish_reason == "stop"
    assert (record.prompt_tokens, record.completion_tokens) == (12, 4)
    assert record.model == "scripted-model"
    assert record.base_url == scripted_server.url
    assert record.purpose == "greeting"
    assert record.cached is False and record.error is None
    assert record.cost_usd is None  # no price for a scripted model
    assert record.latency_s > 0


def test_the_request_on_the_wire_carries_messages_and_parameters(scripted_server,
                                                                 scripted_endpoint):
    chat("Écris un titre.", endpoint=scripted_endpoint, temperature=0.3, max_tokens=77, seed=5,
         stop=["\n\n"])

    sent = scripted_server.chat_requests[-1]
    assert sent.body["messages"] == [{"role": "user", "content": "Écris un titre."}]
    assert sent.body["model"] == "scripted-model"
    assert (sent.body["temperature"], sent.body["max_tokens"], sent.body["seed"]) == (0.3, 77, 5)
    assert sent.body["stop"] == ["\n\n"]
    assert sent.headers["authorization"] == "Bearer sk-scripted-test-key"


def test_unset_parameters_are_not_sent(scripted_server, scripted_endpoint):
    chat("Bonjour", endpoint=scripted_endpoint)

    body = scripted_server.chat_requests[-1].body
    assert "seed" not in body and "stop" not in body


def test_a_truncated_answer_is_returned_not_raised(scripted_server, scripted_endpoint):
    scripted_server.enqueue(truncated("Le début d'un long article"))

    record = chat("Écris 2000 mots.", endpoint=scripted_endpoint, max_tokens=5)

    assert record.finish_reason == "length"
    assert record.truncated
    assert record.text == "Le début d'un long article"
    assert record.error is None


def test_the_default_responder_can_be_replaced(scripted_server, scripted_endpoint):
    scripted_server.responder = lambda request: request["messages"][-1]["content"].upper()

    assert chat("majuscules", endpoint=scripted_endpoint).text == "MAJUSCULES"


def test_achat_returns_the_same_record_shape(scripted_server, scripted_endpoint):
    scripted_server.enqueue("Réponse asynchrone.")

    record = asyncio.run(achat("Bonjour", endpoint=scripted_endpoint, purpose="async"))

    assert record.text == "Réponse asynchrone."
    assert record.purpose == "async"
    assert RunLog().call(record.id) == record


def test_eight_concurrent_achat_calls_are_all_answered_and_recorded(scripted_server,
                                                                    scripted_endpoint):
    scripted_server.latency_s = 0.2

    async def run_all() -> list[CallRecord]:
        questions = [f"Question {n}" for n in range(8)]
        return await asyncio.gather(*(achat(q, endpoint=scripted_endpoint) for q in questions))

    records = asyncio.run(run_all())

    assert sorted(r.text for r in records) == sorted(
        f"Réponse scriptée à : Question {n}" for n in range(8)
    )
    assert len(scripted_server.chat_requests) == 8
    assert RunLog().count_calls() == 8
    assert {r.id for r in RunLog().calls()} == {r.id for r in records}


def test_messages_must_have_a_role_and_text(scripted_endpoint):
    import pytest

    with pytest.raises(ValueError, match="role"):
        chat([{"role": "robot", "content": "x"}], endpoint=scripted_endpoint)
    with pytest.raises(ValueError, match="at least one"):
        chat([], endpoint=scripted_endpoint)


def test_on_text_streams_the_answer_piece_by_piece(scripted_server, scripted_endpoint):
    scripted_server.enqueue(Reply("Un deux trois quatre.", prompt_tokens=9, completion_tokens=6))
    pieces: list[str] = []

    record = chat("Compte.", endpoint=scripted_endpoint, on_text=pieces.append)

    assert len(pieces) == 4
    assert "".join(pieces) == record.text == "Un deux trois quatre."
    assert (record.prompt_tokens, record.completion_tokens) == (9, 6)  # from the usage chunk
    assert record.finish_reason == "stop"
    body = scripted_server.chat_requests[-1].body
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}


def test_a_streamed_truncated_answer_keeps_its_finish_reason(scripted_server, scripted_endpoint):
    scripted_server.enqueue(truncated("Le début"))

    record = asyncio.run(achat("Long.", endpoint=scripted_endpoint, on_text=lambda _: None))

    assert (record.text, record.finish_reason) == ("Le début", "length")


def test_achat_streams_too(scripted_server, scripted_endpoint):
    pieces: list[str] = []

    record = asyncio.run(achat("Bonjour", endpoint=scripted_endpoint, on_text=pieces.append))

    assert "".join(pieces) == record.text == "Réponse scriptée à : Bonjour"


def test_a_cache_hit_streams_its_whole_text_once(scripted_server, scripted_endpoint):
    first = chat("Bonjour", endpoint=scripted_endpoint)
    pieces: list[str] = []

    again = chat("Bonjour", endpoint=scripted_endpoint, on_text=pieces.append)

    assert again.cached and pieces == [first.text]


def test_a_stream_cut_midway_is_an_endpoint_error_and_is_logged(scripted_server,
                                                                scripted_endpoint):
    import pytest

    from seo_kit.errors import EndpointError

    scripted_server.enqueue(Reply("un deux trois quatre cinq six", drop_after=2))
    pieces: list[str] = []

    with pytest.raises(EndpointError, match="broke before the answer was complete"):
        chat("Compte.", endpoint=scripted_endpoint, on_text=pieces.append)

    assert 0 < len(pieces) < 6
    assert RunLog().count_calls(errors=True) == 1
