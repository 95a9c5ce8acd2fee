"""Generate ``phrases/title/office_holders.tsv``: who held national office, when, for which state.

Run at development time (not at install or import)::

    .venv/bin/python tools/make_office_holders.py [--manystates /work/.mirror/globalgov+manystates/repo]

Sources:

* Archigos 4.1 (Goemans, Gleditsch & Chiozza 2009; version 4.1, 2016): the effective ruler of every state,
  1875-2015, one row per spell, with a person key (``leadid``) and a DBpedia resource for about half of
  them. Read from ``data-raw/leaders/archigos/arch_annual.txt`` in a git snapshot of ``globalgov/manystates``
  (package licence CC BY 4.0; Archigos is distributed freely for research by its authors, cite the paper).
  Spells that ended before 1946 are left out.
* ``known_leaders.tsv`` beside the output: a small hand-checked list (heads of state and government after
  2015, foreign ministers, spokespersons), years from the offices' public records.

Rows: ``id`` (``archigos:<leadid>``, or ``hand:<Name_With_Underscores>`` for people Archigos does not have;
no Wikidata QIDs could be fetched here), ``name`` (DBpedia's title where there is one, else the hand table's
full name when one matches the family name, country and years, else Archigos's own, often a family name
alone), ``aliases`` (``|``-separated: Archigos's spelling, an ASCII form, the other name order for Japanese,
Korean, Chinese and Vietnamese names), ``office`` (``leader`` for Archigos's effective ruler; empty for
hand rows), ``country`` (ISO 3166-1 alpha-2 at the time: SU, DD, YU, CS for former states), ``start``,
``end`` (ISO dates or years; Archigos stops at 2015-12-31), ``source``.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import unicodedata
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TITLE = ROOT / "src" / "diplomacy_model" / "phrases" / "title"
CODES = ROOT / "src" / "diplomacy_model" / "gazetteer" / "countries_codes.tsv"
OUT = TITLE / "office_holders.tsv"
ARCHIGOS = "data-raw/leaders/archigos/arch_annual.txt"
# States whose names are written family name first (in Archigos's and in the press's usage).
FAMILY_FIRST = frozenset(("CN", "TW", "KR", "KP", "VN", "JP", "HU", "KH", "MN", "SG"))


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


def fold(text: str) -> str:
    """ASCII letters only: ``Schröder`` -> ``Schroder``."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


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
CORRECTIONS = {"CZR-1993": "Václav Klaus"}  # linked to Josef Klaus, Austria's chancellor of the 1960s
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--manystates", type=Path, default=Path("/work/.mirror/globalgov+manystates/repo"))
    parser.add_argument("--fixture", type=Path, default=ROOT / "tests" / "data" / "archigos_sample.tsv",
                        help="where to write the sample of source rows the tests check the table against")
    args = parser.parse_args()
    raw = subprocess.run(["git", "--git-dir", str(args.manystates), "show", f"HEAD:{ARCHIGOS}"], check=True,
                         capture_output=True).stdout.decode("latin-1")
    cow_iso = _cow_to_iso()
    spells: dict[str, list[dict[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(raw), delimiter="\t"):
        spells.setdefault(row["obsid"], []).append(row)
    hand = _hand_rows()
    hand_by_family: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {}
    for entry in hand:
        hand_by_family.setdefault((_family(entry[0], entry[1]), entry[1]), []).append(entry)
    out_rows: list[tuple[str, ...]] = []
    ids_by_name: dict[tuple[str, str], str] = {}
    for obsid, rows in spells.items():
        first, last = rows[0], rows[-1]
        start, end = min(r["startdate"] for r in rows), max(r["enddate"] for r in rows)
        if end < "1946-01-01":
            continue
        country = country_at(first["ccode"], start, cow_iso)
        if country is None:
            continue
        short = first["leader"].strip()
        name = CORRECTIONS.get(obsid) or _dbpedia_name(first["dbpedia.uri"]) or short
        if " " not in name or "." in name.split()[0]:  # "Obama", "G.H.W. Bush": a full name from the hand table
            for hand_name, _code, hand_first, hand_last in hand_by_family.get((name.split()[-1], country), ()):
                if int(hand_first) <= int(end[:4]) and (not hand_last or int(start[:4]) <= int(hand_last)):
                    name = hand_name
                    break
        person = f"archigos:{first['leadid']}"
        for form in {match_key(name), match_key(name.translate(_GERMANIC))}:
            ids_by_name.setdefault((form, _LINE.get(country, country)), person)
        out_rows.append((person, name, "|".join(_aliases(name, short, country)), "leader", country, start, end,
                         f"Archigos 4.1 {obsid}"))
        # A state that changes code within one spell (Gorbachev: SU, then none) keeps the code at its start.
        del last
    for name, hand_code, first_year, last_year in hand:
        code = hand_code
        if code == "RU" and last_year and int(last_year) <= 1991:
            code = "SU"  # the hand table writes today's state; Gorbachev served the Soviet Union
        person = ids_by_name.get((match_key(name), _LINE.get(code, code)), f"hand:{fold(name).replace(' ', '_')}")
        out_rows.append((person, name, "|".join(_aliases(name, "", code)), "", code, first_year, last_year,
                         "known_leaders.tsv"))
    _write_fixture(args.fixture, spells)
    header = [
        "# Office holders: heads of state and government and other national office holders, by spell.",
        "# Generated by tools/make_office_holders.py; do not edit by hand (edit known_leaders.tsv, then re-run).",
        "# Sources: Archigos 4.1 (Goemans, Gleditsch & Chiozza; 1875-2015, effective rulers; via globalgov/manystates,",
        "# CC BY 4.0) and known_leaders.tsv (hand-checked). See the generator's docstring for the columns.",
        "id\tname\taliases\toffice\tcountry\tstart\tend\tsource",
    ]
    OUT.write_text("\n".join(header + ["\t".join(row) for row in out_rows]) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(out_rows)} rows, {len({r[0] for r in out_rows})} people")


if __name__ == "__main__":
    main()
