"""Datelines: the corpus, the seed, strict parsing, rendering and the finder's properties."""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_model import (
    Dateline,
    InputTypeError,
    ModelError,
    ParseError,
    Span,
    find_dateline,
    parse_dateline,
    render_dateline,
)
from diplomacy_model.phrases._engine import Example
from diplomacy_model.phrases.dateline import rules
from diplomacy_model.phrases.dateline.corpus import corpus, observed
from diplomacy_model.phrases.dateline.places import place_of
from diplomacy_model.phrases.dateline.render import STYLES

from .conftest import SEED_PATH
from .strategies import NATIVE_LEADS, NATIVE_STYLES, dateline_leads, dateline_styles, native_datelines, wire_datelines


class TestCorpus:
    @pytest.mark.parametrize("example", corpus.examples, ids=lambda e: e.text[:50])
    def test_example(self, example: Example) -> None:
        found = find_dateline(example.text, published=example.published)
        assert observed(found, dict(example.expected)) == dict(example.expected)

    @pytest.mark.parametrize("example", corpus.examples, ids=lambda e: e.text[:50])
    def test_the_found_text_parses_alike(self, example: Example) -> None:
        found = find_dateline(example.text, published=example.published)
        assert found is not None
        if found.year_source == "header":
            found = attrs.evolve(found, year=None, year_source=None)  # the header is not part of the dateline
        text = found.span.of(example.text)
        parsed = parse_dateline(text, published=example.published)
        if parsed.agency is None and found.agency is not None and found.span.start > 0:
            found = attrs.evolve(found, agency=None)  # a page header's agency ("KYODO NEWS - ...") is not in the span
        if found.place_country_source == "lead":  # the lead's region settled the place: alone, the gazetteer's
            found = attrs.evolve(found, place_country=parsed.place_country, place_country_source="gazetteer")
        if found.language in ("fr", "es", "de") and found.month is None:
            # "Berlin (dpa) -" is German only by the words after it: alone, the same place and agency.
            # (Korean's script says its language, as Chinese's and Russian's do.)
            assert (parsed.agency, parsed.place_country, parsed.language) == (found.agency, found.place_country, None)
            return
        assert parsed == attrs.evolve(found, span=Span(0, len(text)))

    @pytest.mark.parametrize("example", corpus.negative, ids=lambda e: e.text[:50])
    def test_negative(self, example: Example) -> None:
        assert find_dateline(example.text) is None

    @pytest.mark.parametrize(
        "example",
        [pytest.param(e, marks=pytest.mark.xfail(strict=True, reason=e.note)) for e in corpus.known_failures],
        ids=lambda e: e.text[:50],
    )
    def test_known_failure(self, example: Example) -> None:
        found = find_dateline(example.text, published=example.published)
        assert observed(found, dict(example.expected)) == dict(example.expected)


class TestSeed:
    def test_seed_dateline(self) -> None:
        text = SEED_PATH.read_text(encoding="utf-8")
        d = find_dateline(text)
        assert d is not None
        assert (d.city, d.region, d.country, d.country_source, d.agency) == ("Beijing", None, "CN", "text", None)
        assert d.date == dt.date(2026, 2, 5)
        assert d.year_source == "header"
        assert d.span.of(text) == "BEIJING, China, Feb 5 \u2014"
        assert text[: d.span.start] == " date 2026-02-05 "


class TestParse:
    @pytest.mark.parametrize(
        ("text", "fields"),
        [
            ("BEIJING, China, Feb 5 \u2014", {"city": "Beijing", "country": "CN", "month": 2, "day": 5}),
            ("  LITTLE ROCK, Ark., March 3 -  ", {"city": "Little Rock", "region": "Ark.", "span": Span(2, 30)}),
            ("UNITED NATIONS (Reuters) -", {"city": "United Nations", "agency": "Reuters", "month": None}),
            ("NEW DELHI, India, March 3, 2026 \u2014", {"year": 2026, "year_source": "dateline"}),
            ("GENEVA, Jan. 12 /PRNewswire/ --", {"agency": "PRNewswire", "month": 1, "day": 12}),
            ("MOSCOW, February 5. /TASS/.", {"agency": "TASS", "month": 2, "day": 5}),
            ("WASHINGTON \u2014", {"city": "Washington", "month": None, "agency": None}),
        ],
    )
    def test_valid(self, text: str, fields: dict[str, Any]) -> None:
        d = parse_dateline(text)
        assert {name: getattr(d, name) for name in fields} == fields

    def test_published_gives_the_year(self) -> None:
        d = parse_dateline("TOKYO, Dec 31 -", published=dt.date(2026, 1, 2))
        assert (d.date, d.year_source) == (dt.date(2025, 12, 31), "published")

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "the 25th",
            "However, officials said",
            "BEIJING, China, Feb 5 \u2014 President Xi said",  # more than a dateline
            " date 2026-02-05 BEIJING, China, Feb 5 \u2014",  # a header is not part of the dateline
            "NEW YORK, Blah 3 -",
            "SOMEWHERE -",  # a bare place must be one the gazetteer knows
            "Yesterday, May 5 -",
        ],
    )
    def test_invalid(self, text: str) -> None:
        with pytest.raises(ParseError) as info:
            parse_dateline(text)
        assert repr(text[:30]).strip("'") in str(info.value)
        assert info.value.kind == "dateline"

    def test_types(self) -> None:
        with pytest.raises(InputTypeError, match="find_dateline"):
            find_dateline(b"BEIJING, Feb 5 -")  # type: ignore[arg-type]
        with pytest.raises(InputTypeError, match="parse_dateline"):
            parse_dateline(None)  # type: ignore[arg-type]


