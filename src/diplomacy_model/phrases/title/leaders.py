"""Leaders: titled mentions merged into people, with later family-name mentions attached.

``find_leaders`` is lenient (running text, never raises on a ``str``); ``parse_leader`` is strict (the
whole string is one titled mention); ``render_leader`` is its inverse.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import regex

from ..._inputs import require_optional_date
from ...errors import ModelError, ParseError, require_text
from ...gazetteer.countries import (
    UnknownCountryError,
    country_name,
    country_names,
    demonyms,
    lookup_country,
    lookup_demonym,
    state_on,
)
from ...model import Identity, Leader, Span
from ...text import Document
from ...text.sentences import sentence_at
from ...text.words import WordHits
from .._lexicon import trie_pattern
from .holders import PATRONYMIC, full_names, identify, in_office_in, spell_covers
from .rules import (
    _ORG_NAMES,
    _STOP,
    HEADS,
    MODIFIERS,
    NATIONAL_SHARED,
    NATIONAL_TITLES,
    OFFICES,
    PLURAL_HEADS,
    ROYAL_STATES,
    SURNAMES_FIRST,
    Mention,
    _country,
    _demonym,
    _parse_name,
    find_mentions,
    name_at,
    name_before,
)

__all__ = ["RENDER_STYLES", "family_name", "find_leaders", "leaders_in", "parse_leader", "render_leader"]

# Bare mentions (and the full name of a person titled by family name alone) are searched for the first this many
# people only, so that time stays linear in the text even when it names thousands (no real article does).
_MAX_PEOPLE = 64
# Up to this many spans are taken by insertion; more are merged in one pass.
_FEW = 8
# Monarchs are titled by their given name ("King Hussein"): never lengthened from another full name.
_ROYAL = frozenset(("King", "Queen", "Emir", "Sultan", "Crown Prince", "Prince"))
_REGNAL = frozenset(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "Jr", "Jr.", "Sr"))
_PLACE_CUE_RE = regex.compile(r"\b(?:[Ii]n|to) (?:the )?+(\p{Lu}[\p{L}.'’\-]*+(?: \p{Lu}[\p{L}.'’\-]*+){0,2}+)")
_OFFICE_COUNTRIES = {surface: code for surface, code in OFFICES.values() if code is not None}
# Korean wire copy names the two states "the North" and "the South": "the North's Vice Minister Kim".
_KOREAN_SIDE_RE = regex.compile(r"\b[Tt]he (North|South)['’]s $")
# "Wen's visit to Malaysia will succeed, said Cui Tiankai, director of ...": the place is the topic, not the
# speaker's country; the one who briefs the press usually serves the dateline's.
_SPEAKER_RE = regex.compile(r"\b(?:said|says|told|added|noted|stressed)\s++$")
_POSSESSOR_RE = regex.compile(r"(\p{Lu}[\p{L}.]*+(?: \p{Lu}[\p{L}.]*+)?)['’]s $")
# "... most frequently accompanied Kim on his visits, followed by ... Defense Minister No": an entourage.
_ENTOURAGE_RE = regex.compile(r"\b(?:accompan(?:ied|ying|ies|y)|escort(?:ed|ing)|flanked)\b")
# "<Family name> said (that) <title> <Name>": the one who reports on the mention, by family name.
_REPORTER_RE = regex.compile(r"\b(\p{Lu}[\p{L}'’\-]*+) (?:said|says|announced|told reporters) (?:that )?+$")
# A capitalised word or two before a head: "A Pentagon spokesman said ...", "a Chinese Foreign Ministry spokesman".
_CAPITALISED_BEFORE_RE = regex.compile(r"(?:\p{Lu}[\p{L}.'’]*+ ){1,3}+$")


def family_name(name: str) -> str:
    """The family name later mentions use: ``Putin`` for ``Vladimir Putin``, ``Xi`` for ``Xi Jinping``,
    the given name of a patronymic (``Salman`` for ``Salman bin Abdulaziz Al Saud``).

    >>> family_name("Vladimir Putin"), family_name("Xi Jinping"), family_name("Moon Jae-in")
    ('Putin', 'Xi', 'Moon')
    >>> family_name("Mohammed bin Salman"), family_name("Tamim bin Hamad Al Thani")
    ('Mohammed', 'Tamim')
    """
    tokens = [t for t in name.split() if t not in _REGNAL]
    if not tokens:
        return name
    # An Arabic or Malay patronymic names the father after 'bin': copy shortens the person to the
    # given name ('King Salman', 'Sheikh Mohammed'), never to the father's ('Salman' is not MBS).
    if len(tokens) > 2 and tokens[1] in PATRONYMIC:
        return tokens[0]
    if len(tokens) in (2, 3) and tokens[0] in SURNAMES_FIRST:
        return tokens[0]
    return tokens[-1]


# family_name remembered: the scan asks for the same few names' family names again and again.
_family = functools.lru_cache(maxsize=4096)(family_name)


class _Person:
    __slots__ = ("family", "mentions", "name", "titled")

    def __init__(self, name: str) -> None:
        self.name = name
        self.family = _family(name)
        self.titled: list[Mention] = []
        self.mentions: list[Span] = []


class _Taken:
    """Non-overlapping spans already claimed, kept sorted so each overlap test is a bisection."""

    __slots__ = ("ends", "monotone", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [start for start, _end in spans]
        self.ends = [end for _start, end in spans]
        # Ends in the order of starts: then free spans added keep both lists sorted, and merge as two sorted runs.
        self.monotone = all(a <= b for a, b in zip(self.ends, self.ends[1:], strict=False))

    def free(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start) - 1
        if index >= 0 and self.ends[index] > start:
            return False
        return not (index + 1 < len(self.starts) and self.starts[index + 1] < end)

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_right(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)

    def extend(self, spans: list[tuple[int, int]]) -> None:
        """Take *spans*: free, in text order, and not overlapping one another.

        Each insertion shifts the lists, so many of them are merged in one pass instead (sorting two sorted
        runs is linear): inserting them one by one made a text naming one person thousands of times quadratic.
        """
        if len(spans) <= _FEW or not self.monotone:
            for start, end in spans:
                self.add(start, end)
            return
        self.starts = sorted(self.starts + [start for start, _end in spans])
        self.ends = sorted(self.ends + [end for _start, end in spans])


def _bare_spans(text: str, needle: str, taken: _Taken, *, family: bool) -> list[tuple[int, int]]:
    """Occurrences of *needle* as a whole word that no mention already covers; each is then taken."""
    out: list[tuple[int, int]] = []
    size = len(needle)
    length = len(text)
    starts, ends = taken.starts, taken.ends  # taken.free inlined: the lists do not change until the scan is over
    count = len(starts)
    position = text.find(needle)
    while position >= 0:
        end = position + size
        if (position and text[position - 1].isalnum()) or (end < length and text[end].isalnum()):
            position = text.find(needle, end)
            continue  # part of a longer word
        index = bisect.bisect_right(starts, position)
        ok = not ((index and ends[index - 1] > position) or (index < count and starts[index] < end))
        if ok and family:
            # "Kim Gu" is not "Kim Jong-un": a family name followed by a capitalised word is another name.
            following = text[end + 1 : end + 20].split(" ", 1)[0] if text.startswith(" ", end) else ""
            following = following.rstrip(".,;:").removesuffix("'s").removesuffix("’s")  # not rstrip("s"): "Says"
            if following[:1].isupper() and following not in _STOP:
                ok = False
            preceding = text[max(0, position - 20) : position].rsplit(" ", 2)
            word = preceding[-2] if len(preceding) >= 2 and preceding[-1] == "" else ""
            if word[:1].isupper() and word[-1].isalpha() and word not in _STOP and not word.endswith(("'s", "’s")) \
                    and word.lower() not in HEADS and word.lower() not in MODIFIERS:
                ok = False
        if ok:
            out.append((position, end))  # taken after the scan: every later occurrence starts past this end
        position = text.find(needle, end)
    taken.extend(out)
    return out


@functools.cache
def _known_table() -> dict[str, tuple[str, tuple[tuple[int, int], ...]]]:
    """``known_leaders.tsv``: well-known office holders, their countries and years in office, read on first use."""
    rows = (Path(__file__).with_name("known_leaders.tsv")).read_text(encoding="utf-8").splitlines()
    table = {}
    for line in rows:
        if line and not line.startswith("#"):
            name, code, years = line.split("\t")
            table[name] = (code, tuple(_years(part) for part in years.split(",")))
    return table


@functools.cache
def _cabinet() -> dict[str, tuple[tuple[str, str, tuple[int, int], tuple[str, ...]], ...]]:
    """``cabinet.tsv`` by family name: (name, country, years, portfolio words) of each spell, read on first use."""
    rows = (Path(__file__).with_name("cabinet.tsv")).read_text(encoding="utf-8").splitlines()
    table: dict[str, tuple[tuple[str, str, tuple[int, int], tuple[str, ...]], ...]] = {}
    for line in rows:
        if line and not line.startswith("#"):
            name, code, years, words = line.split("\t")
            family = family_name(name)
            table[family] = (*table.get(family, ()), (name, code, _years(years), tuple(words.split("|"))))
    return table


def _cabinet_country(name: str) -> str | None:
    """The state of ``cabinet.tsv``'s minister of that full name."""
    return next((code for full, code, _years, _words in _cabinet().get(family_name(name), ()) if full == name), None)


