"""Prompt template versions in the run log (RunLog's `templates` table, migration 2).

A version is ``name@<12 hex>``, the hash of a template's content (seo_kit.rewrite's
``Template.version``), so the same prompts always get the same version and an edited prompt a new
one; every variant records the version that made it (``variants.template_version``).

    >>> log = RunLog()
    >>> log.template_versions()                        # every version, with how many variants
    >>> log.variants(template_version="rewrite@3f9c…") # what one version made
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from seo_kit.llm.records import utc_now

__all__ = ["TemplateVersions"]


class TemplateVersions:
    """RunLog's template methods (a mixin: RunLog provides ``_connect`` and ``_lock``)."""

    def save_template_version(
        self, version: str, *, name: str, content: dict[str, Any], lang: str | None = None,
        label: str | None = None, base: str | None = None,
    ) -> str:
        """Record a template version (idempotent: a version is its content). A ``label`` (an
        edited prompt's name) or ``base`` given later is kept; one given earlier is not erased.
        Returns ``version``."""
        row = {"version": version, "name": name, "lang": lang, "label": label, "base": base,
               "content": json.dumps(content, ensure_ascii=False, sort_keys=True),
               "created_at": utc_now()}
        with self._lock, self._connect() as conn:
            conn.execute(
                "INSERT INTO templates (version, name, lang, label, base, content, created_at) "
                "VALUES (:version, :name, :lang, :label, :base, :content, :created_at) "
                "ON CONFLICT(version) DO UPDATE SET label = COALESCE(excluded.label, label), "
                "base = COALESCE(excluded.base, base)", row)
        return version

    def template_version(self, version: str) -> dict[str, Any] | None:
        """One template version as a dict (content decoded), or None."""
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM templates WHERE version = ?", (version,)).fetchone()
        return _template_from_row(row) if row else None

    def template_versions(self, *, name: str | None = None) -> list[dict[str, Any]]:
        """Template versions, oldest first, each with ``variants`` (how many variants it made)."""
        sql = ("SELECT t.*, (SELECT COUNT(*) FROM variants v WHERE v.template_version = "
               "t.version) AS variants FROM templates t")
        args: list[Any] = []
        if name is not None:
            sql += " WHERE t.name = ?"
            args.append(name)
        with self._connect() as conn:
            rows = conn.execute(sql + " ORDER BY t.created_at, t.rowid", args).fetchall()
        return [_template_from_row(row) for row in rows]


def _template_from_row(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    data["content"] = json.loads(data["content"])
    return data
