"""Organisations: the corpus, the seed, the gazetteer's integrity and the finder's properties."""

from __future__ import annotations

import contextlib
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomacy_model import (
    InputTypeError,
    Organisation,
    ParseError,
    Span,
    find_organisations,
    parse_organisation,
    render_organisation,
)
from diplomacy_model.gazetteer.organisations import OrganisationEntry, organisations
from diplomacy_model.phrases._engine import Example
from diplomacy_model.phrases.organisation.corpus import corpus
from diplomacy_model.phrases.organisation.rules import BLOCKED

from .conftest import SEED_PATH
from .strategies import embedded_organisations, gazetteer_entries

KINDS = {"organisation", "organ", "agency", "fund", "programme", "bank", "court", "forum", "bloc"}


def found(text: str) -> dict[str, tuple[str, ...]]:
    """Key (acronym, else name) -> text of each mention, checking the spans' order on the way."""
    out: dict[str, tuple[str, ...]] = {}
    for org in find_organisations(text):
        assert list(org.mentions) == sorted(org.mentions), org
        out[org.acronym or org.name] = tuple(m.of(text) for m in org.mentions)
    return out


class TestCorpus:
    @pytest.mark.parametrize("example", corpus.examples, ids=lambda e: e.text[:50])
    def test_example(self, example: Example) -> None:
        assert found(example.text) == example.expected["organisations"]

    @pytest.mark.parametrize("example", corpus.negative, ids=lambda e: e.text[:50])
    def test_negative(self, example: Example) -> None:
        assert find_organisations(example.text) == ()

    @pytest.mark.parametrize(
        "example",
        [pytest.param(e, marks=pytest.mark.xfail(strict=True, reason=e.note)) for e in corpus.known_failures],
        ids=lambda e: e.text[:50],
    )
    def test_known_failure(self, example: Example) -> None:
        assert found(example.text) == example.expected["organisations"]


class TestSeed:
    def test_exactly_the_gold_organisations(self) -> None:
        text = SEED_PATH.read_text(encoding="utf-8")
        orgs = find_organisations(text)
        assert {(o.name, o.acronym) for o in orgs} == {
            ("United Nations", "UN"),
            ("United Nations Security Council", "UNSC"),
            ("Shanghai Cooperation Organization", "SCO"),
            ("BRICS", "BRICS"),
            ("Asia-Pacific Economic Cooperation", "APEC"),
        }
        got = found(text)
        assert got["UN"] == ("UN", "UN")  # "UN-centered" and "the UN"
        assert got["UNSC"] == ("United Nations Security Council",)
        assert all(len(o.mentions) >= 1 for o in orgs)

    def test_national_security_council_is_not_the_unsc(self) -> None:
        text = SEED_PATH.read_text(encoding="utf-8")
        start = text.index("Russian Federation Security Council")
        assert all(not (start <= m.start < start + 40) for o in find_organisations(text) for m in o.mentions)


class TestGazetteer:
    def test_size_and_required_members(self) -> None:
        keys = {e.key for e in organisations()}
        assert len(keys) == len(organisations()) >= 80
        required_keys = """UN UNSC UNGA ECOSOC ICJ UNHRC UNESCO UNICEF UNHCR UNDP UNEP WFP FAO ILO IAEA WHO WMO ITU
        UPU IMO ICAO UNCTAD UNIDO IFAD UNRWA OCHA OHCHR UNFCCC SCO BRICS APEC ASEAN ARF EAS EU NATO G7 G8 G20 AU
        OSCE CSTO EAEU CIS WTO IMF AIIB NDB ADB OPEC OPEC+ OECD GCC OIC Mercosur CELAC OAS ECOWAS SADC IGAD PIF
        Interpol ICC CTBTO OPCW Quad AUKUS SAARC BIMSTEC BFA CICA LMC FOCAC V4"""
        required = required_keys.split()
        named = ["UN Women", "World Bank", "Arab League", "Commonwealth of Nations", "Council of Europe",
                 "Nordic Council", "China-CELAC Forum", "ASEAN Plus Three", "European Commission", "European Council",
                 "European Parliament", "United Nations Secretariat"]
        assert set(required) | set(named) <= keys

    @pytest.mark.parametrize("entry", organisations(), ids=lambda e: e.key)
    def test_entry(self, entry: OrganisationEntry) -> None:
        keys = {e.key for e in organisations()}
        assert entry.name.strip() == entry.name and entry.name
        assert entry.acronym is None or (entry.acronym.strip() == entry.acronym and entry.acronym)
        assert 1850 <= entry.founded <= 2026
        assert entry.parent is None or entry.parent in keys
        assert entry.kind in KINDS
        assert entry.surfaces and all(s.strip() == s and not s.startswith(("the ", "The ")) for s in entry.surfaces)

    def test_founding_years_spot_checks(self) -> None:
        years = {e.key: e.founded for e in organisations()}
        expected = {"UN": 1945, "NATO": 1949, "SCO": 2001, "BRICS": 2009, "APEC": 1989, "ASEAN": 1967, "EU": 1993,
                    "WTO": 1995, "AU": 2002, "ITU": 1865, "G20": 1999, "CSTO": 2002, "EAEU": 2015, "AIIB": 2015}
        assert {key: years[key] for key in expected} == expected
        # the UN's principal and subsidiary organs are not older than the UN (its agencies may be: ITU, ILO)
        for entry in organisations():
            if entry.parent == "UN" and entry.kind == "organ":
                assert entry.founded >= years["UN"], entry.key

    def test_no_two_entries_share_a_surface_form(self) -> None:
        owner: dict[str, str] = {form: "<blocked>" for form in BLOCKED}
        for entry in organisations():
            forms = set(entry.surfaces) | {form for form, _prior in entry.contextual}
            for form in forms:
                assert owner.setdefault(form, entry.key) == entry.key, form


