"""Pages and audit rows as plain Python values: what a local worker process receives and returns.

A worker forked from the local processes' forkserver scores page dicts and returns audit rows as
tuples, so that neither it nor the forkserver imports pandas (about 0.5 s of CPU at idle, 0.9 s
at load 4, against 0.6 s for everything else the forkserver loads; bench/audit_fresh_vs_tree.py).
The driver, which has pandas, builds the audit frame (``seo_kit.audit.scoring.frame_of``).

    page_dicts(rows, column_map) -> list[dict]   every PAGE_COLUMNS key, values str or None
    row_tuple(row, names) -> tuple               an audit row in the order of ``names``

Nothing here imports pandas: a pandas missing value (``pd.NA``, ``pd.NaT``) can only stand in a
row when pandas is loaded, so ``is_missing`` asks for them only then.
"""

from __future__ import annotations

import math
import sys

__all__ = ["PAGE_COLUMNS", "is_missing", "page_dicts", "row_tuple"]

PAGE_COLUMNS = ("id", "url", "slug", "title", "seo_title", "meta_description", "keyphrase",
                "lang", "site_lang", "content", "status", "post_type", "date", "modified", "error")


def is_missing(value) -> bool:
    """None, NaN, a blank string, ``pd.NA`` or ``pd.NaT``: a field the page does not have."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, str):
        return not value.strip()
    pd = sys.modules.get("pandas")  # no pandas loaded: no pandas value can be here
    return pd is not None and (value is pd.NA or value is pd.NaT)


def page_dicts(rows: list[dict], column_map: dict[str, str]) -> list[dict]:
    """The pages of a raw chunk of page dicts (``seo_kit.audit.pages.raw_chunks``) in our
    columns: one dict per row with every PAGE_COLUMNS key, each value ``str(value)`` or None
    when missing (``is_missing``); ``column_map`` is {their key: our column}. The same values
    as ``page_frame(rows, column_map).to_dict("records")``, without pandas."""
    pages = [dict.fromkeys(PAGE_COLUMNS) for _ in rows]
    for theirs, ours in column_map.items():
        for page, row in zip(pages, rows, strict=True):
            value = row.get(theirs)
            page[ours] = None if is_missing(value) else str(value)
    return pages


def row_tuple(row: dict, names: tuple[str, ...]) -> tuple:
    """``row``'s values in the order of ``names`` (None for a name it lacks): one audit row as
    a worker returns it, without repeating the ~100 column names of every row."""
    return tuple(map(row.get, names))
