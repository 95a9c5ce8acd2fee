"""Meeting cues as data: sentences that state exactly one meeting, and sentences that state none.

Each example's ``expected`` names fields of the one ``MeetingCue`` found:
``kind``, ``mode`` (its value), ``future``, ``cameo``, ``plover_event``,
``plover_mode``, ``place``, ``venue``, ``anaphoric``, ``count``, and text
fields ``span``, ``date_hint``, ``parties`` (the texts of ``parties_text``),
``host``, ``organisation`` and ``sentence`` (the whole example unless named). Fields not named are not
checked.

Provenance: ``seed`` sentences come from the seed article; ``modelled on ...``
are hand-written in the manner of the development articles (never copied);
``hand`` are written from DOMAIN.md.
"""

from __future__ import annotations

from .._engine import Corpus, Example

__all__ = ["corpus"]

_SEED = "seed"
_XINHUA = "modelled on Xinhua"
_KREMLIN = "modelled on Kremlin readouts"
_YONHAP = "modelled on Yonhap / Korea Herald"
_AFP = "modelled on AFP / AP"

examples: tuple[Example, ...] = (
    # --- the seed -------------------------------------------------------------
    Example(
        "Xi made the remarks from Beijing during a virtual meeting with Russian President Vladimir Putin.",
        {"kind": "virtual meeting", "mode": "virtual", "future": False, "cameo": "040", "place": "Beijing",
         "parties": ("Xi", "Russian President Vladimir Putin"), "anaphoric": False, "span": "virtual meeting"},
        source=_SEED,
    ),
    Example(
        "President Xi Jinping holds a virtual meeting with Russian President Vladimir Putin at the Great Hall "
        "of the People in Beijing, Feb 4, 2026.",
        {"kind": "virtual meeting", "mode": "virtual", "venue": "Great Hall of the People", "place": "Beijing",
         "date_hint": "Feb 4, 2026", "parties": ("President Xi Jinping", "Russian President Vladimir Putin")},
        source=_SEED, note="the photo caption",
    ),
    Example(
        "It was the first meeting between the two leaders this year.",
        {"kind": "meeting", "anaphoric": True, "date_hint": "this year", "parties": ("the two leaders",)},
        source=_SEED,
    ),
    Example(
        "During their talks, Xi recalled the achievements of the past year.",
        {"kind": "talks", "anaphoric": True, "date_hint": None},
        source=_SEED, note="'their talks' refers back to the virtual meeting",
    ),
    Example(
        "Xi recalled the two meetings between him and Putin in the past year.",
        {"kind": "meeting", "count": 2, "anaphoric": False, "date_hint": "in the past year",
         "parties": ("him and Putin",)},
        source=_SEED,
    ),
    Example(
        "The talks followed a meeting between Foreign Minister Wang Yi and Secretary of the Russian Federation "
        "Security Council Sergei Shoigu in Beijing on Sunday.",
        {"kind": "meeting", "mode": "in person", "place": "Beijing", "date_hint": "on Sunday",
         "parties": ("Foreign Minister Wang Yi and Secretary of the Russian Federation Security Council Sergei "
                     "Shoigu",)},
        source=_SEED, note="the leading 'The talks' is an anaphoric cue; the test checks the first non-anaphoric one",
    ),
    Example(
        "China and Russia held a new round of strategic stability consultation in Beijing on Tuesday.",
        {"kind": "strategic stability consultation", "mode": "in person", "place": "Beijing",
         "date_hint": "on Tuesday", "parties": ("China and Russia",), "cameo": "040",
         "span": "strategic stability consultation"},
        source=_SEED,
    ),
    Example(
        "Russia will actively support China in hosting the APEC Economic Leaders\u2019 Meeting in November in "
        "Shenzhen, Guangdong province, he added.",
        {"kind": "APEC Economic Leaders' Meeting", "future": True, "cameo": "036", "plover_event": "AGREE",
         "host": "China", "organisation": "APEC", "place": "Shenzhen", "date_hint": "in November"},
        source=_SEED, note="curly apostrophe in the source; the kind is normalised to a straight one",
    ),
    Example(
        "The ministers finalised statements for the Economic Leaders'Meeting slated on Nov. 18-19.",
        {"kind": "Economic Leaders' Meeting", "future": True, "cameo": "036", "date_hint": "on Nov. 18-19",
         "span": "Economic Leaders'Meeting"},
        source=_XINHUA, note="crawled copy glues the possessive to the next word; the kind is spaced as usual",
    ),
    Example(
        "GENEVA, March 3 (Reuters) -- The WTO Ministerial Conference opened on Monday.",
        {"kind": "WTO Ministerial Conference", "organisation": "WTO", "span": "WTO Ministerial Conference",
         "date_hint": "on Monday"},
        source="hand", note="the dateline's agency and dash are not part of the event's name",
    ),
    # --- Xinhua ---------------------------------------------------------------
    Example(
        "Chinese Premier Li Qiang held talks with visiting Malaysian Prime Minister Anwar Ibrahim in Beijing on "
        "Monday.",
        {"kind": "talks", "span": "held talks", "place": "Beijing", "date_hint": "on Monday", "future": False,
         "parties": ("Chinese Premier Li Qiang", "visiting Malaysian Prime Minister Anwar Ibrahim")},
        source=_XINHUA,
    ),
    Example(
        "Vice President Han Zheng met with the Lao foreign minister at the Diaoyutai State Guesthouse on Friday.",
        {"kind": "meeting", "venue": "Diaoyutai State Guesthouse", "date_hint": "on Friday", "cameo": "040",
         "parties": ("Vice President Han Zheng", "the Lao foreign minister")},
        source=_XINHUA,
    ),
    Example(
        "Premier Wen will pay official visits to Portugal and Malaysia from Dec. 4 to 15.",
        {"kind": "official visit", "future": True, "cameo": "036", "place": "Portugal"},
        source=_XINHUA,
    ),
    Example(
        "President Hu Jintao received the visiting Kenyan president in Beijing on Wednesday.",
        {"kind": "meeting", "cameo": "043", "plover_mode": "visit", "place": "Beijing",
         "date_hint": "on Wednesday"},
        source=_XINHUA,
    ),
    Example(
        "Chinese President Xi Jinping attended the 15th BRICS Summit via video link in Beijing on Tuesday.",
        {"kind": "BRICS Summit", "mode": "virtual", "organisation": "BRICS", "plover_mode": "multilateral",
         "place": "Beijing", "date_hint": "on Tuesday", "parties": ("Chinese President Xi Jinping",)},
        source=_XINHUA,
    ),
    Example(
        "Addressing the 12th BRICS summit via video link in Beijing, Xi warned against protectionism.",
        {"kind": "summit", "mode": "virtual", "organisation": "BRICS", "parties": ("Xi",)},
        source=_XINHUA, note="the subject comes after the participle's phrase",
    ),
    Example(
        "Chinese President Xi Jinping on Tuesday addressed the 12th BRICS Summit via video link.",
        {"kind": "BRICS Summit", "parties": ("Chinese President Xi Jinping",)},
        source=_XINHUA, note="'on Tuesday' between the subject and its verb",
    ),
    Example(
        "The foreign ministers of South Korea and Japan are to hold a bilateral meeting on the sidelines of the "
        "forum later Monday.",
        {"kind": "meeting", "future": True, "cameo": "036"},
        source=_XINHUA,
    ),
    Example(
        "Ministers began their meeting Tuesday in the southern port city of Busan.",
        {"kind": "meeting", "place": "Busan", "date_hint": "Tuesday"},
        source=_XINHUA,
    ),
    # --- Kremlin ----------------------------------------------------------------
    Example(
        "Vladimir Putin met with President of Kazakhstan Kassym-Jomart Tokayev in Astana.",
        {"kind": "meeting", "place": "Astana",
         "parties": ("Vladimir Putin", "President of Kazakhstan Kassym-Jomart Tokayev")},
        source=_KREMLIN,
    ),
    Example(
        "Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi.",
        {"kind": "phone call", "mode": "phone", "cameo": "041", "plover_mode": "phone",
         "parties": ("Vladimir Putin", "Prime Minister of India Narendra Modi")},
        source=_KREMLIN,
    ),
    Example(
        "Russian-Kyrgyz talks took place in the Kremlin.",
        {"kind": "talks", "parties": ("Russian-Kyrgyz",), "cameo": "040"},
        source=_KREMLIN,
    ),
    Example(
        "The President of Belarus is in Russia on a working visit.",
        {"kind": "working visit", "cameo": "042", "plover_mode": "visit"},
        source=_KREMLIN,
    ),
    Example(
        "Foreign Minister David Levy toured the port on Tuesday, including a meeting with Prime Minister "
        "Necmettin Erbakan.",
        {"kind": "meeting", "parties": ("Foreign Minister David Levy", "Prime Minister Necmettin Erbakan")},
        source=_AFP, note="'including a meeting' is the sentence subject's",
    ),
    Example(
        "Erbakan has still not responded to an invitation by Netanyahu to visit Israel.",
        {"kind": "visit", "future": True, "place": "Israel", "parties": ()},
        source=_AFP, note="the inviter is not the visitor",
    ),
    Example(
        "MOSCOW, Feb. 4 (Xinhua) -- Foreign Minister Sergei Lavrov began his official visit to China on Tuesday.",
        {"kind": "official visit", "place": "China", "date_hint": "on Tuesday",
         "parties": ("Foreign Minister Sergei Lavrov",)},
        source=_XINHUA, note="the subject of a lead follows the dateline",
    ),
    Example(
        "Putin held talks on Tuesday with Kazakh President Kassym-Jomart Tokayev.",
        {"kind": "talks", "date_hint": "on Tuesday", "span": "held talks",
         "parties": ("Putin", "Kazakh President Kassym-Jomart Tokayev")},
        source=_KREMLIN, note="a short date between the trigger and its partner",
    ),
    Example(
        "Palestinian leader Yasser Arafat will meet separately Monday with US Secretary of State Madeleine Albright.",
        {"kind": "meeting", "future": True, "date_hint": "Monday",
         "parties": ("Yasser Arafat", "US Secretary of State Madeleine Albright")},
        source=_AFP, note="an adverb and a weekday between the verb and its partner",
    ),
    Example(
        "French Prime Minister Jacques Chirac\nopened talks with President Ronald Reagan on\n"
        "superpower arms control moves and trade issues.",
        {"kind": "talks", "span": "opened talks",
         "parties": ("French Prime Minister Jacques Chirac", "President Ronald Reagan")},
        source=_AFP, note="hard-wrapped wire copy (Reuters 1987): a line break inside a sentence is no boundary",
    ),
    Example(
        "Brazilian Finance Minister Dilson Funaro met his Swiss counterpart Otto Stich, Swiss Economics Minister "
        "Jean-Pascal Delamuraz and National Bank President Pierre Languetin.",
        {"kind": "meeting", "parties": (
            "Brazilian Finance Minister Dilson Funaro",
            "Swiss counterpart Otto Stich, Swiss Economics Minister Jean-Pascal Delamuraz and National Bank "
            "President Pierre Languetin")},
        source=_AFP, note="'his counterpart' and a list of names with commas",
    ),
    Example(
        "Finance Minister Edouard Balladur, Industry Minister Alain Madelin and Telecommunications Minister Gerard "
        "Longuet met for more than an hour today.",
        {"kind": "meeting", "date_hint": "today", "parties": (
            "Finance Minister Edouard Balladur, Industry Minister Alain Madelin and Telecommunications Minister "
            "Gerard Longuet",)},
        source=_AFP, note="a list of names as the subject",
    ),
    Example(
        "President Biden made a surprise visit to Kyiv on Monday to meet with Ukrainian President Volodymyr "
        "Zelenskyy.",
        {"kind": "visit", "future": False, "cameo": "042", "place": "Kyiv", "date_hint": "on Monday",
         "parties": ("President Biden",)},
        source=_AFP, note="the visit; its purpose clause 'to meet with' is read as a second cue, past too",
    ),
    Example(
        "President Biden made a surprise stop in Kyiv, Ukraine, on Monday, meeting with Ukrainian President "
        "Volodymyr Zelensky.",
        {"kind": "meeting", "future": False, "span": "meeting",
         "parties": ("President Biden", "Ukrainian President Volodymyr Zelensky")},
        source=_AFP, note="a participle clause takes the sentence subject",
    ),
    Example(
        "China's top diplomat, Wang Yi, has met Vladimir Putin in Moscow.",
        {"kind": "meeting", "place": "Moscow", "parties": ("Wang Yi", "Vladimir Putin")},
        source=_AFP, note="the subject is the appositive name between commas",
    ),
    Example(
        "Japan's Prime Minister Fumio Kishida will mark the anniversary by hosting an online Group of Seven summit "
        "with Ukrainian President Volodymyr Zelenskyy.",
        {"kind": "summit", "mode": "virtual", "future": True, "organisation": "Group of Seven",
         "host": "Japan's Prime Minister Fumio Kishida", "count": None,
         "parties": ("Japan's Prime Minister Fumio Kishida", "Ukrainian President Volodymyr Zelenskyy")},
        source=_AFP, note="'Group of Seven' is a name, not a count; the subject of 'by hosting' hosts",
    ),
    Example(
        "Officials in Ukraine hailed President Joe Biden's Kyiv visit as a historic moment.",
        {"kind": "visit", "place": "Kyiv", "parties": ("Biden",)},
        source=_AFP, note="the place named before the trigger",
    ),
    # --- Yonhap / Korea Herald --------------------------------------------------
    Example(
        "During a phone call with Foreign Minister Cho Hyun on Wednesday, Wang urged Seoul to act responsibly.",
        {"kind": "phone call", "mode": "phone", "cameo": "041", "date_hint": "on Wednesday",
         "parties": ("Wang", "Foreign Minister Cho Hyun")},
        source=_YONHAP, note="the subject comes after the opening phrase",
    ),
    Example(
        "President Lee is scheduled to pay a four-day state visit to China beginning Sunday.",
        {"kind": "state visit", "future": True, "place": "China", "cameo": "036"},
        source=_YONHAP,
    ),
    Example(
        "President Lee Jae Myung will embark on his four-day state visit to China on Sunday.",
        {"kind": "state visit", "future": True, "place": "China", "date_hint": "on Sunday",
         "parties": ("President Lee Jae Myung",)},
        source=_YONHAP, note="'his' visit is the sentence subject's",
    ),
    Example(
        "Officials briefed reporters in Seoul on Friday.President Lee will visit China.",
        {"kind": "visit", "future": True, "place": "China", "date_hint": None, "parties": ("President Lee",),
         "sentence": "President Lee will visit China."},
        source=_YONHAP, note="crawled copy glues sentences: Friday belongs to the briefing, not the visit",
    ),
    Example(
        "Officials briefed reporters in Seoul on Friday (Yonhap)President Lee will visit China.",
        {"kind": "visit", "future": True, "date_hint": None, "parties": ("President Lee",),
         "sentence": "President Lee will visit China."},
        source=_YONHAP, note="a photo caption's credit glued to the story's next sentence",
    ),
    Example(
        "President Lee Jae Myung and Chinese President Xi Jinping will attend a welcoming ceremony, followed by a "
        "summit meeting.",
        {"kind": "summit", "span": "summit meeting",
         "parties": ("President Lee Jae Myung and Chinese President Xi Jinping",)},
        source=_YONHAP, note="'followed by a summit' is the sentence subject's",
    ),
    Example(
        "Kim held summit talks this year with Chinese President Xi Jinping.",
        {"kind": "summit", "date_hint": "this year", "parties": ("Kim", "Chinese President Xi Jinping")},
        source=_YONHAP,
    ),
    Example(
        "South Korean President Lee Jae Myung (right) and US President Donald Trump pose for a photo during their "
        "summit at the Gyeongju National Museum on Oct. 29.",
        {"kind": "summit", "date_hint": "on Oct. 29", "venue": "Gyeongju National Museum", "anaphoric": False,
         "parties": ("South Korean President Lee Jae Myung (right) and US President Donald Trump",)},
        source=_YONHAP, note="a photo caption: 'their' summit is the plural subject's, across the '(right)'",
    ),
    Example(
        "Kim spoke by phone with Russian President Vladimir Putin last month.",
        {"kind": "phone call", "mode": "phone", "date_hint": "last month",
         "parties": ("Kim", "Russian President Vladimir Putin")},
        source=_YONHAP,
    ),
    Example(
        "The two leaders will hold summit talks in Seoul next week.",
        {"kind": "summit", "future": True, "place": "Seoul", "date_hint": "next week"},
        source=_YONHAP,
    ),
    # --- AFP / AP -----------------------------------------------------------------
    Example(
        "The Israeli foreign minister arrived Tuesday for talks with Turkish leaders.",
        {"kind": "talks", "parties": ("Turkish leaders",), "future": False},
        source=_AFP,
    ),
    Example(
        "The envoy is also expected to visit Damascus.",
        {"kind": "visit", "future": True, "place": "Damascus"},
        source=_AFP,
    ),
    Example(
        "North Korea said four-party peace talks should begin soon.",
        {"kind": "talks", "cameo": "046"},
        source=_AFP,
    ),
    Example(
        "The king will meet Bush on Thursday in Kennebunkport, Maine.",
        {"kind": "meeting", "future": True, "place": "Kennebunkport", "date_hint": "on Thursday",
         "parties": ("Bush",)},
        source=_AFP,
    ),
    # --- hand -----------------------------------------------------------------------
    Example(
        "The prime minister held a video call with the German chancellor on Monday.",
        {"kind": "video call", "mode": "virtual", "date_hint": "on Monday",
         "parties": ("the German chancellor",)},
    ),
    Example(
        "Modi paid a visit to Moscow in July.",
        {"kind": "visit", "span": "paid a visit", "place": "Moscow", "date_hint": "in July", "cameo": "042"},
    ),
    Example(
        "The leaders met on the sidelines of the G20 Summit in Rio de Janeiro.",
        {"kind": "meeting", "place": "Rio de Janeiro"},
        note="the named G20 Summit is a second cue; the first is checked",
    ),
    # --- after the crawl of real articles --------------------------------------------
    Example(
        "Kim was holding summit talks also with Chinese President Xi Jinping.",
        {"kind": "summit", "parties": ("Kim", "Chinese President Xi Jinping")},
        source=_YONHAP, note="an adverb between the trigger and 'with'",
    ),
    Example(
        "This comes ahead of a summit between South Korean President Roh Moo-hyun and Koizumi on Friday.",
        {"kind": "summit", "future": True, "cameo": "036", "date_hint": "on Friday",
         "parties": ("South Korean President Roh Moo-hyun and Koizumi",)},
        source=_XINHUA, note="what a present-tense clause puts ahead of itself is still to come",
    ),
    Example(
        "He went on to hold talks with Tokyo Governor Yuriko Koike.",
        {"kind": "talks", "future": False, "cameo": "040", "parties": ("Tokyo Governor Yuriko Koike",)},
        source=_XINHUA, note="'went on to' tells what happened next, not what is planned",
    ),
    Example(
        "Bach, who arrived in a chartered flight on Sunday, met with Japanese Prime Minister Yoshihide Suga.",
        {"kind": "meeting", "parties": ("Bach", "Japanese Prime Minister Yoshihide Suga")},
        source=_XINHUA, note="the subject is before the relative clause",
    ),
    Example(
        "Supporters gathered on the day of a bilateral meeting between U.S. President Donald Trump and Chinese "
        "President Xi Jinping.",
        {"kind": "meeting", "parties": ("U.S. President Donald Trump and Chinese President Xi Jinping",)},
        source=_YONHAP, note="the dot of U.S. does not end the participants",
    ),
    # "arrived in X ... for a visit": the visit is to where the visitor arrived.
    Example(
        "Kenyan President William Ruto arrived in Seoul on Tuesday for a three-day state visit.",
        {"kind": "state visit", "place": "Seoul", "parties": ("Kenyan President William Ruto",)},
        source=_AFP, note="'arrived in <city> for a visit'",
    ),
    Example(
        "Brazil's foreign minister landed in Luanda late on Friday for an official visit.",
        {"kind": "official visit", "place": "Luanda"}, source=_AFP, note="'landed in'",
    ),
    Example(
        "The minister arrived in Rome on Monday after a visit to Tunisia.",
        {"kind": "visit", "place": "Tunisia"}, source=_AFP, note="'to' names the visit's place",
    ),
)

