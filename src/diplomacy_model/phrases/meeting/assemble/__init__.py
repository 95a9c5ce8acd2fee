"""Meeting assembly: local cues become the article's meetings.

Three stages, one module each: ``participants`` (who: the leaders a cue's
phrases name, a subject lent by the clause), ``dating`` (when: the date its
clause owns, the lead's, an earlier mention's or its trip's) and ``merging``
(which mentions are one meeting). ``assemble_meetings`` runs them over the cues
in text order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs
import regex

from ....model import Dateline, DateMention, Leader, Meeting, Organisation, Precision, Span
from ..cue import MeetingCue, intended
from .dating import Dating, date_by_trip
from .events import event_parties
from .merging import RECENT, Draft, kind_head, named_before
from .participants import People, is_actor, states_in

__all__ = ["assemble_meetings"]

# A meeting a visit was made for: "visited Sochi for one-on-one talks with Putin".
_FOR_BEFORE = regex.compile(r"\bfor\s++(?:[\w\-]++\s++){0,3}+$")
_PURPOSES = frozenset({"talks", "meeting", "summit", "consultation"})
# "Bach, who arrived here Sunday for a four-day visit": "here" is the dateline's city.
_ARRIVED = regex.compile(r"\b(?:arrived|arrives|arriving|arrive)\b")
_ARRIVED_HERE = regex.compile(r"\b(?:arrived|arrives|arriving|landed|lands)\s++here\b")
# Verbs one person meets others by, one at a time: "met A and B" is a meeting with each ("called on PM Lee and
# DPM Heng"), not one of three; a summit or a conference is one meeting of all.
# The second object of a verb left out: "spoke with A on Tuesday and with B on Wednesday".
_AND_WITH = regex.compile(r",?+\s++and\s++(?:then\s++|later\s++|also\s++)?+with\s++")
_ONE_BY_ONE = frozenset({"meet", "talks", "<call> on", "<speak> with", "<speak> by phone", "<phone> X"})


def assemble_meetings(
    text: str,
    cues: Iterable[MeetingCue],
    *,
    leaders: Sequence[Leader],
    organisations: Sequence[Organisation] = (),
    dates: Sequence[DateMention] = (),
    dateline: Dateline | None = None,
    reference: dt.date | None = None,
) -> tuple[Meeting, ...]:
    """The meetings *cues* state, with participants from *leaders* and dates from *dates*.

    >>> from diplomacy_model.phrases.meeting import find_meeting_cues
    >>> from diplomacy_model.phrases.title import find_leaders
    >>> text = "Xi Jinping held talks with Vladimir Putin. Their talks were long."
    >>> [m.participants for m in assemble_meetings(text, find_meeting_cues(text), leaders=find_leaders(text))]
    [('Xi Jinping', 'Vladimir Putin')]
    """
    here = dateline.city if dateline is not None else None
    home = (dateline.country or dateline.place_country) if dateline is not None else None
    return _Assembly(People(text, leaders, organisations, reference), Dating(text, dates, dateline, reference), here,
                     home).run(cues)


class _Assembly:
    """One pass over the cues: draft each, give it a subject, date it, merge it with an earlier mention."""

    def __init__(self, people: People, dating: Dating, here: str | None = None, home: str | None = None) -> None:
        self.people = people
        self.dating = dating
        self.here = here  # the dateline's city
        self.home = home  # the dateline's country

    def run(self, cues: Iterable[MeetingCue]) -> tuple[Meeting, ...]:
        people, dating = self.people, self.dating
        drafts: list[Draft] = []
        nameless: list[Draft] = []  # dated meetings with nobody named, which a later named event may be
        subject: tuple[Span, str, bool] | None = None  # the last cue's subject, its sentence, and if future
        cues = list(cues)
        # Where each cue's own date ends: another meeting in the same sentence does not borrow it.
        dating.claimed = {end for cue in cues if cue.date_hint is not None for end in dating.claims(cue.date_hint)}
        for cue in cues:
            recent = drafts[-RECENT:]
            if cue.anaphoric and not (cue.organisation_text and not named_before(cue, recent)) \
                    and not self.earlier_of_pair(cue) and not people.topic_states(cue):
                dating.date_earlier(cue, recent)  # "the summit on Monday": only a date to give
                continue
            if people.only_civilians(cue):
                continue  # "will meet business leaders from both countries": no diplomatic meeting
            draft = self.draft(cue)
            own = people.subject(cue, draft)
            if own is not None:
                subject = (cue.sentence, own, cue.future)
            pair_form = people.refers_to_pair(cue) if not draft.participants else None
            if pair_form is not None:
                # "The two last met in China in May 2019": the pair of the meeting before.
                pair = self.pair(pair_form, cue, recent)
                if pair is not None:
                    draft.participants, draft.countries = pair
                    if pair_form.group("earlier") and draft.date is not None:
                        drafts.append(draft)  # "last met", "first met": an earlier meeting, not this one again
                        continue
            if cue.count is not None:
                continue  # "five rounds of summit talks": several meetings, named one by one if at all
            elif (draft.participants and not people.names_all(cue)) or people.attended(cue):
                if subject is not None and subject[0] == cue.sentence and subject[2] and not cue.future:
                    draft.cue = intended(cue)  # "will hold talks with A, and meet B": both still to come
                inherited = people.inherited_subject(cue, subject)
                if inherited is not None and inherited.name not in draft.participants:
                    draft.participants.insert(0, inherited.name)
                    if inherited.country is not None and inherited.country not in draft.countries:
                        draft.countries.insert(0, inherited.country)
            host = self.headline_host(draft)
            if host is not None:
                draft.participants.insert(0, host.name)  # a Kremlin page's "Meeting with X": the president met X
                if host.country is not None and host.country not in draft.countries:
                    draft.countries.insert(0, host.country)
            if (draft.date is not None and not draft.date_borrowed and not (draft.organisation or draft.host)
                    and all(is_actor(p) for p in draft.participants)):
                actors = list(draft.participants)
                held = event_parties(people.text, cue, people.organisations)  # "talks will be held in London"
                if held is not None:
                    # "Afghan government negotiators and the Taleban opened talks": the state beside the Taleban.
                    draft.participants = [*held[0], *(a for a in actors if a not in held[0])]
                    draft.countries = held[1]
            if not (draft.participants or draft.organisation or draft.host):
                # "talks" with nobody named: nothing a dataset could use, unless it names an event already known.
                same = next((d for d in recent if d.same_event(draft)), None) if draft.cue.kind[:1].isupper() else None
                if same is not None:
                    same.absorb(draft)
                elif draft.date is not None:
                    nameless.append(draft)  # "After wrapping up a two-day meeting" in a dated lead: kept for its day
                continue
            dating.announced(draft, recent)
            if not draft.cue.future and dating.after_reference(draft):
                draft.cue = intended(draft.cue)  # dated after the story was filed: still to come, whatever the verb
            if recent and self.purpose_of(recent[-1], draft):
                draft.absorb(recent[-1])  # "visited Sochi on Monday for talks with Putin": the talks are the visit
                drafts[-1] = draft
                continue
            trip = self.trip_for(draft, recent)
            if trip is not None:
                trip.absorb(draft)  # "begins Turkey visit", then "arrived here Tuesday for talks": the visit's talks
                continue
            same = next((d for d in recent if d.compatible(draft)), None)
            if same is None:
                self.named_later(draft, nameless[-RECENT:])
                drafts.append(draft)
            else:
                same.absorb(draft)
        date_by_trip(drafts)
        drafts = [pair for draft in drafts for pair in self.one_by_one(draft)]
        drafts = [each for draft in drafts for each in (draft, *self.and_with(draft))]
        drafts = [copy for draft in drafts for copy in (draft, *self.dating.repeats(draft))]
        full = people.full_names()
        if full:
            for draft in drafts:
                draft.participants = list(dict.fromkeys(full.get(name, name) for name in draft.participants))
        return tuple(d.finish() for d in drafts)

    def one_by_one(self, draft: Draft) -> list[Draft]:
        """``Pompeo met Prime Minister Hamdok and General Burhan``: one meeting of the subject with each leader
        the verb's object names; a meeting whose subject is more than one (``A and B met C``) stays whole."""
        if draft.cue.rule not in _ONE_BY_ONE or len(draft.participants) < 3:
            return [draft]
        objects = [name for name in self.people.objects(draft.cue) if name in draft.participants]
        subjects = [name for name in draft.participants if name not in objects]
        if len(subjects) != 1 or len(objects) != 2:
            return [draft]
        return [attrs.evolve(draft, participants=[subjects[0], name],
                             countries=self.people.countries_of([subjects[0], name]) or list(draft.countries))
                for name in objects]

    def and_with(self, draft: Draft) -> list[Draft]:
        """``spoke by phone with Phuc on Tuesday and with Prayut on Wednesday``: the verb's second object, its
        verb left out, is a meeting of the subject with that leader, on the day its own clause gives (else the
        first one's)."""
        cue, text = draft.cue, self.people.text
        if len(draft.participants) != 2:
            return []
        at = text.find("with ", cue.span.end, cue.sentence.end)
        if at < 0 or text.find(" and ", at, cue.sentence.end) < 0:
            return []  # cheap literal checks first: the object's "with", then an "and"
        joined = _AND_WITH.search(text, text.find(" and ", at, cue.sentence.end), cue.sentence.end)
        if joined is None:
            return []
        reach = Span(joined.end(), min(cue.sentence.end, joined.end() + 60))
        leader = next((x for x in self.people.leaders_in(reach) if x.name not in draft.participants
                       and any(reach.start <= m.start < reach.start + 45 for m in x.mentions)), None)
        if leader is None:
            return []
        stop = text.find(",", joined.end(), cue.sentence.end)
        clause = Span(joined.end(), cue.sentence.end if stop < 0 else stop)
        mention = self.dating.date_in(clause)
        date, date_span = (draft.date, draft.date_span) if mention is None else (mention.date, mention.span)
        return [attrs.evolve(draft, participants=[draft.participants[0], leader.name],
                             countries=self.people.countries_of([draft.participants[0], leader.name]),
                             date=date, date_span=date_span, end_date=None)]

    @staticmethod
    def named_later(draft: Draft, nameless: list[Draft]) -> None:
        """``After wrapping up a two-day meeting`` in a lead dated Wednesday, then ``Ban, who chaired this year's
        APEC Ministerial Meeting``: a named event dated at most to its year is the nameless meeting of its kind
        told before, and takes its day and place."""
        if not draft.cue.kind[:1].isupper() or (draft.date is not None and draft.date.precision is not Precision.YEAR):
            return
        head = kind_head(draft.cue.kind)
        earlier = next((n for n in reversed(nameless) if kind_head(n.cue.kind) == head
                        and n.cue.future == draft.cue.future and n.cue.mode == draft.cue.mode
                        and (draft.date is None or n.date is None or draft.date.covers(n.date))), None)
        if earlier is not None:
            own = draft.date is not None and not draft.date_borrowed
            draft.absorb(earlier)
            # Its own "this year" confirms the lent day: no longer a date any later mention may override.
            draft.date_borrowed = draft.date_borrowed and not own

    def earlier_of_pair(self, cue: MeetingCue) -> bool:
        """``the leaders' first summit, held ... on Nov. 1``: a dated earlier meeting of the pair, not the one
        the article is about."""
        form = self.people.refers_to_pair(cue)
        return form is not None and bool(form.group("earlier")) and self.dating.date(cue)[0] is not None

    def pair(self, form: regex.Match[str], cue: MeetingCue, recent: list[Draft]) -> tuple[list[str], list[str]] | None:
        """Whom ``the two``/``the leaders`` stand for: the leaders named before it in its sentence (``Lee and Xi plan
        ..., as the leaders were set to hold talks``), else the pair of the latest meeting between two or more;
        ``the two countries`` are the states of the latest meeting between two states."""
        if form.group("states"):
            states = next((d for d in reversed(recent) if len(d.countries) == 2), None)
            return None if states is None else (list(states.countries), list(states.countries))
        named = self.people.pair_in_sentence(cue, form.start())
        if not named and form.groupdict().get("they"):
            named = self.people.pair_in_sentence(cue, cue.sentence.end)  # "A day after they met, Wang and Lavrov"
        if named:
            return named, self.people.countries_of(named)
        pair = next((d for d in reversed(recent) if len(d.participants) >= 2), None)
        if pair is None and form.groupdict().get("they"):
            named = self.people.pair_before(cue)  # "they" with no meeting before: the pair the text just named
            if named:
                return named, self.people.countries_of(named)
            # "The foreign ministers of India and China agreed ..., a day after they met": the states named.
            named = states_in(self.people.text[cue.sentence.start : form.start()])
            return (named, [c for c in named if c != "EU"]) if len(named) >= 2 else None
        return None if pair is None else (list(pair.participants), list(pair.countries))

    def arrived_here(self, cue: MeetingCue) -> str | None:
        """The dateline's city for a visit its clause says someone ``arrived here`` for."""
        if self.here is None or "visit" not in cue.kind:
            return None
        start = max(cue.sentence.start, cue.span.start - 120)
        if "here" not in self.people.text[start : cue.span.start]:
            return None  # cheap literal check first
        return self.here if _ARRIVED_HERE.search(self.people.text, start, cue.span.start) else None

    def headline_host(self, draft: Draft) -> Leader | None:
        """``Meeting with President of Kazakhstan Nursultan Nazarbayev`` as a headline of its own on a page
        datelined in Moscow: the one who met him is the first of the host state's leaders the page names after it
        (within a few paragraphs: a page of several stories does not lend one story's leader to another).

        A headline line only (no full stop ends it), opening with the trigger and ``with``; not when the guest
        is of the host state or the host state already takes part."""
        cue, text = draft.cue, self.people.text
        if self.home is None or not draft.participants or cue.span.start != cue.sentence.start:
            return None
        if not text.startswith(" with ", cue.span.end) or text[cue.sentence.end - 1 : cue.sentence.end] in ".?!":
            return None
        if cue.sentence.end < len(text) and text[cue.sentence.end] != "\n":
            return None
        if self.home in draft.countries:
            return None
        return self.people.named_after(cue.span.end, self.home, draft.participants)

    def trip_for(self, draft: Draft, recent: list[Draft]) -> Draft | None:
        """The visit told before that *draft* (``X arrived here Tuesday for talks with Turkish leaders``) is the
        programme of: the traveller's latest visit, neither still to come while the other is not, that the
        meeting falls within."""
        cue, text = draft.cue, self.people.text
        if "visit" in cue.kind or not draft.participants:
            return None
        start = max(cue.sentence.start, cue.span.start - 100)
        if "arriv" not in text[start : cue.span.start]:
            return None  # cheap literal check first
        purpose = _FOR_BEFORE.search(text, max(start, cue.span.start - 40), cue.span.start)
        if purpose is None or _ARRIVED.search(text, start, purpose.start()) is None:
            return None
        # The traveller, or the state a headline's visit names for him ("Israeli FM begins Turkey visit").
        travellers = [draft.participants[0], *draft.countries[:1]]
        return next((d for d in reversed(recent) if "visit" in d.cue.kind and d.participants[:1]
                     and d.participants[0] in travellers and d.cue.future == cue.future and _during(draft, d)),
                    None)

    def purpose_of(self, visit: Draft, draft: Draft) -> bool:
        """Whether *draft* (``for talks with Putin``) is what *visit*, just before it in its sentence, was for."""
        cue = draft.cue
        return (visit.cue.rule == "visit" and visit.cue.span.of(self.people.text).lower() == "visited"
                and visit.cue.sentence == cue.sentence and cue.rule in _PURPOSES
                and visit.cue.future == cue.future and set(visit.participants) < set(draft.participants)
                and _FOR_BEFORE.search(self.people.text, max(0, cue.span.start - 40), cue.span.start) is not None)

    def draft(self, cue: MeetingCue) -> Draft:
        people = self.people
        participants, countries = people.participants(cue)
        countries.extend(c for c in people.also_visited(cue) if c not in countries)
        date, date_span, borrowed = self.dating.date(cue)
        return Draft(
            cue=cue,
            participants=participants,
            countries=countries,
            date=date,
            date_span=date_span,
            place=cue.place or self.arrived_here(cue),
            venue=cue.venue,
            host=people.host(cue),
            organisation=(people.organisation(cue.organisation_text) or people.organisation_after(cue)
                          or people.organisation_opening(cue)),
            date_borrowed=borrowed,
            end_date=None if borrowed else self.dating.end_date(cue, date, date_span),
        )


def _during(draft: Draft, trip: Draft) -> bool:
    """Whether *draft*'s day falls within *trip*: from its first day to its last (at most a fortnight on when the
    text gives no last day); an undated one does."""
    if draft.date is None or trip.date is None:
        return True
    first, last = trip.date.first_day, (trip.end_date or trip.date).last_day
    fortnight = first + dt.timedelta(days=14) if first < dt.date.max - dt.timedelta(days=14) else dt.date.max
    return first <= draft.date.first_day and draft.date.last_day <= max(last, fortnight)
