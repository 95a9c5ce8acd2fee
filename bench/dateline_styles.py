"""Per-style figures for datelines: corpus entries per wire style and how many read right, and the round trip.

    .venv/bin/python bench/dateline_styles.py

For each style (the provenance a corpus entry is modelled on, as docs/phrases.md
groups them): accepted entries, entries read exactly as the corpus says, and the
negatives (texts that must give nothing). Then, for every house style of
``render_dateline`` (English and the agencies' languages), how many of a grid of
datelines (cities x dates x agencies) read back exactly (city, month, day, agency) and write the same text again.
"""

from __future__ import annotations

import collections
import datetime as dt

from diplomacy_model import Dateline, Span, find_dateline, parse_dateline, render_dateline
from diplomacy_model.phrases.dateline.corpus import SEED_STYLE_AGENCIES, corpus, observed
from diplomacy_model.phrases.dateline.render import STYLES


def main() -> None:
    counts: collections.Counter[str] = collections.Counter()
    right: collections.Counter[str] = collections.Counter()
    for e in corpus.examples:
        counts[e.source] += 1
        right[e.source] += observed(find_dateline(e.text, published=e.published), dict(e.expected)) == dict(
            e.expected
        )
    print(f"{'style (corpus provenance)':60s} entries  right")
    for source in dict.fromkeys(e.source for e in corpus.examples):
        print(f"{source:60s} {counts[source]:7d} {right[source]:6d}")
    negatives = sum(find_dateline(e.text) is None for e in corpus.negative)
    print(f"{'negatives (must give None)':60s} {len(corpus.negative):7d} {negatives:6d}")
    print(f"{'known failures (strict xfail)':60s} {len(corpus.known_failures):7d}")

    cities = ["Moscow", "Beijing", "Washington", "New York", "London", "Paris", "Berlin", "Tokyo", "Seoul", "Geneva",
              "Kyiv", "Brussels"]
    print(f"\n{'render style':14s} written  read back exactly")
    for style in STYLES:
        total = good = 0
        for city in cities:
            for when in (dt.date(2026, 2, 4), dt.date(2025, 12, 31), dt.date(2026, 7, 9)):
                d = Dateline(Span(0, 0), city=city, month=when.month, day=when.day, agency=SEED_STYLE_AGENCIES[style])
                try:
                    text = render_dateline(d, style=style)
                except Exception:  # noqa: BLE001 - a style that cannot write this dateline is counted as written 0
                    continue
                total += 1
                back = parse_dateline(text)
                same = (back.city, back.month, back.day, back.agency) == (d.city, d.month, d.day, d.agency)
                good += same and render_dateline(back, style=style) == text  # and it writes the same text back
        print(f"{style:14s} {total:7d} {good:7d}")


if __name__ == "__main__":
    main()
