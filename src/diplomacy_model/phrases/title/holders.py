"""Office holders: who held national office, for which state, from when to when (``office_holders.tsv``).

The table is generated at development time by ``tools/make_office_holders.py`` from Archigos 4.1, Wikidata
(heads of state and government, G20 foreign ministers) and hand-written lists (sources, commits and licences in
``office_holders_sources.tsv``); it is read on first use, never at import. :func:`identify` resolves a
name read in a story, with the story's date, to one person: ``Bush`` in 1990 is George H. W. Bush, in 2003
George W. Bush.
"""

from __future__ import annotations

import array
import datetime as dt
import functools
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from ...errors import ModelError
from ...model import Identity

# The particles of an Arabic or Malay patronymic: the word after one is the father's name.
PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})

__all__ = ["Holder", "full_names", "holders", "identify", "in_office_in"]

# A state and its predecessor under another code: a hand row's RU and Archigos's SU are one line of office.
_LINE = {"SU": "RU", "DD": "DE", "YU": "RS", "CS": "CZ"}
_FAMILY_FIRST = frozenset(("CN", "TW", "KR", "KP", "VN", "SG", "KH", "MN"))
# States whose copy calls a person by the first word of their name, having no family name: Malay, Indonesian and
# Thai names ("Prime Minister Muhyiddin" is Muhyiddin Yassin, "Prime Minister Prayut" Prayut Chan-o-cha).
_GIVEN_NAME_FIRST = frozenset(("MY", "ID", "TH", "BN"))


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
        return _covers(self, date.isoformat())

    def identity(self) -> Identity | None:
        return _identity_of(self)


def spell_covers(start: str, end: str, day: str) -> bool:
    """Whether the ISO *day* falls in a spell from *start* to *end* (``""`` while open), at the precision each
    end gives (a year, or a day)."""
    return day[: len(start)] >= start and (not end or day[: len(end)] <= end)


def _covers(row: Holder, day: str) -> bool:
    """:meth:`Holder.covers` for a date already written ISO: a scan of many rows writes it once."""
    return spell_covers(row.start, row.end, day)


@functools.lru_cache(maxsize=1024)
def _identity_of(row: Holder) -> Identity | None:
    try:
        return Identity(row.id, row.name, row.office or None, row.country, row.start or None, row.end or None)
    except ModelError:  # a code the model does not hold (Archigos writes XK for Kosovo): no one, not a crash
        return None


def _fold_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(folded.replace(".", ". ").replace("-", " ").casefold().split())


_key = functools.lru_cache(maxsize=4096)(_fold_key)  # names read in stories repeat; the table's own are not cached


# A monarch's row is named "<Regnal name> [ordinal] of <Realm>" ("Hussein of Jordan", "Sirajuddin I of Perlis"): the
# regnal name is the one the copy writes ("King Hussein").
_REGNAL_RE = re.compile(r"([a-z]+)(?: [ivx]+)? of ")
# Words a written name may open with before the person's own (Malay and Arab styles): "Tuanku Syed Sirajuddin ...".
_STYLE_WORDS = frozenset(("tuanku", "tengku", "syed", "sultan", "sheikh", "raja", "sayyid", "sharif", "al", "haji",
                          "emir", "king", "queen"))


# A lookup key leads to one row (its number) or to several (a tuple of numbers).
_Rows = int | tuple[int, ...]


