"""Agreement examples as data: positives, a negative corpus, and known gaps.

Each positive holds exactly one instrument; ``expected`` lists the attributes of
the one ``Agreement`` that ``find_agreements`` must return (a span as
``(start, end)``, a date as an ISO string). Provenance is in ``source``: the
seed's own sentences, forms written by hand, and forms modelled on the house
styles of the development articles (Xinhua, Kremlin, Yonhap, Korea Herald) -
rewritten, never copied.

Decisions recorded by the negatives: a head word alone is not a name (``the
agreement``, ``a Joint Statement``); plurals are categories unless a place
names them (``free trade agreements`` no, ``Minsk Agreements`` yes); ``agree``
and ``in agreement with`` are not instruments; a partnership with a company or
a country but without a party prefix is a relationship, not an instrument.
"""

from __future__ import annotations

from .._engine import Corpus, Example

__all__ = ["corpus"]


def _ex(text: str, source: str = "hand", note: str = "", **expected: object) -> Example:
    return Example(text=text, expected=expected, source=source, note=note)


_CN_RU = ("CN", "RU")

examples = (
    # --- the seed ---------------------------------------------------------
    _ex(
        "Pointing out that this year marks the 30th anniversary of the establishment of the China-Russia "
        "strategic partnership of coordination, Xi said",
        "seed",
        name="China-Russia strategic partnership of coordination", kind="partnership", parties=_CN_RU,
        span=(83, 133), date=None,
    ),
    _ex(
        "the 25th anniversary of the signing of the China-Russia Treaty of Good-Neighborliness and Friendly "
        "Cooperation, and the launch of the China-Russia Years of Education (2026 and 2027)",
        "seed",
        name="China-Russia Treaty of Good-Neighborliness and Friendly Cooperation", kind="treaty", parties=_CN_RU,
        span=(43, 110),
    ),
    # --- title-case names -------------------------------------------------
    _ex("We need to implement the Paris Agreement in good faith.", "modelled on Xinhua",
        name="Paris Agreement", kind="agreement", parties=(), span=(25, 40)),
    _ex("The Paris Agreement, signed on December 12, 2015, sets the goals.",
        name="Paris Agreement", kind="agreement", date="2015-12-12", event="signing", date_source="text"),
    _ex("Both sides reaffirmed the Treaty on the Non-Proliferation of Nuclear Weapons as the cornerstone.",
        name="Treaty on the Non-Proliferation of Nuclear Weapons", kind="treaty"),
    _ex("Vietnam joined the Comprehensive and Progressive Agreement for Trans-Pacific Partnership in 2018.",
        name="Comprehensive and Progressive Agreement for Trans-Pacific Partnership", kind="agreement", date=None),
    _ex("They defend the purposes and principles of the Charter of the United Nations.", "modelled on Xinhua",
        name="Charter of the United Nations", kind="charter"),
    _ex("the UN Charter and international law", name="UN Charter", kind="charter"),
    _ex("the release of the Gyeongju Declaration, which reaffirmed shared commitments", "modelled on Korea Herald",
        name="Gyeongju Declaration", kind="declaration"),
    _ex("as stipulated in the Bogor Declaration.", "modelled on Xinhua",
        name="Bogor Declaration", kind="declaration"),
    _ex("the Sino-Russian Treaty of Good-Neighborliness and Friendly Cooperation, signed on July 16, 2001,",
        name="Sino-Russian Treaty of Good-Neighborliness and Friendly Cooperation", kind="treaty",
        parties=_CN_RU, date="2001-07-16", event="signing", date_source="text"),
    _ex("the Russia-China Treaty of Good-Neighborliness, signed in Moscow in July 2001",
        name="Russia-China Treaty of Good-Neighborliness", parties=("RU", "CN"), date="2001-07", event="signing"),
    _ex("a Memorandum of Understanding on Cooperation in the Field of Education was signed",
        name="Memorandum of Understanding on Cooperation in the Field of Education", kind="memorandum"),
    _ex("The two presidents issued the China-Kazakhstan Joint Statement on Comprehensive Strategic Partnership.",
        name="China-Kazakhstan Joint Statement on Comprehensive Strategic Partnership", kind="joint statement",
        parties=("CN", "KZ")),
    _ex("under the Kyoto Protocol, rich nations", name="Kyoto Protocol", kind="protocol"),
    _ex("the Minsk Agreements were never implemented", name="Minsk Agreements", kind="agreement"),
    _ex("the Camp David Accords of 1978", name="Camp David Accords", kind="accord"),
    _ex("the Greater Eurasian Partnership we suggested", "modelled on Kremlin",
        name="Greater Eurasian Partnership", kind="partnership"),
    _ex("the U.S.-Japan Security Treaty remains", name="U.S.-Japan Security Treaty", kind="treaty",
        parties=("US", "JP")),
    _ex("the Convention on the Law of the Sea", name="Convention on the Law of the Sea", kind="convention"),
    _ex("the Treaty between the United States of America and the Union of Soviet Socialist Republics on the "
        "Elimination of Their Intermediate-Range and Shorter-Range Missiles",
        name="Treaty between the United States of America and the Union of Soviet Socialist Republics on the "
        "Elimination of Their Intermediate-Range and Shorter-Range Missiles",
        kind="treaty", parties=("US", "SU")),  # the Soviet Union keeps its own code (issue 11)
    # --- lower-case names with a party prefix ----------------------------
    _ex("the full restoration of the South Korea\u2013China strategic cooperative partnership through talks",
        "modelled on Yonhap", name="South Korea\u2013China strategic cooperative partnership", kind="partnership",
        parties=("KR", "CN")),
    _ex("the China-Russia comprehensive strategic partnership of coordination for a new era",
        name="China-Russia comprehensive strategic partnership of coordination", parties=_CN_RU),
    _ex("The U.S.-China trade agreement, which was signed on January 15, 2020, cut tariffs.",
        name="U.S.-China trade agreement", kind="agreement", parties=("US", "CN"), date="2020-01-15",
        event="signing"),
    _ex("the Sino-Russian treaty signed in 2001", name="Sino-Russian treaty", parties=_CN_RU, date="2001"),
    _ex("the India-Japan civil nuclear agreement", name="India-Japan civil nuclear agreement",
        parties=("IN", "JP")),
    _ex("the strategic partnership of coordination, established in April 1996,",
        name="strategic partnership of coordination", kind="partnership", parties=(), date="1996-04",
        event="establishment"),
    # --- acronyms, cities and "New" ----------------------------------------
    _ex("The New START treaty, signed on April 8, 2010, expired.", name="New START treaty", kind="treaty",
        date="2010-04-08", event="signing"),
    _ex("after Washington left the INF treaty", name="INF treaty", kind="treaty"),
    _ex("the Paris climate agreement", name="Paris climate agreement", kind="agreement"),
    # --- between A and B ---------------------------------------------------
    _ex("a free trade agreement between China and Australia took effect", name="free trade agreement between "
        "China and Australia", kind="agreement", parties=("CN", "AU")),
    _ex("the joint statement signed between China and Slovakia in 2003 marked a landmark", "modelled on Xinhua",
        name="joint statement", kind="joint statement", parties=("CN", "SK"), date="2003", event="signing"),
    _ex("an agreement between the United States and Russia", name="agreement between the United States and "
        "Russia", parties=("US", "RU")),
    _ex("a memorandum of understanding between Britain and Japan on financial markets",
        "modelled on Reuters 1987", name="memorandum of understanding between Britain and Japan",
        kind="memorandum", parties=("GB", "JP")),
    # --- wire copy: wrapped lines, brackets, older instruments ---------------
    _ex("the delegate to the General\n    Agreement on Tariffs and Trade (GATT), made the appeal",
        "modelled on Reuters 1987", name="General Agreement on Tariffs and Trade", kind="agreement",
        span=(20, 62)),
    _ex("told a GATT (General Agreement on Tariffs and Trade) council meeting", "modelled on Reuters 1987",
        name="General Agreement on Tariffs and Trade"),
    _ex("the China-Russia\n    strategic partnership of coordination, established in\n    April 1996",
        name="China-Russia strategic partnership of coordination", date="1996-04", event="establishment"),
    _ex("talks on a new International Natural Rubber Agreement (INRA) opened", "modelled on Reuters 1987",
        name="International Natural Rubber Agreement", kind="agreement"),
    _ex("the recent U.S.-British accord on bank supervision", "modelled on Reuters 1987",
        name="U.S.-British accord", kind="accord", parties=("US", "GB")),
    _ex("the Paris currency accord among six industrial nations", "modelled on Reuters 1987",
        name="Paris currency accord", kind="accord", parties=()),
    _ex("the Good Friday Agreement", name="Good Friday Agreement", kind="agreement"),
    _ex("Under Paris Agreement rules", name="Paris Agreement", span=(6, 21)),
    _ex("the 2015 Paris Agreement", name="Paris Agreement", date="2015", event="signing", date_source="text",
        note="a year just before the name is the year it was concluded"),
    _ex("buffer stock rules for the 1986 International Cocoa Agreement", "modelled on Reuters 1987",
        name="International Cocoa Agreement", date="1986"),
)

