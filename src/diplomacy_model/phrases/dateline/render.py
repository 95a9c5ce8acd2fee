"""Write a :class:`~diplomacy_model.model.Dateline` in a wire service's house style.

``render_dateline`` is the inverse of ``parse_dateline``: for a dateline whose
city is in the model's casing, ``parse_dateline(render_dateline(d, style=s))``
gives ``d`` back (with ``span`` covering the rendered text).
"""

from __future__ import annotations

from ...errors import ModelError
from ...model import Dateline
from .._lexicon import MONTH_NAMES
from .languages import native_name
from .places import country_name
from .rules import CREDIT_NAMES

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

# The agencies' own languages: style -> language. The city is written as ``native.tsv`` gives it.
_NATIVE_STYLES = {"xinhua zh": "zh", "tass ru": "ru", "ria ru": "ru", "afp fr": "fr", "efe es": "es", "dpa de": "de"}
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")
_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")
_RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
_RU_SHORT = ("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")

#: The house styles ``render_dateline`` knows: English wire styles, then the agencies' own languages.
STYLES: tuple[str, ...] = (*_STYLE_TABLE, *_NATIVE_STYLES)


def _render_native(d: Dateline, style: str) -> str:
    """A dateline in an agency's own language; the inverse of what ``parse_dateline`` reads in it."""
    language = _NATIVE_STYLES[style]
    if not d.city:
        raise ModelError("a dateline needs a city to be written")
    written = native_name(d.city, language)
    if written is None:
        raise ModelError(f"no {language} name for {d.city!r} in native.tsv")
    dated = d.month is not None and d.day is not None
    year = f" {d.year}" if d.year is not None and d.year_source == "dateline" else ""
    if style in ("xinhua zh", "tass ru", "ria ru", "efe es") and not dated:
        raise ModelError(f"the {style!r} style writes a month and a day")
    if year and style != "afp fr":
        raise ModelError(f"the {style!r} style writes no year")
    assert d.month is not None or not dated
    if style == "xinhua zh":
        return f"新华社{written}{d.month}月{d.day}日电"
    if style == "tass ru":
        region = f" /{d.region}/" if d.region else ""
        return f"{written.upper()}{region}, {d.day} {_RU_MONTHS[(d.month or 1) - 1]}. /ТАСС/."
    if style == "ria ru":
        return f"{written.upper()}, {d.day} {_RU_SHORT[(d.month or 1) - 1]} \u2014 РИА Новости."
    if style == "afp fr":
        date = f", {d.day} {_FR_MONTHS[d.month - 1]}{year}" if dated and d.month else ""
        return f"{written.upper()}{date} (AFP) -"
    if style == "efe es":
        return f"{written}, {d.day} {_ES_MONTHS[(d.month or 1) - 1]} (EFE).-"
    date = f", {d.day}. {_DE_MONTHS[d.month - 1]}" if dated and d.month else ""
    return f"{written}{date} (dpa) -"


def render_dateline(d: Dateline, *, style: str = "reuters") -> str:
    """Write ``d`` as a dateline in a house style; the inverse of ``parse_dateline``.

    Styles: ``"reuters"`` (``CITY, Country, Mon D -``), ``"em dash"`` (``CITY, Country, Mon D —``),
    ``"xinhua"`` (``CITY, Mon. D (Xinhua) --``), ``"ap"`` (``CITY (AP) _``), ``"afp"``,
    ``"prnewswire"`` (``CITY, Month D /PRNewswire/ --``), ``"tass"`` (``CITY, Month D. /TASS/.``)
    and ``"day first"`` (``CITY, D Month –``); in the agencies' own languages ``"xinhua zh"``
    (``新华社北京2月4日电``), ``"tass ru"`` (``МОСКВА, 4 февраля. /ТАСС/.``), ``"ria ru"``
    (``МОСКВА, 4 фев — РИА Новости.``), ``"afp fr"`` (``PARIS, 4 février 2026 (AFP) -``),
    ``"efe es"`` (``Madrid, 4 feb (EFE).-``) and ``"dpa de"`` (``Berlin (dpa) -``). A dateline
    with an agency and no city or date is written ``AFP -``. The city is written in capitals; the
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
    if style in _NATIVE_STYLES:
        return _render_native(d, style)
    try:
        months, day_first, agency_form, closing = _STYLE_TABLE[style]
    except KeyError:
        raise ModelError(f"unknown dateline style {style!r}; expected one of {', '.join(STYLES)}") from None
    if not d.city:
        if d.agency in CREDIT_NAMES and d.month is None and d.region is None and d.country is None:
            return f"{d.agency} -"  # an agency-only opening: "AFP -"
        raise ModelError("a dateline needs a city to be written, or only an agency that opens stories alone")
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