class TestRender:
    def test_styles(self) -> None:
        d = Dateline(Span(0, 0), city="Moscow", month=2, day=4, agency="Xinhua")
        assert render_dateline(d, style="xinhua") == "MOSCOW, Feb. 4 (Xinhua) --"
        assert render_dateline(d, style="reuters") == "MOSCOW, Feb 4 (Xinhua) -"
        assert render_dateline(attrs.evolve(d, agency="AP", month=None, day=None), style="ap") == "MOSCOW (AP) _"
        assert render_dateline(attrs.evolve(d, agency="PRNewswire"), style="prnewswire") == (
            "MOSCOW, February 4 /PRNewswire/ --"
        )
        assert render_dateline(attrs.evolve(d, agency="TASS"), style="tass") == "MOSCOW, February 4. /TASS/."

    def test_unknown_style(self) -> None:
        with pytest.raises(ModelError, match="unknown dateline style"):
            render_dateline(Dateline(Span(0, 0), city="Moscow"), style="telegraph")

    @given(wire_datelines(), dateline_styles)
    def test_round_trip(self, d: Dateline, style: str) -> None:
        text = render_dateline(d, style=style)
        assert parse_dateline(text) == attrs.evolve(d, span=Span(0, len(text)))

    @pytest.mark.parametrize("written", ["Apuno", "Punos"])
    def test_a_correction_reads_back_as_the_place_it_names(self, written: str) -> None:
        # One edit from 'Puno', Pune's other name and a city of Peru: the correction writes Pune's own name,
        # since PUNO would read back as Peru (bench/roundtrip.py found it).
        place = place_of(written, None, None)
        assert (place.city, place.place_country) == ("Pune", "IN")
        d = Dateline(Span(0, 0), city=place.city, month=12, day=31, agency="AFP", place_country="IN",
                     place_country_source="gazetteer")
        text = render_dateline(d, style="afp")
        assert parse_dateline(text) == attrs.evolve(d, span=Span(0, len(text)))

    @given(wire_datelines(), dateline_styles)
    def test_render_writes_something_in_every_style(self, d: Dateline, style: str) -> None:
        # The round trip alone would pass if both sides did nothing: the text names the city and the agency.
        text = render_dateline(d, style=style)
        assert text.startswith(d.city.upper() if d.city else "")
        assert d.agency is None or d.agency in text

    @given(wire_datelines(), dateline_styles, dateline_leads, st.sampled_from(["", "   ", " date 2026-02-05 ",
                                                                               "Headline here\n\n", "****"]))
    def test_found_inside_an_article(self, d: Dateline, style: str, lead: str, before: str) -> None:
        text = render_dateline(d, style=style)
        article = f"{before}{text} {lead}"
        found = find_dateline(article)
        assert found is not None
        assert found.span == Span(len(before), len(before) + len(text))
        assert (found.city, found.region, found.country, found.month, found.day, found.agency) == (
            d.city, d.region, d.country, d.month, d.day, d.agency,
        )

    @given(native_datelines())
    def test_round_trip_in_the_agencies_languages(self, drawn: tuple[Dateline, str, Dateline]) -> None:
        d, style, read = drawn
        text = render_dateline(d, style=style)
        assert parse_dateline(text) == attrs.evolve(read, span=Span(0, len(text)))
        if read.language is not None:  # read in its language, the city is the English one written back
            assert render_dateline(parse_dateline(text), style=style) == text

    @given(native_datelines(), st.sampled_from(["", "\n", "source: wire\n\n"]))
    def test_found_inside_an_article_in_its_language(
        self, drawn: tuple[Dateline, str, Dateline], before: str
    ) -> None:
        d, style, _read = drawn
        text = render_dateline(d, style=style)
        language = NATIVE_STYLES[style][0]
        article = f"{before}{text} {NATIVE_LEADS[language]}"
        found = find_dateline(article)
        assert found is not None
        assert found.span == Span(len(before), len(before) + len(text))
        assert (found.city, found.month, found.day, found.agency, found.place_country) == (
            d.city, d.month, d.day, d.agency, place_of(d.city or "", None, None).place_country,
        )
        assert found.language == language  # with no date, the lead's words tell AFP's French and dpa's German

    def test_agency_only_round_trip(self) -> None:
        for agency in ("AFP", "Reuters", "AP", "Xinhua"):
            d = Dateline(Span(0, 0), agency=agency)
            text = render_dateline(d)
            assert text == f"{agency} -"
            assert parse_dateline(text) == attrs.evolve(d, span=Span(0, len(text)))

    def test_styles_are_listed(self) -> None:
        assert {"reuters", "xinhua", "ap", "prnewswire", "em dash"} <= set(STYLES)


