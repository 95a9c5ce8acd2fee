"""The shared document and the one temporal resolver: sentences, reference date, tense, date mentions."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_model import PartialDate
from diplomacy_model.phrases.agreement import agreements_in, find_agreements
from diplomacy_model.phrases.agreement.rules import WORDS as AGREEMENT_WORDS
from diplomacy_model.phrases.dates.rules import WORDS as DATE_WORDS
from diplomacy_model.phrases.dates.rules import scan
from diplomacy_model.phrases.meeting.rules import TRIGGER_WORDS as MEETING_WORDS
from diplomacy_model.phrases.meeting.rules import scan as scan_meetings
from diplomacy_model.phrases.title import find_leaders, leaders_in
from diplomacy_model.phrases.title.rules import WORDS as TITLE_WORDS
from diplomacy_model.phrases.title.rules import find_mentions
from diplomacy_model.temporal import DateExpr, Reference, month_year, resolve
from diplomacy_model.text import Document, find_reference, fold, sentence_at
from diplomacy_model.text.fold import word_bytes
from diplomacy_model.text.words import shared_word_hits, word_hits, word_pattern

from .conftest import REFERENCE_DATE, SEED_PATH


class TestSentences:
    @pytest.mark.parametrize(("text", "word", "sentence"), [
        ("Adm. Mike Mullen met Gen. Wei on Monday. They will meet again.", "Monday",
         "Adm. Mike Mullen met Gen. Wei on Monday."),
        ("The U.S. envoy arrived. He met Xi on Friday.", "Friday", "He met Xi on Friday."),
        ("Talks ended in Sept. and resumed on Oct. 3, officials said.", "Oct", None),
        ("He left.\nTalks resume on Monday", "Monday", "Talks resume on Monday"),
        ("The talks ended.President Lee left on Monday.", "Monday", "President Lee left on Monday."),
        ('"We agreed," he said. "We meet on Friday."', "Friday", '"We meet on Friday."'),
    ])
    def test_sentence_at(self, text: str, word: str, sentence: str | None) -> None:
        s, e = sentence_at(text, text.index(word))
        assert text[s:e] == (sentence or text)

    def test_document_caches_and_agrees(self) -> None:
        doc = Document.build("Xi met Putin. Adm. Lee will come on Monday.")
        pos = doc.text.index("Monday")
        assert doc.sentence_at(pos) == doc.sentence_at(pos) == sentence_at(doc.text, pos)
        assert doc.text[slice(*doc.sentence_at(pos))] == "Adm. Lee will come on Monday."

    def test_clause(self) -> None:
        doc = Document.build("Officials said on Tuesday, after the talks, that the two sides will sign on Friday.")
        s, e = doc.clause_at(doc.text.index("Friday"))
        assert doc.text[s:e] == "that the two sides will sign on Friday."

    def test_fold_keeps_offsets(self) -> None:
        for text in ("İstanbul Talks", "Kelvin \u212a", "ASCII ONLY", "Ünité Día"):
            assert len(fold(text)) == len(text)


class TestReference:
    def test_order(self) -> None:
        text = " date 2026-02-05 BEIJING, Nov. 30, 2005 (Xinhua) -- talks"
        assert find_reference(text) == Reference(dt.date(2026, 2, 5), "header")
        assert find_reference(text, dt.date(2026, 3, 1)) == Reference(dt.date(2026, 3, 1), "published")
        assert find_reference(text, dt.date(2026, 3, 1), dateline=dt.date(2026, 2, 28)).source == "dateline"
        assert find_reference("BEIJING, Nov. 30, 2005 (Xinhua) -- talks") == Reference(dt.date(2005, 11, 30),
                                                                                       "top date")
        assert find_reference("No date here.") is None

    def test_anchored_document_has_only_the_given_reference(self) -> None:
        text = " date 2026-02-05 Xi met Putin on Wednesday in 1996."
        assert [m.text for m in Document.anchored(text, None).dates] == ["2026-02-05", "1996"]
        assert [m.text for m in Document.build(text).dates] == ["2026-02-05", "Wednesday", "1996"]


class TestResolver:
    @pytest.mark.parametrize(("expr", "tense", "iso"), [
        (DateExpr("weekday", weekday=4), "future", "2026-02-06"),
        (DateExpr("weekday", weekday=4, rel="last"), "past", "2026-01-30"),
        (DateExpr("month", month=3), "future", "2026-03"),
        (DateExpr("month", month=12), "past", "2025-12"),
        (DateExpr("month_day", month=1, day=30), "past", "2026-01-30"),
        (DateExpr("year_word", offset=-1), "past", "2025"),
        (DateExpr("year_word", offset=-1, unit="ago"), "past", "2025-02-05"),
        (DateExpr("deictic_day", offset=1), "past", "2026-02-06"),
        (DateExpr("week", offset=1), "past", "2026-W07"),
        (DateExpr("week", offset=-1), "future", "2026-W05"),
        (DateExpr("week", offset=0), "present", "2026-W06"),
    ])
    def test_resolve(self, expr: DateExpr, tense: str, iso: str) -> None:
        got = resolve(expr, REFERENCE_DATE, tense)  # type: ignore[arg-type]  # tenses are the three literals
        assert got is not None and got.isoformat() == iso

    @pytest.mark.parametrize(("text", "phrase", "iso", "kind"), [
        ("He spoke on Thursday (Aug 20), a day after he met Wang.", "a day after", "2020-08-19", "event_offset"),
        ("He spoke on Thursday (Aug 20), two days before he met Wang.", "two days before", "2020-08-22",
         "event_offset"),
        ("A week after he met Wang, he spoke on Thursday (Aug 20).", "A week after", "2020-08-13", "event_offset"),
        ("He met Wang on Tuesday (Aug 18). The next day, he left.", "The next day", "2020-08-19", "relative_day"),
        ("He met Wang on Tuesday (Aug 18). The same day, he left.", "The same day", "2020-08-18", "relative_day"),
        ("He met Wang on Tuesday (Aug 18). A day earlier, he left.", "A day earlier", "2020-08-17", "relative_day"),
        ("He met Wang on Tuesday (Aug 18) and left the day after.", "the day after", "2020-08-19", "relative_day"),
    ])
    def test_days_counted_from_another_day(self, text: str, phrase: str, iso: str, kind: str) -> None:
        found = {m.text: m for m in Document.build(text, dt.date(2020, 8, 20)).dates}
        assert phrase in found and found[phrase].value.isoformat() == iso and found[phrase].kind == kind

    @pytest.mark.parametrize("text", [
        "The next day, he left.",  # no day to count from
        "He left in August, a day after he met Wang.",  # a month gives no day
        "He met Wang on Tuesday, the day before yesterday.",  # the dates kind's own phrase
        "Several days after he met Wang on Tuesday (Aug 18), he left.",  # no count
    ])
    def test_no_day_to_count_from(self, text: str) -> None:
        kinds = {m.kind for m in Document.build(text, dt.date(2020, 8, 20)).dates}
        assert not kinds & {"event_offset", "relative_day"}

    def test_week_is_a_week_not_a_day(self) -> None:
        week = resolve(DateExpr("week", offset=1), REFERENCE_DATE)
        assert week == PartialDate(2026, week=7) and week.to_date() is None
        assert (week.first_day, week.last_day) == (dt.date(2026, 2, 9), dt.date(2026, 2, 15))

    @pytest.mark.parametrize(("rel", "part", "ref", "iso"), [
        ("this", 23, dt.date(2026, 2, 5), "2026-23"),
        ("next", 23, dt.date(2026, 10, 5), "2027-23"),  # the autumn under way is this one
        ("last", 22, dt.date(2026, 9, 1), "2026-22"),  # the summer just ended
        ("last", 22, dt.date(2026, 7, 1), "2025-22"),  # still summer: the one before
        ("this", 24, dt.date(2026, 1, 15), "2025-24"),  # January is in the winter that began in December
        ("next", 24, dt.date(2026, 1, 15), "2026-24"),
        ("last", 24, dt.date(2026, 4, 1), "2025-24"),
    ])
    def test_season(self, rel: str, part: int, ref: dt.date, iso: str) -> None:
        got = resolve(DateExpr("part", rel=rel, part=part), ref)
        assert got is not None and got.isoformat() == iso

    def test_half_and_week_of(self) -> None:
        assert resolve(DateExpr("part", offset=1, part=41), REFERENCE_DATE) == PartialDate(2027, part=41)
        assert resolve(DateExpr("part", year=2025, part=40), None) == PartialDate(2025, part=40)
        assert resolve(DateExpr("week_of", month=3, day=9), REFERENCE_DATE, "future") == PartialDate(2026, week=11)
        assert resolve(DateExpr("week_of", 2019, 12, 30), None) == PartialDate(2020, week=1)

    def test_needs_a_reference(self) -> None:
        assert resolve(DateExpr("weekday", weekday=1), None) is None
        assert resolve(DateExpr("year", year=1996), None) == PartialDate(1996)

    @pytest.mark.parametrize(("month", "ref", "tense", "year"), [
        (3, dt.date(2026, 11, 20), "future", 2027),  # a future "in March" in a November story
        (10, dt.date(2026, 11, 20), "past", 2026),  # a past October in a November story
        (12, dt.date(2026, 11, 20), "past", 2026),  # the month just ahead is this year's
        (1, dt.date(2026, 11, 20), "present", 2027),  # the nearer one
    ])
    def test_month_year(self, month: int, ref: dt.date, tense: str, year: int) -> None:
        assert month_year(month, ref, tense) == year  # type: ignore[arg-type]  # the three literals


@given(st.text(max_size=300), st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_document_never_raises(text: str, published: dt.date | None) -> None:
    doc = Document.build(text, published)
    assert len(doc.fold) == len(text)
    for mention in doc.dates:
        assert mention.span.of(text) == mention.text
        s, e = doc.sentence_at(mention.span.start, mention.span.end)
        assert 0 <= s <= e <= len(text)
        doc.clause_at(mention.span.start)
        doc.tokens((s, e))


@pytest.mark.parametrize("unit", ["Adm. ", "a.b.c. ", ". . ", "x\n", "Monday, ", "word "])
def test_sentences_stay_linear(unit: str) -> None:
    text = unit * (400_000 // len(unit))
    started = time.process_time()
    doc = Document.build(text, REFERENCE_DATE)
    for pos in range(0, len(text), 997):
        doc.sentence_at(pos)
    assert time.process_time() - started < 30.0


class TestWordBytes:
    """``word_bytes`` writes a long text block by block into one buffer: the same bytes as the whole-text form."""

    TABLE = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))

    @staticmethod
    def whole(text: str, start: int, stop: int) -> bytes:
        return b" " + text[start:stop].encode("ascii", "replace").translate(TestWordBytes.TABLE) + b" "

    @pytest.mark.parametrize(("start", "stop"), [(0, None), (1, None), (70_000, 200_001), (65_535, 65_537), (5, 9)])
    def test_blocks_match_the_whole_text(self, start: int, stop: int | None) -> None:
        text = "Xi\u2019s U.S. VISIT, \u041c\u043e\u0441\u043a\u0432\u0430 \u2014 talks.\n" * 7_000  # > 3 blocks
        end = len(text) if stop is None else stop
        assert bytes(word_bytes(text, self.TABLE, start, stop)) == self.whole(text, start, end)


def test_a_long_text_is_folded_as_a_whole() -> None:
    """``fold`` works on a long text in pieces: the result is the whole text's fold, offset for offset."""
    text = "Xi\u2019s VISIT to \u041c\u041e\u0421\u041a\u0412\u0410 \u2014 ALL CAPS \u00c9LYS\u00c9E.\n" * 9_000
    assert len(text) > 1 << 16
    assert fold(text) == text.encode("utf-8").lower().decode("utf-8")


