"""Organisation mentions as data: what ``find_organisations`` must give for each text.

``expected["organisations"]`` maps each organisation's key (its acronym, else
its name) to the text of its mentions, in order; nothing else may be found.
Provenance: ``seed`` (the seed article), ``hand`` (written for this corpus), or
``modelled on ...`` (a form seen in the development articles, reworded).
"""

from __future__ import annotations

from .._engine import Corpus, Example

__all__ = ["corpus"]

_AP = "modelled on AP 1990"
_AFP = "modelled on AFP"
_XINHUA = "modelled on Xinhua"
_KREMLIN = "modelled on Kremlin readouts"
_YONHAP = "modelled on Yonhap"
_REUTERS = "modelled on Reuters 1987"


def _has(text: str, found: dict[str, tuple[str, ...]], source: str = "hand", note: str = "") -> Example:
    return Example(text=text, expected={"organisations": found}, source=source, note=note)


def _none(text: str, source: str = "hand", note: str = "") -> Example:
    return Example(text=text, expected={"organisations": {}}, source=source, note=note)


_EXAMPLES: tuple[Example, ...] = (
    # --- the seed ------------------------------------------------------------
    _has("as responsible major countries and permanent members of the United Nations Security Council, China and",
         {"UNSC": ("United Nations Security Council",)}, "seed",
         "longest match: the UNSC's name is not also a mention of the UN"),
    _has("and resolutely defend the UN-centered international system", {"UN": ("UN",)}, "seed",
         "an adjective form: the span is the acronym"),
    _has("multilateral platforms such as the UN, the Shanghai Cooperation Organization and BRICS, in order to",
         {"UN": ("UN",), "SCO": ("Shanghai Cooperation Organization",), "BRICS": ("BRICS",)}, "seed"),
    _has("Russia will actively support China in hosting the APEC Economic Leaders\u2019 Meeting in November",
         {"APEC": ("APEC",)}, "seed"),
    # --- names, acronyms and spelling variants ------------------------------
    _has("The Shanghai Cooperation Organisation (SCO) summit opened in Astana.",
         {"SCO": ("Shanghai Cooperation Organisation", "SCO")}),
    _has("ministers of the Association of South East Asian Nations (ASEAN) met",
         {"ASEAN": ("Association of South East Asian Nations", "ASEAN")}, _XINHUA),
    _has("the ninth ASEAN plus China, Japan and the Republic of Korea Summit and the first East Asian Summit",
         {"ASEAN Plus Three": ("ASEAN plus China, Japan and the Republic of Korea",), "EAS": ("East Asian Summit",)},
         _XINHUA),
    _has("China-ASEAN trade grew and the ASEAN Regional Forum met in Vientiane",
         {"ASEAN": ("ASEAN",), "ARF": ("ASEAN Regional Forum",)}),
    _has("Leaders of the Group of 20 met before the G-20 summit; the G20 communique followed.",
         {"G20": ("Group of 20", "G-20", "G20")}),
    _has("the G7 and the Group of Eight", {"G7": ("G7",), "G8": ("Group of Eight",)}),
    _has("NATO-led forces and an EU-wide ban", {"NATO": ("NATO",), "EU": ("EU",)}),
    _has("U.N.-backed talks at the United Nations", {"UN": ("U.N.", "United Nations")}, _AP),
    _has("at the United\nNations headquarters", {"UN": ("United\nNations",)}, note="a name across a line break"),
    _has("The U.N. Security Council on Aug. 6 ordered an embargo. The Security Council has said it will not lift it.",
         {"UNSC": ("U.N. Security Council", "Security Council")}, _AP,
         "a back-reference after the full name"),
    _has("U.N. inspectors went in. The Security Council will meet next week.",
         {"UN": ("U.N.",), "UNSC": ("Security Council",)}, _AP, "a back-reference after the parent"),
    _has("UN envoys briefed the 15-member Security Council on Friday.",
         {"UN": ("UN",), "UNSC": ("Security Council",)}, _AP, "'the 15-member' counts as 'the'"),
    _has("the UN General Assembly adopted it; the General Assembly votes yearly",
         {"UNGA": ("UN General Assembly", "General Assembly")}),
    _has("the World Health Organization (WHO) said", {"WHO": ("World Health Organization", "WHO")}),
    _has("We support WHO\u2019s crucial leadership role.", {"WHO": ("WHO",)}, _XINHUA),
    _has("The WHO said on Monday that WHO experts would visit.", {"WHO": ("WHO", "WHO")}),
    _has("the African Union (AU) and the AU Commission chairperson",
         {"AU": ("African Union", "AU"), "AUC": ("AU Commission",)}),
    _has("the AU summit in Addis Ababa", {"AU": ("AU",)}),
    _has("the European Commission, the European Parliament and the European Council",
         {"European Commission": ("European Commission",), "European Parliament": ("European Parliament",),
          "European Council": ("European Council",)}),
    _has("the Council of Europe is not the European Union", {"Council of Europe": ("Council of Europe",),
                                                          "EU": ("European Union",)}),
    _has("the EU Council of Ministers and the European Court of Justice",
         {"Council of the European Union": ("EU Council of Ministers",), "CJEU": ("European Court of Justice",)},
         _AFP),
    _has("a deal on EU policies, judged vital if the Union is to take in new members",
         {"EU": ("EU", "Union")}, _AFP, "'the Union' after the EU"),
    _has("OPEC+ producers and other OPEC members", {"OPEC+": ("OPEC+",), "OPEC": ("OPEC",)}),
    _has("Twelve Arab League nations voted for it", {"Arab League": ("Arab League",)}, _AP),
    _has("the International Monetary Fund and the World Bank", {"IMF": ("International Monetary Fund",),
                                                            "World Bank": ("World Bank",)}),
    _has("the Collective Security Treaty Organization and the Eurasian Economic Union (EAEU)",
         {"CSTO": ("Collective Security Treaty Organization",), "EAEU": ("Eurasian Economic Union", "EAEU")},
         _KREMLIN),
    _has("leaders of the Commonwealth of Independent States", {"CIS": ("Commonwealth of Independent States",)}),
    _has("Commonwealth leaders met in Samoa; the Commonwealth has 56 members.",
         {"Commonwealth of Nations": ("Commonwealth", "Commonwealth")}),
    _has("the Quad foreign ministers, and Quad leaders", {"Quad": ("Quad", "Quad")}),
    _has("the Forum on China-Africa Cooperation (FOCAC)", {"FOCAC": ("Forum on China-Africa Cooperation", "FOCAC")}),
    _has("the China-CELAC Forum and CELAC leaders", {"China-CELAC Forum": ("China-CELAC Forum",),
                                                 "CELAC": ("CELAC",)}),
    _has("with the WTO, the Food and Agricultural Organization and the World Organization for Animal Health",
         {"WTO": ("WTO",), "FAO": ("Food and Agricultural Organization",),
          "WOAH": ("World Organization for Animal Health",)}, _XINHUA),
    _has("the 6th World Trade Organization Ministerial Conference", {"WTO": ("World Trade Organization",)}, _XINHUA),
    _has("the UN refugee agency UNHCR and the U.N. nuclear watchdog",
         {"UNHCR": ("UN refugee agency", "UNHCR"), "IAEA": ("U.N. nuclear watchdog",)}),
    _has("UN Women and UNICEF", {"UN Women": ("UN Women",), "UNICEF": ("UNICEF",)}),
    _has("the Organization for Security and Co-operation in Europe",
         {"OSCE": ("Organization for Security and Co-operation in Europe",)}),
    _has("the Boao Forum for Asia annual conference", {"BFA": ("Boao Forum for Asia",)}),
    _has("the Conference on Interaction and Confidence Building Measures in Asia (CICA)",
         {"CICA": ("Conference on Interaction and Confidence Building Measures in Asia", "CICA")}),
    _has("the Lancang-Mekong Cooperation (LMC) mechanism", {"LMC": ("Lancang-Mekong Cooperation", "LMC")}),
    _has("Mercosur and the Pacific Alliance", {"Mercosur": ("Mercosur",), "Pacific Alliance": ("Pacific Alliance",)}),
    _has("the Visegrad Group (V4)", {"V4": ("Visegrad Group", "V4")}),
    _has("the Gulf Cooperation Council (GCC)", {"GCC": ("Gulf Cooperation Council", "GCC")}),
    _has("the International Criminal Court issued a warrant; the ICC prosecutor said",
         {"ICC": ("International Criminal Court", "ICC")}),
    _has("the BRICS New Development Bank", {"NDB": ("BRICS New Development Bank",)}),
    _has("Interpol issued a red notice", {"Interpol": ("Interpol",)}),
    _has("the Asia-Pacific Economic Cooperation (APEC) forum", {"APEC": ("Asia-Pacific Economic Cooperation",
                                                                         "APEC")}, _XINHUA),
    _has("head of the North Korean UN mission", {"UN": ("UN",)}, _AFP),
    _has("the Human Rights Council in Geneva", {"UNHRC": ("Human Rights Council",)}),
    _has("AUKUS and the SCO", {"AUKUS": ("AUKUS",), "SCO": ("SCO",)}),
    _has("The African Development Bank (ADB) opened a regional office.",
         {"AfDB": ("African Development Bank", "ADB")}, _REUTERS,
         "a parenthesised acronym belongs to the name just before it"),
    _has("financed by the Islamic Development Bank (IDB) and the Inter-American Development Bank",
         {"IsDB": ("Islamic Development Bank", "IDB"), "IDB": ("Inter-American Development Bank",)}, _REUTERS),
    _has("the Organisation for Economic Cooperation and Development, OECD, said",
         {"OECD": ("Organisation for Economic Cooperation and Development", "OECD")}, _REUTERS),
    _has("retaliation by the European Community (EEC) and new EC quotas",
         {"EEC": ("European Community", "EEC", "EC")}, _REUTERS),
    _has("the Asean summit and an Opec meeting", {"ASEAN": ("Asean",), "OPEC": ("Opec",)}, "hand",
         "title-case acronyms of some outlets"),
)

