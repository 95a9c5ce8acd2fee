"""Named instruments in running text (lenient), one instrument phrase (strict), and span look-up."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import attrs

from ...errors import ParseError, require_text
from ...model import Agreement, Note, PartialDate, Span
from ...text import Document
from ...text.words import WordHits
from .rules import (
    _ACRONYM,
    _AFTER_ARTICLE_OK,
    _CALENDAR_WORDS,
    _CAPS_WORD,
    _ENDS_IN_ABBREVIATION,
    _HEAD,
    _INNER,
    _MODIFIED_NOUNS,
    _NOT_FIRST_WORD,
    _OF_TAIL,
    _OPENER,
    _OPENERS,
    _SIGNED_BEFORE,
    _TOKEN,
    _TOKEN_BACKWARDS,
    _VERB_BETWEEN,
    _YEAR_BEFORE,
    HEAD_KEYS,
    MODIFIERS,
    WORDS,
    between_at,
    between_in,
    date_clause,
    head_at,
    is_city,
    is_country,
    party,
    party_prefix,
)

__all__ = ["agreement_at", "agreements_in", "find_agreements", "parse_agreement"]

_KIND = "named agreement"  # reads "not a named agreement: ..."
_LEFT_WINDOW = 160
_RIGHT_WINDOW = 320
_MAX_LEFT_TOKENS = 10
_MAX_RIGHT_TOKENS = 24
# Kinds an acronym alone can name in lower case ("INF treaty"); "OEM agreement" is not an instrument.
_ACRONYM_KINDS = frozenset(("treaty", "accord", "protocol", "convention"))
# Words that make a capitalised Partnership a business.
_BUSINESS_WORDS = frozenset(
    ("Limited", "Ltd", "LP", "L.P", "Master", "Associates", "Ventures", "Holdings", "Capital", "Partners",
     "Investment", "Investors", "Fund", "Funds", "Properties", "Realty", "Financing", "Equity", "Inc", "Corp",
     "Co", "Company", "Industries", "Group", "Trust", "Mortgage", "Income", "Royalty", "Resources", "Oil", "Gas",
     "Petroleum", "Drilling")
)
_OPENING = ("(", "[", '"', "\u201c", "\u2018")
_TRAILING = ".,;:!?)]\"\u201d\u2019'"
_TRAILING_NO_DOT = ",;:!?)]\"\u201d\u2019'"


@attrs.frozen
class _Found:
    agreement: Agreement
    start: int  # whole phrase, date clause included (strict parsing needs it)
    end: int


def _plain_gap(text: str, start: int, end: int) -> bool:
    # Spaces, or one line break with its indent (wire copy wraps lines inside names), never a blank line.
    gap = text[start:end]
    return 0 < len(gap) <= 8 and gap.isspace() and gap.count("\n") <= 1 and "\r\n\r" not in gap


def _caps(word: str, *, calendar: bool = False) -> bool:
    """Whether *word* can be part of a capitalised name (month and weekday names only with ``calendar``)."""
    if word in _CALENDAR_WORDS:
        return calendar and _caps_word(word)
    return _caps_word(word)


def _caps_word(word: str) -> bool:
    known = _CAPS_MEMO.get(word)
    if known is not None:
        return known
    if word.endswith(("'s", "\u2019s")) or (word.endswith(".") and not _ENDS_IN_ABBREVIATION.search(word)):
        known = False
    else:
        known = _CAPS_WORD.fullmatch(word) is not None
    if len(_CAPS_MEMO) < _CAPS_MEMO_MAX:  # bounded: the words of running text
        _CAPS_MEMO[word] = known
    return known


_CAPS_MEMO: dict[str, bool] = {}
_CAPS_MEMO_MAX = 50000


def _left(
    text: str, start: int, floor: int, *, capitalised: bool
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Capitalised words and lower-case modifiers before a head, left to right: ``(caps, mods)``.

    A capitalised head takes no lower-case modifiers: ``Exhibition and Convention`` is not a name.
    """
    backwards = _TOKEN_BACKWARDS.finditer(text, max(floor, start - _LEFT_WINDOW), start)
    # nearest first, read lazily: the chain usually stops after a word or two
    spans = (m.span() for m in itertools.islice(backwards, _MAX_LEFT_TOKENS))
    caps: list[tuple[int, int]] = []
    mods: list[tuple[int, int]] = []
    edge = start
    token = next(spans, None)
    while token is not None:
        s, e = token
        if not _plain_gap(text, e, edge):
            break
        word = text[s:e]
        following = None
        if not caps and not capitalised and word in MODIFIERS:
            mods.append((s, e))
        elif _caps(word, calendar=True):
            caps.append((s, e))  # "Good Friday Agreement"; a leading calendar word is trimmed below
        elif word[:1] in _OPENING and _caps(word[1:]):
            caps.append((s + 1, e))  # "(General Agreement ...": the bracket ends the chain
            break
        elif word in ("and", "&") and caps and (following := next(spans, None)) is not None:
            ps, pe = following
            before = text[ps:pe]
            if not (_plain_gap(text, pe, s) and _caps(before)) or _HEAD.fullmatch(before):
                break
            caps.append((s, e))
        else:
            break
        edge = s
        token = following if following is not None else next(spans, None)
    caps.reverse()
    mods.reverse()
    # A chain never opens with a connector, an article or a calendar word.
    while caps and (
        text[caps[0][0] : caps[0][1]] in _NOT_FIRST_WORD
        or text[caps[0][0] : caps[0][1]] in _CALENDAR_WORDS
        or text[caps[0][0] : caps[0][1]] in ("and", "&")
    ):
        caps.pop(0)
    while mods and text[mods[0][0] : mods[0][1]] == "and":
        mods.pop(0)
    return caps, mods


