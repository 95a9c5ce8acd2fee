"""Titles and the leaders who hold them: ``Russian President Vladimir Putin``.

How a mention is read, around one anchor:

* The anchor is the title's head noun (``President``, ``Minister``, ``Spokesman`` ...), found by one
  compiled alternation over the whole text. Everything else is parsed locally around each hit.
* Left of the head: modifiers that belong to the title (``Foreign``, ``Prime``, ``Vice``), an office
  (``Kremlin``, ``Foreign Ministry``) and one qualifier: a demonym (``Russian``), a possessive country
  (``India's``) or an organisation (``UN``). A word like ``former`` or ``ex-`` drops the mention: the
  person no longer holds the office.
* Right of the head: an optional complement (``of the Russian Federation Security Council``,
  ``of Uzbekistan``, ``to China``), then the name, then an optional ``of <Country>``.
* With no name after the title, an appositive is tried: ``Narendra Modi, India's prime minister``.

Coreference: later mentions by family name (``Putin``; ``Xi`` for the family-name-first ``Xi Jinping``)
join the leader's mentions, found by plain string search; a family name shared by two leaders is not
merged. The country comes from the title; failing that, from the dateline, marked as inferred.

The rules are listed in :data:`rules` by name, Duckling style; :func:`find_mentions` applies them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import regex

from ...gazetteer.countries import lookup_city, lookup_country, lookup_demonym
from ...text.words import word_hits, word_pattern
from .._engine import Rule
from .._lexicon import wrapped
from ..ordinal.rules import ORDINAL_WORDS

__all__ = ["WORDS", "Mention", "find_mentions", "head_pattern", "name_at", "name_before", "rules"]  # noqa: F822 - rules comes from __getattr__

_HERE = Path(__file__).resolve().parent


# --- the lexicon (read once, at import; a few kilobytes) ----------------------


def _rows(name: str) -> Iterator[list[str]]:
    for line in (_HERE / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


@attrs.frozen
class _Head:
    value: str
    need: str  # "", "needs-modifier" or "needs-qualifier"


@attrs.frozen
class _Modifier:
    value: str
    heads: frozenset[str] | None  # None: may stand before any head


HEADS: dict[str, _Head] = {}
MODIFIERS: dict[str, _Modifier] = {}
CANONICAL: dict[str, str] = {}
OFFICES: dict[str, tuple[str, str | None]] = {}
ORGS: dict[str, str] = {}
NATIONAL_TITLES: dict[str, str] = {}  # a title only one state uses -> that state
NATIONAL_SHARED: dict[str, frozenset[str]] = {}  # such a title -> other states whose copy uses it too
GROUPS: dict[str, tuple[str, str]] = {}  # surface -> (group's name, country it acts in)
ROYAL_STATES: dict[str, frozenset[str]] = {}  # a monarch's or heir's title -> the states that have it
REALMS: dict[str, str] = {}  # a monarchy inside a state (an emirate, a Malay state) -> the state
INSTITUTIONS: frozenset[str]
EXCLUDE: frozenset[str]
ABBREVIATIONS: set[str] = set()  # heads written in capitals only: "PM Lee Hsien Loong", never "3 pm"

_institutions: set[str] = set()
_exclude: set[str] = set()
for _row in _rows("titles.tsv"):
    _kind, _surface, _value = _row[0], _row[1], _row[2]
    _extra = _row[3] if len(_row) > 3 else ""
    if _kind == "head":
        HEADS[_surface] = _Head(_value, _extra)
    elif _kind == "abbreviation":
        HEADS[_surface.lower()] = _Head(_value, _extra)
        ABBREVIATIONS.add(_surface)
    elif _kind == "modifier":
        MODIFIERS[_surface] = _Modifier(_value, None if _extra == "*" else frozenset(_extra.split(",")))
    elif _kind == "canonical":
        CANONICAL[_surface] = _value
    elif _kind == "office":
        OFFICES[_surface.lower()] = (_surface, None if _value == "-" else _value)
    elif _kind == "org":
        ORGS[_surface] = _value
    elif _kind == "national":
        NATIONAL_TITLES[_surface] = _value
        if _extra:
            NATIONAL_SHARED[_surface] = frozenset(_extra.split(","))
    elif _kind == "group":
        GROUPS[_surface] = (_value, _extra)
    elif _kind == "institution":
        _institutions.add(_surface)
    elif _kind == "exclude":
        _exclude.add(_surface)
    elif _kind == "royal":
        ROYAL_STATES[_surface] = frozenset(_value.split(","))
    elif _kind == "realm":
        REALMS[_surface] = _value
INSTITUTIONS = frozenset(_institutions)
_OFFICE_WORDS = frozenset(word for key in OFFICES for word in key.split())
EXCLUDE = frozenset(_exclude)
SURNAMES_FIRST: frozenset[str] = frozenset(r[0] for r in _rows("surnames.tsv"))
_ORG_NAMES: dict[str, str] = {}
for _surface, _value in ORGS.items():
    _ORG_NAMES.setdefault(_value, _surface)

# Capitalised words that never start or continue a person's name. Months that are also names
# (May, June, April; Jan and Jun as given names) are left out.
_STOP = frozenset(
    (
        "The", "A", "An", "In", "On", "At", "And", "But", "Or", "Of", "For", "To", "With", "By", "As", "From",
        "He", "She", "It", "They", "We", "I", "His", "Her", "Its", "Their", "Our", "This", "That", "These",
        "Those", "Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "Said", "Also", "After", "Before", "During", "While",
        "When", "Who", "Which", "What", "Where", "Why", "How", "Today", "Yesterday", "Tomorrow", "Tonight",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "July", "August", "September", "October", "November", "December",
        "Feb", "Mar", "Apr", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Here", "There",
        "Both", "All", "Some", "Meanwhile", "However", "Speaking", "Asked", "According", "Noting", "Pointing",
        "Under", "Since", "Until", "Last", "Next", "Earlier", "Later", "Xinhua", "Reuters", "AFP", "AP",
        "Yonhap", "TASS",
        # Headline words written in title case ("Foreign Minister Wang Yi Arrives In Oslo"): never part of a name.
        "Says", "Will", "Would", "Meets", "Arrives", "Visits", "Calls", "Urges", "Warns", "Ahead", "Amid", "Over",
        "Against", "Vows", "Seeks", "Holds", "Tells", "Slams", "Rejects", "Backs", "Is", "Was", "Has", "Not",
        "Agree", "Agrees", "Sign", "Signs", "Discuss", "Discusses", "Wants", "Hails", "Pledges", "Set", "Receives",
        "Congratulates", "Lauds", "Praises", "Stresses", "Emphasises", "Emphasizes", "Underlines", "Blasts",
        "Condemns", "Criticises", "Criticizes", "Denies", "Dismisses", "Defends", "Thanks", "Sends", "Speaks",
        "Hosts", "Greets", "Welcomes", "Promises", "Offers", "Expects", "Hopes", "Unveils", "Launches", "Opens",
        "Attends", "Addresses", "Chairs", "Leads", "Joins", "Leaves", "Departs", "Returns", "Lands", "Travels",
        "Tours", "Inspects", "Reaffirms", "Affirms", "Reiterates", "Confirms", "Announces", "Orders", "Appoints",
        "Nominates", "Sacks", "Resigns", "Quits", "Wins", "Accepts", "Approves", "Eyes", "Mulls", "Weighs",
        "Considers", "Plans", "Prepares", "Begins", "Concludes", "Wraps", "Embarks", "Vetoes", "Threatens",
        "Accuses", "Blames", "Asks", "Demands", "Insists", "Admits", "Apologises", "Apologizes", "Mourns",
        "Celebrates", "Commemorates", "Extends", "Expresses", "Conveys", "Delivers", "Phones", "Replies",
        "Responds", "Reacts", "Presses", "Stands", "Pays", "Touts", "Cites", "Notes", "Outlines", "Reassures"
    )
)
# Stop words that are also syllables of romanised Chinese given names ("Heng Chee How").
_NAME_SYLLABLES = frozenset(("How", "In", "An"))  # "Heng Chee How", "Moon Jae In", "Ahn Cheol An"
# A name's last word that makes it a place: "President Street", "King George Street", "Queen Street".
_PLACE_WORDS = frozenset(("street", "road", "avenue", "boulevard", "square", "highway", "bridge", "hospital",
                          "airport", "stadium", "station", "mosque", "cathedral", "base", "city", "palace"))
_PARTICLES = frozenset(
    (
        "bin", "bint", "ibn", "al", "el", "de", "del", "della", "da", "di", "du", "van", "der", "den", "von",
        "la", "le", "dos", "das", "ben"
    )
)
_DETERMINERS = frozenset(("the", "a", "an"))
# A father's royal style inside a Malay ruler's name: "Sultan Abdullah Sultan Ahmad Shah", "Ibrahim Sultan Iskandar".
_PATRONYMIC_STYLES = frozenset(("Sultan",))
# Words that end a body's name, never a person's: "Investment Fund", "Gates Foundation".
_BODY_WORDS = frozenset(("fund", "foundation", "institute", "association", "authority", "board", "service", "group",
                         "corporation", "company", "university", "party", "front", "movement", "league", "network",
                         "programme", "program", "society", "forum", "bureau", "administration", "police", "army",
                         "project", "initiative", "studies", "school", "college", "museum", "laboratory"))
_SOVEREIGN_HEADS = frozenset(("head", "leader", "emir", "amir", "prince"))  # "Supreme head of state Sultan X"
# A complement naming one of these is no office of state: "chairman of the Singapore Institute of International
# Affairs".
_PRIVATE_BODIES = frozenset(("institute", "university", "foundation", "school", "college", "society", "association",
                             "project", "studies", "think-tank"))
_STATE_WORDS = frozenset(("national", "state", "federal", "royal", "government"))  # "National Institute of Health"
_TOP_OFFICES = frozenset(("President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emir", "Sultan"))
_CHAIRS = frozenset(("chairman", "chairwoman", "chairperson"))
_STATE_BODY_ENDS = frozenset(("chiefs", "fed", "reserve"))  # "Joint Chiefs Chairman", "Federal Reserve Chairman"
_ENVOYS = frozenset(("envoy", "representative", "coordinator", "ambassador", "negotiator"))
# A seat on a ruling party's top body written before the name: "Politburo member Yang Jiechi", "Politburo Standing
# Committee member Wang Huning". Other bodies' members stay appositive-only ("a committee member").
_PARTY_SEAT_RE = regex.compile(r"\bPolitburo(?: Standing Committee)? $")
_MONARCHS = frozenset(("king", "queen", "monarch", "ruler", "sultan"))
_ROYAL_HEADS = frozenset(("king", "queen", "sultan", "emir", "amir", "prince", "ruler"))
_RANKS = ("General ", "Gen. ", "Gen ", "Senior General ", "Lieutenant General ", "Lt Gen ", "Lt. Gen. ", "Lt-Gen ",
          "Major General ", "Maj Gen ", "Brigadier General ", "Admiral ", "Adm. ", "Vice Admiral ", "Rear Admiral ",
          "Field Marshal ", "Air Chief Marshal ", "Colonel ", "Col. ",
          # Commonwealth copy hyphenates them: "Chief of Army Major-General Goh Si Hou".
          "Lieutenant-General ", "Major-General ", "Brigadier-General ", "Vice-Admiral ", "Rear-Admiral ",
          "Air Marshal ", "Air Vice-Marshal ", "Maj-Gen ", "Lieutenant-Colonel ")
# Courtesy titles before a name: the mention covers them, the name does not.
# Malaysian and Bruneian honours (Tan Sri, Datuk Seri, Dato' ...) are courtesy titles too: the name is the
# person's own ("Tan Sri Muhyiddin Yassin" is Muhyiddin Yassin). Longest first, so "Datuk Seri" beats "Datuk".
_HONORIFICS = tuple(sorted((
    "Mr ", "Ms ", "Mrs ", "Dr ", "Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Madam ", "His Excellency ", "Her Excellency ",
    "H.E. ", "The Honorable ", "The Honourable ", "the Honorable ", "the Honourable ", "Tan Sri ", "Puan Sri ",
    "Datuk Seri ", "Datuk ", "Dato' Sri ", "Dato’ Sri ", "Dato Sri ", "Dato' ", "Dato’ ", "Dato ", "Datin ", "Tun ",
    "Professor ", "Prof ", "Prof. ", "Sheikh ", "Sheikha ", "Prince ", "Princess ", "Sir ", "Dame ", "Ayatollah ",
    "Grand Ayatollah ", "Rep. ", "Sen. ", "Gov. ", *_RANKS), key=len, reverse=True))  # CNN: "Rep. Adam Schiff'
_HONORIFICS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _honorific in _HONORIFICS:
    _HONORIFICS_BY_FIRST[_honorific[0]] = (*_HONORIFICS_BY_FIRST.get(_honorific[0], ()), _honorific)
# Honours that are also names: "Sheikh Hasina" is a name, "Sheikh Tamim bin Hamad Al Thani" a courtesy title.
# Military ranks are read so too: "Chief of General Staff General Ismail Hakki Karadayi".
_NAME_LIKE_HONORIFICS = ("Sheikh ", "Sheikha ", "Prince ", "Princess ", "Ayatollah ", *_RANKS)
_TWO_NAME_WORDS_RE = regex.compile(r"\p{Lu}(?:\.|[\p{L}\p{M}'’\-]*+) (?:(?:bin|bint|al|Al|el) )?(?:(?:al|el)-)?\p{Lu}")
# Adjectives that may stand before the qualifier or between it and a lower-case title: "South Korea's new
# national security adviser", "Top Chinese diplomat". They say nothing about holding the office.
_HONORIFIC_WORDS = tuple(h.split() for h in _HONORIFICS)
_COURTESY_WORDS = (["Mr"], ["Ms"], ["Mrs"], ["Dr"], ["Mr."], ["Ms."], ["Mrs."], ["Dr."], ["Madam"])
# The same by their first word, in the same order: a name's first word is looked up, not compared with each.
_HONORIFIC_WORDS_BY_FIRST: dict[str, tuple[list[str], ...]] = {}
for _words in _HONORIFIC_WORDS:
    _HONORIFIC_WORDS_BY_FIRST[_words[0]] = (*_HONORIFIC_WORDS_BY_FIRST.get(_words[0], ()), _words)
_LOOSE_ADJECTIVES = frozenset(("new", "top", "senior", "outgoing", "current", "newly-appointed", "incumbent",
                               "longest-serving", "long-serving", "newly-elected", "de",  # "de facto leader"
                               "interim", "caretaker", "acting"))
_PREPOSITIONS = frozenset(["in", "at", "from", "to", "of", "near", "with", "by", "into", "on", "for"])
_PLACE_PREPOSITIONS = frozenset(["in", "at", "from", "near"])


def _trie(words: list[str]) -> str:
    """A prefix-factored alternation: much faster to scan than a flat list of words."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [regex.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(tree)