# Cyrillic, Chinese and Latin letters, digits and the punctuation of datelines, mixed.
_MIXED_SCRIPTS = "МОСКВАмоскваёЁфевраля" + "新华社北京莫斯科月日电记者（）" + "ABCxyz0123456789 ,./-—\n"


class TestRobust:
    @given(st.text(max_size=300))
    def test_parse_raises_only_parse_error(self, text: str) -> None:
        with contextlib.suppress(ParseError):
            parse_dateline(text)

    @given(st.text(max_size=300))
    def test_find_never_raises(self, text: str) -> None:
        find_dateline(text)
        find_dateline(text, published=dt.date(2026, 2, 5))

    @given(st.text(alphabet=st.sampled_from(list(_MIXED_SCRIPTS)) | st.characters(), max_size=300))
    def test_find_never_raises_on_cyrillic_cjk_and_mixed_scripts(self, text: str) -> None:
        find_dateline(text)
        with contextlib.suppress(ParseError):
            parse_dateline(text)

    @given(st.lists(st.sampled_from(["МОСКВА", "ВЛАДИВОСТОК", " /Приморский край/", ", ", "4", " ", "февраля", "фев",
                                     ". /ТАСС/.", " — РИА Новости.", "新华社", "北京", "莫斯科", "2月", "4日电",
                                     "（记者 王小明）", "PARIS", "4 février 2026", "(AFP) -", "Madrid", "(EFE).-",
                                     "Berlin", "(dpa) -", "4. Februar", "\n", "Die", "der", "und"]),
                    max_size=25).map("".join))
    def test_near_native_datelines_never_raise(self, text: str) -> None:
        find_dateline(text, published=dt.date(2026, 2, 5))
        with contextlib.suppress(ParseError):
            parse_dateline(text)

    @given(st.lists(st.sampled_from(["BEIJING", "New York", ",", ", ", " ", "-", "\u2014", "--", "_", "(", ")",
                                     "Xinhua", "/", "TASS", ".", "Feb", "5", "2O", "l", "187", "2026", "\n",
                                     "date 2026-02-05 ", "Ark.", "China", "*", "March", "31", "Sept."]),
                    max_size=30).map("".join))
    def test_near_datelines_never_raise(self, text: str) -> None:
        find_dateline(text, published=dt.date(2026, 1, 1))
        with contextlib.suppress(ParseError):
            parse_dateline(text, published=dt.date(2026, 1, 1))

    @pytest.mark.parametrize(
        "unit",
        ["A", "AB ", "A, ", "-", "A-", ", A", "A (", "(", "/", "Feb 5 ", "A, Feb 5, ", "\n", "2O ", "NEW YORK, "],
    )
    def test_linear_time_on_a_megabyte(self, unit: str) -> None:
        text = unit * (1_000_000 // len(unit))
        start = time.process_time()
        find_dateline(text)
        with pytest.raises(ParseError):
            parse_dateline(text)
        assert time.process_time() - start < 5.0


# Pieces of near-datelines, with the non-ASCII wire copy carries: accented capitals, dashes, quotes, no-break space.
_PIECES = ["BEIJING", "New York", "ZÜRICH", "São Paulo", "MÉXICO", ",", ", ", " ", "-", "\u2014", "--", "_", "(", ")",
           "Xinhua", "/", "TASS", ".", "Feb", "5", "2O", "l", "187", "2026", "\n", "date 2026-02-05 ", "Ark.",
           "China", "*", "March", "31", "Sept.", "REUTER", "Reuter", "\u2019", "\u00a0", "\t", "April 20, 2010 15:00 "]
_near_datelines = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


class TestSpeedMachinery:
    """What the fast path rests on: the ``re`` stand-ins for ``\\p{..}``, the ASCII pattern set, the caches."""

    def test_the_unicode_set_reads_any_script(self) -> None:
        # The Unicode set's classes are regex's \p{L} and \p{Lu}: capitals of any script start a city.
        full = rules.patterns()
        for city in ("Z\u00dcRICH", "\u0141\u00d3D\u0179", "\u0394\u0395\u039b\u03a6\u039f\u0399", "\u00c5LESUND"):
            m = full.wire_at_start.match(f"{city}, Feb 5 (Reuters) - Talks")
            assert m is not None and m.group("city") == city

    @given(_near_datelines.map(lambda t: "".join(c for c in t if not c.isalpha() or c.isascii())))
    def test_ascii_set_matches_as_the_unicode_set(self, text: str) -> None:
        plain, full = rules.patterns(ascii_only=True), rules.patterns()
        for name in ("wire_at_start", "wire_at", "kremlin_at_start"):
            a, b = getattr(plain, name).match(text, 0, 300), getattr(full, name).match(text, 0, 300)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), name
        assert [(m.span(), m.groupdict()) for m in plain.wire_caps_scan.finditer(text)] == [
            (m.span(), m.groupdict()) for m in full.wire_caps_scan.finditer(text)
        ]

    @given(_near_datelines, st.none() | st.dates(dt.date(1987, 1, 1), dt.date(2026, 12, 31)))
    def test_caches_change_nothing(self, text: str, published: dt.date | None) -> None:
        rules.clear_caches()
        cold = find_dateline(text, published=published)
        assert find_dateline(text, published=published) == cold
        rules.clear_caches()
        assert find_dateline(text, published=published) == cold

    @pytest.mark.parametrize(
        ("text", "city"),
        [
            ("Z\u00dcRICH, Feb 5 \u2014 Talks", "Z\u00fcrich"),  # a capital outside ASCII
            ("S\u00c3O PAULO, March 3 (Reuters) - Talks", "S\u00e3o Paulo"),
            ("BEIJING, Feb 5 \u2014 Xi\u2019s talks", "Beijing"),  # non-ASCII punctuation only: the ASCII set
        ],
    )
    def test_non_ascii_openings(self, text: str, city: str) -> None:
        found = find_dateline(text)
        assert found is not None
        assert found.city == city