class TestSharedWords:
    """One scan of a document's words serves the title kind and the date kind: each reads, from the shared hits,
    exactly what a scan for its own words gives."""

    TEXTS = (
        "President Xi met Prime Minister Modi on Monday. The ministers of China and India (Sept. 3) said so.",
        "MONDAY: ex-President Obama, named envoy in May 2019, met the Secretary-General last week; "
        "foreign-minister Wang, secretaries-general, Presidents Day, mid-2025, 12 May, Mayor, Maydays.",
        "Crème brûlée à la Président; Ministère, Dimanche 3 mai; 2026-02-04; night-time; yesterday's talks.",
        "The Paris Agreement, a non-treaty accord—the TREATY of Rome, Memoranda of Understanding, the 2015 "
        "agreements' text, éTreaty, Treaty2, the Charter's, Protocols-based, treaties of Westphalia and Nanjing.",
        "Xi MET Putin for TALKS; a 2summit, summit_x, éSummit, Summité, pre-summit talks and a teleconference. "
        "Lee will visit Seoul, hosted by Moon, and met2 Abe at the G20 Summit before the leaders' meeting.",
    )

    def test_every_word_of_both_kinds_is_found(self) -> None:
        for word in sorted(AGREEMENT_WORDS | DATE_WORDS | TITLE_WORDS | set(MEETING_WORDS)):
            hits = list(shared_word_hits(f"({word.capitalize()}) {word}."))
            assert hits == [(1, word.encode()), (len(word) + 3, word.encode())]

    @pytest.mark.parametrize("text", [*TEXTS, SEED_PATH.read_text(encoding="utf-8")])
    def test_kinds_read_the_shared_words_as_their_own(self, text: str) -> None:
        words = Document.build(text).words
        assert find_mentions(text, words=words) == find_mentions(text)
        assert agreements_in(Document.build(text)) == find_agreements(text)
        assert list(scan(text, words=words)) == list(scan(text))
        assert list(scan(text, 3, len(text) - 2, words=words)) == list(scan(text, 3, len(text) - 2))
        assert scan_meetings(text, fold(text), words) == scan_meetings(text)

    @given(st.text(alphabet="aeimnorstdyMPSW -.,'\u00e9\n", max_size=80))
    def test_on_any_text(self, text: str) -> None:
        words = shared_word_hits(text)
        own = list(word_hits(word_pattern(TITLE_WORDS), text))
        assert [hit for hit in words if hit[1].decode() in TITLE_WORDS] == own
        assert list(scan(text, words=words)) == list(scan(text))
        assert scan_meetings(text, fold(text), words) == scan_meetings(text)

    def test_extract_reads_one_scan(self) -> None:
        doc = Document.build(self.TEXTS[0], REFERENCE_DATE)
        assert leaders_in(doc) == find_leaders(doc.text)
        assert doc.dates == Document.build(self.TEXTS[0], REFERENCE_DATE).dates
