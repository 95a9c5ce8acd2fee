"""Whole words of a vocabulary, found in one pass over a fold of the text.

The text is folded to bytes: ASCII letters in lower case, every other character a space, one byte per
character, so offsets are kept. One stdlib ``re`` pass of ``" (<trie>)(?= )"`` over the fold then lists every
whole word of the vocabulary: it jumps from space to space and tries the trie once per word, several times
faster than the ``regex`` engine on running text, and linear. A hit is the whole run of letters between two
spaces, so a scan for the union of two vocabularies, kept to one vocabulary's words, lists exactly what a scan
for that vocabulary alone lists. The title, agreement, date and meeting kinds each look for words of their own
(the heads of titles and of instruments, the names of months and weekdays, meeting triggers); a
:class:`~diplomacy_model.text.Document` scans once for all four (:func:`shared_word_hits`), the way it folds and
splits once for every kind.
"""

from __future__ import annotations

import functools
import re
from array import array
from collections.abc import Iterable, Iterator

from ..phrases._lexicon import trie_pattern
from .fold import word_bytes

__all__ = ["WordHits", "fold_words", "shared_word_hits", "word_hits", "word_pattern"]

_FOLD_TO_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def fold_words(text: str, start: int = 0, stop: int | None = None) -> bytes | bytearray:
    """``text[start:stop]`` as bytes of lower-case ASCII words between spaces, with one space of padding each side
    (:func:`~diplomacy_model.text.fold.word_bytes`): the word at offset ``i`` of *text* opens at offset
    ``i - start + 1`` of the fold, after the space a match starts with.

    >>> fold_words("Xi's 2nd visit, Mañana")
    b' xi s  nd visit  ma ana '
    """
    return word_bytes(text, _FOLD_TO_WORDS, start, stop)


# One bytes object per word of every pattern: a hit holds it rather than a copy of its own (memory on long texts).
_CANONICAL: dict[bytes, bytes] = {}


def word_pattern(words: Iterable[str]) -> re.Pattern[bytes]:
    """The pattern :func:`word_hits` scans a fold with: each of *words* (lower-case ASCII letters) as a whole word."""
    words = sorted(set(words))
    for word in words:
        key = word.encode()
        _CANONICAL.setdefault(key, key)
    return re.compile((" (" + trie_pattern(words) + ")(?= )").encode())


class WordHits:
    """Where words stand, in text order: iterating gives ``(offset, word)`` pairs. Held as an array of offsets and a
    list of the vocabulary's own word objects, 16 bytes a hit where a list of pairs costs about 80: a document
    keeps its hits while several kinds read them, thousands on a long text."""

    __slots__ = ("starts", "words")

    def __init__(self) -> None:
        self.starts = array("q")
        self.words: list[bytes] = []

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        return zip(self.starts, self.words, strict=True)

    def __len__(self) -> int:
        return len(self.words)

    def __repr__(self) -> str:
        return f"WordHits({list(self)!r})"


def word_hits(pattern: re.Pattern[bytes], text: str, start: int = 0, stop: int | None = None) -> WordHits:
    """Where a word of *pattern* (see :func:`word_pattern`) stands whole in ``text[start:stop]``: offsets in *text*.

    >>> word_hits(word_pattern(["may", "minister"]), "In May, the prime minister-designate; mayor")
    WordHits([(3, b'may'), (18, b'minister')])
    """
    hits = WordHits()
    add_start, add_word, canonical = hits.starts.append, hits.words.append, _CANONICAL
    for hit in pattern.finditer(fold_words(text, start, stop)):  # let go before the caller reads the hits
        add_start(start + hit.start())  # the pad cancels the space a match opens with
        add_word(canonical[hit.group(1)])
    return hits


@functools.cache
def _shared_pattern() -> re.Pattern[bytes]:
    # The kinds build documents themselves: their vocabularies are imported on first use, not at import.
    from ..phrases.agreement.rules import WORDS as AGREEMENT_WORDS  # noqa: PLC0415
    from ..phrases.dates.rules import WORDS as DATE_WORDS  # noqa: PLC0415
    from ..phrases.meeting.rules import TRIGGER_WORDS as MEETING_WORDS  # noqa: PLC0415
    from ..phrases.title.rules import WORDS as TITLE_WORDS  # noqa: PLC0415

    return word_pattern(AGREEMENT_WORDS | DATE_WORDS | TITLE_WORDS | frozenset(MEETING_WORDS))


def shared_word_hits(text: str) -> WordHits:
    """:func:`word_hits` for the title, agreement, date and meeting kinds' words at once; each kind keeps its own.

    >>> shared_word_hits("President Xi said on Monday.")
    WordHits([(0, b'president'), (21, b'monday')])
    """
    return word_hits(_shared_pattern(), text)
