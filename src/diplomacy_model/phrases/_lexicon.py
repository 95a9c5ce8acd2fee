"""Named word lists shared by the phrase kinds.

Keys are lower case; callers match case-insensitively and look up ``.lower()``.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["MONTHS", "MONTH_NAMES", "WEEKDAYS", "WEEKDAY_NAMES", "trie_pattern", "words_pattern"]

MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

# Full names, the usual wire abbreviations (with or without the dot) and "Sept".
MONTHS: dict[str, int] = {}
for _number, _name in enumerate(MONTH_NAMES, start=1):
    MONTHS[_name.lower()] = _number
    MONTHS[_name[:3].lower()] = _number
MONTHS["sept"] = 9

WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)
# datetime.date.weekday() numbering: Monday is 0.
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}


def words_pattern(words: list[str] | tuple[str, ...] | dict[str, object]) -> str:
    """An alternation of *words*, longest first, safe to embed in a pattern.

    Longest first matters: ``Sept`` must be tried before ``Sep``.
    """
    import regex  # noqa: PLC0415 - only needed while patterns are compiled at import

    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of *words* factored as a trie, so the engine tests each first letter once.

    Several times faster than a flat alternation when scanning running text.

    >>> trie_pattern(["meet", "meeting", "met"])
    'me(?:et(?:ing)?|t)'
    """
    import regex  # noqa: PLC0415 - only needed while patterns are compiled at import

    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alternatives = [regex.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
