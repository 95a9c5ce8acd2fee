"""Date mentions: the corpus, the strict parser, the seed, and the properties (round trip, embedding, fuzz, time)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from diplomacy_model import DateMention, InputTypeError, ParseError, PartialDate, find_dates, parse_date, render_date
from diplomacy_model.phrases._engine import Example
from diplomacy_model.phrases.dates import header_date, resolve_mentions, sentence_tense, tense_at
from diplomacy_model.phrases.dates.corpus import corpus

from .conftest import REFERENCE_DATE, SEED_PATH
from .strategies import date_filler, date_styles, news_dates


def _check(example: Example) -> None:
    found = find_dates(example.text, published=example.published)
    want = example.expected
    assert len(found) == int(want.get("mentions", "1")), f"{example.text!r}: {found}"
    mention = next((m for m in found if m.text == want["text"]), found[0])
    assert (mention.text, mention.date.isoformat(), mention.kind) == (want["text"], want["date"], want["kind"])
    assert mention.span.of(example.text) == mention.text
    if "tense" in want:
        assert tense_at(example.text, mention.span.start, mention.span.end) == want["tense"]


class TestCorpus:
    @pytest.mark.parametrize("example", corpus.examples, ids=lambda e: e.text[:50])
    def test_example(self, example: Example) -> None:
        _check(example)

    @pytest.mark.parametrize("example", corpus.negative, ids=lambda e: e.text[:50])
    def test_negative(self, example: Example) -> None:
        assert find_dates(example.text, published=example.published) == ()

    @pytest.mark.parametrize("example", corpus.known_failures, ids=lambda e: e.text[:50])
    @pytest.mark.xfail(strict=True, reason="known gap, see the example's note")
    def test_known_failure(self, example: Example) -> None:
        _check(example)


class TestSeed:
    def test_seed_mentions(self) -> None:
        text = SEED_PATH.read_text(encoding="utf-8")
        got = {(m.text, m.date.isoformat()) for m in find_dates(text)}  # the header gives the reference date
        for want in [("Wednesday", "2026-02-04"), ("Sunday", "2026-02-01"), ("Tuesday", "2026-02-03"),
                     ("November", "2026-11"), ("the past year", "2025"), ("this year", "2026"),
                     ("Feb 4, 2026", "2026-02-04"), ("Feb 5", "2026-02-05")]:
            assert want in got
        assert not any("2026-30" in t or t == "2027" for t, _ in got)

    def test_header_date(self) -> None:
        assert header_date(" date 2026-02-05 BEIJING, China, Feb 5 —") == REFERENCE_DATE
        assert header_date("BEIJING, China, Feb 5 — date 2026-02-05") is None
        assert header_date(" date 2026-02-30 x") is None

    def test_without_reference_only_absolute_dates(self) -> None:
        text = "Xi met Putin on Wednesday; the treaty of July 16, 2001 was recalled, as was a visit in 1996."
        got = [(m.text, m.date.isoformat(), m.kind) for m in find_dates(text)]
        assert got == [("July 16, 2001", "2001-07-16", "explicit"), ("1996", "1996", "year")]

    def test_resolve_mentions_slice_and_anchor(self) -> None:
        text = "Header stuff on Monday. Xi met Putin on Wednesday."
        start = text.index("Xi")
        found = resolve_mentions(text, REFERENCE_DATE, start=start)
        assert [(m.span.of(text), m.date.isoformat()) for m in found] == [("Wednesday", "2026-02-04")]
        assert resolve_mentions(text, None) == ()

    def test_types(self) -> None:
        with pytest.raises(InputTypeError, match="find_dates"):
            find_dates(b"Feb 4, 2026")  # type: ignore[arg-type]
        with pytest.raises(InputTypeError, match="parse_date"):
            parse_date(None, reference=REFERENCE_DATE)  # type: ignore[arg-type]
        assert all(isinstance(m, DateMention) for m in find_dates("on Feb 4, 2026"))


class TestTense:
    @pytest.mark.parametrize(("sentence", "tense"), [
        ("Russia will actively support China in November.", "future"),
        ("The envoy is due to visit Seoul on Monday.", "future"),
        ("Xi recalled the two meetings in the past year.", "past"),
        ("The talks had been held in Geneva.", "past"),
        ("The record date is Nov. 9.", "present"),
        ("Nothing here at all", "present"),
    ])
    def test_sentence_tense(self, sentence: str, tense: str) -> None:
        assert sentence_tense(sentence) == tense


class TestParseDate:
    @pytest.mark.parametrize(("text", "tense", "iso"), [
        ("on Wednesday", "past", "2026-02-04"),
        ("Wednesday", "future", "2026-02-11"),
        ("Thursday", "past", "2026-02-05"),
        ("Thursday", "future", "2026-02-05"),
        ("last Thursday", "past", "2026-01-29"),
        ("in November", "future", "2026-11"),
        ("in November", "past", "2025-11"),
        ("in March", "past", "2026-03"),
        ("May", "future", "2026-05"),
        ("Feb. 4", "past", "2026-02-04"),
        ("4 February", "past", "2026-02-04"),
        ("4 February", "future", "2027-02-04"),
        ("Feb 4, 2026", "past", "2026-02-04"),
        ("February 2026", "past", "2026-02"),
        ("in 1996", "past", "1996"),
        ("2026-02-04", "past", "2026-02-04"),
        ("this year", "past", "2026"),
        ("the past year", "past", "2025"),
        ("next year", "past", "2027"),
        ("yesterday", "past", "2026-02-04"),
        ("tomorrow", "past", "2026-02-06"),
        ("early next year", "future", "2027"),
    ])
    def test_valid(self, text: str, tense: str, iso: str) -> None:
        assert parse_date(text, reference=REFERENCE_DATE, tense=tense).isoformat() == iso

    @pytest.mark.parametrize("text", ["", "May I", "Feb 30, 2026", "on Wednesday and Friday", "the 25th",
                                      "Sunday Times", "yesterday morning late", "2026-30", "Feb 4 2026 x"])
    def test_invalid(self, text: str) -> None:
        with pytest.raises(ParseError, match="not a date"):
            parse_date(text, reference=REFERENCE_DATE)

    def test_bad_tense(self) -> None:
        with pytest.raises(ParseError, match="tense"):
            parse_date("Friday", reference=REFERENCE_DATE, tense="pluperfect")

    def test_render_examples(self) -> None:
        d = PartialDate(2026, 9, 4)
        assert [render_date(d, style=s) for s in ("ap", "xinhua", "long", "british", "iso")] == [
            "Sept. 4, 2026", "Sep 4, 2026", "September 4, 2026", "4 September 2026", "2026-09-04"]
        with pytest.raises(ValueError, match="style"):
            render_date(d, style="klingon")


# --- properties ------------------------------------------------------------------

_REFS = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@given(news_dates(), date_styles, _REFS)
def test_parse_render_round_trip(date: PartialDate, style: str, reference: dt.date) -> None:
    text = render_date(date, style=style)
    assert parse_date(text, reference=reference) == date
    assert render_date(parse_date(text, reference=reference), style=style) == text


@given(news_dates(), date_styles, date_filler, date_filler, _REFS)
def test_rendered_date_is_found_in_a_sentence(date: PartialDate, style: str, before: str, after: str,
                                              reference: dt.date) -> None:
    if date.month is None:
        date = PartialDate(1800 + date.year % 300)  # a bare year is read after a preposition, 1800-2099
    assume(not (style == "iso" and date.precision == "month"))  # "2026-02" in running text may be a range
    rendered = render_date(date, style=style)
    sentence = f"{before} in {rendered} {after}".strip()
    found = [m for m in find_dates(sentence, published=reference) if m.span.of(sentence) == rendered]
    assert len(found) == 1
    assert found[0].date == date
    assert found[0].span.start == sentence.index(f"in {rendered}") + 3


_DATEISH = st.text(alphabet=list(" ,.-'0123456789MayFebJanuarySundaytodayyearlastnextago\n"), max_size=80)


@given(st.text(max_size=200) | _DATEISH, st.none() | _REFS)
def test_find_never_raises_and_spans_point_at_text(text: str, published: dt.date | None) -> None:
    for mention in find_dates(text, published=published):
        assert mention.span.of(text) == mention.text
        assert mention.text


@given(st.text(max_size=100) | _DATEISH, _REFS, st.sampled_from(["past", "present", "future"]))
def test_parse_raises_only_parse_error(text: str, reference: dt.date, tense: str) -> None:
    try:
        parse_date(text, reference=reference, tense=tense)
    except ParseError as exc:
        assert repr(text[:20])[1:-1][:10] in str(exc) or len(text) > 80


# Units that are no date, or break a pattern half way, come 1 MB at a time; units that
# are each a date mention (the costly case: every one is resolved) come 250 KB at a time.
# The bound is generous on purpose (a busy CI machine); bench/dates_accuracy.py measures speed.
@pytest.mark.parametrize(("unit", "size"), [
    ("May ", 1_000_000), ("1999-", 1_000_000), ("last ", 1_000_000), (" " * 7, 1_000_000), ("a ", 1_000_000),
    ("12 ", 1_000_000), ("Jan. ", 1_000_000), ("will said ", 1_000_000), ("in 19", 1_000_000),
    ("Sunday, the 31st of ", 250_000), ("year ", 1_000_000), ("2026 ", 1_000_000), ("Mayday. ", 1_000_000),
    ("Feb 4, ", 250_000), ("Monday Tuesday ", 250_000), ("in 2026 ", 250_000), ("this year ", 250_000),
])
def test_linear_time_on_adversarial_input(unit: str, size: int) -> None:
    text = unit * (size // len(unit))
    started = time.process_time()
    find_dates(text, published=REFERENCE_DATE)
    assert time.process_time() - started < 30.0
