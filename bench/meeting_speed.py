"""Speed of find_meeting_cues on the seed and on a directory of articles (chars/s and µs per cue).

Times are CPU time of this process (time.process_time), best of several rounds, so a busy machine skews
them less.

Usage: ``.venv/bin/python bench/meeting_speed.py [DIR] [ROUNDS]``: DIR defaults to the development articles.
"""

from __future__ import annotations

import platform
import sys
import time
from pathlib import Path

from diplomacy_model.phrases.meeting import find_meeting_cues

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ab07fd71c83e242d.txt"


def best_time(texts: list[str], rounds: int, repeat: int) -> float:
    """Best-of-*rounds* CPU seconds for one pass of ``find_meeting_cues`` over *texts*."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(repeat):
            for text in texts:
                find_meeting_cues(text)
        best = min(best, (time.process_time() - started) / repeat)
    return best


def report(label: str, texts: list[str], rounds: int, repeat: int) -> None:
    chars = sum(map(len, texts))
    cues = sum(len(find_meeting_cues(t)) for t in texts)
    seconds = best_time(texts, rounds, repeat)
    print(f"{label}: {len(texts)} text(s), {chars} chars, {cues} cues: {seconds * 1e3:.3f} ms per pass, "
          f"{chars / seconds / 1e6:.2f} M chars/s, {seconds / max(cues, 1) * 1e6:.1f} µs per cue")


def main(directory: str = "/work/shared/data/articles_dev", rounds: str = "15") -> None:
    started = time.process_time()
    for _ in range(10_000_000):
        pass
    print(f"machine: {platform.machine()} {platform.python_implementation()} {platform.python_version()}; "
          f"an empty 10M-step Python loop takes {time.process_time() - started:.2f} s of CPU")
    report("seed", [SEED.read_text(encoding="utf-8")], int(rounds), 50)
    articles = [p.read_text(encoding="utf-8") for p in sorted(Path(directory).glob("*.txt"))]
    if articles:
        report(directory, articles, int(rounds), 5)


if __name__ == "__main__":
    main(*sys.argv[1:])
