"""Dating: a meeting's date from its own clause, the lead, an earlier mention or the trip it belongs to."""

from __future__ import annotations

import contextlib
import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Sequence

import attrs
import regex

from ....errors import ParseError
from ....model import Dateline, DateMention, PartialDate, Precision, Span
from ....text.offsets import EVENT_OFFSET, RELATIVE_DAY, WEEKEND
from ....text.sentences import sentence_at
from ....text.tense import tense_at
from ..._lexicon import MONTHS, WEEKDAY_NAMES
from ...dates import parse_date
from ..cue import MeetingCue, intended
from ..lexicon import NUMBER_WORDS
from .merging import RECENT, Draft, kind_head

__all__ = ["Dating", "date_by_trip"]

# The last day of a range right after its first day: "Oct 15-16", "from May 12 to 14", "March 3 to March 5".
_RANGE_END = regex.compile(
    r"\s*+(?:[-–]|to|through|until|till|and)\s*+(?:(?P<month>[A-Z][a-z]{2,8}+)\.?+\s++)?+(?P<day>[0-9]{1,2})\b(?![,.]?\d)"
)
# A duration before the meeting's noun: "a four-day state visit", "a 3-day trip".
_DURATION = regex.compile(
    r"\b(?P<n>[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\s-]day\s++(?:[\w\-]++\s++){0,2}+$", regex.I
)
_STARTING = regex.compile(r"\b(?:starting|beginning|from)\s++(?:on\s++)?+$", regex.I)
# More years after a first one: "in 2018 and 2019", "in 2018, 2019 and 2020".
_MORE_YEARS = regex.compile(r"(?:(?:,|\s++and)\s++(?P<year>(?:19|20)[0-9][0-9])\b)*+")
_PLURAL_TRIGGERS = frozenset({"summits", "meetings", "visits", "consultations"})
_PARTICIPLE = regex.compile(r",\s++(?:and\s++)?+\p{Ll}\w*+(?<=ing)\b")
_SAID_BEFORE = regex.compile(r"\b(?:said|says|told|added|announced|stated|reported)\b")
_EVE = regex.compile(r"\bon\s++the\s++eve\s++of\b", regex.I)
# Phrases that name days already gone: they cannot date a meeting still to come ("Lee's upcoming visit comes
# after drills earlier this week").
_PAST_ONLY = regex.compile(r"(?i:earlier|last|past|previous|yesterday)\b|.*\bago$")
# "the first visit ... since Slovakia gained independence in 1993", "since 2006": a bound, not the date.
_YEAR = regex.compile(r"\d{4}")
_CLAUSE_BREAK = regex.compile(r"[,;]|\b(?:and|but|that)\b")
_CLAUSE_BREAK_MARK = regex.compile(r"[,;:.()]")
# ", which opened on Friday", ", which was held on Monday": the clause that dates the event before it.
_WHICH_HELD = regex.compile(
    r",\s++which\s++(?:(?:was|were|had\s++been|has\s++been)\s++)?+(?:held|opened|began|started|convened|"
    r"took\s++place|kicked\s++off)\s++(?:virtually\s++|online\s++|in\s++[\w\-]++\s++)?+"
)
# An event of speech between the meeting and a date: the date is the briefing's ("explains Lee's plan to visit
# China during a press briefing held at Cheong Wa Dae on Friday").
_SPEECH_EVENT = regex.compile(
    r"\b(?:during|at|in)\s++(?:a|an|the|his|her|their)\s++(?:[\p{L}\-]++\s++){0,2}?"
    r"(?:briefing|press\s++conference|news\s++conference|interview|speech|address|press\s++event)\b",
    regex.I,
)
# The meeting as what a briefing is about: "at a briefing on Wen's visit", "a news conference about the talks".
_SPEECH_TOPIC = regex.compile(
    r"\b(?:briefing|press\s++conference|news\s++conference|interview|speech|remarks|address)\s++(?:on|about)\s++"
    r"(?:[\p{L}’'\-]++\s++){0,3}?$",
    regex.I,
)
# A plan a meeting is the object of: the date told before it is the plan's ("agreed on Thursday to hold talks").
_PLAN_VERB = regex.compile(r"(?i:\b(?:agreed|agrees|decided|pledged|vowed|promised|proposed|invited|urged|"
                           r"called\s++for|work(?:s|ed|ing)?+\s++towards?+)\b)")
