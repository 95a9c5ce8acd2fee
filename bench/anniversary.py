"""Speed of ``find_anniversaries`` on running text, against ``dateparser.search_dates``.

    .venv/bin/python bench/anniversary.py [../shared/data/anniversaries_dev.jsonl]

Two texts: the seed article repeated (about 250 kB), and, when a JSONL file is given, its
``sentence`` fields joined as paragraphs. For each it prints characters per second for
``find_anniversaries`` (best of several runs) and for ``dateparser.search_dates`` on a sample of
the same text (dateparser is slow, so a sample is enough for a rate), then the ratio and the
machine. The targets: >= 10 M chars/s and >= 50x dateparser.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from diplomacy_model import find_anniversaries

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ab07fd71c83e242d.txt"


def rate(func: Callable[[str], object], text: str, *, seconds: float = 2.0, repeat: int = 5) -> float:
    """Best characters per second over *repeat* rounds of about ``seconds / repeat`` each."""
    best = 0.0
    for _ in range(repeat):
        n = 0
        start = time.perf_counter()
        while True:
            func(text)
            n += 1
            elapsed = time.perf_counter() - start
            if elapsed >= seconds / repeat:
                break
        best = max(best, n * len(text) / elapsed)
    return best


def dateparser_rate(text: str, sample: int) -> float:
    from dateparser.search import search_dates  # type: ignore[import-untyped]  # no stubs; imported late, it is slow

    chunk = text[:sample]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        search_dates(chunk[:2000])  # warm up: dateparser loads its language data lazily
        start = time.perf_counter()
        search_dates(chunk)
        return len(chunk) / (time.perf_counter() - start)


def report(name: str, text: str, sample: int) -> None:
    ours = rate(find_anniversaries, text)
    theirs = dateparser_rate(text, sample)
    found = len(find_anniversaries(text))
    print(f"{name}: {len(text):,} chars, {found} anniversaries found")
    print(f"  find_anniversaries      {ours / 1e6:8.2f} M chars/s   (target >= 10)")
    print(f"  dateparser.search_dates {theirs / 1e6:8.4f} M chars/s   (on the first {min(sample, len(text)):,} chars)")
    print(f"  ratio                   {ours / theirs:8.0f}x          (target >= 50x)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl", nargs="?", help="anniversaries_dev.jsonl: its sentences become a second text")
    ap.add_argument("--sample", type=int, default=20_000, help="characters given to dateparser (default 20000)")
    args = ap.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}, "
          f"Python {sys.version.split()[0]} ({platform.python_implementation()})")
    seed = SEED.read_text(encoding="utf-8")
    report("seed article x50", (seed + "\n\n") * 50, args.sample)
    if args.jsonl:
        with open(args.jsonl, encoding="utf-8") as fh:
            sentences = [json.loads(line)["sentence"] for line in fh if line.strip()]
        text = "\n\n".join(sentences)
        report(f"dev sentences x10 ({len(sentences)} sentences)", (text + "\n\n") * 10, args.sample)


if __name__ == "__main__":
    main()
