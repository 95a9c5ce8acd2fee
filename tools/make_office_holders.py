"""Generate ``phrases/title/office_holders.tsv``: who held national office, when, for which state.

Run at development time (not at install or import), with git snapshots of the source repositories (the
search tool's ``fetch`` brings them to ``/work/.mirror/<owner>+<name>/repo``)::

    .venv/bin/python tools/make_office_holders.py [--mirror /work/.mirror]

Sources (commits and licences in ``office_holders_sources.tsv`` beside the output, written by this script):

* Archigos 4.1 (Goemans, Gleditsch & Chiozza 2009; version 4.1, 2016): the effective ruler of every state,
  1875-2015, one row per spell, with a person key (``leadid``) and a DBpedia resource for about half of
  them. Read from ``data-raw/leaders/archigos/arch_annual.txt`` of ``globalgov/manystates`` (package licence
  CC BY 4.0; Archigos is distributed freely for research by its authors, cite the paper). Office ``leader``.
* Wikidata's heads of state and government (``head_of_state``, ``head_of_government``): every holder of each
  state's P35/P6 statements and of its P1906/P1313 offices, with QIDs and dates, as queried in September 2025
  in ``data/leaders_history.csv`` of ``cfmessias/geografia`` (Portuguese labels first, so names come from the
  English sources below where they can). Wikidata is CC0 1.0; the repository states no licence of its own,
  and only the facts (person QID, office, state, dates) are taken from it.
* Wikidata's heads of state and government in office from 2021 (English labels, years only): every committed
  version of ``data/wikidata.csv`` in ``every-politician-scrapers/world-leaders-2021`` (2021-2024).
* Wikidata's foreign ministers of the G20 states in office since 2000 (English labels, dates):
  ``html/holders21.csv`` of the ``every-politician-scrapers`` repository of each state that has one.
* ``office_holders_hand.tsv`` beside the output: a hand-written list for what the sources above miss (G20
  foreign ministers 1990-1999 and after the sources end, Soviet heads of state and government, heads after
  2021), each row marked ``hand`` in the output's source column.
* ``known_leaders.tsv`` beside the output: the small hand-checked list the title kind also reads.

Rows derived from these, marked so in the source column after a ``;``: a presidential state's head of state as
its head of government (``PRESIDENTIAL``: states, and years without a prime minister); a parliamentary state's
Archigos ruler as its head of government (``PARLIAMENTARY``); Archigos's ruler as head of state in the years
``RULING_HEADS`` lists (the Wikidata query asked today's states, so it misses former states' items: the Yemen Arab
Republic, Dahomey); and the British monarch as head of state of each Commonwealth realm (``REALMS``).

Rows: ``id`` (the Wikidata QID where a Wikidata source has the person, else ``archigos:<leadid>``, else
``hand:<Name_With_Underscores>``), ``name`` (an English label, else DBpedia's title, else the hand table's full
name, else Archigos's own or Wikidata's Portuguese label), ``aliases`` (``|``-separated: other spellings, an
ASCII form, the other name order for Japanese, Korean, Chinese and Vietnamese names), ``office`` (``leader``,
``head_of_state``, ``head_of_government``, ``foreign_minister``; empty for rows of known_leaders.tsv),
``country`` (ISO 3166-1 alpha-2 at the time: SU, DD, YU, CS for former states), ``start``, ``end`` (ISO dates,
or years where the source is only that precise; ``end`` empty while in office as far as the source knows),
``source``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import subprocess
import unicodedata
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from diplomacy_model.gazetteer.countries import lookup_country

ROOT = Path(__file__).resolve().parents[1]
TITLE = ROOT / "src" / "diplomacy_model" / "phrases" / "title"
CODES = ROOT / "src" / "diplomacy_model" / "gazetteer" / "countries_codes.tsv"
OUT = TITLE / "office_holders.tsv"
SOURCES_OUT = TITLE / "office_holders_sources.tsv"
ARCHIGOS = "data-raw/leaders/archigos/arch_annual.txt"
WIKIDATA_HEADS = "data/leaders_history.csv"
# States whose names are written family name first (in Archigos's and in the press's usage).
FAMILY_FIRST = frozenset(("CN", "TW", "KR", "KP", "VN", "JP", "HU", "KH", "MN", "SG"))
# The G20's states and the every-politician-scrapers repository holding each one's office holders since 2000.
G20_REPOS = {
    "AR": "argentina-ministers", "AU": "australia-cabinet", "BR": "brazil-ministers", "CA": "canada-cabinet",
    "CN": "china-ministers", "FR": "france-cabinet", "DE": "germany-cabinet", "IN": "india-ministers",
    "ID": "indonesia-ministers", "IT": "italy-ministers", "JP": "japan-ministers", "MX": "mexico-ministers",
    "RU": "russia-cabinet", "SA": "saudi-ministers", "ZA": "south-africa-cabinet", "KR": "south-korea-ministers",
    "TR": "turkey-ministers", "GB": "united-kingdom-cabinet", "US": "us-cabinet",
}
G20 = tuple(G20_REPOS)
_FOREIGN_MINISTER = re.compile(
    r"^(?:(?:Federal )?Minister (?:of|for) (?:Europe and )?(?:Foreign|External) (?:Affairs|Relations)"
    r"(?: and [A-Z][\w ]+)?|Foreign Minister|Secretary of State for Foreign(?: and Commonwealth| Commonwealth and"
    r" Development)? Affairs|Minister of International Relations and Cooperation|Secretary of Foreign Affairs"
    r"|Minister of External Affairs)$")
# Claimants Wikidata lists in an office another held in fact: Juan Guaido, Venezuela's "interim president"
# 2019-2023, while Nicolas Maduro governed.
CLAIMANTS = frozenset(("Q58833335",))
# Wikidata labels that name a body, not a person.
_NOT_A_PERSON = re.compile(r"\b(?:Junta|Conselho|Comiss[aã]o|Governo|Triunvirato|Diret[oó]rio|Council)\b")
# English names of heads of state whose Wikidata label in the Portuguese-first source is Portuguese.
EN_NAMES = {
    "Q9682": "Elizabeth II", "Q43274": "Charles III", "Q280856": "George VI", "Q12973": "Leopold III",
    "Q12976": "Baudouin", "Q3911": "Albert II of Belgium", "Q155004": "Philippe of Belgium",
    "Q445553": "Prince Charles, Count of Flanders", "Q1060355": "Simeon II", "Q156617": "Christian X",
    "Q151312": "Frederik IX", "Q102139": "Margrethe II", "Q1004037": "Frederik X", "Q19943": "Juan Carlos I",
    "Q191045": "Felipe VI", "Q57464": "Abdullah II", "Q192780": "Abdullah I", "Q294365": "Talal of Jordan",
    "Q146906": "Hussein of Jordan", "Q217096": "Naruhito", "Q57454": "Hans-Adam II", "Q165674": "Franz Joseph II",
    "Q57537": "Letsie III", "Q544951": "Moshoeshoe II", "Q16004": "Henri, Grand Duke of Luxembourg",
    "Q161319": "Guillaume, Grand Duke of Luxembourg", "Q155608": "Charlotte, Grand Duchess of Luxembourg",
    "Q15988": "Jean, Grand Duke of Luxembourg", "Q57553": "Mohammed VI", "Q193874": "Mohammed V of Morocco",
    "Q69103": "Hassan II", "Q316543": "Louis II of Monaco", "Q185025": "Rainier III", "Q3910": "Albert II of Monaco",
    "Q150747": "Wilhelmina of the Netherlands", "Q154946": "Juliana of the Netherlands",
    "Q29574": "Beatrix of the Netherlands", "Q154952": "Willem-Alexander", "Q154927": "Haakon VII",
    "Q154912": "Olav V", "Q57287": "Harald V", "Q930013": "Michael I of Romania", "Q244206": "Saud of Saudi Arabia",
    "Q217167": "Faisal of Saudi Arabia", "Q208301": "Khalid of Saudi Arabia", "Q183187": "Fahd of Saudi Arabia",
    "Q57298": "Abdullah of Saudi Arabia", "Q52890": "Gustaf V", "Q52878": "Gustaf VI Adolf",
    "Q45068": "Carl XVI Gustaf", "Q57340": "Mswati III", "Q57550": "Abdul Halim of Kedah",
    "Q5244614": "Muhammad V of Kelantan", "Q2657043": "Ibrahim Iskandar of Johor", "Q356026": "Mutesa II of Buganda",
    "Q2604": "Pope Pius XII", "Q23873": "Pope John XXIII", "Q37278": "Pope John Paul I", "Q989": "Pope John Paul II",
    "Q2494": "Pope Benedict XVI", "Q6109517": "Pope Leo XIV", "Q34453": "Boris Yeltsin", "Q23530": "Dmitry Medvedev",
}


# States whose head of state is by their constitution also the head of government, with no separate head of
# government office, in these years (first and last day): the United States' president, not a prime minister.
# Their head of state's spells are also written as head of government spells.
PRESIDENTIAL = {
    "US": [("1946", "2025")], "MX": [("1946", "2025")], "GT": [("1946", "2025")], "HN": [("1946", "2025")],
    "SV": [("1946", "2025")], "NI": [("1946", "2025")], "CR": [("1946", "2025")], "PA": [("1946", "2025")],
    "CO": [("1946", "2025")], "VE": [("1946", "2025")], "EC": [("1946", "2025")], "BO": [("1946", "2025")],
    "CL": [("1946", "2025")], "AR": [("1946", "2025")], "PY": [("1946", "2025")], "DO": [("1946", "2025")],
    "UY": [("1946", "1951"), ("1967", "2025")], "BR": [("1946", "1961-09-07"), ("1963-01-24", "2025")],
    "HT": [("1946", "1987"), ("1988-06-20", "1991-02-06"), ("1997-10-21", "1999-03-25")], "PH": [("1946", "1972"), ("1986-02-25", "2025")], "ID": [("1959-07-09", "2025")],
    "CY": [("1960-08-16", "2025")],
    "AF": [("1973-07-17", "1981-06-10"), ("2001-12-22", "2021-08-15")], "LR": [("1946", "2025")],
    "KE": [("1964-12-12", "2008-04-17"), ("2013-04-09", "2025")], "MW": [("1966-07-06", "2025")],
    "BW": [("1966-09-30", "2025")], "GM": [("1970-04-24", "2025")], "SC": [("1977-06-05", "2025")],
    "ZA": [("1984-09-14", "2025")], "ZW": [("1987-12-31", "2009-02-11"), ("2013-08-22", "2025")],
    "GH": [("1960-07-01", "1966-02-24"), ("1979-09-24", "1981-12-31"), ("1993-01-07", "2025")],
    "NG": [("1979-10-01", "1983-12-31"), ("1999-05-29", "2025")], "SL": [("1978-06-14", "2023-07-12")],
    "MV": [("1975-03-06", "2025")], "SR": [("1988-01-25", "2025")], "TM": [("1991-10-27", "2025")],
    "KM": [("2019-04-01", "2025")], "FM": [("1991", "2025")], "MH": [("1991", "2025")],
    "PW": [("1994", "2025")], "ES": [("1946", "1973-06-08")], "TN": [("1957-07-25", "1969-11-06")],
    # Years without a prime minister, the office abolished or left empty (each state's list of prime ministers
    # on Wikipedia; the next one's first day ends the period).
    "SD": [("1958-11-17", "1964-10-30"), ("1969-10-28", "1976-08-10"), ("1977-09-10", "1985-04-06"),
           ("1989-06-30", "2017-02-28"), ("2019-04-11", "2019-08-20")],
    "BI": [("1966-11-28", "1972-07-14"), ("1973-06-05", "1976-11-11"), ("1978-10-13", "1988-10-18"),
           ("1998-06-12", "2020-06-22")],
    "CD": [("1966-10-25", "1977-07-05"), ("1997-05-17", "2006-12-29")], "CI": [("1960-11-27", "1990-11-06")],
    "UG": [("1966-04-15", "1980-12-17")], "TG": [("1961-04-14", "1991-08-26")], "RW": [("1962-07-01", "1991-10-11")],
    "BT": [("1971-09-21", "1998-06-30")], "ML": [("1960-09-22", "1986-06-05"), ("1988-06-06", "1991-03-26")],
    "ET": [("1974-09-12", "1987-09-09")], "GA": [("1961-02-21", "1975-04-15")],
    "GN": [("1958-10-02", "1972-04-25"), ("1984-12-18", "1996-07-08")],
    "PK": [("1958-10-28", "1971-12-06"), ("1971-12-20", "1973-08-13"), ("1977-07-05", "1985-03-23"),
           ("1988-05-29", "1988-12-01")],
    "QA": [("1972-02-22", "1996-10-28")],  # the Emir was his own prime minister
    "CF": [("1960-08-13", "1975-01-01"), ("1981-09-01", "1991-03-14")], "SO": [("1969-10-21", "1987-01-31")],
    "DZ": [("1963-09-20", "1979-03-07")], "BF": [("1960-08-05", "1971-02-12"), ("1974-02-08", "1978-07-06"),
                                                   ("1983-05-17", "1992-06-15")],
    "BJ": [("1960-08-01", "1964-01-25"), ("1965-12-22", "1990-03-11"), ("1991-04-04", "1996-04-08")],
    "MR": [("1961-05-20", "1979-04-05")], "MZ": [("1975-06-25", "1986-07-16")], "ST": [("1980", "1987")],
    "GQ": [("1968-10-12", "1981")], "GW": [("1984-05-16", "1991-12-26")], "NE": [("1960-11-09", "1983-01-23")],
    "MG": [("1960-06-26", "1972-05-17")], "TD": [("1960-08-11", "1978-08-28")], "TZ": [("1962-12-09", "1972-02-16")],
    "CM": [("1961-10-01", "1975-06-29"), ("1984-01-25", "1991-04-25")], "GE": [("1995-11-26", "2004-02-16")],
    "KH": [("1979-01-07", "1981-06-26")], "YE": [("1946", "1962-09-26")],  # the Imam of Yemen governed himself
    "CG": [("1960-11-21", "1963-08-15"), ("1969-01-01", "1973-08-27"), ("1997-10-25", "2005-01-06"),
           ("2009-09-15", "2016-04-22")],
}
# Parliamentary states, in these years, whose effective ruler in Archigos is the head of government (the prime
# minister, France's President of the Council): their Archigos spells are also written as head of government
# spells where no Wikidata source has that person in that office.
PARLIAMENTARY = {
    "SE": [("1946", "2015")], "FR": [("1946-01-20", "1959-01-07")], "LU": [("1946", "2015")],
    "NL": [("1946", "2015")], "BE": [("1946", "2015")], "DK": [("1946", "2015")], "NO": [("1946", "2015")],
    "IS": [("1946", "2015")], "IE": [("1946", "2015")], "IT": [("1946-07-01", "2015")], "AT": [("1946", "2015")],
    "DE": [("1949-09-15", "2015")], "CA": [("1946", "2015")], "AU": [("1946", "2015")], "NZ": [("1946", "2015")],
    "GB": [("1946", "2015")], "JP": [("1952-04-28", "2015")], "IN": [("1947-08-15", "2015")],
    "IL": [("1948-05-14", "2015")],
    "LK": [("1948-02-04", "1978-02-03")], "LA": [("1954-07-21", "1975-12-01")], "SK": [("1993-01-01", "2015")],
    "TT": [("1962-08-31", "2015")], "PG": [("1975-09-16", "2015")], "MT": [("1964-09-21", "2015")],
    "MY": [("1957-08-31", "2015")], "MU": [("1968-03-12", "2015")], "GH": [("1957-03-06", "1960-06-30")],
    "GM": [("1965-02-18", "1970-04-23")], "NG": [("1960-10-01", "1966-01-15")], "SL": [("1961-04-27", "1971-04-18")],
    "MW": [("1964-07-06", "1966-07-05")], "JM": [("1962-08-06", "2015")], "SB": [("1978-07-07", "2015")],
    "BZ": [("1981-09-21", "2015")], "MV": [("1965-07-26", "1968-11-10")],
    # Lesotho's military council chairmen (1986-93) headed its government; the King's coup of 1994 did not.
    "LS": [("1966-10-04", "1994-08-16"), ("1994-09-14", "2015")], "EE": [("1991-09-06", "2015")],
    "MK": [("1991-01-27", "2015")], "AL": [("1997-07-24", "2015")], "TH": [("1946", "2015")],
    "SD": [("1956-01-01", "1958-11-16"), ("1964-10-30", "1969-05-24"), ("1986-05-06", "1989-06-29")],
    "FJ": [("1970-10-10", "2000-05-26"), ("2000-05-29", "2015")],  # not President Iloilo's two days of 2000
}
# States and years in which Archigos's effective ruler held the head of state office (a president, a king who
# ruled, a junta's chairman), written as head of state spells where no source has that person in that office.
# The Wikidata query asked today's states, so it misses the years Wikidata files under a former state's item
# (the Yemen Arab Republic, Dahomey, the People's Republic of the Congo, the Khmer Republic). Left out: rulers
# who were not the head of state (Panama's Torrijos and Noriega, Iran's Mossadegh, Nicaragua's Somoza in 1972-74).
RULING_HEADS = {
    "YE": [("1946", "1990-05-21")],  # North Yemen's imams and presidents; South Yemen's presidents and chairmen
    "EC": [("1946", "1979-08-10")], "PA": [("1946", "1968-10-11"), ("1990-01-04", "2015")],
    "SV": [("1946", "1979-10-15"), ("1999-06-01", "2004-06-01")],
    "DO": [("1946", "1952-08-16"), ("1961-05-30", "1965-04-24")], "VE": [("1958-01-23", "1974-03-12")],
    "PY": [("1946", "2015")], "GT": [("1946", "1982-03-23")], "HN": [("1946", "1957-12-21")],
    "CO": [("1946", "1953-06-13")], "CR": [("1946", "1953-11-08")], "BO": [("1964-11-04", "1969-04-27")],
    "AR": [("1973-10-12", "1976-03-24")], "UY": [("1952-03-01", "1967-03-01")], "NI": [("1979-07-20", "1985-01-10")],
    "LR": [("1980-04-12", "1986-01-06")], "BJ": [("1960-08-01", "1991-04-04")], "CG": [("1979-02-08", "1992-08-31")],
    "NE": [("1974-04-15", "1999-04-09")], "TD": [("1975-04-15", "1979-03-23")], "TG": [("1960-04-27", "1967-04-14")],
    "SD": [("1958-11-17", "1964-10-31"), ("1969-05-25", "1986-05-06")],
    "MM": [("1962-03-02", "1974-03-02"), ("1988-09-18", "1992-04-23")], "YU": [("1980-05-04", "1989-05-15")],
    "BY": [("1991-09-18", "1994-07-20")], "SZ": [("1982-08-21", "1986-04-25")],
    "KR": [("1960-04-27", "1960-08-12"), ("1962-03-24", "1963-12-17")], "BI": [("1962-07-01", "1966-07-08")],
    "CU": [("1946", "1948-10-10")], "GY": [("1992-10-09", "1997-03-06")], "MX": [("2006-12-01", "2012-11-30")],
    "AF": [("1978-04-30", "1986-05-04"), ("1992-06-28", "1996-09-27"), ("2001-12-22", "2014-09-29")],
    "LT": [("1990-03-11", "1992-11-25")], "TJ": [("1992-11-19", "1994-11-16")], "GE": [("1992-03-10", "1995-11-26")],
    "BA": [("1992-03-03", "1996-10-05")], "EG": [("1946", "1952-07-22")], "ET": [("1946", "1974-09-12")],
    "IR": [("1946", "1951-04-27"), ("1953-08-19", "1979-01-16")], "MA": [("1956-03-02", "1961-02-26")],
    "KH": [("1960-06-20", "1970-03-18")],
}
# Commonwealth realms, in these years: their head of state is the British monarch (a governor-general acts for
# the monarch; the governor-general is not the head of state).
REALMS = {
    "GB": [("1946", "2025")], "CA": [("1946", "2025")], "AU": [("1946", "2025")], "NZ": [("1946", "2025")],
    "ZA": [("1946", "1961-05-31")], "IN": [("1947-08-15", "1950-01-26")], "PK": [("1947-08-14", "1956-03-23")],
    "LK": [("1948-02-04", "1972-05-22")], "GH": [("1957-03-06", "1960-07-01")], "NG": [("1960-10-01", "1963-10-01")],
    "SL": [("1961-04-27", "1971-04-19")], "TZ": [("1961-12-09", "1962-12-09")], "UG": [("1962-10-09", "1963-10-09")],
    "KE": [("1963-12-12", "1964-12-12")], "MW": [("1964-07-06", "1966-07-06")], "MT": [("1964-09-21", "1974-12-13")],
    "GM": [("1965-02-18", "1970-04-24")], "GY": [("1966-05-26", "1970-02-23")], "MU": [("1968-03-12", "1992-03-12")],
    "FJ": [("1970-10-10", "1987-10-06")], "TT": [("1962-08-31", "1976-08-01")], "JM": [("1962-08-06", "2025")],
    "BB": [("1966-11-30", "2021-11-30")], "BS": [("1973-07-10", "2025")], "GD": [("1974-02-07", "2025")],
    "PG": [("1975-09-16", "2025")], "SB": [("1978-07-07", "2025")], "TV": [("1978-10-01", "2025")],
    "LC": [("1979-02-22", "2025")], "VC": [("1979-10-27", "2025")], "BZ": [("1981-09-21", "2025")],
    "AG": [("1981-11-01", "2025")], "KN": [("1983-09-19", "2025")],
}
MONARCHS = (("Q280856", "George VI", "1946", "1952-02-06"), ("Q9682", "Elizabeth II", "1952-02-06", "2022-09-08"),
            ("Q43274", "Charles III", "2022-09-08", ""))


@dataclass
class Spell:
    """One row of the output while it is built: a person's spell in one office of one state."""

    person: str
    names: list[str]  # every spelling the sources give, the best first
    office: str
    country: str
    start: str
    end: str
    source: str
    english: bool = False  # names[0] is an English label or title
    extra: dict[str, str] = field(default_factory=dict)