def _complement(text: str, pos: int) -> int:
    """End of a title-case complement (``of Good-Neighborliness and Friendly Cooperation``) at *pos*, or *pos*."""
    if _OPENER.match(text, pos, min(len(text), pos + 40)) is None:
        return pos
    forwards = _TOKEN.finditer(text, pos, min(len(text), pos + _RIGHT_WINDOW))
    spans = (m.span() for m in itertools.islice(forwards, _MAX_RIGHT_TOKENS))  # lazily: the name ends early
    first = next(spans, None)
    if first is None or text[first[0] : first[1]] not in _OPENERS:
        return pos
    edge = pos
    last_caps_end = pos
    previous = ""
    seen_caps = False
    between = False
    closing = False
    for s, e in itertools.chain((first,), spans):
        if not _plain_gap(text, edge, s):
            break
        word = text[s:e]
        stripped = word.rstrip(_TRAILING_NO_DOT)
        if stripped.endswith(".") and not _ENDS_IN_ABBREVIATION.search(stripped):
            stripped = stripped[:-1]
        if stripped != word:
            if stripped and _caps(stripped) and (seen_caps or previous in _OPENERS or previous in ("the", "a", "an")):
                last_caps_end = s + len(stripped)
                seen_caps = True
            break
        if _caps(word):
            if not seen_caps and word in _CALENDAR_WORDS:
                break
            seen_caps = True
            last_caps_end = e
        elif word in _INNER and (word != "the" or previous in _AFTER_ARTICLE_OK or closing):
            if word == "and" and not seen_caps:
                break
            # "between A and the B": one "the" may follow the "and" that closes the pair.
            closing = word == "and" and between
            if word == "between":
                between = True
            elif closing:
                between = False
        elif word in ("a", "an") and previous in _OPENERS and not seen_caps:
            pass
        else:
            break
        previous = word
        edge = e
    return last_caps_end if seen_caps else pos


def _modifies_next(text: str, end: int) -> bool:
    """Whether a capitalised head only modifies the next word: ``Convention center``, ``Protocol Department``."""
    if text[end : end + 1] == ")":
        end += 1
    match = _TOKEN.search(text, end, min(len(text), end + 40)) if text[end : end + 1].isspace() else None
    if match is None or not _plain_gap(text, end, match.start()):
        return False
    word = match.group().rstrip(_TRAILING)
    if word.lower() in _MODIFIED_NOUNS:
        return True
    return _caps(word) and word not in _OPENERS


