"""Write ``docs/phrases.md`` from the phrase corpora, one section per phrase kind.

Run from the repository root after changing a corpus::

    .venv/bin/python docs/gen_phrases.py

The page lists every example, negative and known failure of the corpora under
``src/diplomacy_model/phrases/<kind>/corpus.py``. ``tests/test_docs.py`` reads the
page back and checks every listed form against the library, so the page can never
claim a reading the library does not give, and it compares :func:`render` with the
committed page, so a corpus entry added without regenerating fails the tests.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from diplomacy_model.phrases._engine import Corpus, Example
from diplomacy_model.phrases.agreement.corpus import corpus as agreement_corpus
from diplomacy_model.phrases.anniversary.corpus import corpus as anniversary_corpus
from diplomacy_model.phrases.dateline.corpus import corpus as dateline_corpus
from diplomacy_model.phrases.dates.corpus import corpus as dates_corpus
from diplomacy_model.phrases.meeting.corpus import corpus as meeting_corpus
from diplomacy_model.phrases.ordinal.corpus import corpus as ordinal_corpus
from diplomacy_model.phrases.organisation.corpus import corpus as organisation_corpus
from diplomacy_model.phrases.title.corpus import corpus as title_corpus

PAGE = Path(__file__).with_name("phrases.md")

HEAD = """\
# Phrases

This page is generated from the phrase corpora
(`src/diplomacy_model/phrases/<kind>/corpus.py`) by `docs/gen_phrases.py`, and
`tests/test_docs.py` checks every form listed here against the library: each
*accepted* form must read exactly as its row says, each *not read* text must give
nothing. The *known gaps* are the corpora's `known_failures`, run as strict
xfails by the phrase kinds' own tests. The same test regenerates this page in
memory and fails when it differs from the committed one: after changing a corpus,
run `.venv/bin/python docs/gen_phrases.py`.

