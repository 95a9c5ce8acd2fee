"""Anchor a :class:`DateExpr` on a reference date, in the direction its tense points.

The rules (DOMAIN.md, "Relative dates"), checked against TimeBank annotations:

* a bare weekday in a past clause is the most recent such day on or before the
  reference (the same day counts: a Friday story's ``said Friday`` is that day);
  in a future clause the next one on or after; with no tense cue, the nearer one;
* ``last Friday`` is strictly before, ``next Friday`` strictly after;
* a month and day without a year, or a bare month, go the same way;
  ``last April`` is the most recent April before the reference month;
* ``this year`` / ``last year`` / ``the past year`` / ``next year`` are year offsets;
  ``a year ago`` is the very day one year back;
* ``today``, ``tonight``, ``yesterday``, ``tomorrow`` are day offsets.

Dates keep their precision: ``in November`` resolves to ``2026-11``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from ...model import PartialDate
from .rules import DateExpr
from .tense import Tense

__all__ = ["needs_reference", "needs_tense", "resolve"]

# A month and day in a past clause further back than this is read forwards.
_STALE_DAYS = 300
_ANCHORED = frozenset({"weekday", "month_day", "month", "year_word", "deictic_day"})


@lru_cache(maxsize=4096)
def _on(day: dt.date) -> PartialDate:
    """``PartialDate.from_date``, cached: mentions repeat and the model's validators are not free."""
    return PartialDate.from_date(day)


@lru_cache(maxsize=4096)
def _partial(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    return PartialDate(year, month, day)


def needs_reference(expr: DateExpr) -> bool:
    """Whether *expr* can only be resolved against a reference date."""
    return expr.kind in _ANCHORED


def needs_tense(expr: DateExpr) -> bool:
    """Whether the direction of *expr* depends on the tense of its clause."""
    if expr.kind == "weekday":
        return expr.rel in (None, "this")
    if expr.kind == "month_day":
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


def _month(expr: DateExpr, ref: dt.date, tense: Tense) -> PartialDate:
    if expr.unit == "month":
        moved = ref + relativedelta(months=expr.offset or 0)
        return _partial(moved.year, moved.month)
    month = expr.month
    assert month is not None
    if expr.rel == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif expr.rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif expr.rel == "this":
        year = ref.year
    elif tense == "past":
        # The month just ahead is never "last year's" without saying so: eleven
        # months back is written "last December", so read it forwards.
        year = ref.year if month <= ref.month + 1 else ref.year - 1
    elif tense == "future":
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        diff = month - ref.month
        year = ref.year + (1 if diff < -6 else -1 if diff >= 6 else 0)
    return _partial(year, month)


def _years_back(ref: dt.date, years: int) -> dt.date:
    # relativedelta clamps 29 February to the 28th in a year that has none.
    result: dt.date = ref - relativedelta(years=years)
    return result


def resolve(expr: DateExpr, reference: dt.date | None, tense: Tense = "past") -> PartialDate | None:
    """The date *expr* means, seen from *reference* in a clause of the given *tense*.

    ``None`` when it needs a reference and has none, or names no real date (``Feb. 30``).

    >>> from .rules import DateExpr
    >>> resolve(DateExpr("weekday", weekday=2), dt.date(2026, 2, 5), "past").isoformat()
    '2026-02-04'
    >>> resolve(DateExpr("month", month=11), dt.date(2026, 2, 5), "future").isoformat()
    '2026-11'
    """
    try:
        if expr.kind in ("explicit", "month_year", "year"):
            assert expr.year is not None
            return _partial(expr.year, expr.month, expr.day)
        if reference is None:
            return None
        if expr.kind == "weekday":
            return _weekday(expr, reference, tense)
        if expr.kind == "month_day":
            return _month_day(expr, reference, tense)
        if expr.kind == "month":
            return _month(expr, reference, tense)
        if expr.kind == "deictic_day":
            return _on(reference + dt.timedelta(days=expr.offset or 0))
        if expr.kind == "year_word":
            if expr.unit == "ago":
                return _on(_years_back(reference, -(expr.offset or 0)))
            return _partial(reference.year + (expr.offset or 0))
    except (ValueError, OverflowError):
        # ModelError is a ValueError: a date outside 1..9999 or a day the month lacks.
        return None
    return None  # pragma: no cover - every kind is handled above
