"""Rules for datelines: the patterns, what a match reads as, and the strict/lenient entry points.

A dateline is read in two steps. A rule's pattern matches the text and its
producer turns the match into a :class:`Reading` (what the words say: the city
as written, places, month and day tokens, agency). :func:`_finish` then makes a
:class:`~diplomacy_model.model.Dateline`, resolving typos (``FEb``, ``Marc``,
``2O``) and the year against the dateline, a header or the publication date.

Every pattern is compiled once, on first use (compiling them at import would
cost the package tens of milliseconds), with possessive quantifiers, so a
match attempt is linear in the few hundred characters it may look at.
``find_dateline`` tries one anchored pattern at the start of the text (after
a metadata header, a ``source:`` line or crawl debris); only when that fails
does it look at the next line starts and, last, for a capitalised wire
dateline (``SEOUL, Dec. 29 (Yonhap) --``) further into the opening.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import NamedTuple

import regex

from ...errors import ModelError, ParseError, require_text
from ...model import Dateline, Span
from .._engine import Rule
from .._lexicon import MONTH_NAMES, MONTHS, WEEKDAYS, words_pattern
from .places import city_case, country_code, is_known_city, region_form, region_name, region_slip

__all__ = ["HEAD", "Patterns", "Reading", "find_dateline", "parse_dateline", "patterns", "rules"]  # noqa: F822 - rules: lazy

#: How many characters of an article ``find_dateline`` looks at.
HEAD = 700
_FIRST_TRY = 300  # the anchored pattern never needs more than this

# --- tokens ------------------------------------------------------------------

_L = r"\p{L}"  # a letter
_WS = r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?+"  # blanks, at most one line break
# A place word: a letter, then letters, digits, dots, apostrophes, '&'; inner hyphens ("WINSTON-SALEM", "D.C.").
_WORD = r"\p{L}[\w.'\u2019&]*+(?:-\p{L}[\w.'\u2019&]*+)*+"
_CAPS_WORD = r"\p{Lu}[\p{Lu}\d.'\u2019&]*+(?:-\p{Lu}[\p{Lu}\d.'\u2019&]*+)*+"
# Looks like a month and a day: stops a place name before "March 3" or "Feb 26" (or a typo, "Narch 2").
_MONTHISH = r"\p{L}{3,9}+(?!\p{L})\.?+[ \t]*+[0-9lIO]{1,3}+(?!\p{L})"
_PLACE = rf"(?:the[ ])?+\p{{Lu}}[\w.'\u2019&]*+(?:-\p{{L}}[\w.'\u2019&]*+)*+(?:[ ](?!{_MONTHISH}){_WORD}){{0,4}}+"
_PLACES = rf"(?P<places>(?:[ \t]*+,{_WS}(?!{_MONTHISH}){_PLACE}){{0,3}}+)"
_DAY_TOKEN = r"[0-9lIO]{1,3}+(?:st|nd|rd|th)?+"
_DATE = (
    rf"(?:(?:[ \t]*+[,.]){{0,2}}+{_WS}(?:[-\u2014\u2013][ \t]*+(?=\p{{L}}))?+"
    rf"(?:(?P<mon>\p{{L}}{{3,9}}+)(?!\p{{L}})\.?+{_WS}(?P<day>{_DAY_TOKEN})(?![\w])"
    rf"|(?P<day>\d{{1,2}}+)(?:st|nd|rd|th)?+{_WS}(?P<mon>\p{{L}}{{3,9}}+)(?!\p{{L}})\.?+)"
    r"(?:[ \t]*+,?+[ \t]*+(?P<year>(?:1[6-9]|2\d)\d\d)(?!\d))?+)?+"
)
_AGENCY = (
    r"(?:[ \t]*+,[ \t]*+(?P<ag>REUTERS?|Reuters?)(?!\w)"
    rf"|\.?+{_WS}\([ \t]*+(?P<ag>[^()\n]{{1,40}}+)\)"
    rf"|\.?+{_WS}/(?P<ag>[^/\n]{{1,40}}+)/)?+"
)
_END = (
    r"(?:(?P<close>[ \t]*+,?+[ \t]*+(?:[-\u2014\u2013\u2012\u2015]{1,3}+|_)|(?<=/)\.)"
    r"|(?=[ \t]*+(?:\r?\n|\Z)))"
)
_CITY = rf"(?P<city>{_WORD}(?:(?:[ ]|/)(?!{_MONTHISH}){_WORD}){{0,5}}+)"
_CAPS_CITY = rf"(?P<city>{_CAPS_WORD}(?:(?:[ ]|/)(?!{_MONTHISH}){_CAPS_WORD}){{0,5}}+)"
_WIRE = _PLACES + _DATE + _AGENCY + _END

# Before the dateline, on the same line or the lines above: a source line, a
# metadata header (the seed's " date 2026-02-05 "), crawl debris ("****", "RPT --", a stray letter).
_PRE = (
    r"\s*+(?:source:[^\n]*+\n\s*+)?+"
    r"(?:(?:date|Date|DATE):?+[ \t]++(?P<hdate>\d{4}-\d\d-\d\d)\s++)?+"
    r"(?:\*++[ \t]*+|RPT[ \t]*+-++[ \t]*+|[a-z][ \t]++(?=\p{Lu}{2}))?+"
)

_FULL_MONTH = words_pattern([*MONTH_NAMES, *(m.upper() for m in MONTH_NAMES)])
# Kremlin pages: "April 20, 2010 15:00 The Kremlin, Moscow".
_KREMLIN = (
    rf"(?P<kmon>{_FULL_MONTH})[ \t]++(?P<kday>\d{{1,2}}+),[ \t]*+(?P<kyear>\d{{4}})[ \t]++\d{{1,2}}:\d\d"
    r"(?P<venue>[ \t]*+[^\n]{0,80}+)"
)



class Patterns(NamedTuple):
    """The compiled patterns. Compiling them costs tens of milliseconds, so it happens on first use, once."""

    wire_at_start: regex.Pattern[str]  # the hot path: after an optional header or debris, at the text's start
    wire_at: regex.Pattern[str]  # at a given position (a line start, or the whole text for parse_dateline)
    wire_caps_scan: regex.Pattern[str]  # a capitalised city anywhere in the opening
    kremlin_at_start: regex.Pattern[str]
    kremlin: regex.Pattern[str]
    header_date: regex.Pattern[str]


@functools.cache
def patterns() -> Patterns:
    """The dateline patterns, compiled on the first call and kept."""
    return Patterns(
        wire_at_start=regex.compile(r"\A" + _PRE + _CITY + _WIRE),
        wire_at=regex.compile(r"[ \t]*+" + _CITY + _WIRE),
        wire_caps_scan=regex.compile(r"(?<![^\s(>\]|])" + _CAPS_CITY + _WIRE),
        kremlin_at_start=regex.compile(r"\A" + _PRE + _KREMLIN),
        kremlin=regex.compile(_KREMLIN),
        header_date=regex.compile(
            rf"(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)|(?P<mon>{_FULL_MONTH}|{words_pattern(list(MONTHS))}\.?)"
            r"[ \t]++(?P<day>\d{1,2}+),?+[ \t]++(?P<year>\d{4})(?!\d)",
            regex.IGNORECASE,
        ),
    )


# --- words --------------------------------------------------------------------

_MONTH_EXTRA = {"sep": 9, "sept": 9, "abr": 4, "ago": 8, "dic": 12, "ene": 1, "avr": 4, "janv": 1, "fevr": 2}
_WEEKDAY_WORDS = frozenset([*WEEKDAYS, *(w[:3] for w in WEEKDAYS), "tues", "thur", "thurs"])
# Words that open a sentence with a comma ("Yesterday, May 5 ..."), never a dateline's city.
_NOT_PLACES = frozenset(
    (
        "yesterday", "today", "tomorrow", "tonight", "however", "meanwhile", "earlier", "later", "also", "but",
        "and", "so", "then", "now", "since", "until", "on", "in", "at", "by", "from", "as", "last", "next", "this",
        "that", "there", "here", "still", "instead", "moreover", "thus", "again", "once", "separately",
    )
)
_DAY_DIGITS = str.maketrans("OoIl", "0011")
_MAX_DAY = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_AGENCIES = {
    a.casefold(): a
    for a in (
        "Reuter", "Reuters", "Xinhua", "AP", "AFP", "Yonhap", "TASS", "ITAR-TASS", "PRNewswire", "UPI", "Kyodo",
        "Bernama", "Antara", "Anadolu", "AA", "dpa", "ANSA", "EFE", "ANI", "PTI", "IANS", "Interfax", "RIA Novosti",
        "Sputnik", "KCNA", "WAM", "SPA", "IRNA", "MENA", "QNA", "KUNA", "SANA", "VNA", "PNA", "CNA", "APA",
        "Prensa Latina", "Business Wire", "GLOBE NEWSWIRE", "PRNewswire-FirstCall", "CNW", "Marketwire", "UNI",
        "BSS", "APP", "Xinhua Net", "Petra", "Tanjug", "BTA", "CTK", "PAP", "MTI", "ATS", "Belga", "NTB", "TT",
    )
}
_AGENCIES["associated press"] = "AP"
_AGENCIES["reuters news agency"] = "Reuters"


@functools.cache
def _fuzzy_months() -> dict[str, int]:
    """Spellings one slip away from a month name (``Narch``, ``Mach``, ``Macrh``, ``Marchg``) and prefixes (``Apri``).

    Built on first need; spellings two months share are left out.
    """
    seen: dict[str, set[int]] = {}
    letters = "abcdefghijklmnopqrstuvwxyz"
    for number, name in enumerate(MONTH_NAMES, start=1):
        word = name.lower()
        variants = {word[:k] for k in range(4, len(word))}
        if len(word) >= 5:
            for i in range(len(word) + 1):
                variants.update(word[:i] + c + word[i:] for c in letters)
                if i < len(word):
                    variants.add(word[:i] + word[i + 1 :])
                    variants.update(word[:i] + c + word[i + 1 :] for c in letters)
                if i < len(word) - 1:
                    variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        for v in variants:
            seen.setdefault(v, set()).add(number)
    return {v: ns.pop() for v, ns in seen.items() if len(ns) == 1 and v not in MONTHS and len(v) >= 4}


def month_number(token: str) -> int | None:
    """The month a written token means, typos a reader still reads included; ``None`` if none.

    >>> month_number("FEb"), month_number("Sept."), month_number("Narch"), month_number("ABR"), month_number("Blah")
    (2, 9, 3, 4, None)
    """
    low = token.lower().rstrip(".")
    number = MONTHS.get(low) or _MONTH_EXTRA.get(low)
    if number is None and 4 <= len(low) <= 10:
        number = _fuzzy_months().get(low)
    return number


def _day_number(token: str, month: int, ref: dt.date | None) -> int | None:
    """A day token read as a number: ``2O`` is 20, ``l`` is 1; ``187`` is 18 when the story is from the 18th."""
    digits = token.rstrip("stndrh").translate(_DAY_DIGITS)
    if not digits.isdigit():
        return None
    top = _MAX_DAY[month]
    if len(digits) == 3:
        options = {int(digits[:i] + digits[i + 1 :]) for i in range(3)}
        if ref is not None and ref.month == month and ref.day in options:
            return ref.day
        return None
    day = int(digits)
    return day if 1 <= day <= top else None


def _agency(text: str) -> str | None:
    """An agency's usual spelling, or the text as written when it reads like a name; ``None`` otherwise."""
    name = text.strip().split("/")[0].strip()
    known = _AGENCIES.get(name.casefold())
    if known is not None:
        return known
    words = name.split()
    if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in name):
        return name
    return None