# --- compiled patterns ----------------------------------------------------------

# Heads are written capitalised or in lower case: "President Xi", "India's prime minister".
_HEAD_FORMS: tuple[str, ...] = tuple(
    sorted({f for h in HEADS if h.upper() not in ABBREVIATIONS
            for f in (h, h[0].upper() + h[1:], "-".join(p[:1].upper() + p[1:] for p in h.split("-")),
                      " ".join(p[:1].upper() + p[1:] for p in h.split(" ")))} | ABBREVIATIONS)
)
_HEAD_FORM_SET = frozenset(_HEAD_FORMS)
# The heads by their first word ("secretary" -> "secretary-general", "secretary"), longest first.
_HEADS_BY_FIRST: dict[bytes, tuple[str, ...]] = {}
for _head in sorted(HEADS, key=len, reverse=True):
    _first_word = _head.split("-")[0].encode()
    _HEADS_BY_FIRST[_first_word] = (*_HEADS_BY_FIRST.get(_first_word, ()), _head)
# Plural titles that introduce a list of holders: "the permanent secretaries of their foreign ministries: Mr A of
# Singapore and Mr B of Thailand"; "Foreign Ministers Retno Marsudi and Vivian Balakrishnan".
PLURAL_HEADS = {"ministers": "minister", "secretaries": "secretary", "presidents": "president",
                 "premiers": "premier", "envoys": "envoy", "ambassadors": "ambassador", "chancellors": "chancellor",
                 "counterparts": "counterpart"}
# An appointment names the office after the person: "appointing Kwon Oh-eul as veterans affairs minister".
# A nomination is left out: a nominee does not hold the office yet.
_APPOINT_WORDS = frozenset(("appoint", "appoints", "appointed", "appointing", "named", "names", "naming", "tapped",
                            "tapping"))
#: Heads' first words, plural titles and appointment verbs: found in one pass over a fold of the text (see _scan
#: and :mod:`~diplomacy_model.text.words`).
WORDS: frozenset[str] = frozenset([w.decode() for w in _HEADS_BY_FIRST] + list(PLURAL_HEADS) + list(_APPOINT_WORDS))
_WORD_KEYS = frozenset(w.encode() for w in WORDS)
_HEAD_WORD_RE = word_pattern(WORDS)


@functools.cache
def head_pattern() -> regex.Pattern[str]:
    """The heads as one compiled alternation: what :func:`_head_hits` finds, as a pattern.

    Compiled on first use (it costs milliseconds at import and the hot path does not need it).
    """
    return regex.compile(r"\b" + _trie(list(_HEAD_FORMS)) + r"\b")
_WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’\-]*+")
_WORD_FULL_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’\-]*+")
_NAME_TOKEN_RE = regex.compile(
    r"(?:\p{Lu}\.(?:\p{Lu}\.)*+"  # initials: W.  or  J.R.
    # an apostrophe inside a name ("O'Brien", "Ri'ayatuddin", "Ma'ruf"), never a possessive's "'s"
    r"|(?:(?:al|el)-)?\p{Lu}[\p{L}\p{M}]*+(?:['’](?:\p{Lu}|\p{Ll}{2})[\p{L}\p{M}]*+)?(?:-\p{L}[\p{L}\p{M}]*+)*+)"
    r"(?![\p{L}\p{N}])"
)
_PARTICLES_PATTERN = "(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + ")"
# A run of name tokens, particles only between them: read in one match, checked word by word after.
_NAME_SEQ_RE = regex.compile(
    # A line break may wrap a name in hard-wrapped copy ("Michael\nArmacost"); _parse_name checks it wraps.
    _NAME_TOKEN_RE.pattern + r"(?:[ \n](?:" + _PARTICLES_PATTERN + r" )*+" + _NAME_TOKEN_RE.pattern + r"){0,7}+"
)
# A word; a final dot only closes an abbreviation ("U.S."), never a sentence ("chief of staff.").
_COMPLEMENT_TOKEN_RE = regex.compile(r"\p{L}(?:[\p{L}\p{M}'’\-]|\.(?=\p{L}))*+(?:(?<=\.\p{L})\.)?+(?![\p{L}\p{N}])")
_POSSESSIVE = ("'s", "’s")
_PLURAL_POSSESSIVE = ("s'", "s’")  # "the Philippines'", "the United States'"
_GOVERNMENT_POSSESSIVES = frozenset(("government's", "government’s", "administration's", "administration’s"))
# Country names also a US state's or a person's: not read bare before a title ("Georgia Governor Brian Kemp").
_AMBIGUOUS_STATES = frozenset(("Georgia", "Jordan", "Chad", "Victoria", "Guinea", "Niger"))
_BODY_POSSESSIVES = frozenset(("ministry's", "ministry’s", "embassy's", "embassy’s"))
# A complement closed by one of these after "the <Demonym>" names that state: "spokesman for the Chinese embassy".
_STATE_BODIES = frozenset(("ministry", "embassy", "government", "mission", "consulate"))
# A relative clause between a name and its title, in the present: "X, who is also Singapore's foreign minister".
# "Mr Ong Ye Kung, who was appointed Transport Minister on Monday,": an office taken is held, unlike "who was".
_WHO_IS_RE = regex.compile(r", who (?:is|serves as|also serves as|has been|(?:was |has been )?+(?:appointed|named)"
                           r"(?: as)?+|became|took over as)(?: also| now| currently)?+ $")


