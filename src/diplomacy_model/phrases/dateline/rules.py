"""Rules for datelines: the patterns, what a match reads as, and the strict/lenient entry points.

A dateline is read in two steps. A rule's pattern matches the text and its
producer turns the match into a :class:`Reading` (what the words say: the city
as written, places, month and day tokens, agency). :func:`_finish` then makes a
:class:`~diplomacy_model.model.Dateline`, resolving typos (``FEb``, ``Marc``,
``2O``) and the year against the dateline, a header or the publication date.

The patterns use possessive quantifiers and atomic groups, so a match attempt is
linear in the few hundred characters it may look at, in two sets built from one
template: ASCII classes compiled by ``re`` for an opening whose letters and digits
are all ASCII, Unicode classes compiled by ``regex`` for any other text.
Each set is compiled once, on first use (compiling at import would cost the
package tens of milliseconds). ``find_dateline`` tries one anchored pattern on
the first 300 characters (after a metadata header, a ``source:`` line or crawl
debris); only when that fails does it look at the next line starts and, last,
for a capitalised wire dateline (``SEOUL, Dec. 29 (Yonhap) --``) further into
the opening. Small pure steps (place readings, city casing, lookups, the year)
are cached on their inputs, and an anchored match's Dateline on its text and the
publication date: results are the same cached or not.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

import attrs

from ..._inputs import require_optional_date
from ...errors import ModelError, ParseError, require_text
from ...gazetteer.cities import lookup_cities
from ...model import Dateline, Note, NoteKind, Span
from ...temporal import stamped_year
from .._lexicon import MONTH_NAMES, MONTHS, WEEKDAYS, trie_pattern
from .languages import AGENCY_LANGUAGE, agency_name, body_language, foreign_month, native_city
from .places import (
    AGENCY_HOME,
    city_case,
    country_code,
    has_place_in,
    in_region,
    is_capital_city,
    is_known_city,
    is_place_name,
    is_town,
    place_of,
    region_form,
    region_name,
    region_slip,
    shared_abroad,
    stands_alone,
)

if TYPE_CHECKING:
    from .._engine import Rule

__all__ = [  # noqa: F822 - rules: lazy
    "CREDIT_NAMES", "HEAD", "Fallbacks", "Patterns", "Reading", "clear_caches", "fallbacks", "find_dateline",
    "parse_dateline", "patterns", "rules",
]

#: How many characters of an article ``find_dateline`` looks at.
HEAD = 700
_FIRST_TRY = 300  # the anchored pattern never needs more than this

# --- tokens ------------------------------------------------------------------
# The wire patterns are built twice from one template. With plain ASCII classes
# they are compiled by the standard ``re`` module (possessive quantifiers and atomic
# groups since Python 3.11), several times faster than ``regex``: ``find_dateline``
# uses them when an opening's letters and digits are ASCII, as most are. With the
# Unicode classes (``\p{L}``, ``\p{Lu}``, and a word character that also takes the
# common combining accents) they are compiled by ``regex``, whose Unicode tables
# follow its own release rather than the running Python's: no hand-built tables.

_WS = r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+)?+"  # blanks, at most one line break
_DAY_TOKEN = r"[0-9lIO]{1,3}+(?:st|nd|rd|th)?+"
_END = (
    r"(?:(?P<close>[ \t]*+(?:,|(?<=\))\.)?+[ \t]*+(?:[-\u2014\u2013\u2012\u2015]{1,3}+|_)|(?<=/)[.,]|[ \t]*+:(?![:/])"
    # a dot after the date, before a sentence, ends it as a line's end does (the dot is the sentence's): The Hindu's
    # "CHENNAI, MARCH 4. The", Trend's "BAKU, Azerbaijan, May 2. A"; _read_wire takes this empty close for known places
    r"|(?<=\d)(?=\.[ \t]++[A-Z\u00c0-\u00de\u0410-\u042f][a-z\u00df-\u00ff\u0430-\u044f]))"
    # "/TASS/ Russia's ...", "(CNN Business) Hopes ...": the brackets close it when a capital follows, and so does an
    # agency's dot ("Baku, March 4, AZERTAC. President ..."; _read_wire refuses any other dot)
    # and a dot after the brackets: "Lima, Mar. 4 (ANDINA). Peru's ..." (_read_wire takes it after a date only)
    r"|(?<=[/).])(?:(?<=\))\.)?+(?=[ \t]++[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f])"
    r"|(?<=\))\.(?=[ \t]*+(?:\r?\n|\Z))|(?<=[A-Z])(?=[ \t]++\|[ \t])"
    r"|(?=[ \t]*+(?:\r?\n|\Z)))"
)


def _wire(letter: str, upper: str, word: str) -> tuple[str, str, str, str]:
    """The wire patterns' sources, given the insides of three classes: a letter, an upper-case letter, a word character.

    Returns:
        The sources of the anchored pattern (with what may come before a dateline),
        the pattern at a position, the capitalised-city scan, and the prefix the
        anchored Kremlin pattern shares.
    """
    L, LU, W = f"[{letter}]", f"[{upper}]", word  # read as the classes they stand for
    # A place word: a letter, then letters, digits, dots, apostrophes, '&'; inner hyphens ("WINSTON-SALEM", "D.C.").
    place_word = rf"{L}[{W}.'\u2019&]*+(?:-{L}[{W}.'\u2019&]*+)*+"
    caps_word = rf"{LU}[{upper}\d.'\u2019&]*+(?:-{LU}[{upper}\d.'\u2019&]*+)*+"
    # Looks like a month and a day: stops a place name before "March 3" or "Feb 26" (or a typo, "Narch 2").
    monthish = rf"{L}{{3,9}}+(?!{L})\.?+[ \t]*+[0-9lIO]{{1,3}}+(?!{L})"
    # Not a place after a comma: a month and day, a Hijri date (SPA), an agency credited after a comma (IRNA).
    not_place = rf"(?!{monthish}|{_HIJRI}[ \t]|{_COMMA_AGENCIES}(?![{W}]))"
    place = rf"(?:the[ ])?+{LU}[{W}.'\u2019&]*+(?:-{L}[{W}.'\u2019&]*+)*+(?:[ ](?!{monthish}){place_word}){{0,4}}+"
    # TASS writes the region between slashes: "VLADIVOSTOK /Primorsky Region/, May 7. /TASS/."; ANI the
    # country in square brackets, a state in round ones before it: "Srinagar (Jammu and Kashmir) [India], March 4".
    places = (
        rf"(?:[ \t]++(?:/(?P<sreg>{LU}[^/\n]{{1,40}}+)/"
        rf"|(?:\((?P<preg>{LU}[^()\n]{{1,40}}+)\)[ \t]++)?+\[(?P<sbr>{LU}[^\]\n]{{1,40}}+)\])(?=,))?+"
        # AFP and dpa bracket the country or a qualifier before the agency: "Valencia (Spain) (AFP) -",
        # "Halle (Saale) (dpa) -"; only when the agency's brackets follow.
        # EFE the country before the comma and the date: "Guayaquil (Ecuador), 4 mar (EFE).-".
        rf"(?:[ \t]++\((?P<bq>{LU}[^()\n]{{1,40}}+)\)(?=[ \t]*+\([^()\n]{{1,40}}+\)|,))?+"
        rf"(?P<places>(?:[ \t]*+,{_WS}{not_place}{place}){{0,3}}+)"
    )
    # ``re`` wants distinct group names: ``mon``/``day`` month first, ``mon2``/``day2`` day first.
    date = (
        rf"(?:(?:[ \t]*+[,.:]){{0,2}}+{_WS}(?:{_HIJRI}[ \t]++\d{{1,2}}+,[ \t]*+1[34]\d\d(?!\d)[ \t]*+,{_WS})?+"
        rf"(?:[-\u2014\u2013][ \t]*+(?={L}))?+"
        rf"(?:(?P<mon>{L}{{3,9}}+)(?!{L})\.?+{_WS}(?P<day>{_DAY_TOKEN})(?![{W}])"
        rf"|(?P<day2>\d{{1,2}}+)(?:st|nd|rd|th|\.)?+{_WS}(?:de[ ]++)?+(?P<mon2>{L}{{3,9}}+)(?!{L})\.?+"
        # Agence Europe and Agencia Brasil write the date in figures, day first: "Brussels, 04/03/2024 (Agence Europe)"
        # Khovar and the Balkan agencies with dots: "DUSHANBE, 04.03.2024 /NIAT «Khovar»/."
        rf"|(?P<dnum>\d{{1,2}}+[/.]\d{{1,2}}+[/.](?:19|20)\d\d)(?!\d)"  # one group: each group costs every match
        # Europa Press writes the day alone, its month the story's: "MADRID, 4 (EUROPA PRESS)"
        rf"|(?P<dayonly>\d{{1,2}}+)(?=[ \t]*+\([ \t]*+{LU}))"
        # ENA writes the year after a slash: "Addis Ababa, March 4/2024 (ENA)"
        r"(?:(?:[ \t]*+,?+[ \t]*+|/)(?P<year>(?:1[6-9]|2\d)\d\d)(?!\d)(?:[ \t]*+,[ \t]*+(?P=year)(?!\d))?+)?+)?+"
    )
    # ``ag`` after ", " or a space ("Tehran, March 4, IRNA --", "TOKYO, Jan. 5 Kyodo -"), ``ag2`` in brackets,
    # ``ag3`` between slashes, ``ag4`` on its own line before a line with the dash (CNN's pages).
    agency = (
        rf"(?:(?:[ \t]*+[,.|][ \t]*+|[ \t]++)"
        # any name in capitals there when a dated dateline's comma comes before it and a dash after: "Mar 4, BNS -";
        # or between bars, as a crawled page's metadata line writes it: "Paris, France | AFP | Monday 3/4/2024"
        rf"(?P<ag>{_COMMA_AGENCIES}|(?:(?<=\d,)|(?<=\d,[ ]))[A-Z]{{2,10}}+(?=[ \t]*+[-\u2014\u2013])"
        rf"|(?<=\|[ ])[A-Z]{{2,10}}+(?=[ \t]++\||[ \t]*+\Z))(?![{W}])"
        rf"(?P<agdot>\.(?=[ \t]++{LU}|[ \t]*+(?:\r?\n|\Z)))?+"
        rf"|{_WS}(?P<ag4>CNN(?:[ ]Business)?+)[ \t]*+\r?\n(?=[ \t]*+[-\u2014\u2013])"
        # Business Wire between dashes: "BOSTON--(BUSINESS WIRE)--"
        rf"|[.,]?+{_WS}(?:-{{2}}+(?=\())?+\([ \t]*+(?P<ag2>[^()\n]{{1,40}}+)\)"
        rf"|[.,]?+{_WS}/(?P<ag3>[^/\n]{{1,40}}+)/)?+"
    )
    city = rf"(?P<city>{place_word}(?:(?:[ ]|/)(?!{monthish}|{_COMMA_AGENCIES}(?![{W}])){place_word}){{0,5}}+)"
    caps_city = rf"(?P<city>{caps_word}(?:(?:[ ]|/)(?!{monthish}){caps_word}){{0,5}}+)"
    wire = places + date + agency + _END
    # Before the dateline, on the same line or the lines above: a source line, a
    # metadata header (the seed's " date 2026-02-05 "), crawl debris ("****", "RPT --", a stray letter).
    pre = (
        r"\A\s*+(?:source:[^\n]*+\n\s*+)?+"
        r"(?:(?:date|Date|DATE):?+[ \t]++(?P<hdate>\d{4}-\d\d-\d\d)\s++)?+"
        # a news summary's numbered item: "1. NAIROBI -- Kenyan police"
        rf"(?:\*++[ \t]*+|RPT[ \t]*+-++[ \t]*+|(?:[a-z]|\d{{1,2}}+\.)[ \t]++(?={LU}{{2}}))?+"
    )
    # A credit line: "Canadian Press - HALIFAX (CP) -", "(ANSA) - ROME, MARCH 4 -".
    credit = rf"(?:\(?(?P<cred>{_CREDITS})\)?[ \t]++[-\u2014\u2013]{{1,2}}+[ \t]++(?={LU}))?+"
    caps_scan = r"(?<![^\s(>\]|])" + caps_city + rf"(?!{L})" + wire
    return pre + credit + city + wire, r"[ \t]*+" + credit + city + wire, caps_scan, pre


#: Agencies whose name opens a story on its own, as a credit line before the dateline
#: ("Canadian Press - HALIFAX (CP) -") or with no dateline at all ("AFP - ", "(CNN) --").
CREDIT_NAMES = (
    "Canadian Press", "The Canadian Press", "Associated Press", "The Associated Press", "Agence France-Presse",
    "Reuters", "AFP", "AP", "CP", "UPI", "United Press International", "Xinhua", "dpa", "EFE", "Kyodo",
    "Yonhap", "TASS", "PTI", "IANS", "ANI", "APP", "IRNA", "Bloomberg", "CNN", "AFX", "Bernama", "Antara",
    "ANSA", "Sputnik", "Interfax", "KCNA", "VNA", "AA", "Anadolu",
)
_CREDITS = "(?:" + "|".join(sorted((re.escape(n) for n in CREDIT_NAMES), key=len, reverse=True)) + ")"
# Agencies written after the date with a comma or a space, not in brackets: "Tehran, March 4, IRNA --",
# "Riyadh, March 04, 2024, SPA --", "TOKYO, Jan. 5 Kyodo -", Reuters 1987's "WASHINGTON, March 2, Reuter -".
# AAP and NZPA write a space ("CANBERRA, March 4 AAP -"), the Caucasus and Central Asian agencies a comma or a dot
# ("Baku, March 4, AZERTAC.", "BAKU, Azerbaijan, March 4. Trend:", "ASTANA. KAZINFORM -"), SANA and GNA a comma.
_COMMA_AGENCIES = (
    r"(?:REUTERS?|Reuters?|IRNA|SPA|Kyodo|KYODO|AAP|NZPA|SANA|GNA|AZERTAC|ARMENPRESS|KAZINFORM|Kazinform|UKRINFORM|Trend)"
)
# The Hijri month SPA writes before the Gregorian date: "Jeddah, Sha'ban 23, 1445, March 04, 2024, SPA --".
_HIJRI = (
    r"(?:Muharram|Safar|Rajab|Ramadh?an|Shawwal|Sha['\u2019]?a?ban"
    r"|(?:Rabi|Jumada|Dhul?)[-'\u2019 ]{1,2}+(?:[Aa]l[- ]{1,2}+)?+[A-Z][a-z'\u2019]{2,8}+)"
)


# Russian: "МОСКВА, 4 февраля. /ТАСС/.", "МОСКВА, 4 фев — РИА Новости.", "ВЛАДИВОСТОК /Приморский край/, ...".
# Interfax writes the city in title case and dots for commas: "Москва. 4 марта. INTERFAX.RU - ".
_CYR_WORD = r"[А-ЯЁ](?:[А-ЯЁ]*+|[а-яё]++)(?:-[А-ЯЁ]?+(?:[А-ЯЁ]*+|[а-яё]++))*+"
_RUSSIAN = (
    rf"(?P<city>{_CYR_WORD}(?:[ ]{_CYR_WORD}){{0,3}}+)(?:[ \t]++/(?P<sreg>[^/\n]{{1,40}}+)/(?=,))?+"
    r"[,.][ \t]*+(?P<day>\d{1,2}+)[ \t]++(?P<mon>[а-яё]{3,8}+)\.?+"
    r"(?:[ \t]++(?P<year>(?:19|20)\d\d)(?:[ \t]*+(?:г\.|года))?+)?+"
    r"(?:[ \t]*+\.?+[ \t]*+/(?P<ag>ТАСС|ИТАР-ТАСС|[А-Я][^/\n]{0,30}+)/\.?+"
    r"|[ \t]*+[-\u2014\u2013]{1,2}+[ \t]*+(?P<ag2>РИА Новости|ТАСС|Интерфакс|ПРАЙМ)\.?+"
    r"|[ \t]*+(?P<ag3>INTERFAX\.RU|ИНТЕРФАКС)[ \t]*+[-\u2014\u2013]{1,2}+)"
)
# Chinese, Xinhua: "新华社北京2月4日电", "新华社莫斯科2月4日电（记者 王小明）"; its site (新华网)
# and China News Service (中新社, 中新网) write the same form.
_CHINESE = (
    r"(?P<ag>新华社|新华网|中新社|中新网)(?P<city>[\u4e00-\u9fff]{2,8}?)(?P<mon>\d{1,2}+)月(?P<day>\d{1,2}+)日电"
    r"(?:[ \t]*+[（(][ \t]*+记者[^）)\n]{0,40}+[）)])?+"
)


# Korean: Yonhap's "(서울=연합뉴스) 김수연 기자 =", Newsis's "[서울=뉴시스]", News1's "(서울=뉴스1)"; the reporters
# (기자, a correspondent 특파원) and an equals sign follow.
_HANGUL = "[\uac00-\ud7a3]"
_KOREAN = (
    rf"[(\[](?P<city>{_HANGUL}{{1,10}}+)[ \t]*+=[ \t]*+(?P<ag>연합뉴스|뉴시스|뉴스1)[)\]]"
    rf"(?:(?:[ \t]*+{_HANGUL}{{2,4}}+[ \t]*+(?:기자|특파원)[ \t]*+[·,]?+)++[ \t]*+=)?+"
)


# Indian papers' page lines: the place after the time at the line's end, or before "| Updated:".
_PAGE_PLACE = (
    r"(?m:^[ \t]*+Updated[ \t]*+-[ \t]*+[^\n]{{8,40}}?[0-9][ \t]*+(?:[ap]m|[AP]M)?+[ \t]*+(?:IST)?+[ \t]*+-[ \t]*+"
    r"{city}[ \t]*+$"
    r"|^[ \t]*+{city2}[ \t]*+\|[ \t]*+Updated[ \t]*+:)"
)


# An agency and no place: "AFP - ", "Reuters - ", "(CNN) --", "(CNN Business)", and CNN's page with no city,
# its name and the dash on lines of their own ("CNN\n —\n"). The name alone needs a dash.
_AGENCY_ALONE = (
    rf"(?:(?P<solo>{_CREDITS})[ \t]*+(?P<dash>[-\u2014\u2013]{{1,3}}+)(?=\s|\Z)"
    r"|(?P<solo3>CNN(?:[ ]Business)?+)[ \t]*+\r?\n[ \t]*+[-\u2014\u2013]{1,3}+(?=\s|\Z)"
    rf"|(?:(?P<amon>[A-Z][a-z]{{2,8}}+\.?+)[ \t]++(?P<aday>\d{{1,2}}+)[ \t]++)?+"
    rf"\([ \t]*+(?P<solo2>{_CREDITS}(?:[ ][A-Z][a-z]++)?+)[ \t]*+\)(?P<dash2>[ \t]*+[-\u2014\u2013]{{1,3}}+)?+)"
)


#: The class insides for any text (``\p{L}``, ``\p{Lu}``, a word character) and for ASCII text.
_UNICODE_CLASSES = (r"\p{L}", r"\p{Lu}", r"\w\u0300-\u036f")
_ASCII_CLASSES = ("A-Za-z", "A-Z", r"A-Za-z0-9_")


def _words(words: list[str]) -> str:
    """An alternation of ``words``, longest first (``Sept`` before ``Sep``)."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_FULL_MONTH = _words([*MONTH_NAMES, *(m.upper() for m in MONTH_NAMES)])
