"""The one case fold: lower case, one character for one, so offsets into the fold are offsets into the text."""

from __future__ import annotations

__all__ = ["fold"]

_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


def fold(text: str) -> str:
    """*text* in lower case with every offset kept.

    Every reader of the fold looks for ASCII literals, ``[a-z]`` words, ``isalpha`` or ``\\w``, which
    read a non-ASCII letter the same in either case; so where ``str.lower`` would change the length
    (``İ`` lowers to two characters) only the ASCII letters are lowered.

    >>> fold("Dİplomacy Day")
    'dİplomacy day'
    >>> len(fold("İSTANBUL")) == len("İSTANBUL")
    True
    """
    if text.isascii():
        return text.lower()
    if "\u0130" not in text and "\u212a" not in text:
        # Only "İ" and the Kelvin sign change length or fold to ASCII; without them, lowering the
        # UTF-8 bytes lowers the ASCII letters alone, several times faster than str.lower().
        return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    low = text.lower()
    if len(low) == len(text):
        return low
    return text.translate(_ASCII_LOWER)