def _cabinet_holder(family: str, title: str | None, year: int, country: str | None) -> tuple[str, str] | None:
    """The one minister of ``cabinet.tsv`` whom a title and a family name alone name in a story of *year*
    (``Defence Secretary Esper``: Mark Esper, US), as (name, country); None when none or several fit."""
    if not title:
        return None
    folded = title.casefold()
    found = {(name, code) for name, code, (first, last), words in _cabinet().get(family, ())
             if first <= year <= last and (country is None or code == country)
             and any(word in folded for word in words)}
    return found.pop() if len(found) == 1 else None


def _years(span: str) -> tuple[int, int]:
    """``"2017-2021"`` -> ``(2017, 2021)``; an open end (``"2025-"``) runs on."""
    first, _, last = span.partition("-")
    return int(first), int(last) if last else 9999


@functools.cache
def _known_leaders() -> dict[str, str]:
    """Name -> country of every well-known office holder."""
    return {name: code for name, (code, _years) in _known_table().items()}


@functools.cache
def _known_families() -> dict[str, tuple[str, ...]]:
    """Family name -> the well-known office holders of that family name (``Bush``: both presidents)."""
    families: dict[str, tuple[str, ...]] = {}
    for name in _known_table():
        family = family_name(name)
        families[family] = (*families.get(family, ()), name)
    return families


def _holders(family: str, year: int | None) -> list[str]:
    """The well-known office holders of that family name in office in *year* (any year when unknown)."""
    return [name for name in _known_families().get(family, ()) if _in_office(name, year)]


def _known_family_country(family: str, year: int | None) -> str | None:
    """``President Bush`` in a 1990 story: the one country of the well-known office holders of that family name
    in office that year; None when there are none or they serve different countries."""
    codes = {_known_leaders()[name] for name in _holders(family, year)}
    return codes.pop() if len(codes) == 1 else None


def _in_office(name: str, year: int | None) -> bool:
    """Whether *name* held office in *year* (an unknown year gives the benefit of the doubt)."""
    return year is None or any(first <= year <= last for first, last in _known_table()[name][1])


# Titles that say a role rather than an office: a stronger title of the same person is preferred.
_WEAK_TITLES = frozenset(("Diplomat", "Top Diplomat", "Senior Diplomat", "Official", "Senior Official", "Counterpart"))
# Courtesy titles (Straits Times style: "Mr Donald Trump") before a well-known office holder written without a title.
_COURTESY = frozenset(("Mr", "Mrs", "Ms", "Madam", "Dr", "Sir", "Dame"))
_REFUSED_BEFORE = frozenset(("former", "ex", "late", "then", "outgoing", "incoming", "disgraced"))


class _NameScan:
    """Where names of two words or more stand in a text, each the longest at its start that a test (the story's
    year) accepts: the same hits as ``re.finditer`` over a trie of the accepted names then ``\\b``, with one pattern
    for the names of every year, so that a story of a new year compiles no pattern of thousands of names.

    The pattern finds where a name's first word stands with a space and the name's next letter after it, searched
    for again from the next character (one name may start inside another); the names of that first word are then
    tried longest first, each ended by a word boundary as ``\\b`` ends it. Names that open with no capital (``de
    Valera``) are left out of it: their first letters are common ones, so the caller passes a pattern of those its
    year holds.
    """

    __slots__ = ("by_head", "heads", "uncapitalised")

    def __init__(self, names: set[str]) -> None:
        by_head: dict[str, list[str]] = {}
        for name in names:
            head, space, _rest = name.partition(" ")
            if not space:
                raise ModelError(f"a name scanned for needs two words or more, got {name!r}")
            by_head.setdefault(head, []).append(name)
        self.by_head = {head: tuple(sorted(found, key=len, reverse=True)) for head, found in by_head.items()}
        self.uncapitalised = frozenset(name for name in names if not name[0].isupper())
        # The standard re (three times faster here than regex), over each name's first word, the space and the
        # next letter: the first word alone ("John", "Ali") stands in the text several times as often.
        self.heads = re.compile(trie_pattern(sorted({name[: name.index(" ") + 2] for name in names
                                                     if name[0].isupper()})))

    def finditer(self, text: str, accept: Callable[[str], bool],
                 others: re.Pattern[str] | None = None) -> Iterator[tuple[int, int, str]]:
        """Each name *accept* takes in *text*, left to right and not overlapping, as ``(start, end, name)``.
        *others*: a pattern of the uncapitalised names *accept* takes."""
        starts = self._starts(text, self.heads)
        if others is not None:
            starts = sorted(starts + self._starts(text, others))
        last = 0
        for start in starts:
            if start < last:
                continue  # inside the name found before
            for name in self.by_head[text[start : text.index(" ", start)]]:
                end = start + len(name)
                if text.startswith(name, start) and _word_edge(text, end) and accept(name):
                    yield start, end, name
                    last = end
                    break

    @staticmethod
    def _starts(text: str, pattern: re.Pattern[str]) -> list[int]:
        """Every place *pattern* matches, searched for again from the next character after each."""
        out = []
        hit = pattern.search(text)
        while hit is not None:
            out.append(hit.start())
            hit = pattern.search(text, hit.start() + 1)
        return out


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _word_edge(text: str, at: int) -> bool:
    """Whether ``\\b`` holds at *at*: a word character on one side only."""
    return (at > 0 and _is_word(text[at - 1])) != (at < len(text) and _is_word(text[at]))


@functools.cache
def _names() -> _NameScan:
    """``known_leaders.tsv``'s names and every full name of the office-holder table, for one scan of a text."""
    return _NameScan(set(full_names()) | _known_leaders().keys())


@functools.lru_cache(maxsize=128)
def _uncapitalised_of(year: int | None) -> re.Pattern[str] | None:
    """The uncapitalised names (``de Valera``) of :func:`_names` a story of *year* may name, as a pattern; None
    when there are none (most years)."""
    accept = _of_year(year)
    names = sorted(name for name in _names().uncapitalised if accept(name))
    return re.compile(trie_pattern(names)) if names else None


def _of_year(year: int | None) -> Callable[[str], bool]:
    """Whether a story of *year* may name a holder so: a name of ``known_leaders.tsv`` (its years are tested
    after), or, with a year, of the office-holder table's holders in office that year."""
    known = _known_leaders()
    if year is None:
        return known.__contains__
    return lambda name: name in known or in_office_in(name, year)