# Kremlin pages: "April 20, 2010 15:00 The Kremlin, Moscow".
_KREMLIN = (
    rf"(?P<kmon>{_FULL_MONTH})[ \t]++(?P<kday>\d{{1,2}}+),[ \t]*+(?P<kyear>\d{{4}})[ \t]++\d{{1,2}}:\d\d"
    r"(?P<venue>[ \t]*+[^\n]{0,80}+)"
)


class Patterns(NamedTuple):
    """The compiled patterns. Compiling them costs milliseconds, so it happens on first use, once."""

    wire_at_start: re.Pattern[str]  # the hot path: after an optional header or debris, at the text's start
    wire_at: re.Pattern[str]  # at a given position (a line start, or the whole text for parse_dateline)
    wire_caps_scan: re.Pattern[str]  # a capitalised city anywhere in the opening
    kremlin_at_start: re.Pattern[str]
    kremlin: re.Pattern[str]
    header_date: re.Pattern[str]


class Fallbacks(NamedTuple):
    """The patterns tried when no wire dateline opens the text; compiled on first need, apart from the hot path."""

    agency_at_start: re.Pattern[str]  # an agency and no place: "AFP - ", "(CNN) --"
    agency: re.Pattern[str]
    bare_at_start: re.Pattern[str]  # a known city whose dash was lost: "MANILA The typhoon ..."
    dotted_at_start: re.Pattern[str]  # East African papers' city and a full stop: "Dar es Salaam. President ..."
    dotted: re.Pattern[str]
    bare: re.Pattern[str]  # such a city alone (what parse_dateline reads back)
    russian: re.Pattern[str]  # TASS and RIA Novosti in Russian
    russian_at_start: re.Pattern[str]
    chinese: re.Pattern[str]  # Xinhua in Chinese
    korean: re.Pattern[str]  # Yonhap, Newsis and News1 in Korean
    page_place: re.Pattern[str]  # an Indian paper's page line with the place: "Updated - <date> - NEW DELHI"


