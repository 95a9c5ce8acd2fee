"""Ordinals (``30th``, ``thirtieth``, ``one hundred and fiftieth``) and the cardinals of ``N years since``.

>>> from diplomacy_model.phrases.ordinal import parse_ordinal, render_ordinal
>>> parse_ordinal(render_ordinal(75, "words"))
75
"""

from __future__ import annotations

from .render import ORDINAL_STYLES, render_cardinal, render_ordinal
from .rules import CARDINAL, ORDINAL, cardinal_value, ordinal_value, parse_cardinal, parse_ordinal

__all__ = [
    "CARDINAL",
    "ORDINAL",
    "ORDINAL_STYLES",
    "cardinal_value",
    "ordinal_value",
    "parse_cardinal",
    "parse_ordinal",
    "render_cardinal",
    "render_ordinal",
]
