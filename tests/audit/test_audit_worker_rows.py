"""A local worker scores page dicts into tuples without pandas; the driver builds the frame.

The forkserver and the workers it forks never import pandas (about 0.5 s of CPU per audit at
idle, the largest part of their start), so every value a worker receives or returns must be plain
Python: page dicts, audit rows as tuples. These tests hold the three parts of that to account:
the worker's modules, the mapping (the page frame's values, every kind of missing value), and
the frame the driver builds (the serial audit's, exactly)."""

from __future__ import annotations

import math
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pandas as pd
import pytest
from audit_samples import ENGLISH, FRENCH

from seo_kit.audit import audit
from seo_kit.audit.pages import page_frame
from seo_kit.audit.rows import page_dicts
from seo_kit.audit.scoring import frame_of, score_chunk, score_rows

# numpy scalars, as pandas hands them out (numpy itself is only pandas' dependency)
NUMPY_NAN, NUMPY_INT = pd.Series([math.nan])[0], pd.Series([7], dtype="int64")[0]
NUMPY_FLOAT, NUMPY_BOOL = pd.Series([2.5])[0], pd.Series([False])[0]

# one row per kind of value a reader or a caller's dicts can hold, in every field a page maps
KINDS = [
    ("text", "https://example.org/a"),
    ("empty string", ""),
    ("blank string", "  \t"),
    ("None", None),
    ("float NaN", math.nan),
    ("numpy NaN", NUMPY_NAN),
    ("int", 42),
    ("numpy int", NUMPY_INT),
    ("float", 2.5),
    ("bool", True),
    ("pandas NA", pd.NA),
    ("pandas NaT", pd.NaT),
    ("timestamp", pd.Timestamp("2024-03-01 10:00")),
]


def _rows(value) -> list[dict]:
    return [{"Address": value, "Body": FRENCH, "Focus Keyphrase": value, "Post Date": value},
            {"Body": ENGLISH, "id": value},  # keys missing in one row, present in another
            {"Body": value, "Address": "https://example.org/b", "lang": value}]


_MAP = {"Address": "url", "Body": "content", "Focus Keyphrase": "keyphrase",
        "Post Date": "date", "id": "id", "lang": "lang"}


@pytest.mark.parametrize("kind, value", KINDS, ids=[k for k, _ in KINDS])
def test_page_dicts_hold_the_page_frame_s_values(kind, value):
    rows = _rows(value)
    assert page_dicts(rows, _MAP) == page_frame(rows, _MAP).to_dict("records")


@pytest.mark.parametrize("kind, value", KINDS, ids=[k for k, _ in KINDS])
def test_the_frame_of_a_worker_s_tuples_is_the_serial_chunk(kind, value):
    rows = _rows(value)
    pd.testing.assert_frame_equal(frame_of(score_rows(rows, _MAP)), score_chunk(rows, _MAP),
                                  check_exact=True)


# values per dtype of the audit frame, the odd ones included: what from_records + astype makes
# of each must be what frame_of makes of it
ODD_VALUES = {
    "Int64": [1, None, NUMPY_INT, math.nan, True, 3.0],
    "float64": [1, None, NUMPY_FLOAT, NUMPY_NAN, True, NUMPY_INT],
    "string": ["a", None, 1, math.nan, pd.NA, ""],
    "boolean": [True, None, NUMPY_BOOL, math.nan],
}


@pytest.mark.parametrize("dtype", list(ODD_VALUES))
def test_frame_of_is_from_records_then_astype(dtype):
    from seo_kit.audit.scoring import result_columns

    columns = result_columns()
    scored = score_rows(_rows(None) + _rows("") + [{"Body": ""}, {"Body": "Guten Tag"}], _MAP)
    odd = [tuple(value if columns[name] == dtype else field
                 for name, field in zip(columns, scored[i % len(scored)], strict=True))
           for i, value in enumerate(ODD_VALUES[dtype])]
    for rows in (scored, odd, odd[:1], [odd[1]] * 3, []):
        reference = pd.DataFrame.from_records(rows, columns=list(columns)).astype(columns)
        pd.testing.assert_frame_equal(frame_of(rows), reference, check_exact=True)
    index = pd.Index([10, 3, 7, 1, 2, 5][:len(odd)])
    pd.testing.assert_frame_equal(
        frame_of(odd, index),
        pd.DataFrame.from_records(odd, columns=list(columns), index=index).astype(columns),
        check_exact=True)


def test_an_empty_task_gives_an_empty_frame_of_every_column():
    pd.testing.assert_frame_equal(frame_of(score_rows([], _MAP)), score_chunk([], _MAP))


@pytest.mark.parametrize("pages", [
    [{"url": f"https://example.org/{i}", "content": text, "keyphrase": key, "title": title}
     for i, (text, key, title) in enumerate([(FRENCH, "voiture électrique", None),
                                             (ENGLISH, math.nan, "Electric cars"),
                                             ("", None, "Empty"), ("Guten Tag", "", None),
                                             ("<p>" + FRENCH + "</p>", "bornes", pd.NA)] * 3)],
    pd.DataFrame({"Address": [f"https://example.org/{i}" for i in range(9)],
                  "Body": [FRENCH, ENGLISH, None] * 3,
                  "Focus Keyphrase": ["voiture électrique", pd.NA, "cars"] * 3,
                  "Post Date": pd.to_datetime(["2024-01-02", None, "2023-05-06"] * 3)}),
], ids=["page dicts", "table rows"])
def test_local_processes_give_the_serial_frame(pages):
    serial = audit(pages, workers=1, chunk_size=4)
    pd.testing.assert_frame_equal(audit(pages, workers=2, chunk_size=4), serial, check_exact=True)


def test_a_local_worker_scores_without_loading_pandas():
    """The forkserver does not preload pandas, and scoring page dicts loads none in a worker."""
    from seo_kit.audit.run import _process_context

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no forkserver here: spawned workers import the driver's main module")
    loaded = "'pandas' in __import__('sys').modules"
    with ProcessPoolExecutor(1, mp_context=_process_context()) as pool:
        assert pool.submit(eval, loaded).result() is False
        rows = pool.submit(score_rows, _rows(None) + _rows(math.nan), _MAP).result()
        assert pool.submit(eval, loaded).result() is False
    assert len(rows) == 6 and all(isinstance(row, tuple) for row in rows)
