"""Rules for the meeting phrase kind: a trigger word anchors, local parsing reads the rest.

One compiled alternation of trigger words (``ANCHOR``) scans the text. At each
hit the ``rules`` are tried in order, each a ``Rule(name, pattern, produce)``
whose pattern must match *at* the hit; the first that produces a ``_Trigger``
wins. The trigger is then completed from its own sentence, in bounded windows
either side, so time stays linear in the text's length:

* before it: determiner, modifiers, count, light verb (``held``), subject, host;
* after it: participants (``with``/``between`` or the verb's object), place
  (``in Beijing``), venue (``at the Great Hall of the People``), date hint.

Event-code decisions (CAMEO 1.1b3, PLOVER via the 2021 CAMEO2PLOVER table):

* a future or planned meeting is CAMEO ``036`` *express intent to meet*, which
  PLOVER files under ``AGREE``, not ``CONSULT``;
* phone ``041`` (PLOVER mode ``phone``); making a visit ``042`` (``visit``);
  receiving or hosting a visitor ``043`` (``host``);
* talks qualified as negotiation (``peace talks``, ``four-party talks``,
  ``round of talks``) ``046`` *engage in negotiation*;
* everything else ``040`` *consult*; a summit or named event of an organisation
  gets PLOVER mode ``multilateral``. A virtual meeting has no code of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import NoReturn, TypeAlias, cast

import attrs
import regex

from ...gazetteer.countries import lookup_city, lookup_country
from ...model import MeetingMode, Span
from ...text.fold import fold
from ...text.sentences import sentence_at
from ...text.tense import tense_at
from ...text.words import word_hits, word_pattern
from .._engine import Rule
from .._lexicon import MONTH_NAMES, WEEKDAY_NAMES, trie_pattern
from .cue import INTENT_CODES, MeetingCue
from .lexicon import (
    AUX_WORDS,
    DEFINITE,
    DETERMINERS,
    EVENT_HEADS,
    GENERIC_MODIFIERS,
    LIGHT_VERBS,
    MOUNTAIN_WORDS,
    NEGOTIATION_MODIFIERS,
    NUMBER_WORDS,
    PARTY_STOPWORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    SITE_NOUNS,
    SUBJECT_STOPWORDS,
    TITLE_WORDS,
    VENUE_WORDS,
)

__all__ = ["ANCHOR", "TRIGGER_WORDS", "WHOLE_FOLD", "rules", "scan"]

_PRE = 200  # characters of the sentence read before a trigger
_POST = 260  # characters read after it
WHOLE_FOLD = 1 << 16  # a text up to this long is folded whole for the gates (longer: see scan)

@attrs.frozen
class _Trigger:
    """What a rule reads at the anchor: the trigger's own extent and nature."""

    end: int
    kind: str
    mode: MeetingMode = MeetingMode.IN_PERSON
    verb: bool = False  # "met", "visited": takes a subject and an object
    cameo: str | None = None
    plover_mode: str | None = None
    named: bool = False
    start: int | None = None  # set when a rule widens the span leftwards
    swallow: int = 0  # later hits before this are part of this cue ("hosted X for talks")
    side: Span | None = None  # who a delegation speaks for, when the reading finds no party ("a Chinese delegation")
    transitive: bool = False  # the words right after it are the other party ("phoned X", "a courtesy call on X")


# --- the trigger rules ------------------------------------------------------

# "spoke for an hour by telephone", "talked for 40 minutes with": the call's length before its mode or party.
_SPEAK = (r"(?i:spoken|spoke|speaking|speaks|speak|talked|talking|talk|conversed|chatted)"
          r"(?:\s++(?i:for\s++(?:about\s++|nearly\s++|almost\s++|more\s++than\s++|over\s++)?+"
          r"(?:an?|one|two|three|\d{1,3})\s++(?:hours?+|minutes?+)))?+")


def _phone_verb(m: regex.Match[str]) -> _Trigger:
    return _Trigger(m.end(), "phone call", MeetingMode.PHONE, verb=True)


def _video_verb(m: regex.Match[str]) -> _Trigger:
    return _Trigger(m.end(), "video call", MeetingMode.VIRTUAL, verb=True)


def _phone_noun(m: regex.Match[str]) -> _Trigger:
    return _Trigger(m.end(), "phone call", MeetingMode.PHONE)


# "a call with Modi", "their call on Tuesday with", "Monday's call between the two leaders": a bare "call" is a
# meeting only with a named other party; "a call for talks", "a call to action" are not.
_CALL_WITH = regex.compile(
    r"\s++(?:(?:on\s++)?+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s++)?+(?:with|between)\s++(?:(?:his|her|their)\s++)?+"
    r"(?P<who>\p{Lu}[\w’'\-]*+)"
)


# An opening "In a (phone) call on Wednesday," whose subject then names both sides.
_CALL_OPENING = regex.compile(r"\b(?:In|During)\s++(?:an?|their)\s++(?:(?:tele)?+phone\s++|[\w\-]++\s++)?+$")
_CALL_THEN_SUBJECT = regex.compile(
    r"(?:\s++(?:on\s++)?+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s++(?:yesterday|today|last\s++week))?+\s*+,"
    r"\s*+\p{Lu}")
_COURTESY_ON = regex.compile(r"\s++on\s++(?=\p{Lu})")


_IN_HONOUR = regex.compile(r"[^.;\n]{0,60}?\bin\s++hono(?:u)?r\s++of(?=\s++(?:the\s++)?+(?:visiting\s++)?+\p{Lu})")


def _meal(m: regex.Match[str]) -> _Trigger | None:
    """``had a working lunch with Hishammuddin``, ``a dinner with Prime Minister Abe``: a meal with a named party."""
    text = m.string
    after = _CALL_WITH.match(text, m.end(), m.end() + 60)
    if after is None and (honour := _IN_HONOUR.match(text, m.end(), m.end() + 90)) is not None \
            and _is_noun_context(text, m.start()):
        # "gave a dinner at the Elysee on Tuesday in honour of President Ouattara": the guest is the other party.
        return _Trigger(honour.end(), "meeting", start=m.start(), transitive=True)
    if after is None or after.group("who") in _NOT_SOMEONE or not _is_noun_context(text, m.start()):
        return None
    return _Trigger(m.end(), "meeting")


def _call_noun(m: regex.Match[str]) -> _Trigger | None:
    text = m.string
    on = _COURTESY_ON.match(text, m.end(), m.end() + 8)
    if on is not None and text[max(0, m.start() - 10) : m.start()].rstrip().lower().endswith("courtesy"):
        # "paid a courtesy call on President Halimah": a visit to the person named after "on".
        return _Trigger(on.end() - 1, "meeting", start=m.start(), transitive=True)
    after = _CALL_WITH.match(text, m.end(), m.end() + 60)
    if after is None and _CALL_OPENING.search(text, max(0, m.start() - 40), m.start()) \
            and _CALL_THEN_SUBJECT.match(text, m.end(), m.end() + 40):
        # "In a call on Wednesday, Macron and Xi discussed ...": the subject after the opening phrase.
        return _Trigger(m.end(), "phone call", MeetingMode.PHONE)
    if after is None or after.group("who") in _NOT_SOMEONE:
        return None
    before = text[max(0, m.start() - 12) : m.start()].rstrip().lower()
    if not (_is_noun_context(text, m.start()) or before.endswith(("minute", "hour", "-long"))):
        return None  # "a 40-minute call" is a noun too
    if _MODE_VIRTUAL.search(text, max(0, m.start() - 25), min(len(text), m.end() + 120)):
        return _Trigger(m.end(), "video call", MeetingMode.VIRTUAL)
    return _Trigger(m.end(), "phone call", MeetingMode.PHONE)


# "had a 'very good talk' by phone with Trump", "a great conversation with Putin": the noun, its closing quote
# and its mode before the other party; "phone conversation" is the phone call rule's.
_TALK_WITH = regex.compile(
    r"(?P<q>[\"”’']?+)(?P<phone>\s++(?:by|over\s++the|on\s++the)\s++(?:tele)?+phone)?+\s++(?:with|between)\s++"
    r"(?:(?:his|her|their)\s++)?+(?P<who>\p{Lu}[\w’'\-]*+)")


def _talk_noun(m: regex.Match[str]) -> _Trigger | None:
    text = m.string
    after = _TALK_WITH.match(text, m.end(), m.end() + 60)
    if after is None or after.group("who") in _NOT_SOMEONE or not _is_noun_context(text, m.start()) \
            or text[max(0, m.start() - 10) : m.start()].rstrip().lower().endswith("phone"):
        return None
    if after.group("phone"):
        return _Trigger(after.end("phone"), "phone call", MeetingMode.PHONE)
    return _Trigger(after.end("q"), "conversation")


_VIA_BEFORE = regex.compile(r"(?i:\b(?:via|by|through|over|on)\s++(?:an?\s++)?)$")


def _video_noun(m: regex.Match[str]) -> _Trigger | None:
    # "via video link" only says how another meeting was held: a marker, not a meeting.
    if _VIA_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    return _Trigger(m.end(), "video call", MeetingMode.VIRTUAL)


def _virtual(m: regex.Match[str]) -> _Trigger:
    head = m.group("head").lower().rstrip("s")
    kind = {"meeting": "virtual meeting", "call": "video call", "conference": "video call",
            "talk": "talks", "consultation": "consultation"}.get(head, head)
    return _Trigger(m.end(), kind, MeetingMode.VIRTUAL)


_MOUNTAIN_AFTER = regex.compile(r"\s++of\s++(?:the\s++)?([\w.]++)", regex.I)
_CLIMB_BEFORE = regex.compile(r"(?i:\b(?:reach\w*+|climb\w*+|scal\w++|to|at|near|from)\s++the\s++)$")


def _summit(m: regex.Match[str]) -> _Trigger | None:
    text = m.string
    after = _MOUNTAIN_AFTER.match(text, m.end(), m.end() + 40)
    if after and after.group(1).lower().rstrip(".") in MOUNTAIN_WORDS:
        return None
    if not after:
        before = text[max(0, m.start() - 30) : m.start()].lower()
        # The substring tests first: the pattern needs one of them, and few texts climb.
        if ("reach" in before or "climb" in before or "scal" in before) \
                and _CLIMB_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return None
    return _Trigger(m.end(), "summit", cameo=None)


_NOUN_CONTEXT_AFTER = regex.compile(
    r"\s*+(?:[,.;:)]|(?:with|between|among|of|on|in|at|was|is|will|would|took|ended|followed|held|"
    r"came|comes|lasted|began|started|had|has|have|were|are|that|which|later|today|yesterday|"
    r"this|last|next|and|or|to\s+be)\b|$)",
    regex.I,
)
_MEETING_COMPOUND = regex.compile(
    r"\s++(?:rooms?+|halls?+|places?+|points?+|house|minutes|notes|venues?+|spot|ground|of\s++(?:the\s++)?minds)\b",
    regex.I,
)
_VERB_INTRANSITIVE = regex.compile(
    r"\s*+(?:[,.;:]|(?:with|twice|again|regularly|separately|briefly|privately|later|here|there|today|"
    r"yesterday|tomorrow|on|in|at|last|this|next|for|during|before|after|ahead|earlier|face|behind|virtually|online|up|"
    r"over|each\s+other|one\s+another|him|her|them|you|me|us|alone|informally|secretly|shortly|"
    r"soon|frequently|often|every|several|three|four|five|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b|(?:by|via)\s++(?:video|videoconference|teleconference)\b|$)",
    regex.I,
)
_WORD = regex.compile(r"\w[\w’'\-–]*+(?:\.\w++)*+|[^\w\s]")
# _WORD for a window of ASCII characters, run by the standard library's engine, several times faster on these
# short windows: \w and \s spelt out as the regex module reads them in ASCII, so the tokens are the same.
_ASCII_WORD = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_'\-]*+(?:\.[A-Za-z0-9_]++)*+|[^A-Za-z0-9_\t\n\x0b\x0c\r ]")
_Token: TypeAlias = "regex.Match[str] | re.Match[str]"
_PERSON_STEMS = frozenset(p.rstrip("s") for p in PERSON_NOUNS)
_OBJECT_OPENERS = frozenset({"the", "his", "her", "their", "its", "our", "a", "an", "visiting", "former", "outgoing",
                             "incoming", "acting"})


def _words(text: str, lo: int, hi: int) -> Iterator[_Token]:
    """``_WORD.finditer(text, lo, hi)``: the words of that window (a token reads no character outside it)."""
    if text.isascii() or text[lo:hi].isascii():
        return _ASCII_WORD.finditer(text, lo, hi)
    words: Iterator[_Token] = _WORD.finditer(text, lo, hi)
    return words



def _object_is_party(text: str, pos: int) -> bool:
    """Whether the words at *pos* (after ``met``, ``meet``, ``received``) name people."""
    if _VERB_INTRANSITIVE.match(text, pos, pos + 40):
        return True
    toks = [w.group() for w in islice(_words(text, pos, min(len(text), pos + 120)), 12)]
    if not toks:
        return True
    i = 0
    if toks[0].lower() in _OBJECT_OPENERS:
        i = 1
    if i < len(toks) and toks[i].lower().rstrip("s") in _PERSON_STEMS:
        return True
    if i < len(toks) and i + 1 < len(toks) and toks[i + 1].lower() in PERSON_NOUNS:
        return True
    j = i
    while j < len(toks) and (toks[j][:1].isupper() or (toks[j] in {"of", "the", "and"} and j > i)):
        j += 1
    if j == i:
        return False
    if j == len(toks):
        return True
    nxt = toks[j]
    # "Chinese Politburo member Yang Jiechi", "Chinese top diplomat Wang Yi": a role between the names.
    for k in (j, j + 1):
        if k + 1 < len(toks) and toks[k].lower() in ROLE_NOUNS and toks[k + 1][:1].isupper():
            return True
    return nxt.lower() in PARTY_STOPWORDS or not nxt[:1].isalnum() or nxt.lower() == "and"


def _words_before(text: str, start: int) -> list[str]:
    """The words of the 40 characters before *start*: what ``_is_noun_context`` reads."""
    return [w.group() for w in _words(text, max(0, start - 40), start)]


def _is_noun_context(text: str, start: int, toks: list[str] | None = None) -> bool:
    """Whether the word before *start* makes a following ``meeting``/``visit`` a noun (*toks*: its
    ``_words_before``, when the caller has them)."""
    if toks is None:
        toks = _words_before(text, start)
    if not toks:
        return True
    prev = toks[-1].lower()
    if (
        prev in DETERMINERS
        or prev in GENERIC_MODIFIERS
        or prev in NUMBER_WORDS
        or prev in LIGHT_VERBS
        or prev.endswith(("'s", "’s", "s'", "s’"))
        or prev in _NOUN_BEFORE
        or toks[-1][:1].isupper()
        or prev.isdigit()
    ):
        return True
    if _QUOTES.isdisjoint(toks[-5:]):
        return False
    if toks[-1] in _QUOTES:
        toks = toks[:-1]  # 'a "productive" call': the quoted modifier's own opening decides
    opening = next((k for k in range(len(toks) - 1, max(-1, len(toks) - 5), -1) if toks[k] in _QUOTES), None)
    if opening is None:
        return False
    if all(t.isalpha() and t.islower() for t in toks[opening + 1 :]):
        toks = toks[:opening]  # 'had a "very good talk"': the words before the quote
    # The words before the quoted modifier decide, read as above.
    return _is_noun_context(text, start, toks) if toks and toks[-1] not in _QUOTES else not toks


