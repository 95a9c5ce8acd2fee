"""Merging: mentions of one meeting become one meeting.

A ``Draft`` is a meeting being assembled from one or more cues; ``compatible``
says whether a later mention is the same meeting, ``absorb`` takes what it adds.
"""

from __future__ import annotations

import functools

import attrs

from ....gazetteer.countries import lookup_city, lookup_country
from ....model import Meeting, PartialDate, Span
from ..cue import MeetingCue

__all__ = ["RECENT", "Draft", "kind_head", "named_before"]

# How many of the latest meetings a new mention is compared with: every real article has far fewer, and the
# bound keeps a text of thousands of meetings linear in time.
RECENT = 256


@attrs.define
class Draft:
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
    end_date: PartialDate | None = None

    def absorb(self, other: Draft) -> None:
        """Take what *other*, a later mention of the same meeting, adds."""
        # A finer date inside this one: "next week", then "on Monday" of that week.
        finer = (other.date is not None and self.date is not None and other.date != self.date
                 and self.date.covers(other.date))
        stronger = other.date is not None and self.date_borrowed and not other.date_borrowed
        if self.date is None or finer or stronger:
            self.date, self.date_span, self.date_borrowed = other.date, other.date_span, other.date_borrowed
            self.end_date = other.end_date or self.end_date
        if other.cue.future and not self.cue.future:
            # "will take place ... on November 10": the event is still to come, and coded as such.
            self.cue = attrs.evolve(other.cue, span=self.cue.span, kind=self.cue.kind)
        if set(self.participants) < set(other.participants) or self._stands_for(other):
            self.participants = other.participants
            self.countries = list(dict.fromkeys([*other.countries, *self.countries]))
        elif self._body_meeting_of(other) or other._body_meeting_of(self):
            self.participants = list(dict.fromkeys([*self.participants, *other.participants]))
        elif set(self.participants) == set(other.participants):
            # Two mentions of one meeting: what each says of its states ("visit China", "state visit to China").
            self.countries = list(dict.fromkeys([*self.countries, *_visited(other.cue.kind, other.place,
                                                                             other.countries)]))
        self.place = self.place or other.place
        self.venue = self.venue or other.venue
        self.host = self.host or other.host
        self.organisation = self.organisation or other.organisation

    def compatible(self, other: Draft) -> bool:
        if self.same_event(other):
            return True
        if self.cue.kind[:1].isupper() and other.cue.kind[:1].isupper() and self.cue.kind != other.cue.kind:
            return False  # two named events are two events
        if self._body_meeting_of(other) or other._body_meeting_of(self):
            return True
        if self.cue.mode != other.cue.mode:
            return False
        if self._visits_elsewhere(other):
            return False  # "visiting Norway after visiting the Netherlands": two trips of one week
        if self._stands_for(other) or other._stands_for(self):
            # "S.Korean, Japanese FMs to hold meeting", then "Ban and Aso": the people of the states named first.
            # "During their meeting, Ban and Aso are expected to ...": an undated later mention of the one announced.
            return (kind_head(self.cue.kind) == kind_head(other.cue.kind) and self.dates_agree(other)
                    and (self.cue.future == other.cue.future
                         or (self.cue.future and (other.date is None or other.date_borrowed))))
        if set(self.participants) != set(other.participants):
            return self._named_twice(other)
        if not self.participants and kind_head(self.cue.kind) != kind_head(other.cue.kind):
            return False  # with nobody named, "the APEC summit" and "the APEC Ministerial Meeting" are two events
        if ("visit" in self.cue.kind) != ("visit" in other.cue.kind) and not self._same_day(other):
            return False  # "will visit Indonesia from Nov. 9 to 15, and attend the ASEAN summit": the trip holds it
        if self.cue.future != other.cue.future:
            # "The Lee-Xi summit comes at a critical juncture": an undated later mention of an announced meeting.
            return (self.cue.future and (other.date is None or other.date_borrowed)
                    and kind_head(self.cue.kind) == kind_head(other.cue.kind))
        return self.dates_agree(other)

    def _visits_elsewhere(self, other: Draft) -> bool:
        """Whether both are visits to two different countries, named by one trigger (``visiting the Netherlands and
        Italy``) or dated apart (a day, and the week before it); an undated mention of one leg of a tour (``Wen's
        visit to Slovakia``) still joins the tour."""
        apart = self.cue.span == other.cue.span or (
            self.date is not None and other.date is not None and self.date != other.date)
        return (apart and kind_head(self.cue.kind) == kind_head(other.cue.kind) == "visit"
                and self.place is not None and other.place is not None and self.place != other.place
                and lookup_country(self.place) is not None and lookup_country(other.place) is not None)

    def same_event(self, other: Draft) -> bool:
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

    def _same_day(self, other: Draft) -> bool:
        return self.date is not None and self.date.day is not None and self.date == other.date

    def dates_agree(self, other: Draft) -> bool:
        if self.date is None or other.date is None or self.date_borrowed or other.date_borrowed:
            return True
        # One holds the other: "2020-08" and "2020-08-20", a week and a day in it.
        return self.date.covers(other.date) or other.date.covers(self.date)

    def _stands_for(self, other: Draft) -> bool:
        """Whether this meeting's participants are states only, all of them the countries of *other*'s people."""
        return (bool(self.participants) and set(self.participants) <= set(other.countries)
                and set(self.participants) == set(self.countries)
                and not set(other.participants) <= set(other.countries))

    def _body_meeting_of(self, other: Draft) -> bool:
        """``Asean foreign ministers met by video conference on Wednesday``, then ``who joined the 53rd Asean Foreign
        Ministers' Meeting``: the body's members' meeting and that body's named event on the same day are one."""
        return (other.organisation is not None and self.participants == [other.organisation]
                and other.cue.kind[:1].isupper() and self.date is not None and self.date == other.date
                and self.cue.future == other.cue.future)

    def _named_twice(self, other: Draft) -> bool:
        """A Kremlin header's ``Meeting with X`` and the body's ``Putin met with X``: one meeting, named twice.

        Only when one list of participants contains the other, they are the
        same kind of meeting, and no two different dates set them apart.
        """
        mine, theirs = set(self.participants), set(other.participants)
        return (bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)
                and self.cue.future == other.cue.future
                and (self.date is None or other.date is None or self.date == other.date)
                and kind_head(self.cue.kind) == kind_head(other.cue.kind))

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
            end_date=self.end_date,
        )


def named_before(cue: MeetingCue, drafts: list[Draft]) -> bool:
    """Whether a meeting of *cue*'s kind came before it; if not, ``the EU summit`` is the first we hear of it."""
    head = kind_head(cue.kind)
    return any(kind_head(d.cue.kind) == head for d in drafts)


@functools.lru_cache(maxsize=256)  # a few kinds, asked about for every pair of mentions
def kind_head(kind: str) -> str:
    """What a mention refers back to: ``state visit`` is a ``visit``, ``summit talks`` a ``summit``."""
    words = kind.lower().split()
    return "summit" if "summit" in words else words[-1] if words else kind


def _visited(kind: str, place: str | None, countries: list[str]) -> list[str]:
    """A visit's countries include the one visited: ``a state visit to China`` adds CN."""
    if "visit" not in kind or place is None:
        return countries
    code = lookup_country(place) or lookup_city(place)
    return countries if code is None or code in countries else [*countries, code]