def _read(text: str, head: tuple[int, int, str, bool, bool], floor: int) -> _Found | None:
    start, end, kind, capitalised, plural = head
    if plural and not capitalised:
        return None  # a lower-case plural ("agreements") is never accepted below: skip reading it
    if kind == "joint statement" or (kind == "declaration" and text[start - 6 : start] in ("joint ", "Joint ")):
        if text[max(0, start - 6) : start] not in ("joint ", "Joint "):
            return None
        start -= 6
    if capitalised and _modifies_next(text, end):
        return None
    caps, mods = _left(text, start, floor, capitalised=capitalised)
    name_start = caps[0][0] if caps else (mods[0][0] if mods else start)
    prefix = party_prefix(text, name_start, start) if caps else None
    parties = prefix[1] if prefix is not None else ()
    name_end = end
    of_tail = _OF_TAIL.match(text, end, min(len(text), end + 80))
    if of_tail is not None and not capitalised:
        name_end = of_tail.end()
    between = between_at(text, name_end, min(len(text), name_end + 200))
    if between is not None:
        name_end, between_parties = between
        parties = parties or between_parties
    complement_end = _complement(text, name_end)
    has_complement = complement_end > name_end
    name_end = complement_end
    if has_complement and not parties:
        parties = between_in(text, name_start, name_end)

    if capitalised:
        accepted = bool(caps) or has_complement or between is not None
        if kind == "partnership" and any(text[s:e].rstrip(".") in _BUSINESS_WORDS for s, e in caps):
            accepted = False  # "Red Lion Inns Limited Partnership" is a company
        if plural and not has_complement:
            # "Minsk Agreements", "Geneva Conventions", but not "Regional Trade Agreements".
            chain = text[caps[0][0] : caps[-1][1]] if caps else ""
            accepted = bool(parties) or is_city(chain) or any(
                is_city(text[s:e]) or is_country(text[s:e]) for s, e in caps
            )
    else:
        cap_words = [text[s:e] for s, e in caps]
        accepted = not plural and (
            bool(parties)
            or (kind in _ACRONYM_KINDS and any(_ACRONYM.fullmatch(w) and party(w) is None for w in cap_words))
            or (kind != "partnership" and len(cap_words) == 1 and is_city(cap_words[0]))
            or between is not None
            or (of_tail is not None and any(text[s:e] == "strategic" for s, e in mods))
        )
        if not accepted and not plural and not caps:
            verb = _VERB_BETWEEN.match(text, name_end, min(len(text), name_end + 60))
            if verb is not None and between_at(text, verb.end(), min(len(text), verb.end() + 200)) is not None:
                accepted = True
    if not accepted:
        return None
    if not capitalised and prefix is not None:
        # The name starts at the party prefix, not at stray capitals before it.
        name_start = prefix[0]

    phrase_end = name_end
    date = None
    event = None
    notes: list[Note] = []
    verb = _VERB_BETWEEN.match(text, name_end, min(len(text), name_end + 60))
    if verb is not None:
        clause = between_at(text, verb.end(), min(len(text), verb.end() + 200))
        if clause is not None:
            phrase_end, verb_parties = clause
            parties = parties or verb_parties
            dated = date_clause(text, phrase_end, min(len(text), phrase_end + 40), bare=True)
            if dated is not None:
                # "on February 31, 2001": no such date, so no date, and a note why
                note = Note.for_date("date", Span(phrase_end, dated[0]), dated[1], dated[2], dated[3])
                if note is None:
                    date = PartialDate(dated[1], dated[2], dated[3])
                    phrase_end, event = dated[0], dated[4]
                else:
                    notes.append(note)
    if date is None:
        dated = date_clause(text, name_end, min(len(text), name_end + 120))
        if dated is None and _SIGNED_BEFORE.search(text, max(0, name_start - 20), name_start):
            dated = date_clause(text, name_end, min(len(text), name_end + 40), bare=True)
        if dated is not None:
            note = Note.for_date("date", Span(name_end, dated[0]), dated[1], dated[2], dated[3])
            if note is None:
                phrase_end, year, month, day, event = dated
                date = PartialDate(year, month, day)
            elif all(n.message != note.message for n in notes):  # the verb clause's date, read again
                notes.append(note)
    if date is None:
        year_before = _YEAR_BEFORE.search(text, max(0, name_start - 12), name_start)
        if year_before is not None:
            # "the 2015 Paris Agreement", "the 1986 International Cocoa Agreement": the year it was concluded.
            year = int(year_before["year"])
            note = Note.for_year("date", Span(*year_before.span("year")), year)
            if note is None:
                date, event, notes = PartialDate(year), "signing", []
            else:
                notes.append(note)
    name = " ".join(text[name_start:name_end].split())
    agreement = Agreement(
        name=name,
        kind=kind,
        span=Span(name_start, name_end),
        parties=parties,
        date=date,
        event=event if date is not None else None,
        date_source="text" if date is not None else None,
        notes=tuple(notes) if date is None else (),
    )
    return _Found(agreement, name_start, phrase_end)


