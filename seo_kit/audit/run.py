"""Run the audit: raw chunks of pages in, scored chunks out, on local processes or a Dask cluster.

Engines, all mapping the same pure ``score_page`` over chunks of pages (``score_chunk``,
``score_frame``; ``score_rows`` on a pool or a cluster's executor):

    workers=1                  in this process (no pool), the serial reference
    workers=N (default: cores) concurrent.futures.ProcessPoolExecutor, N processes forked from
                               a forkserver that imported the scorer once
    scheduler="tcp://host:8786" or a distributed.Client: the cluster's workers, through the
                               client's concurrent.futures executor (Client.get_executor)
    a dask.dataframe.DataFrame the same function by ``map_partitions``: a lazy Dask DataFrame

The driver reads, builds frames and writes: it sends each worker a raw chunk, the pages as
the reader gave them (WordPress items, page dicts; a table's rows mapped to page dicts first,
see ``_Engine.submit``) with the column map to apply (seo_kit.audit.pages.raw_chunks), and the
worker maps, scores and returns the audit rows as tuples (``scoring.score_rows``), from which
the driver builds the frame (``scoring.frame_of``): neither the forkserver nor a worker imports
pandas (seo_kit.audit.rows). The driver keeps at most ``4 × workers`` tasks in flight (the
small tasks at the end of a site all go out while the last big one runs: no process waits) and
hands each scored chunk on as soon as it is back, in input order: reading, scoring and writing
(``write_audit``, Parquet by row groups) overlap, and the driver's memory does not grow with the
number of pages. The first chunks are smaller (``_tasks``), so that every process has work at
once.

Where the CPU of 2 processes goes: the driver uses about 0.1 ms of CPU per page (reading,
pickling, Parquet), and pickling a 500-page task both ways about 15 µs per page against
~3,000 µs of scoring. Warming the workers' per-word caches in the forkserver before it forked
them (scoring the site's first task there, then ``gc.freeze()``; stop 17) did not pay and was
removed: fresh audits of 3,000 pages on 2 processes, alternated with the warming tree, took
4.62 CPU ms per page against 6.07 with it (4 alternations, each 1.09–1.47× in favour, load 5–7;
bench/audit_fresh_vs_tree.py). What the forkserver does load is the scorer's tables
(``seo_kit.audit.preload``: the lemmatiser's dictionaries above all), not a site's words: a worker
forked without them spent ~0.5 s of CPU on its first page and its first 250 pages cost 9.6 ms
each against 6.7 after; with them 27 ms and 6.8 against 6.5 (bench/audit_worker_start.py, 4
alternations, load 7–9). The forkserver pays ~0.7–1.3 s once, for every worker of every audit
the driver runs.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from seo_kit._optional import require
from seo_kit.audit.limits import CHUNK_SIZE, MAX_CHARS

if TYPE_CHECKING:
    import pandas as pd

    from seo_kit.audit.pages import RawChunk

__all__ = ["audit", "iter_audit", "write_audit"]


_AHEAD = 4  # tasks in flight per process: a few raw chunks of pages, whatever the site's size
# imported once, by the forkserver: the scorer and the tables it reads (audit.preload); no
# pandas: a worker scores page dicts into tuples (score_rows), the driver builds the frames
_PRELOAD = ("seo_kit.score", "seo_kit.audit.scoring", "seo_kit.audit.preload")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _process_context():
    """forkserver where there is one (no fork of a driver that runs threads: tqdm, Dask), which
    imports pandas and the scorer and loads the scorer's tables once, so that every worker
    starts as a fork with them loaded; spawn elsewhere (each worker loads them itself)."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # no effect once the forkserver runs (a second audit reuses it)
    context.set_forkserver_preload(["__main__", *_PRELOAD])
    return context


