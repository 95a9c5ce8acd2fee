"""Place names in datelines: city casing, regions (from ``regions.tsv``) and countries (from the gazetteer).

Everything here is a small pure function cached on its input: datelines repeat
the same few hundred places, so the hot path mostly hits the caches. The region
table is read once, on first use, so importing the package stays cheap.
"""

from __future__ import annotations

import functools
import os.path

__all__ = [
    "city_case",
    "country_code",
    "country_name",
    "is_known_city",
    "region_form",
    "region_key",
    "region_name",
    "region_slip",
]

_REGIONS_PATH = os.path.join(os.path.dirname(__file__), "regions.tsv")  # not pathlib: it costs ms to import

# Particles written in lower case inside a place name ("Rio de Janeiro", "Dar es Salaam").
_PARTICLES = frozenset(
    (
        "de", "da", "do", "dos", "das", "del", "della", "dei", "des", "du", "di", "es", "la", "le", "los", "las",
        "el", "of", "the", "and", "on", "upon", "am", "an", "im", "sur", "en", "y", "au", "aux", "van", "von",
        "der", "den",
    )
)
# Particles kept lower case only when they end in an apostrophe ("Coeur d'Alene").
_APOS_PARTICLES = frozenset(("d", "l"))


def region_key(text: str) -> str:
    """The lookup key of a region as written: no case, dots or spaces (``"N. Y."`` -> ``"ny"``)."""
    return text.replace(".", "").replace(" ", "").casefold()


@functools.cache
def _regions() -> dict[str, str]:
    table: dict[str, str] = {}
    with open(_REGIONS_PATH, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            written, name, *_rest = line.rstrip("\n").split("\t")
            table.setdefault(region_key(written), name)
    return table


@functools.cache
def _region_slips() -> dict[str, str]:
    """Region spellings with two neighbouring letters swapped (``Claif.``), mapped to how the table writes them.

    Only keys of four letters or more, and only swaps no other region shares.
    """
    written: dict[str, str] = {}
    with open(_REGIONS_PATH, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                form = line.split("\t", 1)[0]
                written.setdefault(region_key(form), form)
    slips: dict[str, set[str]] = {}
    for key, form in written.items():
        if len(key) >= 4:
            for i in range(len(key) - 1):
                swapped = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
                if swapped != key and swapped not in written:
                    slips.setdefault(swapped, set()).add(form)
    return {k: forms.pop() for k, forms in slips.items() if len(forms) == 1}


@functools.lru_cache(maxsize=4096)
def region_slip(text: str) -> str | None:
    """The region ``text`` misspells by two swapped letters, as the table writes it (``"Claif."`` -> ``"Calif."``)."""
    return _region_slips().get(region_key(text))


@functools.lru_cache(maxsize=4096)
def region_name(text: str) -> str | None:
    """The full name of a region written ``text`` (``"Calif."`` -> ``"California"``), or ``None``."""
    return _regions().get(region_key(text))


def _word_case(word: str, first: bool, last: bool = False) -> str:
    low = word.lower()
    if not first and low in _PARTICLES:
        return low
    if low in ("st", "saint") and not last:
        return "St."
    if low in ("ft", "ft.") and not last:
        return "Fort"
    if low in ("mt", "mt.") and not last:
        return "Mount"
    out = []
    for k, piece in enumerate(low.split("-")):
        quote = "'" if "'" in piece else ("\u2019" if "\u2019" in piece else "")
        if quote:
            head, _, tail = piece.partition(quote)
            if not first and k == 0 and head in _APOS_PARTICLES:
                out.append(f"{head}{quote}{tail[:1].upper()}{tail[1:]}")
            elif len(head) <= 1:
                out.append(f"{head.upper()}{quote}{tail[:1].upper()}{tail[1:]}")
            else:
                out.append(f"{head[:1].upper()}{head[1:]}{quote}{tail}")
        elif piece.startswith("mc") and len(piece) > 3:
            out.append("Mc" + piece[2].upper() + piece[3:])
        else:
            out.append(piece[:1].upper() + piece[1:])
    return "-".join(out)


@functools.lru_cache(maxsize=8192)
def city_case(text: str) -> str:
    """A city as the model keeps it: title case, particles lower case, ``St.``, ``Fort`` and ``Mount`` spelled alike.

    >>> city_case("RIO DE JANEIRO"), city_case("ST LOUIS"), city_case("COEUR D'ALENE"), city_case("MCLEAN")
    ('Rio de Janeiro', 'St. Louis', "Coeur d'Alene", 'McLean')
    """
    parts = []
    for chunk in text.split("/"):
        words = chunk.split()
        parts.append(" ".join(_word_case(w, j == 0, j == len(words) - 1) for j, w in enumerate(words)))
    return "/".join(parts)


@functools.lru_cache(maxsize=4096)
def region_form(text: str) -> str:
    """A region as written, with shouted capitals calmed (``"MINN."`` -> ``"Minn."``, ``"N.Y."`` kept)."""
    letters = text.replace(".", " ").split()
    if text.isupper() and any(len(w) >= 3 for w in letters):
        return " ".join(_word_case(w, j == 0) for j, w in enumerate(text.split()))
    return text


@functools.lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """The ISO alpha-2 code of a country named ``text``, from the gazetteer; ``None`` if it is not one."""
    from ...gazetteer.countries import lookup_country  # noqa: PLC0415 - loaded on first use, keeps import fast

    try:
        return lookup_country(text)
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return None


def country_name(code: str) -> str | None:
    """The gazetteer's short name for ``code`` (``"CN"`` -> ``"China"``), or ``None``."""
    from ...gazetteer import countries  # noqa: PLC0415 - loaded on first use, keeps import fast

    try:
        return countries.country_name(code)
    except countries.UnknownCountryError:
        return None


@functools.lru_cache(maxsize=4096)
def is_known_city(text: str) -> bool:
    """Whether the gazetteer knows ``text`` as a city."""
    from ...gazetteer.countries import lookup_city  # noqa: PLC0415 - loaded on first use

    try:
        return lookup_city(text) is not None
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return False

