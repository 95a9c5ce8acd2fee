"""Rules for date phrases: each turns the words around an anchor into an unresolved :class:`DateExpr`.

A rule only reads what the words say (``last`` + ``Friday``); anchoring it on a
reference date in the direction of its clause's tense is :mod:`.resolve`'s job.

Scanning is anchor-first, for speed: one trie-shaped pattern, compiled at import,
reads the cheap literals every date phrase contains (a capitalised month or
weekday name, ``today``, ``year``, ``month``, ``night``, a four-digit number).
It is only tried where such a literal stands: the capitalised words and the
numbers are found by one ``re`` pattern that skips to capitals and digits, the
lower-case words by ``str.find``; both scan at C speed, several times faster than
running the anchor's alternation at every letter.
Each anchor kind then has its rules, small patterns matched forwards from the
anchor or backwards (``(?r)``) from it, never searched, so the whole pass is linear.
Month and weekday names match capitalised only: lower-case ``may`` and ``march``
are verbs, and a bare ``May`` or ``March`` also needs a preposition first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

from ...temporal import DateExpr
from ...text.words import word_hits, word_pattern
from .._engine import Rule
from .._lexicon import MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS, trie_pattern

__all__ = ["ANCHOR", "WORDS", "DateExpr", "rules", "scan"]


_trie = trie_pattern


_FULL_MONTHS = frozenset(name.lower() for name in MONTH_NAMES)
_MONTH_WORDS = sorted({k.capitalize() for k in MONTHS})
_WEEKDAY_WORDS = list(WEEKDAY_NAMES)
_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_YEAR_WORDS = {"this": 0, "last": -1, "next": 1, "past": -1, "coming": 1, "current": 0}
# Seasons and halves of a year by their ISO 8601-2 codes (model.YearPart); "fall" is American for autumn.
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_HALVES = {"first": 40, "1st": 40, "second": 41, "2nd": 41}
_PARTS = (*_SEASONS, "half")

def _ci(words: str) -> str:
    """``last|this`` -> ``[Ll]ast|[Tt]his``: lower case or capitalised, nothing else."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words.split("|"))


_PREPOSITIONS = "in|since|until|till|before|after|during|from|through|early|late|by"


def _anchor(*, strict: bool) -> regex.Pattern[str]:
    # "year" and a bare number are common words: the anchor itself checks, by a lookbehind
    # read only once the literal has matched, that a year word or a preposition comes first.
    year_unit = (r"year(?:s(?=[ \t\xa0]ago\b))?(?<=\b(?:" + _ci("this|last|next|past|coming|current|a|an|one|two")
                 + r"|three|four|five|six|seven|eight|nine|ten)[ \t\xa0]++years?)")
    # "two days ago", "three weeks ago": the unit only where "ago" follows ("week" alone is read below).
    ago_unit = r"(?:days?+|weeks|months)(?=[ \t\xa0]ago\b)"
    units = _trie(["month", "night", "morning", "afternoon", "evening", "week", *_PARTS])
    number = r"[12]\d\d\d" if strict else (
        r"[12]\d\d\d(?:(?=-[01]\d-[0-3]\d|-W[0-5]\d)|(?<=\b(?:" + _ci(_PREPOSITIONS) + r"|of|to)[ \t\xa0]++"
        r"(?:the[ \t\xa0]++year[ \t\xa0]++)?\d{4})|(?<=\b[Mm]id-\d{4}))"
    )
    # A bare May or March is a verb unless a date follows or a preposition, a modifier
    # or a day comes first; the Python rule checks again, this only spares it the call.
    months = _trie(_MONTH_WORDS) if strict else (
        _trie(w for w in _MONTH_WORDS if w not in ("May", "March"))
        + r"|(?:May|March)(?:(?=\.?,?[ \t\xa0]++\d)|(?<=(?:\b(?:"
        + _ci(_PREPOSITIONS + "|to|of|on|for|around|between|and|or|last|this|next|coming|past|mid|earlier|later")
        + r")[ \t\xa0-]++|\d[a-z]{0,2}[ \t\xa0]++(?:of[ \t\xa0]++)?)(?:May|March)))"
    )
    return regex.compile(
        r"\b(?:"
        rf"(?P<mon>{months})"
        rf"|(?P<wd>{_trie(_WEEKDAY_WORDS)})"
        rf"|(?P<deictic>{_trie([w for k in _DEICTIC for w in (k, k.capitalize())])})"
        rf"|(?P<unit>{year_unit}|{ago_unit}|{units})"
        rf"|(?P<num>{number})"
        r")\b"
    )