@functools.cache
def patterns(ascii_only: bool = False) -> Patterns:
    """The dateline patterns, compiled on the first call and kept.

    Args:
        ascii_only: The set with ASCII classes, for text whose letters and digits
            are ASCII: it finds what the general set finds on such text, faster.
    """
    classes = _ASCII_CLASSES if ascii_only else _UNICODE_CLASSES
    start, at, caps_scan, pre = _wire(*classes)
    compile_ = _compiler(ascii_only)
    return Patterns(
        wire_at_start=compile_(start),
        wire_at=compile_(at),
        wire_caps_scan=compile_(caps_scan),
        kremlin_at_start=compile_(pre + _KREMLIN),
        kremlin=re.compile(_KREMLIN),
        header_date=_header_date_pattern(),
    )


def _compiler(ascii_only: bool) -> Callable[[str], re.Pattern[str]]:
    """``re.compile`` for the ASCII set; ``regex.compile`` (``\\p{L}``, ``\\p{Lu}``) for the Unicode set."""
    if ascii_only:
        return re.compile
    import regex  # noqa: PLC0415 - only openings with letters outside ASCII need it

    compile_: Callable[[str], re.Pattern[str]] = regex.compile
    return compile_


@functools.cache
def fallbacks(ascii_only: bool = False) -> Fallbacks:
    """The patterns tried after the wire patterns fail, compiled on the first such opening and kept."""
    classes = _ASCII_CLASSES if ascii_only else _UNICODE_CLASSES
    pre = _wire(*classes)[3]
    compile_ = _compiler(ascii_only)
    upper = classes[1]
    caps_word = rf"[{upper}][{upper}.'\u2019&]++(?:-[{upper}][{upper}.'\u2019&]*+)*+"
    # A city in capitals, one space, then a sentence: a capital and a letter that is not one ("The").
    bare_city = rf"(?P<city>{caps_word}(?:[ ]{caps_word}){{0,3}}+)"
    bare = bare_city + rf"[ ](?=[{upper}](?![{upper}])[{classes[0]}])"
    # A city in title case ("Dar es Salaam", "Arusha"), a full stop, then a sentence (or nothing: parse_dateline).
    title_word = rf"[{upper}][{classes[0]}]++"
    dotted = (rf"(?P<city>{title_word}(?:[ ](?:[a-z]{{1,3}}+[ ])?+{title_word}){{0,2}}+)\."
              rf"(?=[ \t]++[{upper}][{classes[0]}]|[ \t]*+\Z)")
    title_city = rf"(?P<city2>[{upper}][{classes[0]}]++(?:[ ][{upper}][{classes[0]}]++){{0,2}}+)"
    return Fallbacks(
        agency_at_start=compile_(pre + _AGENCY_ALONE),
        agency=re.compile(_AGENCY_ALONE),
        bare_at_start=compile_(pre + bare),
        dotted_at_start=compile_(pre + dotted),
        dotted=compile_(dotted),
        bare=compile_(bare_city),
        russian=re.compile(_RUSSIAN),
        russian_at_start=compile_(pre + _RUSSIAN),
        chinese=re.compile(_CHINESE),
        korean=re.compile(_KOREAN),
        page_place=compile_(_PAGE_PLACE.format(city=bare_city, city2=title_city)),
    )


def _header_date_source(full: str, short: str) -> str:
    """The header date pattern with *full* and *short* for the full and the short month names."""
    return (
        rf"(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)|(?P<mon>{full}|{short}\.?)"
        r"[ \t]++(?P<day>\d{1,2}+)(?:[ \t]*+,[ \t]*+|[ \t]++)(?P<year>\d{4})(?!\d)"
        # day first, as British and crawled pages write it: "Last Modified: Mon 4 Mar 2024"
        rf"|(?<!\d)(?P<day2>\d{{1,2}}+)[ \t]++(?P<mon2>{full}|{short})\.?+,?+[ \t]++"
        r"(?P<year2>\d{4})(?!\d)"
    )


@functools.cache
def _header_date_pattern() -> re.Pattern[str]:
    # The month names as tries, not flat alternations: under IGNORECASE ``re`` enters every alternative at every
    # position (its first-letter shortcut is for case-sensitive literals), which made this scan of a few hundred
    # characters cost over 0.5 ms. Both try the words that fit longest first, so they match the same.
    full, short = f"(?:{trie_pattern(MONTH_NAMES)})", f"(?:{trie_pattern(list(MONTHS))})"
    return re.compile(_header_date_source(full, short), re.IGNORECASE)


# The header date pattern's letters in lower case, read on a fold of the text instead of under IGNORECASE (twice as
# fast again, see _last_header_date). Under IGNORECASE ``re`` matches four characters outside ASCII with a month
# name's letters (found by testing every code point): the fold maps them so, and ASCII capitals to lower case.
_CASE_BLIND: dict[int, str] = {
    **{c: chr(c + 32) for c in range(65, 91)}, 0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"
}


@functools.cache
def _folded_header_date_pattern() -> re.Pattern[str]:
    full = f"(?:{trie_pattern([m.lower() for m in MONTH_NAMES])})"
    return re.compile(_header_date_source(full, f"(?:{trie_pattern(list(MONTHS))})"))


# --- words --------------------------------------------------------------------