# States' people as the parties when nobody is named: "Israeli and Emirati officials", "Representatives of A, B
# and C"; "negotiations" held (a verb of holding or "a round of"); the traveller of "arrived ... for talks with".
examples = (
    *examples,
    Example(
        "Israeli and Emirati officials met in Abu Dhabi on Monday to discuss direct flights.",
        {"kind": "meeting", "parties": ("Israeli and Emirati officials",), "date_hint": "on Monday"},
        source=_AFP, note="a subject of peoples and a group noun",
    ),
    Example(
        "Top U.S. and Chinese diplomats will hold talks in Anchorage on Thursday.",
        {"kind": "talks", "future": True, "parties": ("Top U.S. and Chinese diplomats",)},
        source=_AFP, note="the dot of U.S. inside the subject",
    ),
    Example(
        "South Korean and Japanese foreign ministers are to hold a bilateral meeting later on Monday.",
        {"kind": "meeting", "parties": ("South Korean and Japanese foreign ministers",)},
        source=_YONHAP, note="a lower-case modifier before the group noun",
    ),
    Example(
        "Iranian and Russian negotiators resumed talks in Vienna on Thursday.",
        {"kind": "talks", "parties": ("Iranian and Russian negotiators",)},
        source=_AFP, note="'resumed' holds the talks",
    ),
    Example(
        "Representatives of Bahrain, the UAE and the United States met in Manama on Sunday.",
        {"kind": "meeting", "parties": ("Representatives of Bahrain, the UAE and the United States",)},
        source=_AFP, note="a list whose items carry 'the'",
    ),
    Example(
        "The United States and China held a new round of trade negotiations in Washington on Thursday.",
        {"kind": "negotiations", "cameo": "046", "parties": ("United States and China",)},
        source=_AFP, note="'held a round of negotiations'",
    ),
    Example(
        "Armenia resumed negotiations with Azerbaijan in Moscow on Friday.",
        {"kind": "negotiations", "parties": ("Armenia", "Azerbaijan")},
        source=_AFP, note="'resumed negotiations with'",
    ),
    Example(
        "The two sides opened the fourth round of negotiations in Geneva on Tuesday.",
        {"kind": "negotiations"}, source=_AFP, note="'the fourth round of'",
    ),
    Example(
        "Greek Foreign Minister Nikos Dendias arrived here Tuesday for cooperation talks with Egyptian leaders.",
        {"kind": "talks", "parties": ("Greek Foreign Minister Nikos Dendias", "Egyptian leaders")},
        source=_AFP, note="'arrived ... for talks with': the traveller is a party",
    ),
    Example(
        "The spokesman said envoy Mikhail Bogdanov left Tuesday for consultations with the government of Jordan.",
        {"kind": "consultation", "parties": ("Mikhail Bogdanov", "the government of Jordan")},
        source=_AFP, note="the name before 'left', not the one reporting it",
    ),
)

