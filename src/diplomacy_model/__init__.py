"""diplomacy_model: diplomatic news in, typed, dated, sourced facts out.

>>> import diplomacy_model as dm
>>> dm.PartialDate(2026, 11).isoformat()
'2026-11'
"""

from __future__ import annotations

from .article import extract
from .batch import extract_many
from .errors import DiplomacyModelError, DocumentError, InputTypeError, ModelError, ParseError
from .model import (
    Agreement,
    Anniversary,
    Article,
    Dateline,
    DateMention,
    Leader,
    Meeting,
    MeetingMode,
    Organisation,
    PartialDate,
    Precision,
    Span,
)
from .phrases.agreement import find_agreements, parse_agreement, render_agreement
from .phrases.anniversary import find_anniversaries, parse_anniversary, render_anniversary
from .phrases.dateline import find_dateline, parse_dateline, render_dateline
from .phrases.dates import find_dates, parse_date, render_date
from .phrases.organisation import find_organisations, parse_organisation, render_organisation
from .phrases.title import find_leaders, parse_leader, render_leader

__version__ = "0.1.0"

__all__ = [
    "Agreement",
    "Anniversary",
    "Article",
    "DateMention",
    "Dateline",
    "DiplomacyModelError",
    "DocumentError",
    "InputTypeError",
    "Leader",
    "Meeting",
    "MeetingMode",
    "ModelError",
    "Organisation",
    "ParseError",
    "PartialDate",
    "Precision",
    "Span",
    "__version__",
    "extract",
    "extract_many",
    "find_agreements",
    "find_anniversaries",
    "find_dateline",
    "find_dates",
    "find_leaders",
    "find_organisations",
    "parse_agreement",
    "parse_anniversary",
    "parse_date",
    "parse_dateline",
    "parse_leader",
    "parse_organisation",
    "render_agreement",
    "render_anniversary",
    "render_date",
    "render_dateline",
    "render_leader",
    "render_organisation",
]
