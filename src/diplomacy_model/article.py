"""Whole-article extraction: from the dateline to the meetings, every fact with its spans.

The phrase kinds each read one thing; this module puts them together and
resolves what only the article as a whole can say: the anchor date every
relative date hangs on (the dateline's), which leader a participant phrase
names, which agreement an anniversary dates, and which mentions of a meeting
are one meeting.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

import attrs
import regex

from .errors import ParseError, require_text
from .gazetteer.countries import is_capital, lookup_city, lookup_country, lookup_demonym
from .model import (
    Agreement,
    Anniversary,
    Article,
    Dateline,
    DateMention,
    Leader,
    Meeting,
    Organisation,
    PartialDate,
    Span,
)
from .phrases.agreement import find_agreements
from .phrases.agreement.rules import parties_in
from .phrases.anniversary import find_anniversaries
from .phrases.dateline import find_dateline
from .phrases.dates import header_date, parse_date, resolve_mentions
from .phrases.dates.tense import tense_at
from .phrases.meeting import MeetingCue, find_meeting_cues, intended
from .phrases.organisation import find_organisations
from .phrases.title import find_leaders

__all__ = ["extract"]

# How many of the latest meetings a new mention is compared with: every real article has far fewer, and the
# bound keeps a text of thousands of meetings linear in time.
_RECENT = 256
# A pronoun as the subject right before a meeting verb: "said he will meet", "she also met".
_PRONOUN_SUBJECT = regex.compile(r"\b(?:he|she)\s++(?:(?:will|would|also|later|then|is|was|to|had|has|been)\s++)*+$")
_RELATIVE_CLAUSE = regex.compile(r",\s++(?:who|which)\s")
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Events an anniversary can date an agreement by.
_DATING_EVENTS = frozenset({"signing", "establishment", "founding", "conclusion", "adoption"})


def extract(text: str, *, published: dt.date | None = None) -> Article:
    """Read one diplomatic news article into an :class:`Article`.

    *published* anchors the year of the dateline and every relative date when
    the text carries no header date. Never raises on a ``str``.

    >>> article = extract("MOSCOW, Feb. 4 (Xinhua) -- Russian President Vladimir Putin held talks "
    ...                   "with Chinese President Xi Jinping on Wednesday.", published=dt.date(2026, 2, 5))
    >>> [leader.name for leader in article.leaders]
    ['Vladimir Putin', 'Xi Jinping']
    >>> [(m.kind, m.date.isoformat(), m.participants) for m in article.meetings]
    [('talks', '2026-02-04', ('Vladimir Putin', 'Xi Jinping'))]
    """
    require_text(text, "extract")
    published = published if published is not None else header_date(text)
    dateline = find_dateline(text, published=published)
    reference = _reference_date(dateline, published)
    leaders = find_leaders(text, dateline_country=_home_country(dateline), reference=reference)
    organisations = find_organisations(text)
    anniversaries = find_anniversaries(text, published=reference)
    agreements = _one_per_name(_date_agreements(find_agreements(text), anniversaries))
    dates = resolve_mentions(text, reference)
    meetings = _Meetings(text, leaders, organisations, dates, dateline, reference).build(find_meeting_cues(text))
    return Article(
        published=published,
        dateline=dateline,
        leaders=leaders,
        organisations=organisations,
        agreements=agreements,
        anniversaries=anniversaries,
        meetings=meetings,
    )


def _reference_date(dateline: Dateline | None, published: dt.date | None) -> dt.date | None:
    """Relative dates hang on the dateline's date, else the publication date."""
    if dateline is not None and dateline.date is not None:
        return dateline.date
    return published


def _home_country(dateline: Dateline | None) -> str | None:
    """The country an unqualified title belongs to: the dateline's, or that of the city it names (not of a
    diplomatic hub such as New York or Geneva)."""
    if dateline is None:
        return None
    if dateline.country is not None:
        return dateline.country
    if dateline.city is not None and (is_capital(dateline.city) or dateline.city.casefold() not in _HUBS):
        return lookup_city(dateline.city)
    return None


# Cities whose datelines mostly carry foreign officials (UN seats, summit resorts): no home country to lend.
_HUBS = frozenset({"new york", "geneva", "strasbourg", "the hague", "davos", "lausanne", "united nations"})


