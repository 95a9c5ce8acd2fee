"""The documentation: every form docs/phrases.md lists reads as the page says; the page is current; the nav agrees.

Each phrase kind's rows are checked with that kind's own corpus check (``_check`` of ``tests/test_<kind>.py``),
fed an ``Example`` rebuilt from the row, so a row means exactly what the corpus entry means. The page itself must
equal what ``docs/gen_phrases.py`` renders from the corpora now.

The Python examples in docs/*.md and README.md run as doctests (``--doctest-glob=*.md`` in pyproject).
"""

from __future__ import annotations

import ast
import datetime as dt
import difflib
import itertools
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import regex

from diplomacy_model import (
    Anniversary,
    Dateline,
    ParseError,
    find_agreements,
    find_anniversaries,
    find_dateline,
    find_dates,
    find_leaders,
    find_organisations,
    parse_anniversary,
)
from diplomacy_model.phrases._engine import Example
from diplomacy_model.phrases.meeting import find_meeting_cues
from diplomacy_model.phrases.ordinal import parse_cardinal, parse_ordinal

from .conftest import load_script
from .test_agreement import _check as check_agreement
from .test_dates import _check as check_date
from .test_leader import _check as check_leaders
from .test_meeting import _check as check_meeting
from .test_organisation import found as organisations_found

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PHRASES = DOCS / "phrases.md"

_PIPE = regex.compile(r"(?<!\\)\|")


_CODE = regex.compile(r"`([^`]*+)`")


def _code(cell: str) -> str:
    """A cell's text: the code it holds, unwrapped, else the cell as written."""
    return cell[1:-1].replace("\\|", "|") if cell.startswith("`") and cell.endswith("`") else cell


def _raw_cells(row: str) -> list[str]:
    return [c.strip() for c in _PIPE.split(row.strip())[1:-1]]


def _tables() -> dict[str, list[list[str]]]:
    """Rows (cells, code unwrapped) under each ``###`` heading of the page."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    for line in PHRASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            heading = line[4:].strip()
            tables[heading] = []
        elif line.startswith("| `") and heading:
            tables[heading].append(_raw_cells(line))
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
    """The rows under ``### heading`` (its ``####`` groups included), code cells unwrapped."""
    return [[_code(c) for c in row] for row in TABLES.get(heading, [])]


def _raw_rows(heading: str) -> list[list[str]]:
    return TABLES.get(heading, [])


def _id(row: list[str]) -> str:
    return _code(row[0])[:50]


KINDS = ("datelines", "anniversaries", "dates", "leaders", "organisations", "agreements", "meetings")


def test_the_page_has_its_tables() -> None:
    assert len(_rows("Accepted datelines")) >= 50
    assert len(_rows("Accepted anniversaries")) >= 50
    tables = [("Accepted ordinals and cardinals", "Not ordinals or cardinals")]
    tables += [(f"Accepted {kind}", f"Not {kind}") for kind in KINDS]
    for accepted, negative in tables:
        assert len(_rows(accepted)) >= 20, accepted
        assert _rows(negative), negative


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


# --- ordinals: tests/test_ordinal.py test_corpus / test_negative_corpus (the note names the parser) -------------


@pytest.mark.parametrize("row", _rows("Accepted ordinals and cardinals"), ids=_id)
def test_accepted_ordinal(row: list[str]) -> None:
    text, note, value = ast.literal_eval(row[0]), row[1], int(row[2])
    parse = parse_ordinal if note == "ordinal" else parse_cardinal
    assert parse(text) == value


@pytest.mark.parametrize("row", _rows("Not ordinals or cardinals"), ids=_id)
def test_not_an_ordinal(row: list[str]) -> None:
    text, note = ast.literal_eval(row[0]), row[1]
    parse = parse_ordinal if note.startswith("ordinal") else parse_cardinal
    with pytest.raises(ParseError):
        parse(text)


# --- the kinds checked by their own tests' _check, fed the row as an Example ------------------------------------


