"""docs/codebook.md documents every column and PLOVER field, and its loading code keeps codes as strings.

Also the analyst's path end to end through the real command line: a folder of 1,000 files, some bad, to
``--format plover``, CSV and JSON Lines; every good file has its records, every bad one an error record, and
the outputs load in pandas (and R, where ``Rscript`` is installed) with codes kept as strings.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]  # no stubs in the test extra
import pandas as pd
import pytest
import regex

from diplomacy_model.events import plover_schema
from diplomacy_model.io import CSV_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
CODEBOOK = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")


def _documented(section: str) -> set[str]:
    """Names in the first column of the table under ``## section``."""
    body = CODEBOOK.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for row in regex.findall(r"^\| ([^|]+) \|", body, flags=regex.M):
        names.update(regex.findall(r"`([^`]+)`", row))
    return names


@pytest.mark.parametrize("table", list(CSV_COLUMNS))
def test_every_csv_column_is_documented(table: str) -> None:
    documented = _documented(f"`{table}`")
    assert set(CSV_COLUMNS[table]) <= documented, set(CSV_COLUMNS[table]) - documented


def test_every_plover_field_is_documented() -> None:
    documented = {name.split("[]")[0].split(".")[0] for name in _documented("PLOVER records")}
    assert set(plover_schema()["properties"]) <= documented


# --- end to end ---------------------------------------------------------------------------------------------

_GOOD = ("BEIJING, March {d} (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir "
         "Putin via video link on Monday. Putin will visit China in May.\n")
_QUIET = "LONDON, March {d} (Reuters) -- Shares rose on Monday.\n"
N_FILES = 1000


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], set[str]]:
    root = tmp_path_factory.mktemp("articles")
    files, bad = [], set()
    for i in range(N_FILES):
        path = root / f"{i:04d}.txt"
        if i % 100 == 7:
            path.write_bytes(b"\x00\x01binary")
            bad.add(str(path))
        elif i % 100 == 8:
            path.write_bytes("Fête à Genève".encode("latin-1"))
            bad.add(str(path))
        elif i % 100 == 9:
            bad.add(str(path))  # listed, never written: missing
        else:
            path.write_text((_GOOD if i % 2 else _QUIET).format(d=i % 28 + 1), encoding="utf-8")
        files.append(str(path))
    return files, bad


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "diplomacy_model", *argv], capture_output=True, text=True,
                          check=False, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _good_with_meetings(files: list[str], bad: set[str]) -> set[str]:
    return {f for f in files if f not in bad and int(Path(f).stem) % 2}


def test_folder_to_plover(folder: tuple[list[str], set[str]]) -> None:
    files, bad = folder
    run = _cli("extract", "--format", "plover", "--workers", "2", *files)
    assert run.returncode == 1  # some inputs failed
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    errors = {r["source"] for r in lines if "error" in r}
    records = [r for r in lines if "error" not in r]
    assert errors == bad
    validator = jsonschema.Draft202012Validator(plover_schema())
    for record in records:
        validator.validate(record)
    assert {r["story"]["source"] for r in records} == _good_with_meetings(files, bad)
    assert len({r["id"] for r in records}) == len(records) == 2 * len(_good_with_meetings(files, bad))
    frame = pd.read_json(io.StringIO("\n".join(json.dumps(r) for r in records)), lines=True, dtype={"cameo": str})
    assert set(frame["cameo"]) == {"040", "036"}


def test_folder_to_csv_and_jsonl(folder: tuple[list[str], set[str]], tmp_path: Path) -> None:
    files, bad = folder
    csv_run = _cli("extract", "--table", "meetings", "--workers", "2", *files)
    assert csv_run.returncode == 1
    assert {line.split(": ")[1] for line in csv_run.stderr.splitlines()} == bad
    frame = pd.read_csv(io.StringIO(csv_run.stdout), dtype=str, keep_default_na=False)
    assert set(frame["source"]) == _good_with_meetings(files, bad)
    assert set(frame["cameo"]) == {"040", "036"}
    assert set(frame["evidence"]) == {"held talks", "visit"}
    jsonl_run = _cli("extract", "--format", "jsonl", "--workers", "2", *files)
    records = [json.loads(line) for line in jsonl_run.stdout.splitlines()]
    assert [r["source"] for r in records] == files
    assert {r["source"] for r in records if "error" in r} == bad
    assert {m["cameo"] for r in records if "meetings" in r for m in r["meetings"]} == {"040", "036"}
    if shutil.which("Rscript") is None:
        if os.environ.get("CI"):
            pytest.fail("CI installs r-base-core: Rscript must be on PATH")
        pytest.skip("Rscript is not installed (apt-get install r-base-core); pandas checked above")
    path = tmp_path / "meetings.csv"
    path.write_text(csv_run.stdout, encoding="utf-8")
    snippet = CODEBOOK.split("```r\n", 1)[1].split("```", 1)[0]
    script = snippet + 'cat(length(meetings$cameo), sort(unique(meetings$cameo)), class(meetings$future), "\\n")\n'
    r_run = subprocess.run(["Rscript", "-e", script], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert r_run.returncode == 0, r_run.stderr
    assert r_run.stdout.split() == [str(len(frame)), "036", "040", "logical"]
