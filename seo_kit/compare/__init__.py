"""Variants → one tidy DataFrame: compare a few variants, or run a grid of briefs and compare all.

    frame.py   compare(): a row per variant (parameters, totals, every check's rating), diff_html()
    grid.py    run_grid(): every combination of parameters as a Brief, rewritten, then compared
"""

from seo_kit.compare.frame import (
    SUMMARY_COLUMNS,
    compare,
    diff_html,
    rating_columns,
    report_of,
    report_row,
)
from seo_kit.compare.grid import GRID_PARAMETERS, rewrite_all, run_grid

__all__ = [
    "GRID_PARAMETERS",
    "SUMMARY_COLUMNS",
    "compare",
    "diff_html",
    "rating_columns",
    "report_of",
    "report_row",
    "rewrite_all",
    "run_grid",
]