def _tasks(chunks: Iterator[RawChunk], chunk_size: int) -> Iterator[RawChunk]:
    """The raw chunks cut into tasks of chunk_size / 16, / 8, / 4, / 2 pages (at least 8), then
    chunk_size: every process gets work within a fraction of a chunk's time, and a site smaller
    than one chunk is still shared between the processes. The last raw chunk (read one ahead) is
    cut into halves of what is left (1/2, 1/4… of it, at least 8 pages), so that the processes
    run out of work together instead of one waiting for the other's last full chunk."""
    halvings = 4
    chunks = iter(chunks)
    current = next(chunks, None)
    while current is not None:
        following = next(chunks, None)
        rows, column_map = current
        start = 0
        while start < len(rows):
            size = min(chunk_size, max(8, chunk_size >> halvings))
            if following is None:  # the end of the site: halve what is left
                size = min(size, max(8, (len(rows) - start + 1) // 2))
            part = rows.iloc[start:start + size] if hasattr(rows, "iloc") else \
                rows[start:start + size]
            yield part, column_map
            start += size
            halvings = max(0, halvings - 1)
        current = following


def _is_dask_frame(pages) -> bool:
    module = type(pages).__module__ or ""
    return module.startswith("dask") and hasattr(pages, "map_partitions")


class _Engine:
    """An executor to submit chunks to, how many chunks to keep in flight, and what to close."""

    def __init__(self, workers: int | None, scheduler):
        self.client = self.own_client = None
        self.executor: Executor | None = None
        if scheduler is not None:
            Client = require("distributed", "audit", purpose="a Dask cluster").Client

            if isinstance(scheduler, Client):
                self.client = scheduler
            else:
                try:
                    self.client = self.own_client = Client(scheduler, timeout="20s")
                except OSError as exc:  # refused, unreachable, timed out
                    from seo_kit.errors import InputError

                    raise InputError(
                        f"cannot reach a Dask scheduler at {scheduler} ({exc}); check the "
                        "address (tcp://host:8786) and that `dask scheduler` runs there, or "
                        "leave scheduler out to use local processes") from None
            self.executor = self.client.get_executor(pure=False)  # chunks differ: no hashing
            self.workers = workers or max(1, len(self.client.scheduler_info().get("workers", {})))
        else:
            self.workers = workers or _cores()
            if self.workers > 1:  # forkserver: no fork of a driver that runs threads (tqdm, Dask)
                from seo_kit.audit.main_guard import check_main_guard

                check_main_guard(f"audit with workers={self.workers}")
                self.executor = ProcessPoolExecutor(max_workers=self.workers,
                                                    mp_context=_process_context())

    def submit(self, rows, column_map: dict[str, str], lang: str, max_chars: int):
        """The future of one task's audit rows (tuples: ``scoring.score_rows``). A table's rows
        are mapped here: their pandas values (NA, NaT, numpy scalars) would load pandas in the
        worker that unpickles them; page dicts go as read, the worker maps them."""
        from seo_kit.audit.pages import page_frame
        from seo_kit.audit.rows import PAGE_COLUMNS
        from seo_kit.audit.scoring import score_rows

        if hasattr(rows, "iloc"):
            rows = page_frame(rows, column_map).to_dict("records")
            column_map = {name: name for name in PAGE_COLUMNS}
        return self.executor.submit(score_rows, rows, column_map, lang, max_chars)

    def close(self) -> None:
        if self.executor is not None and self.client is None:
            self.executor.shutdown(cancel_futures=True)
        if self.own_client is not None:
            self.own_client.close()


def iter_audit(pages, *, workers: int | None = None, scheduler=None, lang: str = "auto",
               chunk_size: int = CHUNK_SIZE, mapping: dict[str, str] | None = None,
               max_chars: int = MAX_CHARS, progress: bool = False) -> Iterator[pd.DataFrame]:
    """Scored chunks (audit frames), in input order; see ``audit`` for the arguments. With a
    pool or a cluster, the first chunks are smaller than ``chunk_size`` (see ``_tasks``)."""
    from seo_kit.audit.pages import raw_chunks
    from seo_kit.audit.scoring import frame_of, score_chunk

    _check_options(workers, lang, chunk_size)
    engine = _Engine(workers, scheduler)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(unit="page", desc="audit")
        if engine.client is not None:
            bar.write(f"Dask dashboard: {engine.client.dashboard_link}", file=sys.stderr)
    try:
        chunks = raw_chunks(pages, chunk_size=chunk_size, mapping=mapping)
        if engine.executor is None:
            for rows, column_map in chunks:
                done = score_chunk(rows, column_map, lang, max_chars)
                if bar is not None:
                    bar.update(len(done))
                yield done
            return
        in_flight: deque = deque()
        for rows, column_map in _tasks(chunks, chunk_size):
            in_flight.append(engine.submit(rows, column_map, lang, max_chars))
            if len(in_flight) >= _AHEAD * engine.workers:
                done = frame_of(in_flight.popleft().result())
                if bar is not None:
                    bar.update(len(done))
                yield done
        while in_flight:
            done = frame_of(in_flight.popleft().result())
            if bar is not None:
                bar.update(len(done))
            yield done
    finally:
        if bar is not None:
            bar.close()
        engine.close()


def _check_options(workers, lang: str, chunk_size: int) -> None:
    from seo_kit.errors import InputError
    from seo_kit.lang import LANGS

    if lang != "auto" and lang not in LANGS:
        raise InputError(f"lang={lang!r}: use 'auto' or one of {', '.join(LANGS)}")
    if workers is not None and (not isinstance(workers, int) or workers < 1):
        raise InputError(f"workers={workers!r}: give 1 or more processes (None: one per core)")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise InputError(f"chunk_size={chunk_size!r}: give 1 or more pages per task")


def empty_audit() -> pd.DataFrame:
    """An audit frame with no rows: the columns and dtypes of every audit."""
    import pandas as pd

    from seo_kit.audit.scoring import result_columns

    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in result_columns().items()})


