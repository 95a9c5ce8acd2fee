"""Intergovernmental organisations: ``find_organisations`` scans running text, ``parse_organisation`` reads one
name, ``render_organisation`` is its inverse. The rules live in ``rules``, the examples in ``corpus``, the data in
``diplomacy_model/gazetteer/organisations.tsv``.
"""

from __future__ import annotations

from .find import find_organisations, parse_organisation
from .render import render_organisation

__all__ = ["find_organisations", "parse_organisation", "render_organisation"]