def _resolve_year(month: int, day: int | None, ref: dt.date) -> int | None:
    """The year that puts month/day on or before ``ref`` (a week's slack for time zones and early stamps).

    ``Dec 31`` in a story of Jan 2 is last year's; ``January 1`` stamped Dec 31 is next year's.
    """
    for year in (ref.year + 1, ref.year, ref.year - 1):
        try:
            when = dt.date(year, month, day or 1)
        except ValueError:
            continue
        if (when - ref).days <= 7:
            return year
    return None


# --- readings -------------------------------------------------------------------


class Reading(NamedTuple):
    """What a dateline's words say, before typos and the year are resolved."""

    start: int
    end: int
    city: str | None
    region: str | None
    country: str | None
    month: int | None
    day_token: str | None
    year: int | None
    agency: str | None


@functools.lru_cache(maxsize=4096)
def _places(segments: tuple[str, ...]) -> tuple[str | None, str | None]:
    """Region and country among the place names after the city.

    A known region (``Ark.``, ``Ontario``) or country counts first; a name the
    tables do not know is kept as the region, as written, only when it stands
    alone right after the city (``CHENGDU, Sichuan``), never guessed otherwise.
    """
    region: str | None = None
    country: str | None = None
    for segment in segments:
        if region is None and country is None and region_name(segment) is not None:
            region = region_form(segment)
        elif country is None and (code := country_code(segment)) is not None:
            country = code
        elif region is None and country is None and (fixed := region_slip(segment)) is not None:
            region = fixed  # "Claif." is Calif.
    if region is None and country is None and len(segments) == 1:
        region = region_form(segments[0])
    return region, country


