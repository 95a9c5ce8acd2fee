"""Stable output: JSON, JSON Lines, CSV tables and the JSON Schema of an article.

JSON is :meth:`Article.to_dict` as written by the model's own hand-written
conversion (dates in ISO 8601, partial dates at their precision such as
``"2026-11"``, spans as ``[start, end]``), with keys in the model's field order
and non-ASCII text kept as is. A record may carry a ``"source"`` key first (the
path or name it was read from); :func:`from_json` accepts and drops it, since an
``Article`` does not know where it came from.

A document that could not be processed is written as an *error record*::

    {"source": "missing.txt", "error": {"type": "FileNotFoundError", "message": "..."}}

:func:`read_jsonl` gives those back as :class:`~diplomacy_model.DocumentError`,
so ``write_jsonl`` and ``read_jsonl`` round-trip what ``extract_many`` yields.

CSV is for event-data work in pandas or R: one row per meeting (or leader,
organisation, agreement, anniversary), lists joined with ``";"``, missing
values empty, flags ``true``/``false``. :func:`write_csv` makes every cell safe
to open in a spreadsheet (OWASP's CSV-injection guidance): a cell that begins
with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return or ``'`` gets one
``'`` in front, so no cell starts a formula; :func:`csv_cell_value` takes it off.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import IO, Any, Final, Literal

from .errors import DocumentError, ModelError
from .model import Agreement, Anniversary, Article, Leader, Meeting, Note, Organisation, PartialDate, Span

__all__ = [
    "CSV_COLUMNS",
    "Table",
    "csv_cell_value",
    "error_record",
    "from_json",
    "from_record",
    "json_schema",
    "neutralise_cell",
    "read_jsonl",
    "to_csv_rows",
    "to_json",
    "to_record",
    "write_csv",
    "write_jsonl",
]

Table = Literal["meetings", "leaders", "organisations", "agreements", "anniversaries"]

CSV_COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "meetings": (
        "source", "date", "date_precision", "end_date", "participants", "countries", "mode", "kind", "place",
        "venue", "host", "organisation", "cameo", "plover_event", "plover_mode", "span_start", "span_end",
        "future", "published", "dateline_city", "dateline_country", "evidence",
    ),
    "leaders": (
        "source", "name", "title", "country", "country_inferred", "organisation", "mentions",
        "span_start", "span_end", "identity_id", "identity_name",
    ),
    "organisations": ("source", "name", "acronym", "founded", "mentions", "span_start", "span_end"),
    "agreements": (
        "source", "name", "kind", "parties", "date", "date_precision", "event", "date_source",
        "span_start", "span_end", "notes",
    ),
    "anniversaries": (
        "source", "ordinal", "event", "subject", "year", "base_year", "year_source", "span_start", "span_end",
        "notes",
    ),
}  # fmt: skip

_SCHEMA_FILE: Final = "article.schema.json"
_ERROR_TYPE_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.")


# --- JSON -------------------------------------------------------------------


def error_record(error: DocumentError) -> dict[str, Any]:
    """The plain-data record for a document that failed.

    A ``DocumentError`` whose reason reads ``"<Type>: <message>"`` (as those made
    by :func:`~diplomacy_model.extract_many` do) is split into the two fields.

    >>> error_record(DocumentError("a.txt", "FileNotFoundError: no such file"))
    {'source': 'a.txt', 'error': {'type': 'FileNotFoundError', 'message': 'no such file'}}
    """
    kind, sep, message = error.reason.partition(": ")
    if not (sep and kind and set(kind) <= _ERROR_TYPE_CHARS):
        kind, message = "DocumentError", error.reason
    return {"source": error.source, "error": {"type": kind, "message": message}}


def to_record(item: Article | DocumentError, *, source: str | None = None) -> dict[str, Any]:
    """Plain data for an article (with ``"source"`` first when given) or an error record.

    >>> to_record(Article(), source="a.txt")["source"]
    'a.txt'
    """
    if isinstance(item, DocumentError):
        return error_record(item)
    if not isinstance(item, Article):
        raise TypeError(f"to_record() expects Article or DocumentError, got {type(item).__name__}")
    data = item.to_dict()
    return data if source is None else {"source": source, **data}


def from_record(data: Mapping[str, Any]) -> Article | DocumentError:
    """Inverse of :func:`to_record`; raises ``ModelError`` on malformed data.

    >>> from_record({"source": "a.txt", "error": {"type": "X", "message": "m"}})
    DocumentError('a.txt: X: m')
    """
    if not isinstance(data, Mapping):
        raise ModelError(f"a record is a JSON object, got {type(data).__name__}")
    if "error" in data:
        error = data["error"]
        if not (isinstance(error, Mapping) and isinstance(error.get("type"), str)
                and isinstance(error.get("message"), str) and isinstance(data.get("source"), str)):
            raise ModelError(f"malformed error record: {data!r}")
        return DocumentError(data["source"], f"{error['type']}: {error['message']}")
    fields = {k: v for k, v in data.items() if k != "source"}
    if "source" in data and not isinstance(data["source"], str):
        raise ModelError(f"source must be a string, got {data['source']!r}")
    return Article.from_dict(fields)


def to_json(article: Article, *, indent: int | None = None, source: str | None = None) -> str:
    """The article as JSON text: ISO dates, spans as ``[start, end]``, keys in field order.

    Inverse of :func:`from_json`.

    >>> to_json(Article(published=__import__("datetime").date(2026, 2, 5)))[:40]
    '{"published": "2026-02-05", "dateline": '
    """
    if not isinstance(article, Article):
        raise TypeError(f"to_json() expects Article, got {type(article).__name__}")
    return json.dumps(to_record(article, source=source), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, *, document: str | None = None) -> Article:
    """Read an article written by :func:`to_json` (a ``"source"`` key is accepted and dropped).

    Raises ``ModelError`` on invalid JSON, an error record, or malformed data, naming the bad field's
    path (``$.meetings[0].date``). With *document*, the text the article was read from, every span must
    also lie inside it.

    >>> from_json(to_json(Article())) == Article()
    True
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise ModelError(f"from_json() expects JSON text (str or bytes), got {type(text).__name__}")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: nesting deeper than the parser's stack
        raise ModelError(f"not JSON: {type(exc).__name__}: {exc}") from exc
    item = from_record(data)
    if isinstance(item, DocumentError):
        raise ModelError(f"an error record, not an article: {item}")
    if document is not None:
        item.check_spans(len(document))
    return item