_ENGLISH_MONTHS = frozenset(m.lower() for m in (*MONTH_NAMES, *MONTHS))
_MONTH_EXTRA = {"sep": 9, "sept": 9, "abr": 4, "ago": 8, "dic": 12, "ene": 1, "avr": 4, "janv": 1, "fevr": 2}
_WEEKDAY_WORDS = frozenset([*WEEKDAYS, *(w[:3] for w in WEEKDAYS), "tues", "thur", "thurs"])
# Words that open a sentence with a comma ("Yesterday, May 5 ..."), never a dateline's city.
_NOT_PLACES = frozenset(
    (
        "yesterday", "today", "tomorrow", "tonight", "however", "meanwhile", "earlier", "later", "also", "but",
        "and", "so", "then", "now", "since", "until", "on", "in", "at", "by", "from", "as", "last", "next", "this",
        "that", "there", "here", "still", "instead", "moreover", "thus", "again", "once", "separately",
        # a page's labels before its own date: "Updated: 21 Nov 2023", "Posted : 2012-11-05"
        "updated", "last updated", "published", "posted", "modified", "last modified", "released", "issued",
        "created", "date", "dated", "filed",
    )
)
# First words of a page's label before its own date, never of a place: "Posted on May 2, 2006", "Published On 4 Mar
# 2024", "For Immediate Release: March 4, 2024", Portuguese "Publicado em 04/03/2024".
_PAGE_LABELS = frozenset(
    ("updated", "published", "posted", "modified", "released", "issued", "created", "dated", "filed", "for",
     "publicado", "publicada", "atualizado", "actualizado", "publié", "embargoed")
)
# Short forms agencies write for a place (TASS: "UN, May 7. /TASS/.").
_SHORT_PLACES = {"UN": "United Nations", "U.N.": "United Nations"}
_DAY_DIGITS = str.maketrans("OoIl", "0011")
_MAX_DAY = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_AGENCIES = {
    a.casefold(): a
    for a in (
        "Reuter", "Reuters", "Xinhua", "AP", "AFP", "Yonhap", "TASS", "ITAR-TASS", "PRNewswire", "UPI", "Kyodo",
        "Bernama", "Antara", "Anadolu", "AA", "dpa", "ANSA", "EFE", "ANI", "PTI", "IANS", "Interfax", "RIA Novosti",
        "Sputnik", "KCNA", "WAM", "SPA", "IRNA", "MENA", "QNA", "KUNA", "SANA", "VNA", "PNA", "CNA", "APA",
        "Prensa Latina", "Business Wire", "GLOBE NEWSWIRE", "PRNewswire-FirstCall", "CNW", "Marketwire", "UNI",
        "BSS", "APP", "Xinhua Net", "Bloomberg", "CNN", "PID", "CP",
        "Petra", "Tanjug", "BTA", "CTK", "PAP", "MTI", "ATS", "Belga", "NTB", "TT",
        "AAP", "NZPA", "GNA", "AZERTAC", "Armenpress", "Kazinform", "Ukrinform", "Trend",
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


@functools.lru_cache(maxsize=1024)
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


@functools.lru_cache(maxsize=4096)
def _day_number(token: str, month: int, ref: dt.date | None) -> int | None:
    """A day token read as a number: ``2O`` is 20, ``l`` is 1; ``187`` is 18 when the story is from the 18th."""
    digits = token.rstrip("stndrh").translate(_DAY_DIGITS)
    if not (digits.isascii() and digits.isdecimal()):  # only [0-9]: "²".isdigit() is true, int("²") fails
        return None
    top = _MAX_DAY[month]
    if len(digits) == 3:
        options = {int(digits[:i] + digits[i + 1 :]) for i in range(3)}
        if ref is not None and ref.month == month and ref.day in options:
            return ref.day
        return None
    day = int(digits)
    return day if 1 <= day <= top else None


_CORRESPONDENT = re.compile(r"[ \t]+(?:[Ss]pecial[ \t]+|[Oo]wn[ \t]+)?[Cc]orrespondents?\b.*")


def _agency_key(text: str) -> str:
    """How an agency in brackets is looked up: its first name, no byline, no case (``CNN Business`` -> ``cnn``)."""
    name = agency_name(_CORRESPONDENT.sub("", text.strip().split("/")[0].strip())).split(",")[0].strip()
    return (name.split()[0] if name.startswith("CNN") else name).casefold()


_NOT_REPORTERS = frozenset(("images", "photo", "photos", "pictures", "news", "agency", "press", "service", "tv"))


def _is_reporter(text: str) -> bool:
    """Whether ``text`` reads as a person's name (two or three capitalised words), not a photo agency's."""
    words = text.split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and words[-1].casefold() not in _NOT_REPORTERS and words[-1].casefold() not in _AGENCIES)


_QUOTES = str.maketrans("", "", "«»“”\"")  # quotes around a name: Khovar's "/NIAT «Khovar»/"


def _agency(text: str) -> str | None:
    """An agency's usual spelling, or the text as written when it reads like a name; ``None`` otherwise.

    A byline inside the agency's brackets is dropped: ``TASS Correspondent Ivan Petrov`` is TASS.
    """
    name = agency_name(_CORRESPONDENT.sub("", text.strip().split("/")[0].strip())).translate(_QUOTES)
    known = _AGENCIES.get(name.casefold())
    if known is not None:
        return known
    if "," in name:  # several agencies' copy: "(AFP, REUTERS)" is "AFP, Reuters", each as it writes its name
        parts = [part.strip() for part in name.split(",")]
        names = [_AGENCIES.get(part.casefold()) for part in parts]
        if all(names):
            return ", ".join(n for n in names if n)
        if names[0] and len(parts) == 2 and _is_reporter(parts[1]):
            return names[0]  # RIA Novosti names its reporter: "(RIA Novosti, Alexei Eremenko)"
    words = name.split()
    if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(c.isdigit() for c in name):
        return name
    return None


# A dateline's year is the shared resolver's stamped year; cached because wire files repeat dates.
_resolve_year = functools.lru_cache(maxsize=4096)(stamped_year)


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
    written: str | None = None  # the city as written, when it is not already ``city``
    language: str | None = None  # ISO 639-1, for a dateline in an agency's own language


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
        elif (region is None and country is None and len(segment) > 3 and segment[1] == " "
              and segment[0].isalpha() and region_name(segment[2:]) is not None):
            region = region_form(segment[2:])  # a stray key before the region: "ROANOKE,M Va." is Va.
    if region is None and country is None and len(segments) == 1:
        region = region_form(segments[0])
    return region, country


@functools.lru_cache(maxsize=4096)
def _slug_end(city_text: str) -> int:
    """Where the city starts when a headline's words run into a capitalised one (0: no headline).

    ``"Seoul seeks trade talks SEOUL"`` is the city ``SEOUL``: the words in capitals
    after a word that is not, when the last of them has two letters or more.
    """
    words = city_text.replace("/", " ").split(" ")
    shouted = [sum(map(str.islower, w)) < 2 for w in words]  # "CORAl" is a slip of the shift key, not a word
    if len(words) < 2 or not words[-1].isupper() or len(words[-1]) < 2 or all(shouted):
        return 0
    k = len(words)
    while k > 0 and shouted[k - 1]:
        k -= 1
    if k == 0 or region_name(words[-1]) is not None:  # "FARMINGTON Conn." is read elsewhere
        return 0
    return len(" ".join(words[:k])) + 1


@functools.lru_cache(maxsize=4096)
def _city_and_segments(city_text: str, places: str | None) -> tuple[str, tuple[str, ...]] | str:
    """The city as written and the place names after it, or why the city is no place.

    ``"FARMINGTON Conn."`` (the comma between city and state missing) is the city
    ``FARMINGTON`` and the region ``Conn.``. Cached: the same places open many stories.
    """
    segments = [s for s in (p.strip() for p in places.split(",")) if s] if places else []
    words = city_text.split()
    if (
        len(words) >= 2
        and not words[-1].isupper()
        and words[-1][:1].isupper()  # a region is capitalised: "R on-" is no city in Ontario
        and all(w.isupper() for w in words[:-1])
        and region_name(words[-1]) is not None
    ):
        segments.insert(0, words[-1])
        city_text = " ".join(words[:-1])
    elif (
        len(words) >= 2
        and len(words[-1]) == 2
        and words[-1].isupper()
        and not words[-2].isupper()
        and in_region(city_case(" ".join(words[:-1])), words[-1]) is not None
    ):
        segments.insert(0, words[-1])  # a postal code run into a title-case city: ANI's "Washington DC [US]"
        city_text = " ".join(words[:-1])
    lowered = city_text.lower().rstrip(".")
    if lowered in _WEEKDAY_WORDS or lowered in MONTHS or lowered in _NOT_PLACES:
        return f"{city_text!r} opens a sentence; it is not a place"
    if lowered.split(" ", 1)[0] in _PAGE_LABELS:
        return f"{city_text!r} is a page's label, not a place"  # "Published On 4 Mar 2024", "For Immediate Release:"
    if len(words) >= 2 and words[0] in ("By", "BY"):
        return f"{city_text!r} is a byline, not a place"  # "By Jane Doe\n(Bloomberg) --"
    return city_text, tuple(segments)


def _dotted_city(city_text: str) -> bool:
    """Whether a city's final dot closes the city (``MOSCOW.``), not an abbreviation (``ST.``, ``D.C.``)."""
    last = city_text.rsplit(" ", 1)[-1]
    return len(last) > 4 and "." not in last[:-1]


_SENTENCE = re.compile(
    r"\s*+(?:[A-Z\u00c0-\u00de\u0410-\u042f](?:[a-z\u00df-\u00ff\u0430-\u044f'\u2019]|[ ](?=[a-z0-9]))|\Z)"
)


def _whole_sentence_at(text: str, pos: int) -> bool:
    """Whether a sentence of ten words or more, ended by a full stop, fills the rest of the line at ``pos``.

    True at the text's end too: ``parse_dateline`` reads the dateline alone.
    """
    end = text.find("\n", pos, pos + 400)
    line = text[pos : end if end != -1 else pos + 400].strip()
    return not text[pos:].strip() or (_sentence_at(line, 0) and line.endswith(".") and len(line.split()) >= 10)


def _sentence_at(text: str, pos: int) -> bool:
    """Whether a sentence starts at ``pos`` after blanks and line breaks ("The", "A man"), or the text ends."""
    return _SENTENCE.match(text, pos, pos + 40) is not None


def _own_agency(m: re.Match[str]) -> bool:
    """Whether the dateline names its agency on the city's line, which vouches for a place the tables lack.

    A credit line's agency does not ("AFP - The European Union on Thursday" is credited, not placed), nor one
    on the line below ("China Sets Growth Goal\n(Bloomberg) --" is a headline); CNN's own line does.
    """
    if m.group("ag4") is not None:
        return True
    group = next((g for g in ("ag", "ag2", "ag3") if m.group(g) is not None), None)
    return group is not None and "\n" not in m.string[m.end("city") : m.start(group)]


def _read_wire(m: re.Match[str]) -> Reading | str:
    """Read a wire-style match, or say why it is not a dateline."""
    city_text, places, mon, day, mon2, day2, year_text, ag, ag2, ag3, ag4, close = m.group(
        "city", "places", "mon", "day", "mon2", "day2", "year", "ag", "ag2", "ag3", "ag4", "close"
    )
    day_first = mon2 is not None
    if day_first:
        mon, day = mon2, day2
    raw_agency = next((a for a in (ag, ag2, ag3, ag4) if a is not None), None)
    dated_brackets = None
    if ag2 is not None and mon is None and m.group("dnum") is None:
        dated_brackets = _BRACKET_DATE.fullmatch(ag2.strip())
    if dated_brackets is not None:  # the UN's press offices: "GENEVA (4 March 2024) – UN experts"
        raw_agency = ag2 = None
        day2, mon2, year2, mon, day, year = dated_brackets.groups()
        day_first = mon2 is not None
        mon, day, year_text = (mon2, day2, year2) if day_first else (mon, day, year)
    start = m.start("city")
    piped = ag is not None and m.string[m.start("ag") - 2 : m.start("ag")] == "| "
    if piped and not m.group("places") and not is_known_city(city_case(city_text)):
        return f"{city_text!r} before a bar and an agency is no known city and names no country"  # "Markets | AFP |"
    if ag is not None and ag.casefold() not in _AGENCIES and (
        _CLOCK.fullmatch(ag) or not (is_known_city(city_case(city_text)) or is_town(city_case(city_text)))
    ):
        # a new agency after the date's comma only after a known place, and no clock's zone ("LONDON, Feb 12, ET -")
        return f"{ag!r} after {city_text!r} is a clock's zone or follows no known place"
    if dated_brackets is not None and not (city_text.isupper() or is_known_city(city_case(city_text))):
        # a date in brackets or an unknown name after the date's comma are a dateline's only after a place in
        # capitals or a known one: "Minutes (February 12, 2025) - The board", "Sales rose, Feb 12, USD - 4%"
        return f"{city_text!r} is neither in capitals nor a known city before a bracketed date or a new agency"
    if raw_agency is None and "cred" in m.re.groupindex and m.group("cred") is not None:
        raw_agency = m.group("cred")  # the credit line names it: "(ANSA) - ROME, MARCH 4 -"
        start = m.start("cred") - (m.string[m.start("cred") - 1 : m.start("cred")] == "(")
    slug_end = _slug_end(city_text)
    if slug_end:  # a headline or slug ran into the dateline: "Trade talks SEOUL, May 2 (Yonhap) --"
        if mon is None and raw_agency is None:
            return "a place after a headline needs a date or an agency"
        city_text, start = city_text[slug_end:], start + slug_end
    place_part = _city_and_segments(city_text, places)
    if isinstance(place_part, str):
        return place_part
    city_text, segment_tuple = place_part
    if city_text[-1:] == "." and (mon is not None or ag is not None) and _dotted_city(city_text):
        city_text = city_text[:-1]  # Interfax: "MOSCOW. March 4 (Interfax) -"; Kazinform: "ASTANA. KAZINFORM -"
    if ag4 is not None and not (is_known_city(city_case(city_text)) or country_code(city_case(city_text))):
        return f"{city_text!r} over CNN's own line is no known place"  # "Analysis\nCNN\n —" is a section
    if raw_agency is None and city_text.casefold().removesuffix(" news") in _AGENCIES:
        return f"{city_text!r} is an agency's name, not a place"  # a page header: "KYODO NEWS - Mar 4, 2024 -"
    at_line_end = close is None and (m.end() == len(m.string) or m.string[m.end()] in "\r\n")
    bracket_dot = ag2 is not None and m.string[m.end() - 2 : m.end()] == ")."
    if close is None and m.string[m.end() - 1 : m.end()] == "." and m.group("agdot") is None and not bracket_dot:
        return "a dot closes a dateline only after its agency (AZERTAC.), not after a place"
    before_date = ""
    if dated_brackets is None and mon is not None:
        before_date = m.string[m.end("city") : m.start("mon") if mon2 is None else m.start("day2")]
    if m.group("dnum") is not None:  # "Sputnik International\n04.03.2024\nTBILISI (Sputnik) -"
        before_date = m.string[m.end("city") : m.start("dnum")]
    # A line, then a date on the next: a press office's header ("Office of the Spokesperson\nMarch 4, 2024")
    # or a headline over "March 4 (Reuters) -", unless the line is a city ("WASHINGTON\nMarch 4, 2024").
    if (
        "\n" in before_date
        and before_date.split("\n", 1)[0].rstrip()[-1:] != ","
        and not (is_known_city(city_case(city_text)) or country_code(city_case(city_text)) is not None)
    ):
        return f"{city_text!r} over a date on the next line is a header, not a dateline"
    if close is None and m.end() < len(m.string) and m.string[m.end()] not in "\r\n":
        # Closed by its brackets alone: only a dated TASS dateline, or an agency the tables know.
        if ag3 is not None and mon is None:
            return "an agency in slashes with no date and no dash or dot after it is a citation, not a dateline"
        # An agency in capitals after a date will do too: "Port Harcourt, March 4, 2024 (NAN) The Rivers ...",
        # "Lima, Mar. 4 (ANDINA). Peru's"; a clock's zone is no agency ("March 4 (GMT)").
        dated = mon is not None or m.group("dnum") is not None
        if ag2 is not None and _agency_key(ag2) not in _AGENCIES and not (
            dated and _CAPS_AGENCY.fullmatch(ag2.strip()) and not _CLOCK.fullmatch(ag2.strip())
            and (city_text.isupper() or is_known_city(city_case(city_text)) or is_town(city_case(city_text)))
            # ("Version 2.1.2024 (RC). Notes" stays out)
        ):
            return f"{ag2!r} in brackets with no dash after it is no agency the tables know"
    # A colon closes a dated dateline; Indian papers also write a known city and a colon alone ("NEW DELHI: India"),
    # Gulf papers a capital or a big city in title case ("Dubai: The UAE has ...").
    colon_alone = False
    if close is not None and close.strip() == ":" and (mon is None or day is None):
        colon_alone = (mon is None and raw_agency is None and not places and m.group("sreg") is None
                       and stands_alone(city_text, titled=True) and _sentence_at(m.string, m.end()))
        if not colon_alone:
            return "a colon closes a dateline only after a date (KARACHI, March 3:), or a known city alone"
    segments = list(segment_tuple)
    month: int | None = None
    day_token: str | None = None
    language: str | None = None
    foreign = foreign_month(mon) if day_first and mon.lower().rstrip(".") not in _ENGLISH_MONTHS else None
    if day_first and foreign is None and mon.lower().rstrip(".") not in MONTHS:
        return f"{mon!r} is not a month name"  # day first ("5 February"): no typos there
    if foreign is not None:
        month, day_token = foreign[0], day
        language = foreign[1][0] if len(foreign[1]) == 1 else None
    elif mon is not None:
        month = month_number(mon)
        if month is None:
            return f"{mon!r} is not a month"
        day_token = day
    elif segments and segments[-1].lower().rstrip(".") in MONTHS and close:
        month = MONTHS[segments.pop().lower().rstrip(".")]  # "CHICAGO, April -": a month and no day
    elif m.group("dnum") is not None:
        first_text, second_text, year_text = m.group("dnum").replace(".", "/").split("/")
        first, second = int(first_text), int(second_text)
        if second > 12 >= first:
            first, second = second, first  # month first, as American releases write it: "03/24/2024"
        if not 1 <= second <= 12:
            return f"{second_text!r} is not a month"
        month, day_token = second, str(first)
    elif m.group("dayonly") is not None:
        day_token = m.group("dayonly")  # "MADRID, 4 (EUROPA PRESS)": _finish takes the month from the story's date
    agency = None
    if raw_agency is not None:
        agency = _agency(raw_agency)
        if agency is None:
            return f"{raw_agency!r} is not an agency"
    own = AGENCY_LANGUAGE.get(agency or "")
    if own is not None and language is None:
        # The agency's own language: a month only it writes ("4 feb (EFE)"), or a body written in it.
        spelt = foreign_month(mon) if day_first else None  # "4 feb" is English and Spanish: EFE's is Spanish
        told_by_body = (month is None or day_first) and body_language(m.string[m.end() : m.end() + 200], own)
        if (spelt is not None and own in spelt[1]) or told_by_body:
            language = own
    if month is None and not is_place_name(city_text):
        # Without a date, only the brackets or the dash make it a dateline: words in lower case there are a
        # sentence ("Officials quoted by two agencies (AFP, Reuters) - said"). A dated one may slip ("San jose").
        return f"{city_text!r} has words in lower case and no date: a sentence, not a place"
    bracketed = m.group("sbr")
    if bracketed is not None:  # ANI: "New Delhi [India]", "Srinagar (Jammu and Kashmir) [India]"
        segments[:0] = [s for s in (m.group("preg"), bracketed) if s is not None]
    qualified = None
    if bracketed is None and m.group("bq") is not None:  # AFP: "Valencia (Spain) (AFP) -"
        qualifier = m.group("bq").strip()
        if is_known_city(f"{city_case(city_text)} ({qualifier})"):
            qualified = f"{city_case(city_text)} ({qualifier})"  # part of the name: "Halle (Saale) (dpa) -"
        else:
            segments.insert(0, qualifier)
    region, country = _places(tuple(segments))
    if close == "":  # the dot after the date: "CHENNAI, MARCH 4. The"
        known = (country is not None or is_known_city(city_case(city_text))
                 or (region is not None and region_name(region) is not None))
        if slug_end or not (known and (city_text.isupper() or country is not None)):
            return f"{city_text!r}: a dot after the date closes only a known place in capitals or with its country"
    slashed = m.group("sreg")
    if slashed is not None and region is None:
        region = slashed.strip()  # TASS: "VLADIVOSTOK /Primorsky Region/"
    city = qualified or _SHORT_PLACES.get(city_text) or city_case(city_text)
    if month is None and (agency is None or not _own_agency(m)):
        known_place = (region is not None and region_name(region) is not None) or country is not None
        known_city = city_text.isupper() and (is_known_city(city) or country_code(city) is not None)
        # Anadolu's pages put the city alone on its line above the story: "ANKARA\n\nTurkish President ...".
        alone = at_line_end and _sentence_at(m.string, m.end()) and (
            (not segments and stands_alone(city_text))
            # a city and its country on their line: "GAZA CITY, Palestine\n"
            or (city_text.isupper() and country is not None and region is None
                and has_place_in(city, country)))
        # MAP writes the capital in title case and a dash: "Rabat - Morocco's King chaired ...". Only a national
        # capital, and only before a whole sentence (ten words and a full stop on the line), not a headline.
        titled = (close is not None and close.strip()[:1] in "-\u2014\u2013" and city_text == city
                  and _whole_sentence_at(m.string, m.end()) and stands_alone(city_text, titled=True)
                  and is_capital_city(city))
        # A smaller town in capitals will do before a dash and a sentence: "FREDERICTON — New Brunswick's".
        # (CP's em dash before any capital: "CHARLOTTETOWN — P.E.I.'s premier")
        after = m.string[m.end() + 1 : m.end() + 2]
        town = (close is not None and close.strip()[:1] in "-\u2014\u2013" and city_text.isupper() and not segments
                and (_sentence_at(m.string, m.end()) or ("\u2014" in close and after.isupper())) and is_town(city))
        if not ((close and close[-1:] != "." and (known_place or known_city)) or alone or colon_alone or titled
                or town):
            return "a place without a date or agency needs a closing dash and a known city, region or country"
    return Reading(
        start, m.end(), city, region, country, month, day_token,
        int(year_text) if year_text else None, agency, qualified or city_text, language,
    )


# A date in a dateline's brackets, day or month first: "GENEVA (4 March 2024) –", "NEW YORK (March 4, 2024) -".
_BRACKET_DATE = re.compile(
    r"(\d{1,2})[ \t]+([A-Za-z]{3,9})\.?,?[ \t]+((?:19|20)\d\d)|([A-Za-z]{3,9})\.?[ \t]+(\d{1,2}),?[ \t]+((?:19|20)\d\d)"
)
# An agency's name in capitals: "NAN", "MONTSAME", "ANDINA", "AZERTAC".
_CAPS_AGENCY = re.compile(r"[A-Z][A-Z-]{1,11}")
_CLOCK = re.compile(r"(?:[AaPp]\.?[Mm]\.?|[A-Z]{1,4}T|UTC|GMT)(?:[+-]\d{1,2}(?::?\d\d)?)?(?![\w])")


def _read_kremlin(m: re.Match[str]) -> Reading | str:
    """Read a Kremlin page header: date, time, then the venue (its last part is the city)."""
    venue = m.group("venue").strip()
    if _CLOCK.match(venue):  # a page's time stamp, not the Kremlin's: "March 4, 2024 10:15 JST", "6:01 AM GMT+8"
        return f"{venue.split()[0]!r} after the time is its half of the day or its zone, not a venue"
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


def _read_agency_alone(m: re.Match[str]) -> Reading | str:
    """An agency with no place: a story credited, not datelined (never a city made up)."""
    solo = m.group("solo") or m.group("solo2") or m.group("solo3")
    agency = _agency(solo)
    if agency is None:
        return f"{solo!r} is not an agency"
    if m.group("amon") is not None:  # Reuters' placeless copy: "March 4 (Reuters) - Oil prices rose"
        month = month_number(m.group("amon"))
        if month is None or m.group("dash2") is None:
            return f"{m.group('amon')!r} and a day before an agency need to be a date and a dash"
        return Reading(m.start("amon"), m.end(), None, None, None, month, m.group("aday"), None, agency)
    if m.group("solo3") is not None:
        return Reading(m.start("solo3"), m.end(), None, None, None, None, None, None, agency)
    start = m.start("solo") if m.group("solo") is not None else m.start("solo2") - 1
    while m.string[start - 1 : start] in ("(", " ", "\t") and start > m.start() and m.group("solo2") is not None:
        start -= 1
        if m.string[start] == "(":
            break
    return Reading(start, m.end(), None, None, None, None, None, None, agency)


def _read_bare(m: re.Match[str]) -> Reading | str:
    """A known city in capitals right before a sentence, its dash lost in crawling ("MANILA The typhoon ...")."""
    written = m.group("city")
    if written[-1] == "." and _dotted_city(written):
        written = written[:-1]  # Interfax's dot for a comma, its date lost: "MOSCOW. The talks ..."
    start, end = m.start("city"), m.start("city") + len(written)
    region = None
    words = written.split(" ")
    if len(words) > 1 and "." in words[-1][:-1]:  # "WASHINGTON D.C. The bill": a state's abbreviation after it
        region, written = words[-1], " ".join(words[:-1])
    city = city_case(written)
    if country_code(city) is not None or not is_known_city(city):
        return f"{written!r} is no city known well enough to stand without a dash"
    return Reading(start, end, city, region, None, None, None, None, None, written)


# Where papers write a place and a full stop as their dateline (Tanzania's and Uganda's Mwananchi papers, Kenya's
# and Rwanda's): elsewhere "Berlin. The wall fell in 1989." is a feature's first sentence.
_DOT_COUNTRIES = frozenset(("TZ", "UG", "KE", "RW"))


def _read_dotted(m: re.Match[str]) -> Reading | str:
    """East African papers' dateline: a known city in title case and a full stop (``Dar es Salaam. President ...``).

    Only a city of 100,000 people or more in East Africa, not a country's name, and not before a date
    (``Moscow. March 4 was a cold day``).
    """
    written = m.group("city")
    city = city_case(written)
    next_word = m.string[m.end() : m.end() + 12].split(" ", 2)[1:2]
    if next_word and next_word[0].lower().rstrip(".,") in (_ENGLISH_MONTHS | _WEEKDAY_WORDS):
        return f"{written!r} before a date or a weekday opens a sentence"
    if written != city or country_code(city) is not None or not is_known_city(city) or place_of(
        city, None, None
    ).place_country not in _DOT_COUNTRIES:
        return f"{written!r} is no East African city: elsewhere a place and a full stop open a sentence"
    return Reading(m.start("city"), m.end(), city, None, None, None, None, None, None, written)


def _read_russian(m: re.Match[str]) -> Reading | str:
    """A TASS or RIA Novosti dateline in Russian: the city in capitals, the day, the month in the genitive."""
    month = foreign_month(m.group("mon"))
    if month is None or "ru" not in month[1]:
        return f"{m.group('mon')!r} is not a Russian month"
    written = m.group("city")
    credited = m.group("ag") or m.group("ag2") or m.group("ag3")
    if "ТАСС" in credited and credited not in ("ТАСС", "ИТАР-ТАСС"):  # a byline: "/Корр. ТАСС Николай Селищев/"
        credited = "ИТАР-ТАСС" if "ИТАР" in credited else "ТАСС"
    agency = agency_name(credited)
    region = m.group("sreg").strip() if m.group("sreg") else None
    year = int(m.group("year")) if m.group("year") else None
    return Reading(m.start("city"), m.end(), city_case(written), region, None, month[0], m.group("day"), year, agency,
                   written, "ru")


def _read_page_place(m: re.Match[str]) -> Reading | str:
    """The place an Indian paper's page line names (the whole line up to the place, or the place and "| Updated:")."""
    written = m.group("city") or m.group("city2")
    if not stands_alone(written, titled=True):
        return f"{written!r} is no city known well enough to stand alone"
    start = len(m.group()) - len(m.group().lstrip()) + m.start()
    return Reading(start, m.end(), city_case(written), None, None, None, None, None, None, written)


def _read_korean(m: re.Match[str]) -> Reading | str:
    """A Korean agency's dateline: the city and the agency in brackets, then the reporter (no date: the lead has it)."""
    written = m.group("city")
    if native_city(written, "ko") is None:
        return f"{written!r} is no place the tables know"
    return Reading(m.start(), m.end(), written, None, None, None, None, None, agency_name(m.group("ag")), written,
                   "ko")


def _read_chinese(m: re.Match[str]) -> Reading | str:
    """A Xinhua dateline in Chinese: the agency, the city, month and day, and the correspondents."""
    written = m.group("city")
    if native_city(written, "zh") is None:
        return f"{written!r} is no place the tables know"  # the city runs into the date: only known names
    if not 1 <= int(m.group("mon")) <= 12:
        return f"{m.group('mon')}月 is no month"
    return Reading(m.start(), m.end(), written, None, None, int(m.group("mon")), m.group("day"), None,
                   agency_name(m.group("ag")), written, "zh")


@functools.cache
def _rules() -> tuple[Rule[Reading | str], ...]:
    from .._engine import Rule  # noqa: PLC0415 - it imports ``regex``, which the hot path does not need

    p, f = patterns(), fallbacks()
    return (
        Rule("<city>[, <region>][, <country>][, <month> <day>[, <year>]] [(<agency>)] <dash>", p.wire_at, _read_wire),
        Rule("<month> <day>, <year> <hh:mm> [<venue>, ]<city>", p.kremlin, _read_kremlin),
        Rule("<agency> <dash> | (<agency>) [<dash>]", f.agency, _read_agency_alone),
        Rule("<KNOWN CITY> (its dash lost before a sentence)", f.bare, _read_bare),
        Rule("<Known City>. (a full stop before the sentence)", f.dotted, _read_dotted),
        Rule("<ГОРОД>, <день> <месяца>. /ТАСС/. | — РИА Новости", f.russian, _read_russian),
        Rule("新华社<城市><月>月<日>日电[（记者 ...）]", f.chinese, _read_chinese),
        Rule("(<도시>=연합뉴스) [<기자> 기자 =]", f.korean, _read_korean),
        Rule("Updated - <date> <time> - <CITY> | <City> | Updated:", f.page_place, _read_page_place),
    )


def __getattr__(name: str) -> tuple[Rule[Reading | str], ...]:
    # ``rules`` is built on first access: its patterns are compiled then, not at import.
    if name == "rules":
        return _rules()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _finish(reading: Reading, ref: dt.date | None, ref_source: str | None) -> Dateline:
    month = reading.month
    day = None
    span = Span(reading.start, reading.end)
    notes: list[Note] = []
    if month is None and reading.day_token is not None and ref is not None:
        month = _month_of_day(reading.day_token, ref)  # a day alone: the last such day on or before the story's
    if month is not None and reading.day_token is not None:
        day = _day_number(reading.day_token, month, ref)
        if day is None:
            notes.extend(_impossible_day(reading.day_token, month, span))
    year, year_source = reading.year, "dateline" if reading.year is not None else None
    if year is not None and month is not None and day is not None:
        note = Note.for_date("day", span, year, month, day)  # Feb. 29, 2023
        if note is not None:
            day = None
            notes.append(note)
    if year is None and month is not None and ref is not None:
        year = _resolve_year(month, day, ref)
        year_source = ref_source if year is not None else None
        if year is None:  # Feb. 29 with no leap year near the reference date, or Dec. 31 before Jan. 1, year 1
            notes.append(_unresolved_year(month, day, ref, span))
    city, as_written, country, place_country, place_source = _place_part(
        reading.city, reading.region, reading.country, reading.written, reading.language, agency=reading.agency
    )
    return Dateline(
        span=span,
        city=city,
        region=reading.region,
        country=country,
        month=month,
        day=day,
        year=year,
        agency=reading.agency,
        country_source="text" if country is not None else None,
        year_source=year_source,
        place_country=place_country,
        place_country_source=place_source,
        city_as_written=as_written,
        language=reading.language,
        notes=tuple(notes),
    )


@functools.lru_cache(maxsize=4096)
def _place_part(
    city: str | None,
    region: str | None,
    country: str | None,
    written: str | None,
    language: str | None,
    *,
    agency: str | None,
) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """A reading's place as the Dateline keeps it: city, city as written, country, place's country and its source."""
    as_written, place_country, place_source = None, country, "text" if country is not None else None
    if language is not None and written is not None:
        native = native_city(written, language)
        if native is not None:
            city = native[0]  # the English name: "МОСКВА" is Moscow
    if city is not None:
        home = AGENCY_HOME.get(agency) if agency is not None else None
        city, as_written, country, place_country, place_source = place_of(city, region, country, home)
        if written is not None and (as_written is not None or city_case(written) != city):
            as_written = written  # corrected, a short form written out ("UN"), or another language's
    return city, as_written, country, place_country, place_source


def _month_of_day(token: str, ref: dt.date) -> int | None:
    """The month of the last day ``token`` on or before ``ref`` (``4`` in a story of March 4 is March), if any."""
    if not (token.isascii() and token.isdecimal()):
        return None
    day = int(token)
    month = ref.month if day <= ref.day else (ref.month - 2) % 12 + 1
    return month if 1 <= day <= _MAX_DAY[month] else None


def _impossible_day(token: str, month: int, span: Span) -> tuple[Note, ...]:
    """The note for a day token that is a number its month lacks (``Feb. 30``), else none (an unreadable token)."""
    digits = token.rstrip("stndrh").translate(_DAY_DIGITS)
    if not (digits.isascii() and digits.isdecimal()) or len(digits) > 2:
        return ()
    note = Note.for_date("day", span, None, month, int(digits))
    return (note,) if note is not None else ()


def _unresolved_year(month: int, day: int | None, ref: dt.date, span: Span) -> Note:
    """Why no year puts *month*/*day* on or just before *ref*, as :func:`_resolve_year` wants."""
    if month == 2 and day == 29:
        return Note(NoteKind.NO_SUCH_DATE, "year", span,
                    f"no such date: February 29 in the year before {ref.isoformat()}, where a dateline's date lies")
    # Otherwise only year 1 has no year before it: "Dec. 31" in a story of January 1, year 1.
    return Note(NoteKind.BEFORE_YEAR_ONE, "year", span,
                f"year {ref.year - 1} is before year 1, the first the model holds")


def _header_date(m: re.Match[str]) -> dt.date | None:
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
    head = text[:end]
    # _header_date_pattern's matches, found on a fold of the head (offset for offset): the month as written.
    folded = head.lower() if head.isascii() else head.translate(_CASE_BLIND)
    for m in _folded_header_date_pattern().finditer(folded):
        try:
            if m.group("y"):
                found = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            elif m.group("mon2"):
                month = month_number(head[m.start("mon2") : m.end("mon2")])
                if month is not None:
                    found = dt.date(int(m.group("year2")), month, int(m.group("day2")))
            else:
                month = month_number(head[m.start("mon") : m.end("mon")])
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
    published = require_optional_date(published, "find_dateline")
    try:
        found = _find(text, published)
        # A paper's own bare shared name ("VICTORIA —", "HYDERABAD:"), no agency's home to settle it, no date:
        # the lead's region may. (Wire datelines carry a date, and a national agency's name its home.)
        if (found is not None and found.month is None and found.agency is None and found.region is None
                and found.place_country_source == "gazetteer" and found.city is not None
                and shared_abroad(found.city)):
            return _settled_by_lead(text, found)
        return found
    except (ModelError, ValueError, IndexError):  # a lenient finder reports nothing rather than fail
        return None


# Datelines repeat ("NEW YORK, March 2 -" opens dozens of stories a day). An anchored
# match's text fixes its reading, so its Dateline is kept, keyed by (match text,
# publication date); the cache is emptied when full, which costs nothing per call.
_SEEN: dict[tuple[str, dt.date | None], Dateline | None] = {}
_SEEN_MAX = 16384  # a few MB at most
_UNSEEN = Dateline(Span(0, 0))  # a marker: the key is not in _SEEN
# The same place and month open stories day after day ("NEW YORK, March 2 -", "NEW YORK, March 3 -"): a match's
# reading depends on its day token only through that token and the match's end, so the reading of a match that
# differs only there is reused, keyed by the text before and after the day and the character after the match.
_READINGS: dict[tuple[str, str, str], Reading | str] = {}


def _read_anchored(m: re.Match[str]) -> Reading | str:
    """:func:`_read_wire` of an anchored match, from the reading of a match that differs only in its day."""
    day_start = m.start("day")
    if day_start < 0:
        return _read_wire(m)
    text, end = m.string, m.end()
    key = (text[m.start() : day_start], text[m.end("day") : end], text[end : end + 1])
    known = _READINGS.get(key)
    if known is not None:
        if isinstance(known, str):
            return known
        # Reading(...) outright: NamedTuple._replace costs several times as much on this hot path.
        return Reading(known.start, end, known.city, known.region, known.country, known.month, m.group("day"),
                       known.year, known.agency, known.written, known.language)
    reading = _read_wire(m)
    if isinstance(reading, str) or reading.agency not in AGENCY_LANGUAGE:  # dpa's may hang on the words after
        if len(_READINGS) >= _SEEN_MAX:
            _READINGS.clear()
        _READINGS[key] = reading
    return reading


def clear_caches() -> None:
    """Forget the remembered results (datelines, readings, place lookups); the loaded tables and patterns stay.

    For benchmarks, whose first pass should start cold. Results never depend on the caches.
    """
    _SEEN.clear()
    _READINGS.clear()
    for cached in (_city_and_segments, _slug_end, _places, _day_number, _resolve_year, month_number, _place_part,
                   stands_alone):
        cached.cache_clear()
    for lookup in (city_case, region_form, region_name, region_slip, country_code, is_known_city, is_place_name,
                   is_town, place_of, shared_abroad, in_region, has_place_in, lookup_cities):
        lookup.cache_clear()


# A letter, digit or accent outside ASCII: only then do the two pattern sets differ (dashes, quotes and
# other punctuation are outside every class of both).
_CYRILLIC_OR_HAN = re.compile(r"[\u0400-\u04ff\u4e00-\u9fff\uac00-\ud7a3]")  # and Hangul
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]|[\u0300-\u036f]")


