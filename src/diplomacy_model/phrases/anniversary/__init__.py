"""Anniversaries: ``the 30th anniversary of ...``, ``centenary of ...``, ``58 years since ...``.

>>> from diplomacy_model.phrases.anniversary import parse_anniversary, render_anniversary
>>> render_anniversary(parse_anniversary("golden jubilee of the treaty"), style="digits")
'50th anniversary of the treaty'
"""

from __future__ import annotations

from .render import ANNIVERSARY_STYLES, render_anniversary
from .rules import anniversaries_in, find_anniversaries, parse_anniversary

__all__ = [
    "ANNIVERSARY_STYLES",
    "anniversaries_in",
    "find_anniversaries",
    "parse_anniversary",
    "render_anniversary",
]
