"""The ``diplomacy-model`` command line (also ``python -m diplomacy_model``).

Subcommands::

    diplomacy-model extract FILE... | -  [--published DATE] [--format json|jsonl|csv|table]
                                         [--table KIND] [--workers N] [--encoding ENC]
    diplomacy-model dateline TEXT | -    [--published DATE] [--format json|table]
    diplomacy-model anniversary TEXT | - [--published DATE] [--format json|table]
    diplomacy-model schema
    diplomacy-model evaluate --gold GOLD.json FILE|DIR... [--format text|json] [--no-misses]

Output is a readable table on a terminal and JSON when piped: for ``json`` one
document for one input and a list for several, for ``jsonl`` one line per
input. ``--table`` picks the CSV table (meetings by default) and implies
``--format csv``. A file that is missing, a directory, binary or not in the
encoding gets one line on stderr and, in JSON output, an error record
``{"source": ..., "error": {"type": ..., "message": ...}}``; the other files are
still processed. CSV has no place for error records: they go to stderr only.

Files are read as :func:`diplomacy_model.batch.read_document` reads them: a
UTF-8 BOM is dropped and ``\\r\\n`` becomes ``\\n``, so spans index the text as
Python's ``open(path, encoding="utf-8-sig")`` gives it.

Exit status: 0 when every input was processed, 1 when some failed (or the reader of
stdout went away), 2 on a usage error, 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime as dt
import functools
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Final, TextIO

from .batch import _describe, _stream, decode_document
from .errors import DocumentError
from .io import CSV_COLUMNS, Table, to_csv_rows, to_record, write_csv
from .model import Article, Dateline

__all__ = ["main", "render_article"]

_PROG: Final = "diplomacy-model"
_OK, _FAILED, _USAGE = 0, 1, 2


# --- argument types -----------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def _encoding(text: str) -> str:
    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {text!r}") from None


def _workers(text: str) -> int:
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
        epilog="Exit status: 0 all inputs processed, 1 some failed, 2 usage error.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract leaders, meetings, agreements, anniversaries from articles")
    ex.add_argument("files", nargs="+", metavar="FILE", help="article files; '-' reads standard input")
    ex.add_argument("--published", type=_date, metavar="DATE", help="publication date (YYYY-MM-DD) for every input")
    ex.add_argument("--format", choices=("json", "jsonl", "csv", "table", "plover"),
                    help="output format (default: table on a terminal, json otherwise); "
                         "plover: one PLOVER event record per meeting, as JSON lines")
    ex.add_argument("--table", choices=tuple(CSV_COLUMNS), help="CSV table to write (implies --format csv)")
    ex.add_argument("--workers", type=_workers, metavar="N",
                    help="worker processes (default: one per CPU for several files; 1 runs in-process)")
    ex.add_argument("--encoding", type=_encoding, default="utf-8", metavar="ENC",
                    help="encoding of the input files (default: utf-8; a BOM is always dropped)")

    for name, what in (("dateline", "the dateline that opens TEXT"), ("anniversary", "anniversaries in TEXT")):
        cmd = sub.add_parser(name, help=f"find {what}")
        cmd.add_argument("text", metavar="TEXT", help="the text; '-' reads standard input")
        cmd.add_argument("--published", type=_date, metavar="DATE", help="publication date (YYYY-MM-DD)")
        cmd.add_argument("--format", choices=("json", "table"),
                         help="output format (default: table on a terminal, json otherwise)")

    sub.add_parser("schema", help="print the JSON Schema of the JSON output")

    ev = sub.add_parser("evaluate", help="precision, recall and F1 per kind against your own gold")
    ev.add_argument("files", nargs="+", metavar="FILE", help="article files or folders of *.txt")
    ev.add_argument("--gold", required=True, metavar="GOLD.json",
                    help="gold keyed by file name (format: docs/evaluate.md)")
    ev.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    ev.add_argument("--no-misses", dest="misses", action="store_false", help="totals only, no list of misses")
    ev.add_argument("--reference", action="store_true",
                    help="pass each entry's reference_date (else its published date) to extract")
    return parser


# --- entry point --------------------------------------------------------------


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
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage message
        return exc.code if isinstance(exc.code, int) else _USAGE
    inp = stdin if stdin is not None else sys.stdin.buffer
    if args.command == "extract":
        if args.table is not None:
            if args.format not in (None, "csv"):
                _usage(err, f"--table goes with --format csv, not --format {args.format}")
                return _USAGE
            args.format = "csv"
        if args.files.count("-") > 1:
            _usage(err, "standard input ('-') can be read only once")
            return _USAGE
    try:
        if args.command == "schema":
            return _schema(out)
        if args.command == "extract":
            return _extract(args, inp, out, err)
        if args.command == "evaluate":
            from . import evaluate  # noqa: PLC0415  (only this command scores)

            return evaluate.run(args.files, args.gold, fmt=args.format, misses=args.misses,
                                reference=args.reference, out=out, err=err)
        return _phrase(args, inp, out, err)
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as Unix tools do
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _FAILED
    except KeyboardInterrupt:
        err.write(f"\n{_PROG}: interrupted\n")
        return 130


def _usage(err: TextIO, message: str) -> None:
    err.write(f"{_PROG}: error: {message}\n")


def _default_format(out: TextIO, given: str | None) -> str:
    if given is not None:
        return given
    return "table" if _isatty(out) else "json"


def _isatty(stream: IO[Any]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _schema(out: TextIO) -> int:
    from .io import json_schema  # noqa: PLC0415  (only this command reads the schema file)

    out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return _OK


# --- extract ------------------------------------------------------------------


# Each result is turned into its output (JSON text, CSV rows, a table) in the worker that
# made it, so the parent process only writes; these run there and must stay top-level.
_Done = tuple[str | None, Any]  # (failure reason or None, output)


def _finish_json(item: Article | DocumentError, source: str, indent: int | None = None) -> _Done:
    reason = item.reason if isinstance(item, DocumentError) else None
    return reason, json.dumps(to_record(item, source=source), ensure_ascii=False, indent=indent)


def _source_text(source: str, encoding: str) -> str | None:
    # The text again, for evidence columns: spans index it as read_document gives it. None for stdin.
    from .batch import read_document  # noqa: PLC0415

    try:
        return read_document(source, encoding=encoding) if source != "-" else None
    except (OSError, ValueError):
        return None


def _finish_csv(
    item: Article | DocumentError, source: str, table: Table = "meetings", encoding: str = "utf-8"
) -> _Done:
    if isinstance(item, DocumentError):
        return item.reason, []
    text = _source_text(source, encoding) if table == "meetings" and item.meetings else None
    return None, to_csv_rows(item, table, source=source, text=text)


def _finish_plover(item: Article | DocumentError, source: str, encoding: str = "utf-8") -> _Done:
    if isinstance(item, DocumentError):
        return item.reason, json.dumps(to_record(item, source=source), ensure_ascii=False) + "\n"
    from .events import plover_records  # noqa: PLC0415  (only this format codes events)

    text = _source_text(source, encoding) if item.meetings else None
    records = plover_records(item, source=source, text=text)
    return None, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _finish_table(item: Article | DocumentError, source: str) -> _Done:
    if isinstance(item, DocumentError):
        return item.reason, f"{source}\n  error  {item.reason}\n"
    return None, render_article(item, source=source)


def _extract(args: argparse.Namespace, inp: IO[bytes], out: TextIO, err: TextIO) -> int:
    fmt = _default_format(out, args.format)
    single = len(args.files) == 1
    finish: Callable[[Article | DocumentError, str], _Done]
    if fmt == "json":
        finish = functools.partial(_finish_json, indent=2 if single else None)
    elif fmt == "csv":
        finish = functools.partial(_finish_csv, table=args.table or "meetings", encoding=args.encoding)
    elif fmt == "plover":
        finish = functools.partial(_finish_plover, encoding=args.encoding)
    else:
        finish = _finish_json if fmt == "jsonl" else _finish_table
    jobs: list[tuple[str, bool, str]] = []
    early: dict[int, _Done] = {}
    for index, name in enumerate(args.files):
        if name == "-":
            try:
                jobs.append((decode_document(inp.read(), encoding=args.encoding), False, "-"))
            except (ValueError, OSError) as exc:  # binary or undecodable input: an error record like any file
                early[index] = finish(DocumentError("-", _describe(exc)), "-")
                jobs.append(("", False, "-"))
        else:
            jobs.append((name, True, name))
    workers = args.workers if args.workers is not None else (1 if single else None)
    results = _stream(jobs, finish, workers=workers, published=args.published, encoding=args.encoding)

    progress = _Progress(err, len(jobs)) if not single and _isatty(err) else None
    shared = _isatty(out)
    failed = 0

    def outputs() -> Iterator[Any]:
        nonlocal failed
        for index, ((_name, _is_path, source), result) in enumerate(zip(jobs, results, strict=True)):
            reason, output = early.get(index, result)
            if progress is not None and (shared or reason is not None):
                progress.clear()  # the bar shares the terminal with what is written next
            if reason is not None:
                failed += 1
                err.write(f"{_PROG}: {source}: {reason}\n")
            yield output
            if progress is not None:
                out.flush()
                progress.step()

    try:
        _write(fmt, outputs(), out, single=single, table=args.table or "meetings")
    finally:
        if progress is not None:
            progress.close()
    out.flush()
    return _FAILED if failed else _OK


def _write(fmt: str, outputs: Iterator[Any], out: TextIO, *, single: bool, table: Table) -> None:
    if fmt == "json" and not single:
        out.write("[")
        for index, text in enumerate(outputs):
            out.write(",\n" if index else "\n")
            out.write(text)
        out.write("\n]\n")
    elif fmt == "csv":
        write_csv((row for rows in outputs for row in rows), out, table=table)
    elif fmt == "plover":  # JSON lines, as PLOVER suggests: any number of records per input
        for text in outputs:
            out.write(text)
    else:  # one JSON document, JSON lines, or tables separated by blank lines
        for index, text in enumerate(outputs):
            if index and fmt == "table":
                out.write("\n")
            out.write(text + ("\n" if fmt != "table" else ""))


class _Progress:
    """``[ 12/100]  35.2 files/s  ETA 3s`` on one stderr line, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, total: int) -> None:
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


def _phrase(args: argparse.Namespace, inp: IO[bytes], out: TextIO, err: TextIO) -> int:
    name = "find_dateline" if args.command == "dateline" else "find_anniversaries"
    package = importlib.import_module("diplomacy_model")
    find: Callable[..., Any] | None = getattr(package, name, None)
    if find is None:
        err.write(f"{_PROG}: {name} is not available in this version of diplomacy_model\n")
        return _FAILED
    if args.text == "-":
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
    return _OK
