"""Leader mentions as data: what ``find_leaders`` must read from each text, and what it must not.

Each example's ``expected`` holds ``dateline_country`` (an input: the country of the story's
dateline, or ``None``) and ``leaders``: one mapping per leader, in order of first mention, with any of
``name``, ``title``, ``country``, ``inferred``, ``organisation`` and ``mentions`` (the surface text of
every mention, the full one first). Keys left out are not checked.

Provenance: ``seed`` is the seed article; ``hand`` forms are written from DOMAIN.md; "modelled on X"
forms are hand-written in the style of the development articles of that house (never copied).
Negatives must yield no leader at all. Known failures are run as strict xfails.
"""

from __future__ import annotations

from typing import Any

from .._engine import Corpus, Example


def _leader(name: str, title: str | None = None, country: str | None = None, *, inferred: bool = False,
            organisation: str | None = None, mentions: tuple[str, ...] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "country": country, "inferred": inferred, "organisation": organisation}
    if title is not None:
        out["title"] = title
    if mentions is not None:
        out["mentions"] = mentions
    return out


def _ex(text: str, *leaders: dict[str, Any], dateline: str | None = None, source: str = "hand",
        note: str = "") -> Example:
    return Example(text, {"dateline_country": dateline, "leaders": leaders}, source=source, note=note)


_XINHUA = "modelled on Xinhua"
_KREMLIN = "modelled on Kremlin readouts"
_AFP = "modelled on AFP"
_AP = "modelled on AP"
_YONHAP = "modelled on Yonhap and the Korea Herald"