negative = (
    _ex("They agreed to meet again next month.", note="a verb, not an instrument"),
    _ex("Both sides were in agreement with the plan.", note="in agreement with"),
    _ex("The bank announced a partnership with Goldman Sachs.", note="a business partnership"),
    _ex("Medvedev said deepening strategic partnership with Uzbekistan is in Russia's interests.",
        "modelled on Kremlin", note="a relationship with one named country, no party prefix"),
    _ex("the implementation of the treaties and agreements between Russia and Uzbekistan", "modelled on Kremlin",
        note="plural category"),
    _ex("the Turkish parliament approved a free trade agreement signed last year", "modelled on AFP"),
    _ex("promotions of high-quality regional trade agreements and free trade agreements", note="plural category"),
    _ex("high-quality Regional Trade Agreements/Free Trade Agreements maximized the contribution",
        "modelled on Xinhua", note="capitalised plural category"),
    _ex("the meeting at the BEXCO (Busan Exhibition and Convention) center", "modelled on Xinhua",
        note="a convention centre"),
    _ex("The Protocol Department arranged the visit.", note="a capitalised head that modifies a noun"),
    _ex("the short-lived declaration of martial law", "modelled on Yonhap"),
    _ex("The presidents issued a Joint Statement on the results of the talks.", "modelled on Kremlin",
        note="indefinite, with a lower-case complement"),
    _ex("the agreement was reached after the treaty talks", note="bare heads"),
    _ex("the launch of the China-Russia Years of Education (2026 and 2027)", "seed"),
    _ex("this year marks the beginning of China's 15th Five-Year Plan (2026-30) period", "seed"),
    _ex("China-Russia relations in the past year", "seed"),
    _ex("according to the accord, in accordance with the charter's spirit", note="accord inside words"),
    _ex("PARIS AGREEMENT IN DOUBT", note="an all-caps headline"),
    _ex("the retreat and the treatment of prisoners", note="treat inside words"),
    _ex("the joint statement said", note="a bare joint statement"),
    _ex("Red Lion Inns Limited Partnership said it filed", "modelled on Reuters 1987", note="a company"),
    _ex("the Graham-McCormick Oil and Gas Partnership", "modelled on Reuters 1987", note="a company"),
    _ex("Halcyon Investments, a New York investment partnership", "modelled on Reuters 1987", note="a firm"),
    _ex("the firm signed an OEM agreement with Cray Research", "modelled on Reuters 1987",
        note="an acronym names a treaty, not a business contract"),
    _ex("On Tuesday Agreement was reached on the text.", note="prepositions and weekdays never open a name"),
    _ex("the chief of Protocol greeted the guests", note="a protocol office"),
    _ex("Charter Communications said", note="a company"),
    _ex("in 2015 the agreement was signed", note="a year before a bare head"),
)

known_failures = (
    _ex("the Abraham Accords normalised ties", name="Abraham Accords", kind="accord",
        note="a plural named after a person, not a place"),
    _ex("the China-ASEAN Free Trade Agreement", name="China-ASEAN Free Trade Agreement", parties=("CN",),
        note="an organisation as a party"),
    _ex("the China-Russia agreement on trade and economic cooperation",
        name="China-Russia agreement on trade and economic cooperation",
        note="lower-case complements other than 'of coordination' are not read"),
)

corpus = Corpus(kind="agreement", examples=examples, negative=negative, known_failures=known_failures)
