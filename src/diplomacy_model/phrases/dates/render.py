"""Write a :class:`PartialDate` the way wire copy does; the inverse of ``parse_date``."""

from __future__ import annotations

from ...errors import InputTypeError, ModelError
from ...model import PartialDate, YearPart
from .._lexicon import MONTH_NAMES

__all__ = ["STYLES", "YEARS", "render_date"]

# AP abbreviates these months before a day, with a dot; the others stay whole.
_AP_ABBREV = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
_PARTS = {
    YearPart.SPRING: "spring {year}", YearPart.SUMMER: "summer {year}", YearPart.AUTUMN: "autumn {year}",
    YearPart.WINTER: "winter {year}", YearPart.FIRST_HALF: "the first half of {year}",
    YearPart.SECOND_HALF: "the second half of {year}",
}
STYLES = ("ap", "xinhua", "long", "british", "iso")
#: The years ``parse_date`` reads (wire copy writes no others): outside them ``render_date`` refuses.
YEARS = range(1000, 3000)


def render_date(date: PartialDate, *, style: str = "ap") -> str:
    """The date as wire copy writes it, at its own precision; ``parse_date`` reads it back.

    Styles: ``ap`` (``Feb. 4, 2026``), ``xinhua`` (``Feb 4, 2026``), ``long``
    (``February 4, 2026``), ``british`` (``4 February 2026``) and ``iso``
    (``2026-02-04``). A month is ``February 2026`` (``2026-02`` in ISO), a year ``2026``; an ISO week is
    ``the week of`` its Monday (``2020-W34`` in ISO), a season ``autumn 2024`` and a half-year ``the first half
    of 2025`` (``2024-23``, ``2025-40``: ISO 8601-2). Raises ``ModelError`` for an unknown style, or a year
    outside :data:`YEARS` (it would not read back).

    >>> render_date(PartialDate(2026, 2, 4))
    'Feb. 4, 2026'
    >>> render_date(PartialDate(2026, 11), style="british")
    'November 2026'
    >>> render_date(PartialDate(2020, week=34)), render_date(PartialDate(2025, part=YearPart.FIRST_HALF))
    ('the week of Aug. 17, 2020', 'the first half of 2025')
    """
    if not isinstance(date, PartialDate):
        raise InputTypeError(f"render_date() expects PartialDate, got {type(date).__name__}")
    if style not in STYLES:
        raise ModelError(f"style must be one of {STYLES}, got {style!r}")
    if date.year not in YEARS or date.first_day.year not in YEARS:
        raise ModelError(f"year {date.year} is outside {YEARS.start}-{YEARS.stop - 1}, which parse_date reads")
    if style == "iso":
        return date.isoformat()
    if date.week is not None:
        return f"the week of {render_date(PartialDate.from_date(date.first_day), style=style)}"
    if date.part is not None:
        return _PARTS[date.part].format(year=date.year)
    if date.month is None:
        return date.isoformat()
    name = MONTH_NAMES[date.month - 1]
    if date.day is None:
        return f"{name} {date.year}"
    if style == "ap":
        return f"{_AP_ABBREV.get(date.month, name)} {date.day}, {date.year}"
    if style == "xinhua":
        return f"{name if len(name) <= 4 else name[:3]} {date.day}, {date.year}"
    if style == "british":
        return f"{date.day} {name} {date.year}"
    return f"{name} {date.day}, {date.year}"
