"""``extract`` on the seed, checked against what a careful human reader lists there.

``tests/data/seed_gold.json`` is the reader's list, as the person we build for
wrote it (``shared/gold/seed_article.json``). Its field names are descriptive;
this file maps them onto the model. Every required fact must come out, and
nothing that is not in the gold may.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomacy_model as dm
from diplomacy_model import Article, MeetingMode

from .conftest import ROOT, SEED_PATH

GOLD: dict[str, Any] = json.loads((ROOT / "tests" / "data" / "seed_gold.json").read_text(encoding="utf-8"))
TEXT = SEED_PATH.read_text(encoding="utf-8")


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


@pytest.fixture(scope="module")
def seed() -> Article:
    return dm.extract(TEXT)


def test_published_comes_from_the_header(seed: Article) -> None:
    assert seed.published == dt.date.fromisoformat(GOLD["published"])


def test_dateline(seed: Article) -> None:
    gold = GOLD["dateline"]
    d = seed.dateline
    assert d is not None
    assert d.span.of(TEXT) == gold["text"]
    assert (d.city, d.country, d.agency) == (gold["city"], gold["country"], gold["agency"])
    assert d.date == dt.date.fromisoformat(gold["date"])


def test_leaders(seed: Article) -> None:
    by_name = {leader.name: leader for leader in seed.leaders}
    assert sorted(by_name) == sorted(g["name"] for g in GOLD["leaders"])
    for g in GOLD["leaders"]:
        leader = by_name[g["name"]]
        assert (leader.title, leader.country) == (g["title"], g["country"]), g["name"]
        texts = [m.of(TEXT) for m in leader.mentions]
        assert texts[0] == g["mentions"][0], "the full mention comes first"
        assert set(texts) == set(g["mentions"]), g["name"]
    assert by_name["Wang Yi"].country_inferred, "an unqualified title in a Beijing story: inferred"
    assert not by_name["Vladimir Putin"].country_inferred
    assert not by_name["Sergei Shoigu"].country_inferred


def test_xi_is_every_bare_xi(seed: Article) -> None:
    xi = next(leader for leader in seed.leaders if leader.name == "Xi Jinping")
    bare = {m.start for m in xi.mentions if m.of(TEXT) == "Xi"}
    expected = {i for i in range(len(TEXT)) if TEXT.startswith("Xi ", i) and not TEXT.startswith("Xi Jinping", i)}
    assert bare == expected


def _key(date: dm.PartialDate | None) -> str | None:
    return None if date is None else date.isoformat()


def test_meetings(seed: Article) -> None:
    required = [g for g in GOLD["meetings"] if not g.get("optional")]
    optional = [g for g in GOLD["meetings"] if g.get("optional")]
    matched = set()
    for g in required:
        hits = [m for m in seed.meetings if _key(m.date) == g["date"]
                and sorted(m.participants) == sorted(g["participants"])]
        assert len(hits) == 1, f"meeting on {g['date']} with {g['participants']}: {seed.meetings}"
        m = hits[0]
        matched.add(id(m))
        assert m.date is not None and m.date.precision.value == g["precision"]
        assert _norm(m.kind) == _norm(g["kind"])
        assert m.mode is MeetingMode(g["mode"])
        assert m.place == g["place"]
        assert m.venue == g.get("venue")
        assert m.host == g.get("host")
        assert m.organisation == g.get("organisation")
        assert m.span.of(TEXT), "a meeting points at its trigger"
    extra = [m for m in seed.meetings if id(m) not in matched]
    for m in extra:  # only the optional reference to earlier meetings may remain
        assert any(_key(m.date) == g["date"] and sorted(m.participants) == sorted(g["participants"])
                   for g in optional), f"invented meeting: {m}"


def test_meeting_event_codes(seed: Article) -> None:
    by_date = {_key(m.date): m for m in seed.meetings}
    assert by_date["2026-02-04"].cameo == "040"
    assert by_date["2026-02-01"].cameo == "040"
    assert by_date["2026-11"].future
    assert all(m.plover_event for m in seed.meetings)


def test_agreements(seed: Article) -> None:
    by_name = {a.name: a for a in seed.agreements}
    assert sorted(by_name) == sorted(g["name"] for g in GOLD["agreements"])
    for g in GOLD["agreements"]:
        a = by_name[g["name"]]
        year = g.get("signed_year") or g.get("established_year")
        assert (a.kind, sorted(a.parties)) == (g["kind"], sorted(g["parties"]))
        assert a.date == dm.PartialDate(year)
        assert a.event == ("signing" if "signed_year" in g else "establishment")
        assert a.span.of(TEXT) == a.name


def test_anniversaries(seed: Article) -> None:
    got = sorted((a.ordinal, a.year, a.base_year, a.subject) for a in seed.anniversaries)
    want = sorted((g["ordinal"], g["year"], g["base_year"], g["subject"]) for g in GOLD["anniversaries"])
    assert got == want
    for a in seed.anniversaries:
        assert a.subject_span is not None and a.subject_span.of(TEXT) == a.subject
    events = {a.ordinal: a.event for a in seed.anniversaries}
    assert events[30] == "establishment" and events[25] == "signing"


def test_organisations(seed: Article) -> None:
    by_acronym = {o.acronym: o for o in seed.organisations}
    assert sorted(by_acronym) == sorted(g["acronym"] for g in GOLD["organisations"])
    for g in GOLD["organisations"]:
        org = by_acronym[g["acronym"]]
        assert org.name == g["name"]
        texts = {_norm(m.of(TEXT)) for m in org.mentions}
        assert texts <= {_norm(x) for x in g["mentions"]} | {g["acronym"]}, texts


def test_not_organisations(seed: Article) -> None:
    names = {o.name for o in seed.organisations}
    assert not any("Russian Federation" in n or "Xinhua" in n for n in names)


# --- properties over any text ---------------------------------------------------

_QUIET_WORDS = ["the", "market", "rose", "slightly", "as", "traders", "waited", "for", "rain", "in", "farm",
                "regions", "prices", "of", "grain", "fell", "and", "analysts", "expect", "more", "a", "week"]
quiet_paragraphs = st.lists(st.sampled_from(_QUIET_WORDS), min_size=3, max_size=40).map(
    lambda words: " ".join(words).capitalize() + "."
)


def _spans(article: Article) -> list[dm.Span]:
    out: list[dm.Span] = []
    if article.dateline is not None:
        out.append(article.dateline.span)
    for leader in article.leaders:
        out.extend(leader.mentions)
    for org in article.organisations:
        out.extend(org.mentions)
    out.extend(a.span for a in article.agreements)
    for ann in article.anniversaries:
        out.append(ann.span)
        if ann.subject_span is not None:
            out.append(ann.subject_span)
    for m in article.meetings:
        out.append(m.span)
        if m.date_span is not None:
            out.append(m.date_span)
    return out


def test_seed_spans_index_the_text(seed: Article) -> None:
    for span in _spans(seed):
        assert 0 <= span.start < span.end <= len(TEXT)
    for a in seed.agreements:
        assert a.span.of(TEXT) == a.name
    for leader in seed.leaders:
        family = leader.name.split()[0] if leader.name.startswith(("Xi ", "Wang ")) else leader.name.split()[-1]
        assert all(family in m.of(TEXT) for m in leader.mentions)


@given(st.text(max_size=2000))
def test_extract_never_raises(text: str) -> None:
    article = dm.extract(text)
    for span in _spans(article):
        assert 0 <= span.start <= span.end <= len(text)


@given(st.lists(quiet_paragraphs, min_size=1, max_size=4))
def test_unrelated_paragraphs_change_nothing(paragraphs: list[str]) -> None:
    longer = TEXT.rstrip("\n") + "\n\n" + "\n\n".join(paragraphs) + "\n"
    assert dm.extract(longer) == dm.extract(TEXT)


def test_round_trip_of_the_seed(seed: Article) -> None:
    assert Article.from_dict(seed.to_dict()) == seed
    assert Article.from_dict(json.loads(json.dumps(seed.to_dict()))) == seed


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["list"]])
def test_non_str_is_a_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        dm.extract(bad)  # type: ignore[arg-type]


def test_huge_text_is_linear() -> None:
    import time

    unit = TEXT + "\n\n"
    small, big = unit * 20, unit * 200
    t0 = time.process_time()
    dm.extract(small)
    t_small = time.process_time() - t0
    t0 = time.process_time()
    dm.extract(big)
    t_big = time.process_time() - t0
    # Ten times the text: linear is ~10x; quadratic would be ~100x. A generous bound keeps CI calm.
    assert t_big < 40 * max(t_small, 0.01)


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("China and Russia held a new round of strategic stability consultation in Beijing on Tuesday.", ("CN", "RU")),
        ("Russian-Uzbekistani talks took place in the Kremlin on Tuesday.", ("RU", "UZ")),
        ("Sino-Russian consultations were held in Moscow on Tuesday.", ("CN", "RU")),
    ],
)
def test_states_as_participants(sentence: str, states: tuple[str, ...]) -> None:
    (meeting,) = dm.extract(sentence, published=dt.date(2026, 2, 5)).meetings
    assert meeting.participants == states
    assert meeting.date == dm.PartialDate(2026, 2, 3)


def test_coordinated_verb_shares_the_subject() -> None:
    text = ("BEIJING, Nov. 30 (Xinhua) -- Premier Wen Jiabao will hold talks with French Prime Minister "
            "Dominique de Villepin, and meet French President Jacques Chirac, officials said.")
    meetings = dm.extract(text).meetings
    assert [m.participants for m in meetings] == [
        ("Wen Jiabao", "Dominique de Villepin"), ("Wen Jiabao", "Jacques Chirac")]
    assert [(m.future, m.cameo) for m in meetings] == [(True, "036"), (True, "036")], "both still to come"


def test_visit_lists_the_country_visited() -> None:
    text = "SEOUL, Jan. 2 (Yonhap) -- South Korean President Lee Jae Myung will pay a state visit to China."
    (meeting,) = dm.extract(text).meetings
    assert meeting.countries == ("KR", "CN")


def test_the_summit_on_monday_dates_the_summit_named_before() -> None:
    article = dm.extract(
        "SEOUL, Jan. 2, 2026 (Yonhap) -- President Lee Jae Myung will hold a summit with Chinese President "
        "Xi Jinping in Beijing. Officials said the summit on Monday will focus on trade."
    )
    summit, = article.meetings
    assert (summit.participants, summit.date, summit.future) == (
        ("Lee Jae Myung", "Xi Jinping"), dm.PartialDate(2026, 1, 5), True)


def test_a_meeting_on_an_announced_trip_takes_the_trip_month() -> None:
    text = ("BEIJING, Nov. 30, 2005 (Xinhua) -- Chinese Premier Wen Jiabao will pay an official visit to France "
            "from Dec. 4 to 7. Officials said Wen will hold talks with French Prime Minister Dominique de Villepin.")
    visit, talks = dm.extract(text).meetings
    assert visit.date == dm.PartialDate(2005, 12, 4)
    assert (talks.participants, talks.date, talks.date_span) == (
        ("Wen Jiabao", "Dominique de Villepin"), dm.PartialDate(2005, 12), visit.date_span)


def test_a_trip_does_not_date_a_meeting_of_other_people() -> None:
    text = ("BEIJING, Nov. 30, 2005 (Xinhua) -- Chinese Premier Wen Jiabao will pay an official visit to France "
            "from Dec. 4 to 7. Officials said Vice Premier Wu Yi will hold talks with French Prime Minister "
            "Dominique de Villepin.")
    talks = dm.extract(text).meetings[-1]
    assert (talks.participants, talks.date) == (("Wu Yi", "Dominique de Villepin"), None)


def test_kremlin_header_and_body_name_one_meeting() -> None:
    text = ("November 9, 2017 16:15 Chelyabinsk\n\nMeeting with President of Kazakhstan Nursultan Nazarbayev\n\n"
            "President of Russia Vladimir Putin met with President of Kazakhstan Nursultan Nazarbayev.\n")
    meeting, = dm.extract(text).meetings
    assert (meeting.participants, meeting.date) == (
        ("Vladimir Putin", "Nursultan Nazarbayev"), dm.PartialDate(2017, 11, 9))


def test_meetings_on_different_days_stay_apart() -> None:
    text = ("MOSCOW, Nov. 9, 2017 (Xinhua) -- Russian President Vladimir Putin met with Kazakh President "
            "Nursultan Nazarbayev on Thursday. Putin met with Nazarbayev and Chinese President Xi Jinping on Monday.")
    meetings = dm.extract(text).meetings
    assert [(m.participants, m.date) for m in meetings] == [
        (("Vladimir Putin", "Nursultan Nazarbayev"), dm.PartialDate(2017, 11, 9)),
        # "met A and B": a meeting with each, on its own day
        (("Vladimir Putin", "Nursultan Nazarbayev"), dm.PartialDate(2017, 11, 6)),
        (("Vladimir Putin", "Xi Jinping"), dm.PartialDate(2017, 11, 6)),
    ]


def test_a_named_event_of_an_organisation_is_its_own_meeting() -> None:
    text = ("BUSAN, South Korea, Nov. 16, 2005 (Xinhua) -- Ministers wrapped up the APEC Ministerial Meeting on "
            "Wednesday, ahead of the Economic Leaders' Meeting of the Asia-Pacific Economic Cooperation forum.")
    meetings = dm.extract(text).meetings
    assert [(m.kind, m.organisation) for m in meetings] == [
        ("APEC Ministerial Meeting", "APEC"), ("Economic Leaders' Meeting", "APEC")]
    assert meetings[0].date == dm.PartialDate(2005, 11, 16)


def test_a_named_event_named_again_is_one_meeting_that_takes_the_later_date() -> None:
    # Crawled copy loses the space in "Leaders'Meeting": still the same event.
    text = ("BUSAN, South Korea, Nov. 16, 2005 (Xinhua) -- Ministers met before an Economic Leaders' Meeting of "
            "the Asia-Pacific Economic Cooperation forum. They finalised statements for the Economic "
            "Leaders'Meeting slated on Nov. 18-19.")
    meeting, = dm.extract(text).meetings
    assert (meeting.kind, meeting.organisation, meeting.date, meeting.future) == (
        "Economic Leaders' Meeting", "APEC", dm.PartialDate(2005, 11, 18), True)


def test_editions_of_a_named_event_in_different_years_stay_apart() -> None:
    text = ("GENEVA, March 3, 2026 (Reuters) -- The WTO Ministerial Conference opened on March 2, 2026. "
            "Delegates recalled the WTO Ministerial Conference on Dec. 13, 2005, and the WTO Ministerial "
            "Conference closed on March 4.")
    meetings = dm.extract(text).meetings
    assert [(m.kind, m.organisation, m.date) for m in meetings] == [
        ("WTO Ministerial Conference", "WTO", dm.PartialDate(2026, 3, 2)),
        ("WTO Ministerial Conference", "WTO", dm.PartialDate(2005, 12, 13)),
    ]


def test_the_eu_summit_is_a_meeting_when_first_named() -> None:
    text = ("BRUSSELS, Dec. 17, 2005 (AFP) - Leaders left the EU summit on Saturday with a budget deal. "
            "The summit was the first for Angela Merkel.")
    meeting, = dm.extract(text).meetings
    assert (meeting.kind, meeting.organisation, meeting.date) == ("summit", "EU", dm.PartialDate(2005, 12, 17))


def test_a_weekday_of_an_announced_meeting_is_read_forwards() -> None:
    text = ("SEOUL, Jan. 2, 2026 (Yonhap) -- President Lee Jae Myung will hold a summit with Chinese President "
            "Xi Jinping in Beijing. Asked about the summit between Lee and Xi on Monday, Wi replied briefly.")
    summit, = dm.extract(text).meetings
    assert (summit.participants, summit.date, summit.future) == (
        ("Lee Jae Myung", "Xi Jinping"), dm.PartialDate(2026, 1, 5), True)


def test_a_planned_visit_that_went_ahead_keeps_its_past_date() -> None:
    text = ("BUSAN, Nov. 14, 2005 (Xinhua) -- Foreign Minister Ban Ki-moon hinted at canceling his planned visit to "
            "Tokyo but later went ahead with the trip in late October.")
    visit, = dm.extract(text).meetings
    assert visit.date == dm.PartialDate(2005, 10)


def test_a_planned_visit_in_a_month_before_the_story_is_next_year() -> None:
    text = ("SEOUL, Jan. 2, 2026 (Yonhap) -- Officials hope to use U.S. President Donald Trump's planned visit to "
            "China in April to restart talks.")
    visit, = dm.extract(text).meetings
    assert (visit.participants, visit.date, visit.future) == (("Donald Trump",), dm.PartialDate(2026, 4), True)


def test_a_meeting_dated_after_the_story_is_still_to_come() -> None:
    # The comma hides "scheduled" from the cue; the date after the dateline's says it all the same.
    text = ("SEOUL, Jan. 2, 2026 (Yonhap) -- President Lee Jae Myung and Chinese President Xi Jinping are scheduled "
            "to attend events on "
            "Monday, beginning with a welcoming ceremony and followed by a summit meeting. The Lee-Xi summit "
            "comes at a critical juncture.")
    summit, = dm.extract(text).meetings
    assert (summit.participants, summit.date, summit.future, summit.cameo) == (
        ("Lee Jae Myung", "Xi Jinping"), dm.PartialDate(2026, 1, 5), True, "036")


def test_a_date_of_another_meeting_in_the_sentence_is_not_borrowed() -> None:
    text = ("SEOUL, Jan. 2, 2026 (Yonhap) -- Officials met on Friday.\n\nOfficials briefed reporters.\n\n"
            "The summit between President Lee Jae Myung and President Xi Jinping comes as Seoul seeks to leverage "
            "U.S. President Donald Trump's planned visit to China in April.")
    summit, visit = dm.extract(text).meetings
    assert (summit.kind, summit.date, visit.kind, visit.date) == ("summit", None, "visit", dm.PartialDate(2026, 4))


def test_a_meeting_this_year_is_dated_to_the_year_and_a_far_year_word_dates_nothing() -> None:
    text = ("SEOUL, Dec. 28, 2025 (Yonhap) -- North Korean leader Kim Jong-un held summit talks this year with "
            "Chinese President Xi Jinping. Kim Jong-un will visit Moscow, state media said, in a trip marking the "
            "two countries' 80 years of ties this year.")
    talks, visit = dm.extract(text).meetings
    assert (talks.participants, talks.date) == (("Kim Jong-un", "Xi Jinping"), dm.PartialDate(2025))
    assert (visit.kind, visit.date) == ("visit", None)


def test_he_after_said_is_the_leader_the_sentence_named() -> None:
    text = ("TOKYO, April 3, 1987 - Agriculture Minister Mutsuki Kato said he will meet U.S. Agriculture Secretary "
            "Richard Lyng here on April 17 to discuss farm trade. The minister said the talks would be frank.")
    meeting = dm.extract(text).meetings[0]
    assert (meeting.participants, meeting.date, meeting.future) == (
        ("Mutsuki Kato", "Richard Lyng"), dm.PartialDate(1987, 4, 17), True)


@pytest.mark.parametrize(("dateline", "country"), [
    ("SAO PAULO, March 22", "BR"),  # a city, not the capital: still the home of an unqualified title
    ("BRASILIA, March 22", "BR"),
    ("NEW YORK, March 22", None),  # a diplomatic hub lends no country
    ("GENEVA, March 22", None),
])
def test_an_unqualified_title_takes_the_dateline_city_country(dateline: str, country: str | None) -> None:
    text = f"{dateline} - President Joao Mendes Tavares spoke to business leaders."  # a name the table lacks
    leader, = dm.extract(text, published=dt.date(1987, 3, 22)).leaders
    assert (leader.country, leader.country_inferred) == (country, country is not None)


def test_a_president_the_table_knows_takes_the_table_country_in_a_hub() -> None:
    text = "NEW YORK, March 22 - President Jose Sarney spoke to business leaders."
    leader, = dm.extract(text, published=dt.date(1987, 3, 22)).leaders
    assert leader.country == "BR" and leader.identity is not None and leader.identity.id == "Q244997"


def test_he_does_not_take_a_meeting_of_a_relative_clause() -> None:
    text = ("ANKARA, March 30, 1987 - Turkish Prime Minister Turgut Ozal spoke. He was speaking to reporters after "
            "talks with an envoy, who arrived last night from a meeting with Greek Premier Andreas Papandreou.")
    assert [m.participants for m in dm.extract(text).meetings] == [("Andreas Papandreou",)]


def test_a_past_errand_to_meet_is_no_plan_and_keeps_the_subject() -> None:
    text = ("KYIV, Feb. 20, 2023 (AP) - President Biden made a surprise visit to Kyiv on Monday to meet with "
            "Ukrainian President Volodymyr Zelenskyy.")
    visit, meeting = dm.extract(text).meetings
    assert (visit.kind, visit.future, visit.cameo) == ("visit", False, "042")
    assert (meeting.participants, meeting.date, meeting.future, meeting.cameo) == (
        ("Joe Biden", "Volodymyr Zelenskyy"), dm.PartialDate(2023, 2, 20), False, "040")


def test_a_leader_who_hosts_gives_the_host_country() -> None:
    text = ("TOKYO, Feb. 21, 2023 (Kyodo) - Japan's Prime Minister Fumio Kishida will mark the anniversary by hosting "
            "an online Group of Seven summit with Ukrainian President Volodymyr Zelenskyy.")
    summit, = dm.extract(text).meetings
    assert (summit.host, summit.organisation, summit.mode.value, summit.future, summit.participants) == (
        "JP", "G7", "virtual", True, ("Fumio Kishida", "Volodymyr Zelenskyy"))


def test_an_agreement_named_twice_is_listed_once_with_what_either_mention_says() -> None:
    text = ("BEIJING, Nov. 17, 2020 (Xinhua) -- Xi called for the BRICS Partnership on New Industrial Revolution. "
            "The BRICS Partnership on New Industrial Revolution, signed in 2020, will help.")
    agreement, = dm.extract(text).agreements
    assert (agreement.name, agreement.span.start, agreement.date) == (
        "BRICS Partnership on New Industrial Revolution", text.index("BRICS Partnership"), dm.PartialDate(2020))


def test_a_past_weekday_of_other_people_stays_past() -> None:
    text = ("SEOUL, Jan. 2, 2026 (Yonhap) -- President Lee Jae Myung will hold a summit with Chinese President "
            "Xi Jinping in Beijing. Lee held a summit with Japanese Prime Minister Sanae Takaichi on Monday.")
    meetings = dm.extract(text).meetings
    assert [(m.participants[-1], m.date) for m in meetings] == [
        ("Xi Jinping", None), ("Sanae Takaichi", dm.PartialDate(2025, 12, 29))]


def test_a_count_of_meetings_still_gives_its_subject_to_the_next_clause() -> None:
    text = ("SEOUL, Dec. 28, 2025 (Yonhap) -- North Korean leader Kim Jong-un held five rounds of summit talks "
            "this year, speaking by phone with Russian President Vladimir Putin.")
    call, = dm.extract(text).meetings
    assert (call.kind, call.participants) == ("phone call", ("Kim Jong-un", "Vladimir Putin"))


def test_thousands_of_distinct_meetings_are_linear() -> None:
    import string
    import time

    def text(count: int) -> str:
        letters = string.ascii_lowercase
        names = ["Ka" + letters[i % 26] + letters[i // 26 % 26] + letters[i // 676 % 26] for i in range(count + 7)]
        return " ".join(f"President {names[i]} Lo met Prime Minister {names[i + 7]} Ru on Monday."
                        for i in range(count))

    small, big = text(200), text(2000)
    dm.extract(text(5))  # the first call loads tables and compiles patterns: not what is measured
    t0 = time.process_time()
    dm.extract(small)
    t_small = time.process_time() - t0
    t0 = time.process_time()
    article = dm.extract(big)
    t_big = time.process_time() - t0
    assert len(article.meetings) == 2000
    # Ten times the meetings: linear is ~10x; comparing each with every earlier one would be ~100x.
    assert t_big < 25 * max(t_small, 0.01)


def test_thousands_of_agreements_and_anniversaries_are_linear() -> None:
    import string
    import time

    def text(count: int) -> str:
        letters = string.ascii_lowercase
        names = ["Ka" + letters[i % 26] + letters[i // 26 % 26] + letters[i // 676 % 26] for i in range(count)]
        # One paragraph each: the same anniversary named twice in a paragraph would be one anniversary.
        return "\n".join(f"They praised the Treaty of {names[i]}, the Treaty of Lo{names[i]} and the Treaty of "
                         f"Ru{names[i]}. It marked the 30th anniversary of the "
                         f"founding of the {names[i]} Party." for i in range(count))

    small, big = text(300), text(3000)
    dm.extract(text(5))  # the first call loads tables and compiles patterns: not what is measured
    t0 = time.process_time()
    dm.extract(small, published=dt.date(2026, 2, 5))
    t_small = time.process_time() - t0
    t0 = time.process_time()
    article = dm.extract(big, published=dt.date(2026, 2, 5))
    t_big = time.process_time() - t0
    assert (len(article.agreements), len(article.anniversaries)) == (9000, 3000)
    # Ten times both: linear is ~10x; looking for each agreement's anniversary among all of them was ~100x.
    assert t_big < 25 * max(t_small, 0.01)


def test_a_named_event_among_thousands_of_organisation_mentions_is_linear() -> None:
    import time

    def text(count: int) -> str:
        return ("Leaders attended the Economic Leaders' Meeting of the Asia-Pacific Economic Cooperation forum. "
                "APEC, APEC, APEC, APEC, APEC, APEC, APEC, APEC and APEC agreed.\n") * count

    small, big = text(400), text(4000)
    dm.extract(text(5))  # the first call loads tables and compiles patterns: not what is measured
    t0 = time.process_time()
    dm.extract(small)
    t_small = time.process_time() - t0
    t0 = time.process_time()
    article = dm.extract(big)
    t_big = time.process_time() - t0
    assert [m.organisation for m in article.meetings] == ["APEC"]
    # Ten times both: linear is ~10x; looking for each event's owner among every mention was ~100x.
    assert t_big < 25 * max(t_small, 0.01)
