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
    @given(partial_dates(calendar=False))
    def test_iso_round_trip(self, value: PartialDate) -> None:
        text = value.isoformat()
        assert PartialDate.fromisoformat(text) == value
        lengths = {Precision.YEAR: 4, Precision.MONTH: 7, Precision.DAY: 10, Precision.WEEK: 8,
                   Precision.SEASON: 7, Precision.HALF: 7}
        assert len(text) == lengths[value.precision]

    @given(partial_dates(calendar=False), partial_dates(calendar=False))
    def test_order_follows_the_days_covered(self, a: PartialDate, b: PartialDate) -> None:
        assert (a < b) == ((a.first_day, -a.last_day.toordinal()) < (b.first_day, -b.last_day.toordinal()))
        assert (a == b) == (a <= b <= a)  # distinct dates cover distinct stretches of days
        assert a.first_day <= a.last_day
        assert a.covers(a)

    @pytest.mark.parametrize(
        ("text", "precision", "first", "last"),
        [
            ("2020-W34", Precision.WEEK, dt.date(2020, 8, 17), dt.date(2020, 8, 23)),
            ("2020-W53", Precision.WEEK, dt.date(2020, 12, 28), dt.date(2021, 1, 3)),
            ("2024-23", Precision.SEASON, dt.date(2024, 9, 1), dt.date(2024, 11, 30)),
            ("2024-24", Precision.SEASON, dt.date(2024, 12, 1), dt.date(2025, 2, 28)),
            ("2025-40", Precision.HALF, dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
            ("2025-41", Precision.HALF, dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
            ("2026-02", Precision.MONTH, dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        ],
    )
    def test_coarser_than_a_day(self, text: str, precision: Precision, first: dt.date, last: dt.date) -> None:
        date = PartialDate.fromisoformat(text)
        assert (date.precision, date.first_day, date.last_day, date.to_date()) == (precision, first, last, None)
        assert date.isoformat() == text

    def test_order_examples(self) -> None:
        dates = ["2026-01-01", "2026-W01", "2026-01", "2026-40", "2026", "2025-24", "2026-21"]
        assert [str(d) for d in sorted(map(PartialDate.fromisoformat, dates))] == [
            "2025-24", "2026-W01", "2026", "2026-40", "2026-01", "2026-01-01", "2026-21"]
        assert PartialDate(2020).covers(PartialDate(2020, week=34))
        assert not PartialDate(2020, 8).covers(PartialDate(2020, week=36))  # Aug. 31 - Sept. 6

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

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [({"week": 53, "year": 2021}, "no week 53"), ({"week": 0, "year": 2021}, "1..53"),
         ({"year": 2021, "month": 3, "week": 9}, "stands alone"), ({"year": 2021, "part": 23, "month": 9}, "alone"),
         ({"year": 2021, "part": 25}, "ISO 8601-2"), ({"year": 2021, "part": True}, "ISO 8601-2"),
         ({"year": 2021, "week": 5, "part": 21}, "stands alone")],
    )
    def test_invalid_week_or_part(self, kwargs: dict[str, int], message: str) -> None:
        with pytest.raises(ModelError, match=message):
            PartialDate(**kwargs)

    @pytest.mark.parametrize("text", ["26", "2026-1-1-1", "2026-ab", "", "2026-02-30", "2021-W53", "2026-W5",
                                      "2026-W34-1", "2026-25", "2026-42", "2026-23-01", "2026-w34"])
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