# A delegation's or a sent team's trip is a visit; its side is named before it, after "led by"/"from", or sends it.
examples = (
    *examples,
    Example(
        "A delegation led by a senior official of Vietnam's Communist Party left Hanoi for Laos on Tuesday.",
        {"kind": "visit", "place": "Laos", "parties": ("a senior official of Vietnam's Communist Party",),
         "date_hint": "on Tuesday"},
        source=_AFP, note="'led by', then 'left <city> for <country>'",
    ),
    Example(
        "A Japanese delegation arrived in Hanoi on Monday.",
        {"kind": "visit", "place": "Hanoi", "parties": ("Japanese delegation",)}, source=_AFP,
        note="the people before the noun",
    ),
    Example(
        "A delegation from Bahrain is due to visit Jerusalem next week.",
        {"kind": "visit", "parties": ("Bahrain",)}, source=_AFP, note="'from <country>'",
    ),
    Example(
        "Russia has dispatched a team of military doctors to Serbia.",
        {"kind": "visit", "place": "Serbia", "parties": ("Russia",)}, source=_AFP,
        note="a team sent: the sender is its side",
    ),
)

# Who chaired or attended, later in the sentence, takes part.
examples = (
    *examples,
    Example(
        "Leaders of the Group of 20 held a virtual summit on Thursday, attended by Chinese President Xi Jinping, "
        "U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida.",
        {"kind": "summit", "parties": ("Chinese President Xi Jinping, U.S. President Joe Biden and Japanese Prime "
                                       "Minister Fumio Kishida",)},
        source=_AFP, note="', attended by <list>'",
    ),
    Example(
        "The meeting of the joint commission was co-chaired by the permanent secretaries of the two ministries: "
        "Mr Tan Kok Wai of Malaysia and Mr Pham Quang Hieu of Vietnam.",
        {"kind": "meeting", "parties": ("Mr Tan Kok Wai of Malaysia and Mr Pham Quang Hieu of Vietnam",)},
        source=_AFP, note="the names after a colon",
    ),
    Example(
        "The talks on Monday were chaired by Indonesian Foreign Minister Retno Marsudi.",
        {"kind": "talks", "parties": ("Indonesian Foreign Minister Retno Marsudi",)}, source=_AFP,
        note="'chaired by'",
    ),
)

