"""Throughput and scaling of ``find_organisations``, and what it finds in a folder of articles.

Run: ``python bench/organisations.py [ARTICLE_DIR] [--list]``. Without a folder it
uses the seed; with one (for example ``../shared/data/articles_dev``) it reads
every ``*.txt`` in it. ``--list`` prints each article's organisations and
mentions, for reading as an analyst would. The target is >= 20M chars/s.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

from diplomacy_model import find_organisations

ROOT = Path(__file__).resolve().parents[1]


def throughput(text: str, seconds: float = 2.0) -> tuple[float, float]:
    """Characters per second over *text* by the wall clock and by CPU time (after one warm-up call).

    CPU time is the fairer figure on a shared machine; the wall clock is what a user sees.
    """
    find_organisations(text)
    runs, started, cpu_started = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        find_organisations(text)
        runs += 1
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return runs * len(text) / wall, runs * len(text) / cpu


def main(argv: list[str]) -> None:
    folder = next((Path(a) for a in argv if not a.startswith("--")), None)
    paths = sorted(folder.glob("*.txt")) if folder else [ROOT / "seeds" / "000_ab07fd71c83e242d.txt"]
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    if "--list" in argv:
        for name, text in texts.items():
            for org in find_organisations(text):
                mentions = ", ".join(repr(m.of(text)) for m in org.mentions)
                print(f"{name}: {org.acronym or org.name} ({org.founded}): {mentions}")
    whole = "\n\n".join(texts.values())
    small, small_cpu = throughput(whole)
    big, big_cpu = throughput(whole * 20)
    print(f"find_organisations over {len(texts)} article(s), {len(whole):,} chars: {small / 1e6:.1f}M chars/s "
          f"wall, {small_cpu / 1e6:.1f}M chars/s CPU")
    print(f"  20x the text: {big / 1e6:.1f}M wall, {big_cpu / 1e6:.1f}M CPU "
          f"(CPU ratio {big_cpu / small_cpu:.2f}; ~1.0 means linear)")
    for unit in ("United Nations Security Counci ", "UN-UN-", "the the ", "WHO WHO "):
        adversarial = unit * (1_000_000 // len(unit))
        started = time.perf_counter()
        find_organisations(adversarial)
        print(f"  1 MB of {unit!r}: {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