def _heads(text: str, words: WordHits | None = None) -> list[int]:
    """Where a head may start, in order: every place :func:`head_at` accepts is here (a few more it refuses).

    *words*: the text's whole words as a document's one scan found them (``Document.words``); a head is a whole
    word of :data:`WORDS` in the fold that scan reads.
    """
    if words is not None:
        return [at for at, word in words if word in _WORD_KEYS]
    # head_at accepts only "[Xx]" plus the rest of the key in lower case, so the rest is looked up in
    # the text as it is (no lower-casing) and the first letter checked; every hit head_at accepts is here.
    positions: list[int] = []
    for first, rest in _HEAD_KEY_PARTS:
        at = text.find(rest, 1)
        while at != -1:
            if text[at - 1] in first:
                positions.append(at - 1)
            at = text.find(rest, at + 1)
    positions.sort()
    return positions


_HEAD_KEY_PARTS = tuple((key[0] + key[0].upper(), key[1:]) for key in HEAD_KEYS)
_WORD_KEYS = frozenset(word.encode() for word in WORDS)


def _scan(text: str, words: WordHits | None = None) -> list[_Found]:
    # Every match below passes an end position: the regex module may look for a pattern's required
    # literal (" between ") up to the end of the string, which would make the scan quadratic.
    found: list[_Found] = []
    floor = 0
    for pos in _heads(text, words):
        if pos < floor:
            continue
        head = head_at(text, pos)
        if head is None:
            continue
        hit = _read(text, head, floor)
        if hit is not None:
            found.append(hit)
            floor = hit.agreement.span.end
    return found


def find_agreements(text: str) -> tuple[Agreement, ...]:
    """Every named instrument in *text*, in text order. Never raises on a ``str``.

    >>> text = ("the 25th anniversary of the signing of the China-Russia Treaty of Good-Neighborliness "
    ...         "and Friendly Cooperation")
    >>> [(a.name, a.kind, a.parties) for a in find_agreements(text)]
    [('China-Russia Treaty of Good-Neighborliness and Friendly Cooperation', 'treaty', ('CN', 'RU'))]
    >>> a = find_agreements("The New START treaty, signed on April 8, 2010, expired.")[0]
    >>> a.name, a.date.isoformat(), a.event
    ('New START treaty', '2010-04-08', 'signing')
    """
    require_text(text, "find_agreements")
    return _agreements(text, None)


def agreements_in(doc: Document) -> tuple[Agreement, ...]:
    """:func:`find_agreements` on a text already read: the head words come from the document's one scan for words
    (``Document.words``).

    >>> [a.name for a in agreements_in(Document.build("They signed the Paris Agreement in 2015."))]
    ['Paris Agreement']
    """
    return _agreements(doc.text, doc.words)


def _agreements(text: str, words: WordHits | None) -> tuple[Agreement, ...]:
    try:
        return tuple(hit.agreement for hit in _scan(text, words))
    except RecursionError:  # pragma: no cover - defensive: the lenient finder never raises
        return ()


def parse_agreement(text: str) -> Agreement:
    """Read *text* as exactly one named instrument, with an optional leading ``the`` and date clause.

    Inverse of :func:`render_agreement`.

    >>> parse_agreement("the Paris Agreement").name
    'Paris Agreement'
    >>> parse_agreement("an agreement")
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.ParseError: not a named agreement: 'an agreement': expected one named instrument ...
    """
    require_text(text, "parse_agreement")
    body = text.strip()
    lead = len(text) - len(text.lstrip())
    for article in ("the ", "The "):
        if body.startswith(article):
            body = body[len(article) :]
            lead += len(article)
            break
    hits = _scan(text)
    if len(hits) != 1 or hits[0].start != lead or hits[0].end != lead + len(body):
        raise ParseError(text, _KIND, "expected one named instrument (e.g. 'the Paris Agreement'), and nothing else")
    return hits[0].agreement


def agreement_at(agreements: Iterable[Agreement], span: Span) -> Agreement | None:
    """The first agreement whose span lies inside *span*, e.g. an anniversary's subject.

    >>> text = "the signing of the Paris Agreement"
    >>> agreement_at(find_agreements(text), Span(0, len(text))).name
    'Paris Agreement'
    """
    for agreement in agreements:
        if span.start <= agreement.span.start and agreement.span.end <= span.end:
            return agreement
    return None