# "his meeting" after a report: the reporter's.
examples = (
    *examples,
    Example(
        "In a separate post, Deputy Prime Minister Gan Kim Yong wrote that his meeting with Mr Wang was useful.",
        {"kind": "meeting", "parties": ("Deputy Prime Minister Gan Kim Yong", "Mr Wang")}, source=_AFP,
        note="'<name> wrote that his meeting with'",
    ),
    Example(
        "Mr Lee said his talks with President Prabowo on Monday went well.",
        {"kind": "talks", "parties": ("Mr Lee", "President Prabowo")}, source=_AFP, note="'said his talks with'",
    ),
)

# Who spoke at or took part in a meeting takes part.
examples = (
    *examples,
    Example(
        "Prime Minister Anthony Albanese was speaking at the Special ASEAN-Australia Summit on Tuesday.",
        {"kind": "Special ASEAN-Australia Summit", "parties": ("Prime Minister Anthony Albanese",)}, source=_AFP,
        note="'was speaking at' a named summit",
    ),
    Example(
        "Foreign Minister Penny Wong took part in the talks on Friday.",
        {"kind": "talks", "parties": ("Foreign Minister Penny Wong",)}, source=_AFP, note="'took part in'",
    ),
    Example(
        "President Ramaphosa participated in the summit by video link.",
        {"kind": "summit", "parties": ("President Ramaphosa",)}, source=_AFP, note="'participated in'",
    ),
    Example(
        "Chinese President Xi Jinping sat down with US President Donald Trump in Osaka on Saturday.",
        {"kind": "meeting", "parties": ("Chinese President Xi Jinping", "US President Donald Trump"),
         "date_hint": "on Saturday", "place": "Osaka"},
        source=_AFP, note="'sat down with'",
    ),
    Example(
        "Indian Prime Minister Narendra Modi will sit down with Japanese Prime Minister Fumio Kishida next week.",
        {"kind": "meeting", "future": True,
         "parties": ("Indian Prime Minister Narendra Modi", "Japanese Prime Minister Fumio Kishida")},
        source=_AFP, note="'will sit down with'",
    ),
    Example(
        "Brazilian President Luiz Inacio Lula da Silva made his first trip to Angola on Thursday.",
        {"kind": "visit", "cameo": "042", "date_hint": "on Thursday", "place": "Angola",
         "parties": ("Brazilian President Luiz Inacio Lula da Silva",)},
        source=_AFP, note="'made his first trip to <country>'",
    ),
    Example(
        "Japanese Prime Minister Fumio Kishida landed in Manila on Friday for his first visit since taking office.",
        {"kind": "visit", "date_hint": "on Friday", "parties": ("Japanese Prime Minister Fumio Kishida",)},
        source=_AFP, note="'his first visit': a noun after a determiner and 'first'",
    ),
    Example(
        "Kenyan President William Ruto will undertake a state visit to Ghana in March.",
        {"kind": "state visit", "future": True, "date_hint": "in March", "place": "Ghana",
         "parties": ("Kenyan President William Ruto",)},
        source=_AFP, note="'undertake' as a light verb",
    ),
)

