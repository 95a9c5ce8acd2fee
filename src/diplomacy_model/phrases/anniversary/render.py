"""Anniversaries back to text: the inverse of :func:`.rules.parse_anniversary`."""

from __future__ import annotations

from ...errors import ModelError
from ...model import Anniversary
from ..ordinal.render import render_cardinal, render_ordinal

__all__ = ["ANNIVERSARY_STYLES", "render_anniversary"]

#: house styles: ``30th anniversary of``, ``thirtieth anniversary of``, ``centenary of``,
#: ``golden jubilee of``, ``30 years since``.
ANNIVERSARY_STYLES: tuple[str, ...] = ("digits", "words", "named", "jubilee", "years_since")

_NAMED: dict[int, str] = {100: "centenary", 200: "bicentenary", 300: "tercentenary", 150: "sesquicentennial",
                          50: "semicentennial", 500: "quincentenary"}
_JUBILEE: dict[int, str] = {25: "silver", 40: "ruby", 50: "golden", 60: "diamond", 65: "sapphire", 70: "platinum"}


def render_anniversary(a: Anniversary, *, style: str = "digits") -> str:
    """Write an anniversary as a phrase; inverse of ``parse_anniversary``.

    Args:
        a: the anniversary; its ``ordinal`` and ``subject`` are written, its year is not.
        style: ``"digits"`` (``30th anniversary of ...``), ``"words"`` (``thirtieth anniversary
            of ...``), ``"named"`` (``centenary of ...``; 50, 100, 150, 200, 300, 500),
            ``"jubilee"`` (``golden jubilee of ...``; 25, 40, 50, 60, 65, 70) or
            ``"years_since"`` (``30 years since ...``; needs a subject).

    Raises:
        ModelError: when the style cannot say this anniversary (``named`` for 30, or no subject
            for ``years_since``), or the style is unknown.

    >>> from diplomacy_model import Anniversary, Span
    >>> a = Anniversary(Span(0, 0), ordinal=100, subject="the republic")
    >>> render_anniversary(a), render_anniversary(a, style="named"), render_anniversary(a, style="words")
    ('100th anniversary of the republic', 'centenary of the republic', 'one hundredth anniversary of the republic')
    """
    n = a.ordinal
    tail = f" of {a.subject}" if a.subject else ""
    if style not in ANNIVERSARY_STYLES:
        raise ModelError(f"unknown anniversary style {style!r}; expected one of {ANNIVERSARY_STYLES}")
    if n is None:
        if style == "years_since":
            raise ModelError("'years_since' needs an ordinal")
        return f"anniversary{tail}"
    if style == "digits":
        return f"{render_ordinal(n)} anniversary{tail}"
    if style == "words":
        return f"{render_ordinal(n, 'words')} anniversary{tail}"
    if style == "named":
        if n not in _NAMED:
            raise ModelError(f"no named anniversary for {n}; named ones are {sorted(_NAMED)}")
        return f"{_NAMED[n]}{tail}"
    if style == "jubilee":
        if n not in _JUBILEE:
            raise ModelError(f"no jubilee for {n}; jubilees are {sorted(_JUBILEE)}")
        return f"{_JUBILEE[n]} jubilee{tail}"
    if not a.subject:
        raise ModelError("'years_since' needs a subject: '30 years since <subject>'")
    count = "one year" if n == 1 else f"{render_cardinal(n)} years"
    return f"{count} since {a.subject}"