class _Index:
    """The table in a compact form: the rows as their UTF-8 lines in one buffer, each parsed when a lookup
    reaches it, and each lookup key mapped to the numbers of its rows. ``Holder`` tuples in dicts of lists
    held 5 MB for 7,800 rows and four lookups; this holds well under half, and grows as slowly with the table."""

    __slots__ = ("by_country", "by_ends", "by_family", "by_name", "by_regnal", "by_squashed", "by_tail", "data",
                 "starts")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.starts = array.array("I")
        by_name: dict[str, list[int]] = {}
        by_family: dict[str, list[int]] = {}
        by_tail: dict[str, list[int]] = {}  # the last two words of longer names: "Hashemi Rafsanjani"
        # Names without their spaces: "Prayut Chan-o-cha" is the table's "Prayut Chan-ocha".
        by_squashed: dict[str, list[int]] = {}
        # The first and last words of longer names: "Jose Manuel Barroso" is "José Manuel Durão Barroso".
        by_ends: dict[str, list[int]] = {}
        by_country: dict[str, list[int]] = {}
        # Monarchs by regnal name ("Hussein"): read with a state only, a crown prince may share it.
        by_regnal: dict[str, list[int]] = {}
        at = 0
        for line in data.decode("utf-8").split("\n"):
            start, at = at, at + len(line.encode("utf-8")) + 1
            if not line or line.startswith(("#", "id\t")):
                continue
            _person, name, aliases, _office, country, _rest = line.split("\t", 5)
            row = len(self.starts)  # one int object per row, shared by every key that leads to it
            self.starts.append(start)
            by_country.setdefault(country, []).append(row)
            keys = {_fold_key(form) for form in (name, *(a for a in aliases.split("|") if a))}
            for key in keys:
                by_name.setdefault(key, []).append(row)
                by_squashed.setdefault(key.replace(" ", ""), []).append(row)
            families = set()
            for key in keys:
                tokens = key.split()
                if len(tokens) > 2:
                    by_tail.setdefault(" ".join(tokens[-2:]), []).append(row)
                    by_ends.setdefault(f"{tokens[0]} {tokens[-1]}", []).append(row)
                regnal = _REGNAL_RE.match(key)
                if regnal is not None and row not in by_regnal.get(regnal.group(1), ()):
                    by_regnal.setdefault(regnal.group(1), []).append(row)  # "King Hussein": "Hussein of Jordan"
                # a patronymic's short form is the given name ("King Salman"), not the father's after "bin"
                families.add(tokens[0] if len(tokens) > 2 and tokens[1] in PATRONYMIC else tokens[-1])
                if country in _FAMILY_FIRST or country in _GIVEN_NAME_FIRST or country == "JP":
                    families.add(tokens[0])
            for family in families:
                by_family.setdefault(family, []).append(row)

        def packed(table: dict[str, list[int]]) -> dict[str, _Rows]:
            return {key: rows[0] if len(rows) == 1 else tuple(rows) for key, rows in table.items()}

        self.by_name = packed(by_name)
        self.by_family = packed(by_family)
        self.by_tail = packed(by_tail)
        self.by_squashed = packed(by_squashed)
        self.by_ends = packed(by_ends)
        self.by_country = packed(by_country)
        self.by_regnal = packed(by_regnal)

    def __len__(self) -> int:
        return len(self.starts)

    def row(self, number: int) -> Holder:
        """Row *number* of the table, parsed."""
        at = self.starts[number]
        stop = self.data.find(b"\n", at)
        line = self.data[at : stop if stop >= 0 else len(self.data)].decode("utf-8")
        person, name, aliases, office, country, start, end, source = line.split("\t")
        return Holder(person, name, tuple(a for a in aliases.split("|") if a), office, country, start, end, source)

    def rows(self, found: _Rows | None) -> list[Holder]:
        """The rows a lookup found (none: ``None``)."""
        if found is None:
            return []
        if isinstance(found, int):
            return [_row(found)]
        return [_row(number) for number in found]


@functools.cache
def _index() -> _Index:
    with open(Path(__file__).with_name("office_holders.tsv"), "rb") as handle:
        return _Index(handle.read())


@functools.lru_cache(maxsize=2048)
def _row(number: int) -> Holder:
    return _index().row(number)


def holders() -> tuple[Holder, ...]:
    """Every row of the table, in its order.

    >>> len(holders()) > 2000
    True
    """
    index = _index()
    return tuple(index.row(number) for number in range(len(index)))


@functools.cache
def _spells() -> dict[str, str]:
    """Every full name (and alias of two words or more) of the table, with the spells of the rows that give it,
    each ``start<TAB>end``, joined by newlines: read once, so that a story of a new year parses no row. One string
    a name, where a tuple of tuples of two strings held three times the memory (issue #9)."""
    spells: dict[str, str] = {}
    index = _index()
    for number in range(len(index)):  # row by row: no tuple of every parsed row at once
        row = index.row(number)
        spell = f"{row.start}\t{row.end}"
        for form in (row.name, *row.aliases):
            if " " in form:
                known = spells.get(form)
                spells[form] = spell if known is None else f"{known}\n{spell}"
    return spells


