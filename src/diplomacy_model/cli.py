"""The ``diplomacy-model`` command line (also ``python -m diplomacy_model``).

Subcommands::

    diplomacy-model extract INPUT... [--records] [--glob PATTERN] [--published DATE]
                            [--format json|jsonl|csv|table] [--table KIND] [--workers N]
                            [--encoding ENC] [--max-bytes N]
    diplomacy-model dateline TEXT | -    [--published DATE] [--format json|table]
    diplomacy-model anniversary TEXT | - [--published DATE] [--format json|table]
    diplomacy-model schema
    diplomacy-model show FILE --html OUT.html [--published DATE]
    diplomacy-model evaluate --gold GOLD.json FILE|DIR... [--format text|json] [--no-misses]
    diplomacy-model --version

An INPUT is a file, a directory (searched recursively for files matching
``--glob``) or ``-`` for standard input. With ``--records`` each input holds
JSON Lines records ``{"id": ..., "text": ..., "published": ...}`` (field names
set by ``--id-field``, ``--text-field``, ``--published-field``); the output
keeps each record's id as its ``source`` and uses its own ``published``.

Output is a readable table on a terminal and JSON when piped: for ``json`` one
document for one file and a list otherwise, for ``jsonl`` one line per
document. ``--table`` picks the CSV table (meetings by default) and implies
``--format csv``. A document that fails (missing, a directory, a FIFO or device,
over ``--max-bytes``, binary, not in the encoding, a bad record, a crashed
worker) gets one line on stderr and, in JSON output, an error record
``{"source": ..., "error": {"type": ..., "message": ...}}``; the others are
still processed. CSV has no place for error records: they go to stderr only.

Files are read as :func:`diplomacy_model.batch.read_document` reads them: a
UTF-8 BOM is dropped and ``\\r\\n`` becomes ``\\n``, so spans index the text as
Python's ``open(path, encoding="utf-8-sig")`` gives it.

Exit status: 0 when every document was processed, 1 when some failed, 2 on a
usage error or when standard output or input is closed or full, 130 on Ctrl-C
(after the record in hand is written and a JSON list is closed).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import fnmatch
import functools
import importlib
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, Final, NamedTuple, TextIO

from . import __version__
from .batch import (
    DEFAULT_MAX_BYTES,
    Job,
    check_encoding,
    decode_document,
    describe_error,
    open_regular_file,
    run_jobs,
)
from .errors import DocumentError
from .io import CSV_COLUMNS, Table, to_csv_rows, to_record, write_csv
from .model import Article, Dateline

__all__ = ["COMMANDS", "FORMATS", "OutputFormat", "main", "render_article"]

_PROG: Final = "diplomacy-model"
_OK, _FAILED, _USAGE, _INTERRUPTED = 0, 1, 2, 130

_EXAMPLES: Final = """\
examples:
  diplomacy-model extract story.txt                            one article (a table on a terminal)
  diplomacy-model extract --format jsonl articles/ > out.jsonl  every *.txt under a folder, one line each
  diplomacy-model extract --glob '*.md' --table leaders notes/ > leaders.csv
  diplomacy-model extract --records --format jsonl feed.jsonl   lines {"id": ..., "text": ..., "published": ...}
  cat story.txt | diplomacy-model extract --published 2026-02-05 -
  diplomacy-model dateline "MOSCOW, Feb. 4 (Xinhua) -- talks" --published 2026-02-05