# --- the record one mention is read into ------------------------------------------


@attrs.frozen
class Mention:
    """One titled mention of a leader, before coreference.

    ``start``/``end`` cover the whole mention (qualifier, title, name); ``name_start``/``name_end`` the
    name alone. ``country`` is read from the mention itself, never inferred.
    """

    start: int
    end: int
    name_start: int
    name_end: int
    name: str
    title: str
    country: str | None = None
    organisation: str | None = None


# --- local parsers ------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _country(phrase: str) -> str | None:
    if phrase.startswith("the "):
        phrase = phrase[4:]
    return lookup_country(phrase) or REALMS.get(phrase)  # "Crown Prince of Abu Dhabi", "Johor's Sultan"


@functools.lru_cache(maxsize=8192)
def _demonym(phrase: str) -> str | None:
    return lookup_demonym(phrase)


def _skip_honorifics(text: str, pos: int) -> int:
    """Where the name starts after the courtesy titles at *pos*: ``Tun Dr Mahathir`` -> ``Mahathir``."""
    for _ in range(3):
        # Only the honorifics of the first letter there are tried, longest first as in _HONORIFICS.
        candidates = _HONORIFICS_BY_FIRST.get(text[pos : pos + 1])
        if candidates is None:
            break  # no honorific opens with that letter: most names
        if not text.startswith(candidates, pos):
            break  # one C call for the usual case: a name, not an honorific, opens with that letter
        honorific = next(h for h in candidates if text.startswith(h, pos))
        if honorific in _NAME_LIKE_HONORIFICS and _TWO_NAME_WORDS_RE.match(text, pos + len(honorific)) is None:
            break
        pos += len(honorific)
    return pos


def _parse_name(text: str, pos: int) -> tuple[int, list[str]] | None:
    """Read a person's name starting at *pos*: ``Vladimir Putin``, ``Mohammed bin Salman``, ``Charles III``.

    A nickname in quotes inside it is left out: ``Joko "Jokowi" Widodo`` is ``Joko Widodo``.
    """
    parsed = _parse_plain_name(text, pos)
    if parsed is None or len(parsed[1]) > 2 or not text.startswith(_NICKNAME_OPENERS, parsed[0]):
        return parsed
    nickname = _NICKNAME_RE.match(text, parsed[0])
    if nickname is None or nickname.group()[2:-2] in _STOP:
        return parsed
    rest = _parse_plain_name(text, nickname.end())
    if rest is None or len(rest[1]) > 2 or lookup_city(rest[1][0]) or _country(rest[1][0]):
        return parsed  # "Wang Yi 'Says' Beijing ...": a headline, not a nickname
    return rest[0], parsed[1] + rest[1]


_NICKNAME_OPENERS = (" '", ' "', " “", " ‘")
_NICKNAME_RE = regex.compile(r" ['\"“‘]\p{Lu}[\p{L}\-]{1,20}+['\"”’] (?=\p{Lu})")


def _parse_plain_name(text: str, pos: int) -> tuple[int, list[str]] | None:
    """:func:`_parse_name` without nicknames."""
    first = text[pos : pos + 1]
    if first.isascii() and not ("A" <= first <= "Z" or text.startswith(("al-", "el-"), pos)):
        return None  # a name starts with a capital (or al-/el-): spare the regex call
    match = _NAME_SEQ_RE.match(text, pos)
    if match is None:
        return None
    group = match.group()
    newline = group.find("\n")
    while newline >= 0:
        if not wrapped(text, pos + newline):
            group = group[:newline]  # "... with President Vladimir Putin\nBEIJING, Feb 5": a headline ends
            break
        newline = group.find("\n", newline + 1)
    tokens: list[str] = []
    end = pos
    cursor = pos
    for word in group.replace("\n", " ").split(" "):
        if len(tokens) >= 6:
            break
        if word in _PARTICLES and tokens:
            tokens.append(word)
            cursor += len(word) + 1
            continue
        # A stop word that is also a family name opens a name ("To Lam", "He Lifeng") or ends one ("Nguyen Van An
        # said"), but no title-case headline goes on through it ("Wang Yi To Visit Europe").
        after = cursor + len(word)
        if word in _STOP and not (word in SURNAMES_FIRST and (
                text.startswith(" ", after) if not tokens else not text[after + 1 : after + 2].isupper())) \
                and not (word in _NAME_SYLLABLES and len(tokens) == 2 and len(tokens[0]) <= 4
                         and len(tokens[1]) <= 4 and not text[after + 1 : after + 2].isupper()):
            break  # but "Heng Chee How opened": a syllable of a Chinese given name that is also a stop word
        lower = word.lower()
        if (lower in INSTITUTIONS or lower in HEADS) and not (word in _PATRONYMIC_STYLES and tokens):
            break  # but "Sultan Abdullah Sultan Ahmad Shah": Malay royal names repeat the father's style
        if "-" in lower and lower.rsplit("-", 1)[1] in HEADS and lower.split("-", 1)[0] in MODIFIERS:
            break  # "China's top negotiator, Vice-Premier Liu He": a title joined by its hyphen, no name
        tokens.append(word)
        end = cursor + len(word)
        cursor = end + 1
    while tokens and (tokens[-1] in _PARTICLES or tokens[-1] in _PATRONYMIC_STYLES):
        if tokens.pop() in _PATRONYMIC_STYLES:
            end = max(text.rfind(" ", pos, end), text.rfind("\n", pos, end))
    if not tokens or (tokens[-1].endswith(".") and all(t.endswith(".") for t in tokens)):
        return None
    return end, tokens


def name_at(text: str, pos: int) -> tuple[str, ...] | None:
    """The words of the person's name that starts at *pos*, read as after a title (``Abe Shinzo said`` ->
    ``("Abe", "Shinzo")``), or None."""
    parsed = _parse_name(text, pos)
    return tuple(parsed[1]) if parsed is not None else None


def name_before(text: str, end: int) -> tuple[int, str] | None:
    """The start and the words of the person's name that ends at *end*, read as before an appositive
    (``Ms Kim Yo Jong, the sister of ...`` -> ``Kim Yo Jong``), courtesy titles left out; or None."""
    parsed = _parse_name_before(text, end)
    return (parsed[0], " ".join(parsed[1])) if parsed is not None else None


def _parse_name_before(text: str, end: int) -> tuple[int, list[str]] | None:
    """Read a name that ends at *end* (for appositives: ``Narendra Modi, India's prime minister``)."""
    words = list(_WORD_RE.finditer(text, max(0, end - 80), end))
    tokens: list[str] = []
    start = end
    expected_end = end
    for match in reversed(words):
        word = match.group()
        if match.end() != expected_end or not (word[0].isupper() or word in _PARTICLES) or len(tokens) > 5:
            break
        tokens.insert(0, word)
        start = match.start()
        if start == 0 or text[start - 1] != " ":
            break
        expected_end = start - 1
    while tokens and tokens[0] in _PARTICLES:
        tokens.pop(0)
    # "Mr Chee Wee Kiong, Permanent Secretary of ...", "His Excellency William Ruto, President of ...".
    stripped = True
    courtesy = False  # "Mr Suga, Japan's prime minister": a courtesy title makes one word a person's name
    while stripped:  # "Tun Dr Mahathir Mohamad, ...": courtesy titles may stack
        stripped = False
        for honorific in _HONORIFIC_WORDS_BY_FIRST.get(tokens[0], ()) if tokens else ():
            single = not courtesy and honorific in _COURTESY_WORDS and len(tokens) == len(honorific) + 1
            if tokens[: len(honorific)] == honorific and (len(tokens) > len(honorific) + 1 or single):
                courtesy = courtesy or honorific in _COURTESY_WORDS
                for _word in honorific:
                    start = text.index(" ", start) + 1
                del tokens[: len(honorific)]
                stripped = True
                break
    if len(tokens) < 2 - courtesy or len(tokens) > 5 or tokens[0] in _STOP:
        return None  # "In Beijing, the foreign minister": a place, not a name
    if any(t in _STOP and t not in SURNAMES_FIRST and not (t in _NAME_SYLLABLES and i == 2)
           for i, t in enumerate(tokens)):
        return None  # but "Mr Heng Chee How, Senior Minister of State": a given name's last syllable
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return None
    phrase = " ".join(tokens)
    if _country(phrase) is not None or lookup_city(phrase) is not None or phrase in ORGS:
        return None
    return start, tokens


