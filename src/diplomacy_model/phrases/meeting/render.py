"""Render a meeting phrase: the inverse of ``parse_meeting_cue`` on the fields it reads."""

from __future__ import annotations

from ...errors import ParseError

__all__ = ["render_meeting_cue"]

_VOWELS = ("a", "e", "i", "o", "u")


def render_meeting_cue(
    kind: str,
    parties: tuple[str, ...] = (),
    *,
    place: str | None = None,
    venue: str | None = None,
    date: str | None = None,
    future: bool = False,
) -> str:
    """A house-style sentence stating one meeting; ``parse_meeting_cue`` reads it back.

    Args:
        kind: what was held, e.g. ``"virtual meeting"``, ``"phone call"``, ``"summit"``.
        parties: one or two participant names; the first is the subject.
        place: a city, rendered ``in <place>``.
        venue: a named building, rendered ``at the <venue>``.
        date: a date phrase, rendered as given (``"on Sunday"``, ``"in November"``).
        future: ``will hold`` rather than ``held``.

    Raises:
        ParseError: when *kind* is empty or more than two parties are given.

    >>> render_meeting_cue("virtual meeting", ("Xi", "Putin"), place="Beijing", date="on Wednesday")
    'Xi held a virtual meeting with Putin in Beijing on Wednesday.'
    """
    if not kind.strip() or len(parties) > 2:
        raise ParseError(kind, "meeting", "expected a kind and at most two parties")
    subject = parties[0] if parties else "The two sides"
    verb = "will hold" if future else "held"
    article = "an" if kind[:1].lower() in _VOWELS else "a"
    if kind[:1].isupper():
        article = "the"
    out = f"{subject} {verb} {article} {kind}"
    if len(parties) == 2:
        out += f" with {parties[1]}"
    if venue:
        out += f" at the {venue}"
    if place:
        out += f" in {place}"
    if date:
        out += f" {date}"
    return out + "."
