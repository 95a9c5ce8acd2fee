"""Ordinals and cardinals in digits and words: ``30th``, ``thirtieth``, ``one hundred and fiftieth``.

The word grammar is small and strict: ``[<units> hundred [and]] [<tens>[-<units>]] | <units>``,
optionally preceded by ``<n> thousand``, with the last word in ordinal form for an ordinal.
Hyphens and spaces are interchangeable (``seventy-fifth`` = ``seventy fifth``).

Patterns here are strings meant to be embedded in bigger patterns (``ORDINAL``, ``CARDINAL``);
the values come from :func:`ordinal_value` / :func:`cardinal_value`, which return ``None``
instead of raising, and the strict :func:`parse_ordinal` / :func:`parse_cardinal`.
"""

from __future__ import annotations

import regex

from ...errors import ParseError, require_text
from .._engine import Rule

__all__ = [
    "CARDINAL",
    "CARDINAL_WORDS",
    "DIGITS",
    "ORDINAL",
    "ORDINAL_WORDS",
    "cardinal_value",
    "digits_value",
    "ordinal_value",
    "parse_cardinal",
    "parse_ordinal",
    "rules",
]

UNITS: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
UNIT_ORDINALS: tuple[str, ...] = (
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth",
)
TENS: tuple[str, ...] = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
TEN_ORDINALS: tuple[str, ...] = (
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth",
)

#: cardinal word -> value (``hundred`` and ``thousand`` are multipliers, handled apart).
CARDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(UNITS)}
CARDINAL_WORDS.update({w: 20 + 10 * i for i, w in enumerate(TENS)})
#: ordinal word -> value.
ORDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(UNIT_ORDINALS)}
ORDINAL_WORDS.update({w: 20 + 10 * i for i, w in enumerate(TEN_ORDINALS)})
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}
_MULTIPLIER_ORDINALS = {"hundredth": 100, "thousandth": 1000}


def _alt(words: object) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"  # type: ignore[call-overload]  # any iterable of str


_CARD_WORD = _alt(list(CARDINAL_WORDS) + list(_MULTIPLIERS))
_ORD_WORD = _alt(list(ORDINAL_WORDS) + list(_MULTIPLIER_ORDINALS))
_SEP = r"(?:[\s-]++(?:and\s++)?)"

#: a number in ASCII digits, grouped in thousands or not (``58``, ``2600``, ``2,600``), for embedding; its value
#: is :func:`digits_value`'s. (No lookaround: the anniversary rules embed it in patterns matched backwards.)
DIGITS = r"(?:[0-9]{1,3}+(?:,[0-9]{3})++|[0-9]{1,4}+)"
#: an ordinal in digits (``30th``, ``2,600th``) or words (``one hundred and fiftieth``), for embedding.
ORDINAL = rf"\b(?:{DIGITS}(?:st|nd|rd|th)|(?:{_CARD_WORD}{_SEP}){{0,5}}+{_ORD_WORD})\b"
#: a cardinal in digits (``58``, ``2,600``) or words (``twenty-five``), for embedding.
CARDINAL = rf"\b(?:{DIGITS}|(?:{_CARD_WORD}{_SEP}){{0,5}}+{_CARD_WORD})\b"

_ORDINAL_RE = regex.compile(rf"(?i){ORDINAL}")
_CARDINAL_RE = regex.compile(rf"(?i){CARDINAL}")
# [0-9], not \d: only ASCII digits become numbers ("٣٠th" is not the 30th).
_DIGIT_ORDINAL_RE = regex.compile(rf"(?i)({DIGITS})(st|nd|rd|th)")
_DIGITS_RE = regex.compile(DIGITS)
_TOKEN_SPLIT = regex.compile(r"[\s-]++")


