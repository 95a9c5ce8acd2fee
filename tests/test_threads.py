"""Thread safety: lazily built tables are built whole before any thread can read them.

tests/thread_probe.py starts 8 threads on a cold library in a fresh process with forced switching; a race
(render_leader once read a half-filled demonym table) shows as a differing answer. A race is rare per
process, so CI runs a few processes; bench/threads.py runs a thousand.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

PROBE = pathlib.Path(__file__).resolve().parent / "thread_probe.py"


@pytest.mark.parametrize("run", range(3))
def test_eight_cold_threads_agree_with_one_warm_thread(run: int) -> None:
    done = subprocess.run([sys.executable, str(PROBE)], capture_output=True, text=True, timeout=120, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "0"), done.stderr[-2000:]

