"""Place names in datelines: city casing, regions (from ``regions.tsv``) and countries (from the gazetteer).

Everything here is a small pure function cached on its input: datelines repeat
the same few hundred places, so the hot path mostly hits the caches. The region
table is read once, on first use, so importing the package stays cheap.
"""

from __future__ import annotations

import functools
import os.path
from typing import NamedTuple

# The city gazetteer's module is small and reads its files on first lookup; imported here, not in each call
# (an import statement costs a microsecond, a tenth of a cold lookup).
from ...gazetteer.cities import City, city_key, lookup_cities, near_cities

__all__ = [
    "AGENCY_HOME",
    "city_case",
    "country_code",
    "country_name",
    "has_place_in",
    "in_region",
    "is_capital_city",
    "is_known_city",
    "is_place_name",
    "place_of",
    "region_country",
    "region_form",
    "region_key",
    "region_name",
    "region_slip",
    "shared_abroad",
    "stands_alone",
]

_REGIONS_PATH = os.path.join(os.path.dirname(__file__), "regions.tsv")  # not pathlib: it costs ms to import

# Particles written in lower case inside a place name ("Rio de Janeiro", "Dar es Salaam").
_PARTICLES = frozenset(
    (
        "de", "da", "do", "dos", "das", "del", "della", "dei", "des", "du", "di", "es", "la", "le", "los", "las",
        "el", "of", "the", "and", "on", "upon", "am", "an", "im", "sur", "en", "y", "au", "aux", "van", "von",
        "der", "den",
    )
)
# Particles kept lower case only when they end in an apostrophe ("Coeur d'Alene").
_APOS_PARTICLES = frozenset(("d", "l"))


# Lower-case articles Arabic names join with a hyphen ("Sharm el-Sheikh", "Ras al-Khaimah").
_HYPHEN_PARTICLES = frozenset(("al", "el", "ad", "ar", "as", "ash", "az", "ech", "ed", "en", "es", "et"))


@functools.lru_cache(maxsize=4096)
def is_place_name(text: str) -> bool:
    """Whether every word of a place as written opens with a capital, lower-case particles aside.

    >>> is_place_name("RIO DE JANEIRO"), is_place_name("Sharm el-Sheikh"), is_place_name("Coeur d'Alene")
    (True, True, True)
    >>> is_place_name("Officials quoted by two agencies")
    False
    """
    for word in text.replace("/", " ").split():
        if not word[0].islower():
            continue
        head = word.split("-", 1)[0]
        if not (head in _PARTICLES or (head != word and head in _HYPHEN_PARTICLES)
                or (len(word) > 2 and word[1] in "'\u2019" and word[0] in _APOS_PARTICLES)):
            return False
    return True


def region_key(text: str) -> str:
    """The lookup key of a region as written: no case, dots or spaces (``"N. Y."`` -> ``"ny"``)."""
    return text.replace(".", "").replace(" ", "").casefold()


