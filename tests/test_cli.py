"""The command line: formats, exit codes, error records, stdin, encodings and the progress bar."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the test extra
import pytest

import diplomacy_model
from diplomacy_model import Article
from diplomacy_model.cli import main
from diplomacy_model.io import CSV_COLUMNS, from_record, json_schema

from .conftest import SEED_PATH

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, stdin: bytes = b"", tty: bool = False) -> tuple[int, str, str]:
    out = FakeTty() if tty else io.StringIO()
    err = FakeTty() if tty else io.StringIO()
    code = main(list(argv), stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def extract() -> Callable[..., Article]:
    module = pytest.importorskip("diplomacy_model.article")
    return module.extract  # type: ignore[no-any-return]


@pytest.fixture
def bad_files(tmp_path: Path) -> list[str]:
    (tmp_path / "binary.dat").write_bytes(b"GIF89a\x00\x00\x01")
    (tmp_path / "latin.txt").write_bytes("Fête à Genève".encode("latin-1"))
    (tmp_path / "folder").mkdir()
    return [str(tmp_path / n) for n in ("missing.txt", "folder", "binary.dat", "latin.txt")]


class TestUsage:
    @pytest.mark.parametrize(
        "argv",
        [[], ["extract"], ["extract", "a.txt", "--published", "Feb 5"], ["extract", "a.txt", "--encoding", "nope"],
         ["extract", "a.txt", "--workers", "0"], ["extract", "a.txt", "--format", "xml"],
         ["extract", "a.txt", "--format", "json", "--table", "leaders"], ["extract", "-", "-"], ["frobnicate"]],
    )
    def test_exit_2(self, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = run(*argv)
        assert code == 2
        assert out == ""
        assert "error" in err + capsys.readouterr().err

    def test_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert run("--help")[0] == 0
        assert "extract" in capsys.readouterr().out


class TestSchema:
    def test_prints_shipped_schema(self) -> None:
        code, out, _ = run("schema")
        assert code == 0
        assert json.loads(out) == json_schema()

    def test_python_dash_m(self) -> None:
        done = subprocess.run([sys.executable, "-m", "diplomacy_model", "schema"], capture_output=True, check=False,
                              text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["$schema"].endswith("2020-12/schema")


class TestFailures:
    """Bad inputs never need extract: each is one stderr line and one error record."""

    def test_each_reported_and_batch_goes_on(self, bad_files: list[str]) -> None:
        code, out, err = run("extract", *bad_files, "--format", "json", "--workers", "1")
        assert code == 1
        records = json.loads(out)
        assert [r["source"] for r in records] == bad_files
        assert [r["error"]["type"] for r in records] == [
            "FileNotFoundError", "IsADirectoryError", "BinaryFileError", "UnicodeDecodeError"]
        for record in records:
            VALIDATOR.validate(record)
        lines = err.splitlines()
        assert len(lines) == len(bad_files)
        assert all(path in line for path, line in zip(bad_files, lines, strict=True))

    def test_jsonl_one_line_each(self, bad_files: list[str]) -> None:
        code, out, _ = run("extract", *bad_files, "--format", "jsonl")
        assert code == 1
        assert [json.loads(line)["source"] for line in out.splitlines()] == bad_files

    def test_single_input_is_one_document(self, bad_files: list[str]) -> None:
        code, out, _ = run("extract", bad_files[0])
        assert code == 1
        assert json.loads(out)["error"]["type"] == "FileNotFoundError"

    def test_csv_errors_go_to_stderr_only(self, bad_files: list[str]) -> None:
        code, out, err = run("extract", *bad_files, "--table", "leaders")
        assert code == 1
        assert out.splitlines() == [",".join(CSV_COLUMNS["leaders"])]
        assert len(err.splitlines()) == len(bad_files)

    def test_binary_stdin(self) -> None:
        code, out, err = run("extract", "-", stdin=b"\x00\x01\x02")
        assert code == 1
        assert json.loads(out)["error"]["type"] == "BinaryFileError"
        assert err.startswith("diplomacy-model: -: ")

    def test_progress_only_on_a_terminal(self, bad_files: list[str]) -> None:
        assert "\r" not in run("extract", *bad_files, "--format", "jsonl")[2]
        _, _, err = run("extract", *bad_files, "--format", "jsonl", tty=True)
        assert f"[{len(bad_files)}/{len(bad_files)}]" in err
        assert "files/s" in err and "ETA" in err
        _, _, err = run("extract", bad_files[0], "--format", "jsonl", tty=True)
        assert "files/s" not in err


class TestExtract:
    def test_seed_json(self, extract: Callable[..., Article]) -> None:
        code, out, err = run("extract", str(SEED_PATH))
        assert (code, err) == (0, "")
        data = json.loads(out)
        VALIDATOR.validate(data)
        assert data["source"] == str(SEED_PATH)
        assert from_record(data) == extract(SEED_PATH.read_text(encoding="utf-8"))

    def test_published(self, extract: Callable[..., Article]) -> None:
        import datetime as dt

        _, out, _ = run("extract", str(SEED_PATH), "--published", "2026-02-05", "--format", "jsonl")
        want = extract(SEED_PATH.read_text(encoding="utf-8"), published=dt.date(2026, 2, 5))
        assert from_record(json.loads(out)) == want

    def test_mixed_good_and_bad(self, extract: Callable[..., Article], bad_files: list[str]) -> None:
        files = [str(SEED_PATH), *bad_files, str(SEED_PATH)]
        code, out, err = run("extract", *files, "--format", "json", "--workers", "2")
        assert code == 1
        records = json.loads(out)
        assert [r["source"] for r in records] == files
        assert "error" not in records[0] and "error" not in records[-1]
        for record in records:
            VALIDATOR.validate(record)
        assert len(err.splitlines()) == len(bad_files)

    def test_stdin_bom_crlf(self, extract: Callable[..., Article]) -> None:
        text = "MOSCOW, Feb. 4 (Xinhua) -- Russian President Vladimir Putin\r\nheld talks with Xi Jinping.\r\n"
        code, out, _ = run("extract", "-", "--format", "jsonl", stdin=b"\xef\xbb\xbf" + text.encode())
        assert code == 0
        data = json.loads(out)
        assert data["source"] == "-"
        assert from_record(data) == extract(text.replace("\r\n", "\n"))

    def test_encoding(self, extract: Callable[..., Article], tmp_path: Path) -> None:
        path = tmp_path / "latin.txt"
        text = "GENÈVE, March 3 -- Foreign Minister Wang Yi met his Swiss counterpart."
        path.write_bytes(text.encode("latin-1"))
        assert run("extract", str(path), "--format", "jsonl")[0] == 1
        code, out, _ = run("extract", str(path), "--format", "jsonl", "--encoding", "latin-1")
        assert code == 0
        assert from_record(json.loads(out)) == extract(text)

    @pytest.mark.parametrize("table", sorted(CSV_COLUMNS))
    def test_csv(self, extract: Callable[..., Article], table: Any) -> None:
        code, out, _ = run("extract", str(SEED_PATH), str(SEED_PATH), "--format", "csv", "--table", table)
        assert code == 0
        rows = list(csv.DictReader(io.StringIO(out, newline="")))
        assert len(rows) == 2 * len(getattr(extract(SEED_PATH.read_text(encoding="utf-8")), table))
        assert all(tuple(r) == CSV_COLUMNS[table] and r["source"] == str(SEED_PATH) for r in rows)

    def test_table_on_a_terminal(self, extract: Callable[..., Article]) -> None:
        code, out, _ = run("extract", str(SEED_PATH), tty=True)
        assert code == 0
        assert out.startswith(str(SEED_PATH) + "\n")
        assert "published" in out and "dateline" in out
        article = extract(SEED_PATH.read_text(encoding="utf-8"))
        for leader in article.leaders:
            assert leader.name in out
        for meeting in article.meetings:
            assert meeting.kind in out


class TestPhrases:
    @pytest.mark.parametrize(("command", "function"), [("dateline", "find_dateline"),
                                                       ("anniversary", "find_anniversaries")])
    def test_available_or_explained(self, command: str, function: str) -> None:
        text = "BEIJING, Feb. 5 (Xinhua) -- This year marks the 30th anniversary of the partnership."
        code, out, err = run(command, text, "--published", "2026-02-05")
        if not hasattr(diplomacy_model, function):
            assert code == 1 and function in err
            return
        assert code == 0
        data = json.loads(out)
        assert data is None or isinstance(data, (dict, list))
        code, out, _ = run(command, "-", "--format", "table", stdin=text.encode())
        assert code == 0 and out.strip()


def test_doctests() -> None:
    import doctest

    import diplomacy_model.cli

    assert doctest.testmod(diplomacy_model.cli).failed == 0
