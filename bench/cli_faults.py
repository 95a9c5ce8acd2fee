"""Every command-line fault of issue 13, run for real: exit status, records written, stderr, peak memory.

Usage: ``.venv/bin/python bench/cli_faults.py [N_FILES]``  (default 3,000 files for the killed-worker
and Ctrl-C runs)

Each fault runs ``python -m diplomacy_model extract ...`` as a fresh process in a temporary
directory, as a user would, and prints one Markdown table row: the fault, the exit status,
the records on standard output (and how many are error records, by type), the lines on
standard error, and the peak resident memory of the command (its largest process). The
same behaviours are asserted by ``tests/test_cli.py``; this prints them for a report.
"""

from __future__ import annotations

import collections
import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ab07fd71c83e242d.txt"
CMD = [sys.executable, "-m", "diplomacy_model", "extract"]


def _records(data: bytes) -> list[dict[str, object]]:
    text = data.decode("utf-8").strip()
    if not text:
        return []
    if text.startswith("["):
        return list(json.loads(text))
    return [json.loads(line) for line in text.splitlines()]


def _row(fault: str, code: int, out: bytes, err: bytes, rss_kib: int | None = None) -> None:
    try:
        records = _records(out)
        errors = collections.Counter(str(r["error"]["type"]) for r in records if "error" in r)  # type: ignore[index]
        written = f"{len(records)} ({', '.join(f'{n} {t}' for t, n in errors.items()) or 'no errors'})"
    except ValueError as exc:
        written = f"NOT VALID JSON: {exc}"
    lines = err.decode("utf-8", "replace").splitlines()
    first = lines[0][:90].replace("|", "/") if lines else ""
    memory = f"{rss_kib / 1024:.0f} MiB" if rss_kib else ""
    print(f"| {fault} | {code} | {written} | {len(lines)}: {first} | {memory} |", flush=True)


def _run(fault: str, args: list[str], *, cwd: Path, stdin: int | bytes | None = None, shell: str | None = None,
         stdout: int | None = None) -> None:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as given:
        if isinstance(stdin, bytes):
            given.write(stdin)
            given.seek(0)
        process = subprocess.Popen(shell if shell is not None else CMD + args, shell=shell is not None, cwd=cwd,
                                   stdin=given if isinstance(stdin, bytes) else stdin,
                                   stdout=out if stdout is None else stdout, stderr=err)
        _pid, status, usage = os.wait4(process.pid, 0)  # this command's own peak memory (workers included)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        _row(fault, process.returncode, out.read(), err.read(), usage.ru_maxrss)


def _started(process: subprocess.Popen[bytes]) -> bytes:
    assert process.stdout is not None
    data = b""
    while b"\n" not in data[1:]:
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            break
        data += chunk
    return data


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; Python {sys.version.split()[0]}")
    print("| Fault | Exit | Records written (errors) | stderr lines: first | Peak RSS |")
    print("|---|---|---|---|---|")
    seed = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "seed.txt").write_text(seed, encoding="utf-8")
        os.mkfifo(root / "fifo.txt")
        (root / "bin.txt").write_bytes(b"GIF89a\x00\x00")
        (root / "latin.txt").write_bytes("Genève".encode("latin-1"))
        with open(root / "big.txt", "wb") as fp:  # 50 MB, written in pieces so this process stays small
            for _ in range(50):
                fp.write(b"a" * 1_000_000)
        with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "wb") as fp:
            fp.write(seed.encode())
        many = root / "many"
        many.mkdir()
        for index in range(count):
            (many / f"{index:05d}.txt").write_text(seed[: 600 + index % 2000], encoding="utf-8")

        _run("missing, binary and latin-1 files", ["--format", "jsonl", "missing.txt", "bin.txt", "latin.txt"],
             cwd=root)
        _run("a FIFO and /dev/zero given as files", ["--format", "jsonl", "fifo.txt", "/dev/zero", "seed.txt"],
             cwd=root)
        _run("a 50 MB file (default --max-bytes 10 MB)", ["--format", "jsonl", "big.txt"], cwd=root)
        with open("/dev/zero", "rb") as zero:
            _run("/dev/zero on standard input (`-`)", ["--format", "jsonl", "-"], cwd=root, stdin=zero.fileno())
        feed = (json.dumps({"id": "a", "text": seed}) + "\nnot json\n" + json.dumps({"id": "b"}) + "\n").encode()
        _run("JSON Lines records, two bad", ["--records", "--format", "jsonl", "-"], cwd=root, stdin=feed)
        _run("a non-UTF-8 file name (folder, --format json)", ["--format", "json", "--glob", "caf*", "."], cwd=root)
        with open("/dev/full", "wb") as full:
            _run("standard output is /dev/full", ["seed.txt"], cwd=root, stdout=full.fileno())
        _run("standard output closed (`>&-`)", [], cwd=root,
             shell=f'"{sys.executable}" -m diplomacy_model extract seed.txt >&-')
        read, write = os.pipe()
        os.close(read)
        _run("standard output a pipe whose reader is gone", ["--format", "jsonl", "seed.txt"], cwd=root, stdout=write)
        os.close(write)
        _run("standard input closed (`- <&-`)", [], cwd=root,
             shell=f'"{sys.executable}" -m diplomacy_model extract - <&-')
        _run("--encoding rot13", ["--encoding", "rot13", "seed.txt"], cwd=root)
        _run("--workers 1000000 on 3 files", ["--format", "jsonl", "--workers", "1000000", "seed.txt", "seed.txt",
                                              "seed.txt"], cwd=root)

        process = subprocess.Popen([*CMD, "--format", "jsonl", "--workers", "2", str(many)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        first = _started(process)
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        os.kill(int(children[0]), signal.SIGKILL)
        rest, err = process.communicate(timeout=600)
        _row(f"one of 2 workers killed (SIGKILL) mid-batch, {count} files", process.returncode, first + rest, err)

        process = subprocess.Popen([*CMD, "--format", "json", "--workers", "2", str(many)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True)
        first = _started(process)
        os.killpg(process.pid, signal.SIGINT)
        rest, err = process.communicate(timeout=600)
        _row("Ctrl-C (SIGINT to the process group) mid-batch, --format json", process.returncode, first + rest,
             err + (b"" if b"Traceback" not in err else b"\nTRACEBACK"))


if __name__ == "__main__":
    main()
