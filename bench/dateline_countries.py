"""How often a city dateline gets the right country from the gazetteer (``place_country``).

    .venv/bin/python bench/dateline_countries.py [/path/to/datelines_dev.jsonl] [--misses 20]

The gold is each valid record's ``country_implied`` (what a gazetteer would say),
over the records with a city. Prints the share right, by how the country was
found (``place_country_source``), and the misses.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
from pathlib import Path

from diplomacy_model import find_dateline

DEFAULT = Path("/work/shared/data/datelines_dev.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", type=int, default=20)
    a = ap.parse_args()
    right = total = 0
    by_source: collections.Counter[tuple[str | None, bool]] = collections.Counter()
    misses: collections.Counter[tuple[str, str | None, str | None]] = collections.Counter()
    for line in a.path.open(encoding="utf-8"):
        r = json.loads(line)
        if not r.get("valid") or not r.get("city") or not r.get("country_implied"):
            continue
        published = dt.date.fromisoformat(r["published"]) if r.get("published") else None
        d = find_dateline(r["text"], published=published)
        got = None if d is None else d.place_country
        ok = got == r["country_implied"]
        total += 1
        right += ok
        by_source[(None if d is None else d.place_country_source, ok)] += 1
        if not ok:
            misses[(r["raw"].strip(), got, r["country_implied"])] += 1
    print(f"city datelines with a gold country: {total}; place_country right: {right} ({right / max(1, total):.2%})")
    for source in sorted({s for s, _ok in by_source}, key=str):
        good, bad = by_source[(source, True)], by_source[(source, False)]
        print(f"  source {source}: {good} right, {bad} wrong")
    for (raw, got, want), n in misses.most_common(a.misses):
        print(f"  {n:3d}x {raw!r}: got {got}, want {want}")


if __name__ == "__main__":
    main()
