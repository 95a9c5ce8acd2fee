"""Datelines on hand-written openings from agencies the corpus was not written on: exact per style.

    .venv/bin/python bench/dateline_blind.py [bench/dateline_blind.jsonl] [--show]
    .venv/bin/python bench/dateline_blind.py bench/dateline_blind2.jsonl
    .venv/bin/python bench/dateline_blind.py bench/dateline_blind4.jsonl
    .venv/bin/python bench/dateline_blind.py bench/dateline_blind5.jsonl

``dateline_blind2.jsonl`` is a second set of 156 openings from the same agencies,
written after the rules were fixed on the first set (without consulting them while
writing) and measured once: 154/156 before any rule was changed for it.
``dateline_blind3.jsonl`` is a third set of 415 openings in 79 styles (more agencies,
old place names, agencies' own languages, 40 negatives), written without reading the
rules and measured once: 379/415 (91.3%), 58/79 styles at 100%, 2 invented cities
(bench/results/dateline_blind3_first.txt). Its misses were then fixed as forms (415/415 after), so it
too is no longer an unseen figure.
``dateline_blind4.jsonl`` is a fourth set of 528 openings in 77 styles (agencies' house
styles, crawled pages, press releases, government readouts, agency-only and place-only
openings, US/Canadian/Australian abbreviations, old and misspelt names, 79 negatives),
written from knowledge of each agency's style without reading the rules, the corpus, the
dateline tests or the earlier blind sets, and measured once: 477/528 (90.3%), 52/77 styles
at 100%, 6 invented cities (bench/results/dateline_blind4_first.txt). A dateline that writes
no date is exact with no date, the publication year or the publication date.
``dateline_blind5.jsonl`` is a fifth set of 113 openings in 38 styles from agencies and outlets
none of the earlier sets names (Agerpres, Tanjug, Hina, ANA-MPA, BNS, Montsame, RSS, Kabar,
Khovar, AZERTAC, Armenpress, GNA, NAN, ENA, APS, MAP, TAP, Andina, Télam/Notimex/ABI, China
News Service, Interfax in Russian, broadcasters' and regional papers' web copy, other release
wires, 15 negatives), written before the rules, gazetteer or corpus were read and measured
once: 87/113 (77.0%), 22/38 styles at 100%, no invented city
(bench/results/dateline_blind5_first.txt).

Each line of the file is one opening as a new user would paste it (headline and
credit lines, then the dateline and the first words of the lead), written from
knowledge of each agency's house style before the dateline rules were read, with
the ``published`` date a caller would pass and the gold a careful reader gives:
``city``, ``country`` (ISO code of the place, written or not), ``date`` (ISO:
``2024-03-04``, ``2024-03``, or ``--03-04`` when no year is known) and ``agency``;
``null`` when the opening has no dateline. A gold field may list the readings a
careful reader would accept (``["Kiev", "Kyiv"]``), and the gold itself may be a
list of whole readings (a Kremlin page's place line is read or not).

A dateline is exact when all four fields agree; city and agency are compared
without case or accents. A model city written ``BEIJING/SEOUL`` counts for its
first city, as in bench/dateline_agencies.py. Also counts invented cities: a city
given where the gold has none.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any

from diplomacy_model import Dateline, find_dateline

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("city", "country", "date", "agency")
Reading = dict[str, str | None]


def _fold(value: str | None) -> str | None:
    if value is None:
        return None
    bare = "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if month is None:
        return None if year is None else f"{year:04d}"
    if year is None:
        return f"--{month:02d}-{day:02d}" if day else None
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


def reading(found: Dateline | None) -> Reading:
    """The four compared fields of what ``find_dateline`` gave."""
    if found is None:
        return dict.fromkeys(FIELDS)
    city = found.city.split("/")[0] if found.city else None
    return {
        "city": city,
        "country": found.place_country or found.country,
        "date": _iso(found.year, found.month, found.day),
        "agency": found.agency,
    }


def _alternatives(gold: Any) -> list[dict[str, Any]]:
    readings = gold if isinstance(gold, list) else [gold]
    return [g if g is not None else dict.fromkeys(FIELDS) for g in readings]


def _field_ok(name: str, want: Any, got: str | None) -> bool:
    options = want if isinstance(want, list) else [want]
    if name in ("city", "agency"):
        return _fold(got) in {_fold(o) for o in options}
    return got in options


def exact(gold: Any, got: Reading) -> bool:
    """Whether one of the gold readings agrees with ``got`` on every field."""
    return any(all(_field_ok(f, g.get(f), got[f]) for f in FIELDS) for g in _alternatives(gold))


def invented(gold: Any, got: Reading) -> bool:
    """A city given where no gold reading has one."""
    cities = [g.get("city") for g in _alternatives(gold)]
    return got["city"] is not None and all(c is None for c in cities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=ROOT / "bench" / "dateline_blind.jsonl")
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    totals: collections.Counter[str] = collections.Counter()
    hits: collections.Counter[str] = collections.Counter()
    misses = []
    inventions = 0
    for line in args.file.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        published = dt.date.fromisoformat(case["published"]) if case["published"] else None
        got = reading(find_dateline(case["text"], published=published))
        style = case["style"]
        totals[style] += 1
        if exact(case["gold"], got):
            hits[style] += 1
        else:
            misses.append((style, case["text"], case["gold"], got))
        inventions += invented(case["gold"], got)
    for style in sorted(totals, key=lambda s: (hits[s] / totals[s], s)):
        print(f"{style:14} {hits[style]:3}/{totals[style]:<3} {100 * hits[style] / totals[style]:6.1f}%")
    n, k = sum(totals.values()), sum(hits.values())
    perfect = sum(hits[s] == totals[s] for s in totals)
    print(
        f"all            {k:3}/{n:<3} {100 * k / n:6.1f}%   styles at 100%: {perfect}/{len(totals)}"
        f"   invented cities: {inventions}"
    )
    if args.show:
        for style, text, gold, got in misses:
            print(f"\n[{style}] {text[:160]!r}\n  gold {gold}\n  got  {got}")


if __name__ == "__main__":
    main()
