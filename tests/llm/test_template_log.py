"""Prompt template versions in the run log (migration 2): saved once per content, labels kept,
variants filtered by version, and a log written before versions existed opens with its rows."""

from __future__ import annotations

import json
import sqlite3

from seo_kit.llm import RunLog
from seo_kit.llm.runlog import MIGRATIONS

CONTENT = {"lang": "fr", "system": "Tu es journaliste.", "user": "Réécris.", "steps": {}}


def test_a_version_is_saved_once_and_keeps_its_label():
    log = RunLog()
    log.save_template_version("studio-1@aaa", name="studio-1", content=CONTENT, lang="fr",
                              label="chapô bref", base="rewrite")
    log.save_template_version("studio-1@aaa", name="studio-1", content=CONTENT, lang="fr")
    [row] = log.template_versions()
    assert (row["version"], row["label"], row["base"], row["variants"]) == \
        ("studio-1@aaa", "chapô bref", "rewrite", 0)
    assert log.template_version("studio-1@aaa")["content"] == CONTENT
    assert log.template_version("absent@000") is None


def test_a_label_given_later_is_added():
    log = RunLog()
    log.save_template_version("rewrite@bbb", name="rewrite", content=CONTENT)
    log.save_template_version("rewrite@bbb", name="rewrite", content=CONTENT, label="maison")
    assert log.template_version("rewrite@bbb")["label"] == "maison"


def test_variants_are_counted_and_filtered_by_version():
    log = RunLog()
    for version in ("rewrite@a", "rewrite@b"):
        log.save_template_version(version, name="rewrite", content=CONTENT)
    ids = [log.save_variant({"text": "x", "template": "rewrite", "template_version": version})
           for version in ("rewrite@a", "rewrite@b", "rewrite@b")]
    log.save_variant({"text": "sans version"})  # a variant of an older seo_kit
    assert [v["id"] for v in log.variants(template_version="rewrite@b")] == ids[:0:-1]
    assert {row["version"]: row["variants"] for row in log.template_versions()} == \
        {"rewrite@a": 1, "rewrite@b": 2}
    assert [row["version"] for row in log.template_versions(name="other")] == []


def test_a_log_from_before_versions_opens_with_its_variants(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:  # a log as seo_kit wrote it with migration 1 only
        conn.execute("CREATE TABLE _migrations (number INTEGER PRIMARY KEY, applied_at TEXT)")
        for statement in filter(str.strip, MIGRATIONS[0].split(";")):
            conn.execute(statement)
        conn.execute("INSERT INTO _migrations VALUES (1, '2026-11-30T10:00:00')")
        conn.execute("INSERT INTO variants (id, created_at, data) VALUES (?, ?, ?)",
                     ("old1", "2026-11-30T10:00:00", json.dumps({"id": "old1", "text": "ancien"})))
    log = RunLog(path)
    assert log.migrations() == list(range(1, len(MIGRATIONS) + 1))
    assert log.variant("old1")["text"] == "ancien"
    assert log.variants(template_version="x@1") == []
    assert log.template_versions() == []
