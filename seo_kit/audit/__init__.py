"""Site audit: every page of a site scored like Yoast does, in one DataFrame, then the problems
no per-page tool sees (cannibalisation, duplicate titles and descriptions, thin pages).

    >>> from seo_kit.audit import audit, site_summary, cannibalisation
    >>> frame = audit("site.WordPress.xml")            # local processes, one row per page
    >>> cannibalisation(frame)                         # pages fighting for one keyphrase

Readers (seo_kit.audit.pages, .wxr): WordPress exports (read_wxr), CSV/Parquet/JSON Lines tables
(read_table), folders of Markdown/HTML (read_folder). Engines (.run): local processes by default,
a Dask cluster with ``scheduler=``, or a Dask DataFrame. Rows (.scoring): one per page. Site
tables (.site, near-duplicates in .similar). The ``audit`` extra (``pip install 'seo-kit[audit]'``)
brings defusedxml, pyarrow, rapidfuzz, datasketch and Dask. Importing this package loads no
pandas: everything but ``audit`` is loaded on first use.
"""

from __future__ import annotations

import importlib

from seo_kit.audit.run import audit

_LAZY = {
    "PAGE_COLUMNS": "pages", "page_contents": "pages", "page_frames": "pages",
    "read_folder": "pages", "read_pages": "pages", "read_table": "pages",
    "read_wxr": "wxr",
    "empty_audit": "run", "iter_audit": "run", "write_audit": "run",
    "result_columns": "scoring", "score_frame": "scoring", "score_page": "scoring",
    "cannibalisation": "site", "check_distribution": "site", "duplicates": "site",
    "missing_fields": "site", "near_duplicates": "similar", "normalise_keyphrase": "site",
    "site_summary": "site", "thin_pages": "site", "weakest_pages": "site",
    "page_locations": "site", "near_duplicate_pages": "similar",
}

__all__ = [  # noqa: RUF022 — audit first, then the lazy names as _LAZY lists them
    "audit", "PAGE_COLUMNS", "page_contents", "page_frames", "read_folder", "read_pages",
    "read_table", "read_wxr", "empty_audit", "iter_audit", "write_audit", "result_columns",
    "score_frame", "score_page", "cannibalisation", "check_distribution", "duplicates",
    "missing_fields", "near_duplicates", "normalise_keyphrase", "site_summary", "thin_pages",
    "weakest_pages", "page_locations", "near_duplicate_pages",
]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(f"seo_kit.audit.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'seo_kit.audit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
