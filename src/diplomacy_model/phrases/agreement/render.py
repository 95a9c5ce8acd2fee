"""Agreement values back to text: the inverse of ``parse_agreement``."""

from __future__ import annotations

from ...errors import ModelError
from ...model import Agreement, PartialDate
from .._lexicon import MONTH_NAMES

__all__ = ["STYLES", "render_agreement"]

STYLES = ("us", "uk", "relative")


def _date(date: PartialDate, style: str) -> str:
    if date.month is None:
        return f"in {date.year}"
    month = MONTH_NAMES[date.month - 1]
    if date.day is None:
        return f"in {month} {date.year}"
    if style == "uk":
        return f"on {date.day} {month} {date.year}"
    return f"on {month} {date.day}, {date.year}"


def render_agreement(agreement: Agreement, *, style: str = "us") -> str:
    """The instrument's name, with its date clause when it has a date.

    ``style`` is ``"us"`` (``signed on July 16, 2001``), ``"uk"`` (``signed on
    16 July 2001``) or ``"relative"`` (``which was signed on July 16, 2001``).
    Inverse of :func:`parse_agreement` for agreements whose span is their name.

    >>> from diplomacy_model.model import Span
    >>> a = Agreement("Paris Agreement", "agreement", Span(0, 15), date=PartialDate(2015, 12, 12),
    ...               event="signing", date_source="text")
    >>> render_agreement(a), render_agreement(a, style="uk")
    ('Paris Agreement, signed on December 12, 2015', 'Paris Agreement, signed on 12 December 2015')
    """
    if style not in STYLES:
        raise ModelError(f"unknown style {style!r}; expected one of {STYLES}")
    if agreement.date is None:
        return agreement.name
    if agreement.date.year < 1000:  # parse_agreement reads four-digit years only
        raise ModelError(f"an agreement dated before the year 1000 ({agreement.date}) would not read back")
    verb = "established" if agreement.event == "establishment" else "signed"
    lead = ", which was " if style == "relative" else ", "
    return f"{agreement.name}{lead}{verb} {_date(agreement.date, style)}"
