"""Datelines on copy from agencies the corpus was not written on, as a new user would meet it: exact per style.

    .venv/bin/python bench/dateline_agencies.py /work/shared/data [--show]

Reads the openings of ``articles_dev/*.txt`` (gold: ``bench/dateline_articles_gold.json``,
read by hand) and of ``articles_dev2/*.txt`` (gold: the ``dateline`` of each entry of
``articles_dev2_gold.json``), calls ``find_dateline`` on each whole text with the
publication date a caller would pass, and counts a dateline exact when city, written
country, the place's country, date and agency all agree (no dateline: ``None``). A
city written ``BEIJING/SEOUL`` counts for a gold ``Beijing``: the model keeps both
cities, the gold the first. Prints one line per agency style and the misses.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
from pathlib import Path
from typing import Any

from diplomacy_model import Dateline, find_dateline

ROOT = Path(__file__).resolve().parents[1]
Gold = dict[str, Any] | None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def cases(data: Path) -> list[tuple[str, str, str, dt.date | None, Gold]]:
    """(style, file, text, published, gold dateline) for every article with gold."""
    out = []
    refs = json.loads((ROOT / "bench" / "articles_gold.json").read_text(encoding="utf-8"))
    gold = json.loads((ROOT / "bench" / "dateline_articles_gold.json").read_text(encoding="utf-8"))
    for path in sorted((data / "articles_dev").glob("*.txt")):
        entry = gold[path.name]
        out.append((entry["style"], path.name, path.read_text(encoding="utf-8"),
                    _date(refs[path.name].get("reference_date")), entry["dateline"]))
    dev2 = json.loads((data / "articles_dev2_gold.json").read_text(encoding="utf-8"))
    for path in sorted((data / "articles_dev2").glob("*.txt")):
        entry = dev2[path.name]
        line = entry.get("dateline")
        want = None if line is None else {
            "city": line["city"], "country": line["country"], "place_country": line["gazetteer_country"],
            "date": line["date"], "agency": line["agency"],
        }
        if path.name.startswith("cnn_"):
            style = "CNN, crawled pages"
        elif want is None or want["agency"] is None:
            style = "Straits Times, own copy"
        else:
            style = "Straits Times, agency copy (Reuters, AFP, Bloomberg)"
        out.append((style, path.name, path.read_text(encoding="utf-8"), _date(entry.get("published")), want))
    return out


def differences(got: Dateline | None, want: Gold) -> list[str]:
    """The fields where ``got`` and ``want`` disagree (empty: exact)."""
    if want is None or got is None:
        return [] if want is got else [f"dateline {got is not None} where gold has {want is not None}"]
    city = got.city
    if city is not None and want["city"] is not None and "/" in city and city.split("/")[0] == want["city"]:
        city = want["city"]
    date = got.date.isoformat() if got.date is not None else None
    if date is None and got.year is not None and want["date"] is not None and len(want["date"]) < 10:
        date = got.partial_date.isoformat() if got.partial_date is not None else None
    have = {"city": city, "country": got.country, "place_country": got.place_country, "date": date,
            "agency": got.agency}
    return [f"{k} {have[k]!r} != {want[k]!r}" for k in have if have[k] != want[k]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="the shared data directory (articles_dev, articles_dev2 and its gold)")
    ap.add_argument("--show", action="store_true", help="print every dateline read, not only the misses")
    a = ap.parse_args()
    total: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    misses = []
    for style, name, text, published, want in cases(a.data):
        got = find_dateline(text, published=published)
        wrong = differences(got, want)
        total[style] += 1
        right[style] += not wrong
        if wrong:
            misses.append(f"  {name}: {'; '.join(wrong)}")
        if a.show:
            print(f"  {name}: {got!r}")
    print(f"{'agency style':55s} texts  exact")
    for style in total:
        print(f"{style:55s} {total[style]:5d} {right[style]:6d}  {right[style] / total[style]:.0%}")
    print(f"{'all':55s} {sum(total.values()):5d} {sum(right.values()):6d}  "
          f"{sum(right.values()) / max(1, sum(total.values())):.1%}")
    print("misses:" if misses else "misses: none")
    print("\n".join(misses))


if __name__ == "__main__":
    main()
