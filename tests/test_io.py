"""Stable output: exact JSON/JSONL round trips, CSV tables, and the shipped JSON Schema."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import jsonschema  # type: ignore[import-untyped]  # no stubs in the test extra
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomacy_model import (
    Agreement,
    Anniversary,
    Article,
    Dateline,
    DocumentError,
    Leader,
    Meeting,
    MeetingMode,
    ModelError,
    Organisation,
    PartialDate,
    Span,
)
from diplomacy_model.io import (
    CSV_COLUMNS,
    csv_cell_value,
    error_record,
    from_json,
    from_record,
    json_schema,
    read_jsonl,
    to_csv_rows,
    to_json,
    to_record,
    write_csv,
    write_jsonl,
)

from .strategies import articles

SCHEMA = json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# A hand-built article shaped like the seed's facts (not extract's output).
SEED_LIKE = Article(
    published=dt.date(2026, 2, 5),
    dateline=Dateline(Span(16, 39), city="Beijing", country="CN", month=2, day=5, year=2026, year_source="header"),
    leaders=(
        Leader("Xi Jinping", (Span(46, 66), Span(300, 302)), title="President", country="CN"),
        Leader("Vladimir Putin", (Span(400, 432),), title="President", country="RU"),
    ),
    organisations=(Organisation("Shanghai Cooperation Organization", (Span(900, 933),), acronym="SCO"),),
    agreements=(
        Agreement("China-Russia Treaty of Good-Neighborliness and Friendly Cooperation", "treaty", Span(700, 768),
                  parties=("CN", "RU"), date=PartialDate(2001), event="signing", date_source="anniversary"),
    ),
    anniversaries=(
        Anniversary(Span(600, 620), ordinal=25, subject="the signing of the China–Russia Treaty", event="signing",
                    year=2026, base_year=2001, year_source="published"),
    ),
    meetings=(
        Meeting("virtual meeting", Span(350, 365), MeetingMode.VIRTUAL, ("Xi Jinping", "Vladimir Putin"),
                ("CN", "RU"), PartialDate(2026, 2, 4), place="Beijing", venue="Great Hall of the People"),
        Meeting("APEC Economic Leaders’ Meeting", Span(1000, 1030), date=PartialDate(2026, 11), place="Shenzhen",
                host="CN", organisation="APEC", future=True, cameo="036", plover_mode="visit"),
    ),
)


def _valid(data: Any) -> None:
    VALIDATOR.validate(data)


class TestJson:
    def test_shape(self) -> None:
        data = json.loads(to_json(SEED_LIKE))
        assert list(data) == ["published", "dateline", "leaders", "organisations", "agreements", "anniversaries",
                              "meetings", "notes", "schema_version"]
        assert data["published"] == "2026-02-05"
        assert data["meetings"][1]["date"] == "2026-11"
        assert data["meetings"][0]["span"] == [350, 365]
        assert data["meetings"][0]["mode"] == "virtual"

    def test_non_ascii_kept(self) -> None:
        assert "Leaders’ Meeting" in to_json(SEED_LIKE)
        assert "\\u2019" not in to_json(SEED_LIKE)

    def test_indent_and_source(self) -> None:
        text = to_json(SEED_LIKE, indent=2, source="seed.txt")
        assert text.startswith('{\n  "source": "seed.txt",')
        assert from_json(text) == SEED_LIKE

    def test_stable(self) -> None:
        assert to_json(SEED_LIKE) == to_json(from_json(to_json(SEED_LIKE)))

    @settings(max_examples=60)  # generating whole articles dominates the run time
    @given(articles())
    def test_round_trip(self, article: Article) -> None:
        text = to_json(article)
        assert from_json(text) == article
        # The round trip alone would pass if both sides did nothing.
        data = json.loads(text)
        assert len(data["leaders"]) == len(article.leaders)
        assert len(data["meetings"]) == len(article.meetings)
        assert data["published"] == (article.published.isoformat() if article.published else None)
        # Every generated article is valid against the shipped schema.
        _valid(data)

    @pytest.mark.parametrize(
        "text",
        ["", "[]", "not json", '{"published": 3}', '{"leaders": [{"name": "x"}]}', '{"surprise": 1}',
         '{"source": 3}', '{"source": "a", "error": {"type": "X", "message": "m"}}'],
    )
    def test_malformed(self, text: str) -> None:
        with pytest.raises(ModelError):
            from_json(text)

    def test_type_checked(self) -> None:
        with pytest.raises(TypeError):
            to_json({"published": None})  # type: ignore[arg-type]


class TestRecords:
    def test_error_record(self) -> None:
        err = DocumentError("a.txt", "UnicodeDecodeError: not valid utf-8 at byte 3")
        record = error_record(err)
        assert record == {"source": "a.txt", "error": {"type": "UnicodeDecodeError",
                                                       "message": "not valid utf-8 at byte 3"}}
        _valid(record)
        back = from_record(record)
        assert isinstance(back, DocumentError)
        assert (back.source, back.reason) == (err.source, err.reason)

    def test_untyped_reason(self) -> None:
        assert error_record(DocumentError("a", "it broke"))["error"] == {"type": "DocumentError",
                                                                         "message": "it broke"}

    def test_to_record_source_first(self) -> None:
        assert next(iter(to_record(SEED_LIKE, source="x"))) == "source"


class TestJsonl:
    @settings(max_examples=15)  # each example is several articles: generation dominates
    @given(st.lists(articles(), max_size=3))
    def test_round_trip(self, items: list[Article]) -> None:
        buf = io.StringIO()
        assert write_jsonl(items, buf) == len(items)
        text = buf.getvalue()
        assert text.count("\n") == len(items)
        assert list(read_jsonl(io.StringIO(text))) == items

    def test_mixed_with_errors_and_sources(self) -> None:
        buf = io.StringIO()
        write_jsonl([("seed.txt", SEED_LIKE), DocumentError("gone.txt", "FileNotFoundError: no such file"),
                     Article()], buf)
        lines = buf.getvalue().splitlines()
        for line in lines:
            _valid(json.loads(line))
        back = list(read_jsonl(lines))
        assert back[0] == SEED_LIKE
        assert isinstance(back[1], DocumentError) and back[1].source == "gone.txt"
        assert back[2] == Article()

    def test_streams(self) -> None:
        lines = iter([to_json(Article()) + "\n", "\n", "garbage\n"])
        reader = read_jsonl(lines)
        assert next(reader) == Article()
        with pytest.raises(ModelError, match="line 3"):
            next(reader)


class TestCsv:
    def test_meetings(self) -> None:
        rows = to_csv_rows(SEED_LIKE, "meetings", source="seed.txt")
        assert [list(r) for r in rows] == [list(CSV_COLUMNS["meetings"])] * 2
        first, second = rows
        assert first["source"] == "seed.txt"
        assert first["participants"] == "Xi Jinping;Vladimir Putin"
        assert first["countries"] == "CN;RU"
        assert (first["date"], first["date_precision"]) == ("2026-02-04", "day")
        assert (second["date"], second["date_precision"]) == ("2026-11", "month")
        assert (first["span_start"], first["span_end"]) == ("350", "365")
        assert second["plover_mode"] == "visit" and first["plover_mode"] == ""

    @pytest.mark.parametrize("table", sorted(CSV_COLUMNS))
    def test_every_table_loads_back(self, table: Any) -> None:
        buf = io.StringIO(newline="")
        count = write_csv(to_csv_rows(SEED_LIKE, table, source="s"), buf, table=table)
        assert count == len(getattr(SEED_LIKE, table))
        rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
        assert len(rows) == count
        assert all(tuple(r) == CSV_COLUMNS[table] for r in rows)

    def test_other_tables(self) -> None:
        (leader,) = to_csv_rows(SEED_LIKE, "leaders")[:1]
        assert leader["name"] == "Xi Jinping" and leader["mentions"] == "2" and leader["country_inferred"] == "false"
        (agreement,) = to_csv_rows(SEED_LIKE, "agreements")
        assert agreement["parties"] == "CN;RU" and agreement["date_precision"] == "year"
        (anniversary,) = to_csv_rows(SEED_LIKE, "anniversaries")
        assert (anniversary["ordinal"], anniversary["base_year"]) == ("25", "2001")
        (org,) = to_csv_rows(SEED_LIKE, "organisations")
        assert org["acronym"] == "SCO" and org["founded"] == ""

    @settings(max_examples=25)
    @given(articles())
    def test_generated(self, article: Article) -> None:
        buf = io.StringIO(newline="")
        write_csv(to_csv_rows(article, "meetings", source="g"), buf)
        rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
        assert [csv_cell_value(r["kind"]) for r in rows] == [m.kind for m in article.meetings]

    def test_unknown_table(self) -> None:
        with pytest.raises(ValueError, match="unknown table"):
            to_csv_rows(SEED_LIKE, "people")  # type: ignore[arg-type]


class TestSchema:
    def test_is_valid_2020_12(self) -> None:
        jsonschema.Draft202012Validator.check_schema(SCHEMA)
        assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"

    def test_hand_built(self) -> None:
        _valid(json.loads(to_json(SEED_LIKE, source="seed.txt")))

    def test_extract_on_seed(self) -> None:
        article_mod = pytest.importorskip("diplomacy_model.article")
        from .conftest import SEED_PATH

        article = article_mod.extract(SEED_PATH.read_text(encoding="utf-8"))
        data = json.loads(to_json(article, source=SEED_PATH.name))
        _valid(data)
        assert from_json(json.dumps(data)) == article

    @pytest.mark.parametrize(
        "data",
        [{}, {"published": "2026-02-05"}, {"error": {"type": "X", "message": "m"}},
         json.loads(to_json(Article())) | {"published": "2026-2-5"},
         json.loads(to_json(Article())) | {"extra": 1}],
    )
    def test_rejects(self, data: dict[str, Any]) -> None:
        assert not VALIDATOR.is_valid(data)


def test_doctests() -> None:
    import doctest

    import diplomacy_model.io

    assert doctest.testmod(diplomacy_model.io).failed == 0
