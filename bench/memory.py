"""Peak memory of ``extract`` on one long text: the resident set after import, after a first article, and at peak.

    .venv/bin/python bench/memory.py /work/shared/data/articles_dev [--mb 1 4]

For each size, a fresh process imports the package, extracts one short article
(so the lazily loaded tables are in: gazetteer, office holders, compiled
patterns), then extracts one text of that many million characters made of the
articles in the directory, joined and repeated, and reports its peak resident
set (``ru_maxrss``). Issue #9 asks for under 60 MB at 4 MB of text, #13 at 1 MB.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

_CHILD = """
import datetime as dt, pathlib, resource, sys
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS'):
            return int(line.split()[1]) / 1024
    return 0.0
import diplomacy_model as dm
after_import = rss()
texts = [p.read_text(encoding='utf-8') for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]
dm.extract(texts[0], published=dt.date(2020, 1, 1))
after_first = rss()
target = int(float(sys.argv[2]) * 1_000_000)
joined = '\\n\\n'.join(texts) + '\\n\\n'
whole, rest = divmod(target, len(joined))
big = ''.join([joined] * whole + [joined[:rest]])  # built in one allocation: no transient copy
dm.extract(big, published=dt.date(2020, 1, 1))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f'{after_import:.1f} {after_first:.1f} {peak:.1f} {sys.getsizeof(big) / 2**20:.1f}')
"""


def measure(articles: Path, mb: float) -> tuple[float, float, float, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(articles), str(mb)], check=True, capture_output=True,
                         text=True).stdout.split()
    after_import, after_first, peak, text = (float(x) for x in out)
    return after_import, after_first, peak, text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", type=Path, help="a directory of .txt articles")
    ap.add_argument("--mb", type=float, nargs="+", default=[1.0, 4.0], help="million characters per text")
    a = ap.parse_args()
    print(f"{'text':>10s} {'str size':>9s} {'after import':>13s} {'after 1st':>10s} {'peak RSS':>9s}")
    for mb in a.mb:
        after_import, after_first, peak, text = measure(a.articles, mb)
        print(f"{mb:8.1f} M {text:7.1f} MiB {after_import:9.1f} MiB {after_first:6.1f} MiB {peak:5.1f} MiB")


if __name__ == "__main__":
    main()
