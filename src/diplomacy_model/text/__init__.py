"""One reading of a text, shared by every phrase kind: its fold, sentences, clauses, tokens, tense,
reference date and date mentions (:class:`Document`)."""

from __future__ import annotations

from .document import Document, TimeMention
from .fold import fold
from .reference import find_reference, header_date
from .sentences import ABBREVIATIONS, ends_sentence, is_abbreviation, sentence_at
from .tense import sentence_tense, tense_at

__all__ = [
    "ABBREVIATIONS",
    "Document",
    "TimeMention",
    "ends_sentence",
    "find_reference",
    "fold",
    "header_date",
    "is_abbreviation",
    "sentence_at",
    "sentence_tense",
    "tense_at",
]
