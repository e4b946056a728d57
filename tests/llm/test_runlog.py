"""The run log: migrations, calls saved before chat() returns or raises, variants, threads."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from scripted_server import Status

from seo_kit.errors import EndpointError
from seo_kit.llm import RunLog, chat
from seo_kit.llm.runlog import MIGRATIONS, _retry_when_locked


def test_the_log_lives_under_seo_kit_home(seo_kit_home):
    assert RunLog().path == seo_kit_home / "runs.sqlite"
    assert (seo_kit_home / "runs.sqlite").exists()


def test_without_seo_kit_home_the_log_lives_in_the_users_home(monkeypatch, tmp_path):
    monkeypatch.delenv("SEO_KIT_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))

    assert RunLog().path == tmp_path / ".seo_kit" / "runs.sqlite"


def test_migrations_are_numbered_and_applied_once(tmp_path):
    path = tmp_path / "log.sqlite"
    RunLog(path)
    RunLog(path)

    with sqlite3.connect(path) as conn:
        applied = conn.execute("SELECT number FROM _migrations").fetchall()
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert applied == [(n,) for n in range(1, len(MIGRATIONS) + 1)]
    assert {"_migrations", "calls", "variants"} <= tables


def test_a_call_is_in_the_log_when_chat_returns(scripted_server, scripted_endpoint):
    record = chat("Bonjour", endpoint=scripted_endpoint, purpose="outline")

    stored = RunLog().call(record.id)
    assert stored == record
    assert RunLog().calls(purpose="outline") == [record]
    assert RunLog().calls(purpose="other") == []


def test_a_failed_call_is_in_the_log_when_the_error_is_raised(scripted_server,
                                                              scripted_endpoint):
    scripted_server.enqueue(Status(503))

    with pytest.raises(EndpointError) as raised:
        chat("Bonjour", endpoint=scripted_endpoint, purpose="section")

    [failure] = RunLog().calls(errors=True)
    assert failure.error == str(raised.value)
    assert failure.messages == ({"role": "user", "content": "Bonjour"},)
    assert failure.params["max_tokens"] == 1024
    assert RunLog().count_calls(errors=False) == 0


def test_calls_can_be_filtered_and_limited(scripted_server, scripted_endpoint):
    for n in range(5):
        chat(f"Question {n}", endpoint=scripted_endpoint, purpose="a" if n % 2 else "b")
    chat("Question 0", endpoint=scripted_endpoint, purpose="b")  # cache hit

    log = RunLog()
    assert log.count_calls() == 6
    assert log.count_calls(purpose="a") == 2
    assert log.count_calls(cached=True) == 1
    assert [c.messages[0]["content"] for c in log.calls(limit=2)] == ["Question 0", "Question 4"]


def test_variants_round_trip_with_indexed_columns(tmp_path):
    log = RunLog(tmp_path / "log.sqlite")
    first = log.save_variant({"text": "# Titre\n\nUn texte.", "lang": "fr", "mode": "rewrite",
                              "model": "m1", "report": {"seo_score": 7.5, "words": 3}})
    second = log.save_variant({"id": "v2", "text": "Text.", "lang": "en", "mode": "restructure",
                               "model": "m2", "call_ids": ["c1", "c2"]})

    assert second == "v2"
    assert log.variant(first)["report"] == {"seo_score": 7.5, "words": 3}
    assert [v["id"] for v in log.variants()] == ["v2", first]
    assert [v["id"] for v in log.variants(lang="fr")] == [first]
    assert [v["id"] for v in log.variants(mode="restructure", model="m2")] == ["v2"]
    with sqlite3.connect(log.path) as conn:
        row = conn.execute("SELECT words, seo_score FROM variants WHERE id = ?", (first,)).fetchone()
    assert row == (3, 7.5)


def test_threads_can_share_one_log(scripted_server, scripted_endpoint):
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for k in range(5):
                chat(f"thread {n} question {k}", endpoint=scripted_endpoint)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert RunLog().count_calls() == 30


def test_processes_opening_a_new_log_at_once_migrate_it_once(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "shared.sqlite"
    code = f"from seo_kit.llm import RunLog; RunLog({str(path)!r})"
    processes = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE)
                 for _ in range(4)]
    errors = [p.communicate(timeout=60)[1].decode() for p in processes]

    assert [p.returncode for p in processes] == [0] * 4, errors
    assert RunLog(path).migrations() == list(range(1, len(MIGRATIONS) + 1))


class _RefusedOnce:
    """A connection whose first statement matching `refuse` fails as SQLite's deadlock breaker does."""

    def __init__(self, conn, refuse, refused):
        self._conn, self._refuse, self._refused = conn, refuse, refused

    def execute(self, sql, *args):
        if sql.lstrip().startswith(self._refuse) and not self._refused:
            self._refused.append(sql)
            raise sqlite3.OperationalError("database is locked")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.mark.parametrize("refuse", ["PRAGMA journal_mode", "BEGIN IMMEDIATE", "CREATE TABLE calls"])
def test_a_migration_refused_at_once_as_locked_is_run_again(tmp_path, monkeypatch, refuse):
    # SQLite answers "database is locked" without waiting when waiting could deadlock (two
    # processes switching a new log to WAL together); CI met it once in 3,481 tests.
    refused: list[str] = []
    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect",
                        lambda *a, **k: _RefusedOnce(connect(*a, **k), refuse, refused))

    log = RunLog(tmp_path / "new.sqlite")
    monkeypatch.undo()

    assert len(refused) == 1
    assert log.migrations() == list(range(1, len(MIGRATIONS) + 1))


@pytest.mark.parametrize(("message", "seconds"), [
    ("database is locked", 0.05),  # still locked when the time is up
    ("disk I/O error", 30.0),      # not a lock: raised at once
])
def test_retry_when_locked_gives_up_with_the_error(message, seconds):
    calls = []

    def action():
        calls.append(1)
        raise sqlite3.OperationalError(message)

    with pytest.raises(sqlite3.OperationalError, match=message):
        _retry_when_locked(action, seconds=seconds)
    assert (len(calls) > 1) == (message == "database is locked")


def test_calls_as_a_dataframe(scripted_server, scripted_endpoint):
    chat("Bonjour", endpoint=scripted_endpoint, purpose="p")
    chat("Bonjour", endpoint=scripted_endpoint, purpose="p")

    frame = RunLog().calls_frame(purpose="p")

    assert len(frame) == 2
    assert sorted(frame["cached"]) == [False, True]
    assert {"text", "latency_s", "prompt_tokens", "request_hash"} <= set(frame.columns)
