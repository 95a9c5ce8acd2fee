"""Run the bench/ scripts and write docs/benchmarks.md from what they print, date, machine and load beside each figure.

Run from the repository root::

    .venv/bin/python bench/report.py run --data DIR   # run every script, keep its output in bench/results/
    .venv/bin/python bench/report.py render           # docs/benchmarks.md from bench/results/ (no measuring)

``DIR`` holds the development data (``articles_dev/``, ``datelines_dev.jsonl``, ``anniversaries_dev.jsonl``), which
belongs to its publishers and stays outside the repository; outputs name it ``$DATA``. ``run NAME...`` reruns only
those scripts. The comparisons need the ``bench`` extra (dateparser, spaCy and its small English model); without
them a script prints only this library's figures, and so does the page. The tests check that the page is what
``render`` makes of ``bench/results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
PAGE = ROOT / "docs" / "benchmarks.md"

# name -> (script and arguments, with $DATA for the data folder)
SCRIPTS: dict[str, list[str]] = {
    "extract_seed": ["bench/extract.py"],
    "extract_articles": ["bench/extract.py", "$DATA/articles_dev"],
    "dateline": ["bench/dateline.py", "$DATA/datelines_dev.jsonl"],
    "anniversary": ["bench/anniversary.py", "$DATA/anniversaries_dev.jsonl"],
    "articles_eval": ["bench/articles_eval.py", "$DATA/articles_dev", "--repeat", "3"],
    "articles_eval_reference": ["bench/articles_eval.py", "$DATA/articles_dev", "--repeat", "1", "--reference"],
}

# (figure, result name, pattern of the output line that states it)
FIGURES: list[tuple[str, str, str]] = [
    ("`extract`, seed article", "extract_seed", r"^diplomacy_model\.extract .*$"),
    ("`extract` vs spaCy NER, seed", "extract_seed", r"^(?:ratio: .*|spaCy en_core_web_sm not installed.*)$"),
    ("`extract`, 24 development articles", "extract_articles", r"^diplomacy_model\.extract .*$"),
    ("`extract` vs spaCy NER, articles", "extract_articles",
     r"^(?:ratio: .*|spaCy en_core_web_sm not installed.*)$"),
    ("`find_dateline`, Reuters openings", "dateline", r"^find_dateline, 1 process, first pass.*$"),
    ("`find_dateline` vs dateparser", "dateline", r"^(?:dateparser.*)$"),
    ("`find_dateline` accuracy", "dateline", r"^accuracy: .*$"),
    ("`find_anniversaries`, running text", "anniversary", r"^  find_anniversaries .*$"),
    ("`find_anniversaries` vs dateparser", "anniversary", r"^  ratio .*$"),
    ("whole articles: leaders", "articles_eval", r"^  leaders +tp=.*$"),
    ("whole articles: organisations", "articles_eval", r"^  organisations +tp=.*$"),
    ("whole articles: meetings (loose)", "articles_eval", r"^  meetings \(loose\) +tp=.*$"),
    ("whole articles: meetings (strict)", "articles_eval", r"^  meetings \(strict\) +tp=.*$"),
    ("whole articles: paired meetings", "articles_eval", r"^  among paired meetings: .*$"),
    ("whole articles, publication date passed: meetings (loose)", "articles_eval_reference",
     r"^  meetings \(loose\) +tp=.*$"),
    ("whole articles, publication date passed: paired meetings", "articles_eval_reference",
     r"^  among paired meetings: .*$"),
]

_ABSOLUTE = regex.compile(r"(?<![\w.$])/(?:[\w.+-]++/)++")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"


def run(names: list[str], data: Path) -> None:
    """Run each named script, writing its output with a header to ``bench/results/NAME.txt``."""
    RESULTS.mkdir(exist_ok=True)
    for name in names:
        argv = [a.replace("$DATA", str(data)) for a in SCRIPTS[name]]
        before, started = _load(), dt.datetime.now(dt.UTC)
        done = subprocess.run([sys.executable, *argv], cwd=ROOT, capture_output=True, text=True, check=False)
        after = _load()
        output = (done.stdout + (f"\n(exit status {done.returncode})\n{done.stderr}" if done.returncode else ""))
        output = output.replace(str(data), "$DATA")
        header = (f"# script: {' '.join(SCRIPTS[name])}\n"
                  f"# date: {started:%Y-%m-%d %H:%M} UTC\n"
                  f"# machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}\n"
                  f"# load: {before} before, {after} after (1, 5, 15-minute load averages)\n")
        (RESULTS / f"{name}.txt").write_text(header + output, encoding="utf-8")
        print(f"{name}: done ({done.returncode})")


def _read(name: str) -> tuple[dict[str, str], str] | None:
    path = RESULTS / f"{name}.txt"
    if not path.exists():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    header = dict(line[2:].split(": ", 1) for line in lines if line.startswith("# ") and ": " in line)
    body = "\n".join(line for line in lines if not line.startswith("# "))
    return header, _ABSOLUTE.sub(lambda m: "$DATA/" if "data" in m.group() else "", body)


def render() -> str:
    """The page, from ``bench/results/`` only."""
    results = {name: _read(name) for name in SCRIPTS}
    rows = ["| Figure | Measured (the script's own line) | Date, machine, load |", "|---|---|---|"]
    for figure, name, pattern in FIGURES:
        result = results[name]
        if result is None:
            rows.append(f"| {figure} | not measured (no `bench/results/{name}.txt`) | |")
            continue
        header, body = result
        found = regex.search(pattern, body, flags=regex.M)
        line = found.group().strip() if found else "not in the output"
        rows.append(f"| {figure} | `{line.replace('|', '/')}` | {header['date']}; "
                    f"{header['machine']}; load {header['load'].split(' before')[0]} |")
    raw = []
    for result in results.values():
        if result is None:
            continue
        header, body = result
        raw.append(f"### `{header['script']}`\n\n{header['date']}, {header['machine']}, load {header['load']}.\n\n"
                   f"```text\n{body.strip()}\n```\n")
    return _PAGE.format(table="\n".join(rows), raw="\n".join(raw))


_PAGE = """# Benchmarks

