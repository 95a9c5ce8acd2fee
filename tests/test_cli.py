"""The command line: inputs, formats, exit codes, error records, and every fault through the real command."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import jsonschema  # type: ignore[import-untyped]  # no stubs in the test extra
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplomacy_model
from diplomacy_model import Article
from diplomacy_model.cli import main
from diplomacy_model.io import CSV_COLUMNS, csv_cell_value, from_record, json_schema, write_csv

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
    os.mkfifo(tmp_path / "pipe")
    return [str(tmp_path / n) for n in ("missing.txt", "pipe", "binary.dat", "latin.txt")]


class TestUsage:
    @pytest.mark.parametrize(
        "argv",
        [[], ["extract"], ["extract", "a.txt", "--published", "Feb 5"], ["extract", "a.txt", "--encoding", "nope"],
         ["extract", "a.txt", "--encoding", "rot13"], ["extract", "a.txt", "--max-bytes", "0"],
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
            "FileNotFoundError", "NotRegularFileError", "BinaryFileError", "UnicodeDecodeError"]
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


# Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
HOSTILE = ["=cmd|' -C calc'!A0", "+1+2", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "'=1", "''", "plain", ""]


def cli(*argv: str, cwd: Path | None = None, stdin: bytes | None = b"", timeout: float = 120) -> tuple[
        int, bytes, str]:
    """The real command line in a fresh process: (exit status, stdout bytes, stderr text)."""
    done = subprocess.run([sys.executable, "-m", "diplomacy_model", *argv], cwd=cwd, input=stdin,
                          capture_output=True, check=False, timeout=timeout)
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")


def read_frame(data: bytes) -> Any:
    pd = pytest.importorskip("pandas")
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)


class TestCsvSafety:
    """No CSV cell starts a spreadsheet formula, and every value comes back through pandas."""

    @settings(max_examples=50)
    @given(st.lists(st.tuples(st.sampled_from(["", *FORMULA_START, "'"]), st.text()), min_size=1, max_size=5))
    def test_pandas_round_trip(self, pairs: list[tuple[str, str]]) -> None:
        columns = CSV_COLUMNS["meetings"]
        values = [first + rest for first, rest in pairs]
        rows = [{c: values[(i + j) % len(values)] for j, c in enumerate(columns)} for i in range(len(values))]
        buf = io.StringIO(newline="")
        write_csv(rows, buf)
        frame = read_frame(buf.getvalue().encode("utf-8"))
        cells = [cell for column in frame.columns for cell in frame[column]]
        assert not [cell for cell in cells if cell.startswith(FORMULA_START)]
        assert [{c: csv_cell_value(r[c]) for c in columns} for r in frame.to_dict("records")] == rows

    def test_hostile_file_names_end_to_end(self, tmp_path: Path) -> None:
        text = SEED_PATH.read_bytes()
        names = [name for name in HOSTILE if name and name != "''"]
        for name in names:
            (tmp_path / name).write_bytes(text)
        code, out, err = cli("extract", "--table", "leaders", "--", *names, cwd=tmp_path)
        assert code == 0, err
        frame = read_frame(out)
        assert len(frame) > len(names)
        cells = [cell for column in frame.columns for cell in frame[column]]
        assert not [cell for cell in cells if cell.startswith(FORMULA_START)]
        assert sorted(set(map(csv_cell_value, frame["source"]))) == sorted(names)


def good_text(index: int) -> str:
    """A short article with at least one leader, so every good document has CSV rows in the leaders table."""
    return (f"MOSCOW, Feb. {index % 27 + 1} (Xinhua) -- Russian President Vladimir Putin held talks with "
            f"Chinese President Xi Jinping on Tuesday, story {index}.")


def json_lines(data: bytes) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    for record in records:
        VALIDATOR.validate(record)
    return records


class TestInputs:
    """Directories, --glob, standard input and JSON Lines records, through the real command."""

    def test_directory_recursive_with_glob(self, tmp_path: Path) -> None:
        (tmp_path / "a" / "b").mkdir(parents=True)
        (tmp_path / ".hidden").mkdir()
        for path in ("a/1.txt", "a/b/2.txt", "a/b/3.md", "top.txt", ".hidden/4.txt", "a/.5.txt"):
            (tmp_path / path).write_text(good_text(1), encoding="utf-8")
        code, out, err = cli("extract", "--format", "jsonl", "a", "top.txt", cwd=tmp_path)
        assert code == 0, err
        assert [r["source"] for r in json_lines(out)] == ["a/1.txt", "a/b/2.txt", "top.txt"]
        code, out, _ = cli("extract", "--format", "jsonl", "--glob", "*.md", ".", cwd=tmp_path)
        assert [r["source"] for r in json_lines(out)] == ["./a/b/3.md"]
        code, out, err = cli("extract", "--format", "json", "--glob", "*.none", ".", cwd=tmp_path)
        assert (code, json.loads(out)) == (0, [])
        assert "no files match '*.none'" in err

    def test_records_keep_ids_and_own_dates(self, extract: Callable[..., Article], tmp_path: Path) -> None:
        text = "BEIJING, Feb. 5 (Xinhua) -- Chinese President Xi Jinping will visit Moscow in May."
        lines = [
            {"doc": "a-1", "body": text, "day": "2026-02-05"},
            {"doc": 7, "body": text, "day": "2025-02-05T08:00:00+00:00"},
            {"body": text},
            {"doc": "bad-date", "body": text, "day": "Feb 5"},
            {"doc": "no-text"},
            [1, 2],
        ]
        path = tmp_path / "feed.jsonl"
        path.write_text("\n".join(map(json.dumps, lines)) + "\n\n{not json\n", encoding="utf-8")
        code, out, err = cli("extract", "--records", "--format", "jsonl", "--id-field", "doc", "--text-field", "body",
                             "--published-field", "day", "--published", "2024-02-05", str(path))
        assert code == 1
        records = json_lines(out)
        assert [r["source"] for r in records] == ["a-1", "7", f"{path}:3", "bad-date", "no-text", f"{path}:6",
                                                  f"{path}:8"]
        import datetime as dt

        for record, year in zip(records[:3], (2026, 2025, 2024), strict=True):
            assert from_record(record) == extract(text, published=dt.date(year, 2, 5))
        assert [r["error"]["type"] for r in records[3:]] == ["RecordError"] * 4
        assert "'day' must be an ISO date" in records[3]["error"]["message"]
        assert "'body' (the text) must be a string, got missing" in records[4]["error"]["message"]
        assert len(err.splitlines()) == 4
        # The same records from standard input.
        code, again, _ = cli("extract", "--records", "--format", "jsonl", "--id-field", "doc", "--text-field",
                             "body", "--published-field", "day", "--published", "2024-02-05", "-",
                             stdin=path.read_bytes())
        assert [r["source"] for r in json_lines(again)][:2] == ["a-1", "7"]

    def test_records_progress_counts_without_a_total(self) -> None:
        feed = "".join(json.dumps({"id": f"r{i}", "text": good_text(i)}) + "\n" for i in range(3)).encode()
        code, out, err = run("extract", "--records", "--format", "jsonl", "--workers", "1", "-", stdin=feed, tty=True)
        assert code == 0
        assert [json.loads(line)["source"] for line in out.splitlines()] == ["r0", "r1", "r2"]
        assert "[3]" in err and "files/s" in err and "ETA" not in err

    def test_version_and_examples(self) -> None:
        code, out, _ = cli("--version")
        assert (code, out.decode().strip()) == (0, f"diplomacy-model {diplomacy_model.__version__}")
        code, out, _ = cli("extract", "--help")
        assert code == 0 and b"examples:" in out and b"--records" in out and b"--max-bytes" in out


def read_started(process: subprocess.Popen[bytes]) -> bytes:
    """The first output of *process*, read from the pipe itself (so ``communicate`` then reads the rest)."""
    assert process.stdout is not None
    data = b""
    while b"\n" not in data[1:]:
        chunk = os.read(process.stdout.fileno(), 4096)
        assert chunk, "no output"
        data += chunk
    return data


class TestFaults:
    """Every fault of issue 13, through the real command line: its exit status, its records, one clear line."""

    def test_fifo_and_device_refused(self, tmp_path: Path) -> None:
        os.mkfifo(tmp_path / "pipe")
        (tmp_path / "ok.txt").write_text(good_text(1), encoding="utf-8")
        code, out, err = cli("extract", "--format", "jsonl", "pipe", "/dev/zero", "ok.txt", cwd=tmp_path, timeout=60)
        assert code == 1
        records = json_lines(out)
        assert [r.get("error", {}).get("type") for r in records] == ["NotRegularFileError"] * 2 + [None]
        assert len(err.splitlines()) == 2

    def test_max_bytes_file_stdin_and_record(self, tmp_path: Path) -> None:
        (tmp_path / "big.txt").write_bytes(b"a" * 2000)
        (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "x", "text": "b" * 3000}) + "\n"
                                             + json.dumps({"id": "y", "text": "ok"}) + "\n", encoding="utf-8")
        code, out, _ = cli("extract", "--format", "jsonl", "--max-bytes", "1000", "big.txt", "-", cwd=tmp_path,
                           stdin=b"c" * 5000)
        assert code == 1
        assert [r["error"]["type"] for r in json_lines(out)] == ["DocumentTooLargeError"] * 2
        code, out, _ = cli("extract", "--records", "--format", "jsonl", "--max-bytes", "1000", "feed.jsonl",
                           cwd=tmp_path)
        records = json_lines(out)
        assert [r["source"] for r in records] == ["feed.jsonl:1", "y"]
        assert records[0]["error"]["type"] == "DocumentTooLargeError"

    def test_full_stdout(self) -> None:
        with open("/dev/full", "wb") as full:
            done = subprocess.run([sys.executable, "-m", "diplomacy_model", "extract", str(SEED_PATH)],
                                  stdout=full, capture_output=False, stderr=subprocess.PIPE, check=False, timeout=60)
        assert done.returncode == 2
        assert done.stderr.decode().splitlines() == [
            "diplomacy-model: error: cannot write to standard output: No space left on device"]

    @pytest.mark.parametrize("redirect", [">&-", "<&- >&-"])
    def test_closed_stdout(self, redirect: str) -> None:
        done = subprocess.run(f'"{sys.executable}" -m diplomacy_model extract "{SEED_PATH}" {redirect}',
                              shell=True, capture_output=False, stderr=subprocess.PIPE, check=False, timeout=60)
        assert done.returncode == 2
        assert done.stderr.decode().splitlines() == ["diplomacy-model: error: standard output is closed"]

    def test_closed_pipe(self) -> None:
        read, write = os.pipe()
        os.close(read)  # the reader is gone before anything is written
        try:
            done = subprocess.run([sys.executable, "-m", "diplomacy_model", "extract", "--format", "jsonl",
                                   str(SEED_PATH), str(SEED_PATH)], stdout=write, stderr=subprocess.PIPE,
                                  check=False, timeout=60)
        finally:
            os.close(write)
        assert done.returncode == 2
        assert done.stderr.decode().splitlines() == [
            "diplomacy-model: error: cannot write to standard output: Broken pipe"]

    @pytest.mark.parametrize("records", [False, True])
    def test_closed_stdin(self, records: bool) -> None:
        flag = "--records" if records else "--format=jsonl"
        done = subprocess.run(f'"{sys.executable}" -m diplomacy_model extract {flag} - <&-', shell=True,
                              capture_output=True, check=False, timeout=60)
        assert (done.returncode, done.stdout) == (2, b"")
        assert done.stderr.decode().splitlines() == ["diplomacy-model: error: standard input is closed"]

    def test_encoding_checked_up_front(self) -> None:
        code, out, err = cli("extract", "--encoding", "rot13", str(SEED_PATH))
        assert (code, out) == (2, b"")
        assert "'rot13' is not a text encoding" in err

    def test_non_utf8_file_names(self, tmp_path: Path) -> None:
        raw = [b"caf\xe9.txt", b"\xff\xfe.txt", b"plain.txt"]
        for name in raw:
            with open(os.path.join(os.fsencode(tmp_path), name), "wb") as fp:
                fp.write(good_text(2).encode())
        for fmt in ("jsonl", "json", "csv"):
            code, out, err = cli("extract", "--format", fmt, "--table", "leaders", str(tmp_path)) if fmt == "csv" \
                else cli("extract", "--format", fmt, str(tmp_path))
            assert code == 0, err
            text = out.decode("utf-8")  # valid UTF-8 whatever the names
            if fmt == "csv":
                sources = {csv_cell_value(r["source"]) for r in csv.DictReader(io.StringIO(text, newline=""))}
                assert len(sources) == 3 and all(s.isprintable() for s in sources)
                continue
            records = json_lines(out) if fmt == "jsonl" else json.loads(text)
            names = sorted(os.fsencode(os.path.basename(r["source"])) for r in records)
            assert names == sorted(raw)  # surrogate escapes read back to the very bytes

    def test_invalid_utf8_in_record_ids_stays_valid_json(self, tmp_path: Path) -> None:
        (tmp_path / "feed.jsonl").write_text('{"id": "\\udce9x", "text": "t"}\n', encoding="utf-8")
        code, out, _ = cli("extract", "--records", "--format", "jsonl", "feed.jsonl", cwd=tmp_path)
        assert code == 0
        assert json_lines(out)[0]["source"] == "\udce9x"

    def test_ctrl_c_closes_the_json_list(self, tmp_path: Path) -> None:
        for index in range(400):
            (tmp_path / f"{index:03d}.txt").write_text(good_text(index) * 40, encoding="utf-8")
        process = subprocess.Popen([sys.executable, "-m", "diplomacy_model", "extract", "--format", "json",
                                    "--workers", "2", str(tmp_path)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True)
        first = read_started(process)  # output has started: the workers are busy
        os.killpg(process.pid, signal.SIGINT)  # as a terminal does: to the whole process group
        rest, err = process.communicate(timeout=60)
        assert process.returncode == 130
        records = json.loads(first + rest)
        assert 0 < len(records) < 400
        assert [r["source"] for r in records] == [str(tmp_path / f"{i:03d}.txt") for i in range(len(records))]
        assert b"Traceback" not in err
        assert err.decode().splitlines()[-1] == "diplomacy-model: interrupted; the output so far is complete"

    def test_killed_worker_loses_nothing(self, tmp_path: Path) -> None:
        count = 300
        for index in range(count):
            (tmp_path / f"{index:03d}.txt").write_text(good_text(index) * 30, encoding="utf-8")
        process = subprocess.Popen([sys.executable, "-m", "diplomacy_model", "extract", "--format", "jsonl",
                                    "--workers", "2", str(tmp_path)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        first = read_started(process)
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        os.kill(int(children[0]), signal.SIGKILL)
        rest, err = process.communicate(timeout=120)
        records = json_lines(first + rest)
        assert [r["source"] for r in records] == [str(tmp_path / f"{i:03d}.txt") for i in range(count)]
        crashed = [r for r in records if "error" in r]
        assert len(crashed) <= 1 and process.returncode == len(crashed)
        assert all(r["error"]["type"] == "WorkerCrashedError" for r in crashed)
        assert all(r["leaders"] for r in records if "error" not in r)
        assert b"Traceback" not in err

    def test_huge_worker_count(self, tmp_path: Path) -> None:
        for index in range(3):
            (tmp_path / f"{index}.txt").write_text(good_text(index), encoding="utf-8")
        code, out, err = cli("extract", "--format", "jsonl", "--workers", "1000000", str(tmp_path), timeout=60)
        assert code == 0, err
        assert len(json_lines(out)) == 3


class TestThousandFiles:
    """A folder of 1,000 files, some bad: every good one has its records, every bad one its error record."""

    BAD: ClassVar[dict[str, str]] = {"binary": "BinaryFileError", "latin": "UnicodeDecodeError",
                                     "big": "DocumentTooLargeError", "fifo": "NotRegularFileError"}

    @pytest.fixture(scope="class")
    def folder(self, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str | None]]:
        root = tmp_path_factory.mktemp("thousand")
        expected: dict[str, str | None] = {}
        kinds = list(self.BAD)
        for index in range(1000):
            sub = root / f"part{index % 7}"
            sub.mkdir(exist_ok=True)
            path = sub / f"{index:04d}.txt"
            kind = kinds[(index // 37) % len(kinds)] if index % 37 == 5 else None
            if kind == "binary":
                path.write_bytes(b"\x00\x01GIF")
            elif kind == "latin":
                path.write_bytes("Genève, M. Macron".encode("latin-1"))
            elif kind == "big":
                path.write_text(good_text(index) * 200, encoding="utf-8")
            elif kind == "fifo":
                os.mkfifo(path)
            else:
                path.write_text(good_text(index), encoding="utf-8")
            expected[str(path)] = self.BAD[kind] if kind else None
        return root, expected

    def test_jsonl(self, folder: tuple[Path, dict[str, str | None]]) -> None:
        root, expected = folder
        code, out, err = cli("extract", "--format", "jsonl", "--max-bytes", "20000", str(root), timeout=300)
        assert code == 1
        records = json_lines(out)
        assert sorted(r["source"] for r in records) == sorted(expected)
        for record in records:
            want = expected[record["source"]]
            assert record.get("error", {}).get("type") == want
            assert want is not None or record["leaders"]
        assert len(err.splitlines()) == sum(1 for v in expected.values() if v)

    def test_csv(self, folder: tuple[Path, dict[str, str | None]]) -> None:
        root, expected = folder
        code, out, err = cli("extract", "--table", "leaders", "--max-bytes", "20000", str(root), timeout=300)
        assert code == 1
        frame = read_frame(out)
        good = {source for source, want in expected.items() if want is None}
        assert set(map(csv_cell_value, frame["source"])) == good
        failed = {line.split(": ")[1] for line in err.splitlines()}
        assert failed == set(expected) - good
        cells = [cell for column in frame.columns for cell in frame[column]]
        assert not [cell for cell in cells if cell.startswith(FORMULA_START)]


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
