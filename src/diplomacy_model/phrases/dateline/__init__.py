"""Datelines: ``BEIJING, China, Feb 5 —``, ``MOSCOW, Feb. 4 (Xinhua) --``, ``UNITED NATIONS (Reuters) -``.

``parse_dateline`` reads a text that is wholly a dateline, ``find_dateline`` the
dateline that opens an article, and ``render_dateline`` writes one in a house
style (the inverse of ``parse_dateline``).
"""

from __future__ import annotations

from .render import STYLES, render_dateline
from .rules import find_dateline, parse_dateline

__all__ = ["STYLES", "find_dateline", "parse_dateline", "render_dateline"]
