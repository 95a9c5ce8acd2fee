"""One exception hierarchy: everything the library raises on purpose is a DiplomacyModelError.

Each error also subclasses the matching built-in, so callers that already catch
``ValueError`` or ``TypeError`` keep working.
"""

from __future__ import annotations

__all__ = [
    "DiplomacyModelError",
    "DocumentError",
    "InputTypeError",
    "ModelError",
    "ParseError",
    "require_text",
]

_SHOWN = 80


def _shorten(text: str) -> str:
    """``repr`` of *text*, cut in the middle when long so messages stay readable."""
    if len(text) <= _SHOWN:
        return repr(text)
    half = _SHOWN // 2
    return f"{text[:half]!r}...{text[-half:]!r} ({len(text)} chars)"


class DiplomacyModelError(Exception):
    """Root of every error this library raises on purpose."""


class ParseError(DiplomacyModelError, ValueError):
    """A strict parser was given text that is not wholly a phrase of its kind.

    Carries the offending ``text``, the phrase ``kind`` that was expected and the
    ``reason`` it was rejected; the message says all three.
    """

    def __init__(self, text: str, kind: str, reason: str) -> None:
        self.text = text
        self.kind = kind
        self.reason = reason
        super().__init__(f"not a {kind}: {_shorten(text)}: {reason}")

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str, str]]:
        # Exceptions with custom __init__ need this to cross process boundaries.
        return (type(self), (self.text, self.kind, self.reason))


class InputTypeError(DiplomacyModelError, TypeError):
    """A function that reads text was given something that is not a ``str``."""


class ModelError(DiplomacyModelError, ValueError):
    """Data given to the model (for example by ``Article.from_dict``) is malformed."""


class DocumentError(DiplomacyModelError):
    """One document of a batch could not be processed; the batch goes on.

    ``source`` names the document (a path, or ``"#3"`` for the fourth text) and
    ``reason`` says what went wrong.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        return (type(self), (self.source, self.reason))


def require_text(text: object, func: str) -> str:
    """Return *text* if it is a ``str``; otherwise raise ``InputTypeError`` naming its type.

    >>> require_text(b"x", "find_dateline")
    Traceback (most recent call last):
    ...
    diplomacy_model.errors.InputTypeError: find_dateline() expects str, got bytes
    """
    if isinstance(text, str):
        return text
    raise InputTypeError(f"{func}() expects str, got {type(text).__name__}")
