"""extract_many: input order, one error never stops the batch, picklable results, thread-safe extract."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from diplomacy_model import Article, DocumentError, extract_many
from diplomacy_model.batch import BinaryFileError, decode_document, read_document
from diplomacy_model.io import error_record

from .conftest import SEED_PATH

# Varied hand-written texts; what extract finds in them does not matter here, only that
# each batch result equals extract's own result for the same text.
TEXTS = [
    "MOSCOW, Feb. 4 (Xinhua) -- Russian President Vladimir Putin held talks with Chinese President Xi Jinping.",
    "BEIJING, China, Feb 5 — Foreign Minister Wang Yi met his counterpart on Sunday.",
    "SEOUL, March 3 (Yonhap) -- The two leaders spoke by phone on Tuesday, marking the 30th anniversary of ties.",
    "",
    "No dateline at all, just some words about trade.",
    "PARIS (AP) _ The summit will be held in November in Shenzhen.",
]


@pytest.fixture(scope="module")
def extract() -> Callable[..., Article]:
    module = pytest.importorskip("diplomacy_model.article")
    return module.extract  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return read_document(SEED_PATH)


def _same(result: Article | DocumentError, expected: Article) -> None:
    assert isinstance(result, Article), result
    assert result == expected


class TestReadDocument:
    def test_bom_and_crlf(self, tmp_path: Path) -> None:
        path = tmp_path / "a.txt"
        path.write_bytes(b"\xef\xbb\xbfMOSCOW, Feb. 4\r\nline two\rline three\n")
        assert read_document(path) == "MOSCOW, Feb. 4\nline two\nline three\n"
        # Spans index what Python's own text reading gives.
        with path.open(encoding="utf-8-sig") as fp:
            assert read_document(path) == fp.read()

    def test_other_encoding(self, tmp_path: Path) -> None:
        path = tmp_path / "a.txt"
        path.write_bytes("Fête à Genève".encode("latin-1"))
        assert read_document(path, encoding="latin-1") == "Fête à Genève"
        with pytest.raises(UnicodeDecodeError):
            read_document(path)

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "UTF_16_LE"])
    def test_wide_encodings_are_not_binary(self, encoding: str) -> None:
        assert decode_document("Genève\r\n".encode(encoding), encoding=encoding) == "Genève\n"

    def test_binary(self) -> None:
        with pytest.raises(BinaryFileError):
            decode_document(b"\x89PNG\r\n\x1a\n\x00\x00")


class TestErrors:
    """Failures are records in their place; no extract needed to reach them."""

    def test_each_kind(self, tmp_path: Path) -> None:
        (tmp_path / "bin.dat").write_bytes(b"\x00\x01\x02")
        (tmp_path / "latin.txt").write_bytes(b"caf\xe9")
        (tmp_path / "dir").mkdir()
        inputs = [tmp_path / "missing.txt", tmp_path / "dir", tmp_path / "bin.dat", tmp_path / "latin.txt"]
        results = list(extract_many(inputs, workers=1))
        assert all(isinstance(r, DocumentError) for r in results)
        types = [error_record(r)["error"]["type"] for r in results if isinstance(r, DocumentError)]
        assert types == ["FileNotFoundError", "IsADirectoryError", "BinaryFileError", "UnicodeDecodeError"]
        assert [r.source for r in results if isinstance(r, DocumentError)] == [str(p) for p in inputs]

    @pytest.mark.parametrize(("kwargs", "message"), [({"workers": 0}, "workers"), ({"chunksize": 0}, "chunksize")])
    def test_bad_arguments(self, kwargs: dict[str, Any], message: str) -> None:
        with pytest.raises(ValueError, match=message):
            extract_many([], **kwargs)

    def test_not_text(self) -> None:
        (result,) = extract_many([b"bytes"], workers=1)  # type: ignore[list-item]
        assert isinstance(result, DocumentError) and result.source == "#0"

    def test_picklable(self) -> None:
        err = DocumentError("a.txt", "FileNotFoundError: gone")
        back = pickle.loads(pickle.dumps(err))
        assert (back.source, back.reason) == (err.source, err.reason)


class TestExtractMany:
    def test_in_process_matches_extract(self, extract: Callable[..., Article]) -> None:
        published = dt.date(2026, 2, 5)
        results = list(extract_many(TEXTS, workers=1, published=published))
        for text, result in zip(TEXTS, results, strict=True):
            _same(result, extract(text, published=published))

    def test_pool_keeps_order_and_survives_failures(
        self, extract: Callable[..., Article], tmp_path: Path, seed_text: str
    ) -> None:
        paths: list[Path] = []
        expected: list[Article | None] = []
        for i in range(40):
            path = tmp_path / f"{i:03d}.txt"
            if i % 7 == 3:
                path.write_bytes(b"\xff\xfe\x00bad")  # a failure in the middle of chunks
                expected.append(None)
            else:
                text = TEXTS[i % len(TEXTS)] if i % 5 else seed_text
                path.write_text(text, encoding="utf-8")
                expected.append(extract(text))
            paths.append(path)
        inputs: list[Any] = [*paths, *TEXTS]
        expected += [extract(t) for t in TEXTS]
        results = list(extract_many(inputs, workers=2, chunksize=3))
        assert len(results) == len(inputs)
        for index, (result, want) in enumerate(zip(results, expected, strict=True)):
            if want is None:
                assert isinstance(result, DocumentError) and result.source == str(paths[index])
            else:
                _same(result, want)
        # Results cross process boundaries, so they pickle and come back equal.
        assert pickle.loads(pickle.dumps(results))[: len(paths)] != [] and all(
            pickle.loads(pickle.dumps(r)) == r for r in results if isinstance(r, Article))

    def test_streams_lazily(self, extract: Callable[..., Article]) -> None:
        def endless() -> Any:
            while True:
                yield from TEXTS

        stream = extract_many(endless(), workers=2, chunksize=2)
        first = [next(stream) for _ in range(len(TEXTS))]
        stream.close()  # type: ignore[attr-defined]
        for text, result in zip(TEXTS, first, strict=True):
            _same(result, extract(text))

    def test_thread_safe(self, extract: Callable[..., Article], seed_text: str) -> None:
        texts = [*TEXTS, seed_text] * 8
        sequential = [extract(t) for t in texts]
        with ThreadPoolExecutor(max_workers=8) as pool:
            threaded = list(pool.map(extract, texts))
        assert threaded == sequential

    def test_seed_file(self, extract: Callable[..., Article], seed_text: str) -> None:
        (result,) = extract_many([SEED_PATH], workers=1)
        _same(result, extract(seed_text))


def test_doctests() -> None:
    import doctest

    import diplomacy_model.batch

    assert doctest.testmod(diplomacy_model.batch).failed == 0