class _Chain:
    """The words before an edge, nearest first, each followed by exactly one space; read on demand.

    The chain stops at anything that is not a plain word (punctuation, a line break, a bracket), so
    every word in it is adjacent to the next. Plain string searches: no regex scan on the hot path.
    """

    __slots__ = ("edge", "spans", "text", "words")

    def __init__(self, text: str, edge: int) -> None:
        self.text = text
        self.edge = edge  # where the next word to read ends (plus its space); -1 once the chain is over
        self.spans: list[tuple[int, int]] = []
        self.words: list[str] = []  # the words of the spans, kept: each is read several times

    def at(self, index: int) -> tuple[int, int] | None:
        spans = self.spans
        if index < len(spans):  # read already: the usual case
            return spans[index]
        text = self.text
        while len(spans) <= index:
            edge = self.edge
            if edge < 2 or not (text[edge - 1] == " " or (text[edge - 1] == "\n" and wrapped(text, edge - 1))):
                self.edge = -1  # a line break only where hard-wrapped copy breaks a sentence: "Turkish\nAmbassador"
                return None
            end = edge - 1
            low = max(0, end - 40)
            start = text.rfind(" ", low, end) + 1
            tail = text[start or low : end]
            if "\n" in tail or "\t" in tail:
                start = max(text.rfind(" ", low, end), text.rfind("\n", low, end), text.rfind("\t", low, end)) + 1
            if start == 0 and low > 0:
                self.edge = -1
                return None
            word = text[start:end]
            # A plain ASCII word always fits the word pattern: only other words go to the regex.
            if not (word.isascii() and word.isalpha()) and _WORD_FULL_RE.fullmatch(text, start, end) is None:
                self.edge = -1
                return None
            spans.append((start, end))
            self.words.append(word)
            self.edge = start
        return spans[index]

    def word(self, index: int) -> str | None:
        words = self.words
        if index < len(words) or self.at(index) is not None:
            return words[index]
        return None


def _qualifier(chain: _Chain, index: int) -> tuple[int, str | None, str | None] | None:
    """The longest organisation, demonym or possessive country whose last word is word *index*.

    Returns (index of its first word, organisation, country).
    """
    text = chain.text
    last = chain.at(index)
    last_word = text[last[0] : last[1]].lower() if last is not None else ""
    if last_word in _GOVERNMENT_POSSESSIVES:
        return _government(chain, index + 1)  # "the Afghan government's chief negotiator"
    if last_word in _BODY_POSSESSIVES:
        # "The Chinese foreign ministry's spokesman": the state before the ministry's portfolio.
        before = index + 1
        while before < index + 3 and (chain.word(before) or "").lower() in MODIFIERS:
            before += 1
        return _government(chain, before)
    best: tuple[int, str | None, str | None] | None = None
    for first in range(index, index + 4):
        span = chain.at(first)
        if span is None:
            break
        initial = text[span[0]]
        if not initial.isupper():
            if text[span[0] : span[1]] in ("of", "the"):
                continue
            break
        assert last is not None
        phrase = text[span[0] : last[1]]
        possessive = phrase.endswith(_POSSESSIVE)
        bare = phrase[:-2] if possessive else phrase
        if not possessive and phrase.endswith(_PLURAL_POSSESSIVE):
            possessive, bare = True, phrase[:-1]  # "the Philippines' Foreign Secretary"
        org = ORGS.get(bare)
        group = GROUPS.get(bare)
        if group is not None:
            org = group[0]
        code = group[1] if group is not None else None if org is not None else (
            _country(bare) if possessive else _demonym(bare) or (
                _country(bare) if bare not in _AMBIGUOUS_STATES and bare not in REALMS else None))  # "Belarus leader"
        if org is not None or code is not None:
            best = (first, org, code)
    return best


def _government(chain: _Chain, index: int) -> tuple[int, str | None, str | None] | None:
    """The state named before ``government's``: a demonym or a country of one to three words ending at word
    *index* (``Afghan``, ``the Philippine``, ``South Korea``)."""
    last = chain.at(index)
    best: tuple[int, str | None, str | None] | None = None
    for first in range(index, index + 3):
        span = chain.at(first)
        if span is None or last is None or not chain.text[span[0]].isupper():
            break
        phrase = chain.text[span[0] : last[1]]
        code = _demonym(phrase) or _country(phrase)
        if code is not None:
            best = (first, None, code)
    return best


def _realm(chain: _Chain, index: int) -> tuple[int, str | None, str | None] | None:
    """A realm (``Abu Dhabi``) of one to three words whose last is word *index*: (its first word, None, state)."""
    last = chain.at(index)
    for first in range(index, index + 3):
        span = chain.at(first)
        if span is None or last is None:
            break
        code = REALMS.get(chain.text[span[0] : last[1]])
        if code is not None:
            return first, None, code
    return None


class _Left(NamedTuple):
    start: int  # where the mention starts (qualifier included)
    title_parts: tuple[str, ...]
    country: str | None
    organisation: str | None
    qualified: bool
    determiner_start: int | None  # start of "the"/"a" before the title, if any


def _joined_title(chain: _Chain, index: int, capitalised: bool) -> _Left | bool:
    """The title before ``and`` when word *index* of *chain* closes one (``Deputy Prime Minister`` in ``Deputy
    Prime Minister and Foreign Minister``), with its parts and qualifier. False when there is no such title of the
    same case; True when there is one and it is refused (``Former Deputy Prime Minister and ...``)."""
    span = chain.at(index)
    if span is None:
        return False
    word = chain.text[span[0] : span[1]]
    start = span[0]
    if "-" in word and word.lower() not in HEADS:  # "Vice-President and Prime Minister": the head after the hyphen
        hyphen = word.rindex("-") + 1
        word, start = word[hyphen:], start + hyphen
    key = word.lower()
    head = HEADS.get(key)
    if head is None or head.need not in ("", "needs-modifier") or word[:1].isupper() != capitalised:
        return False
    left = _scan_left(chain.text, start, key, joins=0)
    if left is None:
        return True
    if head.need == "needs-modifier" and not left.title_parts:
        return False
    return left._replace(title_parts=(*left.title_parts, head.value))


