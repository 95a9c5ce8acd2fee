"""Date mentions in running text (lenient) and single date phrases (strict)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from ..._inputs import require_date, require_optional_date
from ...errors import ParseError, require_text
from ...model import DateMention, PartialDate, Span
from .resolve import needs_reference, needs_tense, resolve
from .rules import scan
from .tense import Tense, tense_at

__all__ = ["find_dates", "header_date", "parse_date", "resolve_mentions"]

_TENSES = ("past", "present", "future")
# A metadata header before the dateline: " date 2026-02-05 BEIJING, ..."
_HEADER = regex.compile(
    r"\A[ \t\r\n\ufeff]{0,20}+(?:[Dd]ate|DATE|[Pp]ublished|PUBLISHED|dct|DCT)[ \t]*+[:=]?[ \t]*+"
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"
)
# How far to look for the sentence around a mention.
_REACH = 200
# A sentence ends at ". ", "? ", "! " or a line break, unless the dot ends an
# abbreviation ("Mr.", "Sept.", "U.S.", "Corp."). Plain string search: it runs once per mention.
_ABBREVIATIONS = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Prof", "Rev", "Jr", "Sr",
    "No", "Co", "Corp", "Inc", "Ltd", "Bros", "Ave", "Mt", "Ft", "vs", "etc",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
))
_ENDS = (". ", "? ", "! ", "\n")


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and text[start - 1].isalpha() and dot - start < 6:
        start -= 1
    word = text[start:dot]
    return len(word) == 1 or word in _ABBREVIATIONS


def header_date(text: str) -> dt.date | None:
    """The date of a metadata header at the very top of *text*, such as ``date 2026-02-05``.

    >>> header_date(" date 2026-02-05 BEIJING, China, Feb 5 — ...")
    datetime.date(2026, 2, 5)
    >>> header_date("BEIJING, China, Feb 5 — ...") is None
    True
    """
    require_text(text, "header_date")
    found = _HEADER.match(text)
    if found is None:
        return None
    try:
        return dt.date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    low = max(0, start - _REACH)
    left = start
    while left > low:
        at = max(text.rfind(mark, low, left) for mark in _ENDS)
        if at < 0:
            left = low
        elif text[at] == "." and _is_abbreviation(text, at):
            left = at
            continue
        else:
            left = at + 1
        break
    high = min(len(text), end + _REACH)
    right = end
    while right < high:
        found = [at for at in (text.find(mark, right, high) for mark in _ENDS) if at >= 0]
        if not found:
            right = high
        elif text[min(found)] == "." and _is_abbreviation(text, min(found)):
            right = min(found) + 1
            continue
        else:
            right = min(found) + 1
        break
    return left, right


# resolve() is pure and an article repeats its few date phrases ("Wednesday", "this year") against one
# reference date: memoised on (phrase, reference, tense), its answers are immutable PartialDates.
_resolve = lru_cache(maxsize=4096)(resolve)


def _mention_tense(text: str, start: int, end: int) -> Tense:
    # tense_at reads at most a window either side and stops at sentence ends itself.
    return tense_at(text, start, end)


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
    stop = len(text) if end is None else min(end, len(text))
    out: list[DateMention] = []
    for s, e, expr in scan(text, max(0, start), max(0, stop)):
        if reference is None and needs_reference(expr):
            continue
        tense: Tense = _mention_tense(text, s, e) if needs_tense(expr) else "past"
        date = _resolve(expr, reference, tense)
        if date is not None:
            out.append(DateMention(Span(s, e), text[s:e], date, expr.kind))
    return tuple(out)


def find_dates(text: str, *, published: dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date mention in running text, resolved; never raises on a ``str``.

    The reference date is *published*, else a header date at the top of the text
    (``date 2026-02-05``); without either, only self-contained dates are returned.
    The lenient counterpart of :func:`parse_date`.

    >>> text = "Xi met Putin on Wednesday and will visit in November."
    >>> [(m.text, m.date.isoformat(), m.kind) for m in find_dates(text, published=dt.date(2026, 2, 5))]
    [('Wednesday', '2026-02-04', 'weekday'), ('November', '2026-11', 'month')]
    """
    require_text(text, "find_dates")
    published = require_optional_date(published, "find_dates")
    reference = published if published is not None else header_date(text)
    return resolve_mentions(text, reference)


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
    date = resolve(expr, reference, tense)  # type: ignore[arg-type]  # tense was checked against _TENSES
    if date is None:
        raise ParseError(text, "date", "no such date")
    return date