# Words that make the word after them a noun, besides determiners, modifiers and light verbs.
_NOUN_BEFORE = frozenset({"state", "official", "working", "private", "summit", "luncheon", "dinner", "cabinet",
                          "ministerial", "leaders", "preparatory", "plenary", "emergency", "trilateral"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


# A participle clause: "after meeting X", "before meeting X", "when meeting X".
_CONJUNCTION_BEFORE = regex.compile(r"(?i:\b(?:after|before|since|when|while|upon)\s++)$")


def _meeting(m: regex.Match[str]) -> _Trigger | None:
    text = m.string
    if _MEETING_COMPOUND.match(text, m.end(), m.end() + 30):
        return None
    after = text[m.end() : m.end() + 12].lstrip().lower()
    if after.startswith(("with", "between", "among")):
        return _Trigger(m.end(), "meeting")
    # The cheap test first: few triggers follow a conjunction.
    if m.group().lower() == "meeting" and _CONJUNCTION_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            and _object_is_party(text, m.end()):
        return _Trigger(m.end(), "meeting", verb=True)  # "After meeting Wang Yi on Tuesday, Macron said"
    if m.group().lower() == "meetings" or _is_noun_context(text, m.start()):
        return _Trigger(m.end(), "meeting")
    if _object_is_party(text, m.end()):
        return _Trigger(m.end(), "meeting", verb=True)
    return None


def _meet(m: regex.Match[str]) -> _Trigger | None:
    if not _object_is_party(m.string, m.end()):
        return None
    return _Trigger(m.end(), "meeting", verb=True)


# Not "one-on-one talks".
_SPEECH_BEFORE = regex.compile(r"(?i:(?<![\w\-])(?:he|she|it|who|one|everyone|nobody|somebody)\s++)$")
_SPEECH_AFTER = regex.compile(
    r"\s++(?:about|of|like|to\s++(?:reporters|journalists|the\s++press|the\s++media|students|himself|herself))\b",
    regex.I,
)


def _talks(m: regex.Match[str]) -> _Trigger | None:
    text = m.string
    if _SPEECH_AFTER.match(text, m.end(), m.end() + 40):
        return None
    if _SPEECH_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None
    return _Trigger(m.end(), "talks")


_MANNER_BEFORE = regex.compile(
    r"(?i:\b(?:through|by|via|in|after|without|upon|under|public|close|full|prior|equal|friendly)\s++)$"
)


def _consultation(m: regex.Match[str]) -> _Trigger | None:
    if _MANNER_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    return _Trigger(m.end(), "consultation")


# What makes "negotiations" an event held: a verb of holding a few words before, or "a round of".
_HELD_NEGOTIATIONS = regex.compile(
    r"(?i:\b(?:held|hold|holds|holding|resumed|resume|resumes|began|begin|begins|opened|open|opens|launched|"
    r"conducted|concluded|wrapped\s++up|a\s++(?:new\s++|fresh\s++|\w++\s++)?+round\s++of|"
    r"the\s++(?:\w++\s++)?+round\s++of)\s++(?:[\w\-]++\s++){0,4}?)$"
)


# A delegation's trip: "A delegation led by ... left Beijing for North Korea", "a Chinese delegation arrived in".
_DELEGATION_TRIP = regex.compile(
    r"[^.;]{0,160}?\b(?:arrived\s++in|arrives\s++in|arriving\s++in|left\s++(?:[A-Z][\w\-]*+\s++){0,2}for|"
    r"leaves\s++for|travell?+ed\s++to|flew\s++to|headed\s++(?:to|for)|(?:is|was)\s++visiting|visited|"
    r"will\s++visit|(?:is|was)\s++(?:due|set|expected)\s++to\s++(?:visit|arrive\s++in))\s++(?:the\s++)?+[A-Z]"
)
_SENT_BEFORE = regex.compile(
    r"\b(?:sent|dispatched|sends|dispatches|send|dispatch)\s++(?:an?|its|their)\s++(?:[\w\-]++\s++){0,3}?$",
    regex.I,
)
_SENDER = regex.compile(r"(?P<s>[A-Z][\w\-]*+(?:\s++[A-Z][\w\-]*+){0,3}+)\s++(?:(?:has|have|had|also)\s++)*+$")
_DELEGATION_SIDE = regex.compile(
    r"\s++(?:(?:led|headed)\s++by|from)\s++(?P<side>[^,;.]{3,140}?)(?=\s++(?:arrived|arrives|arriving|left|leaves|"
    r"travell?+ed|flew|headed|is|was|will|visited|to|on|in)\b|[,;.]|$)"
)
_DELEGATION_PEOPLE = regex.compile(r"(?:(?:[A-Z][\w\-]*+|high-level|senior|government|official|military)\s++){1,4}$")
_ARTICLE_WORDS = frozenset({"A", "An", "The", "His", "Her", "Its", "Their"})


def _delegation(m: regex.Match[str]) -> _Trigger | None:
    """A delegation's or a team's trip is a visit: ``A Chinese delegation arrived in Pyongyang``, ``A delegation
    led by X left Beijing for North Korea``, ``China has dispatched a team to North Korea``. A team only when
    sent: ``the national team`` travels to play. Its side: the people named before it, after ``led by`` or
    ``from``, or the sender."""
    text = m.string
    sent = _SENT_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if m.group().lower().startswith("team") and sent is None:
        return None
    if sent is None and not _DELEGATION_TRIP.match(text, m.end(), m.end() + 220):
        return None
    side: Span | None = None
    people = _DELEGATION_PEOPLE.search(text, max(0, m.start() - 60), m.start())
    start = people.start() if people is not None else m.start()
    if people is not None and people.group().split()[0] in _ARTICLE_WORDS:
        start += len(people.group().split()[0]) + 1  # "A Chinese delegation": past the article
    if start < m.start() and any(c.isupper() for c in text[start : m.start()]):
        side = Span(start, m.end())  # "a US-Israeli delegation", "a high-level Chinese delegation"
    elif (led := _DELEGATION_SIDE.match(text, m.end(), m.end() + 200)) is not None:
        side = Span(led.start("side"), led.end("side"))  # "led by Vice-Premier Hu Chunhua", "from Israel"
    elif sent is not None and (sender := _SENDER.search(text, max(0, sent.start() - 60), sent.start())):
        side = Span(sender.start("s"), sender.end("s"))  # "China has dispatched a team"
    return _Trigger(m.end(), "visit", cameo="042", plover_mode="visit", side=side)


_HELD_DISCUSSIONS = regex.compile(r"(?i:\b(?:held|hold|holds)\s++(?:[\w\-]++\s++){0,2}?)$")


def _negotiations(m: regex.Match[str]) -> _Trigger | None:
    """``held a new round of trade negotiations``, ``resumed negotiations with``: talks by another name (CAMEO
    046). Not ``long-stalled nuclear negotiations``, ``the DDA negotiations`` or ``through negotiations``: a
    process, not a meeting. ``held discussions with`` is talks (040)."""
    if not _HELD_NEGOTIATIONS.search(m.string, max(0, m.start() - 70), m.start()):
        return None
    if m.group().lower() == "discussions":
        # "held discussions with", "will hold discussions": a meeting; "is holding discussions" is a process.
        if not _HELD_DISCUSSIONS.search(m.string, max(0, m.start() - 40), m.start()):
            return None
        return _Trigger(m.end(), "talks")
    return _Trigger(m.end(), "negotiations", cameo="046")


# "held a virtual dialogue", "will host a signing ceremony": a verb of holding and an article (not "resume
# dialogue with", a process).
_HELD_EVENT_BEFORE = regex.compile(
    r"(?i:\b(?:held|hold|holds|holding|host|hosts|hosted|hosting|attend|attends|attended|attending)\s++"
    r"(?:a|an|the|its|their|his|her|another|first|second|annual|inaugural)\s++(?:[\w\-]++\s++){0,2}?)$"
)


def _held_event(m: regex.Match[str]) -> _Trigger | None:
    """``held a virtual dialogue with``, ``will hold a signing ceremony``: an event only where a verb of holding
    and an article come just before it (``resume dialogue with``, ``dialogue is key`` and ``the signing ceremony of
    the treaty in 1990`` are no meeting)."""
    if not _HELD_EVENT_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        return None
    return _Trigger(m.end(), "signing ceremony" if m.group().lower().startswith("signing") else "dialogue")


_VISIT_TO = regex.compile(r"\s++to\s++(?P<obj>(?:the\s++)?[\w’'.-]++)", regex.I)
_VISITING_VERB_BEFORE = {"while", "when", "after", "before", "is", "are", "was", "were", "been", "be", "am",
                         "during", "since", "by", "on", "of", "for", "also", "and"}
_VERB_BEFORE = {"to", "will", "would", "may", "might", "could", "can", "should", "must", "not", "also",
                "and", "did", "plans", "plan", "then", "later", "first", "shall", "who", "while", "after",
                "before", "when", "again", "never", "he", "she", "they", "we", "i", "you"}


def _visit(m: regex.Match[str]) -> _Trigger | None:
    text = m.string
    word = m.group().lower()
    toks = _words_before(text, m.start())
    prev = toks[-1] if toks else ""
    if prev.lower() in SITE_NOUNS:
        return None
    if word == "visiting" and prev.lower() not in _VISITING_VERB_BEFORE:
        return None  # "talks with visiting Malaysian Prime Minister ...": an adjective
    # "his first visit", "a first visit": a determiner before "first" makes a noun of it.
    after_det = len(toks) >= 2 and prev.lower() == "first" and toks[-2].lower() in DETERMINERS
    is_verb = word in {"visited", "visiting"} or (
        word in {"visit", "visits"} and not after_det
        and (prev.lower() in _VERB_BEFORE or (prev[:1].isupper() and word == "visits")
             or not _is_noun_context(text, m.start(), toks))
    )
    if is_verb:
        obj = [w.group() for w in islice(_words(text, m.end(), min(len(text), m.end() + 60)), 3)]
        if not obj:
            return None
        first = obj[0]
        if first.lower() == "the" and len(obj) > 1:
            first = obj[1]
        if first[:1].isupper() or first.lower() in {"here", "there"}:
            return _Trigger(m.end(), "visit", verb=True, cameo="042", plover_mode="visit")
        return None
    to = _VISIT_TO.match(text, m.end(), m.end() + 60)
    if to:
        obj = to.group("obj")
        head = obj.split()[-1]
        if not head[:1].isupper():
            return None
    return _Trigger(m.end(), "visit", cameo="042", plover_mode="visit")


# What an arrival may be told for, in its clause: "arrived in Seoul for a state visit", "after a visit to Tunisia".
_ARRIVED_FOR = regex.compile(
    r"[^.;!?\n]{0,100}?\b(?i:for|after|before|during|ahead\s++of)\s++(?:[\w’'\-]++\s++){0,4}?"
    r"(?i:visits?+|trip|tour|talks|consultations?+|meetings?+|summit|negotiations)\b")
_ARRIVING_GROUP = regex.compile(r"\b(?i:delegations?+|teams?+)\s++$")


def _arrived(m: regex.Match[str]) -> _Trigger | None:
    """``Pompeo arrived in Sudan on Tuesday``: a visit told by its arrival (CAMEO 042, as ``visited``); not when
    its clause names what it was for (that noun's cue reads the arrival) or a delegation arrives (its own cue)."""
    text = m.string
    if _ARRIVED_FOR.match(text, m.end()) or _ARRIVING_GROUP.search(text, max(0, m.start() - 20), m.start()):
        return None
    return _Trigger(m.end(), "visit", verb=True, cameo="042", plover_mode="visit")


# What makes "travel"/"fly" a verb and not a noun ("curbs on travel to China"): a modal or "to" before it.
_TRAVEL_VERB_BEFORE = regex.compile(r"(?i:\b(?:will|would|shall|to|also|then|later|is|are|was|were|be|been)\s++)$")


# The meeting a travel is told for, in its clause: "flew to Rome, where he met", "flew to Israel and met".
_WHERE_AFTER = regex.compile(
    r"[^.;!?\n]{0,100}?(?:,\s++where|\band\s++(?:later\s++|then\s++)?+(?:met|meet|held|hold|holds))\b")


def _travelled(m: regex.Match[str]) -> _Trigger | None:
    """``he will travel to Malaysia on Saturday``, ``Pompeo flew to Bahrain``: a trip told by its travel, as by its
    arrival; the bare ``travel``/``travelling`` only as a verb."""
    word = m.group().lower()
    if word in {"travel", "fly", "travelling", "traveling", "flying"} \
            and not _TRAVEL_VERB_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    if _WHERE_AFTER.match(m.string, m.end()):
        return None  # "flew to Rome, where he met Di Maio": the flight is told for that meeting, its own cue
    return _arrived(m)


def _trip(m: regex.Match[str]) -> _Trigger:
    return _Trigger(m.end(), "visit", cameo="042", plover_mode="visit")


_PASSIVE_BY = regex.compile(r"\s++by\s++(?=[A-Z])")


def _received(m: regex.Match[str]) -> _Trigger | None:
    text = m.string
    if _PASSIVE_BY.match(text, m.end(), m.end() + 10):
        return _Trigger(m.end(), "meeting", verb=True, cameo="043", plover_mode="visit")
    toks = [w.group() for w in islice(_words(text, m.end(), min(len(text), m.end() + 60)), 3)]
    if not toks:
        return None
    if toks[0].lower() in {"visiting", "a", "the"} and len(toks) > 1 and (
        toks[1].lower() in {"visiting", "delegation"} or toks[1].lower() in TITLE_WORDS
    ):
        return _Trigger(m.end(), "meeting", verb=True, cameo="043", plover_mode="visit")
    if toks[0].lower() == "visiting" or (toks[0][:1].isupper() and _object_is_party(text, m.end())):
        return _Trigger(m.end(), "meeting", verb=True, cameo="043", plover_mode="visit")
    return None


_EVENT_AHEAD = regex.compile(
    r"(?i:\b(?:meetings?+|summits?+|talks|visits?+|conference|forum|banquet|dinner|luncheon|ceremony|"
    r"games|olympics|event|session|gathering|dialogue|consultations?+)\b)"
)


# "hosted Chinese Premier Li Qiang for talks", "for a working lunch": the guest, then what for.
_FOR_EVENT = regex.compile(r"\s*+(?:for|to)\s++(?:an?\s++)?+(?:[\w\-]++\s++)?+$", regex.I)
# The guest right after "hosted": a name, or "his Malaysian counterpart ...".
_GUEST = regex.compile(r"\s++(?:\p{Lu}|(?:his|her|their)\s++(?:\p{Lu}[\w\-]*+\s++){0,2}+counterparts?+\b)")
_HOSTED_FOR = regex.compile(r"(?i:\b(?:lunch|dinner|breakfast|luncheon|banquet|talks)\b)")


def _host(m: regex.Match[str]) -> _Trigger | None:
    text = m.string
    ahead = _EVENT_AHEAD.search(text, m.end(), m.end() + 80) or _HOSTED_FOR.search(text, m.end(), m.end() + 80)
    if ahead is not None and not (_FOR_EVENT.search(text, m.end(), ahead.start())
                                  and _GUEST.match(text, m.end(), ahead.start())):
        return None  # "hosting the APEC Economic Leaders' Meeting": the event is the cue
    if ahead is not None:
        return _Trigger(m.end(), "meeting", verb=True, cameo="043", plover_mode="visit", swallow=ahead.end())
    toks = [w.group().lower() for w in islice(_words(text, m.end(), min(len(text), m.end() + 50)), 3)]
    if toks and (toks[0] == "visiting" or any(t in TITLE_WORDS for t in toks[:2])):
        return _Trigger(m.end(), "meeting", verb=True, cameo="043", plover_mode="visit")
    return None


_NAMING = regex.compile(r"\s++(?:(?:his|her|their)\s++)?+(?:[\p{Lu}’'\-.][\w’'\-.]*+\s++)++(?:an?|the|as)\s")


def _phoned(m: regex.Match[str]) -> _Trigger | None:
    """``Trump phoned Turkish President Erdogan``, ``Macron called his Iranian counterpart``: a call to a titled
    person; not ``called Mr Biden a threat`` (naming), ``so-called``, ``phoned customers``."""
    text = m.string
    if text[m.start() - 1 : m.start()] == "-":
        return None
    toks = [w.group() for w in islice(_words(text, m.end(), min(len(text), m.end() + 60)), 4)]
    counterpart = bool(toks) and toks[0].lower() in {"his", "her", "their"} and "counterpart" in text[
        m.end() : m.end() + 40]
    if not toks or not (any(t.lower() in TITLE_WORDS for t in toks[:3]) or counterpart):
        return None
    if toks[0].lower() not in {"his", "her", "their"} and not toks[0][:1].isupper():
        return None
    if _NAMING.match(text, m.end(), m.end() + 120):
        return None  # "called President Bush a liar"
    return _Trigger(m.end(), "phone call", MeetingMode.PHONE, verb=True, cameo="041", plover_mode="phone",
                    transitive=True)


def _welcome(m: regex.Match[str]) -> _Trigger | None:
    """``welcomed Indonesian President Joko Widodo to Putrajaya``: a host receiving a titled guest; not ``welcomed
    President Trump's decision`` (a possessive) nor ``welcomed the move``."""
    text = m.string
    toks = [w.group() for w in islice(_words(text, m.end(), min(len(text), m.end() + 50)), 3)]
    if not toks or not (toks[0].lower() == "visiting" or any(t.lower() in TITLE_WORDS for t in toks[:2])):
        return None
    start = m.end() + 1 + (len("visiting ") if toks[0].lower() == "visiting" else 0)
    ps = _party_span(text, start, min(len(text), m.end() + 120))
    if ps is None or "'s" in ps.of(text) or "’s" in ps.of(text) or not ps.of(text)[:1].isupper():
        return None
    return _Trigger(m.end(), "meeting", verb=True, cameo="043", plover_mode="visit")


# What follows "called on" when it urges, not visits: "called on Russia to stop", "called on all parties".
_URGE_AFTER = regex.compile(r"\bto\s++(?!discuss|talk|review|exchange|explore|deliver|brief)[a-z]")
_CALLED_OBJECT = regex.compile(r"\s++(?:(?:his|her)\s++)?+(?P<who>(?:\p{Lu}[\w’'\-.]*+(?:\s++|$)|(?:and|of|the|de)\s++)"
                               r"{1,8}+)")
_NOT_SOMEONE = frozenset({*WEEKDAY_NAMES, *MONTH_NAMES, "May", "The", "Reuters", "AFP", "CNN", "BBC", "AP",
                          "Bloomberg", "Xinhua", "Yonhap", "Congress", "Parliament", "Washington", "Beijing",
                          "Moscow", "Russia", "China"})


def _called_on(m: regex.Match[str]) -> _Trigger | None:
    """``Mr Yang called on PM Lee``: a courtesy call; ``called on Russia to stop`` urges and is no meeting."""
    text = m.string
    obj = _CALLED_OBJECT.match(text, m.end(), m.end() + 120)
    if obj is None or obj.group("who").split()[0] in _NOT_SOMEONE:
        return None
    stop = text.find(".", m.end(), m.end() + 120)
    if _URGE_AFTER.search(text, m.end(), stop if stop > 0 else m.end() + 120):
        return None  # "called on BRICS countries to uphold multilateralism"
    return _Trigger(m.end(), "meeting", verb=True)


def _converse(m: regex.Match[str]) -> _Trigger | None:
    """``spoke today with Lee``, ``talked with his Japanese counterpart``: a conversation (its mode from the
    clause's markers); ``spoke with Reuters`` is an interview. ``spoke to X`` only when X has a title or the clause
    says by phone or video (``spoke to Turkish President Erdogan on the phone``): ``spoke to reporters``, ``spoke
    to CNN`` are interviews."""
    text = m.string
    after = _WITH_WHOM.match(text, m.end(), m.end() + 60)
    if after is None and _SPOKE_WHEN.match(text, m.end(), m.end() + 30) \
            and _PAIR_BEFORE.search(text, max(0, m.start() - 100), m.start()):
        return _Trigger(m.end(), "conversation", verb=True)  # "Biden and Netanyahu spoke Friday": each other
    if after is None or after.group("who") in _NOT_SOMEONE:
        return None
    if after.group("prep").lower() == "to":
        titled = any(w.group().lower() in TITLE_WORDS
                     for w in _words(text, after.start("who"), min(len(text), after.start("who") + 40)))
        lo, hi = after.end(), min(len(text), after.end() + 120)
        if not titled and not (_MODE_PHONE.search(text, lo, hi) or _MODE_VIRTUAL.search(text, lo, hi)):
            return None
        # The trigger ends after "to": its object is the other party.
        return _Trigger(after.end("prep"), "conversation", verb=True)
    return _Trigger(m.end(), "conversation", verb=True)


# Two named people as a subject, then a day: they spoke to each other ("Erdogan and his Russian counterpart
# Vladimir Putin spoke on Friday"); not "Biden spoke Friday" (a speech).
_PAIR_BEFORE = regex.compile(
    r"\p{Lu}[\w’'\-.]*+\s++and\s++(?:(?:his|her)\s++)?+(?:(?:\p{Lu}[\w’'\-.]*+|counterpart|bin|da|de|[ae]l-\p{Lu}[\w’'\-]*+)\s++){1,8}+$")
_SPOKE_WHEN = regex.compile(
    r"\s++(?:(?:on\s++|late\s++|early\s++)?+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\b")
def _sat_down(m: regex.Match[str]) -> _Trigger:
    return _Trigger(m.end(), "meeting", verb=True)


_WITH_WHOM = regex.compile(
    r"(?:\s++(?:today|yesterday|again|separately|briefly|also|(?:on\s++)?+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?+"
    r"\s++"
    r"(?P<prep>with|to)\s++(?:(?:his|her|their)\s++)?+(?P<who>\p{Lu}[\w’'\-]*+)"
)


_VIEWS_HOW = regex.compile(r"\s++(?:(?:by|over\s++the|via|on\s++the)\s++(?:tele)?+phone\b|(?:by|via)\s++video\b)")


def _views(m: regex.Match[str]) -> _Trigger | None:
    """``exchanged views by phone``, ``will exchange views with Slovak leaders``: talks. Not ``had an in-depth
    exchange of views on hotspot issues``, nor ``exchanged views on trade``: what a meeting told already covered."""
    text = m.string
    if _VIEWS_HOW.match(text, m.end(), m.end() + 30):
        return _Trigger(m.end(), "phone call", MeetingMode.PHONE, verb=True)
    if _CALL_WITH.match(text, m.end(), m.end() + 60):
        return _Trigger(m.end(), "talks", verb=True)
    return None


def _named_only(m: regex.Match[str]) -> _Trigger | None:
    # Conference, Forum, Dialogue count only as a named event ("Boao Forum for Asia").
    if not m.group()[:1].isupper():
        return None
    return _Trigger(m.end(), m.group().lower(), named=True)


def _rule(name: str, anchors: str, pattern: str, produce: Callable[[regex.Match[str]], _Trigger | None]
          ) -> Rule[_Trigger]:
    """A rule whose match starts on one of the space-separated *anchors* (lower-case whole words)."""
    return Rule(name, regex.compile(pattern), produce, frozenset(anchors.split()))


_SPEAK_ANCHORS = "spoke spoken speaking talked"
rules: tuple[Rule[_Trigger], ...] = (
    _rule("<speak> by phone", _SPEAK_ANCHORS,
          _SPEAK + r"\s++(?i:by|over\s++the|on\s++the|via)\s++(?i:tele)?+(?i:phone)\b", _phone_verb),
    _rule("<speak> via video link", _SPEAK_ANCHORS,
          _SPEAK + r"\s++(?i:by|via|over|through)\s++(?i:an?\s++)?+(?i:video)(?:[\s-]*+(?i:link|conference|call))?+\b",
          _video_verb),
    _rule("<speak> with", _SPEAK_ANCHORS, _SPEAK + r"\b", _converse),
    # "sat down with Trump in Osaka": a meeting; not "sat down to dinner", "the sit-in".
    _rule("sat down with", "sat sit sits sitting", r"(?i:sat|sit|sits|sitting)\s++down(?=\s++with\s)", _sat_down),
    _rule("phone call", "phone telephone",
          r"(?i:(?:tele)?phone)[\s-]++(?i:calls?+|conversations?+|talks|conference|summit)\b", _phone_noun),
    _rule("video call", "video videoconference teleconference teleconferences",
          r"(?i:video[\s-]*+(?:calls?+|conferences?+|link|summit|meeting|talks|chat)|videoconferences?+|"
          r"teleconferences?+)\b",
          _video_noun),
    _rule("virtual <meeting>", "virtual online",
          r"(?i:virtual|online)\s++(?P<head>(?i:meetings?+|summits?+|talks|calls?+|conference|consultations?+))\b",
          _virtual),
    _rule("summit", "summit summits", r"(?i:summits?+)(?:\s++(?i:meetings?+|talks)\b)?+", _summit),
    _rule("meeting", "meeting meetings", r"(?i:meetings?+)\b", _meeting),
    _rule("meet", "meet meets met", r"(?i:meets|meet|met)\b", _meet),
    _rule("talks", "talks", r"(?i:talks)\b", _talks),
    _rule("consultation", "consultation consultations", r"(?i:consultations?+)\b", _consultation),
    _rule("negotiations", "negotiations discussions", r"(?i:negotiations|discussions)\b", _negotiations),
    _rule("dialogue", "dialogue", r"dialogue\b", _held_event),
    _rule("signing ceremony", "signing", r"(?i:signing)\s++ceremony\b", _held_event),
    _rule("delegation", "delegation delegations team teams", r"(?i:delegations?+|teams?+)\b", _delegation),
    _rule("visit", "visit visits visited visiting", r"(?i:visits|visited|visiting|visit)\b", _visit),
    # "made his first trip to Ukraine": a visit; a trip needs a capitalised place after "to".
    _rule("arrived in", "arrived landed",
          r"(?i:arrived|landed)(?=\s++in\s++(?:the\s++)?+\p{Lu})", _arrived),
    _rule("travelled to", "travel travels travelled traveled travelling traveling fly flies flew flying",
          r"(?i:travell?+ed|travell?+ing|travels|travel|flew|flies|fly|flying)"
          r"(?=\s++(?:on\s++)?+to\s++(?:the\s++)?+\p{Lu})", _travelled),
    _rule("trip to", "trip trips", r"(?i:trips?+)(?=\s++to\s++(?:the\s++)?+\p{Lu})", _trip),
    _rule("received", "received receives receive", r"(?i:received|receives|receive)\b", _received),
    _rule("host", "hosted hosts hosting host", r"(?i:hosted|hosts|hosting|host)\b", _host),
    _rule("welcomed", "welcomed welcomes", r"(?i:welcomed|welcomes)\b", _welcome),
    _rule("<call> on", "called calls", r"(?i:called|calls)\s++on\b", _called_on),
    _rule("conference call", "conference", r"(?i:conference)[\s-]++(?i:calls?+)\b", _phone_noun),
    _rule("call with", "call calls", r"(?i:calls?+)\b", _call_noun),
    # Every anchor root costs one str.find over each text: rare forms ("sat down with", "rang") have none.
    _rule("<phone> X", "phoned telephoned called dialled dialed", r"(?i:phoned|telephoned|called|dialled|dialed)\b",
          _phoned),
    _rule("talk with", "talk conversation", r"(?i:talk|conversation)\b", _talk_noun),
    _rule("lunch with", "lunch luncheon dinner banquet", r"(?i:lunch|luncheon|dinner|banquet)\b", _meal),
    _rule("exchanged views", "exchanged exchange", r"(?i:exchanged|exchange)\s++views\b", _views),
    _rule("<Named> Conference", "conference forum dialogue", r"(?:Conference|Forum|Dialogue)\b", _named_only),
)

# The anchor: every cue starts on one of the rules' anchor words, and a hit on a word tries only its rules, in order.
TRIGGER_WORDS = tuple(sorted({word for rule in rules for word in rule.anchors}))
_RULES_BY_WORD: dict[str, tuple[Rule[_Trigger], ...]] = {
    word: tuple(rule for rule in rules if word in rule.anchors) for word in TRIGGER_WORDS
}

ANCHOR = regex.compile(r"\b(?:" + trie_pattern(TRIGGER_WORDS) + r")\b", regex.I)
# ``ANCHOR``'s hits are exactly the whole words of the text that are trigger words. Over a fold of the text they are
# found faster by one stdlib ``re`` pass over its ASCII words (``word_hits``), kept when neither neighbour is a word
# character (a digit, ``_`` or a letter outside ASCII: the word-byte fold reads those as spaces). Exact only when no
# character of the text folds case-insensitively onto an ASCII letter from outside ASCII (``İ``, ``ſ``, ``K``):
# then lower-casing keeps every offset and every word boundary. ``_FOLDS_TO_ASCII`` spots those texts, which use
# ``ANCHOR`` itself.
_FOLDS_TO_ASCII = ("\u0130", "\u017f", "\u212a")
_TRIGGER_PATTERN = word_pattern(TRIGGER_WORDS)
_TRIGGER_BY_BYTES = {word.encode(): word for word in TRIGGER_WORDS}
_WORD_CHAR = regex.compile(r"\w")


def _is_word_char(c: str) -> bool:
    """Whether *c* is ``\\w`` for the regex module (ASCII answered without it)."""
    return (c.isalnum() or c == "_") if c.isascii() else _WORD_CHAR.match(c) is not None


def _anchor_hits(text: str, words: Iterable[tuple[int, bytes]] | None = None) -> list[tuple[int, str]]:
    """Every ``ANCHOR`` hit in *text*, one without ``_FOLDS_TO_ASCII`` characters: (start, word). (Its fold would
    give the same: folding changes the case of ASCII letters only, so neither a word nor a word character.)

    *words*: the whole words of the text as a document's one scan for several kinds found them
    (``Document.words``); without them, the trigger words are looked for here.
    """
    out = []
    size = len(text)
    for start, key in word_hits(_TRIGGER_PATTERN, text) if words is None else words:
        word = _TRIGGER_BY_BYTES.get(key)
        if word is None:
            continue  # another kind's word
        end = start + len(key)  # a whole run of ASCII letters: only a digit, "_" or a non-ASCII letter extends it
        if (start and _is_word_char(text[start - 1])) or (end < size and _is_word_char(text[end])):
            continue
        out.append((start, word))
    return out


# --- the local windows ----------------------------------------------------------

_MONTHS_FULL = "January|February|March|April|June|July|August|September|October|November|December"
_MONTHS_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_WEEKDAYS = "|".join(WEEKDAY_NAMES)
_PRE_WORDS = "on|in|from|since|by|until|during|early|late|mid|later|earlier|the|past|previous|coming|last|next|this"
# The date's core is found first and its prefix ("on", "in early", "the past") read back from it:
# anchoring on the core is several times faster than trying the prefix words at every word.
_DATE_CORE = regex.compile(
    rf"""
    \b(?:
        (?:{_WEEKDAYS})s?+(?:\s++(?:morning|afternoon|evening|night))?+
      | (?:(?:{_MONTHS_FULL}|May)\b|(?:{_MONTHS_ABBR})\b\.?+)(?:\s++\d{{1,2}}\b(?:\s*+[-–]\s*+\d{{1,2}}\b)?+)?+
            (?:,?+\s++\d{{4}}\b)?+
      | \d{{1,2}}\s++(?:{_MONTHS_FULL}|May)\b(?:\s++\d{{4}}\b)?+
      | (?:week|month|year|weekend)\b
      | (?:1[89]|20)\d\d\b
      | (?:today|yesterday|tomorrow|tonight)\b
    )
    """,
    regex.VERBOSE,
)
# Where a date core can begin: a word starting with the first three letters of one of its alternatives, or a digit.
# Scanning for these and matching ``_DATE_CORE`` only there finds exactly what ``_DATE_CORE.finditer`` finds,
# several times faster (the regex module gains nothing from the big alternation's first letters).
_DATE_START = regex.compile(
    r"\b(?:" + trie_pattern({w[:3] for w in (*_WEEKDAYS.split("|"), *_MONTHS_FULL.split("|"), *_MONTHS_ABBR.split("|"),
                                         "May", "week", "month", "year", "today", "yesterday", "tomorrow",
                                         "tonight")}) + r"|\d)"
)
_DATE_PRE = regex.compile(rf"(?:\b(?:{_PRE_WORDS})[\s-]++){{1,3}}+$")
_DATE_PREFIX_NEEDED = regex.compile(r"(?:week|month|year|weekend|1[89]\d\d|20\d\d)")


def _dates(text: str, start: int, end: int) -> list[Span]:
    """Date phrases in ``text[start:end]`` ("on Sunday", "in November", "Feb 4, 2026", "this year")."""
    return list(_date_spans(text, start, end))


def _date_spans(text: str, start: int, end: int) -> Iterator[Span]:
    """``_dates`` one by one, read as far as the caller asks."""
    floor = start
    pos = start
    for cand in _DATE_START.finditer(text, start, end):  # candidates never overlap: each is inside one word
        if cand.start() < pos:
            continue
        dm = _DATE_CORE.match(text, cand.start(), end)
        if dm is None:
            continue
        pos = dm.end()
        core = dm.group()
        before = text[dm.start() - 1 : dm.start()]
        # _DATE_PRE ends in whitespace or a hyphen: most cores have neither before them and skip the search.
        pm = (_DATE_PRE.search(text, max(floor, dm.start() - 40), dm.start())
              if before.isspace() or before == "-" else None)
        pre = pm.group() if pm is not None else ""
        floor = dm.end()
        if core == "May" and not pre.strip().endswith("in"):
            continue  # the modal verb
        if not pre.strip() and _DATE_PREFIX_NEEDED.fullmatch(core):  # most dates have their prefix: no regex
            continue
        if core in {"week", "month", "year", "weekend"} and not _RELATIVE_PRE.search(pre):
            continue
        yield Span(dm.start() - len(pre), dm.end())


_NOT_PLACE = set(_MONTHS_FULL.split("|")) | set(_MONTHS_ABBR.split("|")) | set(_WEEKDAYS.split("|")) | {
    "May", "The", "This", "That", "A", "An", "His", "Her", "Their", "Its", "Our",
}
_CAP_RUN = r"[A-Z][\w’'\-]*+(?:\s++(?:[A-Z][\w’'\-]*+|(?:de|da|del|al|el|es)(?=\s++[A-Z])))*+"
_PLACE = regex.compile(
    r"\b(?:in|to)\s++(?:(?:the|[A-Z][\w\-]*+(?:\s++[A-Z][\w\-]*+){0,2}+['’]s)\s++(?:[\w\-]++\s++){0,4}?"
    r"(?:city|capital|town|port|resort|region|province)\s++of\s++)?+"
    rf"(?P<p>{_CAP_RUN})"
)
# Compiled once: the regex module's own cache lookup costs more than the match on this hot path.
_RELATIVE_PRE = regex.compile(r"(?:this|last|next|past|previous|coming)[\s-]++$")
_ORDINAL_TOKEN = regex.compile(r"\d++(?:st|nd|rd|th)?+")


def _numeric(token: str) -> bool:
    """Whether *token* is a number or a numeric ordinal (``12th``). One opening with an ASCII non-digit, as nearly
    every word does, is answered without the regex."""
    head = token[:1]
    return (head.isdigit() or not head.isascii()) and _ORDINAL_TOKEN.fullmatch(token) is not None
_ACRONYM_IN = regex.compile(r"\b(?:[A-Z]{2,6}|G\d{1,2})\b")
_ACRONYM = regex.compile(r"[A-Z]{2,6}|G\d{1,2}")
_PLAIN_WORD = regex.compile(r"[\w\-]++")
_SPACES = regex.compile(r"\s++")
_VENUE_TAIL = regex.compile(r"(?:\s++(?:of|the|and|for|de))++$")
_ORG_AFTER = regex.compile(r"\s++(?:the\s++)?+(" + _CAP_RUN + ")")
_HOSTED_BY = regex.compile(r"\bhosted\s++by\s++(?:the\s++)?+(" + _CAP_RUN + ")")
_FROM_PLACE = regex.compile(rf"\bfrom\s++(?P<p>{_CAP_RUN})")
# "left Beijing for North Korea": the visit is to where the traveller left for.
_LEFT_FOR = regex.compile(
    rf"\b(?:left|leaves|leaving|departed|set\s++off)\s++(?:{_CAP_RUN}\s++)?+for\s++(?P<p>{_CAP_RUN})")
# "arrived in Riyadh on Sunday for a two-day visit": the visit is to where the visitor arrived.
_ARRIVED_IN = regex.compile(rf"\b(?:arrived|arrives|arriving|landed|lands|landing)\s++in\s++(?P<p>{_CAP_RUN})")
_VENUE = regex.compile(
    r"\bat\s++(?P<the>the\s++)?+"
    r"(?P<v>[A-Z][\w’'\-]*+(?:\s++(?:[A-Z][\w’'\-]*+|of|the|de|and|for))*+)"
)
_MODE_VIRTUAL = regex.compile(
    r"(?i:\b(?:via|by|through|over|on)\s++(?:an?\s++)?(?:video(?:[\s-]*+(?:link|conference))?+|"
    r"videoconference|teleconference)\b|\bvirtual(?:ly)?+\b|\bonline\b)"
)
_MODE_PHONE = regex.compile(r"(?i:\b(?:by|over\s++the|via|on\s++the)\s++(?:tele)?+phone\b)")
_FUTURE_PRE = regex.compile(
    r"(?i:\b(?:will|shall|is\s++to|are\s++to|due\s++to|plans?+\s++to|planned|planning\s++to|scheduled\s++to|"
    r"set\s++to|expected\s++to|intends?+\s++to|upcoming|impending|forthcoming|proposed|invited\s++\w++\s++to|"
    # "The meeting comes ahead of a summit on Friday": what a present-tense clause puts ahead is still to come.
    r"(?:comes?+|is|are)\s++(?:just\s++)?+(?:ahead\s++of|before|in\s++the\s++run-up\s++to))\b)"
)
_FUTURE_TO = regex.compile(
    r"(?i:\bto\s++(?:(?:hold|have|pay|make|attend|host|conduct|join|start|begin|open)\s++(?:[\w\-’']++\s++){0,5}?)?+)$"
)
_DAY_WORDS = frozenset(_WEEKDAYS.split("|")) | {"today", "yesterday"}
_CLAUSE_NAMES = r"[A-Z][\w’'\-]*+(?:\s++[A-Z][\w’'\-]*+){0,5}+"
# "B urged", "Ban Ki-moon and Japanese Foreign Minister Taro Aso are expected to": one name or two.
_CLAUSE_SUBJECT = regex.compile(rf"\s*+({_CLAUSE_NAMES}(?:\s++and\s++{_CLAUSE_NAMES})?+)\s++[a-z]")
# "went on to hold talks" tells what happened next, not what is planned.
_PAST_TO = regex.compile(r"(?i:\b(?:went|moved|proceeded|came)\s++(?:on\s++)?+$)")
_DATELINE_DASH = regex.compile(r"\)\s*+[-—–]{1,2}+\s*+|\s[-—–]{1,2}+\s++|\s*+—\s*+")
_DOTTED = regex.compile(r"(?:[A-Z]\.)++[A-Z]")
_FUTURE_POST = regex.compile(
    r"(?i:\b(?:will\s++be\s++held|to\s++be\s++held|will\s++take\s++place|to\s++take\s++place|slated|"
    r"scheduled\s++(?:for|to)|next\s++(?:week|month|year)|later\s++this\s++(?:week|month|year)|tomorrow)\b)"
)
_OPENS = regex.compile(r"\s++(?:opens|begins|starts|convenes|kicks\s++off)\b")
_FUTURE_DATE = regex.compile(r"(?i:\b(?:next|coming|tomorrow)\b)")
_CONTINUE_AFTER_COMMA = regex.compile(
    rf",\s++(?:(?:{_MONTHS_ABBR}|{_MONTHS_FULL}|May)\b|\d|capital\s|[A-Z][\w\-]*+\s++(?:[Pp]rovince|[Rr]egion|"
    r"[Ss]tate|[Pp]refecture|[Cc]ounty|[Oo]blast|[Rr]epublic)\b|(?:North|South|East|West)\s"
    # "talks with South Korea's national security adviser, Mr Suh Hoon, on Saturday": an appositive name.
    r"|(?:Mr|Mrs|Ms|Dr|Mdm)\.?+\s++\p{Lu}[\w\-]*+(?:\s++\p{Lu}[\w\-]*+){0,3}+,)"
)
_ADVERB = r"(?:(?:also|again|separately|jointly|directly|briefly|virtually|online|privately|up)\s++)?+"
_BETWEEN = regex.compile(
    r"\s*+(?:\([^()]{0,80}\)\s*+)?+" + _ADVERB
    # "held talks on Tuesday with ...", "meet separately Monday with ...": a short date before the partner.
    + rf"(?:(?:(?:on\s++)?+(?:{_WEEKDAYS})|(?:this|last|earlier\s++this)\s++(?:week|month|year)|yesterday|today)"
    r",?+\s++)?+" + _ADVERB
    # "received a phone call from Muhyiddin", "made a call to": "from", "to" only for a call (_read_parties_after).
    + r"(?P<prep>between|with|among|by|from|to)\s++", regex.I)
_HOST_WORDS = {"hosting", "hosts", "hosted", "host"}
_COUNTERPART = regex.compile(r"(?:his|her|their)\s++(?P<who>(?:\p{Lu}[\w\-]*+\s++){0,2}+counterparts?+\s++\p{Lu})")
# Lower-case words before a title in an object: "met former Prime Minister Shinzo Abe", "outgoing".
_BEFORE_TITLE = regex.compile(r"(?:former|outgoing|incoming|acting|visiting|then-|newly[\s-]elected)\s*+(?=\p{Lu})")
# Whose "his meeting" it is when a report opens the clause: "DPM Heng wrote that his meeting with Mr Yang".
_SPEAKER_BEFORE = regex.compile(
    r"(?P<who>\p{Lu}[\w’'\-]*+(?:\s++\p{Lu}[\w’'\-]*+){0,7}+)\s++(?:wrote|said|says|told\s++\w++|added|noted|"
    r"recalled|stressed|posted)\s++(?:that\s++)?+(?:his|her)\s++(?:[\w\-]++\s++){0,3}?$"
)
_SPEAKER_PRONOUN = regex.compile(
    r"(?P<who>\p{Lu}[\w’'\-]*+(?:\s++\p{Lu}[\w’'\-]*+){0,7}+)\s++(?:said|says|told\s++\w++|added)\s++"
    r"(?:(?:on\s++)?+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s++(?:\([\w ]{3,12}\)\s++)?+|today\s++|"
    r"yesterday\s++)?+(?:that\s++)?+(?:he|she)$"
)
_CHAIRED_BY = regex.compile(r"\b(?:co-?chaired|chaired|attended|joined)\s++(?:jointly\s++)?+by\s++(?:the\s++)?+")
_CHAIRED_BY_BEFORE = regex.compile(r"\b(?:co-?chaired|chaired)\s++by\s++(?:the\s++)?+")
_GATHERED = regex.compile(r"\b(?:gathered|convened|assembled|sat\s++down)\b")
# A trip made for the meeting: "Levy arrived here Tuesday for cooperation talks with Turkish leaders".
# The base and -ing forms too, after a modal or "is": "Raab will fly to Washington on Wednesday for talks with".
_TRAVELLED = regex.compile(r"\b(?:arrived|arrives|left|leaves|flew|flies|fly|flying|travell?+ed|travels|travel|"
                           r"travell?+ing|headed|heads|departed|departs|landed|lands|came|comes|went|goes)\b")
_PARTICLES = frozenset({"up", "off", "out"})
_PRONOUNS = frozenset({"he", "she", "He", "She"})
_DURATION_UNITS = frozenset({"hours", "hour", "minutes", "days", "day"})
_PLANNED = ("agreed", "promised", "pledged", "vowed", "decided", "arranged", "offered", "hoped", "hopes", "agrees")
# A word opening another clause between a subject and an "and" that joins a second verb to its first.
_CLAUSE_OPENER = regex.compile(r"\b(?:as|while|when|whereas|that|who|which|because|since|after|before|if|where|"
                               r"said|says|told)\b|[;:]")
# A first verb still to come: the assembly lends its subject and its tense to the verb "and" joins ("Wen will hold
# talks with A, and meet B").
_FIRST_VERB_AHEAD = regex.compile(r"\b(?:will|would|shall|to\s++be)\b")
_PRONOUN_OBJECT = regex.compile(r"\s++(?:with\s++)?+(?:him|her|them)\b")
_PARTICIPLE_OPENERS = frozenset({"after", "before", "since", "when", "while", "upon"})
_PREPOSITIONS = {"during", "at", "in", "via", "through", "including", "by"}
_PAY = {"pay", "paid", "pays", "paying"}
# "met on the sidelines of the G20 Summit in Rio": the inner event does not end the outer one's clause.
_NESTED_EVENT = regex.compile(
    r"\s*+(?:on\s++the\s++(?:sidelines|margins?+)\s++of|at|during|ahead\s++of|before|after)\s++(?:the\s++)?+"
    r"[\w’'\- ]{0,60}+$"
)
_CAP_STOP = {"At", "In", "By", "With", "From", "To", "On", "For", "During", "After", "Before", "Summit", "Meeting",
             "Conference", "Forum"}
_ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "inaugural", "annual"}
_COMPASS = ("East", "West", "North", "South", "Asia", "Euro", "Trans", "Pan", "Afro", "Indo", "Central")


def _names_people(phrase: str) -> bool:
    """Whether a ``with``/``between`` phrase names participants (a name, a person noun, a pronoun)."""
    if any(c.isupper() for c in phrase):
        return True
    words = {w.strip(".,’'").lower() for w in phrase.split()}
    return bool(words & _PEOPLE_WORDS)


_PEOPLE_WORDS = PERSON_NOUNS | {"him", "her", "them", "sides", "countries", "states", "nations", "parties",
                                "governments", "presidents", "heads", "each", "counterpart"}
_LIGHT_OR_OF = LIGHT_VERBS | {"of"}
_HOST_GLUE = AUX_WORDS | {"in", "by", "for", "of"}
# Literal words without which the mode and future patterns cannot match (tested on the lower-cased text).
_PHONE_WORDS = ("phone",)
_VIRTUAL_WORDS = ("video", "teleconference", "virtual", "online")
_FUTURE_PRE_WORDS = ("will", "shall", "to", "plan", "upcoming", "impending", "forthcoming", "proposed", "ahead",
                     "before")
# A meeting sought or worked towards, its verb right before it: "called for an urgent meeting", "agreed to work
# towards a visit by Mr Suga", "pushed for talks"; not "pushed for a ceasefire at talks with".
SOUGHT = regex.compile(
    r"(?i:\b(?:work(?:s|ed|ing)?+\s++towards?+|call(?:s|ed|ing)?+\s++for|push(?:es|ed|ing)?+\s++for|"
    r"seek(?:s|ing)?+|sought|request(?:s|ed|ing)?+)\s++"
    r"(?:(?:an?|the|another|more|further|new|fresh|early|urgent|direct|his|her|their|its)\s++){0,3}+"
    r"(?:(?!(?:at|in|on|with|during|after|before|of|by)\s)[\w\-’']++\s++){0,2}?$)"
)
# The word right before a sought meeting's determiner (what SOUGHT then reads in full).
_SOUGHT_LAST = frozenset({"towards", "toward", "for", "seek", "seeks", "seeking", "sought", "request", "requests",
                          "requested", "requesting"})
_FUTURE_POST_WORDS = ("held", "take", "slated", "scheduled", "next", "later", "tomorrow")
_FUTURE_DATE_WORDS = ("next", "coming", "tomorrow")


_ASCII_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _word_starts(within: str, words: tuple[str, ...], lo: int, hi: int) -> list[int]:
    """Where one of *words* stands in ``within[lo:hi]`` with no ASCII letter, digit or ``_`` right before it, nor
    right after it inside the window: the only places where a pattern that opens with ``\\b<word>`` followed by a
    non-word character can match (``\\b`` reads the character before *lo* too). Sorted, each place once."""
    at: list[int] = []
    hi = min(hi, len(within))
    for word in words:
        size = len(word)
        i = within.find(word, lo, hi)
        while i >= 0:
            end = i + size
            if not ((i and within[i - 1] in _ASCII_WORD_CHARS) or (end < hi and within[end] in _ASCII_WORD_CHARS)):
                at.append(i)
            i = within.find(word, i + 1, hi)
    if len(words) > 1:
        at = sorted(set(at))
    return at


def _matches_at(pattern: regex.Pattern[str], text: str, lo: int, hi: int, starts: tuple[str, ...]
                ) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a pattern each of whose matches opens with one of *starts* (literals
    of *text*) as a whole word before a non-word character: it is tried at those places only (``_word_starts``).
    A finditer tries every position of the window, which for a pattern of many alternatives costs several times
    more."""
    done = lo
    for i in _word_starts(text, starts, lo, hi):
        if i >= done and (m := pattern.match(text, i, hi)) is not None:
            done = m.end()
            yield m


# What the literal gates read: the text's fold (True: the text itself, each window lowered as it is read: a long text
# is not copied whole), or None where lower-casing could move an offset (every gate then says "maybe").
_Lowered: TypeAlias = "tuple[str, bool] | None"


def _may_have(low: _Lowered, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """False only when none of *words* occurs in the lower-cased ``text[lo:hi]`` (``low`` None: unknown, so True).

    A window lowered by ``str.lower`` holds the same ASCII words as the fold's: outside ASCII only ``İ`` and ``K``
    lower onto ASCII letters, and texts with them have no gates."""
    if low is None:
        return True
    source, raw = low
    window = source[max(lo, 0) : hi].lower() if raw else source[max(lo, 0) : hi]
    for word in words:  # noqa: SIM110 - faster than any() over a generator on this hot path
        if word in window:
            return True
    return False
_NORMALISE = str.maketrans({"’": "'", "‘": "'", "\u00a0": " "})
_GLUED_POSSESSIVE = regex.compile(r"(?<=s)'(?=[A-Z])")


# A comma inside a list of names: more capitalised words, then "and" and another one.
# So too an appositive that ends before the "and": "Mr Chee Wee Kiong, Permanent Secretary of Singapore's MFA, and
# China's Vice-Foreign Minister Luo Zhaohui".
_LIST_GOES_ON = regex.compile(
    r",\s++(?:(?:\p{Lu}[\w’'\-.]*+|of|the|for)\s++){0,7}?\p{Lu}[\w’'\-.]*+,?+\s++and\s++\p{Lu}")


def _cut_post(text: str, start: int, limit: int) -> int:
    """End of the clause after a trigger: the next comma, unless a date or region continues it."""
    pos = start
    while True:
        comma = text.find(",", pos, limit)
        if comma < 0:
            return limit
        goes_on = _CONTINUE_AFTER_COMMA.match(text, comma, limit)
        if goes_on is not None:
            pos = goes_on.end()  # past an appositive's closing comma too
            continue
        listed = _LIST_GOES_ON.match(text, comma, limit)
        if listed is not None:
            pos = listed.end() - 1  # past an appositive's closing comma, up to the next name
            continue
        return comma


def _party_span(text: str, start: int, limit: int) -> Span | None:
    """The participant phrase starting at *start*: words up to a stop word or punctuation."""
    end = start
    seen: list[str] = []
    list_end = start  # inside a list read ahead by _LIST_GOES_ON: its commas go on
    for w in _words(text, start, limit):
        tok = w.group()
        low = tok.lower()
        if tok == "," and w.start() < list_end:
            seen.append(tok)
            continue
        if tok == "." and _abbreviation_dot(seen):
            end = w.end()  # "U.S. President Donald Trump"
            seen.append(tok)
            continue
        listed = _LIST_GOES_ON.match(text, w.start(), limit) if tok == "," and seen else None
        if listed is not None:
            seen.append(tok)  # "Otto Stich, Swiss Economics Minister Jean-Pascal Delamuraz and ...": a list
            list_end = listed.end()
            continue
        if low in PARTY_STOPWORDS or (not tok[:1].isalnum() and tok not in {"-", "–"}):
            break
        seen.append(tok)
        if tok[:1].isdigit() and end > start:
            break
        end = w.end()
    while end > start:
        tail = text[start:end].rsplit(None, 1)
        if len(tail) == 2 and tail[1].lower() in {"and", "the", "of", "a", "an"}:
            end = start + len(tail[0])
            continue
        break
    piece = text[start:end].rstrip(" .")
    return Span(start, start + len(piece)) if piece else None


def _cap_run_back(toks: list[_Token], j: int) -> tuple[int, int] | None:
    """Walk left from token *j* over a capitalised name run (with ``and``/``of``/``,``); its bounds."""
    end_i = j
    i = j
    listed = False  # an "and" seen: a comma before it may separate names of one list
    while i >= 0:
        t = toks[i].group()
        if (t[:1].isupper() and t not in _CAP_STOP) or (t in {"and", "of", "the", "-", "–"} and i < end_i) \
                or (t[3:4].isupper() and t.startswith(("al-", "el-"))) \
                or (t in {"bin", "bint", "da", "de", "van", "von"} and i < end_i and toks[i + 1].group()[:1].isupper()):
            # Particles inside a name: "Abdel Fattah al-Sisi", "Mohammed bin Salman", "Luiz Inacio Lula da Silva".
            listed = listed or t == "and"
            i -= 1
            continue
        if t == "," and listed and i < end_i and i > 0 and toks[i - 1].group()[:1].isupper() \
                and (toks[i + 1].group()[:1].isupper() or (toks[i + 1].group() == "the" and i + 2 <= end_i
                                                           and toks[i + 2].group()[:1].isupper())):
            # "Finance Minister Edouard Balladur, Industry Minister Alain Madelin and ... met"; "Israel, the UAE
            # and the United States".
            i -= 1
            continue
        if t == "." and 0 < i < end_i and _DOTTED.fullmatch(toks[i - 1].group()) is not None:
            i -= 1  # "U.S. President Joe Biden": an abbreviation's dot
            continue
        if t == ")" and i < end_i and toks[i + 1].group()[:1].isupper():
            # "Permanent Secretary (Foreign Affairs) Chee Wee Kiong": a bracketed portfolio inside the title.
            k = i - 1
            while k > 0 and i - k <= 4 and toks[k].group()[:1].isupper():
                k -= 1
            if k < i - 1 and toks[k].group() == "(" and k > 0 and toks[k - 1].group()[:1].isupper():
                i = k - 1
                continue
        if i == end_i and t.isdigit() and i >= 4 and toks[i - 1].group() == "of" and toks[i - 2].group() == "Group" \
                and toks[i - 4].group() == "from":
            i -= 1  # "ministers from the Group of 20": a body's name ends in its number
            continue
        if t == "," and i < end_i and i > 0 and toks[i - 1].group() in {"counterpart", "counterparts"}:
            i -= 1  # "Ruto and his Tanzanian counterpart, Samia Suluhu Hassan, agreed": the appositive name
            t = toks[i].group()
        if t in {"counterpart", "counterparts"} and i < end_i:
            # "Lee Hsien Loong and his New Zealand counterpart Jacinda Ardern held": on to the first name.
            k = i - 1
            while k >= 0 and toks[k].group()[:1].isupper() and i - k <= 3:
                k -= 1
            if k >= 1 and toks[k].group() in {"his", "her", "their"} and toks[k - 1].group() == "and":
                listed = True
                i = k - 2
                continue
        break
    first = i + 1
    while first <= end_i and (not toks[first].group()[:1].isupper() or toks[first].group() in _DAY_WORDS
                              or toks[first].group().lower() in SUBJECT_STOPWORDS
                              or (toks[first].group().endswith("ing")  # "Speaking", not "Beijing"
                                  and lookup_city(toks[first].group()) is None)):
        first += 1
    last = end_i
    while last >= first and not toks[last].group()[:1].isalnum():
        last -= 1
    if first > last:
        return None
    return toks[first].start(), toks[last].end()


# Nouns for the people a state sends: "Israeli and Emirati officials met", "Top U.S. and Chinese diplomats will".
_GROUP_NOUNS = frozenset({"officials", "negotiators", "diplomats", "delegations", "delegates", "representatives",
                          "envoys", "ministers", "leaders", "teams", "sides", "governments", "delegation", "team",
                          "commanders", "generals", "officers",
                          # "Opec and its allies met": a body with its partners
                          "allies", "partners"})


def _group_back(toks: list[_Token], j: int) -> tuple[int, int] | None:
    """A subject of states' people that ends at token *j*: ``Israeli and Emirati officials``, ``The UAE minister
    of state and Israel's agriculture minister``; its bounds from the first capitalised word (a people or a
    country that qualifies the noun). At most two lower-case words in a row: a longer run is a clause."""
    if toks[j].group().lower() not in _GROUP_NOUNS and toks[j].group().lower() not in PERSON_NOUNS:
        return None
    i, lower_run = j - 1, 0
    while i >= 0 and j - i <= 12:
        t = toks[i].group()
        if ((t.lower() in PARTY_STOPWORDS or t.lower() in AUX_WORDS) and t not in {"of", "and"}) \
                or not (t[:1].isalnum() or t in {",", ".", "+"}):
            break
        lower_run = lower_run if t in {"of", "and", "the"} else lower_run + 1 if t.islower() else 0
        if lower_run > 2:
            break
        i -= 1
    first = i + 1
    while first < j and (not toks[first].group()[:1].isupper() or toks[first].group() in _NOT_PLACE):
        first += 1  # "The king": no people or country qualifies the noun
    return (toks[first].start(), toks[j].end()) if first < j else None


def _before_relative_clause(toks: list[_Token], comma: int) -> int:
    """The token before ``, who ...,`` when the comma at *comma* closes that clause, or the last token of an
    appositive name between two commas; else -1."""
    for k in range(comma - 1, max(comma - 30, 1), -1):
        word = toks[k].group()
        if word in {"who", "which"} and toks[k - 1].group() == ",":
            return k - 2
        if word in {",", ";", ":"}:
            if word == "," and 1 < comma - k <= 5 and all(toks[x].group()[:1].isupper() for x in range(k + 1, comma)):
                return comma - 1  # "China's top diplomat, Wang Yi, has met Putin": the appositive name
            break
    return -1


def _inviter(toks: list[_Token], start: int) -> bool:
    """``an invitation by Netanyahu to visit Israel``: the name starting at *start* invites; someone else visits."""
    k = len(toks) - 1  # from the right: the walks read only the window's tail (see _complete)
    while k >= 0 and toks[k].start() > start:
        k -= 1
    if k < 0 or toks[k].start() != start:
        k = 0
    return k >= 2 and toks[k - 1].group() in {"by", "from"} and toks[k - 2].group().lower().startswith("invit")


def _sentence_subject(text: str, s_start: int, s_end: int, before: int
                      ) -> tuple[list[_Token], tuple[int, int] | None]:
    """The sentence's opening run of names when a verb follows it and it ends before *before*, with the
    sentence's first words: ``Lee (right) and Trump pose during their summit`` gives ``Lee (right) and Trump``."""
    dash = _DATELINE_DASH.search(text, s_start, min(s_end, s_start + 120))
    lead = dash.end() if dash is not None else s_start  # the first sentence opens with the dateline
    stoks = list(_words(text, lead, min(s_end, lead + 160)))
    n = 0
    aside = False  # a photo caption's "(right)" inside the subject
    counterpart = 0  # 1 after "and his", 2 after "counterpart,", 3 once that appositive's comma closes
    body = -1  # "Opec and its allies agreed": the body's name ends here
    while n < len(stoks) and n < 20:
        word = stoks[n].group()
        if word == "and" and n > 0 and n + 3 < len(stoks) and stoks[n + 1].group() in {"its", "their"} \
                and stoks[n + 2].group() in {"allies", "partners"}:
            body, n = n - 1, n + 3
            break
        if word == "(" and n > 0 and n + 2 < len(stoks) and stoks[n + 2].group() == ")":
            n, aside = n + 3, True
            continue
        if word in {"his", "her"} and n > 0 and stoks[n - 1].group() == "and" and not counterpart:
            counterpart = 1  # "Ruto and his Tanzanian counterpart, Samia Suluhu Hassan, agreed"
        elif word in {"counterpart", "counterparts"} and counterpart == 1:
            pass
        elif word == "," and counterpart == 1 and stoks[n - 1].group() in {"counterpart", "counterparts"}:
            counterpart = 2
        elif word == "," and counterpart == 2:
            counterpart = 3
            n += 1
            break
        elif not (word[:1].isupper() or word in {"and", "of"}
                  or (word == "." and n > 0 and _DOTTED.fullmatch(stoks[n - 1].group()) is not None)):
            break  # "U.S. President Joe Biden and ...": an abbreviation's dot stays in the run
        n += 1
    bounds = None
    if 0 < n < len(stoks) and stoks[n].group()[:1].islower() and stoks[0].start() < before:
        bounds = _cap_run_back(stoks, body if body >= 0 else n - 2 if counterpart == 3 else n - 1)
        if aside and bounds is not None and stoks[0].group()[:1].isupper():
            bounds = (stoks[0].start(), bounds[1])
    return stoks, bounds


