"""The office-holder table's derived and hand-written rows against the rows and lists they come from.

tests/test_leader.py samples the table against Archigos and the Wikidata sources; these check what the generator
(tools/make_office_holders.py) adds to them: a row it derives must rest on a source row of the same person, and
a hand row must be in the table as written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomacy_model import extract
from diplomacy_model.phrases.title.holders import Holder, holders, identify

_HAND = Path(__file__).parents[1] / "src" / "diplomacy_model" / "phrases" / "title" / "office_holders_hand.tsv"
# The note after ";" in a derived row's source column -> the office of the row it is derived from.
_DERIVED_FROM = {"the ruler was the head of state": "leader", "presidential system": "head_of_state",
                 "parliamentary system, the effective ruler heads the government": "leader"}
_MONARCHS = {"Q280856": ("1936-12-11", "1952-02-06"), "Q9682": ("1952-02-06", "2022-09-08"),
             "Q43274": ("2022-09-08", "9999")}


def _day(value: str, end: bool) -> str:
    if len(value) == 10:
        return value
    return f"{value}-12-31" if value and end else (f"{value}-01-01" if value else "9999-12-31")


def _within(inner: Holder, outer: Holder) -> bool:
    return _day(outer.start, False) <= _day(inner.start, False) and _day(inner.end, True) <= _day(outer.end, True)


def test_a_derived_row_rests_on_a_source_row_of_that_person() -> None:
    rows = holders()
    by_person: dict[tuple[str, str], list[Holder]] = {}
    for row in rows:
        by_person.setdefault((row.id, row.country), []).append(row)
    derived = [row for row in rows if "; " in row.source]
    assert len(derived) > 500
    for row in derived:
        source, note = row.source.rsplit("; ", 1)  # a derived row can rest on a derived row
        base = _DERIVED_FROM[note]
        assert any(other.office == base and other.source == source and _within(row, other)
                   for other in by_person[(row.id, row.country)]), row


def test_a_realm_row_is_a_british_monarch_in_the_reign() -> None:
    realms = [row for row in holders() if row.source.startswith("Commonwealth realm")]
    assert {row.country for row in realms} >= {"MU", "LK", "FJ", "TT", "GH", "PK"}
    for row in realms:
        first, last = _MONARCHS[row.id]
        assert row.office == "head_of_state" and first[:4] <= row.start[:4] and _day(row.end, True) <= last, row


def _hand_rows() -> list[list[str]]:
    lines = _HAND.read_text(encoding="utf-8").splitlines()
    return [(line.split("\t") + [""] * 6)[:6] for line in lines if line and not line.startswith(("#", "name\t"))]


def test_every_hand_row_is_in_the_table() -> None:
    table = {(row.office, row.country, row.start, row.end, row.source) for row in holders()}
    names = {(row.name, *row.aliases) for row in holders()}
    known = {name for forms in names for name in forms}
    for name, office, country, start, end, _qid in _hand_rows():
        assert name in known, name
        # A later holder closes a spell the hand list leaves open.
        assert any(key[:3] == (office, country, start) and key[4] == "hand" and (not end or key[3] == end)
                   for key in table), (name, office, country, start, end)


@pytest.mark.parametrize(
    ("day", "office", "qid"),
    [
        # Uncle and nephew share the name: the elder was president twice, the younger prime minister.
        (dt.date(1984, 7, 1), "head_of_state", "Q156806"),
        (dt.date(1992, 7, 1), "head_of_state", "Q156806"),
        (dt.date(2006, 7, 1), "head_of_government", "Q188978"),
    ],
)
def test_a_shared_name_is_the_person_in_office_that_year(day: dt.date, office: str, qid: str) -> None:
    who = identify("Konstantinos Karamanlis", country="GR", date=day)
    assert who is not None and who.id == qid and who.office == office, who


@pytest.mark.parametrize(
    ("name", "country", "day", "office", "expected"),
    [
        # A Commonwealth realm's head of state is the monarch; the governor-general only stands in.
        ("Elizabeth II", "MU", dt.date(1980, 7, 1), "head_of_state", "Elizabeth II"),
        ("George VI", "IN", dt.date(1948, 7, 1), "head_of_state", "George VI"),
        # Archigos's ruler as head of state where Wikidata files the years under a former state's item.
        ("Haile Selassie", "ET", dt.date(1960, 7, 1), "head_of_state", "Haile Selassie"),
        ("Saleh", "YE", dt.date(1985, 7, 1), "head_of_state", "Ali Abdullah Saleh"),
        # No prime minister in those years: the president headed the government.
        ("Kerekou", "BJ", dt.date(1980, 7, 1), "head_of_government", "Mathieu Kérékou"),
        # A parliamentary ruler as head of government.
        ("Mahathir", "MY", dt.date(1990, 7, 1), "head_of_government", "Mahathir"),
        # Hand rows, written ASCII as the press writes them ("Đ" folds to "D").
        ("Hoveyda", "IR", dt.date(1970, 7, 1), "head_of_government", "Amir-Abbas Hoveyda"),
        ("Ton Duc Thang", "VN", dt.date(1978, 7, 1), "head_of_state", "Tôn Đức Thắng"),
        # Hector Trujillo held the office; his brother, Archigos's ruler, did not, and they are two people.
        ("Hector Trujillo", "DO", dt.date(1955, 7, 1), "head_of_state", "Héctor Trujillo"),
    ],
)
def test_the_derived_rows_hold_each_office(name: str, country: str, day: dt.date, office: str,
                                          expected: str) -> None:
    who = identify(name, country=country, date=day)
    assert who is not None and who.name.startswith(expected), who
    assert any(row.id == who.id and row.office == office and row.country == country and row.covers(day)
               for row in holders())


def test_extract_reads_the_names_of_the_table_without_raising() -> None:
    # Kosovo's rows (XK, a code the model refuses) once made extract raise on "President Hashim Thaci";
    # one row of every state and every 20th row, each name in three shapes, on a day in its term.
    rows = {row.country: row for row in holders()}
    for row in [*rows.values(), *holders()[::20]]:
        day = dt.date(max(int(str(row.start)[:4]), 1), 7, 1)
        for text in (f"President {row.name} met Prime Minister {row.name} on Monday.",
                     f"{row.name} had a telephone conversation with {row.name}.",
                     f"Mr {row.name.split()[-1]} said on Tuesday."):
            extract(text, published=day)
