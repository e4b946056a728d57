"""Variants → one tidy DataFrame: compare a few variants, or run a grid of briefs and compare all.

    frame.py   compare(): a row per variant (parameters, totals, every check's rating, pass/fail
               columns), diff_html()
    clean.py   output_problems(): what keeps an output from being publishable as it is
    grid.py    run_grid(): every combination of parameters as a Brief, rewritten, then compared
    versions.py  compare_versions(): one row per prompt template version (means, pass shares)
"""

from seo_kit.compare.frame import (
    PASS_FAIL_COLUMNS,
    SUMMARY_COLUMNS,
    compare,
    diff_html,
    pass_fail_columns,
    rating_columns,
    report_of,
    report_row,
)
from seo_kit.compare.grid import GRID_PARAMETERS, rewrite_all, run_grid
from seo_kit.compare.versions import compare_versions

__all__ = [
    "GRID_PARAMETERS",
    "PASS_FAIL_COLUMNS",
    "SUMMARY_COLUMNS",
    "compare",
    "compare_versions",
    "diff_html",
    "pass_fail_columns",
    "rating_columns",
    "report_of",
    "report_row",
    "rewrite_all",
    "run_grid",
]
