"""CPU time of extract's stages one by one (best and median of many passes), on the seed or on a directory.

Run: ``python bench/stages.py [ARTICLE_DIR] [--stage NAME ...]``. Each stage gets the arguments
``extract`` gives it (the dateline's home country, the reference date), computed once beforehand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import diplomacy_model as dm
from diplomacy_model.phrases.dates import header_date, resolve_mentions

ROOT = Path(__file__).resolve().parents[1]
_PUBLISHED = dt.date(2026, 2, 5)


def _setup(text: str) -> tuple[str | None, dt.date | None]:
    published = header_date(text) or _PUBLISHED
    dateline = dm.find_dateline(text, published=published)
    reference = dateline.date if dateline is not None and dateline.date is not None else published
    home = None
    if dateline is not None:
        home = dateline.country
    return home, reference


def stages(texts: list[str]) -> dict[str, Callable[[], object]]:
    setups = [(t, *_setup(t)) for t in texts]

    def each(fn: Callable[[str, str | None, dt.date | None], object]) -> Callable[[], object]:
        return lambda: [fn(t, home, ref) for t, home, ref in setups]

    return {
        "leaders": each(lambda t, home, ref: dm.find_leaders(t, dateline_country=home, reference=ref)),
        "dates": each(lambda t, home, ref: resolve_mentions(t, ref)),
        "anniversaries": each(lambda t, home, ref: dm.find_anniversaries(t, published=ref)),
        "agreements": each(lambda t, home, ref: dm.find_agreements(t)),
        "extract": each(lambda t, home, ref: dm.extract(t, published=_PUBLISHED)),
    }


def best_of(fn: Callable[[], object], seconds: float) -> tuple[float, float]:
    fn()
    passes: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < seconds or len(passes) < 5:
        began = time.process_time()
        fn()
        passes.append(time.process_time() - began)
    passes.sort()
    return passes[0], passes[len(passes) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path)
    parser.add_argument("--stage", action="append")
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    if args.directory is not None:
        texts = [p.read_text(encoding="utf-8") for p in sorted(args.directory.glob("*.txt"))]
    else:
        texts = [(ROOT / "seeds" / "000_ab07fd71c83e242d.txt").read_text(encoding="utf-8")]
    for name, fn in stages(texts).items():
        if args.stage and name not in args.stage:
            continue
        best, median = best_of(fn, args.seconds)
        print(f"{name:14s} best {best * 1e3:8.3f} ms   median {median * 1e3:8.3f} ms   ({len(texts)} texts)")


if __name__ == "__main__":
    main()
