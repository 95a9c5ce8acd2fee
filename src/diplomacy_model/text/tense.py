"""Which way a relative date points: the tense of the clause around it.

Wire copy reports the past (``said on Wednesday``) and announces the future
(``will meet on Friday``, ``is due to visit on Monday``). A weekday or a month
without a year is resolved backwards in a past clause and forwards in a future
one. The cues are cheap: auxiliaries, a few verb frames and words ending in
``-ed``; the verb nearest the date wins, because a sentence like ``Saddam said
he will withdraw on Friday`` mixes both.
"""

from __future__ import annotations

from ..temporal import DateExpr, Tense
from .sentences import ends_sentence

__all__ = ["Tense", "date_tense", "sentence_tense", "tense_at"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FUTURE = _words("""
    will shall won't 'll would next upcoming coming expected effective payable expire expires due scheduled
    slated supposed tomorrow
""")
# "<word> to <verb>" frames that point forwards: "is to visit", "plans to meet", "due to sign".
_TO_FUTURE = _words("""
    is are am due set scheduled expected slated likely going about poised planned plans planning intends intend
    aims aim hopes hope ready prepared agreed agree vowed promised pledged supposed wants want
    agreement proposal offer bid forward
""")
# "to be <participle>" points forwards ("the summit, to be held in March") unless a verb of seeming or
# saying governs it ("seems to be", "was said to be").
_TO_BE_NOT_FUTURE = _words("""
    used seems seem seemed appears appear appeared said believed thought known reported has have had ought
""")
_PAST = _words("""
    said told was were had did didn't ago earlier yesterday last met took made went came left began gave held sent
    won lost rose fell saw spoke wrote brought bought sold paid flew ran stood became struck led fought kept
    thought knew found got put cut hit shut quit died
""")
# "postponed until June", "delayed to March", "rescheduled for Monday": the new date is still to come.
_POSTPONED = _words("postponed delayed deferred rescheduled adjourned")
_POSTPONED_TO = _words("until till to for")
_PRESENT = _words("is are am says say remains remain isn't aren't does do doesn't don't")
_BE_PRESENT = frozenset(("is", "are", "am"))
_PERFECT = frozenset(("has", "have"))
_PASSIVE = frozenset(("be", "been", "being"))
_PARTICIPLES = _words("""
    been done made gone come taken given held sent won lost risen fallen seen spoken written brought bought sold paid
    flown run stood become struck led fought kept thought known found got gotten put cut hit met told said begun
""")
_NOT_PAST = _words("""
    need needed feed seed speed bed shed breed proceed succeed exceed hundred red indeed
""")
_DETERMINERS = _words("a an the its his her their our this that these those still very more most less well so")
_BREAKS = _words(", ; : and but while whereas then that")


# Every word _cue can return a tense for, but the "-ed" ones: a cheap test before the call.
_ANY = _FUTURE | _PAST | _PRESENT | _PERFECT | {"to", "ahead", "time", "eve"}


def _adjective_un(word: str) -> bool:
    """``untouched``, ``unspecified``: participles used as adjectives; ``underlined`` and ``unveiled`` are verbs."""
    return word.startswith("un") and not word.startswith(("under", "unveil", "unleash", "unlock", "unload"))


def _cue(word: str, before: str, after: str) -> Tense | None:
    """The tense a single token signals, given the tokens either side (lower case)."""
    if word in _FUTURE:
        return "future"
    if word == "to" and (before in _TO_FUTURE or (after == "be" and before not in _TO_BE_NOT_FUTURE)):
        return "future"
    if (word == "ahead" and after == "of") or (word == "time" and before == "in" and after == "for"):
        return "future"  # "ahead of Friday's summit", "in time for the March summit"
    if word == "eve" and after == "of":
        return "present"  # "on the eve of talks on Monday": the day after the eve, nearest the story either way
    if word in _BE_PRESENT and (after == "to" or after in _TO_FUTURE):
        return "future"  # "is to visit", "is due to", "are expected to"
    if word in _POSTPONED and after in _POSTPONED_TO:
        return "future"  # before the passive rule: "has been postponed until June"
    if before in _PASSIVE:
        return None  # "will be named": the participle takes its tense from the auxiliary
    if word in _PERFECT:
        return "past" if after.endswith("ed") or after in _PARTICIPLES else "present"
    if word in _PAST:
        return "past"
    if (len(word) >= 5 and word.endswith("ed") and word.islower() and not _adjective_un(word)
            and word not in _NOT_PAST and before not in _DETERMINERS):
        return "past"
    if word in _PRESENT:
        return "present"
    return None


# How far a cue after the date counts, relative to one before it: the governing
# verb usually comes first ("said Friday", "will meet on Friday").
_AFTER_WEIGHT = 1.5
_CLAUSE_WEIGHT = 3.0
_WINDOW = 150
_MAX_WORDS = 24  # and no more words than a sentence's worth either side


_PUNCT = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019\u2014-_"
_BREAK_ENDS = (",", ";", ":")


_END_CHARS = frozenset(".?!\"'\u201d")
_NONE_YET = float("inf")  # the distance of the best cue before any is found


def _norm(token: str) -> str:
    return token.strip(_PUNCT).lower()


def tense_at(sentence: str, position: int, end: int | None = None) -> Tense:
    """The tense of the clause around ``sentence[position:end]``: the nearest verb cue decides.

    Distance counts words. A cue after the date weighs 1.5 times its distance, and
    three times more past a comma or ``and`` (``, he added`` reports, it does not
    date). Without any cue the clause counts as ``"present"``, which the resolver
    reads as "nearest to the reference date".

    >>> s = "Saddam said he will begin withdrawing on Friday"
    >>> tense_at(s, s.index("Friday"))
    'future'
    >>> s = "The OAU said Friday it would investigate"
    >>> tense_at(s, s.index("Friday"))
    'past'
    """
    stop = position if end is None else end
    # Words are normalised as they are read, nearest first: the scan usually stops after a few. Each
    # window is lowered once, not word by word: no punctuation mark, space or sentence end is cased.
    raw = sentence[max(0, position - _WINDOW) : position].lower().split()[-_MAX_WORDS:]
    best: Tense | None = None
    best_distance = _NONE_YET
    last = len(raw) - 1
    following = ""  # the normalised word after word i
    for i in range(last, -1, -1):
        token = raw[i]
        if i < last and token[-1] in _END_CHARS and ends_sentence(token):
            break  # the previous sentence
        word = token.strip(_PUNCT)
        if word in _ANY or word.endswith("ed"):
            kind = _cue(word, raw[i - 1].strip(_PUNCT) if i else "", following)
            if kind is not None:
                best, best_distance = kind, last - i
                break
        following = word
    # Only cues nearer than the best one before the date can win: read no further.
    reach = _WINDOW if best is None else min(_WINDOW, int(best_distance / _AFTER_WEIGHT + 1) * 12)
    raw = sentence[stop : stop + reach].lower().split()[:_MAX_WORDS]
    last = len(raw) - 1
    weight = _AFTER_WEIGHT
    preceding = ""  # the normalised word before word j
    for j, token in enumerate(raw):
        if j * weight >= best_distance:
            break
        word = token.strip(_PUNCT)
        if word in _BREAKS or not word:
            weight = _AFTER_WEIGHT * _CLAUSE_WEIGHT
            preceding = word
            continue
        if word in _ANY or word.endswith("ed"):
            kind = _cue(word, preceding, raw[j + 1].strip(_PUNCT) if j < last else "")
            if kind is not None:
                return kind
        if j and token[-1] in _END_CHARS and ends_sentence(token):
            break
        if token.endswith(_BREAK_ENDS):
            weight = _AFTER_WEIGHT * _CLAUSE_WEIGHT
        preceding = word
    return best or "present"


_NEAR_WORDS = 3  # how many words before a possessive weekday may point it forwards
_NEAR_CHARS = 40


def date_tense(text: str, start: int, end: int, expr: DateExpr) -> Tense:
    """The tense a date mention is resolved with: its clause's (:func:`tense_at`), except that a weekday
    naming a thing (``Tuesday's declaration``) is a day gone by unless a cue before it points forwards.

    >>> s = "The GM move follows Tuesday's declaration by Ford."
    >>> date_tense(s, s.index("Tuesday"), s.index("Tuesday") + 7, DateExpr("weekday", weekday=1))
    'past'
    >>> s = "Delegates arrived ahead of Friday's vote."
    >>> date_tense(s, s.index("Friday"), s.index("Friday") + 6, DateExpr("weekday", weekday=4))
    'future'
    """
    if expr.kind == "weekday" and text.startswith(("'s", "\u2019s"), end):
        # Only a cue right before it can send it forwards ("ahead of", "will attend"): what follows tells of
        # the thing named ("Tuesday's declaration by Ford, which is prepared to bid"), and a cue further back
        # governs another verb ("rates look set to move lower even after Monday's cut").
        near = text[max(0, start - _NEAR_CHARS) : start].split()[-_NEAR_WORDS:]
        lo = start - len(" ".join(near)) - 1 if near else start
        lo = max(0, lo)
        if near[-2:] == ["eve", "of"]:
            return "present"  # "on the eve of Monday's vote": the Monday nearest the story
        return "future" if tense_at(text[lo:end], start - lo, end - lo) == "future" else "past"
    return tense_at(text, start, end)


def sentence_tense(sentence: str) -> Tense:
    """The tense of a whole sentence: that of its first verb cue (the main clause, in news English).

    >>> sentence_tense("Russia will actively support China in hosting the meeting in November.")
    'future'
    >>> sentence_tense("Xi recalled the two meetings in the past year.")
    'past'
    >>> sentence_tense("The record date is Nov. 9.")
    'present'
    """
    tokens = [_norm(t) for t in sentence.split()]
    for i, word in enumerate(tokens):
        kind = _cue(word, tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else "")
        if kind is not None:
            return kind
    return "present"
