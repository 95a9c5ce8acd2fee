"""The typed domain model: frozen, slotted attrs classes and nothing else.

This module imports only attrs and the standard library. Text handling lives in
``diplomacy_model.phrases``; the model only states what a fact is and which
values are legal.

Invariants kept by validators:

* every ``Span`` has ``0 <= start <= end``;
* a ``PartialDate`` never invents a field: a day needs a month, and the date exists; an ISO week or a
  season or half-year stands alone (no month or day with it), and the week exists;
* every ``Span`` offset fits a Python string (at most ``sys.maxsize``);
* countries are ISO 3166-1 alpha-2 codes, or the ISO 3166-3 codes of former states (``_iso``);
* an ``Anniversary``'s years are 1..9999, as a ``PartialDate``'s are;
* an ``Anniversary`` with an ordinal and a year has ``base_year == year - ordinal``;
* a ``Note`` on a fact names a field that fact leaves ``None``: a value the text gave is never both kept and
  noted as unset.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import attrs
from attrs import field

from ._iso import is_country_code
from .errors import ModelError

__all__ = [
    "SCHEMA_VERSION",
    "Agreement",
    "Anniversary",
    "Article",
    "DateMention",
    "Dateline",
    "Identity",
    "Leader",
    "Meeting",
    "MeetingMode",
    "Note",
    "NoteKind",
    "Organisation",
    "PartialDate",
    "Precision",
    "Span",
    "YearPart",
]


# The version of the JSON an Article writes (``schema_version``); 2 added ``Leader.identity``, 3 the
# ``notes`` of datelines, agreements, anniversaries and articles.
SCHEMA_VERSION = 3


# --- small validators -------------------------------------------------------
# Our own rather than attrs.validators, so every refusal is a ModelError.

_Validator = Callable[[object, "attrs.Attribute[Any]", Any], None]


def instance_of(kind: type | tuple[type, ...]) -> _Validator:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        # bool is an int subclass; a flag is never a number here.
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise ModelError(f"{attribute.name} must be {getattr(kind, '__name__', kind)}, "
                             f"got {type(value).__name__} {value!r}")

    return check


def optional(inner: _Validator) -> _Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(inst, attribute, value)

    return check


def int_in(low: int, high: int | None = None) -> _Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        instance_of(int)(inst, attribute, value)
        if value < low or (high is not None and value > high):
            bound = f"{low}..{high}" if high is not None else f">= {low}"
            raise ModelError(f"{attribute.name} must be {bound}, got {value}")

    return check



def _country_code(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    _check_country(attribute.name, value)


def _country_codes(_inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for code in value:
        _country_code(_inst, attribute, code)


def _non_empty(_inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        raise ModelError(f"{attribute.name} must not be empty")


def _tuple_of(kind: type) -> Callable[[object, attrs.Attribute[Any], tuple[object, ...]], None]:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
        if not isinstance(value, tuple):
            raise ModelError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
        for item in value:
            if not isinstance(item, kind):
                raise ModelError(
                    f"{attribute.name} must hold {kind.__name__}, got {type(item).__name__}"
                )

    return check



def _check_int(name: str, value: object, low: int, high: int) -> None:
    # type() rather than isinstance(): a bool is not a number here.
    if type(value) is not int:
        raise ModelError(f"{name} must be int, got {type(value).__name__} {value!r}")
    if not low <= value <= high:
        raise ModelError(f"{name} must be {low}..{high}, got {value}")


def _check_country(name: str, value: object) -> None:
    if value is not None and not is_country_code(value):
        raise ModelError(f"{name} must be an ISO 3166-1 alpha-2 code (or SU, DD, YU, CS), got {value!r}")


def _check_date_parts(what: str, year: int | None, month: int | None, day: int | None) -> None:
    """Month and day in range, a day only with a month, and (with a year) a day the month has."""
    if year is not None:
        _check_int("year", year, 1, 9999)
    if month is not None:
        _check_int("month", month, 1, 12)
    if day is not None:
        _check_int("day", day, 1, 31)
        if month is None:
            raise ModelError(f"{what} with a day needs a month")
        if year is not None and day > 28 and day > _days_in(year, month):
            raise ModelError(f"no such date: {year}-{month}-{day}")


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _plain_date(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # A datetime is a date subclass, but its isoformat would not read back as a date.
    if type(value) is not dt.date:
        raise ModelError(f"{attribute.name} must be a datetime.date, got {type(value).__name__} {value!r}")


_opt_str = optional(instance_of(str))
# Only ASCII digits: str.isdigit() also takes superscripts and fullwidth forms.
_ISO_PARTIAL = re.compile(
    r"(?P<year>[0-9]{4})(?:-W(?P<week>[0-9]{2})|-(?P<part>2[1-4]|4[01])|-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?"
)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_opt_int = optional(instance_of(int))


# --- spans and dates --------------------------------------------------------


# No weak-reference slot (attrs adds one by default): spans are made by the ten thousand on a long text, and
# without it each takes 16 bytes less (peak memory, issue #9).
@attrs.frozen(order=True, weakref_slot=False)
class Span:
    """Character offsets ``[start, end)`` into the text a fact was read from.

    >>> text = "MOSCOW, Feb. 4 (Xinhua) -- talks"
    >>> Span(0, 6).of(text)
    'MOSCOW'
    """

    start: int
    end: int

    # One post-init check instead of per-field validators: spans are made by the thousand.
    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end <= sys.maxsize:
            return  # the usual span, in one test
        if type(start) is not int or type(end) is not int:
            raise ModelError(f"span offsets must be int, got {start!r} and {end!r}")
        if start < 0:
            raise ModelError(f"span start must be >= 0, got {start}")
        if end < start:
            raise ModelError(f"span end {end} is before its start {start}")
        if end > sys.maxsize:  # no str is longer
            raise ModelError(f"span end {end} is past any text's length")

    def of(self, text: str) -> str:
        """The slice of *text* this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