def _scan_left(text: str, head_start: int, head_key: str, joins: int = 1) -> _Left | None:
    """Modifiers, office and qualifier to the left of the head; ``None`` if the mention must be dropped.

    *joins* is how many titles joined by ``and`` may stand before this one (one: a run of them stays linear).
    """
    mods: list[str] = []
    edge = head_start
    # "Vice-President", "ex-President"
    if head_start > 1 and text[head_start - 1] == "-":
        start = text.rfind(" ", max(0, head_start - 12), head_start - 1) + 1
        prefix = text[start : head_start - 1].lower()
        if prefix in EXCLUDE or prefix + "-" in EXCLUDE:
            return None
        parts = prefix.split("-")  # "Vice-Foreign Minister": every part a modifier
        if all(part in MODIFIERS for part in parts):
            mods.extend(MODIFIERS[part].value for part in parts)
            edge = start
    chain = _Chain(text, edge)
    index = 0
    office: str | None = None
    country: str | None = None
    organisation: str | None = None
    while len(mods) < 4:
        word = chain.word(index)
        if word is not None and "-" in word:  # "Vice-Foreign Minister"
            joined = [MODIFIERS.get(part) for part in word.lower().split("-")]
            last_part = joined[-1]
            if None not in joined and last_part is not None and (
                    last_part.heads is None or head_key in last_part.heads):
                mods[:0] = [part.value for part in joined if part is not None]
                index += 1
                continue
        if word == "and" and joins:
            first_title = _joined_title(chain, index + 1, text[head_start].isupper())
            if first_title is True:
                return None
            if not isinstance(first_title, bool):
                if first_title.determiner_start is not None and " ".join(first_title.title_parts) in _TOP_OFFICES:
                    # "the President and Foreign Minister Marise Payne": the head of state, unnamed, and a minister
                    second = chain.at(index - 1) if index > 0 else None
                    return _Left(second[0] if second is not None else head_start, tuple(mods), first_title.country,
                                 first_title.organisation, first_title.qualified, None)
                # "Cambodian Deputy Prime Minister and Foreign Minister Prak Sokhonn": one person holds both; the
                # qualifier before the first title is the second's too.
                return first_title._replace(title_parts=(*first_title.title_parts, "and", *mods))
        if word == "and" and mods:  # "Trade and Industry Minister": two portfolios joined
            joined_to = chain.word(index + 1)
            other = MODIFIERS.get(joined_to.lower()) if joined_to is not None else None
            if other is None or other.heads is None or head_key not in other.heads:
                break
            mods[:0] = [other.value, "and"]
            index += 2
            continue
        modifier = MODIFIERS.get(word.lower()) if word is not None else None
        if modifier is None or (modifier.heads is not None and head_key not in modifier.heads):
            break
        mods.insert(0, modifier.value)
        index += 1
    # An office: "Kremlin", "Foreign Ministry", "White House" (the longest that fits).
    last = chain.at(index)
    found_office: tuple[int, tuple[str, str | None]] | None = None
    for first in range(index, index + 3):
        span = chain.at(first)
        if span is None or last is None or text[span[0] : span[1]].lower() not in _OFFICE_WORDS:
            break
        found = OFFICES.get(text[span[0] : last[1]].lower())
        if found is not None:
            found_office = (first, found)
    if found_office is not None:
        first, (office, country) = found_office
        index = first + 1
        # "Japan's Chief Cabinet Secretary": a modifier of the head may stand before the office.
        word = chain.word(index)
        modifier = MODIFIERS.get(word.lower()) if word is not None else None
        if modifier is not None and modifier.heads is not None and head_key in modifier.heads:
            office = f"{modifier.value} {office}"
            index += 1
    # One qualifier: organisation, demonym or possessive country; one lower-case adjective may stand
    # between it and a capitalised title ("Israel's hardline Prime Minister").
    found_qualifier = _qualifier(chain, index)
    if found_qualifier is None and found_office is None and mods and index > 0:
        # "European Council President": the last modifier read ("Council") closes an organisation's name.
        outer = _qualifier(chain, index - 1)
        word = chain.word(index - 1) or ""
        modifier = MODIFIERS.get(word.lower())
        if outer is not None and outer[1] is not None and outer[0] > index - 1 and modifier is not None \
                and mods[0] == modifier.value:
            mods.pop(0)
            found_qualifier = outer
    if found_qualifier is None and head_key in _ROYAL_HEADS:
        found_qualifier = _realm(chain, index)  # "Abu Dhabi Crown Prince", "Johor Sultan"
    if found_qualifier is None and text[head_start].isupper():
        adjective = chain.word(index)
        if adjective is not None and adjective.isalpha() and adjective.islower() and adjective not in EXCLUDE \
                and adjective not in _DETERMINERS and adjective not in _PREPOSITIONS:
            found_qualifier = _qualifier(chain, index + 1)
    elif found_qualifier is None:
        adjective = chain.word(index)
        if adjective in _LOOSE_ADJECTIVES:
            found_qualifier = _qualifier(chain, index + 1)  # "South Korea's new national security adviser"
        elif adjective is not None and adjective.isalpha() and adjective.lower() not in EXCLUDE \
                and adjective not in _DETERMINERS and adjective not in _PREPOSITIONS and adjective not in _STOP:
            # "South Korea's top nuclear envoy", "Japan's chief cabinet secretary", "Britain's chief Brexit
            # negotiator", "South Korea's Unification Ministry spokesman": one portfolio word the lexicon does not
            # know, after the qualifier and adjectives or modifiers that belong to the title.
            found_qualifier = _qualifier(chain, index + 1)
            skip = index + 1
            title_words: list[str] = []
            while found_qualifier is None and skip < index + 3:
                word = chain.word(skip)
                modifier = MODIFIERS.get(word.lower()) if word is not None else None
                if modifier is not None and (modifier.heads is None or head_key in modifier.heads):
                    title_words.insert(0, modifier.value)
                elif word not in _LOOSE_ADJECTIVES:
                    break
                skip += 1
                found_qualifier = _qualifier(chain, skip)
            if found_qualifier is not None and adjective[0].isupper() and not (mods or title_words or office):
                found_qualifier = None  # "Saudi Aramco chief executive": a company's name, not a portfolio
            if found_qualifier is not None:
                mods = [*title_words, *mods]
    if found_qualifier is None and text[head_start].isupper() and office is None:
        # "Iranian Oil Minister", "Swiss Economics Minister": a portfolio the lexicon does not know, capitalised
        # like the title, between the qualifier and the head.
        portfolio: list[str] = []
        for skip in range(2):
            word = chain.word(index + skip)
            if word is None or not word.isalpha() or not word[:1].isupper() or word.lower() in EXCLUDE \
                    or _qualifier(chain, index + skip) is not None:
                break
            portfolio.insert(0, word)
            found_qualifier = _qualifier(chain, index + skip + 1)
            if found_qualifier is not None:
                mods = [*portfolio, *mods]
                break
    if found_qualifier is None and head_key == "chief" and not mods:
        # "EU foreign policy chief", "UN nuclear watchdog chief": lower-case words name the portfolio.
        portfolio = []
        for skip in range(2):
            word = chain.word(index + skip)  # or capitalised: "Sudanese Sovereign Council chief"
            if word is None or not word.isalpha() or word.lower() in EXCLUDE or word in _DETERMINERS \
                    or word in _PREPOSITIONS:
                break
            portfolio.insert(0, word.capitalize())
            found_qualifier = _qualifier(chain, index + skip + 1)
            if found_qualifier is not None:
                mods = [*portfolio, *mods]
                break
    if found_qualifier is not None:
        first, org, code = found_qualifier
        organisation = org
        country = code or (country if org is None else None)
        index = first + 1
        if chain.word(index) in _LOOSE_ADJECTIVES:
            index += 1  # "Jane Roe, a senior Hamas official"
        if org is not None and code is None:
            # "South Korea's senior APEC official": the state a delegate to a body serves.
            outer = _qualifier(chain, index)
            if outer is not None and outer[1] is None and outer[2] is not None:
                country = outer[2]
                index = outer[0] + 1
    before = chain.at(index - 1) if index > 0 else None
    if before is not None:
        edge = before[0]
    qualified = country is not None or organisation is not None
    # The words just before: "former", "then Conservative", a year ("Tokyo 2020 President").
    determiner_start = None
    word = chain.word(index)
    if word is not None and word[0].isdigit() and word.endswith("."):
        word = None  # "They met in 2015. German Chancellor ...": a number closing the sentence before
    if word is not None:
        lower = word.lower()
        if lower in EXCLUDE or lower[0].isdigit():
            return None
        previous = chain.word(index + 1) if word[0].isupper() else None
        if previous is not None and previous.lower() in EXCLUDE:
            return None  # "then Conservative prime minister"
        if lower in _DETERMINERS:
            determiner_start = chain.spans[index][0]
    parts = ([office] if office else []) + mods
    return _Left(edge, tuple(parts), country, organisation, qualified, determiner_start)


class _Complement(NamedTuple):
    """One way the complement after a head can end. Its title text is worked out only if chosen."""

    end: int  # where the title ends
    keyword: str  # "of", "to", "for" or "in"
    words: tuple[str, ...]  # the words kept in the title ("the", "Russian", "Federation", "Security", "Council")
    country: str | None  # read from a country name closing the complement ("of Uzbekistan")
    organisation: str | None
    owned: tuple[int, int] | None = None  # the words of a possessive owner ("the PLO's"), written "the" in the title


_CONNECTORS = frozenset(("of", "the", "and", "for", "on"))
# A seat in a legislature is no office of state (lawmakers are not leaders).
_LEGISLATURES = frozenset(("parliament", "congress", "senate", "assembly", "duma", "house"))


def _complements(text: str, head_end: int, *, envoy: bool = False) -> list[_Complement]:
    """Every way the ``of ...``/``to ...`` complement after a head could end, shortest first.

    *envoy*: the head is an envoy's (``envoy``, ``representative``, ``coordinator``), whose ``for <Country>`` is
    their brief."""
    # " of ", " to " or " for ": plain string tests, no regex call for the many heads with no complement.
    if text.startswith(" of ", head_end):
        keyword = "of"
    elif text.startswith(" to ", head_end):
        keyword = "to"
    elif text.startswith(" for ", head_end):
        keyword = "for"  # "Minister for Trade and Industry Chan Chun Sing": a portfolio, closed by its noun
    elif text.startswith(" in the ", head_end) or (envoy and text.startswith(" in ", head_end)):
        keyword = "in"  # "Minister in the Prime Minister's Office Indranee Rajah"; "ambassador in Manila"
    else:
        return []
    out: list[_Complement] = []
    words: list[str] = []
    kept: tuple[str, ...] = ()  # the words up to the last institution ("of Foreign Affairs" of Belarus)
    owner: str | None = None  # "of Singapore's MFA", "of Afghanistan's peace council": the possessive's country
    owner_org: str | None = None  # "of the Palestine Liberation Organization's executive committee"
    owned: tuple[int, int] | None = None
    loose = 0  # lower-case words allowed after such a possessive ("peace")
    cursor = head_end + len(keyword) + 2
    while len(words) < 10:
        match = _COMPLEMENT_TOKEN_RE.match(text, cursor)
        if match is None:
            break
        word = match.group()
        lower = word.lower()
        possible = word[0].isupper() or lower in INSTITUTIONS or lower in MODIFIERS or (
            lower.removesuffix("'s").removesuffix("’s") in INSTITUTIONS
        )
        if not possible and loose and word.isalpha():
            loose -= 1
            possible = True
        if lower not in _CONNECTORS and (word in _STOP or lower in HEADS or not possible):
            break
        words.append(word)
        if word.endswith(_POSSESSIVE) and word[0].isupper() and owned is None and keyword != "to":
            found = _possessive_owner(words)
            if found is not None:
                owner, owner_org, size = found
                first = len(words) - size - (len(words) > size and words[-size - 1] == "the")
                owned = (first, len(words))
                loose = 2
        if lower in INSTITUTIONS:
            kept = tuple(words)
            out.append(_Complement(match.end(), keyword, kept, owner, owner_org, owned))
        elif keyword == "for" and envoy and word[0].isupper() and (_country(" ".join(words)) or _country(word)):
            # "US special envoy for Afghanistan Zalmay Khalilzad": the state is the brief, not the envoy's own.
            out.append(_Complement(match.end(), keyword, tuple(words), None, None))
        elif envoy and keyword in ("to", "in") and word[0].isupper() and lookup_city(" ".join(words)):
            # "Russia's ambassador to Washington, Anatoly Antonov": the capital stands for the host state.
            out.append(_Complement(match.end(), keyword, tuple(words), None, None))
        elif keyword in ("for", "in"):
            pass  # a portfolio ends on its noun; a country or organisation inside it is not the holder's
        elif word[0].isupper():
            tail = _tail_segment(words)
            phrase = " ".join(words)
            code = _country(phrase) or _country(" ".join(tail))
            org = ORGS.get(phrase.removeprefix("the ")) or ORGS.get(" ".join(tail))
            if code is not None or org is not None:
                if keyword == "to":
                    out.append(_Complement(match.end(), keyword, tuple(words), None, None))
                else:
                    out.append(_Complement(match.end(), keyword, kept, code, org))
        if not text.startswith(" ", match.end()):
            break
        cursor = match.end() + 1
    return out


