"""Shared fixtures: every test gets its own SEO_KIT_HOME and no inherited endpoint settings;
tests that talk to a model talk to a scripted OpenAI-compatible server over real HTTP."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # so tests can `from scripted_server import …`

from scripted_server import ScriptedServer

from seo_kit.llm import Endpoint

ENDPOINT_VARIABLES = (
    "OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_MODEL",
    "SEO_KIT_MODEL", "SEO_KIT_LOCAL_MODEL",
)


@pytest.fixture(autouse=True)
def seo_kit_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """SEO_KIT_HOME → a fresh temporary folder; OPENAI_* / SEO_KIT_MODEL removed."""
    home = tmp_path_factory.mktemp("seo_kit_home")
    monkeypatch.setenv("SEO_KIT_HOME", str(home))
    for name in ENDPOINT_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A ScriptedServer on 127.0.0.1:<free port>, stopped after the test."""
    server = ScriptedServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def scripted_endpoint(scripted_server: ScriptedServer) -> Endpoint:
    """An Endpoint pointing at `scripted_server`, with fast client settings (short timeout, no
    retries) so that fault tests fail in seconds."""
    return Endpoint(
        base_url=scripted_server.url, model=scripted_server.model, api_key="sk-scripted-test-key",
        kind="compatible", timeout_s=10.0, max_retries=0,
    )


@pytest.fixture
def article_server(scripted_server: ScriptedServer,
                   monkeypatch: pytest.MonkeyPatch) -> ScriptedServer:
    """`scripted_server` answering every rewrite step with plausible French, and set as the
    environment's endpoint (OPENAI_BASE_URL), as the studio and the grid find it."""
    from article_responder import article_responder

    scripted_server.responder = article_responder
    monkeypatch.setenv("OPENAI_BASE_URL", scripted_server.url)
    return scripted_server


@pytest.fixture(scope="module")
def seed_comparison():
    """compare() of the seed article and two hand-made variants: rows "source", "titré" (the
    variant with headings, title, meta, slug) and "court" (the same without "1 000 conteneurs")."""
    from seed_article import HAND_MADE, SHORT, SOURCE

    from seo_kit.compare import compare

    return compare([HAND_MADE, SHORT], source=SOURCE, labels=["titré", "court"])