class TestParseRender:
    @given(gazetteer_entries(), st.sampled_from(["name", "the name", "acronym"]))
    def test_parse_render_round_trip(self, entry: OrganisationEntry, style: str) -> None:
        value = Organisation(entry.name, (Span(0, len(entry.name)),), entry.acronym, entry.founded)
        text = render_organisation(value, style)  # type: ignore[arg-type]  # styles sampled from the Literal
        parsed = parse_organisation(text)
        assert (parsed.name, parsed.acronym, parsed.founded) == (entry.name, entry.acronym, entry.founded)
        assert parsed.span.of(text) in (entry.name, entry.acronym)
        if style == "name":
            assert parsed == value

    @pytest.mark.parametrize("text", ["State Council", "Security Council", "the Union", "", "UN UN", "un"])
    def test_parse_refuses(self, text: str) -> None:
        with pytest.raises(ParseError, match="organisation"):
            parse_organisation(text)

    @given(st.text(max_size=60))
    def test_parse_raises_only_parse_error(self, text: str) -> None:
        with contextlib.suppress(ParseError):
            parse_organisation(text)


class TestFind:
    @given(embedded_organisations())
    def test_embedded_name_found_with_its_span(self, case: tuple[str, int, int, OrganisationEntry]) -> None:
        text, start, end, entry = case
        orgs = find_organisations(text)
        assert [(o.name, o.mentions) for o in orgs] == [(entry.name, (Span(start, end),))]

    @given(st.text(max_size=300))
    def test_never_raises(self, text: str) -> None:
        for org in find_organisations(text):
            assert all(0 <= m.start < m.end <= len(text) for m in org.mentions)

    @given(st.lists(st.sampled_from(["UN", "the ", "Security Council", "WHO", " ", "-", "Union", "U.N.", "\n", "x"]),
                    max_size=40).map("".join))
    def test_never_raises_on_near_misses(self, text: str) -> None:
        find_organisations(text)

    def test_rejects_non_str(self) -> None:
        with pytest.raises(InputTypeError, match="bytes"):
            find_organisations(b"UN")  # type: ignore[arg-type]  # the point of the test

    @pytest.mark.parametrize(
        "unit",
        [
            "United Nations Security Counci ",
            "Organization of the Petroleum Exporting Countrie ",
            "ASEAN plus China, Japan and the Republic of Kore ",
            "the the the ",
            "UNIT UNITE ",
            "aaaaaaaaaa",
        ],
    )
    def test_linear_time_on_near_misses(self, unit: str) -> None:
        """1 MB of long partial names: a backtracking alternation would blow up here."""
        text = unit * (1_000_000 // len(unit))
        started = time.process_time()
        find_organisations(text)
        assert time.process_time() - started < 5.0

    @pytest.mark.parametrize("unit", ["UN-UN-", "WHO WHO ", "the Security Council ", "U.N. "])
    def test_linear_time_on_dense_mentions(self, unit: str) -> None:
        """200 KB that is nothing but mentions (tens of thousands of spans): bounded by the per-mention cost."""
        text = "the UN said. " + unit * (200_000 // len(unit))
        started = time.process_time()
        orgs = find_organisations(text)
        assert time.process_time() - started < 5.0
        assert sum(len(o.mentions) for o in orgs) >= 1


@pytest.mark.parametrize("space", ["\n", "\r", "\t", "\xa0"])
def test_names_wrapped_by_any_whitespace_read_as_with_spaces(space: str) -> None:
    """The finder searches the text as written: a name or an apposition broken by a line end, a tab or a
    no-break space is read as it is with plain spaces, at the same offsets."""
    text = (f"The United{space}Nations Security Council met.{space}The African Development{space}Bank (ADB) "
            f"and the{space}WHO said the Association of Southeast{space}Asian Nations, ASEAN, agreed.")
    plain = text.replace(space, " ")
    found = [(o.name, o.mentions) for o in find_organisations(text)]
    assert found == [(o.name, o.mentions) for o in find_organisations(plain)]
    assert len(found) == 4
