"""Dask: a bag of texts and files on a real two-process LocalCluster gives what ``extract`` gives one by one."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

import dask.bag as db
from distributed import Client, LocalCluster

import diplomacy_model.dask
from diplomacy_model import Article, extract
from diplomacy_model.dask import FRAME_DTYPES, extract_bag, to_frame
from diplomacy_model.io import CSV_COLUMNS, from_record, to_csv_rows, to_record

from .conftest import SEED_PATH

PUBLISHED = dt.date(2026, 2, 5)
TEXTS = [
    "MOSCOW, Feb. 4 (Xinhua) -- Russian President Vladimir Putin held talks by phone with Chinese President "
    "Xi Jinping on Tuesday, marking the 30th anniversary of the strategic partnership.",
    "SEOUL, Feb. 5 (Yonhap) -- South Korean President Lee Jae Myung will visit Tokyo in March for a summit "
    "with Japanese Prime Minister Sanae Takaichi, and the two sides signed a memorandum.",
    "No dateline, no leaders: just a sentence.",
    "",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("dask")
    paths = [SEED_PATH]
    for index, text in enumerate(TEXTS[:2]):
        path = root / f"story{index}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    binary = root / "binary.bin"
    binary.write_bytes(b"\x00\x01\x02 not text")
    return [*paths, root / "missing.txt", binary, root]


def expected_record(item: Path | str, source: str) -> dict[str, Any]:
    text = item.read_text(encoding="utf-8") if isinstance(item, Path) else item
    return to_record(extract(text, published=PUBLISHED), source=source)


class TestExtractBag:
    def test_texts_equal_sequential_extract(self, client: Client) -> None:
        bag = db.from_sequence(TEXTS, npartitions=2)
        records = extract_bag(bag, published=PUBLISHED).compute()
        assert len(records) == len(TEXTS)
        assert [r["source"] for r in records] == ["#0.0", "#0.1", "#1.0", "#1.1"]
        assert records == [expected_record(t, r["source"]) for t, r in zip(TEXTS, records, strict=True)]

    def test_files_and_errors(self, client: Client, files: list[Path]) -> None:
        bag = db.from_sequence(files, npartitions=3)
        records = extract_bag(bag, published=PUBLISHED).compute()
        assert [r["source"] for r in records] == [str(p) for p in files]
        good, bad = records[:3], records[3:]
        assert good == [expected_record(p, str(p)) for p in files[:3]]
        assert [r["error"]["type"] for r in bad] == ["FileNotFoundError", "BinaryFileError", "IsADirectoryError"]
        assert all(set(r) == {"source", "error"} for r in bad)

    def test_pairs_and_wrong_types(self, client: Client) -> None:
        bag = db.from_sequence([("seed", SEED_PATH.read_text(encoding="utf-8")), b"bytes", 42], npartitions=1)
        first, *bad = extract_bag(bag).compute()
        assert from_record(first) == extract(SEED_PATH.read_text(encoding="utf-8"))
        assert first["source"] == "seed"
        assert [r["error"]["type"] for r in bad] == ["TypeError", "TypeError"]


@pytest.fixture(scope="module")
def file_records(client: Client, files: list[Path]) -> db.Bag:
    """The files' records, computed once on the cluster and kept there."""
    return extract_bag(db.from_sequence(files, npartitions=2), published=PUBLISHED).persist()


@pytest.fixture(scope="module")
def articles(files: list[Path]) -> dict[str, Article]:
    return {str(p): extract(p.read_text(encoding="utf-8"), published=PUBLISHED) for p in files[:3]}


class TestToFrame:
    @pytest.mark.parametrize("table", list(CSV_COLUMNS))
    def test_columns_dtypes_and_rows(self, file_records: db.Bag, articles: dict[str, Article], table: str) -> None:
        frame = to_frame(file_records, table)
        assert list(frame.columns) == list(CSV_COLUMNS[table])
        assert {c: str(t) for c, t in frame.dtypes.items()} == FRAME_DTYPES[table]
        got = frame.compute()
        assert {c: str(t) for c, t in got.dtypes.items()} == FRAME_DTYPES[table]
        rows = [row for source, article in articles.items() for row in to_csv_rows(article, table, source=source)]
        as_text = [
            {c: _cell(v) for c, v in zip(got.columns, values, strict=True)}
            for values in got.astype(object).where(got.notna(), None).itertuples(index=False)
        ]
        assert as_text == rows

    def test_seed_meetings_are_typed(self, client: Client) -> None:
        bag = extract_bag(db.from_sequence([SEED_PATH], npartitions=1))
        meetings = to_frame(bag).compute()
        assert len(meetings) >= 1
        assert meetings["span_start"].dtype == "Int64"
        assert (meetings["span_start"] < meetings["span_end"]).all()
        assert meetings["source"].tolist() == [str(SEED_PATH)] * len(meetings)

    def test_unknown_table(self) -> None:
        with pytest.raises(ValueError, match="unknown table"):
            to_frame(db.from_sequence([]), "people")


def _cell(value: object) -> str:
    """A frame cell written back as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # as if dask were not installed
    with pytest.raises(ImportError, match=r"pip install 'diplomacy_model\[dask\]'"):
        extract_bag(db.from_sequence(["text"]))


def test_doctests() -> None:
    import doctest

    assert doctest.testmod(diplomacy_model.dask).failed == 0


def test_pandas_and_dask_frames_share_one_dtype_table() -> None:
    """``diplomacy_model.to_frame`` (pandas) types every column as the Dask frames do: ``future`` is boolean in both."""
    from diplomacy_model import to_frame as pandas_frame

    article = extract(SEED_PATH.read_text(encoding="utf-8"))
    for table in CSV_COLUMNS:
        got = pandas_frame([article], table=table)  # type: ignore[arg-type]
        assert {c: str(t) for c, t in got.dtypes.items()} == FRAME_DTYPES[table]
    assert FRAME_DTYPES["meetings"]["future"] == "boolean"
