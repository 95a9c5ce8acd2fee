"""Generate ``gazetteer/countries_codes.tsv``: ISO 3166-1 alpha-2/alpha-3, Correlates of War and Gleditsch-Ward codes.

Run at development time (not at install or import)::

    .venv/bin/pip install pycountry   # dev only: ISO alpha-3 codes and the ISO 3166-3 former states
    .venv/bin/python tools/make_country_codes.py [--manystates /work/.mirror/globalgov+manystates/repo]

Sources, read from a git snapshot of ``globalgov/manystates`` (CC BY 4.0 package; data as cited):

* Correlates of War, State System Membership List v2016 (``data-raw/states/COW/states2016.csv``);
* Gleditsch & Ward (1999), Interstate system membership (``data-raw/states/GW/gwstates.xlsx``);
* ISO 3166-1 and 3166-3 through ``pycountry`` (Debian iso-codes, LGPL-2.1).

A state is matched to its ISO code by name through the package's own country table; the former states
(Soviet Union, East Germany, Yugoslavia, Czechoslovakia, the two Vietnams and Yemens, West Germany) are
mapped by hand below, with the dates their codes were in use.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from diplomacy_model.gazetteer.countries import lookup_country  # noqa: E402

OUT = ROOT / "src" / "diplomacy_model" / "gazetteer" / "countries_codes.tsv"

# COW code -> ISO alpha-2, where a name lookup would give today's successor or nothing.
COW_ISO = {
    "365": "RU",  # COW keeps one code for the Russian Empire, the Soviet Union and Russia; SU is dated below
    "265": "DD", "260": "DE", "255": "DE", "345": "RS", "315": "CS", "316": "CZ", "317": "SK",
    "678": "YE", "679": "YE", "680": "YE", "816": "VN", "817": "VN", "731": "KP", "732": "KR",
    "713": "TW", "710": "CN", "347": "XK", "626": "SS", "625": "SD", "860": "TL", "437": "CI",
    "560": "ZA", "483": "TD", "490": "CD", "484": "CG", "452": "GH", "775": "MM", "811": "KH",
    "812": "LA", "690": "KW", "696": "AE", "694": "QA", "692": "BH", "698": "OM", "670": "SA",
    "900": "AU", "920": "NZ", "2": "US", "200": "GB", "220": "FR", "325": "IT", "230": "ES",
    "344": "HR", "346": "BA", "343": "MK", "341": "ME", "349": "SI", "359": "MD", "369": "UA",
    "370": "BY", "371": "AM", "372": "GE", "373": "AZ", "705": "KZ", "703": "KG", "702": "TJ",
    "701": "TM", "704": "UZ", "366": "EE", "367": "LV", "368": "LT", "395": "IS", "338": "MT",
    "352": "CY", "403": "ST", "404": "GW", "402": "CV", "411": "GQ", "581": "KM", "591": "SC",
    "835": "BN", "946": "KI", "947": "TV", "955": "TO", "970": "NR", "983": "MH", "986": "PW",
    "987": "FM", "990": "WS", "940": "SB", "935": "VU", "950": "FJ", "910": "PG", "55": "GD",
    "56": "LC", "57": "VC", "58": "AG", "60": "KN", "54": "DM", "31": "BS", "53": "BB",
    "80": "BZ", "52": "TT", "51": "JM", "41": "HT", "42": "DO", "40": "CU", "221": "MC",
    "223": "LI", "331": "SM", "232": "AD", "212": "LU", "211": "BE", "210": "NL", "390": "DK",
    "380": "SE", "385": "NO", "375": "FI", "205": "IE", "235": "PT", "290": "PL", "305": "AT",
    "310": "HU", "339": "AL", "350": "GR", "355": "BG", "360": "RO", "640": "TR", "630": "IR",
    "645": "IQ", "652": "SY", "660": "LB", "663": "JO", "666": "IL", "651": "EG", "620": "LY",
    "616": "TN", "615": "DZ", "600": "MA", "700": "AF", "750": "IN", "770": "PK", "771": "BD",
    "780": "LK", "781": "MV", "760": "BT", "790": "NP", "800": "TH", "820": "MY", "830": "SG",
    "840": "PH", "850": "ID", "740": "JP", "712": "MN", "20": "CA", "70": "MX", "90": "GT",
    "91": "HN", "92": "SV", "93": "NI", "94": "CR", "95": "PA", "100": "CO", "101": "VE",
    "110": "GY", "115": "SR", "130": "EC", "135": "PE", "140": "BR", "145": "BO", "150": "PY",
    "155": "CL", "160": "AR", "165": "UY", "225": "CH", "570": "LS", "571": "BW", "572": "SZ",
    "565": "NA", "590": "MU", "580": "MG", "551": "ZM", "552": "ZW", "553": "MW", "541": "MZ",
    "540": "AO", "530": "ET", "531": "ER", "522": "DJ", "520": "SO", "501": "KE", "500": "UG",
    "510": "TZ", "516": "BI", "517": "RW", "482": "CF", "481": "GA", "471": "CM", "475": "NG",
    "461": "TG", "434": "BJ", "439": "BF", "436": "NE", "432": "ML", "433": "SN", "420": "GM",
    "438": "GN", "450": "LR", "451": "SL", "435": "MR",
}
# Former states: (ISO alpha-2, alpha-3, name, first day, last day) of the code's use in ISO 3166.
FORMER = {
    "SU": ("SUN", "Soviet Union", "1922-12-30", "1991-12-25", "365", "365"),
    "DD": ("DDR", "East Germany", "1949-10-07", "1990-10-02", "265", "265"),
    "YU": ("YUG", "Yugoslavia", "1918-12-01", "2003-02-04", "345", "345"),
    "CS": ("CSK", "Czechoslovakia", "1918-10-28", "1992-12-31", "315", "315"),
}


def _git_show(repo: Path, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo / ".git") if (repo / ".git").exists() else str(repo),
                           "show", f"HEAD:{path}"], check=True, capture_output=True).stdout


def _gw_rows(data: bytes) -> list[list[str]]:
    """The first sheet of ``gwstates.xlsx`` as rows of strings (a plain reading of the OOXML, no library)."""
    book = zipfile.ZipFile(io.BytesIO(data))
    shared = book.read("xl/sharedStrings.xml").decode()
    strings = [re.sub(r"<[^>]+>", "", s) for s in re.findall(r"<si>(.*?)</si>", shared)]
    rows = []
    for row in re.findall(r"<row [^>]*>(.*?)</row>", book.read("xl/worksheets/sheet1.xml").decode()):
        cells = []
        cell = r'<c r="[A-Z]+\d+"(?: s="\d+")?( t="s")?[^>]*>(?:<f>.*?</f>)?<v>(.*?)</v></c>'
        for kind, value in re.findall(cell, row):
            cells.append(strings[int(value)] if kind else value)
        rows.append(cells)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--manystates", type=Path, default=Path("/work/.mirror/globalgov+manystates/repo"))
    args = parser.parse_args()
    cow = list(csv.DictReader(io.StringIO(_git_show(args.manystates, "data-raw/states/COW/states2016.csv").decode())))
    gw = _gw_rows(_git_show(args.manystates, "data-raw/states/GW/gwstates.xlsx"))
    by_iso: dict[str, dict[str, str]] = {}
    for row in cow:
        iso = COW_ISO.get(row["ccode"]) or lookup_country(row["statenme"])
        if iso is None:
            print("COW unmatched:", row["ccode"], row["statenme"], file=sys.stderr)
            continue
        if row["ccode"] in ("365", "265", "345", "315") and iso in FORMER:
            continue
        entry = by_iso.setdefault(iso, {})
        if int(row["endyear"]) >= 2016 or "cow" not in entry:
            entry["cow"], entry["cow_abb"] = row["ccode"], row["stateabb"]
    for cells in gw[1:]:
        if len(cells) < 3:
            continue
        code, name = cells[0], cells[2]
        iso = COW_ISO.get(code) or lookup_country(name)
        if code == "260":
            iso = "DE"  # GW: 260 is Germany throughout (West Germany, then united Germany)
        if iso is None:
            print("GW unmatched:", code, name, file=sys.stderr)
            continue
        if code in ("265",):
            continue
        entry = by_iso.setdefault(iso, {})
        end = cells[4] if len(cells) > 4 else ""
        if "gw" not in entry or end >= entry["gw_end"]:  # the code in use last: 260 Germany, 340 Serbia
            entry["gw"], entry["gw_end"] = code, end
    lines = [
        "# ISO 3166-1 alpha-2 and alpha-3, Correlates of War and Gleditsch-Ward codes, with the dates former states'",
        "# codes were in use. Generated by tools/make_country_codes.py from COW State System Membership v2016 and",
        "# Gleditsch & Ward (1999, updated list) as packaged in globalgov/manystates (CC BY 4.0), and ISO",
        "# 3166-1/3166-3",
        "# through pycountry (iso-codes, LGPL-2.1). Do not edit by hand: change the generator.",
        "# kind: state | former-state",
        "iso2\tiso3\tcow\tcow_abb\tgw\tkind\tstart\tend\tname",
    ]
    for iso in sorted(({c.alpha_2 for c in pycountry.countries} | set(by_iso)) - set(FORMER)):
        country = pycountry.countries.get(alpha_2=iso)
        iso3 = country.alpha_3 if country is not None else {"XK": "XKX"}.get(iso, "")
        name = country.name if country is not None else {"XK": "Kosovo"}.get(iso, iso)
        entry = by_iso.get(iso, {})
        lines.append("\t".join((iso, iso3, entry.get("cow", ""), entry.get("cow_abb", ""), entry.get("gw", ""),
                                "state", "", "", name)))
    for iso, (iso3, name, start, end, cow_code, gw_code) in sorted(FORMER.items()):
        abb = next(r["stateabb"] for r in cow if r["ccode"] == cow_code)
        lines.append("\t".join((iso, iso3, cow_code, abb, gw_code, "former-state", start, end, name)))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(lines) - 6} rows)")


if __name__ == "__main__":
    main()
