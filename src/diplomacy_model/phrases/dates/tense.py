"""Which way a relative date points: moved to :mod:`diplomacy_model.text.tense` (one tense reader for every
kind); kept importable here for the readers not yet moved onto the shared document."""

from __future__ import annotations

from ...text.tense import Tense, sentence_tense, tense_at

__all__ = ["Tense", "sentence_tense", "tense_at"]
