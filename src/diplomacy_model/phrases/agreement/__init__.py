"""Named instruments (treaties, agreements, memoranda, joint statements, partnerships ...).

``find_agreements`` scans running text, ``parse_agreement`` reads one instrument
phrase, ``render_agreement`` is its inverse and ``agreement_at`` finds the
agreement inside a span (an anniversary's subject). The grammar lives in
``rules``, the examples in ``corpus``.
"""

from __future__ import annotations

from .find import agreement_at, agreements_in, find_agreements, parse_agreement
from .render import render_agreement

__all__ = ["agreement_at", "agreements_in", "find_agreements", "parse_agreement", "render_agreement"]
