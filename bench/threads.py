"""Thread safety at cold start: run tests/thread_probe.py in N fresh processes and count the differences.

Each process starts 8 threads with sys.setswitchinterval(1e-6) on a cold library, then compares every
thread's answers with a warm single-threaded run. Reports processes with any difference and the total.

    python bench/threads.py [N=1000] [--lanes 2]

Run it against another checkout (the baseline) with PYTHONPATH=<checkout>/src.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import pathlib
import subprocess
import sys
import time

PROBE = pathlib.Path(__file__).resolve().parent.parent / "tests" / "thread_probe.py"


def one(_index: int) -> int:
    done = subprocess.run([sys.executable, str(PROBE)], capture_output=True, text=True, check=False)
    try:
        return int(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        print(done.stderr[-500:], file=sys.stderr)
        return -1  # the probe itself failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--lanes", type=int, default=2)
    args = parser.parse_args()
    began = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(args.lanes) as pool:
        counts = list(pool.map(one, range(args.n)))
    bad = [c for c in counts if c != 0]
    print(f"{args.n} fresh processes x 8 threads: {len(bad)} with differences "
          f"({sum(c for c in bad if c > 0)} differing answers, {counts.count(-1)} probe failures) "
          f"in {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