def _read_wire(m: regex.Match[str]) -> Reading | str:
    """Read a wire-style match, or say why it is not a dateline."""
    city_text, places, mon, day, year_text, raw_agency, close = m.group(
        "city", "places", "mon", "day", "year", "ag", "close"
    )
    segments = [s for s in (p.strip() for p in places.split(",")) if s] if places else []
    words = city_text.split()
    if (
        len(words) >= 2
        and not words[-1].isupper()
        and all(w.isupper() for w in words[:-1])
        and region_name(words[-1]) is not None
    ):
        # "FARMINGTON Conn., March 9": the comma between city and state is missing.
        segments.insert(0, words[-1])
        city_text = " ".join(words[:-1])
    lowered = city_text.lower().rstrip(".")
    if lowered in _WEEKDAY_WORDS or lowered in MONTHS or lowered in _NOT_PLACES:
        return f"{city_text!r} opens a sentence; it is not a place"
    month: int | None = None
    day_token: str | None = None
    if mon is not None and m.start("day") < m.start("mon") and mon.lower().rstrip(".") not in MONTHS:
        return f"{mon!r} is not a month name"  # day first ("5 February"): no typos there
    if mon is not None:
        month = month_number(mon)
        if month is None:
            return f"{mon!r} is not a month"
        day_token = day
    elif segments and segments[-1].lower().rstrip(".") in MONTHS and close:
        month = MONTHS[segments.pop().lower().rstrip(".")]  # "CHICAGO, April -": a month and no day
    agency = None
    if raw_agency is not None:
        agency = _agency(raw_agency)
        if agency is None:
            return f"{raw_agency!r} is not an agency"
    region, country = _places(tuple(segments))
    city = city_case(city_text)
    if month is None and agency is None:
        known_place = (region is not None and region_name(region) is not None) or country is not None
        known_city = city_text.isupper() and (is_known_city(city) or country_code(city) is not None)
        if not (close and close[-1:] != "." and (known_place or known_city)):
            return "a place without a date or agency needs a closing dash and a known city, region or country"
    return Reading(
        m.start("city"), m.end(), city, region, country, month, day_token,
        int(year_text) if year_text else None, agency,
    )


