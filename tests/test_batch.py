"""extract_many: explicit inputs, input order, one error never stops the batch, a dead worker loses nothing."""

from __future__ import annotations

import datetime as dt
import faulthandler
import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from diplomacy_model import Article, DocumentError, InputTypeError, extract_many
from diplomacy_model.batch import (
    BinaryFileError,
    DocumentTooLargeError,
    NotRegularFileError,
    check_encoding,
    decode_document,
    read_document,
    usable_cpus,
)
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
        again = extract_many(paths=map(str, inputs), workers=1)
        assert [str(r) for r in results] == [str(r) for r in again]
        assert all(isinstance(r, DocumentError) for r in results)
        types = [error_record(r)["error"]["type"] for r in results if isinstance(r, DocumentError)]
        assert types == ["FileNotFoundError", "IsADirectoryError", "BinaryFileError", "UnicodeDecodeError"]
        assert [r.source for r in results if isinstance(r, DocumentError)] == [str(p) for p in inputs]

    @pytest.mark.parametrize(("kwargs", "message"), [
        ({"workers": 0}, "workers"), ({"chunksize": 0}, "chunksize"), ({"max_bytes": 0}, "max_bytes"),
        ({"encoding": "rot13"}, "encoding: 'rot13' is not a text encoding"),
        ({"encoding": "no-such-codec"}, "encoding: unknown"),
    ])
    def test_bad_values(self, kwargs: dict[str, Any], message: str) -> None:
        with pytest.raises(ValueError, match=message):
            extract_many(texts=[], **kwargs)

    @pytest.mark.parametrize(("args", "kwargs", "message"), [
        ((), {"texts": "one text"}, "texts must be an iterable of str, got one str"),
        ((), {"texts": b"bytes"}, "texts must be an iterable of str, got one bytes"),
        ((), {"paths": Path("a.txt")}, "paths must be an iterable of file names .* got one PosixPath"),
        ((), {"texts": 42}, "texts must be an iterable of str, got int"),
        (("one text",), {}, "documents must be an iterable of pathlib.Path, got one str"),
        ((), {}, "exactly one of.*got none"),
        ((), {"texts": [], "paths": []}, "got texts and paths"),
        ((), {"texts": [], "workers": "2"}, "workers must be an int"),
        ((), {"texts": [], "workers": True}, "workers must be an int"),
        ((), {"texts": [], "published": "2026-02-05"}, "published"),
        ((), {"texts": [], "encoding": None}, "encoding"),
    ])
    def test_bad_types_name_the_argument(self, args: tuple[Any, ...], kwargs: dict[str, Any], message: str) -> None:
        with pytest.raises(InputTypeError, match=message):
            extract_many(*args, **kwargs)

    def test_wrong_items_are_records_naming_argument_and_index(self) -> None:
        results = list(extract_many(texts=["", b"bytes", Path("a.txt")], workers=1))  # type: ignore[list-item]
        assert isinstance(results[0], Article)
        assert [r.reason for r in results[1:] if isinstance(r, DocumentError)] == [
            "InputTypeError: texts[1]: expected str, got bytes",
            "InputTypeError: texts[2]: expected str, got PosixPath; files go in paths="]
        (glob_trap,) = extract_many(["a.txt"], workers=1)  # type: ignore[list-item]
        assert isinstance(glob_trap, DocumentError)
        assert "documents[0]: expected a pathlib.Path, got str" in glob_trap.reason
        assert "paths=" in glob_trap.reason
        (number,) = extract_many(paths=[3], workers=1)  # type: ignore[list-item]
        assert isinstance(number, DocumentError) and "paths[0]: expected a file name" in number.reason

    def test_datetime_is_narrowed(self, extract: Callable[..., Article]) -> None:
        (result,) = extract_many(texts=[TEXTS[2]], workers=1, published=dt.datetime(2026, 2, 5, 23, 59))
        _same(result, extract(TEXTS[2], published=dt.date(2026, 2, 5)))

    def test_not_text(self) -> None:
        (result,) = extract_many(texts=[b"bytes"], workers=1)  # type: ignore[list-item]
        assert isinstance(result, DocumentError) and result.source == "#0"

    def test_text_encodings(self) -> None:
        assert check_encoding("UTF8") == "utf-8"
        assert check_encoding("utf-16") == "utf-16"
        for codec in ("rot13", "base64", "zlib", "hex"):
            with pytest.raises(ValueError, match="not a text encoding"):
                check_encoding(codec)

    def test_fifo_and_devices_refused_at_once(self, tmp_path: Path) -> None:
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        inputs = [fifo, Path("/dev/zero"), Path("/dev/null")]
        results = list(extract_many(inputs, workers=1))  # a FIFO with no writer would block a plain open
        reasons = [r.reason for r in results if isinstance(r, DocumentError)]
        assert [r.split(":")[0] for r in reasons] == ["NotRegularFileError"] * 3
        assert "FIFO" in reasons[0] and "character device" in reasons[1]
        with pytest.raises(NotRegularFileError):
            read_document(fifo)

    def test_max_bytes(self, tmp_path: Path) -> None:
        path = tmp_path / "big.txt"
        path.write_bytes(b"x" * 1001)
        assert read_document(path, max_bytes=1001) == "x" * 1001
        with pytest.raises(DocumentTooLargeError, match="1001 bytes, over the limit of 1000"):
            read_document(path, max_bytes=1000)
        small, big = extract_many(texts=["é" * 500, "é" * 501], workers=1, max_bytes=1000)
        assert isinstance(small, Article)
        assert isinstance(big, DocumentError) and big.reason.startswith("DocumentTooLargeError: 1002 bytes")
        (unlimited,) = extract_many([path], workers=1, max_bytes=None)
        assert isinstance(unlimited, Article)

    def test_picklable(self) -> None:
        err = DocumentError("a.txt", "FileNotFoundError: gone")
        back = pickle.loads(pickle.dumps(err))
        assert (back.source, back.reason) == (err.source, err.reason)


