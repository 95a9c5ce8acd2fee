"""Ordinals and cardinals as data: surface forms and their values (Duckling style).

Every example's ``expected`` is ``{"value": n}`` and ``note`` says ``ordinal`` or ``cardinal``.
Negatives are texts that are neither. Provenance: hand-written, from the forms DOMAIN.md lists.
"""

from __future__ import annotations

from .._engine import Corpus, Example

__all__ = ["corpus"]


def _ord(text: str, value: int, source: str = "hand") -> Example:
    return Example(text, {"value": value}, source=source, note="ordinal")


def _card(text: str, value: int, source: str = "hand") -> Example:
    return Example(text, {"value": value}, source=source, note="cardinal")


corpus = Corpus(
    kind="ordinal",
    examples=(
        _ord("1st", 1), _ord("2nd", 2), _ord("3rd", 3), _ord("4th", 4), _ord("11th", 11), _ord("12th", 12),
        _ord("13th", 13), _ord("21st", 21), _ord("22nd", 22), _ord("30th", 30, "seed"), _ord("25th", 25, "seed"),
        _ord("80th", 80, "seed"), _ord("101st", 101), _ord("103rd", 103), _ord("111th", 111), _ord("112th", 112),
        _ord("750th", 750, "modelled on Reuters 1987 dev data"), _ord("1000th", 1000),
        _ord("1,000th", 1000), _ord("2,600th", 2600), _ord("12,001st", 12001),
        _ord("first", 1), _ord("second", 2), _ord("fifth", 5), _ord("eighth", 8), _ord("ninth", 9),
        _ord("twelfth", 12), _ord("twentieth", 20), _ord("thirtieth", 30), _ord("fortieth", 40),
        _ord("twenty-fifth", 25), _ord("seventy fifth", 75), _ord("seventy-fifth", 75), _ord("Sixtieth", 60),
        _ord("ninety-ninth", 99), _ord("hundredth", 100), _ord("one hundredth", 100),
        _ord("one hundred and fiftieth", 150), _ord("one hundred fiftieth", 150), _ord("two hundredth", 200),
        _ord("three hundred and first", 301), _ord("one thousandth", 1000), _ord("one thousand and first", 1001),
        _card("1", 1), _card("58", 58, "modelled on RSS 2023 dev data"), _card("one", 1), _card("two", 2),
        _card("ten", 10), _card("thirty", 30), _card("twenty-five", 25), _card("seventy five", 75),
        _card("one hundred", 100), _card("one hundred and fifty", 150), _card("two thousand", 2000),
        _card("1,000", 1000), _card("2,600", 2600),
    ),
    negative=(
        Example("22th", {}, note="ordinal: wrong suffix"),
        Example("2,60th", {}, note="ordinal: a thousands comma needs three digits after it"),
        Example("2,600", {}, note="ordinal: a cardinal"),
        Example("26,00", {}, note="cardinal: a thousands comma needs three digits after it"),
        Example("1nd", {}, note="ordinal: wrong suffix"),
        Example("fifty fiftieth", {}, note="ordinal: two tens"),
        Example("first second", {}, note="ordinal: two ordinals"),
        Example("thirty", {}, note="ordinal: a cardinal"),
        Example("and fifth", {}, note="ordinal: dangling and"),
        Example("fifth", {}, note="cardinal: an ordinal"),
        Example("twenty hundred", {}, note="cardinal: tens before hundred"),
        Example("one two", {}, note="cardinal: two units"),
        Example("a", {}, note="cardinal: an article (read as 1 only by 'a year since')"),
        Example("", {}, note="cardinal: empty"),
    ),
)