def _date_agreements(
    agreements: tuple[Agreement, ...], anniversaries: tuple[Anniversary, ...]
) -> tuple[Agreement, ...]:
    """``the 25th anniversary of the signing of <treaty>`` in 2026 dates the treaty to 2001.

    An agreement takes the first anniversary (in *anniversaries*' order) whose subject holds it. The
    agreements are visited by start, and only the subjects still open at that start are looked at: a sweep,
    linear in the count of both (comparing every agreement with every anniversary was quadratic).
    """
    # Anniversaries that can date an agreement, as (subject start, subject end, rank, anniversary), by start.
    dating = sorted(
        (a.subject_span.start, a.subject_span.end, rank, a) for rank, a in enumerate(anniversaries)
        if a.base_year is not None and a.subject_span is not None and (a.event is None or a.event in _DATING_EVENTS)
    )
    out = list(agreements)
    opened: list[tuple[int, int, int, Anniversary]] = []
    next_subject = 0
    for index in sorted(range(len(out)), key=lambda i: out[i].span.start):
        agreement = out[index]
        if agreement.date is not None:
            continue
        span = agreement.span
        while next_subject < len(dating) and dating[next_subject][0] <= span.start:
            opened.append(dating[next_subject])
            next_subject += 1
        # A subject ending at or before this start holds no agreement starting here or later.
        opened = [o for o in opened if o[1] >= span.start]
        holders = [o for o in opened if span.end <= o[1]]
        if holders:
            anniversary = min(holders, key=lambda o: o[2])[3]
            out[index] = _dated(agreement, anniversary, year=anniversary.base_year or 0)
    return tuple(out)


def _one_per_name(agreements: tuple[Agreement, ...]) -> tuple[Agreement, ...]:
    """An instrument named twice is one agreement: its first mention, with a date or parties a later one adds."""
    first: dict[tuple[str, str], int] = {}
    out: list[Agreement] = []
    for agreement in agreements:
        key = (agreement.name.casefold(), agreement.kind)
        if key not in first:
            first[key] = len(out)
            out.append(agreement)
            continue
        kept = out[first[key]]
        if kept.date is None and agreement.date is not None:
            kept = attrs.evolve(kept, date=agreement.date, event=agreement.event, date_source=agreement.date_source)
        if not kept.parties and agreement.parties:
            kept = attrs.evolve(kept, parties=agreement.parties)
        out[first[key]] = kept
    return tuple(out)


def _dated(agreement: Agreement, anniversary: Anniversary, *, year: int) -> Agreement:
    return attrs.evolve(
        agreement,
        date=PartialDate(year),
        event=agreement.event or anniversary.event,
        date_source="anniversary",
    )


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