"""


# --- argument types -----------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _encoding(text: str) -> str:
    try:
        return check_encoding(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("encoding: ")) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, got {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG, description="Diplomatic news in, typed, dated, sourced facts out.",
        epilog=_EXAMPLES + "\nexit status: 0 all processed, 1 some failed, 2 usage error or closed output, "
        "130 interrupted",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (add_arguments, _run) in COMMANDS.items():
        add_arguments(sub, name)
    return parser


def _extract_arguments(sub: Any, name: str) -> None:
    ex = sub.add_parser(name, help="extract leaders, meetings, agreements, anniversaries from articles",
                        epilog=_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    ex.add_argument("inputs", nargs="+", metavar="INPUT",
                    help="a file, a directory (searched recursively, see --glob), or '-' for standard input")
    ex.add_argument("--glob", metavar="PATTERN",
                    help="file names to take from directories (default: '*.txt', with --records '*.jsonl')")
    ex.add_argument("--published", type=_date, metavar="DATE",
                    help="publication date (YYYY-MM-DD) for every document (a record's own date wins)")
    ex.add_argument("--format", choices=tuple(FORMATS),
                    help="output format (default: table on a terminal, json otherwise); "
                         "plover: one PLOVER event record per meeting, as JSON lines")
    ex.add_argument("--table", choices=tuple(CSV_COLUMNS), help="CSV table to write (implies --format csv)")
    ex.add_argument("--workers", type=_positive, metavar="N",
                    help="worker processes (default: one per CPU; never more than the documents or CPUs; "
                    "1 runs in-process)")
    ex.add_argument("--encoding", type=_encoding, default="utf-8", metavar="ENC",
                    help="encoding of the inputs (default: utf-8; a BOM is always dropped)")
    ex.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                    help=f"a document (file, record line, standard input) over N bytes is an error record "
                    f"(default: {DEFAULT_MAX_BYTES})")
    records = ex.add_argument_group("JSON Lines records (--records)")
    records.add_argument("--records", action="store_true",
                         help="inputs hold one JSON record per line: an id, a text and a publication date")
    records.add_argument("--id-field", default="id", metavar="NAME", help="the record's id field (default: id)")
    records.add_argument("--text-field", default="text", metavar="NAME",
                         help="the record's text field (default: text)")
    records.add_argument("--published-field", default="published", metavar="NAME",
                         help="the record's publication date field, YYYY-MM-DD (default: published)")


def _phrase_arguments(sub: Any, name: str) -> None:
    what = {"dateline": "the dateline that opens TEXT", "anniversary": "anniversaries in TEXT"}[name]
    cmd = sub.add_parser(name, help=f"find {what}")
    cmd.add_argument("text", metavar="TEXT", help="the text; '-' reads standard input")
    cmd.add_argument("--published", type=_date, metavar="DATE", help="publication date (YYYY-MM-DD)")
    cmd.add_argument("--format", choices=("json", "table"),
                     help="output format (default: table on a terminal, json otherwise)")


def _schema_arguments(sub: Any, name: str) -> None:
    sub.add_parser(name, help="print the JSON Schema of the JSON output")


def _show_arguments(sub: Any, name: str) -> None:
    sh = sub.add_parser(name, help="write one HTML page: the article with every fact highlighted at its span")
    sh.add_argument("file", metavar="FILE", help="the article file")
    sh.add_argument("--html", required=True, metavar="OUT.html", help="where to write the page")
    sh.add_argument("--published", type=_date, metavar="DATE", help="publication date (YYYY-MM-DD)")
    sh.add_argument("--encoding", type=_encoding, default="utf-8", metavar="ENC", help="encoding of FILE")


def _evaluate_arguments(sub: Any, name: str) -> None:
    ev = sub.add_parser(name, help="precision, recall and F1 per kind against your own gold")
    ev.add_argument("files", nargs="+", metavar="FILE", help="article files or folders of *.txt")
    ev.add_argument("--gold", required=True, metavar="GOLD.json",
                    help="gold keyed by file name (format: docs/evaluate.md)")
    ev.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    ev.add_argument("--no-misses", dest="misses", action="store_false", help="totals only, no list of misses")
    ev.add_argument("--reference", action="store_true",
                    help="pass each entry's reference_date (else its published date) to extract")


# --- entry point --------------------------------------------------------------


class _Fatal(Exception):
    """Standard input or output is unusable: one line on stderr, exit status 2."""


class _Output:
    """Standard output whose write failures (closed pipe, full disk) become :class:`_Fatal`."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except OSError as exc:
            raise _Fatal(f"cannot write to standard output: {exc.strerror or exc}") from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except OSError as exc:
            raise _Fatal(f"cannot write to standard output: {exc.strerror or exc}") from None

    def isatty(self) -> bool:
        return _isatty(self.stream)


