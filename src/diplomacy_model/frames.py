"""pandas DataFrames of extracted facts: one row per fact, the columns of the CSV tables (``docs/codebook.md``).

pandas is optional (``pip install 'diplomacy_model[pandas]'``); it is imported only when a frame is made.
Codes stay strings (CAMEO ``036`` is ``"036"``), counts and offsets are nullable integers, flags nullable
booleans, dates ISO text at their precision (``"2026-11"``: a partial date is not a timestamp).

From a folder to a DataFrame in one line:

>>> from pathlib import Path
>>> import diplomacy_model as dm
>>> frame = dm.to_frame(dm.extract_many(files := sorted(Path("seeds").glob("*.txt")), workers=1), sources=files)
>>> print(frame[["date", "participants", "mode", "cameo"]].head(2).to_string(index=False))
      date              participants      mode cameo
2026-02-04 Xi Jinping;Vladimir Putin   virtual   040
2026-02-01     Wang Yi;Sergei Shoigu in person   040
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, Final, Literal

from .errors import DocumentError
from .io import CSV_COLUMNS, Table, error_record, to_csv_rows
from .model import Article

__all__ = ["FRAME_DTYPES", "FRAME_TABLES", "to_frame"]

FRAME_TABLES: Final = (*CSV_COLUMNS, "errors")

_INTS: Final = frozenset({"span_start", "span_end", "mentions", "founded", "ordinal", "year", "base_year"})
_BOOLS: Final = frozenset({"country_inferred", "future"})
_ERROR_COLUMNS: Final = ("source", "type", "message")


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import-untyped]  # noqa: PLC0415  (optional, and ships no stubs)
    except ImportError as exc:
        raise ImportError(
            "to_frame() needs pandas, which diplomacy_model does not install by itself: "
            "pip install 'diplomacy_model[pandas]'"
        ) from exc
    return pandas


def _dtype(column: str) -> str:
    if column in _INTS:
        return "Int64"
    if column in _BOOLS:
        return "boolean"
    return "string"


FRAME_DTYPES: Final[dict[str, dict[str, str]]] = {
    table: {column: _dtype(column) for column in columns} for table, columns in CSV_COLUMNS.items()
}
"""Per CSV table, each column of a DataFrame (pandas or Dask) and its pandas dtype."""


def to_frame(
    items: Iterable[Article | DocumentError],
    table: Table | Literal["errors"] = "meetings",
    *,
    sources: Iterable[str | os.PathLike[str]] | None = None,
) -> Any:  # a pandas.DataFrame; Any, as pandas ships no type stubs
    """One row per fact of the *table* kind across *items* (``extract_many``'s results, or Articles).

    *table* is one of ``meetings``, ``leaders``, ``organisations``, ``agreements``, ``anniversaries`` (the CSV
    tables, same columns), or ``errors`` (one row per ``DocumentError``: source, type, message). *sources*
    names each item in the ``source`` column (default: ``#0``, ``#1`` ... in input order).

    >>> to_frame([Article()], "leaders").columns[:3].tolist()
    ['source', 'name', 'title']
    """
    if table not in FRAME_TABLES:
        raise ValueError(f"unknown table {table!r}; expected one of {sorted(FRAME_TABLES)}")
    pd = _pandas()
    names = iter(os.fspath(s) for s in sources) if sources is not None else None
    rows: list[dict[str, str]] = []
    for index, item in enumerate(items):
        source = next(names, None) if names is not None else None
        if source is None:
            source = item.source if isinstance(item, DocumentError) else f"#{index}"
        if table == "errors":
            if isinstance(item, DocumentError):
                record = error_record(item)
                rows.append({"source": source, "type": record["error"]["type"],
                             "message": record["error"]["message"]})
        elif isinstance(item, Article):
            rows.extend(to_csv_rows(item, table, source=source))
        elif not isinstance(item, DocumentError):
            raise TypeError(f"to_frame() expects Article or DocumentError items, got {type(item).__name__}")
    columns = _ERROR_COLUMNS if table == "errors" else CSV_COLUMNS[table]
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    for column in columns:
        cells = frame[column]
        dtype = _dtype(column)
        if dtype == "boolean":
            frame[column] = cells.map({"true": True, "false": False}).astype("boolean")
        elif dtype == "Int64":
            frame[column] = pd.to_numeric(cells.replace("", None)).astype("Int64")
        else:
            frame[column] = cells.replace("", None).astype("string")
    return frame