def _subject_after_opening(text: str, r: _Reading, s_end: int, *, plural: bool = False) -> None:
    """The capitalised run after the comma that ends a sentence's opening phrase becomes its first party
    (``A and B`` too); with *plural*, only a run of two names joined by ``and``."""
    comma = text.find(",", r.end, min(s_end, r.end + 160))
    sm = _CLAUSE_SUBJECT.match(text, comma + 1, s_end) if comma > 0 else None
    if sm is not None and (not plural or " and " in sm.group(1)):
        r.parties.insert(0, Span(sm.start(1), sm.end(1)))


def _abbreviation_dot(toks: list[str]) -> bool:
    """Whether a ``.`` token ends an abbreviation such as ``U.S.`` (the token before it ``U.S``)."""
    # An initial too: "S. Jaishankar".
    return bool(toks) and (_DOTTED.fullmatch(toks[-1]) is not None or (len(toks[-1]) == 1 and toks[-1].isupper()))


@attrs.define
class _Reading:
    """Mutable scratch while one cue is being completed, stage by stage (see ``_complete``)."""

    text: str
    trig: _Trigger
    hit_start: int
    s_start: int  # the sentence's bounds
    s_end: int
    start: int
    end: int
    kind: str
    mode: MeetingMode
    pre_lo: int = 0  # where the window read before the trigger starts
    toks: list[_Token] = attrs.Factory(list)  # the words of that window
    i: int = -1  # the word the leftward walk has reached
    mods: list[str] = attrs.Factory(list)
    place_before: Span | None = None
    limit: int = 0  # where the window read after the trigger ends
    parties: list[Span] = attrs.Factory(list)
    det: str | None = None
    count: int | None = None
    organisation: str | None = None
    host: Span | None = None
    negotiation: bool = False
    named: bool = False
    light_verb: int | None = None  # token index