class Precision(enum.StrEnum):
    """How much of a date the text fixes, from the finest to the coarsest."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"


class YearPart(enum.IntEnum):
    """A season or half of a year, numbered as ISO 8601-2 numbers its sub-year groupings.

    ``2024-23`` is the autumn of 2024 and ``2025-40`` the first half of 2025 (ISO 8601-2:2019, 4.7; the
    Library of Congress's EDTF level 2). The seasons are not tied to a hemisphere: the text does not say
    which. For ordering, a season spans the meteorological months of the northern hemisphere (spring March to
    May, ..., winter December to February, counted from the December of its year).
    """

    SPRING = 21
    SUMMER = 22
    AUTUMN = 23
    WINTER = 24
    FIRST_HALF = 40
    SECOND_HALF = 41

    @property
    def precision(self) -> Precision:
        return Precision.HALF if self >= YearPart.FIRST_HALF else Precision.SEASON

    @property
    def months(self) -> tuple[int, int]:
        """The first month and how many months the part covers (a winter runs into the next year)."""
        return _PART_MONTHS[self]


_PART_MONTHS = {
    YearPart.SPRING: (3, 3), YearPart.SUMMER: (6, 3), YearPart.AUTUMN: (9, 3), YearPart.WINTER: (12, 3),
    YearPart.FIRST_HALF: (1, 6), YearPart.SECOND_HALF: (7, 6),
}


def _part(value: object) -> YearPart | None:
    """The converter of ``PartialDate.part``: an ISO 8601-2 code (``23``) or a :class:`YearPart`."""
    if value is None or isinstance(value, YearPart):
        return value
    if type(value) is not int or value not in YearPart._value2member_map_:
        raise ModelError(f"part must be an ISO 8601-2 season (21-24) or half (40-41), got {value!r}")
    return YearPart(value)


@attrs.frozen(order=False)
class PartialDate:
    """A date known to the year, half-year, season, month, ISO week or day, and no further.

    ``in November`` is ``PartialDate(2026, 11)``, never ``2026-11-01``; ``earlier this week`` is
    ``PartialDate(2020, week=34)`` (ISO 8601 ``2020-W34``, whose ``year`` is the ISO week-numbering year);
    ``this autumn`` is ``PartialDate(2024, part=YearPart.AUTUMN)``, written as ISO 8601-2 does: ``2024-23``.

    Dates order by the first day they cover, then the longer first (``2026`` < ``2026-01`` < ``2026-01-01``).

    >>> PartialDate(2026, 11).isoformat()
    '2026-11'
    >>> PartialDate.fromisoformat("2026-02-04").precision
    <Precision.DAY: 'day'>
    >>> PartialDate.fromisoformat("2020-W34").first_day, PartialDate(2020, week=34).last_day
    (datetime.date(2020, 8, 17), datetime.date(2020, 8, 23))
    >>> PartialDate(2025, part=YearPart.FIRST_HALF).isoformat()
    '2025-40'
    """

    year: int
    month: int | None = None
    day: int | None = None
    week: int | None = None
    part: YearPart | None = field(default=None, converter=_part)

    def __attrs_post_init__(self) -> None:
        _check_int("year", self.year, 1, 9999)
        _check_date_parts("a partial date", self.year, self.month, self.day)
        if self.week is not None:
            _check_int("week", self.week, 1, 53)
            if self.month is not None or self.part is not None:
                raise ModelError("an ISO week stands alone: no month, day or season with it")
            if self.week == 53 and dt.date(self.year, 12, 28).isocalendar()[1] != 53:
                raise ModelError(f"ISO year {self.year} has no week 53")
        if self.part is not None and self.month is not None:
            raise ModelError("a season or half-year stands alone: no month or day with it")

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.week is not None:
            return Precision.WEEK
        if self.month is not None:
            return Precision.MONTH
        if self.part is not None:
            return self.part.precision
        return Precision.YEAR

    @property
    def first_day(self) -> dt.date:
        """The first day the date covers (the Monday of a week, the 1st of a month)."""
        if self.week is not None:
            return dt.date.fromisocalendar(self.year, self.week, 1)
        if self.part is not None:
            return dt.date(self.year, self.part.months[0], 1)
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        """The last day the date covers (the Sunday of a week, the 31st of December of a year)."""
        if self.day is not None:
            return self.first_day
        if self.week is not None:  # the last week of 9999 ends in 10000: the last day there is
            return min(self.first_day, dt.date.max - dt.timedelta(days=6)) + dt.timedelta(days=6)
        first, count = self.part.months if self.part is not None else (self.month or 1, 1 if self.month else 12)
        year, month = divmod(first - 1 + count - 1, 12)
        year, month = self.year + year, month + 1
        if year > 9999:
            return dt.date.max
        return dt.date(year, month, _days_in(year, month))

    def covers(self, other: PartialDate) -> bool:
        """Whether every day of *other* is a day of this date (``2020`` covers ``2020-W34``, which covers
        ``2020-08-20``; a date covers itself).

        >>> PartialDate(2020, week=34).covers(PartialDate(2020, 8, 20))
        True
        """
        return self.first_day <= other.first_day and other.last_day <= self.last_day

    def _key(self) -> tuple[dt.date, int]:
        return self.first_day, -self.last_day.toordinal()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()

    def isoformat(self) -> str:
        """ISO 8601 at this date's precision: ``2026``, ``2026-11``, ``2026-11-03``, ``2020-W34``, or an
        ISO 8601-2 season or half-year, ``2024-23``, ``2025-40``."""
        out = f"{self.year:04d}"
        if self.week is not None:
            return f"{out}-W{self.week:02d}"
        if self.part is not None:
            return f"{out}-{self.part.value:02d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Inverse of :meth:`isoformat`."""
        m = _ISO_PARTIAL.fullmatch(text) if type(text) is str else None
        if m is None:
            raise ModelError(
                "not an ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, or an ISO 8601-2 season YYYY-21..24 "
                f"or half YYYY-40..41, in ASCII digits): {text!r}"
            )
        year = int(m["year"])
        if m["week"] is not None:
            return cls(year, week=int(m["week"]))
        if m["part"] is not None:
            return cls(year, part=int(m["part"]))
        month, day = (None if g is None else int(g) for g in (m["month"], m["day"]))
        return cls(year, month, day)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def week_of(cls, value: dt.date) -> PartialDate:
        """The ISO week *value* falls in.

        >>> PartialDate.week_of(dt.date(2020, 8, 20)).isoformat()
        '2020-W34'
        """
        year, week, _ = value.isocalendar()
        return cls(year, week=week)

    def to_date(self) -> dt.date | None:
        """The full ``datetime.date``, or ``None`` when the day is not known."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


# --- why a value is left unset ---------------------------------------------


class NoteKind(enum.StrEnum):
    """Why a value the text gave is left unset (the ``kind`` of a :class:`Note`)."""

    BEFORE_YEAR_ONE = "before_year_one"
    """A year that comes out below 1: the base year of the 2026th anniversary in 2026, ``0000``."""
    AFTER_YEAR_9999 = "after_year_9999"
    """A year past 9999, the last the model holds: ``next year`` in a story dated 9999."""
    NO_SUCH_DATE = "no_such_date"
    """A day its month does not have (``February 31``, ``Feb. 29, 2023``), or a week its year does not
    (``2021-W53``)."""
    NON_ASCII_DIGITS = "non_ascii_digits"
    """A number written in digits other than ``0-9`` (superscript, fullwidth, Arabic-Indic): read as text."""


def _note_kind(value: str) -> NoteKind:
    if type(value) is str or isinstance(value, NoteKind):
        try:
            return NoteKind(value)
        except ValueError:
            pass
    raise ModelError(f"kind must be one of {[k.value for k in NoteKind]}, got {value!r}")


@attrs.frozen
class Note:
    """Why a value the text gave is left unset: the model cannot hold it, and a made-up one would be wrong.

    ``field`` names the field left ``None`` on the fact that carries the note (``base_year``, ``date``,
    ``day``); ``span`` is the text that gave the value; ``message`` says what the value would have been.

    >>> Note.for_date("date", Span(39, 56), 2001, 2, 31)
    Note(kind=<NoteKind.NO_SUCH_DATE: 'no_such_date'>, field='date', span=Span(start=39, end=56), \
message='no such date: February 31, 2001')
    >>> Note.for_date("date", Span(0, 4), 2001, 2, 28) is None
    True
    """

    kind: NoteKind = attrs.field(converter=_note_kind)
    field: str
    span: Span
    message: str

    def __attrs_post_init__(self) -> None:
        if type(self.field) is not str or not self.field.isidentifier():
            raise ModelError(f"a note's field is a field name, got {self.field!r}")
        if type(self.span) is not Span:
            raise ModelError(f"a note's span must be Span, got {type(self.span).__name__}")
        if type(self.message) is not str or not self.message.strip():
            raise ModelError(f"a note needs a message, got {self.message!r}")

    @classmethod
    def for_year(cls, field: str, span: Span, year: int, what: str = "year") -> Note | None:
        """The note for a *year* outside 1..9999 (``what`` it is the year of), or ``None`` when the model holds it.

        >>> Note.for_year("base_year", Span(4, 46), 0, "base year").message
        'base year 0 is before year 1, the first the model holds'
        """
        if year < 1:
            return cls(NoteKind.BEFORE_YEAR_ONE, field, span,
                       f"{what} {year} is before year 1, the first the model holds")
        if year > 9999:
            return cls(NoteKind.AFTER_YEAR_9999, field, span,
                       f"{what} {year} is after 9999, the last the model holds")
        return None

    @classmethod
    def for_date(cls, field: str, span: Span, year: int | None, month: int | None, day: int | None
                 ) -> Note | None:
        """The note for a date the model cannot hold (a year outside 1..9999, a day its month lacks), or ``None``."""
        if year is not None and (year < 1 or year > 9999):
            return cls.for_year(field, span, year)
        if month is not None and day is not None and not (
            1 <= month <= 12 and 1 <= day <= (_days_in(year, month) if year is not None else _MOST_DAYS[month])
        ):
            shown = f"{calendar.month_name[month] if 1 <= month <= 12 else f'month {month}'} {day}"
            return cls(NoteKind.NO_SUCH_DATE, field, span,
                       f"no such date: {shown}{f', {year}' if year is not None else ''}")
        return None

    @classmethod
    def for_digits(cls, field: str, span: Span, written: str) -> Note:
        """The note for a number written in digits other than ``0-9``: *written* is not read as one."""
        return cls(NoteKind.NON_ASCII_DIGITS, field, span, f"{written!r} is not written in the digits 0-9")


# The most days each month has in any year (February in a leap year), for a date given without its year.
_MOST_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _check_notes(owner: object, notes: object) -> None:
    """*notes* is a tuple of :class:`Note`, each naming a field *owner* has and leaves ``None``."""
    if type(notes) is tuple and not notes:  # nearly every fact: nothing to look up
        return
    if not isinstance(notes, tuple):
        raise ModelError(f"notes must be a tuple, got {type(notes).__name__}")
    # Only the data fields: a property such as Dateline.date is derived, never itself left unset.
    names = {a.name for a in attrs.fields(type(owner))} - {"notes"}  # type: ignore[arg-type]
    for note in notes:
        if type(note) is not Note:
            raise ModelError(f"notes must hold Note, got {type(note).__name__}")
        if note.field not in names:
            raise ModelError(f"a note names {note.field!r}, which {type(owner).__name__} has no field for")
        if getattr(owner, note.field) is not None:
            raise ModelError(f"a note says {note.field} is unset, but it is {getattr(owner, note.field)!r}")


# A Dateline's text fields, and those of them that name something (never empty when set).
_DATELINE_TEXTS = ("city", "region", "agency", "country_source", "year_source", "place_country_source",
                   "city_as_written", "language")
_DATELINE_NAMES = frozenset(("city", "region", "agency"))


def _check_dateline_texts(values: tuple[object, ...]) -> None:
    """Raise for the first of a dateline's text fields (in ``_DATELINE_TEXTS`` order) that is no str, or empty."""
    for name, value in zip(_DATELINE_TEXTS, values, strict=True):
        if value is None:
            continue
        if type(value) is not str:
            raise ModelError(f"{name} must be str, got {type(value).__name__} {value!r}")
        if name in _DATELINE_NAMES and not value.strip():
            raise ModelError(f"{name} must not be empty; leave it None when the dateline has none")


def _fact_notes(inst: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    _check_notes(inst, value)


# --- phrase-level facts -----------------------------------------------------


@attrs.frozen
class Dateline:
    """The dateline that opens a wire story: ``MOSCOW, Feb. 4 (Xinhua) --``.

    ``country`` is set only when the dateline names a country, unless
    ``country_source`` says it came from the gazetteer. ``year`` comes from the
    dateline, a header or the publication date, as ``year_source`` records.

    ``place_country`` is the country the place is in, whether written or not:
    ``place_country_source`` says whether the dateline wrote it (``"text"``), the
    city gazetteer gave it (``"gazetteer"``, settled by a written region or
    country when the name is shared) or the written region did (``"region"``);
    ``"lead"`` when a bare shared name was settled by the region the story's lead
    names (``VICTORIA — British Columbia's premier``).
    When a misspelt city was corrected against the gazetteer, ``city`` is the
    correction and ``city_as_written`` the text. ``language`` is the ISO 639-1
    code of a dateline in an agency's own language (``"zh"``, ``"ru"``, ``"fr"``,
    ``"es"``, ``"de"``, ``"ko"``), whose ``city`` is the English name; ``None`` for English.
    """

    span: Span
    city: str | None = None
    region: str | None = None
    country: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None
    country_source: str | None = None
    year_source: str | None = None
    place_country: str | None = None
    place_country_source: str | None = None
    city_as_written: str | None = None
    language: str | None = None
    # Why a value the dateline wrote is left unset (a day its month lacks, digits other than 0-9).
    notes: tuple[Note, ...] = ()

    def __attrs_post_init__(self) -> None:
        if type(self.notes) is not tuple or self.notes:
            _check_notes(self, self.notes)
        if type(self.span) is not Span:
            raise ModelError(f"span must be Span, got {type(self.span).__name__}")
        values = (self.city, self.region, self.agency, self.country_source, self.year_source,
                  self.place_country_source, self.city_as_written, self.language)
        # Datelines are made by the thousand: two plain passes over the values, the names only for the message.
        for value in values:
            if value is not None and type(value) is not str:
                _check_dateline_texts(values)
        for value in values[:3]:
            if value is not None and not value.strip():
                _check_dateline_texts(values)
        if self.country is not None:
            _check_country("country", self.country)
        if self.place_country is not None:
            _check_country("place_country", self.place_country)
        year, month, day = self.year, self.month, self.day
        # Datelines are made by the thousand: the common shapes pass without the full check (day <= 28 is in
        # every month).
        if not ((year is None or (type(year) is int and 1 <= year <= 9999))
                and (month is None or (type(month) is int and 1 <= month <= 12))
                and (day is None or (type(day) is int and 1 <= day <= 28 and month is not None))):
            _check_date_parts("a dateline", year, month, day)

    @property
    def date(self) -> dt.date | None:
        """The full date, when year, month and day are all known."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    @property
    def partial_date(self) -> PartialDate | None:
        """The date at whatever precision the dateline gives (``None`` without a year)."""
        if self.year is None:
            return None
        if self.month is None:
            return PartialDate(self.year)
        return PartialDate(self.year, self.month, self.day)


@attrs.frozen
class Anniversary:
    """``the 30th anniversary of the establishment of ...`` in a 2026 story.

    ``year`` is the year the anniversary falls in; ``base_year`` the year of the
    event commemorated. ``subject`` is the text of what is commemorated and
    ``event`` its kind (``establishment``, ``signing``, ``victory`` ...).
    """

    span: Span = field(validator=instance_of(Span))
    ordinal: int | None = field(default=None, validator=optional(int_in(1)))
    subject: str | None = field(default=None, validator=_opt_str)
    subject_span: Span | None = field(default=None, validator=optional(instance_of(Span)))
    event: str | None = field(default=None, validator=_opt_str)
    year: int | None = field(default=None, validator=optional(int_in(1, 9999)))
    base_year: int | None = field(default=None, validator=optional(int_in(1, 9999)))
    year_source: str | None = field(default=None, validator=_opt_str)
    # Why ``year``, ``base_year`` or ``ordinal`` is left unset: a year the model cannot hold, digits not 0-9.
    notes: tuple[Note, ...] = field(default=(), validator=_fact_notes)

    @base_year.validator
    def _check_base(self, _attribute: attrs.Attribute[int | None], value: int | None) -> None:
        if None not in (self.ordinal, self.year, value) and value != self.year - self.ordinal:  # type: ignore[operator]
            raise ModelError(
                f"base_year {value} is not year {self.year} minus ordinal {self.ordinal}"
            )


@attrs.frozen(weakref_slot=False)  # one per date of a text: as Span, 16 bytes less each
class DateMention:
    """A date expression in running text and the date it resolves to.

    ``kind`` is the phrase class (``weekday``, ``month_day``, ``month``,
    ``month_year``, ``year_word``, ``deictic_day``, ``explicit``, ``year``).
    """

    span: Span
    text: str
    date: PartialDate
    kind: str

    # Made once per date in every article: one check, not four validator calls.
    def __attrs_post_init__(self) -> None:
        if type(self.span) is not Span or type(self.date) is not PartialDate:
            raise ModelError(f"a date mention needs a Span and a PartialDate, got {self.span!r}, {self.date!r}")
        if type(self.text) is not str or type(self.kind) is not str:
            raise ModelError(f"a date mention's text and kind are str, got {self.text!r}, {self.kind!r}")
        if len(self.text) != self.span.end - self.span.start:
            raise ModelError(f"a date mention's span {self.span} does not fit its text {self.text!r}")


# --- article-level facts ----------------------------------------------------


@attrs.frozen
class Identity:
    """Who a leader is: one person of the shipped office-holder table, in the spell of the story's date.

    ``id`` is stable across stories: the person's Wikidata QID (``Q7747``) where the table's sources link
    one, else ``archigos:<leadid>`` (Archigos 4.1's person key) or ``hand:<Name>`` (the hand-written lists);
    ``office`` is ``head_of_state``, ``head_of_government``, ``foreign_minister``, ``leader`` (Archigos's
    effective ruler) or None; ``country`` is the state served in that spell, former states
    by their own codes (``SU`` for Gorbachev); ``start``/``end`` are ISO dates or years (``end`` None while
    in office as far as the table knows).
    """

    id: str = field(validator=[instance_of(str), _non_empty])
    name: str = field(validator=[instance_of(str), _non_empty])
    office: str | None = field(default=None, validator=_opt_str)
    country: str | None = field(default=None, validator=_country_code)
    start: str | None = field(default=None, validator=_opt_str)
    end: str | None = field(default=None, validator=_opt_str)


@attrs.frozen
class Leader:
    """A person acting for a state or organisation: ``Russian President Vladimir Putin``.

    ``mentions`` holds the span of every mention, the full one first; later
    mentions by family name (``Putin``, ``Xi``) are merged into it.
    ``country_inferred`` is true when the country was taken from the dateline
    rather than read in the title.
    ``identity`` is the person of the office-holder table the name stands for
    on the story's date, when the table knows them.
    """

    name: str = field(validator=[instance_of(str), _non_empty])
    mentions: tuple[Span, ...] = field(validator=_tuple_of(Span))
    title: str | None = field(default=None, validator=_opt_str)
    country: str | None = field(default=None, validator=_country_code)
    country_inferred: bool = field(default=False, validator=instance_of(bool))
    organisation: str | None = field(default=None, validator=_opt_str)
    identity: Identity | None = field(default=None, validator=optional(instance_of(Identity)))

    @mentions.validator
    def _check_mentions(self, _attribute: attrs.Attribute[tuple[Span, ...]], value: tuple[Span, ...]) -> None:
        if not value:
            raise ModelError("a leader needs at least one mention")

    @property
    def span(self) -> Span:
        """The first, fullest mention."""
        return self.mentions[0]


@attrs.frozen
class Organisation:
    """An intergovernmental organisation or body: ``Shanghai Cooperation Organization (SCO)``."""

    name: str = field(validator=[instance_of(str), _non_empty])
    mentions: tuple[Span, ...] = field(validator=_tuple_of(Span))
    acronym: str | None = field(default=None, validator=_opt_str)
    founded: int | None = field(default=None, validator=optional(int_in(1, 9999)))

    @mentions.validator
    def _check_mentions(self, _attribute: attrs.Attribute[tuple[Span, ...]], value: tuple[Span, ...]) -> None:
        if not value:
            raise ModelError("an organisation needs at least one mention")

    @property
    def span(self) -> Span:
        return self.mentions[0]


@attrs.frozen
class Agreement:
    """A named instrument: treaty, agreement, memorandum, joint statement, partnership.

    ``date`` is when it was signed or established (``event`` says which), read
    from the text or from a linked anniversary (``date_source``).
    """

    name: str = field(validator=[instance_of(str), _non_empty])
    kind: str = field(validator=instance_of(str))
    span: Span = field(validator=instance_of(Span))
    parties: tuple[str, ...] = field(default=(), validator=[_tuple_of(str), _country_codes])
    date: PartialDate | None = field(default=None, validator=optional(instance_of(PartialDate)))
    event: str | None = field(default=None, validator=_opt_str)
    date_source: str | None = field(default=None, validator=_opt_str)
    # Why ``date`` is left unset when the text gave one: no such day, digits other than 0-9.
    notes: tuple[Note, ...] = field(default=(), validator=_fact_notes)


class MeetingMode(enum.StrEnum):
    """How the participants met."""

    IN_PERSON = "in person"
    VIRTUAL = "virtual"
    PHONE = "phone"


@attrs.frozen
class Meeting:
    """Talks, a call, a summit or a visit, with who, how, where and when.

    ``participants`` are leader names, or ISO country codes when the text names
    only states. ``cameo`` is the CAMEO event code (``040`` consult, ``041``
    phone, ``042``/``043`` visit, ``036`` intent to meet); ``plover_event`` and
    ``plover_mode`` the PLOVER coding. ``end_date`` is the last day of a meeting
    held over several days, when the text gives a range or a duration.
    """

    kind: str = field(validator=[instance_of(str), _non_empty])
    span: Span = field(validator=instance_of(Span))
    mode: MeetingMode = field(default=MeetingMode.IN_PERSON, converter=MeetingMode)
    participants: tuple[str, ...] = field(default=(), validator=_tuple_of(str))
    countries: tuple[str, ...] = field(default=(), validator=[_tuple_of(str), _country_codes])
    date: PartialDate | None = field(default=None, validator=optional(instance_of(PartialDate)))
    date_span: Span | None = field(default=None, validator=optional(instance_of(Span)))
    place: str | None = field(default=None, validator=_opt_str)
    venue: str | None = field(default=None, validator=_opt_str)
    host: str | None = field(default=None, validator=_country_code)
    organisation: str | None = field(default=None, validator=_opt_str)
    future: bool = field(default=False, validator=instance_of(bool))
    cameo: str = field(default="040", validator=instance_of(str))
    plover_event: str = field(default="CONSULT", validator=instance_of(str))
    plover_mode: str | None = field(default=None, validator=_opt_str)
    # The last day when a range or a duration gives one ("Feb. 3-6", "a four-day visit" from a known day).
    end_date: PartialDate | None = field(default=None, validator=optional(instance_of(PartialDate)))


@attrs.frozen
class Article:
    """Everything read from one article, each fact with the spans it came from.

    ``to_dict`` gives JSON-ready data (ISO dates, partial dates at their
    precision); ``from_dict`` is its inverse.
    """

    published: dt.date | None = field(default=None, validator=optional(_plain_date))
    dateline: Dateline | None = field(default=None, validator=optional(instance_of(Dateline)))
    leaders: tuple[Leader, ...] = field(default=(), validator=_tuple_of(Leader))
    organisations: tuple[Organisation, ...] = field(default=(), validator=_tuple_of(Organisation))
    agreements: tuple[Agreement, ...] = field(default=(), validator=_tuple_of(Agreement))
    anniversaries: tuple[Anniversary, ...] = field(default=(), validator=_tuple_of(Anniversary))
    meetings: tuple[Meeting, ...] = field(default=(), validator=_tuple_of(Meeting))
    # Dates the text wrote that the model cannot hold (``Feb. 29, 2023``), which therefore date nothing; each
    # fact carries its own notes.
    notes: tuple[Note, ...] = field(default=(), validator=_tuple_of(Note))
    # 2: leaders carry an identity; 3: notes. Data without a key (versions 1, 2) is read as it is: new fields
    # take defaults.
    schema_version: int = field(default=SCHEMA_VERSION, validator=instance_of(int))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: dicts, lists, strings, numbers and ``None``."""
        out = _unstructure(self)
        assert isinstance(out, dict)
        return out

    def check_spans(self, length: int) -> None:
        """Raise ``ModelError`` naming the first span that reaches past *length*, the read text's length.

        A span is checked against its text only where the text is known: the model holds offsets, not text.

        >>> Article(leaders=(Leader("Xi Jinping", (Span(0, 10),)),)).check_spans(5)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        diplomacy_model.errors.ModelError: $.leaders[0].mentions[0]: span ... ends past the text's 5 characters
        """
        for path, span in _spans_in(self, "$"):
            if span.end > length:
                raise ModelError(f"{path}: span {span} ends past the text's {length} characters")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Inverse of :meth:`to_dict`; raises ``ModelError`` on malformed data."""
        try:
            article: Article = _structure(cls, data)
        except ModelError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
            raise ModelError(f"malformed article data: {exc}") from exc
        return article


def _spans_in(value: object, path: str) -> Iterator[tuple[str, Span]]:
    if isinstance(value, Span):
        yield path, value
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _spans_in(item, f"{path}[{i}]")
    elif attrs.has(type(value)) and not isinstance(value, PartialDate):
        for a in attrs.fields(type(value)):  # type: ignore[arg-type]
            yield from _spans_in(getattr(value, a.name), f"{path}.{a.name}")


# --- plain-data conversion --------------------------------------------------
# Hand-written rather than cattrs so the model keeps to attrs and the standard
# library; the field types here are few and fixed.


def _unstructure(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, Span):
        return [value.start, value.end]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_unstructure(v) for v in value]
    if attrs.has(type(value)):
        return {a.name: _unstructure(getattr(value, a.name)) for a in attrs.fields(type(value))}  # type: ignore[arg-type]
    raise ModelError(f"cannot convert {type(value).__name__} to plain data")


_T = TypeVar("_T")
_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        _HINTS[cls] = hints
    return hints


def _structure(tp: Any, data: Any, path: str = "$") -> Any:
    """Build a *tp* from plain *data*; every refusal is a ``ModelError`` naming the *path* of the bad field."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None:
            return None
        return _structure(args[0], data, path)
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(tp)
        if not isinstance(data, list):
            raise ModelError(f"{path}: expected a list, got {type(data).__name__}")
        return tuple(_structure(item, v, f"{path}[{i}]") for i, v in enumerate(data))
    if tp is Span:
        if not (isinstance(data, list) and len(data) == 2):
            raise ModelError(f"{path}: a span is [start, end], got {_short(data)}")
        return _built(Span, path, data[0], data[1])
    if tp is PartialDate:
        return _built(PartialDate.fromisoformat, path, data)
    if tp is dt.date:
        if not (type(data) is str and _ISO_DATE.fullmatch(data)):
            raise ModelError(f"{path}: expected an ISO date YYYY-MM-DD in ASCII digits, got {_short(data)}")
        return _built(dt.date.fromisoformat, path, data)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _built(tp, path, data)
    if tp in (str, int, bool):
        if type(data) is not tp:
            raise ModelError(f"{path}: expected {tp.__name__}, got {type(data).__name__}")
        return data
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(data, Mapping):
            raise ModelError(f"{path}: expected an object for {tp.__name__}, got {type(data).__name__}")
        hints = _hints(tp)
        known = {a.name for a in attrs.fields(tp)}
        unknown = [k for k in data if k not in known]
        if unknown:
            raise ModelError(f"{path}: unknown fields for {tp.__name__}: {sorted(map(str, unknown))}")
        kwargs = {k: _structure(hints[k], v, f"{path}.{k}") for k, v in data.items()}
        return _built(tp, path, **kwargs)
    raise ModelError(f"{path}: cannot build {tp!r} from plain data")


def _built(make: Callable[..., _T], path: str, *args: Any, **kwargs: Any) -> _T:
    """``make(*args, **kwargs)``, its refusal a ``ModelError`` that names *path*."""
    try:
        return make(*args, **kwargs)
    except (ModelError, TypeError, ValueError, OverflowError) as exc:
        raise ModelError(f"{path}: {exc}") from exc


def _short(data: object) -> str:
    shown = repr(data)
    return shown if len(shown) <= 60 else shown[:57] + "..."
