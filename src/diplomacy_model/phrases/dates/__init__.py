"""Date mentions: weekdays, month-days, months, year words, explicit dates.

``find_dates`` scans running text; ``parse_date`` reads one whole phrase;
``render_date`` is its inverse. Relative phrases are anchored on a reference
date and point backwards or forwards with the tense of their clause; both the
reference and the tense come from the shared :class:`~diplomacy_model.text.Document`,
and the anchoring from :mod:`diplomacy_model.temporal`.
"""

from __future__ import annotations

from ...temporal import Tense
from ...text.tense import sentence_tense, tense_at
from .find import find_dates, header_date, parse_date, resolve_mentions
from .render import render_date

__all__ = [
    "Tense",
    "find_dates",
    "header_date",
    "parse_date",
    "render_date",
    "resolve_mentions",
    "sentence_tense",
    "tense_at",
]