def digit_suffix(n: int) -> str:
    """The English suffix for *n*: ``st``, ``nd``, ``rd`` or ``th`` (11-13 take ``th``)."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_ORD_TO_CARD: dict[str, str] = dict(zip(UNIT_ORDINALS, UNITS, strict=True))
_ORD_TO_CARD.update(zip(TEN_ORDINALS, TENS, strict=True))
_ORD_TO_CARD.update({"hundredth": "hundred", "thousandth": "thousand"})


def _words_value(text: str, *, ordinal: bool) -> int | None:
    """Value of a number in words, or ``None`` when the words break the grammar."""
    tokens = [t for t in _TOKEN_SPLIT.split(text.strip().lower()) if t]
    if not tokens:
        return None
    if ordinal:
        card = _ORD_TO_CARD.get(tokens[-1])
        if card is None:
            return None
        tokens[-1] = card
    elif tokens[-1] in _ORD_TO_CARD:
        return None
    total = 0
    group = 0
    state = "start"  # start | units | tens | hundred | thousand | and
    for tok in tokens:
        if tok == "and":
            if state not in ("hundred", "thousand"):
                return None
            state = "and"
        elif tok == "hundred":
            if state == "start" and not total:
                group = 1  # "the hundredth anniversary"
            elif state != "units" or not 1 <= group <= 9:
                return None
            group *= 100
            state = "hundred"
        elif tok == "thousand":
            if state == "start":
                group = 1  # "the thousandth ..."
            elif state not in ("units", "tens", "hundred") or total or not group:
                return None
            total, group, state = group * 1000, 0, "thousand"
        elif tok in CARDINAL_WORDS:
            value = CARDINAL_WORDS[tok]
            if value >= 20:
                if state not in ("start", "hundred", "thousand", "and"):
                    return None
                state = "tens"
            else:
                if state == "tens" and not 1 <= value <= 9:
                    return None
                if state == "units" or (value == 0 and len(tokens) > 1):
                    return None
                state = "units"
            group += value
        else:
            return None
    if state == "and":
        return None
    return total + group


def digits_value(text: str) -> int | None:
    """The number *text* writes in ASCII digits, grouped in thousands or not, or ``None``: the one reader of
    digits behind :func:`ordinal_value`, :func:`cardinal_value` and the anniversary rules.

    >>> digits_value("2,600"), digits_value("2600"), digits_value("26,00"), digits_value("٣٠")
    (2600, 2600, None, None)
    """
    if _DIGITS_RE.fullmatch(text) is None:
        return None
    return int(text.replace(",", ""))


def ordinal_value(text: str) -> int | None:
    """The value of an ordinal such as ``30th`` or ``twenty-fifth``, or ``None``.

    Digit ordinals must carry the right suffix (``22nd``, not ``22th``).

    >>> ordinal_value("one hundred and fiftieth"), ordinal_value("22nd"), ordinal_value("22th")
    (150, 22, None)
    >>> ordinal_value("2,600th")
    2600
    """
    m = _DIGIT_ORDINAL_RE.fullmatch(text.strip())
    if m is not None:
        n = digits_value(m.group(1))
        return n if n is not None and m.group(2).lower() == digit_suffix(n) else None
    return _words_value(text, ordinal=True)


def cardinal_value(text: str) -> int | None:
    """The value of a cardinal such as ``58``, ``2,600``, ``thirty`` or ``twenty-five``, or ``None``.

    >>> cardinal_value("thirty"), cardinal_value("one hundred and fifty"), cardinal_value("fifth")
    (30, 150, None)
    """
    t = text.strip()
    if t[:1].isdigit():
        return digits_value(t)
    return _words_value(t, ordinal=False)


def parse_ordinal(text: str) -> int:
    """Parse a whole string as an ordinal number; inverse of :func:`render_ordinal`.

    Args:
        text: ``"30th"``, ``"thirtieth"``, ``"seventy fifth"``, ``"one hundredth"`` ...

    Returns:
        The number (``30``).

    Raises:
        ParseError: when the text is not wholly one ordinal.

    >>> parse_ordinal("twenty-fifth")
    25
    """
    require_text(text, "parse_ordinal")
    if text != text.strip() or not _ORDINAL_RE.fullmatch(text):
        raise ParseError(text, "ordinal", "expected an ordinal such as '30th' or 'thirtieth'")
    value = ordinal_value(text)
    if value is None or value < 1:
        raise ParseError(text, "ordinal", "the suffix or the number words do not form an ordinal")
    return value


def parse_cardinal(text: str) -> int:
    """Parse a whole string as a cardinal number (``58``, ``thirty``, ``twenty-five``).

    Raises:
        ParseError: when the text is not wholly one cardinal.

    >>> parse_cardinal("seventy five")
    75
    """
    require_text(text, "parse_cardinal")
    if text != text.strip() or not _CARDINAL_RE.fullmatch(text):
        raise ParseError(text, "cardinal", "expected a number such as '30' or 'thirty'")
    value = cardinal_value(text)
    if value is None:
        raise ParseError(text, "cardinal", "the number words do not form a number")
    return value


def _produce_ordinal(m: regex.Match[str]) -> int | None:
    return ordinal_value(m.group(0))


def _produce_cardinal(m: regex.Match[str]) -> int | None:
    return cardinal_value(m.group(0))


rules: tuple[Rule[int], ...] = (
    Rule("<ordinal>", _ORDINAL_RE, _produce_ordinal),
    Rule("<cardinal>", _CARDINAL_RE, _produce_cardinal),
)