def _untitled_known(text: str, mentions: list[Mention], year: int | None,
                    reference: dt.date | None = None) -> list[Mention]:
    """Well-known office holders written by full name alone: a Kremlin readout's ``Vladimir Putin met ...``.

    Only names no titled mention gives in full, and only for a story from their years in office (*year*,
    when known); their title is unknown (``""``). A name right after a word the title kind read and refused
    (``Former President``, ``Labour leader``, ``President-elect``) stays refused. With the story's date
    (*reference*), anyone the office-holder table has in office on that day counts too (``Scott Morrison said``).
    """
    titled = {m.name for m in mentions}
    taken = _Taken([(m.start, m.end) for m in mentions])
    out = []
    known = _known_leaders()
    table_year = reference.year if reference is not None else None
    for start, end, name in _names().finditer(text, _of_year(table_year), _uncapitalised_of(table_year)):
        if start > 0 and text[start - 1].isalnum():
            continue  # inside a longer word
        if name in titled or not taken.free(start, end):
            continue  # a titled mention names them in full, or holds the name: nine hits in ten
        from_table = name not in known
        if from_table:
            if text.startswith(("-", "'", "’"), end) and not text.startswith(("'s", "’s"), end):
                continue  # "Park Jin-young" is not "Park Jin"; "Ms Tsai Ing-wen's rival" is Tsai Ing-wen
            identity = identify(name, date=reference)
            if identity is None or reference is None or not spell_covers(identity.start or "", identity.end or "",
                                                                             reference.isoformat()):
                continue
        before = text[max(0, start - 30) : start].split()
        word = before[-1].strip("\"“‘'(,") if before else ""
        low = word.lower()
        if word == "leader" and year is not None and (len(before) < 2 or before[-2].lower() not in _REFUSED_BEFORE):
            word = low = ""  # "the North's leader Kim Jong Un": a holder in office on the story's date
        country = lookup_country(word[:-2]) if low.endswith(("'s", "’s")) else None
        if country is not None:
            word = low = ""  # "Iraq's Saddam Hussein": a country's possessive is no title, and says the country
        if word in _COURTESY:
            word = low = ""  # "Mr Donald Trump said": a courtesy title is no title, and no other name's end
        refused = (word[:1].isupper() and word[-1:].isalpha()) or low in _REFUSED_BEFORE or low in HEADS \
            or low in MODIFIERS or low.startswith(("ex-", "former-")) or low.endswith(("-elect", "-designate"))
        if not refused and (from_table or _in_office(name, year)):
            out.append(Mention(start, end, start, end, name, "", country))
            titled.add(name)  # later ones are attached as bare mentions, like any other full name
    return out


@functools.cache
def _nickname_table() -> dict[str, str]:
    """``nicknames.tsv``: nickname -> full name, read on first use."""
    rows = Path(__file__).with_name("nicknames.tsv").read_text(encoding="utf-8").splitlines()
    pairs = (line.split("\t") for line in rows if line and not line.startswith("#"))
    return {nickname: name for nickname, name in pairs}


@functools.cache
def _nickname_pattern() -> re.Pattern[str]:
    # No \b before the names: a pattern opening on their first letters is searched for by those letters (in C),
    # one opening on \b is tried at every character of the text. _nicknames tests the edge before.
    return re.compile("(?:" + trie_pattern(_nickname_table()) + r")\b")


def _nicknames(text: str) -> Iterator[re.Match[str]]:
    """Each nickname standing as a whole word in *text*: the matches of ``\\b(?:<nicknames>)\\b``, left to right."""
    if not any(nickname in text for nickname in _nickname_table()):
        return  # a plain substring search per nickname (the table is short) spares most texts the pattern's scan
    pattern = _nickname_pattern()
    found = pattern.search(text)
    while found is not None:
        start = found.start()
        if start and _is_word(text[start - 1]):
            found = pattern.search(text, start + 1)  # inside a longer word: \b fails here, try the next start
            continue
        yield found
        found = pattern.search(text, found.end())


def _nickname_holder(nickname: str, reference: dt.date | None) -> str | None:
    """The full name of the office holder *nickname* stands for, when they held office on the story's day (in its
    year, for ``known_leaders.tsv``'s holders; any day when the story is undated)."""
    name = _nickname_table().get(nickname)
    if name is None:
        return None
    if name in _known_leaders():
        return name if _in_office(name, reference.year if reference is not None else None) else None
    identity = identify(name, date=reference)
    if identity is None or (reference is not None
                            and not spell_covers(identity.start or "", identity.end or "", reference.isoformat())):
        return None
    return name


def _table_country(name: str) -> str | None:
    identity = identify(name)
    return identity.country if identity is not None else None


def _nicknamed(text: str, mentions: list[Mention], reference: dt.date | None,
               dateline_country: str | None) -> list[Mention]:
    """*mentions* with nicknames read as the holders' full names: ``President Jokowi`` is Joko Widodo; and a
    nickname written alone (``Jokowi said``) is a mention of the holder, as a full name written alone is, in a
    story about the holder's state, when the text writes no one else by that name (``Asia Bibi``)."""
    hits = _nicknames(text)
    first = next(hits, None)
    if first is None:
        return mentions
    out = [attrs.evolve(m, name=full) if " " not in m.name and (full := _nickname_holder(m.name, reference))
           else m for m in mentions]
    taken = _Taken([(m.start, m.end) for m in out])
    holders: dict[str, str | None] = {}  # each nickname's holder, judged once: a text may repeat it thousands of times
    for found in itertools.chain((first,), hits):
        start, end = found.span()
        nickname = found.group()
        if nickname not in holders:
            full = _nickname_holder(nickname, reference)
            if full is not None and (_untitled_full_name(text, nickname) is not None or not _state_named(
                    text, _known_leaders().get(full) or _table_country(full), dateline_country)):
                full = None
            holders[nickname] = full
        full = holders[nickname]
        if full is None or not taken.free(start, end):
            continue
        before = text[max(0, start - 30) : start].split()
        word = before[-1].strip("\"“‘'(,") if before else ""
        after = text[end + 1 : end + 2] if text.startswith(" ", end) else ""
        if word.endswith(("'s", "’s")):
            word = ""  # "Indonesia's Jokowi": a possessive is no part of the name
        if (word[:1].isupper() and word[-1:].isalpha() and word not in _COURTESY and word not in _STOP) \
                or word.lower() in _REFUSED_BEFORE or after.isupper():
            continue  # "Asia Bibi", "former Jokowi aide", "Lula Ferreira": part of another name, or no office now
        out.append(Mention(start, end, start, end, full, "", None))
    return out


# "Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un": a ruler's sibling, named by the kinship.
_SIBLING_RE = regex.compile(r", (?:the |his |her )?+(?:\p{Ll}++ ){0,2}?(sister|brother) of ")
# The ruler's title between "of" and the name: a leader's or a monarch's, whose siblings hold posts by birth.
_RULER_RE = regex.compile(r"(?i:\b(?:leader|king|queen|emir|sultan|crown prince)) $")
# At most this many characters (the ruler's title) between "of" and the ruler's name.
_SIBLING_REACH = 45


