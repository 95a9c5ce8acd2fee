"""Anniversaries as data: surface forms and what they mean (Duckling style).

How to read an example:

* ``expected`` holds attributes of an :class:`~diplomacy_model.Anniversary`; ``phrase`` (when
  present) is the exact text its ``span`` must cover inside ``text``, and ``count`` (when present)
  how many anniversaries ``find_anniversaries`` must return for the whole ``text``.
* Without ``phrase`` the whole text is the phrase: ``parse_anniversary`` must accept it and
  ``find_anniversaries`` must find it spanning the whole text.
* ``negative`` texts must give no anniversary at all.

Provenance (``source``): ``seed`` is the seed article verbatim; ``hand`` forms are written here;
``modelled on ...`` forms are written here in the shape of sentences seen in the development
data (Reuters 1987, TimeBank 1998, RSS 2023), never copied from it.

Decisions recorded here:

* ``the first anniversary`` is an anniversary like any other (ordinal 1), also in ``on the
  first anniversary of their wedding``; there is no "example" reading.
* A bare ``anniversary`` (``ahead of the anniversary of the invasion``) is an anniversary with
  ordinal ``None``; its year is the reference year and its base year unknown.
* ``the anniversary date of the transaction`` is a recurring, contractual date: year ``None``.
* A vague count (``two or three years since ...``) gives ordinal ``None`` and year ``None``; a year
  inside the subject is still the base year.
* ``Centennial``/``Jubilee`` in names (``American Centennial``, ``Centennial Park``,
  ``Jubilee Year``, ``Golden Jubilee Bridge``) are not anniversaries; ``the 25th`` as a day of the
  month and ``the 25th floor`` have no anniversary word and give nothing.
* A second mention of the same anniversary close by in one paragraph (a headline and its body,
  ``... the solemn anniversary``) is merged into the first, most specific mention.
"""

from __future__ import annotations

import datetime as dt

from .._engine import Corpus, Example

__all__ = ["corpus"]

D2026 = dt.date(2026, 2, 5)
D2023 = dt.date(2023, 2, 24)
D1987 = dt.date(1987, 3, 25)
D2027 = dt.date(2027, 3, 1)

_SEED_PAST = (
    "During their talks, Xi recalled the two meetings between him and Putin in the past year, saying that they "
    "have led bilateral ties into a new stage of development.\n\n"
    "Both countries solemnly commemorated the 80th anniversary of the victory in the World Anti-Fascist War, "
    "demonstrating their firm determination to uphold the victorious outcomes of World War II as well as "
    "international fairness and justice, Xi said."
)
_SEED_THIS = (
    "Pointing out that this year marks the 30th anniversary of the establishment of the China-Russia strategic "
    "partnership of coordination, the 25th anniversary of the signing of the China-Russia Treaty of "
    "Good-Neighborliness and Friendly Cooperation, and the launch of the China-Russia Years of Education (2026 "
    "and 2027), Xi said the two countries should maintain close high-level exchanges and strengthen pragmatic "
    "cooperation in various fields."
)


def _ex(
    text: str, published: dt.date | None = D2026, source: str = "hand", note: str = "", **expected: object
) -> Example:
    return Example(text, expected, published=published, source=source, note=note)


def _no(text: str, published: dt.date | None = D2026, source: str = "hand", note: str = "") -> Example:
    return Example(text, {}, published=published, source=source, note=note)


_R87 = "modelled on Reuters 1987 dev data"
_RSS = "modelled on RSS 2023 dev data"
_TB = "modelled on TimeBank 1998 dev data"
_D2 = "modelled on the dev2 sentences (State Department posts, news headlines)"

