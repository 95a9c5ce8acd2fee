"""Dask integration: a bag of texts or files in, a bag of records and typed DataFrames out.

Install with the ``dask`` extra (``pip install 'diplomacy_model[dask]'``); this
module imports Dask only when one of its functions is called.

* :func:`extract_bag` turns a ``dask.bag.Bag`` of inputs into a bag of
  *records*, the plain dicts :func:`diplomacy_model.io.to_record` writes: the
  article data with ``"source"`` first, or an error record
  ``{"source": ..., "error": {"type": ..., "message": ...}}``. An input is a text
  (``str``), a file (any ``os.PathLike``, e.g. ``pathlib.Path``) or a
  ``(source, text)`` pair. One bad document gives an error record and never
  fails the job: each document runs through the same per-document guard as
  :func:`~diplomacy_model.extract_many`.
* :func:`to_frame` turns a bag of records into a ``dask.dataframe.DataFrame``
  with the columns of the CSV table of that name
  (:data:`diplomacy_model.io.CSV_COLUMNS`), rows made by
  :func:`~diplomacy_model.io.to_csv_rows`, and fixed dtypes (:data:`FRAME_DTYPES`):
  counts, offsets and years are nullable ``Int64``, ``country_inferred`` is
  ``boolean``, everything else ``string``; a missing value is ``<NA>``.
  Error records give no rows.

A ``source`` names where each record came from: the path for a file, the
given name for a ``(source, text)`` pair, and ``"#<partition>.<index>"`` for a
bare text (its place in the bag).

Nothing here assumes one machine: the same code runs on a ``LocalCluster`` or
on a multi-machine cluster, as long as ``diplomacy_model`` is installed on every
worker and every *file path is readable by the workers* (a shared or network
file system, or send texts instead of paths).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .batch import _one  # the per-document guard extract_many uses: one job in, Article or DocumentError out
from .errors import DocumentError
from .frames import FRAME_DTYPES  # one dtype table for pandas and Dask frames
from .io import CSV_COLUMNS, Table, from_record, to_csv_rows, to_record

if TYPE_CHECKING:
    from dask.bag import Bag
    from dask.dataframe import DataFrame

__all__ = ["FRAME_DTYPES", "extract_bag", "to_frame"]

Record = dict[str, Any]


def _require(name: str) -> ModuleType:
    try:
        return import_module(name)
    except ImportError as exc:
        raise ImportError(
            f"diplomacy_model.dask needs {name.split('.', maxsplit=1)[0]!r}, which is not installed; "
            "install the extra: pip install 'diplomacy_model[dask]'"
        ) from exc


# --- bag of inputs -> bag of records ------------------------------------------------------------


def _job(item: object, partition: int, index: int) -> tuple[Any, bool, str]:
    if isinstance(item, os.PathLike):
        path = os.fspath(item)
        return path, True, str(path)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        return item[1], False, item[0]
    return item, False, f"#{partition}.{index}"


def _extract_partition(
    items: Iterable[object], partition: int, published: dt.date | None, encoding: str
) -> list[Record]:
    out: list[Record] = []
    for index, item in enumerate(items):
        job = _job(item, partition, index)
        out.append(to_record(_one(job, published, encoding), source=job[2]))
    return out


def extract_bag(bag: Bag, *, published: dt.date | None = None, encoding: str = "utf-8") -> Bag:
    """A bag with one record per input, in the input's order and partitions.

    Args:
        bag: a ``dask.bag.Bag`` of texts (``str``), files (``os.PathLike``) or ``(source, text)`` pairs.
        published: publication date passed to every ``extract`` call.
        encoding: how files are decoded (a UTF-8 BOM is always dropped).

    Returns:
        A lazy ``dask.bag.Bag`` of records (see :func:`diplomacy_model.io.to_record`);
        ``from_record`` turns one back into an ``Article`` or ``DocumentError``.

    >>> import dask.bag as db, pathlib
    >>> bag = db.from_sequence([("a", "MOSCOW, Feb. 4 (Xinhua) -- Talks"), pathlib.Path("/nonexistent.txt")])
    >>> [r["dateline"]["city"] if "dateline" in r else r["error"]["type"]
    ...  for r in extract_bag(bag).compute(scheduler="sync")]
    ['Moscow', 'FileNotFoundError']
    """
    db = _require("dask.bag")
    delayed = _require("dask").delayed
    parts = [
        delayed(_extract_partition, pure=True)(part, number, published, encoding)
        for number, part in enumerate(bag.to_delayed())  # type: ignore[no-untyped-call]  # dask.bag is untyped
    ]
    result: Bag = db.from_delayed(parts)
    return result


# --- bag of records -> DataFrame ----------------------------------------------------------------


def _check_table(table: str) -> Table:
    if table not in CSV_COLUMNS:
        raise ValueError(f"unknown table {table!r}; expected one of {sorted(CSV_COLUMNS)}")
    return table  # type: ignore[return-value]  # checked against CSV_COLUMNS just above


def _frame_partition(records: Iterable[Record], table: Table) -> Any:
    pd = import_module("pandas")
    rows: list[dict[str, str]] = []
    for record in records:
        item = from_record(record)
        if not isinstance(item, DocumentError):
            rows.extend(to_csv_rows(item, table, source=str(record.get("source", ""))))
    data = {}
    for column, dtype in FRAME_DTYPES[table].items():
        cells = [row[column] or None for row in rows]  # an empty CSV cell is a missing value
        if dtype == "Int64":
            data[column] = pd.array([None if c is None else int(c) for c in cells], dtype=dtype)
        elif dtype == "boolean":
            data[column] = pd.array([None if c is None else c == "true" for c in cells], dtype=dtype)
        else:
            data[column] = pd.array(cells, dtype=dtype)
    return pd.DataFrame(data)


def to_frame(records: Bag, table: str = "meetings") -> DataFrame:
    """A Dask DataFrame of one CSV *table* (``meetings``, ``leaders``, ``organisations``, ...).

    Columns are those of :data:`diplomacy_model.io.CSV_COLUMNS` and dtypes those of
    :data:`FRAME_DTYPES`, given to Dask as ``meta`` so it never guesses. Error
    records give no rows.

    Args:
        records: a bag of records, as :func:`extract_bag` makes.
        table: which table.

    Returns:
        A lazy ``dask.dataframe.DataFrame``, one partition per partition of *records*.

    >>> import dask.bag as db
    >>> bag = extract_bag(db.from_sequence([("a", "Chinese President Xi Jinping spoke.")]))
    >>> to_frame(bag, "leaders").compute(scheduler="sync")[["source", "name", "country", "mentions"]]
      source        name country  mentions
    0      a  Xi Jinping      CN         1
    """
    name = _check_table(table)
    delayed = _require("dask").delayed
    dd = _require("dask.dataframe")
    pd = _require("pandas")
    meta = pd.DataFrame({column: pd.Series(dtype=dtype) for column, dtype in FRAME_DTYPES[name].items()})
    partitions = records.to_delayed()  # type: ignore[no-untyped-call]  # dask.bag is untyped
    parts = [delayed(_frame_partition, pure=True)(part, name) for part in partitions]
    frame: DataFrame = dd.from_delayed(parts, meta=meta, verify_meta=True)
    return frame