def _read_kremlin(m: regex.Match[str]) -> Reading | str:
    """Read a Kremlin page header: date, time, then the venue (its last part is the city)."""
    venue = m.group("venue").strip()
    city: str | None = None
    region: str | None = None
    end = m.start("venue") + len(m.group("venue").rstrip())
    if venue:
        parts = [p.strip() for p in venue.split(",") if p.strip()]
        if not parts or len(parts[-1].split()) > 4 or not parts[-1][:1].isupper():
            end = m.start("venue")
        else:
            last = parts[-1]
            if last.endswith((" Region", " Oblast", " Territory")) and len(parts) >= 2:
                region, last = last, parts[-2]
            city = city_case(last)
    return Reading(
        m.start("kmon"), end, city, region, None, MONTHS[m.group("kmon").lower()], m.group("kday"),
        int(m.group("kyear")), None,
    )


@functools.cache
def _rules() -> tuple[Rule[Reading | str], ...]:
    p = patterns()
    return (
        Rule("<city>[, <region>][, <country>][, <month> <day>[, <year>]] [(<agency>)] <dash>", p.wire_at, _read_wire),
        Rule("<month> <day>, <year> <hh:mm> [<venue>, ]<city>", p.kremlin, _read_kremlin),
    )


def __getattr__(name: str) -> tuple[Rule[Reading | str], ...]:
    # ``rules`` is built on first access: its patterns are compiled then, not at import.
    if name == "rules":
        return _rules()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _finish(reading: Reading, ref: dt.date | None, ref_source: str | None) -> Dateline:
    month = reading.month
    day = None
    if month is not None and reading.day_token is not None:
        day = _day_number(reading.day_token, month, ref)
    year, year_source = reading.year, "dateline" if reading.year is not None else None
    if year is not None and month is not None and day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            day = None
    if year is None and month is not None and ref is not None:
        year = _resolve_year(month, day, ref)
        year_source = ref_source if year is not None else None
    return Dateline(
        span=Span(reading.start, reading.end),
        city=reading.city,
        region=reading.region,
        country=reading.country,
        month=month,
        day=day,
        year=year,
        agency=reading.agency,
        country_source="text" if reading.country is not None else None,
        year_source=year_source,
    )