negative: tuple[Example, ...] = (
    Example("Dialogue is the only way forward, the minister said.", {}, note="dialogue as a process"),
    Example("The signing ceremony of the treaty in 1990 was shown on television.", {},
            note="a signing ceremony no one is said to hold"),
    Example("China called for dialogue between the two sides.", {}, note="calling for dialogue holds none"),
    Example("Seoul hopes Beijing can help resume dialogue with Pyongyang.", {}, note="resuming dialogue: a process"),
    Example("The delegates sat down to dinner at eight on Monday.", {}, note="'sat down' with no one"),
    Example("Protesters sat down in the road outside parliament.", {}, note="a sit-down protest"),
    Example("The team's trip to the final ended in a heavy defeat.", {}, note="a trip to no place"),
    Example("President Ramaphosa spoke at a news conference in Pretoria.", {}, note="a news conference is no meeting"),
    Example("The national team travelled to Doha on Monday.", {}, note="a team not sent by a state"),
    Example("The delegation's report was published on Monday.", {}, note="a delegation that goes nowhere"),
    Example("Seoul seeks to revive long-stalled nuclear negotiations with Pyongyang.", {},
            note="negotiations as a process, not a meeting held"),
    Example("Ministers backed a swift end to the Doha Round negotiations.", {}, note="a named process"),
    Example("The dispute must be settled through negotiations.", {}, note="a manner"),
    Example("The new policy is aimed at meeting the needs of farmers.", {}, note="gerund with an object"),
    Example("The proposal meets the criteria set by the committee.", {}),
    Example("They met their targets a year early.", {}),
    Example("For details, visit the website of the ministry.", {}),
    Example("The climbers reached the summit of Everest at dawn.", {}),
    Example("He talks about the economy every week.", {}),
    Example("The meeting room was booked for the afternoon.", {}),
    Example("It was a meeting of minds on climate policy.", {}),
    Example("Inspectors made surprise visits to a number of sites.", {}),
    Example("We need to resolve differences through consultation and negotiation.", {}),
    Example("The company received a letter from the regulator.", {}),
    Example("Officials finished drafting the rules in consultation with local experts.", {}),
    Example("The coach will meet the press after the game.", {}),
    Example("Xi addressed the forum via video link.", {}, note="lower-case forum; video link is only a mode"),
    Example("He gave a press conference in the capital.", {}),
    # Negatives of the wire-copy forms above.
    Example("Mr Lee spoke to reporters after the parade.", {}, note="'spoke to' people with no title"),
    Example("The minister spoke to CNN on Sunday.", {}, note="an interview"),
    Example("Protesters renewed their call for a general strike.", {}, note="a call for something"),
    Example("The call with reporters lasted an hour.", {}, note="no named party"),
    Example("The party issued a call to action.", {}),
    Example("Malaysia welcomed President Trump's decision on Monday.", {}, note="a guest's decision, not the guest"),
    Example("The minister welcomed the move.", {}),
    Example("North Korean leader Kim Jong Un has refused to meet South Korean President Moon Jae-in.", {},
            note="a refusal"),
    Example("Mr Trump said he had no plans to meet Venezuelan President Nicolas Maduro.", {}),
    Example("Mr Trump said he could meet North Korean leader Kim Jong Un again.", {}, note="only imagined"),
    Example("Colombia will not attend a meeting of coffee producing countries in Nicaragua.", {}),
    Example("The summit between Mr Trump and Mr Kim on Monday was cancelled.", {}, note="called off"),
    Example("The talks with Iran have been called off.", {}),
    Example("Iraq's Saddam Hussein called President Bush a liar on Thursday.", {}, note="naming, not a call"),
    Example("The company said it had phoned customers on Monday to apologise.", {}),
    Example("He is the so-called President of the breakaway region.", {}),
    Example("Taiwan is holding discussions with the Asian Development Bank.", {}, note="a process"),
    Example("The two heads of state also had an in-depth exchange of views on hotspot issues.", {},
            note="what a meeting told already covered"),
    Example("The dinner with reporters was cancelled.", {}),
)