@attrs.define
class _Draft:
    """A meeting being assembled from one or more cues."""

    cue: MeetingCue
    participants: list[str]
    countries: list[str]
    date: PartialDate | None
    date_span: Span | None
    place: str | None
    venue: str | None
    host: str | None
    organisation: str | None
    # The lead's date, borrowed by a meeting that names none of its own, gives way to any it names itself.
    date_borrowed: bool = False

    def absorb(self, other: _Draft) -> None:
        """Take what *other*, a later mention of the same meeting, adds."""
        finer = (other.date is not None and self.date is not None
                 and len(other.date.isoformat()) > len(self.date.isoformat())
                 and other.date.isoformat().startswith(self.date.isoformat()))
        stronger = other.date is not None and self.date_borrowed and not other.date_borrowed
        if self.date is None or finer or stronger:
            self.date, self.date_span, self.date_borrowed = other.date, other.date_span, other.date_borrowed
        if other.cue.future and not self.cue.future:
            # "will take place ... on November 10": the event is still to come, and coded as such.
            self.cue = attrs.evolve(other.cue, span=self.cue.span, kind=self.cue.kind)
        if set(self.participants) < set(other.participants):
            self.participants = other.participants
            self.countries = list(dict.fromkeys([*other.countries, *self.countries]))
        self.place = self.place or other.place
        self.venue = self.venue or other.venue
        self.host = self.host or other.host
        self.organisation = self.organisation or other.organisation

    def compatible(self, other: _Draft) -> bool:
        if self.same_event(other):
            return True
        if self.cue.kind[:1].isupper() and other.cue.kind[:1].isupper() and self.cue.kind != other.cue.kind:
            return False  # two named events are two events
        if self.cue.mode != other.cue.mode:
            return False
        if set(self.participants) != set(other.participants):
            return self._named_twice(other)
        if not self.participants and _kind_head(self.cue.kind) != _kind_head(other.cue.kind):
            return False  # with nobody named, "the APEC summit" and "the APEC Ministerial Meeting" are two events
        if self.cue.future != other.cue.future:
            # "The Lee-Xi summit comes at a critical juncture": an undated later mention of an announced meeting.
            return (self.cue.future and (other.date is None or other.date_borrowed)
                    and _kind_head(self.cue.kind) == _kind_head(other.cue.kind))
        return self._dates_agree(other)

    def same_event(self, other: _Draft) -> bool:
        """``the Economic Leaders' Meeting``, then ``the Economic Leaders' Meeting slated on Nov. 18``: one event
        named twice, whatever each mention says of its organiser, unless they name two organisers or two years
        (an event's opening and closing days are still one event; last year's edition is another)."""
        if not (self.cue.kind[:1].isupper() and self.cue.kind == other.cue.kind):
            return False
        if None not in (self.organisation, other.organisation) and self.organisation != other.organisation:
            return False
        if self.date is None or other.date is None or self.date_borrowed or other.date_borrowed:
            return True
        return self.date.year == other.date.year

    def _dates_agree(self, other: _Draft) -> bool:
        if self.date is None or other.date is None or self.date_borrowed or other.date_borrowed:
            return True
        a, b = self.date.isoformat(), other.date.isoformat()
        return a.startswith(b) or b.startswith(a)

    def _named_twice(self, other: _Draft) -> bool:
        """A Kremlin header's ``Meeting with X`` and the body's ``Putin met with X``: one meeting, named twice.

        Only when one list of participants contains the other, they are the
        same kind of meeting, and no two different dates set them apart.
        """
        mine, theirs = set(self.participants), set(other.participants)
        return (bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)
                and self.cue.future == other.cue.future
                and (self.date is None or other.date is None or self.date == other.date)
                and _kind_head(self.cue.kind) == _kind_head(other.cue.kind))

    def finish(self) -> Meeting:
        cue = self.cue
        return Meeting(
            kind=cue.kind,
            span=cue.span,
            mode=cue.mode,
            participants=tuple(self.participants),
            countries=tuple(_visited(cue.kind, self.place, self.countries)),
            date=self.date,
            date_span=self.date_span,
            place=self.place,
            venue=self.venue,
            host=self.host,
            organisation=self.organisation,
            future=cue.future,
            cameo=cue.cameo,
            plover_event=cue.plover_event,
            plover_mode=cue.plover_mode,
        )