def _siblings(text: str, mentions: list[Mention], year: int | None, reference: dt.date | None) -> list[Mention]:
    """Rulers' siblings named by their kinship: ``Kim Yo Jong, the powerful sister of North Korean leader Kim Jong
    Un``. Where power passes in a family, a ruler's sister or brother holds a post of their own, and wire copy
    gives the kinship instead of it. Only after a ruler's title (``leader``, ``King``): ``the brother of President
    Trump`` holds no office. The sibling takes the ruler's country. Children, spouses and parents are left out."""
    if " sister" not in text and " brother" not in text:
        return []
    out: list[Mention] = []
    starts = sorted((m.name_start, index) for index, m in enumerate(mentions))
    out += _kin_ahead(text, mentions, starts, year, reference)
    if " sister of " not in text and " brother of " not in text:
        return out
    for count, match in enumerate(_SIBLING_RE.finditer(text)):
        if count == _MAX_PEOPLE:
            break  # each kinship costs a scan of the mentions near it: the first ones only, as for family names
        reach = match.end() + _SIBLING_REACH
        first = bisect.bisect_left(starts, (match.end(), -1))
        ruler = next((mentions[index] for name_start, index in starts[first:first + 8]
                      if name_start <= reach and " " in mentions[index].name), None)
        if ruler is None or not _RULER_RE.search(text, match.end(), ruler.name_start):
            continue
        country = ruler.country or _holder_country(ruler.name, year, reference)
        named = name_before(text, match.start())
        if country is None or named is None:
            continue
        start, sibling = named
        owner = max(sibling.rfind("'s "), sibling.rfind("’s "))
        if owner >= 0:  # "North Korea's Kim Yo Jong"
            start, sibling = start + owner + 3, sibling[owner + 3 :]
        if " " in sibling and not any(m.start < match.start() and start < m.end for m in mentions):
            kin = "Sister" if match.group(1) == "sister" else "Brother"
            out.append(Mention(start, match.start(), start, match.start(), sibling, kin, country))
    return out


# "Kim Jong Un's sister, Kim Yo Jong", "His younger sister Kim Yo Jong": the kinship before the sibling's name,
# owned by the ruler's name or by a pronoun for the ruler last named.
_KIN_AHEAD_RE = regex.compile(r"(?:['’]s|\b[Hh](?:is|er)) (?:\p{Ll}++ ){0,2}?(sister|brother),? (?=\p{Lu})")
_KIN_PRONOUN_REACH = 300  # how far back "his" may point to the ruler


def _kin_ahead(text: str, mentions: list[Mention], starts: list[tuple[int, int]], year: int | None,
               reference: dt.date | None) -> list[Mention]:
    """Rulers' siblings named after their kinship: ``North Korean leader Kim Jong Un's sister, Kim Yo Jong``;
    ``His sister Kim Yo Jong`` when the ruler is the person last named before it. Only a ruler's (as for
    :func:`_siblings`): ``Mr Moon's brother`` holds no post by birth."""
    out: list[Mention] = []
    for count, match in enumerate(_KIN_AHEAD_RE.finditer(text)):
        if count == _MAX_PEOPLE:
            break
        before = bisect.bisect_left(starts, (match.start(), -1))
        if before == 0:
            continue
        ruler = mentions[starts[before - 1][1]]
        if text.startswith("'s", match.start()) or text.startswith("’s", match.start()):
            if ruler.end != match.start():
                continue  # the owner is no person named by the mentions
        elif match.start() - ruler.end > _KIN_PRONOUN_REACH:
            continue
        if " " not in ruler.name or not _RULER_RE.search(text, max(0, ruler.name_start - _SIBLING_REACH),
                                                         ruler.name_start):
            continue
        country = ruler.country or _holder_country(ruler.name, year, reference)
        parsed = _parse_name(text, match.end())
        if country is None or parsed is None or len(parsed[1]) < 2:
            continue
        end, words = parsed
        if not any(m.start < end and match.end() < m.end for m in mentions):
            kin = "Sister" if match.group(1) == "sister" else "Brother"
            out.append(Mention(match.end(), end, match.end(), end, " ".join(words), kin, country))
    return out


def _holder_country(name: str, year: int | None, reference: dt.date | None) -> str | None:
    """The country of the well-known or listed office holder *name*, in office in the story's year or on its day."""
    known = _known_leaders()
    if name in known:
        return known[name] if _in_office(name, year) else None
    identity = identify(name, date=reference) if reference is not None else None
    return identity.country if identity is not None else None


# "Mr Pompeo said": the courtesy titles Straits Times copy writes before every family name.
_COURTESY_NEEDLES = ("Mr ", "Mrs ", "Ms ", "Madam ", "Dr ")
# The table's offices of heads: the only holders a family name written first ("Mr Xi") is resolved to.
_HEAD_OFFICES = frozenset(("head_of_state", "head_of_government", "leader"))
# "Mr Lee, a shopkeeper": an indefinite appositive describes someone the reader does not know.
_UNKNOWN_APPOSITIVE = (", a ", ", an ")


def _courtesy_holders(text: str, mentions: list[Mention], reference: dt.date,
                      dateline_country: str | None) -> list[Mention]:
    """Office holders the text names only by courtesy title and family name (``WASHINGTON - Mr Pompeo said ...``),
    never in full and never with a title: the one person of that family name the office-holder table has in office
    on the story's day, when the text names their state (or datelines it). The mention carries the full name, so
    later ``Pompeo`` mentions attach to it. A family name written first (``Mr Xi``, ``Mr Lee``) is common: it is
    resolved only to a head of state or government (``SINGAPORE - Mr Lee said`` is the prime minister; ``Mr Wang``
    is no foreign minister). A family name the text also writes with another given name is never resolved."""
    families = {_family(m.name) for m in mentions} | {m.name for m in mentions}
    out: list[Mention] = []
    seen: set[str] = set()
    for needle in _COURTESY_NEEDLES:
        position = text.find(needle)
        while position >= 0:
            start, position = position, text.find(needle, position + len(needle))
            if start > 0 and text[start - 1].isalnum():
                continue
            begin = start + len(needle)
            end = begin
            while end < len(text) and (text[end].isalpha() or text[end] == "-" or (
                    text[end] in "'’" and text[end + 1 : end + 2].isupper())):  # "O'Brien", not "Trump's"
                end += 1
            family = text[begin:end]
            if not (family[:1].isupper() and family[1:].islower()) or family in families or family in seen \
                    or family in _STOP or text.startswith(_UNKNOWN_APPOSITIVE, end):
                continue
            after = text[end + 1 : end + 2] if text.startswith(" ", end) else ""
            if after.isupper():
                continue  # "Mr Mike Pompeo": a full name, read by the other rules or by none
            seen.add(family)
            mention = _courtesy_holder(text, start, begin, end, reference=reference, dateline_country=dateline_country)
            if mention is not None:
                out.append(mention)
    return out


def _courtesy_holder(text: str, start: int, begin: int, end: int, *, reference: dt.date,
                     dateline_country: str | None) -> Mention | None:
    """:func:`_courtesy_holders` for the one courtesy title at *start* and family name at *begin*-*end*."""
    family = text[begin:end]
    identity = identify(family, date=reference)
    if identity is None or identity.country is None or " " not in identity.name:
        return None
    if family in SURNAMES_FIRST and identity.office not in _HEAD_OFFICES:
        return None
    if not spell_covers(identity.start or "", identity.end or "", reference.isoformat()):
        return None
    if _untitled_full_name(text, family) is not None:
        return None  # "Mr Johnson" where the text names a "Dustin Johnson": not the table's
    code = identity.country
    if not _state_named(text, code, dateline_country):
        return None
    name = _known_spelling(family, code, reference.year) or _wire_spelling(identity.name)
    return Mention(start, end, begin, end, name, "", code)


def _row_fits_story(identity: Identity, name: str, text: str, dateline_country: str | None) -> bool:
    """Whether the table's row *identity* may be the person the text calls *name*: a row with no office fits any
    title, so a family name alone is identified through it only when the story is about that row's state
    (``HONG KONG - Chief Secretary Lam`` is no To Lam of Vietnam; ``HANOI - Minister Lam`` is)."""
    return identity.office is not None or " " in name or _state_named(text, identity.country, dateline_country)


def _family_guess(family: str, title: str | None, year: int | None, text: str,
                  dateline_country: str | None) -> str | None:
    """The country of the well-known office holders of *family* name in office in *year*, for a family name alone:
    only under the title of an office ``known_leaders.tsv`` lists (``Prime Minister Lee``, ``Chairman Kim``), or in
    a story about that state. ``HONG KONG - Security Secretary Lee`` is no Singaporean."""
    code = _known_family_country(family, year)
    if code is None or not title or any(_office_fits(title, office) for office in _LISTED_OFFICES) \
            or _state_named(text, code, dateline_country):
        return code
    return None