class _ShortWindow(Exception):
    """A walk reached the part of the window before the tail that was read (see ``_complete``)."""


class _Edge:
    """Stands for the words before the tail read: any use of one means the tail was too short."""

    def group(self) -> NoReturn:
        raise _ShortWindow

    def start(self) -> NoReturn:
        raise _ShortWindow

    def end(self) -> NoReturn:
        raise _ShortWindow


_TAIL = 60  # characters read first before a trigger: the leftward walks mostly stop within a few words
_EDGES = 8  # stand-ins put before the tail: more than any walk steps over without reading a word
_EDGE_RUN = [cast("_Token", _Edge())] * _EDGES
# Words the cut-off part must hold at least: no walk tests a word's index against more than 3 without reading it.
_CUT_WORDS = 3


def _last_before(toks: list[_Token], pos: int) -> int:
    """The index of the last token starting before *pos* (-1 when none): read from the right."""
    j = len(toks) - 1
    while j >= 0 and toks[j].start() >= pos:
        j -= 1
    return j


def _complete(text: str, trig: _Trigger, hit_start: int, sent: tuple[int, int], *, next_hit: int,
              rule_name: str, lowered: _Lowered = None) -> MeetingCue | None:
    """The cue at *hit_start*, read in stages: left of the trigger (named event, modifiers, subject), then right
    of it (participants, place and venue, date), then what the whole clause says (mode, host, tense, codes).

    The words before the trigger are read from a short tail of the window first (no word holds white space, so a
    tail cut at a space has the same words as the whole window there), with stand-ins before it; a walk that
    reaches a stand-in reads the cue again from the whole window. The cut-off part holds at least three words and
    no walk tests an index against more than 3, so a real word's index tests alike in both readings."""
    start = trig.start if trig.start is not None else hit_start
    pre_lo = max(sent[0], start - _PRE)
    cut = text.find(" ", max(pre_lo, start - _TAIL), start)
    if cut > pre_lo and len(text[pre_lo:cut].split()) >= _CUT_WORDS:
        try:
            return _read_cue(text, trig, hit_start, sent, _EDGE_RUN + list(_words(text, cut, start)),
                             next_hit=next_hit, rule_name=rule_name, lowered=lowered)
        except _ShortWindow:
            pass
    return _read_cue(text, trig, hit_start, sent, list(_words(text, pre_lo, start)),
                     next_hit=next_hit, rule_name=rule_name, lowered=lowered)