_AGENCY_LINE_STARTS = frozenset("(ADFJMNOS")  # a bracket, or a month's first letter


# A region named in the lead's first words, in full and capitalised: "British Columbia's premier", "Sindh's".
_LEAD_WORDS = re.compile(r"[A-Z][a-z]{2,}+(?:[ ][A-Z][a-z]{2,}+){0,2}+")


def _settled_by_lead(text: str, found: Dateline) -> Dateline:
    """``found``, its shared city placed in the region the lead's first sentence names, if one has it.

    ``VICTORIA — British Columbia's premier says`` is Canada's Victoria, ``HYDERABAD: Sindh's
    minister`` Pakistan's, as a reader knows: only for a name places abroad share, with no
    region or country written, and a region whose country has a place of the name.
    """
    lead = text[found.span.end : found.span.end + 160].split(". ", 1)[0]
    for m in _LEAD_WORDS.finditer(lead):
        words = m.group().split(" ")
        for k in range(len(words), 0, -1):  # the longest region first: "British Columbia", not "British"
            name = " ".join(words[:k])
            code = in_region(found.city, name) if region_name(name) == name else None
            if code is not None:
                if code == found.place_country:
                    return found
                return attrs.evolve(found, place_country=code, place_country_source="lead")
    return found


# An agency's page header over a dateline that names none: its name, then a bar or a dash and the date or time
# ("KYODO NEWS - Mar 4, 2024 - 12:31 | Japan\nTOKYO - ", "Tanjug | 04.03.2024. | 14:22\nBELGRADE - ").
# A source's credit before a label is not its header ("Xinhua | Updated: 2024-03-04" on China Daily's page).
_HEADER_AGENCY = re.compile(
    r"[ \t]*+([A-Za-z][\w-]*+(?:[ ][A-Za-z][\w-]*+)?+)[ \t]*+(?:\||[-\u2014\u2013][ \t])[ \t]*+"
    r"(?:\d|[A-Z][a-z]{2,8}+\.?+[ \t]++\d)"
)


