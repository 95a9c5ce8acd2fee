"""Every public function under hostile input: full-unicode text and fragments of wire copy.

The CI share of the fuzzing campaign (fuzz/ runs the same functions under atheris for millions of inputs):
finders and ``extract`` never raise on a ``str`` and keep their spans inside it; strict parsers raise only
``ParseError``; renderers give text or refuse with ``ModelError``; JSON readers raise only ``ModelError``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplomacy_model as dm
from diplomacy_model.io import from_json, read_jsonl

from .strategies import (
    agreements,
    anchors,
    anniversaries,
    datelines,
    hostile_text,
    leaders,
    organisations,
    partial_dates,
)

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(value: object) -> list[dm.Span]:
    """Every span inside a result, however deep."""
    if isinstance(value, dm.Span):
        return [value]
    if isinstance(value, tuple | list):
        return [s for item in value for s in _spans(item)]
    if hasattr(value, "__attrs_attrs__"):
        return [s for a in value.__attrs_attrs__ for s in _spans(getattr(value, a.name))]  # type: ignore[attr-defined]
    return []


FINDERS: dict[str, Callable[[str, dt.date | None], Any]] = {
    "extract": lambda t, p: dm.extract(t, published=p),
    "find_agreements": lambda t, _p: dm.find_agreements(t),
    "find_anniversaries": lambda t, p: dm.find_anniversaries(t, published=p),
    "find_dateline": lambda t, p: dm.find_dateline(t, published=p),
    "find_dates": lambda t, p: dm.find_dates(t, published=p),
    "find_leaders": lambda t, p: dm.find_leaders(t, reference=p),
    "find_organisations": lambda t, _p: dm.find_organisations(t),
}

PARSERS: dict[str, Callable[[str, dt.date | None], Any]] = {
    "parse_agreement": lambda t, _p: dm.parse_agreement(t),
    "parse_anniversary": lambda t, p: dm.parse_anniversary(t, published=p),
    "parse_date": lambda t, p: dm.parse_date(t, reference=p or dt.date(2026, 2, 5)),
    "parse_dateline": lambda t, p: dm.parse_dateline(t, published=p),
    "parse_leader": lambda t, _p: dm.parse_leader(t),
    "parse_organisation": lambda t, _p: dm.parse_organisation(t),
}


@pytest.mark.parametrize("name", sorted(FINDERS))
@FUZZ
@given(text=hostile_text, published=anchors)
def test_finders_never_raise_and_keep_spans_inside(name: str, text: str, published: dt.date | None) -> None:
    found = FINDERS[name](text, published)
    for span in _spans(found):
        assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize("name", sorted(PARSERS))
@FUZZ
@given(text=hostile_text, published=anchors)
def test_parsers_raise_only_parse_error(name: str, text: str, published: dt.date | None) -> None:
    try:
        value = PARSERS[name](text, published)
    except dm.ParseError as exc:
        assert exc.text == text
        return
    for span in _spans(value):
        assert 0 <= span.start <= span.end <= len(text)


def _styles(module: str, name: str) -> list[str]:
    import importlib

    return [*getattr(importlib.import_module(module), name), "bogus"]


RENDERERS: list[tuple[str, st.SearchStrategy[Any], Callable[[Any, str], str], list[str]]] = [
    ("render_agreement", agreements(), lambda v, s: dm.render_agreement(v, style=s),
     _styles("diplomacy_model.phrases.agreement.render", "STYLES")),
    ("render_anniversary", anniversaries(), lambda v, s: dm.render_anniversary(v, style=s),
     _styles("diplomacy_model.phrases.anniversary.render", "ANNIVERSARY_STYLES")),
    ("render_date", partial_dates(calendar=False), lambda v, s: dm.render_date(v, style=s),
     _styles("diplomacy_model.phrases.dates.render", "STYLES")),
    ("render_dateline", datelines(), lambda v, s: dm.render_dateline(v, style=s),
     _styles("diplomacy_model.phrases.dateline.render", "STYLES")),
    ("render_leader", leaders(), dm.render_leader, _styles("diplomacy_model.phrases.title.leaders", "RENDER_STYLES")),
    ("render_organisation", organisations(), dm.render_organisation,
     _styles("diplomacy_model.phrases.organisation.render", "STYLES")),
]


@pytest.mark.parametrize(("name", "values", "render", "styles"), RENDERERS, ids=[r[0] for r in RENDERERS])
@FUZZ
@given(data=st.data())
def test_renderers_write_text_or_refuse_with_model_error(
    name: str, values: st.SearchStrategy[Any], render: Callable[[Any, str], str], styles: list[str], data: st.DataObject
) -> None:
    value, style = data.draw(values), data.draw(st.sampled_from(styles))
    try:
        out = render(value, style)
    except dm.ModelError:
        return
    assert style != "bogus"
    assert isinstance(out, str)


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.sampled_from(["2026-02", "CN", "XX"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["published", "dateline", "leaders", "meetings", "span", "city", "country", "name",
                         "mentions", "kind", "date", "error", "source", "type", "message"]), inner, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(st.one_of(hostile_text, _JSONISH.map(lambda v: __import__("json").dumps(v))))
def test_json_readers_raise_only_model_error(text: str) -> None:
    with contextlib.suppress(dm.ModelError):
        from_json(text)
    with contextlib.suppress(dm.ModelError):
        list(read_jsonl(io.StringIO(text)))
