"""docs/benchmarks.md is what bench/report.py renders from bench/results/: no figure is typed by hand."""

from __future__ import annotations

import difflib
from typing import Any

from .conftest import ROOT, load_script


def test_the_page_is_rendered_from_bench_results() -> None:
    report: Any = load_script(ROOT / "bench" / "report.py", "bench_report")
    want = report.render()
    have = (ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(have.splitlines(True), want.splitlines(True), "page", "render", n=1))
    assert have == want, f"run .venv/bin/python bench/report.py render\n{diff[:3000]}"
    assert "/work/" not in have  # nothing outside the repository is named
    for name in report.SCRIPTS:
        assert (ROOT / "bench" / "results" / f"{name}.txt").exists(), name
