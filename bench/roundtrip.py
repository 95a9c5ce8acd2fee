"""Count ``parse(render(x)) == x`` over N generated values per phrase kind and style.

Run: ``python bench/roundtrip.py [N=100000] [--only KIND ...] [--seed S]``. Values come from the test
strategies (tests/strategies.py), widened to everything the model allows where a renderer may refuse: dates
over the years 1-9999 at every precision (ISO week, season, half-year too), agreements dated 1-9999, leaders
of every country code. Each value is either read back exactly (``ok``), refused by the renderer with
``ModelError`` (``refused``) or neither (``FAILED``, with the first examples printed). The target is 0
failures. ``distinct`` counts the different values among the N.

The strategies are run by a plain seeded ``random.Random`` (:class:`FastDraw`) rather than Hypothesis's
engine, which costs 1-10 ms a value here against 15-350 us for the check itself; and the N values of a kind
are drawn once and checked in each of its styles (an agency's own language: drawn until each has N). 10^5 values for
each of the 33 kind/style pairs take minutes instead of hours. It draws what the same strategies allow, uniformly
with a share of the ends of each range (years 1 and 9999), but does not shrink, and a strategy it does not
know (the made-up place words) gives 4,096 different values; ``--hypothesis`` runs the engine instead.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.control import BuildContext
from hypothesis.errors import UnsatisfiedAssumption
from hypothesis.internal.conjecture.data import ConjectureData
from hypothesis.strategies._internal.collections import ListStrategy
from hypothesis.strategies._internal.core import CompositeStrategy, PermutationStrategy
from hypothesis.strategies._internal.datetime import DateStrategy
from hypothesis.strategies._internal.lazy import LazyStrategy, unwrap_strategies
from hypothesis.strategies._internal.misc import BooleansStrategy
from hypothesis.strategies._internal.numbers import IntegersStrategy
from hypothesis.strategies._internal.strategies import (
    FilteredStrategy,
    MappedStrategy,
    OneOfStrategy,
    SampledFromStrategy,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import strategies as S

import diplomacy_model as dm
from diplomacy_model._iso import COUNTRY_CODES
from diplomacy_model.phrases.agreement.render import STYLES as AGREEMENT_STYLES
from diplomacy_model.phrases.anniversary.render import ANNIVERSARY_STYLES
from diplomacy_model.phrases.dateline.render import STYLES as DATELINE_STYLES
from diplomacy_model.phrases.dates.render import STYLES as DATE_STYLES
from diplomacy_model.phrases.organisation.render import STYLES as ORGANISATION_STYLES
from diplomacy_model.phrases.title.leaders import RENDER_STYLES

REFERENCE = dt.date(2026, 2, 5)


def _date(value: dm.PartialDate, style: str) -> tuple[Any, Any]:
    text = dm.render_date(value, style=style)
    return dm.parse_date(text, reference=REFERENCE), value


@st.composite
def _agreements(draw: st.DrawFn) -> dm.Agreement:
    agreement = draw(S.named_agreements())
    if agreement.date is None or not draw(st.booleans()):
        return agreement
    return attrs.evolve(agreement, date=draw(S.partial_dates()))


def _agreement(value: dm.Agreement, style: str) -> tuple[Any, Any]:
    return dm.parse_agreement(dm.render_agreement(value, style=style)), value


@st.composite
def _anniversaries(draw: st.DrawFn) -> dm.Anniversary:
    _style, n, subject = draw(S.anniversary_values())
    return dm.Anniversary(dm.Span(0, 0), ordinal=n, subject=subject)


def _anniversary(value: dm.Anniversary, style: str) -> tuple[Any, Any]:
    text = dm.render_anniversary(value, style=style)
    back = dm.parse_anniversary(text)
    return (back.ordinal, back.subject), (value.ordinal, value.subject)


def _dateline(value: dm.Dateline, style: str) -> tuple[Any, Any]:
    text = dm.render_dateline(value, style=style)
    return dm.parse_dateline(text), attrs.evolve(value, span=dm.Span(0, len(text)))


def _native_dateline(value: tuple[dm.Dateline, str, dm.Dateline], style: str) -> tuple[Any, Any]:
    source, _style, read = value  # (what to render, its style, what reads back): tests' native_datelines
    text = dm.render_dateline(source, style=style)
    back = dm.parse_dateline(text)
    if read.language is not None:  # read in its language, the English city is written back the same
        return (back, dm.render_dateline(back, style=style)), (attrs.evolve(read, span=dm.Span(0, len(text))), text)
    return back, attrs.evolve(read, span=dm.Span(0, len(text)))


@st.composite
def _leaders(draw: st.DrawFn) -> dm.Leader:
    leader = draw(S.leader_mentions())
    if leader.country is not None and draw(st.booleans()):
        leader = attrs.evolve(leader, country=draw(st.sampled_from(sorted(COUNTRY_CODES))))
    return leader


def _leader(value: dm.Leader, style: str) -> tuple[Any, Any]:
    text = dm.render_leader(value, style)
    dateline = value.country if value.country_inferred else None
    return dm.parse_leader(text, dateline_country=dateline), attrs.evolve(value, mentions=(dm.Span(0, len(text)),))


@st.composite
def _organisations(draw: st.DrawFn) -> dm.Organisation:
    entry = draw(S.gazetteer_entries())
    return dm.Organisation(entry.name, (dm.Span(0, len(entry.name)),), entry.acronym, entry.founded)


def _organisation(value: dm.Organisation, style: str) -> tuple[Any, Any]:
    back = dm.parse_organisation(dm.render_organisation(value, style))  # type: ignore[arg-type]
    return (back.name, back.acronym, back.founded), (value.name, value.acronym, value.founded)


# kind -> (the values, the check, the styles)
KINDS: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any, str], tuple[Any, Any]], tuple[str, ...]]] = {
    "date": (S.partial_dates(calendar=False), _date, tuple(DATE_STYLES)),
    "agreement": (_agreements(), _agreement, tuple(AGREEMENT_STYLES)),
    "anniversary": (_anniversaries(), _anniversary, tuple(ANNIVERSARY_STYLES)),
    "dateline": (S.wire_datelines(), _dateline, tuple(s for s in DATELINE_STYLES if s not in S.NATIVE_STYLES)),
    "native dateline": (S.native_datelines(), _native_dateline, tuple(S.NATIVE_STYLES)),
    "leader": (_leaders(), _leader, tuple(RENDER_STYLES)),
    "organisation": (_organisations(), _organisation, tuple(ORGANISATION_STYLES)),
}


_POOLS: dict[str, list[Any]] = {}


class FastDraw:
    """Draws a value of a strategy with a seeded ``random.Random``, running composite strategies' own code.

    Knows the strategies tests/strategies.py builds on (sampled_from, one_of, integers, booleans, dates,
    lists, permutations, map, filter, composite); any other (``from_regex``) is drawn by Hypothesis alone,
    ``POOL`` values once, then picked from. Each value is drawn inside a build context, as ``assume`` and
    Hypothesis's own composites want.
    """

    EDGE = 1 / 16  # the share of integers and dates drawn at an end of their range
    POOL = 4096  # values drawn by Hypothesis once for a strategy FastDraw does not know

    def __init__(self, seed: int | str) -> None:
        self.rng = random.Random(seed)
        self.data = ConjectureData(random=self.rng)  # the build context's; FastDraw draws nothing from it

    def _between(self, low: Any, high: Any) -> Any:
        """An integer or a date in low..high, at one of the ends ``EDGE`` of the time."""
        rng = self.rng
        if rng.random() < self.EDGE:
            return rng.choice((low, high))
        if isinstance(low, dt.date):
            return low + dt.timedelta(days=rng.randint(0, (high - low).days))
        return rng.randint(low, high)

    def value(self, strategy: st.SearchStrategy[Any]) -> Any:
        """One value; a strategy that calls ``assume(False)`` is drawn again."""
        while True:
            with BuildContext(self.data, wrapped_test=lambda: None):
                try:
                    return self(strategy)
                except UnsatisfiedAssumption:
                    continue

    def __call__(self, strategy: st.SearchStrategy[Any]) -> Any:
        rng = self.rng
        if isinstance(strategy, LazyStrategy) and not strategy._transformations:
            # Read the arguments rather than build the strategy: a composite makes its strategies afresh on
            # every call, and building one (with its argument checks) costs more than the draw.
            name = strategy.function.__name__
            args, kwargs = strategy._LazyStrategy__args, strategy._LazyStrategy__kwargs  # type: ignore[attr-defined]
            if name == "booleans":
                return rng.random() < 0.5
            if name == "none":
                return None
            if name in ("integers", "dates") and len(args) == 2 and not kwargs and None not in args:
                return self._between(*args)
            if name == "permutations" and len(args) == 1:
                return rng.sample(list(args[0]), len(args[0]))
            if (name == "lists" and len(args) == 1 and kwargs.get("max_size") is not None
                    and not kwargs.get("unique") and kwargs.get("unique_by") is None):
                return [self(args[0]) for _ in range(rng.randint(kwargs.get("min_size", 0), kwargs["max_size"]))]
        s = unwrap_strategies(strategy) if isinstance(strategy, LazyStrategy) else strategy
        if isinstance(s, SampledFromStrategy):  # also just() and none()
            while True:
                value = rng.choice(s.elements)
                for how, func, *_ in s._transformations:
                    if how == "map":
                        value = func(value)
                    elif not func(value):
                        break
                else:
                    return value
        if isinstance(s, CompositeStrategy) and not s.definition.__module__.startswith("hypothesis"):
            return s.definition(self, *s.args, **s.kwargs)
        if isinstance(s, OneOfStrategy):
            return self(rng.choice(s.original_strategies))
        if isinstance(s, IntegersStrategy) and s.start is not None and s.end is not None:
            return self._between(s.start, s.end)
        if isinstance(s, BooleansStrategy):
            return rng.random() < 0.5
        if isinstance(s, DateStrategy):
            return self._between(s.min_value, s.max_value)
        if isinstance(s, PermutationStrategy):
            return rng.sample(list(s.values), len(s.values))
        if isinstance(s, ListStrategy) and s.max_size != float("inf"):
            return [self(s.element_strategy) for _ in range(rng.randint(s.min_size, int(s.max_size)))]
        if isinstance(s, MappedStrategy):
            return s.pack(self(s.mapped_strategy))
        if isinstance(s, FilteredStrategy):
            while True:
                value = self(s.filtered_strategy)
                if all(condition(value) for condition in s.flat_conditions):
                    return value
        # Hypothesis's own draw costs about a millisecond: draw a pool once and pick from it after.
        key = repr(strategy)
        pool = _POOLS.get(key)
        if pool is None:  # seeded by the strategy alone, so every kind and style shares it, whatever --only says
            seeded = random.Random(key)
            pool = _POOLS[key] = [ConjectureData(random=seeded).draw(strategy) for _ in range(self.POOL)]
        return rng.choice(pool)


Check = Callable[[Any, str], tuple[Any, Any]]


def _tally(check: Check, style: str, value: Any, tally: collections.Counter[str], failures: list[str]) -> None:
    try:
        got, want = check(value, style)
    except dm.ModelError:
        tally["refused"] += 1
        return
    except dm.ParseError as exc:
        got, want = exc, value
    if got == want:
        tally["ok"] += 1
    else:
        tally["FAILED"] += 1
        if len(failures) < 3:
            failures.append(f"{value!r} -> {got!r}")


# Kinds whose values name the one style they are written in, ``(source, style, read)``.
_BY_STYLE = frozenset({"native dateline"})
_SORTED: dict[tuple[str, int, int], dict[str, list[Any]]] = {}


def draw_values(kind: str, style: str, n: int, seed: int = 0) -> list[Any]:
    """*n* values of *kind* for *style*, drawn by :class:`FastDraw`: the same for every style, unless each
    value names its own (the agencies' languages; drawn once until every style has *n*, then sorted)."""
    draw = FastDraw(f"{seed}:{kind}")  # a str seed hashes stably, unlike hash()
    values = KINDS[kind][0]
    if kind not in _BY_STYLE:
        return [draw.value(values) for _ in range(n)]
    if (kind, n, seed) not in _SORTED:
        by_style: dict[str, list[Any]] = {s: [] for s in KINDS[kind][2]}
        while any(len(v) < n for v in by_style.values()):
            value = draw.value(values)
            if len(by_style[value[1]]) < n:
                by_style[value[1]].append(value)
        _SORTED[kind, n, seed] = by_style
    return _SORTED[kind, n, seed][style]


def count(kind: str, style: str, n: int, seed: int = 0, values: list[Any] | None = None
          ) -> tuple[collections.Counter[str], list[str], int]:
    """(ok/refused/FAILED tally, the first failures, distinct values) over *values*, else *n* drawn ones."""
    if values is None:
        values = draw_values(kind, style, n, seed)
    check = KINDS[kind][1]
    tally: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    for value in values:
        _tally(check, style, value, tally, failures)
    return tally, failures, len(set(map(repr, values)))


def count_hypothesis(kind: str, style: str, n: int) -> tuple[collections.Counter[str], list[str], int]:
    """:func:`count` through Hypothesis's engine (slow; it may stop short of *n* on a small space)."""
    values, check = KINDS[kind][0], KINDS[kind][1]
    if kind in _BY_STYLE:
        values = values.filter(lambda value: value[1] == style)
    tally: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    seen: set[str] = set()

    @settings(max_examples=n, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(values)
    def run(value: Any) -> None:
        seen.add(repr(value))
        _tally(check, style, value, tally, failures)

    run()
    return tally, failures, len(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--only", nargs="*", default=None, choices=sorted(KINDS))
    parser.add_argument("--seed", type=int, default=0, help="seed of the value stream (default 0)")
    parser.add_argument("--hypothesis", action="store_true", help="draw through Hypothesis's engine (slow)")
    args = parser.parse_args()
    totals: collections.Counter[str] = collections.Counter()
    began_all = time.perf_counter()
    for kind in args.only or KINDS:
        shared = None
        for style in KINDS[kind][2]:
            began = time.perf_counter()
            if args.hypothesis:
                tally, failures, distinct = count_hypothesis(kind, style, args.n)
            else:
                # One draw of values per kind, checked in every style (drawing costs more than checking).
                values = shared or draw_values(kind, style, args.n, args.seed)
                shared = values if kind not in _BY_STYLE else None
                tally, failures, distinct = count(kind, style, args.n, values=values)
            totals.update(tally)
            print(f"{kind:12} {style:12} ok {tally['ok']:7,}  refused {tally['refused']:7,}  "
                  f"FAILED {tally['FAILED']:5,}  distinct {distinct:7,}  ({time.perf_counter() - began:.0f} s)",
                  flush=True)
            for failure in failures:
                print("    ", failure[:300])
    print(f"{'all':25} ok {totals['ok']:,}  refused {totals['refused']:,}  FAILED {totals['FAILED']:,}  "
          f"({time.perf_counter() - began_all:.0f} s)")


if __name__ == "__main__":
    main()