def _cow_to_iso() -> dict[str, str]:
    out = {}
    for line in CODES.read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "iso2\t")):
            continue
        iso2, _iso3, cow, _abb, _gw, kind, *_rest = line.split("\t")
        if cow and kind == "state":
            out.setdefault(cow, iso2)
    # Codes of states absorbed by today's: the two Yemens, South Vietnam, Zanzibar.
    return {**out, "678": "YE", "680": "YE", "817": "VN", "511": "TZ"}


def country_at(cow: str, date: str, cow_iso: dict[str, str]) -> str | None:
    """The ISO code of COW state *cow* on *date* (``YYYY-MM-DD``): former states by their own codes."""
    if cow == "365":
        return "SU" if "1922-12-30" <= date <= "1991-12-25" else "RU"
    if cow == "265":
        return "DD"
    if cow == "315":
        return "CS"
    if cow == "345":
        return "YU" if date <= "2003-02-04" else "RS"
    if cow in ("260", "255"):
        return "DE"
    return cow_iso.get(cow)


# Letters NFKD does not take apart: "Lê Đức Anh" is "Le Duc Anh", not "Le uc Anh"; "Wałęsa" is "Walesa".
_UNDECOMPOSED = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Ħ": "H", "ħ": "h",
                               "ı": "i", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th"})


