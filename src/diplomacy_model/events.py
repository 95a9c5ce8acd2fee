"""PLOVER event records: one JSON-ready record per meeting, as the Open Event Data Alliance specifies them.

The record follows the data fields of the PLOVER manual (version 2.0 draft, ``PLOVER_MANUAL.tex`` in
https://github.com/openeventdata/PLOVER at commit 5e0c24f, CC BY-SA 4.0) and the shape of its CONSULT
gold-standard records (``gold_standard_records/PLOVER_GSR_CAMEO.txt``, version 0.5b1):

* ``actor`` and ``recipient`` (the gold records' ``source`` and ``target``) are lists of entities. When one side
  visits and the other hosts, the visitor is the actor and the host the recipient (mode ``visit``); otherwise
  every participant is an actor and there is no recipient, as PLOVER asks for talks between equals.
* ``event`` is ``CONSULT`` (``AGREE`` for a meeting still to come, as PLOVER codes promised meetings) and
  ``mode`` one of PLOVER 2.0's CONSULT modes: ``visit``, ``third-party``, ``multilateral``, ``phone`` (a call or a
  video link: "phone or some other remote medium"). CAMEO's ``host`` is not a PLOVER mode.
* ``context`` is ``diplomatic``, plus the PLOVER contexts the meeting's sentence names (``economic``,
  ``military``, ``cbrn`` ...).
* entity ``code`` is the ISO 3166-1 alpha-3 code (``IGO`` for an intergovernmental organisation), ``country``
  the alpha-2 code the rest of the library uses, ``sector`` PLOVER's ``GOV``.

The JSON Schema of a record ships as ``plover.schema.json`` (:func:`plover_schema`); every field is described
in ``docs/codebook.md``.

>>> import datetime as dt
>>> from diplomacy_model import extract
>>> text = ("BEIJING, Feb 5 (Xinhua) -- Chinese President Xi Jinping held talks with Russian President "
...         "Vladimir Putin via video link on Wednesday.")
>>> record, = plover_records(extract(text, published=dt.date(2026, 2, 5)), source="a.txt", text=text)
>>> record["event"], record["mode"], record["date"], [e["code"] for e in record["actor"]]
(['CONSULT'], ['phone'], '2026-02-04', ['CHN', 'RUS'])
"""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources
from typing import Any, Final

import regex

from .gazetteer.countries import UnknownCountryError, country_name, lookup_city, lookup_country
from .model import Article, Leader, Meeting, MeetingMode
from .text.sentences import sentence_at

__all__ = ["CODEBOOK", "plover_records", "plover_schema"]

CODEBOOK: Final = "plover-2.0-draft"
_SCHEMA_FILE: Final = "plover.schema.json"

# PLOVER 2.0 contexts a meeting's sentence names outright; "diplomatic" is every meeting's.
_CONTEXTS: Final = tuple((name, regex.compile(pattern, regex.I)) for name, pattern in (
    ("economic", r"\b(?:trade|economic|economy|investment|tariffs?|finance|financial)\b"),
    ("military", r"\b(?:military|defen[cs]e|troops|armed forces|arms)\b"),
    ("cbrn", r"\b(?:nuclear|chemical weapons?|biological weapons?)\b"),
    ("health", r"\b(?:health|pandemic|epidemic|vaccines?)\b"),
    ("environment", r"\b(?:climate|environment(?:al)?|emissions)\b"),
    ("territory", r"\b(?:border|territorial|territory)\b"),
    ("migration", r"\b(?:refugees?|migration|migrants?)\b"),
    ("terrorism", r"\b(?:terroris[mt]s?|counter-?terrorism)\b"),
    ("peacekeeping", r"\bpeacekeep(?:ing|ers?)\b"),
))  # fmt: skip


