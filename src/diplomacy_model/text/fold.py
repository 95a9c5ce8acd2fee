"""The one case fold: lower case, one character for one, so offsets into the fold are offsets into the text."""

from __future__ import annotations

__all__ = ["fold", "word_bytes"]

_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}
# Above this many characters, word_bytes fills one buffer block by block and fold works in pieces.
_BLOCK = 1 << 16
_PIECE = 1 << 10  # the pieces a long text is folded in


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
        if len(text) <= _BLOCK:
            return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
        # A long text in pieces: decoding it whole held its lowered bytes, a one-byte draft and the two-byte result
        # at once (twice the result); most pieces of English copy decode to one byte a character. (str.translate
        # held less but made find_anniversaries on such texts a third slower, for no gain in the 4 MB peak.)
        return "".join([text[at : at + _PIECE].encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
                        for at in range(0, len(text), _PIECE)])
    low = text.lower()
    if len(low) == len(text):
        return low
    return text.translate(_ASCII_LOWER)


def word_bytes(text: str, table: bytes, start: int = 0, stop: int | None = None) -> bytes | bytearray:
    """``text[start:stop]`` as one byte a character mapped through *table* (a character outside ASCII is read as
    ``?`` first), with a space either side: offset ``i`` of the text is offset ``i - start + 1`` here.

    What the literal scans of the phrase kinds search with ``re``. A long text is written block by block into one
    buffer: ``encode``, ``translate`` and the two pads over a whole text made four copies, two alive at a time.

    >>> upper = bytes(c - 32 if 97 <= c <= 122 else c for c in range(256))
    >>> word_bytes("Xi’s visit", upper), word_bytes("Xi’s visit", upper, 3, 8)
    (b' XI?S VISIT ', b' S VIS ')
    """
    stop = len(text) if stop is None else min(stop, len(text))
    if stop - start <= _BLOCK:
        return b" " + text[start:stop].encode("ascii", "replace").translate(table) + b" "
    out = bytearray(stop - start + 2)
    out[0] = out[-1] = 32
    for at in range(start, stop, _BLOCK):
        end = min(at + _BLOCK, stop)
        out[at - start + 1 : end - start + 1] = text[at:end].encode("ascii", "replace").translate(table)
    return out