The phrase kinds, in the order of this page: [ordinals](#ordinals),
[datelines](#datelines), [anniversaries](#anniversaries), [dates](#dates),
[leaders](#leaders), [organisations](#organisations),
[agreements](#agreements) and [meetings](#meetings).

A row shows the input (as a Python string), the publication date passed as
`published` (`-` for none) and the attributes the reading must have; attributes
not shown are not fixed by that row. A `span` is `(start, end)` in the input and
a `date` an ISO string. Each section says how its rows are read.
"""

DATELINE_HEAD = """
## Datelines

`find_dateline(text, published=...)` reads the dateline that opens a story;
`parse_dateline` reads a string that is only a dateline. In short, a dateline is

* a **place**: `CITY`, `CITY, Region`, `CITY, Country` (`CITY` in capitals or
  title case; US states and Canadian provinces abbreviated or not);
* an optional **date**: `Mon D`, `Mon. D`, `Month D`, `D Month`, with or without
  `, YYYY`; typos the wire made (`Marc 3`, `2O`, `April l`) are read;
* an optional **agency**: `(Xinhua)`, `(Reuters)`, `, Reuter`, `/PRNewswire/`,
  `/TASS/.`, `/TASS Correspondent .../.`, `(AP)`;
* a **closing** dash: `-`, `--`, `---`, `–`, `—`, `_`, or a colon after a date
  (`KARACHI, March 3:`).

Also read: a credit line before the dateline (`Canadian Press - HALIFAX (CP) -`),
an agency alone (`AFP - `, `(CNN) --`: an agency and never a city), a known city
whose dash was lost (`MANILA The typhoon ...`), a headline run into the dateline,
and datelines in the agencies' own languages (Xinhua Chinese, TASS and RIA
Russian, AFP French, EFE Spanish, dpa German), read to the English city with
`language` set. Every city gets `place_country` from the city gazetteer
(GeoNames, CC BY 4.0), settled by a written region or country; a city one edit
from a gazetteer city of the written state or country is corrected, the text
kept in `city_as_written`.

The year comes from the dateline itself, else a metadata header before it
(`date 2026-02-05`, `14:00, November 10, 2020`), else `published` (a month and
day more than a week after the publication date are last year's); without any
of them, month and day are kept and the year stays `None`. `render_dateline`
writes a `Dateline` back in one of the house styles of
`diplomacy_model.phrases.dateline.render.STYLES`.

### Accepted datelines

Grouped by the wire style each is modelled on.
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
years after <event>` after *comes*, `<institution> turns N`, a headline's `NATO
at 70:` or `Bloody Sunday: 50 years on`, `70 years on the throne` when celebrated, `Remembering Pearl
Harbor, 80 years later.`, `the 25th commemoration of ...`, `the 55th National Day`, `anniv.`, `#50thAnniversary`, coordinated counts (`the 70th and 75th
anniversaries of ...`, one anniversary each), and a bare `the anniversary of ...`.
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


ORDINAL_HEAD = """
## Ordinals

`diplomacy_model.phrases.ordinal` reads numbers written as ordinals and
cardinals; it has no finder of its own, the anniversary rules use its patterns
`ORDINAL` and `CARDINAL`. `parse_ordinal(text)` reads a whole string as one
ordinal (`30th`, `thirtieth`, `twenty-fifth`, `one hundred and fiftieth`) and
returns its number as an `int`; `parse_cardinal(text)` does the same for a
cardinal (`58`, `thirty`, `seventy five`), the number of `N years since`. Both
raise `ParseError` for anything else. `render_ordinal(n, style)` and
`render_cardinal(n, style)` write a number back in the `digits` or `words`
style.

A row's *parser* is `parse_ordinal` for an ordinal, `parse_cardinal` for a
cardinal; an accepted form must give *value*, a refused one must raise
`ParseError` (the *why* column says which parser refuses it: `ordinal: ...` is
`parse_ordinal`, `cardinal: ...` is `parse_cardinal`).

### Accepted ordinals and cardinals

| Input | Parser | value |
|---|---|---|
"""

DATES_HEAD = """
## Dates

`find_dates(text, published=...)` returns every date mention in running text as
a `DateMention` (`text`, `span`, `kind` and the resolved `date`, a
`PartialDate` at the mention's own precision: a day, a month or a year);
`parse_date(text, reference=..., tense=...)` reads one whole date phrase and
returns the `PartialDate`, and `render_date(date, style=...)` writes one back
(`ap`, `xinhua`, `long`, `british`, `iso`). The reference date is `published`,
else a metadata header at the top of the text (`date 2026-02-05`); without
either, only self-contained dates are returned. A weekday, a month or a
month-day with no year points backwards or forwards with the tense of its
clause (`tense_at`), and `resolve_mentions` does the same inside a slice of an
article.

A row's input holds exactly one date mention: `find_dates` must return one
mention whose `text`, `date` (ISO) and `kind` are the row's, and when the row
shows a `tense`, the tense of the mention's clause must be that. The rows are
grouped by `kind`.

### Accepted dates

| Input | published | Reads as |
|---|---|---|
"""

LEADERS_HEAD = """
## Leaders

`find_leaders(text, dateline_country=..., reference=...)` returns every leader
named with a title (`Russian President Vladimir Putin`, `Narendra Modi, India's
prime minister`) as a `Leader`, in order of first mention, each with all its
mentions (the full one first, then the later family-name mentions).
A well-known office holder written by full name alone also counts while in
office. The country comes from the title (`Russian`, `of India`, `India's`); an
organisation (`UN`) gives an organisation and no country; failing both, it is
inferred (`inferred=True`) from a small table of well-known office holders, the
sentence before, or `dateline_country`. `parse_leader(text,
dateline_country=...)` reads exactly one titled mention and `render_leader(leader,
style)` writes one back (`wire`, `kremlin`, `appositive`).

A row passes its *dateline* as `dateline_country` (`-` for none) and no
`reference` (so a well-known name counts whatever its years in office) unless it
gives the story's date after the dateline, and lists the
leaders `find_leaders` must return, one per line, in order; nothing else may be
found. `mentions` is the text of every mention. A *not read* text must give no
leader with `dateline_country='CN'`. The rows are grouped by provenance.

### Accepted leaders

| Input | dateline | Leaders |
|---|---|---|
"""

ORGANISATIONS_HEAD = """
## Organisations

`find_organisations(text)` returns every intergovernmental organisation the text
names, in order of first mention, as an `Organisation` (`name`, `acronym`,
`mentions`: the span of every mention, full names, acronyms and adjective forms
such as `UN-centered`, in text order). `parse_organisation(text)` reads exactly
one name or acronym (with an optional leading `the`; back-references such as
`Security Council` are refused) and `render_organisation` writes one back. The
names come from `diplomacy_model/gazetteer/organisations.tsv`.

A row maps each organisation `find_organisations` must return, keyed by its
acronym (else its name), to the text of its mentions in order; nothing else may
be found (`{}`: nothing at all). The rows are grouped by provenance.

### Accepted organisations

| Input | Organisations |
|---|---|
"""

AGREEMENTS_HEAD = """
## Agreements

`find_agreements(text)` returns every named instrument (treaty, agreement,
memorandum, joint statement, partnership ...) in text order as an `Agreement`
(`name`, `kind`, `span`, `parties` as country codes, `date`, `event`,
`date_source`). `parse_agreement(text)` reads exactly one instrument phrase,
with an optional leading `the` and date clause; `render_agreement(agreement,
style=...)` writes one back (`us`, `uk`, `relative`), and `agreement_at` finds
the agreement inside a span (an anniversary's subject). A head word alone (`the
agreement`), a plural category (`free trade agreements`; `Minsk Agreements`,
named by a place, is one), `agree`, `in agreement with` and a partnership with a
company or a country but no party prefix are not instruments.

A row's input holds exactly one instrument: `find_agreements` must return one
`Agreement` with the row's attributes (the text its span covers must be its
name, give or take spacing). The rows are grouped by provenance.

### Accepted agreements

| Input | Reads as |
|---|---|
"""

MEETINGS_HEAD = """
## Meetings

`diplomacy_model.phrases.meeting` reads meeting triggers (`held talks`, `phone
call`, `summit`, `visit`, `consultation`, named events such as `APEC Economic
Leaders' Meeting`) with what their own sentence says about them.
`find_meeting_cues(text)` returns every trigger as a `MeetingCue` in text order
(`kind`, `mode`, `future`, the event codes `cameo`, `plover_event`,
`plover_mode`, `place`, `venue`, `anaphoric`, `count`, and spans of the
participants, the host, the organisation and the date phrase, left for the
caller to resolve); `parse_meeting_cue(text)` requires exactly one trigger and
`render_meeting_cue` writes a sentence it reads back. Whole-article meetings are
assembled from these cues by `extract`.

A row describes the first cue of its input that names a meeting of its own (not
`anaphoric`), else the first cue; that cue's sentence must be the whole input.
`span`, `date_hint`, `host` and `organisation` are the texts the spans cover,
`parties` the texts of the participants, `mode` the mode's value. The rows are
grouped by provenance.

### Accepted meetings

| Input | Reads as |
|---|---|
"""


def _cell(text: str) -> str:
    """A Markdown table cell holding code: pipes escaped."""
    return "`" + text.replace("|", "\\|") + "`"


def _published(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else "-"


def _reads(expected: Mapping[str, Any]) -> str:
    return ", ".join(f"{key}={value!r}" for key, value in expected.items())


def _note(e: Example) -> str:
    return e.note.replace("|", "/") or "-"


def _dateline_rows(examples: Iterable[Example]) -> list[str]:
    return [f"| {_cell(repr(e.text))} | {_published(e.published)} | {_cell(_reads(e.expected))} |" for e in examples]


def _dateline_style(source: str) -> str:
    """A corpus entry's provenance as the style it shows: ``modelled on TASS`` is TASS."""
    return {"seed": "The seed", "hand": "Written by hand"}.get(source, source.removeprefix("modelled on ")[:1].upper()
                                                                + source.removeprefix("modelled on ")[1:])


def _dateline_groups(examples: Sequence[Example]) -> list[str]:
    """The accepted datelines grouped by the wire style each is modelled on, in the corpus's order."""
    lines: list[str] = []
    styles = list(dict.fromkeys(e.source for e in examples))
    for style in styles:
        lines += ["", f"#### {_dateline_style(style)}", "", "| Input | published | Reads as |", "|---|---|---|"]
        lines += _dateline_rows(e for e in examples if e.source == style)
    return lines


def _written_back_rows() -> list[str]:
    """The seed's dateline written in every house style of ``render_dateline``, with what it reads back as."""
    import attrs

    from diplomacy_model import find_dateline, parse_dateline, render_dateline
    from diplomacy_model.phrases.dateline.corpus import SEED_STYLE_AGENCIES
    from diplomacy_model.phrases.dateline.render import STYLES

    seed = find_dateline(dateline_corpus.examples[0].text)
    assert seed is not None
    base = attrs.evolve(seed, country=None, country_source=None, year=None, year_source=None)
    rows = []
    for style in STYLES:
        text = render_dateline(attrs.evolve(base, agency=SEED_STYLE_AGENCIES[style]), style=style)
        d = parse_dateline(text)
        reads = {"city": d.city, "month": d.month, "day": d.day, "agency": d.agency, "language": d.language}
        rows.append(f"| `{style}` | {_cell(repr(text))} | {_cell(_reads(reads))} |")
    return rows


def _anniversary_rows(examples: Iterable[Example]) -> list[str]:
    rows = []
    for e in examples:
        expected = dict(e.expected)
        phrase = expected.pop("phrase", None)
        shown = _cell(repr(phrase)) if phrase is not None else "-"
        rows.append(f"| {_cell(repr(e.text))} | {_published(e.published)} | {shown} | {_cell(_reads(expected))} |")
    return rows


def _ordinal_rows(examples: Iterable[Example]) -> list[str]:
    return [f"| {_cell(repr(e.text))} | {e.note} | {e.expected['value']} |" for e in examples]


def _leader_rows(examples: Iterable[Example]) -> list[str]:
    rows = []
    for e in examples:
        country = e.expected["dateline_country"] or "-"
        if "reference" in e.expected:
            country += f", {e.expected['reference'].isoformat()}"  # the story's date, passed as reference
        leaders = "<br>".join(_cell(_reads(leader)) for leader in e.expected["leaders"]) or "-"
        rows.append(f"| {_cell(repr(e.text))} | {country} | {leaders} |")
    return rows


def _organisation_rows(examples: Iterable[Example]) -> list[str]:
    return [f"| {_cell(repr(e.text))} | {_cell(repr(dict(e.expected['organisations'])))} |" for e in examples]


def _text_rows(examples: Iterable[Example]) -> list[str]:
    """Input and expected attributes only (the kinds whose finder takes no date)."""
    return [f"| {_cell(repr(e.text))} | {_cell(_reads(e.expected))} |" for e in examples]


def _plain_rows(examples: Iterable[Example]) -> list[str]:
    return [f"| {_cell(repr(e.text))} | {_published(e.published)} | {_note(e)} |" for e in examples]


def _why_rows(examples: Iterable[Example]) -> list[str]:
    return [f"| {_cell(repr(e.text))} | {_note(e)} |" for e in examples]


def _gap_rows(examples: Iterable[Example]) -> list[str]:
    return [f"| {_cell(repr(e.text))} | {e.note.replace('|', '/')} |" for e in examples]


Rows = Callable[[Iterable[Example]], list[str]]


def _grouped(examples: Sequence[Example], key: Callable[[Example], str], rows: Rows, head: str) -> list[str]:
    """Rows of *examples* under a ``####`` heading per value of *key*, in order of first appearance.

    The table header *head* is repeated under each heading (one table per group).
    """
    groups: dict[str, list[Example]] = {}
    for e in examples:
        groups.setdefault(key(e), []).append(e)
    lines: list[str] = []
    for label, members in groups.items():
        lines += ["", f"#### {label}", "", *head.strip("\n").splitlines(), *rows(members)]
    return lines


def _source(e: Example) -> str:
    return {"seed": "From the seed article", "hand": "Hand-written"}.get(e.source, e.source[:1].upper() + e.source[1:])


_DATE_KINDS = {
    "weekday": "Weekdays",
    "deictic_day": "Today, yesterday, tomorrow",
    "month_day": "Month and day",
    "month": "Months",
    "month_year": "Month and year",
    "year": "Years",
    "year_word": "Year words",
    "explicit": "Full dates",
}


def _date_kind(e: Example) -> str:
    kind = str(e.expected["kind"])
    return f"{_DATE_KINDS.get(kind, kind)} (`{kind}`)"


def _tail(plural: str, negative: Iterable[Example], gaps: Iterable[Example], *, published: bool = False) -> list[str]:
    """The *not read* and *known gaps* tables of a section."""
    lines = ["", f"### Not {plural}", ""]
    if published:
        lines += ["| Input | published | Why |", "|---|---|---|", *_plain_rows(negative)]
    else:
        lines += ["| Input | Why |", "|---|---|", *_why_rows(negative)]
    gap_rows = _gap_rows(gaps)
    if gap_rows:
        lines += ["", f"### Known gaps ({plural})", "", "| Input | Why not yet |", "|---|---|", *gap_rows]
    return lines


def _split_head(head: str) -> tuple[str, str]:
    """A section head cut before its first table header: (prose, table header)."""
    prose, _, table = head.rstrip("\n").rpartition("\n\n")
    return prose, table


def _section(head: str, plural: str, corpus: Corpus, key: Callable[[Example], str], rows: Rows, *,
             published: bool = False) -> list[str]:
    """A kind's section: its prose, its examples grouped by *key*, its negatives and its known gaps."""
    prose, table = _split_head(head)
    return [prose, *_grouped(corpus.examples, key, rows, table), *_tail(plural, corpus.negative,
                                                                      corpus.known_failures, published=published)]


def render() -> str:
    """The whole page, as text; writes nothing."""
    lines = [HEAD.rstrip("\n")]

    lines += [ORDINAL_HEAD.rstrip("\n")]
    lines += _ordinal_rows(ordinal_corpus.examples)
    lines += ["", "### Not ordinals or cardinals", "", "| Input | Why |", "|---|---|"]
    lines += _why_rows(ordinal_corpus.negative)
    if ordinal_corpus.known_failures:
        lines += ["", "### Known gaps (ordinals)", "", "| Input | Why not yet |", "|---|---|"]
        lines += _gap_rows(ordinal_corpus.known_failures)

    lines += [DATELINE_HEAD.rstrip("\n")]
    lines += _dateline_groups(dateline_corpus.examples)
    lines += ["", "### Written back", "", "`render_dateline(d, style=...)` for each style, `d` the seed's dateline "
              "(its agency the style's own); `tests/test_dateline.py` reads each back.", "",
              "| style | Text | Reads back as |", "|---|---|---|"]
    lines += _written_back_rows()
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

    lines += _section(DATES_HEAD, "dates", dates_corpus, _date_kind, _dateline_rows, published=True)
    lines += _section(LEADERS_HEAD, "leaders", title_corpus, _source, _leader_rows)
    lines += _section(ORGANISATIONS_HEAD, "organisations", organisation_corpus, _source, _organisation_rows)
    lines += _section(AGREEMENTS_HEAD, "agreements", agreement_corpus, _source, _text_rows)
    lines += _section(MEETINGS_HEAD, "meetings", meeting_corpus, _source, _text_rows)
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write the page."""
    PAGE.write_text(render(), encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