class _Meetings:
    """Turns local meeting cues into article-level meetings."""

    def __init__(  # noqa: PLR0917 - private, called from one place
        self,
        text: str,
        leaders: Sequence[Leader],
        organisations: Sequence[Organisation],
        dates: Sequence[DateMention],
        dateline: Dateline | None,
        reference: dt.date | None = None,
    ) -> None:
        self.text = text
        self.reference = reference
        self.leaders = leaders
        self.by_name = {leader.name: leader for leader in leaders}
        # Every leader mention as (start, end, leader's rank), by start and by end: looked up by bisection.
        self.by_start = sorted((m.start, m.end, rank) for rank, leader in enumerate(leaders) for m in leader.mentions)
        self.starts = [start for start, _end, _rank in self.by_start]
        self.by_end = sorted((m.end, rank) for rank, leader in enumerate(leaders) for m in leader.mentions)
        self.ends = [end for end, _rank in self.by_end]
        self.widest = max((end - start for start, end, _rank in self.by_start), default=0)
        self.organisations = organisations
        # Where each organisation mention starts -> the first organisation (in order) with a mention there.
        self.organisation_at: dict[int, Organisation] = {}
        for organisation in organisations:
            for m in organisation.mentions:
                self.organisation_at.setdefault(m.start, organisation)
        # The dateline says when the story was filed, not when its meetings were: it borrows on its own terms.
        self.dates = [d for d in dates if dateline is None or not _within(d.span, dateline.span)]
        self.date_starts = [d.span.start for d in self.dates]
        lead_start = dateline.span.end if dateline is not None else 0
        # A dateline on a line of its own (Kremlin pages) is followed by a blank line, not by the lead.
        while lead_start < len(text) and text[lead_start].isspace():
            lead_start += 1
        self.lead_date = self._lead_date(lead_start, dateline)
        self.claimed: set[int] = set()
        self.lead_reach = _paragraph_end(text, _paragraph_end(text, lead_start) + 2)

    def build(self, cues: Iterable[MeetingCue]) -> tuple[Meeting, ...]:
        drafts: list[_Draft] = []
        subject: tuple[Span, str, bool] | None = None  # the last cue's subject, its sentence, and if future
        cues = list(cues)
        # Where each cue's own date ends: another meeting in the same sentence does not borrow it.
        self.claimed = {cue.date_hint.end for cue in cues if cue.date_hint is not None}
        for cue in cues:
            recent = drafts[-_RECENT:]
            if cue.anaphoric and not (cue.organisation_text and not _named_before(cue, recent)):
                self._date_earlier(cue, recent)  # "the summit on Monday": only a date to give
                continue
            draft = self._draft(cue)
            own = self._subject(cue, draft)
            if own is not None:
                subject = (cue.sentence, own, cue.future)
            if cue.count is not None:
                continue  # "five rounds of summit talks": several meetings, named one by one if at all
            elif draft.participants and not self._names_all(cue):
                if subject is not None and subject[0] == cue.sentence and subject[2] and not cue.future:
                    draft.cue = intended(cue)  # "will hold talks with A, and meet B": both still to come
                inherited = self._inherited_subject(cue, subject)
                if inherited is not None and inherited.name not in draft.participants:
                    draft.participants.insert(0, inherited.name)
                    if inherited.country is not None and inherited.country not in draft.countries:
                        draft.countries.insert(0, inherited.country)
            if not (draft.participants or draft.organisation or draft.host):
                # "talks" with nobody named: nothing a dataset could use, unless it names an event already known.
                same = next((d for d in recent if d.same_event(draft)), None) if draft.cue.kind[:1].isupper() else None
                if same is not None:
                    same.absorb(draft)
                continue
            self._announced(draft, recent)
            if not draft.cue.future and self._after_reference(draft):
                draft.cue = intended(draft.cue)  # dated after the story was filed: still to come, whatever the verb
            same = next((d for d in recent if d.compatible(draft)), None)
            if same is None:
                drafts.append(draft)
            else:
                same.absorb(draft)
        _date_by_trip(drafts)
        return tuple(d.finish() for d in drafts)

    def _announced(self, draft: _Draft, drafts: list[_Draft]) -> None:
        """``Asked about the summit talks between Lee and Xi on Monday, Wi replied``: the summit the article
        announced before, not one last Monday. A past-tense sentence read its weekday backwards; the same
        participants' meeting, already known to be still to come, reads it forwards."""
        if draft.cue.future or draft.date is None or draft.date_borrowed or draft.date_span is None:
            return
        if self.reference is None or draft.date.isoformat() >= self.reference.isoformat():
            return
        words = self.text[draft.date_span.start : draft.date_span.end]
        if not any(day in words for day in _WEEKDAY_NAMES):
            return
        head, people = _kind_head(draft.cue.kind), set(draft.participants)
        if not any(d.cue.future and set(d.participants) == people and _kind_head(d.cue.kind) == head for d in drafts):
            return
        try:
            ahead = parse_date(words, reference=self.reference, tense="future")
        except ParseError:
            return
        draft.cue, draft.date = intended(draft.cue), ahead

    def _after_reference(self, draft: _Draft) -> bool:
        """Whether the draft's own date (a day or month) falls after the story's reference date."""
        if self.reference is None or draft.date is None or draft.date_borrowed or draft.date.month is None:
            return False
        iso = draft.date.isoformat()
        return iso > self.reference.isoformat()[: len(iso)]

    def _date_earlier(self, cue: MeetingCue, drafts: list[_Draft]) -> None:
        """``The summit on Monday`` dates the last summit named before it, if that one has no date of its own."""
        if cue.date_hint is None:
            return
        head = _kind_head(cue.kind)
        earlier = next((d for d in reversed(drafts) if _kind_head(d.cue.kind) == head), None)
        if earlier is None or not (earlier.date is None or earlier.date_borrowed):
            return
        mention = self._date_in(cue.date_hint)
        if mention is not None and mention.date.month is not None:
            earlier.date, earlier.date_span = self._forward(mention, earlier.cue), mention.span
            earlier.date_borrowed = False

    def _subject(self, cue: MeetingCue, draft: _Draft) -> str | None:
        """The leader named before the trigger (``Wen will hold talks with ...``), if any.

        Only a leader the phrase itself names: ``visit to Kyiv on Monday to meet with X`` has ``Kyiv`` there,
        and X is no subject."""
        if cue.parties_text and cue.parties_text[0].end <= cue.span.start:
            leaders = self._leaders_in(cue.parties_text[0])
            if leaders and leaders[0].name in draft.participants:
                return leaders[0].name
        return None

    def _names_all(self, cue: MeetingCue) -> bool:
        """``a meeting between A and B`` names every participant; ``meet with B`` does not."""
        if not cue.parties_text:
            return False
        return "between" in self.text[cue.span.end : cue.parties_text[0].start]

    def _inherited_subject(self, cue: MeetingCue, subject: tuple[Span, str, bool] | None) -> Leader | None:
        """Who does the meeting when the clause has no subject of its own.

        ``Wen will hold talks with A, and meet B``: the subject of the first verb;
        ``He will meet B``: the leader last named before the sentence.
        """
        if subject is not None and subject[0] == cue.sentence:
            return self.by_name.get(subject[1])
        opening = self.text[cue.sentence.start : cue.sentence.start + 4]
        if opening.startswith(("He ", "She ")):
            if _RELATIVE_CLAUSE.search(self.text, cue.sentence.start, cue.span.start):
                return None  # "He spoke after talks with A, who arrived from a meeting with B": A met B
            return self._last_leader_before(cue.sentence.start)
        if _PRONOUN_SUBJECT.search(self.text, max(cue.sentence.start, cue.span.start - 40), cue.span.start):
            # "Minister Kato said he will meet Lyng": the leader the sentence names before the pronoun.
            i = bisect_left(self.starts, cue.sentence.start)
            if i < len(self.starts) and self.starts[i] < cue.span.start:
                return self.leaders[self.by_start[i][2]]
            return self._last_leader_before(cue.sentence.start)
        return None

    def _last_leader_before(self, position: int) -> Leader | None:
        """Whom ``He`` means: the first leader named in the last sentence before *position* that names one.

        The first, because that is the sentence's subject: ``Bach also met Abe. He went on to ...`` is Bach.
        """
        i = bisect_right(self.ends, position)
        if i == 0:
            return None
        last_end = self.ends[i - 1]
        # The mention starting first at or after the sentence's opening (the earliest leader on a tie of starts).
        j = bisect_left(self.starts, _sentence_start(self.text, last_end))
        if j == len(self.starts) or self.starts[j] >= last_end:
            return None
        start = self.starts[j]
        rank = min(r for s, _e, r in self.by_start[j : bisect_right(self.starts, start)] if s == start)
        return self.leaders[rank]

    def _draft(self, cue: MeetingCue) -> _Draft:
        participants, countries = self._participants(cue)
        date, date_span, borrowed = self._date(cue)
        return _Draft(
            cue=cue,
            participants=participants,
            countries=countries,
            date=date,
            date_span=date_span,
            place=cue.place,
            venue=cue.venue,
            host=self._host(cue),
            organisation=self._organisation(cue.organisation_text) or self._organisation_after(cue),
            date_borrowed=borrowed,
        )

    def _host(self, cue: MeetingCue) -> str | None:
        """The host country: named (``China will host``), or the hosting leader's (``Kishida ... by hosting``)."""
        host = _country_of(cue.host_text)
        if host is None and cue.host_span is not None:
            hosts = self._leaders_in(cue.host_span)
            host = hosts[0].country if hosts else None
        return host

    def _participants(self, cue: MeetingCue) -> tuple[list[str], list[str]]:
        names: list[str] = []
        countries: list[str] = []
        states: list[str] = []
        for phrase in cue.parties_text:
            found = False
            for leader in self._leaders_in(phrase):
                if leader.name not in names:
                    names.append(leader.name)
                    if leader.country is not None and leader.country not in countries:
                        countries.append(leader.country)
                    found = True
            if not found:
                words = phrase.of(self.text)
                # "China-Russia talks", "Sino-Russian consultations": the agreement kind's party reader.
                codes = parties_in(words) or [lookup_country(w) or lookup_demonym(w) for w in _state_words(words)]
                states.extend(c for c in dict.fromkeys(codes) if c is not None and c not in states)
        if names:
            return names, countries
        return list(states), list(states)

    def _leaders_in(self, phrase: Span) -> list[Leader]:
        """The leaders with a mention overlapping *phrase*, in the order of ``self.leaders``."""
        lo = bisect_left(self.starts, phrase.start - self.widest)
        hi = bisect_left(self.starts, phrase.end)
        ranks = {rank for start, end, rank in self.by_start[lo:hi] if start < phrase.end and phrase.start < end}
        return [self.leaders[rank] for rank in sorted(ranks)]

    def _date(self, cue: MeetingCue) -> tuple[PartialDate | None, Span | None, bool]:
        """The meeting's date, its span, and whether it was borrowed from the lead."""
        mention = self._date_in(cue.date_hint) if cue.date_hint is not None else None
        if mention is None:
            mention = self._date_in(cue.sentence, cue.span, skip=self.claimed)
        if mention is not None:
            return self._forward(mention, cue), mention.span, False
        if (self.lead_date is not None and not cue.future
                and self.lead_date[1].start <= cue.span.start < self.lead_reach):
            return self.lead_date[0], self.lead_date[1], True
        return None, None, False

    def _forward(self, mention: DateMention, cue: MeetingCue) -> PartialDate:
        """A meeting still to come is not dated in the past: ``ahead of a summit on Friday``."""
        if not cue.future or self.reference is None:
            return mention.date
        iso = mention.date.isoformat()
        if iso >= self.reference.isoformat()[: len(iso)]:
            return mention.date
        between = self.text[cue.span.end : mention.span.start]
        if between and tense_at(between, len(between)) == "past":
            # "his planned visit to Tokyo ... but later went ahead with the trip in late October": a past verb
            # between the plan and the date dates what happened; "his planned visit in April" is still to come.
            return mention.date
        try:
            return parse_date(mention.text, reference=self.reference, tense="future")
        except ParseError:
            return mention.date

    def _date_in(self, where: Span, near: Span | None = None, skip: set[int] | frozenset[int] = frozenset()
                 ) -> DateMention | None:
        """The date mention inside *where*, except those ending at a position in *skip*: the first one, or with
        *near* the day- or month-precise one nearest to it, else a year-only one within 40 characters."""
        i = bisect_left(self.date_starts, where.start)
        best: DateMention | None = None
        year_only: DateMention | None = None
        while i < len(self.dates) and self.dates[i].span.start < where.end:
            mention = self.dates[i]
            i += 1
            if not _within(mention.span, where) or mention.span.end in skip:
                continue
            if near is None:
                return mention
            if mention.date.month is None:
                # "this year" dates a meeting only when nothing finer does, and only close by: "held five rounds of
                # summit talks this year", not "the visit will mark 30 years of ties this year".
                if _distance(mention.span, near) < 40 and (year_only is None or _distance(
                        mention.span, near) < _distance(year_only.span, near)):
                    year_only = mention
                continue
            if best is None or _distance(mention.span, near) < _distance(best.span, near):
                best = mention
        return best or year_only

    def _lead_date(self, start: int, dateline: Dateline | None) -> tuple[PartialDate, Span] | None:
        """The date a lead covers: its own (``underlined on Wednesday``), else the dateline's.

        It reaches the meeting named in the lead paragraph and the one after it
        (``lead_reach``): a Kremlin readout dated in its page header names the
        talks of that day without repeating the date.
        """
        lead_end = self.text.find(". ", start)
        lead_end = _paragraph_end(self.text, start) if lead_end < 0 else lead_end + 1
        mention = self._date_in(Span(start, max(start, lead_end)))
        if mention is not None and mention.date.day is not None:
            return mention.date, mention.span
        if mention is None and dateline is not None and dateline.date is not None:
            return PartialDate.from_date(dateline.date), dateline.span
        return None

    def _organisation_after(self, cue: MeetingCue) -> str | None:
        """``the Economic Leaders' Meeting of the Asia-Pacific Economic Cooperation forum``: a named event's owner."""
        if not cue.kind[:1].isupper():
            return None
        tail = self.text[cue.span.end : cue.span.end + 8]
        gap = 8 if tail.startswith(" of the ") else 4 if tail.startswith(" of ") else 0
        if not gap:
            return None
        organisation = self.organisation_at.get(cue.span.end + gap)  # a look-up: scanning every mention was quadratic
        return None if organisation is None else organisation.acronym or organisation.name

    def _organisation(self, text: str | None) -> str | None:
        if text is None:
            return None
        key = text.casefold()
        for organisation in self.organisations:
            if key in (organisation.name.casefold(), (organisation.acronym or "").casefold()):
                return organisation.acronym or organisation.name
        return text