examples: tuple[Example, ...] = (
    # --- the forms DOMAIN.md names --------------------------------------------------------
    _ex("President Xi Jinping spoke by video link. Xi said the two sides agreed.",
        _leader("Xi Jinping", "President", "CN", inferred=True, mentions=("President Xi Jinping", "Xi")),
        dateline="CN", source="seed", note="unqualified title: the dateline's country, inferred"),
    _ex("Xi met Russian President Vladimir Putin. Putin welcomed the talks.",
        _leader("Vladimir Putin", "President", "RU", mentions=("Russian President Vladimir Putin", "Putin")),
        source="seed", note="'Xi' alone with no titled mention is no leader"),
    _ex("Chinese Premier Li Qiang will attend the forum.", _leader("Li Qiang", "Premier", "CN")),
    _ex("a meeting between Foreign Minister Wang Yi and Secretary of the Russian Federation Security Council "
        "Sergei Shoigu in Beijing",
        _leader("Wang Yi", "Foreign Minister", "CN", inferred=True),
        _leader("Sergei Shoigu", "Secretary of the Security Council", "RU"),
        dateline="CN", source="seed"),
    _ex("UN Secretary-General Antonio Guterres urged restraint.",
        _leader("Antonio Guterres", "Secretary-General", None, organisation="United Nations"),
        dateline="US", note="an organisation gives no country, and nothing is inferred"),
    _ex("King Charles III received the envoys.", _leader("Charles III", "King", "GB", inferred=True), dateline="GB"),
    _ex("Crown Prince Mohammed bin Salman hosted the talks.",
        _leader("Mohammed bin Salman", "Crown Prince", "SA", inferred=True), dateline="SA"),
    _ex("He met Prime Minister Narendra Modi of India on Friday.",
        _leader("Narendra Modi", "Prime Minister", "IN", mentions=("Prime Minister Narendra Modi of India",))),
    _ex("German Chancellor Olaf Scholz arrived on Monday.", _leader("Olaf Scholz", "Chancellor", "DE")),
    _ex("U.S. Secretary of State Antony Blinken said on Tuesday.",
        _leader("Antony Blinken", "Secretary of State", "US")),
    _ex("South Korean President Yoon Suk Yeol left for Tokyo. Yoon will return on Sunday.",
        _leader("Yoon Suk Yeol", "President", "KR", mentions=("South Korean President Yoon Suk Yeol", "Yoon"))),
    _ex("Vice Premier He Lifeng led the delegation.", _leader("He Lifeng", "Vice Premier", "CN", inferred=True),
        dateline="CN", note="'He' is a stop word: bare 'He' is never merged"),
    _ex("State Councilor Wang Xiaohong attended.", _leader("Wang Xiaohong", "State Councilor", "CN", inferred=True),
        dateline="CN"),
    _ex("Defense Minister Andrei Belousov visited the plant.",
        _leader("Andrei Belousov", "Defense Minister", "RU", inferred=True), dateline="RU"),
    _ex("Chinese Ambassador to the U.S. Xie Feng spoke at the event.",
        _leader("Xie Feng", "Ambassador to the U.S.", "CN")),
    _ex("Foreign Ministry spokesperson Mao Ning told a regular briefing.",
        _leader("Mao Ning", "Foreign Ministry Spokesperson", "CN", inferred=True), dateline="CN"),
    _ex("Kremlin spokesman Dmitry Peskov declined to comment.",
        _leader("Dmitry Peskov", "Kremlin Spokesman", "RU"), dateline="US",
        note="the office names the country; the dateline is not used"),
    _ex("The Emir of Qatar Sheikh Tamim bin Hamad Al Thani arrived.",
        _leader("Sheikh Tamim bin Hamad Al Thani", "Emir", "QA")),
    _ex("Iranian Supreme Leader Ali Khamenei said on Sunday.", _leader("Ali Khamenei", "Supreme Leader", "IR")),
    _ex("Narendra Modi, India's prime minister, said the talks went well.",
        _leader("Narendra Modi", "Prime Minister", "IN", mentions=("Narendra Modi, India's prime minister",))),
    _ex("said Yoko Kamikawa, the Japanese foreign minister.",
        _leader("Yoko Kamikawa", "Foreign Minister", "JP")),
    # --- house styles seen in the development articles ------------------------------------------
    _ex("President of Russia Vladimir Putin: Mr Tokayev, colleagues,",
        _leader("Vladimir Putin", "President", "RU"), source=_KREMLIN),
    _ex("Vladimir Putin met with President of the Republic of Kazakhstan Kassym-Jomart Tokayev. Tokayev thanked him.",
        _leader("Vladimir Putin", None, "RU", inferred=True, mentions=("Vladimir Putin",)),
        _leader("Kassym-Jomart Tokayev", "President", "KZ",
                mentions=("President of the Republic of Kazakhstan Kassym-Jomart Tokayev", "Tokayev")),
        source=_KREMLIN, note="a well-known office holder needs no title; his country is the table's, inferred"),
    _ex("Talks were held between Sergei Lavrov and Minister of Foreign Affairs of Belarus Maxim Ryzhenkov.",
        _leader("Sergei Lavrov", None, "RU", inferred=True),
        _leader("Maxim Ryzhenkov", "Minister of Foreign Affairs", "BY"), source=_KREMLIN),
    _ex("During the visit Premier Wen Jiabao will meet Malaysian Prime Minister Abdullah Ahmad Badawi.",
        _leader("Wen Jiabao", "Premier", "CN", inferred=True),
        _leader("Abdullah Ahmad Badawi", "Prime Minister", "MY"), dateline="CN", source=_XINHUA),
    _ex("Liu Jianchao, director of the Chinese Foreign Ministry's Asian Department, briefed reporters.",
        _leader("Liu Jianchao", "Director of the Foreign Ministry's Asian Department", "CN"), source=_XINHUA),
    _ex("Lee will then meet Zhao Leji, chairman of the Standing Committee of the National People's Congress.",
        _leader("Zhao Leji", "Chairman of the Standing Committee of the National People's Congress", "CN",
                inferred=True), dateline="CN", source=_YONHAP),
    _ex("North Korean leader Kim Jong-un inspected the site. Kim was accompanied by officials.",
        _leader("Kim Jong-un", "Leader", "KP", mentions=("North Korean leader Kim Jong-un", "Kim")), source=_YONHAP),
    _ex("President Lee Jae Myung said Monday that the nominee must explain. Lee added that dialogue matters.",
        _leader("Lee Jae Myung", "President", "KR", inferred=True,
                mentions=("President Lee Jae Myung", "Lee")), dateline="KR", source=_YONHAP),
    _ex("presidential spokesperson Kim Nam-joon told reporters.",
        _leader("Kim Nam-joon", "Presidential Spokesperson", "KR", inferred=True), dateline="KR", source=_YONHAP),
    _ex("National Security Adviser Wi Sung-lac said Friday. Wi said talks would follow.",
        _leader("Wi Sung-lac", "National Security Adviser", "KR", inferred=True,
                mentions=("National Security Adviser Wi Sung-lac", "Wi")), dateline="KR", source=_YONHAP),
    _ex("Russia's Security Council Secretary Sergei Shoigu met Kim in Pyongyang.",
        _leader("Sergei Shoigu", "Secretary of the Security Council", "RU"), source=_YONHAP),
    _ex("Israeli Foreign Minister David Levy arrived on Tuesday for talks with Prime Minister Necmettin Erbakan.",
        _leader("David Levy", "Foreign Minister", "IL"),
        _leader("Necmettin Erbakan", "Prime Minister", "TR", inferred=True), dateline="TR", source=_AFP),
    _ex("since Israel's hardline Prime Minister Benjamin Netanyahu came to power",
        _leader("Benjamin Netanyahu", "Prime Minister", "IL"), dateline="TR", source=_AFP,
        note="one lower-case adjective between the possessive and the title"),
    _ex("Levy will also meet Chief of the General Staff Ismail Hakki Karadayi.",
        _leader("Ismail Hakki Karadayi", "Chief of the General Staff", "TR", inferred=True), dateline="TR",
        source=_AFP),
    _ex("British Prime Minister Tony Blair sealed the deal. \"My good friend Prime Minister Blair\", he said.",
        _leader("Tony Blair", "Prime Minister", "GB",
                mentions=("British Prime Minister Tony Blair", "Prime Minister Blair")), source=_AFP),
    _ex("European Commission head Jose Manuel Barroso was disappointed.",
        _leader("Jose Manuel Barroso", "Head", None, organisation="European Commission"), source=_AFP),
    _ex("Austrian Finance Minister Karl-Heinz Grasser said he was pleased.",
        _leader("Karl-Heinz Grasser", "Finance Minister", "AT"), source=_AFP),
    _ex("the accord signed by U.N. Secretary-General Kofi Annan and Iraqi Deputy Prime Minister Tariq Aziz",
        _leader("Kofi Annan", "Secretary-General", None, organisation="United Nations"),
        _leader("Tariq Aziz", "Deputy Prime Minister", "IQ"), source=_AP),
    _ex("King Hussein of Jordan arrived in Washington. King Hussein was carrying a message.",
        _leader("Hussein", "King", "JO", mentions=("King Hussein of Jordan", "King Hussein")), source=_AP),
    _ex("Soviet Foreign Ministry spokesman Yuri Gremitskikh said at a briefing.",
        _leader("Yuri Gremitskikh", "Foreign Ministry Spokesman", "RU"), source=_AP,
        note="historical demonym: the gazetteer maps Soviet to RU"),
    _ex("U.S. President Donald Trump fired Defense Secretary Mark Esper on Monday. Esper said he accepted.",
        _leader("Donald Trump", "President", "US"),
        _leader("Mark Esper", "Defense Secretary", "US", inferred=True,
                mentions=("Defense Secretary Mark Esper", "Esper")), dateline="US", source=_XINHUA),
    _ex("The IOC chief met Japanese Prime Minister Yoshihide Suga and Tokyo Governor Yuriko Koike.",
        _leader("Yoshihide Suga", "Prime Minister", "JP"),
        _leader("Yuriko Koike", "Governor", "JP", inferred=True), dateline="JP", source=_XINHUA,
        note="a governor holds an office of state (decided); 'Tokyo' is a city, not a qualifier"),
    _ex("International Olympic Committee President Thomas Bach said here on Monday.",
        _leader("Thomas Bach", "President", None, organisation="International Olympic Committee"),
        dateline="JP", source=_XINHUA),
    _ex("EU Trade Commissioner Cecilia Malmstrom said the talks would fail.",
        _leader("Cecilia Malmstrom", "Trade Commissioner", None, organisation="European Union"), source=_XINHUA),
    _ex("the Lee-Xi summit, where Chinese President Xi Jinping met President Lee Jae Myung",
        _leader("Xi Jinping", "President", "CN", mentions=("Chinese President Xi Jinping", "Xi")),
        _leader("Lee Jae Myung", "President", "KR", inferred=True, mentions=("President Lee Jae Myung", "Lee")),
        dateline="KR", source=_YONHAP, note="bare mentions inside a hyphenated pair are merged"),
    _ex("Chinese Premier Wen Jiabao's visit to France. Premier Wen will meet leaders.",
        _leader("Wen Jiabao", "Premier", "CN", mentions=("Chinese Premier Wen Jiabao", "Premier Wen")),
        source=_XINHUA, note="possessive after the name; a titled family-name mention merges"),
    _ex("Vice Minister of foreign affairs, Kim Kye-Gwan told the agency.",
        _leader("Kim Kye-Gwan", "Vice Minister of foreign affairs"), source=_AFP),
    _ex("Kim Jong-un met Pak Jong-chon, vice chairman of the Central Military Commission, on Friday.",
        _leader("Kim Jong-un", None, "KP", inferred=True),
        _leader("Pak Jong-chon", "Vice Chairman of the Central Military Commission", "KP", inferred=True),
        dateline="KP", source=_YONHAP),
    _ex("said Mark Meadows, the White House chief of staff.",
        _leader("Mark Meadows", "White House Chief of staff", "US"), source=_XINHUA),
    _ex("During his stay in Portugal, Wen will hold talks with Prime Minister Antonio Costa.",
        _leader("Antonio Costa", "Prime Minister", "PT", inferred=True), dateline="CN", source=_XINHUA,
        note="an unqualified title takes the place its sentence names before it, ahead of the dateline"),
    _ex("The visit to Malaysia will succeed, said Foreign Ministry spokesman Liu Jianchao.",
        _leader("Liu Jianchao", "Foreign Ministry Spokesman", "CN", inferred=True), dateline="CN", source=_XINHUA,
        note="the place a quote is about is not the speaker's country"),
    _ex("WASHINGTON, March 31 - Undersecretary of State Michael\nArmacost will visit Tokyo next week for meetings\n"
        "with high-level officials on the trade row.",
        _leader("Michael Armacost", "Undersecretary of State", "US", inferred=True), dateline="US",
        source="modelled on Reuters 1987", note="hard-wrapped copy: the name runs across the line break"),
    _ex("He was speaking to reporters after talks with Turkish\nPrime Minister Turgut Ozal, who arrived last night "
        "from\na meeting in Athens with officials of the Greek government.",
        _leader("Turgut Ozal", "Prime Minister", "TR"), dateline="GR", source="modelled on Reuters 1987",
        note="hard-wrapped copy: the demonym ends the line before the title"),
    _ex("ALGIERS, March 4 - Iranian Oil Minister Gholamreza Aqazadeh is expected here on Friday.",
        _leader("Gholamreza Aqazadeh", "Oil Minister", "IR"), dateline="DZ", source="modelled on Reuters 1987",
        note="a portfolio the lexicon does not know, between the demonym and the head"),
    _ex("China's top diplomat, Wang Yi, has met officials in Moscow.",
        _leader("Wang Yi", "Top Diplomat", "CN"), source="modelled on RSS 2023",
        note="'top diplomat' is a title; an appositive name between commas"),
    _ex("On the Korean peninsula, the North's Vice Minister of foreign affairs, Kim Kye-Gwan said.",
        _leader("Kim Kye-Gwan", "Vice Minister of foreign affairs", "KP", inferred=True), dateline="KR", source=_AFP,
        note="'the North' is North Korea in a story that names Korea"),
    _ex("The Pentagon said Defense Secretary Lloyd Austin would travel.",
        _leader("Lloyd Austin", "Defense Secretary", "US", inferred=True), dateline="IQ", source=_AP,
        note="an office named earlier in the sentence places the title"),
    _ex("In Turkey, Levy will meet President Suleyman Demirel and Foreign Minister Tansu Ciller.",
        _leader("Suleyman Demirel", "President", "TR", inferred=True),
        _leader("Tansu Ciller", "Foreign Minister", "TR", inferred=True), source=_AFP),
    _ex("Theresa May, the British prime minister, said on Monday.",
        _leader("Theresa May", "Prime Minister", "GB"), note="a month that is also a name"),
    _ex("said Zhao Jun, director of the Chinese Foreign Ministry's European Department.",
        _leader("Zhao Jun", "Director of the Foreign Ministry's European Department", "CN"), source=_XINHUA),
    _ex("Han Sung-ryol, head of the North Korean UN mission, said on Sunday.",
        _leader("Han Sung-ryol", "Head of the UN mission", "KP"), source=_AFP,
        note="the demonym inside the complement gives the country; the UN stays in the title"),
    _ex("Guterres met Secretary-General of the United Nations Antonio Guterres.",
        _leader("Antonio Guterres", "Secretary-General", None, organisation="United Nations",
                mentions=("Secretary-General of the United Nations Antonio Guterres", "Guterres")),
        note="Kremlin-style complement naming an organisation; the earlier bare mention joins"),
    _ex("Dmitry Medvedev and President of Uzbekistan Islam Karimov held talks. President Medvedev said.",
        _leader("Dmitry Medvedev", "President", "RU", inferred=True,
                mentions=("Dmitry Medvedev", "President Medvedev")),
        _leader("Islam Karimov", "President", "UZ"),
        dateline="RU", source=_KREMLIN, note="the untitled full name of a well-known office holder comes first; "
        "the titled family-name mention joins it and gives its title"),
    _ex("Tokyo Governor Yuriko Koike and Emir Tamim bin Hamad Al Thani",
        _leader("Yuriko Koike", "Governor", "JP", inferred=True),
        _leader("Tamim bin Hamad Al Thani", "Emir", "JP", inferred=True), dateline="JP",
        note="an unqualified title always takes the dateline: wrong for the emir, but marked inferred"),
    _ex("said Speaker of the National Assembly Woo Won-shik.",
        _leader("Woo Won-shik", "Speaker of the National Assembly", "KR", inferred=True), dateline="KR",
        source=_YONHAP),
    _ex("Sultan Ibrahim Iskandar received the credentials of the Japanese Ambassador to Malaysia Katsuhiko "
        "Takahashi.",
        _leader("Ibrahim Iskandar", "Sultan", "MY", inferred=True),
        _leader("Katsuhiko Takahashi", "Ambassador to Malaysia", "JP"), dateline="MY"),
    _ex("Iraq's Saddam Hussein sought peace on another front.",
        _leader("Saddam Hussein", None, "IQ", mentions=("Saddam Hussein",)), source=_AP,
        note="a well-known office holder needs no title; the possessive gives the country, read, not inferred"),
)