corpus = Corpus(
    kind="anniversary",
    examples=(
        # --- the seed ---------------------------------------------------------------------------
        _ex(_SEED_PAST, source="seed", phrase="80th anniversary of the victory in the World Anti-Fascist War",
            ordinal=80, subject="the victory in the World Anti-Fascist War", event="victory", year=2025,
            base_year=1945, year_source="context", count=1,
            note="past-tense commemoration after a paragraph about the past year: 2025, not 2026"),
        _ex(_SEED_THIS, source="seed", count=2,
            phrase="30th anniversary of the establishment of the China-Russia strategic partnership of coordination",
            ordinal=30, subject="the establishment of the China-Russia strategic partnership of coordination",
            event="establishment", year=2026, base_year=1996, year_source="this year"),
        _ex(_SEED_THIS, source="seed", count=2,
            phrase="25th anniversary of the signing of the China-Russia Treaty of Good-Neighborliness and "
                   "Friendly Cooperation",
            ordinal=25, subject="the signing of the China-Russia Treaty of Good-Neighborliness and Friendly "
                                "Cooperation",
            event="signing", year=2026, base_year=2001),
        # --- whole phrases (strict) -------------------------------------------------------------
        _ex("the 30th anniversary of the establishment of diplomatic relations", ordinal=30,
            subject="the establishment of diplomatic relations", event="establishment of diplomatic relations",
            year=2026, base_year=1996, year_source="reference"),
        _ex("30th anniversary of the founding of the organisation", ordinal=30, event="founding", base_year=1996),
        _ex("1st anniversary of the agreement", ordinal=1, subject="the agreement", base_year=2025),
        _ex("22nd anniversary of the summit", ordinal=22, base_year=2004),
        _ex("103rd anniversary of the birth of the poet", ordinal=103, event="birth", base_year=1923),
        _ex("thirtieth anniversary of the treaty", ordinal=30, subject="the treaty"),
        _ex("twenty-fifth anniversary of the signing of the accord", ordinal=25, event="signing"),
        _ex("seventy fifth anniversary of the liberation of the city", ordinal=75, event="liberation"),
        _ex("one hundredth anniversary of the republic", ordinal=100, subject="the republic"),
        _ex("one hundred and fiftieth anniversary of the death of the composer", ordinal=150, event="death"),
        _ex("the centenary of the founding of the party", ordinal=100, event="founding", base_year=1926),
        _ex("centennial of the national park service", ordinal=100),
        _ex("bicentenary of independence", ordinal=200, subject="independence", event="independence",
            base_year=1826),
        _ex("bicentennial of the constitution", ordinal=200),
        _ex("tercentenary of the city", ordinal=300, base_year=1726),
        _ex("sesquicentennial of the university", ordinal=150, base_year=1876),
        _ex("semicentennial of the alliance", ordinal=50),
        _ex("silver jubilee of the king", ordinal=25, subject="the king"),
        _ex("golden jubilee of the partnership", ordinal=50),
        _ex("diamond jubilee of the queen's accession", ordinal=60),
        _ex("platinum jubilee of the reign", ordinal=70, base_year=1956),
        _ex("58 years since the death penalty was abolished", ordinal=58, subject="the death penalty was abolished",
            base_year=1968),
        _ex("thirty years since the treaty was signed", ordinal=30, event="signing", base_year=1996),
        _ex("one year since the invasion", ordinal=1, event="invasion", base_year=2025),
        _ex("one-year anniversary of the war", ordinal=1, event="war"),
        _ex("10-year anniversary of the launch", ordinal=10, base_year=2016),
        _ex("the anniversary of the invasion", ordinal=None, subject="the invasion", year=2026, base_year=None),
        _ex("the 30th anniversary", ordinal=30, subject=None, year=2026, base_year=1996),
        _ex("30th anniversary of the treaty", published=None, ordinal=30, year=None, base_year=None,
            year_source=None, note="no reference year: nothing fixes the year"),
        # --- running text: frames ---------------------------------------------------------------
        _ex("Officials said the ceremony on Friday will mark the 40th anniversary of the alliance.",
            phrase="40th anniversary of the alliance", ordinal=40, year=2026, base_year=1986),
        _ex("The two leaders attended celebrations marking the 75th anniversary of diplomatic ties in the capital.",
            phrase="75th anniversary of diplomatic ties in the capital", ordinal=75,
            event="establishment of diplomatic relations", base_year=1951),
        _ex("This year marks 70 years of diplomatic relations between the two countries.",
            phrase="70 years of diplomatic relations between the two countries", ordinal=70, year=2026,
            base_year=1956, year_source="this year"),
        _ex("The summit comes 30 years after the signing of the founding charter.",
            phrase="30 years after the signing of the founding charter", ordinal=30, event="signing", base_year=1996),
        _ex("Gifts were exchanged on the occasion of the 60th anniversary of the friendship treaty.",
            phrase="60th anniversary of the friendship treaty", ordinal=60, base_year=1966),
        _ex("Preparations for the 50th anniversary celebrations are under way in the capital.",
            phrase="50th anniversary", ordinal=50, subject=None, base_year=1976),
        _ex("The country is preparing for the centenary of its independence next year.",
            phrase="centenary of its independence", ordinal=100, year=2027, base_year=1927, year_source="next year"),
        _ex("Last year the two sides celebrated the golden jubilee of the partnership.",
            phrase="golden jubilee of the partnership", ordinal=50, year=2025, base_year=1975,
            year_source="last year"),
        _ex("Over the past year, Kenya celebrated the 60th anniversary of its independence.",
            phrase="60th anniversary of its independence", ordinal=60, year=2025, base_year=1965),
        _ex("In 2024, which marked the 75th anniversary of the alliance, members raised spending.",
            phrase="75th anniversary of the alliance", ordinal=75, year=2024, base_year=1949,
            year_source="explicit"),
        _ex("The queen's platinum jubilee drew crowds to the palace.", phrase="The queen's platinum jubilee",
            ordinal=70, subject="The queen", year=2026, base_year=1956,
            note="possessive subject; the span starts at the possessor"),
        _ex("The army's 75th anniversary parade was held at night.", published=D2023,
            phrase="The army's 75th anniversary", ordinal=75, subject="The army", year=2023, base_year=1948,
            source=_RSS),
        # --- running text: modelled on the dev data ---------------------------------------------
        _ex("The bank issued a commemorative coin to mark the 30th anniversary of the customs union this year.",
            published=D1987, source=_R87, phrase="30th anniversary of the customs union", ordinal=30,
            subject="the customs union", year=1987, base_year=1957, year_source="this year"),
        _ex("The magazine, which covers politics and culture, is celebrating its 100th anniversary.",
            published=D1987, source=_R87, phrase="100th anniversary", ordinal=100, subject="The magazine",
            year=1987, base_year=1887),
        _ex("The couple celebrate their 35th wedding anniversary today.", published=D1987, source=_R87,
            phrase="35th wedding anniversary", ordinal=35, subject="wedding", event="wedding", base_year=1952),
        _ex("The currency system marks its eighth anniversary still vulnerable to market turmoil.",
            published=D1987, source=_R87, phrase="eighth anniversary", ordinal=8, subject="The currency system",
            base_year=1979),
        _ex("The stock has suffered in the two years since the lawsuit was filed, analysts said.",
            published=D1987, source=_R87, phrase="two years since the lawsuit was filed", ordinal=2,
            subject="the lawsuit was filed", year=1987, base_year=1985),
        _ex("Lending helped in the two or three years since the debt crisis in 1982.", published=D1987,
            source=_R87, phrase="two or three years since the debt crisis in 1982", ordinal=None, year=None,
            base_year=1982, note="vague count: no ordinal, no year; the subject's year is the base"),
        _ex("Two mln dlrs will be paid each year on the anniversary date of the sale.", published=D1987,
            source=_R87, phrase="anniversary date of the sale", ordinal=None, subject="the sale", year=None,
            year_source="recurring"),
        _ex("The 1986/87 payout included a bonus to mark the firm's 80th anniversary.", published=D1987,
            source=_R87, phrase="the firm's 80th anniversary", ordinal=80, year=None, base_year=None,
            note="a fiscal year 1986/87: the year is ambiguous"),
        _ex("Pressure is mounting as the second anniversary of his kidnapping nears.", published=dt.date(1998, 2, 19),
            source=_TB, phrase="second anniversary of his kidnapping", ordinal=2, subject="his kidnapping",
            year=1998, base_year=1996),
        _ex("Leaders gathered in Kyiv on the one-year anniversary of the invasion.", published=D2023, source=_RSS,
            phrase="one-year anniversary of the invasion", ordinal=1, event="invasion", year=2023, base_year=2022),
        _ex("The president marked the five-year anniversary of the 2018 school shooting.", published=D2023,
            source=_RSS, phrase="five-year anniversary of the 2018 school shooting", ordinal=5, year=2023,
            base_year=2018, year_source="subject"),
        _ex("The studio released the update in 2017 for the game's 10-year anniversary.", published=D2023,
            source=_RSS, phrase="the game's 10-year anniversary", ordinal=10, subject="the game", year=2017,
            base_year=2007, year_source="explicit"),
        _ex("The prime minister attends celebrations marking the 65th anniversary of the country's "
            "independence from France, in Phnom Penh, on Nov. 9, 2018.", published=D2023, source=_RSS,
            phrase="65th anniversary of the country's independence from France", ordinal=65, year=2018,
            base_year=1953, year_source="explicit", note="a dated photo caption"),
        _ex("The president visited Algiers on August 27, 2022. - The former colony this year marks its 60th "
            "anniversary of independence.", published=D2023, source=_RSS,
            phrase="60th anniversary of independence", ordinal=60, subject="independence", year=2022,
            base_year=1962, note="a dated caption sets 'this year'"),
        _ex("It has been 58 years since we abolished the death penalty, the minister said.", published=D2023,
            source=_RSS, phrase="58 years since we abolished the death penalty", ordinal=58, base_year=1965),
        _ex("The singer said Friday, which marked a year since the forces crossed the border, was sombre.",
            published=D2023, source=_RSS, phrase="a year since the forces crossed the border", ordinal=1,
            base_year=2022),
        _ex("The alliance will host a summit next year to mark its 75th anniversary.", published=D2023,
            source=_RSS, phrase="75th anniversary", ordinal=75, year=2024, base_year=1949, year_source="next year"),
        _ex("Envoys met days before the anniversary of the invasion.", published=D2023, source=_RSS,
            phrase="anniversary of the invasion", ordinal=None, subject="the invasion", year=2023, base_year=None),
        _ex("Ministers meet ahead of war anniversary The vote came as the nation marked one year since the "
            "invasion began.", published=D2023, source=_RSS, phrase="one year since the invasion began",
            ordinal=1, year=2023, base_year=2022, count=1,
            note="headline 'war anniversary' and the body name one anniversary: merged"),
        _ex("We should pause on this grim anniversary to take stock.", published=D2023, source=_RSS,
            phrase="anniversary", ordinal=None, subject=None, year=2023),
        _ex("The republic marked the 44th anniversary of the revolution on Saturday with rallies.", published=D2023,
            source=_RSS, phrase="44th anniversary of the revolution", ordinal=44, event="revolution", base_year=1979),
        _ex("He noted that the year 2006 will be the 15th anniversary of the dialogue partnership.",
            published=None, source="modelled on Xinhua 2005 dev articles", phrase="15th anniversary of the dialogue "
            "partnership", ordinal=15, year=2006, base_year=1991, year_source="explicit"),
        _ex("SHANGHAI, Jan. 2 (Yonhap) -- He will visit the site to mark the centennial anniversary of its "
            "establishment.", published=None, source="modelled on Yonhap dev articles",
            phrase="centennial anniversary of its establishment", ordinal=100, event="establishment", year=None,
            note="a dateline without a year and no published date: the year stays unknown"),
        _ex("BEIJING, Nov. 30, 2005 (Xinhua) -- The two sides marked the 60th anniversary of the victory.",
            published=None, source="modelled on Xinhua 2005 dev articles", phrase="60th anniversary of the victory",
            ordinal=60, year=2005, base_year=1945, year_source="reference",
            note="the dateline's year is the reference"),
        _ex("Russia's invasion of Ukraine reached its first anniversary on Friday.", published=D2023, source=_RSS,
            phrase="first anniversary", ordinal=1, subject="Russia's invasion of Ukraine", base_year=2022),
        # --- issue 9: years written near the phrase -------------------------------------------------
        # A year the count reaches the story's year from is the event's year, wherever it is written.
        _ex("Japan opened ties with Chile in 1976 and celebrated 50 years of friendship last year.",
            published=D2027, source=_D2, phrase="50 years of friendship", ordinal=50, year=2026, base_year=1976),
        _ex("The two sides founded the forum in 2006 and this week mark 20 years of cooperation.",
            published=D2026, phrase="20 years of cooperation", ordinal=20, year=2026, base_year=2006),
        _ex("Ministers marked the 30th anniversary of the accord, signed in 1996.", published=D2026,
            phrase="30th anniversary of the accord", ordinal=30, year=2026, base_year=1996),
        _ex("On March 3, 2024, the bridge opened to traffic. The city marks today's two-year anniversary with a "
            "parade.", published=dt.date(2026, 3, 3), source=_D2, phrase="two-year anniversary", ordinal=2,
            year=2026, base_year=2024, note="the dated sentence tells of the event"),
        # ... but a caption's date, the story's own year, dates the anniversary.
        _ex("Leaders mark the one-year anniversary of the flood in Lagos on Feb. 4, 2026.", published=D2026,
            source=_RSS, phrase="one-year anniversary of the flood in Lagos", ordinal=1, year=2026, base_year=2025),
        _ex("He noted that 2006 will mark the 15th anniversary of the forum.", published=dt.date(2005, 11, 3),
            phrase="15th anniversary of the forum", ordinal=15, year=2006, base_year=1991),
        # Without a count, a year written well before the story after the phrase is the event's.
        _ex("Crowds gathered for the anniversary of the liberation of the camp in 1945.", published=D2026,
            source=_D2, phrase="anniversary of the liberation of the camp", ordinal=None, year=2026,
            base_year=1945),
        _ex("A statement on the anniversary of the March 9, 2011 crackdown was issued.", published=D2026,
            source=_D2, phrase="anniversary of the March 9", ordinal=None, year=2026, base_year=2011),
        _ex("The anniversary of the revolution on Feb. 11, 2026 drew crowds.", published=D2026,
            phrase="anniversary of the revolution", ordinal=None, year=2026, base_year=None,
            note="the story's own year dates the anniversary"),
        # A year word in a clause about the event dates the event.
        _ex("The trial opened days after the anniversary of the attack, which took place last year.",
            published=D2026, source=_D2, phrase="anniversary of the attack", ordinal=None, year=2026,
            base_year=2025),
        _ex("Veterans marked the anniversary of the landing last year.", published=D2026,
            phrase="anniversary of the landing", ordinal=None, year=2025, base_year=None,
            note="no clause about the event: 'last year' dates the commemoration"),
        # --- other count forms --------------------------------------------------------------------
        _ex("The minister hailed the three-decade anniversary of the accords.", published=D2026, source=_D2,
            phrase="three-decade anniversary of the accords", ordinal=30, year=2026, base_year=1996),
        _ex("Fans marked the two-decade anniversary of the album.", published=D2026,
            phrase="two-decade anniversary of the album", ordinal=20, base_year=2006),
        _ex("The queen's 70th jubilee will be celebrated with a pageant.", published=D2026, source=_D2,
            phrase="The queen's 70th jubilee", ordinal=70, year=2026, base_year=1956),
        _ex("The prince arrives in Belize for a jubilee tour of the Caribbean.", published=D2026, source=_D2,
            phrase="jubilee", ordinal=None, year=2026),
        _ex("The two navies sailed together in commemoration of 30 years of diplomatic relations.",
            published=D2026, source=_D2, phrase="30 years of diplomatic relations", ordinal=30, base_year=1996),
        _ex("Leaders raised a glass in celebration of 75 years of the alliance.", published=D2026,
            phrase="75 years of the alliance", ordinal=75, base_year=1951),
        _ex("Happy birthday to the coast guard and your 230 years of service!", published=D2026, source=_D2,
            phrase="230 years of service", ordinal=230, year=2026, base_year=1796),
        _ex("78 years ago, the charter of the organisation came into force.", published=D2026, source=_D2,
            phrase="78 years ago", ordinal=78, year=2026, base_year=1948),
        _ex("Exactly 40 years ago, the reactor exploded.", published=D2026,
            phrase="40 years ago", ordinal=40, year=2026, base_year=1986),
        _ex("The city remembers the flood that struck 25 years ago today.", published=D2026,
            phrase="25 years ago", ordinal=25, year=2026, base_year=2001),
        _ex("Thirty years ago this week, the wall came down.", published=D2026,
            phrase="Thirty years ago", ordinal=30, year=2026, base_year=1996),
        _ex("A century ago today, the guns fell silent on the front.", published=dt.date(2018, 11, 11),
            phrase="A century ago", ordinal=100, year=2018, base_year=1918),
        _ex("Two decades ago, the currency was born.", published=D2026,
            phrase="Two decades ago", ordinal=20, year=2026, base_year=2006),
        _ex("One year ago today, the ceasefire took hold.", published=D2026,
            phrase="One year ago", ordinal=1, year=2026, base_year=2025),
        _ex("Remembering the city, 70 years on.", published=D2026,
            phrase="70 years on", ordinal=70, year=2026, base_year=1956),
        _ex("The agency celebrates its 70th birthday this year.", published=D2026,
            phrase="70th birthday", ordinal=70, year=2026, base_year=1956),
        # The year of a date the sentence names, as the shared resolver reads it.
        _ex("Next month marks the 75th anniversary of the liberation of the camp.",
            published=dt.date(2019, 12, 20), phrase="75th anniversary of the liberation of the camp", ordinal=75,
            year=2020, base_year=1945, year_source="date"),
        _ex("Last month marked the 30th anniversary of the fall of the wall.", published=dt.date(2020, 1, 2),
            phrase="30th anniversary of the fall of the wall", ordinal=30, year=2019, base_year=1989),
        _ex("The summit in March will mark the 30th anniversary of the treaty.", published=dt.date(2026, 11, 20),
            phrase="30th anniversary of the treaty", ordinal=30, year=2027, base_year=1997,
            note="a future March in a November story is next year's"),
        _ex("SEOUL, Jan. 2 (Yonhap) -- He will visit the site to mark the centennial anniversary of its founding.",
            published=dt.date(2026, 1, 2), phrase="centennial anniversary of its founding", ordinal=100, year=2026,
            note="the dateline's date is no date of the sentence: it stands in a clause of its own"),
        _ex("We look forward to celebrating 100 years of independence, concluding on November 18.",
            published=dt.date(2018, 2, 24), source=_D2, phrase="100 years of independence", ordinal=100,
            year=2018, base_year=1918, note="'look forward to' points forwards"),
        _ex("Ten years on, the city has recovered from the quake.", published=D2026,
            phrase="Ten years on", ordinal=10, year=2026, base_year=2016),
        _ex("Two years after the invasion, the country fights on.", published=D2026, source=_D2,
            phrase="Two years after the invasion", ordinal=2, year=2026, base_year=2024),
        _ex("Celebrating 60 years of partnership with Kenya.", published=D2026, source=_D2,
            phrase="60 years of partnership with Kenya", ordinal=60, year=2026, base_year=1966),
        _ex("75 years of security, support and solidarity. The alliance is stronger than ever.", published=D2026,
            source=_D2, phrase="75 years of security", ordinal=75, year=2026, base_year=1951),
        _ex("Happy 249th birthday to the @USArmy!", published=dt.date(2024, 6, 14), source=_D2,
            phrase="249th birthday", ordinal=249, year=2024, base_year=1775),
        _ex("For 61 years the agency has worked with partners around the world. Happy anniversary.",
            published=dt.date(2022, 11, 3), source=_D2, phrase="anniversary", ordinal=61, year=2022,
            base_year=1961, note="a bare anniversary takes the count said just before"),
        # numbers as typed
        _ex("The city celebrated the 60 th anniversary of its founding.", published=D2026,
            phrase="60 th anniversary of its founding", ordinal=60, year=2026, base_year=1966),
        _ex("The school marks its 35 anniversary this week.", published=D2026,
            phrase="35 anniversary", ordinal=35, year=2026, base_year=1991),
        _ex("Monks marked the 2,600th anniversary of the temple.", published=D2026,
            phrase="2,600th anniversary of the temple", ordinal=2600, year=2026),
        _ex("Crowds marked the July 4 anniversary with fireworks.", published=D2026,
            phrase="anniversary", ordinal=None, note="a number after a month is a day"),
        _ex("Planning began for the 2019 anniversary celebrations.", published=D2026,
            phrase="anniversary", ordinal=None, note="a bare four-digit number is a year"),
        # a verb between the phrase and its year; the event's year written before the phrase; a life's span
        _ex("The queen's golden jubilee was marked in 2002.", published=D2026,
            phrase="The queen's golden jubilee", ordinal=50, year=2002, base_year=1952),
        _ex("USAID, founded in 1961, celebrated its anniversary on Friday.", published=D2026, source=_D2,
            phrase="anniversary", ordinal=None, year=2026, base_year=1961),
        _ex("The agency, founded on Nov. 3, 1961, marked its 60th anniversary.", published=D2026,
            phrase="60th anniversary", ordinal=60, year=2021, base_year=1961),
        _ex("The centenary of the birth of the poet (1926-2001) was marked in Hanoi.", published=D2026,
            phrase="centenary of the birth of the poet", ordinal=100, year=2026, base_year=1926),
        _ex("Writers marked the 25th anniversary of the death of the poet (1926-2001).", published=D2026,
            phrase="25th anniversary of the death of the poet", ordinal=25, year=2026, base_year=2001),
        _ex("The Republic's 75th anniversary falls in 2024, officials said.", published=D2023,
            phrase="The Republic's 75th anniversary", ordinal=75, year=2024, base_year=1949),
        # spans of decades and centuries; "N years on from"; "A year after ..." with a present main clause
        _ex("Preparations for the 75th-anniversary celebrations are under way.", published=D2026,
            phrase="75th-anniversary", ordinal=75, year=2026, base_year=1951),
        _ex("Two decades since the invasion, the country is still rebuilding.", published=D2026,
            phrase="Two decades since the invasion", ordinal=20, year=2026, base_year=2006),
        _ex("This year marks three decades since the fall of the Soviet Union.", published=D2026,
            phrase="three decades since the fall of the Soviet Union", ordinal=30, year=2026, base_year=1996),
        _ex("It has been a quarter century since the war ended.", published=D2026,
            phrase="a quarter century since the war ended", ordinal=25, year=2026, base_year=2001),
        _ex("Half a century since the coup, the country remembers its dead.", published=D2026,
            phrase="Half a century since the coup", ordinal=50, year=2026, base_year=1976),
        _ex("The summit comes a decade after the Paris accord.", published=D2026,
            phrase="a decade after the Paris accord", ordinal=10, year=2026, base_year=2016),
        _ex("A year after the invasion, Kyiv stands defiant.", published=D2023, source=_RSS,
            phrase="A year after the invasion", ordinal=1, year=2023, base_year=2022),
        _ex("Five years on from the blast, Beirut still waits for justice.", published=D2026,
            phrase="Five years on", ordinal=5, year=2026, base_year=2021),
        # an institution's age: "turns N"
        _ex("The United Nations turns 80 this year.", published=dt.date(2025, 6, 26),
            phrase="The United Nations turns 80", ordinal=80, subject="The United Nations", year=2025,
            base_year=1945),
        _ex("NATO turns 75: what next for the alliance?", published=dt.date(2024, 4, 4), source=_D2,
            phrase="NATO turns 75", ordinal=75, year=2024, base_year=1949),
        _ex("As the alliance turned 70 last year, leaders met in London.", published=D2026,
            phrase="the alliance turned 70", ordinal=70, year=2025, base_year=1955),
        _ex("The BBC World Service turns 100 in 2032.", published=D2026,
            phrase="The BBC World Service turns 100", ordinal=100, year=2032, base_year=1932),
        # a count given by a headline's "at N" or a hashtag, for a bare anniversary
        _ex("The festival at 40: an anniversary in pictures", published=D2026, source=_D2,
            phrase="anniversary", ordinal=40, year=2026, base_year=1986),
        _ex("Happy anniversary to our volunteers around the world! #PeaceCorps65", published=D2026, source=_D2,
            phrase="anniversary", ordinal=65, year=2026, base_year=1961),
        # a metal before "anniversary", as before "jubilee"
        _ex("The two nations celebrate their golden anniversary of diplomatic ties this year.", published=D2026,
            phrase="golden anniversary of diplomatic ties", ordinal=50, year=2026, base_year=1976),
        _ex("The embassy will host a reception to mark the silver anniversary of the partnership.", published=D2026,
            phrase="silver anniversary of the partnership", ordinal=25, year=2026, base_year=2001),
        _ex("The country marked the diamond anniversary of its independence on Tuesday.", published=D2026,
            phrase="diamond anniversary of its independence", ordinal=60, year=2026, base_year=1966),
        _ex("The couple celebrated their ruby wedding anniversary last year.", published=D2026,
            phrase="ruby wedding anniversary", ordinal=40, year=2025, base_year=1985),
        # more named counts: 250, 300, 400
        _ex("The republic celebrates its semiquincentennial with fireworks.", published=D2026,
            phrase="semiquincentennial", ordinal=250, year=2026, base_year=1776),
        _ex("The city kicked off its tricentennial celebrations on Friday.", published=D2026,
            phrase="tricentennial", ordinal=300, year=2026, base_year=1726),
        _ex("The town marks the quadricentennial of its charter.", published=D2026,
            phrase="quadricentennial of its charter", ordinal=400, year=2026, base_year=1626),
        # a count said at length: "to the day", "have passed since"
        _ex("Fifty years to the day since the first landing, crowds gathered at the Cape.", published=D2026,
            phrase="Fifty years to the day since the first landing", ordinal=50, year=2026, base_year=1976),
        _ex("It is 30 years to the day since the treaty was signed.", published=D2026,
            phrase="30 years to the day since the treaty was signed", ordinal=30, year=2026, base_year=1996),
        _ex("Europe remembers the war's end 80 years to the day after the surrender.", published=D2026,
            phrase="80 years to the day after the surrender", ordinal=80, year=2026, base_year=1946),
        _ex("Thirty years have passed since the Soviet Union collapsed.", published=D2026,
            phrase="Thirty years have passed since the Soviet Union collapsed", ordinal=30, year=2026,
            base_year=1996),
        _ex("Two decades have gone by since the accord, and peace holds.", published=D2026,
            phrase="Two decades have gone by since the accord", ordinal=20, year=2026, base_year=2006),
        _ex("A year has passed since the explosion in the port.", published=D2026,
            phrase="A year has passed since the explosion in the port", ordinal=1, year=2026, base_year=2025),
        # any one word between the number and "anniversary"; "first-year"
        _ex("Hong Kong marks 23rd handover anniversary under new law", published=D2026,
            phrase="23rd handover anniversary", ordinal=23, year=2026, base_year=2003),
        _ex("The party held a rally for its 40th election anniversary.", published=D2026,
            phrase="40th election anniversary", ordinal=40, year=2026, base_year=1986),
        _ex("On the first-year anniversary of the coup, protesters marched.", published=D2026,
            phrase="first-year anniversary of the coup", ordinal=1, year=2026, base_year=2025),
        # decades and a century of a bond, celebrated
        _ex("The two countries celebrate three decades of diplomatic relations.", published=D2026,
            phrase="three decades of diplomatic relations", ordinal=30, year=2026, base_year=1996),
        _ex("We mark half a century of friendship between our peoples.", published=D2026,
            phrase="half a century of friendship between our peoples", ordinal=50, year=2026, base_year=1976),
        _ex("Five decades of partnership. Here's to many more!", published=D2026,
            phrase="Five decades of partnership", ordinal=50, year=2026, base_year=1976),
        # "on N years of <bond>" in a congratulation
        _ex("Congratulations to the Philippines on 120 years of independence!", published=dt.date(2018, 6, 12),
            phrase="120 years of independence", ordinal=120, year=2018, base_year=1898),
        _ex("Happy National Day! We congratulate you on 30 years of democracy.", published=D2026,
            phrase="30 years of democracy", ordinal=30, year=2026, base_year=1996),
        # a headline's topic before a colon; "On this day N years ago"; "A hundred years"
        _ex("Nuremberg trials: 80 years on, the legacy endures", published=D2026,
            phrase="80 years on", ordinal=80, year=2026, base_year=1946),
        _ex("9/11: Twenty years on, a nation remembers", published=dt.date(2021, 9, 11),
            phrase="Twenty years on", ordinal=20, year=2021, base_year=2001),
        _ex("On this day 70 years ago, the atomic bomb was dropped on Hiroshima.", published=dt.date(2015, 8, 6),
            phrase="70 years ago", ordinal=70, year=2015, base_year=1945),
        _ex("A hundred years after the guns fell silent, leaders gather in Paris.", published=dt.date(2018, 11, 11),
            phrase="A hundred years after the guns", ordinal=100, year=2018, base_year=1918),
        # a year word dates the phrase only from its own clause, the sentence's opening or a relative clause
        # after it; a comparison ("from last year", "unlike last year's") dates nothing
        _ex("Singapore, which marked the 55th anniversary of its independence on Sunday, saw its economy shrink "
            "sharply from last year.", published=dt.date(2020, 8, 10),
            phrase="55th anniversary of its independence", ordinal=55, year=2020, base_year=1965),
        _ex("The 55th anniversary of independence comes as the economy contracts, after growth slowed last year.",
            published=dt.date(2020, 8, 10), phrase="55th anniversary of independence", ordinal=55, year=2020,
            base_year=1965),
        _ex("The ceremony for the 70th anniversary of the war was scaled down, unlike last year's event.",
            published=dt.date(2020, 6, 25), phrase="70th anniversary of the war", ordinal=70, year=2020,
            base_year=1950),
        _ex("Celebrations for the 75th anniversary of VE Day, which had been planned since last year, were "
            "cancelled.", published=dt.date(2020, 5, 20), phrase="75th anniversary of VE Day", ordinal=75, year=2020,
            base_year=1945),
        _ex("Last year, the world marked the 75th anniversary of the end of the war.", published=dt.date(2021, 1, 5),
            phrase="75th anniversary of the end of the war", ordinal=75, year=2020, base_year=1945),
        _ex("The 30th anniversary of the ties, which falls next year, will be marked in both capitals.",
            published=D2026, phrase="30th anniversary of the ties", ordinal=30, year=2027, base_year=1997),
        # "in YYYY" before the phrase inside a relative clause of its own dates something else
        _ex("The prime minister, who took office in 2012, attended the 75th anniversary ceremony.",
            published=dt.date(2020, 8, 15), phrase="75th anniversary", ordinal=75, year=2020, base_year=1945),
        _ex("In 1940, the empire celebrated the 2,600th anniversary of its founding.", published=D2026,
            phrase="2,600th anniversary of its founding", ordinal=2600, year=1940),
        # a short date opening the sentence frames it; a month closing the subject is the anniversary's month
        _ex("Last month, the country celebrated the 75th anniversary of its independence.",
            published=dt.date(2023, 1, 10), phrase="75th anniversary of its independence", ordinal=75, year=2022,
            base_year=1947),
        _ex("On Tuesday, the city marked the 30th anniversary of the flood.", published=dt.date(2023, 1, 5),
            phrase="30th anniversary of the flood", ordinal=30, year=2023, base_year=1993),
        _ex("The country celebrated the 70th anniversary of its entry into the war in October.",
            published=dt.date(2021, 1, 2), phrase="70th anniversary of its entry into the war in October",
            ordinal=70, year=2020, base_year=1950),
        # a nation's birthday and age, not a person's
        _ex("Fireworks lit the sky for Singapore's 55th birthday on Sunday.", published=dt.date(2020, 8, 10),
            phrase="Singapore's 55th birthday", ordinal=55, year=2020, base_year=1965),
        _ex("Happy 70th birthday, #Israel!", published=dt.date(2018, 4, 19), source=_D2,
            phrase="70th birthday", ordinal=70, year=2018, base_year=1948),
        _ex("Happy 245th birthday to the United States!", published=dt.date(2021, 7, 4), source=_D2,
            phrase="245th birthday", ordinal=245, year=2021, base_year=1776),
        _ex("Singapore turns 55 on Sunday.", published=dt.date(2020, 8, 6),
            phrase="Singapore turns 55", ordinal=55, year=2020, base_year=1965),
        # two anniversaries joined by "and": the second ends the first one's subject
        _ex("This year marks the 30th anniversary of relations and the 25th anniversary of the treaty.",
            published=D2026, phrase="25th anniversary of the treaty", ordinal=25, year=2026, base_year=2001, count=2),
        _ex("We mark the 80th anniversary of the UN and the 77th anniversary of NATO.", published=D2026,
            phrase="80th anniversary of the UN", ordinal=80, year=2026, base_year=1946, count=2),
        _ex("It has been 70 years since the founding of the alliance and the 75th anniversary of the UN is near.",
            published=dt.date(2020, 6, 1), phrase="70 years since the founding of the alliance", ordinal=70,
            year=2020, base_year=1950, count=2),
        # a bare count after a commemorating verb; an age "N years strong" in a line that celebrates
        _ex("Established in 1975, the partnership celebrates 45 years this week.", published=dt.date(2020, 6, 12),
            phrase="45 years", ordinal=45, year=2020, base_year=1975),
        _ex("The alliance celebrates 75 years!", published=D2026, source=_D2,
            phrase="75 years", ordinal=75, year=2026, base_year=1951),
        _ex("The club celebrated 100 years with a parade last year.", published=D2026,
            phrase="100 years", ordinal=100, year=2025, base_year=1925),
        _ex("Happy birthday to the @USArmy, 250 years strong!", published=dt.date(2025, 6, 14), source=_D2,
            phrase="250 years strong", ordinal=250, year=2025, base_year=1775),
        _ex("Celebrating 70 years strong! #NATO", published=dt.date(2019, 4, 4), source=_D2,
            phrase="70 years strong", ordinal=70, year=2019, base_year=1949),
        # "Today, N years ago," and "Exactly one year ago,"
        _ex("Today, 77 years ago, the camp was liberated.", published=dt.date(2022, 1, 27),
            phrase="77 years ago", ordinal=77, year=2022, base_year=1945),
        _ex("Exactly one year ago, the invasion began.", published=D2023,
            phrase="one year ago", ordinal=1, year=2023, base_year=2022),
        # "was founded N years ago": the age of a foundation
        _ex("The People's Republic was founded 73 years ago.", published=dt.date(2022, 10, 1),
            phrase="73 years ago", ordinal=73, year=2022, base_year=1949),
        _ex("The alliance was established seven decades ago to keep the peace.", published=D2026,
            phrase="seven decades ago", ordinal=70, year=2026, base_year=1956),
        # a year written later in the phrase's clause, or in a clause right after it that tells of it
        _ex("The alliance held its 50th anniversary summit in Washington in 1999.", published=dt.date(2019, 4, 4),
            phrase="50th anniversary", ordinal=50, year=1999, base_year=1949),
        _ex("The 25th anniversary of the genocide was commemorated across the country in April 2019.",
            published=dt.date(2020, 3, 1), phrase="25th anniversary of the genocide", ordinal=25, year=2019,
            base_year=1994),
        _ex("The exhibit opened for the 40th anniversary of the program at the museum in 2018.",
            published=dt.date(2021, 5, 1), phrase="40th anniversary of the program", ordinal=40, year=2018,
            base_year=1978),
        _ex("The 10th anniversary celebrations, held at the embassy in 2019, drew hundreds.",
            published=dt.date(2022, 8, 1), phrase="10th anniversary", ordinal=10, year=2019, base_year=2009),
        _ex("Veterans returned to Normandy in June 2019 for the 75th anniversary of D-Day.",
            published=dt.date(2020, 5, 1), phrase="75th anniversary of D-Day", ordinal=75, year=2019,
            base_year=1944),
        _ex("The 30th anniversary of the fall of the Wall in November 2019 drew crowds.",
            published=dt.date(2020, 5, 1), phrase="30th anniversary of the fall of the Wall in November 2019",
            ordinal=30, year=2019, base_year=1989),
        # "this anniversary", "... of this tragedy": the year the sentence before gives is the event's; a dated
        # sentence before, in an earlier year, tells of the event; "annually" names no one year
        _ex("On April 25, 2016, an earthquake struck the region. On the anniversary of this tragedy, we remember "
            "the victims.", published=dt.date(2017, 4, 25), source=_D2, phrase="anniversary of this tragedy",
            ordinal=None, year=2017, base_year=2016),
        _ex("In November 2014, protesters filled the square. Today, on the anniversary of those protests, we stand "
            "with them.", published=dt.date(2019, 11, 20), phrase="anniversary of those protests", ordinal=None,
            year=2019, base_year=2014),
        _ex("Many cherish the memory of the city's liberation in May 1945. Its citizens celebrate this anniversary "
            "annually.", published=D2026, source=_D2, phrase="anniversary", ordinal=None, year=None, base_year=1945),
        _ex("The anniversary of the revolution is celebrated every year on March 15.", published=D2026,
            phrase="anniversary of the revolution", ordinal=None, year=None, base_year=None),
        _ex("The party marks its 40th anniversary of the founding, which was in 1986, with a rally.",
            published=D2026, phrase="40th anniversary of the founding", ordinal=40, year=2026, base_year=1986,
            note="a year that counts to the story's year is the event's"),
        # "anniv.": the abbreviation of headlines and posts short of room
        _ex("NATO's 72nd anniv. is a reminder of what unites us.", published=dt.date(2021, 4, 4),
            phrase="NATO's 72nd anniv.", ordinal=72, subject="NATO", year=2021, base_year=1949),
        _ex("Envoys gathered for the 30th anniv. of the peace accord.", published=D2026,
            phrase="30th anniv. of the peace accord", ordinal=30, subject="the peace accord", year=2026,
            base_year=1996),
        _ex("The 40th Anniv. of the Treaty: a look back", published=D2026, phrase="40th Anniv. of the Treaty",
            ordinal=40, year=2026, base_year=1986),
        # "the Nth and final|last anniversary": the count still belongs to the anniversary
        _ex("This is the 10th and final anniversary the committee will mark.", published=D2026,
            phrase="10th and final anniversary", ordinal=10, year=2026, base_year=2016),
        _ex("Veterans gathered for the 75th and last anniversary of the landings.",
            published=D2026, phrase="75th and last anniversary of the landings", ordinal=75, year=2026,
            base_year=1951),
        # coordinated counts: "the 70th and 75th anniversaries of ...", one anniversary per count
        _ex("The two leaders marked the 70th and 75th anniversaries of the treaties.", published=D2026,
            phrase="70th and 75th anniversaries of the treaties", ordinal=70, subject="the treaties", year=2026,
            base_year=1956, count=2),
        _ex("This year marks the 20th, 25th and 30th anniversaries of the three summits.", published=D2026,
            phrase="20th, 25th and 30th anniversaries of the three summits", ordinal=20, year=2026,
            base_year=2006, count=3),
        _ex("Celebrations for the first and second anniversaries of the accords were held in May.",
            published=D2026, phrase="first and second anniversaries of the accords", ordinal=1, count=2),
        # "the Nth National|Independence|Victory Day": a yearly day that marks one founding event
        _ex("Happy 243rd Independence Day, America!", published=dt.date(2019, 7, 4), source=_D2,
            phrase="243rd Independence Day", ordinal=243, year=2019, base_year=1776, event="independence"),
        _ex("Singapore celebrates its 55th National Day on Sunday amid the pandemic.", published=dt.date(2020, 8, 6),
            phrase="55th National Day", ordinal=55, subject="Singapore", year=2020, base_year=1965),
        _ex("Troops rehearsed for the 75th Victory Day parade in Moscow.", published=dt.date(2020, 5, 5),
            phrase="75th Victory Day", ordinal=75, year=2020, base_year=1945, event="victory"),
        _ex("China's 70th National Day falls on Tuesday.", published=dt.date(2019, 9, 28),
            phrase="China's 70th National Day", ordinal=70, subject="China", year=2019, base_year=1949),
        # a headline's "<institution> at N:" and its hashtag "#NATOat70": the institution's age
        _ex("NATO at 70: still the bedrock of transatlantic security", published=dt.date(2019, 4, 4), source=_D2,
            phrase="NATO at 70", ordinal=70, subject="NATO", year=2019, base_year=1949),
        _ex("The BBC at 100: a century of public broadcasting", published=dt.date(2022, 10, 18),
            phrase="The BBC at 100", ordinal=100, subject="The BBC", year=2022, base_year=1922),
        _ex("Analysis: The UN at 75 \u2013 what next for multilateralism?", published=dt.date(2020, 6, 26),
            phrase="The UN at 75", ordinal=75, year=2020, base_year=1945),
        _ex("#NATOat70 Allies reaffirmed their commitment to collective defence.", published=dt.date(2019, 4, 4),
            source=_D2, phrase="#NATOat70", ordinal=70, subject="NATO", year=2019, base_year=1949),
        _ex("#NATOat70: Today we celebrate the 70th anniversary of the Washington Treaty.",
            published=dt.date(2019, 4, 4), source=_D2, phrase="70th anniversary of the Washington Treaty",
            ordinal=70, year=2019, base_year=1949, count=1, note="the tag restates the phrase: the phrase is kept"),
    ),
    negative=(
        _no("Under the deal, American Centennial will receive a cash infusion.", D1987, _R87, "a company"),
        _no("It agreed to sell its American Centennial Insurance Co unit.", D1987, _R87, "a company"),
        _no("The shares were issued in the acquisition of Centennial Group Inc.", D1987, _R87, "a company"),
        _no("Your Oct. 23 Centennial Journal item was a fine read.", dt.date(1989, 11, 1), _TB, "a series name"),
        _no("Crowds gathered in Centennial Park for the concert.", note="a place"),
        _no("Pilgrims are expected in Rome for the Jubilee Year.", note="a holy year, not an anniversary"),
        _no("Traffic was diverted over the Golden Jubilee Bridge.", note="a bridge"),
        _no("The talks resume on the 25th of March.", note="a day of the month"),
        _no("Her office is on the 25th floor of the tower.", note="a floor"),
        _no("It has been a number of years since the index gave good signals.", D1987, _R87, "no number"),
        _no("It's been years since the two sides last met.", D2023, _RSS, "no number"),
        _no("This was the first major release since the company's update in 2017.", D2023, _RSS,
            "'since' without years"),
        _no("After 30 years of war the country is in ruins.", note="'years of' without a commemorating verb"),
        _no("He was jailed 30 years after the coup.", note="'years after' without an anniversary verb"),
        _no("The Five-Year Plan period begins this year.", note="year words alone"),
        _no("", note="empty"),
        _no("Today, on the one-month anniversary of the protests, the envoy spoke.", note="a month, not years"),
        _no("The 100-day anniversary of the government passed quietly.", note="days, not years"),
        _no("Fans queued for the six-week anniversary screening.", note="weeks, not years"),
        _no("Trains on the Jubilee line were suspended.", note="a name: 'Jubilee' capitalised"),
        _no("The Jubilee 2000 campaign sought debt relief.", note="a campaign's name"),
        _no("Afghanistan and its 20 years of war left scars.", note="a possessive count with nothing celebrated"),
        _no("He left the ministry three years ago.", note="'N years ago' inside a clause dates, not commemorates"),
        _no("Sales rose, compared with 10 years ago, the report said.", note="not at a sentence's start"),
        _no("Thirty years of war destroyed the economy.", note="a count of something not celebrated"),
        _no("He stayed ten years on the island.", note="'years on' inside a clause"),
        _no("A year ago, he was elected mayor.", note="one year back, opening a sentence: a date"),
        _no("Sales rose from a year ago, the firm said.", note="a comparison"),
        _no("He celebrated his 80th birthday in Plains.", note="a person's birthday"),
        _no("The Anniversary Ball committee met on Monday.", note="a name: 'Anniversary' before a capital"),
        _no("A year after the coup, the junta tightened its grip.", note="'N years after' told in the past"),
        _no("Two years after the election he resigned.", note="'N years after' told in the past"),
        _no("The president turned 70 on Saturday.", note="a person's age"),
        _no("Putin turns 70 next week.", note="a person's age"),
        _no("The index turned 5 percent higher.", note="an amount"),
        _no("She was appointed at 50 after a long career.", note="'at 50' without an anniversary"),
        _no("He served the firm for a quarter century.", note="a duration, no 'since'"),
        _no("The Golden Anniversary Ball is sold out.", note="a name: metal and 'Anniversary' before a capital"),
        _no("Crowds filled Tricentennial Park on Sunday.", note="a place"),
        _no("She died two years to the day after her husband.", note="'to the day after' in a life told in the past"),
        _no("Three weeks have passed since the vote.", note="weeks, not years"),
        _no("Three decades of war left the country in ruins.", note="decades of something not celebrated"),
        _no("It took two decades of work to finish the bridge.", note="a duration of work"),
        _no("He reflected on 30 years of service.", note="'on N years of' with nothing celebrated"),
        _no("The firm celebrated a year of growth.", note="'a year of': a period, not a count from an event"),
        _no("Update: two years after the vote, he resigned.", note="after a colon, still a story told in the past"),
        _no("Happy 80th birthday, Jimmy!", note="a person's birthday"),
        _no("Jordan turns 30 next week.", note="a country's name that is also a person's"),
        _no("Kim's 37th birthday passed quietly.", note="a person's birthday"),
        _no("He spent 20 years in prison.", note="a bare count without a commemorating verb"),
        _no("The president marked two years in office on Monday.", note="years in office: a tenure, not an event"),
        _no("The firm is 20 years young and growing.", note="'years young' with nothing celebrated"),
        _no("We celebrated a year together.", note="'a year': a period"),
        _no("He was born 30 years ago in Paris.", note="a person's age"),
        _no("Happy National Day, Singapore!", note="a holiday without a count"),
        _no("The National Day Parade was scaled down this year.", note="a holiday's name"),
        _no("The Anniv. Gala is on Friday.", note="a name: 'Anniv.' before a capital"),
        _no("Brent at 100: what it means for drivers", note="a price in a headline, not an institution's age"),
        _no("Elizabeth at 90: a life in pictures", note="a person's age"),
        _no("The index stood at 70: a record high.", note="an amount in running text"),
        _no("Meet us at 10: coffee will be served.", note="a time"),
        _no("The meeting starts at 10:30 today.", note="a clock time"),
        _no("#MeetAt10 for coffee with the team.", note="a hashtag with a time"),
        _no("The company was founded a year ago.", note="'a year ago': a date"),
    ),
    known_failures=(
        _ex("Speech devoted to first anniversary of invasion Latest updates The president spoke on the one-year "
            "anniversary of the war.", published=D2023, phrase="one-year anniversary of the war", ordinal=1, count=1,
            note="headline and body name one anniversary; the merge keeps the first mention, not the fuller one"),
    ),
)