def _possessive_owner(words: list[str]) -> tuple[str | None, str | None, int] | None:
    """The state, group or organisation a possessive closing *words* names: (country, organisation, words used).

    ``Singapore's`` gives SG; ``South Korea's`` KR; ``Palestine Liberation Organization's`` the PLO (PS).
    """
    for size in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[-size:])[:-2]
        if not phrase[:1].isupper():
            continue
        group = GROUPS.get(phrase)
        if group is not None:
            return group[1], group[0], size
        org = ORGS.get(phrase)
        if org is not None:
            return None, org, size
        code = _country(phrase) or (_demonym(phrase[:-16]) if phrase.endswith(" Communist Party") else None)
        if code is not None:  # "the Chinese Communist Party's Politburo": a ruling party's body names the state
            return code, None, size
    return None


def _tail_segment(words: list[str]) -> list[str]:
    """The words after the last ``of``/``the``: ``Kazakhstan`` in ``the Republic of Kazakhstan``."""
    tail: list[str] = []
    for word in reversed(words):
        if word in ("of", "the"):
            break
        tail.insert(0, word)
    return tail


def _resolve(complement: _Complement) -> tuple[str, str | None, str | None]:
    """The title text a chosen complement keeps, and the country or organisation it names.

    ``of the Russian Federation Security Council`` keeps ``of the Security Council`` and gives RU;
    ``of Uzbekistan`` keeps nothing and gives UZ; ``to the U.S.`` is kept whole and gives no country.
    """
    words = list(complement.words)
    if complement.keyword == "to":
        return "to " + " ".join(words), None, None
    if complement.owned is not None:  # "of Singapore's MFA" -> "of the MFA"
        first, last = complement.owned
        words = [*words[:first], "the", *words[last:]]
    if complement.keyword in ("for", "in"):  # "spokesman for China's Foreign Ministry": the possessive names the state
        served = complement.country
        if served is None and len(words) >= 3 and words[0] == "the" and words[-1].lower() in _STATE_BODIES:
            served = _demonym(words[1])  # "a spokesman for the Chinese foreign ministry"
        return f"{complement.keyword} " + " ".join(words), served, complement.organisation
    if not words:
        return "", complement.country, complement.organisation
    country: str | None = None
    organisation: str | None = None
    for size in (4, 3, 2, 1):  # the longest country name, demonym or organisation inside
        for first in range(len(words) - size + 1):
            phrase = " ".join(words[first : first + size])
            if not phrase[0].isupper():
                continue
            code = _country(phrase) or (_demonym(phrase) if size <= 2 else None)
            org = ORGS.get(phrase) if size > 1 or phrase.isupper() else None
            if code is not None or org is not None:
                country, organisation = code, org
                words = words[:first] + words[first + size :]
                break
        if country is not None or organisation is not None:
            break
    if not any(word.lower() in INSTITUTIONS for word in words):
        return "", complement.country or country, complement.organisation or organisation  # "of the United Nations"
    return "of " + " ".join(words), complement.country or country, complement.organisation or organisation


def _longest_at(text: str, pos: int, most_words: int, lookup: Callable[[str], str | None]) -> tuple[str, int] | None:
    """The longest run of one to *most_words* capitalised words at *pos* that *lookup* knows: (its code, end)."""
    best: tuple[str, int] | None = None
    cursor = pos
    for _ in range(most_words):
        match = _COMPLEMENT_TOKEN_RE.match(text, cursor)
        if match is None or not match.group()[0].isupper():
            break
        code = lookup(text[pos : match.end()])
        if code is not None:
            best = (code, match.end())
        if not text.startswith(" ", match.end()):
            break
        cursor = match.end() + 1
    return best


def _country_at(text: str, pos: int) -> tuple[str, int] | None:
    """A country name of one to three capitalised words starting at *pos*: (code, end); longest wins."""
    return _longest_at(text, pos, 3, _country)


def _private_body(text: str, complement: _Complement) -> bool:
    """Whether the complement names a think tank, school or project rather than a state's or organisation's body.

    ``director of the China Power Project`` (a country's name opening a longer name), ``chairman of the Singapore
    Institute of International Affairs``; a demonym names a state's own (``head of the Russian Direct Investment
    Fund``), and so does a body closed by an institution (``President of the Republic of Kenya``)."""
    last = text[text.rfind(" ", 0, complement.end) + 1 : complement.end]
    if complement.country is not None and _country(last) is not None and text.startswith(" ", complement.end) \
            and text[complement.end + 1 : complement.end + 2].isupper():
        return _demonym(last) is None  # the country is only the first word of a longer name
    return any(word.lower() in _PRIVATE_BODIES for word in complement.words) \
        and not any(word.lower() in _STATE_WORDS or _demonym(word) for word in complement.words if word[:1].isupper())


def _city_at(text: str, pos: int) -> tuple[str, int] | None:
    """A city of one or two capitalised words starting at *pos*: (its country's code, end)."""
    return _longest_at(text, pos, 2, lookup_city)


def _title(parts: tuple[str, ...], head: _Head, complement_text: str) -> str:
    title = " ".join((*parts, head.value))
    title = CANONICAL.get(title, title)
    if complement_text:
        title = f"{title} {complement_text}"
    return title


def _head_follows(text: str, end: int) -> bool:
    """Whether the word after *end* is a title's head (or a modifier before one): ``Brexit negotiator``."""
    if not text.startswith(" ", end):
        return False
    word = text[end + 1 : end + 24].split(" ", 1)[0].rstrip(",.;:").lower()
    return word in HEADS or (word in MODIFIERS and word not in _LOOSE_ADJECTIVES)


def _name_after(text: str, head_end: int, complements: list[_Complement], *, royal: bool = False,
                given_sultan: bool = False) -> tuple[_Complement | None, int, int, list[str]] | None:
    """The name right after the title, trying the longest complement first: (complement, name start, end, words).

    *given_sultan*: the title is no sovereign's, so ``Sultan`` opening the name is a given name."""
    for complement in [*reversed(complements), None]:
        title_end = complement.end if complement is not None else head_end
        if complement is not None and text.startswith(" in ", title_end):
            place = _country_at(text, title_end + 4) or _city_at(text, title_end + 4)
            if place is not None and text.startswith(", ", place[1]):
                title_end = place[1]  # "The spokesman for the Chinese embassy in Singapore, Mr Wang Jianjun"
        gap = 1
        if text.startswith(", ", title_end):
            gap = 2  # "director of the ... Department, Kim"; "China's top diplomat, Wang Yi, said"
        elif not (text.startswith(" ", title_end) or (text.startswith("\n", title_end) and wrapped(text, title_end))):
            continue  # "Swiss Economics Minister\nJean-Pascal Delamuraz": hard-wrapped copy
        name_start = title_end + gap
        name_start = _skip_honorifics(text, name_start)  # "The EU's chief negotiator, Mr Michel Barnier,"
        if royal and text.startswith("Sultan ", name_start) and _TWO_NAME_WORDS_RE.match(text, name_start + 7):
            name_start += 7  # "Malaysia's King Sultan Abdullah Sultan Ahmad Shah": the ruler's own style
        parsed = _parse_name(text, name_start)
        if parsed is None and given_sultan and text.startswith("Sultan ", name_start):
            rest = _parse_name(text, name_start + 7)  # "COP28 President Sultan Al Jaber": a given name
            parsed = None if rest is None else (rest[0], ["Sultan", *rest[1]])
        if parsed is None:
            continue
        name_end, tokens = parsed
        if len(tokens) == 1 and _head_follows(text, name_end):
            continue  # "Britain's chief Brexit negotiator David Frost": a portfolio word, not a name
        last_word = tokens[-1].lower()
        if last_word in INSTITUTIONS or last_word in _BODY_WORDS or last_word in _PLACE_WORDS:
            continue  # "head of the Russian Direct Investment Fund": the rest of a body's name, not a person's
        if text.startswith(" ", name_end):
            following = text[name_end + 1 : name_end + 16].split(" ", 1)[0].rstrip(",.;:").lower()
            if following in INSTITUTIONS or following in _BODY_WORDS:
                continue  # "of the Palestine Liberation Organisation": the name stopped short of the body's last word
        if len(tokens) > 2 and tokens[0].lower() in _BODY_WORDS and text.startswith(tokens[0] + " ", name_start):
            # "President of the World Bank Group David Malpass": the body's last word, then the name.
            name_start += len(tokens[0]) + 1
            tokens = tokens[1:]
        if gap == 2 and complement is None and not text.startswith(",", name_end):
            continue  # without a complement, only a name closed by a second comma: an appositive
        name = " ".join(tokens)
        if _country(name) is not None or name in ORGS or name in GROUPS:
            continue
        return complement, name_start, name_end, tokens
    return None


_ADVISERS = frozenset(("adviser", "advisor"))