def _state_named(text: str, code: str | None, dateline_country: str | None) -> bool:
    """Whether the story is about state *code*: its dateline's, or named in it by name or demonym."""
    return code is not None and (code == dateline_country or any(form in text for form in _state_forms().get(code, ())))


def _known_spelling(word: str, country: str | None, year: int | None) -> str | None:
    """How ``known_leaders.tsv`` (written as wire copy spells names) writes the one holder for *country* in office
    in *year* whose name has the word *word*: ``Sergei Lavrov`` where the table has Wikidata's ``Sergey Lavrov``,
    ``Mahathir Mohamad`` where it has ``Mahathir bin Mohamad``."""
    names = [name for name, code in _known_leaders().items()
             if code == country and word in name.split() and _in_office(name, year)]
    return names[0] if len(names) == 1 else None


def _untitled_full_name(text: str, family: str) -> str | None:
    """The one full name ``<Given> <family>`` the text writes without a title, if exactly one."""
    names: set[str] = set()
    needle = " " + family
    position = text.find(needle)
    while position > 0 and len(names) < 2:
        end = position + len(needle)
        if end == len(text) or not text[end].isalnum():
            start = text.rfind(" ", max(0, position - 30), position) + 1
            given = text[start:position]
            if given.isalpha() and given[:1].isupper() and given[1:].islower() and given not in _STOP \
                    and given.lower() not in HEADS and given.lower() not in MODIFIERS and _demonym(given) is None \
                    and given.lower() not in PLURAL_HEADS:  # "Foreign Ministers Motegi and Kang"
                names.add(f"{given} {family}")
        position = text.find(needle, end)
    if not names:
        names = _untitled_family_first(text, family)
    return names.pop() if len(names) == 1 else None


def _untitled_family_first(text: str, family: str) -> set[str]:
    """``Abe Shinzo`` for a ``Prime Minister Abe``, ``Kang Kyung-wha`` for a ``Foreign Minister Kang``: the full
    names written family name first that open with *family*, when the family name is one written first
    (``surnames.tsv``) or the office-holder table knows the full name (``Abe Shinzo``)."""
    names: set[str] = set()
    needle = family + " "
    position = text.find(needle)
    while position >= 0 and len(names) < 2:
        if position == 0 or not text[position - 1].isalnum():
            parsed = name_at(text, position)
            if parsed is not None and len(parsed) >= 2 and parsed[0] == family:
                three = " ".join(parsed[:3])
                two = " ".join(parsed[:2])
                if len(parsed) >= 3 and identify(three) is not None:
                    names.add(three)  # "Lee Hsien Loong"
                elif family in SURNAMES_FIRST or identify(two) is not None:
                    names.add(two)
        position = text.find(needle, position + len(needle))
    return names


def _may_hold_office(full_name: str, year: int | None) -> bool:
    """False when the well-known office holders of that family name in office in *year* are all someone else:
    ``President Reagan`` in 1987 is not the ``Nancy Reagan`` the story also names."""
    holders = _holders(family_name(full_name), year)
    return not holders or full_name in holders


# Malaysia's federal honours, which its copy writes before the name ("Datuk Seri Azmin Ali", "Tan Sri Muhyiddin");
# Brunei's "Dato" and "Pehin" are left out.
_MALAYSIAN_HONOUR_RE = regex.compile(r"\b(?:Tun|Tan Sri|Toh Puan|Datuk(?: Seri| Patinggi)?+|Datin(?: Seri)?+|"
                                     r"Dato['’] Sri) $")


def _honorific_country(text: str, titled: list[Mention]) -> str | None:
    """Malaysia, for a person any of whose mentions puts a Malaysian honour before the name."""
    for mention in titled:
        if _MALAYSIAN_HONOUR_RE.search(text, max(0, mention.name_start - 16), mention.name_start):
            return "MY"
    return None


def _korean_side(text: str, start: int, korean: bool) -> str | None:
    """``the North's`` (KP) or ``the South's`` (KR) right before a mention, in a story that names Korea."""
    side = _KOREAN_SIDE_RE.search(text, max(0, start - 12), start) if korean else None
    if side is None:
        return None
    return "KP" if side.group(1) == "North" else "KR"


def _possessor_country(text: str, start: int) -> str | None:
    """``China's Xi``: the country a bare mention is introduced by, if any."""
    match = _POSSESSOR_RE.search(text, max(0, start - 30), start)
    return _country(match.group(1)) if match is not None else None


def _sentence_country(text: str, start: int, *, places: bool = True) -> str | None:
    """The country the sentence places a mention in before it: ``During his stay in Portugal, ... Prime
    Minister X``; ``The Pentagon said Defense Secretary X``. The last cue before the mention wins; with
    *places* False, only offices (``The Pentagon``) count."""
    low = max(0, start - 300)
    stop = max(text.rfind(". ", low, start), text.rfind("\n", low, start), text.rfind("? ", low, start))
    begin = stop + 1 if stop >= 0 else low
    best: tuple[int, str] | None = None
    for match in _PLACE_CUE_RE.finditer(text, begin, start) if places else ():
        words = match.group(1).split(" ")
        for size in range(len(words), 0, -1):
            code = _country(" ".join(words[:size]))
            if code is not None:
                best = (match.start(), code)
                break
    sentence = text[begin:start]
    for office, code in _OFFICE_COUNTRIES.items():
        position = sentence.rfind(office)
        if position >= 0 and (best is None or begin + position > best[0]):
            best = (begin + position, code)
    return best[1] if best is not None else None


def _qualifier_country(words: str) -> str | None:
    """The country one to three capitalised words before a head name: an office, a demonym, a possessive."""
    tokens = words.split()
    size = min(3, len(tokens))
    while size > 0:
        phrase = " ".join(tokens[-size:])
        office = OFFICES.get(phrase.lower())
        if office is not None and office[1] is not None:
            return office[1]
        if office is not None:  # "Chinese Foreign Ministry": the office names no state, the word before may
            tokens = tokens[:-size]
            size = min(3, len(tokens))
            continue
        code = _country(phrase[:-2]) if phrase.endswith(("'s", "’s")) else _demonym(phrase)
        if code is not None:
            return code
        size -= 1
    return None


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str) -> regex.Pattern[str]:
    """*pattern* compiled once: a story looks for its few titles and family names again and again (the regex
    module's own cache of patterns written as strings costs a lookup in Python each time)."""
    return regex.compile(pattern)


def _antecedent_office(text: str, start: int, title: str | None) -> str | None:
    """The country an earlier, nameless use of the same bare title gave it: ``A Pentagon spokesman said Thursday
    ... said spokesman Kenneth Bacon`` (US). A use followed by a name is another person's title."""
    if not title or " " in title:
        return None
    low = max(0, start - 600)
    if text.find(title[1:], low, start) < 0:
        return None  # every use holds the title past its first letter: a plain search spares the regex
    best = None
    pattern = r"\b[" + title[0].upper() + title[0].lower() + "]" + regex.escape(title[1:]) + r"\b"
    for match in _compiled(pattern).finditer(text, low, start):
        after = text[match.end() : match.end() + 2]
        if after[:1] == " " and after[1:].isupper():
            continue  # "Russian President Putin": that title is Putin's
        words = _CAPITALISED_BEFORE_RE.search(text, max(0, match.start() - 60), match.start())
        code = _qualifier_country(words.group()) if words is not None else None
        if code is not None:
            best = code
    return best


def _companion_country(text: str, start: int, families: dict[str, str]) -> str | None:
    """The country of the leader a mention's sentence says it accompanies: ``... most frequently accompanied Kim
    ..., followed by ... Defense Minister No Kwang-chol`` (KP, Kim's)."""
    begin = sentence_at(text, start)[0]
    found = _ENTOURAGE_RE.search(text, begin, start)
    if found is None:
        return None
    sentence = text[begin:start]
    codes = {code for family, code in families.items()
             if _compiled(r"\b" + regex.escape(family) + r"\b").search(sentence) is not None}
    return codes.pop() if len(codes) == 1 else None


