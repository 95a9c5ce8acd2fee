"""Office holders: who held national office, for which state, from when to when (``office_holders.tsv``).

The table is generated at development time by ``tools/make_office_holders.py`` from Archigos 4.1, Wikidata
(heads of state and government, G20 foreign ministers) and hand-written lists (sources, commits and licences in
``office_holders_sources.tsv``); it is read on first use, never at import. :func:`identify` resolves a
name read in a story, with the story's date, to one person: ``Bush`` in 1990 is George H. W. Bush, in 2003
George W. Bush.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from pathlib import Path
from typing import NamedTuple

from ...model import Identity

__all__ = ["Holder", "holders", "identify"]

# A state and its predecessor under another code: a hand row's RU and Archigos's SU are one line of office.
_LINE = {"SU": "RU", "DD": "DE", "YU": "RS", "CS": "CZ"}
_FAMILY_FIRST = frozenset(("CN", "TW", "KR", "KP", "VN", "SG", "KH", "MN"))


class Holder(NamedTuple):
    """One spell in office: a row of ``office_holders.tsv``."""

    id: str
    name: str
    aliases: tuple[str, ...]
    office: str
    country: str
    start: str  # "1998-10-27" or "1998"
    end: str  # "" while in office (as far as the source knows)
    source: str

    def covers(self, date: dt.date) -> bool:
        """Whether *date* falls in this spell, at the precision the row gives (a year, or a day)."""
        day = date.isoformat()
        return day[: len(self.start)] >= self.start and (not self.end or day[: len(self.end)] <= self.end)

    def identity(self) -> Identity:
        return _identity_of(self)


@functools.lru_cache(maxsize=1024)
def _identity_of(row: Holder) -> Identity:
    return Identity(row.id, row.name, row.office or None, row.country, row.start or None, row.end or None)


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.replace(".", ". ").replace("-", " ").casefold().split())


class _Index:
    __slots__ = ("by_family", "by_name", "by_tail", "rows")

    def __init__(self, rows: list[Holder]) -> None:
        self.rows = rows
        self.by_name: dict[str, list[Holder]] = {}
        self.by_family: dict[str, list[Holder]] = {}
        self.by_tail: dict[str, list[Holder]] = {}  # the last two words of longer names: "Hashemi Rafsanjani"
        for row in rows:
            keys = {_key(form) for form in (row.name, *row.aliases)}
            for key in keys:
                self.by_name.setdefault(key, []).append(row)
            families = set()
            for key in keys:
                tokens = key.split()
                if len(tokens) > 2:
                    self.by_tail.setdefault(" ".join(tokens[-2:]), []).append(row)
                families.add(tokens[-1])
                if row.country in _FAMILY_FIRST or row.country == "JP":
                    families.add(tokens[0])
            for family in families:
                self.by_family.setdefault(family, []).append(row)


@functools.cache
def _index() -> _Index:
    rows = []
    # A person, office, country, date or source repeats from row to row: one string each (2 MB less).
    shared: dict[str, str] = {}
    for line in Path(__file__).with_name("office_holders.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "id\t")):
            continue
        person, name, aliases, office, country, start, end, source = (
            shared.setdefault(field, field) for field in line.split("\t"))
        rows.append(Holder(person, name, tuple(a for a in aliases.split("|") if a), office, country, start, end,
                           source))
    return _Index(rows)


def holders() -> tuple[Holder, ...]:
    """Every row of the table, in its order.

    >>> len(holders()) > 2000
    True
    """
    return tuple(_index().rows)


def _same_state(row: Holder, country: str | None) -> bool:
    return country is None or _LINE.get(row.country, row.country) == _LINE.get(country, country)


# Which spell names the office when a person holds several on the story's date: the formal offices before
# Archigos's "effective ruler" (Putin in 2015 is head of state, as well as Russia's ruler).
_OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "leader": 3}


def _one(rows: list[Holder], date: dt.date | None) -> Identity | None:
    if len({row.id for row in rows}) != 1:
        return None
    current = [row for row in rows if date is not None and row.covers(date)]
    best = min(current, key=lambda row: _OFFICE_RANK.get(row.office, 4)) if current else rows[0]
    return best.identity()


def identify(name: str, *, country: str | None = None, date: dt.date | None = None) -> Identity | None:
    """The one office holder *name* stands for in a story of *date* naming *country*, or ``None``.

    A full name (or an alias: ``Abe Shinzo``, ``Gerhard Schroeder``) is enough when the table has one person
    by it; a family name alone (``Bush``) needs the date and is resolved among those in office then. A
    *country* read in the text narrows the choice. None when no one, or more than one person, fits.

    >>> identify("Bush", country="US", date=dt.date(1990, 8, 15)).name
    'George H. W. Bush'
    >>> identify("Bush", country="US", date=dt.date(2003, 3, 20)).name
    'George W. Bush'
    >>> identify("Gorbachev", date=dt.date(1987, 12, 8)).country
    'SU'
    >>> identify("Bush") is None
    True
    """
    index = _index()
    key = _key(name)
    if " " in key:
        rows = [row for row in index.by_name.get(key, ()) if _same_state(row, country)]
        if date is not None and rows:
            dated = [row for row in rows if row.covers(date)]
            rows = dated or rows  # a person is who they are in any year; the spell is the one of that date
        if rows:
            return _one(rows, date)
        rows = [row for row in index.by_tail.get(key, ()) if _same_state(row, country)
                and (date is None or row.covers(date))]
        if rows:
            return _one(rows, date)
        # "Jimmy Carter" where Archigos writes "Carter": the family name, in office that day, in that state.
        key = key.split()[0] if key.split()[0] in index.by_family and country in _FAMILY_FIRST else key.split()[-1]
        if date is None or country is None:
            return None
        rows = [row for row in index.by_family.get(key, ()) if " " not in row.name and _same_state(row, country)
                and row.covers(date)]
        return _one(rows, date) if rows else None
    if date is None:
        return None
    rows = [row for row in index.by_family.get(key, ()) if _same_state(row, country) and row.covers(date)]
    return _one(rows, date) if rows else None
