"""The model's invariants: validators refuse what the docs say is illegal."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given

from diplomacy_model import (
    Agreement,
    Anniversary,
    Article,
    Dateline,
    Leader,
    Meeting,
    MeetingMode,
    ModelError,
    Organisation,
    PartialDate,
    Precision,
    Span,
)

from .strategies import partial_dates


class TestSpan:
    def test_valid(self) -> None:
        assert Span(0, 6).of("MOSCOW, Feb. 4") == "MOSCOW"
        assert len(Span(3, 7)) == 4

    @pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
    def test_invalid(self, start: int, end: int) -> None:
        with pytest.raises(ValueError):
            Span(start, end)

    def test_frozen(self) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Span(0, 1).start = 2  # type: ignore[misc]


class TestPartialDate:
    @given(partial_dates())
    def test_iso_round_trip(self, value: PartialDate) -> None:
        text = value.isoformat()
        assert PartialDate.fromisoformat(text) == value
        assert len(text) == {Precision.YEAR: 4, Precision.MONTH: 7, Precision.DAY: 10}[value.precision]

    def test_never_invents(self) -> None:
        assert PartialDate(2026, 11).to_date() is None
        assert PartialDate(2026, 11).isoformat() == "2026-11"

    @pytest.mark.parametrize(
        ("args", "message"),
        [((2026, None, 3), "needs a month"), ((2026, 2, 30), "no such date"), ((2026, 13), "1..12")],
    )
    def test_invalid(self, args: tuple[int, ...], message: str) -> None:
        with pytest.raises(ModelError, match=message):
            PartialDate(*args)

    @pytest.mark.parametrize("text", ["26", "2026-1-1-1", "2026-ab", "", "2026-02-30"])
    def test_invalid_iso(self, text: str) -> None:
        with pytest.raises(ModelError):
            PartialDate.fromisoformat(text)


class TestDateline:
    def test_date_needs_year(self) -> None:
        d = Dateline(span=Span(0, 10), city="Moscow", month=2, day=4)
        assert d.date is None
        assert d.partial_date is None
        assert attrs.evolve(d, year=2026).date == dt.date(2026, 2, 4)

    @pytest.mark.parametrize(
        "kwargs", [{"country": "china"}, {"country": "CHN"}, {"day": 4}, {"month": 2, "day": 30, "year": 2026}]
    )
    def test_invalid(self, kwargs: dict[str, object]) -> None:
        with pytest.raises(ValueError):
            Dateline(span=Span(0, 1), **kwargs)  # type: ignore[arg-type]


class TestAnniversary:
    def test_base_year_must_agree(self) -> None:
        Anniversary(span=Span(0, 1), ordinal=30, year=2026, base_year=1996)
        with pytest.raises(ModelError, match="minus ordinal"):
            Anniversary(span=Span(0, 1), ordinal=30, year=2026, base_year=1995)


class TestLeader:
    def test_needs_a_mention(self) -> None:
        with pytest.raises(ModelError):
            Leader(name="Xi Jinping", mentions=())


def _article() -> Article:
    return Article(
        published=dt.date(2026, 2, 5),
        dateline=Dateline(span=Span(16, 39), city="Beijing", country="CN", month=2, day=5, year=2026),
        leaders=(Leader(name="Xi Jinping", mentions=(Span(40, 60), Span(300, 302)), title="President",
                        country="CN"),),
        meetings=(Meeting(kind="virtual meeting", span=Span(330, 345), mode=MeetingMode.VIRTUAL,
                          participants=("Xi Jinping",), date=PartialDate(2026, 2, 4)),),
        anniversaries=(Anniversary(span=Span(1, 9), ordinal=30, year=2026, base_year=1996),),
    )


class TestArticle:
    def test_dict_round_trip(self) -> None:
        article = _article()
        data = article.to_dict()
        assert data["meetings"][0]["date"] == "2026-02-04"
        assert data["meetings"][0]["mode"] == "virtual"
        assert data["leaders"][0]["mentions"] == [[40, 60], [300, 302]]
        assert Article.from_dict(data) == article

    def test_from_dict_rejects_unknown_fields(self) -> None:
        data = _article().to_dict()
        data["leaders"][0]["nickname"] = "x"
        with pytest.raises(ModelError, match="nickname"):
            Article.from_dict(data)

    def test_from_dict_rejects_bad_values(self) -> None:
        data = _article().to_dict()
        data["meetings"][0]["date"] = "Feb 4"
        with pytest.raises(ModelError):
            Article.from_dict(data)

    def test_picklable(self) -> None:
        article = _article()
        assert pickle.loads(pickle.dumps(article)) == article


_SPAN = Span(0, 1)


@pytest.mark.parametrize(
    ("make", "field_name"),
    [
        (lambda: Leader(name=" ", mentions=(_SPAN,)), "name"),
        (lambda: Leader(name="Xi Jinping", mentions=[_SPAN]), "mentions"),
        (lambda: Leader(name="Xi Jinping", mentions=(_SPAN,), country="cn"), "country"),
        (lambda: Leader(name="Xi Jinping", mentions=(_SPAN,), country_inferred=1), "country_inferred"),
        (lambda: Organisation(name="UN", mentions=((0, 2),)), "mentions"),
        (lambda: Organisation(name="UN", mentions=(_SPAN,), founded=True), "founded"),
        (lambda: Agreement(name="Treaty", kind="treaty", span=_SPAN, parties=("CHN",)), "parties"),
        (lambda: Agreement(name="Treaty", kind="treaty", span=_SPAN, date=dt.date(2001, 7, 16)), "date"),
        (lambda: Anniversary(span=(0, 1)), "span"),
        (lambda: Anniversary(span=_SPAN, year="2026"), "year"),
        (lambda: Meeting(kind="", span=_SPAN), "kind"),
        (lambda: Meeting(kind="talks", span=_SPAN, participants=("Xi", 3)), "participants"),
        (lambda: Meeting(kind="talks", span=_SPAN, host="China"), "host"),
        (lambda: Meeting(kind="talks", span=_SPAN, future="no"), "future"),
        (lambda: Article(leaders=[]), "leaders"),
        (lambda: Article(published="2026-02-05"), "published"),
    ],
)
def test_every_field_is_checked(make: Any, field_name: str) -> None:
    with pytest.raises(ModelError, match=rf"\b{field_name} must"):
        make()


def test_an_ordinal_is_at_least_one() -> None:
    with pytest.raises(ModelError, match="ordinal"):
        Anniversary(span=_SPAN, ordinal=0)
