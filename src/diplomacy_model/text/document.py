"""One reading of a text, built once and shared by every phrase kind.

A :class:`Document` holds the text's fold, its sentences, clauses and tokens, its reference date and
every date mention in it, each resolved once with the tense of its clause. Each part is built the
first time a kind asks for it and kept: a finder that never needs the sentences never pays for them.

>>> import datetime as dt
>>> doc = Document.build("Xi met Putin on Wednesday. He will visit Paris in March.", dt.date(2026, 2, 5))
>>> doc.reference
Reference(date=datetime.date(2026, 2, 5), source='published')
>>> [(m.text, str(m.value), m.tense) for m in doc.dates]
[('Wednesday', '2026-02-04', 'past'), ('March', '2026-03', 'future')]
>>> s, e = doc.sentence_at(doc.dates[1].span.start)
>>> doc.text[s:e]
'He will visit Paris in March.'
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator
from functools import lru_cache

import attrs
import regex

from ..model import DateMention, Note, NoteKind, PartialDate, Span
from ..temporal import DateExpr, Reference, Tense, needs_reference, needs_tense, resolve, year_offset
from .fold import fold
from .offsets import find_offsets, find_weekends
from .reference import find_reference
from .sentences import sentence_at
from .tense import date_tense, tense_at
from .words import WordHits, shared_word_hits

__all__ = ["Document", "TimeMention", "date_mentions"]


def _settle_paired_weekdays(found: list[TimeMention], text: str, anchor: dt.date) -> None:
    """A weekday with its month and day in brackets after it (``Thursday (Aug 20)``) names one day: the year,
    within one of the reference's, whose Aug 20 is a Thursday settles both, nearest the reference.

    Each alone takes its year from its clause's tense, which can point a year off ("agreed to ease curbs on
    Thursday (Aug 20)" reads as future). A pair no nearby year agrees with (a slip: ``Tuesday (April 15)`` in
    2020) is left as each reads.
    """
    for i in range(len(found) - 1):
        weekday, month_day = found[i], found[i + 1]
        if weekday.expr.kind != "weekday" or month_day.expr.kind != "month_day" or month_day.expr.year is not None:
            continue
        month, day = month_day.expr.month, month_day.expr.day
        if month is None or day is None or weekday.value.day is None:
            continue
        if text[weekday.span.end : month_day.span.start].strip() != "(":
            continue
        wanted = weekday.value.first_day.weekday()
        agreeing = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:  # year 0 or 10000, or Feb 29 in a common year
                continue
            if candidate.weekday() == wanted:
                agreeing.append(candidate)
        if not agreeing:
            continue
        best = min(agreeing, key=lambda d: abs((d - anchor).days))
        value = PartialDate(best.year, best.month, best.day)
        found[i] = attrs.evolve(weekday, value=value)
        found[i + 1] = attrs.evolve(month_day, value=value)


@attrs.frozen
class TimeMention:
    """A date expression in the text: where it is, what it says, the tense of its clause and what it means.

    ``value`` is a :class:`~diplomacy_model.model.PartialDate` at the precision the text gives: a day, an ISO
    week, a month, a season or half-year, or a year.
    """

    span: Span
    text: str
    expr: DateExpr
    tense: Tense
    value: PartialDate

    @property
    def kind(self) -> str:
        return self.expr.kind

    def as_date_mention(self) -> DateMention:
        """The model's :class:`DateMention`."""
        return DateMention(self.span, self.text, self.value, self.expr.kind)


def date_mentions(found: tuple[TimeMention, ...]) -> tuple[DateMention, ...]:
    """The mentions in *found* as the model's :class:`DateMention` records."""
    return tuple(mention.as_date_mention() for mention in found)


