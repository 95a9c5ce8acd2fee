"""Precision, recall and F1 of ``extract`` on real articles against hand-made gold, with extract's time.

Run: ``.venv/bin/python bench/articles_eval.py [ARTICLE_DIR] [--gold FILE] [--misses] [--reference]``.

A thin caller of :mod:`diplomacy_model.evaluate` (the scoring, and ``diplomacy-model evaluate``) that adds the
time of ``extract`` per article. The articles (default ``/work/shared/data/articles_dev``) belong to their
publishers and stay outside the repository; the gold (``bench/articles_gold.json``) holds only names, codes and
dates, read by hand without looking at the library's output. The gold format and the scoring rules are in
``docs/evaluate.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

import diplomacy_model as dm
from diplomacy_model import evaluate as ev

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = Path("/work/shared/data/articles_dev")
DEFAULT_GOLD = ROOT / "bench" / "articles_gold.json"


def best_time(text: str, published: dt.date | None, repeat: int) -> float:
    """Fastest of *repeat* runs of ``extract`` on *text*, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        dm.extract(text, published=published)
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--misses", action="store_true", help="list misses, false positives and disagreements")
    parser.add_argument("--reference", action="store_true", help="pass reference_date, not just a text-fixed date")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs per article (best is kept)")
    args = parser.parse_args()
    gold = ev.load_gold(args.gold)
    dm.extract("MOSCOW, Feb. 4 (Xinhua) -- warm-up")  # lazy loads are not what we time
    articles: dict[str, dm.Article] = {}
    times: dict[str, float] = {}
    for path in sorted(args.articles.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        published = ev.gold_published(gold.get(path.name, {}), reference=args.reference)
        articles[path.name] = dm.extract(text, published=published)
        if path.name in gold:
            times[path.name] = best_time(text, published, args.repeat)
    print(ev.render_evaluation(ev.evaluate(gold, articles), misses=args.misses), end="")
    if times:
        ordered = sorted(times.values())
        print(f"  extract time per article: median {ordered[len(ordered) // 2]:.2f} ms, max {ordered[-1]:.2f} ms, "
              f"total {sum(ordered):.1f} ms (best of {args.repeat})")


if __name__ == "__main__":
    main()