# "Australian Foreign Minister Marise Payne and Defence Minister Linda Reynolds": a minister's title joined to a
# minister's mention that names its state shares that state.
_COORDINATION = (" and ", ", ", ", and ")
_CABINET_HEADS = ("Minister", "Secretary")


def _coordinated_country(text: str, mention: Mention, ends: dict[int, str]) -> str | None:
    """The state of the minister's mention that *mention* (a minister's title with no state of its own) is
    joined to by ``and`` or a comma."""
    if not mention.title.endswith(_CABINET_HEADS):
        return None
    for joint in _COORDINATION:
        if text.startswith(joint, mention.start - len(joint)):
            return ends.get(mention.start - len(joint))
    return None


def _patron_country(text: str, start: int, families: dict[str, str]) -> str | None:
    """The country of the leader whose aide a mention is: ``Mr Trump's national security adviser Robert O'Brien``."""
    match = _POSSESSOR_RE.search(text, max(0, start - 30), start)
    return families.get(match.group(1).rsplit(" ", 1)[-1]) if match is not None else None


# The offices of the table a title names, by its last words: a family name alone is resolved only to a holder of
# the office its title says ("Pope Francis" is no Sierra Leonean minister named Francis; "Deputy Prime Minister
# Kim" no President Kim).
_TITLE_OFFICES: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("Deputy", "Vice", "First Deputy", "Acting"), frozenset()),
    (("Prime Minister", "Premier", "Chancellor"), frozenset(("head_of_government", "leader"))),
    (("President", "Chairman", "General Secretary", "Leader", "Supreme Leader"),
     frozenset(("head_of_state", "head_of_government", "leader"))),
    (("King", "Queen", "Emir", "Amir", "Sultan", "Emperor", "Shah", "Monarch"), frozenset(("head_of_state", "leader"))),
    (("Foreign Minister", "Foreign Secretary", "Secretary of State", "Minister of Foreign Affairs",
      "Minister for Foreign Affairs", "External Affairs Minister"), frozenset(("foreign_minister",))),
    # "Mr Pompeo, the top US diplomat": a state's diplomat in chief, named by the family name of its foreign minister.
    (("Diplomat",), frozenset(("foreign_minister",))),
)


# The offices of the table and of known_leaders.tsv: a title naming one may take a well-known holder's family name.
_LISTED_OFFICES = ("head_of_state", "head_of_government", "leader", "foreign_minister")


def _office_fits(title: str | None, office: str | None) -> bool:
    """Whether *title* may name a holder of the table's *office* (an office the table leaves open may)."""
    if office is None or not title:
        return office is None
    for words, offices in _TITLE_OFFICES:
        if title.startswith(words) and not offices:
            return False  # "Deputy Prime Minister", "Vice President": not the office the last words name
        if title.endswith(words):
            return office in offices
    return False


def _identify(name: str, title: str | None, country: str | None, reference: dt.date | None) -> Identity | None:
    """:func:`identify`, with a family name alone resolved only to a holder of the office its title names."""
    identity = identify(name, country=country, date=reference)
    if identity is not None and " " not in name and not _office_fits(title, identity.office):
        return None
    return identity


def _reported_country(text: str, start: int, families: dict[str, str], ends: dict[int, str]) -> str | None:
    """The country of the leader who reports on a mention: ``Soviet Foreign Ministry spokesman Yuri Gremitskikh
    said special ambassador Mikhail Sytenko left ...`` (SU, the spokesman's): a spokesman speaks of his own side.
    The reporter is a mention ending right before ``said`` (*ends*: end -> country read) or a family name."""
    match = _REPORTER_RE.search(text, max(0, start - 48), start)
    if match is None:
        return None
    return ends.get(match.end(1)) or families.get(match.group(1))


def _royal_key(title: str | None) -> str | None:
    if not title:
        return None
    if title.endswith("Crown Prince"):
        return "Crown Prince"
    last = title.rsplit(" ", 1)[-1]
    return last if last in ROYAL_STATES else None


@functools.cache
def _state_forms() -> dict[str, tuple[str, ...]]:
    """Country code -> the names and demonyms the gazetteer writes it by (capitalised forms only)."""
    forms: dict[str, list[str]] = {}
    for name in country_names():
        code = lookup_country(name)
        if code is not None and name[:1].isupper():
            forms.setdefault(code, []).append(name)
    for word in demonyms():
        code = lookup_demonym(word)
        if code is not None and word[:1].isupper():
            forms.setdefault(code, []).append(word)
    return {code: tuple(values) for code, values in forms.items()}


def _royal_country(text: str, start: int, states: frozenset[str], mentions: list[Mention]) -> str | None:
    """A monarch's or heir's state when the guess gave a state without one: that of the nearest royal mention
    before (``King Hussein of Jordan`` ... ``Crown Prince Hassan``), else the nearest such state the story names
    (``Wen's visit to Malaysia`` ... ``Sultan Tuanku Syed Sirajuddin``), before the mention or else after it."""
    royal = [m for m in mentions if m.start < start and m.country in states and _royal_key(m.title) is not None]
    if royal:
        return max(royal, key=lambda m: m.start).country
    before: tuple[int, str] | None = None
    after: tuple[int, str] | None = None
    forms = _state_forms()
    for code in sorted(states):
        for form in forms.get(code, ()):
            position = text.rfind(form, 0, start)
            if position >= 0 and (before is None or position > before[0]):
                before = (position, code)
            position = text.find(form, start)
            if position >= 0 and (after is None or position < after[0]):
                after = (position, code)
    found = before or after
    return found[1] if found is not None else None


def find_leaders(
    text: str, *, dateline_country: str | None = None, reference: dt.date | None = None
) -> tuple[Leader, ...]:
    """Every leader named with a title in *text*, each with all its mentions, the full one first.

    A well-known office holder (``known_leaders.tsv``) also counts when written by full name
    alone (``Vladimir Putin met with ...``), with no title, if the story's date *reference* falls
    in their years in office (any year when *reference* is None).

    The country is read from the title (``Russian``, ``of India``, ``India's``); an organisation
    (``UN``) gives an organisation and no country. Failing both, the country is inferred and
    ``country_inferred`` is set: from the small table of well-known office holders
    (``known_leaders.tsv``), else from the sentence before the mention (``During his stay in
    Portugal, ...``, ``The Pentagon said ...``), else from *dateline_country*. Raises ``ModelError`` only for a
    *dateline_country* that is not a two-letter code.

    >>> [(p.name, p.title, p.country) for p in find_leaders("Russian President Vladimir Putin met Xi.")]
    [('Vladimir Putin', 'President', 'RU')]
    >>> leader, = find_leaders("Foreign Minister Wang Yi spoke. Wang said so.", dateline_country="CN")
    >>> leader.name, leader.country, leader.country_inferred, len(leader.mentions)
    ('Wang Yi', 'CN', True, 2)
    >>> [(p.name, p.title) for p in find_leaders("Vladimir Putin met Prime Minister of India Narendra Modi.",
    ...                                          reference=dt.date(2024, 7, 8))]
    [('Vladimir Putin', None), ('Narendra Modi', 'Prime Minister')]
    >>> find_leaders("Real estate developer Donald Trump bid for the casino.", reference=dt.date(1987, 3, 9))
    ()
    """
    require_text(text, "find_leaders")
    return _leaders(text, dateline_country, reference, None)


def leaders_in(
    doc: Document, *, dateline_country: str | None = None, reference: dt.date | None = None
) -> tuple[Leader, ...]:
    """:func:`find_leaders` on a text already read: the titles' words come from the document's one scan for words
    (``Document.words``), which the date kind reads too.

    >>> [(p.name, p.country) for p in leaders_in(Document.build("Russian President Vladimir Putin met Xi."))]
    [('Vladimir Putin', 'RU')]
    """
    return _leaders(doc.text, dateline_country, reference, doc.words)


