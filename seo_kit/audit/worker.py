"""What an audit process loads before its first page, once for all the local processes.

Importing this module imports the scorer (pandas, seo_kit.score) and scores one short French and
one short English page, so that every lazily loaded table (simplemma's dictionaries, function
words, transition words, Kandel–Moles and Flesch syllable rules) is in memory; then the first
pages of the site being audited, when the driver named them (``WARM_ENV``, see below), so that
the per-word caches (tokens, lemmas, syllables: bounded ``lru_cache``s) hold the site's
frequent words. The local engine (seo_kit.audit.run) names this module in multiprocessing's
forkserver preload: the forkserver imports it once, and every worker process is then a fork of
that warm process (copy-on-write), instead of each worker importing, loading and filling its
caches on its own: a fresh process scores its first 750 corpus pages about a quarter slower
than the next ones (bench/audit_speed.py's pages, process CPU time), and with 2 processes that
was paid twice per audit. ``gc.freeze()`` then keeps the collector from writing to (and so
copying) every page of that inherited memory in each worker. When the forkserver was already
started by other code, the preload is ignored and each worker warms on its first pages, as
before: same results (caches never change a result).

The site's pages: the driver writes the page dicts (seo_kit.audit.pages.PAGE_COLUMNS) of its
first task to a JSON file and names it in the environment variable ``WARM_ENV`` while it starts
the first worker, which starts the forkserver (seo_kit.audit.run._warm_site).
"""

from __future__ import annotations

import gc
import json
import os

from seo_kit.audit.limits import WARM_ENV
from seo_kit.audit.scoring import score_page

__all__ = ["WARM_ENV", "WARM_PAGES", "warm"]

WARM_PAGES = (
    {"title": "Le vélo électrique en ville", "keyphrase": "vélo électrique", "lang": "fr",
     "meta_description": "Pourquoi le vélo électrique change la ville.",
     "content": "<h2>Le vélo électrique</h2><p>Le vélo électrique gagne du terrain. Pourtant, "
                "les pistes cyclables manquent encore dans les petites communes.</p>"},
    {"title": "Electric bikes in town", "keyphrase": "electric bikes", "lang": "en",
     "meta_description": "Why electric bikes change the city.",
     "content": "<h2>Electric bikes</h2><p>Electric bikes are gaining ground. However, cycle "
                "lanes are still missing in small towns.</p>"},
)


def _site_pages() -> list[dict]:
    """The page dicts the driver named in ``WARM_ENV``; none when it named none or the file
    cannot be read (warming is only ever a saving)."""
    path = os.environ.get(WARM_ENV)
    if not path:
        return []
    try:
        with open(path, encoding="utf-8") as file:
            pages = json.load(file)
    except (OSError, ValueError):
        return []
    return [page for page in pages if isinstance(page, dict)] if isinstance(pages, list) else []


def warm(pages=WARM_PAGES) -> None:
    """Score ``pages`` once (their rows are thrown away)."""
    for page in pages:
        score_page(page)


warm((*WARM_PAGES, *_site_pages()))
gc.freeze()
