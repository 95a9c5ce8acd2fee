"""Values the text gives but the model cannot hold are left unset, and a ``Note`` says which field and why.

Each case is a value that used to be dropped without a word (issue 13): a base year before year 1, an
impossible calendar day, a count in digits other than 0-9, a relative date carried past year 9999.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import attrs
import jsonschema  # type: ignore[import-untyped]  # no stubs in the test extra
import pytest

import diplomacy_model as dm
from diplomacy_model.io import from_json, json_schema, to_csv_rows, to_json, write_csv
from diplomacy_model.model import SCHEMA_VERSION

PUBLISHED = dt.date(2026, 2, 5)
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def _noted(article: dm.Article) -> set[tuple[str, str, str]]:
    """(where, field, kind) of every note in *article*: where is the fact's class, or 'Article'."""
    facts: list[Any] = [article.dateline, *article.agreements, *article.anniversaries]
    out = {(type(f).__name__, n.field, n.kind.value) for f in facts if f is not None for n in f.notes}
    return out | {("Article", n.field, n.kind.value) for n in article.notes}


class TestExtractNotes:
    @pytest.mark.parametrize(("text", "published", "expected"), [
        ("the 2026th anniversary of the founding of Rome", dt.date(2026, 1, 1),
         {("Anniversary", "base_year", "before_year_one")}),
        ("the 30th anniversary of the founding of the SCO", dt.date(1, 6, 1),
         {("Anniversary", "base_year", "before_year_one")}),
        ("the ３０th anniversary of the SCO", PUBLISHED, {("Anniversary", "ordinal", "non_ascii_digits")}),
        ("the ³⁰th anniversary of the SCO", PUBLISHED, {("Anniversary", "ordinal", "non_ascii_digits")}),
        ("The Treaty of Friendship signed between China and Russia on February 31, 2001.", PUBLISHED,
         {("Agreement", "date", "no_such_date"), ("Article", "date", "no_such_date")}),
        ("MOSCOW, Feb. 30 (Xinhua) -- talks were held.", PUBLISHED,
         {("Dateline", "day", "no_such_date"), ("Article", "date", "no_such_date")}),
        ("MOSCOW, Feb. 29 (Xinhua) -- talks were held.", PUBLISHED,  # no leap year in 2025-2027
         {("Dateline", "year", "no_such_date"), ("Article", "date", "no_such_date")}),
        ("They met on Feb 29, 2023.", None, {("Article", "date", "no_such_date")}),
        ("Talks are set for 2021-W53.", PUBLISHED, {("Article", "date", "no_such_date")}),  # 52 weeks in 2021
        # a leap day near, but behind a past clause's reach: not a date before year 1
        ("They met on Feb 29.", dt.date(2025, 3, 1), {("Article", "date", "no_such_date")}),
        ("MOSCOW, Feb. 29 (Xinhua) -- talks were held.", dt.date(2028, 2, 5),  # 24 days ahead of the story
         {("Dateline", "year", "no_such_date")}),
        ("MOSCOW, Dec. 31 (Xinhua) -- talks were held.", dt.date(1, 1, 1), {("Dateline", "year", "before_year_one")}),
        ("Next year they meet again.", dt.date(9999, 6, 1), {("Article", "date", "after_year_9999")}),
    ])
    def test_noted(self, text: str, published: dt.date | None, expected: set[tuple[str, str, str]]) -> None:
        article = dm.extract(text, published=published)
        assert _noted(article) == expected
        data = json.loads(to_json(article))
        VALIDATOR.validate(data)
        assert from_json(json.dumps(data)) == article

    @pytest.mark.parametrize(("text", "published"), [
        ("the 30th anniversary of the SCO", PUBLISHED),
        ("The Treaty of Friendship signed between China and Russia on February 28, 2001.", PUBLISHED),
        ("MOSCOW, Feb. 29 (Xinhua) -- talks were held.", dt.date(2028, 3, 1)),
        ("They met on Feb 28, 2023.", None),
        ("Talks are set for 2020-W53.", PUBLISHED),
        ("Next year they meet again.", dt.date(9998, 6, 1)),
    ])
    def test_a_value_the_model_holds_has_no_note(self, text: str, published: dt.date | None) -> None:
        assert _noted(dm.extract(text, published=published)) == set()

    def test_the_note_says_what_and_where(self) -> None:
        text = "the 2026th anniversary of the founding of Rome"
        (a,) = dm.extract(text, published=dt.date(2026, 1, 1)).anniversaries
        (note,) = a.notes
        assert (a.ordinal, a.year, a.base_year) == (2026, 2026, None)
        assert note.message == "base year 0 is before year 1, the first the model holds"
        assert text[note.span.start : note.span.end].startswith("2026th anniversary")

    def test_an_agreement_dated_by_an_anniversary_drops_its_date_note(self) -> None:
        text = ("Xi hailed the 25th anniversary of the signing of the China-Russia Treaty of Good-Neighborliness, "
                "signed on February 31, 2001.")
        (alone,) = dm.find_agreements(text)
        assert alone.date is None and [n.field for n in alone.notes] == ["date"]
        article = dm.extract(text, published=PUBLISHED)
        (agreement,) = article.agreements
        assert (agreement.date, agreement.date_source, agreement.notes) == (dm.PartialDate(2001), "anniversary", ())
        assert [n.message for n in article.notes] == ["no such date: February 31, 2001"]