def _header_agency(text: str, end: int) -> str | None:
    """The agency a page's first line names before its date, when the dateline below names none."""
    m = _HEADER_AGENCY.match(text, 0, end)
    if m is None:
        return None
    return _AGENCIES.get(m.group(1).casefold().removesuffix(" news"))


def _find(text: str, published: dt.date | None) -> Dateline | None:
    ascii_only = text.isascii() or _NON_ASCII_WORD.search(text, 0, HEAD) is None
    p = patterns(ascii_only)
    if not text.isascii() and _CYRILLIC_OR_HAN.search(text, 0, _FIRST_TRY) is not None:
        f = fallbacks(ascii_only)
        # TASS's form opens the text (after a header); Xinhua's is distinctive enough to find after a headline.
        for m, read in ((f.russian_at_start.match(text, 0, _FIRST_TRY), _read_russian),
                        (f.chinese.search(text, 0, _FIRST_TRY), _read_chinese),
                        (f.korean.search(text, 0, _FIRST_TRY), _read_korean)):
            if m is None:
                continue
            reading = read(m)
            if isinstance(reading, Reading):
                return _finish(reading, published, "published" if published else None)
    m = p.wire_at_start.match(text, 0, _FIRST_TRY)
    if m is not None:
        key = (m.group(), published)
        seen = _SEEN.get(key, _UNSEEN)
        if seen is not _UNSEEN:
            if seen is not None:
                return seen
        else:
            reading = _read_anchored(m)
            found = None
            if isinstance(reading, Reading):
                ref, source = _reference(_header_date(m), published)
                found = _finish(reading, ref, source)
            if len(_SEEN) >= _SEEN_MAX:
                _SEEN.clear()
            # dpa's language, and a city with only a colon or its line's end after it, hang on the words after
            hangs = m.group("mon") is None and m.group("mon2") is None and (m.group("close") or ":").strip() == ":"
            if (found is None or found.agency not in AGENCY_LANGUAGE) and not hangs:
                _SEEN[key] = found
            if found is not None:
                return found
    m = p.kremlin_at_start.match(text, 0, _FIRST_TRY)
    if m is not None:
        reading = _read_kremlin(m)
        if isinstance(reading, Reading):
            return _finish(reading, None, None)
    f = fallbacks(ascii_only)
    for pattern, read in ((f.agency_at_start, _read_agency_alone), (f.bare_at_start, _read_bare),
                          (f.dotted_at_start, _read_dotted)):
        m = pattern.match(text, 0, _FIRST_TRY)
        if m is not None:
            reading = read(m)
            if isinstance(reading, Reading):
                return _finish(reading, published, "published" if published else None)

    head_end = min(len(text), HEAD)
    pos = text.find("\n", 0, head_end)
    while pos != -1:
        m = p.wire_at.match(text, pos + 1, head_end)
        line_reading = _read_wire(m) if m is not None else None
        if not isinstance(line_reading, Reading) and text[pos + 1 : pos + 2] in _AGENCY_LINE_STARTS:
            # An agency in brackets and its dash under a byline or a headline: "By Jane Doe\n(Bloomberg) --",
            # "March 4 (Reuters) - Oil prices rose". Only the bracketed form: "AFP - " in a caption is a credit.
            m = f.agency.match(text, pos + 1, head_end)
            line_reading = _read_agency_alone(m) if m is not None and m.group("dash2") is not None else None
        if isinstance(line_reading, Reading) and m is not None:
            if line_reading.agency is None:
                line_reading = line_reading._replace(agency=_header_agency(text, m.start()))
            ref, source = _reference(None if published else _last_header_date(text, m.start()), published)
            return _finish(line_reading, ref, source)
        pos = text.find("\n", pos + 1, head_end)
    for m in p.wire_caps_scan.finditer(text, 0, head_end):
        if m.group("mon") is None and m.group("mon2") is None:
            continue  # further into the text, only a dated dateline counts
        if not (m.group("ag") or m.group("ag2") or m.group("ag3") or m.group("close")):
            continue  # (nor the empty close before a dot: further in, it ends a sentence, "in KABUL, March 4. The")
        reading = _read_wire(m)
        if isinstance(reading, Reading):
            ref, source = _reference(None if published else _last_header_date(text, m.start()), published)
            return _finish(reading, ref, source)
    if "Updated" in text[:head_end]:
        # An Indian paper's page line names the place: "Updated - March 04, 2024 10:15 pm IST - NEW DELHI",
        # "New Delhi | Updated: March 4, 2024 10:15 IST".
        m = fallbacks(ascii_only).page_place.search(text, 0, head_end)
        page = _read_page_place(m) if m is not None else None
        if isinstance(page, Reading):
            return _finish(page, published, "published" if published else None)
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
    published = require_optional_date(published, "parse_dateline")
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
