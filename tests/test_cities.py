"""The city gazetteer's one-edit search: the same answers as trying every key of the table the slow way."""

from __future__ import annotations

import random
from importlib import resources

import pytest

from diplomacy_model.gazetteer.cities import City, city_key, lookup_cities, near_cities

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _spec_edits(key: str) -> set[str]:
    """The documented edits: a letter added or changed, a letter other than a space dropped, neighbours swapped."""
    out: set[str] = set()
    for i in range(len(key) + 1):
        head, tail = key[:i], key[i:]
        out.update(head + c + tail for c in _LETTERS)
        if tail and tail[0] != " ":
            out.add(head + tail[1:])
            out.update(head + c + tail[1:] for c in _LETTERS)
        if len(tail) >= 2:
            out.add(head + tail[1] + tail[0] + tail[2:])
    out.discard(key)
    return out


def _table() -> dict[str, list[tuple[str, str, int]]]:
    """Every entry with an ASCII key: key -> (country, admin1, population) of each of its lines."""
    rows: dict[str, list[tuple[str, str, int]]] = {}
    for path in (resources.files("diplomacy_model.gazetteer") / "cities").iterdir():
        if not path.name.endswith(".tsv"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) != 6 or not fields[0].isascii():
                continue
            rows.setdefault(fields[0], []).append((fields[2], fields[3], int(fields[4])))
    return rows


_Table = dict[str, list[tuple[str, str, int]]]


@pytest.fixture(scope="module")
def table() -> _Table:
    return _table()


def _slow_near(table: _Table, name: str, countries: tuple[str, ...], admin1: str | None,
               min_population: int) -> list[tuple[str, City]]:
    key = city_key(name)
    if len(key) < 5 or not key.isascii():
        return []
    edits = _spec_edits(key)
    keys = {k for k in edits & table.keys() for country, division, people in table[k]
            if (not countries or country in countries) and admin1 in (None, division) and people >= min_population}
    found = [(k, c) for k in sorted(keys) for c in lookup_cities(k)
             if city_key(k) == k and (not countries or c.country in countries) and admin1 in (None, c.admin1)
             and c.population >= min_population]
    found.sort(key=lambda kc: -kc[1].population)
    return found


def _slips(table: _Table, count: int, seed: int, min_population: int = 0) -> list[tuple[str, str, str]]:
    """Table keys misspelt by one random edit (a swap, a drop, an added or changed letter), with the country
    and admin1 of one of their entries."""
    rng = random.Random(seed)
    rows = sorted((key, country, admin1) for key, entries in table.items() for country, admin1, people in entries
                  if people >= min_population)
    out = []
    for key, country, admin1 in rng.sample(rows, count):
        i = rng.randrange(len(key))
        slip = rng.choice((
            key[:i] + key[i + 1 :],
            key[:i] + rng.choice(_LETTERS) + key[i:],
            key[:i] + rng.choice(_LETTERS) + key[i + 1 :],
            key[:i] + key[i + 1 : i + 2] + key[i : i + 1] + key[i + 2 :],
        ))
        out.append((slip, country, admin1))
    return out


def test_near_cities_in_a_country_or_state_finds_what_every_key_gives(table: _Table) -> None:
    for slip, country, admin1 in _slips(table, 120, seed=7):
        for countries, division in (((country,), admin1), ((country,), None), ((country, "CD"), None)):
            fast = list(near_cities(slip, countries=countries, admin1=division))
            assert fast == _slow_near(table, slip, countries, division, 0), (slip, countries, division)


def test_near_cities_among_big_places_finds_what_every_key_gives(table: _Table) -> None:
    for slip, _country, _admin1 in _slips(table, 60, seed=11, min_population=300_000):
        assert list(near_cities(slip, min_population=300_000)) == _slow_near(table, slip, (), None, 300_000), slip


def test_near_cities_reads_misspelt_datelines() -> None:
    assert [(k, c.name) for k, c in near_cities("Sherman Okas", countries=("US",), admin1="CA")] == [
        ("sherman oaks", "Sherman Oaks")]
    assert near_cities("Mimai", min_population=300_000)[0][1].name == "Miami"
    assert near_cities("Naugatuk", countries=("US",), admin1="NY") == ()  # it is in Connecticut
