"""Meetings told as events, with no person taking part: ``The next round of talks will be held in London on
Sept 7, the EU said``, ``Leaders of the 10 Asean countries will hold a virtual summit on Friday``.

The event noun is the subject of ``will be held`` / ``took place`` / ``opened``, or the object of a group that
``will hold`` / ``held`` / ``opened`` it. Its parties are the states and organisations its clause names (the
subject, else the rest of the sentence: ``the EU said``). With none, the event is left out: a dated
``conference`` nobody is named at is no diplomatic meeting a dataset could use.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ....model import Organisation, Span
from ..cue import MeetingCue
from .participants import actors_in, states_in

__all__ = ["event_parties"]

_EVENT_HEADS = frozenset({
    "talks", "summit", "meeting", "negotiations", "consultations", "consultation", "dialogue", "conference",
    "ceremony", "round", "call",
})
# After the event noun: a short complement, then the verb of its taking place.
_HELD_AFTER = regex.compile(
    r"(?:\s++(?:between|on|over|with|of|in)\b[^,.;:]{0,60}?)?+\s++"
    r"(?:(?:will|would|is|are|was|were|has|have|had|to)\s++(?:(?:also|to|due|expected|scheduled|set|likely|now)"
    r"\s++)*+(?:be(?:en)?+\s++)?+)?+"
    r"(?:held|take\s++place|took\s++place|takes\s++place|opened|opens|began|begins|convened|convenes|resumed|"
    r"resumes|kicked\s++off|kicks\s++off)\b"
)
# Before the event noun: the group's verb and at most three modifiers ("will hold a virtual", "opened peace"), on
# either side of a round's "of" ("hold a new round of defence cost talks").
_HOLD_BEFORE = regex.compile(
    r"\b(?:hold|held|holds|holding|opened|open|opens|began|begin|convened|convene|launched|launch)\s++"
    r"(?:[\p{L}\-]++\s++){0,3}+(?:(?<=\bround\s++|\brounds\s++)of\s++(?:[\p{L}\-]++\s++){0,3}+)?+$"
)
_VERB_WORDS = ("held", "hold", "place", "open", "began", "begin", "conven", "resum", "kick", "launch")


def event_parties(text: str, cue: MeetingCue, organisations: Sequence[Organisation]
                  ) -> tuple[list[str], list[str]] | None:
    """The parties (states and organisations) of the event *cue* names, and its states, when it is told as an
    event held (see the module); ``None`` when it is not, or names no party."""
    head = cue.kind.lower().split()[-1] if cue.kind else ""
    if head not in _EVENT_HEADS:
        return None
    s_lo, s_hi = cue.sentence.start, cue.sentence.end
    window = text[max(s_lo, cue.span.start - 40) : min(s_hi, cue.span.end + 90)]
    if not any(word in window for word in _VERB_WORDS):
        return None  # cheap literal check first
    after = _HELD_AFTER.match(text, cue.span.end, s_hi)
    if after is not None:
        subject = Span(s_lo, after.end())
    else:
        before = _HOLD_BEFORE.search(text, max(s_lo, cue.span.start - 40), cue.span.start)
        if before is None:
            return None
        subject = Span(s_lo, before.start())
    parties = _parties(text, subject, organisations)
    if not parties[0]:
        parties = _parties(text, Span(s_lo, s_hi), organisations)
    return parties if parties[0] else None


def _parties(text: str, where: Span, organisations: Sequence[Organisation]) -> tuple[list[str], list[str]]:
    states = states_in(text[where.start : where.end])
    out = [*states, *actors_in(text[where.start : where.end])]
    for organisation in organisations:
        if any(where.start <= m.start and m.end <= where.end for m in organisation.mentions):
            code = organisation.acronym or organisation.name
            if code not in out:
                out.append(code)
    return out, [code for code in states if code != "EU"]  # the EU takes part as a state does, but is none