def fold(text: str) -> str:
    """ASCII letters only: ``Schröder`` -> ``Schroder``."""
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


def match_key(name: str) -> str:
    """What two spellings of one name share: ``Roh Moo-hyun`` and ``Roh Moo Hyun``."""
    return " ".join(fold(name).replace(".", " ").replace("-", " ").casefold().split())


_GERMANIC = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
# A hand row and an Archigos spell are one person when the folded names agree within one line of states.
_LINE = {"SU": "RU", "DD": "DE", "YU": "RS", "CS": "CZ"}


def _dbpedia_name(uri: str) -> str | None:
    if not uri.startswith("http://dbpedia.org/resource/"):
        return None
    name = urllib.parse.unquote(uri.rsplit("/", 1)[1]).replace("_", " ")
    return name.split(" (", 1)[0].strip() or None


def _hand_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in (TITLE / "known_leaders.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, code, years = line.split("\t")
            for span in years.split(","):
                first, _, last = span.partition("-")
                rows.append((name, code, first, last))
    return rows


def _family(name: str, country: str) -> str:
    tokens = name.replace(".", ". ").split()
    if not tokens:
        return name
    return tokens[0] if country in FAMILY_FIRST and len(tokens) in (2, 3) and country != "JP" else tokens[-1]


def _aliases(name: str, archigos: str, country: str) -> list[str]:
    out = [archigos] if archigos and archigos != name else []
    for form in (name, archigos):
        for ascii_form in (fold(form), fold(form.translate(_GERMANIC))):
            if form and ascii_form != form:
                out.append(ascii_form)
    tokens = fold(name).split()
    if country in ("JP", "HU") and len(tokens) == 2:
        out.append(f"{tokens[1]} {tokens[0]}")  # "Abe Shinzo", "Orban Viktor"
    if country in ("KR", "KP") and len(tokens) == 3:
        out.append(f"{tokens[0]} {tokens[1]}-{tokens[2].lower()}")  # "Roh Tae Woo" -> "Roh Tae-woo"
    seen: list[str] = []
    for alias in out:
        if alias and alias != name and alias not in seen and "|" not in alias:
            seen.append(alias)
    return seen


# DBpedia links Archigos got wrong, by spell: (name we ship). Checked against the offices' public records.
CORRECTIONS = {"CZR-1993": "Václav Klaus",  # linked to Josef Klaus, Austria's chancellor of the 1960s
               "YEM-1978": "Ali Abdullah Saleh"}  # Archigos's "Saleh al-Hashidi", with no DBpedia link
_FIXTURE_SPELLS = ("USA-1989", "USA-2001", "RUS-1985", "RUS-2000", "GDR-1971", "JPN-2012", "GFR-1998", "CHN-2012")
_FIXTURE_COLUMNS = ("obsid", "leadid", "ccode", "leader", "startdate", "enddate", "dbpedia.uri")


def _write_fixture(path: Path, spells: dict[str, list[dict[str, str]]]) -> None:
    """A few named spells and every 40th spell from 1946 on, each with all its annual rows, as the source has them."""
    recent = [obsid for obsid, rows in spells.items() if max(r["enddate"] for r in rows) >= "1946-01-01"]
    chosen = [*_FIXTURE_SPELLS, *(obsid for obsid in recent[::40] if obsid not in _FIXTURE_SPELLS)]
    lines = ["# A sample of Archigos 4.1 (arch_annual.txt, via globalgov/manystates; Goemans, Gleditsch & Chiozza),",
             "# written by tools/make_office_holders.py; tests/test_leader.py checks office_holders.tsv against it.",
             "\t".join(_FIXTURE_COLUMNS)]
    for obsid in chosen:
        lines += ["\t".join(row[c] for c in _FIXTURE_COLUMNS) for row in spells[obsid]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


_WIKIDATA_COLUMNS = ("file", "qid", "office", "iso3", "start", "end")


def _write_wikidata_fixture(path: Path, kept: list[dict[str, str]]) -> None:
    """Every 25th source row the Wikidata sources gave the table, as the source writes it."""
    lines = ["# A sample of the Wikidata-derived sources' rows (see office_holders_sources.tsv), written by",
             "# tools/make_office_holders.py; tests/test_leader.py checks office_holders.tsv against it.",
             "\t".join(_WIKIDATA_COLUMNS)]
    lines += ["\t".join(row[c] for c in _WIKIDATA_COLUMNS) for row in kept[::25]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _git_show(repo: Path, path: str, commit: str = "HEAD") -> str:
    raw = subprocess.run(["git", "--git-dir", str(repo), "show", f"{commit}:{path}"], check=True,
                         capture_output=True).stdout
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _git_head(repo: Path) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), "rev-parse", "HEAD"], check=True, capture_output=True,
                          text=True).stdout.strip()