def _mention_at(text: str, head_start: int, head_end: int) -> Mention | None:
    """The mention built around the head at ``text[head_start:head_end]``, if any."""
    surface = text[head_start:head_end]
    key = surface.lower()
    head = HEADS[key]
    if text.startswith("-at-large", head_end) and key == "ambassador":
        head_end += 9  # "Ambassador-at-large Tommy Koh": a diplomat's post
        head = attrs.evolve(head, value="Ambassador-at-large")
    elif text.startswith("-in-charge", head_end) and key == "minister":
        head_end += 10  # "Minister-in-charge of Trade Relations S. Iswaran"
        head = attrs.evolve(head, value="Minister-in-charge")
    if text.startswith(_POSSESSIVE, head_end) or text.startswith("-", head_end):
        return None  # "President's Day", "Prime Minister's Office", "President-elect"
    if key == "secretary" and text.startswith((" General", " general"), head_end):
        head, key = HEADS["secretary-general"], "secretary-general"
        head_end += 8
    lower_case = surface[0].islower()
    complements = _complements(text, head_end, envoy=key in _ENVOYS)
    if head.need == "needs-complement" and not complements and key != "chief":
        return None  # "chief" may instead follow a state or organisation: "Nato chief Jens Stoltenberg"
    # A seat on a body is read in an appositive only (after "member of the Palestine" a name would be a body's),
    # but for a seat on a ruling party's top body named before it.
    party_seat = head.need == "needs-owner" and not complements \
        and _PARTY_SEAT_RE.search(text, max(0, head_start - 40), head_start) is not None
    named = _name_after(text, head_end, complements, royal=key in _MONARCHS,
                        given_sultan=key not in _MONARCHS and key not in _SOVEREIGN_HEADS
                        ) if head.need != "needs-owner" or party_seat else None
    if named is None and text.rfind(", ", max(0, head_start - 120), head_start) < 0:
        return None  # cheap exit: no name after the title, and no comma before it for an appositive
    left = _scan_left(text, head_start, key)
    if left is None:
        return None
    if head.need == "needs-modifier" and not left.title_parts:
        return None
    if key in _ADVISERS and not left.qualified and left.title_parts[-1:] in (("Economic",), ("Trade",)):
        return None  # "Goldman Sachs economic adviser": a firm's; "White House trade adviser" is a state's
    if key in _CHAIRS and not left.qualified and not complements and _named_before(text, left.start):
        return None  # "Alibaba chairman Jack Ma", "Samsung Vice Chairman ...": a company's, no state's or body's
    if head.need == "needs-complement" and not complements and not left.qualified and not (
            key == "chief" and left.title_parts):
        return None  # ("spy chief Suh Hoon", "army chief ...": a state's service named by its modifier)
    if head.need == "needs-owner" and not party_seat and not any((c.country or c.organisation) and c.words
                                              and c.words[-1].lower() not in _LEGISLATURES for c in complements):
        return None  # "a member of the PLO's executive committee", not "a member of Singapore's Parliament"
    if head.need == "needs-qualifier" and not (left.qualified or left.title_parts or complements):
        return None
    if head.need == "needs-country" and not (left.qualified or any(c.country or c.organisation for c in complements)):
        territory = _territory_chief(text, head_start, surface, left)
        if territory is None:
            return None  # "the company's chief negotiator": a role, an office only when a state or body is named
        left = left._replace(country=territory, qualified=True)
    if named is not None:
        complement, name_start, name_end, tokens = named
        if not (lower_case and len(tokens) < 2 and not left.qualified and not left.title_parts and complement is None):
            kept, country, organisation = _resolve(complement) if complement is not None else ("", None, None)
            country = left.country or country
            organisation = left.organisation or organisation
            end = name_end
            if country is None and organisation is None and text.startswith(" of ", name_end):
                found = _country_at(text, name_end + (8 if text.startswith("the ", name_end + 4) else 4))
                if found is not None:
                    country, end = found
            return Mention(left.start, end, name_start, name_end, " ".join(tokens),
                           _title(left.title_parts, head, kept), country, organisation)
    # An appositive: "Narendra Modi, India's prime minister"; "Zhao Leji, chairman of the ... Congress".
    title_start = left.determiner_start if left.determiner_start is not None else left.start
    if not (lower_case or left.determiner_start is not None or left.qualified or complements
            or (left.title_parts and (text.startswith(",", head_end)
                                      or _WHO_IS_RE.search(text, max(0, title_start - 48), title_start)))):
        return None  # but "Mr Teo Chee Hean, Senior Minister, said": a closed appositive with a full title
    if not (left.qualified or left.title_parts or complements) and text.startswith(" of ", head_end):
        return None  # "John Smith, president of the Texas Oil Association": the body is no state the lexicon knows
    if title_start >= 2 and text[title_start - 2 : title_start] == ", ":
        name_end = title_start - 2
    else:  # "Mr Chan Chun Sing, who is also Minister for Trade and Industry,": a relative clause says the office
        who = _WHO_IS_RE.search(text, max(0, title_start - 48), title_start)
        if who is None:
            return None
        name_end = who.start()
    before = _parse_name_before(text, name_end)
    if before is None:
        return None
    name_start, tokens = before
    complement = complements[-1] if complements else None
    if complement is not None and _private_body(text, complement):
        return None
    end = complement.end if complement is not None else head_end
    kept, country, organisation = _resolve(complement) if complement is not None else ("", None, None)
    country = left.country or country
    organisation = left.organisation or organisation
    if country is None and organisation is None and _post_elsewhere(text, end):
        return None
    return Mention(name_start, end, name_start, name_end, " ".join(tokens),
                   _title(left.title_parts, head, kept), country, organisation)


# Bodies of a state that an appositive's "at the ..." may name: "a director at the Foreign Ministry".
_STATE_POSTS = frozenset(("ministry", "foreign", "embassy", "white", "pentagon", "kremlin", "state", "national",
                          "prime", "president's", "presidential", "cabinet", "government"))


def _post_elsewhere(text: str, end: int) -> bool:
    """Whether an appositive title with no state or organisation goes on ``at`` a body that is no state's: ``Ms
    Jane Roe, senior adviser for Asia at the Center for Strategic and International Studies`` (a think tank)."""
    stop = text.find(",", end, end + 60)
    at = text.find(" at ", end, stop if stop >= 0 else end + 60)  # "for Asia at the Center ...": past a complement
    if at < 0:
        return False
    start = at + (8 if text.startswith(" at the ", at) else 4)
    word = text[start : start + 40].split(" ", 1)[0]
    return word[:1].isupper() and word.lower() not in _STATE_POSTS and _country(word) is None \
        and _demonym(word) is None


def _named_before(text: str, start: int) -> bool:
    """Whether a capitalised word the lexicon does not know stands just before *start* (a company's name)."""
    word = _Chain(text, start).word(0)
    if word is None or not word[:1].isupper() or word in _STOP:
        return False
    lower = word.lower()  # a body's last word is no company's: "African Union Commission chairman"
    return lower not in EXCLUDE and lower not in INSTITUTIONS and lower not in _OFFICE_WORDS \
        and lower not in _STATE_BODY_ENDS


# Territories whose head of government is the "Chief Executive": the one the story names near the title.
_TERRITORIES = (("Hong Kong", "HK"), ("HONG KONG", "HK"), ("Macao", "MO"), ("Macau", "MO"), ("MACAO", "MO"),
                ("MACAU", "MO"))


def _territory_chief(text: str, head_start: int, surface: str, left: _Left) -> str | None:
    """``Chief Executive Carrie Lam`` in a story about Hong Kong: HK. Only the capitalised title with nothing
    before it but a determiner or a clause break (``Apple Chief Executive Tim Cook`` is a company's), and only a
    territory the text names before the title or just after it (the nearest)."""
    if surface != "Chief Executive" or left.title_parts or left.start != head_start:
        return None
    before = text[max(0, head_start - 24) : head_start].split()
    if before and before[-1][:1].isupper() and before[-1] not in ("The", "the") and not before[-1].endswith(
            (".", ",", ":", ";", "-", "\u2014")):
        return None
    best: tuple[int, str] | None = None
    for name, code in _TERRITORIES:
        position = text.rfind(name, max(0, head_start - 3000), head_start)
        distance = head_start - position if position >= 0 else -1
        if distance < 0:
            position = text.find(name, head_start, head_start + 300)
            distance = position - head_start + 1 if position >= 0 else -1
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, code)
    return best[1] if best is not None else None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _head_hits(text: str) -> list[tuple[int, int]]:
    """Where a head stands as a whole word, longest head first at each start.

    The same hits as ``head_pattern().finditer(text)``. The text is folded to bytes of lower-case
    ASCII words between spaces (one byte per character, so offsets are kept) and one stdlib ``re``
    pass lists where a head's first word stands alone; each such place is then checked against the
    text itself. Several times faster than the regex engine on an alternation whose words start
    with common letters, and linear in the text.
    """
    return _scan(text)[0]


class _Hits(NamedTuple):
    heads: list[tuple[int, int]]
    plurals: list[tuple[int, int]]  # "ministers", "Secretaries": capitalised or lower case
    appointments: list[int]  # where the name after "appointed", "named" ... starts


def _scan(text: str, words: Iterable[tuple[int, bytes]] | None = None) -> _Hits:
    """The heads (as :func:`_head_hits` gives them), plural titles and appointment verbs of *text*, in one pass.

    *words* are the whole words of *text* a :class:`~diplomacy_model.text.Document` found for several kinds at
    once (``Document.words``); without them, the words of :data:`WORDS` are looked for here.
    """
    size = len(text)
    out: list[tuple[int, int]] = []
    plurals: list[tuple[int, int]] = []
    appointments: list[int] = []
    last = -1
    for start, key in word_hits(_HEAD_WORD_RE, text) if words is None else words:
        if key not in _WORD_KEYS:
            continue  # another kind's word
        if start < last or (start and _is_word_char(text[start - 1])):
            continue  # inside a longer head ("general" in "secretary-general"), or not a whole word
        if key not in _HEADS_BY_FIRST:
            end = start + len(key)
            word = text[start:end]
            if not (word[1:].islower() and word.isalpha() and (end == size or not _is_word_char(text[end]))):
                continue  # "MINISTERS", "named-", not a plain word
            if word.lower() in PLURAL_HEADS:
                plurals.append((start, end))
            elif text.startswith(" ", end) and text[end + 1 : end + 2].isupper():
                appointments.append(end + 1)
            continue
        for head in _HEADS_BY_FIRST[key]:
            end = start + len(head)
            if end <= size and text[start:end] in _HEAD_FORM_SET and (end == size or not _is_word_char(text[end])):
                out.append((start, end))
                last = end
                break
    return _Hits(out, plurals, appointments)


