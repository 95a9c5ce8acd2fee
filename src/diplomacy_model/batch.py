"""Many documents at once: :func:`extract_many` streams results in input order over a process pool.

Design:

* An input is a text (``str``) or a file (any ``os.PathLike``, e.g. ``pathlib.Path``).
  A plain ``str`` is always text, never a path.
* Results come back one per input, **in input order**, as they are ready: an
  :class:`~diplomacy_model.Article`, or a :class:`~diplomacy_model.DocumentError`
  when that document failed. One failure never stops the batch. Zip the results
  with the inputs to know which is which; an error also names its ``source``
  (the path, or ``"#3"`` for the fourth text).
* ``DocumentError.reason`` reads ``"<Type>: <message>"``, e.g.
  ``"FileNotFoundError: no such file"``, ``"IsADirectoryError: ..."``,
  ``"BinaryFileError: ..."``, ``"UnicodeDecodeError: ..."`` or the name of
  whatever ``extract`` raised; :func:`diplomacy_model.io.error_record` splits it.
* Workers receive paths, not texts, in chunks, and read the files themselves,
  so little crosses process boundaries. At most a few chunks per worker are
  in flight, so memory stays flat however long the input.
* ``workers=1`` runs in this process, with no pool. Otherwise ``extract`` is
  loaded and run once in this process before the pool forks, so workers share
  its tables and start at once.
* Everything yielded pickles (``Article`` is plain attrs; ``DocumentError``
  has ``__reduce__``), so results can be passed on to other processes.

Files are read by :func:`read_document`: a UTF-8 byte-order mark is dropped and
line ends are normalised to ``\\n`` (``\\r\\n`` and lone ``\\r``), exactly as
Python's ``open(path, encoding="utf-8-sig")`` reads text. Spans index that text,
the one a user gets back by reading the file in Python; they are *not* byte
offsets into a CRLF file.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import datetime as dt
import gc
import importlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Final, TypeVar

from .errors import DocumentError
from .model import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["BinaryFileError", "decode_document", "extract_many", "read_document"]

_SNIFF: Final = 8192
_DEFAULT_CHUNK: Final = 16


class BinaryFileError(ValueError):
    """A file that holds NUL bytes and so is not text."""


def read_document(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> str:
    """The text of a file, as spans index it: BOM dropped, line ends normalised to ``\\n``.

    Raises ``OSError`` (``FileNotFoundError``, ``IsADirectoryError`` ...),
    :class:`BinaryFileError` for a file with NUL bytes, or ``UnicodeDecodeError``.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes(b"\\xef\\xbb\\xbfMOSCOW, Feb. 4\\r\\ntalks")
    >>> read_document(p)
    'MOSCOW, Feb. 4\\ntalks'
    """
    with open(path, "rb") as fp:  # plain open: pathlib costs import time the package cannot spare
        data = fp.read()
    return decode_document(data, encoding=encoding)


def decode_document(data: bytes, *, encoding: str = "utf-8") -> str:
    """Decode file bytes as :func:`read_document` does (BOM dropped, newlines normalised).

    >>> decode_document(b"a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    name = codecs.lookup(encoding).name
    # NUL bytes mark a binary file, except in wide encodings (UTF-16, UTF-32) where text is full of them.
    if b"\x00" in data[:_SNIFF] and b"\x00" not in "a".encode(name):
        raise BinaryFileError(f"binary file (NUL bytes in the first {_SNIFF} bytes), not text")
    if name == "utf-8":
        encoding = "utf-8-sig"
    text = data.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _describe(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return (f"UnicodeDecodeError: not valid {exc.encoding} at byte {exc.start} "
                f"({exc.reason}); give its encoding")
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__}: {exc.strerror}"
    return f"{type(exc).__name__}: {exc}"


def _extractor() -> Callable[..., Article]:
    # Loaded on first use: article imports the whole grammar, which `import diplomacy_model` need not pay for.
    extract: Callable[..., Article] = importlib.import_module("diplomacy_model.article").extract
    return extract


def _one(job: _Job, published: dt.date | None, encoding: str) -> Article | DocumentError:
    item, is_path, source = job
    try:
        text = read_document(item, encoding=encoding) if is_path else item
        if not isinstance(text, str):
            raise TypeError(f"an input is a str (text) or an os.PathLike (file), got {type(text).__name__}")
        return _extractor()(text, published=published)
    except Exception as exc:  # noqa: BLE001  (one bad document must never stop the batch)
        return DocumentError(source, _describe(exc))


# (text or file name, whether it is a file name, source): small and cheap to pickle.
_Job = tuple[str, bool, str]
_T = TypeVar("_T")
# Applied to each result where it was made (in the worker), so the parent only
# writes what comes back: ``finish(result, source)``. A top-level function or a
# functools.partial of one, so it pickles.
_Finish = Callable[[Article | DocumentError, str], _T]


def _keep(item: Article | DocumentError, _source: str) -> Article | DocumentError:
    return item


def _chunk(jobs: list[_Job], published: dt.date | None, encoding: str, finish: _Finish[_T]) -> list[_T]:
    return [finish(_one(job, published, encoding), job[2]) for job in jobs]


# Run once in the parent before the pool forks, so every lazily loaded table and
# cache is built once and shared copy-on-write, not rebuilt in each worker.
_WARM_UP: Final = (
    "MOSCOW, Feb. 4 (Xinhua) -- Russian President Vladimir Putin held talks by phone with Chinese President "
    "Xi Jinping on Tuesday, marking the 30th anniversary of the strategic partnership. Putin will visit Beijing "
    "in May for the Shanghai Cooperation Organization (SCO) summit, and the two sides signed a memorandum."
)


def _warm() -> None:
    _extractor()(_WARM_UP)


def _jobs(items: Iterable[str | os.PathLike[str]]) -> Iterator[_Job]:
    for index, item in enumerate(items):
        if isinstance(item, os.PathLike):
            path = os.fspath(item)  # send the (short) name, not the text: the worker reads the file
            yield path, True, path
        else:
            yield item, False, f"#{index}"


def extract_many(
    texts_or_paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    published: dt.date | None = None,
    encoding: str = "utf-8",
    chunksize: int = _DEFAULT_CHUNK,
) -> Iterator[Article | DocumentError]:
    """Extract every document, yielding one ``Article`` or ``DocumentError`` per input, in input order.

    Args:
        texts_or_paths: texts (``str``) and files (``os.PathLike``), mixed freely.
        workers: processes to use; ``None`` means ``os.cpu_count()``, ``1`` runs in this process.
        published: publication date passed to every ``extract`` call.
        encoding: how files are decoded (a UTF-8 BOM is always dropped).
        chunksize: documents sent to a worker at a time.

    >>> import pathlib
    >>> [type(r).__name__ for r in extract_many([pathlib.Path("/nonexistent.txt")], workers=1)]
    ['DocumentError']
    """
    return _stream(_jobs(texts_or_paths), _keep, workers=workers, published=published, encoding=encoding,
                   chunksize=chunksize)


def _stream(
    jobs: Iterable[_Job],
    finish: _Finish[_T],
    *,
    workers: int | None,
    published: dt.date | None,
    encoding: str,
    chunksize: int = _DEFAULT_CHUNK,
) -> Iterator[_T]:
    """``extract_many`` with explicit jobs and a per-result *finish* run in the worker (the CLI's hook)."""
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be >= 1, got {chunksize}")
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count == 1:
        return (finish(_one(job, published, encoding), job[2]) for job in jobs)
    return _pooled(iter(jobs), finish, workers=count, published=published, encoding=encoding, chunksize=chunksize)


def _pooled(
    jobs: Iterator[_Job], finish: _Finish[_T], *, workers: int, published: dt.date | None, encoding: str,
    chunksize: int,
) -> Iterator[_T]:
    # Forked workers inherit the loaded grammar and start at once; if it fails
    # to load, each document reports the failure itself.
    with contextlib.suppress(Exception):
        _warm()
    # Move what is loaded out of the collector's reach, so collections in the
    # workers do not touch (and so copy) the pages they share with this process.
    gc.freeze()
    window = workers * 3  # chunks in flight: enough to keep every worker busy, few enough to stream
    pending: collections.deque[tuple[list[_Job], Future[list[_T]]]] = collections.deque()
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415  (keeps `import diplomacy_model` fast)

    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        chunks = iter(lambda: list(itertools.islice(jobs, chunksize)), [])
        for chunk in chunks:
            pending.append((chunk, pool.submit(_chunk, chunk, published, encoding, finish)))
            if len(pending) >= window:
                yield from _collect(*pending.popleft(), finish)
        while pending:
            yield from _collect(*pending.popleft(), finish)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()  # leave the caller's process as it was


def _collect(chunk: list[_Job], future: Future[list[_T]], finish: _Finish[_T]) -> list[_T]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001  (a crashed worker fails its documents, not the batch)
        return [finish(DocumentError(source, _describe(exc)), source) for _item, _is_path, source in chunk]
