"""Organisations in running text (lenient) and a single organisation name (strict)."""

from __future__ import annotations

from ...errors import ParseError, require_text
from ...gazetteer.organisations import OrganisationEntry
from ...model import Organisation, Span
from .rules import Apposition, apposition, in_context, is_company_or_ticker, matcher, normalise_spaces

__all__ = ["find_organisations", "parse_organisation"]

_KIND = "organisation"
# How far before and after a match its tests read (apposition: 62 characters back; in_context: 30 either side;
# a company suffix: 14 ahead and the boundary after it).
_REACH = 64
_ARTICLES = ("the ", "The ")
# A character before a match that makes it no mention: a word's ("_", "&", as in starts_word) or a ticker's "<".
_NOT_A_START = frozenset("_&<")


def _organisation(entry: OrganisationEntry, mentions: tuple[Span, ...]) -> Organisation:
    return Organisation(name=entry.name, mentions=mentions, acronym=entry.acronym, founded=entry.founded)


def find_organisations(text: str) -> tuple[Organisation, ...]:
    """Every intergovernmental organisation *text* names, in order of first mention.

    One ``Organisation`` per distinct organisation; ``mentions`` holds the span
    of every mention (full names, acronyms, adjective forms such as
    ``UN-centered``) in text order. Never raises on a ``str``.

    >>> text = "members of the United Nations Security Council defend the UN-centered system"
    >>> [(o.acronym, [m.of(text) for m in o.mentions]) for o in find_organisations(text)]
    [('UNSC', ['United Nations Security Council']), ('UN', ['UN'])]
    """
    require_text(text, "find_organisations")
    found = matcher()
    spans: dict[str, list[Span]] = {}
    entries: dict[str, OrganisationEntry] = {}
    previous: OrganisationEntry | None = None
    previous_end = -1
    surfaces = found.surfaces
    # The pattern reads any whitespace as the space of a name, and the tests after it read a window of the text
    # around the match with its whitespace made spaces: a copy of the whole text was 8 MB for 4 MB of text.
    for match in found.pattern.finditer(text):
        form = match.group()
        # No surface holds a newline, tab or no-break space: most forms are found as they stand.
        surface = surfaces.get(form)
        if surface is None:
            surface = surfaces[normalise_spaces(form)]
        entry = surface.entry
        if entry is None:
            continue
        start, end = match.span()
        before = text[start - 1 : start]
        # Inside a word ("UNited"), or a ticker ("<UN.A>"): starts_word and is_company_or_ticker, read on the
        # text as it stands, since a newline fails these tests as a space does.
        if before and (before.isalnum() or before in _NOT_A_START):
            continue
        after = text[end : end + 2]
        # The window is made only for the tests that read more than the characters next to the match: a
        # contextual form, an apposition ("(ADB)", ", OECD,") or a company suffix (a space, then a capital).
        # The rest read characters whose test a newline passes as a space does, so the text serves as it stands.
        next_char = after[:1]
        if (
            surface.contextual
            or (next_char == ")" and before == "(")
            or (next_char == "," and text[start - 2 : start - 1] == ",")
            or (next_char.isspace() and after[1:].isupper())
        ):
            lo = max(0, start - _REACH)
            clean = normalise_spaces(text[lo : end + _REACH])
            at, stop = start - lo, end - lo
            if is_company_or_ticker(clean, at, stop):
                continue
            role = apposition(clean, at, stop, previous_end - lo)
            if role is Apposition.REJECT:
                continue
            if role is Apposition.PREVIOUS and previous is not None:
                entry = previous  # "African Development Bank (ADB)"
            elif surface.contextual:
                if surface.needs_prior and entry.key not in spans and (
                    entry.parent is None or entry.parent not in spans
                ):
                    continue
                if not in_context(clean, at, stop):
                    continue
        elif next_char == "." and after[1:].isalnum():  # "UN.A", a ticker
            continue
        key = entry.key
        mentions = spans.get(key)
        if mentions is None:
            spans[key] = mentions = []
            entries[key] = entry
        mentions.append(Span(start, end))
        previous, previous_end = entry, end
    return tuple(_organisation(entries[key], tuple(mentions)) for key, mentions in spans.items())


def parse_organisation(text: str) -> Organisation:
    """Read *text* as exactly one organisation's name or acronym, with an optional leading ``the``.

    Back-references that need an earlier mention (``Security Council``, ``Union``)
    are refused; contextual acronyms (``WHO``, ``AU``, ``ICC``) are accepted.
    Inverse of :func:`render_organisation`.

    >>> o = parse_organisation("the Shanghai Cooperation Organisation")
    >>> o.name, o.acronym, o.founded, o.span
    ('Shanghai Cooperation Organization', 'SCO', 2001, Span(start=4, end=37))
    >>> parse_organisation("State Council")
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.ParseError: not a organisation: 'State Council': not a known organisation name or acronym
    """
    require_text(text, "parse_organisation")
    start = len(_ARTICLES[0]) if text.startswith(_ARTICLES) else 0
    surface = matcher().surfaces.get(normalise_spaces(text[start:]))
    if surface is None or surface.entry is None or (surface.needs_prior and surface.entry.acronym != text[start:]):
        raise ParseError(text, _KIND, "not a known organisation name or acronym")
    return _organisation(surface.entry, (Span(start, len(text)),))