def _leaders(
    text: str, dateline_country: str | None, reference: dt.date | None, words: WordHits | None
) -> tuple[Leader, ...]:
    reference = require_optional_date(reference, "find_leaders", "reference")
    if dateline_country is not None:
        if not (isinstance(dateline_country, str) and len(dateline_country) == 2 and dateline_country.isascii()
                and dateline_country.isalpha()):
            raise ModelError(f"dateline_country must be an ISO 3166-1 alpha-2 code, got {dateline_country!r}")
        dateline_country = dateline_country.upper()
    mentions = find_mentions(text, words=words)
    year = reference.year if reference is not None else None
    korean = "Korea" in text  # once per text: a test per person would be quadratic
    entourage = "accompan" in text or "escort" in text or "flanked" in text  # what _ENTOURAGE_RE needs
    mentions.extend(_untitled_known(text, mentions, year, reference))
    mentions = _nicknamed(text, mentions, reference, dateline_country)
    mentions.extend(_siblings(text, mentions, year, reference))
    if reference is not None:
        mentions.extend(_courtesy_holders(text, mentions, reference, dateline_country))
    if not mentions:
        return ()
    people: dict[str, _Person] = {}
    singles: list[Mention] = []
    for mention in mentions:
        if " " in mention.name:
            person = people.get(mention.name)
            if person is None:
                person = people[mention.name] = _Person(mention.name)
            person.titled.append(mention)
        else:
            singles.append(mention)
    by_family: dict[str, list[_Person]] = {}
    # The same people by family name and first title: filtering a family's people by title for every single
    # mention was quadratic when thousands share a family name.
    by_family_title: dict[tuple[str, str], list[_Person]] = {}
    # The other words of each full name: Thai, Indonesian and Malay copy calls "Prayut Chan-o-cha" "Prime Minister
    # Prayut", Vietnamese copy "Nguyen Xuan Phuc" "Prime Minister Phuc". Only consulted when no family name fits.
    by_token: dict[str, list[_Person]] = {}
    for person in people.values():
        by_family.setdefault(person.family, []).append(person)
        by_family_title.setdefault((person.family, person.titled[0].title), []).append(person)
        tokens = person.name.split()
        # not a father's name ("King Salman" is not "Mohammed bin Salman")
        fathers = {token for before, token in itertools.pairwise(tokens) if before in PATRONYMIC}
        for token in set(tokens) - fathers - {person.family}:
            if token[:1].isupper() and len(token) > 2 and token not in _REGNAL:
                by_token.setdefault(token, []).append(person)
    searches = 0  # full names looked for, each one pass over the text: the first _MAX_PEOPLE only
    for mention in singles:
        candidates = by_family.get(mention.name, [])
        if len(candidates) > 1:
            candidates = by_family_title.get((mention.name, mention.title), [])
        if not candidates:
            candidates = by_token.get(mention.name, [])
        if mention.title in _ROYAL:
            # "King Hussein" is titled by his given name: he is no "Saddam Hussein".
            candidates = [p for p in candidates if any(m.title in _ROYAL for m in p.titled)]
        if len(candidates) == 1:
            candidates[0].titled.append(mention)
        elif not candidates:
            person = _Person(mention.name)
            full_name = None
            if mention.title not in _ROYAL and searches < _MAX_PEOPLE:
                searches += 1
                full_name = _untitled_full_name(text, mention.name)
            if full_name is not None and full_name not in people and _may_hold_office(full_name, year):
                person.name = full_name  # "President Medvedev" + "Dmitry Medvedev" elsewhere
            person.titled.append(mention)
            people[person.name] = person
            by_family.setdefault(person.family, []).append(person)
            by_family_title.setdefault((person.family, mention.title), []).append(person)
    taken = _Taken([(m.start, m.end) for m in mentions])
    # Family names of the people whose country a mention reads (not guessed), for the entourage rule.
    read_countries: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.country is not None:
            read_countries.setdefault(_family(mention.name), set()).add(mention.country)
    families = {family: codes.pop() for family, codes in read_countries.items() if len(codes) == 1}
    ends = {mention.name_end: mention.country for mention in mentions if mention.country is not None}
    leaders: list[tuple[int, Leader]] = []
    for rank, person in enumerate(people.values()):
        titled = sorted(person.titled, key=lambda m: m.start)
        full = next((m for m in titled if m.name == person.name), titled[0])
        spans = [(m.start, m.end) for m in titled if m is not full]
        bare_from = len(spans)
        if rank < _MAX_PEOPLE:  # each person costs one string search over the text
            if person.family != person.name:
                spans += _bare_spans(text, person.name, taken, family=False)
            shared = len(by_family.get(person.family, ())) > 1
            if not shared and person.family not in _STOP:
                spans += _bare_spans(text, person.family, taken, family=True)
        title_of = full.title or next((m.title for m in titled if m.title), None)
        country = next((m.country for m in [full, *titled] if m.country), None)
        organisation = next((m.organisation for m in [full, *titled] if m.organisation), None)
        if country is None and organisation is None:
            country = next((c for start, _end in spans[bare_from:] if (c := _possessor_country(text, start))), None)
        inferred = False
        # One of an organisation's officers is known by full name only: the state in the title is not theirs
        # ("The EU's chief negotiator, Michel Barnier", once France's foreign minister).
        identity = _identify(person.name, title_of, country, reference) if organisation is None else (
            identify(person.name, date=reference) if " " in person.name else None)
        if identity is not None and not _row_fits_story(identity, person.name, text, dateline_country):
            identity = None
        if country is None and organisation is None:
            # Who the person is settles the country; the guesses below are for people the table does not know.
            country = ((identity.country if identity is not None else None)
                       or _known_leaders().get(person.name) or _cabinet_country(person.name)
                       or _korean_side(text, full.start, korean)
                       or (_family_guess(person.name, title_of, year, text, dateline_country)
                           if " " not in person.name else None)
                       or _honorific_country(text, titled)
                       or next((NATIONAL_TITLES[m.title] for m in titled if m.title in NATIONAL_TITLES
                                and dateline_country not in NATIONAL_SHARED.get(m.title, ())), None)
                       or _coordinated_country(text, full, ends)
                       or _sentence_country(text, full.start,
                                            places=not _SPEAKER_RE.search(text, max(0, full.start - 16), full.start))
                       or _antecedent_office(text, full.start, full.title)
                       or (_companion_country(text, full.start, families) if entourage else None)
                       or _patron_country(text, full.start, families)
                       or _reported_country(text, full.start, families, ends)
                       or dateline_country)
            royal = ROYAL_STATES.get(_royal_key(title_of) or "")
            if royal is not None and country not in royal:
                country = _royal_country(text, full.start, royal, mentions) or (
                    next(iter(royal)) if len(royal) == 1 else country)  # "Emperor Akihito": only Japan has one
            inferred = country is not None
            if identity is None and country is not None:
                # "Saddam Hussein" in a Baghdad story: Archigos also lists him for occupied Kuwait.
                identity = _identify(person.name, title_of, country, reference)
            if country is not None and identity is None and reference is not None:
                country = state_on(country, reference)  # a Moscow story of 1987 is a Soviet one
        first = (full.start, full.end)
        rest = sorted(set(spans) - {first})
        ordered = (Span(*first), *(Span(start, end) for start, end in rest))
        title = full.title or next((m.title for m in titled if m.title), None)
        if title in _WEAK_TITLES:  # "China's top diplomat, State Councillor Wang Yi": the office, not the role
            title = next((m.title for m in titled if m.title and m.title not in _WEAK_TITLES), title)
        name = _office_holder_name(person.name, identity, title_of, reference)
        if name == person.name and identity is None and " " not in name and reference is not None:
            # "Defence Secretary Esper": a minister below the heads, by family name and portfolio
            minister = _cabinet_holder(name, title_of, reference.year, country)
            if minister is not None:
                name = minister[0]
                if country is None:
                    country, inferred = minister[1], True
        if name != person.name and identity is not None \
                and not _row_fits_story(identity, person.name, text, dateline_country):
            name = person.name
        leader = Leader(name, ordered, title, country, inferred, organisation, identity)
        leaders.append((min(m.start for m in titled), leader))
    leaders.sort(key=lambda pair: pair[0])
    return _one_per_name([leader for _start, leader in leaders])