# "hosted X for talks / for a state dinner": the guest, then what for (once a known failure).
examples = (*examples, Example("Xi hosted Putin for a state dinner.", {"kind": "meeting", "cameo": "043"},
                               note="'hosted' a guest 'for' an event"))

# Wire-copy forms of calls, hosts and joint appearances (issue #9, section 4). Each form has several hand-written
# examples in the manner of AFP / Reuters / Straits Times copy, and a negative below.
_WIRE = "modelled on wire copy (AFP, Reuters, The Straits Times)"
examples = (
    *examples,
    # "<speak> to X": a titled X, or a phone/video marker; never reporters or an outlet.
    Example("US President Donald Trump spoke to Turkish President Recep Tayyip Erdogan on the phone on Saturday.",
            {"kind": "phone call", "mode": "phone", "span": "spoke to",
             "parties": ("US President Donald Trump", "Turkish President Recep Tayyip Erdogan")}, source=_WIRE),
    Example("Mr Johnson talked on Monday to Mr Macron by telephone.",
            {"kind": "phone call", "mode": "phone", "parties": ("Mr Johnson", "Mr Macron")}, source=_WIRE),
    Example("Trump said on Tuesday that he had spoken to Chinese President Xi Jinping by phone.",
            {"kind": "phone call", "mode": "phone", "parties": ("Trump", "Chinese President Xi Jinping")},
            source=_WIRE, note="'spoken', after a report verb; 'he' is the one who said it"),
    Example("Mr Trump and Mr Xi spoke for an hour by telephone on Friday, the White House said.",
            {"kind": "phone call", "mode": "phone", "date_hint": "on Friday", "parties": ("Mr Trump and Mr Xi",)},
            source=_WIRE, note="the call's length before its mode"),
    # "a call with X": a bare call with a named other party.
    Example("During a call with Indian Prime Minister Narendra Modi on Tuesday, Mr Abe stressed the need to work "
            "together.",
            {"kind": "phone call", "mode": "phone", "date_hint": "on Tuesday",
             "parties": ("Mr Abe", "Indian Prime Minister Narendra Modi")}, source=_WIRE),
    Example("Trump's tweet followed a call with Saudi Crown Prince Mohammed bin Salman.",
            {"kind": "phone call", "parties": ("Saudi Crown Prince Mohammed bin Salman",)}, source=_WIRE),
    Example("Their 40-minute call on Monday with President Moon was the first this year.",
            {"kind": "phone call", "parties": ("President Moon",)}, source=_WIRE),
    # A call received from someone; a call "from Paris" says where the speaker was.
    Example("Prime Minister Lee Hsien Loong received a phone call from Malaysian Prime Minister Muhyiddin Yassin on "
            "Tuesday.",
            {"kind": "phone call", "parties": ("Prime Minister Lee Hsien Loong",
                                               "Malaysian Prime Minister Muhyiddin Yassin"), "date_hint": "on Tuesday"},
            source=_WIRE),
    Example("Mr Putin took a telephone call from Mr Macron on Friday.",
            {"kind": "phone call", "parties": ("Mr Putin", "Mr Macron")}, source=_WIRE),
    Example("The programme will be expanded, a spokesman for the bank said in a telephone call from Paris.",
            {"kind": "phone call", "parties": ()}, source=_WIRE,
            note="'from Paris' is where he was, not a party"),
    # Whom the subject told something in a call or a meeting took part in it.
    Example("US Secretary of State Mike Pompeo told Chinese top diplomat Yang Jiechi in a phone call on Monday that "
            "Washington would act.",
            {"kind": "phone call",
             "parties": ("US Secretary of State Mike Pompeo", "Chinese top diplomat Yang Jiechi")}, source=_WIRE),
    Example("Mr Abe assured Mr Trump during a telephone conversation on Friday that Japan would buy more.",
            {"kind": "phone call", "parties": ("Mr Abe", "Mr Trump")}, source=_WIRE),
    Example("Mr Modi urged Mr Xi at a meeting in Chennai to open markets.",
            {"kind": "meeting", "parties": ("Mr Modi", "Mr Xi")}, source=_WIRE),
    # A light verb with a particle: the subject still makes the visit.
    Example("Japanese Prime Minister Shinzo Abe wrapped up a three-day visit to Iran on Friday.",
            {"kind": "visit", "place": "Iran", "parties": ("Japanese Prime Minister Shinzo Abe",)}, source=_WIRE),
    Example("Annan wrapped up a three-hour meeting with President Saddam Hussein in Baghdad today.",
            {"kind": "meeting", "parties": ("Annan", "President Saddam Hussein")}, source=_WIRE),
    Example("Britain and the European Union kicked off talks in London on Monday.",
            {"kind": "talks", "parties": ("Britain and the European Union",)}, source=_WIRE),
    Example("China and Russia carried out consultations in Moscow on Tuesday.",
            {"kind": "consultation", "parties": ("China and Russia",)}, source=_WIRE,
            note="the particle is not part of the kind"),
    # "met virtually with", "met online with": the mode, and still the object.
    Example("US Secretary of State Mike Pompeo met virtually with Asean foreign ministers on Thursday.",
            {"kind": "virtual meeting", "mode": "virtual",
             "parties": ("US Secretary of State Mike Pompeo", "Asean foreign ministers")}, source=_WIRE),
    Example("Mr Lee met online with the leaders of Australia and New Zealand.",
            {"mode": "virtual", "parties": ("Mr Lee", "the leaders of Australia and New Zealand")}, source=_WIRE),
    # A role between qualifiers and a name still makes the object a person.
    Example("US Secretary of State Mike Pompeo met Chinese Politburo member Yang Jiechi in Hawaii on Wednesday.",
            {"kind": "meeting", "place": "Hawaii",
             "parties": ("US Secretary of State Mike Pompeo", "Chinese Politburo member Yang Jiechi")}, source=_WIRE),
    Example("Mulroney has agreed to meet African National Congress president Oliver Tambo in Ottawa.",
            {"kind": "meeting", "future": True,
             "parties": ("Mulroney", "African National Congress president Oliver Tambo")}, source=_WIRE,
            note="what was agreed is still to come"),
    Example("Mr Blinken will meet Chinese top diplomat Wang Yi in Rome.",
            {"future": True, "parties": ("Mr Blinken", "Chinese top diplomat Wang Yi")}, source=_WIRE),
    # "After meeting X, Y said": the subject follows the opening phrase (or precedes it, between commas).
    Example("After meeting Chinese Foreign Minister Wang Yi on Tuesday, French President Emmanuel Macron said Europe "
            "would stand firm.",
            {"kind": "meeting", "date_hint": "on Tuesday",
             "parties": ("French President Emmanuel Macron", "Chinese Foreign Minister Wang Yi")}, source=_WIRE),
    Example("Mr Macron, after meeting Mr Wang in Paris, said Europe would stand firm.",
            {"kind": "meeting", "parties": ("Mr Macron", "Mr Wang")}, source=_WIRE),
    Example("PARIS (AFP) - Before meeting Mr Putin on Monday, Mr Macron spoke to Mrs Merkel by phone.",
            {"kind": "meeting", "parties": ("Mr Macron", "Mr Putin")}, source=_WIRE, note="after a dateline"),
    # "welcomed X to": a host receiving a titled guest.
    Example("Malaysian Prime Minister Muhyiddin Yassin welcomed Indonesian President Joko Widodo to Putrajaya on "
            "Monday.",
            {"kind": "meeting", "cameo": "043",
             "parties": ("Malaysian Prime Minister Muhyiddin Yassin", "Indonesian President Joko Widodo")},
            source=_WIRE),
    Example("Japan welcomed visiting Indian Prime Minister Narendra Modi at the airport.",
            {"kind": "meeting", "parties": ("Japan", "Indian Prime Minister Narendra Modi")}, source=_WIRE),
    # "A was joined by B for talks": both.
    Example("French President Emmanuel Macron was joined by German Chancellor Angela Merkel for talks at Fort de "
            "Bregancon on Thursday.",
            {"kind": "talks", "parties": ("French President Emmanuel Macron", "German Chancellor Angela Merkel")},
            source=_WIRE),
    Example("Mr Lee was joined by Mr Muhyiddin for a meeting at the Causeway.",
            {"kind": "meeting", "parties": ("Mr Lee", "Mr Muhyiddin")}, source=_WIRE),
    # "a meeting of A and B", "a summit of X leaders": the people met; not a body ("of China's Politburo").
    Example("A meeting of Prime Minister Shinzo Abe and President Moon Jae-in is planned for next month.",
            {"kind": "meeting", "future": True, "parties": ("Prime Minister Shinzo Abe and President Moon Jae-in",)},
            source=_WIRE),
    Example("A summit of Asean leaders will be held in Hanoi in November.",
            {"kind": "summit", "parties": ("Asean leaders",)}, source=_WIRE),
    Example("After an emergency meeting of Nato ambassadors, a statement was issued.",
            {"kind": "meeting", "parties": ("Nato ambassadors",)}, source=_WIRE),
    Example("A meeting of China's Politburo on Monday discussed the economy.",
            {"kind": "meeting", "parties": ()}, source=_WIRE, note="a body, not people who meet"),
    # "phoned/telephoned/called <titled person>": a call.
    Example("US President Donald Trump phoned Turkish President Recep Tayyip Erdogan on Sunday.",
            {"kind": "phone call", "mode": "phone", "cameo": "041", "date_hint": "on Sunday",
             "parties": ("US President Donald Trump", "Turkish President Recep Tayyip Erdogan")}, source=_WIRE),
    Example("German Chancellor Angela Merkel telephoned Russian President Vladimir Putin on Monday.",
            {"kind": "phone call", "parties": ("German Chancellor Angela Merkel", "Russian President Vladimir Putin")},
            source=_WIRE),
    Example("Mr Macron called his Iranian counterpart Hassan Rouhani on Tuesday.",
            {"kind": "phone call", "parties": ("Mr Macron", "Iranian counterpart Hassan Rouhani")}, source=_WIRE),
    # "a courtesy call on X": a visit to the person.
    Example("Chinese Foreign Minister Wang Yi paid a courtesy call on President Halimah Yacob on Thursday.",
            {"kind": "meeting", "mode": "in person", "date_hint": "on Thursday",
             "parties": ("Chinese Foreign Minister Wang Yi", "President Halimah Yacob")}, source=_WIRE),
    Example("The envoy made a courtesy call on Prime Minister Lee.",
            {"kind": "meeting", "parties": ("Prime Minister Lee",)}, source=_WIRE),
    # "teleconference", "met up with", "held discussions with", "exchanged views by phone".
    Example("Prime Minister Lee Hsien Loong held a teleconference with Australian Prime Minister Scott Morrison.",
            {"kind": "video call", "mode": "virtual",
             "parties": ("Prime Minister Lee Hsien Loong", "Australian Prime Minister Scott Morrison")}, source=_WIRE),
    Example("Japanese Prime Minister Shinzo Abe met up with US President Donald Trump on Sunday.",
            {"kind": "meeting", "parties": ("Japanese Prime Minister Shinzo Abe", "US President Donald Trump")},
            source=_WIRE),
    Example("Chinese Foreign Minister Wang Yi held discussions with French Foreign Minister Jean-Yves Le Drian in "
            "Paris.",
            {"kind": "talks", "place": "Paris",
             "parties": ("Chinese Foreign Minister Wang Yi", "French Foreign Minister Jean-Yves Le Drian")},
            source=_WIRE),
    Example("Mr Modi and Mr Xi exchanged views by phone on Tuesday.",
            {"kind": "phone call", "mode": "phone", "parties": ("Mr Modi and Mr Xi",)}, source=_WIRE),
    Example("Premier Wen will exchange views with Slovak leaders on bilateral ties.",
            {"kind": "talks", "future": True, "parties": ("Premier Wen", "Slovak leaders")}, source=_WIRE),
    # A meal with a named party; the host "hosted X to dinner"; a length of talks is no count.
    Example("Foreign Minister Vivian Balakrishnan had a working lunch with Malaysian Foreign Minister Hishammuddin "
            "Hussein on Monday.",
            {"kind": "meeting", "date_hint": "on Monday",
             "parties": ("Foreign Minister Vivian Balakrishnan", "Malaysian Foreign Minister Hishammuddin Hussein")},
            source=_WIRE),
    Example("Foreign Minister Vivian Balakrishnan hosted his Malaysian counterpart Hishammuddin Hussein to dinner.",
            {"kind": "meeting", "cameo": "043",
             "parties": ("Foreign Minister Vivian Balakrishnan", "Malaysian counterpart Hishammuddin Hussein")},
            source=_WIRE),
    Example("US Secretary of State Mike Pompeo and Chinese diplomat Yang Jiechi held seven hours of talks in Hawaii.",
            {"kind": "talks", "count": None, "place": "Hawaii"}, source=_WIRE, note="a length, not seven meetings"),
    # "on Thursday (Aug 20)": the paper's own date, not the weekday, is the hint.
    Example("Mr Yang met Prime Minister Lee Hsien Loong at the Istana on Thursday (Aug 20).",
            {"kind": "meeting", "date_hint": "Aug 20", "venue": "Istana"}, source=_WIRE),
    Example("The two ministers spoke by phone last Friday (Aug 28).",
            {"kind": "phone call", "date_hint": "Aug 28"}, source=_WIRE),
    # Several countries visited: one cue each, the first checked here (the others in test_meeting.py).
    Example("Chinese Premier Li Keqiang will pay official visits to France and Germany next week.",
            {"kind": "official visit", "place": "France", "future": True, "parties": ("Chinese Premier Li Keqiang",)},
            source=_WIRE),
    # A participle after "after"/"before" has the subject of the verb it follows.
    Example("Mr Pompeo met Mr Netanyahu in Jerusalem before visiting Sudan.",
            {"kind": "meeting", "parties": ("Mr Pompeo", "Mr Netanyahu")}, source=_WIRE),
    # A dialogue or a signing ceremony held (issue 9): an event only after a verb of holding, hosting, attending.
    Example("Senior Minister of State Chee Hong Tat held a virtual dialogue with Malaysian Transport Minister Wee Ka "
            "Siong on Monday.", {"kind": "dialogue", "date_hint": "on Monday"}, source=_WIRE),
    Example("Ministers from Japan and India will hold a dialogue on maritime security in New Delhi next month.",
            {"kind": "dialogue", "future": True}, source=_WIRE),
    Example("US President Donald Trump will host a signing ceremony at the White House on Sept 15.",
            {"kind": "signing ceremony", "future": True}, source=_WIRE),
    Example("Israel hopes to hold a signing ceremony in Washington for the deal by mid-September.",
            {"kind": "signing ceremony"}, source=_WIRE),
)

known_failures: tuple[Example, ...] = (
    Example(
        "As agreed, we are meeting just a few days before the new year.",
        {"kind": "meeting"},
        note="progressive 'are meeting' followed by an adverb of degree",
    ),
)

corpus = Corpus("meeting", examples, negative, known_failures)
