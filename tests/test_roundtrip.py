"""``parse(render(x)) == x`` for every value the model allows, or the renderer refuses it with ``ModelError``.

Each property says which values are refused: dates outside the years ``parse_date`` reads, agreements
dated before the year 1000, leaders whose mention would not read back (countries such as ``Turks and
Caicos Islands``, whose name the title reader splits). The kinds' own test files check that the values
wire copy holds are never refused; bench/roundtrip.py counts all of this over 10^5 values per style.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

import diplomacy_model as dm
from diplomacy_model._iso import COUNTRY_CODES
from diplomacy_model.phrases.dates.render import STYLES as DATE_STYLES
from diplomacy_model.phrases.dates.render import YEARS
from diplomacy_model.phrases.title.leaders import RENDER_STYLES

from .conftest import ROOT, load_script
from .strategies import agreement_styles, leader_mentions, named_agreements, partial_dates

REFERENCE = dt.date(2026, 2, 5)


@given(partial_dates(calendar=False), st.sampled_from(DATE_STYLES))
def test_date_round_trips_exactly_in_the_years_parse_date_reads(date: dm.PartialDate, style: str) -> None:
    if date.year not in YEARS or date.first_day.year not in YEARS:
        try:
            dm.render_date(date, style=style)
        except dm.ModelError as exc:
            assert str(date.year) in str(exc)
            return
        raise AssertionError(f"{date} rendered though parse_date cannot read it back")
    assert dm.parse_date(dm.render_date(date, style=style), reference=REFERENCE) == date


@given(named_agreements(), agreement_styles, partial_dates())
def test_agreement_round_trips_unless_dated_before_1000(
    agreement: dm.Agreement, style: str, date: dm.PartialDate
) -> None:
    agreement = attrs.evolve(agreement, date=date, event=agreement.event or "signing", date_source="text")
    if date.year < 1000:
        try:
            dm.render_agreement(agreement, style=style)
        except dm.ModelError:
            return
        raise AssertionError(f"{agreement} rendered though its year cannot be read back")
    assert dm.parse_agreement(dm.render_agreement(agreement, style=style)) == agreement


@given(leader_mentions(), st.sampled_from(sorted(COUNTRY_CODES)), st.sampled_from(RENDER_STYLES))
def test_leader_of_any_country_round_trips_or_is_refused(leader: dm.Leader, country: str, style: str) -> None:
    if leader.country is not None:
        leader = attrs.evolve(leader, country=country)
    try:
        text = dm.render_leader(leader, style)
    except dm.ModelError as exc:
        assert "would not read back" in str(exc)
        return
    dateline = leader.country if leader.country_inferred else None
    assert dm.parse_leader(text, dateline_country=dateline) == attrs.evolve(leader, mentions=(dm.Span(0, len(text)),))


@given(leader_mentions(), st.sampled_from(RENDER_STYLES))
def test_leaders_of_the_usual_countries_are_never_refused(leader: dm.Leader, style: str) -> None:
    text = dm.render_leader(leader, style)
    assert leader.name in text


def test_the_bench_counts_every_kind_and_style() -> None:
    # The 10^5 count is a bench run; this checks its drawing and tallying at 40 values a pair.
    bench: Any = load_script(ROOT / "bench" / "roundtrip.py", "bench_roundtrip")
    bench.FastDraw.POOL = 64  # Hypothesis's own draws (the made-up place words) cost a millisecond each
    for kind, (_values, _check, styles) in bench.KINDS.items():
        for style in styles:
            tally, failures, distinct = bench.count(kind, style, 40)
            assert failures == [] and tally["FAILED"] == 0, (kind, style, failures)
            assert tally["ok"] + tally["refused"] == 40 and distinct > 1, (kind, style)


def test_the_bench_draws_what_the_strategies_allow_ends_included() -> None:
    bench: Any = load_script(ROOT / "bench" / "roundtrip.py", "bench_roundtrip")
    draw = bench.FastDraw("test")
    dates = [draw.value(partial_dates()) for _ in range(600)]
    assert all(isinstance(d, dm.PartialDate) and 1 <= d.year <= 9999 for d in dates)
    assert {1, 9999} <= {d.year for d in dates}  # a share drawn at the ends, as Hypothesis would
    leaders = [draw.value(leader_mentions()) for _ in range(50)]
    assert all(isinstance(x, dm.Leader) for x in leaders) and len(set(leaders)) > 25