def _read_cue(text: str, trig: _Trigger, hit_start: int, sent: tuple[int, int], toks: list[_Token], *,
              next_hit: int, rule_name: str, lowered: _Lowered) -> MeetingCue | None:
    """``_complete`` with the words before the trigger read: *toks*."""
    s_start, s_end = sent
    start = trig.start if trig.start is not None else hit_start
    r = _Reading(text, trig, hit_start, s_start, s_end, start, trig.end, trig.kind, trig.mode)
    r.pre_lo = max(s_start, r.start - _PRE)
    r.toks = toks
    if not _read_named_event(r):
        return None
    _read_modifiers(r)
    if _unreal(r, lowered):
        return None
    _read_subject(r)
    r.limit = _cut_post(text, r.end, min(s_end, next_hit, r.end + _POST))
    _read_parties_after(r)
    if trig.side is not None and not r.parties:
        r.parties.append(trig.side)
    place, place_span, venue, venue_span = _read_place(r)
    date_hint = _read_date_hint(r)
    _read_mode(r, lowered)
    host_text = _read_host(r)
    future = _read_future(r, date_hint, rule_name, lowered)
    named_party = False
    for p in r.parties:  # a loop, not any() over a generator: most cues have one party or none
        piece = text[p.start : p.end]
        if piece.lower() != piece:
            named_party = True
            break
    anaphoric = (
        not r.named and r.count is None and not named_party and not trig.verb
        and (r.det in DEFINITE or r.det == "poss")
    )
    cameo, plover_event, plover_mode = _codes(r, future)
    return MeetingCue(
        span=Span(r.start, r.end),
        kind=r.kind,
        mode=r.mode,
        sentence=Span(s_start, max(s_end, r.end)),
        future=future,
        cameo=cameo,
        plover_event=plover_event,
        plover_mode=plover_mode,
        parties_text=tuple(r.parties),
        place=place,
        place_span=place_span,
        venue=venue,
        venue_span=venue_span,
        host_text=host_text,
        host_span=r.host,
        organisation_text=r.organisation,
        date_hint=date_hint,
        anaphoric=anaphoric,
        count=r.count,
        rule=rule_name,
    )