def _header_date(m: regex.Match[str]) -> dt.date | None:
    header = m.group("hdate")
    if header is None:
        return None
    try:
        return dt.date.fromisoformat(header)
    except ValueError:
        return None


def _last_header_date(text: str, end: int) -> dt.date | None:
    """The last full date written before ``end`` (a header such as ``( Xinhua ) 14:00, November 10, 2020``)."""
    found: dt.date | None = None
    for m in patterns().header_date.finditer(text, 0, end):
        try:
            if m.group("y"):
                found = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            else:
                month = month_number(m.group("mon"))
                if month is not None:
                    found = dt.date(int(m.group("year")), month, int(m.group("day")))
        except ValueError:
            continue
    return found


def _reference(header: dt.date | None, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    if header is not None:
        return header, "header"
    if published is not None:
        return published, "published"
    return None, None


def find_dateline(text: str, *, published: dt.date | None = None) -> Dateline | None:
    """Find the dateline that opens an article, or ``None``.

    Looks at the first few hundred characters only. The dateline may follow a
    metadata header (``date 2026-02-05``), a ``source:`` line, crawl debris, a
    headline or a credit line. The year comes from the dateline, else from a
    header date, else from ``published``. Never raises on a ``str``.

    Args:
        text: An article, or its opening.
        published: The story's publication date, used for the year when the
            dateline and the headers give none.

    Returns:
        The dateline, with ``span`` indexing ``text``; ``None`` when the opening has none.

    >>> d = find_dateline(" date 2026-02-05 BEIJING, China, Feb 5 — President Xi Jinping said")
    >>> d.city, d.country, d.date.isoformat(), d.year_source, d.span.of(" date 2026-02-05 BEIJING, China, Feb 5 —")
    ('Beijing', 'CN', '2026-02-05', 'header', 'BEIJING, China, Feb 5 —')
    >>> find_dateline("MOSCOW, Feb. 4 (Xinhua) -- talks", published=dt.date(2026, 2, 5)).agency
    'Xinhua'
    >>> find_dateline("Talks went on for hours, officials said.") is None
    True
    """
    require_text(text, "find_dateline")
    try:
        return _find(text, published)
    except (ModelError, ValueError, IndexError):  # a lenient finder reports nothing rather than fail
        return None


# Datelines repeat ("NEW YORK, March 2 -" opens dozens of stories a day). An anchored
# match's text fixes its reading, so its Dateline is kept, keyed by (match text,
# publication date); the cache is emptied when full, which costs nothing per call.
_SEEN: dict[tuple[str, dt.date | None], Dateline | None] = {}
_SEEN_MAX = 4096


def _find(text: str, published: dt.date | None) -> Dateline | None:
    p = patterns()
    m = p.wire_at_start.match(text, 0, _FIRST_TRY)
    if m is not None:
        key = (m.group(), published)
        if key in _SEEN:
            seen = _SEEN[key]
            if seen is not None:
                return seen
        else:
            reading = _read_wire(m)
            found = None
            if isinstance(reading, Reading):
                ref, source = _reference(_header_date(m), published)
                found = _finish(reading, ref, source)
            if len(_SEEN) >= _SEEN_MAX:
                _SEEN.clear()
            _SEEN[key] = found
            if found is not None:
                return found
    m = p.kremlin_at_start.match(text, 0, _FIRST_TRY)
    if m is not None:
        reading = _read_kremlin(m)
        if isinstance(reading, Reading):
            return _finish(reading, None, None)
    head_end = min(len(text), HEAD)
    pos = text.find("\n", 0, head_end)
    while pos != -1:
        m = p.wire_at.match(text, pos + 1, head_end)
        if m is not None:
            reading = _read_wire(m)
            if isinstance(reading, Reading):
                ref, source = _reference(_last_header_date(text, m.start()), published)
                return _finish(reading, ref, source)
        pos = text.find("\n", pos + 1, head_end)
    for m in p.wire_caps_scan.finditer(text, 0, head_end):
        if m.group("mon") is None:
            continue  # further into the text, only a dated dateline counts
        if not (m.group("ag") or m.group("close")):
            continue
        reading = _read_wire(m)
        if isinstance(reading, Reading):
            ref, source = _reference(_last_header_date(text, m.start()), published)
            return _finish(reading, ref, source)
    return None


def parse_dateline(text: str, *, published: dt.date | None = None) -> Dateline:
    """Parse a text that is wholly a dateline (surrounding whitespace allowed).

    The inverse of :func:`~diplomacy_model.phrases.dateline.render.render_dateline`.

    Args:
        text: The dateline, e.g. ``"LITTLE ROCK, Ark., March 3 -"``.
        published: The story's publication date, used for the year when the dateline gives none.

    Returns:
        The dateline; ``span`` indexes ``text``.

    Raises:
        ParseError: ``text`` is not wholly a dateline.

    >>> d = parse_dateline("NEW DELHI, India, March 3, 2026 —")
    >>> d.city, d.country, d.date.isoformat(), d.year_source
    ('New Delhi', 'IN', '2026-03-03', 'dateline')
    >>> parse_dateline("the 25th")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.ParseError: not a dateline: 'the 25th': expected CITY[, Region][, Country]...
    """
    require_text(text, "parse_dateline")
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    reason = "expected CITY[, Region][, Country][, Mon D] [(Agency)] and a dash"
    for rule in _rules():
        m = rule.pattern.fullmatch(text, start, end)
        if m is None:
            continue
        reading = rule.produce(m)
        if isinstance(reading, Reading):
            ref, source = _reference(None, published)
            try:
                return _finish(reading, ref, source)
            except ModelError as exc:
                raise ParseError(text, "dateline", str(exc)) from exc
        if isinstance(reading, str):
            reason = reading
    raise ParseError(text, "dateline", reason)