# The one tokeniser: words with their inner apostrophes, dots and hyphens ("U.S.", "Xi's", "long-term"),
# numbers, and each other mark on its own.
_TOKEN = regex.compile(r"\w++(?:['’.\-]\w++)*+|[^\w\s]")
# Where a clause ends inside a sentence; not at the thousands comma of "8,000 people".
_CLAUSE_BREAK = regex.compile(
    r"(?<![0-9]),|,(?![0-9]{3}+(?![0-9]))|[;:()\u2014\u2013]|\s-{1,2}\s|\s(?:but|while|whereas|although)\s"
)
# A comparison period a year back: "the year-ago quarter", "a year earlier" (not "a year-ago loss").
_YEAR_BACK = regex.compile(
    r"\byear-ago[ \t]++(?:quarter|period|half|months?|weeks?)\b|\b[Aa][ \t]++year[ \t]++earlier\b"
)
_FIND = object()  # "find the reference date in the text" (the default)
# resolve() is pure and an article repeats its few date phrases ("Wednesday", "this year") against one
# reference date: memoised on (expression, reference, tense), its answers are immutable.
_resolve = lru_cache(maxsize=4096)(resolve)


_SCAN: list[Callable[..., Iterator[tuple[int, int, DateExpr]]]] = []


def _date_scanner() -> Callable[..., Iterator[tuple[int, int, DateExpr]]]:
    """The date rules' scanner. They live with their phrase kind, which itself builds documents: imported on
    first use, then kept."""
    if not _SCAN:
        from ..phrases.dates.rules import scan  # noqa: PLC0415

        _SCAN.append(scan)
    return _SCAN[0]


