"""Days counted from another date of the story: ``a day after he met Wang``, ``the next day``, ``the same day``.

These phrases name a day only through another day the text gives, so they are read after the other date
mentions, and anchored on one of them rather than on the story's reference date:

* an *event offset* opens a clause or a noun phrase (``on Thursday, a day after he met Wang``, ``two days
  before the summit``): the day of what follows is the day of the sentence's other date (outside that
  clause) minus the offset after ``after``, plus it after ``before``;
* a *relative day* stands on its own (``The next day, ...``, ``a day earlier``, ``the previous day``,
  ``The same day``): the nearest day-precision date before it, in its sentence or the ones before, plus or
  minus the offset.

Only day-precision anchors count: ``a day after`` a month says no day. The phrases are found from the cheap
literal hits of `` day``, `` week`` and `` hours`` (no scan of the text per form).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import regex

from ..temporal import DateExpr

__all__ = ["EVENT_OFFSET", "RELATIVE_DAY", "WEEKEND", "find_offsets", "find_weekends"]

EVENT_OFFSET = "event_offset"
RELATIVE_DAY = "relative_day"
WEEKEND = "weekend"

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": 0, "few": 0, "the": 1}
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hours": 0, "hour": 0}
# Around one literal hit: the count before the unit, the direction after it.
_PHRASE = regex.compile(
    r"\b(?:"
    r"(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[0-9]{1,2}"
    r"|[Tt]he)[ \t]++(?P<unit>days?|weeks?|hours?)[ \t]++(?P<dir>after|before|earlier|later)\b"
    r"|(?P<hours>[Hh]ours)[ \t]++(?P<hdir>after|before)\b"
    r"|[Tt]he[ \t]++(?P<adj>next|following|previous|preceding|same)[ \t]++(?P<unit2>day|morning|evening|night)\b"
    r"|(?<![Oo]n[ \t]|[Ff]or[ \t])[Tt]hat[ \t]++(?P<that>day)\b(?=[ \t]*+,)"
    r")"
)
# After "after"/"before": a clause or a noun phrase follows (the event form), not a stop (the adverb form).
_STOPS_AFTER = regex.compile(r"[ \t]*+(?:[,.;:)\u2014\u2013\"”]|$)")
# "the day before yesterday" is the dates kind's; "days after the deadline passed" still counts.
_DEICTIC_AFTER = regex.compile(r"[ \t]++(?:yesterday|tomorrow|today)\b", regex.I)
_LITERALS = (" day", " week", " hour", " morning", " evening", " night", "That day", "that day")
_WINDOW = 24
_REACH_BACK = 600  # characters before the phrase's sentence: three or four sentences of wire copy


def _hits(text: str, lo: int, hi: int) -> list[int]:
    """Where the units stand (cheap ``str.find`` loops, in text order)."""
    out: list[int] = []
    for literal in _LITERALS:
        i = text.find(literal, lo, hi)
        while i >= 0:
            out.append(i)
            i = text.find(literal, i + len(literal), hi)
    out.sort()
    return out


def _phrases(text: str, lo: int, hi: int) -> list[tuple[int, int, str, int]]:
    """``(start, end, kind, days)`` of each offset phrase in ``text[lo:hi]``, in text order, not overlapping."""
    out: list[tuple[int, int, str, int]] = []
    last = lo
    for pos in _hits(text, lo, hi):
        if pos < last:
            continue
        m = _PHRASE.search(text, max(last, pos - _WINDOW), min(hi, pos + _WINDOW))
        while m is not None and m.end() <= pos:
            m = _PHRASE.search(text, m.end(), min(hi, pos + _WINDOW))
        if m is None or m.start() > pos + 1:
            continue
        found = _read(text, m)
        if found is not None:
            out.append((m.start(), m.end(), *found))
            last = m.end()
    return out


def _read(text: str, m: regex.Match[str]) -> tuple[str, int] | None:
    if m.group("that") is not None:
        return RELATIVE_DAY, 0
    if m.group("adj") is not None:
        adj = m.group("adj")
        if adj == "same":
            return RELATIVE_DAY, 0
        return RELATIVE_DAY, (1 if adj in ("next", "following") else -1)
    if m.group("hours") is not None:
        if _STOPS_AFTER.match(text, m.end()):
            return None
        return EVENT_OFFSET, 0  # "hours after he met Wang": the same day
    n, unit, way = m.group("n").lower(), m.group("unit"), m.group("dir")
    count = int(n) if n.isdigit() else _COUNTS[n]
    if n == "the" and unit != "day":
        return None  # "the hours after", "the weeks before": no count
    days = count * _UNIT_DAYS[unit]
    if count == 0 or _DEICTIC_AFTER.match(text, m.end()):
        return None
    if way in ("earlier", "later"):
        return RELATIVE_DAY, (days if way == "later" else -days)
    if _STOPS_AFTER.match(text, m.end()):
        return RELATIVE_DAY, (days if way == "after" else -days)  # "met him the day before."
    # The event after "after" came that many days before the anchor.
    return EVENT_OFFSET, (-days if way == "after" else days)


def find_offsets(
    text: str, lo: int, hi: int, day_mentions: Callable[[], Sequence[tuple[int, int, dt.date]]], *,
    sentence_at: Callable[[int], tuple[int, int]], clause_end: Callable[[int, int], int],
) -> list[tuple[int, int, DateExpr, dt.date]]:
    """Each offset phrase in ``text[lo:hi]`` with its expression and the anchor day it counts from.

    *day_mentions* gives the other date mentions that give a day, as ``(start, end, date)`` in text order
    (asked for only when the text holds an offset phrase);
    *sentence_at* gives a sentence's bounds, *clause_end* where the clause from a position ends.
    Phrases with no anchor are left out.
    """
    found = _phrases(text, lo, hi)
    days = day_mentions() if found else ()
    if not days:
        return []
    out: list[tuple[int, int, DateExpr, dt.date]] = []
    for start, end, kind, offset in found:
        anchor = _event_anchor(start, end, days, sentence_at(start), clause_end(end, sentence_at(start)[1])) \
            if kind == EVENT_OFFSET else _previous_day(start, days, sentence_at)
        if anchor is not None:
            out.append((start, end, DateExpr(kind, offset=offset), anchor))
    return out


def _event_anchor(start: int, end: int, days: Sequence[tuple[int, int, dt.date]], sentence: tuple[int, int],
                  clause_end: int) -> dt.date | None:
    """The day of the sentence's main clause: the nearest day before the phrase, else the first after its
    clause (``A day after he met Wang, Lee said on Thursday ...``)."""
    i = bisect_right(days, (start, start, dt.date.max)) - 1
    while i >= 0 and days[i][1] > start:
        i -= 1
    if i >= 0 and days[i][0] >= sentence[0]:
        return days[i][2]
    j = bisect_left(days, (clause_end, 0, dt.date.min))
    return days[j][2] if j < len(days) and days[j][0] < sentence[1] else None


def _previous_day(start: int, days: Sequence[tuple[int, int, dt.date]],
                  sentence_at: Callable[[int], tuple[int, int]]) -> dt.date | None:
    """The nearest day before *start*, within its sentence or the few before it (``On Wednesday, Lee spoke with
    Muhyiddin. ... They agreed ... The same day, Mr Lee ...``)."""
    floor = max(0, sentence_at(start)[0] - _REACH_BACK)
    i = bisect_right(days, (start, start, dt.date.max)) - 1
    while i >= 0 and days[i][1] > start:
        i -= 1
    return days[i][2] if i >= 0 and days[i][0] >= floor else None


# "over the weekend", "at the weekend", "this/last/next weekend", "the coming weekend": an ISO week (Saturday and
# Sunday share one), resolved on the story's reference date by temporal.resolve.
_WEEKEND = regex.compile(
    r"(?:(?<=\b(?:over|at|during|on|[Oo]ver|[Aa]t|[Dd]uring)[ \t]++)the[ \t]++(?:(?P<mod>past|coming)[ \t]++)?+"
    r"|\b(?P<rel>[Tt]his|[Ll]ast|[Nn]ext)[ \t]++)weekend\b(?![-\u2011])"
)
_WEEKEND_RELS = {"this": "this", "last": "last", "next": "next", "past": "last", "coming": "next"}


def find_weekends(text: str, lo: int, hi: int) -> list[tuple[int, int, DateExpr]]:
    """``over the weekend``, ``last weekend``: each as ``(start, end, DateExpr("weekend", rel=...))``; ``rel`` is
    ``None`` where the clause's tense decides (``met over the weekend``, ``will meet at the weekend``)."""
    out: list[tuple[int, int, DateExpr]] = []
    i = text.find("weekend", lo, hi)
    while i >= 0:
        m = _WEEKEND.search(text, max(lo, i - 20), min(hi, i + 7))
        if m is not None and m.end() == i + 7:
            word = m.group("rel") or m.group("mod")
            out.append((m.start(), m.end(), DateExpr(WEEKEND, rel=_WEEKEND_RELS[word.lower()] if word else None)))
        i = text.find("weekend", i + 7, hi)
    return out