# A meeting the clause denies or only imagines: "refused to meet", "has no plans to meet", "could meet", "did not
# attend the summit"; or one called off: "The meeting ... was cancelled". Not "would meet": reported plans.
_UNREAL_BEFORE = regex.compile(
    r"(?i:\b(?:refus\w*+|declin\w*+|no\s++plans?+|not|never|could|might|unable|unwilling|unlikely|reluctant|"
    r"cannot|n[’']t|ready|willing|open)\s++(?:(?:to|for|be|have|hold|attend|join|host|make|pay|any|a|an|the|another|further|new|direct|"
    r"formal|face-to-face|also|again|ever|yet|even|personally|able)\s++){0,3}+$)"
)
# "There is no plan for Chinese President Xi Jinping to visit Japan": the one who would go between.
_NO_PLAN_FOR = regex.compile(r"\b[Nn]o\s++plans?+\s++for\s++(?:\p{Lu}[\w’'\-.]*+\s++){1,6}+to\s++$")
_UNREAL_WORDS = ("refus", "declin", "no plan", "not", "never", "could", "might", "unable", "unwilling", "unlikely",
                 "reluctant", "n't", "n’t", "ready", "willing", "open to", "open for")
_CALLED_OFF = regex.compile(
    r"(?i:\b(?:was|were|has\s++been|have\s++been|had\s++been|is\s++being)\s++"
    r"(?:(?:abruptly|suddenly|formally|officially|now|since|later)\s++)?+"
    r"(?:cancell?+ed|called\s++off|scrapped|scuttled|aborted)\b)"
)
_CALLED_OFF_WORDS = ("cancel", "called off", "scrapped", "scuttled", "aborted")
_OTHER_MEETING = regex.compile(r"(?i:\b(?:meeting|summit|talks|visit|trip|conference)\b)")


def _unreal(r: _Reading, lowered: _Lowered) -> bool:
    """Whether the clause denies, imagines or calls off the meeting at the cue (see ``_UNREAL_BEFORE``)."""
    text = r.text
    lo = max(r.s_start, r.start - 50)
    if _may_have(lowered, lo, r.start, _UNREAL_WORDS) and (
            _UNREAL_BEFORE.search(text, lo, r.start)
            or (text.find("o plan", lo, r.start) >= 0 and _NO_PLAN_FOR.search(text, lo, r.start))):
        return True
    hi = min(r.s_end, r.end + 160)
    if not _may_have(lowered, r.end, hi, _CALLED_OFF_WORDS):
        return False
    off = _CALLED_OFF.search(text, r.end, hi)
    # "will hold a video summit on Monday, replacing a meeting in Leipzig that was cancelled": the nearer meeting.
    return off is not None and _OTHER_MEETING.search(text, r.end, off.start()) is None


def _read_named_event(r: _Reading) -> bool:
    """A run of capitalised words before a capitalised head names an event (``APEC Economic Leaders' Meeting``).
    False when the trigger counts only as a name (``Forum``) and none is there."""
    text, toks, trig, hit_start = r.text, r.toks, r.trig, r.hit_start
    trigger_words = text[hit_start:trig.end].split()
    head_word = trigger_words[-1] if trigger_words else ""
    i = len(toks) - 1
    if head_word.rstrip("s") in EVENT_HEADS or head_word in EVENT_HEADS:
        k = i
        while k >= 0:
            t = toks[k].group()
            if t in {"-", "–"} and k > 0 and toks[k - 1].group() in {"-", "–"}:
                break  # "(Reuters) -- The Ministerial Conference": a dateline's dash ends the name
            if i - k < 9 and t not in _CAP_STOP and (
                    t[:1].isupper() or t[:1].isdigit() or t in {"(", ")", "of", "and", "for", "on", "the", "-", "–"}):
                k -= 1
                continue
            break
        first = k + 1
        while first <= i and (toks[first].group() in {"of", "and", "for", "on", "the", ")", "-", "–"}
                              or toks[first].group().lower() in SUBJECT_STOPWORDS
                              or toks[first].group().lower() in _ORDINAL_WORDS
                              or _numeric(toks[first].group())):
            first += 1
        if first <= i:
            r.named = True
            r.start = toks[first].start()
            # "Economic Leaders'Meeting" (crawled text loses the space) is the same event as "Leaders' Meeting".
            name = " ".join(_GLUED_POSSESSIVE.sub("' ", text[r.start:trig.end].translate(_NORMALISE)).split())
            r.kind = name
            acr = _ACRONYM_IN.search(name)
            if acr:
                r.organisation = acr.group()
            i = first - 1
        elif trig.named:
            return False
    elif trig.named:
        return False
    r.i = i
    return True



def _read_modifiers(r: _Reading) -> None:
    """Walk left over modifiers to the determiner: count, negotiation, kind (``state visit``), organisation."""
    toks = r.toks
    i = r.i
    mods = r.mods
    kind_mods: list[str] = []
    kind_open = True
    while i >= 0:
        t = toks[i].group()
        low = t.lower()
        head = t[:1]  # _numeric(t), inlined on this hot path: a word opening with an ASCII non-digit is no number
        if (r.named and low in _ORDINAL_WORDS) or ((head.isdigit() or not head.isascii())
                                                   and _ORDINAL_TOKEN.fullmatch(t) is not None
                                                   and not (t.isdigit() and not r.named)):
            i -= 1  # "addressed the 12th BRICS summit": on to "the" and the verb
            continue
        if low in DETERMINERS:
            r.det = low
            i -= 1
            break
        if low.endswith(("'s", "’s", "s'", "s’")) and len(low) > 2:
            r.det = "poss"
            if t[:1].isupper():
                r.parties.append(Span(toks[i].start(), toks[i].end() - (2 if low.endswith("s") else 1)))
            i -= 1
            break
        # isdecimal and isascii: only [0-9] is a number here ("²" passes isdigit, then int() fails).
        digits = t.isdecimal() and t.isascii()
        if (low in NUMBER_WORDS or digits) and i >= 2 and toks[i - 1].group() == "of" \
                and toks[i - 2].group() == "Group":
            r.organisation = f"Group of {t}"  # "an online Group of Seven summit": a name, not a count
            kind_open = False
            i -= 3
            continue
        if (low in NUMBER_WORDS or (digits and len(t) < 3)) and not r.trig.verb:  # "The two met": no count
            r.count = NUMBER_WORDS.get(low, int(t) if digits else 0)
            kind_open = False
            i -= 1
            continue
        if low == "of" and i >= 2 and toks[i - 1].group().lower() in _DURATION_UNITS:
            i -= 3  # "held seven hours of talks": a length, not a count
            continue
        if low in {"of"} and i >= 1 and toks[i - 1].group().lower() in {"round", "rounds", "series", "session"}:
            r.negotiation = r.negotiation or r.kind == "talks"
            kind_open = False
            i -= 1
            continue
        if (low in LIGHT_VERBS and low not in GENERIC_MODIFIERS) or (
                low in _PARTICLES and i >= 1 and toks[i - 1].group().lower() in LIGHT_VERBS):
            break
        if t[:1].isupper() and not r.named:
            if _ACRONYM.fullmatch(t):
                r.organisation = t
            elif ("-" in t or "–" in t) and not t.startswith(_COMPASS):
                r.parties.append(Span(toks[i].start(), toks[i].end()))
            elif len(mods) >= 1 and mods[-1][:1].isupper() and r.organisation is None and t.startswith(_COMPASS):
                r.organisation = " ".join([t, *reversed([x for x in mods if x[:1].isupper()])])
            elif not mods and (lookup_city(t) or lookup_country(t)):
                r.place_before = Span(toks[i].start(), toks[i].end())  # "Biden's Kyiv visit"
            mods.append(t)
            kind_open = False
            i -= 1
            continue
        if t[:1].islower() and _PLAIN_WORD.fullmatch(t) and low not in PARTY_STOPWORDS and len(mods) < 6:
            mods.append(low)
            if kind_open and low not in GENERIC_MODIFIERS and low not in NEGOTIATION_MODIFIERS:
                kind_mods.append(t)
            else:
                kind_open = False
            i -= 1
            continue
        if t in _QUOTES and len(mods) < 6:
            i -= 1  # 'a "very good" call': a quoted modifier's marks
            continue
        if low in {"for", "of", "on"} and mods and mods[-1][:1].isupper() and i >= 1 \
                and toks[i - 1].group()[:1].isupper() and len(mods) < 6:
            mods.append(low)  # "the Joint Council for Bilateral Cooperation meeting": inside the body's name
            i -= 1
            continue
        break
    if r.kind == "talks" and (set(mods) & NEGOTIATION_MODIFIERS):
        r.negotiation = True
    if r.kind == "talks" and "summit" in mods:
        r.kind = "summit"
    settled = r.det is not None or r.count is not None or (i >= 0 and toks[i].group().lower() in _LIGHT_OR_OF)
    if r.kind in {"consultation"} and kind_mods and settled and len(kind_mods) <= 3:
        r.kind = " ".join(reversed(kind_mods)) + " consultation"
        r.start = toks[len(toks) - len(kind_mods)].start()  # "strategic stability consultation"
    if r.kind == "visit":
        for special in ("state", "official", "working", "private", "return"):
            if special in mods:
                r.kind = f"{special} visit"
                break
    if r.kind == "meeting" and "virtual" in mods:
        r.kind = "virtual meeting"
        r.mode = MeetingMode.VIRTUAL
    if i >= 1 and toks[i].group().lower() in _PARTICLES and toks[i - 1].group().lower() in LIGHT_VERBS:
        i -= 1  # "wrapped up a visit", "kicked off talks", "carried out consultations": the verb's particle
    if i >= 0 and toks[i].group().lower() in LIGHT_VERBS:
        r.light_verb = i
        between = [t.group().lower() for t in toks[i + 1 :]]
        if not r.named and (not between or (between in (["a"], ["an"]) and toks[i].group().lower() in _PAY)):
            r.start = toks[i].start()  # "held talks", "paid a visit"
    r.i = i


