"""The value of the meeting phrase kind: one local reading of a meeting trigger."""

from __future__ import annotations

import attrs

from ...model import MeetingMode, Span

__all__ = ["INTENT_CODES", "MeetingCue", "intended"]


@attrs.frozen(weakref_slot=False)  # one per trigger of a text: no weak-reference slot, 16 bytes less each
class MeetingCue:
    """A meeting trigger and what its own sentence says about it, read locally.

    Nothing here is resolved across the article: participants are spans of the
    phrases that name them (``with Russian President Vladimir Putin`` gives the
    span of ``Russian President Vladimir Putin``), and ``date_hint`` is the span of
    the date phrase (``on Sunday``), left for the caller to resolve.

    * ``kind``: ``virtual meeting``, ``meeting``, ``talks``, ``phone call``,
      ``video call``, ``summit``, ``visit`` (or ``state visit``/``official
      visit``/``working visit``), ``consultation`` (or the text's own specific
      kind, ``strategic stability consultation``), or the name of a named event
      (``APEC Economic Leaders' Meeting``, apostrophes made straight).
    * ``anaphoric``: a definite mention with no named participant (``their
      talks``, ``the leaders' virtual meeting``, ``the first meeting between the
      two leaders``): it refers back to a meeting named elsewhere and should be
      merged, not counted.
    * ``count``: ``the two meetings between him and Putin`` gives 2 (0 for
      ``several``), else ``None``.
    * ``cameo``/``plover_event``/``plover_mode``: the event codes (see
      ``rules.py`` for the decisions).
    * ``rule``: the name of the rule that read the trigger.
    """

    span: Span
    kind: str
    mode: MeetingMode
    sentence: Span
    future: bool = False
    cameo: str = "040"
    plover_event: str = "CONSULT"
    plover_mode: str | None = None
    parties_text: tuple[Span, ...] = ()
    place: str | None = None
    place_span: Span | None = None
    venue: str | None = None
    venue_span: Span | None = None
    host_text: str | None = None
    host_span: Span | None = None
    organisation_text: str | None = None
    date_hint: Span | None = None
    anaphoric: bool = False
    count: int | None = None
    rule: str = ""


# A meeting still to come: CAMEO 036 "express intent to meet", which PLOVER files under AGREE.
INTENT_CODES: tuple[str, str, str | None] = ("036", "AGREE", None)


def intended(cue: MeetingCue) -> MeetingCue:
    """*cue* read as a meeting still to come (``Wen will hold talks with A, and meet B``: the meeting too).

    >>> from diplomacy_model.model import MeetingMode, Span
    >>> intended(MeetingCue(Span(0, 4), "meet", MeetingMode.IN_PERSON, Span(0, 9))).cameo
    '036'
    """
    cameo, plover_event, plover_mode = INTENT_CODES
    return attrs.evolve(cue, future=True, cameo=cameo, plover_event=plover_event, plover_mode=plover_mode)