class TestExtractMany:
    def test_in_process_matches_extract(self, extract: Callable[..., Article]) -> None:
        published = dt.date(2026, 2, 5)
        results = list(extract_many(texts=TEXTS, workers=1, published=published))
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
        results = [*extract_many(paths, workers=2, chunksize=3), *extract_many(texts=TEXTS, workers=2)]
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

        stream = extract_many(texts=endless(), workers=2, chunksize=2)
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


def _crash_on_five(item: Article | DocumentError, source: str, _text: str | None) -> Article | DocumentError:
    """A finisher (it runs in the worker) that crashes its process, as a fault in C code would, on text #5.

    The parent also finishes the error record of a crashed document: only an article crashes.
    """
    if source == "#5" and isinstance(item, Article):
        faulthandler.disable()  # no stack dump in the test log
        os.kill(os.getpid(), signal.SIGSEGV)
    if source == "#7" and isinstance(item, Article):
        raise RuntimeError("a bug in formatting one result")
    return item


class TestWorkers:
    """Workers are isolated processes: one that dies fails the document it was on, nothing else."""

    def test_killed_worker_loses_nothing(self, extract: Callable[..., Article], seed_text: str) -> None:
        texts = [seed_text * 3, *TEXTS] * 30
        expected = {text: extract(text) for text in set(texts)}
        results: list[Article | DocumentError] = []
        killed: list[int] = []
        for result in extract_many(texts=texts, workers=2, chunksize=4):
            results.append(result)
            if len(results) in (10, 60):  # twice, so the rebuilt pool is tested too
                victim = multiprocessing.active_children()[0]
                os.kill(victim.pid or 0, signal.SIGKILL)
                killed.append(victim.pid or 0)
        assert len(results) == len(texts)
        crashed = [i for i, r in enumerate(results) if isinstance(r, DocumentError)]
        assert len(crashed) <= len(killed)
        for index in crashed:
            reason = results[index].reason  # type: ignore[union-attr]
            assert reason.startswith("WorkerCrashedError: the worker process died (killed by SIGKILL)")
        for index, (text, result) in enumerate(zip(texts, results, strict=True)):
            if index not in crashed:
                _same(result, expected[text])
        assert not multiprocessing.active_children()  # the pool is gone once the stream ends

    def test_crashing_document_fails_alone(self, extract: Callable[..., Article]) -> None:
        from diplomacy_model.batch import Job, run_jobs

        texts = [TEXTS[i % len(TEXTS)] for i in range(40)]
        jobs = [Job(text, False, f"#{i}") for i, text in enumerate(texts)]
        results = list(run_jobs(jobs, _crash_on_five, workers=2, chunksize=8))
        assert len(results) == len(texts)
        failed = {i: r.reason for i, r in enumerate(results) if isinstance(r, DocumentError)}
        assert sorted(failed) == [5, 7]
        assert failed[5].startswith("WorkerCrashedError: the worker process died (killed by SIGSEGV)")
        assert failed[7] == "RuntimeError: a bug in formatting one result"
        for index in set(range(len(texts))) - set(failed):
            _same(results[index], extract(texts[index]))

    def test_never_more_workers_than_documents_or_cpus(self) -> None:
        stream = extract_many(texts=TEXTS[:3], workers=10**6)
        next(stream)
        assert 1 <= len(multiprocessing.active_children()) <= min(3, usable_cpus())
        assert len(list(stream)) == 2
        assert not multiprocessing.active_children()


def test_doctests() -> None:
    import doctest

    import diplomacy_model.batch

    assert doctest.testmod(diplomacy_model.batch).failed == 0