@functools.cache
def _all_region_rows() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Region key -> every (full name, country, code) ``regions.tsv`` gives it, in the table's order.

    A few abbreviations name a region in two countries: ``WA`` is Washington and Western Australia,
    ``NT`` the Northwest Territories and the Northern Territory.
    """
    table: dict[str, list[tuple[str, str, str]]] = {}
    with open(_REGIONS_PATH, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            written, name, country, code, *_rest = [*line.rstrip("\n").split("\t"), "", "", ""]
            rows = table.setdefault(region_key(written), [])
            if (name, country, code) not in rows:
                rows.append((name, country, code))
    return {key: tuple(rows) for key, rows in table.items()}


@functools.cache
def _region_rows() -> dict[str, tuple[str, str, str]]:
    """Region key -> (full name, country, code) as ``regions.tsv`` gives them first."""
    return {key: rows[0] for key, rows in _all_region_rows().items()}


@functools.cache
def _regions() -> dict[str, str]:
    return {key: row[0] for key, row in _region_rows().items()}


def region_country(text: str) -> tuple[str, str] | None:
    """The country and code of a region written ``text`` (``"Calif."`` -> ``("US", "CA")``), or ``None``."""
    row = _region_rows().get(region_key(text))
    if row is None or not row[1]:
        return None
    return row[1], row[2]


@functools.cache
def _region_slips() -> dict[str, str]:
    """Region spellings with two neighbouring letters swapped (``Claif.``), mapped to how the table writes them.

    Only keys of four letters or more, and only swaps no other region shares.
    """
    written: dict[str, str] = {}
    with open(_REGIONS_PATH, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                form = line.split("\t", 1)[0]
                written.setdefault(region_key(form), form)
    slips: dict[str, set[str]] = {}
    for key, form in written.items():
        if len(key) >= 4:
            for i in range(len(key) - 1):
                swapped = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
                if swapped != key and swapped not in written:
                    slips.setdefault(swapped, set()).add(form)
    return {k: forms.pop() for k, forms in slips.items() if len(forms) == 1}


@functools.lru_cache(maxsize=4096)
def region_slip(text: str) -> str | None:
    """The region ``text`` misspells by two swapped letters, as the table writes it (``"Claif."`` -> ``"Calif."``)."""
    return _region_slips().get(region_key(text))


@functools.lru_cache(maxsize=4096)
def region_name(text: str) -> str | None:
    """The full name of a region written ``text`` (``"Calif."`` -> ``"California"``), or ``None``."""
    return _regions().get(region_key(text))


def _word_case(word: str, first: bool, last: bool = False) -> str:
    low = word.lower()
    if not first and low in _PARTICLES:
        return low
    if low in ("st", "saint") and not last:
        return "St."
    if low in ("ft", "ft.") and not last:
        return "Fort"
    if low in ("mt", "mt.") and not last:
        return "Mount"
    if low.isalpha() and not low.startswith("mc"):  # most words: no hyphen, apostrophe or "Mc"
        return low[:1].upper() + low[1:]
    out = []
    for k, piece in enumerate(low.split("-")):
        quote = "'" if "'" in piece else ("\u2019" if "\u2019" in piece else "")
        if quote:
            head, _, tail = piece.partition(quote)
            if not first and k == 0 and head in _APOS_PARTICLES:
                out.append(f"{head}{quote}{tail[:1].upper()}{tail[1:]}")
            elif len(head) <= 1:
                out.append(f"{head.upper()}{quote}{tail[:1].upper()}{tail[1:]}")
            else:
                out.append(f"{head[:1].upper()}{head[1:]}{quote}{tail}")
        elif piece.startswith("mc") and len(piece) > 3:
            out.append("Mc" + piece[2].upper() + piece[3:])
        else:
            out.append(piece[:1].upper() + piece[1:])
    return "-".join(out)


@functools.lru_cache(maxsize=8192)
def city_case(text: str) -> str:
    """A city as the model keeps it: title case, particles lower case, ``St.``, ``Fort`` and ``Mount`` spelled alike.

    >>> city_case("RIO DE JANEIRO"), city_case("ST LOUIS"), city_case("COEUR D'ALENE"), city_case("MCLEAN")
    ('Rio de Janeiro', 'St. Louis', "Coeur d'Alene", 'McLean')
    """
    parts = []
    for chunk in text.split("/"):
        words = chunk.split()
        parts.append(" ".join(_word_case(w, j == 0, j == len(words) - 1) for j, w in enumerate(words)))
    return "/".join(parts)


@functools.lru_cache(maxsize=4096)
def region_form(text: str) -> str:
    """A region as written, with shouted capitals calmed (``"MINN."`` -> ``"Minn."``, ``"N.Y."`` kept)."""
    letters = text.replace(".", " ").split()
    if text.isupper() and any(len(w) >= 3 for w in letters):
        return " ".join(_word_case(w, j == 0) for j, w in enumerate(text.split()))
    return text


# Country names datelines write that the country table lacks.
_WIRE_COUNTRIES = {"pr": "PR", "trinidad": "TT", "tobago": "TT"}


@functools.lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """The ISO alpha-2 code of a country named ``text``, from the gazetteer; ``None`` if it is not one."""
    from ...gazetteer.countries import lookup_country  # noqa: PLC0415 - loaded on first use, keeps import fast

    try:
        return _WIRE_COUNTRIES.get(region_key(text)) or lookup_country(text)
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return None


def country_name(code: str) -> str | None:
    """The gazetteer's short name for ``code`` (``"CN"`` -> ``"China"``), or ``None``."""
    from ...gazetteer import countries  # noqa: PLC0415 - loaded on first use, keeps import fast

    try:
        return countries.country_name(code)
    except countries.UnknownCountryError:
        return None


