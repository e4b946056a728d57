"""Imported by the local processes' forkserver (``seo_kit.audit.run``): every table scoring
reads on first use is loaded here once (``scoring.load_tables``: the lemmatiser's dictionaries,
word lists, transition and injection tables), so that each worker forked from it starts with
them instead of loading them during its first page (~0.4 s of CPU per worker and per audit;
bench/audit_worker_start.py). Also usable as a Dask worker preload:
``dask worker --preload seo_kit.audit.preload``.
"""

from seo_kit.audit.scoring import load_tables

load_tables()