def main(argv: Sequence[str] | None = None, *, stdin: IO[bytes] | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line and return its exit status (streams default to the process's own).

    >>> import io
    >>> out = io.StringIO()
    >>> main(["schema"], stdout=out)
    0
    >>> '"$schema"' in out.getvalue()
    True
    """
    err = stderr if stderr is not None else (sys.stderr or open(os.devnull, "w"))  # noqa: SIM115  (lives on)
    parser = _parser()
    try:
        with contextlib.redirect_stderr(err) if stderr is not None else contextlib.nullcontext():
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage message (or --help, --version)
        return exc.code if isinstance(exc.code, int) else _USAGE
    own = stdout is None
    out = stdout if stdout is not None else sys.stdout
    inp = stdin if stdin is not None else (sys.stdin.buffer if sys.stdin is not None else None)
    if out is None:  # started with standard output closed
        _usage(err, "standard output is closed")
        return _USAGE
    if own:
        _json_safe(out)
    run = COMMANDS[args.command][1]
    output = _Output(out)
    try:
        return run(args, inp, output, err)
    except _Usage as exc:
        _usage(err, str(exc))
        return _USAGE
    except _Fatal as exc:
        _usage(err, str(exc))
        if own:
            _silence_stdout()
        return _USAGE
    except KeyboardInterrupt:
        err.write(f"\n{_PROG}: interrupted\n")
        return _INTERRUPTED


class _Usage(Exception):
    """A usage error found after parsing: one line on stderr, exit status 2."""


def _json_safe(out: TextIO) -> None:
    # A file name that is not UTF-8 reaches us with surrogate escapes; written as `\\udcXX`
    # they stay valid JSON (and read back to the same name), never an encoding error.
    with contextlib.suppress(AttributeError, ValueError, OSError):
        out.reconfigure(errors="backslashreplace")  # type: ignore[attr-defined]  # TextIO lacks it; sys.stdout has


def _silence_stdout() -> None:
    # What is left in stdout's buffer would fail again when Python exits, with a traceback.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _usage(err: TextIO, message: str) -> None:
    err.write(f"{_PROG}: error: {message}\n")


def _default_format(out: Any, given: str | None) -> str:
    if given is not None:
        return given
    return "table" if _isatty(out) else "json"


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _schema(_args: argparse.Namespace, _inp: IO[bytes] | None, out: _Output, _err: TextIO) -> int:
    from .io import json_schema  # noqa: PLC0415  (only this command reads the schema file)

    out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    out.flush()
    return _OK


# --- extract: output formats --------------------------------------------------


# Each result is turned into its output (JSON text, CSV rows, a table) in the worker that
# made it, so the parent process only writes; these run there and must stay top-level.
_Done = tuple[str | None, Any]  # (failure reason or None, output)
# (the article or its failure, its source, its text or None when it could not be read) -> _Done
_Finisher = Callable[[Article | DocumentError, str, str | None], _Done]


def _finish_json(item: Article | DocumentError, source: str, _text: str | None, indent: int | None = None) -> _Done:
    reason = item.reason if isinstance(item, DocumentError) else None
    return reason, json.dumps(to_record(item, source=source), ensure_ascii=False, indent=indent)


def _finish_csv(item: Article | DocumentError, source: str, text: str | None, table: Table = "meetings") -> _Done:
    if isinstance(item, DocumentError):
        return item.reason, []
    return None, to_csv_rows(item, table, source=source, text=text)  # text: the meetings' evidence column


def _finish_plover(item: Article | DocumentError, source: str, text: str | None) -> _Done:
    if isinstance(item, DocumentError):
        return item.reason, json.dumps(to_record(item, source=source), ensure_ascii=False) + "\n"
    from .events import plover_records  # noqa: PLC0415  (only this format codes events)

    records = plover_records(item, source=source, text=text)
    return None, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _finish_table(item: Article | DocumentError, source: str, _text: str | None) -> _Done:
    if isinstance(item, DocumentError):
        return item.reason, f"{source}\n  error  {item.reason}\n"
    return None, render_article(item, source=source)


def _with_source(finish: _Finisher, item: Article | DocumentError, source: str, text: str | None
                 ) -> tuple[str, _Done]:
    return source, finish(item, source, text)


def _write_json(outputs: Iterator[Any], out: _Output, _args: argparse.Namespace, single: bool) -> None:
    if single:
        for text in outputs:
            out.write(text + "\n")
        return
    out.write("[")
    for index, text in enumerate(outputs):
        out.write(",\n" if index else "\n")
        out.write(text)
    out.write("\n]\n")


def _write_lines(outputs: Iterator[Any], out: _Output, _args: argparse.Namespace, _single: bool) -> None:
    for text in outputs:
        out.write(text + "\n")


def _write_as_is(outputs: Iterator[Any], out: _Output, _args: argparse.Namespace, _single: bool) -> None:
    for text in outputs:  # plover: JSON lines, as PLOVER suggests, any number of records per input
        out.write(text)


def _write_csv(outputs: Iterator[Any], out: _Output, args: argparse.Namespace, _single: bool) -> None:
    write_csv((row for rows in outputs for row in rows), out, table=args.table or "meetings")  # type: ignore[arg-type]


def _write_tables(outputs: Iterator[Any], out: _Output, _args: argparse.Namespace, _single: bool) -> None:
    for index, text in enumerate(outputs):
        out.write(("\n" if index else "") + text)


class OutputFormat(NamedTuple):
    """How ``extract`` writes one format: a per-result *finisher* and a *writer* of all of them.

    ``finisher(args, single)`` returns a top-level function (or ``functools.partial`` of
    one) ``(Article | DocumentError, source, text or None) -> (failure reason or None, output)``,
    run in the worker; ``writer(outputs, out, args, single)`` writes the outputs in input order.
    Register a new format by adding an entry to :data:`FORMATS`.
    """

    finisher: Callable[[argparse.Namespace, bool], _Finisher]
    writer: Callable[[Iterator[Any], _Output, argparse.Namespace, bool], None]


FORMATS: Final[dict[str, OutputFormat]] = {
    "json": OutputFormat(lambda _args, single: functools.partial(_finish_json, indent=2 if single else None),
                         _write_json),
    "jsonl": OutputFormat(lambda _args, _single: _finish_json, _write_lines),
    "csv": OutputFormat(lambda args, _single: functools.partial(_finish_csv, table=args.table or "meetings"),
                        _write_csv),
    "table": OutputFormat(lambda _args, _single: _finish_table, _write_tables),
    "plover": OutputFormat(lambda _args, _single: _finish_plover, _write_as_is),
}


# --- extract: inputs ------------------------------------------------------------


def _walk(root: str, pattern: str) -> Iterator[Job]:
    """Files under *root* whose name matches *pattern*, sorted, hidden ones skipped; unreadable folders as errors."""
    failures: list[OSError] = []
    for folder, folders, files in os.walk(root, onerror=failures.append):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and fnmatch.fnmatchcase(name, pattern):
                path = os.path.join(folder, name)
                yield Job(path, True, path)
        while failures:
            exc = failures.pop()
            where = str(exc.filename or root)
            yield Job(DocumentError(where, describe_error(exc)), False, where)


def _lines(fp: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of *fp*, each read with at most *limit* bytes in memory; ``None`` for a line over the limit."""
    while line := fp.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fp.readline(limit + 1)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _record_job(line: bytes, where: str, args: argparse.Namespace) -> Job:
    def bad(message: str) -> Job:
        return Job(DocumentError(where, f"RecordError: {message}"), False, where)

    try:
        data = json.loads(decode_document(line, encoding=args.encoding))
    except ValueError as exc:
        return bad(f"not a JSON record: {exc}")
    if not isinstance(data, dict):
        return bad(f"a record is a JSON object, got {type(data).__name__}")
    ident = data.get(args.id_field)
    if isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)
    if ident is not None and not isinstance(ident, str):
        return bad(f"field {args.id_field!r} (the id) must be a string or an integer, got {type(ident).__name__}")
    source = where if ident is None else ident
    text = data.get(args.text_field)
    if not isinstance(text, str):
        got = "missing" if text is None else f"a {type(text).__name__}"
        return Job(DocumentError(source, f"RecordError: field {args.text_field!r} (the text) must be a string, "
                                         f"got {got} ({where})"), False, source)
    published = data.get(args.published_field)
    when: dt.date | None = None
    if published is not None:
        try:
            when = dt.datetime.fromisoformat(published).date() if isinstance(published, str) else None
        except ValueError:
            when = None
        if when is None:
            return Job(DocumentError(source, f"RecordError: field {args.published_field!r} must be an ISO date "
                                             f"(YYYY-MM-DD), got {published!r} ({where})"), False, source)
    return Job(text, False, source, when)


def _records(fp: IO[bytes], name: str, args: argparse.Namespace) -> Iterator[Job]:
    for number, line in enumerate(_lines(fp, args.max_bytes), start=1):
        where = f"{name}:{number}"
        if line is None:
            yield Job(DocumentError(where, f"DocumentTooLargeError: a record line over the limit of "
                                           f"{args.max_bytes} bytes (--max-bytes)"), False, where)
        elif line.strip():
            yield _record_job(line, where, args)


def _record_file(path: str, args: argparse.Namespace) -> Iterator[Job]:
    try:
        fp = open_regular_file(path)
    except (OSError, ValueError) as exc:
        yield Job(DocumentError(path, describe_error(exc)), False, path)
        return
    with fp:
        yield from _records(fp, path, args)


def _stdin_job(inp: IO[bytes] | None, args: argparse.Namespace) -> Iterator[Job]:
    if inp is None:
        raise _Fatal("standard input is closed")
    try:
        data = inp.read(args.max_bytes + 1)
    except (OSError, ValueError) as exc:  # closed or unreadable
        raise _Fatal(f"cannot read standard input: {getattr(exc, 'strerror', None) or exc}") from None
    if len(data) > args.max_bytes:
        yield Job(DocumentError("-", f"DocumentTooLargeError: more than {args.max_bytes} bytes, over the limit "
                                     f"of {args.max_bytes} (--max-bytes)"), False, "-")
        return
    try:
        yield Job(decode_document(data, encoding=args.encoding), False, "-")
    except (ValueError, OSError) as exc:  # binary or undecodable input: an error record like any file
        yield Job(DocumentError("-", describe_error(exc)), False, "-")


def _stdin_records(inp: IO[bytes] | None, args: argparse.Namespace) -> Iterator[Job]:
    if inp is None:
        raise _Fatal("standard input is closed")
    try:
        yield from _records(inp, "-", args)
    except (OSError, ValueError) as exc:
        raise _Fatal(f"cannot read standard input: {getattr(exc, 'strerror', None) or exc}") from None


def _jobs(args: argparse.Namespace, inp: IO[bytes] | None, err: TextIO) -> Iterator[Job]:
    pattern = args.glob or ("*.jsonl" if args.records else "*.txt")
    for name in args.inputs:
        if name == "-":
            yield from (_stdin_records if args.records else _stdin_job)(inp, args)
        elif os.path.isdir(name):
            found = False
            for job in _walk(name, pattern):
                found = True
                if args.records and job.is_path:
                    yield from _record_file(job.source, args)
                else:
                    yield job
            if not found:
                err.write(f"{_PROG}: {name}: no files match {pattern!r} (see --glob)\n")
        elif args.records:
            yield from _record_file(name, args)
        else:
            yield Job(name, True, name)


# --- extract ------------------------------------------------------------------


class _Interrupt:
    """Ctrl-C while extracting: the first finishes the record in hand and stops; a second stops at once."""

    def __init__(self) -> None:
        self.requested = False
        self.previous: Any = None

    def __enter__(self) -> _Interrupt:
        with contextlib.suppress(ValueError):  # not the main thread: leave Ctrl-C as it is
            self.previous = signal.signal(signal.SIGINT, self.handle)
        return self

    def handle(self, _signum: int, _frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *_exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def _extract(args: argparse.Namespace, inp: IO[bytes] | None, out: _Output, err: TextIO) -> int:
    if args.table is not None:
        if args.format not in (None, "csv"):
            raise _Usage(f"--table goes with --format csv, not --format {args.format}")
        args.format = "csv"
    if args.inputs.count("-") > 1:
        raise _Usage("standard input ('-') can be read only once")
    if "-" in args.inputs and inp is None:
        raise _Fatal("standard input is closed")
    fmt = FORMATS[_default_format(out, args.format)]
    single = len(args.inputs) == 1 and not args.records and not os.path.isdir(args.inputs[0])
    finish = functools.partial(_with_source, fmt.finisher(args, single))
    jobs: Iterable[Job] = _jobs(args, inp, err)
    total: int | None = None
    if not args.records:  # the file names are few bytes each: list them for the progress line
        jobs = list(jobs)
        total = len(jobs)
    workers = args.workers if args.workers is not None else (1 if single else None)
    results = run_jobs(jobs, finish, workers=workers, published=args.published, encoding=args.encoding,
                       max_bytes=args.max_bytes)

    progress = _Progress(err, total) if not single and _isatty(err) else None
    shared = _isatty(out)
    failed = 0
    with _Interrupt() as interrupt:

        def outputs() -> Iterator[Any]:
            nonlocal failed
            for source, (reason, output) in results:
                if progress is not None and (shared or reason is not None):
                    progress.clear()  # the bar shares the terminal with what is written next
                if reason is not None:
                    failed += 1
                    err.write(f"{_PROG}: {source}: {reason}\n")
                yield output
                if progress is not None:
                    out.flush()
                    progress.step()
                if interrupt.requested:
                    return

        try:
            fmt.writer(outputs(), out, args, single)
            out.flush()
        finally:
            results.close()  # type: ignore[attr-defined]  # a generator: stops the workers now
            if progress is not None:
                progress.close()
    if interrupt.requested:
        err.write(f"{_PROG}: interrupted; the output so far is complete\n")
        return _INTERRUPTED
    return _FAILED if failed else _OK


class _Progress:
    """``[ 12/100]  35.2 files/s  ETA 3s`` on one stderr line, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self.stream, self.total, self.done = stream, total, 0
        self.start = self.last = time.monotonic()
        self.shown = False

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if not self.shown or now - self.last >= 0.1 or self.done == self.total:
            self.last = now
            self.draw(now)

    def draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        if self.total is None:
            self.stream.write(f"\r[{self.done}]  {rate:.1f} files/s \x1b[K")
        else:
            eta = (self.total - self.done) / rate if rate else 0.0
            width = len(str(self.total))
            self.stream.write(f"\r[{self.done:>{width}}/{self.total}]  {rate:.1f} files/s  ETA {eta:.0f}s \x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


# --- human-readable tables ----------------------------------------------------


def _columns(rows: Sequence[Sequence[str]], indent: str = "    ") -> str:
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)
    return "".join(f"{indent}{line}\n" for line in lines)


def _dash(value: object) -> str:
    return "-" if value is None or value in ("", ()) else str(value)


def _dateline_text(d: Dateline) -> str:
    place = ", ".join(p for p in (d.city, d.region, d.country) if p)
    when = d.partial_date.isoformat() if d.partial_date else "-".join(
        f"{v:02d}" for v in (d.month, d.day) if v is not None)
    agency = f" ({d.agency})" if d.agency else ""
    return f"{place or '?'}  {when or 'no date'}{agency}  [{d.span.start}:{d.span.end}]"


def render_article(article: Article, *, source: str = "") -> str:
    """A readable, aligned summary of every fact in *article*, one section per kind.

    >>> from diplomacy_model import Leader, Span
    >>> print(render_article(Article(leaders=(Leader("Xi Jinping", (Span(0, 2),), "President", "CN"),)), source="a"))
    a
      published      -
      dateline       -
      leaders (1)
        Xi Jinping  President  CN  1 mention
    <BLANKLINE>
    """
    a = article
    parts = [f"{source}\n" if source else ""]
    parts.append(f"  published      {_dash(a.published)}\n")
    parts.append(f"  dateline       {_dateline_text(a.dateline) if a.dateline else '-'}\n")
    if a.leaders:
        parts.append(f"  leaders ({len(a.leaders)})\n")
        parts.append(_columns([
            (p.name, _dash(p.title), _dash(p.country) + ("*" if p.country_inferred else ""),
             f"{len(p.mentions)} mention{'s' if len(p.mentions) != 1 else ''}")
            + ((p.organisation,) if p.organisation else ("",))
            for p in a.leaders
        ]))
        if any(p.country_inferred for p in a.leaders):
            parts.append("    (* country inferred, not stated: known office holder, sentence or dateline)\n")
    if a.meetings:
        parts.append(f"  meetings ({len(a.meetings)})\n")
        rows = []
        for m in a.meetings:
            where = ", ".join(x for x in (m.venue, m.place) if x)
            extra = "; ".join(x for x in (
                f"host {m.host}" if m.host else "", m.organisation or "", "planned" if m.future else "") if x)
            rows.append((_dash(m.date), m.kind, m.mode.value,
                         ", ".join(m.participants or m.countries) or "-", where or "-",
                         f"CAMEO {m.cameo}", extra))
        parts.append(_columns(rows))
    if a.agreements:
        parts.append(f"  agreements ({len(a.agreements)})\n")
        parts.append(_columns([
            (g.name, g.kind, "-".join(g.parties) or "-",
             f"{g.event or 'dated'} {g.date}" if g.date else "-")
            for g in a.agreements
        ]))
    if a.anniversaries:
        parts.append(f"  anniversaries ({len(a.anniversaries)})\n")
        parts.append(_columns([
            (_ordinal(n.ordinal), _dash(n.subject),
             f"{_dash(n.base_year)} -> {_dash(n.year)}")
            for n in a.anniversaries
        ]))
    if a.organisations:
        parts.append(f"  organisations ({len(a.organisations)})\n")
        parts.append(_columns([
            (o.name, f"({o.acronym})" if o.acronym and o.acronym != o.name else "",
             f"founded {o.founded}" if o.founded else "")
            for o in a.organisations
        ]))
    return "".join(parts)


def _ordinal(n: int | None) -> str:
    if n is None:
        return "-"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- dateline / anniversary ---------------------------------------------------


def _phrase(args: argparse.Namespace, inp: IO[bytes] | None, out: _Output, err: TextIO) -> int:
    name = "find_dateline" if args.command == "dateline" else "find_anniversaries"
    package = importlib.import_module("diplomacy_model")
    find: Callable[..., Any] | None = getattr(package, name, None)
    if find is None:
        err.write(f"{_PROG}: {name} is not available in this version of diplomacy_model\n")
        return _FAILED
    if args.text == "-":
        if inp is None:
            raise _Fatal("standard input is closed")
        try:
            text = decode_document(inp.read())
        except (ValueError, OSError) as exc:
            err.write(f"{_PROG}: -: {type(exc).__name__}: {exc}\n")
            return _FAILED
    else:
        text = args.text
    found = find(text, published=args.published)
    if args.command == "dateline":
        article = Article(dateline=found)
        data: Any = article.to_dict()["dateline"]
    else:
        article = Article(anniversaries=tuple(found))
        data = article.to_dict()["anniversaries"]
    if _default_format(out, args.format) == "json":
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.command == "dateline":
        out.write((_dateline_text(found) if found else "no dateline found") + "\n")
    else:
        out.write(_columns([
            (_ordinal(n.ordinal), _dash(n.event), _dash(n.subject), f"{_dash(n.base_year)} -> {_dash(n.year)}",
             repr(n.span.of(text)))
            for n in article.anniversaries
        ], indent="") or "no anniversaries found\n")
    out.flush()
    return _OK


# --- subcommands ------------------------------------------------------------------


def _evaluate(args: argparse.Namespace, _inp: IO[bytes] | None, out: _Output, err: TextIO) -> int:
    from . import evaluate  # noqa: PLC0415  (only this command scores)

    code = evaluate.run(args.files, args.gold, fmt=args.format, misses=args.misses, reference=args.reference,
                        out=out, err=err)  # type: ignore[arg-type]  # _Output writes like a text stream
    out.flush()
    return code


def _show(args: argparse.Namespace, _inp: IO[bytes] | None, _out: _Output, err: TextIO) -> int:
    from . import show  # noqa: PLC0415  (only this command renders pages)

    return show.run(args.file, args.html, published=args.published, encoding=args.encoding, err=err)


_Run = Callable[[argparse.Namespace, "IO[bytes] | None", _Output, TextIO], int]

COMMANDS: Final[dict[str, tuple[Callable[[Any, str], None], _Run]]] = {
    "extract": (_extract_arguments, _extract),
    "dateline": (_phrase_arguments, _phrase),
    "anniversary": (_phrase_arguments, _phrase),
    "schema": (_schema_arguments, _schema),
    "show": (_show_arguments, _show),
    "evaluate": (_evaluate_arguments, _evaluate),
}
"""Subcommand name -> (add its parser to the subparsers, run it); register a new one by adding an entry."""