<!-- Generated by bench/report.py from bench/results/: do not edit by hand. -->

Speed and accuracy are measured by the scripts under `bench/`, never by the test suite (tests use generous
bounds only, so CI does not flake). This page is written by `bench/report.py` from what those scripts printed
(kept in `bench/results/`): every figure below is a line of their output, with the date, the machine and its load
average when it was measured. Compare figures only between runs on the same machine: the host these ran on is
shared (two cores, several sessions), so wall-clock rates move by 10-50% with the neighbours' load; the speed
scripts time passes in CPU time and report the best pass for that reason.

{table}

The data (`$DATA`: the 24 development articles from Xinhua, the Kremlin, AFP, AP, Yonhap and the Korea Herald,
12,530 Reuters 1987 openings, the anniversary sentences) belongs to its publishers and is not in the repository;
the whole-article gold (`bench/articles_gold.json`) holds only names, codes and dates. The rules were developed on
these articles, so read the whole-article scores as development scores, not held-out accuracy.
`diplomacy-model evaluate` (see [Evaluate](evaluate.md)) gives the same scores on your own annotated articles.

How to measure again (from the repository root, after `pip install -e '.[dev]'` for the dateparser and spaCy
baselines):

```sh
.venv/bin/python bench/report.py run --data DIR    # DIR holds articles_dev/, datelines_dev.jsonl, ...
.venv/bin/python bench/report.py render            # rewrites this page
```

Not rerun by `report.py`: `bench/workers.py` (the process-pool speed-up needs an otherwise idle machine),
`bench/stages.py` (time per stage), `bench/snapshot.py` (the guard every speed change must pass: every finder's
output over 14,000 texts before and after), `bench/linear_audit.py` (time against input size).

## Raw output

{raw}"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("run", "render"))
    parser.add_argument("names", nargs="*", help=f"scripts to rerun (default: all of {', '.join(SCRIPTS)})")
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("DIPLOMACY_DATA", "../shared/data")))
    args = parser.parse_args()
    unknown = set(args.names) - set(SCRIPTS)
    if unknown:
        parser.error(f"unknown scripts {sorted(unknown)}; expected some of {list(SCRIPTS)}")
    if args.command == "run":
        run(args.names or list(SCRIPTS), args.data.resolve())
    PAGE.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
