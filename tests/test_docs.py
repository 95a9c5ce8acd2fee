"""The documentation: every form docs/phrases.md lists reads as the page says; the pages and nav agree.

The Python examples in docs/*.md and README.md run as doctests (``--doctest-glob=*.md`` in pyproject).
"""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import regex

from diplomacy_model import Anniversary, Dateline, find_anniversaries, find_dateline, parse_anniversary

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PHRASES = DOCS / "phrases.md"

_PIPE = regex.compile(r"(?<!\\)\|")


def _cells(row: str) -> list[str]:
    cells = [c.strip() for c in _PIPE.split(row.strip())[1:-1]]
    return [c[1:-1].replace("\\|", "|") if c.startswith("`") and c.endswith("`") else c for c in cells]


def _tables() -> dict[str, list[list[str]]]:
    """Rows (cells, code unwrapped) under each ``###`` heading of the page."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    for line in PHRASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            heading = line[4:].strip()
            tables[heading] = []
        elif line.startswith("| `") and heading:
            tables[heading].append(_cells(line))
    return tables


TABLES = _tables()


def _published(cell: str) -> dt.date | None:
    return None if cell == "-" else dt.date.fromisoformat(cell)


def _expected(cell: str) -> dict[str, Any]:
    call = ast.parse(f"f({cell})", mode="eval").body
    assert isinstance(call, ast.Call)
    return {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords if kw.arg is not None}


def _observed(value: Dateline | Anniversary | None, expected: dict[str, Any]) -> dict[str, Any] | None:
    if value is None:
        return None
    out: dict[str, Any] = {}
    for name in expected:
        got = getattr(value, name)
        if name in ("span", "subject_span") and got is not None:
            got = (got.start, got.end)
        elif name == "date" and got is not None:
            got = got.isoformat()
        out[name] = got
    return out


def _rows(heading: str) -> list[list[str]]:
    return TABLES.get(heading, [])


def test_the_page_has_its_tables() -> None:
    assert len(_rows("Accepted datelines")) >= 50
    assert len(_rows("Accepted anniversaries")) >= 50
    assert _rows("Not datelines") and _rows("Not anniversaries")


@pytest.mark.parametrize("row", _rows("Accepted datelines"), ids=lambda r: r[0][:50])
def test_accepted_dateline(row: list[str]) -> None:
    text, published, expected = ast.literal_eval(row[0]), _published(row[1]), _expected(row[2])
    assert _observed(find_dateline(text, published=published), expected) == expected


@pytest.mark.parametrize("row", _rows("Not datelines"), ids=lambda r: r[0][:50])
def test_not_a_dateline(row: list[str]) -> None:
    assert find_dateline(ast.literal_eval(row[0]), published=_published(row[1])) is None


@pytest.mark.parametrize("row", _rows("Accepted anniversaries"), ids=lambda r: r[0][:50])
def test_accepted_anniversary(row: list[str]) -> None:
    text, published, expected = ast.literal_eval(row[0]), _published(row[1]), _expected(row[3])
    count = expected.pop("count", None)
    found = find_anniversaries(text, published=published)
    if count is not None:
        assert len(found) == count
    if row[2] == "-":  # the whole input is the phrase (the finder's span may leave out a leading 'the')
        assert _observed(parse_anniversary(text, published=published), expected) == expected
        matching = list(found)
    else:
        matching = [a for a in found if a.span.of(text) == ast.literal_eval(row[2])]
    assert len(matching) == 1, [a.span.of(text) for a in found]
    assert _observed(matching[0], expected) == expected


@pytest.mark.parametrize("row", _rows("Not anniversaries"), ids=lambda r: r[0][:50])
def test_not_an_anniversary(row: list[str]) -> None:
    assert find_anniversaries(ast.literal_eval(row[0]), published=_published(row[1])) == ()


def test_every_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.name for p in DOCS.glob("*.md"))
    assert pages == sorted(regex.findall(r"^  - [^:\n]+: (\S+\.md)$", nav, flags=regex.M))