def full_names() -> frozenset[str]:
    """The full names (and aliases of two words or more) of everyone the table holds, in any year. Built at each
    call, not kept: its callers keep what they make of it, and a kept copy of :func:`_spells`'s keys held 0.25 MB.

    >>> "Boris Yeltsin" in full_names()
    True
    """
    return frozenset(_spells())


def in_office_in(name: str, year: int) -> bool:
    """Whether the table has *name* (a full name, or an alias of two words or more) in office in *year*.

    >>> in_office_in("Boris Yeltsin", 1995), in_office_in("Boris Yeltsin", 2020)
    (True, False)
    """
    first, last = f"{year:04d}", f"{year:04d}-12-31"
    spells = _spells().get(name)
    if spells is None:
        return False
    for spell in spells.split("\n"):
        start, _tab, end = spell.partition("\t")
        if start[:4] <= first and (not end or end >= first) and start <= last:
            return True
    return False


def _same_state(row: Holder, country: str | None) -> bool:
    return country is None or _LINE.get(row.country, row.country) == _LINE.get(country, country)


# Which spell names the office when a person holds several on the story's date: the formal offices before
# Archigos's "effective ruler" (Putin in 2015 is head of state, as well as Russia's ruler).
_OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "leader": 3}


def _one(rows: list[Holder], date: dt.date | None) -> Identity | None:
    if len({row.id for row in rows}) != 1:
        # A row of known_leaders.tsv the generator could not link is the hand copy of a sourced row of the same
        # state: "Akbar Hashemi Rafsanjani" (hand) beside Wikidata's "Ali Akbar Hashemi Rafsanjani".
        sourced = [row for row in rows if row.source != "known_leaders.tsv"]
        countries = {row.country for row in sourced}
        if len({row.id for row in sourced}) != 1 or any(row.country not in countries for row in rows):
            return None
        rows = sourced
    current = [row for row in rows if date is not None and row.covers(date)]
    best = min(current, key=lambda row: _OFFICE_RANK.get(row.office, 4)) if current else rows[0]
    return best.identity()


def _spelt_otherwise(index: _Index, key: str, country: str | None) -> list[Holder]:
    """Rows whose name is *key* written without its spaces or hyphens, or with middle names left out."""
    rows = [row for row in index.rows(index.by_squashed.get(key.replace(" ", ""))) if _same_state(row, country)]
    if rows:
        return rows
    tokens = key.split()
    return [row for row in index.rows(index.by_ends.get(f"{tokens[0]} {tokens[-1]}")) if _same_state(row, country)
            and any(set(tokens) <= set(form.split()) for form in map(_key, (row.name, *row.aliases)))]


def _in_office_like(index: _Index, key: str, country: str, date: dt.date) -> list[Holder]:
    """The rows of *country* in office on *date* whose name is *key* misspelt by a letter or two (``Suleymen
    Demirel``, ``Taro Asao``) or whose regnal or one name opens it (``Tuanku Syed Sirajuddin ...`` is ``Sirajuddin I
    of Perlis``, ``Abdullah Sultan Ahmad Shah`` is ``Tengku Abdullah``). Only the few holders of that day are
    compared, so a misspelling never reaches another year's."""
    tokens = key.split()
    own = next((token for token in tokens if token not in _STYLE_WORDS), "")
    budget = 2 if len(key) >= 12 else 1
    found = []
    for row, forms in _holders_on(index, country, date):
        regnal = _REGNAL_RE.match(forms[0])
        styled = [token for token in forms[0].split() if token not in _STYLE_WORDS]
        if (regnal is not None and regnal.group(1) == own) or styled == [own] or any(
                len(form.split()) == len(tokens) and _within(form, key, budget) for form in forms) or any(
                _short_form(tokens, form.split()) for form in forms):
            found.append(row)
    return found


