"""Hypothesis strategies shared by the tests, one section per phrase kind.

Explicit strategies rather than ``st.builds``: builds ignores validators and
would produce values the model refuses.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import assume
from hypothesis import strategies as st

from diplomacy_model import PartialDate, Span, YearPart

__all__ = ["articles", "partial_dates", "spans"]


@st.composite
def spans(draw: st.DrawFn, max_end: int = 10_000) -> Span:
    start = draw(st.integers(0, max_end))
    end = draw(st.integers(start, max_end))
    return Span(start, end)


@st.composite
def partial_dates(draw: st.DrawFn, first: int = 1, last: int = 9999, *, calendar: bool = True) -> PartialDate:
    """A date in years *first*..*last*, kept at year, month or day precision; with ``calendar=False`` also at
    ISO week, season or half-year precision (for what reads and writes any ``PartialDate``)."""
    day = draw(st.dates(dt.date(first, 1, 1), dt.date(last, 12, 31)))
    precisions = ["year", "month", "day"] if calendar else ["year", "month", "day", "week", "part"]
    precision = draw(st.sampled_from(precisions))
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    if precision == "week":
        year, week, _ = day.isocalendar()
        assume(first <= year <= last)
        return PartialDate(year, week=week)
    if precision == "part":
        return PartialDate(day.year, part=draw(st.sampled_from(list(YearPart))))
    return PartialDate(day.year, day.month, day.day)


# --- whole articles (io, cli, batch) ----------------------------------------
# Every field drawn explicitly within what the validators accept; text avoids
# lone surrogates, which no UTF-8 file can hold.

import diplomacy_model as _dm  # noqa: E402  (section imports stay with their section)
from diplomacy_model._iso import COUNTRY_CODES as _COUNTRY_CODES  # noqa: E402

_words = st.text(st.characters(codec="utf-8"), max_size=30)
_names = _words.filter(lambda s: bool(s.strip()))
_opt_words = st.none() | _words
_countries = st.sampled_from(sorted(_COUNTRY_CODES))
_opt_country = st.none() | _countries
_opt_year = st.none() | st.integers(1, 9999)


@st.composite
def notes(draw: st.DrawFn, unset: tuple[str, ...], max_size: int = 2) -> tuple[_dm.Note, ...]:
    """Notes naming fields among *unset* (those the fact leaves None)."""
    if not unset:
        return ()
    note = st.builds(_dm.Note, st.sampled_from(list(_dm.NoteKind)), st.sampled_from(unset), spans(), _names)
    return tuple(draw(st.lists(note, max_size=max_size)))


def _unset(**values: object) -> tuple[str, ...]:
    return tuple(name for name, value in values.items() if value is None)


@st.composite
def datelines(draw: st.DrawFn) -> _dm.Dateline:
    date = draw(partial_dates())
    year = draw(st.none() | st.just(date.year))
    return _dm.Dateline(
        span=draw(spans()), city=draw(st.none() | _names), region=draw(st.none() | _names),
        country=draw(_opt_country), month=date.month, day=date.day, year=year, agency=draw(st.none() | _names),
        country_source=draw(_opt_words), year_source=draw(_opt_words),
        notes=draw(notes(_unset(day=date.day, year=year))),
    )


@st.composite
def leaders(draw: st.DrawFn) -> _dm.Leader:
    return _dm.Leader(
        name=draw(_names), mentions=tuple(draw(st.lists(spans(), min_size=1, max_size=3))),
        title=draw(_opt_words), country=draw(_opt_country), country_inferred=draw(st.booleans()),
        organisation=draw(_opt_words),
    )


@st.composite
def organisations(draw: st.DrawFn) -> _dm.Organisation:
    return _dm.Organisation(
        name=draw(_names), mentions=tuple(draw(st.lists(spans(), min_size=1, max_size=3))),
        acronym=draw(_opt_words), founded=draw(_opt_year),
    )


@st.composite
def agreements(draw: st.DrawFn) -> _dm.Agreement:
    return _dm.Agreement(
        name=draw(_names), kind=draw(_words), span=draw(spans()),
        parties=tuple(draw(st.lists(_countries, max_size=3))), date=(date := draw(st.none() | partial_dates())),
        event=draw(_opt_words), date_source=draw(_opt_words), notes=draw(notes(_unset(date=date))),
    )


@st.composite
def anniversaries(draw: st.DrawFn) -> _dm.Anniversary:
    ordinal = draw(st.none() | st.integers(1, 500))
    year = draw(st.none() | st.integers(1, 3000))
    base_year = year - ordinal if ordinal is not None and year is not None else draw(_opt_year)
    if base_year is not None and base_year < 1:
        base_year = None  # the model holds no year before 1
    return _dm.Anniversary(
        span=draw(spans()), ordinal=ordinal, subject=draw(_opt_words), subject_span=draw(st.none() | spans()),
        event=draw(_opt_words), year=year, base_year=base_year, year_source=draw(_opt_words),
        notes=draw(notes(_unset(ordinal=ordinal, year=year, base_year=base_year))),
    )


@st.composite
def meetings(draw: st.DrawFn) -> _dm.Meeting:
    return _dm.Meeting(
        kind=draw(_names), span=draw(spans()), mode=draw(st.sampled_from(list(_dm.MeetingMode))),
        participants=tuple(draw(st.lists(_words, max_size=3))), countries=tuple(draw(st.lists(_countries, max_size=3))),
        date=draw(st.none() | partial_dates(calendar=False)), date_span=draw(st.none() | spans()),
        place=draw(_opt_words),
        venue=draw(_opt_words), host=draw(_opt_country), organisation=draw(_opt_words), future=draw(st.booleans()),
        cameo=draw(st.sampled_from(["036", "040", "041", "042", "043"])),
        plover_event=draw(st.sampled_from(["CONSULT", "COOPERATE"])),
        plover_mode=draw(st.none() | st.sampled_from(["visit", "third-party", "multilateral", "phone"])),
        end_date=draw(st.none() | partial_dates(calendar=False)),
    )


@st.composite
def articles(draw: st.DrawFn) -> _dm.Article:
    return _dm.Article(
        published=draw(st.none() | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))),
        dateline=draw(st.none() | datelines()),
        leaders=tuple(draw(st.lists(leaders(), max_size=3))),
        organisations=tuple(draw(st.lists(organisations(), max_size=2))),
        agreements=tuple(draw(st.lists(agreements(), max_size=2))),
        anniversaries=tuple(draw(st.lists(anniversaries(), max_size=2))),
        meetings=tuple(draw(st.lists(meetings(), max_size=3))),
        notes=draw(notes(("date",))),
    )


# --- organisations (phrases/organisation) -------------------------------------
from diplomacy_model.gazetteer.organisations import OrganisationEntry as _OrgEntry  # noqa: E402
from diplomacy_model.gazetteer.organisations import organisations as _org_entries  # noqa: E402

# Sentence parts that cannot join a surface form into a longer name.
_ORG_PREFIXES = st.sampled_from(["", "Officials said ", "On Monday, ", "It was agreed by ", "(", "talks with the "])
_ORG_SUFFIXES = st.sampled_from(["", " met on Monday.", ", officials said.", ".", ")", " and others said"])


@st.composite
def gazetteer_entries(draw: st.DrawFn) -> _OrgEntry:
    """One entry of the shipped organisations gazetteer."""
    return draw(st.sampled_from(_org_entries()))


@st.composite
def embedded_organisations(draw: st.DrawFn) -> tuple[str, int, int, _OrgEntry]:
    """A sentence holding one plain surface form of an entry: ``(text, start, end, entry)``."""
    entry = draw(gazetteer_entries())
    surface = draw(st.sampled_from(entry.surfaces))
    prefix, suffix = draw(_ORG_PREFIXES), draw(_ORG_SUFFIXES)
    return prefix + surface + suffix, len(prefix), len(prefix) + len(surface), entry


# --- datelines (phrases/dateline) -----------------------------------------------
from diplomacy_model.phrases.dateline.places import city_case, place_of  # noqa: E402
from diplomacy_model.phrases.dateline.render import STYLES as DATELINE_STYLES  # noqa: E402

# Cities the model keeps as they are ("St. Louis", "Coeur d'Alene"), and that the gazetteer knows.
_DATELINE_KNOWN_CITIES = ["Beijing", "Moscow", "Washington", "New Delhi", "Tokyo", "Seoul", "Geneva", "Paris"]
_DATELINE_CITIES = [*_DATELINE_KNOWN_CITIES, "Rio de Janeiro", "St. Louis", "Little Rock", "United Nations",
                    "Dar es Salaam", "Coeur d'Alene", "Winston-Salem", "McLean", "Abu Dhabi", "The Hague",
                    "N'Djamena", "Fort Lauderdale"]
_DATELINE_REGIONS = ["Ark.", "Texas", "Ontario", "N.Y.", "Calif.", "British Columbia", "Mass.", "Quebec",
                     "Queensland", "D.C.", "Scotland"]
_DATELINE_COUNTRIES = ["CN", "IN", "RU", "FR", "KR", "DE", "BR", "ZA", "EG", "JP", "NL", "CH"]
_DATELINE_AGENCIES = ["Xinhua", "Reuters", "Reuter", "AP", "AFP", "Yonhap", "TASS", "PRNewswire", "Kyodo"]
# Made-up place words: letters only, and none of the words the parser treats specially.
_DATELINE_WORD = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True).filter(
    lambda w: w.lower() not in {"upon", "della", "sept", "janv", "fevr", "tues", "thur", "thurs", "saint"}
    and w.lower()[:3] not in {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                              "mon", "tue", "wed", "thu", "fri", "sat", "sun", "abr", "ago", "dic", "ene", "avr"}
    and not w.lower().startswith("mc")
)


@st.composite
def wire_datelines(draw: st.DrawFn) -> _dm.Dateline:
    """Datelines ``render_dateline`` can write and ``parse_dateline`` reads back (span left at 0..0)."""
    if draw(st.booleans()):
        city = draw(st.sampled_from(_DATELINE_CITIES))
    else:
        city = " ".join(draw(st.lists(_DATELINE_WORD, min_size=1, max_size=3)))
    region = draw(st.none() | st.sampled_from(_DATELINE_REGIONS))
    country = draw(st.none() | st.sampled_from(_DATELINE_COUNTRIES))
    agency = draw(st.none() | st.sampled_from(_DATELINE_AGENCIES))
    month = day = year = None
    if draw(st.integers(0, 4)):
        when = draw(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)))
        month = when.month
        if draw(st.integers(0, 5)):
            day = when.day
            if draw(st.booleans()):
                year = when.year
    if month is None and agency is None and region is None and country is None:
        city = draw(st.sampled_from(_DATELINE_KNOWN_CITIES))  # a bare "CITY -" must be a city the gazetteer knows
    # What the gazetteer adds: the place's country, and the city a misspelt name means (rendered as corrected).
    place = place_of(city, region, country)
    return _dm.Dateline(
        span=Span(0, 0), city=place.city, region=region, country=place.country, month=month, day=day, year=year,
        agency=agency, country_source="text" if place.country else None, year_source="dateline" if year else None,
        place_country=place.place_country, place_country_source=place.source,
    )


dateline_styles = st.sampled_from([s for s in DATELINE_STYLES if " " not in s or s in ("em dash", "day first")])

# The agencies' own languages: style -> (language, agency as the model keeps it).
NATIVE_STYLES = {"xinhua zh": ("zh", "Xinhua"), "tass ru": ("ru", "TASS"), "ria ru": ("ru", "RIA Novosti"),
                 "afp fr": ("fr", "AFP"), "efe es": ("es", "EFE"), "dpa de": ("de", "dpa")}
_NATIVE_CITIES = ["Moscow", "Beijing", "Washington", "New York", "London", "Paris", "Berlin", "Tokyo", "Seoul",
                  "Geneva", "Kyiv", "Brussels"]
# What follows such a dateline: a lead in its language.
NATIVE_LEADS = {"zh": "国家主席习近平4日在人民大会堂会见外宾。", "ru": "Президент России провел переговоры.",
                "fr": "Le président de la République a reçu mardi le ministre.",
                "es": "El presidente del Gobierno se reunió este martes con el ministro.",
                "de": "Die Bundesregierung hat am Dienstag mit der Regierung in der Hauptstadt verhandelt."}


@st.composite
def native_datelines(draw: st.DrawFn) -> tuple[_dm.Dateline, str, _dm.Dateline]:
    """A dateline for ``render_dateline`` to write in an agency's own language, the style, and what
    ``parse_dateline`` reads back (spans left at 0..0): the English city, the name as written, the language."""
    from diplomacy_model.phrases.dateline.languages import native_name

    style = draw(st.sampled_from(sorted(NATIVE_STYLES)))
    language, agency = NATIVE_STYLES[style]
    city = draw(st.sampled_from(_NATIVE_CITIES))
    written = native_name(city, language)
    assert written is not None
    month = day = year = None
    if style not in ("afp fr", "dpa de") or draw(st.booleans()):
        when = draw(st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)))
        month, day = when.month, when.day
        if style == "afp fr" and draw(st.booleans()):
            year = when.year
    shown = written.upper() if style in ("tass ru", "ria ru", "afp fr") else written
    source = _dm.Dateline(span=Span(0, 0), city=city, month=month, day=day, year=year, agency=agency,
                          year_source="dateline" if year else None)
    if month is None:  # "Moskau (dpa) -" alone does not say it is German: the city stays as written
        city = city_case(shown)
    place = place_of(city, None, None)
    return source, style, _dm.Dateline(
        span=Span(0, 0), city=place.city, month=month, day=day, year=year, agency=agency,
        year_source="dateline" if year else None, place_country=place.place_country,
        place_country_source=place.source,
        city_as_written=shown if city_case(shown) != place.city else None,
        language=language if month is not None else None,
    )
# What follows a dateline in an article: the lead sentence.
dateline_leads = st.sampled_from([
    "President Xi Jinping said on Wednesday that talks would go on.",
    "The company said it expected higher profits.",
    "Officials met for a second day, Reuters reported.",
    "\nForeign ministers of the two countries held talks.",
])


# --- agreements (phrases/agreement) --------------------------------------------
from diplomacy_model.model import Agreement as _Agreement  # noqa: E402
from diplomacy_model.phrases.agreement.render import STYLES as AGREEMENT_STYLES  # noqa: E402

_AGREEMENT_COUNTRIES = (
    ("China", "CN"), ("Russia", "RU"), ("U.S.", "US"), ("India", "IN"), ("Japan", "JP"), ("South Korea", "KR"),
    ("Vietnam", "VN"), ("Kazakhstan", "KZ"), ("Brazil", "BR"), ("Germany", "DE"), ("Mongolia", "MN"),
)
# (name template, kind); "{a}" and "{b}" are the two parties.
_AGREEMENT_TEMPLATES = (
    ("{a}-{b} Treaty of Good-Neighborliness and Friendly Cooperation", "treaty"),
    ("{a}-{b} strategic partnership of coordination", "partnership"),
    ("{a}-{b} comprehensive strategic partnership", "partnership"),
    ("{a}-{b} free trade agreement", "agreement"),
    ("{a}-{b} Joint Statement on Strategic Cooperation", "joint statement"),
    ("free trade agreement between {a} and {b}", "agreement"),
    ("Paris Agreement", "agreement"),
    ("Treaty on the Non-Proliferation of Nuclear Weapons", "treaty"),
    ("New START treaty", "treaty"),
    ("Kyoto Protocol", "protocol"),
    ("Charter of the United Nations", "charter"),
    ("Bogor Declaration", "declaration"),
    ("Memorandum of Understanding on Energy Cooperation", "memorandum"),
    ("Convention on Biological Diversity", "convention"),
)
agreement_styles = st.sampled_from(AGREEMENT_STYLES)


@st.composite
def _agreement_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(day.year)
    return PartialDate(day.year, day.month, day.day if precision == "day" else None)


@st.composite
def named_agreements(draw: st.DrawFn) -> _Agreement:
    """An agreement as ``parse_agreement`` reads it back: span over the name, parties from the name."""
    template, kind = draw(st.sampled_from(_AGREEMENT_TEMPLATES))
    (a, code_a), (b, code_b) = draw(st.permutations(_AGREEMENT_COUNTRIES))[:2]
    name = template.format(a=a, b=b)
    parties = (code_a, code_b) if "{a}" in template else ()
    date = draw(st.none() | _agreement_dates())
    event = draw(st.sampled_from(["signing", "establishment"])) if date is not None else None
    return _Agreement(name=name, kind=kind, span=Span(0, len(name)), parties=parties, date=date, event=event,
                      date_source="text" if date is not None else None)


# --- dates (phrases/dates) ----------------------------------------------------
from diplomacy_model.phrases.dates.render import STYLES as DATE_STYLES  # noqa: E402


def news_dates() -> st.SearchStrategy[PartialDate]:
    """A partial date as news writes it with its year: years 1001-2998 (an ISO week's Monday may fall in the year
    before), at year, ISO week, season, half-year, month or day precision."""
    return partial_dates(1001, 2998, calendar=False)


date_styles = st.sampled_from(DATE_STYLES)
# Words around a date that are not dates themselves.
date_filler = st.lists(st.sampled_from(["the", "talks", "were", "held", "in", "Geneva", "said", "officials",
                                        "and", "China", "Russia", "agreed", "to", "meet", "again", "."]),
                       max_size=8).map(" ".join)



# --- leaders (phrases/title) --------------------------------------------------
from diplomacy_model.phrases.title import render_leader as _render_leader  # noqa: E402

_GIVEN = ("Anna", "Pedro", "Olaf", "Sergei", "Maria", "Jean-Louis", "Rahul", "Kofi", "Kenji", "Thabo")
_FAMILY = ("Schulte", "Lavrin", "Costa", "Asante", "Mehta", "Douste-Blazy", "Sato", "Mabuza", "de Villiers")
_CJK = (("Wang", "Xiaoming"), ("Li", "Wei"), ("Zhang", "Jun"), ("Yoon", "Ji Ho"), ("Kim", "Min-jun"),
        ("Nguyen", "Van An"))
_LEADER_TITLES = ("President", "Prime Minister", "Premier", "Foreign Minister", "Chancellor", "Defense Minister",
                  "Vice Premier", "State Councilor", "Finance Minister", "Deputy Prime Minister", "King",
                  "Vice President", "Trade Minister")
_LEADER_COUNTRIES = ("CN", "RU", "US", "FR", "DE", "JP", "IN", "BR", "KR", "TR", "IL", "IR", "EG", "ZA", "IT")
_LEADER_ORGS = ("United Nations", "European Union", "International Olympic Committee")


@st.composite
def leader_mentions(draw: st.DrawFn) -> _dm.Leader:
    """A leader as one rendered mention ``<Demonym> <Title> <Name>``, its span covering the mention.

    The country is read (a demonym), inferred (no qualifier; the caller passes it as the dateline
    country), absent, or replaced by an organisation.
    """
    if draw(st.booleans()):
        name = f"{draw(st.sampled_from(_GIVEN))} {draw(st.sampled_from(_FAMILY))}"
    else:
        family, given = draw(st.sampled_from(_CJK))
        name = f"{family} {given}"
    title = draw(st.sampled_from(_LEADER_TITLES))
    how = draw(st.sampled_from(["read", "inferred", "none", "organisation"]))
    country = draw(st.sampled_from(_LEADER_COUNTRIES)) if how in ("read", "inferred") else None
    organisation = draw(st.sampled_from(_LEADER_ORGS)) if how == "organisation" else None
    draft = _dm.Leader(name, (_dm.Span(0, 0),), title, country, how == "inferred", organisation)
    return _dm.Leader(name, (_dm.Span(0, len(_render_leader(draft))),), title, country, how == "inferred",
                      organisation)


# --- meeting cues (phrases/meeting) ------------------------------------------------

MEETING_KINDS = ("meeting", "virtual meeting", "talks", "phone call", "video call", "summit", "visit",
                 "state visit", "consultation", "strategic stability consultation")
_MEETING_NAMES = ("Xi", "Putin", "Wang Yi", "Sergei Shoigu", "Lee Jae Myung", "Anwar Ibrahim", "Modi", "Macron")
_MEETING_PLACES = ("Beijing", "Moscow", "Shenzhen", "New York", "Kuala Lumpur", "Rio de Janeiro", "Astana")
_MEETING_VENUES = ("Great Hall of the People", "Diaoyutai State Guesthouse", "Gyeongju National Museum")
_MEETING_DATES = ("on Sunday", "on Tuesday", "in November", "last week", "on Feb 4", "in March 2025", "today")


@st.composite
def meeting_phrases(draw: st.DrawFn) -> dict[str, object]:
    """Keyword arguments for ``render_meeting_cue``: kind, parties, place, venue, date, future."""
    names = draw(st.lists(st.sampled_from(_MEETING_NAMES), min_size=1, max_size=2, unique=True))
    return {
        "kind": draw(st.sampled_from(MEETING_KINDS)),
        "parties": tuple(names),
        "place": draw(st.none() | st.sampled_from(_MEETING_PLACES)),
        "venue": draw(st.none() | st.sampled_from(_MEETING_VENUES)),
        "date": draw(st.none() | st.sampled_from(_MEETING_DATES)),
        "future": draw(st.booleans()),
    }

# --- anniversaries and ordinals (phrases/ordinal, phrases/anniversary) -------------

ANNIVERSARY_SUBJECTS = (
    "the establishment of diplomatic relations",
    "the establishment of the China-Russia strategic partnership of coordination",
    "the signing of the China-Russia Treaty of Good-Neighborliness and Friendly Cooperation",
    "the victory in the World Anti-Fascist War",
    "the founding of the Shanghai Cooperation Organization",
    "the liberation of the city",
    "independence",
    "the birth of the poet",
    "the Treaty of Rome",
    "the republic",
)
_NAMED_ANNIVERSARIES = (50, 100, 150, 200, 300, 500)
_JUBILEE_YEARS = (25, 40, 50, 60, 65, 70)


@st.composite
def anniversary_values(draw: st.DrawFn) -> tuple[str, int, str]:
    """(style, ordinal, subject) that ``render_anniversary`` can write in that style."""
    style = draw(st.sampled_from(["digits", "words", "named", "jubilee", "years_since"]))
    if style == "named":
        n = draw(st.sampled_from(_NAMED_ANNIVERSARIES))
    elif style == "jubilee":
        n = draw(st.sampled_from(_JUBILEE_YEARS))
    else:
        n = draw(st.integers(1, 999))
    return style, n, draw(st.sampled_from(ANNIVERSARY_SUBJECTS))


publication_dates = st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31))


# --- hostile text (tests/test_fuzz.py) ---------------------------------------------
# Fragments of wire copy that reach deep into the rules, and the characters that broke them: superscript,
# fullwidth and Arabic-Indic digits, impossible dates, years at the model's edges.
WIRE_FRAGMENTS = (
    "MOSCOW, ", "BEIJING, China, ", "LITTLE ROCK, Ark., ", "Feb. 4 ", "February 29, 2023", "Feb 31, 2001",
    "March 3, 2026", "(Xinhua) -- ", "(Reuters) - ", " /TASS/. ", " — ", " date 2026-02-05 ", "0000", "9999",
    "the 30th anniversary of ", "the 2026th anniversary of ", "centenary of ", "58 years since ",
    "the establishment of diplomatic relations", "Russian President Vladimir Putin", "Chinese President Xi Jinping",
    "Prime Minister ", "Foreign Minister ", " held talks with ", " met ", " will visit ", " phone call ",
    "via video link", " summit", "signed on ", " signed between China and Russia ", "Treaty of Friendship",
    " Agreement", "United Nations", "Shanghai Cooperation Organization (SCO)", "the Group of Seven",
    "on Wednesday", "last Friday", "next month", "this year", "in 1996", "²", "⁹", "２０２６", "٢٠٢٦", "Ⅻ",
    "\u0301", "\ufeff", "\u200b", "\n", "\n\n", " ", ", ", ".", "-", "'s ", "\ud800",
)
wire_text = st.lists(st.sampled_from(WIRE_FRAGMENTS) | st.text(max_size=3), max_size=24).map("".join)
hostile_text = st.text(max_size=300) | wire_text
anchors = st.none() | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)) | st.sampled_from(
    [dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29)])
