"""Dated meetings on hand-written articles the meeting rules were not written on: devscore's matching rule.

    .venv/bin/python bench/meetings_blind.py [bench/meetings_blind.jsonl] [--show]

``meetings_blind.jsonl`` holds 17 short articles (150-180 words each) in the style of
The Straits Times, CNN and the agencies they carry, about diplomacy of March-September
2020 (Asean and G20 video summits, US-China, Brexit rounds, Korea, the Middle East,
Covid-era calls, visits, talks between states and between organisations), written
before the meeting rules or ``article.py`` were read. Each line has ``name``,
``published``, ``text`` and ``gold`` in the format of ``articles_dev2_gold.json``
(one meeting per pair, kinds, modes, dates at their precision, ``optional`` and
``implied``); 78 gold meetings, 72 dated.

Scoring is devscore's for articles: a gold meeting with a date is matched by an
unused extracted meeting with exactly the same ISO date string (``2020-08-20``,
``2020-W34``, ``2020-06``, ``2020``) that shares a participant after casefolding, or
by any meeting with that date when the gold lists no participant. Optional and
implied gold meetings count neither way; every other extracted meeting with a date
is extra.

Measured once, before any rule was changed for it: F1 0.593 (right 32, extra 4, missed 40).

``meetings_blind2.jsonl`` is a second probe: 43 shorter passages (one to three sentences) in
the same styles, written before the meeting rules were read again, 32 with meetings (calls told
in reported speech or with a quoted word for them, trips with a pronoun for the traveller,
bodies' members meeting, states named by capitals or by "their foreign ministers", a verb's
second object left out, "earlier in the week", statements the day after) and 11 negatives
("meet the deadline", "met with protests", "the meeting point", a meeting refused, one only
hoped for, "no plan for X to visit", a visit to a hospital); 37 required dated meetings.
Measured once, before any rule was changed for it: F1 0.716 (right 24, extra 6, missed 13).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import diplomacy_model as dm

DEFAULT = Path(__file__).resolve().parent / "meetings_blind.jsonl"


def _norm(text: object) -> str:
    return " ".join(str(text or "").replace("\u2019", "'").split()).casefold()


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    isoformat = getattr(value, "isoformat", None)
    return str(isoformat()) if callable(isoformat) else str(value)


def score(rows: list[dict[str, object]], show: bool) -> tuple[int, int, int]:
    """Right, extra and missed dated meetings over *rows*, printing each miss and extra when *show*."""
    right = extra = missed = 0
    for row in rows:
        gold = row["gold"]
        assert isinstance(gold, dict)
        article = dm.extract(str(row["text"]), published=dt.date.fromisoformat(str(row["published"])))
        found = [({_norm(p) for p in m.participants}, _iso(m.date)) for m in article.meetings]
        used: set[int] = set()
        for want in gold["meetings"]:
            if not want.get("date"):
                continue
            names = {_norm(p) for p in want["participants"]}
            hit = next((i for i, (people, day) in enumerate(found)
                        if i not in used and day == want["date"] and (not names or people & names)), None)
            soft = want.get("optional") or want.get("implied")
            if hit is not None:
                used.add(hit)
                right += not soft
            elif not soft:
                missed += 1
                if show:
                    near = [day for people, day in found if names & people]
                    print(f"  miss  {row['name']}: {sorted(names)} {want['date']} ({want['kind']}) near {near}")
        for i, (people, day) in enumerate(found):
            if i not in used and day:
                extra += 1
                if show:
                    print(f"  extra {row['name']}: {sorted(people)} {day}")
    return right, extra, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="print every miss and extra")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    right, extra, missed = score(rows, args.show)
    f1 = 2 * right / max(1, 2 * right + extra + missed)
    print(f"{args.file.name} ({len(rows)} articles): dated meetings F1 {f1:.3f} "
          f"(right {right}, extra {extra}, missed {missed})")


if __name__ == "__main__":
    main()
