"""Hostile input: every crash and every silently wrong value found by fuzzing, kept as a regression test.

Each case names the crash class it came from (issue 13): superscript digits, anniversaries before year 1,
impossible calendar dates, ``published`` of the wrong type, hostile JSON, unknown styles.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import diplomacy_model as dm
from diplomacy_model.io import from_json, read_jsonl, to_json

PUBLISHED = dt.date(2026, 2, 5)

# Text-reading functions that take a date anchor, with the keyword it goes by.
ANCHORED = [
    ("extract", "published"),
    ("find_dateline", "published"),
    ("find_dates", "published"),
    ("find_anniversaries", "published"),
    ("find_leaders", "reference"),
    ("parse_dateline", "published"),
    ("parse_anniversary", "published"),
    ("parse_date", "reference"),
]


class TestNeverRaise:
    """Inputs that made a lenient finder raise."""

    @pytest.mark.parametrize("text", [
        " 1st United Nationssigned on February 31, 2001¹⁹⁹⁹visit",  # '⁹'.isdigit(), then int() raised
        "Putin and Xi held ²² rounds of talks",
        "the Group of ⁷ summit",
    ])
    def test_superscript_digits_are_not_numbers(self, text: str) -> None:
        article = dm.extract(text, published=dt.date(1, 1, 1))
        assert all(m.kind for m in article.meetings)

    @pytest.mark.parametrize(("text", "published", "ordinal", "year"), [
        ("the 2026th anniversary of the founding of Rome", dt.date(2026, 1, 1), 2026, 2026),  # base year 0
        ("the 30th anniversary of the founding of the SCO", dt.date(1, 1, 1), 30, 1),  # base year -29
        ("the 2125th anniversary of the founding of the SCO", dt.date(2026, 1, 1), 2125, 2026),  # base year -99
    ])
    def test_anniversary_before_year_one_keeps_no_base_year(
        self, text: str, published: dt.date, ordinal: int, year: int
    ) -> None:
        (a,) = dm.find_anniversaries(text, published=published)
        assert (a.ordinal, a.year, a.base_year) == (ordinal, year, None)
        assert dm.extract(text, published=published).anniversaries == (a,)

    def test_anniversary_in_year_one_of_extract(self) -> None:
        text = "on Wednesdaythe 2026th anniversary of Russian President Vladimir Putin"
        article = dm.extract(text, published=PUBLISHED)
        assert all(a.base_year is None or a.base_year >= 1 for a in article.anniversaries)

    @pytest.mark.parametrize("text", [
        "The agreement was signed between China and Russia on February 31, 2001.",
        "The Treaty of Friendship signed between China and Russia on February 31, 2001.",
    ])
    def test_agreement_signed_on_an_impossible_day_has_no_date(self, text: str) -> None:
        found = dm.find_agreements(text)
        assert all(a.date is None for a in found)
        dm.extract(text, published=PUBLISHED)

    def test_impossible_day_is_no_mention(self) -> None:
        assert dm.find_dates("They met on Feb 29, 2023 in Moscow.", published=dt.date(2023, 3, 1)) == ()


class TestPublished:
    """``published`` (or ``reference``) takes a date; a datetime is narrowed; anything else is InputTypeError."""

    TEXT = "MOSCOW, Feb. 4 (Xinhua) -- the 30th anniversary of the SCO, marked on Wednesday"

    @staticmethod
    def call(name: str, keyword: str, value: object) -> object:
        func = getattr(dm, name)
        text = {"parse_dateline": "MOSCOW, Feb. 4 (Xinhua) --", "parse_anniversary": "the 30th anniversary of the SCO",
                "parse_date": "on Wednesday"}.get(name, TestPublished.TEXT)
        return func(text, **{keyword: value})

    @pytest.mark.parametrize(("name", "keyword"), ANCHORED)
    def test_datetime_is_narrowed_to_its_date(self, name: str, keyword: str) -> None:
        late = dt.datetime(2026, 2, 5, 23, 59, tzinfo=dt.UTC)
        assert self.call(name, keyword, late) == self.call(name, keyword, PUBLISHED)

    @pytest.mark.parametrize(("name", "keyword"), ANCHORED)
    @pytest.mark.parametrize("value", ["2026-02-05", 2026, 1.5, b"2026", [2026]])
    def test_anything_else_is_an_input_type_error(self, name: str, keyword: str, value: object) -> None:
        with pytest.raises(dm.InputTypeError, match=rf"{name}\(\) expects {keyword} to be a datetime\.date"):
            self.call(name, keyword, value)

    def test_extract_keeps_the_narrowed_date(self) -> None:
        assert dm.extract("talks", published=dt.datetime(2026, 2, 5, 10)).published == PUBLISHED

    def test_the_model_refuses_a_datetime(self) -> None:
        with pytest.raises(dm.ModelError, match="published"):
            dm.Article(published=dt.datetime(2026, 2, 5, 10))


class TestStyles:
    def test_unknown_organisation_style(self) -> None:
        un = dm.Organisation("United Nations", (dm.Span(0, 14),), "UN")
        with pytest.raises(dm.ModelError, match="bogus"):
            dm.render_organisation(un, "bogus")  # type: ignore[arg-type]

    @pytest.mark.parametrize(("render", "value"), [
        (lambda v, s: dm.render_date(v, style=s), dm.PartialDate(2026, 2, 4)),
        (lambda v, s: dm.render_agreement(v, style=s), dm.Agreement("Paris Agreement", "agreement", dm.Span(0, 15))),
        (dm.render_leader, dm.Leader("Xi Jinping", (dm.Span(0, 10),))),
        (lambda v, s: dm.render_dateline(v, style=s), dm.Dateline(dm.Span(0, 6), city="Moscow")),
        (lambda v, s: dm.render_anniversary(v, style=s), dm.Anniversary(dm.Span(0, 0), ordinal=3)),
    ])
    def test_every_renderer_refuses_an_unknown_style_alike(self, render: object, value: object) -> None:
        with pytest.raises(dm.ModelError):
            render(value, "bogus")  # type: ignore[operator]


class TestHostileJson:
    """``from_json`` and ``read_jsonl`` refuse with a ModelError that names the bad field's path."""

    @pytest.mark.parametrize(("text", "where"), [
        ("[" * 100_000, "RecursionError"),
        ('{"meetings": [{"kind": "x", "span": [0, ' + "1" + "0" * 100 + "]}]}", r"\$\.meetings\[0\]\.span"),
        ('{"published": "２０２６-01-01"}', r"\$\.published"),
        ('{"published": "20260101"}', r"\$\.published"),
        ('{"anniversaries": [{"span": [0, 1], "year": 1, "base_year": -99}]}', r"\$\.anniversaries\[0\]"),
        ('{"meetings": [{"kind": "x", "span": [0, 1], "date": "２０２６"}]}', r"\$\.meetings\[0\]\.date"),
        ('{"leaders": [{"name": "a", "mentions": [[0, 1]], "country": "XX"}]}', r"\$\.leaders\[0\].*XX"),
        ('{"dateline": {"span": [0, 1], "city": ""}}', r"\$\.dateline.*city"),
        ('{"dateline": {"span": [0, 1], "city": 3}}', r"\$\.dateline\.city"),
        ('{"meetings": [{"kind": "x", "span": [0, 1], "mode": "telepathy"}]}', r"\$\.meetings\[0\]\.mode"),
        ('{"agreements": [{"name": "A", "kind": "k", "span": [0, 1], "parties": ["ZZ"]}]}', r"\$\.agreements\[0\]"),
        ("null", "JSON object"),
        ("[]", "JSON object"),
    ])
    def test_from_json_names_the_path(self, text: str, where: str) -> None:
        with pytest.raises(dm.ModelError, match=where):
            from_json(text)

    @pytest.mark.parametrize("value", [None, 3, ["{}"], {"published": None}])
    def test_from_json_of_a_non_text(self, value: object) -> None:
        with pytest.raises(dm.ModelError, match="expects JSON text"):
            from_json(value)  # type: ignore[arg-type]

    def test_read_jsonl_deep_nesting_names_the_line(self) -> None:
        lines = [to_json(dm.Article()), "[" * 100_000]
        with pytest.raises(dm.ModelError, match="line 2"):
            list(read_jsonl(lines))

    def test_former_state_codes_are_countries(self) -> None:
        leader = dm.Leader("Mikhail Gorbachev", (dm.Span(0, 17),), "President", "SU")
        assert from_json(to_json(dm.Article(leaders=(leader,)))).leaders == (leader,)

    def test_gazetteer_codes_are_model_codes(self) -> None:
        from diplomacy_model._iso import COUNTRY_CODES
        from diplomacy_model.gazetteer.countries import country_codes

        assert set(country_codes()) <= COUNTRY_CODES

    def test_a_date_mention_span_fits_its_text(self) -> None:
        with pytest.raises(dm.ModelError, match="span"):
            dm.DateMention(dm.Span(0, 3), "Wednesday", dm.PartialDate(2026), "weekday")

    def test_error_message_is_json_safe(self) -> None:
        with pytest.raises(dm.ModelError) as caught:
            from_json('{"dateline": {"span": [0, 1], "city": ""}}')
        json.dumps(str(caught.value))


