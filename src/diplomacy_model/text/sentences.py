"""The one sentence splitter, with the one list of abbreviations every phrase kind shares.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) before white space, at
a line break that does not merely wrap the line (hard-wrapped wire copy), or where crawled copy glued
two sentences (``ban.President Lee``, a caption's credit ``(Yonhap)The leaders``). A dot after an
abbreviation (``Mr.``, ``Adm.``, ``Sept.``, ``Corp.``) or an initial (``U.S.``, ``J.``) ends nothing,
and neither does a mark followed by a lower-case word.

Every rule is local, so :func:`sentence_at` finds the sentence around a position by reading a window
either side of it, and the answer is the same as splitting the whole text.
"""

from __future__ import annotations

import regex

from ..phrases._lexicon import wrapped

__all__ = ["ABBREVIATIONS", "ends_sentence", "is_abbreviation", "sentence_at"]

# Words (lower case, without their final dot) whose dot does not end a sentence.
_ABBREVIATION_WORDS = """
    mr mrs ms messrs mme dr st sen sens rep reps gov gen gens col lt sgt capt maj adm cmdr brig cpl pvt prof rev
    fr msgr hon rt amb pres supt insp jr sr no nos vol co corp inc ltd bros dept est fig ave blvd mt ft vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.n u.k e.u p.m a.m d.c r.o.k d.p.r.k n.korea s.korea
"""
ABBREVIATIONS: frozenset[str] = frozenset(_ABBREVIATION_WORDS.split())

# How far either side of a position a sentence's ends are looked for; keeps each read local.
_WINDOW = 600
_NEAR = 250  # the short window searched for a sentence's start before the full one
_CLOSE = 80  # and the shorter one before it: most triggers sit within 80 characters of their sentence's start

# Crawled copy glues sentences: "ban.President Lee", and a caption's credit to the story, "(Yonhap)The leaders".
# Each alternative opens with the mark it consumes (its lookbehind follows the mark): the scan skips to marks.
_BOUNDARY = regex.compile(
    r"[.!?]++[\"”’')\]]*+[ \t]++|\n|[.!?](?<=[a-z]{2}[.!?])[\"”’]?+(?=[A-Z][a-z])|\)(?<=[a-z]\))(?=[A-Z][a-z])"
)
# The word before a mark, read backwards from the end (one attempt, not one per start position); it may take
# the word's final dots, which is_abbreviation's caller strips anyway.
_PREV_TOKEN = regex.compile(r"(?r)([\w.]++)[.!?]*+[\"”’')\]]*+[ \t]*+$")
_CLOSERS = ".?!\"'\u201d\u2019)]"


def is_abbreviation(word: str) -> bool:
    """Whether a dot after *word* (any case, without the dot) leaves the sentence open.

    >>> is_abbreviation("Adm"), is_abbreviation("U.S"), is_abbreviation("J"), is_abbreviation("talks")
    (True, True, True, False)
    """
    word = word.lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word


def ends_sentence(token: str) -> bool:
    """Whether a white-space token closes a sentence: it ends in ``.``, ``?`` or ``!`` (and quotes) and is no
    abbreviation.

    >>> ends_sentence("Tuesday."), ends_sentence("Adm."), ends_sentence('said."')
    (True, False, True)
    """
    word = token.rstrip(_CLOSERS)
    if len(word) == len(token) or not any(c in ".?!" for c in token[len(word) :]):
        return False
    return not (len(word) <= 1 or is_abbreviation(word))


def _real_boundary(text: str, m: regex.Match[str]) -> bool:
    start, end = m.span()
    mark = text[start]
    if mark == "\n":
        return not wrapped(text, start)
    if mark == ")":
        return True  # a caption's credit glued to the story: "(Yonhap)The leaders"
    if text[end : end + 1].islower():
        return False
    if mark != ".":
        return True  # only a dot may close an abbreviation
    tok = _PREV_TOKEN.search(text[max(0, start - 20) : start + 1])
    return not (tok and is_abbreviation(tok.group(1).rstrip(".")))


def sentence_at(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The bounds of the sentence holding ``text[start:end]``, without surrounding white space.

    A sentence longer than the window (600 characters each side) is cut at the window.

    >>> text = "Adm. Smith met Putin on Monday. He will return on Friday."
    >>> s, e = sentence_at(text, text.index("Friday"))
    >>> text[s:e]
    'He will return on Friday.'
    >>> s, e = sentence_at(text, text.index("Monday"))
    >>> text[s:e]
    'Adm. Smith met Putin on Monday.'
    """
    stop = start if end is None else max(start, end)
    lo = max(0, start - _WINDOW)
    first = -1
    # The last real boundary wins: test the candidates from the right and stop at the first real one.
    # Most sentences start near: scan a short window first. Its matches that start after its left edge are
    # exactly the full window's there (a boundary straddling the edge can only show as a match *at* the edge),
    # so a real one among them is the answer; otherwise scan the full window.
    # Shorter still first: the window from a letter (which no boundary match holds, so none straddles it and the
    # scans from there and from further left agree on every match from there on) about 80 characters back.
    near = start - _NEAR
    close = start - _CLOSE
    while close > lo and close > near and not text[close - 1].isalnum():
        close -= 1
    if close > lo and close > near:
        for b in reversed(list(_BOUNDARY.finditer(text, close, start))):
            if _real_boundary(text, b):
                first = b.end()
                break
    if first < 0 and near > lo:
        for b in reversed(list(_BOUNDARY.finditer(text, near, start))):
            if b.start() > near and _real_boundary(text, b):
                first = b.end()
                break
    if first < 0:
        first = lo
        for b in reversed(list(_BOUNDARY.finditer(text, lo, start))):
            if _real_boundary(text, b):
                first = b.end()
                break
    hi = min(len(text), stop + _WINDOW)
    last = hi
    for b in _BOUNDARY.finditer(text, stop, hi):
        if _real_boundary(text, b):
            last = b.start() + len(b.group().rstrip())
            break
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return first, last
