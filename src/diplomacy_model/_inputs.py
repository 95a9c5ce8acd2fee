"""The checks every public function runs on its arguments, in one place so they all say the same thing.

A text must be a ``str`` (:func:`~diplomacy_model.errors.require_text`); a date
anchor (``published``, ``reference``) must be a ``datetime.date`` or ``None``.
A ``datetime`` is narrowed to its date: the hour never moves a date phrase, and
``date`` and ``datetime`` do not subtract from each other.
"""

from __future__ import annotations

import datetime as dt

from .errors import InputTypeError, require_text

__all__ = ["require_date", "require_optional_date", "require_text"]


def require_optional_date(value: object, func: str, name: str = "published") -> dt.date | None:
    """*value* as a ``date`` (a ``datetime`` narrowed to its date), ``None`` as ``None``.

    Anything else raises ``InputTypeError`` naming the function, the argument and what it expects.

    >>> require_optional_date(dt.datetime(2026, 2, 5, 23, 59), "extract")
    datetime.date(2026, 2, 5)
    >>> require_optional_date("2026-02-05", "extract")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.InputTypeError: extract() expects published to be a datetime.date or None, got str ...
    """
    if value is None or type(value) is dt.date:
        return value
    return require_date(value, func, name, optional=True)


def require_date(value: object, func: str, name: str = "reference", *, optional: bool = False) -> dt.date:
    """*value* as a ``date`` (a ``datetime`` narrowed to its date); anything else raises ``InputTypeError``.

    >>> require_date(None, "parse_date")
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.InputTypeError: parse_date() expects reference to be a datetime.date, got NoneType None
    """
    if type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    expected = "a datetime.date or None" if optional else "a datetime.date"
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    raise InputTypeError(f"{func}() expects {name} to be {expected}, got {type(value).__name__} {shown}")
