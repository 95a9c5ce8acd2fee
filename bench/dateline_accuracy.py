"""Dateline accuracy on a JSONL file of article openings with gold values (the Reuters 1987 dev set's format).

    .venv/bin/python bench/dateline_accuracy.py /path/to/datelines_dev.jsonl [--misses N]

Scores ``find_dateline`` on every record marked valid: exact on city, region,
country, month, day, date and agency, compared as the shared dev scorer does
(case, dots, hyphens and apostrophes ignored in place names). Counts exceptions
on every record, and what the parser returned for records marked invalid.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from diplomacy_model import find_dateline

DEFAULT = Path("/work/shared/data/datelines_dev.jsonl")
FIELDS = ("city", "region", "country", "month", "day", "date", "agency")


def place(value: object) -> str:
    return " ".join(re.sub(r"[.\-'\u2019]", " ", str(value or "")).casefold().split())


def key(name: str, value: Any) -> Any:
    if name in ("city", "region", "agency"):
        return place(value)
    if name == "date":
        return value.isoformat() if hasattr(value, "isoformat") else value
    return value


def score(path: Path, misses: int) -> dict[str, Any]:
    good = valid = crashes = invalid_none = invalid = 0
    wrong: Counter[str] = Counter()
    shown: list[str] = []
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        published = dt.date.fromisoformat(r["published"]) if r.get("published") else None
        try:
            d = find_dateline(r["text"], published=published)
        except Exception as exc:  # noqa: BLE001 - counting every failure is the point
            crashes += 1
            shown.append(f"  raised {type(exc).__name__}: {exc} on {r['raw']!r}")
            continue
        if not r["valid"]:
            invalid += 1
            invalid_none += d is None
            continue
        valid += 1
        bad = [f for f in FIELDS if d is None or key(f, getattr(d, f)) != key(f, r[f])]
        if not bad:
            good += 1
            continue
        wrong.update(bad)
        if len(shown) < misses:
            got = None if d is None else {f: key(f, getattr(d, f)) for f in bad}
            shown.append(f"  {r['raw']!r}: wrong {bad}: got {got}, want { {f: key(f, r[f]) for f in bad} }")
    return {"valid": valid, "exact": good, "crashes": crashes, "invalid": invalid, "invalid_none": invalid_none,
            "wrong_fields": dict(wrong), "shown": shown}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", type=int, default=20)
    a = ap.parse_args()
    if not a.path.exists():
        sys.exit(f"no such file: {a.path}")
    s = score(a.path, a.misses)
    print("\n".join(s["shown"]))
    print(f"valid {s['valid']}: exact {s['exact'] / max(1, s['valid']):.2%} ({s['valid'] - s['exact']} misses); "
          f"exceptions {s['crashes']}; invalid {s['invalid']}, of which None {s['invalid_none']}; "
          f"wrong fields {s['wrong_fields']}")


if __name__ == "__main__":
    main()
