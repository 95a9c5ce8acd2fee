"""The countries gazetteer: tricky forms, table integrity, round trips and import cost."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from importlib import resources

import pytest

from diplomacy_model.errors import InputTypeError, ModelError
from diplomacy_model.gazetteer import countries as gz

# ISO 3166-1 alpha-2 codes assigned as of 2024 (249), written out so the test needs no pycountry.
_ISO_TEXT = """
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO
MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
"""
ISO_ALPHA2 = frozenset(_ISO_TEXT.split())
# ISO 3166-3: the former states the table keeps under their own codes.
FORMER = frozenset(("SU", "DD", "YU", "CS"))

COUNTRY_FORMS = {
    "China": "CN", "the People's Republic of China": "CN", "People\u2019s Republic of China": "CN", "PRC": "CN",
    "U.S.": "US", "US": "US", "United States": "US", "the United States of America": "US", "America": "US",
    "Britain": "GB", "UK": "GB", "U.K.": "GB", "United Kingdom": "GB",
    "Russia": "RU", "Russian Federation": "RU", "Soviet Union": "SU", "the Soviet Union": "SU", "USSR": "SU",
    "U.S.S.R.": "SU", "East Germany": "DD", "Yugoslavia": "YU", "Czechoslovakia": "CS", "South Korea": "KR",
    "ROK": "KR", "Republic of Korea": "KR", "DPRK": "KP",
    "North Korea": "KP", "Ivory Coast": "CI", "Cote d'Ivoire": "CI", "Côte d'Ivoire": "CI",
    "Czech Republic": "CZ", "Czechia": "CZ", "Burma": "MM", "Myanmar": "MM", "West Germany": "DE",
    "Germany": "DE", "Zaire": "CD", "DR Congo": "CD", "Congo": "CG", "Georgia": "GE", "Turkey": "TR",
    "Türkiye": "TR", "UAE": "AE", "the Philippines": "PH", "Iran": "IR", "Vietnam": "VN", "Viet Nam": "VN",
    "Syria": "SY", "Laos": "LA", "Taiwan": "TW", "Hong Kong": "HK", "Swaziland": "SZ", "Holland": "NL",
    "  south   KOREA ": "KR",
}
DEMONYM_FORMS = {
    "Chinese": "CN", "Russian": "RU", "American": "US", "U.S.": "US", "British": "GB", "South Korean": "KR",
    "North Korean": "KP", "Indian": "IN", "Emirati": "AE", "Soviet": "SU", "East German": "DD", "Dutch": "NL",
    "Swiss": "CH",
    "Filipino": "PH", "Philippine": "PH", "Saudi": "SA", "Turkish": "TR", "Dominican": "DO",
    "Congolese": "CD", "Ivorian": "CI", "Burmese": "MM", "Lao": "LA",
}
CITY_FORMS = {
    "Beijing": "CN", "Shenzhen": "CN", "Shanghai": "CN", "Geneva": "CH", "New York": "US", "Houston": "US",
    "Frankfurt": "DE", "Osaka": "JP", "Vladivostok": "RU", "Sochi": "RU", "MOSCOW": "RU", "Washington": "US",
    "Kyiv": "UA", "Kiev": "UA", "Bogota": "CO", "Bogotá": "CO", "Sao Paulo": "BR", "Tripoli": "LY",
    "Kingston": "JM", "St. Petersburg": "RU", "Astana": "KZ", "New Delhi": "IN", "Hong Kong": "HK",
}
# G20 members (the EU and AU are not countries) and the UN Security Council's permanent five.
G20 = ("AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR",
       "GB", "US")
P5 = ("CN", "FR", "RU", "GB", "US")


@pytest.mark.parametrize(("form", "code"), COUNTRY_FORMS.items())
def test_lookup_country(form: str, code: str) -> None:
    assert gz.lookup_country(form) == code


@pytest.mark.parametrize(("form", "code"), DEMONYM_FORMS.items())
def test_lookup_demonym(form: str, code: str) -> None:
    assert gz.lookup_demonym(form) == code


@pytest.mark.parametrize(("form", "code"), CITY_FORMS.items())
def test_lookup_city(form: str, code: str) -> None:
    assert gz.lookup_city(form) == code


@pytest.mark.parametrize("form", ["Atlantis", "", "the", "Korean", "Korea Town", "Chinese Taipei FC", "Hamilton"])
def test_unknown_forms(form: str) -> None:
    assert gz.lookup_country(form) is None or form == "Korea Town"
    assert gz.lookup_demonym(form) is None
    assert gz.lookup_city(form) is None


def test_capitals() -> None:
    assert gz.is_capital("Beijing") and gz.is_capital("moscow") and gz.is_capital("Washington")
    assert not gz.is_capital("Shanghai") and not gz.is_capital("Atlantis")
    capital_codes = {gz.lookup_city(c) for c in gz.city_names() if gz.is_capital(c)}
    assert set(G20) <= capital_codes


def test_every_code_is_iso_alpha2() -> None:
    codes = set(gz.country_codes())
    assert codes <= ISO_ALPHA2 | FORMER
    assert len(codes) >= 245
    forms = gz.country_names() + gz.demonyms() + gz.city_names()
    lookups = [gz.lookup_country, gz.lookup_demonym, gz.lookup_city]
    for form in forms:
        found = {f(form) for f in lookups} - {None}
        assert found <= ISO_ALPHA2 | FORMER, form


@pytest.mark.parametrize("code", sorted(ISO_ALPHA2))
def test_name_round_trips(code: str) -> None:
    assert gz.lookup_country(gz.country_name(code)) == code


@pytest.mark.parametrize("code", sorted(set(G20) | set(P5)))
def test_demonym_coverage(code: str) -> None:
    assert code in {gz.lookup_demonym(d) for d in gz.demonyms()}


def test_unknown_code_raises_model_error() -> None:
    with pytest.raises(ModelError, match="'ZZ'"):
        gz.country_name("ZZ")
    with pytest.raises(ValueError):  # ModelError is also a ValueError
        gz.country_name("")


def test_non_str_raises_input_type_error() -> None:
    for func in (gz.lookup_country, gz.lookup_demonym, gz.lookup_city, gz.is_capital, gz.country_name):
        with pytest.raises(InputTypeError):
            func(b"CN")  # type: ignore[arg-type]


def test_no_surface_form_maps_to_two_codes() -> None:
    # The table itself, read raw: within one kind of lookup each normalised form has one code.
    # Deliberate single choices for ambiguous forms (Georgia, Congo, Dominican ...) are documented in the module.
    text = resources.files("diplomacy_model.gazetteer").joinpath("countries.tsv").read_text(encoding="utf-8")
    table = {"name": "country", "alias": "country", "demonym": "demonym", "capital": "city", "city": "city"}
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, code, form = line.split("\t")
            seen[(table[kind], gz._key(form))].add(code)
    clashes = {k: v for k, v in seen.items() if len(v) > 1}
    assert clashes == {}


def test_one_short_name_per_code_and_names_are_forms() -> None:
    names = {gz.country_name(c) for c in gz.country_codes()}
    assert names <= set(gz.country_names())


def test_import_reads_no_file_and_is_cheap() -> None:
    code = (
        "import sys, time\n"
        "import diplomacy_model.errors  # the package itself is not what this test measures\n"
        "t = time.process_time()\n"
        "import diplomacy_model.gazetteer.countries as m\n"
        "took = time.process_time() - t\n"
        "assert m._TABLES is None, 'table read at import'\n"
        "t = time.process_time(); m.lookup_country('China'); first = time.process_time() - t\n"
        "print(took, first)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    took, first = float(out[0]), float(out[1])
    # Generous bounds: the module import and the one-time table load are each a few ms.
    assert took < 1.0
    assert first < 1.0


# --- codes event-data users join on ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "iso3", "cow", "gw"),
    [("US", "USA", "2", "2"), ("GB", "GBR", "200", "200"), ("RU", "RUS", "365", "365"), ("DE", "DEU", "255", "260"),
     ("RS", "SRB", "345", "340"), ("CN", "CHN", "710", "710"), ("SU", "SUN", "365", "365"),
     ("DD", "DDR", "265", "265"), ("YU", "YUG", "345", "345"), ("CS", "CSK", "315", "315")],
)
def test_codes(code: str, iso3: str, cow: str, gw: str) -> None:
    found = gz.codes(code)
    assert (found.iso3, found.cow, found.gw) == (iso3, cow, gw)


def test_every_state_in_the_country_table_has_codes() -> None:
    missing = [code for code in gz.country_codes() if not gz.codes(code).iso3]
    assert not missing
    un_members_with_cow = [c for c in gz.country_codes() if gz.codes(c).cow]
    assert len(un_members_with_cow) >= 190


def test_unknown_code() -> None:
    with pytest.raises(gz.UnknownCountryError):
        gz.codes("ZZ")


@pytest.mark.parametrize(
    ("code", "date", "state"),
    [("RU", "1987-12-08", "SU"), ("RU", "1992-01-01", "RU"), ("UA", "1991-12-25", "SU"), ("SK", "1992-12-31", "CS"),
     ("SK", "1993-01-01", "SK"), ("RS", "1999-03-24", "YU"), ("HR", "1991-06-25", "HR"), ("FR", "1950-01-01", "FR")],
)
def test_state_on(code: str, date: str, state: str) -> None:
    import datetime as dt

    assert gz.state_on(code, dt.date.fromisoformat(date)) == state


def test_former_states_by_name() -> None:
    assert [gz.lookup_demonym(w) for w in ("Soviet", "East German", "Yugoslav", "Czechoslovak")] == ["SU", "DD", "YU",
                                                                                                      "CS"]
    assert gz.country_name("SU") == "Soviet Union"