@functools.cache
def _alpha3() -> dict[str, str]:
    table = resources.files("diplomacy_model.gazetteer").joinpath("alpha3.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines()[1:] if line and not line.startswith("#"))
    return {a2: a3 for a2, a3 in rows if a2 != "alpha_2"}


def _country_entity(code: str) -> dict[str, Any]:
    try:
        name = country_name(code)
    except UnknownCountryError:
        name = code
    return {"entity_text": name, "code": _alpha3().get(code), "country": code, "sector": "GOV", "kind": "country"}


def _leader_entity(name: str, leader: Leader | None) -> dict[str, Any]:
    country = leader.country if leader else None
    org = leader.organisation if leader else None
    code = _alpha3().get(country) if country else ("IGO" if org else None)
    return {"entity_text": name, "code": code, "country": country, "sector": "GOV", "kind": "leader",
            "office": leader.title if leader else None, "organisation": org}


def _entities(meeting: Meeting, article: Article) -> list[dict[str, Any]]:
    """The participants as PLOVER entities, then any country the meeting names that no participant stands for."""
    leaders = {x.name: x for x in article.leaders}
    found: list[dict[str, Any]] = []
    for name in meeting.participants:
        if len(name) == 2 and name.isascii() and name.isalpha() and name.isupper():  # a code, not '0A'
            found.append(_country_entity(name))
        else:
            found.append(_leader_entity(name, leaders.get(name)))
    covered = {e["country"] for e in found}
    found.extend(_country_entity(code) for code in meeting.countries if code not in covered)
    if not found and meeting.organisation:
        found.append({"entity_text": meeting.organisation, "code": "IGO", "country": None, "sector": "GOV",
                      "kind": "organisation"})
    return found


def _place_country(meeting: Meeting) -> str | None:
    if not meeting.place:
        return None
    return lookup_city(meeting.place) or lookup_country(meeting.place)


_Entities = list[dict[str, Any]]


def _sides(meeting: Meeting, entities: _Entities) -> tuple[_Entities, _Entities, str | None]:
    """Actor, recipient and the PLOVER mode: the visitor acts and the host receives; else all act."""
    mode = meeting.plover_mode
    host = meeting.host or (_place_country(meeting) if mode == "visit" else None)
    if mode == "visit" and host:
        hosts = [e for e in entities if e["country"] == host]
        visitors = [e for e in entities if e["country"] != host]
        if visitors:
            return visitors, hosts or [_country_entity(host)], "visit"
    if meeting.mode is not MeetingMode.IN_PERSON:
        return entities, [], "phone"  # PLOVER: "phone or some other remote medium"
    if mode is None and meeting.plover_event == "CONSULT":
        where = _place_country(meeting)
        countries = {e["country"] for e in entities if e["country"]}
        if where and len(countries) >= 2 and where not in countries:
            mode = "third-party"  # two states meeting on a third's ground
    return entities, [], mode if mode != "visit" else None


def _sentence(text: str, start: int, end: int) -> str:
    lo, hi = sentence_at(text, start, end)
    return text[lo:hi]


def _record_id(source: str, published: str | None, meeting: Meeting) -> str:
    key = "\x1f".join((source, published or "", str(meeting.span.start), str(meeting.span.end), meeting.kind,
                       ";".join(meeting.participants)))
    return "dm-" + hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


def _record(meeting: Meeting, article: Article, source: str, text: str | None, coder: str) -> dict[str, Any]:
    actor, recipient, mode = _sides(meeting, _entities(meeting, article))
    published = article.published.isoformat() if article.published else None
    sentence = _sentence(text, meeting.span.start, meeting.span.end) if text is not None else None
    context = ["diplomatic"]
    if sentence:
        context += [name for name, pattern in _CONTEXTS if pattern.search(sentence)]
    end = meeting.end_date
    dateline = article.dateline
    return {
        "id": _record_id(source, published, meeting),
        "date": meeting.date.isoformat() if meeting.date else None,
        "date_precision": meeting.date.precision.value if meeting.date else None,
        "enddate": end.isoformat() if end is not None else None,
        "actor": actor,
        "recipient": recipient,
        "event": [meeting.plover_event],
        "mode": [mode] if mode else [],
        "context": context,
        "event_text": [" ".join(meeting.span.of(text).split())] if text is not None else [],
        "text_info": {"start": meeting.span.start, "end": meeting.span.end, "sentence": sentence},
        "event_loc": {"extracted_place": meeting.place, "venue": meeting.venue,
                      "country_code": _alpha3().get(meeting.host or _place_country(meeting) or "")},
        "quad_code": 1,  # CONSULT and AGREE are verbal cooperation
        "cameo": meeting.cameo,
        "medium": meeting.mode.value,
        "future": meeting.future,
        "organisation": meeting.organisation,
        "story": {"source": source, "date": published, "dateline_city": dateline.city if dateline else None,
                  "dateline_country": dateline.place_country if dateline else None},
        "cite_info": {"coder": coder, "codebook": CODEBOOK},
    }


def plover_records(article: Article, *, source: str = "", text: str | None = None) -> list[dict[str, Any]]:
    """One PLOVER record per meeting of *article*, in the article's order.

    *source* names the document (it enters the record's ``id``, which is the same on every run for the same
    source and text); *text*, the article's text, fills ``event_text``, the sentence and the contexts.
    """
    if not isinstance(article, Article):
        raise TypeError(f"plover_records() expects Article, got {type(article).__name__}")
    from . import __version__  # noqa: PLC0415  (the package imports this module lazily)

    coder = f"diplomacy_model {__version__}"
    return [_record(m, article, source, text, coder) for m in article.meetings]


def plover_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a PLOVER record, shipped in the package.

    >>> plover_schema()["title"]
    'PLOVER event record (diplomacy_model)'
    """
    text = resources.files("diplomacy_model").joinpath(_SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema

