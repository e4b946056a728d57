"""The API key never reaches a record, the run log file, a repr or an error message."""

from __future__ import annotations

import pytest
from scripted_server import ScriptedServer, Status

from seo_kit.errors import AuthError, EndpointError
from seo_kit.llm import Endpoint, RunLog, chat, resolve_endpoint

KEY = "sk-proj-SECRET0123456789abcdefSECRET"


def test_the_key_stays_out_of_reprs(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)

    endpoint = resolve_endpoint()

    assert endpoint.api_key == KEY
    assert KEY not in repr(endpoint) and KEY not in str(endpoint)


def test_the_key_stays_out_of_the_log_file_records_and_errors(seo_kit_home):
    seen: list[str] = []
    with ScriptedServer(api_key=KEY) as server:
        good = Endpoint(server.url, server.model, KEY, max_retries=0)
        records = [chat("Bonjour", endpoint=good), chat("Bonjour", endpoint=good)]
        # a server that echoes the key back in its error message
        server.enqueue(Status(401, message=f"Incorrect API key provided: {KEY}"),
                       Status(500, message=f"internal error for key {KEY}"))
        for error_class in (AuthError, EndpointError):
            with pytest.raises(error_class) as raised:
                chat("Autre", endpoint=good, use_cache=False)
            seen.append(str(raised.value))
            seen.append(repr(raised.value))
            assert raised.value.__cause__ is None and raised.value.__context__ is None
        assert server.chat_requests[0].headers["authorization"] == f"Bearer {KEY}"

    seen += [repr(r) for r in records] + [repr(r) for r in RunLog().calls()]
    assert all(KEY not in text for text in seen)
    assert any("[api key hidden]" in text for text in seen)  # the 500 echoed it: scrubbed
    for path in seo_kit_home.iterdir():  # runs.sqlite and its WAL file
        assert KEY.encode() not in path.read_bytes(), path.name
