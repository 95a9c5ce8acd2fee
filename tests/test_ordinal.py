"""Ordinals and cardinals: the corpus, the round trip in both styles, and the fuzz property."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_model import InputTypeError, ModelError, ParseError
from diplomacy_model.phrases._engine import Example
from diplomacy_model.phrases.ordinal import (
    parse_cardinal,
    parse_ordinal,
    render_cardinal,
    render_ordinal,
)
from diplomacy_model.phrases.ordinal.corpus import corpus


def _id(ex: Example) -> str:
    return f"{ex.note}:{ex.text}"


@pytest.mark.parametrize("ex", corpus.examples, ids=_id)
def test_corpus(ex: Example) -> None:
    parse = parse_ordinal if ex.note == "ordinal" else parse_cardinal
    assert parse(ex.text) == ex.expected["value"]


@pytest.mark.parametrize("ex", corpus.negative, ids=_id)
def test_negative_corpus(ex: Example) -> None:
    parse = parse_ordinal if ex.note.startswith("ordinal") else parse_cardinal
    with pytest.raises(ParseError) as info:
        parse(ex.text)
    assert repr(ex.text) in str(info.value)


class TestRender:
    @pytest.mark.parametrize(
        ("n", "digits", "words"),
        [
            (1, "1st", "first"), (2, "2nd", "second"), (3, "3rd", "third"), (11, "11th", "eleventh"),
            (12, "12th", "twelfth"), (13, "13th", "thirteenth"), (21, "21st", "twenty-first"),
            (22, "22nd", "twenty-second"), (30, "30th", "thirtieth"), (103, "103rd", "one hundred and third"),
            (111, "111th", "one hundred and eleventh"), (100, "100th", "one hundredth"),
            (150, "150th", "one hundred and fiftieth"), (2000, "2000th", "two thousandth"),
        ],
    )
    def test_valid(self, n: int, digits: str, words: str) -> None:
        assert render_ordinal(n) == digits
        assert render_ordinal(n, "words") == words

    @pytest.mark.parametrize("bad", [0, -3, True])
    def test_invalid_number(self, bad: int) -> None:
        with pytest.raises(ModelError):
            render_ordinal(bad)

    def test_invalid_style(self) -> None:
        with pytest.raises(ModelError, match="unknown ordinal style"):
            render_ordinal(3, "roman")

    def test_words_cap(self) -> None:
        with pytest.raises(ModelError):
            render_ordinal(10_000, "words")


def test_type_error() -> None:
    with pytest.raises(InputTypeError, match="bytes"):
        parse_ordinal(b"30th")  # type: ignore[arg-type]  # the wrong type on purpose


@given(st.integers(1, 9998), st.sampled_from(["digits", "words"]))
def test_ordinal_round_trip(n: int, style: str) -> None:
    text = render_ordinal(n, style)
    assert parse_ordinal(text) == n
    # the second property: rendering is not the identity, and distinct numbers stay distinct
    assert text != render_ordinal(n + 1, style)


@given(st.integers(1, 9999), st.sampled_from(["digits", "words"]))
def test_cardinal_round_trip(n: int, style: str) -> None:
    assert parse_cardinal(render_cardinal(n, style)) == n


@given(st.text(max_size=60))
def test_fuzz_raises_only_parse_error(text: str) -> None:
    for parse in (parse_ordinal, parse_cardinal):
        try:
            value = parse(text)
        except ParseError as exc:
            assert exc.kind in ("ordinal", "cardinal")
        else:
            assert value >= 0