@functools.lru_cache(maxsize=4096)
def is_known_city(text: str) -> bool:
    """Whether ``text`` is a city well enough known to stand alone in a dateline (``TOKYO -``, ``KIEV -``).

    A capital or major city of the country table, or a city of 100,000 people or more in the city gazetteer.
    """
    from ...gazetteer.countries import lookup_city  # noqa: PLC0415 - loaded on first use

    try:
        return lookup_city(text) is not None or any(c.population >= _KNOWN_ALONE for c in lookup_cities(text))
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return False


_KNOWN_ALONE = 100_000
_TOWN = 30_000  # a town in capitals before a dash and a sentence: "FREDERICTON — New Brunswick's legislature"


@functools.lru_cache(maxsize=4096)
def is_town(text: str) -> bool:
    """Whether ``text`` is a town of 30,000 people or more outside the US, by its own name or a wire name.

    Enough for a city in capitals before a dash and a sentence (``CHARLOTTETOWN — P.E.I.'s premier``); a US
    town's name is also a surname or a word (AP writes the state after it anyway).
    """
    try:
        return country_code(text) is None and any(
            c.population >= _TOWN and c.country != "US" and c.kind != "a" for c in lookup_cities(text)
        )
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return False
_BIG_CITY = 1_000_000  # a city in title case before a colon alone: Gulf papers' "Dubai:"


@functools.lru_cache(maxsize=4096)
def stands_alone(written: str, titled: bool = False) -> bool:
    """Whether a city in capitals may make a dateline with nothing but a colon or its line's end after it.

    ``NEW DELHI: India said``, an Anadolu page's ``ANKARA`` on its own line: a
    known city, not a country's name, and not an American city other than the
    capital, whose names are also surnames a transcript prints in capitals
    (``JACKSON: Thank you``). With ``titled``, a city written in title case
    (Gulf papers' ``Dubai:``) will do when it is a national capital or a city of a million people.
    """
    from ...gazetteer.countries import is_capital, lookup_city  # noqa: PLC0415 - loaded on first use

    if len(written) < 3:
        return False
    city = city_case(written)
    if not written.isupper() and not (titled and written == city):
        return False
    try:
        code = country_code(city)
        if not is_known_city(city) or (code is not None and not _city_state(city, code)):
            return False
        if not written.isupper() and not (
            is_capital(city) or any(c.population >= _BIG_CITY for c in lookup_cities(city))
        ):
            return False
        return lookup_city(city) != "US" or is_capital(city)
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return False



def _city_state(name: str, code: str) -> bool:
    """Whether a country's name is its big city's own too (``SINGAPORE: The ministry``), not a label (``CHINA:``)."""
    return any(c.country == code and c.kind != "a" and c.population >= _KNOWN_ALONE for c in lookup_cities(name))


# Written country names that stand for two countries: the city settles which (a town in eastern Congo is CD).
_TWIN_COUNTRIES = {"CG": ("CG", "CD"), "CD": ("CD", "CG"), "KR": ("KR", "KP"), "KP": ("KP", "KR")}
# With no region or country written, a misspelt city is corrected only to a city big enough to stand alone
# in a dateline (AP and Reuters write the state after any other US city).
_STANDS_ALONE = 300_000


class Place(NamedTuple):
    """What the gazetteer makes of a dateline's place."""

    city: str  #: the city as the model keeps it: as written, or the correction of a misspelling
    as_written: str | None  #: the city as written, when it was corrected
    country: str | None  #: the written country, settled when its name stands for two
    place_country: str | None
    source: str | None  #: "text", "gazetteer" or "region"


def _agree(
    candidates: list[tuple[str, City]], country: str | None, region: tuple[str, str] | None, strict: bool = False
) -> list[tuple[str, City]]:
    """The (key, city) candidates in the written country, or in the written region.

    A region agrees through its code (the state) when it has one; with ``strict``
    false, a place of the region's country will do when none of the region's does.
    """
    if country is not None:
        return [kc for kc in candidates if kc[1].country in _TWIN_COUNTRIES.get(country, (country,))]
    if region is not None:
        out = [kc for kc in candidates if kc[1].country == region[0]]
        same_code = [kc for kc in out if kc[1].admin1 == region[1]]
        return same_code if same_code or (strict and region[1]) else out
    return candidates


