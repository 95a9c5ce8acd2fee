"""Date mentions in running text (lenient) and single date phrases (strict)."""

from __future__ import annotations

import datetime as dt

import regex

from ..._inputs import require_date, require_optional_date
from ...errors import ParseError, require_text
from ...model import DateMention, PartialDate
from ...temporal import resolve_date
from ...text import document
from ...text.reference import header_date as read_header
from .rules import scan

__all__ = ["find_dates", "header_date", "parse_date", "resolve_mentions"]

_TENSES = ("past", "present", "future")


def resolve_mentions(
    text: str, reference: dt.date | None, *, start: int = 0, end: int | None = None
) -> tuple[DateMention, ...]:
    """Every date mention in ``text[start:end]``, anchored on *reference* (spans index *text*).

    The article extractor passes its dateline date as *reference*. With ``None``,
    only mentions that need no anchor (``Feb 4, 2026``, ``February 2026``,
    ``in 1996``, ``2026-02-04``) are returned. The tense of the clause around each
    mention sets the direction of weekdays, months and month-days.

    >>> [m.date.isoformat() for m in resolve_mentions("He met Putin on Wednesday.", dt.date(2026, 2, 5))]
    ['2026-02-04']
    """
    require_text(text, "resolve_mentions")
    doc = document.Document.anchored(text, reference)
    stop = len(text) if end is None else min(end, len(text))
    return document.date_mentions(doc.dates_between(max(0, start), max(0, stop)))


def header_date(text: str) -> dt.date | None:
    """The date of a metadata header at the very top of *text*, such as ``date 2026-02-05``.

    >>> header_date(" date 2026-02-05 BEIJING, China, Feb 5 — ...")
    datetime.date(2026, 2, 5)
    >>> header_date("BEIJING, China, Feb 5 — ...") is None
    True
    """
    require_text(text, "header_date")
    return read_header(text)


def find_dates(text: str, *, published: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date mention in running text, resolved; never raises on a ``str``.

    The reference date is *published*, else a header date at the top of the text
    (``date 2026-02-05``), else a dated dateline near the top; without any, only
    self-contained dates are returned.
    The lenient counterpart of :func:`parse_date`.

    >>> text = "Xi met Putin on Wednesday and will visit in November."
    >>> [(m.text, m.date.isoformat(), m.kind) for m in find_dates(text, published=dt.date(2026, 2, 5))]
    [('Wednesday', '2026-02-04', 'weekday'), ('November', '2026-11', 'month')]
    """
    require_text(text, "find_dates")
    published = require_optional_date(published, "find_dates")
    return document.Document.build(text, published).date_mentions


_STRICT_PREFIX = regex.compile(r"(?:(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil)[ \t]++)?+")


def parse_date(text: str, *, reference: dt.date, tense: str = "past") -> PartialDate:
    """Read *text* as one whole date phrase, anchored on *reference*; the inverse of ``render_date``.

    *tense* (``"past"``, ``"present"`` or ``"future"``) sets the direction of a bare
    weekday, month or month-day. Raises ``ParseError`` for anything else.

    >>> ref = dt.date(2026, 2, 5)
    >>> parse_date("on Wednesday", reference=ref).isoformat()
    '2026-02-04'
    >>> parse_date("in November", reference=ref, tense="future").isoformat()
    '2026-11'
    >>> parse_date("Feb. 4, 2026", reference=ref).isoformat()
    '2026-02-04'
    >>> parse_date("May I", reference=ref)
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.ParseError: not a date: 'May I': expected one date phrase, such as 'Feb. 4, 2026' ...
    """
    require_text(text, "parse_date")
    reference = require_date(reference, "parse_date")
    if tense not in _TENSES:
        raise ParseError(text, "date", f"tense must be one of {_TENSES}, got {tense!r}")
    body = text.strip()
    found = list(scan(body, strict=True))
    if len(found) != 1 or found[0][1] != len(body) or _STRICT_PREFIX.fullmatch(body, 0, found[0][0]) is None:
        raise ParseError(text, "date", "expected one date phrase, such as 'Feb. 4, 2026' or 'last Friday'")
    expr = found[0][2]
    date = resolve_date(expr, reference, tense)  # tense was checked against _TENSES
    if date is None:
        raise ParseError(text, "date", "no such date")
    return date