# Given names and the short forms copy writes for them (Greek, Spanish, English): "Costas Caramanlis" is the table's
# "Konstantinos Karamanlis". Compared with k for c ("Kostas", "Costas").
_SHORT_FORMS = {short.replace("c", "k"): full.replace("c", "k") for short, full in (
    ("kostas", "konstantinos"), ("kostis", "konstantinos"), ("giorgos", "georgios"), ("yiorgos", "georgios"),
    ("nikos", "nikolaos"), ("panos", "panagiotis"), ("pepe", "jose"), ("paco", "francisco"), ("tony", "anthony"),
    ("bill", "william"), ("bob", "robert"), ("jim", "james"), ("joe", "joseph"), ("mike", "michael"),
    ("dick", "richard"), ("ted", "edward"))}


def _short_form(written: list[str], table: list[str]) -> bool:
    """``Costas Caramanlis`` for ``Konstantinos Karamanlis``: two words, the family name a letter off at most and
    the given name its usual short form (c and k read alike)."""
    if len(written) != 2 or len(table) != 2:
        return False
    given, family = (word.replace("c", "k") for word in written)
    return _SHORT_FORMS.get(given) == table[0].replace("c", "k") and _within(family, table[1].replace("c", "k"), 1)


@functools.lru_cache(maxsize=256)
def _holders_on(index: _Index, country: str, date: dt.date) -> tuple[tuple[Holder, tuple[str, ...]], ...]:
    """The rows of *country* (and of its predecessor under another code) in office on *date*, with their name
    keys: a story asks for the same day and the same few states again and again."""
    line = _LINE.get(country, country)
    day = date.isoformat()
    return tuple((row, tuple(_key(form) for form in (row.name, *row.aliases)))
                 for code in {line, *(old for old, new in _LINE.items() if new == line)}
                 for row in index.rows(index.by_country.get(code)) if _covers(row, day))


def _within(a: str, b: str, budget: int) -> bool:
    """Whether *a* and *b* are at most *budget* edits apart (insertions, deletions, substitutions)."""
    if abs(len(a) - len(b)) > budget:
        return False
    if len(set(a).symmetric_difference(b)) > 2 * budget:
        return False  # each edit changes the set of letters by two at most: most names fail here, in C
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        if min(current) > budget:
            return False
        previous = current
    return previous[-1] <= budget


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
    return _identify(name, country, date)


@functools.lru_cache(maxsize=4096)
def _identify(name: str, country: str | None, date: dt.date | None) -> Identity | None:
    """:func:`identify`, remembered: a story asks for the same few names, states and day again and again."""
    index = _index()
    key = _key(name)
    if " " in key:
        rows = [row for row in index.rows(index.by_name.get(key)) if _same_state(row, country)]
        if date is not None and rows:
            dated = [row for row in rows if row.covers(date)]
            rows = dated or rows  # a person is who they are in any year; the spell is the one of that date
        if rows:
            return _one(rows, date)
        rows = [row for row in index.rows(index.by_tail.get(key)) if _same_state(row, country)
                and (date is None or row.covers(date))]
        if rows:
            return _one(rows, date)
        rows = _spelt_otherwise(index, key, country)
        if rows:
            return _one(rows, date)
        if date is not None and country is not None:
            rows = _in_office_like(index, key, country, date)
            if rows:
                return _one(rows, date)
        # "Jimmy Carter" where Archigos writes "Carter": the family name, in office that day, in that state.
        key = key.split()[0] if key.split()[0] in index.by_family and country in _FAMILY_FIRST else key.split()[-1]
        if date is None or country is None:
            return None
        rows = [row for row in index.rows(index.by_family.get(key)) if " " not in row.name and _same_state(row, country)
                and row.covers(date)]
        return _one(rows, date) if rows else None
    if date is None:
        return None
    rows = [row for row in index.rows(index.by_family.get(key)) if _same_state(row, country) and row.covers(date)]
    if not rows and country is not None:
        rows = [row for row in index.rows(index.by_regnal.get(key)) if _same_state(row, country) and row.covers(date)]
    return _one(rows, date) if rows else None