def write_jsonl(
    records: Iterable[Article | DocumentError | tuple[str, Article | DocumentError]], fp: IO[str]
) -> int:
    """Write one JSON document per line, streaming; return the number of lines.

    Each record is an ``Article``, a ``DocumentError`` (written as an error
    record) or a ``(source, item)`` pair. Inverse of :func:`read_jsonl`.

    >>> import io
    >>> buf = io.StringIO()
    >>> write_jsonl([Article(), ("b.txt", Article())], buf)
    2
    """
    count = 0
    for record in records:
        if isinstance(record, tuple):
            source, item = record
            data = to_record(item, source=source)
        else:
            data = to_record(record)
        fp.write(json.dumps(data, ensure_ascii=False))
        fp.write("\n")
        count += 1
    return count


def read_jsonl(fp: Iterable[str]) -> Iterator[Article | DocumentError]:
    """Read JSON Lines written by :func:`write_jsonl`, one item per non-blank line, streaming.

    Raises ``ModelError`` naming the line number on a malformed line.

    >>> list(read_jsonl(['{"source": "x", "error": {"type": "T", "message": "m"}}']))
    [DocumentError('x: T: m')]
    """
    for number, line in enumerate(fp, start=1):
        if not isinstance(line, (str, bytes, bytearray)):
            raise ModelError(f"line {number}: expected text, got {type(line).__name__}")
        if not line.strip():
            continue
        try:
            yield from_record(json.loads(line))
        except (ValueError, RecursionError) as exc:  # ModelError is a ValueError
            raise ModelError(f"line {number}: {exc}") from exc


# --- CSV --------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ";".join(str(v) for v in value)
    return str(value)


def _date_cells(date: PartialDate | None) -> tuple[str, str]:
    if date is None:
        return "", ""
    return date.isoformat(), date.precision.value


