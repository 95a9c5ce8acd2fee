"""Agreements: the corpus, the seed, round trips, spans, fuzzing and linear time."""

from __future__ import annotations

import contextlib
import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_model.errors import InputTypeError, ParseError
from diplomacy_model.model import Agreement, Span
from diplomacy_model.phrases._engine import Example
from diplomacy_model.phrases.agreement import agreement_at, find_agreements, parse_agreement, render_agreement
from diplomacy_model.phrases.agreement.corpus import corpus

from .conftest import SEED_PATH
from .strategies import agreement_styles, named_agreements


def _value(agreement: Agreement, key: str) -> Any:
    value = getattr(agreement, key)
    if isinstance(value, Span):
        return (value.start, value.end)
    if key == "date" and value is not None:
        return value.isoformat()
    return value


def _check(example: Example) -> None:
    found = find_agreements(example.text)
    assert len(found) == 1, [a.name for a in found]
    got = {key: _value(found[0], key) for key in example.expected}
    assert got == dict(example.expected)
    assert found[0].span.of(example.text).split() == found[0].name.split()


@pytest.mark.parametrize("example", corpus.examples, ids=lambda e: e.text[:50])
def test_corpus(example: Example) -> None:
    _check(example)


@pytest.mark.parametrize("example", corpus.negative, ids=lambda e: e.text[:50])
def test_negative_corpus(example: Example) -> None:
    assert find_agreements(example.text) == ()


@pytest.mark.parametrize(
    "example",
    [pytest.param(e, marks=pytest.mark.xfail(strict=True, reason=e.note)) for e in corpus.known_failures],
    ids=lambda e: e.text[:50],
)
def test_known_failures(example: Example) -> None:
    _check(example)


def test_seed_has_exactly_the_gold_agreements() -> None:
    text = SEED_PATH.read_text(encoding="utf-8")
    found = find_agreements(text)
    assert [(a.name, a.kind, a.parties) for a in found] == [
        ("China-Russia strategic partnership of coordination", "partnership", ("CN", "RU")),
        ("China-Russia Treaty of Good-Neighborliness and Friendly Cooperation", "treaty", ("CN", "RU")),
    ]
    for agreement in found:
        assert agreement.span.of(text) == agreement.name
    # The anniversary subject ("the signing of the ... Treaty ...") links to the treaty.
    subject = text.index("the signing of the China-Russia Treaty")
    linked = agreement_at(found, Span(subject, subject + 120))
    assert linked is not None and linked.kind == "treaty"
    assert agreement_at(found, Span(0, 100)) is None


@pytest.mark.parametrize(
    "text",
    ["an agreement", "the Paris Agreement and the Kyoto Protocol", "Paris Agreement said", "",
     "the treaty signed in 2001"],
)
def test_parse_refuses(text: str) -> None:
    with pytest.raises(ParseError, match="agreement"):
        parse_agreement(text)


def test_parse_accepts_leading_article() -> None:
    assert parse_agreement("  the Kyoto Protocol ").span == Span(6, 20)


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(InputTypeError):
        find_agreements(b"the Paris Agreement")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        parse_agreement(None)  # type: ignore[arg-type]


def test_render_refuses_unknown_style() -> None:
    with pytest.raises(ValueError, match="style"):
        render_agreement(parse_agreement("the Paris Agreement"), style="french")


@given(named_agreements(), agreement_styles)
def test_round_trip(agreement: Agreement, style: str) -> None:
    assert parse_agreement(render_agreement(agreement, style=style)) == agreement


@given(named_agreements(), agreement_styles, st.sampled_from(["Officials said the", "Xi hailed the", "Under the"]),
       st.sampled_from([" remains in force.", ", and trade grew.", "."]))
def test_found_inside_a_sentence(agreement: Agreement, style: str, before: str, after: str) -> None:
    phrase = render_agreement(agreement, style=style)
    text = f"{before} {phrase}{after}"
    found = find_agreements(text)
    assert len(found) == 1
    offset = len(before) + 1
    assert found[0].span == Span(offset, offset + len(agreement.name))
    assert found[0].span.of(text) == agreement.name
    assert (found[0].kind, found[0].parties, found[0].date) == (agreement.kind, agreement.parties, agreement.date)


_WORDS = st.sampled_from([
    "Treaty", "treaty", "Agreement", "agreement", "Accords", "Joint", "joint", "Statement", "statement",
    "Memorandum", "of", "Understanding", "on", "the", "and", "between", "China", "Russia", "U.S.", "China-Russia",
    "Sino-Russian", "strategic", "partnership", "Partnership", "signed", "in", "2001", "July", "16,", ",", "New",
    "START", "Paris", "(", ")", "\u0130", "\n", "\u2013", "-",
])


@given(st.text() | st.lists(_WORDS, max_size=40).map(" ".join))
def test_never_raises(text: str) -> None:
    found = find_agreements(text)
    for agreement in found:
        assert 0 <= agreement.span.start <= agreement.span.end <= len(text)
    with contextlib.suppress(ParseError):
        parse_agreement(text)


@pytest.mark.parametrize(
    "unit",
    [
        "Treaty ",
        "and Treaty and ",
        "the China-Russia strategic partnership of ",
        "agreement between China and ",
        "Joint Statement on the Non ",
        "Treaty of Peace and ",
        "China-Russia-",
        "signed in 2001 ",
    ],
)
def test_linear_time_on_adversarial_text(unit: str) -> None:
    # Generous bound: ~200 KB takes about a second here; a quadratic pattern would take minutes.
    text = unit * (200_000 // len(unit))
    started = time.process_time()
    find_agreements(text)
    assert time.process_time() - started < 20


def test_linear_time_on_a_megabyte_without_late_literals() -> None:
    # 1 MB of heads and no " between " anywhere: a match without an end position that hunts for a required
    # literal to the end of the string made this quadratic once (about a minute); linear it takes a few seconds.
    text = "and Treaty and " * (1_000_000 // 15)
    started = time.process_time()
    find_agreements(text)
    assert time.process_time() - started < 30
