"""Many documents at once: :func:`extract_many` streams results in input order over isolated worker processes.

Design:

* Inputs are given explicitly, never guessed: ``texts=`` (each a ``str``),
  ``paths=`` (file names, ``str`` or ``os.PathLike``), or a positional iterable
  of ``pathlib.Path`` objects. An item of the wrong type becomes an error record
  in its place that names the argument, its index and what was expected.
* Results come back one per input, **in input order**, as they are ready: an
  :class:`~diplomacy_model.Article`, or a :class:`~diplomacy_model.DocumentError`
  when that document failed. One failure never stops the batch. Zip the results
  with the inputs to know which is which; an error also names its ``source``
  (the path, or ``"#3"`` for the fourth text).
* ``DocumentError.reason`` reads ``"<Type>: <message>"``, e.g.
  ``"FileNotFoundError: No such file or directory"``, ``"NotRegularFileError: ..."``
  (a FIFO or a device), ``"DocumentTooLargeError: ..."`` (over ``max_bytes``),
  ``"BinaryFileError: ..."``, ``"UnicodeDecodeError: ..."``,
  ``"WorkerCrashedError: ..."`` (the worker process died on this document) or
  the name of whatever ``extract`` raised; :func:`diplomacy_model.io.error_record` splits it.
* Workers are separate processes, each with its own pipes, so one that dies
  (killed, out of memory, a crash in C code) fails only the document it was on:
  that document gets a ``WorkerCrashedError`` record, the rest of its share goes
  to a new worker, and nothing is lost.
* There are never more workers than documents or than the CPUs this process
  may run on. Workers receive file names, not texts, and read the files
  themselves, so little crosses process boundaries. At most a few chunks per
  worker are in flight, so memory stays flat however long the input.
* ``workers=1`` runs in this process, with no pool. Otherwise ``extract`` is
  loaded and run once in this process before the workers fork, so they share
  its tables and start at once.
* Everything yielded pickles (``Article`` is plain attrs; ``DocumentError``
  has ``__reduce__``), so results can be passed on to other processes.

Files are read by :func:`read_document`: only regular files (a FIFO or a device
could block or never end), at most ``max_bytes`` of them; a UTF-8 byte-order
mark is dropped and line ends are normalised to ``\\n`` (``\\r\\n`` and lone
``\\r``), exactly as Python's ``open(path, encoding="utf-8-sig")`` reads text.
Spans index that text, the one a user gets back by reading the file in Python;
they are *not* byte offsets into a CRLF file.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import datetime as dt
import errno
import gc
import importlib
import itertools
import math
import os
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, Final, NamedTuple, TypeVar

from ._inputs import require_optional_date
from .errors import DiplomacyModelError, DocumentError, InputTypeError
from .model import Article

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

__all__ = [
    "DEFAULT_MAX_BYTES",
    "BinaryFileError",
    "DocumentTooLargeError",
    "Job",
    "NotRegularFileError",
    "WorkerCrashedError",
    "check_encoding",
    "decode_document",
    "describe_error",
    "extract_many",
    "open_regular_file",
    "read_document",
    "run_jobs",
    "usable_cpus",
]

DEFAULT_MAX_BYTES: Final = 10_000_000
"""Largest document read by default (10 MB): a bigger one is an error record, not a memory blow-up."""

_SNIFF: Final = 8192
_DEFAULT_CHUNK: Final = 16


class BinaryFileError(DiplomacyModelError, ValueError):
    """A file that holds NUL bytes and so is not text."""


class NotRegularFileError(DiplomacyModelError, ValueError):
    """A FIFO, socket or device: reading it could block forever or never end, so it is refused."""


class DocumentTooLargeError(DiplomacyModelError, ValueError):
    """A document over the ``max_bytes`` limit."""


class WorkerCrashedError(DiplomacyModelError, RuntimeError):
    """The worker process died while it had this document."""


def check_encoding(encoding: object) -> str:
    """The canonical name of a *text* encoding; ``ValueError`` naming the argument otherwise.

    >>> check_encoding("Latin-1")
    'iso8859-1'
    >>> check_encoding("rot13")
    Traceback (most recent call last):
    ...
    ValueError: encoding: 'rot13' is not a text encoding (bytes to str), e.g. 'utf-8' or 'latin-1'
    """
    if not isinstance(encoding, str):
        raise InputTypeError(f"encoding: expected the name of a text encoding (str), got {type(encoding).__name__}")
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise ValueError(f"encoding: unknown encoding {encoding!r}, e.g. 'utf-8' or 'latin-1'") from None
    try:
        b"a".decode(name)
    except LookupError:  # rot13, base64, zlib ...: codecs, but not from bytes to text
        raise ValueError(f"encoding: {encoding!r} is not a text encoding (bytes to str), "
                         "e.g. 'utf-8' or 'latin-1'") from None
    except UnicodeError:  # a text encoding that needs more than one byte
        pass
    return name


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _too_large(size: str, max_bytes: int) -> DocumentTooLargeError:
    return DocumentTooLargeError(f"{size} bytes, over the limit of {max_bytes} (max_bytes, --max-bytes)")


def read_document(
    path: str | os.PathLike[str], *, encoding: str = "utf-8", max_bytes: int | None = DEFAULT_MAX_BYTES
) -> str:
    """The text of a file, as spans index it: BOM dropped, line ends normalised to ``\\n``.

    Raises ``OSError`` (``FileNotFoundError``, ``IsADirectoryError`` ...),
    :class:`NotRegularFileError` for a FIFO, socket or device,
    :class:`DocumentTooLargeError` for a file over *max_bytes* (``None``: no limit),
    :class:`BinaryFileError` for a file with NUL bytes, or ``UnicodeDecodeError``.
    At most ``max_bytes + 1`` bytes are ever read.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes(b"\\xef\\xbb\\xbfMOSCOW, Feb. 4\\r\\ntalks")
    >>> read_document(p)
    'MOSCOW, Feb. 4\\ntalks'
    """
    with open_regular_file(path) as fp:
        size = os.fstat(fp.fileno()).st_size
        if max_bytes is not None and size > max_bytes:
            raise _too_large(str(size), max_bytes)
        data = fp.read() if max_bytes is None else fp.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:  # it grew after fstat
        raise _too_large("more than " + str(max_bytes), max_bytes)
    return decode_document(data, encoding=encoding)


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """*path* opened for reading bytes if it is a regular file, without ever blocking.

    Raises ``FileNotFoundError``, ``IsADirectoryError``, ``PermissionError`` ... or
    :class:`NotRegularFileError` for a FIFO, socket or device (which could block or never end).
    """
    # Non-blocking open: opening a FIFO for reading would otherwise wait for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(f"{_file_kind(mode)}, not a regular file; give '-' to read a stream")
        with contextlib.suppress(AttributeError, OSError):
            os.set_blocking(fd, True)
        return open(fd, "rb", closefd=True)  # plain open: pathlib costs import time the package cannot spare
    except BaseException:
        os.close(fd)
        raise


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


def describe_error(exc: BaseException) -> str:
    """The ``"<Type>: <message>"`` reason a :class:`DocumentError` carries for *exc*.

    >>> describe_error(FileNotFoundError(2, "No such file or directory"))
    'FileNotFoundError: No such file or directory'
    """
    if isinstance(exc, UnicodeDecodeError):
        return (f"UnicodeDecodeError: not valid {exc.encoding} at byte {exc.start} "
                f"({exc.reason}); give its encoding")
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__}: {exc.strerror}"
    return f"{type(exc).__name__}: {exc}"


_describe = describe_error  # the name older callers import


def _extractor() -> Callable[..., Article]:
    # Loaded on first use: article imports the whole grammar, which `import diplomacy_model` need not pay for.
    extract: Callable[..., Article] = importlib.import_module("diplomacy_model.article").extract
    return extract


class Job(NamedTuple):
    """One document of a batch: a text, a file name, or a failure already known (a ``DocumentError``).

    ``published``, when set, is this document's date and overrides the batch's.
    """

    item: str | DocumentError
    is_path: bool
    source: str
    published: dt.date | None = None


def _text(job: tuple[Any, ...], encoding: str, max_bytes: int | None) -> str:
    """The text of *job*: its file read, or its text checked; raises what makes it a failed document."""
    item, is_path, *_rest = job
    if isinstance(item, DocumentError):
        raise item
    text = read_document(item, encoding=encoding, max_bytes=max_bytes) if is_path else item
    if not isinstance(text, str):
        raise TypeError(f"an input is a str (text) or an os.PathLike (file), got {type(text).__name__}")
    # Four UTF-8 bytes at most per character: only a text that long can be over the limit.
    if max_bytes is not None and len(text) * 4 > max_bytes and len(text.encode("utf-8", "replace")) > max_bytes:
        raise _too_large(str(len(text.encode("utf-8", "replace"))), max_bytes)
    return text


def _extract_job(
    job: tuple[Any, ...], published: dt.date | None, encoding: str, max_bytes: int | None
) -> tuple[Article | DocumentError, str | None]:
    """The article (or the failure) of one job, and its text when it could be read."""
    item, _is_path, source, *own = job
    if isinstance(item, DocumentError):
        return item, None
    text: str | None = None
    try:
        text = _text(job, encoding, max_bytes)
        when = own[0] if own and own[0] is not None else published
        return _extractor()(text, published=when), text
    except Exception as exc:  # noqa: BLE001  (one bad document must never stop the batch)
        return DocumentError(source, describe_error(exc)), text


def _one(
    job: tuple[Any, ...], published: dt.date | None, encoding: str, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> Article | DocumentError:
    return _extract_job(job, published, encoding, max_bytes)[0]


_T = TypeVar("_T")
# Applied to each result where it was made (in the worker), so the parent only
# writes what comes back: ``finish(result, source, text)``, *text* being the
# document's text (``None`` when it could not be read). A top-level function or a
# functools.partial of one.
_Finish = Callable[[Article | DocumentError, str, str | None], _T]


def _keep(item: Article | DocumentError, _source: str, _text: str | None) -> Article | DocumentError:
    return item


def _finished(job: Job, finish: _Finish[_T], published: dt.date | None, encoding: str,
              max_bytes: int | None) -> _T:
    result, text = _extract_job(job, published, encoding, max_bytes)
    try:
        return finish(result, job.source, text)
    except Exception as exc:  # noqa: BLE001  (a failure to format one result fails that document only)
        return finish(DocumentError(job.source, describe_error(exc)), job.source, None)


# Run once in the parent before the workers fork, so every lazily loaded table and
# cache is built once and shared copy-on-write, not rebuilt in each worker.
_WARM_UP: Final = (
    "MOSCOW, Feb. 4 (Xinhua) -- Russian President Vladimir Putin held talks by phone with Chinese President "
    "Xi Jinping on Tuesday, marking the 30th anniversary of the strategic partnership. Putin will visit Beijing "
    "in May for the Shanghai Cooperation Organization (SCO) summit, and the two sides signed a memorandum."
)


def _warm() -> None:
    _extractor()(_WARM_UP)


def _argument_iterable(value: object, name: str, expected: str) -> Iterable[Any]:
    if isinstance(value, str | bytes | bytearray | os.PathLike):
        raise InputTypeError(f"extract_many(): {name} must be an iterable of {expected}, got one "
                             f"{type(value).__name__}; wrap a single one in a list: {name}=[...]")
    if not isinstance(value, Iterable):
        raise InputTypeError(f"extract_many(): {name} must be an iterable of {expected}, "
                             f"got {type(value).__name__}")
    return value


def _jobs(items: Iterable[Any], name: str) -> Iterator[Job]:
    for index, item in enumerate(items):
        source = f"#{index}"
        if name == "texts":
            if isinstance(item, str):
                yield Job(item, False, source)
                continue
            hint = "; files go in paths=" if isinstance(item, os.PathLike) else ""
            problem = f"texts[{index}]: expected str, got {type(item).__name__}{hint}"
        elif isinstance(item, os.PathLike) or (name == "paths" and isinstance(item, str)):
            path = os.fspath(item)  # send the (short) name, not the text: the worker reads the file
            if isinstance(path, str):
                yield Job(path, True, path)
                continue
            problem = f"{name}[{index}]: expected a str file name, got {type(path).__name__}"
        elif name == "paths":
            problem = f"paths[{index}]: expected a file name (str or os.PathLike), got {type(item).__name__}"
        else:
            hint = (" (a str is never taken for a file name: pass texts=... for texts or paths=... "
                    "for file names)") if isinstance(item, str) else ""
            problem = f"documents[{index}]: expected a pathlib.Path, got {type(item).__name__}{hint}"
        yield Job(DocumentError(source, f"InputTypeError: {problem}"), False, source)


def _check_count(value: object, name: str, *, allow_none: bool) -> int | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputTypeError(f"extract_many(): {name} must be an int >= 1{' or None' if allow_none else ''}, "
                             f"got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"extract_many(): {name} must be >= 1, got {value}")
    return value


def extract_many(
    documents: Iterable[os.PathLike[str]] | None = None,
    /,
    *,
    texts: Iterable[str] | None = None,
    paths: Iterable[str | os.PathLike[str]] | None = None,
    workers: int | None = None,
    published: dt.date | None = None,
    encoding: str = "utf-8",
    chunksize: int = _DEFAULT_CHUNK,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[Article | DocumentError]:
    """Extract every document, yielding one ``Article`` or ``DocumentError`` per input, in input order.

    Give exactly one of *documents*, *texts* or *paths*: a ``str`` is never guessed to be a file name.

    Args:
        documents: ``pathlib.Path`` objects (any ``os.PathLike``), positionally.
        texts: texts, each a ``str``.
        paths: file names, each a ``str`` or ``os.PathLike``.
        workers: processes to use; ``None`` means one per CPU, ``1`` runs in this process. Never more
            than the documents or the CPUs.
        published: publication date passed to every ``extract`` call (a ``datetime`` is narrowed to its date).
        encoding: how files are decoded (a UTF-8 BOM is always dropped); must be a text encoding.
        chunksize: documents sent to a worker at a time.
        max_bytes: a document over this many bytes (UTF-8 bytes for a text) is an error record;
            ``None`` for no limit.

    Raises:
        InputTypeError: an argument of the wrong type, or none or several of documents, texts, paths.
        ValueError: ``workers``, ``chunksize`` or ``max_bytes`` below 1, or ``encoding`` not a text encoding.

    >>> import pathlib
    >>> [type(r).__name__ for r in extract_many([pathlib.Path("/nonexistent.txt")], workers=1)]
    ['DocumentError']
    >>> [type(r).__name__ for r in extract_many(texts=["MOSCOW, Feb. 4 -- Talks."], workers=1)]
    ['Article']
    >>> extract_many(texts="one text")
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.InputTypeError: extract_many(): texts must be an iterable of str, got one str; \
wrap a single one in a list: texts=[...]
    """
    given = [(name, value) for name, value in (("documents", documents), ("texts", texts), ("paths", paths))
             if value is not None]
    if len(given) != 1:
        names = " and ".join(name for name, _ in given) or "none"
        raise InputTypeError("extract_many() takes exactly one of: Path objects (positionally), texts=[...] "
                             f"or paths=[...]; got {names}")
    ((name, value),) = given
    expected = {"documents": "pathlib.Path", "texts": "str", "paths": "file names (str or os.PathLike)"}[name]
    items = _argument_iterable(value, name, expected)
    return run_jobs(_jobs(items, name), _keep, workers=workers, published=published, encoding=encoding,
                    chunksize=chunksize, max_bytes=max_bytes)


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity where the system tells it)."""
    with contextlib.suppress(AttributeError, OSError):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def run_jobs(
    jobs: Iterable[Job],
    finish: _Finish[_T],
    *,
    workers: int | None = None,
    published: dt.date | None = None,
    encoding: str = "utf-8",
    chunksize: int = _DEFAULT_CHUNK,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[_T]:
    """``extract_many`` over explicit :class:`Job` s, with a *finish* applied to each result in the worker.

    Arguments are checked here, before anything runs; the results stream lazily.
    """
    count = _check_count(workers, "workers", allow_none=True)
    _check_count(chunksize, "chunksize", allow_none=False)
    _check_count(max_bytes, "max_bytes", allow_none=True)
    when = require_optional_date(published, "extract_many")
    name = check_encoding(encoding)
    limit = min(count if count is not None else usable_cpus(), usable_cpus())
    return _stream(iter(jobs), finish, limit=limit, published=when, encoding=name, chunksize=chunksize,
                   max_bytes=max_bytes)


def _stream(jobs: Iterator[Job], finish: _Finish[_T], *, limit: int, published: dt.date | None, encoding: str,
            chunksize: int, max_bytes: int | None) -> Iterator[_T]:
    head = list(itertools.islice(jobs, limit * chunksize)) if limit > 1 else []
    if len(head) < limit * chunksize:  # a short batch: no more workers than documents, shares as even as can be
        limit = min(limit, len(head))
        chunksize = max(1, math.ceil(len(head) / max(limit, 1)))
    everything = itertools.chain(head, jobs)
    if limit <= 1:
        for job in everything:
            yield _finished(job, finish, published, encoding, max_bytes)
        return
    yield from _Pool(limit, chunksize, (finish, published, encoding, max_bytes)).run(everything)


# --- the worker pool ----------------------------------------------------------


def _worker_main(inbox: Connection, outbox: Connection, settings: tuple[Any, ...], inherited: list[Connection]
                 ) -> None:
    """A worker: read chunks of ``(index, job)`` from *inbox*, send ``(index, output)`` per document."""
    import queue  # noqa: PLC0415  (only workers need these)
    import threading  # noqa: PLC0415

    # The parent's ends of this worker's pipes and of the other workers' (a fork copies them all):
    # closed, so that when the parent dies the inbox reads end-of-file and the worker leaves.
    for connection in inherited:
        with contextlib.suppress(OSError):
            connection.close()
    # Ctrl-C reaches every process of the terminal's group; the parent alone decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    finish, published, encoding, max_bytes = settings
    chunks: queue.SimpleQueue[list[tuple[int, Job]] | None] = queue.SimpleQueue()

    def receive() -> None:  # always drain the inbox, so the parent never blocks sending a big chunk
        try:
            while (chunk := inbox.recv()) is not None:
                chunks.put(chunk)
        except (EOFError, OSError):
            pass
        chunks.put(None)

    threading.Thread(target=receive, daemon=True).start()
    try:
        while (chunk := chunks.get()) is not None:
            for index, job in chunk:
                outbox.send((index, _finished(job, finish, published, encoding, max_bytes)))
    except (EOFError, OSError):  # the parent went away
        pass
    finally:
        os._exit(0)  # no atexit handlers, no flushing of the parent's inherited buffers


class _Worker:
    def __init__(self, context: Any, settings: tuple[Any, ...], others: list[_Worker]) -> None:
        from multiprocessing import Pipe  # noqa: PLC0415  (keeps `import diplomacy_model` fast)

        inbox_r, self.inbox = Pipe(duplex=False)
        self.outbox, outbox_w = Pipe(duplex=False)
        inherited = [self.inbox, self.outbox, *(c for w in others for c in (w.inbox, w.outbox))]
        self.process: BaseProcess = context.Process(
            target=_worker_main, args=(inbox_r, outbox_w, settings, inherited), daemon=True)
        self.process.start()
        inbox_r.close()
        outbox_w.close()
        self.assigned: collections.deque[tuple[int, Job]] = collections.deque()

    def died(self) -> str:
        code = self.process.exitcode
        if code is not None and code < 0:
            with contextlib.suppress(ValueError):
                return f"killed by {signal.Signals(-code).name}"
        return f"exit status {code}"

    def stop(self, *, wait: float) -> None:
        """Ask the worker to finish, give it *wait* seconds, then kill it; close the pipes."""
        with contextlib.suppress(OSError, ValueError):
            self.inbox.send(None)
        self.process.join(timeout=wait)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.inbox.close()
        self.outbox.close()


class _Pool:
    """Workers with a pipe each: when one dies, only the document it was on fails; the rest are retried."""

    def __init__(self, size: int, chunksize: int, settings: tuple[Any, ...]) -> None:
        import multiprocessing  # noqa: PLC0415  (keeps `import diplomacy_model` fast)

        # fork on Linux: workers inherit the loaded grammar and start at once. Elsewhere the
        # platform's default (spawn on macOS and Windows, where fork is unsafe or absent).
        self.context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
        self.size, self.chunksize, self.settings = size, chunksize, settings
        self.workers: list[_Worker] = []
        self.retry: collections.deque[tuple[int, Job]] = collections.deque()
        self.done: dict[int, Any] = {}

    def run(self, jobs: Iterable[Job]) -> Iterator[Any]:
        from multiprocessing.connection import wait  # noqa: PLC0415

        with contextlib.suppress(Exception):  # if the grammar fails to load, each document reports it
            _warm()
        # Move what is loaded out of the collector's reach, so collections in the
        # workers do not touch (and so copy) the pages they share with this process.
        gc.freeze()
        numbered = enumerate(jobs)
        window = self.size * self.chunksize * 3  # documents sent but not yet yielded
        taken = yielded = 0
        exhausted = completed = False
        try:
            while True:
                while yielded in self.done:
                    yield self.done.pop(yielded)
                    yielded += 1
                # Hand out work: at most two chunks per worker, at most `window` documents unyielded.
                while (taken - yielded < window and not exhausted) or self.retry:
                    worker = self._free_worker()
                    if worker is None:
                        break
                    chunk = [self.retry.popleft() for _ in range(min(len(self.retry), self.chunksize))]
                    if not exhausted and len(chunk) < self.chunksize:
                        fresh = list(itertools.islice(numbered, self.chunksize - len(chunk)))
                        exhausted = len(fresh) < self.chunksize - len(chunk)
                        taken += len(fresh)
                        chunk += fresh
                    if not chunk:
                        break
                    worker.assigned.extend(chunk)
                    try:
                        worker.inbox.send(chunk)
                    except OSError:  # it died just now: its documents are retried or reported
                        self._receive(worker)
                busy = [w for w in self.workers if w.assigned]
                if not busy:
                    if exhausted and not self.retry:
                        completed = True
                        return
                    continue
                ready = set(wait([w.outbox for w in busy] + [w.process.sentinel for w in busy]))
                for worker in busy:
                    if worker.outbox in ready or worker.process.sentinel in ready:
                        self._receive(worker)
        finally:
            # Finished: workers are idle and leave at once. Stopped early (an error, Ctrl-C, the
            # caller closed the stream): whatever they are on is dropped.
            for worker in self.workers:
                worker.stop(wait=1.0 if completed else 0.0)
            self.workers.clear()
            gc.unfreeze()  # leave the caller's process as it was

    def _free_worker(self) -> _Worker | None:
        for worker in [w for w in self.workers if not w.assigned and not w.process.is_alive()]:
            self._receive(worker)  # died while idle: replaced below
        for worker in self.workers:
            if len(worker.assigned) < self.chunksize:
                return worker
        if len(self.workers) < self.size:
            worker = _Worker(self.context, self.settings, self.workers)
            self.workers.append(worker)
            return worker
        return None

    def _receive(self, worker: _Worker) -> None:
        try:
            while worker.outbox.poll():
                index, output = worker.outbox.recv()
                while worker.assigned and worker.assigned[0][0] != index:  # cannot happen: one pipe, in order
                    worker.assigned.popleft()
                if worker.assigned:
                    worker.assigned.popleft()
                self.done[index] = output
        except (EOFError, OSError):
            pass
        if worker.process.is_alive():
            return
        worker.process.join()
        self.workers.remove(worker)
        if worker.assigned:  # the first unanswered document was the one in hand when it died
            index, job = worker.assigned.popleft()
            finish = self.settings[0]
            reason = (f"WorkerCrashedError: the worker process died ({worker.died()}) while on this document; "
                      "the rest of the batch went on")
            self.done[index] = finish(DocumentError(job.source, reason), job.source, None)
            self.retry.extendleft(reversed(worker.assigned))
            worker.assigned.clear()
        worker.stop(wait=0.0)