class TestAsciiDigits:
    """Only ``[0-9]`` become numbers: Arabic-Indic, fullwidth and mathematical digits are text."""

    DIGITS = ("٠١٢٣٤٥٦٧٨٩", "０１２３４５６７８９", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")

    @pytest.mark.parametrize("digits", DIGITS)
    @pytest.mark.parametrize("text", [
        "MOSCOW, Feb. 4, 2026 (Xinhua) -- talks were held",
        "They met on Feb. 4, 2026 and in 1996.",
        "the 30th anniversary of the treaty",
        "The Treaty of Friendship was signed on July 16, 2001.",
        "The Paris Agreement, signed on December 12, 2015, sets the goals.",  # the date clause after a name
        "the 2015 Paris Agreement",
        "Putin and Xi held 12 rounds of talks",
    ])
    def test_no_number_from_other_digits(self, digits: str, text: str) -> None:
        foreign = text.translate(str.maketrans("0123456789", digits))
        article = dm.extract(foreign, published=PUBLISHED)
        assert article.dateline is None or article.dateline.day is None
        assert all(a.ordinal is None for a in article.anniversaries)
        assert all(a.date is None for a in article.agreements)
        assert [m for m in dm.find_dates(foreign, published=PUBLISHED) if set(m.text) & set(digits)] == []
        with pytest.raises(dm.ParseError):
            dm.parse_anniversary(foreign[4:] if foreign.startswith("the ") else foreign)


    @pytest.mark.parametrize("digits", DIGITS)
    def test_a_meeting_range_ends_on_an_ascii_day(self, digits: str) -> None:
        text = "Chinese President Xi Jinping will hold a summit with Russian President Vladimir Putin on Oct. 15-16."
        foreign = text[:-3] + "16".translate(str.maketrans("0123456789", digits)) + "."
        (ascii_meeting,) = dm.extract(text, published=dt.date(2026, 10, 2)).meetings
        (meeting,) = dm.extract(foreign, published=dt.date(2026, 10, 2)).meetings
        assert (ascii_meeting.end_date, meeting.end_date) == (dm.PartialDate(2026, 10, 16), None)


class TestStrictParsers:
    @pytest.mark.parametrize("text", ["R on-", "R on -", "MOSCOW on -"])
    def test_a_lower_case_word_is_no_region(self, text: str) -> None:
        with pytest.raises(dm.ParseError):
            dm.parse_dateline(text)

    @pytest.mark.parametrize("text", ["新华社北京13月4日电", "新华社北京29月29日电", "新华社北京0月4日电"])
    def test_a_chinese_dateline_of_no_month_is_a_parse_error(self, text: str) -> None:
        # bench/sweep_vocabulary.py (openings): the month indexed a 13-entry table and raised IndexError
        with pytest.raises(dm.ParseError):
            dm.parse_dateline(text)
        assert dm.find_dateline(text) is None

    def test_a_capitalised_region_without_its_comma_still_reads(self) -> None:
        assert dm.parse_dateline("FARMINGTON Conn. -").region == "Conn."

    @pytest.mark.parametrize("text", ["Feb 29, 2023", "February 30, 2026", "31 April 2026", "2023-02-29"])
    def test_an_impossible_date_is_a_parse_error(self, text: str) -> None:
        with pytest.raises(dm.ParseError, match=r"no such date|expected"):
            dm.parse_date(text, reference=PUBLISHED)


class TestSpansInsideTheText:
    TEXT = "MOSCOW, Feb. 4 (Xinhua) -- Russian President Vladimir Putin held talks with Xi Jinping on Wednesday."

    def test_an_extracted_article_fits_its_text(self) -> None:
        article = dm.extract(self.TEXT, published=PUBLISHED)
        article.check_spans(len(self.TEXT))
        assert from_json(to_json(article), document=self.TEXT) == article

    def test_a_span_past_the_text_names_its_path(self) -> None:
        article = dm.extract(self.TEXT, published=PUBLISHED)
        with pytest.raises(dm.ModelError, match=r"\$\.dateline\.span"):
            from_json(to_json(article), document=self.TEXT[:3])


class TestDaysAtTheEndsOfTheCalendar:
    """Found by bench/sweep_vocabulary.py (corpus examples with ``published`` in year 1 and 9999): day arithmetic
    of the meeting assembly and the year-ago framing stepped past 0001-01-01 or 9999-12-31 and raised."""

    @pytest.mark.parametrize(("text", "published"), [
        # the eve of Monday's talks: the day before 0001-01-01
        ("Kushner met Netanyahu in Jerusalem on the eve of talks in Abu Dhabi on Monday.", dt.date(1, 1, 1)),
        # this week's last day, 10000-01-02 (PartialDate.last_day of 9999-W52)
        ("The EU's chief negotiator Michel Barnier and his British counterpart David Frost held a seventh round of "
         "talks earlier this week.", dt.date(9999, 12, 31)),
        # a visit's fortnight after its first day
        ("Chinese Foreign Minister Wang Yi began a visit to Europe on Monday. Wang arrived in Rome on Tuesday "
         "for consultations with Italian officials.", dt.date(9999, 12, 31)),
        # the last day of a four-day visit from the last Friday of 9999
        ("Xi Jinping began a four-day state visit to Russia starting on Friday.", dt.date(9999, 12, 31)),
        # a year back from year 1 (ValueError: year 0)
        ("In the year-ago quarter, the period ended Oct. 31, the company earned $5 million.", dt.date(1, 1, 1)),
    ])
    def test_extract_leaves_the_day_unset(self, text: str, published: dt.date) -> None:
        article = dm.extract(text, published=published)
        assert all(m.end_date is None or m.date is not None for m in article.meetings)
        dm.find_dates(text, published=published)

    def test_the_last_week_of_9999_ends_on_the_last_day(self) -> None:
        assert dm.PartialDate(9999, week=52).last_day == dt.date.max

    def test_a_year_ago_from_year_one_is_no_date(self) -> None:
        text = "In the year-ago quarter, the period ended Oct. 31, the company earned $5 million."
        assert [m.date for m in dm.find_dates(text, published=dt.date(1, 1, 1))] == []
