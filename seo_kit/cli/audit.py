"""``seo-kit audit EXPORT``: score every page of a site into one Parquet file, and print the
site summary and the worst problems.

    seo-kit audit site.WordPress.xml --out audit.parquet            # local processes
    seo-kit audit pages.csv --workers 2
    seo-kit audit site.xml --scheduler tcp://10.0.0.5:8786           # an existing Dask cluster

EXPORT is a WordPress export (.xml), a .csv/.parquet/.jsonl table of pages or a folder of
.md/.html files. The rows are written chunk by chunk: the command's memory does not grow with
the site. On a cluster, this machine reads the export and writes the file; the workers score.
The weakest pages are printed with a link that opens each in the studio (`seo-kit app`, started
from this folder, at --studio).
"""

from __future__ import annotations

import argparse

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("export", help="WordPress export (.xml), table (.csv, .parquet, .jsonl) "
                                       "or folder of .md/.html files")
    parser.add_argument("--out", default="audit.parquet",
                        help="Parquet file for the rows, one per page (default: audit.parquet)")
    parser.add_argument("--workers", type=int, default=None,
                        help="local processes (default: the cores; 1 = no pool)")
    parser.add_argument("--scheduler", default=None,
                        help="address of a Dask scheduler (tcp://host:8786) to score on")
    parser.add_argument("--lang", default="auto", choices=("auto", "fr", "en"),
                        help="language of pages that declare none (default: detected)")
    parser.add_argument("--chunk-size", type=int, default=500, help="pages per task")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--worst", type=int, default=10, help="weakest pages to print (0: none)")
    parser.add_argument("--studio", default="http://127.0.0.1:8866/",
                        help="where `seo-kit app` serves the studio, for the pages' links")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import pandas as pd

    from seo_kit.audit import write_audit
    from seo_kit.audit.site import cannibalisation, page_locations, site_summary, weakest_pages
    from seo_kit.errors import InputError
    from seo_kit.notebook.opening import studio_url

    if args.workers is not None and args.workers < 1:
        raise InputError("--workers must be 1 or more")
    # progress on stderr: a tqdm bar, and the Dask dashboard's address with --scheduler
    rows = write_audit(args.export, args.out, workers=args.workers, scheduler=args.scheduler,
                       lang=args.lang, chunk_size=args.chunk_size, progress=not args.no_progress)
    frame = pd.read_parquet(args.out, columns=[
        "id", "url", "slug", "title", "seo_title", "meta_description", "keyphrase", "lang",
        "words", "seo_score", "readability_score", "error"])
    print(f"{rows} pages → {args.out}")
    print(site_summary(frame).to_string(index=False, header=False))
    shared = cannibalisation(frame)
    if len(shared):
        print("\npages sharing a focus keyphrase:")
        print(shared[["key", "url", "seo_score"]].head(20).to_string(index=False))
    weakest = weakest_pages(frame, max(0, args.worst))
    if len(weakest):
        print("\nweakest pages (open in the studio: `seo-kit app` from this folder):")
        where = page_locations(weakest, args.export)
        for row, article, page in zip(weakest.itertuples(), where["article"], where["page"]):
            keyphrase = row.keyphrase if isinstance(row.keyphrase, str) else None
            link = studio_url(article, page=page, keyphrase=keyphrase, base=args.studio)
            print(f"  SEO {_score(row.seo_score)}  readability "
                  f"{_score(row.readability_score)}  {row.url}\n      {link}")
    return 0


def _score(value) -> str:
    """A 0–100 score right-aligned, "—" when there is none (no keyphrase: no SEO score)."""
    import pandas as pd

    return "  —" if pd.isna(value) else f"{int(value):>3d}"
