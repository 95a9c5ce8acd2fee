"""Titles and leaders: ``Russian President Vladimir Putin``, ``Narendra Modi, India's prime minister``.

``rules`` reads titled mentions around a title's head noun; ``leaders`` merges them into people and
attaches later family-name mentions; ``corpus`` holds the examples as data.
"""

from __future__ import annotations

from .leaders import RENDER_STYLES, family_name, find_leaders, leaders_in, parse_leader, render_leader

__all__ = ["RENDER_STYLES", "family_name", "find_leaders", "leaders_in", "parse_leader", "render_leader"]
