"""One audit, three engines: this process, local processes, a Dask cluster (a real LocalCluster:
a scheduler and two worker processes) by map_partitions and by its executor. Same DataFrame."""

from __future__ import annotations

import pandas as pd
import pytest
from audit_samples import ENGLISH, FRENCH

from seo_kit.audit import audit, write_audit

PAGES = pd.DataFrame({
    "url": [f"https://example.org/{i}" for i in range(12)],
    "title": [f"Page {i}" for i in range(12)],
    "keyphrase": ["voiture électrique", "electric cars", None] * 4,
    "content": [FRENCH, ENGLISH, FRENCH[:200]] * 3 + ["", "Guten Tag", "<p>" + FRENCH + "</p>"],
})


@pytest.fixture(scope="module")
def serial() -> pd.DataFrame:
    return audit(PAGES, workers=1, chunk_size=5)


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=50)
    try:
        client = distributed.Client(cluster)
        try:
            yield client
        finally:
            client.close()
    finally:
        cluster.close()


def test_the_serial_audit_scores_and_explains_every_page(serial):
    assert len(serial) == len(PAGES)
    assert serial["error"].notna().sum() == 2  # the empty page, the German one
    assert serial["url"].tolist() == PAGES["url"].tolist()


def test_local_processes_give_the_same_frame(serial):
    pd.testing.assert_frame_equal(audit(PAGES, workers=2, chunk_size=5), serial)


def test_a_local_worker_starts_with_the_scorer_s_tables_loaded():
    """The forkserver loads the tables before it forks the workers (seo_kit.audit.preload):
    a worker has lemmatised words before its first page (its first page read the lemmatiser's
    dictionaries from disk, ~0.4 s of CPU per worker and per audit)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from seo_kit.audit.run import _process_context

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no forkserver here: each spawned worker loads the tables itself")
    with ProcessPoolExecutor(1, mp_context=_process_context()) as pool:
        remembered = pool.submit(eval, "__import__('seo_kit.lang').lang.lemma.cache_info()"
                                       ".currsize").result()
    assert remembered > 0


def test_a_dask_dataframe_is_scored_by_map_partitions_on_the_cluster(serial, dask_client):
    import dask.dataframe as dd

    lazy = audit(dd.from_pandas(PAGES, npartitions=3))
    assert isinstance(lazy, dd.DataFrame)
    assert list(lazy.columns) == list(serial.columns)
    result = dask_client.compute(lazy).result().reset_index(drop=True)
    pd.testing.assert_frame_equal(result, serial)


def test_a_scheduler_streams_chunks_to_the_cluster(serial, dask_client, tmp_path):
    pd.testing.assert_frame_equal(audit(PAGES, scheduler=dask_client, chunk_size=5), serial)
    out = tmp_path / "audit.parquet"
    assert write_audit(PAGES, out, scheduler=dask_client.scheduler.address, chunk_size=4) == 12
    pd.testing.assert_frame_equal(pd.read_parquet(out), serial)


@pytest.mark.parametrize("frame_sizes, chunk_size, task_sizes", [
    # doubling up to chunk_size; the last raw chunk in halves of what is left (at least 8)
    ([500, 500, 120], 500, [31, 62, 125, 250, 32, 500, 60, 30, 15, 8, 7]),
    ([500, 500, 500, 500], 500, [31, 62, 125, 250, 32, 500, 500, 250, 125, 63, 31, 16, 8, 7]),
    ([113], 500, [31, 41, 21, 10, 8, 2]),  # a site smaller than one chunk: still several tasks
    ([12], 5, [5, 5, 2]),  # at least 8 pages a task, never more than chunk_size
    ([], 500, []),
])
@pytest.mark.parametrize("kind", ["dicts", "table rows"])
def test_tasks_start_small_grow_to_the_chunk_size_and_end_small(frame_sizes, chunk_size, task_sizes, kind):
    from seo_kit.audit.run import _tasks

    column_map = {"content": "content"}
    chunks = [([{"content": "x"}] * size if kind == "dicts"
               else pd.DataFrame({"content": ["x"] * size}), column_map) for size in frame_sizes]
    tasks = list(_tasks(iter(chunks), chunk_size))
    assert [len(rows) for rows, _ in tasks] == task_sizes
    assert all(mapped is column_map for _, mapped in tasks)


def test_the_driver_sends_the_pages_as_read_and_the_worker_maps_them():
    """What goes to a worker is the reader's own rows and the column map: the driver builds no
    page frame. Mapping them there gives the page frame the serial audit scores."""
    from seo_kit.audit.pages import page_frame, page_frames, raw_chunks

    pages = [{"Address": "https://example.org/a", "Body": FRENCH, "id": 5},
             {"Address": "https://example.org/b", "Body": ENGLISH, "Focus Keyphrase": "cars"}]
    ((rows, column_map),) = raw_chunks(pages)
    assert rows == pages
    assert column_map == {"Address": "url", "Body": "content", "id": "id",
                          "Focus Keyphrase": "keyphrase"}
    frame = page_frame(rows, column_map)
    pd.testing.assert_frame_equal(frame, next(page_frames(pages)))
    assert frame["id"].tolist() == ["5", None]
    assert frame["keyphrase"].tolist() == [None, "cars"]