_NEGATIVE: tuple[Example, ...] = (
    _none("Secretary of the Russian Federation Security Council Sergei Shoigu in Beijing", "seed",
          "a national body"),
    _none("Russia's Security Council Secretary Sergei Shoigu", _YONHAP, "a national body"),
    _none("The National Security Council met at the White House."),
    _none("the State Council, China's cabinet, said"),
    _none("The Federal Reserve raised rates."),
    _none("[Photo/Xinhua]", "seed", "a news agency"),
    _none("un accord a \u00e9t\u00e9 sign\u00e9", note="lower-case 'un' is French, not the UN"),
    _none("UNited we stand", note="no word boundary"),
    _none("WHO IS TO BLAME FOR THE CRISIS?", note="an all-capitals headline: WHO is the question word"),
    _none("Who will lead the talks?"),
    _none("The Security Council of the republic met on Monday.", note="no UN named before"),
    _none("the Commonwealth Games in Birmingham"),
    _none("a distance of 1 AU from the sun"),
    _none("the International Olympic Committee (IOC) said", "modelled on Xinhua 2020", "not intergovernmental"),
    _none("the Eastern Economic Forum in Vladivostok", _KREMLIN, "an event, not an organisation"),
    _none("the Soviet Union collapsed", _AP),
    _none("the European Council on Foreign Relations, a think tank"),
    _none("a Model United Nations conference"),
    _none("the Union Jack flew", note="'the Union' needs an earlier EU"),
    _none("quad bikes on the quad"),
    _none("the General Assembly of Virginia", note="no UN named before, and followed by 'of'"),
    _none("South Korea's Yonhap News Agency reported", _YONHAP),
    _none("The Unilever Plc and NV <UN.A> group saw improved results", _REUTERS, "a stock ticker"),
    _none("EAC Industries Inc said it entered a new loan agreement", _REUTERS, "a company"),
    _none("CIS Technologies Inc said it executed a contract", _REUTERS, "a company"),
    _none("Reuter Monitor and Composite Information Service (CIS) will offer reports", _REUTERS,
          "the acronym of another name"),
    _none("the Coffee, Sugar and Cocoa Exchange, CSCE, said", _REUTERS, "the acronym of another name"),
    _none("new EC quotas", note="'EC' needs an earlier European Community"),
)

_KNOWN_FAILURES: tuple[Example, ...] = (
    _has("the EU's executive arm, the commission, was cut", {"EU": ("EU",), "European Commission": ("commission",)},
         _AFP, "lower-case back-references are not resolved"),
    _has("the ten plus one meeting", {"ASEAN Plus One": ("ten plus one",)}, _XINHUA,
         "ASEAN-China 10+1 is a format, not in the gazetteer"),
    _has("We value the APEC forum. Vietnam, the host of this year\u2019s Forum, signed.",
         {"APEC": ("APEC", "Forum")}, _KREMLIN, "'Forum' as a back-reference is not resolved"),
    _has("Putin spoke at the UN. He then met permanent members of the Security Council in Moscow.",
         {"UN": ("UN",)}, _KREMLIN,
         "Kremlin readouts call Russia's own Security Council 'the Security Council'; after a UN mention it is "
         "read as the UNSC"),
)

corpus = Corpus(kind="organisation", examples=_EXAMPLES, negative=_NEGATIVE, known_failures=_KNOWN_FAILURES)
