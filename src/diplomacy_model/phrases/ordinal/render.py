"""Numbers to words: the inverse of :mod:`.rules`."""

from __future__ import annotations

from ...errors import ModelError
from .rules import TEN_ORDINALS, TENS, UNIT_ORDINALS, UNITS, digit_suffix

__all__ = ["ORDINAL_STYLES", "render_cardinal", "render_ordinal"]

#: house styles for ordinals: ``30th`` / ``thirtieth``.
ORDINAL_STYLES: tuple[str, ...] = ("digits", "words")


def _below_thousand(n: int, *, ordinal: bool) -> str:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [UNITS[hundreds], "hundred"]
        if rest:
            words.append("and")
    if rest >= 20:
        tens, units = divmod(rest, 10)
        words.append(TENS[tens - 2] + (f"-{UNITS[units]}" if units else ""))
    elif rest:
        words.append(UNITS[rest])
    text = " ".join(words)
    if not ordinal:
        return text
    return _ordinalise(text)


def _ordinalise(text: str) -> str:
    head, sep, last = text.rpartition(" ")
    stem, dash, unit = last.rpartition("-")
    if dash:
        return f"{head}{sep}{stem}-{UNIT_ORDINALS[UNITS.index(unit)]}"
    if last in UNITS:
        last = UNIT_ORDINALS[UNITS.index(last)]
    elif last in TENS:
        last = TEN_ORDINALS[TENS.index(last)]
    else:
        last += "th"  # hundred, thousand
    return f"{head}{sep}{last}"


def _words(n: int, *, ordinal: bool) -> str:
    if not 1 <= n <= 9999:
        raise ModelError(f"numbers in words are rendered for 1..9999, got {n}")
    thousands, rest = divmod(n, 1000)
    parts: list[str] = []
    if thousands:
        parts += [UNITS[thousands], "thousand"]
        if rest and rest < 100:
            parts.append("and")
    if rest:
        parts.append(_below_thousand(rest, ordinal=False))
    text = " ".join(parts)
    return _ordinalise(text) if ordinal else text


def render_ordinal(n: int, style: str = "digits") -> str:
    """Write *n* as an ordinal; inverse of :func:`~.rules.parse_ordinal`.

    Args:
        n: a number from 1 (words: 1..9999).
        style: ``"digits"`` (``30th``) or ``"words"`` (``thirtieth``).

    Raises:
        ModelError: for a number below 1 or an unknown style.

    >>> render_ordinal(30), render_ordinal(25, "words"), render_ordinal(150, "words")
    ('30th', 'twenty-fifth', 'one hundred and fiftieth')
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ModelError(f"an ordinal is a whole number from 1, got {n!r}")
    if style == "digits":
        return f"{n}{digit_suffix(n)}"
    if style == "words":
        return _words(n, ordinal=True)
    raise ModelError(f"unknown ordinal style {style!r}; expected one of {ORDINAL_STYLES}")


def render_cardinal(n: int, style: str = "digits") -> str:
    """Write *n* as a cardinal: ``"30"`` or ``"thirty"``; inverse of :func:`~.rules.parse_cardinal`.

    >>> render_cardinal(58, "words")
    'fifty-eight'
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ModelError(f"a count is a whole number from 1, got {n!r}")
    if style == "digits":
        return str(n)
    if style == "words":
        return _words(n, ordinal=False)
    raise ModelError(f"unknown number style {style!r}; expected one of {ORDINAL_STYLES}")
