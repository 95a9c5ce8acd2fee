"""Count ``parse(render(x)) == x`` over N generated values per phrase kind and style.

Run: ``python bench/roundtrip.py [N=100000] [--only KIND ...]``. Values come from the test strategies
(tests/strategies.py), widened to everything the model allows where a renderer may refuse: dates over
the years 1-9999, agreements dated 1-9999, leaders of every country code. Each value is either read back
exactly (``ok``), refused by the renderer with ``ModelError`` (``refused``) or neither (``FAILED``, with
the first examples printed). The target is 0 failures.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

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


KINDS: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any, str], tuple[Any, Any]], tuple[str, ...]]] = {
    "date": (S.partial_dates(), _date, tuple(DATE_STYLES)),
    "agreement": (_agreements(), _agreement, tuple(AGREEMENT_STYLES)),
    "anniversary": (_anniversaries(), _anniversary, tuple(ANNIVERSARY_STYLES)),
    "dateline": (S.wire_datelines(), _dateline, tuple(DATELINE_STYLES)),
    "leader": (_leaders(), _leader, tuple(RENDER_STYLES)),
    "organisation": (_organisations(), _organisation, tuple(ORGANISATION_STYLES)),
}


def count(kind: str, style: str, n: int) -> tuple[collections.Counter[str], list[str]]:
    values, check, _styles = KINDS[kind]
    tally: collections.Counter[str] = collections.Counter()
    failures: list[str] = []

    @settings(max_examples=n, database=None, phases=[Phase.generate], deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(values)
    def run(value: Any) -> None:
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

    run()
    return tally, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--only", nargs="*", default=None, choices=sorted(KINDS))
    args = parser.parse_args()
    for kind in args.only or KINDS:
        for style in KINDS[kind][2]:
            began = time.perf_counter()
            tally, failures = count(kind, style, args.n)
            print(f"{kind:12} {style:12} ok {tally['ok']:7,}  refused {tally['refused']:7,}  "
                  f"FAILED {tally['FAILED']:5,}  ({time.perf_counter() - began:.0f} s)", flush=True)
            for failure in failures:
                print("    ", failure[:300])


if __name__ == "__main__":
    main()
