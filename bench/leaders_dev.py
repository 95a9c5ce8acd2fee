"""Print the leaders found in each development article, for reading as an analyst would.

Usage: ``.venv/bin/python bench/leaders_dev.py [DIR]`` (default ``/work/shared/data/articles_dev``).
The dateline country is guessed from the first capitalised city before a comma (``SEOUL, Dec. 29``);
the articles themselves are read from their directory and never copied.
"""

from __future__ import annotations

import sys
from pathlib import Path

import regex

from diplomacy_model.gazetteer.countries import lookup_city
from diplomacy_model.phrases.title import find_leaders

_CITY = regex.compile(r"\b(\p{Lu}{3,}+(?: \p{Lu}{3,}+)*+),")


def dateline_country(text: str) -> str | None:
    match = _CITY.search(text[:1500])
    return lookup_city(match.group(1)) if match else None


def main(directory: str = "/work/shared/data/articles_dev") -> None:
    for path in sorted(Path(directory).glob("*.txt")):
        text = path.read_text(encoding="utf-8").split("\n\n", 1)[1]
        country = dateline_country(text)
        print(f"=== {path.name} (dateline country {country})")
        for leader in find_leaders(text, dateline_country=country):
            flag = "~" if leader.country_inferred else ""
            print(f"  {leader.name!r:34} {leader.title!r:45} {flag}{leader.country} {leader.organisation or ''}"
                  f" x{len(leader.mentions)}  <{leader.span.of(text)}>")


if __name__ == "__main__":
    main(*sys.argv[1:])
