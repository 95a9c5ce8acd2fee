"""``diplomacy-model show FILE --html OUT.html`` in a real browser: Debian's Chromium, headless.

The page is loaded, screenshotted, and its DOM (as Chromium built it, after scripts ran) is walked: every
fact's span is covered by marks of that fact, exactly, and no other character is marked. Outside CI the test
skips when ``chromium`` is not installed; in CI (``CI`` set) it fails, since ``.ci/run`` installs it.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

from diplomacy_model import extract
from diplomacy_model.cli import main
from diplomacy_model.show import fact_spans, render_html

from .conftest import SEED_PATH

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run")


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def _browser(chromium: str, *args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                             capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


class _Marks(HTMLParser):
    """Character offsets of the article text (``#text``) covered by each fact's marks, as the DOM holds them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside #text: element nesting depth, 0 outside
        self.stack: list[str | None] = []
        self.at = 0
        self.text: list[str] = []
        self.covered: dict[str, set[int]] = defaultdict(set)
        self.claimed: list[tuple[str, int, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.depth:
            self.depth += 1
            self.stack.append(a.get("data-fact") if tag == "mark" else None)
            if tag == "mark":
                self.claimed.append((a["data-fact"] or "", int(a["data-start"] or -1), self.at))
        elif a.get("id") == "text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.stack:
                self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.depth:
            return
        for fact in self.stack:
            if fact is not None:
                self.covered[fact].update(range(self.at, self.at + len(data)))
        self.text.append(data)
        self.at += len(data)


def test_show_writes_a_page(tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    stdout, stderr = io.StringIO(), io.StringIO()
    assert main(["show", str(SEED_PATH), "--html", str(out)], stdout=stdout, stderr=stderr) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "http" not in page.split("<body>", 1)[1]  # self-contained
    assert main(["show", str(tmp_path / "missing.txt"), "--html", str(out)], stdout=stdout, stderr=stderr) == 1
    assert "missing.txt" in stderr.getvalue()


def test_seed_page_in_chromium_highlights_every_fact_and_nothing_else(chromium: str, tmp_path: Path) -> None:
    text = SEED_PATH.read_text(encoding="utf-8")
    article = extract(text)
    page = tmp_path / "seed.html"
    page.write_text(render_html(article, text, title=SEED_PATH.name), encoding="utf-8")
    shot = tmp_path / "seed.png"
    _browser(chromium, f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    dom = _browser(chromium, "--dump-dom", page.as_uri())
    marks = _Marks()
    marks.feed(dom)
    assert "".join(marks.text) == text  # the page shows the text, character for character
    expected: dict[str, set[int]] = defaultdict(set)
    for fact, _kind, span, _info in fact_spans(article):
        expected[fact].update(range(span.start, span.end))
    assert dict(marks.covered) == dict(expected)
    assert all(start == offset for _fact, start, offset in marks.claimed)
    kinds = {fact.split("-")[0] for fact in expected}
    assert kinds == {"dateline", "leader", "organisation", "meeting", "agreement", "anniversary"}
