"""Countries: names, wire-style and historical aliases, demonyms, capitals and cities.

Every lookup is case-insensitive and an O(1) dict lookup. The table
(``countries.tsv`` beside this module) is read on the first call, never at
import, and cached for the life of the process.

Forms are normalised before lookup: case is folded, runs of white space become
one space, curly apostrophes become straight ones, and a leading ``the`` is
dropped (``the Philippines``, ``the People's Republic of China``).

Deliberate choices where a surface form could mean more than one thing:

* ``Georgia`` is the country GE. The US state of the same name clashes; callers
  that see ``Atlanta, Georgia`` must decide from context.
* ``Congo`` is the Republic of the Congo (CG, its ISO short name); ``DR Congo``,
  ``DRC`` and ``Zaire`` are CD. The demonym ``Congolese`` is CD, the larger state.
* ``Dominican`` is the Dominican Republic (DO), not Dominica (DM).
* ``Korean`` alone is in no table: it names neither Korea reliably.
* ``Chinese`` is CN, not Hong Kong or Macao.
* Former states keep their own ISO 3166-3 codes: ``Soviet Union``/``USSR``/``Soviet`` -> SU,
  ``East Germany``/``East German`` -> DD, ``Yugoslavia`` -> YU, ``Czechoslovakia`` -> CS. Renamed
  states map to today's code: ``West Germany`` -> DE, ``Zaire`` -> CD, ``Burma`` -> MM. Cities stay
  with today's state; :func:`state_on` gives the state a code stood for on a date (RU in 1987 is SU).
* Cities shared by several countries keep the capital (``Tripoli`` -> LY,
  ``Kingston`` -> JM) or are left out (``Hamilton``, ``Victoria``, ``Portland`` ...).
* Some names are also ordinary words or given names (``Chad``, ``Jordan``,
  ``Turkey``, ``China``, ``Niger``, ``Jersey``), and lookups fold case, so
  ``us`` is ``US``: callers that scan running text should match the forms
  case-sensitively (an alternation over :func:`country_names`) and look up only
  what matched.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..errors import ModelError, require_text

__all__ = [
    "CountryCodes",
    "UnknownCountryError",
    "city_names",
    "codes",
    "country_codes",
    "country_name",
    "country_names",
    "demonyms",
    "is_capital",
    "is_capital_of",
    "lookup_city",
    "lookup_country",
    "lookup_demonym",
    "state_on",
]


class _Tables:
    """The parsed table: one dict per kind of form, keyed by normalised form."""

    __slots__ = ("capitals", "cities", "countries", "demonyms", "names")

    def __init__(self, text: str) -> None:
        self.names: dict[str, str] = {}  # code -> short common name
        self.countries: dict[str, tuple[str, str]] = {}  # key -> (code, form)
        self.demonyms: dict[str, tuple[str, str]] = {}
        self.cities: dict[str, tuple[str, str]] = {}
        self.capitals: dict[str, set[str]] = {}  # key of a capital city -> the codes it is the capital of
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            kind, code, form = line.split("\t")
            key = _key(form)
            if kind == "name":
                self.names.setdefault(code, form)
                self.countries.setdefault(key, (code, form))
            elif kind == "alias":
                self.countries.setdefault(key, (code, form))
            elif kind == "demonym":
                self.demonyms.setdefault(key, (code, form))
            elif kind in ("capital", "city"):
                self.cities.setdefault(key, (code, form))
                if kind == "capital":
                    self.capitals.setdefault(key, set()).add(code)
            else:
                raise ModelError(f"countries.tsv: unknown kind {kind!r} in line {line!r}")


_TABLES: _Tables | None = None
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _key(form: str) -> str:
    key = " ".join(form.translate(_APOSTROPHES).split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    return key


def _tables() -> _Tables:
    global _TABLES  # noqa: PLW0603 - a lazily filled, process-wide cache
    if _TABLES is None:
        from importlib import resources  # noqa: PLC0415 - costs ~15 ms; paid on first lookup, not at import

        text = resources.files(__package__ or "diplomacy_model.gazetteer").joinpath("countries.tsv").read_text(
            encoding="utf-8"
        )
        _TABLES = _Tables(text)
    return _TABLES


def lookup_country(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code a country name stands for, or ``None``.

    Short, official, wire-style and historical names are all known.

    >>> lookup_country("the People's Republic of China")
    'CN'
    >>> lookup_country("U.S."), lookup_country("West Germany"), lookup_country("Atlantis")
    ('US', 'DE', None)
    """
    hit = _tables().countries.get(_key(require_text(name, "lookup_country")))
    return hit[0] if hit else None


def lookup_demonym(word: str) -> str | None:
    """The country code a demonym or national adjective points to, or ``None``.

    >>> lookup_demonym("Russian"), lookup_demonym("South Korean"), lookup_demonym("Emirati")
    ('RU', 'KR', 'AE')
    """
    hit = _tables().demonyms.get(_key(require_text(word, "lookup_demonym")))
    return hit[0] if hit else None


def lookup_city(name: str) -> str | None:
    """The country a capital or major city lies in, or ``None``.

    >>> lookup_city("Beijing"), lookup_city("SHENZHEN"), lookup_city("Geneva")
    ('CN', 'CN', 'CH')
    """
    hit = _tables().cities.get(_key(require_text(name, "lookup_city")))
    return hit[0] if hit else None