class Document:
    """One text, read once. Build it with :meth:`build`; every attribute is computed on first use.

    Attributes:
        text: the text as given; every span indexes it.
        published: the caller's publication date, if any.
    """

    __slots__ = (
        "_dateline", "_dates", "_fold", "_framed", "_reference", "_scanned", "_sentences", "_tokens", "_unresolved",
        "_words", "published", "text",
    )

    def __init__(
        self, text: str, published: dt.date | None = None, *, dateline: dt.date | None = None,
        reference: Reference | object | None = _FIND,
    ) -> None:
        self.text = text
        self.published = published
        self._dateline = dateline
        self._reference = reference
        self._fold: str | None = None
        self._framed: bool | None = None
        self._dates: tuple[TimeMention, ...] | None = None
        self._scanned = False  # the whole text's dates were scanned (its unresolved phrases are known)
        self._sentences: dict[int, tuple[int, int]] = {}
        self._tokens: dict[tuple[int, int], tuple[tuple[int, int], ...]] = {}
        self._words: WordHits | None = None
        # Date phrases that resolved to no date, by span: what the notes are made from.
        self._unresolved: dict[Span, tuple[DateExpr, dt.date | None]] = {}

    @classmethod
    def build(cls, text: str, published: dt.date | None = None, *, dateline: dt.date | None = None) -> Document:
        """The document of *text*. *published* is the story's date; *dateline* the date its dateline gives,
        when the caller has read it (it is the better reference: the day the story was filed).

        >>> Document.build("date 2026-02-05 Talks.").reference.source
        'header'
        """
        return cls(text, published, dateline=dateline)

    @classmethod
    def anchored(cls, text: str, reference: dt.date | None, *, source: str = "published") -> Document:
        """The document of *text* with its reference date given outright (``None``: no reference at all).

        >>> Document.anchored("date 2026-02-05 Talks.", None).reference is None
        True
        """
        return cls(text, reference, reference=None if reference is None else Reference(reference, source))

    # --- the text ------------------------------------------------------------------------------

    @property
    def fold(self) -> str:
        """The text in lower case, offset for offset (see :func:`~diplomacy_model.text.fold.fold`)."""
        if self._fold is None:
            self._fold = fold(self.text)
        return self._fold

    @property
    def words(self) -> WordHits:
        """Where the title, agreement and date kinds' words stand whole, as ``(offset, word)`` in text order: one
        scan of one fold for the three (see :mod:`~diplomacy_model.text.words`); :attr:`dates` reads them once
        made, then lets them go.

        >>> Document.build("President Xi said on Monday.").words
        WordHits([(0, b'president'), (21, b'monday')])
        """
        if self._words is None:
            self._words = shared_word_hits(self.text)
        return self._words

    def piece(self, start: int, end: int) -> Document:
        """The document of ``text[start:end]`` (its offsets counted from *start*), with this one's reference date
        and what it knows of the whole text: what a reader of a long text piece by piece reads each piece as.

        >>> doc = Document.build("date 2026-02-05 Talks. Xi met Putin on Wednesday.")
        >>> part = doc.piece(23, len(doc.text))
        >>> part.text, part.reference == doc.reference, [str(m.value) for m in part.dates]
        ('Xi met Putin on Wednesday.', True, ['2026-02-04'])
        """
        part = Document(self.text[start:end], self.published, reference=self.reference)
        part._framed = self._has_year_back()
        return part

    def release_fold(self) -> None:
        """Let go of :attr:`fold` (a copy of the whole text) once its readers are done; it is made again if
        asked for."""
        self._fold = None

    def sentence_at(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The bounds of the sentence around ``text[start:end]`` (the one splitter, one abbreviation list)."""
        key = start if end is None else -1
        if key >= 0:
            known = self._sentences.get(key)
            if known is not None:
                return known
        found = sentence_at(self.text, start, end)
        if key >= 0:
            self._sentences[key] = found
        return found

    def clause_at(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The bounds of the clause around ``text[start:end]``: its sentence cut at commas, semicolons, colons,
        brackets, dashes and ``but``/``while``.

        >>> doc = Document.build("He said on Monday, after talks, that he will go on Friday.")
        >>> s, e = doc.clause_at(doc.text.index("Friday"))
        >>> doc.text[s:e]
        'that he will go on Friday.'
        """
        stop = start if end is None else end
        s_lo, s_hi = self.sentence_at(start, end)
        lo, hi = s_lo, s_hi
        for m in _CLAUSE_BREAK.finditer(self.text, s_lo, start):
            lo = m.end()
        after = _CLAUSE_BREAK.search(self.text, stop, s_hi)
        if after is not None:
            hi = after.start()
        while lo < hi and self.text[lo].isspace():
            lo += 1
        return lo, hi

    def clause_break(self, start: int, end: int) -> tuple[int, int] | None:
        """The first clause break (as :meth:`clause_at` cuts) in ``text[start:end]``, as ``(start, end)``, or ``None``.

        >>> doc = Document.build("He said on Monday, after talks, that he will go.")
        >>> doc.clause_break(0, len(doc.text))
        (17, 18)
        """
        m = _CLAUSE_BREAK.search(self.text, start, end)
        return m.span() if m is not None else None

    def tokens(self, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
        """The tokens of a sentence (as :meth:`sentence_at` gives it) as ``(start, end)`` offsets; cached.

        >>> doc = Document.build("Xi's U.S. visit, in 2026.")
        >>> [doc.text[s:e] for s, e in doc.tokens(doc.sentence_at(0))]
        ["Xi's", 'U.S', '.', 'visit', ',', 'in', '2026', '.']
        """
        known = self._tokens.get(sentence)
        if known is None:
            known = tuple(m.span() for m in _TOKEN.finditer(self.text, sentence[0], sentence[1]))
            self._tokens[sentence] = known
        return known

    def tense_at(self, start: int, end: int | None = None) -> Tense:
        """The tense of the clause around ``text[start:end]``: the nearest verb cue decides (will, is to,
        plans to, said, had met ...)."""
        return tense_at(self.text, start, end)

    # --- time ----------------------------------------------------------------------------------

    @property
    def reference(self) -> Reference | None:
        """The date relative phrases count from, with its source (see :func:`find_reference`)."""
        if self._reference is _FIND:
            self._reference = find_reference(self.text, self.published, dateline=self._dateline)
        assert self._reference is None or isinstance(self._reference, Reference)
        return self._reference

    @property
    def dates(self) -> tuple[TimeMention, ...]:
        """Every date mention in the text, found once, each resolved on :attr:`reference` with its clause's
        tense. Without a reference, only the dates that need none (``Feb 4, 2026``, ``in 1996``)."""
        if self._dates is None:
            self._dates = self.dates_between(0, len(self.text))
            self._scanned = True
        return self._dates

    def _has_year_back(self) -> bool:
        """Whether the text holds a comparison period a year back anywhere (a cheap test, made once)."""
        if self._framed is None:
            self._framed = "year-ago" in self.text or "year earlier" in self.text
        return self._framed

    def _year_back(self, start: int, anchor: dt.date | None) -> dt.date | None:
        """The anchor of a month and day after ``year-ago`` or ``a year earlier`` in its sentence: the
        comparison period is a year back (``In the year-ago quarter, the quarter ended Oct. 31``)."""
        if anchor is None:
            return None
        s_lo, _s_hi = self.sentence_at(start)
        if _YEAR_BACK.search(self.text, s_lo, start) is not None:
            return year_offset(anchor, -1) if anchor.year > 1 else None  # no year 0: the date stays unset
        return anchor

    @property
    def date_mentions(self) -> tuple[DateMention, ...]:
        """:attr:`dates` as the model's :class:`DateMention` records. When :attr:`dates` is not yet made, the
        records are made from the scan's own and those are not kept (on a long text, thousands of records with
        their expressions: peak memory)."""
        if self._dates is not None:
            return date_mentions(self._dates)
        found = self._scan_dates(0, len(self.text))
        self._scanned = True
        return tuple([mention.as_date_mention() for mention in found])

    def dates_between(self, start: int, end: int) -> tuple[TimeMention, ...]:
        """The date mentions in ``text[start:end]`` (read afresh from that slice; spans index the text)."""
        if self._dates is not None and start == 0 and end >= len(self.text):
            return self._dates
        return tuple(self._scan_dates(start, end))

    def _scan_dates(self, start: int, end: int) -> list[TimeMention]:
        scan = _date_scanner()
        reference = self.reference
        anchor = reference.date if reference is not None else None
        text = self.text
        framed = anchor is not None and self._has_year_back()
        out: list[TimeMention] = []
        # The title kind's scan for words found the date kind's too: read when the whole text is, then let go (the
        # dates come last; on a long text the words are thousands of pairs).
        words = self._words if start <= 0 and end >= len(text) else None
        if words is not None:
            self._words = None
        # A long text says the same few dates again and again ("Wednesday", "this year"): one expression and one
        # string each, shared by their mentions, not one per mention (peak memory).
        exprs: dict[DateExpr, DateExpr] = {}
        said: dict[str, str] = {}
        for s, e, expr in scan(text, max(0, start), max(0, min(end, len(text))), words=words):
            if anchor is None and needs_reference(expr):
                continue
            tense: Tense = date_tense(text, s, e, expr) if needs_tense(expr) else "past"
            value = _resolve(expr, self._year_back(s, anchor) if framed and expr.kind == "month_day" else anchor, tense)
            if value is not None:
                piece = text[s:e]
                out.append(TimeMention(Span(s, e), said.setdefault(piece, piece), exprs.setdefault(expr, expr), tense,
                                       value))
            else:
                self._unresolved[Span(s, e)] = (expr, anchor)
        lo, hi = max(0, start), max(0, min(end, len(text)))
        if anchor is not None and text.find("weekend", lo, hi) >= 0:  # cheap literal check first
            taken = [(m.span.start, m.span.end) for m in out]
            for s, e, expr in find_weekends(text, lo, hi):
                tense = date_tense(text, s, e, expr) if needs_tense(expr) else "past"
                value = _resolve(expr, anchor, tense)
                if value is not None and not any(a < e and s < b for a, b in taken):
                    out.append(TimeMention(Span(s, e), text[s:e], expr, tense, value))
            out.sort(key=lambda m: m.span.start)
        if anchor is not None and len(out) > 1:
            _settle_paired_weekdays(out, text, anchor)
        if out:
            out = self._with_offsets(out, lo, hi)
        return out

    def _with_offsets(self, found: list[TimeMention], lo: int, hi: int) -> list[TimeMention]:
        """*found* with the days counted from one of them (``a day after he met``, ``the next day``: see
        :mod:`~diplomacy_model.text.offsets`), in text order."""
        text = self.text

        def days() -> list[tuple[int, int, dt.date]]:
            return [(m.span.start, m.span.end, m.value.first_day) for m in found
                    if m.value.day is not None and m.value.week is None]

        def clause_end(pos: int, limit: int) -> int:
            cut = _CLAUSE_BREAK.search(text, pos, limit)
            return limit if cut is None else cut.start()

        offsets = find_offsets(text, lo, hi, days, sentence_at=self.sentence_at, clause_end=clause_end)
        if not offsets:
            return found
        taken = [(m.span.start, m.span.end) for m in found]
        for s, e, expr, anchor in offsets:
            value = _resolve(expr, anchor, "past")
            if value is not None and not any(a < e and s < b for a, b in taken):
                found.append(TimeMention(Span(s, e), text[s:e], expr, "past", value))
        found.sort(key=lambda m: m.span.start)
        return found

    @property
    def date_notes(self) -> tuple[Note, ...]:
        """Why the date phrases that resolve to no date do not: a day no month has (``February 30``), a day
        its year lacks (``Feb. 29, 2023``), a year outside 1..9999. In text order.

        >>> [n.message for n in Document.build("Talks on Feb. 29, 2023 and on Feb. 4, 2023.").date_notes]
        ['no such date: February 29, 2023']
        """
        if not self._scanned:
            _ = self.dates
        notes = (_unresolved_note(span, expr, anchor) for span, (expr, anchor) in sorted(self._unresolved.items()))
        return tuple(note for note in notes if note is not None)


def _unresolved_note(span: Span, expr: DateExpr, anchor: dt.date | None) -> Note | None:
    """The note for a date phrase that resolved to nothing, when the reason is one the model names."""
    if expr.kind == "iso_week" and expr.year is not None and expr.offset is not None and 1 <= expr.year <= 9999:
        return Note(NoteKind.NO_SUCH_DATE, "date", span,  # "2021-W53": 2021 has 52 ISO weeks
                    f"no such week: {expr.year}-W{expr.offset:02d} ({expr.year} has "
                    f"{dt.date(expr.year, 12, 28).isocalendar().week} ISO weeks)")
    if expr.year is not None or anchor is None:  # written whole: "Feb. 29, 2023", "0000"
        return Note.for_date("date", span, expr.year, expr.month, expr.day)
    if expr.month is not None and expr.day is not None:
        note = Note.for_date("date", span, None, expr.month, expr.day)  # "February 30" in no year
        if note is not None:
            return note
        if (expr.month, expr.day) == (2, 29):
            if not any(calendar.isleap(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)):
                return Note(NoteKind.NO_SUCH_DATE, "date", span,
                            f"no such date: February 29 in any year from {anchor.year - 1} to {anchor.year + 1}")
            # A leap day near the anchor, but not on the side the tense points to ("met on Feb 29" in 2025).
            return Note(NoteKind.NO_SUCH_DATE, "date", span,
                        f"no such date: February 29 in the year the clause points to, from {anchor.isoformat()}")
    # A relative date carried past an end of the calendar ("next year" in 9999, "a year ago" in year 1): it
    # resolves from a mid-calendar anchor, so the anchor's nearer end is the one crossed.
    if resolve(expr, anchor.replace(year=2000)) is None:
        return None
    if anchor.year < 5000:
        return Note(NoteKind.BEFORE_YEAR_ONE, "date", span,
                    f"the date falls before year 1, the first the model holds, counted from {anchor.isoformat()}")
    return Note(NoteKind.AFTER_YEAR_9999, "date", span,
                f"the date falls after 9999, the last year the model holds, counted from {anchor.isoformat()}")