def _iso3_to_iso2() -> dict[str, str]:
    """Sovereign states only (those with a Correlates of War code): no territories' governors or premiers."""
    out = {}
    for line in CODES.read_text(encoding="utf-8").splitlines():
        if not line.startswith(("#", "iso2\t")):
            iso2, iso3, cow, *_rest = line.split("\t")
            if cow:
                out[iso3] = iso2
    return out


def _wd_date(value: str) -> str:
    """``1945-01-01T00:00:00Z`` -> ``1945``: Wikidata writes a year-precise date as the year's first day."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT.*", value):
        return ""
    day = value[:10]
    return day[:4] if day.endswith("-01-01") else day


def _line(country: str) -> str:
    return _LINE.get(country, country)


def _overlaps(a: Spell, b: Spell, slack: int = 0) -> bool:
    """Whether two spells share a day, each widened by *slack* years (dates of different precision)."""
    a_end = a.end or "9999"
    b_end = b.end or "9999"
    return (str(int(a.start[:4]) - slack) <= b_end[: len(a.start)] and str(int(b.start[:4]) - slack) <= a_end[
        : len(b.start)]) or (int(a.start[:4]) - slack <= int(b_end[:4]) and int(b.start[:4]) - slack <= int(a_end[:4]))


def _merge(spells: list[Spell]) -> list[Spell]:
    """One spell per run of overlapping spells of a person in one office of one state."""
    out: list[Spell] = []
    for spell in sorted(spells, key=lambda s: (s.person, s.office, s.country, s.start)):
        last = out[-1] if out else None
        if last is not None and (last.person, last.office, last.country) == (spell.person, spell.office,
                                                                              spell.country) \
                and (not last.end or spell.start[:4] <= last.end[:4]) and (not last.end or last.end >= spell.start
                                                                           or len(spell.start) != len(last.end)):
            if last.end and (not spell.end or spell.end > last.end):
                last.end = spell.end
            continue
        out.append(spell)
    return out


def _clip(spell: Spell, first: str, last: str) -> tuple[str, str] | None:
    """The part of *spell* within *first*..*last* (ISO dates or years), or None."""
    first = first if len(first) == 10 else f"{first}-01-01"
    last = last if len(last) == 10 else f"{last}-12-31"
    start, end = _days(spell)
    lo = max(start, dt.date.fromisoformat(first).toordinal())
    hi = min(end, dt.date.fromisoformat(last).toordinal())
    if lo >= hi:
        return None  # a spell ending the day the period starts
    keep_start = spell.start if lo == start else dt.date.fromordinal(lo).isoformat()
    keep_end = spell.end if hi == end else dt.date.fromordinal(hi).isoformat()
    return keep_start, keep_end


def governing_heads(spells: list[Spell], office: str, periods: dict[str, list[tuple[str, str]]],
                    note: str, into: str = "head_of_government") -> list[Spell]:
    """Spells in office *into* of the holders of *office* (``head_of_state``; ``leader``, Archigos's effective
    ruler) in the states and years of *periods*, where the sources have no spell of that person in *into*
    covering them. A ruler is not made head of state where the sources name someone else in that office for
    more than a month of the spell (to the day: a spell precise to the year says too little): they know better
    than a rule of thumb. (Head of government sources are too
    noisy for that test: year-precise spells and state premiers would drop Mexico's presidents.)"""
    holding = [s for s in spells if s.office == into]
    out = []
    for spell in spells:
        if spell.office != office or spell.country not in periods or spell.extra.get("ccode") in _NOT_THE_STATE:
            continue
        for first, last in periods[spell.country]:
            part = _clip(spell, first, last)
            if part is None:
                continue
            copy = Spell(spell.person, list(spell.names), into, spell.country, *part, f"{spell.source}; {note}",
                         english=spell.english)
            lo, hi = _days(copy)
            if any(g.person == copy.person and g.country == copy.country and _days(g)[0] <= lo
                   and hi <= _days(g)[1] for g in holding):
                continue
            if into == "head_of_government" or not any(
                    g.person != copy.person and g.country == copy.country and len(g.start) == 10
                    and len(g.end) in (0, 10) and min(hi, _days(g)[1]) - max(lo, _days(g)[0]) > 31 for g in holding):
                out.append(copy)
    return out


# Archigos codes of states the table writes under their successor's code and whose rulers headed no UN member
# state: Zanzibar (TZ), South Vietnam (VN).
_NOT_THE_STATE = frozenset(("511", "817"))


def realm_spells(spells: list[Spell]) -> list[Spell]:
    """The British monarch's head of state spells in each Commonwealth realm (``REALMS``), where the sources have
    none of that monarch covering them."""
    out = []
    for country, periods in REALMS.items():
        for qid, name, first, last in MONARCHS:
            reign = Spell(qid, [name], "head_of_state", country, first, last, "")
            for period_first, period_last in periods:
                part = _clip(reign, period_first, period_last)
                if part is None:
                    continue
                copy = Spell(qid, [name], "head_of_state", country, *part,
                             "Commonwealth realm: the British monarch (REALMS)", english=True)
                lo, hi = _days(copy)
                if not any(s.person == qid and s.country == country and s.office == "head_of_state"
                           and _days(s)[0] <= lo and hi <= _days(s)[1] for s in spells):
                    out.append(copy)
    return out


_HEADS = frozenset(("leader", "head_of_state", "head_of_government"))


def _close_open_ends(spells: list[Spell]) -> None:
    """A spell a source left open ends when someone else takes the office: a source of 2022 has Catherine
    Colonna in office still, the hand list has her successor from 2024. Offices held by several at once
    (San Marino's captains regent, Switzerland's council, Bosnia's presidency) are left alone."""
    by_office: dict[tuple[str, str], list[Spell]] = {}
    for spell in spells:
        by_office.setdefault((spell.office, spell.country), []).append(spell)
    for (office, country), group in by_office.items():
        if not office or office == "leader" or country in ("SM", "CH", "BA"):
            continue
        for spell in group:
            if not spell.end:
                later = [s.start for s in group if s.person != spell.person and s.start[:4] > spell.start[:4]]
                if later:
                    spell.end = min(later)


def wikidata_heads(repo: Path, iso3: dict[str, str], kept: list[dict[str, str]]) -> list[Spell]:
    """Heads of state and government, 1946 on, from a Wikidata query result (Portuguese labels first); the
    source rows taken are appended to *kept*."""
    spells = []
    for row in csv.DictReader(io.StringIO(_git_show(repo, WIKIDATA_HEADS))):
        qid, label, country = row["person_qid"], row["person"].strip(), iso3.get(row["iso3"])
        start, end = _wd_date(row["start"]), _wd_date(row["end"])
        if not re.fullmatch(r"Q\d+", qid) or not label or not start or country is None or _NOT_A_PERSON.search(label) \
                or qid in CLAIMANTS:
            continue
        if (end and end < "1946") or (not end and start < "1900") or (end and end < start):
            continue
        if country == "AD" and row["role"] == "head_of_state":
            continue  # Andorra's co-princes are France's president and a Spanish bishop: not Andorrans
        name = EN_NAMES.get(qid, label)
        kept.append({"file": WIKIDATA_HEADS, "qid": qid, "office": row["role"], "iso3": row["iso3"],
                     "start": row["start"], "end": row["end"]})
        spells.append(Spell(qid, [name] if name == label else [name, label], row["role"], country, start, end,
                            "Wikidata", english=qid in EN_NAMES))
    return _merge(spells)


_HOG = re.compile(r"prime minister|premier|chancellor|taoiseach|president of the government|chairman of the "
                  r"council of ministers|president of the council of ministers|head of government", re.I)
_HOS = re.compile(r"president|king|queen|monarch|emperor|emir|sultan|prince|grand duke|supreme leader|captain "
                  r"regent|yang di-pertuan|head of state|pope|o le ao", re.I)


def _office(position: str) -> str | None:
    if re.search(r"deputy|vice|governor|member of", position, re.I):
        return None
    if _HOG.search(position):
        return "head_of_government"
    return "head_of_state" if _HOS.search(position) else None


def world_leaders(repo: Path) -> list[Spell]:
    """Heads of state and government in office from 2021, from every committed version of the query result."""
    states = set(_iso3_to_iso2().values())
    commits = subprocess.run(["git", "--git-dir", str(repo), "log", "--reverse", "--format=%H", "--",
                              "data/wikidata.csv"], check=True, capture_output=True, text=True).stdout.split()
    latest: dict[tuple[str, str, str, str], Spell] = {}
    for commit in commits:
        for row in csv.DictReader(io.StringIO(_git_show(repo, "data/wikidata.csv", commit))):
            qid = row.get("officeholder") or row.get("item") or ""
            label = row.get("officeholderLabel") or row.get("itemLabel") or ""
            country_label = row.get("country") or row.get("countryLabel") or row.get("countryItemLabel") or ""
            if not country_label or country_label.startswith("Q"):
                country_label = row.get("countryLabel", "")
            position = row.get("positionLabel") or row.get("positionItemLabel") or ""
            office = _office(position)
            country = {"Kingdom of Denmark": "DK", "Kingdom of the Netherlands": "NL", "The Bahamas": "BS",
                       "The Gambia": "GM", "Ivory Coast": "CI"}.get(country_label) or lookup_country(country_label)
            start = row.get("start_year") or ""
            if not re.fullmatch(r"Q\d+", qid) or office is None or country not in states or not start.isdigit() \
                    or int(start) < 1900 or (country == "AD" and office == "head_of_state") or qid in CLAIMANTS:
                continue
            names = [label] if label and not re.fullmatch(r"Q\d+", label) else []
            latest[(qid, office, country, start)] = Spell(qid, names, office, country, start,
                                                           row.get("end_year") or "", "Wikidata", english=True)
    return _merge(list(latest.values()))


def foreign_ministers(mirror: Path, kept: list[dict[str, str]]) -> tuple[list[Spell], dict[str, str]]:
    """G20 foreign ministers in office since 2000, from each state's repository that is at hand; the source
    rows taken are appended to *kept*."""
    spells, commits = [], {}
    codes_of = {iso2: iso3 for iso3, iso2 in _iso3_to_iso2().items()}
    for country, name in G20_REPOS.items():
        repo = mirror / f"every-politician-scrapers+{name}" / "repo"
        if not repo.is_dir():
            continue
        commits[name] = _git_head(repo)
        for row in csv.DictReader(io.StringIO(_git_show(repo, "html/holders21.csv"))):
            position = row["position"].strip()
            if not (_FOREIGN_MINISTER.match(position) or (country == "US" and position == "Secretary of State")):
                continue
            start, end = row["start"].strip(), row["end"].strip()
            if not re.fullmatch(r"Q\d+", row["personID"]) or not re.fullmatch(r"\d{4}(-\d\d){0,2}", start):
                continue
            start = start[:4] if len(start) == 7 else start
            end = end[:4] if len(end) == 7 else end
            kept.append({"file": f"every-politician-scrapers/{name}/html/holders21.csv", "qid": row["personID"],
                         "office": "foreign_minister", "iso3": codes_of[country], "start": row["start"].strip(),
                         "end": row["end"].strip()})
            spells.append(Spell(row["personID"], [row["person"].strip()], "foreign_minister", country, start, end,
                                "Wikidata", english=True))
    return _merge(spells), commits


def hand_spells() -> list[Spell]:
    """``office_holders_hand.tsv``: name, office, country, start, end, QID (optional; ``-`` for a person the
    generator must not join to a source's person of the same family name: Hector Trujillo is not his brother)."""
    spells = []
    for line in (TITLE / "office_holders_hand.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "name\t")):
            name, office, country, start, end, qid = (line.split("\t") + [""] * 6)[:6]
            person = qid if qid.startswith("Q") else f"hand:{fold(name).replace(' ', '_')}"
            spells.append(Spell(person, [name], office, country, start, end, "hand", english=True,
                                extra={"own": "1"} if qid == "-" else {}))
    return spells


def _tokens(name: str) -> set[str]:
    return {t for t in match_key(name.translate(_GERMANIC)).split() if len(t) >= 3} | {
        t for t in match_key(name).split() if len(t) >= 3}


def _same_person(archigos_names: list[str], wikidata_names: list[str], country: str) -> bool:
    """Archigos's ``Carter`` (or DBpedia's ``Jimmy Carter``) and Wikidata's ``Jimmy Carter``: the family name
    (Archigos's last word, or first for names written family name first) is a word of the other. Helmut Kohl
    is not Helmut Schmidt, whose spell ends the day Kohl's begins."""
    theirs = set().union(*(_tokens(n) for n in wikidata_names))
    for name in archigos_names:
        words = match_key(name).split()
        first = country in FAMILY_FIRST and len(words) > 1 and words[0] in theirs and len(words[0]) >= 2
        if words and (words[-1] in theirs or first):
            return True
    return False


def archigos_spells(repo: Path, cow_iso: dict[str, str]) -> tuple[list[Spell], dict[str, list[dict[str, str]]]]:
    raw = _git_show(repo, ARCHIGOS)
    rows_by_spell: dict[str, list[dict[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(raw), delimiter="\t"):
        rows_by_spell.setdefault(row["obsid"], []).append(row)
    spells = []
    for obsid, rows in rows_by_spell.items():
        first = rows[0]
        start, end = min(r["startdate"] for r in rows), max(r["enddate"] for r in rows)
        if end < "1946-01-01":
            continue
        country = country_at(first["ccode"], start, cow_iso)
        if country is None:
            continue
        short = first["leader"].strip()
        title = CORRECTIONS.get(obsid) or _dbpedia_name(first["dbpedia.uri"])
        names = [title, short] if title and title != short else [short]
        # A spell Archigos ends on its last day of data is still going on as far as it knows.
        spells.append(Spell(f"archigos:{first['leadid']}", names, "leader", country, start, end,
                            f"Archigos 4.1 {obsid}", english=bool(title),
                            extra={"title": title or "", "ccode": first["ccode"]}))
    return spells, rows_by_spell


def _days(spell: Spell) -> tuple[int, int]:
    """A spell's first and last day as ordinals; a year-precise date covers its whole year, an open end runs on."""
    start = spell.start if len(spell.start) == 10 else f"{spell.start[:4]}-01-01"
    end = spell.end if len(spell.end) == 10 else (f"{spell.end[:4]}-12-31" if spell.end else "2025-12-31")
    return dt.date.fromisoformat(start).toordinal(), dt.date.fromisoformat(end).toordinal()


def _link_archigos(spells: list[Spell], wikidata: list[Spell]) -> dict[str, str]:
    """Archigos's person key -> the Wikidata QID of the head of state or government it names.

    One key, one QID, and one QID, one key (unless a key writes the full name Wikidata gives): Archigos's
    ``Castro`` (1959-2008) and ``Raul Castro`` (2008-) are two people. Pairs are taken best first: the most
    name words shared, then the most days in office shared."""
    by_line: dict[str, list[Spell]] = {}
    for spell in wikidata:
        if spell.office in ("head_of_state", "head_of_government"):
            by_line.setdefault(_line(spell.country), []).append(spell)
    words: dict[tuple[str, str], int] = {}
    days: dict[tuple[str, str], int] = {}
    for spell in spells:
        mine = set().union(*(_tokens(n) for n in spell.names))
        first, last = _days(spell)
        for other in by_line.get(_line(spell.country), ()):
            if not (_overlaps(spell, other, slack=1) and _same_person(spell.names, other.names, spell.country)):
                continue
            pair = (spell.person, other.person)
            shared = len(mine & set().union(*(_tokens(n) for n in other.names)))
            words[pair] = max(words.get(pair, 0), shared)
            their_first, their_last = _days(other)
            days[pair] = days.get(pair, 0) + max(0, min(last, their_last) - max(first, their_first) + 1)
    # Archigos gives some people a second key in its 2016 additions (Nawaz Sharif): a key whose full name is
    # one Wikidata gives the QID may share it.
    spelled: dict[str, set[str]] = {}
    for spell in spells:
        spelled.setdefault(spell.person, set()).update(k for k in map(match_key, spell.names) if " " in k)
    wikidata_keys: dict[str, set[str]] = {}
    for spell in wikidata:
        wikidata_keys.setdefault(spell.person, set()).update(map(match_key, spell.names))
    linked: dict[str, str] = {}
    taken: set[str] = set()
    for leadid, qid in sorted(words, key=lambda p: (-words[p], -days[p], p)):
        if leadid in linked or (qid in taken and not spelled[leadid] & wikidata_keys[qid]):
            continue
        linked[leadid] = qid
        taken.add(qid)
    return linked


def _pick_names(spells: list[Spell]) -> dict[str, list[str]]:
    """Each person's spellings, an English one first (an English label, DBpedia's title, a hand name)."""
    out: dict[str, list[str]] = {}
    for rank in (True, False):
        for spell in spells:
            if spell.english == rank:
                names = out.setdefault(spell.person, [])
                names.extend(n for n in spell.names if n and n not in names)
    for person, names in out.items():
        if person in EN_NAMES:
            names.insert(0, EN_NAMES[person])
        full = [n for n in names if " " in n and "." not in n.split()[0]]
        if full and " " not in names[0]:
            names.insert(0, full[0])  # "Obama" -> a full name some source gives
        out[person] = list(dict.fromkeys(names))
    return out


_REGNAL = re.compile(r"(?P<given>[A-Z][\w-]+(?: [A-Z][\w-]+)?)(?: (?P<number>[IVX]+))? of (?:the )?[A-Z][\w ]+")


def _aliases_of(name: str, others: list[str], country: str) -> list[str]:
    family = match_key(name).split()[-1:] or [""]
    out = []
    for other in others:
        words = match_key(other).split()
        # Another spelling with the same family name ("Dmitri Medvedev"), or a shorter form of this one; a
        # source's form in another language ("Isabel II do Reino Unido") would only add noise.
        if words and (words[-1] == family[0] or set(words) <= set(match_key(name).split()) or len(words) == 1):
            out.append(other)
    aliases = _aliases(name, "", country)
    if regnal := _REGNAL.fullmatch(name):
        # "Haile Selassie I of Ethiopia" is "Haile Selassie I", and "Haile Selassie" where that is two words.
        aliases.append(f"{regnal['given']} {regnal['number']}" if regnal["number"] else regnal["given"])
        if regnal["number"] and " " in regnal["given"]:
            aliases.append(regnal["given"])
    if country in ("MY", "BN") and (patronym := re.fullmatch(r"(?:Tun |Tunku |Dr\.? )?(.+?) (?:bin|binti) (.+)", name)):
        # A Malay name has no family name: "Mahathir bin Mohamad" is "Mahathir Mohamad" and "Mahathir".
        aliases += [f"{patronym[1]} {patronym[2]}", patronym[1]]
    for other in out:
        aliases.extend(a for a in [other, *_aliases(other, "", country)] if a != name and a not in aliases)
    return [a for a in dict.fromkeys(aliases) if a != name and "|" not in a]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--fixture", type=Path, default=ROOT / "tests" / "data" / "archigos_sample.tsv",
                        help="where to write the sample of source rows the tests check the table against")
    parser.add_argument("--wikidata-fixture", type=Path, default=ROOT / "tests" / "data" / "wikidata_sample.tsv",
                        help="the same for the Wikidata sources' rows")
    args = parser.parse_args()
    manystates = args.mirror / "globalgov+manystates" / "repo"
    geografia = args.mirror / "cfmessias+geografia" / "repo"
    world = args.mirror / "every-politician-scrapers+world-leaders-2021" / "repo"
    cow_iso = _cow_to_iso()
    archigos, rows_by_spell = archigos_spells(manystates, cow_iso)
    kept: list[dict[str, str]] = []
    heads = wikidata_heads(geografia, _iso3_to_iso2(), kept)
    recent = world_leaders(world)
    ministers, fm_commits = foreign_ministers(args.mirror, kept)
    hand = hand_spells()
    # A query result of one year can put a head in a neighbour's office (Mali's Bah Ndaw as Guinea's
    # president): a person the dated source has in one state is not taken for another.
    home = {(s.person, s.country) for s in heads}
    elsewhere = {s.person for s in heads}
    recent = [s for s in recent if s.person in ("Q9682", "Q43274") or (s.person, s.country) in home
              or s.person not in elsewhere]
    # Its spells are precise to the year only: where the dated source has the person's spell in that office, the
    # year-long one would put Jean Castex in office from 1 January 2020 and is left out.
    dated = {(s.person, s.office, s.country): s for s in heads if len(s.start) == 10}
    recent = [s for s in recent if not ((d := dated.get((s.person, s.office, s.country))) is not None
                                        and _overlaps(s, d))]
    wikidata = [*heads, *recent, *ministers, *(s for s in hand if s.person.startswith("Q"))]
    qid_of = _link_archigos(archigos, wikidata)
    wikidata_tokens: dict[str, set[str]] = {}
    wikidata_names: dict[str, list[str]] = {}
    for spell in wikidata:
        wikidata_tokens.setdefault(spell.person, set()).update(*(_tokens(n) for n in spell.names))
        wikidata_names.setdefault(spell.person, []).extend(spell.names)
    for spell in archigos:
        spell.extra["archigos"] = spell.person
        spell.person = qid_of.get(spell.person, spell.person)
        if spell.person.startswith("Q"):
            # DBpedia's link can be wrong (Bangladesh's Shahabuddin Ahmed linked to Moeen Qureshi): keep the
            # spellings that share a word with Wikidata's.
            spell.names = [n for n in spell.names if _tokens(n) & wikidata_tokens[spell.person]]
            spell.english = spell.english and spell.extra.get("title") in spell.names
            spell.names = spell.names or [n for n in wikidata_names[spell.person]]
    # Hand rows and known_leaders.tsv join the people above by name within one line of states.
    everyone = [*archigos, *wikidata]
    ids_by_name: dict[tuple[str, str], str] = {}
    for spell in everyone:
        for name in spell.names:
            for form in {match_key(name), match_key(name.translate(_GERMANIC))}:
                ids_by_name.setdefault((form, _line(spell.country)), spell.person)
    for spell in hand:
        if spell.extra.get("own"):
            continue
        if spell.person.startswith("hand:"):
            spell.person = ids_by_name.get((match_key(spell.names[0]), _line(spell.country)), spell.person)
        if spell.person.startswith("hand:") and spell.office in _HEADS:
            # Archigos's "Pieter Willem Botha" (1978-1989) is the hand list's P. W. Botha: the one ruler or head
            # of that family name in that state in those years. Never a minister: Pik Botha is another person.
            others = {o.person for o in everyone if o.office in _HEADS and _line(o.country) == _line(spell.country)
                      and _overlaps(spell, o) and _same_person(o.names, spell.names, spell.country)}
            if len(others) == 1:
                spell.person = others.pop()
    known = []
    for name, hand_code, first_year, last_year in _hand_rows():
        code = hand_code
        if code == "RU" and last_year and int(last_year) <= 1991:
            code = "SU"  # the hand table writes today's state; Gorbachev served the Soviet Union
        person = ids_by_name.get((match_key(name), _line(code)), f"hand:{fold(name).replace(' ', '_')}")
        known.append(Spell(person, [name], "", code, first_year, last_year, "known_leaders.tsv", english=True))
    extra_hand = [s for s in hand if not s.person.startswith("Q")]
    # Spells a source leaves open end before a successor's first: Azali Assoumani's open spell as head of
    # government from 2016 would otherwise stand in for the presidential one from 2019.
    _close_open_ends([*heads, *recent, *hand])
    ruling = governing_heads([*archigos, *heads, *recent, *hand], "leader", RULING_HEADS,
                             "the ruler was the head of state", into="head_of_state")
    realm_heads = realm_spells([*heads, *recent, *hand])
    presidents = governing_heads([*heads, *recent, *hand, *ruling], "head_of_state", PRESIDENTIAL,
                                 "presidential system")
    premiers = governing_heads([*archigos, *heads, *recent], "leader", PARLIAMENTARY,
                               "parliamentary system, the effective ruler heads the government")
    table = [*archigos, *heads, *recent, *ruling, *realm_heads, *presidents, *premiers, *ministers,
             *[s for s in hand if s.person.startswith("Q")], *extra_hand, *known]
    # A monarch of several realms is first the head of state of the first one: identify() takes the first row in
    # office on the day, so the United Kingdom's row comes before Canada's for Elizabeth II.
    realms = {"Q9682", "Q43274", "Q280856"}
    table.sort(key=lambda s: s.person in realms and s.country != "GB")
    _close_open_ends(table)
    names = _pick_names(table)
    out_rows = []
    for spell in table:
        name, *others = names[spell.person]
        out_rows.append((spell.person, name, "|".join(_aliases_of(name, others, spell.country)), spell.office,
                         spell.country, spell.start, spell.end, spell.source))
    _write_fixture(args.fixture, rows_by_spell)
    _write_wikidata_fixture(args.wikidata_fixture, kept)
    header = [
        "# Office holders: heads of state and government, foreign ministers and other national office holders, by"
        " spell.",
        "# Generated by tools/make_office_holders.py; do not edit by hand (edit office_holders_hand.tsv or",
        "# known_leaders.tsv, then re-run). Sources, their versions and licences: office_holders_sources.tsv.",
        "# Source column: 'Archigos 4.1 <obsid>' (CC BY 4.0 package), 'Wikidata' (CC0 1.0), 'hand' and",
        "# 'known_leaders.tsv' (hand-written). See the generator's docstring for the columns.",
        "id\tname\taliases\toffice\tcountry\tstart\tend\tsource",
    ]
    OUT.write_text("\n".join(header + ["\t".join(row) for row in out_rows]) + "\n", encoding="utf-8")
    sources = [
        "# The sources of office_holders.tsv: what, where (a git repository and commit), licence. Written by",
        "# tools/make_office_holders.py.",
        "source\trepository\tcommit\tfile\tlicence",
        f"Archigos 4.1\tglobalgov/manystates\t{_git_head(manystates)}\t{ARCHIGOS}\tCC BY 4.0 (package); Archigos"
        " free for research, cite Goemans, Gleditsch & Chiozza 2009",
        f"Wikidata heads of state and government (query of Sept. 2025)\tcfmessias/geografia\t{_git_head(geografia)}"
        f"\t{WIKIDATA_HEADS}\tWikidata CC0 1.0; the repository states no licence; facts only",
        f"Wikidata heads of state and government from 2021\tevery-politician-scrapers/world-leaders-2021"
        f"\t{_git_head(world)}\tdata/wikidata.csv (every version)\tWikidata CC0 1.0; the repository states no"
        " licence; facts only",
        *(f"Wikidata G20 foreign ministers since 2000\tevery-politician-scrapers/{name}\t{commit}"
          "\thtml/holders21.csv\tWikidata CC0 1.0; the repository states no licence; facts only"
          for name, commit in fm_commits.items()),
        "hand-written list\tthis repository\t\tsrc/diplomacy_model/phrases/title/office_holders_hand.tsv\tthis"
        " package's licence",
    ]
    SOURCES_OUT.write_text("\n".join(sources) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(out_rows)} rows, {len({r[0] for r in out_rows})} people; "
          f"{sum(1 for r in out_rows if r[0].startswith('Q'))} rows with a QID")


if __name__ == "__main__":
    main()
