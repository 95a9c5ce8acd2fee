"""Organisation names from values: the inverse of ``parse_organisation``."""

from __future__ import annotations

from typing import Literal, get_args

from ...errors import ModelError
from ...model import Organisation

__all__ = ["STYLES", "render_organisation"]

Style = Literal["name", "acronym", "the name"]
STYLES: tuple[str, ...] = get_args(Style)


def render_organisation(organisation: Organisation, style: Style = "name") -> str:
    """The organisation as wire copy writes it: its name, its acronym (else its name), or ``the`` + name.

    Inverse of :func:`parse_organisation`. Raises ``ModelError`` for a style not in :data:`STYLES`.

    >>> from diplomacy_model import Span
    >>> sco = Organisation("Shanghai Cooperation Organization", (Span(0, 3),), "SCO", 2001)
    >>> render_organisation(sco, "acronym"), render_organisation(sco, "the name")
    ('SCO', 'the Shanghai Cooperation Organization')
    """
    if style not in STYLES:
        raise ModelError(f"unknown organisation style {style!r}; expected one of {STYLES}")
    if style == "acronym":
        return organisation.acronym or organisation.name
    if style == "the name":
        return f"the {organisation.name}"
    return organisation.name