def _office_holder_name(name: str, identity: Identity | None, title: str | None, reference: dt.date | None) -> str:
    """The full name of a person the text calls by family name alone (``Secretary of State Pompeo``, ``President
    Xi``) when the office-holder table has them in that office on the story's day; else *name*. A monarch's given
    name stays as written (``King Abdullah``)."""
    if " " in name or reference is None or _royal_key(title) is not None:
        return name
    if identity is None:
        return _known_top_holder(name, title, reference.year) or name
    if not spell_covers(identity.start or "", identity.end or "", reference.isoformat()):
        return name
    return _known_spelling(name, identity.country, reference.year) or _wire_spelling(identity.name)


# Titles of the offices known_leaders.tsv lists (heads, foreign ministers): "Chief Executive Lam" is Carrie Lam.
_TOP_TITLES = ("President", "Prime Minister", "Premier", "Chancellor", "Chief Executive", "Foreign Minister",
               "Secretary of State", "Foreign Secretary", "State Counsellor", "Leader")
_NOT_TOP = ("Deputy", "Vice", "First Deputy", "Acting", "Former", "Senior")


def _known_top_holder(family: str, title: str | None, year: int) -> str | None:
    """The one person of ``known_leaders.tsv`` (places the office-holder table leaves out: Hong Kong, and the
    foreign ministers of smaller states) of *family* name in office in *year*, for a head's or foreign minister's
    title; else None."""
    if not title or not title.endswith(_TOP_TITLES) or title.startswith(_NOT_TOP):
        return None
    names = _holders(family, year)
    return names[0] if len(names) == 1 else None


# Letters NFKD does not split into an ASCII letter and a mark: Vietnamese and Nordic names.
_UNSPLIT = str.maketrans({"Đ": "D", "đ": "d", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "ß": "ss"})


def _wire_spelling(name: str) -> str:
    """*name* as English-language wire copy writes it, without diacritics: ``Nguyễn Xuân Phúc`` is
    ``Nguyen Xuan Phuc``, ``Recep Tayyip Erdoğan`` ``Recep Tayyip Erdogan``."""
    folded = unicodedata.normalize("NFKD", name.translate(_UNSPLIT))
    return "".join(char for char in folded if not unicodedata.combining(char))


def _name_key(name: str) -> str:
    """A name compared without case, dots or hyphens: ``Moon Jae In`` is ``Moon Jae-in``."""
    return " ".join(name.replace("-", " ").replace(".", " ").casefold().split())


def _one_per_name(leaders: list[Leader]) -> tuple[Leader, ...]:
    """*leaders* with those of one name made one (the first, with the others' mentions): a family name the table
    completed may be a person the text also names in full, and copy writes a Korean given name hyphenated or not
    (``Moon Jae In`` ... ``Moon Jae-in``)."""
    if len({_name_key(leader.name) for leader in leaders}) == len(leaders):
        return tuple(leaders)
    merged: dict[str, Leader] = {}
    for leader in leaders:
        key = _name_key(leader.name)
        first = merged.get(key)
        if first is None:
            merged[key] = leader
        else:
            spans = sorted(set(first.mentions[1:]) | set(leader.mentions) - {first.mentions[0]},
                           key=lambda span: span.start)
            merged[key] = attrs.evolve(first, mentions=(first.mentions[0], *spans),
                                       identity=first.identity or leader.identity)
    return tuple(merged.values())


def parse_leader(text: str, *, dateline_country: str | None = None) -> Leader:
    """Read *text* as exactly one titled mention of a leader; inverse of :func:`render_leader`.

    >>> parse_leader("Chinese Premier Li Qiang").country
    'CN'
    >>> parse_leader("the weather")
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.ParseError: not a leader: 'the weather': expected a title and a name, ...
    """
    require_text(text, "parse_leader")
    try:
        found = find_leaders(text, dateline_country=dateline_country)
    except Exception as exc:
        raise ParseError(text, "leader", f"internal error: {exc}") from exc
    if not found:
        raise ParseError(text, "leader", "expected a title and a name, such as 'Russian President Vladimir Putin'")
    leader = found[0]
    if len(found) > 1 or len(leader.mentions) != 1 or leader.span != Span(0, len(text)):
        raise ParseError(text, "leader", "expected one titled mention covering the whole text")
    return leader


@functools.cache
def _demonym_of() -> dict[str, str]:
    # Built whole, then published by the cache: filling a shared dict in place let a second thread read it
    # half full and write a leader without a demonym.
    table: dict[str, str] = {}
    for form in demonyms():  # the table lists the usual form first
        found = lookup_demonym(form)
        if found is not None and form[:1].isupper():
            table.setdefault(found, form)
    return table


def _demonym_for(code: str) -> str | None:
    return _demonym_of().get(code)


RENDER_STYLES = ("wire", "kremlin", "appositive")


def render_leader(leader: Leader, style: str = "wire") -> str:
    """Write *leader* as one titled mention; inverse of :func:`parse_leader`.

    Styles: ``wire`` is ``<Demonym> <Title> <Name>``; ``kremlin`` is ``<Title> of <Country> <Name>``;
    ``appositive`` is ``<Name>, the <demonym> <title>``. An inferred country is left out (the
    dateline carries it); an organisation is written by its short form (``UN``), or in full after
    ``of the`` in the Kremlin style; a country with no demonym is written ``... of <Country>``.

    >>> render_leader(parse_leader("Russian President Vladimir Putin"))
    'Russian President Vladimir Putin'
    >>> render_leader(parse_leader("Russian President Vladimir Putin"), "kremlin")
    'President of Russia Vladimir Putin'
    >>> render_leader(parse_leader("Chinese Premier Li Qiang"), "appositive")
    'Li Qiang, the Chinese premier'

    Raises ``ModelError`` for an unknown style, or for a leader whose mention would not read back as
    the same leader (a country whose name or demonym holds ``and`` or brackets, a name that is no
    name): what is written always parses back.
    """
    try:
        text = _write_leader(leader, style)
    except UnknownCountryError as exc:  # a historical code the model keeps (CS, YU) has no name to write
        raise ModelError(f"{leader!r} would not read back: {exc}") from exc
    dateline = leader.country if leader.country_inferred else None
    try:
        back = parse_leader(text, dateline_country=dateline)
    except ParseError:
        back = None
    if back != attrs.evolve(leader, mentions=(Span(0, len(text)),)):
        raise ModelError(f"{text!r} would not read back as {leader!r}")
    return text


def _write_leader(leader: Leader, style: str) -> str:
    """The mention :func:`render_leader` writes, before it checks that it reads back."""
    if style not in RENDER_STYLES:
        raise ModelError(f"unknown style {style!r}; expected one of {RENDER_STYLES}")
    title = leader.title or ""
    shown = leader.country if leader.country is not None and not leader.country_inferred else None
    qualifier = ""
    if leader.organisation is not None:
        qualifier = _ORG_NAMES.get(leader.organisation, leader.organisation)
    elif shown is not None:
        qualifier = _demonym_for(shown) or ""
    if style == "kremlin" and (shown is not None or leader.organisation is not None):
        where = country_name(shown) if shown is not None else f"the {leader.organisation}"
        return f"{title} of {where} {leader.name}"
    if style == "appositive":
        lowered = " ".join(word if word.isupper() else word.lower() for word in title.split())
        phrase = " ".join(part for part in ("the", qualifier, lowered) if part)
        suffix = f" of {country_name(shown)}" if shown is not None and not qualifier else ""
        return f"{leader.name}, {phrase}{suffix}"
    suffix = f" of {country_name(shown)}" if shown is not None and not qualifier else ""
    return " ".join(part for part in (qualifier, title, leader.name) if part) + suffix