def _read_subject(r: _Reading) -> None:
    """The subject before a verb trigger or a light verb, or the sentence's when a phrase points to it."""
    text, toks, trig, hit_start, s_start, s_end = r.text, r.toks, r.trig, r.hit_start, r.s_start, r.s_end
    i = r.i
    subj_from: int | None = None
    if trig.verb:
        subj_from = len(toks) - 1
    elif r.light_verb is not None:
        subj_from = r.light_verb - 1
    if subj_from is not None:
        j = subj_from
        while j >= 0 and toks[j].group().lower() in AUX_WORDS:
            j -= 1
        if j >= 1 and toks[j].group() in _DAY_WORDS and toks[j - 1].group() == "on":
            j -= 2  # "Xi on Tuesday addressed the summit"
        if j >= 2 and toks[j].group() == "who" and toks[j - 1].group() == ",":
            j -= 2  # "said Mr Wang, who was visiting Norway": the relative clause's antecedent
        elif j >= 0 and toks[j].group() == ",":
            j = _before_relative_clause(toks, j)  # "Bach, who arrived on Sunday, met with Suga"
        if j >= 0 and trig.verb and toks[j].group().lower() in _PARTICIPLE_OPENERS and (
                toks[j].start() == s_start or (j >= 1 and toks[j - 1].group() in {"-", "–", "—"})):
            # "After meeting Wang Yi on Tuesday, Macron said": the subject follows the opening phrase.
            _subject_after_opening(text, r, s_end)
        elif j >= 1 and trig.verb and toks[j].group().lower() in _PARTICIPLE_OPENERS and toks[j - 1].group() == ",":
            bounds = _cap_run_back(toks, j - 2) if j >= 2 else None  # "Macron, after meeting Wang Yi, said"
            if bounds:
                r.parties.insert(0, Span(*bounds))
        elif j >= 1 and trig.verb and toks[j].group().lower() in _PARTICIPLE_OPENERS \
                and r.kind in {"meeting", "visit"}:
            # "Amherd and Zelenskyy agreed on Monday to organise a summit after meeting in Bern": the main clause's.
            _stoks, bounds = _sentence_subject(text, s_start, s_end, r.start)
            if bounds:
                r.parties.insert(0, Span(*bounds))
        elif j >= 0 and toks[j].group() == "by" and r.light_verb is not None:
            # "Kishida will mark the anniversary by hosting an online G7 summit": the sentence's subject.
            _stoks, bounds = _sentence_subject(text, s_start, s_end, r.start)
            if bounds:
                r.parties.insert(0, Span(*bounds))
        elif j >= 1 and (trig.verb or r.light_verb is not None) and toks[j].group() == "and":
            # "Pompeo flew to Jerusalem on Monday and met Netanyahu": the verbs share the sentence's subject, when
            # no other clause comes between ("China and France ..., as the two leaders ... and met twice").
            _stoks, bounds = _sentence_subject(text, s_start, s_end, toks[j].start())
            if bounds and bounds[1] <= toks[j].start() and not _CLAUSE_OPENER.search(text, bounds[1], toks[j].start()) \
                    and not _FIRST_VERB_AHEAD.search(text, bounds[1], toks[j].start()) \
                    and not _PRONOUN_OBJECT.match(text, trig.end):  # "and met him again": the same pair again
                r.parties.insert(0, Span(*bounds))
        elif j >= 0 and toks[j].group() in _PRONOUNS and (toks[j].group().islower() or j == 0
                                                            or not toks[j - 1].group()[:1].isupper()):
            # ("Liu He" is a name.)
            # "Scholz said he had a long call with Li Qiang": the one who said it.
            speaker = _SPEAKER_PRONOUN.search(text, s_start, toks[j].end())
            if speaker is not None:
                r.parties.insert(0, Span(speaker.start("who"), speaker.end("who")))
            elif r.kind.endswith("visit") and (j == 0 or toks[j - 1].group() in {",", "and"}):
                # "After Palau, he will travel to Guam": the pronoun, for the assembly to resolve.
                r.parties.insert(0, Span(toks[j].start(), toks[j].end()))
        elif j >= 0:
            bounds = _cap_run_back(toks, j) or _group_back(toks, j)
            if bounds and not _inviter(toks, bounds[0]):
                r.parties.insert(0, Span(*bounds))
    elif (antecedent := _relative_antecedent(r)) is not None:
        r.parties.insert(0, antecedent)  # "Bach, who arrived on Sunday for a four-day visit, met ..."
    elif r.det in {"his", "her"} and (speaker := _SPEAKER_BEFORE.search(text, s_start, r.start)) is not None:
        r.parties.insert(0, Span(speaker.start("who"), speaker.end("who")))  # "Heng wrote that his meeting with"
    elif (speaker := _speaker_at(r)) is not None:
        r.parties.insert(0, speaker)  # "Lee was speaking at the Special ASEAN Summit", "took part in the talks"
    elif (joined := _joined_by(r)) is not None:
        r.parties[0:0] = joined  # "Macron was joined by Merkel for talks at Fort de Bregancon"
    elif (traveller := _traveller(r)) is not None:
        r.parties.insert(0, traveller)  # "Levy arrived here Tuesday for cooperation talks with Turkish leaders"
    elif ((i >= 0 and toks[i].group().lower() in _PREPOSITIONS and r.det in {"a", "an"})
          # "Wang Yi is on a visit to Norway", "Xi left for a state visit to Russia".
          or (i >= 0 and toks[i].group() in {"on", "for"} and r.det in {"a", "an", "his", "her"}
              and r.kind.endswith("visit"))
          # "Afghan government representatives and Taleban insurgents gathered on Saturday for peace talks".
          or (i >= 0 and toks[i].group() == "for" and r.det is None and not r.named
              and _GATHERED.search(text, s_start, toks[i].start()) is not None)
          # "Ruto and Hassan agreed on Tuesday to cut barriers after talks in Dar es Salaam".
          # "Opec and its allies agreed on Saturday to extend cuts after a video conference".
          or (i >= 0 and toks[i].group() in {"after", "following"} and not r.named
              and (r.det is None or (r.det in {"a", "an"} and not text.startswith(" of ", r.end))))
          or r.det in {"his", "her", "their"}
          # "Biden made a surprise stop in Kyiv on Monday, meeting with Zelensky": a participle clause.
          or (r.det is None and i >= 0 and toks[i].group() in {",", "and"}
              and text.startswith("meeting with", hit_start))):
        # "Xi made the remarks ... during a virtual meeting with ...": the sentence's subject; so too
        # "Lee will embark on his state visit to China", "Lee (right) and Trump pose during their summit".
        stoks, bounds = _sentence_subject(text, s_start, s_end, r.start)
        opening = i >= 0 and bool(stoks) and (stoks[0].start() == toks[i].start() or (
            i >= 1 and stoks[0].start() == toks[i - 1].start() and toks[i - 1].group().endswith("ing")))
        if r.det == "their" and (bounds is None or " and " not in text[bounds[0] : bounds[1]]):
            # "their" needs a plural subject; "During their talks, Xi recalled ..." refers back, but
            # "During their meeting, Ban and Aso are expected to ..." names the pair after the opening phrase.
            if bounds is None and opening:
                _subject_after_opening(text, r, s_end, plural=True)
        elif bounds and bounds[1] <= r.start:
            r.parties.insert(0, Span(*bounds))
            if i >= 0 and (told := _addressee(text, bounds[1], toks[i].start())) is not None:
                r.parties.insert(1, told)  # "Pompeo told Yang in a phone call": Yang was on the call
        elif opening:
            # "During a phone call with A on Wednesday, B urged ...": the subject follows the opening phrase;
            # so too after a participle, "Speaking during a visit to Norway, Mr Wang said".
            _subject_after_opening(text, r, s_end)
    if (r.light_verb is not None and not r.parties and toks[r.light_verb].start() == s_start
            and toks[r.light_verb].group().endswith("ing")
            and (r.named or r.organisation is not None or r.det not in DEFINITE)):
        # "Addressing the 12th BRICS summit via video link, Xi took swipes at ...": the same, after a participle.
        _subject_after_opening(text, r, s_end)


_SPOKE_AT = frozenset({"speaking", "spoke", "speaks", "speak", "participated", "participating", "participates",
                       "participate"})
_TOOK = frozenset({"took", "take", "takes", "taking"})


def _speaker_at(r: _Reading) -> Span | None:
    """Who spoke at or took part in the meeting: the name before ``spoke at``, ``participated in``, ``took part
    in``."""
    toks, i = r.toks, r.i
    if i < 1 or toks[i].group() not in {"at", "in"}:
        return None
    verb = toks[i - 1].group().lower()
    j = i - 2
    if verb == "part" and i >= 2 and toks[i - 2].group().lower() in _TOOK:
        j = i - 3
    elif verb not in _SPOKE_AT or (toks[i].group() == "in") != verb.startswith("particip"):
        return None
    while j >= 0 and toks[j].group().lower() in AUX_WORDS:
        j -= 1  # "Lee was speaking at"
    if j >= 1 and toks[j].group() == ",":
        j -= 1  # "Wong, speaking at the ASEAN summit on Thursday, urged"
    bounds = _cap_run_back(toks, j) if j >= 0 else None
    return Span(*bounds) if bounds else None


# Verbs whose object is the person spoken to: "Pompeo told Yang Jiechi in a phone call on Monday that ...".
_ADDRESSED = regex.compile(r"\s++(?:(?:also|again|personally)\s++)?+(?:told|assured|reassured|urged|warned|informed|"
                           r"thanked|congratulated|briefed|invited|asked)\s++(?=\p{Lu})")
_ADDRESS_VERBS = ("told", "sured", "urged", "warned", "informed", "thanked", "congratulated", "briefed", "invited",
                  "asked")


def _addressee(text: str, subject_end: int, prep_start: int) -> Span | None:
    """Whom the subject ending at *subject_end* spoke to when the object runs right up to the preposition at
    *prep_start* that opens the meeting phrase (``told Yang Jiechi in a phone call``)."""
    if prep_start - subject_end > 160 or not any(v in text[subject_end:prep_start] for v in _ADDRESS_VERBS):
        return None
    verb = _ADDRESSED.match(text, subject_end, prep_start)
    if verb is None:
        return None
    ps = _party_span(text, verb.end(), prep_start)
    return ps if ps is not None and not text[ps.end : prep_start].strip(" ,") else None


def _traveller(r: _Reading) -> Span | None:
    """Who made a trip for the meeting: the name right before ``arrived``/``left``/``flew`` when the trip is ``for``
    it (``Sytenko left Tuesday for consultations with``); not a name the sentence reports it from."""
    toks, i = r.toks, r.i
    if i < 0 or toks[i].group() != "for" or r.det not in {None, "a", "an"} or r.named:
        return None
    verbs = list(_TRAVELLED.finditer(r.text, r.s_start, toks[i].start()))
    if not verbs:
        return None
    j = _last_before(toks, verbs[-1].start())
    while j >= 0 and toks[j].group().lower() in AUX_WORDS:
        j -= 1  # "Levy has arrived"
    bounds = _cap_run_back(toks, j) if j >= 0 else None
    return Span(*bounds) if bounds else None


_OF_PEOPLE = regex.compile(r"\s++of\s++(?=\p{Lu})")
_OF_KINDS = frozenset({"meeting", "virtual meeting", "summit", "talks"})
_JOINED_BY = regex.compile(r"\b(?:was|were|is|are|be|been)\s++joined\s++by\s++(?=\p{Lu})")


def _joined_by(r: _Reading) -> tuple[Span, Span] | None:
    """Host and guest of ``Macron was joined by Merkel for talks``: the name before ``was joined by`` and the one
    after it, when the meeting is what they met ``for``."""
    toks, i = r.toks, r.i
    if i < 1 or toks[i].group() != "for" or "joined" not in r.text[r.pre_lo : toks[i].start()]:
        return None
    joined = _JOINED_BY.search(r.text, r.pre_lo, toks[i].start())
    if joined is None:
        return None
    guest = _party_span(r.text, joined.end(), toks[i].start())
    j = _last_before(toks, joined.start())
    host = _cap_run_back(toks, j) if j >= 0 else None
    if guest is None or host is None or r.text[guest.end : toks[i].start()].strip(" ,"):
        return None
    return Span(*host), guest


def _relative_antecedent(r: _Reading) -> Span | None:
    """The name a ``, who ...`` clause holding a visit hangs on: ``Bach, who arrived on Sunday for a visit``."""
    if not r.kind.endswith("visit") or r.det not in {"a", "an", "his", "her"}:
        return None
    toks = r.toks
    for k in range(r.i, max(r.i - 25, 1), -1):
        word = toks[k].group()
        if word in {",", ";", ":", "(", ")"}:
            return None
        if word == "who" and toks[k - 1].group() == "," and k >= 2:
            bounds = _cap_run_back(toks, k - 2)
            return Span(*bounds) if bounds else None
    return None


def _read_parties_after(r: _Reading) -> None:
    """The participants after the trigger: ``with``/``between`` a phrase, or a verb's object."""
    text, trig = r.text, r.trig
    limit = r.limit
    pos = r.end
    bm = _BETWEEN.match(text, pos, limit)
    prep = bm.group("prep").lower() if bm else ""
    by_ok = prep != "by" or r.kind in {"visit", "state visit", "official visit", "working visit", "meeting"}
    if bm and by_ok and not (prep in {"from", "to"} and not r.kind.endswith("call")):
        ps = _party_span(text, bm.end(), limit)
        if ps and not _names_people(ps.of(text)):
            ps = None
        if ps and prep in {"from", "to"} and not _call_party(r, ps, prep):
            ps = None  # "said in a telephone call from Paris": where the speaker was
        if ps:
            r.parties.append(ps)
            pos = ps.end
    elif not trig.verb and r.kind in _OF_KINDS and (of := _OF_PEOPLE.match(text, pos, limit)) is not None:
        # "a meeting of Prime Minister Abe and President Moon", "a summit of Asean leaders"; not "a meeting of
        # China's Politburo" (a body).
        ps = _party_span(text, of.end(), limit)
        phrase = ps.of(text) if ps is not None else ""
        words = {w.lower() for w in phrase.split()}
        if ps is not None and "'s" not in phrase and "’s" not in phrase and (
                " and " in phrase or words & (PERSON_NOUNS | TITLE_WORDS)):
            r.parties.append(ps)
    elif trig.transitive or (trig.verb and r.kind != "visit" and not trig.kind.endswith("call")):
        ws = _SPACES.match(text, pos, limit)
        obj = ws.end() if ws else pos
        counterpart = _COUNTERPART.match(text, obj, limit)
        if counterpart is not None:
            obj = counterpart.start("who")  # "met his Swiss counterpart Otto Stich"
        else:
            before_title = _BEFORE_TITLE.match(text, obj, limit)
            if before_title is not None:
                obj = before_title.end()  # "met former Prime Minister Shinzo Abe"
        if obj < limit and text[obj:obj + 1].isupper() and text[obj:limit].split(maxsplit=1)[0] not in _NOT_PLACE:
            ps = _party_span(text, obj, limit)
            if ps:
                r.parties.append(ps)
                pos = ps.end
    _read_chairs(r)


_RECEIVE = frozenset({"received", "receives", "receiving", "got", "gets", "took", "takes", "taking"})


def _call_party(r: _Reading, ps: Span, prep: str) -> bool:
    """Whether the phrase after ``a phone call from``/``to`` is the other party, not a place: it has a title, or
    the call was ``received``/``took`` from someone."""
    words = {w.lower() for w in ps.of(r.text).split()}
    if words & (TITLE_WORDS | PERSON_NOUNS):
        return True
    return prep == "from" and r.light_verb is not None and r.toks[r.light_verb].group().lower() in _RECEIVE