SPAN = dm.Span(0, 4)


class TestNoteModel:
    def test_frozen_slotted_and_typed(self) -> None:
        note = dm.Note("no_such_date", "date", SPAN, "no such date: February 31, 2001")  # type: ignore[arg-type]
        assert note.kind is dm.NoteKind.NO_SUCH_DATE
        assert not hasattr(note, "__dict__")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            note.field = "year"  # type: ignore[misc]

    @pytest.mark.parametrize("kwargs", [
        {"kind": "bogus"}, {"kind": 3}, {"field": ""}, {"field": "not a name"}, {"field": 3},
        {"span": (0, 4)}, {"message": " "}, {"message": None},
    ])
    def test_refuses(self, kwargs: dict[str, Any]) -> None:
        values = {"kind": dm.NoteKind.NO_SUCH_DATE, "field": "date", "span": SPAN, "message": "m"} | kwargs
        with pytest.raises(dm.ModelError):
            dm.Note(**values)

    def test_a_fact_notes_only_a_field_it_leaves_unset(self) -> None:
        note = dm.Note(dm.NoteKind.NO_SUCH_DATE, "date", SPAN, "no such date")
        dm.Agreement("Paris Agreement", "agreement", SPAN, notes=(note,))
        with pytest.raises(dm.ModelError, match="unset"):
            dm.Agreement("Paris Agreement", "agreement", SPAN, date=dm.PartialDate(2015), notes=(note,))
        with pytest.raises(dm.ModelError, match="no field"):
            dm.Anniversary(SPAN, notes=(note,))  # an anniversary has no 'date'
        with pytest.raises(dm.ModelError, match="no field"):
            dm.Dateline(SPAN, notes=(attrs.evolve(note, field="notes"),))
        with pytest.raises(dm.ModelError, match="no field"):
            dm.Dateline(SPAN, notes=(note,))  # Dateline.date is derived, not a field
        with pytest.raises(dm.ModelError, match="tuple"):
            dm.Agreement("Paris Agreement", "agreement", SPAN, notes=[note])  # type: ignore[arg-type]

    def test_notes_spans_are_bounded_by_the_text(self) -> None:
        note = dm.Note(dm.NoteKind.NO_SUCH_DATE, "date", dm.Span(0, 90), "no such date")
        with pytest.raises(dm.ModelError, match=r"\$\.notes\[0\]\.span"):
            dm.Article(notes=(note,)).check_spans(10)


class TestJsonVersions:
    def test_version_3_is_written(self) -> None:
        assert SCHEMA_VERSION == 3
        assert json.loads(to_json(dm.Article()))["schema_version"] == 3

    def test_version_2_json_is_read_with_no_notes(self) -> None:
        old = ('{"published": "2026-02-05", "dateline": null, "leaders": [], "organisations": [], "agreements": '
               '[{"name": "Paris Agreement", "kind": "agreement", "span": [0, 15], "parties": [], "date": null, '
               '"event": null, "date_source": null}], "anniversaries": [], "meetings": [], "schema_version": 2}')
        VALIDATOR.validate(json.loads(old))
        article = from_json(old)
        assert article.notes == () and article.agreements[0].notes == () and article.schema_version == 2

    @pytest.mark.parametrize(("note", "path"), [
        ({"kind": "bogus", "field": "date", "span": [0, 4], "message": "m"}, r"\$\.agreements\[0\]\.notes\[0\]"),
        ({"kind": "no_such_date", "field": "date", "span": [0, 4]}, r"\$\.agreements\[0\]"),
        ({"kind": "no_such_date", "field": "date", "span": [0, 4], "message": "m", "x": 1}, r"\$\.agreements\[0\]"),
        # valid to the schema, which cannot see that the agreement's 'kind' is set
        ({"kind": "no_such_date", "field": "kind", "span": [0, 4], "message": "m"}, r"\$\.agreements\[0\]"),
    ])
    def test_a_bad_note_names_its_path(self, note: dict[str, Any], path: str) -> None:
        data = json.loads(to_json(dm.Article(agreements=(dm.Agreement("Paris Agreement", "agreement", SPAN),))))
        data["agreements"][0]["notes"] = [note]
        assert VALIDATOR.is_valid(data) == (note["field"] == "kind")
        with pytest.raises(dm.ModelError, match=path):
            from_json(json.dumps(data))


def test_csv_notes_column() -> None:
    texts = ("the 2026th anniversary of the founding of Rome", "the ３０th anniversary of the SCO")
    found = [dm.extract(t, published=dt.date(2026, 1, 1)).anniversaries for t in texts]
    article = dm.Article(anniversaries=tuple(a for f in found for a in f))
    buf = io.StringIO(newline="")
    write_csv(to_csv_rows(article, "anniversaries", source="s"), buf, table="anniversaries")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert [r["notes"] for r in rows] == ["base_year:before_year_one", "ordinal:non_ascii_digits"]