def _score_partition(partition: pd.DataFrame, lang: str, max_chars: int,
                     mapping: dict[str, str] | None) -> pd.DataFrame:
    from seo_kit.audit.pages import _as_page_frame, _column_map
    from seo_kit.audit.scoring import score_frame

    pages = _as_page_frame(partition, _column_map(partition.columns, mapping))
    pages.index = partition.index
    return score_frame(pages, lang, max_chars)


def audit(pages, *, workers: int | None = None, scheduler=None, lang: str = "auto",
          chunk_size: int = CHUNK_SIZE, mapping: dict[str, str] | None = None,
          max_chars: int = MAX_CHARS, progress: bool = False):
    """Score every page of a site: one tidy row per page (columns: seo_kit.audit.scoring).

    ``pages``: a path (WordPress export .xml, .csv/.parquet/.jsonl table, folder of .md/.html),
    a pandas DataFrame (columns mapped by name, or ``mapping={"content": "Texte"}``), page dicts,
    or a Dask DataFrame, which returns a lazy Dask DataFrame scored by ``map_partitions`` (call
    ``.compute()`` or ``.to_parquet()`` on it, under your ``distributed.Client``).
    ``workers``: processes on this machine (default: the cores; 1 scores in this process).
    ``scheduler``: a ``distributed.Client`` or a scheduler address ("tcp://10.0.0.5:8786") to
    score on that cluster. ``lang``: "auto" (declared, else detected, else the site's), "fr" or
    "en" for pages that declare none. A page that cannot be scored gets its reason in ``error``.
    InputError only for input that cannot be read at all (missing file, XML bomb, broken XML).
    """
    import pandas as pd

    if _is_dask_frame(pages):
        _check_options(workers, lang, chunk_size)
        meta = empty_audit()
        return pages.map_partitions(_score_partition, lang, max_chars, mapping, meta=meta)
    chunks = list(iter_audit(pages, workers=workers, scheduler=scheduler, lang=lang,
                             chunk_size=chunk_size, mapping=mapping, max_chars=max_chars,
                             progress=progress))
    if not chunks:
        return empty_audit()
    return pd.concat(chunks, ignore_index=True)


def write_audit(pages, out: str | os.PathLike, **options) -> int:
    """Score ``pages`` (as ``audit``) straight into the Parquet file ``out``, one row group per
    chunk, so the driver never holds the whole audit. Returns the number of rows written. When
    reading fails midway (a truncated export), the pages scored before it are in ``out``."""
    pa = require("pyarrow", "audit", purpose="writing Parquet")
    pq = require("pyarrow.parquet", "audit")
    schema = pa.Schema.from_pandas(empty_audit(), preserve_index=False)
    written = 0
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(out, schema) as writer:
        for chunk in iter_audit(pages, **options):
            writer.write_table(pa.Table.from_pandas(chunk, schema=schema, preserve_index=False))
            written += len(chunk)
    return written