ANCHOR = _anchor(strict=False)
_STRICT_ANCHOR = _anchor(strict=True)

# Where an anchor may start. An anchor opens with \b and a letter or a digit, so a word anchor starts a
# word. The text is folded to bytes, ASCII letters in lower case and every other character a space (one
# byte per character, so offsets are kept), and one stdlib ``re`` pass lists every whole word that is
# one of the literals, in any case (an anchor ends on \b, so "Mark" and "decision" are never tried as
# "Mar" and "Dec"): it jumps from space to space, one scan instead of a pattern for the
# capitalised words and a ``str.find`` pass for each lower-case one. The first digit of a four-digit
# number is found by ``str.find``. Each candidate is then matched by the anchor itself, so a few more
# candidates ("may", "TODAY") cost a failed match and nothing the anchor would find is missed.
_LOWER_LITERALS = (*_DEICTIC, "year", "years", "month", "months", "night", "morning", "afternoon", "evening", "week",
                   "weeks", "day", "days", *_PARTS)
#: The words an anchor may start with, as :mod:`~diplomacy_model.text.words` scans for them.
WORDS: frozenset[str] = frozenset({*(w.lower() for w in (*_MONTH_WORDS, *_WEEKDAY_WORDS)), *_LOWER_LITERALS})
_WORD_KEYS = frozenset(w.encode() for w in WORDS)
_WORD_START = word_pattern(WORDS)