def _date_by_trip(drafts: list[_Draft]) -> None:
    """``Wen will pay official visits ... from Dec. 4 to 15`` and, later, ``he will hold talks with A``.

    A meeting still to come with no date of its own, held by someone whose
    dated trip the article announced before it, falls within that trip: its
    month is known, its day is not.
    """
    trips: list[_Draft] = []
    for draft in drafts:
        if "visit" in draft.cue.kind and draft.cue.future and draft.date is not None and draft.participants:
            trips.append(draft)
        elif draft.date is None and draft.cue.future and draft.participants:
            trip = next((t for t in reversed(trips[-_RECENT:]) if t.participants[0] in draft.participants), None)
            if trip is not None and trip.date is not None and trip.date.month is not None:
                draft.date = PartialDate(trip.date.year, trip.date.month)
                draft.date_span, draft.date_borrowed = trip.date_span, True


def _sentence_start(text: str, position: int, reach: int = 1000) -> int:
    """Where the sentence holding *position* starts: after the last ``.``/``!``/``?`` (and closing quotes)
    followed by a space, or the last line break; a dot after a single capital (``U.S.``) ends nothing.
    Looked for at most *reach* characters back."""
    floor = max(0, position - reach)
    for i in range(position - 1, floor - 1, -1):
        c = text[i]
        if c == "\n":
            return i + 1
        if c in ".!?":
            j = i + 1
            while j < position and text[j] in "\"”’')":
                j += 1
            initial = i >= 1 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha())
            if j < position and text[j].isspace() and not initial:
                return j + 1
    return floor


