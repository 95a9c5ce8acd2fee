"""Run in a fresh process: 8 threads hit every lazily built table at once, with forced thread switches.

Cold start is the point: the tables (demonyms, gazetteers, patterns, caches) are built by whichever thread
gets there first, while the others may already read them. Each thread renders leaders in every style and
reads a short article with every finder; the answers are then computed again, single-threaded and warm,
and compared. Prints the count of differing answers (0 when every table was built safely) and exits 1 if
there were any. Used by tests/test_threads.py and bench/threads.py.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading

sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter allows

import diplomacy_model as dm  # noqa: E402  (the switch interval is set before anything is built)

THREADS = 8
PUBLISHED = dt.date(2026, 2, 5)
TEXT = (
    "MOSCOW, Feb. 4 (Xinhua) -- Russian President Vladimir Putin held talks with Chinese President Xi Jinping "
    "via video link on Wednesday, marking the 25th anniversary of the signing of the Treaty of "
    "Good-Neighborliness, signed on July 16, 2001. Indian Prime Minister Narendra Modi will visit the "
    "Shanghai Cooperation Organization (SCO) summit next month, and French President Emmanuel Macron met "
    "German Chancellor Olaf Scholz in Paris."
)
COUNTRIES = ("RU", "CN", "IN", "FR", "DE", "US", "GB", "JP", "KR", "BR", "ZA", "EG", "TR", "IR", "UA", "PK")


def work() -> list[str]:
    out: list[str] = []
    for code in COUNTRIES:
        leader = dm.Leader("Ann Example", (dm.Span(0, 1),), "President", code)
        out.extend(dm.render_leader(leader, style) for style in ("wire", "kremlin", "appositive"))
    out.append(repr(dm.extract(TEXT, published=PUBLISHED)))
    out.append(repr(dm.find_dateline(TEXT, published=PUBLISHED)))
    out.append(repr(dm.find_leaders(TEXT)))
    out.append(repr(dm.find_organisations(TEXT)))
    out.append(repr(dm.find_agreements(TEXT)))
    out.append(repr(dm.find_anniversaries(TEXT, published=PUBLISHED)))
    out.append(repr(dm.find_dates(TEXT, published=PUBLISHED)))
    out.append(repr(dm.parse_date("Feb. 4, 2026", reference=PUBLISHED)))
    out.append(dm.render_dateline(dm.Dateline(dm.Span(0, 0), city="Beijing", country="CN", month=2, day=5)))
    return out


def main() -> int:
    results: list[list[str] | BaseException] = [[] for _ in range(THREADS)]
    start = threading.Barrier(THREADS)

    def run(index: int) -> None:
        start.wait()
        try:
            results[index] = work()
        except BaseException as exc:  # noqa: BLE001 - a crash in a thread is a difference too
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    expected = work()
    differences = 0
    for got in results:
        if isinstance(got, BaseException):
            differences += len(expected)
            print(f"thread raised {type(got).__name__}: {got}", file=sys.stderr)
            continue
        differences += sum(a != b for a, b in zip(got, expected, strict=True))
    print(differences)
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
