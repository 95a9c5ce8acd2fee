"""Write a :class:`~diplomacy_model.model.Dateline` in a wire service's house style.

``render_dateline`` is the inverse of ``parse_dateline``: for a dateline whose
city is in the model's casing, ``parse_dateline(render_dateline(d, style=s))``
gives ``d`` back (with ``span`` covering the rendered text).
"""

from __future__ import annotations

from ...errors import ModelError
from ...model import Dateline
from .._lexicon import MONTH_NAMES
from .places import country_name

__all__ = ["STYLES", "render_dateline"]

# Reuters and the seed abbreviate without dots; AP and Xinhua with dots; both keep short names whole.
_REUTERS_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

#: style -> (month names, day first?, agency form, closing); ``{a}`` is the agency.
_STYLE_TABLE: dict[str, tuple[tuple[str, ...], bool, str, str]] = {
    "reuters": (_REUTERS_MONTHS, False, " ({a})", " -"),
    "em dash": (_REUTERS_MONTHS, False, " ({a})", " \u2014"),
    "xinhua": (_AP_MONTHS, False, " ({a})", " --"),
    "ap": (_AP_MONTHS, False, " ({a})", " _"),
    "afp": (MONTH_NAMES, False, " ({a})", " -"),
    "prnewswire": (MONTH_NAMES, False, " /{a}/", " --"),
    "tass": (MONTH_NAMES, False, ". /{a}/", "."),
    "day first": (MONTH_NAMES, True, " ({a})", " \u2013"),
}

#: The house styles ``render_dateline`` knows.
STYLES: tuple[str, ...] = tuple(_STYLE_TABLE)


def render_dateline(d: Dateline, *, style: str = "reuters") -> str:
    """Write ``d`` as a dateline in a house style; the inverse of ``parse_dateline``.

    Styles: ``"reuters"`` (``CITY, Country, Mon D -``), ``"em dash"`` (``CITY, Country, Mon D —``),
    ``"xinhua"`` (``CITY, Mon. D (Xinhua) --``), ``"ap"`` (``CITY (AP) _``), ``"afp"``,
    ``"prnewswire"`` (``CITY, Month D /PRNewswire/ --``), ``"tass"`` (``CITY, Month D. /TASS/.``)
    and ``"day first"`` (``CITY, D Month –``). The city is written in capitals; the
    year only when the dateline itself gave it (``year_source == "dateline"``).
    The 1987 Reuters form ``, Reuter -`` is kept for the agency ``Reuter``.

    Args:
        d: The dateline to write.
        style: One of :data:`STYLES`.

    Returns:
        The dateline text.

    Raises:
        ModelError: unknown style, no city, or a country the gazetteer has no name for.

    >>> from diplomacy_model import Dateline, Span
    >>> d = Dateline(Span(0, 0), city="Beijing", country="CN", month=2, day=5)
    >>> render_dateline(d, style="em dash")
    'BEIJING, China, Feb 5 —'
    >>> render_dateline(Dateline(Span(0, 0), city="Moscow", month=2, day=4, agency="Xinhua"), style="xinhua")
    'MOSCOW, Feb. 4 (Xinhua) --'
    """
    try:
        months, day_first, agency_form, closing = _STYLE_TABLE[style]
    except KeyError:
        raise ModelError(f"unknown dateline style {style!r}; expected one of {', '.join(STYLES)}") from None
    if not d.city:
        raise ModelError("a dateline needs a city to be written")
    parts = [d.city.upper()]
    if d.region:
        parts.append(d.region)
    if d.country:
        name = country_name(d.country)
        if name is None:
            raise ModelError(f"no country name for {d.country!r}")
        parts.append(name)
    text = ", ".join(parts)
    if d.month is not None:
        month = months[d.month - 1]
        if d.day is None:
            date = month
        elif day_first:
            date = f"{d.day} {month}"
        else:
            date = f"{month} {d.day}"
        if d.year is not None and d.year_source == "dateline":
            date += f", {d.year}"
        text += ", " + date
    if d.agency:
        if d.agency == "Reuter" and style == "reuters" and d.day is not None:
            text += ", Reuter"
        elif d.month is None and agency_form.startswith("."):
            text += agency_form[1:].format(a=d.agency)
        else:
            text += agency_form.format(a=d.agency)
    elif style == "tass":
        return text + " -"
    return text + closing
