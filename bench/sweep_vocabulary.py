"""Feed the library's own vocabulary through every public function and count undocumented exceptions.

Run: ``python bench/sweep_vocabulary.py [--only SECTION ...] [--every N] [--show N]``.

Fuzzers draw from alphabets and wire fragments, so they rarely write a real name: a crash that only a real
name triggers (a Kosovo leader made ``extract`` raise, because the office-holder table writes ``XK``) is found
by reading the tables back through the code. This script does that, section by section:

- ``places``: every city name and alias of the gazetteer, in a dateline, a sentence and ``parse_dateline``;
- ``countries``: every country name, alias, demonym, capital and city form; ``regions``; ``native`` (the
  agencies' own-language place names in their own dateline forms);
- ``holders``: every office holder's name and alias in title, appositive, Kremlin and bare shapes (through
  ``extract``, ``find_leaders``, ``parse_leader`` and the leader round trip), the title shape on every day
  inside the term and at its edges (the start day, the end day, the day either side, the middle, None; 1 January
  and 31 December for a year-precision row), the other shapes on one of those days each, in turn;
- ``titles``: every title surface; ``organisations``: every name, acronym, variant and contextual form;
- ``corpora``: every corpus example of every kind (positives, negatives, known failures), also cut at every
  7th character, in capitals, and with its digits written as superscript and fullwidth digits;
- ``openings``: dateline openings with every agency credit and every month form, day and year.

Each text goes through ``extract`` (and ``to_json``/``from_json`` of its article, which must read back
equal), every ``find_*``, ``extract_many`` (in batches, one process) and the ``parse_*`` its shape calls for;
every value found is rendered in every style and parsed back. ``published`` rotates over None, year 1, year
9999, 29 Feb 2024, 2026-02-05 and a ``datetime`` (``--all-dates`` gives every text every anchor).

Documented exceptions are not counted as crashes: ``ParseError`` from ``parse_*``, ``ModelError`` from
``render_*`` and ``from_json``. Anything else is a crash, counted per function and per class (exception type
and the library line that raised it), with the first input of each class printed. A round trip that reads
back a different value is counted apart (``differs``): a value found in text may carry what a rendering does
not write (a year taken from ``published``), so those are for reading, not a target.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs

import diplomacy_model as dm
from diplomacy_model.batch import extract_many
from diplomacy_model.io import from_json, to_json
from diplomacy_model.phrases.agreement.render import STYLES as AGREEMENT_STYLES
from diplomacy_model.phrases.anniversary.render import ANNIVERSARY_STYLES
from diplomacy_model.phrases.dateline.render import STYLES as DATELINE_STYLES
from diplomacy_model.phrases.dateline.rules import CREDIT_NAMES
from diplomacy_model.phrases.dates.render import STYLES as DATE_STYLES
from diplomacy_model.phrases.organisation.render import STYLES as ORGANISATION_STYLES
from diplomacy_model.phrases.title.leaders import RENDER_STYLES

PACKAGE = Path(dm.__file__).resolve().parent
REFERENCE = dt.date(2026, 2, 5)
DATES: tuple[dt.date | None, ...] = (None, dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29),
                                     REFERENCE, dt.datetime(2026, 2, 5, 23, 59))
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
BATCH = 400


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


class Sweep:
    """Calls public functions, counting calls, crashes (per class) and round trips that read back different."""

    def __init__(self, every: int, all_dates: bool, show: int) -> None:
        self.every, self.all_dates, self.show = every, all_dates, show
        self.calls: collections.Counter[str] = collections.Counter()
        self.crashes: collections.Counter[tuple[str, str, str]] = collections.Counter()
        self.first: dict[tuple[str, str, str], str] = {}
        self.differs: collections.Counter[str] = collections.Counter()
        self.differ_examples: dict[str, list[str]] = collections.defaultdict(list)
        self.texts = 0
        self.turn = 0
        self.pending: dict[dt.date | None, list[str]] = collections.defaultdict(list)

    # --- calling -------------------------------------------------------------------------------------------

    def call(self, name: str, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``func(*args, **kwargs)``, or None when it raised (a documented refusal or a crash, counted)."""
        self.calls[name] += 1
        try:
            return func(*args, **kwargs)
        except dm.ParseError:
            if name.startswith("parse_"):
                return None
            self._crash(name, args, kwargs)
        except dm.ModelError:
            if name.startswith("render_") or name == "from_json":
                return None
            self._crash(name, args, kwargs)
        except Exception:  # noqa: BLE001 - any other exception is what this script counts
            self._crash(name, args, kwargs)
        return None

    def _crash(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        exc_type, exc, tb = sys.exc_info()
        assert exc_type is not None
        where = "?"
        for frame in traceback.extract_tb(tb):
            if str(PACKAGE) in frame.filename:
                where = f"{Path(frame.filename).relative_to(PACKAGE)}:{frame.lineno}"
        key = (name, exc_type.__name__, where)
        self.crashes[key] += 1
        if key not in self.first:
            self.first[key] = f"{name}{(*args, *kwargs.items())!r:.300} -> {exc!r:.200}"

    def differ(self, kind: str, value: Any, back: Any) -> None:
        self.differs[kind] += 1
        if len(self.differ_examples[kind]) < self.show:
            self.differ_examples[kind].append(f"{value!r:.200} -> {back!r:.200}")

    # --- one text -----------------------------------------------------------------------------------------

    def anchors(self) -> tuple[dt.date | None, ...]:
        if self.all_dates:
            return DATES
        self.turn += 1
        return (DATES[self.turn % len(DATES)],)

    def text(self, text: str, *, published: tuple[dt.date | None, ...] | None = None,
             dateline: str | None = None, leader: str | None = None, organisation: str | None = None,
             date: str | None = None, anniversary: str | None = None, agreement: str | None = None,
             render: bool = True, light: bool = False) -> None:
        """Every finder and ``extract`` on *text* (``light``: ``extract`` and ``find_leaders`` only); the named
        ``parse_*`` on the named part of it."""
        self.texts += 1
        if self.texts % self.every:
            return
        for when in published or self.anchors():
            self._text(text, when, render, light)
            if dateline is not None:
                self.call("parse_dateline", dm.parse_dateline, dateline, published=when)
            if date is not None:
                self.call("parse_date", dm.parse_date, date, reference=when or REFERENCE)
            if anniversary is not None:
                self.call("parse_anniversary", dm.parse_anniversary, anniversary, published=when)
        if leader is not None:
            self.call("parse_leader", dm.parse_leader, leader)
        if organisation is not None:
            self.call("parse_organisation", dm.parse_organisation, organisation)
        if agreement is not None:
            self.call("parse_agreement", dm.parse_agreement, agreement)

    def _text(self, text: str, when: dt.date | None, render: bool, light: bool) -> None:
        article = self.call("extract", dm.extract, text, published=when)
        if article is not None:
            back = self.call("from_json", from_json, self.call("to_json", to_json, article), document=text)
            if back is not None and back != article:
                self.differ("json", article, back)
        pending = self.pending[when]
        pending.append(text)
        if len(pending) >= BATCH:
            self.flush(when)
        if light:
            for found in self.call("find_leaders", dm.find_leaders, text, reference=when) or ():
                self.leader_round_trip(found)
            return
        found_dateline = self.call("find_dateline", dm.find_dateline, text, published=when)
        dates = self.call("find_dates", dm.find_dates, text, published=when) or ()
        anniversaries = self.call("find_anniversaries", dm.find_anniversaries, text, published=when) or ()
        leaders = self.call("find_leaders", dm.find_leaders, text, reference=when) or ()
        agreements = self.call("find_agreements", dm.find_agreements, text) or ()
        organisations = self.call("find_organisations", dm.find_organisations, text) or ()
        if not render:
            return
        if found_dateline is not None:
            self.dateline_round_trip(found_dateline)
        for mention in dates:
            self.date_round_trip(mention.date)
        for found in anniversaries:
            self.anniversary_round_trip(found)
        for found in leaders:
            self.leader_round_trip(found)
        for found in agreements:
            self.agreement_round_trip(found)
        for found in organisations:
            self.organisation_round_trip(found)

    def flush(self, when: dt.date | None) -> None:
        texts, self.pending[when] = self.pending[when], []
        if not texts:
            return
        results = self.call("extract_many", lambda: list(extract_many(texts=texts, workers=1, published=when)))
        if results is not None and (len(results) != len(texts) or not all(isinstance(r, dm.Article) for r in results)):
            bad = [r for r in results if not isinstance(r, dm.Article)]
            key = ("extract_many", "error record" if bad else "lost documents", "batch.py")
            self.crashes[key] += 1
            self.first.setdefault(key, f"{bad[:1]!r:.300}")

    def flush_all(self) -> None:
        for when in list(self.pending):
            self.flush(when)

    # --- round trips of found values ----------------------------------------------------------------------

    def date_round_trip(self, value: dm.PartialDate) -> None:
        for style in DATE_STYLES:
            text = self.call("render_date", dm.render_date, value, style=style)
            if text is not None:
                back = self.call("parse_date", dm.parse_date, text, reference=REFERENCE)
                if back is not None and back != value:
                    self.differ(f"date/{style}", value, back)

    def dateline_round_trip(self, value: dm.Dateline) -> None:
        for style in DATELINE_STYLES:
            text = self.call("render_dateline", dm.render_dateline, value, style=style)
            if text is not None:
                self.call("parse_dateline", dm.parse_dateline, text)

    def anniversary_round_trip(self, value: dm.Anniversary) -> None:
        for style in ANNIVERSARY_STYLES:
            text = self.call("render_anniversary", dm.render_anniversary, value, style=style)
            if text is not None:
                back = self.call("parse_anniversary", dm.parse_anniversary, text)
                if back is not None and (back.ordinal, back.subject) != (value.ordinal, value.subject):
                    self.differ(f"anniversary/{style}", value, back)

    def leader_round_trip(self, value: dm.Leader) -> None:
        dateline = value.country if value.country_inferred else None
        for style in RENDER_STYLES:
            text = self.call("render_leader", dm.render_leader, value, style)
            if text is not None:
                back = self.call("parse_leader", dm.parse_leader, text, dateline_country=dateline)
                if back is not None and back != attrs.evolve(value, mentions=(dm.Span(0, len(text)),)):
                    self.differ(f"leader/{style}", value, back)

    def agreement_round_trip(self, value: dm.Agreement) -> None:
        for style in AGREEMENT_STYLES:
            text = self.call("render_agreement", dm.render_agreement, value, style=style)
            if text is not None:
                self.call("parse_agreement", dm.parse_agreement, text)

    def organisation_round_trip(self, value: dm.Organisation) -> None:
        for style in ORGANISATION_STYLES:
            text = self.call("render_organisation", dm.render_organisation, value, style)
            if text is not None:
                back = self.call("parse_organisation", dm.parse_organisation, text)
                if back is not None and (back.name, back.acronym) != (value.name, value.acronym):
                    self.differ(f"organisation/{style}", value, back)


# --- the vocabulary ----------------------------------------------------------------------------------------


def _countries() -> tuple[dict[str, list[tuple[str, str]]], dict[str, str], dict[str, str]]:
    """(forms by kind, a demonym and a name per code)."""
    forms: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    demonym: dict[str, str] = {}
    name: dict[str, str] = {}
    for row in _rows(PACKAGE / "gazetteer" / "countries.tsv"):
        if len(row) != 3 or row[0] == "kind":
            continue
        kind, code, form = row
        forms[kind].append((code, form))
        if kind == "demonym":
            demonym.setdefault(code, form)
        elif kind == "name":
            name.setdefault(code, form)
    return forms, demonym, name


FORMS, DEMONYM, COUNTRY = _countries()


def places(sweep: Sweep) -> None:
    seen: set[str] = set()
    for path in sorted((PACKAGE / "gazetteer" / "cities").glob("*.tsv")):
        for row in _rows(path):
            for surface in {row[0].title(), row[1]} if len(row) > 1 else {row[0]}:
                if not surface or surface in seen:
                    continue
                seen.add(surface)
                opening = f"{surface.upper()}, Feb. 4 (Xinhua) --"
                sweep.text(f"{opening} Talks were held on Wednesday.", dateline=opening)
                country = COUNTRY.get(row[2], "") if len(row) > 2 else ""
                sweep.text(f"{surface} (Reuters) - Officials met in {surface}, {country}, on Feb. 4.",
                           dateline=f"{surface} (Reuters) -")


def countries(sweep: Sweep) -> None:
    for kind, pairs in FORMS.items():
        for code, form in pairs:
            name = COUNTRY.get(code, "China")
            if kind == "demonym":
                sweep.text(f"{form} President John Smith met {form} Foreign Minister Ana Lee on Feb. 4.",
                           leader=f"{form} President John Smith")
            elif kind in ("capital", "city"):
                opening = f"{form.upper()}, {name}, Feb 5 \u2014"
                sweep.text(f"{opening} President John Smith held talks in {form} on Wednesday.", dateline=opening)
            else:
                sweep.text(f"{form} and China signed the Treaty of Friendship on July 16, 2001, in {form}.",
                           agreement=f"the Treaty of Friendship between {form} and China")
                sweep.text(f"the 30th anniversary of diplomatic ties between {form} and China",
                           anniversary=f"the 30th anniversary of diplomatic ties between {form} and China")


def regions(sweep: Sweep) -> None:
    for row in _rows(PACKAGE / "phrases" / "dateline" / "regions.tsv"):
        if row[0] == "written" or len(row) < 2:
            continue
        opening = f"SPRINGFIELD, {row[0]} (AP) --"
        sweep.text(f"{opening} Officials in {row[1]} said on Tuesday.", dateline=opening)


NATIVE_SHAPES = {
    "zh": "新华社{w}2月4日电（记者 王小明）", "ru": "{W}, 4 февраля. /ТАСС/.", "fr": "{W}, 4 fév 2026 (AFP) -",
    "es": "{W}, 4 feb (EFE).-", "de": "{W} (dpa) -",
}


def native(sweep: Sweep) -> None:
    for row in _rows(PACKAGE / "phrases" / "dateline" / "native.tsv"):
        shape = NATIVE_SHAPES.get(row[0])
        if shape is None or len(row) < 2:
            continue
        opening = shape.format(w=row[1], W=row[1].upper())
        sweep.text(f"{opening} {row[1]} text", dateline=opening)


TITLE_BY_OFFICE = {"leader": "President", "head_of_state": "President", "head_of_government": "Prime Minister",
                   "foreign_minister": "Foreign Minister"}


def _day(value: str, end: bool) -> dt.date | None:
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _term_days(start: str, end: str) -> tuple[dt.date | None, ...]:
    first, last = _day(start, end=False), _day(end, end=True)
    days: list[dt.date | None] = [None]
    for day in (first, last):
        if day is not None:
            days.append(day)
            for step in (-1, 1):
                with contextlib.suppress(OverflowError):
                    days.append(day + dt.timedelta(days=step))
    if first is not None and last is not None and last > first:
        days.append(first + (last - first) / 2)
    elif first is not None and last is None:
        days.append(REFERENCE)
    return tuple(dict.fromkeys(days))


def holders(sweep: Sweep) -> None:
    rows = [r for r in _rows(PACKAGE / "phrases" / "title" / "office_holders.tsv") if r[0] != "id"]
    for row in _rows(PACKAGE / "phrases" / "title" / "known_leaders.tsv"):
        for spell in row[2].split(",") if len(row) > 2 else ("",):
            start, _, end = spell.partition("-")
            rows.append(["", row[0], "", "leader", row[1] if len(row) > 1 else "", start, end, "known"])
    for given in rows:
        row = given + [""] * (8 - len(given))
        _id, name, aliases, office, code, start, end, _source = row[:8]
        title = TITLE_BY_OFFICE.get(office, "Minister")
        demonym = DEMONYM.get(code, "")
        country = COUNTRY.get(code, code)
        days = _term_days(start, end)
        for surface in (name, *(a for a in aliases.split("|") if a)):
            # The wire shape on every day; the others on one day each, in turn (the sweep's cost is extract's).
            wire = f"{demonym} {title} {surface}".strip()
            sweep.text(f"{wire} met visiting officials on Wednesday.", published=days, leader=wire, light=True)
            turn = sweep.texts
            sweep.text(f"{surface}, the {demonym.lower() or country} {title.lower()}, said on Wednesday.",
                       published=(days[turn % len(days)],), leader=f"{surface}, the {demonym} {title.lower()}",
                       light=True)
            sweep.text(f"{title} of {country} {surface} held talks with {surface} in Moscow.",
                       published=(days[(turn + 1) % len(days)],), leader=f"{title} of {country} {surface}",
                       light=True)
            sweep.text(f"{surface} met reporters. {surface} said talks went well.",
                       published=(days[(turn + 2) % len(days)],), light=True)


def titles(sweep: Sweep) -> None:
    for row in _rows(PACKAGE / "phrases" / "title" / "titles.tsv"):
        if len(row) < 2:
            continue
        surface = row[1]
        sweep.text(f"{surface} John Smith met Chinese {surface} Li Wei on Wednesday.",
                   leader=f"Chinese {surface} Li Wei")
        sweep.text(f"Li Wei, the Chinese {surface.lower()}, and the {surface} of France met.",
                   leader=f"Li Wei, the Chinese {surface.lower()}")


def organisations(sweep: Sweep) -> None:
    for given in _rows(PACKAGE / "gazetteer" / "organisations.tsv"):
        if given[0] == "name":
            continue
        row = given + [""] * (7 - len(given))
        name, acronym, founded, _parent, _kind, variants, contextual = row[:7]
        forms = [name, acronym, *variants.split("|"), *(c.rstrip("^") for c in contextual.split("|"))]
        for form in (f for f in forms if f):
            sweep.text(f"the {form} held a summit in Beijing on Feb. 4. {form} Secretary-General John Smith spoke.",
                       organisation=form)
            sweep.call("parse_organisation", dm.parse_organisation, f"the {form}")
            sweep.text(f"the {founded or 30}th anniversary of the founding of the {form}",
                       anniversary=f"the {founded or 30}th anniversary of the founding of the {form}")


def corpora(sweep: Sweep) -> None:
    from diplomacy_model.phrases.agreement.corpus import corpus as agreement
    from diplomacy_model.phrases.anniversary.corpus import corpus as anniversary
    from diplomacy_model.phrases.dateline.corpus import corpus as dateline
    from diplomacy_model.phrases.dates.corpus import corpus as dates
    from diplomacy_model.phrases.meeting.assemble.corpus import corpus as assembly
    from diplomacy_model.phrases.meeting.corpus import corpus as meeting
    from diplomacy_model.phrases.ordinal.corpus import corpus as ordinal
    from diplomacy_model.phrases.organisation.corpus import corpus as organisation
    from diplomacy_model.phrases.title.corpus import corpus as title

    for corpus in (agreement, anniversary, dateline, dates, assembly, meeting, ordinal, organisation, title):
        for example in (*corpus.examples, *corpus.negative, *corpus.known_failures):
            text = example.text
            variants = {text, text.upper(), text.translate(SUPERSCRIPT), text.translate(FULLWIDTH)}
            variants.update(text[:cut] for cut in range(0, len(text), 7))
            for variant in variants:
                whole = variant == text
                anchors = (example.published, *DATES) if whole else None
                sweep.text(variant, published=anchors, dateline=variant, leader=variant, organisation=variant,
                           date=variant, anniversary=variant, agreement=variant, render=whole)


MONTH_FORMS = ("January", "Jan", "Jan.", "JAN", "February", "Feb.", "FEB.", "March", "Mar.", "April", "Apr.",
               "May", "June", "Jun.", "July", "Jul.", "August", "Aug.", "September", "Sept.", "Sep.", "SEPT",
               "October", "Oct.", "November", "Nov.", "December", "Dec.", "DEC", "février", "fév", "févr.", "feb",
               "ene.", "dic.", "März", "Mai", "Dezember", "февраля", "мая", "декабря")
DAYS = ("0", "1", "4", "29", "30", "31", "32", "99")
YEARS = ("", ", 2026", ", 1", ", 9999", " 2024")


def openings(sweep: Sweep) -> None:
    agencies = (*CREDIT_NAMES, "RIA Novosti", "ТАСС", "ITAR-TASS", "Interfax", "PRNewswire", "Itar-Tass")
    for agency in agencies:
        sweep.text(f"{agency} - French President Jacques Chirac said on Feb. 4.", dateline=f"{agency} -")
        sweep.text(f"({agency}) -- Talks resumed.", dateline=f"({agency}) --")
        for month in MONTH_FORMS:
            for day in DAYS:
                for year in YEARS:
                    opening = f"BEIJING, {month} {day}{year} ({agency}) --"
                    sweep.text(f"{opening} Talks were held on Wednesday.", dateline=opening,
                               date=f"{month} {day}{year}", render=day in ("4", "29"))
    for month in MONTH_FORMS:
        for day in DAYS:
            sweep.text(f"МОСКВА, {day} {month}. /ТАСС/. Переговоры.", dateline=f"МОСКВА, {day} {month}. /ТАСС/.")
            sweep.text(f"新华社北京{day}月{day}日电 text", dateline=f"新华社北京{day}月{day}日电")
            sweep.text(f"{month.upper()} {day}, 2010 15:00 The Kremlin, Moscow", dateline=f"{month} {day}, 2010 15:00")


SECTIONS: dict[str, Callable[[Sweep], None]] = {
    "corpora": corpora, "openings": openings, "holders": holders, "titles": titles, "organisations": organisations,
    "countries": countries, "regions": regions, "native": native, "places": places,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", default=None, choices=sorted(SECTIONS))
    parser.add_argument("--every", type=int, default=1, help="run every Nth text only (default 1: all)")
    parser.add_argument("--all-dates", action="store_true", help="every text with every published anchor")
    parser.add_argument("--show", type=int, default=2, help="round-trip differences to print per kind")
    args = parser.parse_args()
    sweep = Sweep(args.every, args.all_dates, args.show)
    began_all = time.perf_counter()
    for name in args.only or SECTIONS:
        began, texts, crashes = time.perf_counter(), sweep.texts, sum(sweep.crashes.values())
        SECTIONS[name](sweep)
        sweep.flush_all()
        print(f"{name:14} texts {sweep.texts - texts:8,}  crashes {sum(sweep.crashes.values()) - crashes:6,}  "
              f"({time.perf_counter() - began:.0f} s)", flush=True)
    print(f"\n{'function':20} {'calls':>10} {'crashes':>8}")
    for name in sorted(sweep.calls):
        crashes = sum(n for (f, _t, _w), n in sweep.crashes.items() if f == name)
        print(f"{name:20} {sweep.calls[name]:10,} {crashes:8,}")
    print(f"{'all':20} {sum(sweep.calls.values()):10,} {sum(sweep.crashes.values()):8,}  "
          f"({time.perf_counter() - began_all:.0f} s)")
    if sweep.crashes:
        print("\ncrash classes (function, exception, where raised: count, first input):")
        for key, n in sweep.crashes.most_common():
            print(f"  {key}: {n:,}\n      {sweep.first[key]}")
    if sweep.differs:
        print("\nround trips that read back a different value (for reading, not a target):")
        for kind, n in sorted(sweep.differs.items()):
            print(f"  {kind}: {n:,}")
            for example in sweep.differ_examples[kind]:
                print(f"      {example}")


if __name__ == "__main__":
    main()
