"""Anniversaries: the corpus, the seed, the round trip in every style, and the finder's properties."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_model import (
    Anniversary,
    InputTypeError,
    ModelError,
    ParseError,
    Span,
    find_anniversaries,
    parse_anniversary,
    render_anniversary,
)
from diplomacy_model.phrases._engine import Example, Rule
from diplomacy_model.phrases.anniversary import rules as anniversary_rules
from diplomacy_model.phrases.anniversary.corpus import corpus
from diplomacy_model.text import Document

from .conftest import REFERENCE_DATE, SEED_PATH
from .strategies import ANNIVERSARY_SUBJECTS, anniversary_values, publication_dates


def _id(ex: Example) -> str:
    return ex.text[:60]


def _check(ex: Example) -> None:
    """The corpus contract (see the corpus module's docstring)."""
    expected = dict(ex.expected)
    count = expected.pop("count", None)
    phrase = expected.pop("phrase", None)
    found = find_anniversaries(ex.text, published=ex.published)
    if count is not None:
        assert len(found) == count, found
    if phrase is None:
        got = parse_anniversary(ex.text, published=ex.published)
        assert got.span == Span(0, len(ex.text))
        assert [a.span.end for a in found] == [len(ex.text)], found
    else:
        matching = [a for a in found if a.span.of(ex.text) == phrase]
        assert matching, [a.span.of(ex.text) for a in found]
        got = matching[0]
    for name, value in expected.items():
        assert getattr(got, name) == value, (name, got)
    if got.subject is not None:
        assert got.subject_span is not None
        assert got.subject_span.of(ex.text) == got.subject


@pytest.mark.parametrize("ex", corpus.examples, ids=_id)
def test_corpus(ex: Example) -> None:
    _check(ex)


@pytest.mark.parametrize("ex", corpus.negative, ids=_id)
def test_negative_corpus(ex: Example) -> None:
    assert find_anniversaries(ex.text, published=ex.published) == ()
    with pytest.raises(ParseError):
        parse_anniversary(ex.text, published=ex.published)


@pytest.mark.parametrize(
    "ex", [pytest.param(ex, marks=pytest.mark.xfail(strict=True, reason=ex.note)) for ex in corpus.known_failures],
    ids=_id,
)
def test_known_failures(ex: Example) -> None:
    _check(ex)


class TestSeed:
    """The seed article, read whole, as devscore reads it (no ``published``: the header gives 2026)."""

    text = SEED_PATH.read_text(encoding="utf-8")

    def test_three_anniversaries(self) -> None:
        found = find_anniversaries(self.text)
        got = [(a.ordinal, a.year, a.base_year) for a in found]
        assert got == [(80, 2025, 1945), (30, 2026, 1996), (25, 2026, 2001)]

    def test_spans_and_subjects(self) -> None:
        victory, partnership, treaty = find_anniversaries(self.text)
        assert victory.span.of(self.text) == "80th anniversary of the victory in the World Anti-Fascist War"
        assert victory.subject == "the victory in the World Anti-Fascist War"
        assert (victory.event, victory.year_source) == ("victory", "context")
        assert partnership.subject == (
            "the establishment of the China-Russia strategic partnership of coordination"
        )
        assert (partnership.event, partnership.year_source) == ("establishment", "this year")
        assert treaty.subject == (
            "the signing of the China-Russia Treaty of Good-Neighborliness and Friendly Cooperation"
        )
        assert treaty.event == "signing"
        for a in (victory, partnership, treaty):
            assert a.subject_span is not None and a.subject_span.of(self.text) == a.subject

    def test_published_wins_over_header(self) -> None:
        found = find_anniversaries(self.text, published=dt.date(2030, 1, 1))
        assert [(a.year, a.base_year) for a in found] == [(2029, 1949), (2030, 2000), (2030, 2005)]

    def test_no_reference_year(self) -> None:
        body = self.text.split("\n", 1)[1]  # without the header line's date
        body = body.replace("Feb 4, 2026", "Feb 4")
        found = find_anniversaries(body)
        assert [(a.ordinal, a.year, a.base_year) for a in found] == [(80, None, None), (30, None, None),
                                                                      (25, None, None)]


class TestParse:
    @pytest.mark.parametrize(
        ("text", "ordinal"),
        [("the 30th anniversary of the treaty", 30), ("centenary of the party", 100),
         ("golden jubilee of the king", 50), ("thirty years since the treaty was signed", 30),
         ("one hundred and fiftieth anniversary of the city", 150), ("the anniversary of the war", None)],
    )
    def test_valid(self, text: str, ordinal: int | None) -> None:
        assert parse_anniversary(text, published=REFERENCE_DATE).ordinal == ordinal

    @pytest.mark.parametrize(
        "text",
        ["", " the 30th anniversary", "30th anniversary of the treaty.\nmore", "the 30th floor", "30th",
         "This year marks the 30th anniversary of the treaty", "Centennial Park", "Jubilee Year"],
    )
    def test_invalid(self, text: str) -> None:
        with pytest.raises(ParseError) as info:
            parse_anniversary(text)
        assert info.value.kind == "anniversary"

    def test_type_errors(self) -> None:
        with pytest.raises(InputTypeError, match="parse_anniversary"):
            parse_anniversary(None)  # type: ignore[arg-type]  # the wrong type on purpose
        with pytest.raises(InputTypeError, match="find_anniversaries"):
            find_anniversaries(b"30th anniversary")  # type: ignore[arg-type]  # the wrong type on purpose


class TestRender:
    a = Anniversary(Span(0, 0), ordinal=100, subject="the republic")

    @pytest.mark.parametrize(
        ("style", "text"),
        [("digits", "100th anniversary of the republic"), ("words", "one hundredth anniversary of the republic"),
         ("named", "centenary of the republic"), ("years_since", "100 years since the republic")],
    )
    def test_styles(self, style: str, text: str) -> None:
        assert render_anniversary(self.a, style=style) == text

    @pytest.mark.parametrize("style", ["jubilee", "roman"])
    def test_cannot_say(self, style: str) -> None:
        with pytest.raises(ModelError):
            render_anniversary(self.a, style=style)


# --- properties ----------------------------------------------------------------------------------


@given(anniversary_values(), publication_dates)
def test_round_trip(value: tuple[str, int, str], published: dt.date) -> None:
    style, n, subject = value
    text = render_anniversary(Anniversary(Span(0, 0), ordinal=n, subject=subject), style=style)
    a = parse_anniversary(text, published=published)
    assert (a.ordinal, a.subject, a.year, a.base_year) == (n, subject, published.year, published.year - n)
    assert a.span == Span(0, len(text))
    assert render_anniversary(a, style=style) == text
    # the second property: the phrase really carries the number (not a constant rendering)
    assert render_anniversary(a, style="digits").startswith(str(n))


@given(anniversary_values(), publication_dates, st.sampled_from(["this year marks the ", "they celebrated the "]))
def test_embedded_is_found(value: tuple[str, int, str], published: dt.date, lead: str) -> None:
    style, n, subject = value
    phrase = render_anniversary(Anniversary(Span(0, 0), ordinal=n, subject=subject), style=style)
    sentence = f"Officials noted that {lead}{phrase}, the ministry said on its website."
    found = find_anniversaries(sentence, published=published)
    assert len(found) == 1, found
    a = found[0]
    assert a.span.of(sentence) == phrase
    assert (a.ordinal, a.subject, a.year) == (n, subject, published.year)


_VOCAB = st.sampled_from([
    "anniversary", "anniversaries", "the", "of", "30th", "first", "twenty-fifth", "one hundred and", "years",
    "since", "after", "marks", "centenary", "Centennial", "golden", "jubilee", "this year", "last year", "in 2024",
    "’s", "'s", ",", ".", " - ", "\n", "\n\n", "date 2026-02-05", "Feb. 4, 2026", "1986/87", "its", "(ICC)",
    "İ", "two or three", "a", "year", "commemorated", "on", "with", "and",
])


@given(st.one_of(st.text(max_size=200), st.lists(_VOCAB, max_size=40).map(" ".join)), st.none() | publication_dates)
def test_fuzz(text: str, published: dt.date | None) -> None:
    found = find_anniversaries(text, published=published)
    for a in found:
        assert 0 <= a.span.start <= a.span.end <= len(text)
        if a.subject is not None and a.subject_span is not None:
            assert a.subject_span.of(text) == a.subject
    assert list(found) == sorted(found, key=lambda a: a.span.start)
    try:
        parse_anniversary(text, published=published)
    except ParseError as exc:
        assert exc.kind == "anniversary"


@pytest.mark.parametrize(
    "text",
    [
        "anniversary of the " * 50_000,
        "A" * 1_000_000,
        ", " * 500_000,
        "-" * 1_000_000,
        "ABC, DEF - " * 90_000,
        "the " * 250_000 + "anniversary",
        "one hundred and " * 60_000 + "fiftieth anniversary",
        "this year last year " * 50_000 + "the 30th anniversary",
        "American Centennial Park " * 40_000,
        "\n" * 1_000_000 + "they commemorated the 80th anniversary",
        "2026 " * 200_000,
        "NATO at 70: " * 20_000,
        "#NATOat70 " * 30_000,
        "#" * 1_000_000,
        "the 1st, " * 100_000 + "and 2nd anniversaries",
        "#50thanniversary " * 30_000,
        "remembering 80 years later. " * 5_000,
        "the anniversary of the 1994 and 2012 " * 5_000,
    ],
    ids=lambda t: repr(t[:24]),
)
def test_linear_time(text: str) -> None:
    """About 1 MB of adversarial text in a few seconds (a quadratic reader would take hours)."""
    start = time.process_time()
    find_anniversaries(text)
    with pytest.raises(ParseError):
        parse_anniversary(text)
    assert time.process_time() - start < 20


def test_dense_anniversaries_stay_linear() -> None:
    text = "30th anniversary " * 15_000 + "years since " * 5_000
    start = time.process_time()
    found = find_anniversaries(text, published=REFERENCE_DATE)
    assert found
    assert time.process_time() - start < 20


def test_long_text_is_read_in_pieces_as_whole() -> None:
    """A long text is read piece by piece (peak memory): every anniversary as the whole text gives it, offsets and
    all; a text without line breaks to cut at is one piece."""
    text = "\n".join(ex.text for ex in (*corpus.examples, *corpus.negative, *corpus.examples))
    doc = Document.build(text, REFERENCE_DATE)
    small = 1 << 12
    assert len(anniversary_rules._pieces(text, small)) > 8
    whole = anniversary_rules._anniversaries(doc, len(text))
    assert len(whole) > 100
    assert anniversary_rules._anniversaries(doc, small) == whole
    assert anniversary_rules._pieces(text.replace("\n", " "), small) == [(0, 0, len(text))]


def test_coordinated_counts_give_one_anniversary_each() -> None:
    found = find_anniversaries("They marked the 70th and 75th anniversaries of the treaties.", published=REFERENCE_DATE)
    assert [(a.ordinal, a.base_year, a.subject) for a in found] == [
        (70, REFERENCE_DATE.year - 70, "the treaties"),
        (75, REFERENCE_DATE.year - 75, "the treaties"),
    ]
    assert [a.span.of("They marked the 70th and 75th anniversaries of the treaties.") for a in found] == [
        "70th and 75th anniversaries of the treaties", "75th anniversaries of the treaties"
    ]


def test_subjects_list_is_sane() -> None:
    for subject in ANNIVERSARY_SUBJECTS:
        assert subject == subject.strip()


def _top_level_alternation(pattern: str) -> bool:
    """Whether *pattern* has a ``|`` outside every group and character class (escapes skipped)."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1  # a "]" right after "[" is a literal
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False


@pytest.mark.parametrize("rule", anniversary_rules.rules, ids=lambda rule: rule.name)
def test_head_rules_end_at_their_trigger(rule: Rule[object]) -> None:
    """The finder *matches* each head rule at its trigger's end, as a search would find it, only while every rule
    reads backwards and is anchored there by a final ``\\Z`` that no alternative escapes."""
    assert rule.pattern.flags & regex.REVERSE
    assert rule.pattern.pattern.rstrip().endswith("\\Z")
    assert not _top_level_alternation(rule.pattern.pattern)
    assert _top_level_alternation("a|bc")
    assert not (_top_level_alternation("(?:a|b)c") or _top_level_alternation("[|]") or _top_level_alternation(r"\|"))
