"""How much of who held office the shipped office-holder table covers: the figures of issue 11.

Run at development time, with a git snapshot of ``globalgov/manystates`` (for the Correlates of War state
system membership, which says which states existed when)::

    .venv/bin/python tools/office_holders_coverage.py [--manystates /work/.mirror/globalgov+manystates/repo]

It counts state-days: every state that was or is a member of the United Nations, on 1 July of each year
from 1946 to 2025 while the state system lists it (COW v2016 ends in 2016; a state listed then is counted to
2025), and asks whether the table has a row of that office, for that state, covering that day:

* heads of state, heads of government (rows ``head_of_state`` / ``head_of_government``), and both;
* the effective ruler (any row: Archigos's ``leader`` or either head);
* foreign ministers of the G20 states, 1990-2025.

UN membership is approximated by the state system: states that were never members are left out (Kosovo,
Taiwan after 1971, South Vietnam, the PRC before 1971), but a state is counted from its entry into the
system rather than from its admission (Italy from 1946, not 1955). The figures measure the table against
itself, not against an outside list: a row covering a day counts, whether or not its person is right
(the tests check samples against the sources). Head of government rows include the derived ones the
generator marks in their source column (a presidential state's head of state; a parliamentary democracy's
Archigos ruler; a ruling head of state in the years ``RULING_HEADS`` lists; the British monarch in a
Commonwealth realm); G20 foreign ministers count the Soviet Union's for Russia before 1992.

What counts as covered: one row of the office is enough, so a collective head of state (San Marino's two
captains regent, Bosnia's presidency, Switzerland's council) is covered by any one member; a realm's head of
state is the monarch, never the governor-general; acting and interim holders count where a source lists them;
a vacancy (Lebanon's presidency, 2022-25) is a miss. North and South Yemen (1967-90) share the code YE and count
as one state-year. Zimbabwe counts from its independence (1980), not from Rhodesia's declaration (1965).
``--gaps N`` lists the N states with the most state-years missing for each head, with the years.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from make_office_holders import G20, _cow_to_iso, country_at  # noqa: E402

from diplomacy_model.phrases.title.holders import holders  # noqa: E402

# COW codes of states that were never UN members, or not for these years (the seat of China).
_NEVER = {"347", "817", "511", "711"}  # Kosovo, South Vietnam, Zanzibar, Tibet
# The PRC; Vietnam; Zimbabwe, which the state system lists from Rhodesia's declaration of 1965 (Rhodesia was never
# a member: the UN called for sanctions against it).
_MEMBER_FROM = {"710": "1971-10-25", "816": "1977-09-20", "552": "1980-04-18"}
_MEMBER_TO = {"713": "1971-10-25"}


def state_days(manystates: Path, last: int = 2025) -> list[tuple[str, str]]:
    """(ISO code at the time, ``YYYY-07-01``) for every UN member state on 1 July of 1946 .. *last*."""
    raw = subprocess.run(["git", "--git-dir", str(manystates), "show", "HEAD:data-raw/states/COW/states2016.csv"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    cow_iso = _cow_to_iso()
    out = set()
    for row in csv.DictReader(io.StringIO(raw)):
        cow = row["ccode"]
        if cow in _NEVER:
            continue
        start = f"{int(row['styear']):04d}-{int(row['stmonth']):02d}-{int(row['stday']):02d}"
        end = f"{int(row['endyear']):04d}-{int(row['endmonth']):02d}-{int(row['endday']):02d}"
        if end == "2016-12-31":
            end = f"{last}-12-31"
        start = max(start, _MEMBER_FROM.get(cow, start))
        end = min(end, _MEMBER_TO.get(cow, end))
        for year in range(max(1946, int(start[:4])), min(last, int(end[:4])) + 1):
            day = f"{year}-07-01"
            code = country_at(cow, day, cow_iso)
            if start <= day <= end and code is not None:
                out.add((code, day))
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--manystates", type=Path, default=Path("/work/.mirror/globalgov+manystates/repo"))
    parser.add_argument("--gaps", type=int, default=0, help="print this many states with the most uncovered years")
    args = parser.parse_args()
    by_state: dict[str, list[tuple[str, str, str]]] = {}
    for row in holders():
        by_state.setdefault(row.country, []).append((row.office, row.start, row.end))

    def held(code: str, day: str, offices: tuple[str, ...]) -> bool:
        return any(office in offices and day[: len(start)] >= start and (not end or day[: len(end)] <= end)
                   for office, start, end in by_state.get(code, ()))

    days = state_days(args.manystates)
    periods = (("1946-2015", "1946", "2015"), ("2016-2025", "2016", "2025"), ("1946-2025", "1946", "2025"))
    print(f"office-holder table: {len(holders())} rows, {len({r.id for r in holders()})} people, "
          f"{sum(1 for r in holders() if r.id.startswith('Q'))} rows with a Wikidata QID")
    missing: dict[str, Counter[str]] = {"head_of_state": Counter(), "head_of_government": Counter()}
    for label, first, last in periods:
        chosen = [(c, d) for c, d in days if first <= d[:4] <= last]
        hos = sum(held(c, d, ("head_of_state",)) for c, d in chosen)
        hog = sum(held(c, d, ("head_of_government",)) for c, d in chosen)
        both = sum(held(c, d, ("head_of_state",)) and held(c, d, ("head_of_government",)) for c, d in chosen)
        ruler = sum(held(c, d, ("leader", "head_of_state", "head_of_government", "")) for c, d in chosen)
        n = len(chosen)
        print(f"UN member state-years {label} ({n}): head of state {hos / n:.1%}, head of government "
              f"{hog / n:.1%}, both {both / n:.1%}; effective ruler or either head {ruler / n:.1%}")
        if label == "1946-2025":
            for code, day in chosen:
                for office, counter in missing.items():
                    if not held(code, day, (office,)):
                        counter[f"{code} {day[:4]}"] += 1
    # Russia's foreign minister before the Soviet Union ended is the Soviet Union's (Shevardnadze in 1990).
    fm_days = [("SU" if code == "RU" and year <= 1991 else code, f"{year}-07-01") for code in G20
               for year in range(1990, 2026)]
    fm = sum(held(c, d, ("foreign_minister",)) for c, d in fm_days)
    print(f"G20 foreign ministers 1990-2025 ({len(fm_days)} state-years): {fm / len(fm_days):.1%}")
    if args.gaps:
        for office, counter in missing.items():
            years: dict[str, list[int]] = {}
            for key in counter:
                code, year = key.split()
                years.setdefault(code, []).append(int(year))
            worst = sorted(years.items(), key=lambda item: (-len(item[1]), item[0]))[: args.gaps]
            print(f"{office}: {sum(map(len, years.values()))} state-years missing; the most, with their years:")
            for code, found in worst:
                print(f"  {code} {len(found)}: {' '.join(_runs(sorted(found)))}")
        for code in G20:
            gaps = [d[:4] for c, d in fm_days if c == code and not held(c, d, ("foreign_minister",))]
            if gaps:
                print(f"  {code} foreign minister missing: {' '.join(gaps)}")


def _runs(years: list[int]) -> list[str]:
    """``[1950, 1951, 1952, 1960]`` -> ``["1950-1952", "1960"]``."""
    out: list[list[int]] = []
    for year in years:
        if out and out[-1][-1] == year - 1:
            out[-1].append(year)
        else:
            out.append([year])
    return [f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]) for run in out]

if __name__ == "__main__":
    main()
