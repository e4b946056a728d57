"""Today's audit gives the frames of main ab2a8f7, frozen in tests/audit/data/expected_audit.parquet
(written by tests/audit/make_expected.py with that commit's code): both WordPress exports of
../shared/wxr and 400 pages recombined from ../shared/corpus in HTML, Markdown and plain text,
every column (language, words, every check's score and rating, totals, readability figures,
SERP widths, errors). The speed-ups since (one tokenisation of each word shared by the checks,
the language detector and the injection detector) must change none of them."""

from __future__ import annotations

import pandas as pd
import pytest
from audit_samples import EXPECTED, SHARED, expected_sources

from seo_kit.audit import audit
from seo_kit.audit.scoring import result_columns


@pytest.fixture(scope="module")
def expected() -> pd.DataFrame:
    if not (SHARED / "corpus" / "INDEX.tsv").is_file() or not (SHARED / "wxr").is_dir():
        pytest.skip(f"the shared exports or corpus are absent ({SHARED})")
    return pd.read_parquet(EXPECTED)


@pytest.mark.parametrize("name", ["themeunittestdata.wordpress.xml", "64-block-test-data.xml",
                                  "corpus_site"])
def test_the_audit_frame_is_that_of_main_ab2a8f7(expected, name):
    frozen = expected[expected["source"] == name].drop(columns="source")
    frozen = frozen.reset_index(drop=True).astype(result_columns())
    assert len(frozen) > 50
    pd.testing.assert_frame_equal(audit(expected_sources()[name], workers=1), frozen)


def test_two_local_processes_give_the_same_frame(expected):
    """Tasks of 64 pages on 2 local processes, each with its own per-word caches: the same rows."""
    frozen = expected[expected["source"] == "corpus_site"].drop(columns="source")
    frozen = frozen.reset_index(drop=True).astype(result_columns())
    pd.testing.assert_frame_equal(audit(expected_sources()["corpus_site"], workers=2, chunk_size=64),
                                  frozen)
