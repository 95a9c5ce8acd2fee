"""One temporal resolver for every phrase kind: what a date expression means, seen from a reference date.

A phrase kind reads the words (``last`` + ``Friday``, ``in March``, ``the previous year``) into a
:class:`DateExpr`; :func:`resolve` anchors it on a :class:`Reference` in the direction of its
clause's :data:`Tense`. Dates, anniversary years, meeting dates and signing dates all come from
here, so a rule mended once helps every kind.

The rules (DOMAIN.md, "Relative dates"), checked against TimeBank annotations:

* a bare weekday in a past clause is the most recent such day on or before the
  reference (the same day counts: a Friday story's ``said Friday`` is that day);
  in a future clause the next one on or after; with no tense cue, the nearer one;
* ``last Friday`` is strictly before, ``next Friday`` strictly after;
* a month and day without a year, or a bare month, go the same way;
  ``last April`` is the most recent April before the reference month;
* ``this year`` / ``last year`` / ``the past year`` / ``next year`` are year offsets;
  ``a year ago`` is the very day one year back; ``N years ago`` the year N back;
* ``today``, ``tonight``, ``yesterday``, ``tomorrow`` are day offsets;
* ``this week`` / ``next week`` / ``last week`` are ISO weeks (``2020-W34``), never a day;
* ``this autumn`` is the autumn of the reference year, ``next``/``last`` the one after or before the season
  the reference falls in or has passed; ``the first half of next year`` a half of a year word's year.

Output keeps its true precision: ``in November`` is ``PartialDate(2026, 11)``, a week is
``PartialDate(2020, week=34)``, never its Monday, and ``early 2026`` stays the year 2026.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Literal, NamedTuple

import attrs
from dateutil.relativedelta import relativedelta

from .model import PartialDate, YearPart

__all__ = [
    "DateExpr",
    "Reference",
    "Tense",
    "month_year",
    "needs_reference",
    "needs_tense",
    "resolve",
    "resolve_date",
    "stamped_year",
    "year_offset",
]

Tense = Literal["past", "present", "future"]


@attrs.frozen
class Reference:
    """The date relative phrases count from, and where it came from.

    ``source`` is ``"dateline"`` (the story's own dateline date), ``"published"`` (the
    caller's publication date), ``"header"`` (a ``date 2026-02-05`` metadata line at the
    top) or ``"top date"`` (a dated dateline or page header near the top, with its year).

    >>> Reference(dt.date(2026, 2, 5), "published").year
    2026
    """

    date: dt.date
    source: str

    @property
    def year(self) -> int:
        return self.date.year


class DateExpr(NamedTuple):
    """What a date phrase says, before it is anchored.

    ``kind`` is ``weekday``, ``month_day``, ``month``, ``month_year``, ``year_word``,
    ``deictic_day``, ``event_offset`` and ``relative_day`` (days counted from another day of the story, in
    ``offset``: ``a day after he met``, ``the next day``), ``explicit``, ``year``, ``week``, ``week_of``
    (``the week of Aug. 17``), ``iso_week``
    (``2020-W34``, its week number in ``offset``) or ``part`` (a season or a half-year, whose ISO 8601-2
    code is ``part``). ``rel`` is ``"last"``, ``"this"``, ``"next"`` or ``None``; ``offset`` counts days
    (``deictic_day``), years (``year_word``, and ``part`` with a year word), months (``month`` with
    ``unit="month"``) or weeks (``week``); ``unit="ago"`` marks ``a year ago`` (an exact day offset) and
    ``unit="years"`` ``N years ago`` (a year).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str | None = None
    offset: int | None = None
    unit: str | None = None
    part: int | None = None


# A month and day in a past clause further back than this is read forwards.
_STALE_DAYS = 300
_ANCHORED = frozenset({"weekday", "month_day", "month", "year_word", "deictic_day", "week", "event_offset",
                       "relative_day", "weekend"})


def _needs_anchor(expr: DateExpr) -> bool:
    return expr.kind in _ANCHORED or (expr.kind in ("part", "week_of") and expr.year is None)


@lru_cache(maxsize=4096)
def _on(day: dt.date) -> PartialDate:
    """``PartialDate.from_date``, cached: mentions repeat and the model's validators are not free."""
    return PartialDate.from_date(day)