def _named_before(cue: MeetingCue, drafts: list[_Draft]) -> bool:
    """Whether a meeting of *cue*'s kind came before it; if not, ``the EU summit`` is the first we hear of it."""
    head = _kind_head(cue.kind)
    return any(_kind_head(d.cue.kind) == head for d in drafts)


def _kind_head(kind: str) -> str:
    """What a mention refers back to: ``state visit`` is a ``visit``, ``summit talks`` a ``summit``."""
    words = kind.lower().split()
    return "summit" if "summit" in words else words[-1] if words else kind


def _visited(kind: str, place: str | None, countries: list[str]) -> list[str]:
    """A visit's countries include the one visited: ``a state visit to China`` adds CN."""
    if "visit" not in kind or place is None:
        return countries
    code = lookup_country(place) or lookup_city(place)
    return countries if code is None or code in countries else [*countries, code]


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", min(start, len(text)))
    return len(text) if end < 0 else end


def _distance(a: Span, b: Span) -> int:
    return max(0, a.start - b.end, b.start - a.end)


def _country_of(text: str | None) -> str | None:
    if text is None:
        return None
    return lookup_country(text) or lookup_demonym(text)


def _state_words(phrase: str) -> list[str]:
    """``China and Russia`` -> ``["China", "Russia"]``; multi-word names survive (``South Korea``)."""
    parts = phrase.replace(",", " and ").split(" and ")
    return [p.strip().removeprefix("the ").strip() for p in parts if p.strip()]