@pytest.mark.parametrize("row", _rows("Accepted dates"), ids=_id)
def test_accepted_date(row: list[str]) -> None:
    check_date(Example(ast.literal_eval(row[0]), _expected(row[2]), published=_published(row[1])))


@pytest.mark.parametrize("row", _rows("Not dates"), ids=_id)
def test_not_a_date(row: list[str]) -> None:
    assert find_dates(ast.literal_eval(row[0]), published=_published(row[1])) == ()


def _leaders(cell: str) -> tuple[dict[str, Any], ...]:
    """The leaders of a row: one code span each, ``<br>`` between them; ``-`` for none."""
    return tuple(_expected(code.replace("\\|", "|")) for code in _CODE.findall(cell))


@pytest.mark.parametrize("row", _raw_rows("Accepted leaders"), ids=_id)
def test_accepted_leaders(row: list[str]) -> None:
    text = ast.literal_eval(_code(row[0]))
    dateline, _, day = row[1].partition(", ")  # "US, 2020-05-20": the dateline, then the story's date if any
    expected: dict[str, Any] = {"dateline_country": None if dateline == "-" else dateline, "leaders": _leaders(row[2])}
    if day:
        expected["reference"] = dt.date.fromisoformat(day)
    check_leaders(Example(text, expected))


@pytest.mark.parametrize("row", _rows("Not leaders"), ids=_id)
def test_not_a_leader(row: list[str]) -> None:
    assert find_leaders(ast.literal_eval(row[0]), dateline_country="CN") == ()


@pytest.mark.parametrize("row", _rows("Accepted organisations"), ids=_id)
def test_accepted_organisations(row: list[str]) -> None:
    assert organisations_found(ast.literal_eval(row[0])) == ast.literal_eval(row[1])


@pytest.mark.parametrize("row", _rows("Not organisations"), ids=_id)
def test_not_an_organisation(row: list[str]) -> None:
    assert find_organisations(ast.literal_eval(row[0])) == ()


@pytest.mark.parametrize("row", _rows("Accepted agreements"), ids=_id)
def test_accepted_agreement(row: list[str]) -> None:
    check_agreement(Example(ast.literal_eval(row[0]), _expected(row[1])))


@pytest.mark.parametrize("row", _rows("Not agreements"), ids=_id)
def test_not_an_agreement(row: list[str]) -> None:
    assert find_agreements(ast.literal_eval(row[0])) == ()


@pytest.mark.parametrize("row", _rows("Accepted meetings"), ids=_id)
def test_accepted_meeting(row: list[str]) -> None:
    check_meeting(Example(ast.literal_eval(row[0]), _expected(row[1])))


@pytest.mark.parametrize("row", _rows("Not meetings"), ids=_id)
def test_not_a_meeting(row: list[str]) -> None:
    assert find_meeting_cues(ast.literal_eval(row[0])) == ()


# --- the page is what the corpora give now ------------------------------------------------------------------------


def _generator(path: Path = DOCS / "gen_phrases.py") -> ModuleType:
    """``docs/gen_phrases.py`` as a module (``docs`` is no package), run afresh."""
    return load_script(path, "_gen_phrases_under_test")


def test_the_page_is_current() -> None:
    committed = PHRASES.read_text(encoding="utf-8")
    rendered = _generator().render()
    if rendered != committed:
        diff = difflib.unified_diff(
            committed.splitlines(keepends=True),
            rendered.splitlines(keepends=True),
            "docs/phrases.md (committed)",
            "docs/phrases.md (from the corpora now)",
        )
        pytest.fail(
            "docs/phrases.md is out of date with the phrase corpora: run `.venv/bin/python docs/gen_phrases.py` "
            "from the repository root and commit docs/phrases.md. First differences:\n"
            + "".join(itertools.islice(diff, 30)),
            pytrace=False,
        )


def test_every_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.name for p in DOCS.glob("*.md"))
    assert pages == sorted(regex.findall(r"^  - [^:\n]+: (\S+\.md)$", nav, flags=regex.M))
