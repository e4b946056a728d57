"""The run log: every model call and every variant, in SQLite under SEO_KIT_HOME.

    SEO_KIT_HOME (default ~/.seo_kit)/runs.sqlite
        _migrations   number, applied_at          one row per schema step applied
        calls         one row per chat call, failures and cache hits included
        variants      one row per variant: indexed columns + the whole variant as JSON
                      (template_version: the prompt template version that made it)
        templates     one row per prompt template version: version (name@content hash), name,
                      lang, label and base (an edited prompt's name and the template it started
                      from), content (the prompts as JSON)

Each operation opens its own short-lived connection (cheap for SQLite) and writes hold a
process-wide lock, so threads and concurrent async calls can share one RunLog. WAL mode lets a
notebook read while a rewrite writes.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from seo_kit.llm.records import CallRecord, new_call_id, utc_now
from seo_kit.llm.template_log import TemplateVersions

__all__ = ["RunLog", "default_runlog", "seo_kit_home"]

MIGRATIONS: list[str] = [
    # 1: calls and variants
    """
    CREATE TABLE calls (
        id TEXT PRIMARY KEY,
        request_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        base_url TEXT NOT NULL,
        model TEXT NOT NULL,
        messages TEXT NOT NULL,
        params TEXT NOT NULL,
        text TEXT NOT NULL,
        finish_reason TEXT,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        latency_s REAL NOT NULL,
        cost_usd REAL,
        cached INTEGER NOT NULL,
        error TEXT,
        purpose TEXT NOT NULL
    );
    CREATE INDEX calls_request_hash ON calls (request_hash);
    CREATE INDEX calls_created_at ON calls (created_at);
    CREATE TABLE variants (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        lang TEXT,
        mode TEXT,
        model TEXT,
        template TEXT,
        title TEXT,
        words INTEGER,
        seo_score REAL,
        readability_score REAL,
        data TEXT NOT NULL
    );
    CREATE INDEX variants_created_at ON variants (created_at);
    """,
    # 2: prompt template versions, and the version each variant was made with (NULL before)
    """
    CREATE TABLE templates (
        version TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        lang TEXT,
        label TEXT,
        base TEXT,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    ALTER TABLE variants ADD COLUMN template_version TEXT;
    CREATE INDEX variants_template_version ON variants (template_version);
    """,
]

_write_lock = threading.Lock()
_migrated: set[Path] = set()


LOCKED_RETRY_SECONDS = 30.0  # as long as the connections' own busy timeout


def _retry_when_locked(action: Callable[[], None], seconds: float = LOCKED_RETRY_SECONDS) -> None:
    """Run ``action``, again after a short random pause while SQLite says "database is locked".

    SQLite's busy timeout does not cover every lock: "If SQLite determines that invoking the busy
    handler could result in a deadlock, it will go ahead and return SQLITE_BUSY to the application
    instead" (https://www.sqlite.org/c3ref/busy_handler.html). That happens when several processes
    switch a new log to WAL at once: each holds a read lock and asks for the write lock. The
    refused one has released its lock when its statement failed, so running it again succeeds. Raises the last ``sqlite3.OperationalError`` after
    ``seconds`` (default 30 s) or at once for any other error.
    """
    deadline = time.monotonic() + seconds
    pause = 0.01
    while True:
        try:
            action()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
        time.sleep(pause * (1 + random.random()))
        pause = min(pause * 2, 0.5)


def seo_kit_home() -> Path:
    """Where seo_kit keeps user state: $SEO_KIT_HOME, default ~/.seo_kit."""
    return Path(os.environ.get("SEO_KIT_HOME") or Path.home() / ".seo_kit")


def default_runlog() -> RunLog:
    """The run log of the current SEO_KIT_HOME (read at each call, so tests can move it)."""
    return RunLog()


class RunLog(TemplateVersions):
    """SQLite log of calls, variants and prompt template versions (TemplateVersions); also the
    cache of answers by request hash."""

    _lock = _write_lock  # one lock for every RunLog of the process

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else seo_kit_home() / "runs.sqlite"
        self._migrate()

    def __repr__(self) -> str:
        return f"RunLog({str(self.path)!r})"

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=30.0)
        conn.row_factory = sqlite3.Row
        # WAL + NORMAL: no fsync per commit; a crash of the process loses nothing committed.
        conn.execute("PRAGMA synchronous=NORMAL")
        try:
            with conn:  # commits, or rolls back on error
                yield conn
        finally:
            conn.close()

    def _migrate(self) -> None:
        resolved = self.path.resolve()
        if resolved in _migrated and self.path.exists():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _write_lock:
            _retry_when_locked(self._migrate_once)
        _migrated.add(resolved)

    def _migrate_once(self) -> None:
        # Autocommit mode and an explicit BEGIN IMMEDIATE: the write lock is taken before
        # reading _migrations, so two processes opening a new log cannot both migrate it.
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("CREATE TABLE IF NOT EXISTS _migrations "
                         "(number INTEGER PRIMARY KEY, applied_at TEXT)")
            done = {row[0] for row in conn.execute("SELECT number FROM _migrations")}
            for number, script in enumerate(MIGRATIONS, start=1):
                if number in done:
                    continue
                for statement in filter(str.strip, script.split(";")):
                    conn.execute(statement)
                conn.execute("INSERT INTO _migrations VALUES (?, ?)", (number, utc_now()))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()

    def migrations(self) -> list[int]:
        with self._connect() as conn:
            return [row[0] for row in conn.execute("SELECT number FROM _migrations ORDER BY 1")]

    # calls ------------------------------------------------------------------------------------

    def save_call(self, record: CallRecord) -> None:
        row = record.to_dict()
        row["messages"] = json.dumps(row["messages"], ensure_ascii=False)
        row["params"] = json.dumps(row["params"], ensure_ascii=False, sort_keys=True)
        row["cached"] = int(row["cached"])
        columns = ", ".join(row)
        marks = ", ".join(f":{name}" for name in row)
        with _write_lock, self._connect() as conn:
            conn.execute(f"INSERT INTO calls ({columns}) VALUES ({marks})", row)

    def cached_call(self, request_hash: str) -> CallRecord | None:
        """The latest successful answer to this exact request, or None."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT * FROM calls WHERE request_hash = ? AND error IS NULL AND text != '' "
                "ORDER BY created_at DESC LIMIT 1",
                (request_hash,),
            ).fetchone()
        return _record_from_row(row) if row else None

    def call(self, call_id: str) -> CallRecord | None:
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM calls WHERE id = ?", (call_id,)).fetchone()
        return _record_from_row(row) if row else None

    def calls(
        self, *, limit: int | None = None, purpose: str | None = None,
        cached: bool | None = None, errors: bool | None = None,
    ) -> list[CallRecord]:
        """Calls, newest first, optionally only one purpose, only (non-)cached, only (non-)failed."""
        where, args = _call_filters(purpose, cached, errors)
        sql = f"SELECT * FROM calls{where} ORDER BY created_at DESC, rowid DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._connect() as conn:
            return [_record_from_row(row) for row in conn.execute(sql, args)]

    def count_calls(
        self, *, purpose: str | None = None, cached: bool | None = None,
        errors: bool | None = None,
    ) -> int:
        """How many calls match; `count_calls(cached=False)` counts real model calls."""
        where, args = _call_filters(purpose, cached, errors)
        with self._connect() as conn:
            return conn.execute(f"SELECT COUNT(*) FROM calls{where}", args).fetchone()[0]

    def calls_frame(self, **filters: Any) -> Any:
        """calls(**filters) as a pandas DataFrame, one row per call, for notebooks."""
        import pandas as pd

        rows = [record.to_dict() for record in self.calls(**filters)]
        columns = list(CallRecord.__dataclass_fields__)
        return pd.DataFrame(rows, columns=columns)

    # variants ---------------------------------------------------------------------------------

    def save_variant(self, variant: dict[str, Any]) -> str:
        """Store a variant (a dict, e.g. Variant.to_dict()); returns its id (given or new)."""
        data = dict(variant)
        data.setdefault("id", new_call_id())
        data.setdefault("created_at", utc_now())
        report = data.get("report") if isinstance(data.get("report"), dict) else {}
        text = data.get("text") or ""
        row = {
            "id": str(data["id"]),
            "created_at": str(data["created_at"]),
            "lang": data.get("lang"),
            "mode": data.get("mode"),
            "model": data.get("model"),
            "template": data.get("template"),
            "title": data.get("title"),
            "words": data.get("words", report.get("words", len(text.split()) if text else None)),
            "seo_score": data.get("seo_score", report.get("seo_score")),
            "readability_score": data.get("readability_score", report.get("readability_score")),
            "template_version": data.get("template_version") or None,
            "data": json.dumps(data, ensure_ascii=False, default=str),
        }
        with _write_lock, self._connect() as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO variants ({', '.join(row)}) "
                f"VALUES ({', '.join(':' + name for name in row)})",
                row,
            )
        return row["id"]

    def variant(self, variant_id: str) -> dict[str, Any] | None:
        with self._connect() as conn:
            row = conn.execute("SELECT data FROM variants WHERE id = ?", (variant_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def variants(
        self, *, limit: int | None = None, lang: str | None = None, mode: str | None = None,
        model: str | None = None, template_version: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stored variants as dicts, newest first, optionally filtered by lang, mode, model or
        template version."""
        filters = {"lang": lang, "mode": mode, "model": model,
                   "template_version": template_version}
        clauses = [f"{name} = ?" for name, value in filters.items() if value is not None]
        args = [value for value in filters.values() if value is not None]
        sql = "SELECT data FROM variants"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY created_at DESC, rowid DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._connect() as conn:
            return [json.loads(row[0]) for row in conn.execute(sql, args)]


def _call_filters(
    purpose: str | None, cached: bool | None, errors: bool | None
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    if purpose is not None:
        clauses.append("purpose = ?")
        args.append(purpose)
    if cached is not None:
        clauses.append("cached = ?")
        args.append(int(cached))
    if errors is not None:
        clauses.append("error IS NOT NULL" if errors else "error IS NULL")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


def _record_from_row(row: sqlite3.Row) -> CallRecord:
    data = dict(row)
    data["messages"] = tuple(json.loads(data["messages"]))
    data["params"] = json.loads(data["params"])
    data["cached"] = bool(data["cached"])
    return CallRecord(**data)
