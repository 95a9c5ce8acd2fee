"""Speed of find_leaders on ordinary text and on adversarial text (chars per second).

Times are CPU time of this process (time.process_time), so a busy machine skews them less.

Usage: ``.venv/bin/python bench/leaders_speed.py [DIR]``: ordinary text is the development articles
(read from their directory, repeated to 1 MB); adversarial inputs are generated.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from diplomacy_model.phrases.title import find_leaders


def rate(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        find_leaders(text, dateline_country="CN")
        best = min(best, time.process_time() - started)
    return len(text) / best


def main(directory: str = "/work/shared/data/articles_dev") -> None:
    started = time.process_time()
    for _ in range(10_000_000):
        pass
    print(f"calibration: an empty 10M-step Python loop takes {time.process_time() - started:.2f} s of CPU "
          "(about 0.15 s on an idle, current machine; scale the figures below by the ratio)")
    articles = [p.read_text(encoding="utf-8") for p in sorted(Path(directory).glob("*.txt"))]
    total = sum(map(len, articles))
    best = float("inf")
    for _ in range(20):
        started = time.process_time()
        for article in articles:
            find_leaders(article, dateline_country="CN")
        best = min(best, time.process_time() - started)
    print(f"article by article ({len(articles)} articles, {total} chars): {total / best / 1e6:.1f} M chars/s")
    ordinary = "\n\n".join(articles)
    size = 1_000_000
    ordinary = (ordinary * (size // len(ordinary) + 1))[:size]
    print(f"the articles joined and repeated to 1 MB: {rate(ordinary) / 1e6:.1f} M chars/s")
    for unit in ("President " * 5, "Foreign Minister of the ", "Secretary of the Council of the Federation of ",
                 "Prime Minister Narendra Modi of India, ", "Aaaa Bbbb Cccc Dddd "):
        for scale in (100_000, 1_000_000):
            text = (unit * (scale // len(unit) + 1))[:scale]
            print(f"{unit[:30]!r:34} {scale:>9}: {rate(text, 1) / 1e6:.2f} M chars/s")


if __name__ == "__main__":
    main(*sys.argv[1:])
