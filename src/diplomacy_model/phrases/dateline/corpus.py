"""Datelines as data: what ``find_dateline`` must give for each article opening.

``expected`` maps :class:`~diplomacy_model.model.Dateline` attributes to their
values; ``span`` is written ``(start, end)`` and ``date`` as an ISO string (or
``None``). Attributes not listed are not checked. ``published`` is passed to
the finder. Provenance: ``seed`` (the seed article), ``hand`` (written for this
corpus), or ``modelled on ...`` (a form seen in the development data, with
other places, dates and words).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...model import Dateline
from .._engine import Corpus, Example

__all__ = ["SEED_STYLE_AGENCIES", "corpus", "observed"]

_REUTERS = "modelled on Reuters 1987 dev data"
_XINHUA = "modelled on Xinhua"
_AFP = "modelled on AFP"
_AP = "modelled on AP"
_YONHAP = "modelled on Yonhap"
_KREMLIN = "modelled on Kremlin readouts"
_TASS = "modelled on TASS"
_SOUTH_ASIA = "modelled on Pakistani and Indian agencies (APP, PID, PTI)"
_CREDIT = "modelled on credit lines of 2004 world news feeds (CP, AP, AFP, Reuters)"
_CNN = "modelled on CNN"
_CRAWL = "modelled on crawled news pages"
_INTERFAX = "modelled on Interfax"
_ANI = "modelled on ANI"
_GULF = "modelled on IRNA and SPA"
_KYODO = "modelled on Kyodo"
_ANSA = "modelled on ANSA"
_BLOOMBERG = "modelled on Bloomberg"
_INDIA = "modelled on Indian newspapers"
_ANADOLU = "modelled on Anadolu Agency pages"
_OFFICE = "modelled on government press offices"
_D25 = dt.date(2025, 2, 12)
_D87 = dt.date(1987, 3, 4)
_D26 = dt.date(2026, 2, 5)


def _ex(
    text: str, published: dt.date | None = None, source: str = "hand", note: str = "", **expected: Any
) -> Example:
    return Example(text=text, expected=expected, published=published, source=source, note=note)


def _span(text: str, dateline: str) -> tuple[int, int]:
    start = text.index(dateline)
    return (start, start + len(dateline))


_SEED = " date 2026-02-05 BEIJING, China, Feb 5 \u2014 President Xi Jinping underlined on Wednesday the need"

_EXAMPLES: tuple[Example, ...] = (
    # --- the seed: a metadata header on the same line gives the year ----------
    _ex(_SEED, None, "seed", "header year; the span starts at the city",
        city="Beijing", region=None, country="CN", country_source="text", month=2, day=5, year=2026,
        date="2026-02-05", agency=None, year_source="header", span=_span(_SEED, "BEIJING, China, Feb 5 \u2014")),
    # --- Reuters 1987 -----------------------------------------------------------
    _ex("    LITTLE ROCK, Ark., March 3 - Alltel Corp said it agreed", _D87, _REUTERS,
        city="Little Rock", region="Ark.", country=None, date="1987-03-03", year_source="published", span=(4, 32)),
    _ex("    HOUSTON, March 4 -\n    Pennzoil Co said", _D87, _REUTERS, city="Houston", region=None,
        date="1987-03-04", span=(4, 22)),
    _ex("    RIO DE JANEIRO, March 2 - Brazil's coffee exports", _D87, _REUTERS, city="Rio de Janeiro",
        date="1987-03-02"),
    _ex("    ST. LOUIS, Mo., Feb 26 - Ralston Purina said", _D87, _REUTERS, city="St. Louis", region="Mo.",
        date="1987-02-26"),
    _ex("    MINNEAPOLIS, MINN., March 3 -\n    General Mills said", _D87, _REUTERS, "shouted state calmed",
        city="Minneapolis", region="Minn."),
    _ex("    BONN, West Germany, March 2 - The Bundesbank said", _D87, _REUTERS, "historical country name",
        city="Bonn", country="DE", country_source="text"),
    _ex("    WELLINGTON, New Zealand, March 5 - The central bank", _D87, _REUTERS, city="Wellington", country="NZ"),
    _ex("    VANCOUVER, British Columbia, March 2 -\n    Placer said", _D87, _REUTERS, city="Vancouver",
        region="British Columbia", country=None),
    _ex("    FARMINGTON, Conn., FEb 26 - Heublein said", _D87, _REUTERS, "mixed-case month", month=2, day=26),
    _ex("    ALBANY, N.Y., Marc 3 - State officials", _D87, _REUTERS, "month typo", month=3, day=3),
    _ex("    RENO, Nev., Mach 2 - Circus said", _D87, _REUTERS, "month typo", month=3, day=2),
    _ex("    IRVINE, Claif., March 2 - Western Digital said", _D87, _REUTERS, "swapped letters in the state",
        city="Irvine", region="Calif."),
    _ex("    SALEM,M Ore., March 4 - The state utility said", _D87, _REUTERS, "a stray key before the state",
        city="Salem", region="Ore.", place_country="US", date="1987-03-04"),
    _ex("    DAYTON,K Ohio, March 2 - Mead Corp said", _D87, _REUTERS, "a stray key before the state",
        city="Dayton", region="Ohio"),
    _ex("    BELFAST, N Ireland, March 3 - The shipyard said", _D87, _REUTERS,
        "a letter that is no stray key stays with the region", city="Belfast", region="N Ireland"),
    _ex("    ROSEMONT, Ill., Macrh 2 - Household said", _D87, _REUTERS, "transposed month", month=3, day=2),
    _ex("    BELGRADE, March 2O - Yugoslavia said", dt.date(1987, 3, 20), _REUTERS, "letter O for zero",
        day=20, date="1987-03-20"),
    _ex("    ROME, April l - Italy's treasury", dt.date(1987, 4, 1), _REUTERS, "letter l for one", day=1),
    _ex("    BOSTON, March 187 - Gillette said", dt.date(1987, 3, 18), _REUTERS,
        "a stray digit: the publication day decides", day=18, date="1987-03-18"),
    _ex("    AMSTERDAM, 2 March - Dutch money market", _D87, _REUTERS, "day before month", month=3, day=2),
    _ex("    BUENOS AIRES, ABR 7 - Argentina's grain", dt.date(1987, 4, 7), _REUTERS, "Spanish month",
        city="Buenos Aires", month=4, day=7),
    _ex("    WASHINGTON, March 2, Reuter - The Treasury", _D87, _REUTERS, city="Washington", agency="Reuter"),
    _ex("    JOHANNESBURG March 3 -\n    Gold output", _D87, _REUTERS, "no comma after the city",
        city="Johannesburg", month=3, day=3),
    _ex("    RICHMOND, Va. March 3 -\n    Reynolds said", _D87, _REUTERS, "no comma after the state",
        city="Richmond", region="Va.", day=3),
    _ex("    FARMINGTON Conn., March 3 - Otis said", _D87, _REUTERS, "no comma after the city",
        city="Farmington", region="Conn."),
    _ex("    CHEVY CHASE, Md., - March 4 - GEICO said", _D87, _REUTERS, "a dash before the date",
        city="Chevy Chase", region="Md.", day=4),
    _ex("    ****SANTO DOMINGO, March 4 - Sugar", _D87, _REUTERS, "crawl debris", city="Santo Domingo",
        span=(8, 32)),
    _ex("c    CHICAGO, March 3 - Futures", _D87, _REUTERS, "a stray letter", city="Chicago", span=(5, 23)),
    _ex("    RPT --BONN, March 3 - Repeat", _D87, _REUTERS, "a repeat marker", city="Bonn"),
    _ex("    San jose, march 3 - Costa Rica's", _D87, _REUTERS, "lower case", city="San Jose", month=3),
    _ex("    TOKYO - Japan's trade surplus", _D87, _REUTERS, "no date", city="Tokyo", month=None,
        date=None, year=None, span=(4, 11)),
    _ex("    CALGARY, Alberta - Dome Petroleum", _D87, _REUTERS, "no date", city="Calgary", region="Alberta",
        month=None),
    _ex("    CHICAGO, April - Grain", dt.date(1987, 4, 1), _REUTERS, "a month and no day", month=4, day=None,
        date=None, year=1987),
    _ex("    MONTREAL, Feb 26-\n    Alcan", _D87, _REUTERS, "no space before the dash", day=26, span=(4, 21)),
    _ex("    NEW YORK, March 9 -- Stocks", _D87, _REUTERS, "double dash", span=(4, 24)),
    _ex("    DALLAS/FORT WORTH, Texas, March 3 - American", _D87, _REUTERS, city="Dallas/Fort Worth",
        region="Texas"),
    _ex("    FT. LAUDERDALE, Fla., March 3 - Citizens", _D87, _REUTERS, "Ft. is Fort", city="Fort Lauderdale"),
    _ex("    COEUR D'ALENE, Idaho, March 2 - Hecla", _D87, _REUTERS, city="Coeur d'Alene", region="Idaho"),
    _ex("    TAUPO, New Zealand, March 3, Reuter - Talks", _D87, _REUTERS, city="Taupo", country="NZ",
        agency="Reuter"),
    _ex("    GRONINGEN, the Netherlands, March 3 - Gas", _D87, _REUTERS, city="Groningen", country="NL"),
    # --- the gazetteer: the place's country, shared names, misspelt cities ------------
    _ex("    WASINGTON, March 13 - The Fed", dt.date(1987, 3, 13), _REUTERS,
        "a misspelt city with no state: corrected only to a city big enough to stand alone",
        city="Washington", city_as_written="WASINGTON", place_country="US", place_country_source="gazetteer"),
    _ex("    PITTSBRUGH, Pa., March 5 - USX said", dt.date(1987, 3, 5), _REUTERS,
        "one edit from a city of the written state", city="Pittsburgh", city_as_written="PITTSBRUGH",
        region="Pa.", place_country="US"),
    _ex("    NAUGATUK, Conn., March 4 - Uniroyal said", dt.date(1987, 3, 4), _REUTERS, "a small town of the state",
        city="Naugatuck", city_as_written="NAUGATUK", region="Conn."),
    _ex("    TUSTIN, Calif., March 2 - Toshiba America said", dt.date(1987, 3, 2), _REUTERS,
        "a real town is never corrected into a bigger one", city="Tustin", city_as_written=None,
        place_country="US"),
    _ex("    DARIEN, Conn., March 2 - Heublein said", dt.date(1987, 3, 2), _REUTERS,
        "a real town is never corrected into a bigger one", city="Darien", city_as_written=None),
    _ex("    PONCE, P.R., March 26 - Sugar", dt.date(1987, 3, 26), _REUTERS, "Puerto Rico as wire copy writes it",
        city="Ponce", region=None, country="PR", place_country="PR", place_country_source="text"),
    _ex("    PORT OF SPAIN, TRINIDAD, March 24 - Oil output", dt.date(1987, 3, 24), _REUTERS,
        city="Port of Spain", region=None, country="TT"),
    _ex("    NEW YORK, Louisville, Ky., March 11 - A Louisville firm", dt.date(1987, 3, 11), _REUTERS,
        "a company's home after the city: New York keeps its own country", city="New York", place_country="US"),
    _ex("PARIS, Texas, March 3 (AP) _ A grain elevator burned", _D26, _AP, "a shared name settled by the state",
        city="Paris", region="Texas", place_country="US", place_country_source="gazetteer"),
    _ex("PARIS, March 3 (AFP) - France said", _D26, _AFP, "a shared name, nothing written: the most populous",
        city="Paris", place_country="FR"),
    _ex("VICTORIA (CP) - British Columbia's finance minister tabled the budget", None, _CREDIT,
        "a national agency's bare shared name is at home (Hong Kong's Victoria is the most populous)",
        city="Victoria", agency="CP", place_country="CA"),
    _ex("Canadian Press - VICTORIA (CP) - The premier said the province will hold a referendum", None, _CREDIT,
        "a credit line, then a shared name: at home", city="Victoria", agency="CP", place_country="CA"),
    _ex("HYDERABAD, March 3 (APP) - Sindh's chief minister inaugurated a hospital", _D26, _SOUTH_ASIA,
        "Pakistan's agency: Sindh's Hyderabad, not India's bigger one", city="Hyderabad", agency="APP",
        place_country="PK"),
    _ex("HYDERABAD, March 3 (PTI) - Telangana's chief minister said", _D26, _SOUTH_ASIA,
        "India's agency: India's Hyderabad", city="Hyderabad", agency="PTI", place_country="IN"),
    _ex("LONDON (CP) - Canada's high commissioner met British ministers", None, _CREDIT,
        "a national capital abroad beats the agency's home namesake (London, Ont.)", city="London", agency="CP",
        place_country="GB"),
    _ex("VICTORIA, March 3 (Reuters) - Hong Kong shares fell", _D26, _REUTERS,
        "a global agency has no home: the most populous", city="Victoria", agency="Reuters", place_country="HK"),
    _ex("GOMA, Congo, March 3 (Reuters) - Rebels in eastern Congo", _D26, "modelled on Reuters Africa copy",
        "'Congo' names the country the town is in", city="Goma", country="CD", place_country="CD"),
    _ex("BRAZZAVILLE, Congo, March 3 (Reuters) - The government", _D26, "modelled on Reuters Africa copy",
        city="Brazzaville", country="CG", place_country="CG"),
    _ex("    KIEV, March 3 - Ukraine's grain", _D87, _REUTERS, "a wire name GeoNames spells otherwise",
        city="Kiev", place_country="UA", city_as_written=None),
    _ex("    BERNE, March 13 - The Swiss National Bank", dt.date(1987, 3, 13), _REUTERS,
        "the English name beats an American town's own name", city="Berne", place_country="CH"),
    _ex("    BOMBAY, March 18 - India's cotton", dt.date(1987, 3, 18), _REUTERS, city="Bombay", place_country="IN"),
    _ex("    BAHRAIN, March 2 - Gulf oil", _D87, _REUTERS, "a country's name as the place", city="Bahrain",
        place_country="BH"),
    _ex("    GUETERSLOH, West Germany, March 9 - Bertelsmann", dt.date(1987, 3, 9), _REUTERS,
        "ue for u-umlaut is a spelling, not a slip", city="Guetersloh", city_as_written=None, country="DE"),
    _ex("    LANDSDALE, Penn., April 3 - A Pennsylvania maker", dt.date(1987, 4, 3), _REUTERS,
        "a town of another country's name, one edit from one in the written state", city="Lansdale",
        city_as_written="LANDSDALE"),
    _ex("    GEORGETOWN, Grand Cayman, March 25 - A bank", dt.date(1987, 3, 25), _REUTERS,
        "a space added or dropped is a spelling, not a slip", city="Georgetown", city_as_written=None,
        place_country="KY", place_country_source="region"),
    # --- the year --------------------------------------------------------------
    _ex("TOKYO, Dec 31 - Markets closed", dt.date(2026, 1, 2), note="last year's Dec 31",
        date="2025-12-31", year_source="published"),
    _ex("WELLINGTON, January 1 - New Year", dt.date(2025, 12, 31), note="stamped in another time zone",
        date="2026-01-01"),
    _ex("LONDON, March 30 - Shares", dt.date(2026, 3, 20), note="ten days ahead is last year's",
        date="2025-03-30"),
    _ex("PARIS, March 24 - Bonds", dt.date(2026, 3, 17), note="a week ahead is this year's", date="2026-03-24"),
    _ex("BERLIN, Feb 5 - Talks", None, note="no year anywhere: month and day kept", month=2, day=5, year=None,
        date=None, year_source=None),
    _ex("NEW DELHI, India, March 3, 2026 \u2014 Prime Minister Narendra Modi", dt.date(2020, 1, 1),
        note="the dateline's own year wins", city="New Delhi", country="IN", date="2026-03-03",
        year_source="dateline", span=(0, 33)),
    # --- modern wire styles ------------------------------------------------------
    _ex("MOSCOW, Feb. 4 (Xinhua) -- Chinese and Russian diplomats", _D26, _XINHUA, city="Moscow",
        date="2026-02-04", agency="Xinhua", span=(0, 26)),
    _ex("BEIJING, Nov. 30 (Xinhua)-- Senior diplomats", dt.date(2005, 11, 30), _XINHUA, agency="Xinhua",
        span=(0, 27)),
    _ex("BUSAN, South Korea, Nov. 14 , 2005 (Xinhua)\n\nMinisters met", None, _XINHUA, city="Busan",
        country="KR", date="2005-11-14", agency="Xinhua", span=(0, 43)),
    _ex("Lee meets Xi\n\n( Xinhua ) 14:00, November 10, 2020\nWASHINGTON, Nov. 9 (Xinhua) -- The Pentagon", None,
        _XINHUA, "a headline and a page header above; the header gives the year", city="Washington",
        date="2020-11-09", year_source="header", agency="Xinhua"),
    _ex("UNITED NATIONS (Reuters) - The Security Council", _D26, city="United Nations", agency="Reuters",
        month=None, span=(0, 26)),
    _ex("GENEVA, Jan. 12 /PRNewswire/ -- The company", _D26, city="Geneva", agency="PRNewswire",
        date="2026-01-12", span=(0, 31)),
    _ex("MOSCOW, February 5. /TASS/. Russia and China", _D26, city="Moscow", agency="TASS", date="2026-02-05",
        span=(0, 27)),
    _ex("SEOUL, Feb. 5 (Yonhap) -- President Lee", _D26, _YONHAP, city="Seoul", agency="Yonhap", span=(0, 25)),
    _ex("Kim in Beijing By Kim Min-ji SEOUL, Jan. 2 (Yonhap) -- President Lee Jae Myung", dt.date(2026, 1, 2),
        _YONHAP, "a headline and a byline run into the dateline", city="Seoul", date="2026-01-02",
        agency="Yonhap", span=(29, 54)),
    _ex("BAGHDAD, Iraq (AP)_ An American inspector", None, _AP, city="Baghdad", country="IQ", agency="AP",
        span=(0, 19)),
    _ex("WASHINGTON (AP) _ The Senate voted", None, _AP, city="Washington", agency="AP", span=(0, 17)),
    _ex("ANKARA, April 8 , 1997 (AFP)\n\nIsraeli FM begins visit", None, _AFP, city="Ankara", date="1997-04-08",
        agency="AFP", span=(0, 28)),
    _ex("PARIS, Feb 4 (AFP) - France said", _D26, _AFP, agency="AFP", date="2026-02-04"),
    _ex("WASHINGTON \u2014 The president said", None, note="city alone", city="Washington", month=None,
        span=(0, 12)),
    _ex("LONDON, 5 February (Reuters) - Britain", _D26, note="day before month", day=5, month=2,
        agency="Reuters"),
    _ex("BEIJING, Sept. 3 (Xinhua) -- A parade", dt.date(2025, 9, 3), _XINHUA, month=9, date="2025-09-03"),
    _ex("CHENGDU, Sichuan, Feb. 1 (Xinhua) -- Pandas", _D26, _XINHUA, "a province the tables lack, kept as written",
        city="Chengdu", region="Sichuan", country=None),
    _ex("LONDON, Ontario, March 3 -\n    Labatt", _D87, _REUTERS, city="London", region="Ontario", country=None),
    _ex("RIO DE JANEIRO, Feb 2 \u2013 Brazil", _D26, note="en dash", city="Rio de Janeiro", span=(0, 23)),
    _ex("ST. LOUIS, Mo., Feb 3 --- Anheuser", _D26, note="triple dash", span=(0, 25)),
    _ex("WASHINGTON,\nFeb 3 - A line break", _D26, note="a line break inside", city="Washington", day=3,
        span=(0, 19)),
    _ex("source: wire\n\nTOKYO, Feb. 3 (Kyodo) -- Japan", _D26, note="a source line above", city="Tokyo",
        agency="Kyodo"),
    # --- TASS --------------------------------------------------------------------
    _ex("VLADIVOSTOK /Primorsky Region/, May 7. /TASS/. The regional governor said", _D26, _TASS,
        "the region between slashes", city="Vladivostok", region="Primorsky Region", month=5, day=7,
        agency="TASS", place_country="RU", span=(0, 46)),
    _ex("MOSCOW, May 7. /TASS Correspondent Ivan Petrov/. Russia's foreign minister", _D26, _TASS,
        "a correspondent's byline inside the slashes", city="Moscow", agency="TASS", span=(0, 48)),
    _ex("MOSCOW, May 7. /TASS/ Russia's foreign minister arrived", _D26, _TASS, "no dot after the slashes",
        city="Moscow", agency="TASS", day=7, span=(0, 21)),
    _ex("ST. PETERSBURG, June 16, /TASS/. The forum opened", _D26, _TASS, "a comma for the dot",
        city="St. Petersburg", agency="TASS", month=6, day=16, place_country="RU"),
    _ex("WASHINGTON/NEW YORK, September 23. /TASS/. The US delegation", _D26, _TASS, "two cities",
        city="Washington/New York", agency="TASS", place_country="US"),
    _ex("UN, March 1. /TASS/. The Security Council met", _D26, _TASS, "TASS's short name for the United Nations",
        city="United Nations", city_as_written="UN", agency="TASS", place_country="US", span=(0, 20)),
    # --- South Asian agencies: a colon closes the dateline ------------------------------
    _ex("KARACHI, March 3: The Sindh government announced", _D26, _SOUTH_ASIA, city="Karachi", month=3, day=3,
        place_country="PK", span=(0, 17)),
    _ex("NEW DELHI, JULY 9: India and Japan agreed", _D26, _SOUTH_ASIA, "the month in capitals",
        city="New Delhi", month=7, day=9, place_country="IN", span=(0, 18)),
    _ex("ISLAMABAD, Pakistan : Mar 03 (PID) - Prime Minister chaired", _D26, _SOUTH_ASIA,
        "a colon between country and date", city="Islamabad", country="PK", month=3, day=3, agency="PID",
        span=(0, 36)),
    # --- credit lines before the dateline -----------------------------------------------
    _ex("Canadian Press - HALIFAX (CP) - Nova Scotia's premier said", None, _CREDIT, city="Halifax",
        agency="CP", place_country="CA", span=(17, 31)),
    _ex("The Associated Press - BAGHDAD, Iraq (AP) - A car bomb", None, _CREDIT, city="Baghdad",
        country="IQ", agency="AP", span=(23, 43)),
    # --- agency-only openings: an agency, never a city ----------------------------------
    _ex("AFP - French President Jacques Chirac said", None, _CREDIT, city=None, agency="AFP", month=None,
        place_country=None, span=(0, 5)),
    _ex("Reuters - The dollar rose against the yen", None, _CREDIT, city=None, agency="Reuters", span=(0, 9)),
    _ex("AP - The Senate voted on Tuesday", None, _CREDIT, city=None, agency="AP", span=(0, 4)),
    _ex("(CNN) -- The White House said on Monday", None, _CNN, city=None, agency="CNN", span=(0, 8)),
    _ex("(CNN Business) Stocks fell sharply on Wall Street", None, _CNN, city=None, agency="CNN Business",
        span=(0, 14)),
    _ex("New York (CNN Business) -- Stocks fell", None, _CNN, "a city in title case", city="New York",
        agency="CNN Business", place_country="US", span=(0, 26)),
    _ex("London (CNN Business) Oil prices rose on Monday", None, _CNN, "no dash: the brackets close it",
        city="London", agency="CNN Business", place_country="GB", span=(0, 21)),
    # --- several agencies' copy: each agency as it writes its name ---------------------------
    _ex("JERUSALEM (AFP, REUTERS) - Israel's prime minister said on Sunday", None, _CRAWL,
        "two agencies credited, in capitals", city="Jerusalem", agency="AFP, Reuters", place_country="IL",
        span=(0, 26)),
    _ex("WASHINGTON, Feb. 4 (Reuters, AP) - The Senate voted", _D26, _CRAWL, city="Washington",
        agency="Reuters, AP", date="2026-02-04"),
    _ex("GENEVA (AP, AFP, REUTERS) -- Talks on the ceasefire resumed", None, _CRAWL, city="Geneva",
        agency="AP, AFP, Reuters", place_country="CH"),
    _ex("BRUSSELS (AFP, Getty Images) - EU ministers met", None, _CRAWL,
        "a list that is not all agencies is kept as written", city="Brussels", agency="AFP, Getty Images"),
    # --- place-only openings -------------------------------------------------------------
    _ex("JERUSALEM -- Israel's cabinet met on Sunday", None, _AP, city="Jerusalem", month=None, agency=None,
        span=(0, 12)),
    _ex("PANAMA CITY - Panama's president said", None, _AFP, city="Panama City", place_country="PA",
        span=(0, 13)),
    _ex("MANILA The typhoon struck the capital overnight", None, _CRAWL,
        "a known city before a sentence, its dash lost in crawling", city="Manila", place_country="PH",
        span=(0, 6)),
    _ex("MOSCOW. The talks in the Kremlin lasted three hours", None, _INTERFAX,
        "Interfax's dot for a comma, its date lost: the dot is no part of the city", city="Moscow",
        place_country="RU", span=(0, 6)),
    _ex("ST. PETERSBURG. The forum opened on Wednesday", None, _INTERFAX,
        "the final dot goes, the abbreviation's stays", city="St. Petersburg", place_country="RU", span=(0, 14)),
    _ex("WASHINGTON D.C. The bill passed the House late on Tuesday", None, _CRAWL,
        "a state's abbreviation after the city is its region, not part of the city", city="Washington",
        region="D.C.", place_country="US", span=(0, 15)),
    _ex("NEW YORK N.Y. The company said its profit rose", None, _CRAWL,
        "the same with a two-word city", city="New York", region="N.Y.", place_country="US", span=(0, 13)),
    _ex("ST. LOUIS The company said its profit rose", None, _CRAWL,
        "an abbreviation's dot is part of the city", city="St. Louis", place_country="US", span=(0, 9)),
    # --- crawled pages -------------------------------------------------------------------
    _ex("Seoul seeks trade talks SEOUL, May 2 (Yonhap) -- South Korea proposed", _D26, _CRAWL,
        "a slug runs into the dateline", city="Seoul", agency="Yonhap", place_country="KR", span=(24, 48)),
    _ex("SEOUL, May 2 , 2006, 2006 (Yonhap) -- South Korea and Japan", None, _CRAWL, "the year written twice",
        city="Seoul", date="2006-05-02", year_source="dateline", span=(0, 37)),
    _ex("Photo taken on Dec. 30, 2019 shows the port of Qingdao.\nBEIJING, Jan. 2 (Xinhua) -- China's exports",
        dt.date(2020, 1, 2), _CRAWL, "a caption's year loses to the publication date", city="Beijing",
        date="2020-01-02", year_source="published"),
    _ex("SEOUL -- North Korea fired a missile.\n\nSEOUL -- The won fell.", None, _CRAWL,
        "a news summary: the first item's place", city="Seoul", span=(0, 8)),
    # --- the agencies' own languages: the English city, the name as written, the language -----
    _ex("新华社北京2月4日电 国家主席习近平4日在人民大会堂会见外宾。", _D26, "modelled on Xinhua (Chinese)",
        city="Beijing", city_as_written="北京", place_country="CN", month=2, day=4, date="2026-02-04",
        agency="Xinhua", language="zh", span=(0, 10)),
    _ex("新华社莫斯科2月4日电（记者 王小明）俄罗斯总统普京4日表示", _D26, "modelled on Xinhua (Chinese)",
        "the correspondents' names in brackets", city="Moscow", city_as_written="莫斯科", place_country="RU",
        agency="Xinhua", language="zh", span=(0, 19)),
    _ex("国际新闻\n新华社华盛顿3月1日电 美国国务院1日说", _D26, "modelled on Xinhua (Chinese)", "a section name above",
        city="Washington", month=3, day=1, language="zh", span=(5, 16)),
    _ex("МОСКВА, 4 февраля. /ТАСС/. Президент России Владимир Путин провел переговоры", _D26,
        "modelled on TASS (Russian)", city="Moscow", city_as_written="МОСКВА", place_country="RU", month=2,
        day=4, agency="TASS", language="ru", span=(0, 26)),
    _ex("ВЛАДИВОСТОК /Приморский край/, 5 сентября. /ТАСС/. Форум открылся", _D26, "modelled on TASS (Russian)",
        "the region between slashes", city="Vladivostok", region="Приморский край", month=9, day=5,
        agency="TASS", language="ru"),
    _ex("МОСКВА, 4 фев — РИА Новости. Министр иностранных дел России", _D26, "modelled on RIA Novosti (Russian)",
        city="Moscow", month=2, day=4, agency="RIA Novosti", language="ru", span=(0, 28)),
    _ex("PARIS, 4 février 2026 (AFP) - Le président de la République a reçu mardi", None,
        "modelled on AFP (French)", city="Paris", city_as_written=None, place_country="FR", month=2, day=4,
        date="2026-02-04", agency="AFP", language="fr", span=(0, 29)),
    _ex("MOSCOU, 4 février 2026 (AFP) - Le président russe a reçu son homologue", None, "modelled on AFP (French)",
        city="Moscow", city_as_written="MOSCOU", place_country="RU", language="fr"),
    _ex("Madrid, 4 feb (EFE).- El presidente del Gobierno se reunió este martes con", _D26,
        "modelled on EFE (Spanish)", "'feb' is English and Spanish: EFE's day-first form is Spanish",
        city="Madrid", place_country="ES", month=2, day=4, agency="EFE", language="es", span=(0, 21)),
    _ex("Pekín, 4 feb (EFE).- El Gobierno chino anunció este martes", _D26, "modelled on EFE (Spanish)",
        city="Beijing", city_as_written="Pekín", place_country="CN", language="es"),
    _ex("Berlin (dpa) - Die Bundesregierung hat am Dienstag mit der Regierung in Paris", _D26,
        "modelled on dpa (German)", "no date: the words after it say German", city="Berlin", month=None,
        agency="dpa", language="de", place_country="DE", span=(0, 14)),
    _ex("Moskau (dpa) - Der russische Präsident hat am Dienstag die", _D26, "modelled on dpa (German)",
        city="Moscow", city_as_written="Moskau", agency="dpa", language="de", place_country="RU"),
    _ex("Berlin (dpa) - The German government said on Tuesday", _D26, "modelled on dpa's English service",
        "the same dateline, an English story", city="Berlin", agency="dpa", language=None),
    _ex("LONDON, 5 February (Reuters) - Britain's finance minister", _D26, note="day first in English",
        city="London", language=None),
    # --- Interfax: a full stop after the city ------------------------------------------
    _ex("KAZAN. Nov 3 (Interfax) - The republic's parliament approved the budget", _D25, _INTERFAX,
        "the dot closes the city", city="Kazan", month=11, day=3, agency="Interfax", place_country="RU",
        span=(0, 25)),
    _ex("ALMATY. May 19 (Interfax-Kazakhstan) - The central bank left its base rate unchanged", _D25, _INTERFAX,
        city="Almaty", agency="Interfax-Kazakhstan", place_country="KZ", date="2024-05-19"),
    _ex("NIZHNY NOVGOROD. Feb 10 (Interfax) - Regional elections were set for September", _D25, _INTERFAX,
        city="Nizhny Novgorod", date="2025-02-10"),
    # --- ANI: the country in square brackets, a state in round ones ----------------------------
    _ex("Mumbai (Maharashtra) [India], Feb 12 (ANI): The state cabinet approved the metro extension", _D25,
        _ANI, city="Mumbai", country="IN", place_country="IN", date="2025-02-12", agency="ANI", span=(0, 43)),
    _ex("Dhaka [Bangladesh], Feb 11 (ANI): The interim government announced the election timetable", _D25, _ANI,
        city="Dhaka", country="BD", date="2025-02-11", agency="ANI"),
    _ex("Tokyo [Japan], Jan 30 (ANI): Japan's cabinet endorsed the defence white paper", _D25, _ANI,
        city="Tokyo", country="JP", agency="ANI"),
    # --- IRNA and SPA: the agency after a comma; SPA's Hijri date before the Gregorian ----------------
    _ex("Baghdad, Jan 20, IRNA -- Iraq's foreign minister received the Iranian envoy", _D25, _GULF,
        city="Baghdad", date="2025-01-20", agency="IRNA", place_country="IQ", span=(0, 24)),
    _ex("Tehran, IRNA -- The government spokeswoman said the cabinet approved the plan", _D25, _GULF,
        "no date: the agency alone after the comma", city="Tehran", month=None, agency="IRNA", span=(0, 15)),
    _ex("Riyadh, February 12, 2025, SPA -- The Council of Ministers held its session", None, _GULF,
        city="Riyadh", date="2025-02-12", agency="SPA", place_country="SA", span=(0, 33)),
    _ex("Madinah, Ramadan 10, 1446, March 10, 2025, SPA -- The governor inaugurated the project", None, _GULF,
        "the Hijri date first", city="Madinah", date="2025-03-10", agency="SPA", place_country="SA"),
    _ex("AlUla, Rabi' al-Thani 3, 1446, October 6, 2024, SPA -- The festival opened on Sunday", None, _GULF,
        "a Hijri month of two words", date="2024-10-06", agency="SPA"),
    # --- Kyodo: the agency after the date with no brackets ------------------------------------
    _ex("OSAKA, Oct. 2 Kyodo - The city assembly approved the casino resort plan", dt.date(2001, 10, 2), _KYODO,
        city="Osaka", date="2001-10-02", agency="Kyodo", place_country="JP", span=(0, 21)),
    _ex("SEOUL, June 14 Kyodo - South Korea's opposition leader said Monday", dt.date(2001, 6, 14), _KYODO,
        city="Seoul", agency="Kyodo"),
    _ex("KYODO NEWS - Nov 8, 2024 - 11:05 | World\n\nBEIJING - China's commerce ministry said Friday", None,
        _KYODO, "the agency's page header is no place", city="Beijing", agency=None, month=None,
        place_country="CN"),
    # --- a bracketed credit line before the dateline names the agency --------------------------
    _ex("(ANSA) - MILAN, JUN 3 - Italy's industrial output rose in April", _D25, _ANSA, city="Milan",
        date="2024-06-03", agency="ANSA", span=(0, 23)),
    _ex("(ANSA) - Naples, October 9 - The regional council approved the plan", _D25, _ANSA, city="Naples",
        date="2024-10-09", agency="ANSA"),
    _ex("(ANSA) - BRUSSELS, FEB 11 (Reuters) - EU ministers met", _D25, _ANSA,
        "the dateline's own agency wins over the credit", city="Brussels", agency="Reuters"),
    # --- CNN's pages: the city, CNN and the dash on lines of their own -------------------
    _ex("Hong Kong\nCNN\n —\n\nChina's top legislature approved the plan on Friday", None, _CNN, city="Hong Kong",
        agency="CNN", month=None, span=(0, 16)),
    _ex("London\nCNN Business\n —\n\nBritain's economy grew in the last quarter", None, _CNN, city="London",
        agency="CNN Business", place_country="GB"),
    # --- an agency in brackets under a byline, and Reuters' placeless copy ------------------------
    _ex("By Jane Doe and John Roe\n\n(Bloomberg) -- Treasuries rallied as traders bet on cuts", None,
        _BLOOMBERG, city=None, agency="Bloomberg", place_country=None, span=(26, 40)),
    _ex("November 8, 2024 at 6:15 AM UTC\n\n(Bloomberg) -- Copper fell in London", None, _BLOOMBERG,
        city=None, agency="Bloomberg"),
    _ex("Feb 11 (Reuters) - U.S. stocks closed higher on Tuesday", _D25, "modelled on Reuters markets copy",
        "a date and the agency, no place", city=None, agency="Reuters", date="2025-02-11", span=(0, 18)),
    _ex("Copper slips\nFeb 11 (Reuters) - Copper prices fell on Tuesday", _D25, "modelled on Reuters markets copy",
        "a headline above: its words are no city", city=None, agency="Reuters", date="2025-02-11",
        span=(13, 31)),
    # --- a known city and a colon, or alone on its line -----------------------------------
    _ex("MUMBAI: The Reserve Bank of India kept its repo rate unchanged on Friday", None, _INDIA,
        "a colon and no date", city="Mumbai", month=None, place_country="IN", span=(0, 7)),
    _ex("Updated: Feb 12, 2025, 09:10 IST\n\nLUCKNOW: The state government announced", None, _INDIA,
        city="Lucknow", place_country="IN"),
    _ex("WASHINGTON: The US and India agreed to expand defence ties", None, _INDIA,
        "the capital of a country whose cities are also surnames", city="Washington", place_country="US"),
    _ex("Türkiye, Egypt sign deals\n\nJane Doe   |12.02.2025 - Update : 12.02.2025\n\nISTANBUL\n\nTurkish "
        "exporters reported record sales", None, _ANADOLU, "the city alone on its line", city="Istanbul",
        month=None, place_country="TR"),
    _ex("IZMIR\n\nA magnitude 5 earthquake struck the Aegean coast on Sunday", None, _ANADOLU, city="Izmir",
        span=(0, 5)),
    _ex("PRESS RELEASE\nFebruary 12, 2025\n\nBRUSSELS \u2014 The Commission proposed new tariffs", None, _OFFICE,
        "a release's date line above the dateline", city="Brussels", month=None, agency=None),
    # --- crawled pages: the year from a header written day first, or with a space before its comma ------
    _ex("Last updated 8 Nov 2024\n\nBEIJING, Nov. 8 (Reuters) - China's exports rose", None, _CRAWL,
        city="Beijing", date="2024-11-08", year_source="header"),
    _ex("Published: 8 Nov 2024\n\nTOKYO, Nov 8 (Reuters) - Japan's trade balance swung", None, _CRAWL,
        "a page's label over its date is no place", city="Tokyo", date="2024-11-08", agency="Reuters"),
    _ex("Posted: November 8, 2024\nMANILA - The typhoon made landfall", None, _CRAWL, city="Manila",
        month=None),
    _ex("Nov 8 , 2005, 2005\nSEOUL, Nov. 8 (Yonhap) -- The ministers met", None, _CRAWL,
        "a header's year written twice, with a space before its comma", city="Seoul", date="2005-11-08"),
    # --- TASS and RIA bylines ---------------------------------------------------------------
    _ex("ВАШИНГТОН, 12 ноября. /Корр. ТАСС Иван Лебедев/. Госдепартамент США заявил", _D25,
        "modelled on TASS (Russian)", "a correspondent's byline inside the slashes", city="Washington",
        agency="TASS", language="ru"),
    _ex("MOSCOW, Nov 8 (RIA Novosti, Maria Ivanova) - The Duma passed the bill", _D25, "modelled on RIA Novosti",
        "the reporter after the agency", city="Moscow", agency="RIA Novosti", date="2024-11-08"),
    _ex("KAZAN, May 15. /TASS/, The summit's host city prepared", _D25, _TASS, "a comma after the slashes",
        city="Kazan", agency="TASS", day=15, span=(0, 22)),
    # --- Kremlin page headers ----------------------------------------------------
    _ex("April 20, 2010 15:00 The Kremlin, Moscow\n\nRussian-Uzbekistani talks took place", None, _KREMLIN,
        city="Moscow", date="2010-04-20", year_source="dateline", span=(0, 40)),
    _ex("November 9, 2017 16:15 Chelyabinsk\n\nMeeting with the President", None, _KREMLIN, city="Chelyabinsk",
        date="2017-11-09"),
    _ex("February 12, 2025 6:01 AM GMT+8 Updated 2 hours ago\nTAIPEI, Feb 12 (Reuters) - A strong earthquake "
        "shook Taiwan", None, _CRAWL, "a page's time stamp over the dateline is no Kremlin venue", city="Taipei",
        date="2025-02-12", agency="Reuters"),
    # --- agencies written after the date without brackets: a space, a comma or a dot -------------
    _ex("SYDNEY, Feb 12 AAP - The Reserve Bank held rates steady today", dt.date(2004, 2, 12),
        "modelled on AAP", city="Sydney", date="2004-02-12", agency="AAP", place_country="AU"),
    _ex("NEWCASTLE, Feb 12 AAP - Coal exports rose", dt.date(2004, 2, 12), "modelled on AAP",
        "a shared name at the agency's home", city="Newcastle", agency="AAP", place_country="AU"),
    _ex("AUCKLAND, Feb 12 NZPA - The council voted to sell its port shares", dt.date(2004, 2, 12),
        "modelled on NZPA", city="Auckland", date="2004-02-12", agency="NZPA", place_country="NZ"),
    _ex("Baku, February 12, AZERTAC. President Ilham Aliyev received the delegation", _D25,
        "modelled on AZERTAC", "a dot after the agency closes it", city="Baku", date="2025-02-12",
        agency="AZERTAC", span=(0, 27)),
    _ex("YEREVAN, FEBRUARY 12, ARMENPRESS. The government approved the plan", _D25, "modelled on Armenpress",
        city="Yerevan", date="2025-02-12", agency="Armenpress"),
    _ex("BAKU, Azerbaijan, Feb. 12. Trend: Azerbaijan and Georgia discussed transit", _D25, "modelled on Trend",
        "a dot before the agency, a colon after it", city="Baku", country="AZ", date="2025-02-12", agency="Trend"),
    _ex("ASTANA. KAZINFORM \u2013 The Senate approved the budget on Wednesday", _D25, "modelled on Kazinform",
        "a dot after the city, the agency after it", city="Astana", agency="Kazinform", place_country="KZ"),
    _ex("Damascus, SANA \u2013 The foreign minister received the envoy", _D25, "modelled on SANA",
        city="Damascus", agency="SANA", month=None, place_country="SY"),
    _ex("Accra, Feb. 12, GNA - Parliament approved the new board", _D25, "modelled on the Ghana News Agency",
        city="Accra", date="2025-02-12", agency="GNA"),
    # --- AFP and dpa: the country or a qualifier in brackets before the agency's ----------------------
    _ex("Valencia (Spain) (AFP) - Firefighters searched the tower block", _D25, _AFP, city="Valencia",
        country="ES", agency="AFP", span=(0, 24)),
    _ex("Gaza City (Palestinian Territories) (AFP) - Air strikes hit the north", _D25, _AFP, city="Gaza City",
        place_country="PS", agency="AFP"),
    _ex("Halle (Saale) (dpa) - Das Landgericht hat am Mittwoch den Prozess eröffnet", _D25, "modelled on dpa",
        "the qualifier is part of the city's name", city="Halle (Saale)", place_country="DE", agency="dpa"),
    # --- Europa Press: the day alone, its month the story's -----------------------------------------
    _ex("MADRID, 12 (EUROPA PRESS)\n\nEl Gobierno ha aprobado este miércoles el proyecto", _D25,
        "modelled on Europa Press", city="Madrid", date="2025-02-12", agency="EUROPA PRESS", span=(0, 25)),
    _ex("SEVILLA, 31 (EUROPA PRESS)\n\nLa Junta ha anunciado un plan", dt.date(2025, 2, 1),
        "modelled on Europa Press", "the day after the story's: last month's", city="Sevilla",
        date="2025-01-31"),
    # --- CNN's page with no city; other Chinese agencies; Interfax in Russian ------------------------
    _ex("CNN\n \u2014 \nPresident Joe Biden will deliver his address on Thursday", None, _CNN,
        "the name and the dash on lines of their own, no city", city=None, agency="CNN", span=(0, 6)),
    _ex("新华网北京2月12日电（记者 王小明）全国人大常委会12日举行会议。", _D25, "modelled on Xinhuanet",
        city="Beijing", date="2025-02-12", agency="Xinhua", language="zh"),
    _ex("中新社上海2月12日电 (记者 李明)上海市政府12日发布新措施。", _D25, "modelled on China News Service",
        city="Shanghai", date="2025-02-12", agency="China News Service", span=(0, 19)),
    _ex("Москва. 12 февраля. INTERFAX.RU - Президент России провел совещание", _D25, "modelled on Interfax (Russian)",
        "the city in title case, dots for commas", city="Moscow", date="2025-02-12", agency="Interfax",
        language="ru"),
    # --- Gulf papers: a capital or a big city in title case and a colon ------------------------------
    _ex("Dubai: The UAE has announced a new visa for remote workers", None, "modelled on Gulf News",
        city="Dubai", month=None, agency=None, place_country="AE", span=(0, 6)),
    _ex("Abu Dhabi: The federal cabinet approved the budget", None, "modelled on Gulf News", city="Abu Dhabi",
        place_country="AE"),
    # --- Indian papers' page lines that name the place ---------------------------------------------------
    _ex("Updated - February 12, 2025 10:15 pm IST - NEW DELHI\n\nThe Union Cabinet approved a new policy", None,
        "modelled on The Hindu's pages", "the place at the end of the page's time line", city="New Delhi",
        month=None, place_country="IN", span=(0, 52)),
    _ex("Written by Jane Doe\nMumbai | Updated: February 12, 2025 10:15 IST\n\nThe Reserve Bank kept rates", None,
        "modelled on The Indian Express's pages", "the place before the page's time line", city="Mumbai",
        month=None, place_country="IN"),
    # --- MAP: a capital in title case and a dash, before a whole sentence ----------------------------------
    _ex("Rabat - Morocco's King Mohammed VI chaired a cabinet meeting on Wednesday, the royal palace said.", None,
        "modelled on MAP", city="Rabat", agency=None, month=None, place_country="MA", span=(0, 7)),
    _ex("Nairobi - Kenya's president signed the finance bill into law on Wednesday after weeks of protests.", None,
        "modelled on Kenyan papers", city="Nairobi", place_country="KE"),
    # --- a bare shared name, settled by the region the lead names --------------------------------------
    _ex("VICTORIA \u2014 British Columbia's premier says the province will curb home flipping", None,
        "modelled on the Canadian Press", city="Victoria", place_country="CA", place_country_source="lead",
        span=(0, 10)),
    _ex("HYDERABAD: Sindh's irrigation minister on Wednesday inspected the Kotri barrage", None,
        "modelled on Dawn", city="Hyderabad", place_country="PK"),
    _ex("HYDERABAD: The Telangana government announced free bus travel", None, _INDIA,
        "no region the tables know: the most populous place", city="Hyderabad", place_country="IN"),
    _ex("LONDON \u2014 Ontario's premier met British investors on Wednesday", None, _CRAWL,
        "a national capital keeps its name whatever the lead says", city="London", place_country="GB"),
    _ex("VICTORIA \u2014 The Washington state governor said the ferries would run", None, _CRAWL,
        "a region with no place of the name settles nothing", city="Victoria", place_country="HK"),
    # --- Korean agencies: the city and the agency in brackets, then the reporters --------------------------
    _ex("(서울=연합뉴스) 김수연 기자 = 북한이 12일 동해상으로 탄도미사일을 발사했다.", _D25,
        "modelled on Yonhap (Korean)", city="Seoul", agency="Yonhap", language="ko", month=None,
        place_country="KR", span=(0, 18)),
    _ex("(워싱턴=연합뉴스) 김동현 특파원 = 미국 국무부는 12일 성명을 냈다.", _D25, "modelled on Yonhap (Korean)",
        "a correspondent abroad", city="Washington", agency="Yonhap", language="ko", place_country="US"),
    _ex("[부산=뉴시스]이지영 기자 = 부산시는 12일 새 교통 대책을 발표했다.", _D25, "modelled on Newsis",
        "square brackets, no space before the reporter", city="Busan", agency="Newsis", language="ko"),
    _ex("PANMUNJOM, Feb. 12 (Yonhap) -- The U.N. Command held talks with the North's military", _D25, _YONHAP,
        "a wire name GeoNames lacks", city="Panmunjom", place_country="KR", date="2025-02-12"),
    # --- a national agency's city written in its own language -----------------------------------------
    _ex("(ANSA) - ROMA, 12 FEB - Il governo ha approvato il decreto", _D25, _ANSA,
        "ANSA's home city in Italian is Rome, not Roma, Texas", city="Rome", city_as_written="ROMA",
        place_country="IT", date="2025-02-12"),
)

_NEGATIVE: tuple[Example, ...] = (
    _ex("the 25th anniversary of the treaty"),
    _ex("However, officials said the talks would go on."),
    _ex("Yesterday, May 5 - the day talks began"),
    _ex("Lee, Xi to meet in Beijing to restore ties as deep fault lines persist"),
    _ex("EU ministers make little progress on reform - report"),
    _ex("CHINA-RUSSIA TALKS - LIVE"),
    _ex("Iraq's Saddam Hussein, facing U.S. and Arab troops at the Saudi border, today sought peace"),
    _ex("    WHEAT - Prices firm"),
    _ex("    COPPER GRADE A - "),
    _ex("    APRIL 11 - "),
    _ex("Chinese President Xi Jinping attends the summit in Beijing, capital of China, Nov. 17, 2020."),
    _ex(""),
    _ex("   \n\n  "),
    _ex("Trump's ousting of Pentagon chief sends shockwaves through Washington"),
    # a lower-case word after the city is no region (postal "ON" is Ontario; "on" is a preposition)
    _ex("R on- the record"),
    _ex("MOSCOW on - what the envoy said"),
    # bylines, press offices, speakers and appositives are not datelines
    _ex("Office of the Spokesperson\n\nThe Secretary met the Foreign Minister"),
    _ex("By Jane Doe\n\nThe Secretary met the Foreign Minister"),
    _ex("JOHN SMITH: Thank you very much for coming."),
    _ex("JOHN SMITH, the Foreign Minister, said on Tuesday that talks would go on"),
    _ex("Note to editors: March 3 is a public holiday"),
    _ex("Sources told /TASS/ on Thursday that the visit is off"),
    # an agency's name in a sentence, and words in capitals before a sentence that are no city
    _ex("Reuters reported on Tuesday that the talks had stalled"),
    _ex("AP photographers were barred from the briefing"),
    _ex("WHEAT Prices firmed in quiet trade"),
    _ex("UPDATE The talks resumed on Monday"),
    _ex("CHINA The foreign ministry said"),
    _ex("Lee meets Xi (Jae Myung) The two leaders met"),
    # text in the agencies' languages that opens with no dateline
    _ex("国家主席习近平4日在人民大会堂会见外宾。"),
    _ex("新华社记者王小明摄"),
    _ex("Президент России Владимир Путин провел переговоры в Москве 4 февраля."),
    _ex("МОСКВА И ПЕКИН подписали соглашение"),
    _ex("Le président de la République a reçu mardi 4 février son homologue"),
    _ex("Die Bundesregierung hat am Dienstag (dpa) mitgeteilt"),
    _ex("Officials quoted by two agencies (AFP, Reuters) - said the talks were off"),
    # the forms above, where they do not hold
    _ex("Moscow. March 4 was a cold day in the capital"),
    _ex("Speakers [India, Japan] agreed on March 4 (Tuesday) to meet again"),
    _ex("Tehran, IRNA reported on Monday that the talks would resume"),
    _ex("Analysis\nCNN\n \u2014\n\nThe president's speech"),
    _ex("By Jane Doe\n(Reuters) reported the talks had stalled"),
    _ex("Feb 12 (Tuesday) - the vote was postponed"),
    _ex("JACKSON: Thank you, Mr. Chairman."),
    _ex("CHINA: The foreign ministry said on Monday"),
    _ex("WORLD\n\nThe talks resumed on Monday"),
    _ex("HOUSTON\n\nThank you all for coming."),
    _ex("Media Note\nFebruary 12, 2025\n\nThe Department of State announced"),
    _ex("Matthew Miller, Department Spokesperson\nFebruary 12, 2025\n\nThe United States condemns"),
    _ex("KYODO NEWS - Nov 8, 2024 - 11:05 | World"),
    _ex("Statements and Releases\nFebruary 12, 2025\nRemarks by the President"),
    _ex("Updated: 12 Feb 2025\n\nThe ministers agreed to meet again in June."),
    # the forms found by blind set 3, where they do not hold
    _ex("February 12, 2025 10:15 JST\n\nJapan's prime minister said the talks would go on"),
    _ex("Feb. 12, 2025 9:30 a.m. ET\n\nThe ministers met in the morning"),
    _ex("Damascus, SANA reported on Monday that the talks would resume"),
    _ex("AAP photographers were barred from the briefing"),
    _ex("Officials (two of them) (AFP) - said the talks were off"),
    _ex("Madrid, 4 (four) ministers resigned on Monday"),
    _ex("中新社记者李明摄"),
    _ex("Москва. 12 февраля было холодно"),
    _ex("Houston: We have a problem with the launch"),
    _ex("Geneva: The Story of a City"),
    _ex("연합뉴스 자료사진"),
    _ex("Politics | Updated: February 12, 2025\n\nThe talks resumed on Monday"),
    _ex("Moscow - Kyiv talks stall"),
    _ex("Houston - The city council voted on Monday to approve the new budget plan for next year."),
    _ex("Paris - Berlin rail link reopens after two years of works on the line"),
    _ex("Updated - Feb 12, 2025 09:10 am IST - HOUSTON\n\nThe talks resumed"),
    _ex("(서울대=연합뉴스) 학생들이 모였다."),
)

_KNOWN_FAILURES: tuple[Example, ...] = (
    _ex("    WALAHTAM, Mass., March 3 - Raytheon said", dt.date(1987, 3, 3), _REUTERS,
        "two slips (a swap and a doubled letter) are more than the one edit corrected", city="Waltham"),
    _ex("    BIRMINGHAM, March 4 - The steelmaker", dt.date(1987, 3, 4), _REUTERS,
        "a bare shared name goes to the most populous place (Britain's); a US reader means Alabama's",
        place_country="US"),
)

#: The agency each house style of ``render_dateline`` writes the seed's dateline with (docs/phrases.md).
SEED_STYLE_AGENCIES: dict[str, str | None] = {
    "reuters": "Reuters", "em dash": None, "xinhua": "Xinhua", "ap": "AP", "afp": "AFP", "prnewswire": "PRNewswire",
    "tass": "TASS", "day first": "Reuters", "xinhua zh": "Xinhua", "tass ru": "TASS", "ria ru": "RIA Novosti",
    "afp fr": "AFP", "efe es": "EFE", "dpa de": "dpa",
}

corpus = Corpus(kind="dateline", examples=_EXAMPLES, negative=_NEGATIVE, known_failures=_KNOWN_FAILURES)


def observed(d: Dateline | None, expected: dict[str, Any]) -> dict[str, Any] | None:
    """The attributes of ``d`` that ``expected`` names, written as the corpus writes them."""
    if d is None:
        return None
    out: dict[str, Any] = {}
    for name in expected:
        value = getattr(d, name)
        if name == "span":
            value = (value.start, value.end)
        elif name == "date":
            value = None if value is None else value.isoformat()
        out[name] = value
    return out
