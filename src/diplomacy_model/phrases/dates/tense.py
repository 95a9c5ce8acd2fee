"""Which way a relative date points: the tense of the clause around it.

Wire copy reports the past (``said on Wednesday``) and announces the future
(``will meet on Friday``, ``is due to visit on Monday``). A weekday or a month
without a year is resolved backwards in a past clause and forwards in a future
one. The cues are cheap: auxiliaries, a few verb frames and words ending in
``-ed``; the verb nearest the date wins, because a sentence like ``Saddam said
he will withdraw on Friday`` mixes both.
"""

from __future__ import annotations

from typing import Literal

import regex

__all__ = ["Tense", "sentence_tense", "tense_at"]

Tense = Literal["past", "present", "future"]

# Order matters: at one position the first alternative wins, so the future
# frames ("expected to", "scheduled to") come before the generic "-ed" past.
_CUES = regex.compile(
    r"""
    \b(?:
      (?P<future>
          will | shall | won't | wo\ n't | 'll
        | (?:is|are|am)\ (?:(?:due|set|scheduled|expected|slated|likely|going|about|poised)\ )?to
        | (?:due|set|scheduled|slated|expected|planned|plans|planning|intends|intend|aims|hopes|hope|going
           |poised|ready|prepared|agreed|vowed|promised|pledged)\ to\ (?!be\ [a-z]+ed\b)[a-z]+
        | would | next | upcoming | coming | later\ this | ahead | supposed\ to | expected | effective | payable
        | expire | expires | due
      )
    | (?P<pastperf>
          (?:has|have|had)(?:\ [a-z]+ly)?\ (?:been\ )?[a-z]+(?:ed|en|wn|ne|un|ught|ept|ost|id|ft|lt|et|ade|at|ot)
      )
    | (?P<passive>
          (?:be|been|being)(?:\ [a-z]+ly)?\ [a-z]+
      )
    | (?P<past>
          said | told | was | were | had | did | didn't | ago | earlier | yesterday | last
        | met | took | made | went | came | left | began | gave | held | sent | won | lost | rose | fell | saw
        | spoke | wrote | brought | bought | sold | paid | set\ off | flew | ran | stood | became | struck | led
        | (?<!\b(?:a|an|the|its|his|her|their|our|this|that|these|those|still|very|more|most|less|well|so)\ )
          (?!un)[a-z]{3,}(?<!need|feed|seed|speed|bed|shed|breed|proceed|succeed|exceed|hundred|red|indeed)ed
      )
    | (?P<present>
          is | are | am | says | say | remains | remain | has | have | isn't | aren't | does | do
      )
    )\b
    """,
    regex.VERBOSE,
)

# How far a cue after the date counts, relative to one before it: the governing
# verb usually comes first ("said Friday", "will meet on Friday").
_AFTER_WEIGHT = 1.5
_CLAUSE_WEIGHT = 3.0
_CLAUSE_BREAK = regex.compile(r"[,;:]|\b(?:and|but|while|whereas|then)\b")
_WINDOW = 160


def _kind(match: regex.Match[str]) -> Tense | None:
    group = match.lastgroup
    if group == "future":
        return "future"
    if group in ("past", "pastperf"):
        return "past"
    if group == "present":
        return "present"
    return None  # a passive participle takes its tense from its auxiliary


def tense_at(sentence: str, position: int, end: int | None = None) -> Tense:
    """The tense of the clause around ``sentence[position:end]``: the nearest verb cue decides.

    Cues inside the date phrase itself (``next`` in ``next year``) are ignored.

    Without any cue the clause counts as ``"present"``, which the resolver reads as
    "nearest to the reference date".

    >>> s = "Saddam said he will begin withdrawing on Friday"
    >>> tense_at(s, s.index("Friday"))
    'future'
    >>> s = "The OAU said Friday it would investigate"
    >>> tense_at(s, s.index("Friday"))
    'past'
    """
    stop = position if end is None else end
    low = max(0, position - _WINDOW)
    best: Tense | None = None
    best_distance = float("inf")
    for match in _CUES.finditer(sentence, low, min(len(sentence), stop + _WINDOW)):
        kind = _kind(match)
        if kind is None:
            continue
        if match.end() <= position:
            distance: float = position - match.end()
        elif match.start() >= stop:
            distance = (match.start() - stop) * _AFTER_WEIGHT
            if _CLAUSE_BREAK.search(sentence, stop, match.start()):
                distance *= _CLAUSE_WEIGHT  # ", he added" or "and will ..." belongs to another clause
        else:
            continue  # the cue is the date itself ("yesterday", "next year")
        if distance < best_distance:
            best, best_distance = kind, distance
    return best or "present"


def sentence_tense(sentence: str) -> Tense:
    """The tense of a whole sentence: that of its first verb cue (the main clause, in news English).

    >>> sentence_tense("Russia will actively support China in hosting the meeting in November.")
    'future'
    >>> sentence_tense("Xi recalled the two meetings in the past year.")
    'past'
    >>> sentence_tense("The record date is Nov. 9.")
    'present'
    """
    for match in _CUES.finditer(sentence):
        kind = _kind(match)
        if kind is not None:
            return kind
    return "present"