def is_capital(city: str) -> bool:
    """Whether *city* is a national capital (seat of government) in the table.

    >>> is_capital("Moscow"), is_capital("Shanghai")
    (True, False)
    """
    return _key(require_text(city, "is_capital")) in _tables().capitals


def is_capital_of(city: str, code: str) -> bool:
    """Whether *city* is the national capital of the country *code* (``Victoria`` is the Seychelles', not
    Canada's).

    >>> is_capital_of("Victoria", "SC"), is_capital_of("Victoria", "CA"), is_capital_of("London", "GB")
    (True, False, True)
    """
    return code in _tables().capitals.get(_key(require_text(city, "is_capital_of")), ())


class UnknownCountryError(ModelError):
    """A country code that is not in the table."""


def country_name(code: str) -> str:
    """The short common name of a country code; inverse of :func:`lookup_country` on codes.

    >>> country_name("CN"), country_name("kr")
    ('China', 'South Korea')
    >>> country_name("ZZ")
    Traceback (most recent call last):
    ...
    diplomacy_model.gazetteer.countries.UnknownCountryError: unknown ISO 3166-1 alpha-2 code: 'ZZ'
    """
    name = _tables().names.get(require_text(code, "country_name").upper())
    if name is None:
        raise UnknownCountryError(f"unknown ISO 3166-1 alpha-2 code: {code!r}")
    return name


def country_names() -> tuple[str, ...]:
    """Every country surface form (names and aliases) as written in the table.

    Meant for building a regex alternation with ``_lexicon.words_pattern``.

    >>> "Soviet Union" in country_names()
    True
    """
    return tuple(form for _code, form in _tables().countries.values())


def demonyms() -> tuple[str, ...]:
    """Every demonym and national adjective as written in the table.

    >>> "Chinese" in demonyms()
    True
    """
    return tuple(form for _code, form in _tables().demonyms.values())


def city_names() -> tuple[str, ...]:
    """Every capital and city name as written in the table.

    >>> "Vladivostok" in city_names()
    True
    """
    return tuple(form for _code, form in _tables().cities.values())


def country_codes() -> tuple[str, ...]:
    """Every country code in the table, sorted.

    >>> len(country_codes()) > 240
    True
    """
    return tuple(sorted(_tables().names))




class CountryCodes(NamedTuple):
    """The codes event-data users join on, for one state (``countries_codes.tsv``).

    ``cow``/``gw`` are the Correlates of War and Gleditsch-Ward numbers as text (empty for territories
    neither system lists); ``kind`` is ``state`` or ``former-state``, the latter with ``start``/``end``.
    """

    iso2: str
    iso3: str
    cow: str
    cow_abb: str
    gw: str
    kind: str
    start: str
    end: str
    name: str


_CODES: dict[str, CountryCodes] | None = None


def _codes() -> dict[str, CountryCodes]:
    global _CODES  # noqa: PLW0603 - a lazily filled, process-wide cache
    if _CODES is None:
        from importlib import resources  # noqa: PLC0415 - paid on first lookup, not at import

        text = resources.files(__package__ or "diplomacy_model.gazetteer").joinpath("countries_codes.tsv").read_text(
            encoding="utf-8"
        )
        table = {}
        for line in text.splitlines():
            if line and not line.startswith(("#", "iso2\t")):
                row = CountryCodes(*line.split("\t"))
                table[row.iso2] = row
        _CODES = table
    return _CODES


def codes(code: str) -> CountryCodes:
    """ISO alpha-3, Correlates of War and Gleditsch-Ward codes of an ISO alpha-2 code.

    >>> codes("DE").iso3, codes("DE").cow, codes("DE").gw
    ('DEU', '255', '260')
    >>> codes("SU")[:6]
    ('SU', 'SUN', '365', 'RUS', '365', 'former-state')
    """
    row = _codes().get(require_text(code, "codes").upper())
    if row is None:
        raise UnknownCountryError(f"unknown ISO 3166-1 alpha-2 code: {code!r}")
    return row


# Today's states that were part of a former one, and the last day they were: (former code, last day).
_PART_OF: dict[str, tuple[str, dt.date]] = {
    **dict.fromkeys(("RU", "UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "KG", "TJ", "TM", "UZ"),
                    ("SU", dt.date(1991, 12, 25))),
    "RS": ("YU", dt.date(2003, 2, 4)), "ME": ("YU", dt.date(2003, 2, 4)), "XK": ("YU", dt.date(2003, 2, 4)),
    "HR": ("YU", dt.date(1991, 6, 24)), "SI": ("YU", dt.date(1991, 6, 24)), "MK": ("YU", dt.date(1991, 9, 7)),
    "BA": ("YU", dt.date(1992, 3, 2)),
    "CZ": ("CS", dt.date(1992, 12, 31)), "SK": ("CS", dt.date(1992, 12, 31)),
}
_FORMER_START = {"SU": dt.date(1922, 12, 30), "YU": dt.date(1918, 12, 1), "CS": dt.date(1918, 10, 28)}


def state_on(code: str, date: dt.date) -> str:
    """The state *code* stood for on *date*: a city of today's Russia was in the Soviet Union in 1987.

    East Germany (DD) is never derived: a city alone does not say which Germany a story meant.

    >>> state_on("RU", dt.date(1987, 12, 8)), state_on("RU", dt.date(1992, 1, 1)), state_on("SK", dt.date(1990, 5, 1))
    ('SU', 'RU', 'CS')
    """
    part = _PART_OF.get(code)
    if part is None:
        return code
    former, last = part
    return former if _FORMER_START[former] <= date <= last else code
