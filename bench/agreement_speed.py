"""Speed of find_agreements: running text without head words, real articles, and scaling.

Usage: .venv/bin/python bench/agreement_speed.py [ARTICLE.txt ...]

The target is >= 20M chars/s on running text with no agreement words (the whole
pipeline aims at 2M chars/s). Articles are read only when given as arguments.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from diplomacy_model.phrases.agreement import find_agreements

PLAIN = (
    "Officials from both countries met in the capital on Wednesday to discuss trade, energy and security, "
    "and said they would continue consultations next month. "
)
WITH_HEADS = (
    "Officials said the China-Russia strategic partnership of coordination and the Paris Agreement remain in force, "
    "while the agreement was reached after talks. "
)


def rate(text: str, repeat: int = 3) -> float:
    """Best chars/s over *repeat* runs."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        find_agreements(text)
        best = min(best, time.perf_counter() - started)
    return len(text) / best


def main(paths: list[str]) -> None:
    find_agreements(WITH_HEADS)  # load the gazetteer once
    plain = PLAIN * (4_000_000 // len(PLAIN))
    print(f"no head words:      {rate(plain) / 1e6:8.1f}M chars/s  ({len(plain):,} chars)")
    heads = WITH_HEADS * (1_000_000 // len(WITH_HEADS))
    print(f"dense head words:   {rate(heads) / 1e6:8.1f}M chars/s  ({len(heads):,} chars)")
    if paths:
        articles = "\n\n".join(Path(p).read_text(encoding="utf-8") for p in paths) * 10
        print(f"articles x10:       {rate(articles) / 1e6:8.1f}M chars/s  ({len(articles):,} chars)")
    for unit in ("Treaty of Peace and ", "agreement between China and ", "and Treaty and "):
        small, large = unit * (50_000 // len(unit)), unit * (400_000 // len(unit))
        ratio = (len(large) / rate(large, 1)) / (len(small) / rate(small, 1))
        print(f"scaling x8 {unit!r:32} time ratio {ratio:5.1f} (8 = linear)")


if __name__ == "__main__":
    main(sys.argv[1:])
