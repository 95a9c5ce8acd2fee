"""diplomacy_model: diplomatic news in, typed, dated, sourced facts out.

>>> import diplomacy_model as dm
>>> dm.PartialDate(2026, 11).isoformat()
'2026-11'

The model and the errors load with the package. The parsers load on first use
(PEP 562), so ``import diplomacy_model`` stays cheap for command-line tools and
pool workers that may never need every phrase kind.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import DiplomacyModelError, DocumentError, InputTypeError, ModelError, ParseError
from .model import (
    Agreement,
    Anniversary,
    Article,
    Dateline,
    DateMention,
    Identity,
    Leader,
    Meeting,
    MeetingMode,
    Note,
    NoteKind,
    Organisation,
    PartialDate,
    Precision,
    Span,
    YearPart,
)

if TYPE_CHECKING:
    from .article import extract
    from .batch import extract_many
    from .frames import to_frame
    from .phrases.agreement import find_agreements, parse_agreement, render_agreement
    from .phrases.anniversary import find_anniversaries, parse_anniversary, render_anniversary
    from .phrases.dateline import find_dateline, parse_dateline, render_dateline
    from .phrases.dates import find_dates, parse_date, render_date
    from .phrases.organisation import find_organisations, parse_organisation, render_organisation
    from .phrases.title import find_leaders, parse_leader, render_leader

__version__ = "0.1.0"

# Public name -> the module that defines it, imported on first access.
_LAZY: dict[str, str] = {
    "extract": ".article",
    "extract_many": ".batch",
    "to_frame": ".frames",
    **dict.fromkeys(("find_agreements", "parse_agreement", "render_agreement"), ".phrases.agreement"),
    **dict.fromkeys(("find_anniversaries", "parse_anniversary", "render_anniversary"), ".phrases.anniversary"),
    **dict.fromkeys(("find_dateline", "parse_dateline", "render_dateline"), ".phrases.dateline"),
    **dict.fromkeys(("find_dates", "parse_date", "render_date"), ".phrases.dates"),
    **dict.fromkeys(("find_organisations", "parse_organisation", "render_organisation"), ".phrases.organisation"),
    **dict.fromkeys(("find_leaders", "parse_leader", "render_leader"), ".phrases.title"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'diplomacy_model' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Agreement",
    "Anniversary",
    "Article",
    "DateMention",
    "Dateline",
    "DiplomacyModelError",
    "DocumentError",
    "Identity",
    "InputTypeError",
    "Leader",
    "Meeting",
    "MeetingMode",
    "ModelError",
    "Note",
    "NoteKind",
    "Organisation",
    "ParseError",
    "PartialDate",
    "Precision",
    "Span",
    "YearPart",
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
    "to_frame",
]
