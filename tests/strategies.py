"""Hypothesis strategies shared by the tests, one section per phrase kind.

Explicit strategies rather than ``st.builds``: builds ignores validators and
would produce values the model refuses.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from diplomacy_model import PartialDate, Span

__all__ = ["partial_dates", "spans"]


@st.composite
def spans(draw: st.DrawFn, max_end: int = 10_000) -> Span:
    start = draw(st.integers(0, max_end))
    end = draw(st.integers(start, max_end))
    return Span(start, end)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate(day.year, day.month, day.day)
