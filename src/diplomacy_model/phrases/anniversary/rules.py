"""Anniversary phrases: ``the 30th anniversary of the establishment of ...``, ``58 years since ...``.

How a phrase is read, in three steps:

1. **Trigger.** A cheap literal scan of the lower-cased text for ``anniv``, ``centen``,
   ``jubilee``, ``birthday``, ``commemoration``, ``turn``, `` day`` (after ``national``,
   ``independence``, ``victory``), a ``#``, `` at `` before a digit (``NATO at 70:``) and the
   unit words ``year``, ``decade``, ``centur`` followed by ``since``, ``of``, ``after``, ``ago``, ``on``
   or ``later``. Nothing else of the text is looked at, which keeps :func:`find_anniversaries` fast on
   running text.
2. **Head.** Each rule in :data:`rules` is a pattern that *ends* at the trigger word (``\\Z``) and is
   matched backwards from it (the ``regex`` module's reverse mode), so only the few words before the
   trigger are read: ``<ordinal> anniversary``, ``<cardinal>-year anniversary``,
   ``<named ordinal>``, ``<metal> jubilee``, ``<cardinal> years since`` ...
3. **Tail and year.** The subject is read after ``of`` / ``since`` up to a clause boundary (or
   from a possessive before the head: ``the army's 75th anniversary``). The year the
   anniversary falls in comes from, in order: an explicit year next to the phrase
   (``in 2017 for the game's 10-year anniversary``, ``..., on Nov. 9, 2018``); a year in the
   subject plus the ordinal (``the five-year anniversary of the 2018 shooting``); a year word
   in the sentence (``this year``, ``last year``, ``the past year``, ``next year``); the context
   (a past-tense commemoration after a paragraph about ``the past year`` is last year's);
   otherwise the reference year (``published``, or a ``date YYYY-MM-DD`` header).

Repeated mentions of one anniversary close together in a paragraph (a headline and its body,
``... the solemn anniversary``) are merged into the first, most specific mention.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import attrs
import regex

from ..._inputs import require_optional_date
from ...errors import ParseError, require_text
from ...gazetteer.countries import lookup_country
from ...gazetteer.organisations import organisations
from ...model import Anniversary, Note, Span
from ...text.document import Document, TimeMention
from ...text.fold import fold
from ...text.reference import find_reference
from ...text.sentences import sentence_at
from ...text.tense import sentence_tense
from .._engine import Rule
from .._lexicon import MONTHS, words_pattern
from ..ordinal.rules import CARDINAL, DIGITS, ORDINAL, cardinal_value, digits_value, ordinal_value
from ..title.holders import full_names, identify
from ..title.rules import WORDS as TITLE_WORDS

__all__ = [
    "JUBILEES",
    "NAMED_ORDINALS",
    "anniversaries_in",
    "find_anniversaries",
    "parse_anniversary",
    "reference_year",
    "rules",
]

#: named anniversaries, lower case -> years.
NAMED_ORDINALS: dict[str, int] = {
    "centenary": 100, "centennial": 100,
    "bicentenary": 200, "bicentennial": 200,
    "tercentenary": 300, "tercentennial": 300,
    "quincentenary": 500, "quincentennial": 500,
    "sesquicentenary": 150, "sesquicentennial": 150,
    "semicentennial": 50, "semicentenary": 50,
    "tricentenary": 300, "tricentennial": 300,
    "quatercentenary": 400, "quadricentenary": 400, "quadricentennial": 400,
    "semiquincentennial": 250, "semiquincentenary": 250, "sestercentennial": 250,
}
#: jubilee metals -> years.
JUBILEES: dict[str, int] = {
    "silver": 25, "pearl": 30, "ruby": 40, "golden": 50, "gold": 50, "emerald": 55, "diamond": 60, "sapphire": 65,
    "platinum": 70,
}

# Version 0: its IGNORECASE folds case one character to one (VERSION1 adds full case folding, "ß" as "ss", and
# compiles each set such as [\w.\-] to a table of every folding: 3.9 MB held by these patterns, 0.6 MB without).
_I = regex.IGNORECASE | regex.VERBOSE


@attrs.frozen
class Head:
    """What a rule reads before (and including) the trigger word."""

    start: int
    end: int
    ordinal: int | None
    vague: bool = False  # "two or three years since": a count, but not one number
    relation: str = "anniversary"  # anniversary | since | after | of | ago
    possessor: tuple[int, int] | None = None  # "the army's 75th anniversary"
    modifier: str | None = None  # "wedding" in "35th wedding anniversary"
    yearly: bool = True  # False for "the one-month anniversary": a milestone, not a year count
    named: bool = False  # a word that is also a name ("Centennial Park", "Golden Anniversary Ball")
    base: int | None = None  # the event's year the head itself writes: "#OTD in 1945"


# --- head rules: patterns searched backwards from the trigger word's end ----------------------

# words between a number and "anniversary": "35th wedding anniversary", "70th founding anniversary"
_MODIFIERS = (
    "wedding", "founding", "foundation", "birth", "death", "independence", "liberation", "victory", "national",
    "official", "jubilee", "coronation", "accession", "reunification", "revolution", "establishment",
)
# any other single word between the number and "anniversary": "the 23rd handover anniversary"
_ANY_MODIFIER = (
    r"(?!(?:and|or|of|the|a|an|to|in|on|at|for|year|years|month|months|week|weeks|day|days)\b)[a-z][a-z\-]{2,}"
)
_POSS = r"(?:(?P<poss>(?:[\w.\-]++[^\S\n]++){0,4}+[\w.\-]++)['’]s[^\S\n]++)"
_DET = r"(?:(?:the|its|his|her|their|our|this|that|a|an)\s++)"
# "anniv." is how headlines and posts short of room abbreviate it: "NATO's 72nd anniv."
_ANNIV_WORD = r"(?P<word>anniversar(?:y|ies)|anniv\.?)"

_ORDINAL_ANNIV = regex.compile(
    rf"""(?r)
    {_POSS}?(?P<ord>{ORDINAL})(?:\s++and\s++(?:final|last))?+(?:\s++(?P<mod>\L<mods>|{_ANY_MODIFIER}))?[\s\-]++
    {_ANNIV_WORD}\Z""",
    _I,
    mods=_MODIFIERS,
)
_YEAR_ANNIV = regex.compile(
    rf"(?r){_POSS}?(?:(?P<card>{CARDINAL}|an?)|(?P<ord>{ORDINAL}))[\s\-](?P<unit>year|decade)\s++{_ANNIV_WORD}\Z",
    _I,
)
# Numbers as wire copy types them before "anniversary": "60 th", "2,600th", "35 anniversary" (a bare number of
# four digits is a year, "the 2019 anniversary", and a number after a month a day, "the July 4 anniversary").
_NUMBER_ANNIV = regex.compile(
    rf"""(?r){_POSS}?(?<![\d,.\-/#])(?P<num>{DIGITS})
    (?P<suf>[^\S\n]?+(?:st|nd|rd|th))?+(?:\s++(?P<mod>\L<mods>|{_ANY_MODIFIER}))?\s++{_ANNIV_WORD}\Z""",
    _I,
    mods=_MODIFIERS,
)
_MONTH_BEFORE = regex.compile(rf"(?r)\b{words_pattern(list(MONTHS))}\.?[^\S\n]++\Z", regex.IGNORECASE)
# "the one-month anniversary", "the 100-day anniversary": a milestone counted in months, weeks or days.
# (a count must come first: "the Independence Day anniversary" is a yearly one)
_SHORT_ANNIV = regex.compile(
    rf"(?r)(?:{CARDINAL}|{ORDINAL}|\ban?)[\s\-]++(?:months?|weeks?|days?)[\s\-]++{_ANNIV_WORD}\Z", _I
)
_BARE_ANNIV = regex.compile(rf"(?r){_POSS}?{_ANNIV_WORD}\Z", _I)
# "bi-centenary", "ter-centennial": a hyphen after the prefix is still one word
# the plurals: "their centennials", "the bicentenaries of both"
_NAMED_PLURALS: dict[str, str] = {
    (word[:-1] + "ies" if word.endswith("y") else word + "s"): word for word in NAMED_ORDINALS
}
_NAMED = regex.compile(
    rf"""(?r){_POSS}?(?P<word>(?:(?:bi|tri|ter|quin|sesqui|semi|quater|quadri)-)?
    {words_pattern([*NAMED_ORDINALS, *_NAMED_PLURALS])})\Z""",
    _I,
)
# "their golden anniversary", "the silver anniversary of the partnership"
_METAL_ANNIV = regex.compile(
    rf"(?r)\b(?P<metal>{words_pattern(list(JUBILEES))})(?:\s++wedding)?[\s\-]++{_ANNIV_WORD}\Z", _I
)
_JUBILEE = regex.compile(rf"(?r){_POSS}?(?P<metal>{words_pattern(list(JUBILEES))})\s++(?P<word>jubilee)\Z", _I)
_ORDINAL_JUBILEE = regex.compile(rf"(?r){_POSS}?(?P<ord>{ORDINAL})\s++(?P<word>jubilee)\Z", _I)
# A bare "jubilee" in lower case is the celebration ("for jubilee celebrations"); "Jubilee" alone is a name.
_BARE_JUBILEE = regex.compile(rf"(?r){_POSS}?(?-i:(?P<word>jubilee))\Z", _I)
# "Jubilee" capitalised is a name ("Jubilee line", "Jubilee Party") unless someone's ("the Queen's Jubilee"), a
# celebration's ("Jubilee weekend", "Jubilee pageant") or a headline's topic ("Jubilee: Queen misses service").
_NAMED_JUBILEE = regex.compile(rf"(?r){_POSS}?(?-i:(?P<word>Jubilee))\Z", _I)
_JUBILEE_EVENT = regex.compile(
    r"""[^\S\n]++(?-i:weekend|celebrations?|pageant|concerts?|part(?:y|ies)|street[^\S\n]++part(?:y|ies)|events?
    |bank[^\S\n]++holiday|festivities|lunch(?:es)?|flypast|beacons?|honours|tour|year)\b|:[^\S\n]""",
    regex.VERBOSE,
)


def _produce_named_jubilee(m: regex.Match[str]) -> Head | None:
    text = m.string
    event = _JUBILEE_EVENT.match(text, m.end())
    if (m.group("poss") is None and event is None) or _CAPITALISED.match(text, m.end()) is not None:
        return None  # "Jubilee line closed", "Kenya's Jubilee Party": names
    if event is not None and event.group(0).startswith(":") and sentence_at(text, m.start())[0] != m.start():
        return None  # a colon after a name inside a sentence, not a headline's topic
    if event is not None and event.group(0).strip() == "year" and m.group("poss") is None:
        return None  # "the Jubilee year": a holy year
    return Head(m.start("word"), m.end("word"), None, possessor=_poss(m))
# A span of years before "since", "after", "on", "ago": "58 years", "two or three years", "a year", "three
# decades", "a century", "a quarter century", "half a century".
_SPAN = rf"""(?:(?P<fixed>(?:a\s++)?quarter[\s\-]++(?:of\s++a\s++)?century|half[\s\-]++a[\s\-]++century)
    |(?P<card>(?:an?[\s\-]++(?=hundred|thousand))?+{CARDINAL}|an?)(?:\s++or\s++(?P<vague>{CARDINAL}))?
    (?:[\s\-]++(?:full|whole))?+[\s\-]++(?P<unit>years?|yrs?|decades?|centur(?:y|ies)))"""
# "50 years to the day since ...", "Thirty years have passed since ...": the same count, said at length.
_SINCE_GAP = r"""(?:\s++to\s++the\s++day|\s++(?:have|has|had)\s++(?:now\s++|already\s++)?(?:passed|gone\s++by|elapsed)
    |\s++this\s++(?:week|weekend|month))"""  # "It is 30 years this week since the Wall fell"
_YEARS_SINCE = regex.compile(rf"(?r){_SPAN}{_SINCE_GAP}?\s++(?P<word>since)\Z", _I)
# "Happy birthday to the @USArmy, 246 years strong!": an age, in a line that celebrates.
_YEARS_STRONG = regex.compile(rf"(?r)(?P<head>{_SPAN}\s++(?P<word>strong|young))\Z", _I)
# "the partnership celebrates 45 years this week": a commemorating verb and a bare count.
_YEARS_CELEBRATED = regex.compile(
    rf"""(?r)\b(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?|commemorat(?:e|es|ed|ing))\s++
    (?:(?:the|our|its|their|his|her)\s++)?(?P<head>{_SPAN})\Z""",
    _I,
)
_YEARS_AFTER_DAY = regex.compile(rf"(?r)(?P<head>{_SPAN}\s++to\s++the\s++day\s++(?P<word>after))\Z", _I)
_YEARS_OF = regex.compile(
    rf"""(?r)
    \b(?:mark|marks|marked|marking|celebrates?|celebrated|celebrating|commemorates?|commemorated|commemorating
    |(?:commemoration|celebrations?|hono(?:u)?r)\s++of)
    \s++(?:the\s++)?(?P<head>{_SPAN}\s++(?P<word>of))\Z""",
    _I,
)
# "We salute 60 years of service", "in recognition of 60 years of partnership", "Thank you for 60 years of
# friendship!": weaker verbs, so the count must be of a bond or a service, or the line must celebrate.
_YEARS_OF_SALUTED = regex.compile(
    rf"""(?r)
    \b(?:salut(?:e|es|ed|ing)|toast(?:s|ed|ing)?|observ(?:e|es|ed|ing)|recogni[sz](?:e|es|ed|ing)
    |(?:recognition|observance)\s++of|thank(?:s|\s++you)\s++for)
    \s++(?:the\s++)?(?P<head>{_SPAN}\s++(?P<word>of))\Z""",
    _I,
)
# "Congratulations to the Philippines on 120 years of independence": a count of a bond, in a sentence that celebrates.
_YEARS_OF_ON = regex.compile(rf"""(?r)\bon\s++(?P<head>{_SPAN}\s++(?P<word>of))\Z""", _I)
# "Happy birthday to the navy and your 245 years of service": a possessive count, in a sentence that celebrates.
_YEARS_OF_OWNED = regex.compile(
    rf"""(?r)\b(?:your|our|its|their)\s++(?P<head>{_SPAN}\s++(?P<word>of))\Z""", _I
)
_CELEBRATES = regex.compile(r"(?i)birthday|happy|congratulat|celebrat|anniversar|jubilee|commemorat")
# "75 years of partnership." opening a sentence, or after "Celebrating": a count of a bond or a service.
_YEARS_OF_OPENING = regex.compile(
    rf"""(?r)(?:\b(?:celebrating|marking|honou?ring|here's\s++to|cheers\s++to)\s++)?+
    (?P<head>{_SPAN}\s++(?P<word>of))\Z""",
    _I,
)
_CELEBRATED = regex.compile(
    r"""[^\S\n]++(?:[\w.\-]++[^\S\n]++){0,2}?(?:partnership|friendship|cooperation|co-operation|relations|ties
    |alliance|service|security|peace|democracy|independence|freedom|diplomacy|solidarity|excellence|marriage
    |collaboration|commitment|progress)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
# "For 61 years ...", "Over the past 30 years ...": a count that a bare "anniversary" soon after takes.
# "<Name> at 50: an anniversary to remember": a headline's age, before a colon or a dash.
_COUNT_BEFORE = regex.compile(
    rf"""\b(?:[Ff]or|[Oo]ver\s++the\s++(?:past|last))\s++(?P<card>{CARDINAL})\s++years\b
    |(?<=[A-Za-z][^\S\n]++)at[^\S\n]++(?P<card>[0-9]{{2,3}}+)(?=[^\S\n]*+(?::|[\-\u2013\u2014][^\S\n]))""",
    regex.VERBOSE,
)
# "#ADA32", "#NATO75": a hashtag that ends in a count (a bare anniversary in its sentence takes it).
_TAG_REACH = 60
_COUNT_TAG = regex.compile(r"(?<![\w#])#[A-Za-z]{2,}+(?P<card>[1-9][0-9]{0,2}+)(?![\w])")
_COUNT_REACH = 200
# "Happy 243rd Independence Day!", "Singapore's 55th National Day": a day that each year marks one founding
# event, so its ordinal counts the years (only with a number: a bare "National Day" is a holiday).
_FOUNDING_DAYS = {"national day": None, "independence day": "independence", "victory day": "victory"}
_FOUNDING_DAY_WORDS = tuple(day.split()[0] for day in _FOUNDING_DAYS)
_ORDINAL_DAY = regex.compile(
    rf"(?r){_POSS}?(?P<ord>{ORDINAL})[^\S\n]++(?P<word>(?:national|independence|victory)[^\S\n]++day)\Z", _I
)
# "the 25th commemoration of the genocide against the Tutsi": a yearly commemoration, counted.
_ORDINAL_COMMEMORATION = regex.compile(rf"(?r){_POSS}?(?P<ord>{ORDINAL})[^\S\n]++(?P<word>commemoration)\Z", _I)


def _produce_commemoration(m: regex.Match[str]) -> Head | None:
    if _OF_AHEAD_WORD.match(m.string, m.end()) is None:
        return None  # "the 2nd commemoration this week": one of several events, not a count of years
    head = _produce_ordinal(m)
    return head if head is not None and head.ordinal is not None and head.ordinal >= 2 else None


_OF_AHEAD_WORD = regex.compile(r"[^\S\n]++of\b", regex.IGNORECASE)
# "Happy 249th birthday to the @USArmy!": the birthday of an institution, not of a person.
_BIRTHDAY = regex.compile(rf"(?r){_POSS}?(?P<ord>{ORDINAL})\s++(?P<word>birthday|b-?day)\Z", _I)
_INSTITUTION = regex.compile(
    r"""@\w|\b(?:Navy|Army|Marines?|Corps|Guard|Force|Service|NATO|Nations|Union|Republic|Party|Agency|Embassy
    |Department|Constitution|Academy|University|Alliance|Organi[sz]ation|Commission|Council|Bank|Institute
    |America|Nation|Country)\b""",
    regex.VERBOSE,
)
# "Two years after the invasion, Ukraine fights on": a count after an event, opening its sentence.
_YEARS_AFTER_OPENING = regex.compile(rf"(?r)(?P<head>{_SPAN}\s++(?P<word>after))\Z", _I)
_YEARS_ON = regex.compile(rf"(?r){_SPAN}\s++(?P<word>on)\Z", _I)
# "78 years ago, the United Nations came into being", "Forty years ago today": a count back to an event,
# opening its sentence or followed by "today" / "this week" / "this month" / "on this day".
_YEARS_AGO = regex.compile(rf"(?r){_SPAN}\s++(?P<word>ago)\Z", _I)
_UNIT_YEARS = {"year": 1, "years": 1, "yr": 1, "yrs": 1, "decade": 10, "decades": 10, "century": 100, "centuries": 100}
_AGO_NOW = regex.compile(
    r"(?:[^\S\n]++(?:today|tonight|this[^\S\n]++(?:week|weekend|month)|on[^\S\n]++this[^\S\n]++(?:day|date)))\b",
    regex.IGNORECASE,
)
# Words that may stand before a sentence-opening count: "Exactly 30 years ago, ...".
_AGO_LEAD = regex.compile(
    r"""(?r)(?:(?:\b(?:exactly|just|nearly|almost|some|about|it\s++was|today,?+|on\s++this\s++(?:day|date),?+
    |this\s++(?:week|weekend|month),?+)
    |(?<![\w#])\#(?:otd|onthisday),?+)[^\S\n]++)?+\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A lead that makes even "one year ago" a commemoration: "Exactly one year ago, ...", "Today, a year ago, ...".
_AGO_DAY_LEAD = regex.compile(
    r"(?r)(?:\b(?:exactly|today,?+|on\s++this\s++(?:day|date),?+)|(?<![\w#])#(?:otd|onthisday),?+)[^\S\n]++\Z",
    regex.IGNORECASE,
)
# A headline's topic before a colon: "Nuremberg trials: 75 years on, ..." opens a sentence of its own.
_TOPIC_COLON = regex.compile(r"(?r)(?:^|[.!?\n])[^.!?:\n]{1,60}:[^\S\n]++\Z")
# The date an opening "N years ago" may give before its comma: "Eighty years ago on June 6, 1944, ...".
_AGO_DATE = regex.compile(
    rf"""[^\S\n]++(?:on|in)[^\S\n]++(?:{words_pattern(list(MONTHS))}\.?(?:[^\S\n]++[0-9]{{1,2}}+(?:st|nd|rd|th)?+)?+)?+
    (?:,?+[^\S\n]*+[12][0-9]{{3}}+)?+(?=,)""",
    _I,
)
# What stands between "N years ago" and the event: "today, ", ", ", " that".
_AGO_TAIL = regex.compile(
    r"""(?:[^\S\n]++(?:today|tonight|this[^\S\n]++(?:week|weekend|month)|on[^\S\n]++this[^\S\n]++(?:day|date))
    |""" + _AGO_DATE.pattern + r""")?+
    ,?+(?:[^\S\n]++(?:that|when))?+[^\S\n]++""",
    regex.IGNORECASE | regex.VERBOSE,
)
_YEARS_AFTER = regex.compile(
    rf"""(?r)
    \b(?:comes?|came|coming|falls?|fell|arrives?|arrived|marks?|marked|exactly|precisely|nearly|almost|just)
    \s++(?P<head>{_SPAN}\s++(?P<word>after))\Z""",
    _I,
)


def _poss(m: regex.Match[str]) -> tuple[int, int] | None:
    return m.span("poss") if m.group("poss") is not None else None


def _card_or_article(raw: str) -> int | None:
    low = raw.lower()
    if low in ("a", "an"):
        return 1
    if low.startswith(("a ", "an ", "a-", "an-")):  # "a hundred years"
        return cardinal_value(low.split(None, 1)[-1] if " " in low else low.split("-", 1)[1])
    return cardinal_value(raw)


_NUMBER_WORD = regex.compile(r"[^\s\-]++")


_VALUE_MEMO: dict[tuple[Callable[[str], int | None], str], int | None] = {}
_VALUE_MEMO_MAX = 20000


def _number(m: regex.Match[str], group: str, value_of: Callable[[str], int | None]) -> tuple[int, int | None]:
    """Start and value of the longest run of words ending the group that is a number.

    ``Year One five-year anniversary``: the cardinal group may catch ``One five``; the number is ``five``.
    """
    raw = m.group(group)
    base = m.start(group)
    key = (value_of, raw)
    value = _VALUE_MEMO.get(key, -1)
    if value == -1:
        value = value_of(raw)
        if len(_VALUE_MEMO) < _VALUE_MEMO_MAX:  # bounded: the same few numbers recur
            _VALUE_MEMO[key] = value
    if value is not None:  # the usual case: the whole group is the number
        return base, value
    for t in _NUMBER_WORD.finditer(raw):
        value = value_of(raw[t.start() :])
        if value is not None:
            return base + t.start(), value
    return base, None


def _ordinal_count(raw: str) -> int | None:
    """An ordinal's value, with a typo'd suffix forgiven when it is written in digits (``31th``): the count is
    the number either way."""
    n = ordinal_value(raw)
    if n is None and raw[:1].isdigit() and raw[-2:].lower() in ("st", "nd", "rd", "th"):
        n = digits_value(raw[:-2])
    return n


def _produce_ordinal(m: regex.Match[str]) -> Head | None:
    start, n = _number(m, "ord", _ordinal_count)
    if n is None or n < 1:
        return None
    mod = m.groupdict().get("mod")
    return Head(start, m.end("word"), _count(m.string, start, n), possessor=_poss(m),
                modifier=mod.lower() if mod else None)


_ANOTHER = regex.compile(r"(?r)(?<![\w'’])a[^\S\n]++\Z", regex.IGNORECASE)


def _count(text: str, start: int, n: int) -> int | None:
    """The years an ordinal counts: ``a 2nd anniversary`` / ``a second anniversary`` means *another* one, no count."""
    if n == 2 and _ANOTHER.search(text, max(0, start - 3), start) is not None:
        return None
    return n


def _produce_year_anniv(m: regex.Match[str]) -> Head | None:
    if m.group("ord") is not None:  # "the first-year anniversary"
        start, n = _number(m, "ord", _ordinal_count)
    else:
        start, n = _number(m, "card", _card_or_article)
    if n is None or n < 1:
        return None
    if m.group("unit").lower() == "decade":
        n *= 10  # "the three-decade anniversary"
    return Head(start, m.end("word"), n, possessor=_poss(m))


def _produce_number(m: regex.Match[str]) -> Head | None:
    raw = m.group("num")
    if m.group("suf") is None and (len(raw) == 4 or _MONTH_BEFORE.search(m.string, max(0, m.start("num") - 12),
                                                                          m.start("num")) is not None):
        return None  # "the 2019 anniversary" (a year), "the July 4 anniversary" (a day)
    n = cardinal_value(raw)
    if n is None or n < 1:
        return None
    mod = m.group("mod")
    return Head(m.start("num"), m.end("word"), _count(m.string, m.start("num"), n), possessor=_poss(m),
                modifier=mod.lower() if mod else None)


def _produce_short(m: regex.Match[str]) -> Head | None:
    return Head(m.start(), m.end("word"), None, yearly=False)


def _produce_ordinal_day(m: regex.Match[str]) -> Head | None:
    start, n = _number(m, "ord", _ordinal_count)
    if n is None or n < 1:
        return None
    day = " ".join(m.group("word").lower().split())
    return Head(start, m.end("word"), n, possessor=_poss(m), modifier=_FOUNDING_DAYS[day])


def _produce_ordinal_jubilee(m: regex.Match[str]) -> Head | None:
    start, n = _number(m, "ord", _ordinal_count)
    if n is None or n < 1:
        return None
    return Head(start, m.end("word"), n, possessor=_poss(m))


def _celebrating(m: regex.Match[str]) -> bool:
    """Whether the line around *m* celebrates (``Happy``, ``congratulations``, ``anniversary`` ...)."""
    line_start = m.string.rfind("\n", max(0, m.start() - 300), m.start()) + 1
    line_end = m.string.find("\n", m.end(), m.end() + 300)
    window = m.string[max(line_start, m.start() - 300) : line_end if line_end >= 0 else m.end() + 300]
    return _CELEBRATES.search(window) is not None


def _produce_years_owned(m: regex.Match[str]) -> Head | None:
    if not _celebrating(m):
        return None  # "its 20 years of war": a count, not a celebration
    return _produce_years_of(m)


def _produce_years_strong(m: regex.Match[str]) -> Head | None:
    found = _of_count(m)
    if found is None or not _celebrating(m):
        return None  # "the team is 20 years young": a boast, nothing celebrated
    return Head(found[0], m.end("word"), found[1], relation="turns")


def _produce_celebrated_count(m: regex.Match[str]) -> Head | None:
    found = _of_count(m)
    if found is None:
        return None
    return Head(found[0], m.end("head"), found[1], relation="turns")


def _produce_years_saluted(m: regex.Match[str]) -> Head | None:
    if _CELEBRATED.match(m.string, m.end()) is None and not _celebrating(m):
        return None  # "recognizing 20 years of war": nothing celebrated
    return _produce_years_of(m)


def _produce_years_of_on(m: regex.Match[str]) -> Head | None:
    if not _celebrating(m) or _CELEBRATED.match(m.string, m.end()) is None:
        return None  # "on 20 years of war", "reflected on 30 years of service" with nothing celebrated
    return _produce_years_of(m)


def _of_count(m: regex.Match[str]) -> tuple[int, int] | None:
    """Start and years of the span before ``of``: ``60 years``, ``three decades``, ``half a century``; not
    ``a year of`` (a year's work) or ``two or three decades of``."""
    article = (m.group("card") or "").lower() in ("a", "an")
    if m.group("vague") is not None or (article and m.group("unit")[:1] in "yY"):
        return None
    return _span_count(m)


def _produce_years_of_opening(m: regex.Match[str]) -> Head | None:
    found = _of_count(m)
    if found is None or _CELEBRATED.match(m.string, m.end()) is None:
        return None  # "30 years of war": a count, not a celebration
    start, n = found
    if m.start("head") == m.start() and not _opens(m.string, start):
        return None
    return Head(start, m.end("word"), n, relation="of")


def _produce_birthday(m: regex.Match[str]) -> Head | None:
    text = m.string
    line_start = text.rfind("\n", max(0, m.start() - 200), m.start()) + 1
    line_end = text.find("\n", m.end(), m.end() + 200)
    window = text[max(line_start, m.start() - 200) : line_end if line_end >= 0 else m.end() + 200]
    owner = m.string[max(0, m.start("ord") - 7) : m.start("ord")].lower()
    poss = m.group("poss")
    after = _BIRTHDAY_TO.match(text, m.end())
    head = _produce_ordinal(m)
    if head is not None and poss is None and after is not None and text[after.start("name")] not in "#@":
        head = attrs.evolve(head, possessor=after.span("name"))  # "Happy 200th birthday, Frederick Douglass!"
    if head is not None and head.ordinal is not None and (
        head.ordinal >= _NO_LIVING_AGE or _POSTHUMOUS.search(text, max(0, head.start - 40), head.start) is not None
        or _OF_THE_LATE.match(text, m.end()) is not None  # "the 100th birthday of the late president"
    ):
        # "Happy 200th birthday, Frederick Douglass!", "what would have been his 102nd birthday": a birth's
        return attrs.evolve(head, modifier="birth")
    if (_INSTITUTION.search(window) is None and not owner.endswith(("its ", "their "))
            and not (poss is not None and _names_country(poss))
            and not (after is not None and _names_country(after.group("name")))):
        return None  # "his 80th birthday": a person's ("Singapore's 55th birthday" is a nation's)
    return head


# "on what would have been his 102nd birthday", "would have turned 80": the anniversary of a birth.
_POSTHUMOUS = regex.compile(
    r"(?r)\bwould[^\S\n]++have[^\S\n]++(?:been|celebrated|marked|turned)[^\S\n]++(?:(?:his|her|their|the)[^\S\n]++)?+\Z",
    regex.IGNORECASE,
)
_OF_THE_LATE = regex.compile(r"[^\S\n]++of[^\S\n]++the[^\S\n]++late\b", regex.IGNORECASE)
# An age no one alive has reached: a birthday this old is the anniversary of a birth.
_NO_LIVING_AGE = 120


# "Happy 70th birthday, #Israel!", "Happy 245th birthday to the United States!"
_BIRTHDAY_TO = regex.compile(
    r",?+[^\S\n]++(?:to[^\S\n]++)?+(?:the[^\S\n]++)?+(?P<name>[#@]?+[A-Z][\w.\-]*+(?:[^\S\n]++[A-Z][\w.\-]*+){0,3}+)"
)
# Countries that are also given names: "Jordan turns 30" may be a person.
_NAME_LIKE_COUNTRIES = frozenset(("jordan", "georgia", "chad"))


def _names_country(words: str) -> bool:
    """Whether the last words of *words* (or, after a birthday, its first words) name a country:
    ``Singapore``, ``#Israel``, ``the United States``; not ``Jordan``, which may be a person."""
    parts = words.replace("#", " ").replace("@", " ").split()
    for i in range(max(0, len(parts) - 4), len(parts)):
        name = " ".join(parts[i:])
        if name.lower() not in _NAME_LIKE_COUNTRIES and lookup_country(name) is not None:
            return True
    return False


def _produce_years_after_opening(m: regex.Match[str]) -> Head | None:
    found = _span_count(m)
    if found is None or m.group("vague") is not None or not _opens(m.string, found[0]):
        return None  # "he was jailed 30 years after the coup"
    text = m.string
    sent_end = sentence_at(text, found[0])[1]
    comma = text.find(",", m.end(), sent_end)
    if comma >= 0 and _DATED_ASIDE.match(text, comma + 1, sent_end) is not None:
        return None  # "Three years after the coup, in 1976, the junta ...": a year written, a story told
    main = _MAIN_CLAUSE.match(text, comma + 1 if comma >= 0 else m.end(), sent_end)
    if main is not None and sentence_tense(main.group(0)) == "past" and _PERFECT.search(main.group(0)) is None:
        return None  # "A year after the coup, the junta tightened its grip": a story told, not a count to now
        # ("..., the city has recovered" counts to now)
    return Head(found[0], m.end("word"), found[1], relation="after")


_DATED_ASIDE = regex.compile(r"[^\S\n]*+(?:in|on|by)[^\S\n]++[^,;.\n]{0,24}?[12][0-9]{3}[^\S\n]*+,")
_PERFECT = regex.compile(r"\b(?:has|have)\b", regex.IGNORECASE)
# The main clause after an opening "N years after X,": its first words, up to a relative clause ("we remember
# those who died" is told in the present; "the junta tightened its grip" in the past).
_MAIN_CLAUSE = regex.compile(
    r"(?:[^\S\n]*+(?!(?:who|whom|whose|that|which|those|where|when)\b)[^\s,;:]++){1,8}+", regex.IGNORECASE
)


# "celebrating her 70th year on the (British) throne": the reign's year, counted as its jubilee
_YEAR_ON_THRONE = regex.compile(rf"(?r)(?P<ord>{ORDINAL})\s++year\s++(?P<word>on)\Z", _I)
_THRONE = regex.compile(r"[^\S\n]++the[^\S\n]++(?:[A-Z][a-z]++[^\S\n]++)?throne\b")


def _produce_year_on_throne(m: regex.Match[str]) -> Head | None:
    throne = _THRONE.match(m.string, m.end())
    if throne is None or _REIGN_VERB.search(m.string, max(0, m.start() - 40), m.start()) is None:
        return None  # "in his fifth year on the throne, he died": nothing celebrated
    start, n = _number(m, "ord", _ordinal_count)
    return Head(start, throne.end(), n, relation="turns") if n is not None and n >= 1 else None


def _produce_years_on(m: regex.Match[str]) -> Head | None:
    found = _span_count(m)
    if found is None or m.group("vague") is not None:
        return None
    start, n = found
    text = m.string
    throne = _THRONE.match(text, m.end())
    if throne is not None:
        # "The Queen marks 70 years on the throne": a reign's jubilee, when something celebrates it
        if _REIGN_VERB.search(text, max(0, start - 40), start) is None:
            return None  # "after 70 years on the throne, she died": a count, nothing celebrated
        return Head(start, throne.end(), n, relation="turns")
    opening = text.startswith((",", " from ", " since "), m.end()) and _opens(text, start)
    if not opening and text.startswith(" from ", m.end()) and _LIFE_EVENT.match(text, m.end() + 5) is not None:
        # "Tributes paid 25 years on from her death": a count from a death or a birth, said now
        sent_start = sentence_at(text, start)[0]
        opening = sentence_tense(text[sent_start:start]) != "past" or _opening_topic(text, start) is not None
        # (a headline's "Tributes paid" is no story told)
    ends = text[m.end() : m.end() + 1] in ("", ".", "!", "?", "\n")
    closing = text[max(0, start - 2) : start].strip() == "," and (
        ends or _HEADLINE_BREAK.match(text, m.end()) is not None  # "Diana, 25 years on: how ..."
    )
    if opening or closing:
        return Head(start, m.end("word"), n, relation="ago")
    if ends and _REMEMBERING.search(text, max(0, start - 60), start) is not None:
        # "Greyfriars Bobby: Loyal terrier remembered 150 years on": a count closing a sentence that remembers
        sent_start = sentence_at(text, start)[0]
        if _REMEMBERING.search(text, max(sent_start, start - 60), start) is not None:
            colon = text.find(": ", sent_start, start)
            remembered = _headline_topic(text, colon) if colon > sent_start else None
            return Head(start, m.end("word"), n, relation="turns", possessor=remembered)
    # a headline's "Bloody Sunday: 50 years on", "Falklands War 40 years on: ...", "One year on – ..."
    topic: tuple[int, int] | None = None
    if ends and text.endswith(": ", 0, start):
        topic = _headline_topic(text, start - 2)
        if topic is None:
            return None
    elif ends and (topic := _opening_topic(text, start)) is not None:
        # "Falklands War: Veterans return to the islands 40 years on": the headline's topic is remembered
        if sentence_tense(text[topic[1] + 2 : start]) == "past":
            return None  # "Update: She returned to the village 30 years on": a story told
    elif _HEADLINE_BREAK.match(text, m.end()) is not None:
        if not _opens(text, start):
            topic = _headline_topic(text, start)
            if topic is None:
                return None
    else:
        return None  # "He stayed ten years on the island", "Ten years on the city ...": an aside of its own
    return Head(start, m.end("word"), n, relation="turns", possessor=topic)


_REIGN_VERB = regex.compile(
    r"""(?r)\b(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?|commemorat(?:e|es|ed|ing)|hono(?:u)?r(?:s|ed|ing)?)
    [^\S\n]++(?:(?:her|his|their|(?:the[^\S\n]++)?+[\w\-]++['’]s)[^\S\n]++)?+\Z""",
    regex.VERBOSE,
)
# What closes a headline's topic: a colon or a dash ("Falklands 40 years on: ...", "... 40 years on – ...").
_HEADLINE_BREAK = regex.compile(r"[^\S\n]?+[:\u2013\u2014]|[^\S\n]-[^\S\n]")
_HEADLINE_TOPIC = regex.compile(
    r"(?:The[^\S\n]++)?+[A-Z0-9][\w.'\-/]*+(?:[^\S\n]++[A-Z0-9][\w.'\-/]*+){0,4}+"
    # a named event's common noun after its name: "Boxing Day tsunami: 18 years on", "Grenfell Tower fire"
    r"(?:[^\S\n]++(?:tsunami|disaster|attacks?|bombings?|fire|massacre|genocide|war|crisis|earthquake|quake"
    r"|uprising|revolution|invasion|handover|riots|shooting|crash|explosion|blast|floods?|siege|coup|landings"
    r"|killings|spill|meltdown))?+"
)


def _opening_topic(text: str, start: int) -> tuple[int, int] | None:
    """The topic of a headline that opens with ``<Topic>: `` before *start* (``Falklands War: ...``), or
    ``None``."""
    sent_start = sentence_at(text, start)[0]
    colon = text.find(": ", sent_start, start)
    return _headline_topic(text, colon) if colon > sent_start else None


def _headline_topic(text: str, end: int) -> tuple[int, int] | None:
    """The capitalised topic that opens a headline and ends at *end* (``Bloody Sunday``, ``Falklands War``),
    or ``None``."""
    end = len(text[:end].rstrip()) if text[end - 1 : end].isspace() else end
    start = sentence_at(text, max(0, end - 1))[0]
    if end - start > 60 or _HEADLINE_TOPIC.fullmatch(text, start, end) is None:
        return None
    return (start, end)


# "Remembering Pearl Harbor, 80 years later.": a count closing a sentence that commemorates ("Fifteen years
# later, the city was rebuilt" tells a story).
_YEARS_LATER = regex.compile(rf"(?r){_SPAN}\s++(?P<word>later)\Z", _I)
_REMEMBERING = regex.compile(
    r"\b(?:remember\w*|commemorat\w*|honou?r(?:s|ed|ing)?|mark(?:s|ed|ing)?|celebrat\w*|tribute|memorial)\b",
    regex.IGNORECASE,
)


_TOPIC_WORDS = 4
_PREVIOUS_YEAR_REACH = 300


def _previous_year(text: str, start: int) -> int | None:
    """The one year written in the sentence before the one at *start*, in its paragraph, or ``None``."""
    sent_start = sentence_at(text, start)[0]
    if sent_start == 0 or "\n" in text[max(0, sent_start - 2) : sent_start]:
        return None
    prev_start = max(sentence_at(text, sent_start - 1)[0], sent_start - _PREVIOUS_YEAR_REACH)
    years = {int(y.group("year")) for y in _YEAR_IN_SUBJECT.finditer(text, prev_start, sent_start)}
    return years.pop() if len(years) == 1 else None


def _produce_years_later(m: regex.Match[str]) -> Head | None:
    found = _span_count(m)
    if found is None or m.group("vague") is not None:
        return None
    start, n = found
    text = m.string
    if text.startswith(",", m.end()) and _opens(text, start):
        told = _previous_year(text, start)
        if told is not None:
            # "In 1945, 50 nations signed the UN Charter. 75 years later, the UN remains ...": counted from the year
            # the sentence before tells, and only when that count reaches the story's year (checked by the reader)
            return Head(start, m.end("word"), n, relation="ago", base=told)
    if text.startswith(",", m.end()) and text.endswith(": ", 0, start):
        # "Chernobyl disaster: 36 years later, the zone is a war zone": the headline's topic, counted from to now
        # ("Update: 20 years later, he returned" tells a story)
        sent_start, sent_end = sentence_at(text, start)
        topic = text[sent_start : start - 2]
        main = _MAIN_CLAUSE.match(text, m.end() + 1, sent_end)
        if ((topic[:1].isupper() or topic[:1].isdigit()) and len(topic.split()) <= _TOPIC_WORDS and main is not None
                and sentence_tense(main.group(0)) != "past"):
            return Head(start, m.end("word"), n, relation="turns", possessor=(sent_start, start - 2))
    if text.startswith(",", m.end()) and _opens(text, start):
        # "18 years later, we remember the lives lost on 9/11": an opening count whose clause mourns now
        sent_start, sent_end = sentence_at(text, start)
        main = _MAIN_CLAUSE.match(text, m.end() + 1, sent_end)
        if main is not None and sentence_tense(main.group(0)) != "past" and _remembered_now(
                text, m.end(), m.end(), sent_end):
            return Head(start, m.end("word"), n, relation="turns")
    if text[m.end() : m.end() + 1] not in ("", ".", "!", "?", "\n") and _HEADLINE_BREAK.match(text, m.end()) is None:
        return None  # "20 years later, he returned": a story told
    if text.endswith(", ", 0, start) and text[m.end() : m.end() + 1] in ("", "\n"):
        topic = _headline_topic(text, start - 2)
        if topic is not None:  # "The Falklands War, 40 years later": a headline's topic and its count
            return Head(start, m.end("word"), n, relation="turns", possessor=topic)
    sent_start = sentence_at(text, start)[0]
    if _REMEMBERING.search(text, max(sent_start, start - 200), start) is None:
        return None  # "He was acquitted 20 years later.": nothing commemorated
    return Head(start, m.end("word"), n, relation="turns")


# "NATO turns 75", "the alliance turned 70 last year": the age of an institution, a count from its founding.
# Read forwards from the verb (the number follows it); not an amount ("turned 5% higher") or a person's age.
_TURNS = regex.compile(
    rf"""turn(?:s|ed|ing)?+[^\S\n]++(?P<card>{CARDINAL})(?![\-.,:]?+\w)
    (?![^\S\n]*+(?:%|percent|per[^\S\n]cent|degrees?|points?|years?[^\S\n]++old|billion|million|thousand|dollars?))""",
    _I,
)
_OWNER_START = regex.compile(
    r"""(?r)(?:^|[!?:;\n\u2014\u2013\"\u201c]|\.(?=\s)|,[^\S\n]
    |\b(?:as|when|while|because|since|after|before|until|and|but)\b)[^\S\n]*+""",  # not "U.S.-Japan"'s dots
    regex.IGNORECASE | regex.VERBOSE,
)
# Institutions in lower case, and acronyms ("NATO", "the BBC"); a person's age is no anniversary.
_BODY = regex.compile(
    r"""\b(?i:alliance|union|organi[sz]ation|party|republic|embassy|agency|army|navy|constitution|treaty|bank
    |university|school|college|company|festival|service|league|federation|association|institute|museum|charter
    |council|commission|court|parliament|newspaper|magazine|station|programme|program|club|city|state|nation
    |country|ministry|department|corps|academy|fund|foundation|society|movement|network|broadcaster
    |armistice|accord|agreement|pact|declaration|convention|revolution|uprising|act|doctrine|initiative
    |games|olympics|bridge|canal|railway|tower|cathedral|monument|flag|anthem
    |euro|currency|contest|competition|prize|award|pride|parade|carnival|marathon|exhibition|telescope)s?\b
    |\b[A-Z]{2,}s?\b
    |\b[A-Z][a-z]++[^\S\n]++Day\b""",  # a day each year keeps: "Earth Day", "Europe Day"
    regex.VERBOSE,
)
_PERSON = regex.compile(
    r"(?i)\b(?:he|she|i|we|you|they|who|him|her|president|minister|king|queen|prince|princess|pope)\b"
)


_NOW_OR_REMEMBERED = regex.compile(r"[^\S\n]++(?:today|tonight|this[^\S\n]++(?:week|month|year)|on[^\S\n]++[A-Z])\b")


def _turns_head(text: str, pos: int) -> Head | None:
    m = _TURNS.match(text, pos)
    if m is None:
        return None
    _start, n = _number(m, "card", cardinal_value)
    if n is None or n < 5:
        return None
    posthumous = _POSTHUMOUS.search(text, max(0, pos - 40), pos + len("turned ")) is not None and (
        _NOW_OR_REMEMBERED.search(text, m.end(), min(len(text), m.end() + 40)) is not None
    )  # "John Lennon would have turned 80 today" ("He would have turned 30 if he had stayed" is no anniversary)
    owner = _institution_before(text, pos, n, anyone=posthumous)
    if owner is None:
        owner = _headline_word(text, pos, m.end("card"), n)
    if owner is None:
        return None  # "Putin turns 70", "the president turned 70": a person's birthday
    return Head(pos, m.end("card"), n, relation="turns", possessor=owner)


# "Eurovision turns 66:", "Nato at 70 -": a headline's one-word topic, its count closing the topic before a colon
# or a dash. A word of anyone's name in the office holders' table is a person's ("Biden turns 80:", "Putin at 70:").
_ONE_WORD = regex.compile(r"(?r)(?:^|(?<=[.!?\n][^\S\n]*+))(?P<word>[A-Z][a-z]{2,}+)[^\S\n]*+\Z")
_HEADLINE_WORD_MIN = 10


@functools.cache
def _name_words() -> frozenset[str]:
    """Every word of every name in the office holders' table, folded: read once, on a headline's first hit."""
    return frozenset(word.casefold() for name in full_names() for word in name.split())


@functools.cache
def _acronyms() -> frozenset[str]:
    """The organisations' acronyms, folded: ``Nato`` and ``Asean`` are house styles of ``NATO``, ``ASEAN``."""
    return frozenset(e.acronym.casefold() for e in organisations() if e.acronym)


def _headline_word(text: str, pos: int, end: int, n: int, *, acronym: bool = False) -> tuple[int, int] | None:
    """The span of a headline's one-word topic ending at *pos* (``Eurovision`` of ``Eurovision turns 66:``)
    when the count ending at *end* closes the topic; ``None`` for a person's name or a title. With *acronym*,
    only an organisation's acronym written as a word (``Nato at 70:``; ``Prices at 50:`` is a level)."""
    if n < _HEADLINE_WORD_MIN or _HEADLINE_BREAK.match(text, end) is None:
        return None
    m = _ONE_WORD.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    word = m.group("word").casefold()
    if acronym:
        return (m.start("word"), m.end("word")) if word in _acronyms() else None
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    if plural or word in TITLE_WORDS or word in _RELIGIOUS_AND_ROYAL or _PERSON.fullmatch(word) is not None or (
        word in _name_words() or lookup_country(m.group("word")) is not None
    ):
        return None  # ("Biden turns 80:", "Pope at 85:", "Shares turned 50:" a plural's amount; a country's count
        # is the country rules' to read)
    return (m.start("word"), m.end("word"))


_OWNER_AUX = regex.compile(
    r"""(?r)(?:,?+[^\S\n]++(?:which|that|will|would|shall|should|can|could|may|might|must|does|did|is|are|was|were
    |set|due|poised|about|going|to|soon|also|not|never|has|have|had|just|finally|officially))++\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)


# (bounded and lazy: in reverse mode a possessive run would swallow the "which")
_RELATIVE_ASIDE = regex.compile(r"(?r),[^\S\n]++(?:which|that)\b[^,;:\n]{1,60}?,[^\S\n]*+\Z", regex.IGNORECASE)


_RELATIVE_LEAD = regex.compile(
    r"(?r),[^\S\n]++(?:which|that)(?:[^\S\n]++(?:will|would|is|was|has|had|could|may|might|soon|also))*+[^\S\n]*+\Z",
    regex.IGNORECASE,
)


def _institution_before(
    text: str, pos: int, n: int, max_words: int = 8, *, anyone: bool = False
) -> tuple[int, int] | None:
    """The institution or country whose age *n* the words ending at *pos* name (``the alliance``, ``NATO``,
    ``Singapore``), or ``None`` for a person (``Putin``, ``the president``) or a thing with no founding."""
    lo = max(0, pos - 80)
    aside = _RELATIVE_ASIDE.search(text, lo, pos)
    if aside is not None:  # "relations, which began in 1977, turn 45": the owner is before the aside
        pos = aside.start()
    relative = _RELATIVE_LEAD.search(text, lo, pos)
    if relative is not None:  # "The UN, which turns 80": the owner is before the relative pronoun
        pos = relative.start()
    opener = _OWNER_START.search(text, lo, pos)
    owner_start = opener.end() if opener is not None else lo
    owner = text[owner_start:pos].strip()
    aux = _OWNER_AUX.search(owner)
    if aux is not None:  # "NATO will turn 75", "The UN, which turns 80": the owner without its verb's helpers
        owner = owner[: aux.start()]
    lead = _TIME_LEAD.match(text, owner_start, pos)
    if lead is not None and text[lead.end() : pos].strip().lower() == "it":
        owner_start, owner = lead.end(), "it"  # "this April it turns 70"
    if owner.lower() == "it" and owner_start > lo:
        # "NATO was founded in 1949; this April it turns 70": "it" is the name that opens the sentence
        sent_start = sentence_at(text, owner_start)[0]
        name = _TOPIC_NAME.match(text, sent_start, owner_start)
        if name is None or not _is_institution(name.group(0), n):
            return None
        owner_start, owner = name.start(), name.group(0)
    lead = _TIME_LEAD.match(text, owner_start, pos)
    if lead is not None and owner_start + len(owner) > lead.end():
        owner_start, owner = lead.end(), text[lead.end() : owner_start + len(owner)]  # "Tomorrow the euro turns 20"
    tagged = owner[:1] in ("#", "@") and owner[1:2].isalpha()
    if not owner or len(owner.split()) > max_words or not (owner[0].isalpha() or tagged):
        return None  # ("#NATO at 70", "The #EU turns 60": a tagged name is a name)
    if not anyone and (
        _PERSON.search(owner) is not None
        or (n < 100 and _BODY.search(owner) is None and not _names_country(owner) and not _named_thing(owner))
    ):
        return None  # ("John Lennon would have turned 80": anyone's birth)
    return (owner_start, owner_start + len(owner))


# a count written with a thousands comma ("1,000"): its value is cardinal_value's, as for every count here
_GROUPED = r"[0-9]{1,3}+(?:,[0-9]{3})++"
# "NATO at 70: ...", "The BBC at 100 – ...": a headline's age, the count before a colon or a dash.
# (not "at 30,000": an index's level) "The UN at 75 faces ...": the age before the headline's verb
_AT_AGE = regex.compile(
    r" at (?P<card>[0-9]{2,3}+)(?=[^\S\n]?+[:\u2013\u2014]|[^\S\n]*+(?:\n|\Z)|[^\S\n]++(?P<next>[a-z]++)\b(?![.\-/]))"
)
# What may follow "<Name> at <N>" as its verb: a helper, or a verb in -s that is no unit ("at 50 points").
_AT_HELPERS = frozenset((
    "is", "was", "has", "had", "will", "would", "can", "could", "must", "should", "may", "might", "still", "and",
))
_AT_UNITS = frozenset((
    "points", "degrees", "years", "miles", "metres", "meters", "kilometres", "kilometers", "minutes", "mins",
    "hours", "hrs", "seconds", "secs", "cents", "dollars", "euros", "pounds", "bps", "times", "tonnes", "tons",
    "yards", "days", "weeks", "months", "deaths", "cases", "knots", "kilograms", "kilos", "grams", "units", "votes",
    "seats", "runs", "goals", "laps", "rupees", "shares", "barrels", "places", "spots", "ranks", "less", "plus",
    "dlrs", "cts", "pts", "yrs", "lbs", "kms", "bbls", "francs", "pesos", "rubles", "roubles", "yuan",
))
# "#NATOat70": the same headline as a hashtag.
# "#50thAnniversary", "#70thanniversary": the count and the word run together in a hashtag.
_TAG_ANNIV = regex.compile(r"(?r)(?<![\w#])#(?P<num>[0-9]{1,3}+)(?:st|nd|rd|th)\Z", regex.IGNORECASE)
_AT_AGE_TAG = regex.compile(r"#(?P<name>[A-Za-z]{2,24}?)at(?P<card>[0-9]{2,3}+)(?![\w])")
# The words of a headline's topic: capitalised names or acronyms after an optional "The".
_TOPIC_NAME = regex.compile(r"(?:The[^\S\n]++)?+[A-Z][\w.&'\-]*+(?:[^\S\n]++[A-Z][\w.&'\-]*+){0,3}+")
# A headline's name whose capitalised words a small word may join: "Pride in London", "Bank of England", "#NATO".
_JOINED_NAME = regex.compile(
    r"(?:The[^\S\n]++)?+[#@]?+[A-Z][\w.&'\-]*+(?:[^\S\n]++(?:(?:of|in|for|and|on)[^\S\n]++)?+[A-Z][\w.&'\-]*+){0,3}+"
)


# Styles of persons the office titles do not list.
_RELIGIOUS_AND_ROYAL = frozenset((
    "lama", "duke", "duchess", "emperor", "empress", "sultan", "sheikh", "archbishop", "bishop", "cardinal",
    "ayatollah", "rabbi", "imam", "patriarch", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady",
))


def _named_thing(owner: str) -> bool:
    """``The Marshall Plan``, ``The Beatles``: a capitalised name after ``The``, not a person's (``The Queen``)."""
    return owner.startswith("The ") and _TOPIC_NAME.fullmatch(owner) is not None and not _is_person(owner)


def _is_person(name: str) -> bool:
    """Whether *name* names a person, as the leaders kind knows people: a pronoun or a title word
    (``Pope Francis``, ``The Queen``) or an office holder's full name (``Joe Biden``)."""
    if _PERSON.search(name) is not None:
        return True
    words = name.split()
    if words and words[0] == "The":
        words = words[1:]
    if len(words) >= 2 and words[0].lower() in TITLE_WORDS:
        return True
    if any(w.lower() in _RELIGIOUS_AND_ROYAL for w in words):
        return True  # "The Dalai Lama", "The Duke of Edinburgh"
    return len(words) >= 2 and identify(" ".join(words)) is not None


def _at_head(text: str, pos: int) -> Head | None:
    """``NATO at 70:`` (*pos* at the space before ``at``) or ``#NATOat70`` (*pos* at the ``#``)."""
    m = _AT_AGE.match(text, pos) if text.startswith(" ", pos) else _AT_AGE_TAG.match(text, pos)
    if m is None:
        return None
    n = cardinal_value(m.group("card"))
    if n is None or n < 5:
        return None
    if text.startswith("#", pos):
        name = m.group("name")
        if _PERSON.search(name) is not None or (_BODY.search(name) is None and not _names_country(name)):
            return None
        return Head(pos, m.end("card"), n, relation="turns", possessor=m.span("name"))
    verb = m.group("next")
    if verb is not None and (verb in _AT_UNITS or not (verb in _AT_HELPERS or verb.endswith("s"))
                             or verb.endswith("ss")):
        return None  # "rates at 50 basis points", "at 50 km/h", "held at 50 percent": an amount
    owner = _institution_before(text, pos, n, max_words=4, anyone=True)
    if owner is None or _JOINED_NAME.fullmatch(text, owner[0], owner[1]) is None:
        return None
    word = _headline_word(text, pos, m.end("card"), n, acronym=True)
    if word is not None:
        return Head(pos + 1, m.end("card"), n, relation="turns", possessor=word)
    name = text[owner[0] : owner[1]]
    if _is_person(name) or (
        _BODY.search(name) is None and not _names_country(name)
        and not name.startswith("The ")
    ):
        return None  # "the index stood at 70: ...", "Brent at 100:", "Pope Francis at 80": an amount or a person
        # ("The Marshall Plan at 70", "The UN at 75": a named thing's age)
    if sentence_at(text, owner[0])[0] != owner[0] and text[max(0, owner[0] - 2) : owner[0]] != ": ":
        return None  # not a headline's topic
    return Head(pos + 1, m.end("card"), n, relation="turns", possessor=owner)


# "NATO's 75th as proof ...", "America's 250th.": an owner's count with no noun after it. What may follow
# the count: a mark, or a word that starts no noun phrase of its own.
_COUNT_FOLLOWS = r"""(?=[^\S\n]*+(?:[.,!?;:)\u2014\u2013"”]|$)
    |[^\S\n]++(?:as|with|and|in|on|at|this|next|last|is|was|will|would|must|should|has|had|could|may|might|can|to|for|from|by|are|were|celebrations?|festivities)\b)"""
_POSS_COUNT = regex.compile(
    r"""['’]s[^\S\n]++(?P<ord>(?:""" + _GROUPED + r"""|[0-9]{2,4}+)(?:st|nd|rd|th))""" + _COUNT_FOLLOWS, regex.VERBOSE
)
# "The alliance celebrates its 75th", "celebrate our 75th!": a pronoun's count, only where the sentence celebrates.
_PRONOUN_COUNT = regex.compile(
    r"""(?P<pron>its|their|our)[^\S\n]++(?P<ord>(?:""" + _GROUPED + r"""|[0-9]{2,4}+)(?:st|nd|rd|th))(?:"""
    + _COUNT_FOLLOWS + r"""|(?P<year>[^\S\n]++year\b))""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "Pride in London celebrates its 50th year": a year counted, after a verb that celebrates it
_CELEBRATES_BEFORE = regex.compile(
    r"(?r)\b(?:celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?|commemorat(?:e|es|ed|ing))[^\S\n]++\Z", regex.IGNORECASE
)
_CELEBRATING_STRONG = regex.compile(r"(?i)birthday|happy|congratulat|celebrat|anniversar|jubilee|commemorat|\bmark")
_POSS_OWNER = regex.compile(r"(?r)(?:[\w.\-]++[^\S\n]++){0,4}+[#@]?+[\w.\-]++\Z")
# Words that tell a sentence celebrates, for a bare count that is not round.
_CELEBRATING = regex.compile(
    r"(?i)birthday|happy|congratulat|celebrat|anniversar|jubilee|commemorat|\bmark|prepar|festiv|parade|\bhail"
)
_CELEBRATING_REACH = 150


def _owned_count_head(text: str, pos: int) -> Head | None:
    """``NATO's 75th`` (*pos* at the apostrophe): the count of an institution or a country, read only where
    it is round (a multiple of 25) or its sentence celebrates (``America's 45th`` is a president)."""
    pronoun = text[pos] not in "'\u2019"
    m = (_PRONOUN_COUNT if pronoun else _POSS_COUNT).match(text, pos)
    if m is None:
        return None
    n = ordinal_value(m.group("ord"))
    if n is None or n < 10:
        return None  # "Italy's 3rd": a rank
    lo, hi = max(0, pos - _CELEBRATING_REACH), min(len(text), m.end() + _CELEBRATING_REACH)
    if pronoun:
        if _CELEBRATING_STRONG.search(text, lo, hi) is None:
            return None  # "the club won its 35th, ...": a title
        celebrated = _CELEBRATES_BEFORE.search(text, max(0, pos - 20), pos) is not None
        if m.group("year") is not None and not celebrated:
            return None  # "the war enters its 11th year": a duration
        if m.group("pron").lower() == "our":
            return Head(m.start("ord"), m.end("ord"), n, relation="turns")  # "We celebrate our 75th!"
        owner = _owner(text, pos, sentence_at(text, pos)[0])
        if owner is None or not (
            _is_institution(text[owner[0] : owner[1]], n)
            or (celebrated and _PERSON.search(text, owner[0], owner[1]) is None)  # "Pride in London celebrates its"
        ):
            return None
        if any(joint in text[owner[1] : pos] for joint in (", and ", ", but ")):
            # "Israel celebrated its 60th anniversary in 2008, and this year marks its 70th": the owner is the
            # clause's before; the phrase stays in its own (the subject is read from "its" below)
            return Head(m.start("ord"), m.end("ord"), n, relation="turns")
        return Head(m.start("ord"), m.end("ord"), n, relation="turns", possessor=owner)
    if n % 25 and _CELEBRATING.search(text, lo, hi) is None:
        return None
    words = _POSS_OWNER.search(text, max(0, pos - 60), pos)
    owner = _trim_possessor(text, words.span()) if words is not None else None
    if owner is None or not _is_institution(text[owner[0] : owner[1]], n):
        return None
    return Head(owner[0], m.end("ord"), n, relation="turns", possessor=owner)


def _is_institution(words: str, n: int) -> bool:
    """Whether *words* name an institution or a country (``NATO``, ``the UN``, ``Canada``, ``@USNavy``); a
    count of 120 or more is no one's age, so any owner does."""
    if _PERSON.search(words) is not None:
        return False
    return (n >= _NO_LIVING_AGE or "@" in words or _BODY.search(words) is not None
            or _INSTITUTION.search(words) is not None or _names_country(words))


# "Happy 70th, NATO!", "Happy 76th to the United Nations!": a greeting's count with the name after it.
# ("Happy 70th #NATO!", "Happy 75th @UN!": the name tagged right after the count)
_HAPPY_COUNT = regex.compile(rf"happy[^\S\n]++(?P<ord>{ORDINAL})(?=[^\S\n]*+(?:,|!|to\b|[#@]\w))", regex.IGNORECASE)


def _happy_head(text: str, pos: int) -> Head | None:
    m = _HAPPY_COUNT.match(text, pos)
    if m is None:
        return None
    start, n = _number(m, "ord", _ordinal_count)
    if n is None or n < 2:
        return None
    name = _BIRTHDAY_TO.match(text, m.end())
    if name is None or not _is_institution(name.group("name"), n):
        return None  # "Happy 80th, Jimmy!": a person's birthday
    if text[m.end() : m.end() + 2].strip()[:1] in ("#", "@") and not _is_institution(name.group("name")[1:], n):
        return None  # "Happy 40th @JohnKerry!": a handle with no body in its name is a person's
    return Head(start, m.end("ord"), n, relation="turns", possessor=name.span("name"))


# "#OTD in 1945, ...", "On this day in 1950, ...": today is the anniversary of an event in the year written.
_ON_THIS_DAY = regex.compile(
    rf"""(?:\#otd|\#onthisday|\#thisdayinhistory|on[^\S\n]++this[^\S\n]++(?:day|date))(?:[^\S\n]*+,)?+[^\S\n]++(?:in[^\S\n]++)?+(?:{words_pattern(list(MONTHS))}\.?[^\S\n]++)?(?P<year>[12][0-9]{{3}})\b(?![\-/][0-9])""",
    _I,
)


def _on_this_day_head(text: str, pos: int) -> Head | None:
    m = _ON_THIS_DAY.match(text, pos)
    if m is None or (text[pos] != "#" and not _opens(text, pos)):
        return None  # "the talks resumed on this day in 2019": a date, not a commemoration
    return Head(pos, m.end("year"), None, relation="ago", base=int(m.group("year")))


_ELIDED_ORDINAL = regex.compile(r"[0-9]++(?:st|nd|rd|th)")
_ELIDED_REACH = 200


def _elided_head(text: str, low: str, pos: int) -> Head | None:
    """``This year marks the 30th anniversary of the end of the Cold War and the 75th of the UN``: a second count
    whose word ``anniversary`` the sentence has already said (*pos* at the count)."""
    m = _ELIDED_ORDINAL.match(text, pos)
    if m is None:
        return None
    n = _ordinal_count(m.group(0))
    sent_start = sentence_at(text, pos)[0]
    if n is None or n < 2 or low.rfind("anniversar", max(sent_start, pos - _ELIDED_REACH), pos) < 0:
        return None
    if _OF_MONTH.match(text, m.end()) is not None:
        return None  # "on the 15th and the 20th of May": days
    return Head(pos, m.end(), n)


_OF_MONTH = regex.compile(
    rf"[^\S\n]++of[^\S\n]++(?:{words_pattern(list(MONTHS))}|(?:the|this|each|every)[^\S\n]++month)\b", _I
)


# "#50YearsOfASEAN", "#70YearsOfFriendship": a tag that counts the years of an institution or a bond.
_YEARS_OF_TAG = regex.compile(r"#(?P<card>[1-9][0-9]{0,2}+)(?:Years?|Yrs)Of(?P<name>[A-Za-z]{2,}+)(?![\w])")
_BOND_WORDS = regex.compile(
    r"(?i)partnership|friendship|cooperation|relations|ties|alliance|service|peace|democracy|independence|freedom"
)


def _years_of_tag_head(text: str, pos: int) -> Head | None:
    m = _YEARS_OF_TAG.match(text, pos)
    if m is None:
        return None
    n = cardinal_value(m.group("card"))
    name = m.group("name")
    if n is None or n < 2 or not (_is_institution(name, n) or _BOND_WORDS.fullmatch(name) is not None):
        return None  # "#10YearsOfWar": a count, nothing celebrated
    return Head(pos, m.end(), n, relation="turns", possessor=m.span("name"))


def _tag_head(text: str, pos: int, end: int) -> Head | None:
    """A greeting whose count only a hashtag gives: ``Happy birthday #ADA32!`` (*pos*, *end*: the word
    ``birthday``; the tag in its sentence or in the tags closing the post) or ``Happy #NATO75!`` (*pos* at the
    ``#``); only when the tag names an institution or a country (``#Biden80`` is a person's birthday)."""
    if text.startswith("#", pos):
        tag = _COUNT_TAG.match(text, pos)
    else:
        sent_end = sentence_at(text, pos)[1]
        tag = _COUNT_TAG.search(text, end, min(_line_end(text, end), sent_end + _TAG_REACH))
        if tag is not None and tag.start() < sent_end and " ".join(
            text[end : tag.start()].replace(",", " ").split()
        ).lower() not in ("", "to", "to the"):
            return None  # "Happy birthday to all attending #UNGA76": a tag of the sentence's own, not the greeting's
    if tag is None:
        return None
    n = cardinal_value(tag.group("card"))
    name = (tag.start() + 1, tag.start("card"))
    if n is None or n < 2 or not _is_institution(text[name[0] : name[1]], n):
        return None
    return Head(pos, max(end, tag.end()) if tag.start() == pos else end, n, relation="turns", possessor=name)


def _opens(text: str, start: int) -> bool:
    """Whether the count at *start* opens its sentence (after ``Exactly``, ``Just`` ...), as the shared
    splitter reads sentences (a hard-wrapped line's start opens none)."""
    lead = _AGO_LEAD.search(text, max(0, start - 20), start)
    at = lead.start() if lead is not None else start
    return sentence_at(text, at)[0] == at or _TOPIC_COLON.search(text, max(0, at - 64), at) is not None


def _span_count(m: regex.Match[str]) -> tuple[int, int] | None:
    """Start and number of years of a :data:`_SPAN` match: ``three decades`` -> 30, ``half a century`` -> 50."""
    fixed = m.group("fixed")
    if fixed is not None:
        return m.start("fixed"), 50 if fixed[:1].lower() == "h" else 25
    start, n = _number(m, "card", _card_or_article)
    unit = m.group("unit").lower()
    singular = unit in ("year", "yr", "decade", "century")
    if n is None or n < 1 or (n >= 2 and singular) or (n == 1 and not singular and unit not in ("years", "yrs")):
        return None  # "two decade since", "a decades ago": no count ("1 years since" is a typo, still a count)
    return start, n * _UNIT_YEARS[unit]


# "The United Nations was founded 75 years ago": the age of a foundation, a count from its event.
_FOUNDED_AGO = regex.compile(
    r"""(?r)\b(?:was|were)[^\S\n]++(?:first[^\S\n]++)?(?:founded|established|created|formed|signed|adopted
    |launched|proclaimed|inaugurated|enacted|passed)(?:[^\S\n]++into[^\S\n]++law)?+[^\S\n]++\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)


# "The Korean War began 70 years ago.", "The Tulsa Race Massacre happened 100 years ago.": an event's count, told
# of the event itself (a long one: "He began work three years ago" tells a life).
_HAPPENED_AGO = regex.compile(
    r"""(?r)\b(?:happened|took[^\S\n]++place|occurred|began|ended|broke[^\S\n]++out|fell|collapsed|dissolved)
    [^\S\n]++\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)
_HAPPENED_MIN = 10
_OPENING_AGO_MIN = 5  # "Seventy years ago the Marshall Plan was announced" (no comma): a count long enough to mark

# "Remembering Diana, who died 25 years ago": a death remembered, counted from.
# ("who died in custody ten years ago", "was born into slavery 200 years ago": a place or a state in between;
# "Frederick Douglass, born 200 years ago,": a birth)
_DIED_AGO = regex.compile(
    r"""(?r)\b(?P<verb>died|passed[^\S\n]++away|(?:was|were)[^\S\n]++(?:killed|murdered|assassinated)|(?P<born>born))
    (?:[^\S\n]++(?:in|into|on|at|under|after)[^\S\n]++[\w\-]++(?:[^\S\n]++[\w\-]++)?)?[^\S\n]++\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)
_LIFE_AGO_MIN = 100  # a birth or death this long ago is told to be remembered
# "Ezra Pound died 50 years ago.": a sentence that is only a named person's death and its count, told to be
# remembered ("His father died 20 years ago." tells a life; "Pound died 50 years ago in Venice" a story).
_NAME_DIED = regex.compile(
    r"""(?!(?:The|His|Her|Their|My|Our|Your|Its|This|That|A|An|One|He|She|They|It|We|I)\b)
    [A-Z][\w.'’\-]*+(?:[^\S\n]++[A-Z][\w.'’\-]*+){0,3}+[^\S\n]++(?:died|was[^\S\n]++(?:killed|assassinated|born))
    [^\S\n]++""",
    regex.VERBOSE,
)


def _produce_ago(m: regex.Match[str]) -> Head | None:
    found = _span_count(m)
    if found is None:
        return None
    start, n = found
    text = m.string
    dated = _AGO_DATE.match(text, m.end())
    if _AGO_NOW.match(text, m.end()) is None and not (
        (text.startswith(",", m.end()) or dated is not None or (n >= _OPENING_AGO_MIN and text[m.end() : m.end() + 1]
                                                                == " ")) and _opens(text, start)
        and (n >= 2 or _AGO_DAY_LEAD.search(text, max(0, start - 20), start) is not None)
    ) and not (n >= 2 and _FOUNDED_AGO.search(text, max(0, start - 40), start) is not None) and not (
        n >= _HAPPENED_MIN and _HAPPENED_AGO.search(text, max(0, start - 30), start) is not None
    ) and not (
        n >= _MOURNING_MIN and _closes(text, m.end(), start)
        and _remembered_now(text, start, *sentence_at(text, start), also=_MARKING_NOW)
    ) and not (
        n >= 2 and _DIED_AGO.search(text, max(0, start - 50), start) is not None
        and (n >= _LIFE_AGO_MIN
             or _REMEMBERING_NOW.search(text, max(sentence_at(text, start)[0], start - 160), start) is not None
             or (n >= _MOURNING_MIN and _closes(text, m.end(), start) and _NAME_DIED.fullmatch(
                 text, sentence_at(text, start)[0], start) is not None))
    ):
        return None  # "he left three years ago", "A year ago, he was elected": a date, not a commemoration
    return Head(start, m.end("word"), n, relation="ago")


def _closes(text: str, end: int, start: int) -> bool:
    """Whether a count ending at *end* closes its sentence (``... eighty years ago.``), or a headline after a
    comma (``JFK assassination: the day that shocked the world, 59 years ago``)."""
    if text[end : end + 1] in ("", ".", "!", "?", "\n"):
        return True
    return text[max(0, start - 2) : start] == ", " and _HEADLINE_BREAK.match(text, end) is not None


def _produce_bare(m: regex.Match[str]) -> Head | None:
    return Head(m.start("word"), m.end("word"), None, possessor=_poss(m))


def _produce_named(m: regex.Match[str]) -> Head | None:
    word = m.group("word").lower()
    word = _NAMED_PLURALS.get(word.replace("-", ""), word)
    n = NAMED_ORDINALS.get(word.replace("-", "")) or NAMED_ORDINALS[_NAMED_PLURALS.get(last := word.rsplit("-", 1)[-1],
                                                                                          last)]
    return Head(m.start("word"), m.end("word"), n, possessor=_poss(m))


def _produce_jubilee(m: regex.Match[str]) -> Head | None:
    return Head(m.start("metal"), m.end("word"), JUBILEES[m.group("metal").lower()], possessor=_poss(m))


def _produce_metal_anniv(m: regex.Match[str]) -> Head | None:
    return Head(m.start("metal"), m.end("word"), JUBILEES[m.group("metal").lower()], named=True)


def _produce_since(m: regex.Match[str]) -> Head | None:
    vague = m.group("vague") is not None
    found = _span_count(m)
    if found is None:
        return None
    start, n = found
    return Head(start, m.end("word"), None if vague else n, vague=vague, relation="since")


# "This year marks the 70th year since the armistice": an ordinal year counted from the event.
_ORDINAL_YEAR_SINCE = regex.compile(rf"(?r)(?P<ord>{ORDINAL})\s++year\s++(?P<word>since)\Z", _I)


def _produce_ordinal_since(m: regex.Match[str]) -> Head | None:
    start, n = _number(m, "ord", _ordinal_count)
    return Head(start, m.end("word"), n, relation="since") if n is not None and n >= 2 else None


def _produce_years_of(m: regex.Match[str]) -> Head | None:
    found = _of_count(m)
    if found is None:
        return None
    start, n = found
    return Head(start, m.end("word"), n, relation="of")


def _produce_years_after(m: regex.Match[str]) -> Head | None:
    found = _span_count(m)
    if found is None or m.group("vague") is not None:
        return None
    start, n = found
    return Head(start, m.end("word"), n, relation="after")


# "Edinburgh remembers Greyfriars Bobby 150 years after his death": a life's end or start, remembered now.
_LIFE_EVENT = regex.compile(
    r"[^\S\n]++(?:his|her|their|its|the)[^\S\n]++(?:death|birth|passing|murder|assassination|killing|founding)\b",
    regex.IGNORECASE,
)
_REMEMBERING_NOW = regex.compile(
    r"\b(?:remember(?:s|ing)?|commemorat(?:e|es|ing)|hono(?:u)?r(?:s|ing)?|mourn(?:s|ing)?|mark(?:s|ing)?|pays?"
    r"|paying|tribute)\b",
    regex.IGNORECASE,
)


def _produce_years_after_remembered(m: regex.Match[str]) -> Head | None:
    found = _span_count(m)
    text = m.string
    if found is None or m.group("vague") is not None:
        return None
    start, n = found
    sent_start, sent_end = sentence_at(text, start)
    if _LIFE_EVENT.match(text, m.end()) is None:
        # "On Remembrance Day, 75 years after the liberation of Auschwitz, we remember ...", "Nation falls silent
        # 104 years after end of war": any event, in a sentence that mourns it now ("UK leaves EU 47 years after
        # joining" remembers nothing)
        return Head(start, m.end("word"), n, relation="after") if _remembered_now(text, start, sent_start,
                                                                                    sent_end) else None
    if _REMEMBERING_NOW.search(text, max(sent_start, start - 120), start) is None and (
        _opening_topic(text, start) is None or sentence_tense(text[sent_start:start]) == "past"
    ):
        return None  # "He was honoured 10 years after his death": a story told
        # ("Diana: Fans gather at Kensington Palace 25 years after her death": a headline told now)
    return Head(start, m.end("word"), n, relation="after")


# Words by which a sentence mourns or remembers now ("we remember", "falls silent"); not "marks", which any
# milestone takes, nor "remembered", a story told.
_MOURNING_NOW = regex.compile(
    r"""\b(?:remember(?:s|ing)?|commemorat(?:e|es|ing)|mourn(?:s|ing)?|hono(?:u)?r(?:s|ing)?|pays?[^\S\n]++tribute
    |paying[^\S\n]++tribute|falls?[^\S\n]++silent|(?:minute|moment)['’]?s?[^\S\n]++(?:of[^\S\n]++)?silence)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_MOURNING_MIN = 10  # a count this long is an event's, not a life's ("we honor those who served five years ago")


# For an event counted back to ("... 50 years ago."): a sentence that marks or celebrates it now ("We mark the
# attacks that killed 3,000 people 20 years ago", "We celebrate the signing of the treaty 50 years ago"); not
# "marks", which any turn of events takes ("The ruling marks a reversal of a policy adopted 20 years ago").
_MARKING_NOW = regex.compile(
    r"\b(?:mark|marking|celebrat(?:e|es|ing)|reflect(?:s|ing)?[^\S\n]++on|recall(?:s|ing)?)\b", regex.IGNORECASE
)


def _remembered_now(text: str, start: int, sent_start: int, sent_end: int,
                    also: regex.Pattern[str] | None = None) -> bool:
    """Whether the sentence around a count at *start* mourns or remembers now: a word of :data:`_MOURNING_NOW`
    (or of *also*) near it (a past form, "remembered", tells a story)."""
    lo, hi = max(sent_start, start - 160), min(sent_end, start + 160)
    found = _MOURNING_NOW.search(text, lo, hi)
    if found is None and also is not None:
        found = also.search(text, lo, hi)
    # ("He remembers moving here 20 years ago": a memory of one's own)
    return found is not None and _PERSONAL.search(text, max(0, found.start() - 12), found.start()) is None


_PERSONAL = regex.compile(r"(?r)\b(?:he|she|i)[^\S\n]++(?:still[^\S\n]++)?+\Z", regex.IGNORECASE)


def _produce_years_after_day(m: regex.Match[str]) -> Head | None:
    text = m.string
    sent_start = sentence_at(text, m.start())[0]
    if sentence_tense(text[sent_start : m.start()]) == "past":
        return None  # "She died two years to the day after her husband": a life told, not a commemoration
    return _produce_years_after(m)


_R_NUMBER = Rule("<number>[ th] anniversary", _NUMBER_ANNIV, _produce_number)
_R_ORDINAL = Rule("<ordinal> anniversary", _ORDINAL_ANNIV, _produce_ordinal)
_R_SHORT = Rule("<cardinal>-month|week|day anniversary (not yearly)", _SHORT_ANNIV, _produce_short)
_R_YEAR = Rule("<cardinal>-year|decade anniversary", _YEAR_ANNIV, _produce_year_anniv)
_R_BARE = Rule("anniversary", _BARE_ANNIV, _produce_bare)
_R_METAL_ANNIV = Rule("<metal> anniversary", _METAL_ANNIV, _produce_metal_anniv)
_R_NAMED = Rule("<named ordinal>", _NAMED, _produce_named)
_R_JUBILEE = Rule("<metal> jubilee", _JUBILEE, _produce_jubilee)
_R_ORDINAL_JUBILEE = Rule("<ordinal> jubilee", _ORDINAL_JUBILEE, _produce_ordinal_jubilee)
_R_BARE_JUBILEE = Rule("jubilee (lower case)", _BARE_JUBILEE, _produce_bare)
_R_NAMED_JUBILEE = Rule("someone's Jubilee | Jubilee <celebration> | Jubilee: (a headline)", _NAMED_JUBILEE,
                        _produce_named_jubilee)
_R_SINCE = Rule("<cardinal> years since <clause>", _YEARS_SINCE, _produce_since)
_R_ORDINAL_SINCE = Rule("<ordinal> year since <clause>", _ORDINAL_YEAR_SINCE, _produce_ordinal_since)
_R_OF = Rule("marks <cardinal> years of <subject>", _YEARS_OF, _produce_years_of)
_R_OF_SALUTED = Rule("salutes|recognizes <cardinal> years of <bond>", _YEARS_OF_SALUTED, _produce_years_saluted)
_R_OF_ON = Rule("on <cardinal> years of <bond> (celebrating)", _YEARS_OF_ON, _produce_years_of_on)
_R_STRONG = Rule("<cardinal> years strong|young (celebrating)", _YEARS_STRONG, _produce_years_strong)
_R_CELEBRATED_COUNT = Rule("celebrates|marks <cardinal> years", _YEARS_CELEBRATED, _produce_celebrated_count)
_R_AFTER_DAY = Rule("<cardinal> years to the day after <subject>", _YEARS_AFTER_DAY, _produce_years_after_day)
_R_OF_OWNED = Rule("your <cardinal> years of <subject> (celebrating)", _YEARS_OF_OWNED, _produce_years_owned)
_R_AFTER = Rule("<cardinal> years after <subject>", _YEARS_AFTER, _produce_years_after)
_R_AFTER_REMEMBERED = Rule("remembers X <cardinal> years after his death|birth", _YEARS_AFTER_OPENING,
                           _produce_years_after_remembered)
_R_AGO = Rule("<cardinal> years ago[ today], <event>", _YEARS_AGO, _produce_ago)
_R_OF_OPENING = Rule("<cardinal> years of <bond> opening a sentence", _YEARS_OF_OPENING, _produce_years_of_opening)
_R_DAY = Rule("<ordinal> National|Independence|Victory Day", _ORDINAL_DAY, _produce_ordinal_day)
_R_COMMEMORATION = Rule("<ordinal> commemoration of <event>", _ORDINAL_COMMEMORATION, _produce_commemoration)
_R_BIRTHDAY = Rule("<ordinal> birthday of an institution", _BIRTHDAY, _produce_birthday)
_R_AFTER_OPENING = Rule("<cardinal> years after <event>, opening a sentence", _YEARS_AFTER_OPENING,
                        _produce_years_after_opening)
_R_THRONE = Rule("celebrates <ordinal> year on the throne", _YEAR_ON_THRONE, _produce_year_on_throne)
_R_LATER = Rule("remembering <event> <cardinal> years later", _YEARS_LATER, _produce_years_later)
_R_ON = Rule("<cardinal> years on, <clause>", _YEARS_ON, _produce_years_on)

_ANNIV_RULES = (_R_NUMBER, _R_ORDINAL, _R_SHORT, _R_YEAR, _R_METAL_ANNIV, _R_BARE)
# trigger literal (lower case) -> the head rules tried for it, in order; the first that matches wins.
_TRIGGERS: tuple[tuple[str, tuple[Rule[Head], ...]], ...] = (
    ("anniv", _ANNIV_RULES),  # "anniversary", "anniversaries" and the abbreviation "anniv."
    ("centen", (_R_NAMED,)),
    ("jubilee", (_R_JUBILEE, _R_ORDINAL_JUBILEE, _R_BARE_JUBILEE, _R_NAMED_JUBILEE)),
    ("birthday", (_R_BIRTHDAY,)),
    ("commemoration", (_R_COMMEMORATION,)),
    ("turn", ()),  # "<institution> turns <N>": read forwards by _turns_head
)
# "<span> since|after|of|ago|on": found by one scan for each unit word, then a look at the word after it.
_UNIT_WORDS = ("year", "decade", "centur")  # (and "yrs" after a digit, found with the ordinals)
_UNIT_TAIL = regex.compile(
    r"(?:s|y|ies)?+(?: to the day| (?:have|has|had) (?:now |already )?(?:passed|gone by|elapsed)"
    r"| this (?:week|weekend|month))?"
    r" (?P<rel>since|after|of|ago|on|later|strong|young)\b"
)
# "years" ending its phrase ("celebrates 45 years this week", "marks 25 years!"): a count with no complement.
_COUNT_END = regex.compile(
    r"s(?=[^\S\n]*+(?:[.!?,;:)\n]|$)|[^\S\n]++(?:this|today|tomorrow|together|as|with|and|last|next)\b"
    # "celebrates two decades in our wallets"; not a tenure or a term ("marked two years in office")
    r"|[^\S\n]++in[^\S\n]++(?!(?:office|power|charge|prison|jail|exile|custody|detention|government|opposition"
    r"|the[^\S\n]++(?:job|role|post|top[^\S\n]++job))\b))"
)
_RELATION_RULES: dict[str, tuple[Rule[Head], ...]] = {
    "since": (_R_SINCE, _R_ORDINAL_SINCE),
    "of": (_R_OF, _R_OF_SALUTED, _R_OF_OWNED, _R_OF_ON, _R_OF_OPENING),
    "after": (_R_AFTER_DAY, _R_AFTER, _R_AFTER_OPENING, _R_AFTER_REMEMBERED),
    "ago": (_R_AGO,),
    "on": (_R_ON, _R_THRONE),
    "later": (_R_LATER,),
    "strong": (_R_STRONG,),
    "young": (_R_STRONG,),
}
#: every head rule, in the order the triggers try them.
rules: tuple[Rule[Head], ...] = tuple(dict.fromkeys(
    [rule for _literal, group in _TRIGGERS for rule in group] + [r for group in _RELATION_RULES.values() for r in group]
    + [_R_CELEBRATED_COUNT, _R_DAY]
))

# --- tails: subject, modifiers after the head ------------------------------------------------

_WORD_END = regex.compile(r"\w*+")
_AFTER_ANNIV = regex.compile(
    r"""(?P<date>[^\S\n]++date\b)?
    (?:[^\S\n]++(?:anniversary|celebrations?|commemorations?|festivities|events?|ceremon(?:y|ies)|year))?
    [^\S\n]++(?P<rel>of|since)[^\S\n]++""",
    _I,
)
_AFTER_SINCE = regex.compile(r"[^\S\n]++", _I)
# Where a subject stops. A clause boundary, a dash, or a word that starts a new constituent.
_STOP_WORDS = (
    "on", "at", "by", "to", "as", "this", "last", "next", "that", "which", "who", "when", "where", "while", "after",
    "before", "amid", "ahead", "during", "until", "through", "throughout", "via", "because", "despite", "since",
    "than", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "approaches", "approached", "approaching", "looms", "loomed",
    "nears", "neared", "draws", "drew", "passes", "passed", "reached", "reaches", "comes", "came", "falls", "fell",
    "begins", "began", "saw", "sees", "served", "serves", "said", "says", "today", "tonight", "yesterday",
    "opens", "takes", "took", "starts", "kicks", "ends", "brings", "brought",
    "tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "later", "earlier",  # "... of its independence later this week": the date that follows is the anniversary's
)
# "the 30th anniversary of relations and the 25th anniversary of the treaty": a second anniversary after "and"
# (within three words) ends the first one's subject.
_NEXT_ANNIVERSARY = r"""(?:and|as\s++well\s++as|or)(?=(?:[^\S\n]++[\w\-'’#@]++){0,3}?[^\S\n]++
    (?:anniversar|jubilee|centen|bicentenn|(?:years?|decades?)[^\S\n]++(?:since|of|after|ago|on)\b
    |[0-9]++(?:st|nd|rd|th)[^\S\n]++of\b))"""
# A comma, but not the thousands comma of "8,000 people".
_COMMA = r"(?:(?<![0-9]),|,(?![0-9]{3}+(?![0-9])))"
# A full stop ends a subject, but not the dot of an initialism that a lower-case word follows ("the U.S. and Japan").
_STOP_DOT = r"""(?:(?<!(?<![\w.])(?:[A-Z]\.)++[A-Z])\.(?=\s|$|["”’])|\.(?=\s|$|["”’])(?![^\S\n]++[a-z]))"""
# Where a subject stops: a clause boundary, a dash, or a word that starts a new constituent.
# Every branch starts with a punctuation mark or one white-space character, so the scan is quick;
# the stop words are a named list (a set lookup, not an alternation).
_SUBJECT_STOP = regex.compile(
    r"""
      [;:!?\[\]"“”—–…\n] | """ + _COMMA + r"""
    | """ + _STOP_DOT + r"""
    | \s(?:-{1,3}\s|_\s|\((?![A-Z][A-Za-z.\-]{1,11}\))
        |\L<stops>\b
        |with(?=\s++[a-z])
        |""" + _NEXT_ANNIVERSARY + r"""
        |and(?=\s++(?!the\b)[a-z])
        |(?:in|for)(?=\s++\d{4}\b))
    """,
    regex.VERBOSE,
    stops=_STOP_WORDS,
)
_CLAUSE_STOP = regex.compile(
    r"""[;:!?\[\]"“”—–…\n] | """ + _COMMA + r""" | """ + _STOP_DOT + r"""
    | \s(?:-{1,3}\s|_\s|(?:by|as|but|which|while|when)\b|(?:later|earlier)(?=\s++this\b)
        |""" + _NEXT_ANNIVERSARY + r"""|and(?=\s++(?!the\b)[a-z]))""",
    regex.VERBOSE,
)
_SUBJECT_MAX = 160

# --- year words and dates --------------------------------------------------------------------

_MONTH = words_pattern(list(MONTHS))
_YEAR_QUALIFIER = regex.compile(
    r"""(?r)\b(?:(?P<this>this|the\s++current|current)|(?P<last>last|the\s++past|past|the\s++previous|previous)
    |(?P<next>next|the\s++coming|coming))\s++\Z""",
    _I,
)
_YEAR_DELTA = {"this": 0, "last": -1, "next": 1}
_YEAR_SOURCE = {"this": "this year", "last": "last year", "next": "next year"}
_NOW_WORDS = ("today", "tonight", "this month")  # ("this week" may straddle two years: read as a date)
# [0-9] rather than \d: a plain class scans about ten times faster than Unicode digits
# A count in digits other than 0-9 just before the phrase ("the ３０th anniversary", "the ³⁰th"): not read as a
# number (int() would take fullwidth digits, and a superscript passes str.isdigit), but worth a note.
_OTHER_DIGITS_BEFORE = regex.compile(r"(?<![\w])((?=[0-9]*+[^\x00-\x7f])[\d\p{No}]++(?:st|nd|rd|th)?+)[^\S\n]++\Z")
_YEAR4 = regex.compile(r"[0-9]{4}(?![0-9])")
_DATE_HEAD = regex.compile(
    rf"""(?r)(?:{_MONTH}\.?\s++\d{{1,2}}(?:st|nd|rd|th)?,?\s++|\d{{1,2}}\s++{_MONTH}\.?,?\s++)\Z""", _I
)
_IN_YEAR_BEFORE = regex.compile(
    rf"""(?r)(?:\bin\s++(?:{_MONTH}\.?\s++)?(?P<year>[0-9]{{4}})\b(?![\-/])(?P<gap>[^.;!?\n]{{0,40}}?)
    |\b(?P<copula>[0-9]{{4}})\s++(?:will\s++be|will\s++mark|marks|marked|is|was)\s++(?:the\s++)?)\Z""",
    _I,
)
# A year the phrase's clause gives later on, not next to it: "its 50th anniversary summit in Washington in 1999",
# "commemorated across Rwanda in April 2019"; and a year closing the subject ("... in November 2019").
_CLAUSE_YEAR = regex.compile(
    rf"""\b(?:in|during)\s++(?:(?:early|mid|late)[\s\-]++)?(?:{_MONTH}\.?\s++)?(?P<year>[12][0-9]{{3}})\b(?![\-/][0-9])""",
    _I,
)
_SUBJECT_END_YEAR = regex.compile(
    rf"""(?r)\bin\s++(?:(?:early|mid|late)[\s\-]++)?(?:{_MONTH}\.?\s++)?(?P<year>[12][0-9]{{3}})\Z""", _I
)
# A clause after the phrase that still tells of it: "..., held at the embassy in 2019, ...".
_OF_PHRASE_OPENER = regex.compile(
    r"(?:(?:in|during)\s++which|which|that|when|held|marked|celebrated|observed|commemorated|organi[sz]ed|staged"
    r"|hosted)\b",
    regex.IGNORECASE,
)
_DATE_AFTER = regex.compile(
    rf"""(?P<verb>\s++(?:falls|fell|comes|came|is|was|will\s++be|will\s++fall)
    (?:\s++(?:marked|celebrated|held|observed|commemorated))?+)?+
    (?:\s++(?:on|in)\s++|,\s++)
    (?:{_MONTH}\.?\s++\d{{1,2}}(?:st|nd|rd|th)?,?\s++|\d{{1,2}}\s++{_MONTH}\.?,?\s++)?(?P<year>\d{{4}})\b""",
    _I,
)
# The event's year before the phrase: "USAID, founded in 1961, ...", "the accord signed in 1996".
_EVENT_YEAR_BEFORE = regex.compile(
    r"""\b(?:founded|established|created|signed|born|opened|launched|adopted|formed|set\s++up|inaugurated
    |concluded|liberated|unveiled)\s++(?:in\s++(?P<year>[0-9]{4})
    |(?:on\s++)?[A-Z][a-z]{2,8}\.?\s++[0-9]{1,2},\s++(?P<year2>[0-9]{4}))\b""",
    regex.VERBOSE,
)
# The event's year in an aside right after the subject: "the Marshall Plan, launched in 1947, ...".
_EVENT_YEAR_AFTER = regex.compile(
    rf"""[^\S\n]*+,[^\S\n]*+(?:(?:which|that)[^\S\n]++(?:was|were)[^\S\n]++)?+
    (?:founded|established|created|signed|launched|adopted|formed|inaugurated|concluded|opened|proclaimed|won|gained
    |declared|achieved)
    [^\S\n]++(?:in|on)[^\S\n]++(?:{_MONTH}\.?[^\S\n]++(?:[0-9]{{1,2}}+,?+[^\S\n]++)?+)?+(?P<year>[12][0-9]{{3}})\b""",
    _I,
)
# A life's span after a person's name: "the centenary of the birth of Tito (1892-1980)".
_LIFESPAN = regex.compile(r"[^\S\n]*+\((?P<born>[0-9]{4})[^\S\n]*+[\-\u2013][^\S\n]*+(?P<died>[0-9]{4})\)")
_LIFESPAN_REACH = 48  # " (1918-2013)" with room for spacing
_PAREN_YEAR = regex.compile(r"[^\S\n]*+\((?P<year>[12][0-9]{3})\)")
_SHORT_YEAR = regex.compile(r"['\u2019](?P<yy>[0-9]{2})\b")
_YEAR_IN_SUBJECT = regex.compile(r"(?<![\d/\-])(?P<year>1[0-9]{3}|20[0-9]{2})(?![\d/]|-\d)")
# How far ahead an anniversary's written year may lie: "the centenary in 2049", "turns 100 in 2032".
_AHEAD_MAX = 30
_FISCAL = regex.compile(r"[0-9]{4}/[0-9]{2}(?:[0-9]{2})?(?![0-9])")
_PAST_WORDS = frozenset((
    "commemorated", "marked", "celebrated", "observed", "honored", "honoured", "held", "hosted", "attended",
    "saluted", "remembered",
))
_LOWER_WORD = regex.compile(r"[a-z]++")
_CAPITALISED = regex.compile(r"[^\S\n]++[A-Z]")
_OF_AHEAD = regex.compile(r"[^\S\n]++(?:of|celebrations?)\b", _I)
_DETERMINER_WORDS = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "whose",
))
_TIME_WORDS = frozenset((
    "this", "next", "last", "week", "month", "year", "day", "weekend", "today", "tomorrow", "yesterday", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "spring", "summer", "autumn", "fall", "winter",
))
_BREAK_WORDS = frozenset((
    "to", "of", "on", "in", "at", "for", "from", "with", "by", "as", "and", "or", "but",
    "during", "since", "after", "before", "ahead",
    "mark", "marks", "marked", "marking", "celebrate", "celebrates", "celebrated", "celebrating",
    "commemorate", "commemorates", "commemorated", "commemorating",
))
# "The European Monetary System marks its eighth anniversary": the clause subject owns "its".
_ITS = regex.compile(r"(?r)\b(?P<det>its|their)[^\S\n]++\Z", regex.IGNORECASE)
_CLAUSE_OPENER = regex.compile(
    r"(?r)(?:^|\b(?:as|when|while|because|since|after|before|until)\b|[;:—–]|,[^\S\n]++(?:and|but)\b)[^\S\n]*+",
    regex.IGNORECASE,
)
_OWNER_VERB = regex.compile(
    r"""[^\S\n]*+""" + _COMMA + r"""
    |[^\S\n]++(?:is|are|was|were|has|have|had|will|would|marks|marked|celebrates|celebrated
    |commemorates|commemorated|reached|reaches|reach|nears|neared|approaches|approached|enters|entered|turns|turned
    |observes|observed|hits|hit)\b""",
    regex.VERBOSE,
)


# A date opening the clause before its subject: "Last summer", "On Tuesday", "Next year".
_TIME_LEAD = regex.compile(
    r"""(?:(?:on|in|last|next|this|early|late)[^\S\n]++)?+(?:spring|summer|autumn|fall|winter|week|weekend|month|year
    |today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"""
    + _MONTH + r""")\b,?+[^\S\n]++""",
    regex.IGNORECASE | regex.VERBOSE,
)


_NOT_ITS_OWNER = frozenset(("i", "we", "you", "he", "she"))
_FRAME_OPENER = regex.compile(
    r"[^\S\n]*+(?:on|in|at|during|over|throughout|within|after|before|by|amid|following|earlier|later|early|late|last"
    r"|this|next)\b",
    regex.IGNORECASE,
)


def _owner_lead_only(text: str, start: int, det_start: int) -> bool:
    """Whether the clause from *start* to ``its`` is a verb with at most a date before it (``this year marks``)."""
    lead = _TIME_LEAD.match(text, start, det_start)
    rest = text[lead.end() if lead is not None else start : det_start].split()
    return len(rest) <= 2 and bool(rest) and rest[0].lower() in _OWNERLESS_VERBS


_OWNERLESS_VERBS = frozenset((
    "marks", "marked", "celebrates", "celebrated", "commemorates", "commemorated", "reaches", "reached", "turns",
    "turned", "observes", "observed", "will", "is", "was",
))


def _owner(text: str, det_start: int, sent_start: int) -> tuple[int, int] | None:
    """The clause subject that ``its`` refers to: ``Russia's invasion of Ukraine reached its ...``."""
    lo = max(sent_start, det_start - 200)
    opener = _CLAUSE_OPENER.search(text, lo, det_start)
    start = opener.end() if opener is not None else lo
    if opener is not None and opener.group(0).lstrip().startswith(",") and _owner_lead_only(text, start, det_start):
        # "Israel celebrated its 60th anniversary in 2008, and this year marks its 70th": the clause after ", and"
        # has no subject of its own; the sentence's does
        return _owner(text, opener.start(), sent_start)
    verb = _OWNER_VERB.search(text, start, det_start)
    if verb is not None and text[verb.start() : verb.end()].strip() == "," and _FRAME_OPENER.match(text, start):
        start = verb.end()  # "On March 15 last year, the city marked its ...": the owner follows the frame
        verb = _OWNER_VERB.search(text, start, det_start)
    if verb is None:
        return None
    end = verb.start()
    lead = _TIME_LEAD.match(text, start, min(len(text), end + 2))  # (", " may close the date)
    if lead is not None:
        start = lead.end()  # "Last summer the city marked its ...": the date frames the clause, it owns nothing
        # ("; today marks its first anniversary": a date alone owns nothing)
    if end <= start or not text[start].isalpha() or text[start:end].lower() in _NOT_ITS_OWNER or (
        text[start].islower() and _FRAME_OPENER.match(text, start) is not None
    ):
        return None  # "we mark its anniversary": "its" is not ours; "in 2018 it marks its 70th": no noun phrase
    if len(text[start:end].split()) > 8:
        return None
    return (start, end)


_EVENTS = regex.compile(
    r"""\b(?:(?P<dip>(?:establish\w*|normali[sz]\w*|resum\w*)\s++(?:of\s++)?diplomatic\s++(?:relations|ties))
    |(?P<establishment>establishment|establishing|formation|creation)
    |(?P<founding>founding|foundation|founded)
    |(?P<signing>signing|signature|signed)
    |(?P<victory>victory)
    |(?P<liberation>liberation)
    |(?P<independence>independence)
    |(?P<birth>birth|born)
    |(?P<death>death|died|passing|assassination|killing)
    |(?P<invasion>invasion|invaded|invading)
    |(?P<revolution>revolution)
    |(?P<reunification>reunification)
    |(?P<normalization>normali[sz]ation)
    |(?P<wedding>wedding|marriage)
    |(?P<war>war))\b""",
    _I,
)


_DIPLOMATIC = regex.compile(r"(?i)diplomatic\s++(?:relations|ties)")
_POSS_WORD = regex.compile(r"[\w.\-]++")


def event_of(subject: str | None, modifier: str | None = None) -> str | None:
    """The kind of event a subject names: the first event word in it, or the modifier's.

    >>> event_of("the establishment of diplomatic relations between China and Chile")
    'establishment of diplomatic relations'
    >>> event_of("the victory in the World Anti-Fascist War")
    'victory'
    """
    key = (subject, modifier)
    known = _EVENT_MEMO.get(key, _UNSEEN)
    if known is not _UNSEEN:
        return known
    event = _event_of(subject, modifier)
    if len(_EVENT_MEMO) < _EVENT_MEMO_MAX:  # bounded: subjects repeat within and across stories
        _EVENT_MEMO[key] = event
    return event


_UNSEEN = "?"
_EVENT_MEMO: dict[tuple[str | None, str | None], str | None] = {}
_EVENT_MEMO_MAX = 20000


def _event_of(subject: str | None, modifier: str | None) -> str | None:
    for text in (subject, modifier):
        if not text:
            continue
        if "diplomatic" in text.lower():
            m = _DIPLOMATIC.search(text)
            if m is not None:
                return "establishment of diplomatic relations"
        m = _EVENTS.search(text)
        if m is not None:
            name = m.lastgroup
            return "establishment of diplomatic relations" if name == "dip" else name
    return None


def reference_year(text: str, published: dt.date | None = None) -> int | None:
    """The year relative phrases count from: that of the shared reference date (``published``, else a
    ``date YYYY-MM-DD`` header, else a dated dateline or page header near the top).

    >>> reference_year(" date 2026-02-05 BEIJING, China, Feb 5 - ...")
    2026
    >>> reference_year("BEIJING, Nov. 30, 2005 (Xinhua) -- Premier Wen ...")
    2005
    """
    found = find_reference(text, published)
    return found.year if found is not None else None


# --- the local reader ------------------------------------------------------------------------


@attrs.frozen
class _Found:
    anniversary: Anniversary
    also: tuple[tuple[int, int], ...] = ()  # "the 70th and 75th anniversaries": (start, count) of those before
    tag: bool = False  # a headline's "NATO at 70:" or "#NATOat70": a later phrase that restates it is the better one
    events: tuple[Anniversary, ...] = ()  # "the anniversary of the 1994 bombing ... and 2012 bombing ...": the others


_SENTENCE_MAX = 800  # a sentence longer than this is read from its last 800 characters
_LOOK = 4000  # how far a reader looks for a line's ends; keeps each read local, the scan linear


def _line_start(text: str, pos: int) -> int:
    lo = max(0, pos - _LOOK)
    i = text.rfind("\n", lo, pos)
    return i + 1 if i >= 0 else lo


def _line_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + _LOOK)
    i = text.find("\n", pos, hi)
    return i if i >= 0 else hi


def _sentence_bounds(text: str, start: int, end: int, para: int, para_end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` as the shared splitter reads it, kept inside its paragraph."""
    s, e = sentence_at(text, start, end)
    return max(s, para), min(max(e, end), para_end)


def _trim_possessor(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Keep the noun phrase of a possessor: ``to mark the army`` -> ``the army``."""
    words = [(m.start() - span[0], m.end() - span[0]) for m in _POSS_WORD.finditer(text, span[0], span[1])]
    if not words:
        return None
    keep = len(words)
    for i in range(len(words) - 1, -1, -1):
        w = text[span[0] + words[i][0] : span[0] + words[i][1]]
        lw = w.lower()
        if i < len(words) - 1 and lw in _BREAK_WORDS:
            break
        keep = i
        if lw in _DETERMINER_WORDS:
            break
        if i < len(words) - 1 and w[:1].islower() and text[span[0] + words[i + 1][0]].isupper():
            keep = i + 1  # "mark Ukraine" -> "Ukraine"
            break
    start = span[0] + words[keep][0]
    phrase = text[start : span[1]].lower().split()
    if phrase and all(p in _TIME_WORDS or p in _DETERMINER_WORDS for p in phrase):
        return None  # "this week's anniversary": a time, not the subject
    if phrase and phrase[-1] in _DETERMINER_WORDS:
        return None
    return (start, span[1])


def _read_subject(text: str, pos: int, limit: int, *, clause: bool, strict: bool) -> tuple[int, int] | None:
    """The subject starting at *pos*: up to a boundary (lenient) or to *limit* (strict)."""
    if strict:
        end = limit
    else:
        stop = (_CLAUSE_STOP if clause else _SUBJECT_STOP).search(text, pos, min(limit, pos + _SUBJECT_MAX))
        end = stop.start() if stop is not None else min(limit, pos + _SUBJECT_MAX)
        if stop is None and end < limit:  # cut at a word boundary
            cut = text.rfind(" ", pos, end)
            end = cut if cut > pos else end
    while end > pos and text[end - 1] in " \t.":
        end -= 1
    if end <= pos:
        return None
    return (pos, end)


def _year_words(text: str, low: str, lo: int, hi: int, skip: tuple[int, int] | None) -> list[tuple[int, int, str]]:
    """Year words in ``text[lo:hi]`` as (position, years from the frame, source), in text order.

    Found with ``str.find`` on the lower-cased text, then checked by a short backwards pattern.
    """
    out = []
    i = low.find("year", lo, hi)
    while i >= 0:
        after = i + 4
        if (after >= len(low) or not low[after].isalpha()) and (i == 0 or not low[i - 1].isalpha()):
            m = _YEAR_QUALIFIER.search(text, max(lo, i - 20), i)
            if m is not None and (skip is None or not skip[0] <= m.start() < skip[1]):
                kind = m.lastgroup or "this"
                out.append((m.start(), _YEAR_DELTA[kind], _YEAR_SOURCE[kind]))
        i = low.find("year", after, hi)
    for word in _NOW_WORDS:
        j = low.find(word, lo, hi)
        while j >= 0:
            end = j + len(word)
            if (j == 0 or not low[j - 1].isalpha()) and (end >= len(low) or not low[end].isalpha()) and (
                skip is None or not skip[0] <= j < skip[1]
            ):
                out.append((j, 0, "this year"))
            j = low.find(word, end, hi)
    out.sort()
    return out


def _full_dates(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, year) of each ``Nov. 9, 2018`` / ``24 February 2022`` in ``text[lo:hi]``."""
    out = []
    for y in _YEAR4.finditer(text, lo, hi):
        if y.start() > 0 and text[y.start() - 1].isdigit():
            continue
        head = _DATE_HEAD.search(text, max(lo, y.start() - 24), y.start())
        if head is not None:
            out.append((head.start(), int(y.group(0))))
    return out


def _has_past_verb(low: str, lo: int, hi: int) -> bool:
    return any(w in _PAST_WORDS for w in _LOWER_WORD.findall(low, lo, hi))


def _counts_to_now(written: int, n: int | None, ref: int | None) -> bool:
    """Whether a year written near an anniversary of *n* years is the year of its event: counting *n*
    years on from it reaches the story's year, or the year before when the written year is not itself the
    story's (a caption's ``on Feb. 24, 2023`` dates the one-year anniversary, not the invasion)."""
    if n is None or ref is None:
        return False
    return written + n == ref or (written + n == ref - 1 and written < ref - 1)


# A year word that bounds or compares ("since last year", "from last year", "unlike last year's") dates no event.
_COMPARING = regex.compile(
    r"(?r)\b(?:since|from|than|unlike|compared\s++(?:with|to)|versus|vs\.?)\s++(?:the\s++|a\s++)?\Z", regex.IGNORECASE
)
_RELATIVE_OPENER = regex.compile(r"(?:which|that|when)\b", regex.IGNORECASE)


# A relative clause that an "in YYYY" may belong to: "who took office in 2012".
_RELATIVE_BEFORE = regex.compile(
    r"(?r)\b(?:who|which|that|whose|where|when)\b[^,;:()\u2014\u2013]*\Z", regex.IGNORECASE
)


def _frames_clause(text: str, before: regex.Match[str], sent_start: int) -> bool:
    """Whether ``in YYYY`` before the phrase dates it: in the phrase's own clause, or framing the sentence
    (``In 1940, Japan celebrated ...``, a caption's ``X in Paris in 2015, to celebrate ...``), not inside a
    relative clause of its own (``who took office in 2012, attended the 75th anniversary``)."""
    if "," not in before.group("gap"):
        return True
    at = before.start()
    return _RELATIVE_BEFORE.search(text, max(sent_start, at - 120), at) is None


_CAPTION_REACH = 160  # how far before the phrase a caption's date is read in its sentence
_PREVIOUS_REACH = 400  # how far back the sentence before is read for the year an anaphor points to
_RECURRING = regex.compile(r"\b(?:annually|every[^\S\n]++year|each[^\S\n]++year|yearly)\b", regex.IGNORECASE)
_ANAPHOR = regex.compile(r"(?:this|that|these|those|the[^\S\n]++same)\b", regex.IGNORECASE)
_ANAPHOR_BEFORE = regex.compile(r"(?r)\b(?:this|that)[^\S\n]++\Z", regex.IGNORECASE)


# "In 2005, leaders gathered in Moscow to mark the 60th anniversary ...": a year opening the sentence frames it,
# however far before the phrase; "The 2018 summit marked the 70th anniversary": the gathering's year.
_OPENING_YEAR = regex.compile(
    rf"(?:in|during|by)[^\S\n]++(?:(?:early|mid|late)[\s\-]++)?+(?:{_MONTH}\.?[^\S\n]++)?+(?P<year>[12][0-9]{{3}}),",
    regex.IGNORECASE,
)
_GATHERING_YEAR = regex.compile(
    r"""\b(?P<year>[12][0-9]{3})[^\S\n]++(?:summit|ceremon(?:y|ies)|celebrations?|parade|festival|conference|meeting
    |visit|exhibition|commemorations?|concert|gala|games|olympics|edition)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_GATHERING_REACH = 80


def _written_frame(text: str, sent_start: int, start: int, doc: Document | None) -> int | None:
    """The year a sentence-opening ``In 2005,`` or a gathering's ``the 2018 summit`` before the phrase (in its
    clause) gives the anniversary, or ``None``."""
    opening = _OPENING_YEAR.match(text, sent_start, start)
    if opening is not None and not any(mark in text[opening.end() : start] for mark in ";\u2014"):
        return int(opening.group("year"))
    if doc is None:
        return None
    found = list(_GATHERING_YEAR.finditer(text, max(sent_start, start - _GATHERING_REACH), start))
    gathering = found[-1] if found else None  # the nearest
    if gathering is not None and doc.clause_break(gathering.end(), start) is None:
        return int(gathering.group("year"))
    return None


def _anaphoric(text: str, span: Span, subject: tuple[int, int] | None) -> bool:
    """Whether the anniversary points back to an event named before: ``this anniversary``, ``the anniversary of
    this tragedy``, ``... of those protests``."""
    if subject is not None:
        return _ANAPHOR.match(text, subject[0]) is not None
    return _ANAPHOR_BEFORE.search(text, max(0, span.start - 8), span.start) is not None


def _clause_year(doc: Document, start: int, sent_end: int) -> int | None:
    """The year an ``in YYYY`` gives later in the phrase's clause (or in a clause right after it that still
    tells of it: ``, held at the embassy in 2019,``)."""
    text = doc.text
    end = sent_end
    cut = doc.clause_break(start, sent_end)
    if cut is not None:
        end = cut[0]
        rest = cut[1] + len(text[cut[1] : sent_end]) - len(text[cut[1] : sent_end].lstrip())
        if len(text[start : cut[0]].split()) <= 2 and _OF_PHRASE_OPENER.match(text, rest) is not None:
            after = doc.clause_break(rest, sent_end)
            end = after[0] if after is not None else sent_end
    found = _CLAUSE_YEAR.search(text, start, end)
    return int(found.group("year")) if found is not None else None


_GOVERNING_MAX = 8


def _governing(doc: Document, words: list[tuple[int, int, str]], span: Span, sent_start: int) -> list[
    tuple[int, int, str]
]:
    """The year words that can date the phrase: in its own clause, in the clause opening the sentence
    (``Last year, the world marked ...``) or in a relative clause after it (``..., which falls next year``);
    not a comparison (``after growth slowed from last year``, ``unlike last year's event``)."""
    text = doc.text
    out: list[tuple[int, int, str]] = []
    # the nearest first, and only a few: the caller takes the nearest, and a long run of year words stays linear
    for word in sorted(words, key=lambda w: abs(w[0] - span.start))[:_GOVERNING_MAX]:
        if out:
            break
        pos = word[0]
        if _COMPARING.search(text, max(sent_start, pos - 20), pos) is not None:
            continue
        if pos < span.start:
            if doc.clause_break(pos, span.start) is None or _frames_sentence(doc, pos, span.start, sent_start):
                out.append(word)  # in the phrase's clause, or in the clause the sentence opens with
            continue
        cut = doc.clause_break(span.end, pos)
        if cut is None:
            out.append(word)
            continue
        rest = cut[1] + len(text[cut[1] : pos]) - len(text[cut[1] : pos].lstrip())
        if _RELATIVE_OPENER.match(text, rest) is not None and doc.clause_break(rest, pos) is None:
            out.append(word)  # the relative clause right after the phrase: "..., which falls next year"
    return out


def _event_clause_year(doc: Document, low: str, lo: int, hi: int, ref: int) -> int | None:
    """The year of the event that ``text[lo:hi]``, the clauses before an anniversary's own, tells of: one year
    written (``in 1990``), or a year counted back (``last year``, ``two years ago``); not a date that opens the
    sentence and frames it (``Last year, ...``)."""
    text = doc.text
    if _YEAR4.search(text, lo, hi) is not None:
        years = {(int(y.group("year")), y.start()) for y in _YEAR_IN_SUBJECT.finditer(text, lo, hi)}
        if len({y for y, _pos in years}) == 1:
            year, pos = years.pop()
            # (a frame that a semicolon closes frames the event's clause: "In 1971, X won independence; ...")
            framing = _frames_sentence(doc, pos, hi, lo) and ";" not in text[pos:hi]
            return year if year < ref and not framing else None
        return None
    ago = low.rfind("ago", lo, hi)
    if ago >= 0:
        m = _YEARS_AGO.match(text, max(lo, ago - 60), ago + 3)
        found = _span_count(m) if m is not None and m.group("vague") is None else None
        if found is not None and not _frames_sentence(doc, found[0], hi, lo):
            return ref - found[1]  # "The coup a year ago ended a decade of reform; today marks its anniversary."
    for pos, delta, _source in reversed(_year_words(text, low, lo, hi, None)):
        if delta < 0 and not _frames_sentence(doc, pos, hi, lo):
            return ref + delta  # "The attack on March 15 last year killed 51 people; today marks its anniversary."
    return None


_FRAME_WORDS = 3  # "Last year,", "On March 15 last year,": the date is all the opening clause says after it


def _frames_sentence(doc: Document, pos: int, end: int, sent_start: int) -> bool:
    """Whether the year word at *pos* closes the clause the sentence opens with (``Last year, the world marked
    ...``), so it dates the sentence; not one inside a clause that tells of the event (``The attack on March 15
    last year killed 51 people; today marks ...``)."""
    text = doc.text
    lead = text[sent_start:pos].split()
    if doc.clause_break(sent_start, pos) is not None or len(lead) > _FRAME_WORDS + 1 or (
        lead and lead[0].lower() not in ("the", "past") and _FRAME_OPENER.match(lead[0]) is None
    ):
        return False  # ("Bangladesh won independence in 1971;": a clause of its own, not a frame)
    cut = doc.clause_break(pos, end)
    return cut is not None and len(text[pos : cut[0]].split()) <= _FRAME_WORDS


# A clause that tells of the event itself: "the attack, which took place last year".
_EVENT_CLAUSE = regex.compile(r"\b(?:which|that|when)\b")


def _dated_words(doc: Document, lo: int, hi: int, subject: tuple[int, int] | None, ref: int) -> list[
    tuple[int, int, str]
]:
    """The relative dates of ``text[lo:hi]`` as the document resolves them (``next month``, ``in March``,
    ``Saturday``), as (position, years from the reference, source); not those inside the subject: they date
    the event."""
    out = []
    for mention in doc.dates_between(lo, hi):
        if mention.kind not in _RELATIVE_KINDS:
            continue
        start = mention.span.start
        if subject is not None and subject[0] <= start < subject[1] and not (
            mention.kind in ("month", "month_day") and mention.span.end >= subject[1] - 1
        ):
            continue  # a date inside the subject dates the event, unless it closes it: "... the war in October"
            # falls on the anniversary's own month and day, so its year is the anniversary's
        value = mention.value
        year = _week_year(doc, mention) if value.week is not None else value.year
        out.append((start, year - ref, "date"))
    return out


def _week_year(doc: Document, mention: TimeMention) -> int:
    """The year most days of a week fall in (``next week`` in a 28 December story is next year's); of the
    story's own week, the story's year, but ``later this week`` counts only the days after the story's
    (``earlier this week`` those before): in a Monday 31 December story it is next year's."""
    first = mention.value.first_day
    said = doc.text[mention.span.start : mention.span.end].lower()
    reference = doc.reference
    if mention.kind == "weekend":
        # "this weekend" in a Tuesday 31 December story: its Saturday and Sunday, next year's
        days = [first + dt.timedelta(days=5), first + dt.timedelta(days=6)]
        years = [d.year for d in days]
        return max(set(years), key=lambda year: (years.count(year), year))
    days = [first + dt.timedelta(days=i) for i in range(7)]
    if reference is not None and first <= reference.date < first + dt.timedelta(days=7):
        if not said.startswith(("later", "earlier")):
            return reference.date.year  # "this week marks ...": the story's own week and year
        after = said.startswith("later")
        days = [d for d in days if (d > reference.date if after else d < reference.date)] or (
            # said on the Sunday that closes an ISO week, "later this week" is the week that starts (as a week
            # that runs from Sunday, the US's, counts it); "earlier this week" on a Monday, the one just gone
            [reference.date + dt.timedelta(days=i if after else -i) for i in range(1, 7)]
        )
    years = [d.year for d in days]
    return max(set(years), key=lambda year: (years.count(year), year))  # (a tie: the later year)


_OPENING_WORDS = 4  # "Last month,", "On Tuesday,", "In early October,"
_RELATIVE_KINDS = frozenset({"weekday", "month_day", "month", "deictic_day", "week", "weekend", "part"})
# A cheap look (on the fold) for a word a relative date needs, before the date rules read the sentence;
# only this far either side of the phrase (a date further away in a long sentence tells of something else).
_DATE_REACH = 150
_DATE_HINT = regex.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow"
    r"|yesterday|week|month|spring|summer|autumn|fall|winter)"
)


def _resolve_year(
    text: str, low: str, *, head: Head, span: Span, subject: tuple[int, int] | None, ref: int | None,
    doc: Document | None = None,
    bounds: tuple[int, int, int],
) -> tuple[int | None, int | None, str | None]:
    """(year, base_year, year_source) for one anniversary."""
    sent_start, sent_end, para = bounds
    n = head.ordinal
    subject_year = None
    frame_from = max(para, sent_start - _SENTENCE_MAX)
    # one quick scan: without a four-digit number nearby, no explicit year can apply
    digits = _YEAR4.search(text, frame_from, sent_end) is not None
    if subject is not None and ref is not None and text.startswith(("'", "\u2019"), subject[0]):
        short = _SHORT_YEAR.match(text, subject[0], subject[1])
        if short is not None:  # "Thirty years after '89": the last year ending in 89, by the story's
            yy = int(short.group("yy"))
            subject_year = ref - (ref - yy) % 100
    if subject is not None and digits:
        ys = _YEAR_IN_SUBJECT.search(text, subject[0], subject[1])
        if ys is not None:
            subject_year = int(ys.group("year"))
            closing = _SUBJECT_END_YEAR.search(text, max(subject[0], subject[1] - 24), subject[1])
            if (closing is not None and n is not None and ref is not None and subject_year + n > ref + 1
                    and int(closing.group("year")) == subject_year and subject_year <= ref):
                # "the 30th anniversary of the fall of the Wall in November 2019" (a 2020 story): the year the
                # anniversary was marked, not that of the event
                return subject_year, subject_year - n, "explicit"
        # endpos bounds the match: without it `regex` scans the rest of the text for the pattern's '('
        life = _LIFESPAN.match(text, subject[1], subject[1] + _LIFESPAN_REACH)
        if subject_year is None and life is not None:
            died = event_of(text[subject[0] : subject[1]]) == "death"
            subject_year = int(life.group("died" if died else "born"))
        paren = _PAREN_YEAR.match(text, subject[1], subject[1] + 12) if subject_year is None else None
        if paren is not None and (ref is None or int(paren.group("year")) < ref):
            subject_year = int(paren.group("year"))  # "the Islamic Revolution (1979)": the event's year
        aside = _EVENT_YEAR_AFTER.match(text, subject[1], subject[1] + 80) if subject_year is None else None
        if aside is not None:
            aside_year = int(aside.group("year"))
            if (ref is None or aside_year < ref) and (n is None or ref is None or aside_year + n <= ref + 1):
                subject_year = aside_year  # "the Marshall Plan, launched in 1947,": the event's year
    if subject_year is None and digits:
        # "USAID, founded in 1961, ...": the event's year, written before the phrase in its sentence
        event_year = None
        for found in _EVENT_YEAR_BEFORE.finditer(text, sent_start, span.start):
            event_year = int(found.group("year") or found.group("year2"))
        if event_year is not None and (n is None or ref is None or event_year + n <= ref + 1):
            subject_year = event_year
    if n is None and subject_year is None and digits and sent_start > para and _anaphoric(text, span, subject):
        # "In May 1945, the army liberated the city. ... this anniversary": the year the sentence before gives
        prev_lo = max(para, sent_start - _PREVIOUS_REACH, sentence_at(text, sent_start - 1)[0])
        years = {int(y.group("year")) for y in _YEAR_IN_SUBJECT.finditer(text, prev_lo, sent_start)}
        if len(years) == 1 and (ref is None or min(years) < ref):
            subject_year = years.pop()
    if n is None and subject_year is None and doc is not None and ref is not None and (
        subject is None or _anaphoric(text, span, subject)
    ):
        # "The bombing on this day in 1990 killed 30 people; we mark its anniversary today": a clause before the
        # phrase's tells of the event, and its year is the event's
        clause_lo = doc.clause_at(span.start, span.end)[0]
        if clause_lo > sent_start:
            subject_year = _event_clause_year(doc, low, sent_start, clause_lo, ref)
    if n is None and _RECURRING.search(
        text, max(sent_start, span.start - _DATE_REACH), min(sent_end, span.end + _DATE_REACH)
    ) is not None:
        return None, subject_year, "recurring"  # "celebrate this anniversary annually": no one year
    if head.vague:
        return None, subject_year, None
    if digits and _FISCAL.search(text, sent_start, sent_end) is not None:
        return None, None, None  # "1986/87 dividend ... to mark 80th anniversary": which year?

    def done(year: int | None, source: str | None) -> tuple[int | None, int | None, str | None]:
        if year is None:
            return None, subject_year if n is None else None, source
        base = year - n if n is not None else subject_year
        return year, base, source

    # 1. an explicit year next to the phrase
    if digits:
        before_from = max(sent_start, span.start - 60)
        # both branches hold a four-digit year: without one in the window, skip the backwards search
        before = (
            _IN_YEAR_BEFORE.search(text, before_from, span.start)
            if _YEAR4.search(text, before_from, span.start) is not None
            else None
        )
        if before is not None and before.group("copula") is not None:
            return done(int(before.group("copula")), "explicit")  # "2006 will be the 15th anniversary"
        if (before is not None and "." not in before.group("gap") and ";" not in before.group("gap")
                and ", and " not in before.group("gap") and ", but " not in before.group("gap")
                and int(before.group("year")) != subject_year and _frames_clause(text, before, sent_start)):
            written = int(before.group("year"))
            if n is not None and _counts_to_now(written, n, ref):
                # "established relations with Fiji in 1971 and celebrated 50 years of relations": the event's
                return done(written + n, "explicit")
            return done(written, "explicit")
        if before is None:
            written_at = _written_frame(text, sent_start, span.start, doc)
            if written_at is not None and written_at != subject_year and (
                ref is None or written_at <= ref + _AHEAD_MAX
            ):
                if n is not None and _counts_to_now(written_at, n, ref):
                    return done(written_at + n, "explicit")
                return done(written_at, "explicit")
        if before is None and ref is not None:
            # "In a file photo taken on Sept 3, 2015, soldiers march at a parade marking the 70th anniversary":
            # a caption's full date earlier in the sentence, outside a relative clause of its own
            dated = _full_dates(text, max(sent_start, span.start - _CAPTION_REACH), span.start)
            if dated and _RELATIVE_BEFORE.search(text, max(sent_start, dated[-1][0] - 120), dated[-1][0]) is None:
                written = dated[-1][1]
                if written != subject_year and written < ref:
                    if n is not None and _counts_to_now(written, n, ref):
                        return done(written + n, "explicit")  # "On Feb. 24, 2022, ... today's 2nd anniversary"
                    return done(written, "explicit")
        tail_from = max(span.end, subject[1] if subject is not None else span.end)
        after = _DATE_AFTER.match(text, tail_from, sent_end)
        explicit = int(after.group("year")) if after is not None else None
        if explicit is None:
            # a dated caption: "..., in Phnom Penh, Cambodia, on Nov. 9, 2018."
            captions = _full_dates(text, tail_from, sent_end)
            if captions:
                explicit = captions[0][1]
        if explicit is None and doc is not None:
            explicit = _clause_year(doc, tail_from, sent_end)
        if explicit is not None and explicit == subject_year and n is not None:
            explicit = None  # "its independence, won on Jan 1, 1956": the event's year, read above
        if after is not None and after.group("verb") is not None and explicit is not None:
            return done(explicit, "explicit")  # "the Republic's 75th anniversary falls in 2024"
        if explicit is not None and n is not None and _counts_to_now(explicit, n, ref):
            return done(explicit + n, "explicit")  # "the 40th anniversary of the coup in 1980"
        if (explicit is not None and n is None and ref is not None and explicit < ref - 1
                and subject_year in (None, explicit)):
            # "the anniversary of the liberation of Auschwitz in 1945": the year of the event, well before
            # the story; the anniversary's own year is read below
            subject_year = explicit
        elif explicit is not None and (ref is None or explicit <= ref + _AHEAD_MAX):
            return done(explicit, "explicit")
    # 2. a year in the subject and a count: "the five-year anniversary of the 2018 shooting"
    if subject_year is not None and n is not None and (ref is None or subject_year + n <= ref + _AHEAD_MAX):
        return done(subject_year + n, "subject")
    # the frame: a dated caption earlier in the paragraph sets "this year"
    frame = ref
    frame_source = "reference"
    if digits:
        for _pos, year in _full_dates(text, frame_from, sent_start):
            frame = year
            frame_source = "frame"
        if frame_source == "frame" and frame is not None and n is not None and _counts_to_now(frame, n, ref):
            # "On May 14, 2018, the embassy opened. ... today's two-year anniversary": the dated sentence
            # tells of the event, not of the anniversary
            return done(frame + n, "frame")
        if frame_source == "frame" and frame is not None and n is None and ref is not None and frame < ref:
            # "On April 25, 2016, an earthquake struck. On the anniversary of this tragedy, ...": the same
            # (story's) year would make no anniversary; the dated sentence tells of the event
            if subject_year is None:
                subject_year = frame
            frame, frame_source = ref, "reference"
    # 3. a year word in the sentence, the nearest one that dates the phrase's clause
    words = _year_words(text, low, sent_start, sent_end, subject)
    if words and doc is not None:
        words = _governing(doc, words, span, sent_start)
    near_lo, near_hi = max(sent_start, span.start - _DATE_REACH), min(sent_end, span.end + _DATE_REACH)
    if not words and doc is not None and ref is not None and frame_source == "reference" and _DATE_HINT.search(
        low, near_lo, near_hi
    ):
        # "Next month marks the 75th anniversary" in December: without a year word, the year of the date
        # named near the phrase in its clause (not a dateline's "Jan. 2 (Yonhap) --" before it)
        clause_lo, clause_hi = doc.clause_at(span.start, span.end)
        opening = doc.clause_at(sent_start)
        if opening[1] < clause_lo and len(text[opening[0] : opening[1]].split()) <= _OPENING_WORDS:
            clause_lo = opening[0]  # "Last month, the country celebrated ...": an opening date frames the sentence
        words = _dated_words(doc, max(near_lo, clause_lo), min(near_hi, max(clause_hi, span.end)), subject, ref)
    if words and frame is not None:
        pos, delta, source = min(words, key=lambda w: abs(w[0] - span.start))
        if n is None and subject_year is None and pos > span.end and _EVENT_CLAUSE.search(text, span.end, pos):
            # "the anniversary of the attack, which took place on March 15 last year": the event's year
            subject_year = frame + delta
            return done(frame, frame_source)
        return done(frame + delta, source)
    # 4. the context: a past-tense commemoration after a paragraph about "the past year"
    if frame is not None and _has_past_verb(low, sent_start, span.start):
        floor = max(0, sent_start - 3 * _SENTENCE_MAX)
        prev_para = _line_start(text, max(0, para - 1))
        while prev_para > floor and text[prev_para:para].strip() == "":  # skip blank lines
            prev_para = _line_start(text, prev_para - 1)
        lo = max(prev_para, floor)
        earlier = _year_words(text, low, lo, sent_start, None)
        if earlier:
            _pos, delta, _source = earlier[-1]
            return done(frame + delta, "context")
    if frame is None:
        return done(None, None)
    if frame_source == "reference" and subject is not None and doc is not None:
        shift = _event_day_shift(doc, span, subject)
        if shift:
            return done(frame + shift, "date")
    return done(frame, frame_source)


# The event's month and day named in the subject: "the March 1 Movement", "the September 11 attacks".
_SUBJECT_DAY = regex.compile(
    rf"\b(?P<month>{_MONTH})\.?[^\S\n]++(?P<day>[0-9]{{1,2}}+)(?:st|nd|rd|th)?+\b(?![,/:]?[0-9])", _I
)


def _event_day_shift(doc: Document, span: Span, subject: tuple[int, int]) -> int:
    """+1 when a story looks ahead to the anniversary of an event whose day has passed this year (``plans to
    mark the anniversary of the March 1 Movement`` in November: next March), -1 when it tells of one whose day
    is still to come (``marked the anniversary of the September 11 attacks`` in February: last September)."""
    text = doc.text
    reference = doc.reference
    if reference is None or not any(c.isdigit() for c in text[subject[0] : subject[1]]):
        return 0
    found = _SUBJECT_DAY.search(text, subject[0], subject[1])
    if found is None:
        return 0
    month = MONTHS.get(found.group("month").lower().rstrip("."))
    day = int(found.group("day"))
    if month is None or not 1 <= day <= 31:
        return 0
    try:
        gap = (dt.date(reference.date.year, month, day) - reference.date).days
    except ValueError:  # "February 30"
        return 0
    if abs(gap) <= _DAY_SLACK:
        return 0  # the day itself, or a post dated a day late in UTC: the story's year
    tense = doc.tense_at(span.start, span.end)
    if tense == "future" and gap < 0:
        return 1
    if tense == "past" and gap > 0:
        return -1
    return 0


_DAY_SLACK = 14  # days either side of the event's day that stay in the story's year


def _accept_named(text: str, head: Head) -> bool:
    """``Centennial Park`` and ``American Centennial`` are names; ``the centenary of ...`` is not."""
    if _OF_AHEAD.match(text, head.end) is not None or _HAPPY.search(text, max(0, head.start - 8), head.start):
        return True  # "the centenary of ...", "Happy Diamond Jubilee, Your Majesty!"
    if _CELEBRATION_NOUN.match(text, head.end) is not None:
        return True  # "The Armistice Centennial Commemoration", "the Centennial Celebrations"
    if _CAPITALISED.match(text, head.end) is not None:
        return False  # "Centennial Park", "Golden Jubilee Bridge", "Centennial Journal"
    if head.possessor is not None:
        return True
    if text[head.start].isupper():
        prev = _PREVIOUS_WORD.search(text, max(0, head.start - 40), head.start)
        if prev is not None and prev.group("w")[:1].isupper() and not (
            prev.group("w") == "The" and " " in text[head.start : head.end]
        ):
            return False  # "American Centennial will ..." ("The Platinum Jubilee weekend" is no name)
    return True


_PREVIOUS_WORD = regex.compile(r"(?r)(?P<w>[\w.\-]++)[^\S\n]++\Z")
_HAPPY = regex.compile(r"(?r)\bhappy[^\S\n]++\Z", regex.IGNORECASE)
_CELEBRATION_NOUN = regex.compile(
    r"[^\S\n]++(?:Celebrations?|Commemorations?|Festivities|Ceremon(?:y|ies)|Observances?)\b", regex.IGNORECASE
)
_NAMED_WORD = regex.compile(r"(?r)\w++\Z")
_DATE_WORD = regex.compile(r"[^\S\n]++date\b")


_SINCE_ALONE_LEAD = regex.compile(
    r"(?r)\b(?:marks?|marked|(?:it|that)(?:['’]s|[^\S\n]++(?:has|had|will))?[^\S\n]++(?:been|be|is|was))[^\S\n]++\Z",
    regex.IGNORECASE,
)


def _read_one(
    text: str, low: str, pos: int, *, literal: str, candidates: tuple[Rule[Head], ...], ref: int | None,
    strict: bool, doc: Document | None = None,
) -> _Found | None:
    """Read the anniversary whose trigger literal sits at *pos*, or ``None``."""
    tagged = None
    if pos > 0 and low[pos - 1].isalpha() and literal not in ("centen", " at ", "'s"):
        tagged = _TAG_ANNIV.search(text, max(0, pos - 8), pos) if literal == "anniv" else None
        if tagged is None:
            return None  # inside another word ("bicentenary" is read from its own trigger)
    word_end = pos + len(literal)
    if literal[-1].isalpha():
        m_end = _WORD_END.match(text, word_end)
        word_end = m_end.end() if m_end is not None else word_end
    lw = low[pos:word_end]
    if literal == "anniv":
        if lw == "anniv":
            word_end += text.startswith(".", word_end)  # "15th anniv." and "25th anniv"
        elif lw not in ("anniversary", "anniversaries"):
            return None
    if literal.endswith(" day") and lw != literal:
        return None
    if literal == "centen":
        m_named = _NAMED_WORD.search(low, max(0, pos - 20), word_end)
        if m_named is None or (m_named.group(0) not in NAMED_ORDINALS and m_named.group(0) not in _NAMED_PLURALS):
            return None
    if literal in ("jubilee", "birthday", "bday", "b-day", "commemoration") and lw != literal:
        return None
    if (literal.endswith(("since", "after", " of", "ago", " on", "later")) and word_end < len(text)
            and text[word_end].isalnum()):
        return None
    head: Head | None = None
    if tagged is not None:  # "#50thAnniversary"
        candidates = ()
        tag_count = cardinal_value(tagged.group("num"))
        if tag_count is not None and tag_count >= 1 and low.startswith("anniversary", pos):
            head = Head(tagged.start(), word_end, tag_count)
    elif literal == "turn":
        head = _turns_head(text, pos)
    elif literal in (" at ", "#"):
        head = _at_head(text, pos)
    elif literal == "'s":
        head = _owned_count_head(text, pos)
    elif literal == "happy ":
        head = _happy_head(text, pos)
    elif literal in ("#happy", "#mark"):
        head = _tag_head(text, pos, pos)
    elif literal == "#years":
        head = _years_of_tag_head(text, pos)
    elif literal == "and the":
        head = _elided_head(text, low, pos)
    elif literal in _GREETINGS:
        head = _on_this_day_head(text, pos)
    for rule in candidates:
        # Every head rule reads backwards and ends in \Z (tests hold them to it): anchored at the trigger's end,
        # a match is the one search would find, without trying and failing at the 120 starts before it.
        m = rule.pattern.match(text, max(0, pos - 120), word_end)
        if m is None:
            continue
        head = rule.produce(m)
        if head is not None:
            break
    if head is None and literal == "birthday" and not strict:
        head = _tag_head(text, pos, word_end)  # "Happy birthday #ADA32!"
    if head is None or not head.yearly:
        return None
    if head.possessor is not None and not (
        head.relation == "turns" and _JOINED_NAME.fullmatch(text, *head.possessor) is not None
    ):  # (a name already read whole keeps its small words: "Pride in London at 50")
        head = attrs.evolve(head, possessor=_trim_possessor(text, head.possessor))
    if (literal == "anniv" and head.ordinal is None and text[pos].isupper()
            and _OF_AHEAD.match(text, head.end) is None and _CAPITALISED.match(text, head.end) is not None
            and _HAPPY.search(text, max(0, pos - 8), pos) is None and _CELEBRATION_NOUN.match(text, head.end) is None):
        return None  # "the Anniversary Ball committee": a name ("Happy Anniversary USAID!" is not)
    # lower case: no name; capitalised, read by _produce_named_jubilee
    bare_jubilee = literal == "jubilee" and head.ordinal is None
    if (literal in ("centen", "jubilee") or head.named) and not bare_jubilee and not _accept_named(text, head):
        return None
    para = _line_start(text, head.start)
    para_end = _line_end(text, word_end)
    limit = para_end
    # the tail
    subject: tuple[int, int] | None = None
    end = head.end
    recurring = False
    if head.relation == "anniversary":
        tail = _AFTER_ANNIV.match(text, head.end, limit)
        if tail is not None:
            recurring = tail.group("date") is not None
            subject = _read_subject(text, tail.end(), limit, clause=tail.group("rel").lower() == "since",
                                    strict=strict)
            if subject is not None:
                end = subject[1]
            elif recurring:
                end = tail.start("rel") - 1
        else:
            dm = _DATE_WORD.match(text, head.end, limit)
            if dm is not None:
                recurring = True
                end = dm.end()
    elif head.relation == "ago":
        # "78 years ago, the United Nations came into being": the event is the clause that follows
        gap = _AGO_TAIL.match(text, head.end, limit)
        subject = _read_subject(text, gap.end(), limit, clause=True, strict=strict) if gap is not None else None
    elif head.relation == "turns":
        pass  # the institution before the verb is the subject (the possessor)
    elif (head.relation == "since" and head.ordinal is not None and text[head.end : head.end + 1] in (".", "!")
          and _SINCE_ALONE_LEAD.search(text, max(0, head.start - 24), head.start) is not None):
        pass  # "Russia invaded on February 24, 2022. Today marks one year since.": the event is the sentence before
    else:
        gap = _AFTER_SINCE.match(text, head.end, limit)
        if gap is None:
            return None
        subject = _read_subject(text, gap.end(), limit, clause=head.relation == "since", strict=strict)
        if subject is None:
            return None
        end = subject[1]
    start = head.start
    also: tuple[tuple[int, int], ...] = ()
    if head.ordinal is not None and text.endswith("ies", 0, head.end):
        coordinated = _COORDINATED.search(text, max(0, head.start - 60), head.start)
        if coordinated is not None:  # "the 70th and 75th anniversaries": one anniversary per count
            counts = [(o.start(), ordinal_value(o.group(0))) for o in _ORDINAL_WORD.finditer(
                text, coordinated.start("list"), coordinated.end("list"))]
            also = tuple((at, c) for at, c in counts if c is not None and c >= 1)
    if subject is None and head.possessor is not None:
        subject = head.possessor
        start = min(start, subject[0])
    sent_start, sent_end = _sentence_bounds(text, start, end, para, para_end)
    if (subject is None and head.modifier is not None and low.startswith("anniv", pos)
            and event_of(head.modifier) is not None):
        at = low.rfind(head.modifier, head.start, pos)  # "the 70th founding anniversary": the modifier word
        if at >= 0:
            subject = (at, at + len(head.modifier))
    if subject is None and not strict:
        its = _ITS.search(text, max(sent_start, start - 8), start)
        if its is not None:
            subject = _owner(text, its.start(), sent_start)
    if head.ordinal is None and head.relation == "anniversary" and not strict:
        # "For 61 years USAID has worked with partners ... Happy anniversary.": the count said just before
        count = _COUNT_BEFORE.search(text, max(para, start - _COUNT_REACH), start)
        if count is None:
            # "Today marks #ADA32, the anniversary of ...": a hashtag's number in the sentence, or in the tags
            # that close a post ("Happy anniversary! #PeaceCorps65")
            count = _COUNT_TAG.search(text, sent_start, min(para_end, sent_end + _TAG_REACH))
        if count is not None:
            n = cardinal_value(count.group("card"))
            if n is not None and n >= 1:
                head = attrs.evolve(head, ordinal=n)
    if head.ordinal is None and head.base is not None and ref is not None and not strict:
        # "#OTD in 1989, the Berlin Wall fell. #FallOfTheWall30": a tag that counts the years to now restates it
        count = _COUNT_TAG.search(text, sent_start, min(para_end, sent_end + _TAG_REACH))
        if count is not None and cardinal_value(count.group("card")) == ref - head.base:
            head = attrs.evolve(head, ordinal=ref - head.base)
    span = Span(start, end)
    year: int | None
    base: int | None
    source: str | None
    if recurring:
        year, base, source = None, None, "recurring"
    elif head.base is not None:
        if head.ordinal is not None and ref is not None and head.base + head.ordinal != ref:
            return None  # "In 1990 he left. Fifteen years later, he returned.": a story told, not a count to now
        # "#OTD in 1945": the story's year is the anniversary's, the year written the event's
        year, base, source = (ref, head.base, "reference") if ref is None or head.base < ref else (None, None, None)
    else:
        year, base, source = _resolve_year(text, low, head=head, span=span, subject=subject, ref=ref, doc=doc,
                                           bounds=(sent_start, sent_end, para))
    # A year the model cannot hold (the 2026th anniversary in 2026 falls in year 0) is left unset, not made up;
    # the note says why.
    notes: list[Note] = []
    if year is not None and (note := Note.for_year("year", span, year)) is not None:
        year = None
        notes.append(note)
    if base is not None and (note := Note.for_year("base_year", span, base, "base year")) is not None:
        base = None
        notes.append(note)
    if head.ordinal is None and (other := _OTHER_DIGITS_BEFORE.search(text, max(0, start - 24), start)):
        notes.append(Note.for_digits("ordinal", Span(other.start(1), other.end(1)), other.group(1)))
    parts: list[tuple[tuple[int, int] | None, int | None]] = [(subject, base)]
    if head.ordinal is None and subject is not None and year is not None and not strict:
        parts = _events(text, subject, year) or parts
    read = tuple(
        Anniversary(
            span=Span(start, end if i == len(parts) - 1 or part is None else part[1]),
            ordinal=head.ordinal,
            subject=text[part[0] : part[1]] if part is not None else None,
            subject_span=Span(*part) if part is not None else None,
            event=event_of(text[part[0] : part[1]] if part is not None else None, head.modifier),
            year=year,
            base_year=part_base,
            year_source=source,
            notes=tuple(notes),
        )
        for i, (part, part_base) in enumerate(parts)
    )
    return _Found(read[0], also, tag=literal in (" at ", "#", "#happy", "#mark", "#years") or tagged is not None,
                  events=read[1:])


# "the anniversary of Hizballah's 1994 bombing of ... and 2012 bombing of ...": one phrase, two dated events.
_AND_YEAR = regex.compile(
    r"[^\S\n]++and[^\S\n]++(?=(?:(?:the|its|their|[\w\-]++['’]s)[^\S\n]++)?+[12][0-9]{3}\b)"
)


def _events(text: str, subject: tuple[int, int], year: int) -> list[tuple[tuple[int, int] | None, int | None]] | None:
    """The events of a subject that joins two dated ones with ``and``, each with its year, or ``None``."""
    if not any(c.isdigit() for c in text[subject[0] : subject[1]]):
        return None
    joint = _AND_YEAR.search(text, subject[0], subject[1])
    if joint is None:
        return None
    first = _YEAR_IN_SUBJECT.search(text, subject[0], joint.start())
    second = _YEAR_IN_SUBJECT.search(text, joint.end(), min(subject[1], joint.end() + 24))
    if first is None or second is None:
        return None
    years = int(first.group("year")), int(second.group("year"))
    if years[0] == years[1] or max(years) >= year:
        return None
    return [((subject[0], joint.start()), years[0]), ((joint.end(), subject[1]), years[1])]


def _hits(low: str) -> list[tuple[int, str, tuple[Rule[Head], ...]]]:
    hits = []
    find: Callable[[str, int], int] = low.find
    for literal, candidates in _TRIGGERS:
        i = find(literal, 0)
        while i >= 0:
            hits.append((i, literal, candidates))
            i = find(literal, i + 1)
    # "NATO at 70:", "#NATOat70": a digit must follow, checked here so that common words cost one comparison
    # (single characters: the quickest scans; the " at " before a colon or dash is looked for backwards)
    i = find("#", 0)
    while i >= 0:
        if "at" in low[i + 3 : i + 40]:
            hits.append((i, "#", ()))
        if low.startswith(_TAG_GREETINGS, i):  # "#OTD in 1945", "#OnThisDay in 1969"
            hits.append((i, "#otd", ()))
        elif low.endswith("happy ", 0, i):  # "Happy #NATO75!"
            hits.append((i, "#happy", ()))
        elif low[i + 1 : i + 2].isdigit() and "yearsof" in low[i + 2 : i + 10]:
            hits.append((i, "#years", ()))  # "#50YearsOfASEAN"
        elif low.endswith(_TAG_VERBS, 0, i) and _ROUND_TAG.match(low, i) is not None:
            hits.append((i, "#mark", ()))  # "we celebrate #UN75", "Today marks #ADA32"
        i = find("#", i + 1)
    # "NATO at 70: ...", "The Good Friday Agreement at 25" closing a headline, "The UN at 75 faces ...": a digit
    # must follow " at " (what follows the number is _at_head's to judge)
    i = find(" at ", 0)
    while i >= 0:
        if low[i + 4 : i + 5].isdigit():
            hits.append((i, " at ", ()))
        i = find(" at ", i + 4)
    # A count in digits with an ordinal's suffix, then a look at the words around it: "NATO's 75th", "its 75th",
    # "Happy 70th, NATO!", "70th bday" (one pass for all of them: they are rare, and each literal scan costs)
    for m in _ORDINAL_DIGITS.finditer(low):
        if low[m.end() : m.end() + 1].isalnum() and not low.startswith("yrs", m.end() - 2):
            continue  # "4three", "20 yrsx": not an ordinal's suffix, not "yrs"
        if low.endswith("yr", 0, m.end()):
            i = m.end() - 2
            tail = _UNIT_TAIL.match(low, m.end())
            if tail is not None:
                hits.append((i, low[i : tail.end()], _RELATION_RULES[tail.group("rel")]))
            continue
        start = m.start()
        while start > 0 and (low[start - 1].isdigit() or low[start - 1] == ","):
            start -= 1
        if low.endswith(("'s ", "\u2019s "), 0, start):
            hits.append((start - 3, "'s", ()))
        for pronoun in ("its ", "our ", "their "):
            at = start - len(pronoun)
            if low.startswith(pronoun, at) and at >= 0 and not low[at - 1 : at].isalpha():
                hits.append((at, "'s", ()))
        if low.endswith("happy ", 0, start):
            hits.append((start - 6, "happy ", ()))
        if low.endswith("and the ", 0, start) and low.startswith(" of ", m.end()):
            hits.append((start, "and the", ()))  # "the 30th anniversary of X and the 75th of the UN"
        for word in ("bday", "b-day"):
            if low.startswith(word, m.end() + 1) and low[m.end()] == " ":
                hits.append((m.end() + 1, word, (_R_BIRTHDAY,)))
    # "the 55th National Day", "On this day in 1950": one scan for " day", then a look at the word before it
    i = find(" day", 0)
    while i >= 0:
        for word in _FOUNDING_DAY_WORDS:
            if low.endswith(word, max(0, i - len(word)), i):
                hits.append((i - len(word), low[i - len(word) : i + 4], (_R_DAY,)))
        if low.endswith("on this", max(0, i - 7), i):
            hits.append((i - 7, "on this da", ()))
        i = find(" day", i + 1)
    # the "<span> since|after|of|ago|on" triggers: one scan per unit word, then a look at what follows it
    for unit in _UNIT_WORDS:
        i = find(unit, 0)
        while i >= 0:
            tail = _UNIT_TAIL.match(low, i + len(unit))
            if tail is not None:
                hits.append((i, low[i : tail.end()], _RELATION_RULES[tail.group("rel")]))
            elif unit != "centur" and _COUNT_END.match(low, i + len(unit)) is not None:
                hits.append((i, low[i : i + len(unit)], (_R_CELEBRATED_COUNT,)))
            i = find(unit, i + 1)
    hits.sort(key=lambda h: h[0])
    return hits


_GREETINGS = ("happy ", "#otd", "on this da")
# Verbs before a tag that counts an institution's years: "we celebrate #UN75".
_TAG_VERBS = (
    "celebrate ", "celebrates ", "celebrating ", "commemorate ", "commemorates ", "commemorating ", "mark ", "marks ",
    "marking ",
)
# A tag whose count is round (a multiple of five), not a numbered gathering's: "#UN75", not "#COP26", "#UNGA75".
_ROUND_TAG = regex.compile(r"#(?!(?:unga|cop|g|sdg|hrc|csw|wha|chogm)[0-9])[a-z]{2,}+[1-9][0-9]?[05](?![\w])")
_TAG_GREETINGS = ("#otd", "#onthisday", "#thisdayinhistory")
# an ordinal in digits ("75th") or a count of years as posts write it ("30 yrs"): one scan for both
_ORDINAL_DIGITS = regex.compile(r"[0-9](?:st|nd|rd|th|[^\S\n]yr)")
_MERGE_WINDOW = 600
_ORDINAL_WORD = regex.compile(ORDINAL, regex.IGNORECASE)
_COORDINATED = regex.compile(
    rf"(?r)(?P<list>(?:{ORDINAL}[^\S\n]*+,[^\S\n]*+)*+{ORDINAL}),?+[^\S\n]++(?:and|&)[^\S\n]++\Z", regex.IGNORECASE
)


def _each(found: _Found) -> tuple[Anniversary, ...]:
    """The anniversary read, preceded by those its phrase coordinates (``the 70th and 75th anniversaries``):
    each spans from its own count to the phrase's end; one subject, one year, a base year each."""
    a = found.anniversary
    others = tuple(
        attrs.evolve(a, span=Span(at, a.span.end), ordinal=n,
                     base_year=a.year - n if a.year is not None and a.year - n >= 1 else None)
        for at, n in found.also
    )
    return (*others, a, *found.events)


def _merge(text: str, found: list[_Found]) -> tuple[Anniversary, ...]:
    """One anniversary named twice close together in a paragraph is one anniversary."""
    kept: list[_Found] = []
    for f in found:
        a = f.anniversary
        if kept and kept[-1].anniversary.span.end > a.span.start:
            continue  # overlaps the one just read
        dup = None
        for i in range(len(kept) - 1, -1, -1):
            k = kept[i]
            b = k.anniversary
            if a.span.start - b.span.start > _MERGE_WINDOW or "\n" in text[b.span.start : a.span.start]:
                break
            if a.ordinal is None or b.ordinal is None or (a.ordinal == b.ordinal and a.year == b.year):
                dup = i
        if dup is None:
            kept.append(f)
            continue
        if (kept[dup].anniversary.ordinal is None and a.ordinal is not None) or (kept[dup].tag and not f.tag):
            kept[dup] = f  # the mention with a number, or a phrase rather than a tag, is the better one
    return tuple(a for k in kept for a in _each(k))


def find_anniversaries(text: str, *, published: dt.date | None = None) -> tuple[Anniversary, ...]:
    """Every anniversary in running text, in text order. Never raises on a ``str``.

    Args:
        text: any text, e.g. a whole article.
        published: the story's date; without it a ``date YYYY-MM-DD`` header at the top is
            used, and without either the year stays ``None`` unless the text fixes it.

    Returns:
        The anniversaries found, each with its span, ordinal, subject, year and base year.

    >>> import datetime as dt
    >>> [a] = find_anniversaries("This year marks the 30th anniversary of the treaty.",
    ...                          published=dt.date(2026, 2, 5))
    >>> (a.ordinal, a.subject, a.year, a.base_year, a.year_source)
    (30, 'the treaty', 2026, 1996, 'this year')
    """
    require_text(text, "find_anniversaries")
    published = require_optional_date(published, "find_anniversaries")
    return anniversaries_in(Document.build(text, published))


def anniversaries_in(doc: Document) -> tuple[Anniversary, ...]:
    """Every anniversary in a :class:`~diplomacy_model.text.Document`, its year counted from the document's
    reference date: :func:`find_anniversaries` on a text already read.

    >>> [a] = anniversaries_in(Document.build("date 2026-02-05 The 30th anniversary of the treaty."))
    >>> (a.ordinal, a.year, a.base_year)
    (30, 2026, 1996)
    """
    return _anniversaries(doc, _PIECE)


# A text longer than this is read piece by piece, each piece with this much of the text either side of it: every
# reader looks far less far (a line's ends, _LOOK; a sentence, 600 characters either side), so each trigger is read
# as in the whole text, while the fold (a copy of the text, twice its size once the text has any character past
# U+00FF, with the pieces it is made of) is made of one piece at a time (peak memory: issue #9).
_PIECE = 1 << 17
_MARGIN = 1 << 14


def _anniversaries(doc: Document, piece: int) -> tuple[Anniversary, ...]:
    """:func:`anniversaries_in`, reading a text longer than *piece* characters in pieces of about that length."""
    text = doc.text
    reference = doc.reference
    ref = reference.year if reference is not None else None
    found: list[_Found] = []
    covered = 0  # the end of the last anniversary read: triggers inside it are part of it
    for lo, start, stop in _pieces(text, piece):
        part = doc if lo == 0 and stop == len(text) else doc.piece(lo, min(len(text), stop + _MARGIN))
        low = part.fold
        for pos, literal, candidates in _hits(low):
            if pos + lo < start:
                continue  # the piece before's
            if pos + lo >= stop:
                break  # the next piece's
            if pos + lo < covered:
                continue
            try:
                f = _read_one(part.text, low, pos, literal=literal, candidates=candidates, ref=ref, strict=False,
                              doc=part)
            except (ValueError, IndexError, OverflowError):  # pragma: no cover - a guard, never seen
                continue
            if f is not None:
                f = _shifted(f, lo) if lo else f
                found.append(f)
                covered = max(covered, f.anniversary.span.end)
    found.sort(key=lambda f: f.anniversary.span.start)
    return _merge(text, found)


def _pieces(text: str, piece: int) -> list[tuple[int, int, int]]:
    """The pieces *text* is read in, as ``(lo, start, stop)``: the triggers in ``text[start:stop]`` are read from
    ``text[lo:stop + _MARGIN]``. Each ``lo`` follows a line break at least ``_MARGIN`` before ``start`` (a run of
    triggers the scan for them steps over, as in " at at ", never spans one); a text without such breaks is one
    piece."""
    whole = [(0, 0, len(text))]
    if len(text) <= piece + 2 * _MARGIN:
        return whole
    out = []
    start = 0
    while start < len(text):
        stop = len(text) if len(text) - start <= piece + _MARGIN else start + piece
        if start <= 2 * _MARGIN:
            lo = 0  # the text's own start: as good as a line break
        else:
            lo = text.rfind("\n", start - 2 * _MARGIN, start - _MARGIN) + 1
            if lo == 0:
                return whole
        out.append((lo, start, stop))
        start = stop
    return out


def _shifted(found: _Found, by: int) -> _Found:
    """*found*, read from a piece of the text that starts *by* characters in, with its offsets in the text."""

    def move(span: Span) -> Span:
        return Span(span.start + by, span.end + by)

    def moved(a: Anniversary) -> Anniversary:
        return attrs.evolve(a, span=move(a.span), subject_span=None if a.subject_span is None else move(a.subject_span),
                            notes=tuple(attrs.evolve(n, span=move(n.span)) for n in a.notes))

    return attrs.evolve(found, anniversary=moved(found.anniversary), also=tuple((at + by, n) for at, n in found.also),
                        events=tuple(moved(e) for e in found.events))


_LEAD = regex.compile(r"(?:the|its|his|her|their|a|an)[^\S\n]++", regex.IGNORECASE)


def parse_anniversary(text: str, *, published: dt.date | None = None) -> Anniversary:
    """Parse a whole string as one anniversary phrase; inverse of ``render_anniversary``.

    Args:
        text: e.g. ``"the 30th anniversary of the establishment of diplomatic relations"``,
            ``"centenary of the republic"``, ``"58 years since the treaty was signed"``.
        published: the story's date; its year is the anniversary's year.

    Raises:
        ParseError: when the text is not wholly one anniversary phrase.

    >>> a = parse_anniversary("the 30th anniversary of the establishment of diplomatic relations")
    >>> (a.ordinal, a.subject, a.event)
    (30, 'the establishment of diplomatic relations', 'establishment of diplomatic relations')
    """
    require_text(text, "parse_anniversary")
    published = require_optional_date(published, "parse_anniversary")
    if not text or text != text.strip() or "\n" in text:
        raise ParseError(text, "anniversary", "expected one phrase on one line, without surrounding space")
    lead = _LEAD.match(text)
    body_start = lead.end() if lead is not None else 0
    ref = published.year if published is not None else None
    low = fold(text)
    for pos, literal, candidates in _hits(low):
        try:
            f = _read_one(text, low, pos, literal=literal, candidates=candidates, ref=ref, strict=True)
        except (ValueError, IndexError, OverflowError):  # pragma: no cover - a guard
            continue
        if f is None:
            continue
        a = f.anniversary
        if a.span.end == len(text) and a.span.start in (0, body_start):
            return attrs.evolve(a, span=Span(0, len(text)))
    raise ParseError(
        text, "anniversary",
        "expected '<ordinal> anniversary [of <subject>]', '<named ordinal> of ...', "
        "'<metal> jubilee of ...' or '<N> years since ...'",
    )