class TestDocs:
    """docs/phrases.md's dateline tables: every house style written back and read again."""

    @staticmethod
    def _written_back() -> list[list[str]]:
        page = (Path(__file__).parents[1] / "docs" / "phrases.md").read_text(encoding="utf-8")
        section = page.split("### Written back", 1)[1].split("\n#", 1)[0]
        return [[c.strip().strip("`") for c in line.strip("|").split(" | ")]
                for line in section.splitlines() if line.startswith("| `")]

    def test_every_style_is_written_back(self) -> None:
        assert [row[0] for row in self._written_back()] == list(STYLES)

    def test_each_written_style_reads_back(self) -> None:
        for style, text, reads in self._written_back():
            d = parse_dateline(ast.literal_eval(text))
            expected = dict(pair.split("=", 1) for pair in reads.split(", "))
            assert {k: repr(getattr(d, k)) for k in expected} == expected, style

    def test_every_corpus_style_has_its_group(self) -> None:
        page = (Path(__file__).parents[1] / "docs" / "phrases.md").read_text(encoding="utf-8")
        section = page.split("## Datelines", 1)[1].split("### Not datelines", 1)[0]
        groups = [line[5:] for line in section.splitlines() if line.startswith("#### ")]
        assert len(groups) == len({e.source for e in corpus.examples}) >= 15


@pytest.mark.parametrize("header", ["Updated at 08:00 on SEPTEMBER 4, 2019", "Sept 4 2019 / aPRIL 9, 2020",
                                    "Story from 2019-09-04"])
def test_a_header_date_in_any_case_gives_a_later_datelines_year(header: str) -> None:
    """The header scan before a dateline on a later line reads month names in any case (on a fold of the text)."""
    found = find_dateline(header + "\nTop story of the day\nBEIJING, Sept. 5 (Xinhua) -- Talks were held.")
    assert found is not None and found.date == dt.date(2019, 9, 5) and found.year_source == "header"
