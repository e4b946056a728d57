"""What an audit process loads before its first page, once for all the local processes.

Importing this module imports the scorer (pandas, seo_kit.score) and scores one short French and
one short English page, so that every lazily loaded table (simplemma's dictionaries, function
words, transition words, Kandel–Moles and Flesch syllable rules) is in memory. The local engine
(seo_kit.audit.run) names it in multiprocessing's forkserver preload: the forkserver imports it
once, and every worker process is then a fork of that warm process (copy-on-write), instead of
each worker importing and warming on its own (about 0.7 s of CPU each, measured with
bench/audit_speed.py's profile). When the forkserver was already started by other code, the
preload is ignored and each worker warms on its first page, as before: same results.
"""

from __future__ import annotations

from seo_kit.audit.scoring import score_page

__all__ = ["WARM_PAGES", "warm"]

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


def warm() -> None:
    """Score WARM_PAGES once (their rows are thrown away)."""
    for page in WARM_PAGES:
        score_page(page)


warm()
