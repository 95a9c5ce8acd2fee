"""What every phrase kind shares: the corpus record and the rule record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs
import regex

__all__ = ["Corpus", "Example", "Rule"]

T = TypeVar("T")


@attrs.frozen
class Rule(Generic[T]):
    """A named pattern and the function that turns its match into a value.

    Name rules like grammar: ``"<ordinal> anniversary of <event>"``.
    """

    name: str
    pattern: regex.Pattern[str]
    produce: Callable[[regex.Match[str]], T | None]
    # The lower-case words a match can start on, for kinds that scan for those words first; empty: not declared.
    anchors: frozenset[str] = frozenset()


@attrs.frozen
class Example:
    """One surface form and what it must parse to.

    ``expected`` maps attribute names of the parsed value to their values; a
    ``Span`` is written as ``(start, end)`` and a date as an ISO string.
    ``source`` gives provenance: ``"hand"``, ``"seed"``, ``"modelled on Reuters 1987"`` ...
    """

    text: str
    expected: Mapping[str, Any]
    published: dt.date | None = None
    source: str = "hand"
    note: str = ""


@attrs.frozen
class Corpus:
    """Examples grouped by phrase kind, Duckling style.

    ``examples`` must parse exactly; ``negative`` texts must yield nothing from
    the lenient finder; ``known_failures`` are run as strict xfails so that an
    unexpected pass turns the run red.
    """

    kind: str
    examples: tuple[Example, ...]
    negative: tuple[Example, ...] = ()
    known_failures: tuple[Example, ...] = ()