def _span_cells(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _evidence(span: Span, text: str | None) -> str | None:
    # The words the fact was read from, on one line (a CSV cell with newlines trips simple readers).
    return " ".join(span.of(text).split()) if text is not None else None


def _meeting_row(m: Meeting, a: Article, text: str | None) -> tuple[object, ...]:
    end = m.end_date
    dateline = a.dateline
    return (
        *_date_cells(m.date), end.isoformat() if end is not None else None, m.participants, m.countries,
        m.mode.value, m.kind, m.place, m.venue, m.host, m.organisation, m.cameo, m.plover_event, m.plover_mode,
        *_span_cells(m.span), m.future, a.published.isoformat() if a.published else None,
        dateline.city if dateline else None, dateline.place_country if dateline else None, _evidence(m.span, text),
    )  # fmt: skip


def _leader_row(p: Leader) -> tuple[object, ...]:
    who = p.identity
    return (p.name, p.title, p.country, p.country_inferred, p.organisation, len(p.mentions), *_span_cells(p.span),
            who.id if who is not None else None, who.name if who is not None else None)


def _organisation_row(o: Organisation) -> tuple[object, ...]:
    return (o.name, o.acronym, o.founded, len(o.mentions), *_span_cells(o.span))


def _agreement_row(a: Agreement) -> tuple[object, ...]:
    return (a.name, a.kind, a.parties, *_date_cells(a.date), a.event, a.date_source, *_span_cells(a.span),
            _notes_cell(a.notes))


def _anniversary_row(a: Anniversary) -> tuple[object, ...]:
    return (a.ordinal, a.event, a.subject, a.year, a.base_year, a.year_source, *_span_cells(a.span),
            _notes_cell(a.notes))


def _notes_cell(notes: tuple[Note, ...]) -> tuple[str, ...]:
    # "base_year:before_year_one": which field is empty and why; the message stays in the JSON.
    return tuple(f"{note.field}:{note.kind.value}" for note in notes)


def to_csv_rows(
    article: Article, table: Table = "meetings", *, source: str = "", text: str | None = None
) -> list[dict[str, str]]:
    """One row (column name to cell text) per fact of the *table* kind, columns as in ``CSV_COLUMNS``.

    *text*, the article's text, fills the meetings' ``evidence`` column (the words at the meeting's span);
    without it the column is empty. Every column is documented in ``docs/codebook.md``.

    >>> from diplomacy_model import Meeting, MeetingMode, Span
    >>> m = Meeting("virtual meeting", Span(0, 5), MeetingMode.VIRTUAL, ("Xi Jinping", "Vladimir Putin"))
    >>> row = to_csv_rows(Article(meetings=(m,)), source="seed.txt")[0]
    >>> row["participants"], row["mode"], row["date"]
    ('Xi Jinping;Vladimir Putin', 'virtual', '')
    """
    if not isinstance(article, Article):
        raise TypeError(f"to_csv_rows() expects Article, got {type(article).__name__}")
    cells: list[tuple[object, ...]]
    if table == "meetings":
        cells = [_meeting_row(m, article, text) for m in article.meetings]
    elif table == "leaders":
        cells = [_leader_row(p) for p in article.leaders]
    elif table == "organisations":
        cells = [_organisation_row(o) for o in article.organisations]
    elif table == "agreements":
        cells = [_agreement_row(a) for a in article.agreements]
    elif table == "anniversaries":
        cells = [_anniversary_row(a) for a in article.anniversaries]
    else:
        raise ValueError(f"unknown table {table!r}; expected one of {sorted(CSV_COLUMNS)}")
    columns = CSV_COLUMNS[table]
    return [dict(zip(columns, (source, *map(_cell, row)), strict=True)) for row in cells]


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"), plus the quote
# itself, so that taking one leading quote off always gives the value back.
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise_cell(value: str) -> str:
    """*value* as a CSV cell no spreadsheet reads as a formula: ``'`` put before a risky first character.

    Inverse of :func:`csv_cell_value`.

    >>> neutralise_cell("=cmd|' /C calc'!A0"), neutralise_cell("-5"), neutralise_cell("Xi Jinping")
    ("'=cmd|' /C calc'!A0", "'-5", 'Xi Jinping')
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_cell_value(cell: str) -> str:
    """The value written as *cell* by :func:`write_csv`: one leading ``'`` (added by it) taken off.

    >>> csv_cell_value("'=1+2"), csv_cell_value("''quoted"), csv_cell_value("plain")
    ('=1+2', "'quoted", 'plain')
    """
    return cell[1:] if cell.startswith("'") else cell


def write_csv(rows: Iterable[Mapping[str, str]], fp: IO[str], *, table: Table = "meetings") -> int:
    """Write a header and *rows* (from :func:`to_csv_rows`) as RFC 4180 CSV; return the row count.

    Every cell goes through :func:`neutralise_cell`, so none starts a spreadsheet
    formula. Open *fp* with ``newline=""`` as the ``csv`` module asks.

    >>> import io
    >>> buf = io.StringIO()
    >>> write_csv([], buf, table="organisations")
    0
    >>> buf.getvalue()
    'source,name,acronym,founded,mentions,span_start,span_end\\r\\n'
    """
    writer = csv.DictWriter(fp, fieldnames=CSV_COLUMNS[table], extrasaction="raise")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({column: neutralise_cell(cell) for column, cell in row.items()})
        count += 1
    return count


# --- JSON Schema ------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an article record or error record, shipped in the package.

    >>> json_schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    text = resources.files("diplomacy_model").joinpath(_SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