# After the plural head: nothing, or "of" and a few words closed by a colon ("of their foreign ministries:").
_PLURAL_TAIL_RE = regex.compile(r"(?: of((?: [\p{L}'’\-]++){1,6}+)[:,])?+,?+ ")  # "foreign ministers, Dr A and B"
_LIST_SPLIT_RE = regex.compile(r",? and |, ")
_LIST_GLUE = (", and ", " and ", ", ")


def _plural_mentions(text: str, hits: list[tuple[int, int]]) -> list[Mention]:
    """The holders a plural title at *hits* lists, each with the singular title and an ``of <Country>`` after it."""
    out: list[Mention] = []
    for hit_start, hit_end in hits:
        key = PLURAL_HEADS[text[hit_start:hit_end].lower()]
        head = HEADS[key]
        parts: list[str] = []
        chain = _Chain(text, hit_start)
        for index in range(2):
            word = chain.word(index)
            modifier = MODIFIERS.get(word.lower()) if word is not None else None
            if modifier is None or (modifier.heads is not None and key not in modifier.heads):
                break
            parts.insert(0, modifier.value)
        if head.need == "needs-modifier" and not parts:
            continue
        # "their Indian counterparts, A and B": a head that needs a state takes the demonym right before it.
        shared = _demonym(chain.word(0) or "") if head.need == "needs-country" else None
        if head.need == "needs-country" and shared is None:
            continue
        tail = _PLURAL_TAIL_RE.match(text, hit_end)
        if tail is None:
            continue
        found: list[Mention] = []
        cursor = tail.end()
        # "Presidents Erdogan and Raisi": family names alone, after a capitalised plural with nothing between.
        single = text[hit_start].isupper() and tail.group(1) is None
        while len(found) < 8:
            start = _skip_honorifics(text, cursor)
            parsed = _parse_name(text, start)
            if parsed is None or len(parsed[1]) < 2 - (single and _family_word(parsed[1][0])):
                break
            name_end, tokens = parsed
            end, country = name_end, shared
            if text.startswith(" of ", name_end):
                place = _country_at(text, name_end + 4)
                if place is not None:
                    country, end = place
            found.append(Mention(start, end, start, name_end, " ".join(tokens), _title(tuple(parts), head, ""),
                                 country))
            glue = next((g for g in _LIST_GLUE if text.startswith(g, end)), None)
            if glue is None:
                break
            cursor = end + len(glue)
        if len(found) < 2:
            continue  # one name after a plural is no list ("ministers Tuesday said")
        owners = _LIST_SPLIT_RE.split(tail.group(1).strip()) if tail.group(1) else []
        codes = [_country(owner) for owner in owners]
        if len(codes) == len(found) and None not in codes:  # "the foreign ministers of China and Russia, A and B"
            found = [m if m.country else attrs.evolve(m, country=code) for m, code in zip(found, codes, strict=True)]
        out.extend(found)
    return out


def _family_word(word: str) -> bool:
    """Whether one capitalised word may be a family name in a list: not a place, body or stop word."""
    return word not in _STOP and _country(word) is None and lookup_city(word) is None and word not in ORGS \
        and _demonym(word) is None and word.lower() not in HEADS


_SWORN = " sworn in as "
_ORDINAL_ENDS = ("st", "nd", "rd", "th")  # "Malaysia's 10th prime minister"
_TO_BE = frozenset(("was", "is", "were", "been"))  # not "will be": an office not yet taken
_SWORN_TITLE_RE = regex.compile(
    r" as (?:the |a |its |his |her |their )?+([\p{L}\p{N}'’\-]++(?: [\p{L}\p{N}'’\-]++){0,4}+)")
_AS_TITLE_RE = regex.compile(r" as (?:the |a |its |his |her |their )?+([\p{L}\-]++(?: [\p{L}\-]++){0,3}+)")


def _appointed_mentions(text: str, hits: list[int]) -> list[Mention]:
    """``<appointed> <Name> as <title>``: the office the person was given, with no country of its own."""
    out: list[Mention] = []
    for hit in hits:
        start = _skip_honorifics(text, hit)
        parsed = _parse_name(text, start)
        if parsed is None or len(parsed[1]) < 2:
            continue
        name_end, tokens = parsed
        tail = _AS_TITLE_RE.match(text, name_end)
        if tail is None:
            continue
        said = tail.group(1).split(" ")
        at = next((i for i, w in enumerate(said) if w.lower() in HEADS), None)
        if at is None:
            continue
        head = HEADS[said[at].lower()]
        if head.need not in ("", "needs-modifier"):
            continue  # "named John Smith as chief executive of the firm": a role that needs its body
        words = tuple(w.capitalize() if w.islower() else w for w in said[:at] if w.lower() not in _LOOSE_ADJECTIVES)
        title_end = tail.start(1) + len(" ".join(said[: at + 1]))
        if any(w.lower() in EXCLUDE or w.lower() in _DETERMINERS for w in words) or (
                head.need == "needs-modifier" and not words):
            continue
        out.append(Mention(start, title_end, start, name_end, " ".join(tokens), _title(words, head, "")))
    return out


def _sworn_mentions(text: str) -> list[Mention]:
    """``<Name> was sworn in as Malaysia's eighth prime minister``: the office taken, with the possessive's country."""
    out: list[Mention] = []
    position = text.find(_SWORN)
    while position >= 0 and len(out) < 8:
        tail = _SWORN_TITLE_RE.match(text, position + len(_SWORN) - 4)
        verb = text.rfind(" ", max(0, position - 8), position)  # "was", "is", "were" before "sworn in"
        before = _parse_name_before(text, verb) if verb >= 0 and text[verb + 1 : position] in _TO_BE else None
        position = text.find(_SWORN, position + 1)
        if tail is None or before is None:
            continue
        name_start, tokens = before
        said = tail.group(1).split(" ")
        country = None
        if said[0].endswith(_POSSESSIVE):
            country = _country(said[0][:-2])
            said = said[1:] if country is not None else said
        said = [w for w in said if not (w in ORDINAL_WORDS or (w[:1].isdigit() and w.endswith(_ORDINAL_ENDS)))]
        at = next((i for i, w in enumerate(said) if w.lower() in HEADS), None)
        if at is None or HEADS[said[at].lower()].need not in ("", "needs-modifier"):
            continue
        words = tuple(w.capitalize() for w in said[:at] if w.lower() not in _LOOSE_ADJECTIVES)
        if any(w.lower() in EXCLUDE or w.lower() in _DETERMINERS or w.lower() not in MODIFIERS for w in words) or (
                HEADS[said[at].lower()].need == "needs-modifier" and not words):
            continue
        title_end = text.index(said[at], tail.start(1)) + len(said[at])
        if text.startswith(" of ", title_end):  # "President of Kenya", never "chairman of the company"
            place = _country_at(text, title_end + (8 if text.startswith("the ", title_end + 4) else 4))
            if place is None:
                continue
            country, title_end = place
        name_end = name_start + len(" ".join(tokens))
        out.append(Mention(name_start, title_end, name_start, name_end, " ".join(tokens),
                           _title(words, HEADS[said[at].lower()], ""), country))
    return out


def find_mentions(text: str, *, words: Iterable[tuple[int, bytes]] | None = None) -> list[Mention]:
    """Every titled mention in *text*, in order, before coreference (*words*: as :func:`_scan` takes them)."""
    out: list[Mention] = []
    hits = _scan(text, words)
    for head_start, head_end in hits.heads:
        if out and head_start < out[-1].end:
            continue  # a head inside a mention already read ("President of the Council ...")
        mention = _mention_at(text, head_start, head_end)
        if mention is not None and out and mention.name_start == out[-1].name_start and mention.end > out[-1].end:
            out[-1] = mention  # "Mr Wang Yi, China's State Councillor and Foreign Minister": the longer title
            continue
        if mention is not None and not (out and mention.start < out[-1].end):
            if mention.title == "Counterpart" and out:
                # "Prime Minister Lee Hsien Loong and his New Zealand counterpart Jacinda Ardern": the same office.
                mention = attrs.evolve(mention, title=out[-1].title)
            out.append(mention)
    listed = _plural_mentions(text, hits.plurals) + _appointed_mentions(text, hits.appointments)
    if _SWORN in text:
        listed += _sworn_mentions(text)
    if listed:
        taken = [(m.start, m.end) for m in out]
        out.extend(m for m in listed if not any(s < m.end and m.start < e for s, e in taken))
        out.sort(key=lambda m: m.start)
    return out


def _produce(match: regex.Match[str]) -> Mention | None:
    return _mention_at(match.string, match.start(), match.end())


def __getattr__(name: str) -> tuple[Rule[Mention], ...]:
    """``rules``, built on first access so that importing the package compiles no unused pattern."""
    if name != "rules":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return (
        Rule("<qualifier>? <office>? <modifier>* <head> <complement>? <name> (of <country>)?", head_pattern(),
             _produce),
        Rule("<name>, (the|a)? <qualifier>? <modifier>* <head> <complement>?", head_pattern(), _produce),
    )