def _correction(
    city: str, country: str | None, where: tuple[str, str] | None, known: bool
) -> tuple[str, City] | None:
    """The one city ``city`` misspells, by one edit, that agrees with the written region or country.

    With neither written, only a city the gazetteer lacks is corrected, and only to a city big
    enough to stand alone in a dateline: the one such city, or one three times bigger than the next.
    """

    if country is not None or where is not None:
        # Only the cities _agree can keep are searched: the written country's (or its twin's), or the region's
        # state (its country's, when the region has no code).
        if country is not None:
            within = near_cities(city, countries=_TWIN_COUNTRIES.get(country, (country,)))
        else:
            assert where is not None
            within = near_cities(city, countries=(where[0],), admin1=where[1] or None)
        near = _agree([kc for kc in within if not kc[1].alias], country, where, strict=True)
        return near[0] if len({key for key, _c in near}) == 1 else None
    if known:
        return None
    near = list(near_cities(city, min_population=_STANDS_ALONE))
    for pool in ([kc for kc in near if not kc[1].alias], near):
        best: dict[str, tuple[str, City]] = {}
        for key, c in pool:  # most people first: the first entry of a key is its biggest
            best.setdefault(key, (key, c))
        ranked = list(best.values())
        if len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1].population >= 3 * ranked[1][1].population):
            return ranked[0]
        if ranked:
            return None
    return None


# A national agency's bare dateline names a city at home (CP's VICTORIA is British Columbia's, APP's
# HYDERABAD is Sindh's) unless the name's biggest place abroad is a national capital (CP's LONDON), which
# every agency writes bare. A home place smaller than this is not what a bare name means.
_HOME_NAMESAKE = 50_000

#: The home country of national news agencies (global ones, Reuters, AFP, Bloomberg, CNN, are left out).
AGENCY_HOME: dict[str, str] = {
    "CP": "CA", "CNW": "CA", "AP": "US", "UPI": "US", "PTI": "IN", "IANS": "IN", "ANI": "IN", "UNI": "IN",
    "APP": "PK", "PID": "PK", "Kyodo": "JP", "Yonhap": "KR", "TASS": "RU", "ITAR-TASS": "RU", "Interfax": "RU",
    "RIA Novosti": "RU", "Sputnik": "RU", "Xinhua": "CN", "ANSA": "IT", "EFE": "ES", "dpa": "DE",
    "Bernama": "MY", "Antara": "ID", "Anadolu": "TR", "AA": "TR", "KCNA": "KP", "WAM": "AE", "SPA": "SA",
    "IRNA": "IR", "MENA": "EG", "QNA": "QA", "KUNA": "KW", "SANA": "SY", "VNA": "VN", "BSS": "BD", "Petra": "JO",
    "Tanjug": "RS", "BTA": "BG", "CTK": "CZ", "PAP": "PL", "MTI": "HU", "Belga": "BE", "NTB": "NO", "TT": "SE",
    "Prensa Latina": "CU",
}


def _home_namesake(agreeing: list[tuple[str, City]], home: str) -> City | None:
    """The place at home a national agency's bare shared name means, or ``None`` when the biggest place wins."""
    from ...gazetteer.countries import is_capital_of  # noqa: PLC0415 - loaded on first use

    top = agreeing[0][1]
    if top.country == home or is_capital_of(top.name, top.country):
        return None
    # The home place may be named in the agency's own language: ANSA's "ROMA" is Rome, not Roma, Texas.
    return next(
        (c for _key, c in agreeing if c.country == home and c.kind != "w" and c.population >= _HOME_NAMESAKE), None
    )


