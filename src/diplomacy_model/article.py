"""Whole-article extraction: from the dateline to the meetings, every fact with its spans.

The phrase kinds each read one thing; this module puts them together and
resolves what only the article as a whole can say: the anchor date every
relative date hangs on (the dateline's), which leader a participant phrase
names, which agreement an anniversary dates. Meetings are assembled by the
meeting kind (``phrases/meeting/assemble``).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ._inputs import require_optional_date
from .errors import require_text
from .gazetteer.countries import is_capital, lookup_city
from .model import Agreement, Anniversary, Article, Dateline, Note, PartialDate
from .phrases.agreement import agreements_in
from .phrases.anniversary import anniversaries_in
from .phrases.dateline import find_dateline
from .phrases.dates import header_date
from .phrases.meeting import assemble_meetings, cues_in
from .phrases.organisation import find_organisations
from .phrases.title import leaders_in
from .text import Document

__all__ = ["extract"]

# Events an anniversary can date an agreement by.
_DATING_EVENTS = frozenset({"signing", "establishment", "founding", "conclusion", "adoption"})


def extract(text: str, *, published: dt.date | None = None) -> Article:
    """Read one diplomatic news article into an :class:`Article`.

    *published* anchors the year of the dateline and every relative date when
    the text carries no header date. Never raises on a ``str``.

    >>> article = extract("MOSCOW, Feb. 4 (Xinhua) -- Russian President Vladimir Putin held talks "
    ...                   "with Chinese President Xi Jinping on Wednesday.", published=dt.date(2026, 2, 5))
    >>> [leader.name for leader in article.leaders]
    ['Vladimir Putin', 'Xi Jinping']
    >>> [(m.kind, m.date.isoformat(), m.participants) for m in article.meetings]
    [('talks', '2026-02-04', ('Vladimir Putin', 'Xi Jinping'))]
    """
    require_text(text, "extract")
    published = require_optional_date(published, "extract")
    published = published if published is not None else header_date(text)
    dateline = find_dateline(text, published=published)
    reference = _reference_date(dateline, published)
    doc = Document.build(text, published, dateline=dateline.date if dateline is not None else None)
    # The two readers of the fold (a lower-case copy of the whole text) go first, then it is let go: the later
    # stages' working memory no longer sits on top of it (peak memory for 4 MB of text, not the results).
    anniversaries = anniversaries_in(doc)
    cues = cues_in(doc)
    doc.release_fold()
    leaders = leaders_in(doc, dateline_country=_home_country(dateline), reference=reference)
    organisations = find_organisations(text)
    agreements = _one_per_name(_date_agreements(agreements_in(doc), anniversaries))
    dates = doc.date_mentions
    notes = doc.date_notes
    del doc  # its date mentions, sentence and token caches: not needed to assemble the meetings
    meetings = assemble_meetings(text, cues, leaders=leaders, organisations=organisations,
                                 dates=dates, dateline=dateline, reference=reference)
    return Article(
        published=published,
        dateline=dateline,
        leaders=leaders,
        organisations=organisations,
        agreements=agreements,
        anniversaries=anniversaries,
        meetings=meetings,
        notes=notes,
    )


def _reference_date(dateline: Dateline | None, published: dt.date | None) -> dt.date | None:
    """Relative dates hang on the dateline's date, else the publication date."""
    if dateline is not None and dateline.date is not None:
        return dateline.date
    return published


def _home_country(dateline: Dateline | None) -> str | None:
    """The country an unqualified title belongs to: the dateline's, or that of the city it names (not of a
    diplomatic hub such as New York or Geneva)."""
    if dateline is None:
        return None
    if dateline.country is not None:
        return dateline.country
    if dateline.city is not None and (is_capital(dateline.city) or dateline.city.casefold() not in _HUBS):
        return lookup_city(dateline.city)
    return None


# Cities whose datelines mostly carry foreign officials (UN seats, summit resorts): no home country to lend.
_HUBS = frozenset({"new york", "geneva", "strasbourg", "the hague", "davos", "lausanne", "united nations"})


def _date_agreements(
    agreements: tuple[Agreement, ...], anniversaries: tuple[Anniversary, ...]
) -> tuple[Agreement, ...]:
    """``the 25th anniversary of the signing of <treaty>`` in 2026 dates the treaty to 2001.

    An agreement takes the first anniversary (in *anniversaries*' order) whose subject holds it. The
    agreements are visited by start, and only the subjects still open at that start are looked at: a sweep,
    linear in the count of both (comparing every agreement with every anniversary was quadratic).
    """
    # Anniversaries that can date an agreement, as (subject start, subject end, rank, anniversary), by start.
    dating = sorted(
        (a.subject_span.start, a.subject_span.end, rank, a) for rank, a in enumerate(anniversaries)
        if a.base_year is not None and a.subject_span is not None and (a.event is None or a.event in _DATING_EVENTS)
    )
    out = list(agreements)
    opened: list[tuple[int, int, int, Anniversary]] = []
    next_subject = 0
    for index in sorted(range(len(out)), key=lambda i: out[i].span.start):
        agreement = out[index]
        if agreement.date is not None:
            continue
        span = agreement.span
        while next_subject < len(dating) and dating[next_subject][0] <= span.start:
            opened.append(dating[next_subject])
            next_subject += 1
        # A subject ending at or before this start holds no agreement starting here or later.
        opened = [o for o in opened if o[1] >= span.start]
        holders = [o for o in opened if span.end <= o[1]]
        if holders:
            anniversary = min(holders, key=lambda o: o[2])[3]
            out[index] = _dated(agreement, anniversary, year=anniversary.base_year or 0)
    return tuple(out)


def _one_per_name(agreements: tuple[Agreement, ...]) -> tuple[Agreement, ...]:
    """An instrument named twice is one agreement: its first mention, with a date or parties a later one adds."""
    first: dict[tuple[str, str], int] = {}
    out: list[Agreement] = []
    for agreement in agreements:
        key = (agreement.name.casefold(), agreement.kind)
        if key not in first:
            first[key] = len(out)
            out.append(agreement)
            continue
        kept = out[first[key]]
        if kept.date is None and agreement.date is not None:
            kept = attrs.evolve(kept, date=agreement.date, event=agreement.event, date_source=agreement.date_source,
                                notes=_undated_notes(kept))
        if not kept.parties and agreement.parties:
            kept = attrs.evolve(kept, parties=agreement.parties)
        out[first[key]] = kept
    return tuple(out)


def _dated(agreement: Agreement, anniversary: Anniversary, *, year: int) -> Agreement:
    return attrs.evolve(
        agreement,
        date=PartialDate(year),
        event=agreement.event or anniversary.event,
        date_source="anniversary",
        notes=_undated_notes(agreement),
    )


def _undated_notes(agreement: Agreement) -> tuple[Note, ...]:
    """*agreement*'s notes once it has a date from elsewhere: a note names only a field left unset (the
    impossible date the text wrote stays among the article's notes)."""
    return tuple(note for note in agreement.notes if note.field != "date")
