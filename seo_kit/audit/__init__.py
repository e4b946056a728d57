"""Site audit: every page of a site scored like Yoast does, in one DataFrame, then the problems
no per-page tool sees (cannibalisation, duplicate titles and descriptions, thin pages).

    >>> from seo_kit.audit import audit, site_summary, cannibalisation
    >>> frame = audit("site.WordPress.xml")            # local processes, one row per page
    >>> cannibalisation(frame)                         # pages fighting for one keyphrase

Readers (pages): WordPress exports (read_wxr), CSV/Parquet/JSON Lines tables (read_table),
folders of Markdown/HTML (read_folder). Engines (run): local processes by default, a Dask
cluster with ``scheduler=`` or a Dask DataFrame. Site tables: seo_kit.audit.site. The ``audit``
extra (``pip install 'seo-kit[audit]'``) brings defusedxml, pyarrow, rapidfuzz and Dask.
"""

from seo_kit.audit.pages import PAGE_COLUMNS, page_contents, read_folder, read_pages, read_table
from seo_kit.audit.run import audit, empty_audit, iter_audit, write_audit
from seo_kit.audit.scoring import result_columns, score_frame
from seo_kit.audit.site import (
    cannibalisation,
    check_distribution,
    duplicates,
    missing_fields,
    near_duplicates,
    normalise_keyphrase,
    site_summary,
    thin_pages,
)
from seo_kit.audit.wxr import read_wxr

__all__ = [
    "PAGE_COLUMNS",
    "audit",
    "cannibalisation",
    "check_distribution",
    "duplicates",
    "empty_audit",
    "iter_audit",
    "missing_fields",
    "near_duplicates",
    "normalise_keyphrase",
    "page_contents",
    "read_folder",
    "read_pages",
    "read_table",
    "read_wxr",
    "result_columns",
    "score_frame",
    "site_summary",
    "thin_pages",
    "write_audit",
]
