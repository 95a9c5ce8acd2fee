"""The meeting phrase kind: triggers (``held talks``, ``phone call``, ``summit``) read locally.

``find_meeting_cues`` scans running text; ``parse_meeting_cue`` is its strict
half (the text must state exactly one meeting); ``render_meeting_cue`` writes a
sentence ``parse_meeting_cue`` reads back. Whole-article meetings are assembled
from these cues by ``assemble_meetings`` (the ``assemble`` package).
"""

from __future__ import annotations

from ...errors import ParseError, require_text
from ...text import Document
from .assemble import assemble_meetings
from .cue import MeetingCue, intended
from .render import render_meeting_cue
from .rules import WHOLE_FOLD, scan

__all__ = [
    "MeetingCue", "assemble_meetings", "cues_in", "find_meeting_cues", "intended", "parse_meeting_cue",
    "render_meeting_cue",
]


def find_meeting_cues(text: str) -> tuple[MeetingCue, ...]:
    """Every meeting trigger in *text* with its local reading, in text order; never raises on a str.

    >>> cue, = find_meeting_cues("China and Russia held a new round of strategic stability "
    ...                          "consultation in Beijing on Tuesday.")
    >>> cue.kind, cue.place, cue.mode.value
    ('strategic stability consultation', 'Beijing', 'in person')
    >>> text = "Xi held talks with Putin."
    >>> [p.of(text) for p in find_meeting_cues(text)[0].parties_text]
    ['Xi', 'Putin']
    """
    return scan(require_text(text, "find_meeting_cues"))


def cues_in(doc: Document) -> tuple[MeetingCue, ...]:
    """:func:`find_meeting_cues` on a text already read: the document's fold and its one scan for the words of
    several kinds are not made again. A long text's fold, a copy of the whole text, is let go first: the cues read
    their few windows of it from the text (peak memory)."""
    if len(doc.text) > WHOLE_FOLD:
        doc.release_fold()
        return scan(doc.text, None, doc.words)
    return scan(doc.text, doc.fold, doc.words)


def parse_meeting_cue(text: str) -> MeetingCue:
    """The one meeting *text* states; strict.

    Raises:
        ParseError: when *text* holds no meeting trigger, or more than one.

    >>> parse_meeting_cue("Wang Yi met with Sergei Shoigu in Beijing on Sunday.").date_hint.of(
    ...     "Wang Yi met with Sergei Shoigu in Beijing on Sunday.")
    'on Sunday'
    >>> parse_meeting_cue("The plan meets the criteria.")
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.ParseError: not a meeting: 'The plan meets the criteria.': no meeting trigger found
    """
    cues = scan(require_text(text, "parse_meeting_cue"))
    if not cues:
        raise ParseError(text, "meeting", "no meeting trigger found")
    if len(cues) > 1:
        raise ParseError(text, "meeting", f"expected one meeting, found {len(cues)}")
    return cues[0]