def _read_chairs(r: _Reading) -> None:
    """Who chaired or attended, later in the sentence: ``The summit, attended by A, B and C``, ``was co-chaired by
    the permanent secretaries of their foreign ministries: Mr A of Singapore and Mr B of Thailand``."""
    text = r.text
    hi = min(r.s_end, r.end + 160)
    # Every match holds "by": most windows have none and skip the search.
    chaired = _CHAIRED_BY.search(text, r.end, hi) if text.find("by", r.end, hi) >= 0 else None
    if chaired is None:
        lo = max(r.s_start, r.start - 160)
        if text.find("chaired by", lo, r.start) >= 0:
            # "It is jointly chaired by DPM Heng and Vice-Premier Han Zheng, and it is Singapore's turn to host the
            # meeting": the chairs named before it in its sentence.
            before = _CHAIRED_BY_BEFORE.search(text, lo, r.start)
            ps = _party_span(text, before.end(), r.start) if before is not None else None
            if ps is not None and _names_people(ps.of(text)):
                r.parties.append(ps)
        return
    start = chaired.end()
    colon = text.find(":", start, min(r.s_end, start + 120))
    if colon >= 0:
        start = colon + 1  # the names after a colon, not the role before it
    ws = _SPACES.match(text, start, r.s_end)
    start = ws.end() if ws else start
    ps = _party_span(text, start, r.s_end)
    if ps is not None and _names_people(ps.of(text)) and ps not in r.parties:
        r.parties.append(ps)


def _read_place(r: _Reading) -> tuple[str | None, Span | None, str | None, Span | None]:
    """Place and venue after the trigger (``in Beijing``, ``at the Great Hall of the People``)."""
    text, trig, limit, pre_lo = r.text, r.trig, r.limit, r.pre_lo
    place: str | None = None
    place_span: Span | None = None
    venue: str | None = None
    venue_span: Span | None = None
    # Every match of _VENUE starts on "at", of _PLACE on "in" or "to": tried there only.
    vm = next(_matches_at(_VENUE, text, r.end, limit, ("at",)), None)
    if vm:
        v = _VENUE_TAIL.sub("", vm.group("v"))
        last = v.split()[-1].lower().strip("’'.")
        if last in VENUE_WORDS or (vm.group("the") and v not in _NOT_PLACE and v.split()[0] not in _NOT_PLACE):
            venue = v.translate(_NORMALISE)
            venue_span = Span(vm.start("v"), vm.start("v") + len(v))
    for pm in _matches_at(_PLACE, text, r.end, limit, ("in", "to")):
        p = pm.group("p").rstrip(".")
        first_word = p.split()[0]
        inside_venue = venue_span is not None and venue_span.start <= pm.start("p") < venue_span.end
        if p.endswith(("'s", "’s")) or first_word in _NOT_PLACE or inside_venue:
            continue
        if pm.group().lower().startswith("to") and r.kind not in {"visit", "state visit", "official visit",
                                                                   "working visit", "private visit"}:
            continue
        place = " ".join(p.split())
        place_span = Span(pm.start("p"), pm.start("p") + len(p))
        break
    if place is None and r.mode is MeetingMode.VIRTUAL and trig.kind != "video call":
        froms = list(_FROM_PLACE.finditer(text, pre_lo, r.start))
        fm = froms[-1] if froms else None
        if fm and fm.group("p").split()[0] not in _NOT_PLACE:
            p = fm.group("p").rstrip(".")
            place, place_span = p, Span(fm.start("p"), fm.start("p") + len(p))
    if place is None and r.place_before is not None and r.kind.endswith("visit"):
        place, place_span = r.place_before.of(text), r.place_before
    if place is None and r.kind.endswith("visit"):
        left_for = _LEFT_FOR.search(text, r.end, limit)
        if left_for is not None and left_for.group("p").split()[0] not in _NOT_PLACE:
            p = left_for.group("p").rstrip(".")  # "a delegation ... left Beijing for North Korea"
            place, place_span = p, Span(left_for.start("p"), left_for.start("p") + len(p))
    if place is None and r.kind.endswith("visit"):
        arrivals = list(_ARRIVED_IN.finditer(text, r.s_start, r.start))
        if arrivals and arrivals[-1].group("p").split()[0] not in _NOT_PLACE:
            p = arrivals[-1].group("p").rstrip(".")
            place, place_span = p, Span(arrivals[-1].start("p"), arrivals[-1].start("p") + len(p))
    if trig.verb and r.kind == "visit" and place is None:
        om = _ORG_AFTER.match(text[r.end:limit])
        if om and om.group(1).split()[0] not in _NOT_PLACE:
            p = om.group(1).rstrip(".")
            place, place_span = p, Span(r.end + om.start(1), r.end + om.start(1) + len(p))
    return place, place_span, venue, venue_span


_PAREN_OPEN = regex.compile(r"\s*+\(\s*+")


def _read_date_hint(r: _Reading) -> Span | None:
    """The date phrase after the trigger, else the last one before it in its clause."""
    text, limit, pre_lo = r.text, r.limit, r.pre_lo
    date_hint: Span | None = None
    after = list(islice(_date_spans(text, r.end, limit), 2))  # the first, and the one a bracket may give
    if after:
        date_hint = after[0]
        if len(after) > 1 and _PAREN_OPEN.fullmatch(text, date_hint.end, after[1].start) \
                and text.startswith(")", after[1].end):
            date_hint = after[1]  # "on Thursday (Aug 20)": the day the paper spells out, not the weekday
    else:
        clause = max(pre_lo, text.rfind(",", pre_lo, r.start) + 1)
        before = _dates(text, clause, r.start)
        date_hint = before[-1] if before else None
    return date_hint


def _read_mode(r: _Reading, lowered: _Lowered) -> None:
    """Phone or virtual markers near the trigger (``by telephone``, ``via video link``)."""
    text, s_start, s_end, limit = r.text, r.s_start, r.s_end, r.limit
    if r.mode is MeetingMode.IN_PERSON:
        near_lo, near_hi = max(s_start, r.start - 25), min(limit + 30, s_end)
        if _may_have(lowered, near_lo, near_hi, _PHONE_WORDS) and _MODE_PHONE.search(text, near_lo, near_hi):
            r.mode = MeetingMode.PHONE
            if r.kind == "conversation":
                r.kind = "phone call"  # "spoke to X on the phone"
        elif _may_have(lowered, near_lo, near_hi, _VIRTUAL_WORDS) and _MODE_VIRTUAL.search(text, near_lo, near_hi):
            r.mode = MeetingMode.VIRTUAL
            if r.kind == "meeting":
                r.kind = "virtual meeting"
            elif r.kind == "conversation":
                r.kind = "video call"



def _read_host(r: _Reading) -> str | None:
    """The host: ``China in hosting the ...``, ``hosted by ...``."""
    text, toks, pre_lo, limit = r.text, r.toks, r.pre_lo, r.limit
    host_text: str | None = None
    # Most cues have no host word before them: one substring test skips the token walk.
    for k in range(len(toks) - 1, -1, -1) if "host" in text[pre_lo:r.start].lower() else ():
        if toks[k].group().lower() in _HOST_WORDS:
            j = k - 1
            while j >= 0 and toks[j].group().lower() in _HOST_GLUE:
                j -= 1
            bounds = _cap_run_back(toks, j) if j >= 0 else None
            if bounds:
                r.host = Span(*bounds)
            elif k >= 1 and toks[k - 1].group() == "by" and r.parties and r.parties[0].end <= toks[k].start():
                r.host = r.parties[0]  # "Kishida will mark it by hosting a summit": the subject hosts
            break
    hb = _HOSTED_BY.search(text[r.end:limit]) if "hosted" in text[r.end:limit] else None
    if hb:
        r.host = Span(r.end + hb.start(1), r.end + hb.end(1))
    if r.host:
        host_text = r.host.of(text)
    return host_text


# Verb triggers in a past form: the clause's "will" belongs to another verb.
_PAST_FORMS = frozenset({"met", "visited", "arrived", "landed"})


def _read_future(r: _Reading, date_hint: Span | None, rule_name: str, lowered: _Lowered) -> bool:
    """Whether the clause puts the meeting still to come (``will``, ``is to``, ``to be held``, ``next week``)."""
    text, trig, hit_start, s_end, pre_lo = r.text, r.trig, r.hit_start, r.s_end, r.pre_lo
    clause_lo = max(pre_lo, text.rfind(",", pre_lo, r.start) + 1)
    post_hi = min(s_end, r.end + 80)
    post_may = _may_have(lowered, r.end, post_hi, _FUTURE_POST_WORDS)
    to_lo = max(clause_lo, r.start - 60)  # where "to hold talks" may start
    future = bool(
        (_may_have(lowered, clause_lo, r.start, _FUTURE_PRE_WORDS) and _FUTURE_PRE.search(text, clause_lo, r.start))
        or (_may_have(lowered, to_lo, r.start, ("to",))
            and (ft := _FUTURE_TO.search(text, to_lo, r.start)) is not None
            and not _PAST_TO.search(text, max(clause_lo, ft.start() - 20), ft.start())
            # "made a surprise visit to Kyiv on Monday to meet with Zelensky": a past errand, not a plan.
            and (tense_at(text[clause_lo : ft.start()], ft.start() - clause_lo) != "past"
                 or "invit" in text[clause_lo : ft.start()]  # an invitation to visit is still open
                 # "has agreed to meet Tambo in late April": what was agreed or planned is still to come.
                 or text[max(clause_lo, ft.start() - 12) : ft.start()].rstrip().lower().endswith(_PLANNED)))
        or (post_may and _FUTURE_POST.search(text, r.end, post_hi))
        or (r.i >= 0 and r.toks[r.i].group().lower() in _SOUGHT_LAST
            and SOUGHT.search(text, to_lo, r.start) is not None)
        # "The APEC summit opens in Lima on Friday": a present that announces.
        or (date_hint is not None and _OPENS.match(text, r.end, post_hi) is not None)
        or (date_hint and _may_have(lowered, date_hint.start, date_hint.end, _FUTURE_DATE_WORDS)
            and _FUTURE_DATE.search(text, date_hint.start, date_hint.end))
    )
    if trig.verb and text[hit_start:trig.end].lower() in _PAST_FORMS:
        # "It will be their first meeting since Biegun visited Seoul in July": a past form is no plan.
        future = bool(post_may and _FUTURE_POST.search(text, r.end, post_hi))
    return future


def _codes(r: _Reading, future: bool) -> tuple[str, str, str | None]:
    """CAMEO code, PLOVER event and PLOVER mode (the decisions are in the module's docstring)."""
    trig, mods = r.trig, r.mods
    multilateral = r.named or (r.organisation is not None) or bool(set(mods) & {"multilateral", "four-party",
                                                                               "six-party", "three-party"})
    if future:
        cameo, plover_event, plover_mode = INTENT_CODES
    elif r.mode is MeetingMode.PHONE:
        cameo, plover_event, plover_mode = "041", "CONSULT", "phone"
    elif trig.cameo is not None:
        cameo, plover_event, plover_mode = trig.cameo, "CONSULT", trig.plover_mode
    elif r.negotiation:
        cameo, plover_event, plover_mode = "046", "CONSULT", "multilateral" if multilateral else None
    else:
        cameo, plover_event, plover_mode = "040", "CONSULT", "multilateral" if multilateral else None
    return cameo, plover_event, plover_mode


def scan(text: str, folded: str | None = None, words: Iterable[tuple[int, bytes]] | None = None
         ) -> tuple[MeetingCue, ...]:
    """Every meeting cue in *text*, in order. The engine behind ``find_meeting_cues``.

    *folded* is ``fold(text)`` when the caller has it (a document's): read, not made again; so too *words*, the
    text's whole words as ``Document.words`` lists them for several kinds at once.
    """
    found: list[tuple[int, _Trigger, str]] = []
    consumed = 0
    low: _Lowered = None
    if any(c in text for c in _FOLDS_TO_ASCII):
        hits = [(hit.start(), hit.group().lower()) for hit in ANCHOR.finditer(text)]
    else:
        hits = _anchor_hits(text, words)
        # The gates read the one fold, not str.lower() of the text: the readers look for ASCII words only, which both
        # lower alike, and str.lower() of a text with any non-ASCII character works in 12 bytes a character. A long
        # text without a fold at hand is not copied whole: its windows are lowered one by one.
        if folded is not None:
            low = (folded, False)
        elif len(text) <= WHOLE_FOLD:
            low = (fold(text), False)
        else:
            low = (text, True)
    for hit_start, word in hits:
        if hit_start < consumed:
            continue
        # A word folded from outside ASCII ("ſummit") is no key: it tries every rule.
        for rule in _RULES_BY_WORD.get(word, rules):
            # Always bound the match: the regex module may scan ahead to the end for a required literal.
            m = rule.pattern.match(text, hit_start, hit_start + 80)
            if m is None:
                continue
            trig = rule.produce(m)
            if trig is not None:
                found.append((hit_start, trig, rule.name))
                consumed = max(trig.end, trig.swallow)
                break
    del hits  # every trigger word's offset: not held while the cues are read
    out: list[MeetingCue] = []
    sent = (0, -1)
    for n, (start, trig, name) in enumerate(found):
        if not (sent[0] <= start < sent[1]):
            sent = sentence_at(text, start)
        later = n + 1
        if later < len(found) and found[later][0] - trig.end < 120 and _NESTED_EVENT.fullmatch(
                text, trig.end, found[later][0]):
            later += 1
        next_hit = found[later][0] if later < len(found) else len(text)
        cue = _complete(text, trig, start, sent, next_hit=next_hit, rule_name=name, lowered=low)
        if cue is not None:
            cue = _same_subject(text, cue, out[-1]) if out and out[-1].sentence == cue.sentence else cue
            out.append(cue)
            if cue.place_span is not None and cue.kind.endswith("visit"):
                out.extend(_also_visited(text, cue))
    return tuple(out)


_AND_COUNTRY = regex.compile(r"\s++and\s++(?:the\s++)?+(?P<p>\p{Lu}[\w\-]*+(?:\s++\p{Lu}[\w\-]*+){0,2}+)")


def _also_visited(text: str, cue: MeetingCue) -> list[MeetingCue]:
    """``after visiting the Netherlands and Italy``: a visit to each of two countries; the cue has the first. A
    longer list (``official visits to France, Slovakia, ... and Malaysia from Dec. 4 to 15``) is one tour."""
    assert cue.place_span is not None
    more = _AND_COUNTRY.match(text, cue.place_span.end, cue.place_span.end + 60)
    if more is None or cue.place is None or lookup_country(cue.place) is None:
        return []
    words = more.group("p").split()
    # "Italy on Tuesday" reads "Italy": the longest run of capitalised words that is a country.
    name = next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                 if lookup_country(" ".join(words[:n])) is not None), None)
    if name is None:
        return []
    return [attrs.evolve(cue, place=name, place_span=Span(more.start("p"), more.start("p") + len(name)))]


# "Mr Wang, who was visiting Norway after visiting the Netherlands": a participle's subject is the clause's.
_PARTICIPLE_BEFORE = regex.compile(r"\b(?:after|before|while|since)\s++$")


def _same_subject(text: str, cue: MeetingCue, before: MeetingCue) -> MeetingCue:
    """*cue*, a verb opened by ``after``/``before`` with no subject of its own, takes the subject of the cue
    *before* it in its sentence (``X met A before meeting B``)."""
    if (cue.rule not in {"visit", "meet", "meeting"} or not before.parties_text
            or any(p.start < cue.span.start for p in cue.parties_text)
            or before.parties_text[0].start > before.span.start
            or not _PARTICIPLE_BEFORE.search(text, max(cue.sentence.start, cue.span.start - 8), cue.span.start)):
        return cue
    return attrs.evolve(cue, parties_text=(before.parties_text[0], *cue.parties_text))