negative: tuple[Example, ...] = (
    Example("By Kim Eun-jung SEOUL, Dec. 29 (Yonhap) -- The ministry said on Monday.", {},
            source=_YONHAP, note="a byline is not a leader"),
    Example("Reporter Anna Smith contributed to this story.", {}, note="journalists hold no office"),
    Example("said John Smith, an analyst at the Carnegie Endowment.", {}, note="quoted analyst"),
    Example("said Jane Doe, a Reuters correspondent in Beijing.", {}, note="correspondent"),
    Example("Stores close early on President's Day.", {}),
    Example("The president said the talks were useful.", {}, note="a title with no name"),
    Example("The Prime Minister's Office issued a statement.", {}),
    Example("It marked the start of the Start of Spring at the Great Hall of the People.", {}, source="seed"),
    Example("Both countries commemorated the World Anti-Fascist War.", {}, source="seed"),
    Example("Former President Yoon Suk Yeol attended the hearing.", {},
            note="a former office-holder no longer holds the office"),
    Example("ex-President Moon Jae-in spoke.", {}),
    Example("the late King Hussein", {}),
    Example("Labour leader Keir Starmer won the vote.", {}, note="a party leader holds no office of state"),
    Example("He met President-elect Donald Trump.", {}, note="an elect does not hold the office yet"),
    Example("Tokyo 2020 President Yoshiro Mori joined the conference.", {},
            source=_XINHUA, note="an event's organising committee is not an office of state"),
    Example("In Beijing, the foreign minister said the visit mattered.", {}, note="a place, then a title"),
    Example("The president Tuesday called for calm.", {}),
    Example("Mr President, I am glad to see you.", {}, source=_KREMLIN),
)

known_failures: tuple[Example, ...] = (
    _ex("Turkish Ambassador to Athens Nazmi Akiman arrived last night.",
        _leader("Nazmi Akiman", "Ambassador to Athens", "TR"), source="modelled on Reuters 1987",
        note="a city as the complement of 'Ambassador to' is not read"),
)

corpus = Corpus("leader", examples, negative, known_failures)