@lru_cache(maxsize=4096)
def _partial(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    return PartialDate(year, month, day)


def needs_reference(expr: DateExpr) -> bool:
    """Whether *expr* can only be resolved against a reference date."""
    return _needs_anchor(expr)


def needs_tense(expr: DateExpr) -> bool:
    """Whether the direction of *expr* depends on the tense of its clause."""
    if expr.kind == "weekend":
        return expr.rel is None
    if expr.kind == "weekday":
        return expr.rel in (None, "this")
    if expr.kind == "month_day" or (expr.kind == "week_of" and expr.year is None):
        return True
    return expr.kind == "month" and expr.rel is None and expr.unit is None


def _weekday(expr: DateExpr, ref: dt.date, tense: Tense) -> PartialDate:
    assert expr.weekday is not None
    back = (ref.weekday() - expr.weekday) % 7
    ahead = (expr.weekday - ref.weekday()) % 7
    if expr.rel == "last":
        delta = -(back or 7)
    elif expr.rel == "next":
        delta = ahead or 7
    elif tense == "future" or (expr.rel == "this" and tense == "present"):
        delta = ahead
    elif tense == "past":
        delta = -back
    else:
        delta = ahead if ahead < back else -back
    return _on(ref + dt.timedelta(days=delta))


def _month_day(expr: DateExpr, ref: dt.date, tense: Tense) -> PartialDate | None:
    assert expr.month is not None and expr.day is not None
    candidates: list[dt.date] = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(dt.date(year, expr.month, expr.day))
        except ValueError:
            continue
    if not candidates:
        return None
    if expr.weekday is not None:
        matching = [c for c in candidates if c.weekday() == expr.weekday]
        if len(matching) == 1:
            return _on(matching[0])
    if tense == "past":
        pool = [c for c in candidates if c <= ref]
        chosen = max(pool) if pool else min(candidates)
        if (ref - chosen).days > _STALE_DAYS:
            # Wire copy gives the year of a day that far back; without one, the
            # date is an upcoming one reported in a past-tense clause ("declared
            # a dividend payable Dec. 15").
            chosen = min(c for c in candidates if c > ref)
    elif tense == "future":
        pool = [c for c in candidates if c >= ref]
        chosen = min(pool) if pool else max(candidates)
    else:
        chosen = min(candidates, key=lambda c: (abs((c - ref).days), c > ref))
    return _on(chosen)


def month_year(month: int, ref: dt.date, tense: Tense, rel: str | None = None) -> int:
    """The year of a bare month seen from *ref*: ``in March`` in a November story.

    A future ``in March`` is next March; a past one this year's unless it lies ahead
    of the reference by more than a month (then it is last year's); with no tense cue, the
    nearer one. ``last``/``next``/``this`` say it outright; the month just gone is called
    ``last month``, so ``last February`` in a March story is the February a year before.

    >>> month_year(3, dt.date(2026, 11, 20), "future")
    2027
    >>> month_year(10, dt.date(2026, 11, 20), "past")
    2026
    >>> month_year(2, dt.date(2026, 3, 1), "past", rel="last")
    2025
    """
    if rel == "last":
        # The month just gone is "last month": "last February" in a March story is a year further back.
        return ref.year if month < ref.month - 1 else ref.year - 1
    if rel == "next":
        return ref.year if month > ref.month else ref.year + 1
    if rel == "this":
        return ref.year
    if tense == "past":
        # The month just ahead is never "last year's" without saying so: eleven
        # months back is written "last December", so read it forwards.
        return ref.year if month <= ref.month + 1 else ref.year - 1
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    diff = month - ref.month
    return ref.year + (1 if diff < -6 else -1 if diff >= 6 else 0)


def stamped_year(month: int, day: int | None, ref: dt.date, slack_days: int = 7) -> int | None:
    """The year that puts a stamped *month*/*day* on or before *ref*, as a dateline's date is.

    A week's slack allows for time zones and early stamps: ``Dec 31`` in a story of Jan 2
    is last year's, ``January 1`` stamped Dec 31 next year's. ``None`` when no year in
    reach holds the date (February 29 out of a leap year, or before year 1).

    >>> stamped_year(12, 31, dt.date(2026, 1, 2))
    2025
    >>> stamped_year(1, 1, dt.date(2025, 12, 31))
    2026
    >>> stamped_year(2, 29, dt.date(2026, 3, 1)) is None
    True
    """
    for year in (ref.year + 1, ref.year, ref.year - 1):
        try:
            when = dt.date(year, month, day or 1)
        except ValueError:
            continue
        if (when - ref).days <= slack_days:
            return year
    return None


def _month(expr: DateExpr, ref: dt.date, tense: Tense) -> PartialDate:
    if expr.unit == "month":
        moved = ref + relativedelta(months=expr.offset or 0)
        return _partial(moved.year, moved.month)
    assert expr.month is not None
    return _partial(month_year(expr.month, ref, tense, expr.rel), expr.month)


def year_offset(ref: dt.date, years: int) -> dt.date:
    """The same day *years* later (negative: earlier); 29 February becomes the 28th in a year without one.

    >>> year_offset(dt.date(2024, 2, 29), -1)
    datetime.date(2023, 2, 28)
    """
    result: dt.date = ref + relativedelta(years=years)
    return result


@lru_cache(maxsize=1024)
def _week(offset: int, ref: dt.date) -> PartialDate:
    return PartialDate.week_of(ref + dt.timedelta(weeks=offset))


def _weekend(rel: str | None, ref: dt.date, tense: Tense) -> PartialDate:
    """The ISO week of a weekend: the last one gone (``met over the weekend``, ``last weekend``), the coming one
    (``will meet at the weekend``, ``next weekend``), or the one of the reference's own week (``this weekend``)."""
    saturday = 5
    if rel == "this" or (rel is None and tense == "present"):
        return PartialDate.week_of(ref + dt.timedelta(days=saturday - ref.weekday()))
    if rel == "next" or (rel is None and tense == "future"):
        return PartialDate.week_of(ref + dt.timedelta(days=(saturday - ref.weekday()) % 7))
    back = (ref.weekday() - saturday) % 7
    if rel == "last" and ref.weekday() >= saturday:
        back += 7  # "last weekend" said on a Sunday: not the one under way
    return PartialDate.week_of(ref - dt.timedelta(days=back))


def _part(expr: DateExpr, ref: dt.date) -> PartialDate:
    """A season or half-year: of a written year, of a year word's year, or ``this``/``next``/``last`` one."""
    assert expr.part is not None
    part = YearPart(expr.part)
    if expr.year is not None:
        return PartialDate(expr.year, part=part)
    if expr.rel is None:
        return PartialDate(ref.year + (expr.offset or 0), part=part)
    first, count = part.months
    # The occurrence the reference falls in or has passed this year (a January is in last year's winter).
    year = ref.year - 1 if part is YearPart.WINTER and ref.month < first - 9 else ref.year
    start = dt.date(year, first, 1)
    if expr.rel == "next":
        year += start <= ref
    elif expr.rel == "last":
        end_month = first + count  # the month after its last
        ended = dt.date(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1) <= ref
        year -= not ended
    return PartialDate(year, part=part)


def resolve(expr: DateExpr, reference: dt.date | None, tense: Tense = "past") -> PartialDate | None:
    """The date *expr* means, at its own precision, seen from *reference* in a clause of the given *tense*.

    ``None`` when it needs a reference and has none, or names no real date (``Feb. 30``).

    >>> resolve(DateExpr("weekday", weekday=2), dt.date(2026, 2, 5), "past").isoformat()
    '2026-02-04'
    >>> resolve(DateExpr("month", month=11), dt.date(2026, 2, 5), "future").isoformat()
    '2026-11'
    >>> resolve(DateExpr("week", offset=1), dt.date(2026, 2, 5)).isoformat()
    '2026-W07'
    >>> resolve(DateExpr("part", rel="this", part=23), dt.date(2026, 2, 5)).isoformat()
    '2026-23'
    """
    try:
        if expr.kind in ("explicit", "month_year", "year"):
            assert expr.year is not None
            return _partial(expr.year, expr.month, expr.day)
        if expr.kind == "part" and expr.year is not None:
            return PartialDate(expr.year, part=YearPart(expr.part or 0))
        if expr.kind == "iso_week":
            assert expr.year is not None
            return PartialDate(expr.year, week=expr.offset)
        if expr.kind == "week_of" and expr.year is not None:
            assert expr.month is not None and expr.day is not None
            return PartialDate.week_of(dt.date(expr.year, expr.month, expr.day))
        if reference is None:
            return None
        if expr.kind == "weekday":
            return _weekday(expr, reference, tense)
        if expr.kind == "month_day":
            return _month_day(expr, reference, tense)
        if expr.kind == "month":
            return _month(expr, reference, tense)
        if expr.kind in ("deictic_day", "event_offset", "relative_day"):
            # The last two count from another day of the story (text/offsets.py), passed as *reference*.
            return _on(reference + dt.timedelta(days=expr.offset or 0))
        if expr.kind == "week":
            return _week(expr.offset or 0, reference)
        if expr.kind == "weekend":
            return _weekend(expr.rel, reference, tense)
        if expr.kind == "week_of":
            day = _month_day(expr._replace(kind="month_day"), reference, tense)
            return None if day is None else PartialDate.week_of(day.first_day)
        if expr.kind == "part":
            return _part(expr, reference)
        if expr.kind == "year_word":
            if expr.unit == "ago":
                return _on(year_offset(reference, expr.offset or 0))
            return _partial(reference.year + (expr.offset or 0))
    except (ValueError, OverflowError):
        # ModelError is a ValueError: a date outside 1..9999 or a day the month lacks.
        return None
    return None


@lru_cache(maxsize=4096)
def resolve_date(expr: DateExpr, reference: dt.date | None, tense: Tense = "past") -> PartialDate | None:
    """:func:`resolve`, memoised: an article repeats its few date phrases against one reference date, and the
    answers are immutable.

    >>> resolve_date(DateExpr("deictic_day", offset=-1), dt.date(2026, 2, 5)).isoformat()
    '2026-02-04'
    """
    return resolve(expr, reference, tense)
