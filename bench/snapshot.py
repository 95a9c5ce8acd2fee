"""Record, then compare, what the finders return over thousands of texts: a guard for speed work.

A speed change must not change a single output. Run ``python bench/snapshot.py
save FILE`` before the change and ``python bench/snapshot.py check FILE``
after it; ``check`` lists every text whose output differs, per finder.

The texts: the seed, every corpus example of every phrase kind, and, when the
shared development data is present (``--data DIR``), its articles, sentences
and dateline openings, plus slices of the articles cut at random places (the
same slices every run) so that half sentences and broken openings are covered.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib
import json
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import diplomacy_model as dm
from diplomacy_model.phrases.dates import resolve_mentions
from diplomacy_model.phrases.meeting import find_meeting_cues

ROOT = Path(__file__).resolve().parents[1]
_REFERENCE = dt.date(2026, 2, 5)

FINDERS: dict[str, Callable[[str], object]] = {
    "dateline": lambda t: dm.find_dateline(t, published=_REFERENCE),
    "anniversaries": lambda t: dm.find_anniversaries(t, published=_REFERENCE),
    "dates": lambda t: resolve_mentions(t, _REFERENCE),
    "leaders": lambda t: dm.find_leaders(t, dateline_country="CN"),
    "organisations": dm.find_organisations,
    "agreements": dm.find_agreements,
    "meeting_cues": find_meeting_cues,
    "extract": lambda t: dm.extract(t, published=_REFERENCE).to_dict(),
}


def _corpus_texts() -> Iterator[str]:
    for kind in ("agreement", "anniversary", "dateline", "dates", "meeting", "organisation", "ordinal", "title"):
        corpus = importlib.import_module(f"diplomacy_model.phrases.{kind}.corpus").corpus
        for example in (*corpus.examples, *corpus.negative, *corpus.known_failures):
            yield example.text


def _data_texts(data: Path) -> Iterator[str]:
    articles = [p.read_text(encoding="utf-8") for p in sorted((data / "articles_dev").glob("*.txt"))]
    yield from articles
    for name, field in (("anniversaries_dev.jsonl", "sentence"), ("relative_dates_dev.jsonl", "sentence"),
                        ("datelines_dev.jsonl", "text")):
        path = data / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                yield json.loads(line)[field]
    rng = random.Random(20261128)
    for _ in range(600):
        text = rng.choice(articles)
        a, b = sorted(rng.randrange(len(text) + 1) for _ in range(2))
        yield text[a:b]
    for _ in range(100):
        yield "\n\n".join(rng.sample(articles, 3))


def texts(data: Path | None) -> list[str]:
    found = [(ROOT / "seeds" / "000_ab07fd71c83e242d.txt").read_text(encoding="utf-8"), *_corpus_texts()]
    if data is not None:
        found.extend(_data_texts(data))
    return list(dict.fromkeys(found))


def outputs(finder: str, corpus: list[str]) -> dict[str, str]:
    fn = FINDERS[finder]
    out = {}
    for text in corpus:
        key = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
        out[key] = repr(fn(text))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--only", action="append", choices=sorted(FINDERS), help="finders to run (default: all)")
    args = parser.parse_args(argv)
    data = args.data if args.data.exists() else None
    corpus = texts(data)
    names = args.only or sorted(FINDERS)
    if args.action == "save":
        saved = {name: outputs(name, corpus) for name in names}
        args.file.write_text(json.dumps(saved), encoding="utf-8")
        print(f"saved {len(names)} finders over {len(corpus)} texts to {args.file}")
        return 0
    saved = json.loads(args.file.read_text(encoding="utf-8"))
    by_key = {hashlib.sha1(t.encode("utf-8", "surrogatepass")).hexdigest(): t for t in corpus}
    failed = 0
    for name in names:
        now = outputs(name, corpus)
        diffs = [k for k, v in now.items() if saved.get(name, {}).get(k) != v]
        failed += len(diffs)
        print(f"{name:14s} {len(now) - len(diffs)}/{len(now)} identical")
        for key in diffs[:5]:
            print(f"  differs on: {by_key[key][:120]!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
