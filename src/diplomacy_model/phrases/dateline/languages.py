"""Datelines in the agencies' own languages: month names, agencies, and places written in them.

Xinhua writes Chinese (``新华社北京2月4日电``), Yonhap Korean (``(서울=연합뉴스)``), TASS and RIA Novosti Russian
(``МОСКВА, 4 февраля. /ТАСС/.``), AFP French (``PARIS, 4 février 2026 (AFP) -``),
EFE Spanish (``Madrid, 4 feb (EFE).-``) and dpa German (``Berlin (dpa) -``). A
dateline's language is recorded as its ISO 639-1 code and its place mapped to the
English city: through ``native.tsv`` (hand-written, also what ``render_dateline``
writes), else the city gazetteer's other names, most populous place first.
"""

from __future__ import annotations

import functools
import os.path
import re

__all__ = [
    "AGENCY_LANGUAGE",
    "LANGUAGES",
    "agency_name",
    "body_language",
    "foreign_month",
    "native_city",
    "native_name",
]

_NATIVE_PATH = os.path.join(os.path.dirname(__file__), "native.tsv")

#: The languages read, by ISO 639-1 code.
LANGUAGES = ("zh", "ru", "fr", "es", "de", "ko")

#: The agency that writes each Latin-script language's datelines in it.
AGENCY_LANGUAGE = {"AFP": "fr", "EFE": "es", "dpa": "de"}

# Month names (and the abbreviations datelines use) by language; English names are read elsewhere.
_MONTHS: dict[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
}
_ABBREVIATIONS: dict[str, dict[str, int]] = {
    "fr": {"janv": 1, "févr": 2, "fevrier": 2, "fevr": 2, "avr": 4, "juil": 7, "aout": 8, "sept": 9, "oct": 10,
           "nov": 11, "déc": 12, "decembre": 12},
    "es": {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sep": 9, "set": 9,
           "setiembre": 9, "oct": 10, "nov": 11, "dic": 12},
    "de": {"jänner": 1, "maerz": 3, "märz": 3, "okt": 10, "dez": 12},
    "ru": {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9,
           "окт": 10, "ноя": 11, "нояб": 11, "дек": 12},
}


@functools.cache
def _month_table() -> dict[str, tuple[int, tuple[str, ...]]]:
    table: dict[str, tuple[int, list[str]]] = {}
    pairs = [(name, number, language) for language, names in _MONTHS.items() for number, name in enumerate(names, 1)]
    pairs += [(name, number, language) for language, short in _ABBREVIATIONS.items() for name, number in short.items()]
    for name, number, language in pairs:
        languages = table.setdefault(name, (number, []))[1]
        if language not in languages:
            languages.append(language)
    return {name: (number, tuple(languages)) for name, (number, languages) in table.items()}


def foreign_month(token: str) -> tuple[int, tuple[str, ...]] | None:
    """The month a French, Spanish, German or Russian month token means, and the languages that write it.

    >>> foreign_month("février"), foreign_month("Feb."), foreign_month("МАЯ"), foreign_month("Blah")
    ((2, ('fr',)), (2, ('es',)), (5, ('ru',)), None)
    """
    return _month_table().get(token.lower().rstrip("."))


# A few words that open almost every sentence of a language, and of no other here.
_STOPWORDS = {
    "de": frozenset(("der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "ein", "eine",
                     "im", "zu", "auf", "für", "hat", "wird", "sich", "am", "nach", "bei")),
    "fr": frozenset(("le", "la", "les", "des", "du", "un", "une", "et", "est", "pour", "dans", "sur", "au", "aux",
                     "qui", "que", "a", "ont", "par", "ce", "cette", "mardi", "lundi", "mercredi", "jeudi")),
    "es": frozenset(("el", "la", "los", "las", "del", "y", "un", "una", "en", "que", "por", "para", "con", "ha",
                     "este", "esta", "se", "al", "lunes", "martes", "miércoles", "jueves")),
}
_WORD = re.compile(r"[^\W\d_]+")


def body_language(text: str, language: str) -> bool:
    """Whether ``text`` (the words after a dateline) reads as ``language``: three of its common words or more."""
    words = _STOPWORDS.get(language)
    if words is None:
        return False
    return len({w for w in (m.group().lower() for m in _WORD.finditer(text, 0, 160)) if w in words}) >= 3


_AGENCY_NAMES = {"ТАСС": "TASS", "ИТАР-ТАСС": "ITAR-TASS", "РИА Новости": "RIA Novosti", "Интерфакс": "Interfax",
                 "ИНТЕРФАКС": "Interfax", "INTERFAX.RU": "Interfax",
                 "연합뉴스": "Yonhap", "뉴시스": "Newsis", "뉴스1": "News1",
                 "新华社": "Xinhua", "新华网": "Xinhua", "中新社": "China News Service", "中新网": "China News Service"}


def agency_name(written: str) -> str:
    """An agency's name in Latin letters (``ТАСС`` -> ``TASS``, ``新华社`` -> ``Xinhua``)."""
    return _AGENCY_NAMES.get(written, written)


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split())


@functools.cache
def _native() -> tuple[dict[tuple[str, str], tuple[str, str]], dict[tuple[str, str], str]]:
    """(language, written key) -> (English city, country), and (language, English city) -> the written form."""
    read: dict[tuple[str, str], tuple[str, str]] = {}
    write: dict[tuple[str, str], str] = {}
    with open(_NATIVE_PATH, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            language, written, city, country = line.rstrip("\n").split("\t")
            read.setdefault((language, _key(written)), (city, country))
            write.setdefault((language, city), written)
    return read, write


def native_city(written: str, language: str) -> tuple[str, str] | None:
    """The English city and country a place written in ``language`` names, or ``None`` if it is unknown.

    >>> native_city("МОСКВА", "ru"), native_city("新德里", "zh"), native_city("Moskau", "de")
    (('Moscow', 'RU'), ('New Delhi', 'IN'), ('Moscow', 'RU'))
    """
    found = _native()[0].get((language, _key(written)))
    if found is not None:
        return found
    from ...gazetteer.cities import lookup_cities  # noqa: PLC0415 - loaded on first use

    try:
        cities = sorted(lookup_cities(written), key=lambda c: -c.population)
    except Exception:  # noqa: BLE001 - a lookup must never make find_dateline raise
        return None
    return (cities[0].name, cities[0].country) if cities else None


def native_name(city: str, language: str) -> str | None:
    """How ``language``'s agency writes the English ``city`` (``native.tsv``), or ``None``.

    >>> native_name("Moscow", "ru"), native_name("Beijing", "zh"), native_name("Atlantis", "fr")
    ('МОСКВА', '北京', None)
    """
    return _native()[1].get((language, city))
