"""Instructions one ``extract`` pass costs, counted by callgrind: a speed figure a busy machine can't skew.

Run: ``python bench/instructions.py [--src SRC] [ARTICLE_DIR]``. It runs Python under
``valgrind --tool=callgrind`` twice, once with no measured pass and once with two, each after
one warm pass over the articles (lazy tables are built there), and prints the instructions of one
pass: the difference halved. Wall-clock figures on a shared two-core machine move by tens of per
cent with load; these move by well under one. ``--src`` points at another checkout's ``src`` (for
example an older commit's worktree) so two versions are compared side by side in one run.
Without a directory it uses the seed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import sys
from pathlib import Path
import diplomacy_model as dm
texts = [Path(p).read_text(encoding="utf-8") for p in sys.argv[2:]]
for _ in range(1 + int(sys.argv[1])):
    for t in texts:
        dm.extract(t)
"""


def instructions(src: Path, files: list[Path], passes: int) -> int:
    """Instructions callgrind collects for a warm pass plus *passes* more over *files*."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", _CHILD, str(passes), *map(str, files)],
        env=env, capture_output=True, text=True, check=True,
    )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, help="a directory of *.txt articles")
    parser.add_argument("--src", type=Path, action="append", help="a src directory (repeatable)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    files = sorted(args.articles.glob("*.txt")) if args.articles else sorted((ROOT / "seeds").glob("*.txt"))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    print(f"corpus: {len(files)} texts, {chars:,} characters")
    for src in args.src or [ROOT / "src"]:
        per_pass = (instructions(src, files, 2) - instructions(src, files, 0)) // 2
        print(f"{src}: {per_pass / 1e6:,.1f} M instructions per pass, {per_pass / chars:,.0f} per character")


if __name__ == "__main__":
    main()
