"""Which endpoint a call goes to: arguments, then environment, else the embedded model."""

from __future__ import annotations

import socket

import pytest

from seo_kit.errors import AuthError, EndpointError
from seo_kit.llm import resolve_endpoint
from seo_kit.llm.endpoint import EMBEDDED_URL, OPENAI_URL, PLACEHOLDER_KEY
from seo_kit.llm.records import estimate_cost

QWEN = "qwen2.5-coder-1.5b-instruct-q4_k_m"

# (environment, arguments) → (kind, base_url, model, api_key); "SCRIPTED" = the scripted server
RESOLUTION = [
    ({}, {}, ("embedded", EMBEDDED_URL, QWEN, PLACEHOLDER_KEY)),
    ({"SEO_KIT_LOCAL_MODEL": "/models/SmolLM2-135M.gguf"}, {},
     ("embedded", EMBEDDED_URL, "smollm2-135m", PLACEHOLDER_KEY)),
    ({"SEO_KIT_MODEL": "my-model"}, {}, ("embedded", EMBEDDED_URL, "my-model", PLACEHOLDER_KEY)),
    ({"OPENAI_API_KEY": "sk-env"}, {}, ("openai", OPENAI_URL, "gpt-4o-mini", "sk-env")),
    ({"OPENAI_API_KEY": "sk-env", "SEO_KIT_MODEL": "gpt-4.1"}, {},
     ("openai", OPENAI_URL, "gpt-4.1", "sk-env")),
    ({"OPENAI_API_KEY": "sk-env"}, {"api_key": "sk-arg", "model": "gpt-5-mini"},
     ("openai", OPENAI_URL, "gpt-5-mini", "sk-arg")),
    ({"OPENAI_BASE_URL": "SCRIPTED", "SEO_KIT_MODEL": "named"}, {},
     ("compatible", "SCRIPTED", "named", PLACEHOLDER_KEY)),
    ({"OPENAI_BASE_URL": "SCRIPTED"}, {},  # no model named: the server's first model
     ("compatible", "SCRIPTED", "scripted-model", PLACEHOLDER_KEY)),
    ({"OPENAI_BASE_URL": "SCRIPTED/", "OPENAI_API_KEY": "sk-x"}, {"model": "m"},
     ("compatible", "SCRIPTED", "m", "sk-x")),
    ({"OPENAI_API_KEY": "sk-env"}, {"base_url": "SCRIPTED", "model": "m"},
     ("compatible", "SCRIPTED", "m", "sk-env")),
    ({}, {"base_url": "SCRIPTED", "model": "m"}, ("compatible", "SCRIPTED", "m", PLACEHOLDER_KEY)),
]


@pytest.mark.parametrize(("env", "args", "expected"), RESOLUTION)
def test_resolution_table(monkeypatch, scripted_server, env, args, expected):
    def fill(value: str) -> str:
        return value.replace("SCRIPTED", scripted_server.url)

    for name, value in env.items():
        monkeypatch.setenv(name, fill(value))
    args = {name: fill(value) for name, value in args.items()}

    endpoint = resolve_endpoint(**args)

    kind, base_url, model, api_key = expected
    assert (endpoint.kind, endpoint.base_url, endpoint.model, endpoint.api_key) == (
        kind, fill(base_url).rstrip("/"), model, api_key
    )


def test_resolving_the_embedded_model_loads_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("SEO_KIT_MODEL_CACHE", str(tmp_path))

    resolve_endpoint()

    assert list(tmp_path.iterdir()) == []


def test_openai_without_a_key_says_which_variable_to_set(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "https://api.openai.com/v1")

    with pytest.raises(AuthError, match="set OPENAI_API_KEY"):
        resolve_endpoint()


def test_an_unreachable_server_without_a_model_name_asks_for_one():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    with pytest.raises(EndpointError, match="SEO_KIT_MODEL"):
        resolve_endpoint(base_url=f"http://127.0.0.1:{port}/v1")


@pytest.mark.parametrize(
    ("model", "prompt", "completion", "cost"),
    [
        ("gpt-4o-mini", 1_000_000, 1_000_000, 0.75),
        ("gpt-4o-mini-2024-07-18", 2_000, 1_000, 0.0009),
        ("gpt-4o", 1_000, 1_000, 0.0125),
        ("gpt-4.1-nano", 10_000, 0, 0.001),
        ("qwen2.5-coder-1.5b-instruct-q4_k_m", 1_000, 1_000, None),
        ("gpt-4o-mini", None, 10, None),
    ],
)
def test_cost_estimate_table(model, prompt, completion, cost):
    assert estimate_cost(model, prompt, completion) == (
        pytest.approx(cost) if cost is not None else None
    )


def test_openai_calls_are_priced_others_are_not(scripted_server):
    from seo_kit.llm import Endpoint, chat

    as_openai = Endpoint(scripted_server.url, "gpt-4o-mini", "sk-x", kind="openai")
    as_local = Endpoint(scripted_server.url, "gpt-4o-mini", kind="compatible")

    priced = chat("un deux trois", endpoint=as_openai)
    unpriced = chat("un deux trois", endpoint=as_local, use_cache=False)

    assert priced.cost_usd == pytest.approx(
        (priced.prompt_tokens * 0.15 + priced.completion_tokens * 0.60) / 1e6
    )
    assert unpriced.cost_usd is None


@pytest.mark.parametrize("kind, accepted", [
    ("openai", True),
    ("compatible", True),  # tests' scripted server is one of these: no test-only kind
    ("embedded", True),
    ("scripted", False),
    ("OpenAI", False),
])
def test_endpoint_kinds_are_the_production_ones(kind, accepted):
    from seo_kit.errors import InputError
    from seo_kit.llm import Endpoint

    if accepted:
        assert Endpoint("http://127.0.0.1:1/v1", "m", kind=kind).kind == kind
    else:
        with pytest.raises(InputError, match="unknown endpoint kind"):
            Endpoint("http://127.0.0.1:1/v1", "m", kind=kind)