# A year's first digit: [12] and three more characters before the stop, all digits or any one not ASCII (which the
# anchor judges). The standard re: one C scan where a loop over every 1 and 2 of the text tested each in Python.
_YEAR_DIGIT = re.compile(r"[12](?=(?=[\s\S]{3})(?:\d{3}|[\s\S]{0,2}[^\x00-\x7f]))")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at *pos* opens a text, line, sentence, quote or aside."""
    before = text[max(0, pos - 8) : pos].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?\n\"“‘'(:;—–-"


def _anchors(
    text: str, start: int, stop: int, anchor: regex.Pattern[str], words: Iterable[tuple[int, bytes]] | None = None
) -> Iterator[regex.Match[str]]:
    """The matches of *anchor* in ``text[start:stop]``: the same as ``anchor.finditer(text, start, stop)``.

    *words* (see :func:`scan`) spare the scan for the word literals."""
    if words is None:
        found = [at for at, _word in word_hits(_WORD_START, text, start, stop)]
    else:
        found = [at for at, word in words if word in _WORD_KEYS]
        del words  # not held while the caller reads every date
    found += [hit.start() for hit in _YEAR_DIGIT.finditer(text, start, stop)]
    found.sort()
    last = start
    for position in found:
        if position < last:
            continue
        match = anchor.match(text, position, stop)
        if match is not None:
            last = match.end()
            yield match


SEP = r"[ \t\xa0]++"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+(?!\d|[.,:]\d|-(?:year|month|week|day|hour))"
YEAR = r"(?P<year>1\d\d\d|2\d\d\d)(?!\d|[,.]\d|s\b|-\d)"
_WD = rf"(?P<wd>{_trie(_WEEKDAY_WORDS)})"
_MON = _trie(_MONTH_WORDS)


_MOD = rf"(?:(?P<mod>{_ci('early|late|mid|earlier|later')})(?:{SEP}|-))?"
_REL = rf"(?:(?P<rel>{_ci('last|this|next|coming|past')}){SEP})?"

# --- rules, one per phrase shape: (name, pattern, where it is matched) ------------
# "after" patterns are matched at the end of the anchor, "before" patterns
# backwards so that they end where the anchor starts.
_R = {
    "<month>[.] <day>[, <year>] | <month> [of] <year>": (
        # "Oct.30, 2025": crawled copy drops the space after an abbreviation's dot.
        rf"\.{DAY}(?:,?{SEP}{YEAR})?"
        rf"|(?P<dot>\.(?!\w))?(?:{SEP}{DAY}(?:,?{SEP}{YEAR})?"
        rf"|,?{SEP}(?:of{SEP})?{YEAR.replace('(?P<year>', '(?P<y2>')})?"
    ),
    "<weekday>[,] [the] <day> [of] | <day> [of] before <month>": (
        rf"(?r)(?:{_WD},?{SEP}(?:the{SEP})?)?(?<![\w.,$£€-]){DAY}{SEP}(?:of{SEP})?"
    ),
    "<weekday>[,] before <month> <day>": rf"(?r){_WD},?{SEP}",
    "[early|late] [last|this|next] before <month> or <weekday>": rf"(?r){_MOD}{_REL}",
    "a preposition before May or March": (
        rf"(?r)\b(?:{_ci('in|since|by|until|till|through|from|to|during|before|after|of|around|between|for|on')}"
        rf"|and|or){SEP}"
    ),
    "<weekday> used as a name (Sunday Times, Fridays)": (
        r"(?:s\b|'s\ (?:edition|paper)|\ (?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Star|Sport"
        r"|School|Night\ Live|Prayer|Service|Mass|Club|Edition|Magazine|Review|Tribune|World)\b)"
    ),
    "Good Friday, Black Monday, Super Tuesday": (
        rf"(?r)\b(?:Good|Black|Super|Ash|Palm|Holy|Easter|Cyber|Bloody|Maundy|Shrove|Whit|Low|Blue){SEP}"
    ),
    "<weekday> followed by a date": rf",?{SEP}(?:the{SEP})?(?:{_MON}\b|{DAY}{SEP}(?:of{SEP})?{_MON}\b)",
    "[early|late] before today or yesterday": rf"(?r)\b(?P<mod>{_ci('early|late|earlier|later')}){SEP}",
    "[the] this|last|next|past year": (
        rf"(?r){_MOD}(?:(?P<the>[Tt]he){SEP})?(?P<yw>{_ci('this|last|next|past|coming|current')}){SEP}"
    ),
    "a|one|two ... before year(s) ago": (
        rf"(?r)\b(?P<n>{_ci('a|an|one|two|three|four|five|six|seven|eight|nine|ten')}){SEP}"
    ),
    "ago after year(s)": rf"{SEP}ago\b",
    "the day before|after before yesterday|tomorrow": rf"(?r)\b[Tt]he{SEP}day{SEP}(?P<side>before|after){SEP}",
    "a hyphen after year or month (year-end)": r"-",
    "last before night, this before morning": rf"(?r)\b(?P<yw>{_ci('last|this')}){SEP}",
    "-<mm>-<dd> after <yyyy>": r"-(?P<imon>0[1-9]|1[0-2])-(?P<iday>0[1-9]|[12]\d|3[01])(?![\d-])",
    "-<mm> after <yyyy> (strict only)": r"-(?P<imon>0[1-9]|1[0-2])(?![\d-])",
    "in|since|by ... [the year] before <year>": (
        rf"(?r)\b(?:{_ci(_PREPOSITIONS)}|of|to|mid-?)"
        rf"(?:{SEP}the{SEP}year)?{SEP}"
    ),
    "no range, decade, amount or percent after a bare year": r"(?:-|s\b|[,.]\d|\ ?%|\ percent)",
    "the week of before <month> <day>": rf"(?r)\b[Tt]he{SEP}week{SEP}of{SEP}",
    "<season> [of] <year>": rf"(?:{SEP}of)?{SEP}{YEAR}",
    "[the] first|second before half": rf"(?r)\b(?:(?P<the>[Tt]he){SEP})?(?P<half>{_ci('first|second')}|1st|2nd){SEP}",
    "of <year> | of this|last|next year after half": (
        rf"{SEP}of{SEP}(?:(?P<the>the){SEP}(?P<yw>current|past|coming){SEP}year\b|(?P<yw2>this|last|next){SEP}year\b"
        rf"|{YEAR})"
    ),
    "-W<ww> or an ISO 8601-2 season or half after <yyyy>": (
        r"-(?:W(?P<week>0[1-9]|[1-4]\d|5[0-3])|(?P<part>2[1-4]|4[01]))(?![\d-])"
    ),
}

rules: list[Rule[str]] = [Rule(name, regex.compile(pattern), lambda m: m[0]) for name, pattern in _R.items()]
_P = {rule.name: rule.pattern for rule in rules}
_MON_AFTER = _P["<month>[.] <day>[, <year>] | <month> [of] <year>"]
_DAY_BEFORE = _P["<weekday>[,] [the] <day> [of] | <day> [of] before <month>"]
_WD_BEFORE = _P["<weekday>[,] before <month> <day>"]
_REL_BEFORE = _P["[early|late] [last|this|next] before <month> or <weekday>"]
_PREP_BEFORE = _P["a preposition before May or March"]
_WD_NAME_AFTER = _P["<weekday> used as a name (Sunday Times, Fridays)"]
_WD_NAME_BEFORE = _P["Good Friday, Black Monday, Super Tuesday"]
_WD_DATE_AFTER = _P["<weekday> followed by a date"]
_MOD_BEFORE = _P["[early|late] before today or yesterday"]
_YW_BEFORE = _P["[the] this|last|next|past year"]
_N_BEFORE = _P["a|one|two ... before year(s) ago"]
_AGO_AFTER = _P["ago after year(s)"]
_DAY_BEYOND = _P["the day before|after before yesterday|tomorrow"]
_HYPHEN_AFTER = _P["a hyphen after year or month (year-end)"]
_LAST_BEFORE = _P["last before night, this before morning"]
_ISO_AFTER = _P["-<mm>-<dd> after <yyyy>"]
_ISO_MONTH_AFTER = _P["-<mm> after <yyyy> (strict only)"]
_YEAR_PREP_BEFORE = _P["in|since|by ... [the year] before <year>"]
_YEAR_AFTER_GUARD = _P["no range, decade, amount or percent after a bare year"]
_WEEK_OF_BEFORE = _P["the week of before <month> <day>"]
_SEASON_YEAR_AFTER = _P["<season> [of] <year>"]
_HALF_BEFORE = _P["[the] first|second before half"]
_HALF_AFTER = _P["of <year> | of this|last|next year after half"]
_ISO_WEEK_AFTER = _P["-W<ww> or an ISO 8601-2 season or half after <yyyy>"]
_AMBIGUOUS_MONTHS = frozenset({"may", "march"})

Found = tuple[int, int, DateExpr]


_MONTH_FOLLOW = frozenset(".,: \t\xa0")
_WEEKDAY_FOLLOW = frozenset("s', \t\xa0")
_SEPARATORS = frozenset(" \t\xa0-")
_DAY_TAILS = frozenset("0123456789tdhf")


def _spaced(text: str, s: int, floor: int) -> bool:
    """Whether a word can stand right before the anchor at *s*: every "before" rule ends in a space."""
    return s > floor and text[s - 1] in _SEPARATORS


def _rel(word: str | None) -> str | None:
    if word is None:
        return None
    word = word.lower()
    return {"coming": "next", "past": "last"}.get(word, word)


def _month(text: str, s: int, e: int, floor: int, stop: int, *, strict: bool) -> Found | None:
    name = text[s:e].lower()
    month = MONTHS[name]
    # Every continuation starts with a dot, a comma or a space: test that before the pattern.
    after = _MON_AFTER.match(text, e, stop) if e < stop and text[e] in _MONTH_FOLLOW else None
    if after is not None and name in _FULL_MONTHS and text[e] == "." and text[e + 1 : e + 2].isdigit():
        after = None  # "in January.5 people": a glued sentence; only an abbreviation glues its day ("Oct.30")
    end = after.end() if after else e
    if after is not None and after["dot"] and name in _FULL_MONTHS and end == e + 1:
        end = e  # "in January." ends a sentence; only an abbreviation takes the dot
    day = int(after["day"]) if after and after["day"] else None
    year_text = (after["year"] or after["y2"]) if after else None
    year = int(year_text) if year_text else None
    start = s
    weekday: int | None = None
    if day is None:
        # Cheap test first: a day before a month ends in a digit, "st/nd/rd/th" or "of", then a space.
        before = _DAY_BEFORE.match(text, floor, s) if s - 2 >= floor and text[s - 2] in _DAY_TAILS else None
        if before is not None:
            day = int(before["day"])
            start = before.start()
            weekday = WEEKDAYS[before["wd"].lower()] if before["wd"] else None
    else:
        before = _WD_BEFORE.match(text, floor, s) if _spaced(text, s, floor) else None
        if before is not None:
            start, weekday = before.start(), WEEKDAYS[before["wd"].lower()]
    if day is not None and start - 12 >= floor and text[start - 1] in _SEPARATORS:
        week_of = _WEEK_OF_BEFORE.match(text, floor, start)
        if week_of is not None:
            return week_of.start(), end, DateExpr("week_of", year, month, day, weekday)
    if day is not None and year is not None:
        return start, end, DateExpr("explicit", year, month, day, weekday)
    if day is not None:
        return start, end, DateExpr("month_day", None, month, day, weekday)
    if year is not None:
        return s, end, DateExpr("month_year", year, month)
    # A bare month: full names only ("Jan" alone is a person), and May or March need context.
    if name not in _FULL_MONTHS and name != "sept":
        return None
    mods = _REL_BEFORE.match(text, floor, s) if _spaced(text, s, floor) else None
    rel = _rel(mods["rel"]) if mods else None
    bare = rel is None and not (mods and mods["mod"])
    if not strict and name in _AMBIGUOUS_MONTHS and bare and _PREP_BEFORE.match(text, floor, s) is None:
        return None
    start = mods.start() if mods else s
    end = e + 1 if name == "sept" and text.startswith(".", e) else e
    return start, end, DateExpr("month", None, month, rel=rel)


def _weekday(text: str, s: int, e: int, floor: int, stop: int) -> Found | None:
    spaced = _spaced(text, s, floor)
    if e < stop and text[e] in _WEEKDAY_FOLLOW and (
        _WD_NAME_AFTER.match(text, e, stop) or _WD_DATE_AFTER.match(text, e, stop)
    ):
        return None  # a name ("Sunday Times"), or "Friday, Oct. 13" which the month's rule reads whole
    if spaced and text[s - 2 : s - 1].isalpha() and _WD_NAME_BEFORE.match(text, floor, s):
        return None
    mods = _REL_BEFORE.match(text, floor, s) if spaced else None
    start = mods.start() if mods else s
    return start, e, DateExpr("weekday", weekday=WEEKDAYS[text[s:e].lower()], rel=_rel(mods["rel"]) if mods else None)


def _unit(text: str, s: int, e: int, floor: int, stop: int) -> Found | None:
    word = text[s:e]
    if word in ("day", "days", "week", "weeks", "month", "months") and text.startswith(" ago", e):
        return _ago(text, s, e, floor, stop)
    if word in ("year", "years"):
        ago = _AGO_AFTER.match(text, e, stop) if text.startswith(" ago", e) else None
        if ago is not None:
            count = _N_BEFORE.match(text, floor, s)
            if count is None or (word == "year") != (count["n"].lower() in ("a", "an", "one")):
                return None
            return count.start(), ago.end(), DateExpr("year_word", offset=-_NUMBERS[count["n"].lower()], unit="ago")
        if word == "years" or text.startswith("-", e):
            return None
        found = _YW_BEFORE.match(text, floor, s)
        if found is None:
            return None
        return found.start(), e, DateExpr("year_word", offset=_YEAR_WORDS[found["yw"].lower()])
    if word == "month":
        found = _YW_BEFORE.match(text, floor, s)
        if found is None or found["the"] or found["yw"].lower() not in ("this", "last", "next"):
            return None
        if text.startswith("-", e):
            return None
        return found.start(), e, DateExpr("month", offset=_YEAR_WORDS[found["yw"].lower()], unit="month")
    if word == "week":
        return _week(text, s, e, floor)
    if word in _SEASONS:
        return _season(text, s, e, floor, stop)
    if word == "half":
        return _half(text, s, e, floor, stop)
    found = _LAST_BEFORE.match(text, floor, s)
    if found is None or (found["yw"].lower() == "last") != (word == "night"):
        return None
    return found.start(), e, DateExpr("deictic_day", offset=-1 if word == "night" else 0)


def _ago(text: str, s: int, e: int, floor: int, stop: int) -> Found | None:
    """``two days ago``: that day; ``a week ago``, ``three weeks ago``: the ISO week of the day that many weeks
    back (the text names no day); ``a month ago``: that month. Not ``days ago`` alone, nor ``a few days ago``."""
    ago = _AGO_AFTER.match(text, e, stop)
    count = _N_BEFORE.match(text, floor, s) if ago is not None and _spaced(text, s, floor) else None
    if ago is None or count is None:
        return None
    n, word = _NUMBERS[count["n"].lower()], text[s:e]
    if (n == 1) != (word in ("day", "week", "month")):
        return None  # "a days ago", "two day ago"
    if word.startswith("day"):
        return count.start(), ago.end(), DateExpr("deictic_day", offset=-n)
    if word.startswith("month"):
        return count.start(), ago.end(), DateExpr("month", offset=-n, unit="month")
    return count.start(), ago.end(), DateExpr("week", offset=-n)


def _week(text: str, s: int, e: int, floor: int) -> Found | None:
    """``last week``, ``earlier this week``, ``early next week``: an ISO week (not ``the past week``, a span)."""
    if text.startswith("-", e):
        return None  # "a last week-long push"
    inside = _IN_THE_WEEK.search(text, max(floor, s - 20), s) if text[max(floor, s - 4) : s] == "the " else None
    if inside is not None:
        return inside.start(), e, DateExpr("week", offset=0)  # "earlier in the week": the week of the story
    found = _YW_BEFORE.match(text, floor, s) if _spaced(text, s, floor) else None
    if found is None or found["the"] or found["yw"].lower() not in ("this", "last", "next"):
        return None
    return found.start(), e, DateExpr("week", offset=_YEAR_WORDS[found["yw"].lower()])


_IN_THE_WEEK = regex.compile(r"\b(?:[Ee]arlier|[Ll]ater)\s++in\s++the\s++$")


def _season(text: str, s: int, e: int, floor: int, stop: int) -> Found | None:
    """``this autumn``, ``last spring``, ``the coming winter``, ``summer 2024``, ``the autumn of 2025``.

    A bare season is no date (``in spring the river floods``); nor is ``a hot spring``.
    """
    part = _SEASONS[text[s:e]]
    if text.startswith("-", e):
        return None
    year = _SEASON_YEAR_AFTER.match(text, e, stop)
    if year is not None:
        mod = _MOD_BEFORE.match(text, floor, s) if _spaced(text, s, floor) else None
        return (mod.start() if mod else s), year.end(), DateExpr("part", int(year["year"]), part=part)
    found = _YW_BEFORE.match(text, floor, s) if _spaced(text, s, floor) else None
    if found is None or found["yw"].lower() == "current":
        return None
    return found.start(), e, DateExpr("part", rel=_rel(found["yw"]), part=part)


def _half(text: str, s: int, e: int, floor: int, stop: int) -> Found | None:
    """``the first half of 2025``, ``the second half of next year``; not ``the second half of the match``."""
    before = _HALF_BEFORE.match(text, floor, s) if _spaced(text, s, floor) else None
    after = _HALF_AFTER.match(text, e, stop) if before is not None else None
    if before is None or after is None:
        return None
    part = _HALVES[before["half"].lower()]
    if after["year"]:
        return before.start(), after.end(), DateExpr("part", int(after["year"]), part=part)
    word = (after["yw"] or after["yw2"]).lower()
    return before.start(), after.end(), DateExpr("part", offset=_YEAR_WORDS[word], part=part)


def _number(text: str, s: int, e: int, floor: int, stop: int, *, strict: bool) -> Found | None:
    mid = s >= 4 and text[s - 4 : s].lower() == "mid-" and (s == 4 or not text[s - 5].isalnum())
    if s > 0 and text[s - 1] in "-$£€.," and not mid:
        return None  # an amount or a range; "mid-2025" is a year
    iso = _ISO_AFTER.match(text, e, stop) if text.startswith("-", e) else None
    if iso is not None:
        return s, iso.end(), DateExpr("explicit", int(text[s:e]), int(iso["imon"]), int(iso["iday"]))
    # "2020-W34" anywhere; "2024-23" (an ISO 8601-2 season) only where the caller says the text is a date.
    week = _ISO_WEEK_AFTER.match(text, e, stop) if text.startswith("-", e) else None
    if week is not None and week["week"]:
        return s, week.end(), DateExpr("iso_week", int(text[s:e]), offset=int(week["week"]))
    if week is not None and strict:
        return s, week.end(), DateExpr("part", int(text[s:e]), part=int(week["part"]))
    year = int(text[s:e])
    if strict:
        # "2026-02" is a month only when the caller says the text is a date; in running
        # text it is as likely a range of years ("the 2000-01 season").
        month = _ISO_MONTH_AFTER.match(text, e, stop)
        if month is not None:
            return s, month.end(), DateExpr("month_year", year, int(month["imon"]))
        return s, e, DateExpr("year", year)
    if not 1800 <= year <= 2099 or not _spaced(text, s, floor) or _YEAR_AFTER_GUARD.match(text, e, stop):
        return None
    if not mid and _YEAR_PREP_BEFORE.match(text, floor, s) is None:
        return None
    return (s - 4 if mid else s), e, DateExpr("year", year)


# How far back a rule may look from its anchor ("Wednesday, the 31st of " before a month).
_LOOKBACK = 40
_LOOKAHEAD = 40


def scan(
    text: str, start: int = 0, stop: int | None = None, *, strict: bool = False,
    words: Iterable[tuple[int, bytes]] | None = None,
) -> Iterator[Found]:
    """Every date phrase in ``text[start:stop]`` as ``(start, end, DateExpr)``, left to right, not overlapping.

    *strict* accepts a bare ``May`` and any bare four-digit year: the caller has
    said the text is a date. *words* are the whole words of all of *text* as a
    :class:`~diplomacy_model.text.Document` found them for several kinds at once (``Document.words``); they
    are read instead of a scan of their own, so only for the whole text (*start* 0, *stop* its end).
    """
    stop = len(text) if stop is None else stop
    if (start, stop) != (0, len(text)):
        words = None  # they stand for the whole text only
    last_end = start
    for anchor in _anchors(text, start, stop, _STRICT_ANCHOR if strict else ANCHOR, words):
        s, e = anchor.span()
        if s < last_end:
            continue
        floor = max(last_end, s - _LOOKBACK)
        ahead = min(stop, e + _LOOKAHEAD)
        kind = anchor.lastgroup
        if kind == "mon":
            found = _month(text, s, e, floor, ahead, strict=strict)
        elif kind == "wd":
            found = _weekday(text, s, e, floor, ahead)
        elif kind == "deictic":
            if text[s].isupper() and not _opens_sentence(text, s):
                continue  # "USA Today", "Building a Sustainable Tomorrow": a name, not a day
            offset = _DEICTIC[text[s:e].lower()]
            beyond = _DAY_BEYOND.match(text, floor, s) if offset and _spaced(text, s, floor) else None
            if beyond is not None and (beyond["side"] == "before") == (offset < 0):
                found = beyond.start(), e, DateExpr("deictic_day", offset=2 * offset)  # "the day before yesterday"
            else:
                mod = _MOD_BEFORE.match(text, floor, s) if _spaced(text, s, floor) else None
                found = (mod.start() if mod else s), e, DateExpr("deictic_day", offset=offset)
        elif kind == "unit":
            found = _unit(text, s, e, floor, ahead)
        else:
            found = _number(text, s, e, floor, ahead, strict=strict)
        if found is not None:
            last_end = found[1]
            yield found
