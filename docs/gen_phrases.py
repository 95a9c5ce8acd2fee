"""Write ``docs/phrases.md`` from the dateline and anniversary corpora.

Run from the repository root after changing a corpus::

    .venv/bin/python docs/gen_phrases.py

The page lists every example, negative and known failure of the two corpora.
``tests/test_docs.py`` reads the page back and checks every listed form against
the library, so the page can never claim a reading the library does not give.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from diplomacy_model.phrases._engine import Example
from diplomacy_model.phrases.anniversary.corpus import corpus as anniversary_corpus
from diplomacy_model.phrases.dateline.corpus import corpus as dateline_corpus

PAGE = Path(__file__).with_name("phrases.md")

HEAD = """\
# Phrases

This page is generated from the phrase corpora
(`src/diplomacy_model/phrases/<kind>/corpus.py`) by `docs/gen_phrases.py`, and
`tests/test_docs.py` checks every form listed here against the library: each
*accepted* form must read exactly as its row says, each *not read* text must give
nothing. The *known gaps* are the corpora's `known_failures`, run as strict
xfails by the phrase kinds' own tests.

A row shows the input (as a Python string), the publication date passed as
`published` (`-` for none) and the attributes the reading must have; attributes
not shown are not fixed by that row. A `span` is `(start, end)` in the input and
a `date` an ISO string.

## Datelines

`find_dateline(text, published=...)` reads the dateline that opens a story;
`parse_dateline` reads a string that is only a dateline. In short, a dateline is

* a **place**: `CITY`, `CITY, Region`, `CITY, Country` (`CITY` in capitals or
  title case; US states and Canadian provinces abbreviated or not);
* an optional **date**: `Mon D`, `Mon. D`, `Month D`, `D Month`, with or without
  `, YYYY`; typos the wire made (`Marc 3`, `2O`, `April l`) are read;
* an optional **agency**: `(Xinhua)`, `(Reuters)`, `, Reuter`, `/PRNewswire/`,
  `/TASS/.`, `(AP)`;
* a **closing** dash: `-`, `--`, `---`, `–`, `—`, `_`.

The year comes from the dateline itself, else a metadata header before it
(`date 2026-02-05`, `14:00, November 10, 2020`), else `published` (a month and
day more than a week after the publication date are last year's); without any
of them, month and day are kept and the year stays `None`. `render_dateline`
writes a `Dateline` back in one of the house styles of
`diplomacy_model.phrases.dateline.render.STYLES`.

### Accepted datelines

| Input | published | Reads as |
|---|---|---|
"""

ANNIVERSARY_HEAD = """
## Anniversaries

`find_anniversaries(text, published=...)` finds every anniversary in running
text; `parse_anniversary` reads a string that is only an anniversary phrase. The
forms are `<ordinal> anniversary of <subject>` (`30th`, `thirtieth`,
`twenty-fifth`, `one hundred and fiftieth`, `one-year`, `10-year`), the named
ones (`centenary`, `centennial`, `bicentenary`, `tercentenary`,
`sesquicentennial`, `semicentennial`, `silver`/`golden`/`diamond`/`platinum
jubilee`), `N years since <event>`, `N years of <relations>` after *marks*, `N
years after <event>` after *comes*, and a bare `the anniversary of ...`.
`year` is the year the anniversary falls in (from `this year`, `next year`, an
explicit year, the tense of the sentence, or `published`), `base_year` is
`year - ordinal`, and `year_source` says where `year` came from.
`render_anniversary` writes one back in the styles of
`diplomacy_model.phrases.anniversary.render.ANNIVERSARY_STYLES`.

In the table, *phrase* is the text the anniversary's span covers inside the
input (`-`: the whole input, which `parse_anniversary` must also accept), and
`count` (when shown) is how many anniversaries the whole input gives.

### Accepted anniversaries

| Input | published | Phrase | Reads as |
|---|---|---|---|
"""


def _cell(text: str) -> str:
    """A Markdown table cell holding code: pipes escaped."""
    return "`" + text.replace("|", "\\|") + "`"


def _published(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else "-"


def _reads(expected: Mapping[str, Any]) -> str:
    return ", ".join(f"{key}={value!r}" for key, value in expected.items())


def _dateline_rows(examples: Iterable[Example]) -> list[str]:
    return [f"| {_cell(repr(e.text))} | {_published(e.published)} | {_cell(_reads(e.expected))} |" for e in examples]


def _anniversary_rows(examples: Iterable[Example]) -> list[str]:
    rows = []
    for e in examples:
        expected = dict(e.expected)
        phrase = expected.pop("phrase", None)
        shown = _cell(repr(phrase)) if phrase is not None else "-"
        rows.append(f"| {_cell(repr(e.text))} | {_published(e.published)} | {shown} | {_cell(_reads(expected))} |")
    return rows


def _plain_rows(examples: Iterable[Example]) -> list[str]:
    return [
        f"| {_cell(repr(e.text))} | {_published(e.published)} | {e.note.replace('|', '/') or '-'} |" for e in examples
    ]


def _gap_rows(examples: Iterable[Example]) -> list[str]:
    return [f"| {_cell(repr(e.text))} | {e.note.replace('|', '/')} |" for e in examples]


def render() -> str:
    """The whole page."""
    lines = [HEAD.rstrip("\n")]
    lines += _dateline_rows(dateline_corpus.examples)
    lines += ["", "### Not datelines", "", "| Input | published | Why |", "|---|---|---|"]
    lines += _plain_rows(dateline_corpus.negative)
    lines += ["", "### Known gaps (datelines)", "", "| Input | Why not yet |", "|---|---|"]
    lines += _gap_rows(dateline_corpus.known_failures)
    lines += [ANNIVERSARY_HEAD.rstrip("\n")]
    lines += _anniversary_rows(anniversary_corpus.examples)
    lines += ["", "### Not anniversaries", "", "| Input | published | Why |", "|---|---|---|"]
    lines += _plain_rows(anniversary_corpus.negative)
    lines += ["", "### Known gaps (anniversaries)", "", "| Input | Why not yet |", "|---|---|"]
    lines += _gap_rows(anniversary_corpus.known_failures)
    return "\n".join(lines) + "\n"


def main() -> int:
    PAGE.write_text(render(), encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
