"""compare_versions(): one row per prompt template version, means and pass shares."""

from __future__ import annotations

import pandas as pd
import pytest

from seo_kit.compare import compare_versions

ROWS = [  # kind, template_version, seo_score, grounded, clean_output, constraint.min_words
    ("source", None, 40, None, None, None),
    ("variant", "rewrite@aaaaaa", 70, True, True, True),
    ("variant", "rewrite@aaaaaa", 80, False, True, True),
    ("variant", "studio-1@bbbbbb", 60, True, False, False),
    ("variant", None, 50, None, True, None),  # made before versions were recorded
]


@pytest.fixture
def table() -> pd.DataFrame:
    df = pd.DataFrame(ROWS, columns=["kind", "template_version", "seo_score", "grounded",
                                     "clean_output", "constraint.min_words"])
    return compare_versions(df)


@pytest.mark.parametrize("version, n, seo, grounded, clean, min_words", [
    ("rewrite@aaaaaa", 2, 75.0, 0.5, 1.0, 1.0),
    ("studio-1@bbbbbb", 1, 60.0, 1.0, 0.0, 0.0),
    ("?", 1, 50.0, None, 1.0, None),
])
def test_one_row_per_version(table, version, n, seo, grounded, clean, min_words):
    row = table.loc[version]
    assert (row["variants"], row["seo_score"], row["clean_output"]) == (n, seo, clean)
    for column, expected in (("grounded", grounded), ("constraint.min_words", min_words)):
        assert pd.isna(row[column]) if expected is None else row[column] == expected


def test_versions_in_order_of_appearance_and_no_source(table):
    assert list(table.index) == ["rewrite@aaaaaa", "studio-1@bbbbbb", "?"]
    assert table["variants"].sum() == 4


def test_no_variant_no_row():
    empty = compare_versions(pd.DataFrame({"kind": ["source"], "seo_score": [40]}))
    assert empty.empty