@functools.lru_cache(maxsize=8192)
def place_of(city: str, region: str | None, country: str | None, home: str | None = None) -> Place:
    """The country a dateline's place is in, and the city a misspelt name means.

    A name several places share is settled by the written country or region, else the
    most populous place wins, unless ``home`` (a national agency's country) has a big enough place of the
    name and the biggest is no national capital. A city the gazetteer lacks is corrected when exactly one
    city one edit away agrees with the written region or country (or, none written, is
    big enough to stand alone in a dateline); otherwise it is kept as written.

    >>> place_of("Paris", "Texas", None).place_country, place_of("Paris", None, None).place_country
    ('US', 'FR')
    >>> place_of("Victoria", None, None).place_country, place_of("Victoria", None, None, "CA").place_country
    ('HK', 'CA')
    >>> place_of("London", None, None, "CA").place_country
    'GB'
    >>> place_of("Naugatuk", "Conn.", None)[:2]
    ('Naugatuck', 'Naugatuk')
    """

    where = region_country(region) if region is not None else None
    try:
        found = [(city, c) for c in lookup_cities(city.split("/", maxsplit=1)[0])]
        if region is not None and len(rows := _all_region_rows().get(region_key(region), ())) > 1:
            # a shared abbreviation: the region that has a place of the name ("PERTH, WA" is Western Australia's)
            where = next(((row[1], row[2]) for row in rows for _, c in found
                          if c.country == row[1] and (c.admin1 == row[2] or c.admin1.isdigit())), where)
        agreeing = _agree(found, country, where, strict=True)
        if not agreeing:
            fixed = _correction(city, country, where, bool(found))
            if fixed is not None:
                key, best = fixed
                name = best.name if not best.alias and city_key(best.name) == key else city_case(key)
                if name != best.name and _agree([(name, c) for c in lookup_cities(name)], country, where)[:1] != [
                    (name, best)
                ]:
                    # The other name also names another place, which reading it back would give ("APUNO":
                    # Pune's other name Puno, but PUNO is Peru's): write the place's own name.
                    name = best.name
                return Place(name, city, country, country or best.country, "text" if country else "gazetteer")
            agreeing = _agree(found, country, where)
        if agreeing:
            settled = agreeing[0][1].country
            if country is None and where is None and home is not None:
                at_home = _home_namesake(agreeing, home)
                if at_home is not None:
                    if at_home.alias:  # the home place's own name: "ROMA" is written, Rome meant
                        return Place(at_home.name, city, None, at_home.country, "gazetteer")
                    settled = at_home.country
            if country is not None:
                return Place(city, None, settled, settled, "text")
            return Place(city, None, None, settled, "gazetteer")
        if not found and country is None and (code := country_code(city)) is not None:
            return Place(city, None, None, code, "gazetteer")  # "KUWAIT, March 3 -"
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        pass
    if country is not None:
        return Place(city, None, country, country, "text")
    if where is not None:
        return Place(city, None, None, where[0], "region")
    return Place(city, None, None, None, None)



_LEAD_NAMESAKE = 20_000  # a place the lead's region settles a bare name to: a town, not a hamlet


@functools.lru_cache(maxsize=4096)
def shared_abroad(city: str) -> bool:
    """Whether towns of like size in several countries share the name ``city``, its biggest no national capital.

    Only such a name, written bare, may be settled by the region its story's lead names (``VICTORIA``).
    """
    from ...gazetteer.countries import is_capital_of  # noqa: PLC0415 - loaded on first use

    try:
        found = [c for c in lookup_cities(city) if c.population >= _LEAD_NAMESAKE and not c.alias]
        top = max(found, key=lambda c: c.population, default=None)
        # a namesake abroad a tenth of the biggest's size or more: Boston, Sydney, Los Angeles are not in doubt
        if top is None or not any(c.country != top.country and 10 * c.population >= top.population for c in found):
            return False
        return not is_capital_of(top.name, top.country)
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return False


@functools.lru_cache(maxsize=4096)
def in_region(city: str, region: str) -> str | None:
    """The country of the town ``city`` in the region named ``region``, or ``None`` if the region has none.

    The region agrees through its code, or through its country where GeoNames numbers the
    country's regions (Pakistan's) and the region table writes letters.
    """
    where = region_country(region)
    if where is None:
        return None
    try:
        for c in lookup_cities(city):
            if (c.country == where[0] and c.population >= _LEAD_NAMESAKE
                    and (c.admin1 == where[1] or c.admin1.isdigit())):
                return c.country
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return None
    return None


@functools.lru_cache(maxsize=4096)
def has_place_in(city: str, country: str) -> bool:
    """Whether the gazetteer has a place named ``city`` in ``country`` (an ISO code)."""
    try:
        return any(c.country == country for c in lookup_cities(city))
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return False


@functools.lru_cache(maxsize=4096)
def is_capital_city(city: str) -> bool:
    """Whether ``city`` is a national capital."""
    from ...gazetteer.countries import is_capital  # noqa: PLC0415 - loaded on first use

    try:
        return is_capital(city)
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return False