# A bound of another clause's span: "since May", "extend the cuts until the end of July".
_SINCE_BEFORE = regex.compile(r"\b(?:since|until|till)\s++(?:the\s++(?:end|middle|start)\s++of\s++)?+$", regex.I)
# After the cue, a clause of its own up to the date, with no comma to close it: "met Maas days after Berlin banned
# Huawei on Tuesday", "the first meeting since the pandemic began in January", "met Maas, who took office in March".
_OTHER_CLAUSE = regex.compile(
    r"(?:\b(?:since|after|before|until|till)|,\s*+(?:who|whose))\b[^,;]*+$", regex.I
)
# "Levy said in interviews last week that his visit would ...": the date of the saying, then its complement.
_SAYING = regex.compile(r"\b(?:said|says|told|announced|stated|confirmed|added|reported)\b[^.;]{0,80}+$")
_THAT_AFTER = regex.compile(r"[\s,]*+that\b", regex.I)
_COMPLEMENT_AHEAD = regex.compile(
    r"\b(?:would|will|shall|plans?\s++to|planned\s++to|(?:is|are|was|were)\s++to|to\s++be\s++held)\b", regex.I
)
# "has been postponed until the end of June", "was moved to July 3": the new date, not the one called off.
_MOVED_TO = regex.compile(
    r"\b(?:postponed|delayed|deferred|rescheduled|put\s++off|pushed\s++back|moved)\s++(?:until|till|to|for)\s++"
    r"(?:(?:the\s++)?+(?:end|start|beginning|middle|first\s++half|second\s++half)\s++of\s++)?+$",
    regex.I,
)
# What may come before a date that opens its sentence: quotes, and at most two words ("In", "Earlier on").
_OPENING = regex.compile(r"[\s\"“']*+(?:\p{L}++\s++){0,2}+")
_FULL_STOP = regex.compile(r"\.(?=\s)")
# ", where he met", ", where they held": a meeting within the place and day its main clause gives.
_WHERE_CLAUSE = regex.compile(
    r",\s++where\s++(?:he|she|they|the\s++two)\s++(?:(?:also|later|then|had|has|will|would)\s++)*+$", regex.I
)
# "It will be hosted by Singapore", "It is scheduled to take place", "It will be held": the meeting named before.
_IT_HELD = regex.compile(
    r"It\s++(?:will|would|is|was)\s++(?:(?:be|also|to|expected|scheduled|set|due|slated)\s++)*+"
    r"(?:hosted|held|take\s++place|convened|opened|open|staged|organised|organized)\b"
)
# "held on the sidelines of the APEC summit": the meeting shares that event's day.
_SIDELINES = regex.compile(r"\b(?:on|at)\s++the\s++(?:sidelines|margins)\s++of\b")
# A second day joined to a first: "on Monday and Tuesday", "on Friday through Sunday".
_AND_DAY = regex.compile(r"\s++(?:and|to|through|until)\s++(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# "was speaking at the", "were addressing": where the words the story quotes were said.
_OCCASION = regex.compile(r"\b(?:was|were)\s++(?:speaking|addressing)\s++(?:at|to|during)?+\s*+(?:the\s++|an?\s++)?+$")
_RELATIVE_OPENING = regex.compile(r",\s++(?:who|which)\s")
# Words without which the case-insensitive patterns above cannot match (see _may_hold).
_MOVED_WORDS = ("postponed", "delayed", "deferred", "rescheduled", "put", "pushed", "moved")
_OTHER_CLAUSE_WORDS = ("since", "after", "before", "until", "till", "who")
_SPEECH_EVENT_WORDS = ("briefing", "conference", "interview", "speech", "address", "press")
_SPEECH_TOPIC_WORDS = ("briefing", "conference", "interview", "speech", "remarks", "address")


class Dating:
    """When a meeting was: the date mention its cue owns, else the lead's, read forwards for what is to come."""

    def __init__(
        self, text: str, dates: Sequence[DateMention], dateline: Dateline | None, reference: dt.date | None
    ) -> None:
        self.text = text
        self.reference = reference
        # The dateline says when the story was filed, not when its meetings were: it borrows on its own terms.
        self.dates = [d for d in dates if dateline is None or not _within(d.span, dateline.span)]
        self.date_starts = [d.span.start for d in self.dates]
        lead_start = dateline.span.end if dateline is not None else 0
        # A dateline on a line of its own (Kremlin pages) is followed by a blank line, not by the lead.
        while lead_start < len(text) and text[lead_start].isspace():
            lead_start += 1
        self.lead_date = self._lead_date(lead_start, dateline)
        self.lead_start = lead_start  # a headline between the dateline and the lead shares the lead's date
        self.claimed: set[int] = set()
        # The lead paragraph is the one holding the lead's date: a headline of its own comes before it.
        lead_paragraph = lead_start
        if self.lead_date is not None and self.lead_date[1].start > lead_start:
            lead_paragraph = self.lead_date[1].start
        self.lead_reach = _paragraph_end(text, _paragraph_end(text, lead_paragraph) + 2)

    def date(self, cue: MeetingCue) -> tuple[PartialDate | None, Span | None, bool]:
        """The meeting's date, its span, and whether it was borrowed from the lead."""
        moved = self.moved_to(cue)
        if moved is not None:
            return moved.date, moved.span, False
        after = self.event_offset(cue) or self.held_clause(cue) or self.where_clause(cue)
        if after is not None:
            return after.date, after.span, False
        mention = self.date_in(cue.date_hint) if cue.date_hint is not None else None
        if mention is not None and not self.dates_cue(mention, cue):
            return None, None, False
        if mention is None:
            eve = self.eve_of(cue)
            if eve is not None:
                return eve
            mention = self.sidelines_date(cue) or self.date_in(
                cue.sentence, cue.span, skip=self.claimed, fits=lambda m: self.dates_cue(m, cue))
            mention = mention or self.main_clause_date(cue)
        if mention is not None:
            date = self.forward(mention, cue)
            if date is None:
                return None, None, False
            return self.within_range(mention, cue) or date, mention.span, False
        if cue.future:
            mention = self.next_sentence_date(cue)
            if mention is not None:
                return self.forward(mention, cue), mention.span, False
        if (self.lead_date is not None and not cue.future
                and ((min(self.lead_date[1].start, self.lead_start) <= cue.span.start < self.lead_reach
                      and not self.passed_over(self.lead_date[1], cue)) or self.occasion(cue))):
            return self.lead_date[0], self.lead_date[1], True
        return None, None, False

    def event_offset(self, cue: MeetingCue) -> DateMention | None:
        """``said on Thursday, a day after he met Wang``: the day the offset phrase just before the cue gives its
        clause, unless the clause dates the meeting itself after the cue (``a day after they met on Monday``);
        or a day counted from another, or a weekend, right after the cue in its clause (``spoke with Moon the
        previous day``, ``said on Tuesday he had spoken with Widodo over the weekend``)."""
        j = bisect_left(self.date_starts, cue.span.end)
        if j < len(self.dates):
            after = self.dates[j]  # "spoke with Moon the previous evening", "met him the day before."
            if (after.kind in (RELATIVE_DAY, WEEKEND) and after.span.end <= cue.sentence.end
                    and after.span.start - cue.span.end <= 80
                    and _CLAUSE_BREAK_MARK.search(self.text, cue.span.end, after.span.start) is None):
                return after
        i = bisect_left(self.date_starts, cue.span.start) - 1
        if i < 0:
            return None
        mention = self.dates[i]
        if (mention.kind != EVENT_OFFSET or mention.span.start < cue.sentence.start
                or cue.span.start - mention.span.end > 80
                or _CLAUSE_BREAK_MARK.search(self.text, mention.span.end, cue.span.start) is not None):
            return None
        hint = cue.date_hint
        if hint is not None and hint.start >= cue.span.end and _CLAUSE_BREAK_MARK.search(
                self.text, cue.span.end, hint.start) is None:
            return None  # "a day after they met on Monday": the clause's own day
        return mention

    def held_clause(self, cue: MeetingCue) -> DateMention | None:
        """``An EU summit on the recovery fund, which opened on Friday (July 17), went into a fourth day``: the day
        a relative clause right after the event says it was held, opened or began."""
        end = min(cue.sentence.end, cue.span.end + 120)
        comma = self.text.find(", which ", cue.span.end, end)
        if comma < 0:
            return None  # cheap literal check first
        held = _WHICH_HELD.match(self.text, comma)
        if held is None:
            return None
        mention = self.date_in(Span(held.end(), min(cue.sentence.end, held.end() + 40)))
        if mention is None or mention.date.day is None:
            return None
        close = self.text.find(",", mention.span.end, cue.sentence.end)
        return mention if close < 0 or not self.text[held.end() : mention.span.start].count(",") else None

    def where_clause(self, cue: MeetingCue) -> DateMention | None:
        """``Wang visited France on Friday, where he met Macron``: a meeting in a ``where`` clause with no date of
        its own is on the day its main clause gives, though the visit's cue has taken that day."""
        if cue.date_hint is not None and cue.date_hint.start >= cue.span.start:
            return None
        lo = max(cue.sentence.start, cue.span.start - 40)
        comma = self.text.rfind(", where ", lo, cue.span.start)
        if comma < 0:
            return None  # cheap literal check first
        if _WHERE_CLAUSE.match(self.text, comma, cue.span.start) is None:
            return None
        i = bisect_left(self.date_starts, comma) - 1
        if i < 0 or self.dates[i].span.start < cue.sentence.start or self.dates[i].span.end > comma:
            return None
        return self.dates[i]

    def claims(self, hint: Span) -> tuple[int, ...]:
        """Where the dates a cue's date hint owns end: the hint's, and a second day joined to it (``on Monday and
        Tuesday``), which no other meeting of the sentence may take."""
        more = _AND_DAY.match(self.text, hint.end, hint.end + 24)
        return (hint.end,) if more is None else (hint.end, more.end())

    def occasion(self, cue: MeetingCue) -> bool:
        """``The Prime Minister was speaking at the Special Summit``: the event where the lead's words were said, which
        has the lead's date however far down the story tells it."""
        start = max(cue.sentence.start, cue.span.start - 60)
        before = self.text[start : cue.span.start]
        if "speaking" not in before and "addressing" not in before:
            return False  # cheap literal check first
        return _OCCASION.search(self.text, start, cue.span.start) is not None

    def moved_to(self, cue: MeetingCue) -> DateMention | None:
        """``The summit, which was to have been held last week, has been postponed until June``: the new date."""
        i = bisect_left(self.date_starts, cue.span.end)
        while i < len(self.dates) and self.dates[i].span.end <= cue.sentence.end:
            mention = self.dates[i]
            i += 1
            lo = max(cue.span.end, mention.span.start - 60)
            if _may_hold(self.text, lo, mention.span.start, _MOVED_WORDS) and _MOVED_TO.search(
                    self.text, lo, mention.span.start):
                return mention
        return None

    def passed_over(self, span: Span, cue: MeetingCue) -> bool:
        """Whether the date mention at *span* is in the cue's sentence and not its date (``Wang, who arrived on
        Sunday, met Maas``): the lead does not lend it back."""
        if not _within(span, cue.sentence):
            return False
        i = bisect_left(self.date_starts, span.start)
        mention = self.dates[i] if i < len(self.dates) and self.dates[i].span == span else None
        return mention is not None and not self.dates_cue(mention, cue)

    def adjacent(self, mention: DateMention, cue: MeetingCue) -> bool:
        """Whether *mention* is right next to the cue (``talks yesterday``, ``Monday's summit``)."""
        span, text = mention.span, self.text
        between = text[cue.span.end : span.start] if span.start >= cue.span.end else text[span.end : cue.span.start]
        return between.strip() in ("", "'s", "\u2019s")

    def dates_cue(self, mention: DateMention, cue: MeetingCue) -> bool:
        """Whether *mention*, in the cue's sentence, can be the meeting's date: not a day already gone for a meeting
        still to come (unless right next to it: ``talks yesterday``), not the date of another clause (the bound of a
        ``since``, what came ``after`` or ``before``, a relative clause), not the date of a statement whose
        complement names a meeting still to come (``said last week that his visit would ...``)."""
        text, span = self.text, mention.span
        if mention.kind == EVENT_OFFSET:
            return False  # it dates only the clause it opens (event_offset above)
        if cue.future and _PAST_ONLY.match(mention.text) and not self.adjacent(mention, cue):
            return False
        if _in_other_relative_clause(text, span, cue.span, cue.sentence):
            return False
        if span.start >= cue.span.end:
            if _may_hold(text, cue.span.end, span.start, _OTHER_CLAUSE_WORDS) and _OTHER_CLAUSE.search(
                    text, cue.span.end, span.start) is not None:
                return False
            if _may_hold(text, cue.span.end, span.start, _SPEECH_EVENT_WORDS) and _SPEECH_EVENT.search(
                    text, cue.span.end, span.start) is not None:
                return False  # "his plan to visit China during a press briefing held in Seoul on Friday"
            lo = max(cue.sentence.start, cue.span.start - 60)
            if _may_hold(text, lo, cue.span.start, _SPEECH_TOPIC_WORDS) and _SPEECH_TOPIC.search(
                    text, lo, cue.span.start) is not None:
                return False  # "said at a briefing on Wen's visit here Wednesday": the briefing's day
            # "met Suga ... and both sides agreed that the Games will be held next summer": a meeting told in the
            # past is not dated by a later clause that looks ahead.
            if cue.future or _CLAUSE_BREAK.search(text, cue.span.end, span.start) is None:
                return True
            sentence = text[cue.sentence.start : cue.sentence.end]
            return not (
                tense_at(sentence, span.start - cue.sentence.start, span.end - cue.sentence.start) == "future"
                and tense_at(sentence, cue.span.start - cue.sentence.start,
                             cue.span.end - cue.sentence.start) == "past"
            )
        lo = max(cue.sentence.start, span.start - 22)
        if (text.find("since", lo, span.start) >= 0 or text.find("til", lo, span.start) >= 0) \
                and _SINCE_BEFORE.search(text, lo, span.start):
            return False
        if cue.future and cue.span.start - span.end < 80 \
                and _PLAN_VERB.search(text, max(cue.sentence.start, span.start - 25), cue.span.start):
            return False  # "agreed on Sunday to work towards a visit": the day of the agreeing, not of the visit
        if span.end <= cue.span.start and _THAT_AFTER.match(text, span.end, cue.span.start):
            said = _SAYING.search(text, max(cue.sentence.start, span.start - 90), span.start)
            if said is not None and (cue.future or _COMPLEMENT_AHEAD.search(text, span.end, cue.sentence.end)):
                return False
        return True

    def within_range(self, mention: DateMention, cue: MeetingCue) -> PartialDate | None:
        """``will pay official visits ... from Dec. 4 to 15, and he will also attend the summit``: a range an
        earlier clause gives its own trip holds the meeting, whose day it does not say; the month, when the range
        lies within one."""
        date = mention.date
        if date.day is None or date.month is None or mention.span.end > cue.span.start:
            return None
        after = _RANGE_END.match(self.text, mention.span.end, mention.span.end + 24)
        if after is None or not _CLAUSE_BREAK.search(self.text, after.end(), cue.span.start):
            return None
        month = date.month if after.group("month") is None else MONTHS.get(after.group("month").lower())
        return PartialDate(date.year, date.month) if month == date.month else PartialDate(date.year)

    def next_sentence_date(self, cue: MeetingCue) -> DateMention | None:
        """``The two countries will soon hold the 16th Joint Council Meeting. It will be hosted by Singapore this
        year.``: the next sentence, about "it" being held, dates a meeting still to come that its own sentence
        leaves undated."""
        text = self.text
        start = cue.sentence.end
        while start < len(text) and text[start] in " \n\t\"”":
            start += 1
        if not text.startswith("It ", start):
            return None  # cheap literal check first
        said = _IT_HELD.match(text, start)
        if said is None:
            return None
        mention = self.date_in(Span(said.end(), sentence_at(text, said.end())[1]))
        return mention if mention is not None and not _PAST_ONLY.match(mention.text) else None

    def sidelines_date(self, cue: MeetingCue) -> DateMention | None:
        """``met on the sidelines of the APEC summit on Nov. 1``: the day of the event it was held beside, even
        where that event's own cue has taken the date; only when the sentence dates nothing before it (``met on
        Monday on the sidelines of ...`` keeps Monday)."""
        end = min(cue.sentence.end, cue.span.end + 160)
        window = self.text[cue.span.end : end]
        if "sidelines of" not in window and "margins of" not in window:
            return None  # cheap literal check first
        beside = _SIDELINES.search(self.text, cue.span.end, end)
        if beside is None or self.date_in(Span(cue.sentence.start, beside.start())) is not None:
            return None
        return self.date_in(Span(beside.end(), cue.sentence.end), Span(beside.start(), beside.end()),
                            fits=lambda m: self.dates_cue(m, cue))

    def main_clause_date(self, cue: MeetingCue) -> DateMention | None:
        """``Kim held five rounds of summit talks this year, meeting Putin and holding talks with Xi``: a
        participle clause's meeting takes the date of the main clause it elaborates (not a statement's date:
        ``said on Tuesday, praising ...``)."""
        comma = self.text.rfind(",", cue.sentence.start, cue.span.start)
        if comma < 0 or not _PARTICIPLE.match(self.text, comma):
            return None
        i = bisect_left(self.date_starts, comma) - 1
        while i >= 0 and self.dates[i].span.start >= cue.sentence.start:
            mention = self.dates[i]
            if mention.span.end <= comma:
                said = _SAID_BEFORE.search(self.text, max(cue.sentence.start, mention.span.start - 16),
                                           mention.span.start)
                return None if said is not None else mention
            i -= 1
        return None

    def eve_of(self, cue: MeetingCue) -> tuple[PartialDate, Span, bool] | None:
        """``met Netanyahu on the eve of talks in Abu Dhabi on Monday``: the day before that day."""
        if not _may_hold(self.text, cue.span.end, cue.sentence.end, ("eve",)):
            return None
        eve = _EVE.search(self.text, cue.span.end, cue.sentence.end)
        if eve is None:
            return None
        mention = self.date_in(Span(eve.end(), cue.sentence.end))
        if mention is None or mention.date.day is None:
            return None
        event = mention.date
        if self.reference is not None:
            # The event's own day, the nearest to the story: a past "met" does not make Monday's talks past.
            with contextlib.suppress(ParseError):
                event = parse_date(mention.text, reference=self.reference, tense="present")
        if event.day is None or event.month is None or (event.year, event.month, event.day) == (1, 1, 1):
            return None  # no day before 0001-01-01
        day = dt.date(event.year, event.month, event.day) - dt.timedelta(days=1)
        return PartialDate.from_date(day), mention.span, False

    def end_date(self, cue: MeetingCue, date: PartialDate | None, span: Span | None) -> PartialDate | None:
        """The last day of a meeting held over several days: a range after its first day (``Oct 15-16``), or a
        duration before its noun from a day it starts on (``a four-day visit starting on Monday``)."""
        if date is None or span is None or date.day is None:
            return None
        text = self.text
        after = _RANGE_END.match(text, span.end, span.end + 24)
        if after is not None:
            month = date.month if after.group("month") is None else MONTHS.get(after.group("month").lower())
            day = int(after.group("day"))
            if month is None or not (month, day) > (date.month, date.day):
                return None
            year = date.year + (month < (date.month or 0))
            try:
                return PartialDate(year, month, day)
            except ValueError:
                return None  # "Feb 28-31": no such day
        head = cue.span.start + text.rfind(" ", cue.span.start, cue.span.end) + 1 - cue.span.start \
            if " " in text[cue.span.start : cue.span.end] else cue.span.start  # "state visit": before "visit"
        duration = _DURATION.search(text, max(0, cue.span.start - 40), head) if _may_hold(
            text, max(0, cue.span.start - 40), head, ("day",)) else None
        if duration is None or not _STARTING.search(text, max(0, span.start - 20), span.start):
            return None
        n = duration.group("n").lower()
        days = int(n) if n.isdigit() else NUMBER_WORDS[n]
        first = dt.date(date.year, date.month or 1, date.day)
        if not 1 <= days <= (dt.date.max - first).days + 1:
            return None  # a "0-day" visit, or one ending after 9999-12-31
        return PartialDate.from_date(first + dt.timedelta(days=days - 1))

    def repeats(self, draft: Draft) -> list[Draft]:
        """``held summits with Mr Kim in 2018 and 2019``: a plural meeting dated by a list of years is one
        meeting a year; the drafts for the years after the first."""
        span = draft.date_span
        if span is None or draft.date_borrowed or draft.date is None or draft.date.precision is not Precision.YEAR:
            return []
        trigger = draft.cue.span.of(self.text).split()[-1].lower()
        if trigger not in _PLURAL_TRIGGERS:
            return []
        out = []
        for year in _MORE_YEARS.match(self.text, span.end, span.end + 40).captures("year"):
            out.append(attrs.evolve(draft, date=PartialDate(int(year)), countries=list(draft.countries),
                                    participants=list(draft.participants)))
        return out

    def forward(self, mention: DateMention, cue: MeetingCue) -> PartialDate | None:
        """A meeting still to come is not dated in the past: ``ahead of a summit on Friday``; a date that stays
        in the past read forwards (``since independence in 1993``) is not its date."""
        if not cue.future or self.reference is None:
            return mention.date
        if mention.date.last_day >= self.reference:
            return mention.date
        between = self.text[cue.span.end : mention.span.start]
        if between and tense_at(between, len(between)) == "past":
            # "his planned visit to Tokyo ... but later went ahead with the trip in late October": a past verb
            # between the plan and the date dates what happened; "his planned visit in April" is still to come.
            return mention.date
        try:
            ahead = parse_date(mention.text, reference=self.reference, tense="future")
        except ParseError:
            ahead = mention.date
        if ahead.last_day >= self.reference or _YEAR.search(mention.text) or self.adjacent(mention, cue):
            return ahead  # a year the text writes, or the cue's own date, stands even if its future reading was wrong
        return None

    def date_in(self, where: Span, near: Span | None = None, skip: set[int] | frozenset[int] = frozenset(),
                fits: Callable[[DateMention], bool] | None = None) -> DateMention | None:
        """The date mention inside *where*, except those ending at a position in *skip* or that do not *fit*: the
        first one, or with *near* the day- or month-precise one nearest to it, else a year-only one within 40
        characters."""
        i = bisect_left(self.date_starts, where.start)
        best: DateMention | None = None
        year_only: DateMention | None = None
        while i < len(self.dates) and self.dates[i].span.start < where.end:
            mention = self.dates[i]
            i += 1
            if not _within(mention.span, where) or mention.span.end in skip or (fits is not None and not fits(mention)):
                continue
            if near is None:
                return mention
            if _in_other_relative_clause(self.text, mention.span, near, where):
                continue  # "Bach, who arrived on Sunday for a visit, met Suga": Sunday is the arrival's
            if mention.date.precision is Precision.YEAR and _opens(self.text, mention.span, where):
                year_only = mention  # "Last year, Xi made a state visit ...": the opening dates the sentence
                continue
            if mention.date.precision is Precision.YEAR:
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
        # The lead sentence ends at a full stop before a space or a line break (a paragraph of one sentence).
        stop = _FULL_STOP.search(self.text, start)
        lead_end = _paragraph_end(self.text, start) if stop is None else stop.start() + 1
        mention = self.date_in(Span(start, max(start, lead_end)))
        if mention is not None and mention.date.day is not None:
            return mention.date, mention.span
        if mention is None and dateline is not None and dateline.date is not None:
            return PartialDate.from_date(dateline.date), dateline.span
        return None

    def announced(self, draft: Draft, drafts: list[Draft]) -> None:
        """``Asked about the summit talks between Lee and Xi on Monday, Wi replied``: the summit the article
        announced before, not one last Monday. A past-tense sentence read its weekday backwards; the same
        participants' meeting, already known to be still to come, reads it forwards."""
        if draft.cue.future or draft.date is None or draft.date_borrowed or draft.date_span is None:
            return
        if self.reference is None or draft.date.last_day >= self.reference:
            return
        words = self.text[draft.date_span.start : draft.date_span.end]
        if not any(day in words for day in WEEKDAY_NAMES):
            return
        head, people = kind_head(draft.cue.kind), set(draft.participants)
        if not any(d.cue.future and set(d.participants) == people and kind_head(d.cue.kind) == head for d in drafts):
            return
        try:
            ahead = parse_date(words, reference=self.reference, tense="future")
        except ParseError:
            return
        draft.cue, draft.date = intended(draft.cue), ahead

    def after_reference(self, draft: Draft) -> bool:
        """Whether the draft's own date (finer than a year) falls after the story's reference date."""
        if (self.reference is None or draft.date is None or draft.date_borrowed
                or draft.date.precision is Precision.YEAR):
            return False
        return draft.date.first_day > self.reference

    def date_earlier(self, cue: MeetingCue, drafts: list[Draft]) -> None:
        """``The summit on Monday`` dates the last summit named before it, if that one has no date of its own."""
        if cue.date_hint is None:
            return
        head = kind_head(cue.kind)
        earlier = next((d for d in reversed(drafts) if kind_head(d.cue.kind) == head), None)
        if earlier is None or not (earlier.date is None or earlier.date_borrowed):
            return
        mention = self.date_in(cue.date_hint)
        if mention is not None and not self.dates_cue(mention, cue):
            return
        date = self.forward(mention, earlier.cue) if mention is not None else None
        if mention is not None and date is not None and date.precision is not Precision.YEAR:
            earlier.date, earlier.date_span = date, mention.span
            earlier.date_borrowed = False


def date_by_trip(drafts: list[Draft]) -> None:
    """``Wen will pay official visits ... from Dec. 4 to 15`` and, later, ``he will hold talks with A``.

    A meeting still to come with no date of its own, held by someone whose
    dated trip the article announced before it, falls within that trip: its
    month is known, its day is not.
    """
    trips: list[Draft] = []
    for draft in drafts:
        if "visit" in draft.cue.kind and draft.cue.future and draft.date is not None and draft.participants:
            trips.append(draft)
        elif draft.date is None and draft.cue.future and draft.participants:
            trip = next((t for t in reversed(trips[-RECENT:]) if t.participants[0] in draft.participants), None)
            if trip is not None and trip.date is not None and trip.date.month is not None:
                draft.date = PartialDate(trip.date.year, trip.date.month)
                draft.date_span, draft.date_borrowed = trip.date_span, True


def _in_other_relative_clause(text: str, span: Span, near: Span, where: Span) -> bool:
    """Whether *span* lies in a ``, who ... ,`` clause of *where* that does not hold *near*."""
    comma = text.rfind(",", max(where.start, span.start - 200), span.start)
    opening = _RELATIVE_OPENING.match(text, comma) if comma >= 0 else None
    if opening is None:
        return False
    close = text.find(",", span.end, where.end)
    if close < 0:
        return False
    return not (opening.start() <= near.start and near.end <= close)


def _opens(text: str, span: Span, sentence: Span) -> bool:
    """Whether *span* opens *sentence* as an adverbial set off by a comma (``2019, ...``, ``In 2019, ...``,
    ``Earlier on Tuesday, ...``)."""
    return text.startswith(",", span.end) and _OPENING.fullmatch(text, sentence.start, span.start) is not None


def _may_hold(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """False only when none of *words* (lower case) can be in ``text[lo:hi]`` in any case: a cheap test before a
    case-insensitive search. ``casefold`` maps each character the regex module matches to an ASCII letter
    without case (``ſ``, ``K``, ``İ``) onto that letter."""
    window = text[lo:hi].casefold()
    for word in words:  # noqa: SIM110 - faster than any() over a generator on this hot path
        if word in window:
            return True
    return False


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", min(start, len(text)))
    return len(text) if end < 0 else end


def _distance(a: Span, b: Span) -> int:
    return max(0, a.start - b.end, b.start - a.end)


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end

