"""The meeting-assembly corpus: (text, published, the meetings ``extract`` must give).

Each example lists every meeting the article must yield, in order, as a mapping
of the fields that matter (``participants``, ``date``, ``end_date``, ``future``,
``kind``); fields left out are not checked. ``negative`` texts must give no
meeting at all. Hand-written, modelled on wire copy (Straits Times, CNN,
Xinhua, Kremlin readouts); no sentence is pasted from a dataset.

Add an example, run ``pytest tests/test_meeting.py -k assembly``: Duckling's
workflow for the part of the grammar that reads a whole article.
"""

from __future__ import annotations

import datetime as dt

from ..._engine import Corpus, Example

__all__ = ["corpus"]

_AUG20 = dt.date(2020, 8, 20)  # a Thursday
_OCT2 = dt.date(2026, 10, 2)  # a Friday


def _ex(text: str, published: dt.date, *meetings: dict[str, object], note: str = "") -> Example:
    return Example(text, {"meetings": meetings}, published=published, note=note)


_RANGES = (
    _ex("Chinese President Xi Jinping will hold a summit with Russian President Vladimir Putin on Oct. 15-16.",
        _OCT2, {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2026-10-15", "end_date": "2026-10-16"},
        note="a day range in one month"),
    _ex("Chinese President Xi Jinping will hold talks with French President Emmanuel Macron from Nov. 12 to 14 "
        "in Paris.", _OCT2,
        {"participants": ("Xi Jinping", "Emmanuel Macron"), "date": "2026-11-12", "end_date": "2026-11-14"},
        note="from ... to ..."),
    _ex("Indian Prime Minister Narendra Modi will meet Japanese Prime Minister Shigeru Ishiba Oct. 30 to Nov. 2.",
        _OCT2, {"participants": ("Narendra Modi", "Shigeru Ishiba"), "date": "2026-10-30", "end_date": "2026-11-02"},
        note="a range across a month's end names the second month"),
    _ex("Chinese President Xi Jinping will pay a four-day state visit to France starting on Monday.", _OCT2,
        {"participants": ("Xi Jinping",), "date": "2026-10-05", "end_date": "2026-10-08", "future": True},
        note="a duration from a known first day"),
    _ex("Russian President Vladimir Putin will pay a two-day official visit to India beginning Dec. 4.", _OCT2,
        {"participants": ("Vladimir Putin",), "date": "2026-12-04", "end_date": "2026-12-05"},
        note="'beginning' a day"),
    # Negatives: a single day, a duration with no first day, a range of years.
    _ex("Chinese President Xi Jinping met French President Emmanuel Macron on Sept. 9, 2026 in Beijing.", _OCT2,
        {"participants": ("Xi Jinping", "Emmanuel Macron"), "date": "2026-09-09", "end_date": None},
        note="a year after the day is no range"),
    _ex("Chinese President Xi Jinping held talks with Vladimir Putin on Monday during a three-day visit.", _OCT2,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2026-09-28", "end_date": None},
        {"kind": "visit", "participants": ("Xi Jinping",), "end_date": None},
        note="the talks fall within the visit; its first day is not given"),
)

_PARTICIPANTS = (
    # People the leader list lacks, named after a title or a courtesy title; a lone surname is the person before.
    _ex("Top Chinese diplomat Yang Jiechi met Prime Minister Lee Hsien Loong on Thursday (Aug 20).", _AUG20,
        {"participants": ("Yang Jiechi", "Lee Hsien Loong"), "date": "2020-08-20"},
        note="a person after a role noun ('diplomat')"),
    _ex("The two sides agreed on a fast lane after a video conference meeting between Mr Tan Boon Huat and "
        "Mr Ong Kah Seng on Thursday.", _AUG20,
        {"participants": ("Tan Boon Huat", "Ong Kah Seng"), "date": "2020-08-20"},
        note="courtesy titles"),
    _ex("State Councillor Wang Yi met Dutch Foreign Minister Stef Blok in The Hague on Tuesday. Mr Wang then met "
        "Mr Erik Berg on Wednesday.", _AUG20,
        {"participants": ("Wang Yi", "Stef Blok"), "date": "2020-08-18"},
        {"participants": ("Wang Yi", "Erik Berg"), "date": "2020-08-19"},
        note="a lone surname is the full name before it"),
    _ex("Prime Minister Lee Hsien Loong and his New Zealand counterpart Jacinda Ardern held a virtual meeting on "
        "Wednesday.", _AUG20, {"participants": ("Lee Hsien Loong", "Jacinda Ardern"), "date": "2020-08-19"},
        note="'A and his <country> counterpart B' as the subject"),
    _ex("Chinese Premier Li Qiang and his Malaysian counterpart Anwar Ibrahim held talks in Beijing on Monday.",
        _AUG20, {"participants": ("Li Qiang", "Anwar Ibrahim"), "date": "2020-08-17"},
        note="the counterpart form with a demonym"),
    _ex("Prime Minister Lee Hsien Loong met Mr Heng on Thursday.", _AUG20,
        {"participants": ("Lee Hsien Loong",), "date": "2020-08-20"},
        note="negative: a lone surname nobody named in full is no participant"),
    _ex("US President Donald Trump held talks with the White House Council on Thursday.", _AUG20,
        {"participants": ("Donald Trump",), "date": "2020-08-20"},
        note="negative: a body is no person"),
    # A list of people after the object: every leader on it takes part.
    _ex("In Jakarta, Chinese Foreign Minister Wang Yi will also meet President Joko Widodo, Defence Minister "
        "Prabowo Subianto, Foreign Minister Retno Marsudi and business leaders.", _AUG20,
        {"participants": ("Wang Yi", "Joko Widodo", "Prabowo Subianto", "Retno Marsudi"), "future": True},
        note="'will also meet A, B, C and business leaders'"),
    _ex("Japanese Prime Minister Shinzo Abe met US President Donald Trump, Canadian Prime Minister Justin Trudeau "
        "and German Chancellor Angela Merkel on Saturday.", _AUG20,
        {"participants": ("Shinzo Abe", "Donald Trump", "Justin Trudeau", "Angela Merkel"), "date": "2020-08-15"},
        note="'met A, B and C on <day>'"),
    _ex("Chinese President Xi Jinping met Russian President Vladimir Putin, Chinese Foreign Minister Wang Yi said.",
        _AUG20, {"participants": ("Xi Jinping", "Vladimir Putin")},
        note="negative: the speaker after a comma is no item of a list"),
    _ex("Chinese President Xi Jinping met Russian President Vladimir Putin, and Indian Prime Minister Narendra Modi "
        "met French President Emmanuel Macron.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin")},
        {"participants": ("Narendra Modi", "Emmanuel Macron")},
        note="negative: ', and <leader> met' opens another clause"),
    # Another meeting noun coordinated with the cue shares its object.
    _ex("On Tuesday, Chinese Foreign Minister Wang Yi will meet Italian President Sergio Mattarella, and then hold "
        "talks and a working lunch with Italian Foreign Minister Luigi Di Maio.", _AUG20,
        {"participants": ("Wang Yi", "Sergio Mattarella"), "date": "2020-08-25"},
        {"participants": ("Wang Yi", "Luigi Di Maio"), "date": "2020-08-25"},
        note="'hold talks and a working lunch with X'"),
    _ex("Indian Prime Minister Narendra Modi held talks and dinner with Japanese Prime Minister Shinzo Abe on "
        "Sunday.", _AUG20,
        {"participants": ("Narendra Modi", "Shinzo Abe"), "date": "2020-08-16"},
        note="'held talks and dinner with X'"),
    _ex("Indian Prime Minister Narendra Modi held talks and praised Japanese Prime Minister Shinzo Abe on Sunday.",
        _AUG20, {"participants": ("Narendra Modi",), "date": "2020-08-16"},
        note="negative: a verb, not a meeting noun, after 'and': nobody the talks were with"),
    # The subject attends a meeting whose phrase names other parties.
    _ex("Chinese Premier Li Keqiang will visit Indonesia, and he will also attend the 23rd Summit between China and "
        "ASEAN in Jakarta.", _AUG20,
        {"kind": "visit", "participants": ("Li Keqiang",)},
        {"participants": ("Li Keqiang", "CN"), "future": True},
        note="'he will also attend the Summit between China and ASEAN'"),
    _ex("Japanese Prime Minister Yoshihide Suga attended the summit between Japan and ASEAN on Saturday.", _AUG20,
        {"participants": ("Yoshihide Suga",), "date": "2020-08-15"},
        note="'X attended the summit between ...'"),
    _ex("Japanese Prime Minister Yoshihide Suga praised the summit between China and ASEAN on Saturday.", _AUG20,
        {"participants": ("CN",)},
        note="negative: praising a summit is not attending it"),
    # A visit to a list of states: every state is visited.
    _ex("Chinese Premier Wen Jiabao will pay official visits to France, Slovakia, the Czech Republic and Portugal "
        "next month.", _AUG20,
        {"participants": ("Wen Jiabao",), "countries": ("CN", "SK", "CZ", "PT", "FR"), "date": "2020-09"},
        note="the states after the visit's place"),
    _ex("Chinese Foreign Minister Wang Yi will visit Italy, the Netherlands, Norway, France and Germany.", _AUG20,
        {"participants": ("Wang Yi",), "countries": ("CN", "NL", "NO", "FR", "DE", "IT")},
        note="'visit A, B, C, D and E'"),
    _ex("Chinese Premier Li Keqiang will pay official visits to France and Germany next week.", _AUG20,
        {"participants": ("Li Keqiang",), "countries": ("CN", "FR")},
        {"participants": ("Li Keqiang",), "countries": ("CN", "DE")},
        note="negative: two states are a visit each, not a tour"),
    _ex("Chinese Foreign Minister Wang Yi will visit Italy, Foreign Minister Luigi Di Maio said.", _AUG20,
        {"participants": ("Wang Yi",), "countries": ("CN", "IT")},
        note="negative: a title after the comma is no state"),
    # A range of an earlier clause's trip holds a meeting it does not date to the day.
    _ex("Chinese Premier Li Keqiang will visit Indonesia from Nov. 9 to 15, and he will also attend the ASEAN "
        "summit.", _AUG20,
        {"kind": "visit", "participants": ("Li Keqiang",), "date": "2020-11-09", "end_date": "2020-11-15"},
        {"participants": ("Li Keqiang",), "date": "2020-11", "future": True},
        note="the month of the trip's range"),
    _ex("Chinese Premier Li Keqiang will visit Indonesia from Nov. 9 to 15 and attend the ASEAN summit on "
        "Nov. 12.", _AUG20,
        {"kind": "visit", "participants": ("Li Keqiang",), "date": "2020-11-09"},
        {"participants": ("Li Keqiang",), "date": "2020-11-12", "future": True},
        note="negative: the summit's own day stands"),
    # A pair named before: "The two last met", "They met again".
    _ex("DPM Heng Swee Keat said his meeting with Chinese Vice-Premier Han Zheng was fruitful. The two last met "
        "in China in May 2019.", _AUG20,
        {"participants": ("Heng Swee Keat", "Han Zheng")},
        {"participants": ("Heng Swee Keat", "Han Zheng"), "date": "2019-05"},
        note="the pair of the meeting before"),
    _ex("Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida on Monday. "
        "The two leaders first met in 2014.", _AUG20,
        {"participants": ("Narendra Modi", "Fumio Kishida"), "date": "2020-08-17"},
        {"participants": ("Narendra Modi", "Fumio Kishida"), "date": "2014"},
        note="'the two leaders first met'"),
    _ex("The two last met in Beijing in May 2019.", _AUG20, note="negative: no pair named before"),
    # The pair named by their office: "Both presidents", "The two heads of state".
    _ex("Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Monday. Both presidents "
        "also met in May.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-08-17"},
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-05"},
        note="'Both presidents also met in May'"),
    _ex("Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Monday. The two heads of "
        "state will meet again in November.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-08-17"},
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-11", "future": True},
        note="'The two heads of state will meet again'"),
    _ex("Japanese Prime Minister Shinzo Abe met Indian Prime Minister Narendra Modi on Monday. The two prime "
        "ministers first met in 2014.", _AUG20,
        {"participants": ("Shinzo Abe", "Narendra Modi"), "date": "2020-08-17"},
        {"participants": ("Shinzo Abe", "Narendra Modi"), "date": "2014"},
        note="'The two prime ministers first met'"),
    _ex("The two presidents will meet again in November.", _AUG20, note="negative: no pair named before"),
    # "the leaders" as the subject of a later clause: the leaders its sentence named before it.
    _ex("Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi plan to discuss maritime "
        "security, as the leaders are set to hold talks next week in Tokyo, an official said.", _AUG20,
        {"participants": ("Shinzo Abe", "Narendra Modi"), "date": "2020-W35", "future": True},
        note="', as the leaders are set to hold talks'"),
    _ex("Russian President Vladimir Putin thanked Turkish President Recep Tayyip Erdogan for his help, and the two "
        "leaders will meet in Sochi on Friday.", _AUG20,
        {"participants": ("Vladimir Putin", "Recep Tayyip Erdogan"), "date": "2020-08-21", "future": True},
        note="', and the two leaders will meet'"),
    _ex("Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Monday. Officials said "
        "that while the leaders will meet again in November, no date was set.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-08-17"},
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-11", "future": True},
        note="'while the leaders will meet': the pair of the meeting before, when the sentence names none"),
    _ex("Officials said the leaders will meet in Sochi on Friday.", _AUG20,
        note="negative: 'the leaders' with no pair named anywhere"),
    # "the leaders' first/last summit": a dated earlier meeting of the pair, not the one announced.
    _ex("South Korean President Lee Jae Myung will hold a summit with Chinese President Xi Jinping on Monday. "
        "The trip comes two months after the leaders' first summit, held on the sidelines of the APEC summit on "
        "Nov. 1 in Gyeongju.", dt.date(2026, 1, 2),
        {"participants": ("Lee Jae Myung", "Xi Jinping"), "date": "2026-01-05", "future": True},
        {"participants": ("Lee Jae Myung", "Xi Jinping"), "date": "2025-11-01", "future": False},
        note="the pair's first summit, dated by the event it was held beside"),
    _ex("Indian Prime Minister Narendra Modi will meet Chinese President Xi Jinping next week. The leaders' last "
        "meeting, in Wuhan in April 2018, was informal.", _AUG20,
        {"participants": ("Narendra Modi", "Xi Jinping"), "date": "2020-W35", "future": True},
        {"participants": ("Narendra Modi", "Xi Jinping"), "date": "2018-04", "future": False},
        note="'the leaders' last meeting, in ... 2018'"),
    _ex("Indian Prime Minister Narendra Modi will meet Chinese President Xi Jinping next week. The leaders' meeting "
        "will focus on the border.", _AUG20,
        {"participants": ("Narendra Modi", "Xi Jinping"), "date": "2020-W35", "future": True},
        note="negative: 'the leaders' meeting' with no 'first'/'last' is the one announced"),
    # The subject of a participle opening, of a relative clause.
    _ex("Speaking during a visit to Norway, Chinese Foreign Minister Wang Yi said on Thursday that ties were good.",
        _AUG20, {"participants": ("Wang Yi",), "date": "2020-08-20"},
        note="the subject after a participle's opening phrase"),
    _ex("'It is unknown,' said Chinese Foreign Minister Wang Yi, who was visiting Oslo on Thursday.", _AUG20,
        {"participants": ("Wang Yi",), "date": "2020-08-20"},
        note="the antecedent of 'who'"),
    # An opening adverbial dates the sentence, however far the meeting is from it.
    _ex("Last year, Chinese President Xi Jinping made the first state visit in many years by a Chinese leader to "
        "North Korea.", _AUG20, {"participants": ("Xi Jinping",), "date": "2019"},
        note="'Last year,' opens the sentence"),
    _ex("In 2018, US President Donald Trump held a summit with North Korean leader Kim Jong Un in "
        "Singapore.", _AUG20, {"participants": ("Donald Trump", "Kim Jong Un"), "date": "2018"},
        note="'In 2018,' opens the sentence"),
    _ex("In 2019, the then Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in Vladivostok.",
        _AUG20, {"participants": ("Shinzo Abe", "Vladimir Putin"), "date": "2019"},
        note="'In 2019,' opens the sentence, far from the meeting"),
    _ex("Back in 2018, Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held an informal summit "
        "in Wuhan.", _AUG20, {"participants": ("Narendra Modi", "Xi Jinping"), "date": "2018"},
        note="two words before the opening year"),
    # An opening day dates every meeting of its sentence, even one after a meeting that has it as its own.
    _ex("On Tuesday, Chinese Foreign Minister Wang Yi met Italian Foreign Minister Luigi Di Maio, and later held "
        "talks with Italian Prime Minister Giuseppe Conte.", _AUG20,
        {"participants": ("Wang Yi", "Luigi Di Maio"), "date": "2020-08-18"},
        {"participants": ("Wang Yi", "Giuseppe Conte"), "date": "2020-08-18"},
        note="'On Tuesday,' covers both clauses"),
    _ex("On Tuesday, Chinese Foreign Minister Wang Yi met Italian Foreign Minister Luigi Di Maio, and he will hold "
        "talks with Italian Prime Minister Giuseppe Conte in September.", _AUG20,
        {"participants": ("Wang Yi", "Luigi Di Maio"), "date": "2020-08-18"},
        {"participants": ("Wang Yi", "Giuseppe Conte"), "date": "2020-09"},
        note="negative: the opening day gives way to a later clause's own date"),
    _ex("Chinese President Xi Jinping made a state visit to North Korea, his first since ties were set up, said "
        "a report issued last year.", _AUG20, {"participants": ("Xi Jinping",), "date": None},
        note="negative: a year far from the meeting and not opening the sentence"),
)

_CUES = (
    # "called on": a courtesy call; urging is no meeting.
    _ex("Chinese Foreign Minister Wang Yi called on Prime Minister Lee Hsien Loong at the Istana on Thursday.",
        _AUG20, {"participants": ("Wang Yi", "Lee Hsien Loong"), "date": "2020-08-20"}, note="'called on' a leader"),
    _ex("Visiting Japanese Foreign Minister Toshimitsu Motegi calls on President Joko Widodo in Jakarta on "
        "Friday.", _AUG20, {"participants": ("Toshimitsu Motegi", "Joko Widodo"), "date": "2020-08-21"},
        note="'calls on', a day to come"),
    _ex("US President Joe Biden called on Russia to stop the war on Monday.", _AUG20, note="negative: urging"),
    _ex("Chinese President Xi Jinping on Tuesday called on BRICS countries to uphold multilateralism.", _AUG20,
        note="negative: urging a group"),
    _ex("He called on Monday for a ceasefire.", _AUG20, note="negative: a day is nobody"),
    # "spoke with", "talked with": a conversation; an interview is none.
    _ex("Secretary of State Antony Blinken spoke today with Indian Foreign Minister Subrahmanyam Jaishankar.",
        _AUG20, {"kind": "conversation", "participants": ("Antony Blinken", "Subrahmanyam Jaishankar"),
                 "date": "2020-08-20"}, note="'spoke today with'"),
    _ex("German Chancellor Angela Merkel talked with French President Emmanuel Macron on Wednesday about the "
        "recovery fund.", _AUG20, {"participants": ("Angela Merkel", "Emmanuel Macron"), "date": "2020-08-19"},
        note="'talked with'"),
    _ex("The minister spoke with Reuters on Monday.", _AUG20, note="negative: an interview"),
    # Groups who hold no office are no party to a diplomatic meeting.
    _ex("South Korean President Lee Jae Myung will meet business leaders from both countries at a forum in Beijing "
        "on Monday.", _AUG20, note="negative: 'meet business leaders'"),
    _ex("Chinese President Xi Jinping met local business executives in Seattle on Tuesday.", _AUG20,
        note="negative: 'met local business executives'"),
    _ex("Indian Prime Minister Narendra Modi held talks with students at the embassy on Friday.", _AUG20,
        note="negative: 'talks with students'"),
    _ex("South Korean President Lee Jae Myung will meet Chinese Premier Li Qiang and business leaders on Monday.",
        _AUG20, {"participants": ("Lee Jae Myung", "Li Qiang"), "date": "2020-08-24"},
        note="contrast: a leader among the groups keeps the meeting"),
    _ex("The president spoke with reporters at the airport.", _AUG20, note="negative: nobody named"),
    # "conference call": by phone.
    _ex("G7 leaders held a conference call on Monday with Ukrainian President Volodymyr Zelensky.", _AUG20,
        {"kind": "phone call", "mode": "phone", "participants": ("Volodymyr Zelensky",), "date": "2020-08-17"},
        note="'conference call'"),
    # "hosted X for talks / lunch": the host and the guest.
    _ex("Japanese Prime Minister Fumio Kishida hosted Chinese Premier Li Qiang for talks on Monday.", _AUG20,
        {"participants": ("Fumio Kishida", "Li Qiang"), "date": "2020-08-17"}, note="'hosted X for talks'"),
    _ex("Foreign Minister Vivian Balakrishnan hosted Mr Wang Yi for a working lunch on Friday.", _AUG20,
        {"participants": ("Vivian Balakrishnan", "Wang Yi"), "date": "2020-08-14"}, note="'for a working lunch'"),
    _ex("Japanese Prime Minister Fumio Kishida hosted the summit in Hiroshima.", _AUG20,
        {"kind": "summit", "participants": ("Fumio Kishida",)}, note="negative: the hosted event is the cue"),
    # A visit made for talks is the talks; a gathering for talks has the gathering's subject.
    _ex("Belarusian leader Alexander Lukashenko visited Sochi on Monday for one-on-one talks with Russian "
        "President Vladimir Putin.", _AUG20,
        {"kind": "talks", "participants": ("Alexander Lukashenko", "Vladimir Putin"), "date": "2020-08-17"},
        note="'visited X for talks with Y': one meeting"),
    _ex("Afghan government representatives and Taleban insurgents gathered on Saturday for historic peace talks.",
        _AUG20, {"participants": ("AF",), "date": "2020-08-15"}, note="'gathered for talks'"),
    _ex("President Lee Jae Myung will pay a state visit to China, and may visit Japan later for summit talks with "
        "Japanese Prime Minister Sanae Takaichi.", _AUG20,
        {"kind": "state visit", "participants": ("Lee Jae Myung",)},
        {"participants": ("Lee Jae Myung", "Sanae Takaichi")},
        note="negative: a planned visit is not merged with the talks of another trip"),
    # "arrived ... for talks" after a visit told before: the talks are that visit's programme.
    _ex("Israeli FM begins Turkey visit\n\nIsraeli Foreign Minister Gabi Ashkenazi arrived in Ankara on Tuesday for "
        "talks with Turkish leaders.", _AUG20,
        {"kind": "visit", "participants": ("Gabi Ashkenazi",), "date": "2020-08-18"},
        note="a headline's visit, then 'arrived ... for talks'"),
    _ex("Chinese Foreign Minister Wang Yi began a visit to Europe on Monday. Wang arrived in Rome on Tuesday for "
        "consultations with Italian officials.", _AUG20,
        {"kind": "visit", "participants": ("Wang Yi",), "date": "2020-08-17"},
        note="the traveller's visit absorbs the consultations of its programme"),
    _ex("Chinese Foreign Minister Wang Yi will visit Europe next month. Italian Foreign Minister Luigi Di Maio "
        "arrived in Beijing on Tuesday for talks with Chinese officials.", _AUG20,
        {"kind": "visit", "participants": ("Wang Yi",), "future": True},
        {"kind": "talks", "participants": ("Luigi Di Maio",), "date": "2020-08-18"},
        note="negative: another traveller's talks are no part of the visit"),
    # A plural meeting over a list of years: one a year; an appositive name does not end the clause.
    _ex("US President Donald Trump held summits with North Korean leader Kim Jong Un in 2018 and 2019.", _AUG20,
        {"participants": ("Donald Trump", "Kim Jong Un"), "date": "2018"},
        {"participants": ("Donald Trump", "Kim Jong Un"), "date": "2019"}, note="one meeting a year"),
    _ex("US President Donald Trump held a summit with North Korean leader Kim Jong Un in 2018 and met him again.",
        _AUG20, {"participants": ("Donald Trump", "Kim Jong Un"), "date": "2018"},
        note="negative: one summit, one year"),
    _ex("Chinese Foreign Minister Wang Yi will hold talks with South Korea's national security adviser, Mr Suh "
        "Hoon, on Saturday.", _AUG20, {"participants": ("Wang Yi", "Suh Hoon"), "date": "2020-08-22"},
        note="the date after an appositive name"),
)

_SUBJECTS_AND_OBJECTS = (
    # An object opened by a word before its title; a pair named after an opening "During their meeting,".
    _ex("IOC President Thomas Bach also met former Prime Minister Shinzo Abe on Monday.", _AUG20,
        {"participants": ("Thomas Bach", "Shinzo Abe"), "date": "2020-08-17"}, note="'met former <title> X'"),
    _ex("Indian Prime Minister Narendra Modi met outgoing Australian Prime Minister Scott Morrison on Tuesday.",
        _AUG20, {"participants": ("Narendra Modi", "Scott Morrison"), "date": "2020-08-18"},
        note="'met outgoing <title> X'"),
    _ex("During their meeting, South Korean Foreign Minister Ban Ki-moon and Japanese Foreign Minister Taro Aso "
        "are expected to discuss the shrine visits.", _AUG20,
        {"participants": ("Ban Ki-moon", "Taro Aso"), "date": None},
        note="'During their meeting, A and B ...': the pair after the opening phrase"),
    _ex("During their talks on Tuesday, Chinese President Xi Jinping and Russian President Vladimir Putin "
        "discussed energy.", _AUG20, {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-08-18"},
        note="'During their talks on <day>, A and B ...'"),
    _ex("During their talks, Chinese President Xi Jinping recalled the past.", _AUG20,
        note="negative: one name after 'their' refers back to a pair named elsewhere"),
    # A list whose first name carries an appositive.
    _ex("Both countries agreed after a video conference meeting between Mr Chee Wee Kiong, Permanent Secretary "
        "of Singapore's Foreign Ministry, and China's Vice-Foreign Minister Luo Zhaohui on Thursday.", _AUG20,
        {"participants": ("Chee Wee Kiong", "Luo Zhaohui"), "date": "2020-08-20"},
        note="'between A, <appositive>, and B'"),
    _ex("Chinese President Xi Jinping met Russian President Vladimir Putin on Monday, and Indian Prime Minister "
        "Narendra Modi met French President Emmanuel Macron on Tuesday.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-08-17"},
        {"participants": ("Narendra Modi", "Emmanuel Macron"), "date": "2020-08-18"},
        note="negative: ', and' after a date opens another clause, not a list"),
    # The visitor of a visit named inside a relative clause or after "on"/"for"; the clause's date is its own.
    _ex("TOKYO, Nov. 16 (Xinhua) -- IOC President Thomas Bach said on Monday the Games would go ahead.\n\n"
        "Bach, who arrived in Tokyo on Sunday for a four-day visit, met with Japanese Prime Minister Yoshihide "
        "Suga.", dt.date(2020, 11, 16),
        {"kind": "visit", "participants": ("Thomas Bach",), "date": "2020-11-15"},
        {"participants": ("Thomas Bach", "Yoshihide Suga"), "date": "2020-11-16"},
        note="the relative clause's Sunday dates the visit, not the meeting, which takes the lead's Monday"),
    # "arrived here ... for a visit": "here" is the dateline's city.
    _ex("OSLO, Aug. 20 (Xinhua) -- Chinese Foreign Minister Wang Yi, who arrived here on Wednesday for a two-day "
        "visit, met Norwegian Foreign Minister Ine Eriksen Soreide on Thursday.", _AUG20,
        {"kind": "visit", "participants": ("Wang Yi",), "place": "Oslo", "date": "2020-08-19"},
        {"participants": ("Wang Yi", "Ine Eriksen Soreide"), "date": "2020-08-20"},
        note="the visit's place is the dateline's city"),
    _ex("ANKARA, Aug 20 (AFP) - Israeli Foreign Minister Gabi Ashkenazi arrived here Thursday for an official visit.",
        _AUG20, {"kind": "official visit", "participants": ("Gabi Ashkenazi",), "place": "Ankara"},
        note="'arrived here <day> for an official visit'"),
    _ex("OSLO, Aug. 20 (Xinhua) -- Chinese Foreign Minister Wang Yi said here on Thursday that his visit to Europe "
        "had been fruitful.", _AUG20,
        {"kind": "visit", "participants": ("Wang Yi",), "place": "Europe"},
        note="negative: 'said here' does not place the visit; its own 'to Europe' does"),
    _ex("Chinese Foreign Minister Wang Yi arrived here on Wednesday for a two-day visit.", _AUG20,
        {"kind": "visit", "participants": ("Wang Yi",), "place": None},
        note="negative: no dateline, no city for 'here'"),
    _ex("Chinese Foreign Minister Wang Yi is on a visit to Norway.", _AUG20,
        {"kind": "visit", "participants": ("Wang Yi",)}, note="'is on a visit to'"),
    _ex("Chinese President Xi Jinping left for a state visit to Russia on Monday.", _AUG20,
        {"kind": "state visit", "participants": ("Xi Jinping",), "date": "2020-08-17"},
        note="'left for a state visit'"),
    _ex("The report focused on a visit to Norway.", _AUG20, note="negative: nobody visits"),
)

_MAY15 = dt.date(2024, 5, 15)  # a Wednesday

# The pair who spoke or talked, named as the clause's subject: with an abbreviation, an appositive counterpart,
# a pronoun that stands for who said it, a bare "spoke <day>" between two named people.
_PAIRS = (
    _ex("Prime Minister Anthony Albanese and U.K. Prime Minister Rishi Sunak agreed in a phone call on Monday to "
        "deepen defence work.", _MAY15,
        {"participants": ("Anthony Albanese", "Rishi Sunak"), "date": "2024-05-13"},
        note="an abbreviation's dot inside the subject ('U.K.')"),
    _ex("Chilean President Gabriel Boric and his Peruvian counterpart, Dina Boluarte, signed a water accord on "
        "Tuesday after talks in Lima.", _MAY15,
        {"participants": ("Gabriel Boric", "Dina Boluarte"), "date": "2024-05-14"},
        note="'A and his <people> counterpart, B,' as the subject of 'after talks'"),
    _ex("Egyptian President Abdel Fattah al-Sisi and his Kenyan counterpart, William Ruto, held talks in Cairo on "
        "Monday.", _MAY15,
        {"participants": ("Abdel Fattah al-Sisi", "William Ruto"), "date": "2024-05-13"},
        note="the appositive counterpart before a light verb"),
    _ex("Oil prices rose on Monday after talks in Vienna.", _MAY15,
        note="negative: 'after talks' with nobody named"),
    _ex("Colombian President Gustavo Petro and Brazilian President Luiz Inacio Lula da Silva spoke on Saturday "
        "about the Amazon.", _MAY15,
        {"participants": ("Gustavo Petro", "Luiz Inacio Lula da Silva"), "date": "2024-05-11"},
        note="two named people 'spoke <day>': to each other"),
    _ex("Brazilian President Luiz Inacio Lula da Silva spoke on Saturday at a rally in Sao Paulo.", _MAY15,
        note="negative: one speaker, a speech"),
    _ex("French President Emmanuel Macron said he had a lengthy call with Indian Prime Minister Narendra Modi on "
        "Tuesday.", _MAY15,
        {"participants": ("Emmanuel Macron", "Narendra Modi"), "date": "2024-05-14"},
        note="'X said he had a call with Y': he is X"),
    _ex("Kenyan President William Ruto on Tuesday dialled Ethiopian Prime Minister Abiy Ahmed to discuss the Nile.",
        _MAY15, {"participants": ("William Ruto", "Abiy Ahmed"), "date": "2024-05-14", "kind": "phone call"},
        note="'dialled <title> X'"),
    _ex("The central bank dialled back its forecasts on Tuesday.", _MAY15, note="negative: 'dialled back'"),
)

# Who takes part when the clause says it another way: a participle after "after", an appositive participle
# ("X, speaking at the summit, said"), a meal "in honour of" a guest, an opening "In a call on <day>,".
_OTHER_CLAUSES = (
    _ex("Mexican President Claudia Sheinbaum and Canadian Prime Minister Justin Trudeau agreed on Tuesday to expand "
        "trade after meeting in Mexico City.", _MAY15,
        {"participants": ("Claudia Sheinbaum", "Justin Trudeau"), "date": "2024-05-14"},
        note="'after meeting' mid-sentence: the main clause's subject"),
    _ex("Indonesian President Joko Widodo, speaking at the G20 summit on Monday, called for a ceasefire.", _MAY15,
        {"participants": ("Joko Widodo",), "date": "2024-05-13"},
        note="'X, speaking at the summit'"),
    _ex("King Charles III gave a state banquet at Windsor Castle on Tuesday in honour of Japanese Emperor "
        "Naruhito.", _MAY15,
        {"participants": ("Charles III", "Naruhito"), "date": "2024-05-14"},
        note="a meal 'in honour of' a guest"),
    _ex("The king gave a banquet in honour of the national football team on Tuesday.", _MAY15,
        note="negative: in honour of no one named"),
    _ex("In a call on Monday, Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin "
        "discussed grain exports.", _MAY15,
        {"participants": ("Recep Tayyip Erdogan", "Vladimir Putin"), "date": "2024-05-13", "kind": "phone call"},
        note="'In a call on <day>, A and B ...'"),
    _ex("In a call for calm on Monday, the United Nations urged both sides to stop fighting.", _MAY15,
        note="negative: a call for something"),
)

# Days and people a clause gives in other shapes: a second day joined to the first, a present that announces, the
# chairs named before an anaphoric "the meeting".
_MORE_SHAPES = (
    _ex("Indian Prime Minister Narendra Modi is visiting Vienna on Tuesday and Wednesday, his first trip to Austria "
        "in four decades.", _MAY15,
        {"participants": ("Narendra Modi",), "date": "2024-05-14"},
        note="'on Tuesday and Wednesday': the second day is the visit's too, not another trip's"),
    _ex("The G20 summit opens in Rio de Janeiro on Monday, with Chinese President Xi Jinping among the guests.",
        _MAY15, {"kind": "summit", "date": "2024-05-20", "future": True},
        note="'opens ... on Monday': a present that announces"),
    _ex("The G20 summit opened in Rio de Janeiro on Monday with a call for a tax on billionaires.", _MAY15,
        {"kind": "summit", "date": "2024-05-13", "future": False},
        note="contrast: 'opened' is past"),
    _ex("The Joint Commission is co-chaired by Indian External Affairs Minister S. Jaishankar and Saudi Foreign "
        "Minister Faisal bin Farhan, and Riyadh will host the meeting in October.", _MAY15,
        {"participants": ("S. Jaishankar", "Faisal bin Farhan"), "date": "2024-10", "future": True},
        note="'co-chaired by A and B, and X will host the meeting': the chairs"),
)

# "the North" in a story about Korea; "X said on <day> he would ...": he is X.
_KOREA = (
    _ex("SEOUL, May 15 (Yonhap) -- South Korea and the North held working-level talks at the truce village of "
        "Panmunjom on Monday.", _MAY15,
        {"participants": ("KR", "KP"), "date": "2024-05-13"},
        note="'the North' is North Korea in a story about Korea"),
    _ex("LONDON - Mayors from the North and the Midlands held talks with ministers on Monday.", _MAY15,
        note="negative: no Korea, no North Korea"),
    _ex("SEOUL (Yonhap) -- South Korea said on Wednesday it was ready for talks with the North at any time.", _MAY15,
        note="negative: readiness for talks is no meeting"),
    _ex("Chinese President Xi Jinping is willing to meet Ukrainian President Volodymyr Zelenskyy on Friday, an "
        "aide said.", _MAY15, note="negative: willing to meet"),
    _ex("SEOUL (Yonhap) -- South Korean President Yoon Suk Yeol said on Tuesday he would hold a summit with "
        "Japanese Prime Minister Fumio Kishida next month.", _MAY15,
        {"participants": ("Yoon Suk Yeol", "Fumio Kishida"), "date": "2024-06", "future": True},
        note="'X said on <day> he would ...': he is X"),
)

# "The President was speaking at the summit": the event where the lead's words were said, with the lead's date and
# the leader the title stands for, however far down the story.
_OCCASIONS = (
    _ex("NAIROBI - Africa needs fairer climate finance, President William Ruto said on Monday (Sept 4).\n\n"
        "\"We are not asking for charity,\" he said.\n\nHe added that debt relief was urgent and that the continent "
        "had waited too long.\n\nThe President was speaking at the Africa Climate Summit in Nairobi, attended by "
        "leaders from across the continent.", dt.date(2023, 9, 4),
        {"participants": ("William Ruto",), "date": "2023-09-04", "kind": "Africa Climate Summit"},
        note="a bare title is the leader last named with it; the occasion takes the lead's day"),
    _ex("BERLIN - Chancellor Olaf Scholz said on Monday that Germany would raise defence spending.\n\n"
        "The President of France, Emmanuel Macron, agreed.\n\nThe Chancellor was addressing the Munich Security "
        "Conference.", dt.date(2024, 2, 19),
        {"participants": ("Olaf Scholz",), "date": "2024-02-19"},
        note="'was addressing': the title skips a leader of another title"),
    _ex("NAIROBI - Debt relief is urgent, officials said on Monday (Sept 4).\n\nThe continent had waited too long, "
        "they said.\n\nThe President was speaking at the Africa Climate Summit in Nairobi.", dt.date(2023, 9, 4),
        note="negative: a title nobody named before stands for no one"),
)

# A date after a meeting that a briefing is about belongs to the briefing.
_SPEECH_TOPICS = (
    _ex("Chinese Premier Li Qiang will visit Germany in June. A spokesman for the ministry told a news conference "
        "about Li's visit on Tuesday that it was a milestone.", _MAY15,
        {"participants": ("Li Qiang",), "date": "2024-06", "future": True},
        note="'a news conference about Li's visit on Tuesday': Tuesday is the news conference's"),
    _ex("Chinese Premier Li Qiang will visit Germany in June. A spokesman said Li's visit on Tuesday was a "
        "milestone.", _MAY15,
        {"participants": ("Li Qiang",), "date": "2024-06", "future": True},
        {"participants": ("Li Qiang",), "date": "2024-05-21"},
        note="contrast: with no briefing before it, the day is the visit's own"),
)

_SIDELINES = (
    # A meeting "on the sidelines of" an event shares its day, even when that event's own cue has the date.
    _ex("Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida on the sidelines of the APEC summit "
        "in San Francisco on Nov. 16.", _AUG20,
        {"participants": ("Xi Jinping", "Fumio Kishida"), "date": "2019-11-16"},
        {"kind": "summit", "organisation": "APEC", "date": "2019-11-16"},
        note="the summit's day"),
    _ex("US President Joe Biden held talks with Indian Prime Minister Narendra Modi at the margins of the G20 summit "
        "on Saturday.", _AUG20,
        {"participants": ("Joe Biden", "Narendra Modi"), "date": "2020-08-15"},
        {"kind": "summit", "organisation": "G20", "date": "2020-08-15"},
        note="'at the margins of'"),
    _ex("On Friday, US President Joe Biden met Chinese President Xi Jinping on the sidelines of the G20 summit that "
        "opens on Nov. 14.", _AUG20,
        {"participants": ("Joe Biden", "Xi Jinping"), "date": "2020-08-14"},
        {"kind": "summit", "organisation": "G20", "date": "2019-11-14"},
        note="negative: the sentence's own day comes first"),
)

_NAMED_LATER = (
    # A dated meeting with nobody named, then the named event dated only by "this year's": one meeting.
    _ex("SEOUL, Nov. 18 (Xinhua)\n\nASEAN ministers back free trade\n\nForeign ministers of the region on Wednesday "
        "endorsed a joint statement.\n\nAfter wrapping up a two-day meeting in Seoul, the ministers urged ...\n\n"
        "South Korean Foreign Minister Park Jin, who chaired this year's East Asia Ministerial Meeting, said talks "
        "went well.", dt.date(2026, 11, 18),
        {"kind": "East Asia Ministerial Meeting", "participants": ("Park Jin",), "date": "2026-11-18",
         "place": "Seoul"},
        note="the lead's day, a paragraph after a headline, reaches the nameless meeting; the named one takes it"),
    _ex("HANOI, Nov. 18 (Xinhua)\n\nThe ministers on Wednesday wrapped up a meeting in Hanoi.\n\nThis year's "
        "Mekong Ministerial Meeting, chaired by Vietnam, agreed on river data.", dt.date(2026, 11, 18),
        {"kind": "Mekong Ministerial Meeting", "date": "2026-11-18", "place": "Hanoi"},
        note="'this year's <named meeting>' after a dated nameless 'meeting'"),
    _ex("SEOUL, Nov. 18 (Xinhua)\n\nThe ministers on Wednesday wrapped up a meeting in Seoul.\n\nLast year's "
        "East Asia Ministerial Meeting was held in 2025, chaired by Vietnam.", dt.date(2026, 11, 18),
        {"kind": "East Asia Ministerial Meeting", "date": "2025"},
        note="negative: a named event of another year is not the nameless meeting"),
    # "who chaired/hosted/attended <meeting>": the antecedent takes part.
    _ex("Indonesian Foreign Minister Retno Marsudi, who chaired the ASEAN Foreign Ministers' Meeting in Jakarta on "
        "Tuesday, said the talks were frank.", _AUG20,
        {"participants": ("Retno Marsudi",), "date": "2020-08-18"},
        note="'X, who chaired the <meeting>'"),
    _ex("Japanese Prime Minister Yoshihide Suga, a veteran politician who will host the Quad Summit in Tokyo on "
        "Friday, spoke to reporters.", _AUG20,
        {"participants": ("Yoshihide Suga",), "date": "2020-08-21", "future": True},
        note="'X, <appositive> who will host the <meeting>'"),
    _ex("Malaysian Foreign Minister Saifuddin Abdullah, who criticised the ASEAN Foreign Ministers' Meeting on "
        "Tuesday, said the talks were frank.", _AUG20,
        {"kind": "ASEAN Foreign Ministers' Meeting", "participants": ()},
        note="negative: who criticised it did not chair it"),
)

_EVE = (
    # "on the eve of" an event on a known day: the day before.
    _ex("US envoy Jared Kushner met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on the eve of talks in "
        "Abu Dhabi on Monday.", dt.date(2020, 8, 30),
        {"participants": ("Jared Kushner", "Benjamin Netanyahu"), "date": "2020-08-30"},
        note="the eve of Monday 31 August"),
    _ex("Chinese President Xi Jinping held talks with Russian President Vladimir Putin on the eve of the summit on "
        "Nov. 17.", _AUG20, {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-11-16"},
        note="the eve of a dated summit"),
    _ex("Chinese President Xi Jinping met Russian President Vladimir Putin on the eve of the summit.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": None}, note="negative: the eve of an undated day"),
)

_MAIN_CLAUSE = (
    # A participle clause's meeting takes the date of the main clause it elaborates.
    _ex("North Korean leader Kim Jong-un held five rounds of summit talks this year, meeting Russian President "
        "Vladimir Putin and holding talks with Chinese President Xi Jinping.", _AUG20,
        {"participants": ("Kim Jong-un", "Vladimir Putin"), "date": "2020"},
        {"participants": ("Kim Jong-un", "Xi Jinping"), "date": "2020"},
        note="'..., meeting A and holding talks with B'"),
    _ex("Indian Prime Minister Narendra Modi toured the Gulf in March 2019, stopping in Abu Dhabi for a meeting "
        "with Crown Prince Mohamed bin Zayed.", _AUG20,
        {"participants": ("Mohamed bin Zayed",), "date": "2019-03"},
        note="a month in the main clause (the subject is not lent to 'a meeting with' yet)"),
    _ex("Japanese Prime Minister Shigeru Ishiba said in 2019, recalling with some regret and at great length the "
        "meeting with Russian President Vladimir Putin, that ties were frozen.", _AUG20,
        {"participants": ("Vladimir Putin",), "date": None},
        note="negative: the date of a statement is not the meeting's"),
)

_NEGATIVE = (
    _ex("Talks remain the only way forward, the ministry said on Monday.", _OCT2,
        note="talks with nobody named: nothing a dataset could use"),
    _ex("The team reached the summit of Mount Everest on Tuesday, three days after the meeting point was moved.",
        _OCT2, note="a mountain's summit and a compound noun"),
    _ex("Their meeting on Friday was short.", _OCT2, note="a back-reference to nothing"),
)

_STATES = (
    # States as the participants when no person is named: peoples, possessives, lists; "EU" takes part as a state.
    _ex("The UAE minister of state and Israel's agriculture minister spoke by phone on Friday.", _AUG20,
        {"participants": ("AE", "IL"), "date": "2020-08-14"},
        note="a country word inside each item of the list"),
    _ex("Negotiators from the European Union and Britain began a fourth round of talks in Brussels on Tuesday.",
        _AUG20, {"participants": ("EU", "GB"), "date": "2020-08-18"}, note="'EU' is a participant, not a country"),
    _ex("Representatives of Bahrain, the UAE and the United States met in Manama on Sunday.", _AUG20,
        {"participants": ("BH", "AE", "US"), "date": "2020-08-16"}, note="a list with 'the'"),
    _ex("Top U.S. and Chinese diplomats held talks in Anchorage on Thursday.", _AUG20,
        {"participants": ("US", "CN"), "date": "2020-08-20"}, note="peoples before a group noun"),
    _ex("S.Korean, Japanese FMs to hold meeting\n\nSouth Korean Foreign Minister Ban Ki-moon and Japanese Foreign "
        "Minister Taro Aso will hold a meeting on Monday.", _AUG20,
        {"participants": ("Ban Ki-moon", "Taro Aso"), "date": "2020-08-24", "future": True},
        note="a headline's states, then the people of those states: one meeting"),
    _ex("Greek Foreign Minister Nikos Dendias arrived here Tuesday for cooperation talks with Egyptian leaders.",
        _AUG20, {"participants": ("Nikos Dendias",), "date": "2020-08-18"},
        note="the traveller takes part; the nameless side gives only its country"),
    _ex("Secretary of State Mike Pompeo flew to Doha on Friday, stopping in Abu Dhabi for a meeting with Crown "
        "Prince Mohammed bin Zayed.", _AUG20,
        {"participants": ("Mike Pompeo", "Mohammed bin Zayed")},
        note="the traveller of 'flew', lent to a participle clause's 'for a meeting with' (once a known failure)"),
    _ex("A delegation led by a senior member of the Chinese Communist Party's International Liaison Department "
        "left Beijing for North Korea on Thursday, two of the people said.", _AUG20,
        {"kind": "visit", "participants": ("CN",), "date": "2020-08-20"},
        note="a delegation's state from 'led by'"),
    _ex("Held on Wednesday, the Malaysia-Vietnam Joint Commission meeting was co-chaired by the permanent "
        "secretaries of the two ministries: Mr Tan Kok Wai of Malaysia and Mr Pham Quang Hieu of Vietnam.", _AUG20,
        {"participants": ("Tan Kok Wai", "Pham Quang Hieu"), "date": "2020-08-19"},
        note="the chairs named after a colon, each with 'of <country>'"),
    _ex("In a separate post, Deputy Prime Minister Heng Swee Keat wrote that his meeting with Chinese Foreign "
        "Minister Wang Yi was his first in months. The two last met in China in May 2019.", _AUG20,
        {"participants": ("Heng Swee Keat", "Wang Yi"), "date": None},
        {"participants": ("Heng Swee Keat", "Wang Yi"), "date": "2019-05"},
        note="the writer's 'his meeting', then 'The two last met': that pair"),
    _ex("Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Monday. The two "
        "countries will soon hold the 16th Joint Commission Meeting.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-08-17"},
        {"kind": "Joint Commission Meeting", "participants": ("CN", "RU")},
        note="'The two countries': the states of the meeting before"),
    _ex("The two countries will soon hold the 16th Joint Commission Meeting.", _AUG20,
        note="negative: no meeting between two states before it"),
    # An undated later mention of an announced meeting of two states, naming their people: one meeting.
    _ex("Indian and Chinese foreign ministers are to hold talks on Monday in Moscow. During their talks, Indian "
        "Foreign Minister Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi are expected to discuss the "
        "border.", _AUG20,
        {"participants": ("Subrahmanyam Jaishankar", "Wang Yi"), "date": "2020-08-24", "future": True},
        note="'During their talks, A and B are expected to': the people of the states announced first"),
    _ex("French and German foreign ministers will hold a meeting in Paris on Friday.\n\nDuring their meeting, French "
        "Foreign Minister Jean-Yves Le Drian and German Foreign Minister Heiko Maas were expected to discuss "
        "Belarus.", _AUG20,
        {"participants": ("Jean-Yves Le Drian", "Heiko Maas"), "date": "2020-08-21", "future": True},
        note="the people named in a later paragraph about the announced meeting"),
    _ex("Indian and Chinese foreign ministers are to hold talks on Monday. In 2019, Indian Foreign Minister "
        "Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi held talks in Beijing.", _AUG20,
        {"participants": ("IN", "CN"), "date": "2020-08-24", "future": True},
        {"participants": ("Subrahmanyam Jaishankar", "Wang Yi"), "date": "2019"},
        note="negative: a dated earlier meeting of the same people is another meeting"),
    _ex("The summit on Friday was attended by leaders of 20 nations.", _AUG20,
        note="negative: nobody named attends"),
    _ex("The national team flew to Seoul on Monday.", _AUG20, note="negative: a team nobody sent"),
    _ex("European Union foreign ministers made little progress during a two-day meeting which ended Monday.", _AUG20,
        note="negative: the body's own meeting has no party"),
    _ex("Israeli FM begins Egypt visit", _AUG20, {"kind": "visit", "participants": ("IL",)},
        note="the state visited is no participant"),
)

_EVENTS = (
    # A named event whose name opens with an organisation's is that organisation's.
    _ex("The ministers said the 6th World Trade Organization Ministerial Conference in Hong Kong next month would "
        "be a critical step.", _AUG20,
        {"kind": "World Trade Organization Ministerial Conference", "organisation": "WTO", "date": "2020-09",
         "future": True},
        note="'World Trade Organization Ministerial Conference'"),
    _ex("Leaders will gather for the Asia-Pacific Economic Cooperation Economic Leaders' Meeting in Lima on Nov. 20.",
        _AUG20, {"organisation": "APEC", "date": "2020-11-20"},
        note="the full name of the organisation opens the event's"),
    _ex("The ministerial conference in Hong Kong next month would be a critical step.", _AUG20,
        note="negative: no organisation opens the name: nobody the event is of"),
    # A date after an event of speech is that event's: "his plan to visit China during a briefing on Friday".
    _ex("National security adviser Wi Sung-lac explains President Lee Jae Myung's plan to visit China during a "
        "press briefing in Seoul on Friday.", dt.date(2026, 1, 2),
        {"kind": "visit", "participants": ("Lee Jae Myung",), "date": None},
        note="the briefing's Friday"),
    _ex("Chinese Foreign Minister Wang Yi spoke of his visit to Norway at a news conference on Thursday.", _AUG20,
        {"kind": "visit", "participants": ("Wang Yi",), "date": None},
        note="'at a news conference on <day>'"),
    _ex("Chinese Foreign Minister Wang Yi met Norwegian Foreign Minister Ine Eriksen Soreide in Oslo on Thursday "
        "before a news conference.", _AUG20,
        {"participants": ("Wang Yi", "Ine Eriksen Soreide"), "date": "2020-08-20"},
        note="negative: the date before the news conference is the meeting's"),
    # Two mentions of one visit: the states each says it goes to.
    _ex("President Lee Jae Myung's plan to visit Beijing was explained in Seoul. President Lee Jae Myung will embark "
        "on a state visit to China on Sunday.", dt.date(2026, 1, 2),
        {"kind": "visit", "participants": ("Lee Jae Myung",), "countries": ("KR", "CN"), "date": "2026-01-04"},
        note="the state visited, from the later mention"),
)

_HEADLINE_HOST = (
    # A headline "Meeting with X" on a page datelined in the host's country: the host state's leader met X.
    _ex("November 9, 2017 16:15 The Kremlin, Moscow\n\nMeeting with President of Kazakhstan Nursultan "
        "Nazarbayev\n\nThe leaders of the two countries discussed bilateral issues. Russian President Vladimir "
        "Putin thanked his guest.", dt.date(2017, 11, 9),
        {"participants": ("Vladimir Putin", "Nursultan Nazarbayev"), "date": "2017-11-09"},
        note="a Kremlin readout's headline"),
    _ex("June 3, 2019 12:00 The Kremlin, Moscow\n\nTelephone conversation with Prime Minister of Israel Benjamin "
        "Netanyahu\n\nThe conversation touched on Syria, Russian President Vladimir Putin said.", dt.date(2019, 6, 3),
        {"mode": "phone", "participants": ("Vladimir Putin", "Benjamin Netanyahu"), "date": "2019-06-03"},
        note="'Telephone conversation with X'"),
    _ex("June 3, 2020 12:00 The Kremlin, Moscow\n\nMeeting with Prime Minister Mikhail Mishustin\n\nRussian "
        "President Vladimir Putin heard a report.", dt.date(2020, 6, 3),
        {"participants": ("Mikhail Mishustin",), "date": "2020-06-03"},
        note="negative: a guest of the host state is met by no added host"),
    _ex("MOSCOW, June 3 (Reuters) - Talks with Kazakh President Nursultan Nazarbayev went well, Russian President "
        "Vladimir Putin said.", dt.date(2019, 6, 3),
        {"participants": ("Nursultan Nazarbayev",), "date": "2019-06-03"},
        note="negative: a sentence opening with 'Talks with' is no headline"),
)

_TOPIC_STATES = (
    # Talks with nobody named are between the two states whose ties, relations or trade they are about.
    _ex("Officials will hold talks in Geneva on Monday on China-US trade.", _AUG20,
        {"kind": "talks", "participants": ("CN", "US"), "date": "2020-08-24", "future": True},
        note="'talks on <A>-<B> trade'"),
    _ex("US envoy Jared Kushner met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on the eve of talks in Abu "
        "Dhabi on Monday on finalising formal Israel-UAE ties.", dt.date(2020, 8, 30),
        {"participants": ("Jared Kushner", "Benjamin Netanyahu"), "date": "2020-08-30"},
        {"kind": "talks", "participants": ("Jared Kushner", "IL", "AE"), "date": "2020-08-31", "future": True},
        note="the talks of 'on the eve of talks ... on Israel-UAE ties' are a meeting of their own"),
    _ex("Talks on Sino-Russian relations were held in Moscow on Tuesday.", _AUG20,
        {"kind": "talks", "participants": ("CN", "RU"), "date": "2020-08-18"},
        note="'Talks on <prefix>-<demonym> relations'"),
    _ex("Officials held talks in Geneva on Monday on the weather.", _AUG20,
        note="negative: a topic that names no pair of states"),
)

# Known gaps, kept as strict xfails: an unexpected pass turns the run red.
# A week, a season, a half-year: the meeting keeps the precision the text gives (Aug. 20, 2020 is in 2020-W34).
_SPANS = (
    _ex("The EU's chief negotiator Michel Barnier and his British counterpart David Frost held a seventh round of "
        "talks earlier this week.", _AUG20,
        {"participants": ("Michel Barnier", "David Frost"), "date": "2020-W34"},
        note="a week and no day: the ISO week"),
    _ex("Russian President Vladimir Putin will meet Turkish President Recep Tayyip Erdogan next week.", _AUG20,
        {"participants": ("Vladimir Putin", "Recep Tayyip Erdogan"), "date": "2020-W35", "future": True}),
    _ex("Chinese President Xi Jinping met French President Emmanuel Macron in Paris last week.", _AUG20,
        {"participants": ("Xi Jinping", "Emmanuel Macron"), "date": "2020-W33"}),
    _ex("Will Chinese President Xi Jinping meet US President Donald Trump next week?", _AUG20,
        {"participants": ("Xi Jinping", "Donald Trump"), "date": "2020-W35"},
        note="a question about a coming event"),
    _ex("Japanese Prime Minister Shinzo Abe plans to hold talks with Indian Prime Minister Narendra Modi later "
        "this month.", _AUG20, {"participants": ("Shinzo Abe", "Narendra Modi"), "date": "2020-08"}),
    _ex("German Chancellor Angela Merkel is poised to meet French President Emmanuel Macron this autumn.", _AUG20,
        {"date": "2020-23", "future": True},
        note="a season, written as ISO 8601-2 does (the subject of 'is poised to meet' is the participants' job)"),
    _ex("Chinese President Xi Jinping meets Russian President Vladimir Putin in Moscow on Friday", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-08-21"},
        note="a present-tense headline: the nearer Friday"),
    # Negative: "the past week" is a stretch back from the story, no ISO week.
    _ex("Chinese Foreign Minister Wang Yi held talks with Italian Foreign Minister Luigi Di Maio in Rome, the "
        "last stop of the past week's tour.", _AUG20,
        {"participants": ("Wang Yi", "Luigi Di Maio"), "date": None},
        note="negative: 'the past week' dates nothing"),
)

# Dates in the meeting's sentence that are not its date; each with a contrast where the date stays.
_NOT_ITS_DATE = (
    _ex("Indian Prime Minister Narendra Modi's upcoming visit to Tokyo comes after Japan held naval drills earlier "
        "this week.", _AUG20,
        {"participants": ("Narendra Modi",), "date": None, "future": True},
        note="negative: a day already gone ('earlier this week') does not date a meeting still to come"),
    _ex("Brazilian President Jair Bolsonaro will visit Washington, the White House said yesterday.", _AUG20,
        {"participants": ("Jair Bolsonaro",), "date": None, "future": True},
        note="negative: 'yesterday' dates the announcement"),
    _ex("Brazilian President Jair Bolsonaro will visit Washington next week, the White House said.", _AUG20,
        {"participants": ("Jair Bolsonaro",), "date": "2020-W35", "future": True},
        note="contrast: a week to come dates it"),
    _ex("Both sides will agree reforms as a result of talks yesterday with US Treasury Secretary Steven Mnuchin, "
        "a minister said.", _AUG20, {"participants": ("Steven Mnuchin",), "date": "2020-08-19"},
        note="contrast: the cue's own date, right after it, stands even where the clause looks ahead"),
    _ex("Chinese Premier Li Keqiang's visit to Slovenia will be the first by a Chinese premier since the country "
        "gained independence in 1991.", _AUG20,
        {"participants": ("Li Keqiang",), "date": None},
        note="negative: the year after 'since' bounds the record, it is not the visit's date"),
    _ex("Chinese Foreign Minister Wang Yi visited Norway for the first time since 2006.", _AUG20,
        {"participants": ("Wang Yi",), "date": None},
        note="negative: 'since 2006' is a bound"),
    _ex("Chinese Foreign Minister Wang Yi visited Norway in 2006.", _AUG20,
        {"participants": ("Wang Yi",), "date": "2006"},
        note="contrast: 'in 2006' dates the visit"),
    _ex("Chinese Foreign Minister Wang Yi met German Foreign Minister Heiko Maas days after Berlin barred Huawei "
        "on Tuesday.", _AUG20, {"participants": ("Wang Yi", "Heiko Maas"), "date": None},
        note="negative: the date of what came before ('after ... on Tuesday')"),
    _ex("Chinese Foreign Minister Wang Yi will meet German Foreign Minister Heiko Maas before the summit opens in "
        "Brussels on Sept. 3.", _AUG20, {"participants": ("Wang Yi", "Heiko Maas"), "date": None, "future": True},
        note="negative: the meeting comes before that day"),
    _ex("Chinese Foreign Minister Wang Yi met German Foreign Minister Heiko Maas, who took office in March.", _AUG20,
        {"participants": ("Wang Yi", "Heiko Maas"), "date": None},
        note="negative: a relative clause's date is its own, even when the sentence ends it"),
    _ex("Olympic chief Thomas Bach, who arrived in Tokyo on Sunday, met Japanese Prime Minister Yoshihide Suga.",
        _AUG20, {"participants": ("Yoshihide Suga",), "date": None},
        note="negative: the lead does not lend back the date its own sentence passed over"),
    _ex("Olympic chief Thomas Bach met Japanese Prime Minister Yoshihide Suga in Tokyo and both sides agreed that the "
        "Games will be held next summer.", _AUG20,
        {"participants": ("Yoshihide Suga",), "date": None, "future": False},
        note="negative: a later clause that looks ahead does not date a meeting told in the past"),
    _ex("Chinese Foreign Minister Wang Yi met German Foreign Minister Heiko Maas on Tuesday after arriving in Berlin "
        "from Rome.", _AUG20, {"participants": ("Wang Yi", "Heiko Maas"), "date": "2020-08-18"},
        note="contrast: the date before 'after' is the meeting's"),
    _ex("Singapore Prime Minister Lee Hsien Loong said after meeting Chinese Foreign Minister Wang Yi on Monday that "
        "trade would recover.", _AUG20, {"participants": ("Lee Hsien Loong", "Wang Yi"), "date": "2020-08-17"},
        note="the clause after 'that' looks ahead; the meeting's Monday is the one gone by; 'after meeting' takes "
             "the main clause's subject"),
    _ex("Turkish Foreign Minister Mevlut Cavusoglu said in an interview on Monday that his visit to Cairo would "
        "open a new chapter.", _AUG20,
        {"participants": ("Mevlut Cavusoglu",), "date": None},
        note="negative: the day of the saying; the visit it speaks of is still to come"),
    _ex("Turkish Foreign Minister Mevlut Cavusoglu said on Monday that his visit to Cairo had opened a new chapter.",
        _AUG20, {"participants": ("Mevlut Cavusoglu",), "date": "2020-08-17"},
        note="contrast: a visit already made, reported the day it is told of, keeps the day"),
)

# A date in the next sentence: "It will be hosted by Singapore this year" dates the meeting still to come.
_NEXT_SENTENCE = (
    _ex("Chinese President Xi Jinping and Russian President Vladimir Putin will hold their annual summit, which "
        "covers trade and energy. It will be held in Moscow on Sept. 3.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-09-03", "future": True},
        note="'It will be held ... on <day>'"),
    _ex("Japanese Prime Minister Shinzo Abe will host Indian Prime Minister Narendra Modi for a summit. It is "
        "expected to take place next month.", _AUG20,
        {"participants": ("Shinzo Abe", "Narendra Modi"), "date": "2020-09", "future": True},
        note="'It is expected to take place next month'"),
    _ex("Chinese President Xi Jinping held talks with Russian President Vladimir Putin. The two countries will soon "
        "hold the 16th Joint Commission Meeting. It will be hosted by Russia this year.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin")},
        {"kind": "Joint Commission Meeting", "participants": ("CN", "RU"), "date": "2020", "future": True},
        note="'It will be hosted by <state> this year'"),
    _ex("Chinese President Xi Jinping will visit Moscow. It was held in Beijing last year.", _AUG20,
        {"participants": ("Xi Jinping",), "date": None, "future": True},
        note="negative: a day already gone does not date a meeting still to come"),
    _ex("Chinese President Xi Jinping will visit Moscow. It remains unclear when, officials said on Monday.", _AUG20,
        {"participants": ("Xi Jinping",), "date": None, "future": True},
        note="negative: 'It' not being held: the saying's date"),
)

# A postponed meeting is dated by its new date, not the one called off.
_MOVED = (
    _ex("The summit between Chinese President Xi Jinping and Russian President Vladimir Putin, which was to have "
        "been held in Moscow last week, has been postponed until the end of June.", _AUG20,
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2021-06", "future": True}),
    _ex("Talks between Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi planned for "
        "Monday have been postponed to Sept. 3.", _AUG20,
        {"participants": ("Shinzo Abe", "Narendra Modi"), "date": "2020-09-03", "future": True}),
    _ex("Talks between Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi were held on "
        "Monday after being postponed twice.", _AUG20,
        {"participants": ("Shinzo Abe", "Narendra Modi"), "date": "2020-08-17", "future": False},
        note="contrast: postponed, but no new date: the day it was held"),
)

# Visits to several countries are one visit each: "visiting Norway after visiting the Netherlands and Italy".
_TRIPS = (
    _ex("Chinese Foreign Minister Wang Yi, who was visiting Norway on Thursday (Aug 20) after visiting the "
        "Netherlands and Italy earlier this week, said Europe was a partner.", _AUG20,
        {"participants": ("Wang Yi",), "date": "2020-08-20"},
        {"participants": ("Wang Yi",), "date": "2020-W34"},
        {"participants": ("Wang Yi",), "date": "2020-W34"},
        note="three countries, three visits; the two of the week are not the one of the day"),
    _ex("Chinese Premier Li Keqiang will pay official visits to France and Germany next week.", _AUG20,
        {"participants": ("Li Keqiang",), "date": "2020-W35", "future": True},
        {"participants": ("Li Keqiang",), "date": "2020-W35", "future": True}),
)

# Days counted from another day of the story (text/offsets.py): the clause after "a day after" is that many days
# before the sentence's day; "the next day", "the same day" count from the last day told.
_SEP10 = dt.date(2020, 9, 10)  # a Thursday
_OFFSETS = (
    _ex("SINGAPORE - Prime Minister Lee Hsien Loong said on Thursday (Aug 20) that ties with China were strong, a "
        "day after he met Chinese Foreign Minister Wang Yi.", _AUG20,
        {"participants": ("Lee Hsien Loong", "Wang Yi"), "date": "2020-08-19"},
        note="a day after + clause: the day before the sentence's day"),
    _ex("MOSCOW - Chinese Foreign Minister Wang Yi held talks with Indian Foreign Minister S. Jaishankar on "
        "Thursday (Sept 10), two days after he met Russian Foreign Minister Sergei Lavrov.", _SEP10,
        {"participants": ("Wang Yi", "S. Jaishankar"), "date": "2020-09-10"},
        {"participants": ("Wang Yi", "Sergei Lavrov"), "date": "2020-09-08"},
        note="the main clause keeps its day; only the after-clause is counted back"),
    _ex("Turkish President Recep Tayyip Erdogan said on Thursday (Sept 10) he was ready for dialogue, a week after "
        "he spoke with German Chancellor Angela Merkel.", _SEP10,
        {"participants": ("Recep Tayyip Erdogan", "Angela Merkel"), "date": "2020-09-03"},
        note="a week after"),
    _ex("US Secretary of State Mike Pompeo met Chinese diplomat Yang Jiechi in Hawaii on Wednesday (Aug 19). The "
        "next day, Mr Pompeo spoke by phone with Japanese Foreign Minister Toshimitsu Motegi.", _AUG20,
        {"participants": ("Mike Pompeo", "Yang Jiechi"), "date": "2020-08-19"},
        {"participants": ("Mike Pompeo", "Toshimitsu Motegi"), "date": "2020-08-20"},
        note="the next day: the day after the last day told"),
    _ex("Indian Prime Minister Narendra Modi spoke with US President Donald Trump on Tuesday. The same day, he "
        "called German Chancellor Angela Merkel.", _AUG20,
        {"participants": ("Narendra Modi", "Donald Trump"), "date": "2020-08-18"},
        {"participants": ("Narendra Modi", "Angela Merkel"), "date": "2020-08-18"},
        note="the same day points back to the last day told"),
    _ex("European Council President Charles Michel met Belarusian opposition leader Svetlana Tikhanovskaya on Thursday "
        "(Sept 10). A day earlier, Mr Michel had spoken with Russian President Vladimir Putin.", _SEP10,
        {"participants": ("Charles Michel", "Svetlana Tikhanovskaya"), "date": "2020-09-10"},
        {"participants": ("Charles Michel", "Vladimir Putin"), "date": "2020-09-09"},
        note="a day earlier"),
    _ex("Foreign Minister Vivian Balakrishnan said on Thursday (Aug 20) the talks had been useful. He had spoken "
        "with Malaysian Foreign Minister Hishammuddin Hussein the previous day.", _AUG20,
        {"participants": ("Vivian Balakrishnan", "Hishammuddin Hussein"), "date": "2020-08-19"},
        note="the previous day"),
    _ex("SINGAPORE - On Wednesday, Prime Minister Lee Hsien Loong spoke with Malaysian Prime Minister Muhyiddin "
        "Yassin. The two leaders discussed the Causeway.\n\nThey agreed to set up a working group, said the Prime "
        "Minister's Office.\n\nThe same day, Mr Lee held a video call with New Zealand Prime Minister Jacinda "
        "Ardern.", dt.date(2020, 5, 28),
        {"participants": ("Lee Hsien Loong", "Muhyiddin Yassin"), "date": "2020-05-27"},
        {"participants": ("Lee Hsien Loong", "Jacinda Ardern"), "date": "2020-05-27"},
        note="'The same day' points back past paragraphs to 'On Wednesday'"),
    _ex("SINGAPORE - Foreign Minister Vivian Balakrishnan spoke to his Chinese counterpart Wang Yi over the weekend, "
        "the ministry said on Monday (June 15).", dt.date(2020, 6, 15),
        {"participants": ("Vivian Balakrishnan", "Wang Yi"), "date": "2020-W24"},
        note="over the weekend: the ISO week of the Saturday and Sunday just gone, not the statement's Monday"),
    _ex("CANBERRA - Prime Minister Scott Morrison said on Tuesday (May 19) that he had spoken with Indonesian "
        "President Joko Widodo over the weekend.", dt.date(2020, 5, 19),
        {"participants": ("Scott Morrison", "Joko Widodo"), "date": "2020-W20"},
        note="the weekend right after the cue dates it, not the saying's Tuesday"),
    _ex("Chinese President Xi Jinping will meet Russian President Vladimir Putin at the weekend, the Kremlin said on "
        "Wednesday (June 17).", dt.date(2020, 6, 17),
        {"participants": ("Xi Jinping", "Vladimir Putin"), "date": "2020-W25", "future": True},
        note="at the weekend, still to come: the coming one"),
    # Negative: the meeting is the main clause's; what came a day after it dates nothing of it.
    _ex("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov on Thursday (Sept 10), a day "
        "after the border clash.", _SEP10,
        {"participants": ("Wang Yi", "Sergei Lavrov"), "date": "2020-09-10"},
        note="the after-phrase holds no meeting: the main clause keeps its own day"),
)

# "they" as the pair just named; a lone family name as the full name the text or the office-holder table gives.
_APR15 = dt.date(2020, 4, 15)  # a Wednesday
_NAMES = (
    _ex("Chinese Foreign Minister Wang Yi and his Indian counterpart S. Jaishankar agreed to a five-point plan. The "
        "two ministers issued a joint statement on Friday (Aug 21), a day after they met in Moscow.",
        dt.date(2020, 8, 21),
        {"participants": ("Wang Yi", "S. Jaishankar"), "date": "2020-08-20"},
        note="'they' with no meeting before: the pair the sentence before names"),
    _ex("A day after they met in Moscow, Chinese Foreign Minister Wang Yi and Indian Foreign Minister S. Jaishankar "
        "said on Friday (Aug 21) that they would ease tensions.", dt.date(2020, 8, 21),
        {"participants": ("Wang Yi", "S. Jaishankar"), "date": "2020-08-20"},
        note="'they' before the pair its sentence names"),
    _ex("NEW DELHI - India and China agreed to pull back troops, according to a joint statement issued on Friday "
        "(Sept 11), a day after their foreign ministers met in Moscow.", dt.date(2020, 9, 11),
        {"participants": ("IN", "CN"), "date": "2020-09-10"},
        note="'their foreign ministers', unnamed: the two states the sentence names"),
    _ex("NEW DELHI - The defence ministers of India and China agreed on Saturday (Sept 5) to talk again, a day after "
        "they met in Moscow.", dt.date(2020, 9, 5),
        {"participants": ("IN", "CN"), "date": "2020-09-04"},
        note="'they', unnamed: the two states"),
    _ex("WASHINGTON - Protesters marched to the White House on Friday (Sept 11), a day after they met police "
        "officers.", dt.date(2020, 9, 11),
        note="'they' standing for no leaders and no two states: no meeting"),
    _ex("WASHINGTON - Mr Pompeo spoke with Indian Foreign Minister S. Jaishankar by phone on Tuesday (April 14), the "
        "State Department said.", _APR15,
        {"participants": ("Mike Pompeo", "S. Jaishankar"), "date": "2020-04-14"},
        note="a courtesy title and a family name the text never completes: the office holder of that day"),
    _ex("BEIJING - President Xi said on Wednesday (May 13) that he had a phone call with President Moon the previous "
        "evening.", dt.date(2020, 5, 13),
        {"participants": ("Xi Jinping", "Moon Jae-in"), "date": "2020-05-12"},
        note="a titled family name is listed by the full name the table gives; the previous evening is the day before; "
             "'he' is the one who said it"),
    _ex("US Secretary of State Mike Pompeo arrived in London. Mr Pompeo met British Prime Minister Boris Johnson on "
        "Tuesday (July 21).", dt.date(2020, 7, 22),
        {"kind": "visit", "participants": ("Mike Pompeo",)},
        {"participants": ("Mike Pompeo", "Boris Johnson"), "date": "2020-07-21"},
        note="the full name the text gave before wins"),
    # Negative: a family name no one in office bears that day is left as no one.
    _ex("Mr Tanaka spoke with Indian Foreign Minister S. Jaishankar by phone on Tuesday (April 14).", _APR15,
        {"participants": ("S. Jaishankar",), "date": "2020-04-14"},
        note="no office holder of that family name: the lone surname is nobody"),
)

# Events told as held, with no person named: their parties are the states and organisations of their clause.
_HELD_EVENTS = (
    _ex("BRUSSELS (REUTERS) - Britain and the European Union ended another round without a breakthrough. The next "
        "round of talks will be held in London on Sept 7, the EU said.", dt.date(2020, 8, 21),
        {"participants": ("EU",), "date": "2020-09-07", "future": True},
        note="subject of 'will be held'; the EU of 'the EU said' is a party"),
    _ex("HANOI - Leaders of the 10 Asean countries will hold a virtual summit on Friday (June 26), Vietnam said.",
        dt.date(2020, 6, 23),
        {"participants": ("ASEAN",), "date": "2020-06-26", "future": True},
        note="object of 'will hold': the organisation its subject names"),
    _ex("DOHA (AFP) - Afghan government negotiators and the Taleban opened peace talks in Doha on Saturday (Sept 12).",
        dt.date(2020, 9, 12),
        {"participants": ("AF", "Taleban"), "date": "2020-09-12"},
        note="object of 'opened'; the Taleban a party beside the state"),
    _ex("Talks between Singapore and Malaysia on the border took place on Tuesday (Aug 4), officials said.",
        dt.date(2020, 8, 5),
        {"participants": ("SG", "MY"), "date": "2020-08-04"},
        note="'took place', the parties in the complement"),
    # ", which opened on Friday": the relative clause right after the event dates it.
    _ex("BRUSSELS (AFP) - The EU summit on the recovery fund, which opened on Friday (July 17), went into a fourth "
        "day on Monday.", dt.date(2020, 7, 20),
        {"date": "2020-07-17", "organisation": "EU"},
        note="the day the clause says it opened, not the statement's Monday"),
    _ex("BEIJING - The talks between Chinese Foreign Minister Wang Yi and Spanish Foreign Minister Arancha Gonzalez, "
        "which began in Beijing on Tuesday (Sept 1), ended on Wednesday.", dt.date(2020, 9, 2),
        {"participants": ("Wang Yi", "Arancha Gonzalez"), "date": "2020-09-01"},
        note="a long complement before ', which began'"),
    _ex("Chinese Foreign Minister Wang Yi met Spanish Foreign Minister Arancha Gonzalez, who arrived on Monday "
        "(Aug 31), on Tuesday (Sept 1).", dt.date(2020, 9, 2),
        {"participants": ("Wang Yi", "Arancha Gonzalez"), "date": "2020-09-01"},
        note="negative: a 'who arrived' clause about a person dates no meeting"),
    # Negatives: an event with no state or body named, an event that is not held.
    _ex("The annual conference of economists will be held online on Aug 20, organisers said.", dt.date(2020, 8, 11),
        note="no party named: not kept"),
    _ex("Officials from Japan and India said on Tuesday that talks were useful.", dt.date(2020, 8, 11),
        note="talks not told as held: no meeting"),
)

# One person meeting two leaders named by one verb's object: a meeting with each (the pair is what a dataset
# of who met whom records); a subject of two, a list of three or more (a visit's programme) and a summit stay whole.
_ONE_BY_ONE = (
    _ex("KHARTOUM (AFP) - US Secretary of State Mike Pompeo met Sudanese Prime Minister Abdalla Hamdok and "
        "President Salva Kiir on Tuesday (Aug 25).", dt.date(2020, 8, 25),
        {"participants": ("Mike Pompeo", "Abdalla Hamdok"), "date": "2020-08-25"},
        {"participants": ("Mike Pompeo", "Salva Kiir"), "date": "2020-08-25"},
        note="'met A and B'"),
    _ex("SINGAPORE - Japanese Foreign Minister Toshimitsu Motegi called on Prime Minister Lee Hsien Loong and "
        "Deputy Prime Minister Heng Swee Keat on Friday (Aug 14).", dt.date(2020, 8, 14),
        {"participants": ("Toshimitsu Motegi", "Lee Hsien Loong"), "date": "2020-08-14"},
        {"participants": ("Toshimitsu Motegi", "Heng Swee Keat"), "date": "2020-08-14"},
        note="'called on A and B'"),
    _ex("ANKARA (REUTERS) - German Foreign Minister Heiko Maas will hold talks with Turkish President Recep Tayyip "
        "Erdogan and Foreign Minister Mevlut Cavusoglu on Tuesday (Aug 25).", dt.date(2020, 8, 24),
        {"participants": ("Heiko Maas", "Recep Tayyip Erdogan"), "date": "2020-08-25", "future": True},
        {"participants": ("Heiko Maas", "Mevlut Cavusoglu"), "date": "2020-08-25", "future": True},
        note="'will hold talks with A and B'"),
    _ex("Chinese Premier Li Keqiang and South Korean President Moon Jae-in met Japanese Prime Minister Shinzo Abe "
        "in Chengdu on Tuesday.", dt.date(2019, 12, 25),
        {"participants": ("Li Keqiang", "Moon Jae-in", "Shinzo Abe"), "date": "2019-12-24"},
        note="negative: a subject of two meets as one"),
    _ex("In Turkey, Chinese Foreign Minister Wang Yi will also meet President Recep Tayyip Erdogan, Foreign Minister "
        "Mevlut Cavusoglu, Defence Minister Hulusi Akar and business leaders.", dt.date(2020, 8, 24),
        {"participants": ("Wang Yi", "Recep Tayyip Erdogan", "Mevlut Cavusoglu", "Hulusi Akar"), "date": None},
        note="negative: a programme of three or more stays one entry"),
    _ex("Singapore's Prime Minister Lee Hsien Loong held a video summit with Chinese Premier Li Keqiang and "
        "South Korean President Moon Jae-in on Tuesday (April 14).", dt.date(2020, 4, 14),
        {"participants": ("Lee Hsien Loong", "Li Keqiang", "Moon Jae-in"), "date": "2020-04-14"},
        note="negative: a summit is one meeting of all"),
)

# ", where he met": a meeting in a where-clause is on the day its main clause gives.
_WHERE = (
    _ex("BERLIN (REUTERS) - Chinese Foreign Minister Wang Yi met German Foreign Minister Heiko Maas on Tuesday "
        "(Sept 1). Mr Wang visited France on Friday, where he met President Emmanuel Macron.", dt.date(2020, 9, 2),
        {"participants": ("Wang Yi", "Heiko Maas"), "date": "2020-09-01"},
        {"kind": "visit", "participants": ("Wang Yi",), "date": "2020-08-28"},
        {"participants": ("Wang Yi", "Emmanuel Macron"), "date": "2020-08-28"},
        note="the visit's day, not the lead's"),
    _ex("US Defence Secretary Mark Esper visited Kabul on Saturday (Feb 29), where he also met Afghan President "
        "Ashraf Ghani.", dt.date(2020, 3, 3),
        {"kind": "visit", "participants": ("Mark Esper",), "date": "2020-02-29"},
        {"participants": ("Mark Esper", "Ashraf Ghani"), "date": "2020-02-29"},
        note="'where he also met'"),
    _ex("Japanese Foreign Minister Toshimitsu Motegi travelled to London earlier this month, where he held talks "
        "with British Foreign Secretary Dominic Raab.", dt.date(2020, 8, 13),
        {"participants": ("Toshimitsu Motegi", "Dominic Raab"), "date": "2020-08"},
        note="a month from the main clause"),
    _ex("Chinese Foreign Minister Wang Yi flew to Rome, where he met Italian Foreign Minister Luigi Di Maio on "
        "Tuesday (Aug 25).", dt.date(2020, 8, 26),
        {"participants": ("Wang Yi", "Luigi Di Maio"), "date": "2020-08-25"},
        note="negative: the where-clause's own day"),
)

# "last" between a named subject and its verb: the meeting before this one, dated by its own clause; and the
# military's people ("commanders", "generals", "officers") as a group noun whose peoples are the parties.
_LAST_AND_RANKS = (
    _ex("SEOUL - President Moon Jae-in and US President Donald Trump last spoke by phone in May, when they discussed "
        "the alliance.", dt.date(2020, 9, 14),
        {"participants": ("Moon Jae-in", "Donald Trump"), "date": "2020-05"},
        note="'A and B last spoke by phone in <month>'"),
    _ex("US Trade Representative Robert Lighthizer and Chinese Vice-Premier Liu He last held talks in January, "
        "officials said.", dt.date(2020, 8, 7),
        {"participants": ("Robert Lighthizer", "Liu He"), "date": "2020-01"},
        note="'last held talks'"),
    _ex("Japanese Prime Minister Shinzo Abe and Indian Prime Minister Narendra Modi last met in Osaka in June last "
        "year.", dt.date(2020, 3, 10),
        {"participants": ("Shinzo Abe", "Narendra Modi"), "date": "2019-06"},
        note="'last met ... last year'"),
    _ex("NEW DELHI (REUTERS) - Indian and Chinese military commanders met on Monday (June 22) for a second round of "
        "talks.", dt.date(2020, 6, 23),
        {"participants": ("IN", "CN"), "date": "2020-06-22"},
        note="'Indian and Chinese military commanders met'"),
    _ex("Senior Thai and Cambodian army officers held talks at the border on Tuesday (July 14).", dt.date(2020, 7, 15),
        {"participants": ("TH", "KH"), "date": "2020-07-14"},
        note="'officers held talks'"),
    _ex("The last summit was held in Hanoi, where the generals wanted a deal.", dt.date(2020, 7, 15),
        note="negative: 'last' as an adjective, generals with no people named"),
)

# A visit told by its arrival: "arrived in <Place>", "landed in <Place>"; nobody's arrival with no office is none.
_ARRIVALS = (
    _ex("BEIRUT (REUTERS) - French President Emmanuel Macron arrived in Beirut on Thursday (Aug 6), two days after "
        "the blast.", dt.date(2020, 8, 7),
        {"kind": "visit", "participants": ("Emmanuel Macron",), "date": "2020-08-06"},
        note="'arrived in <city> on <day>'"),
    _ex("KHARTOUM (AFP) - US Secretary of State Mike Pompeo arrived in Sudan on Tuesday (Aug 25) on the first direct "
        "flight from Israel.", dt.date(2020, 8, 25),
        {"kind": "visit", "participants": ("Mike Pompeo",), "date": "2020-08-25"},
        note="'arrived in <country>'"),
    _ex("Chinese Foreign Minister Wang Yi landed in Rome on Tuesday (Aug 25), the first stop of a tour of Europe.",
        dt.date(2020, 8, 26),
        {"kind": "visit", "participants": ("Wang Yi",), "date": "2020-08-25"},
        note="'landed in'"),
    _ex("The first aid shipment arrived in Beirut on Friday, and thousands of migrants arrived in Greece last week.",
        dt.date(2020, 8, 12),
        note="negative: goods and crowds arrive on no visit"),
)

# A meeting verb joined by "and" to a first verb shares the sentence's subject; not across another clause.
_SHARED_SUBJECT = (
    _ex("JERUSALEM (REUTERS) - US Secretary of State Mike Pompeo flew to Israel on Monday (Aug 24) and met Prime "
        "Minister Benjamin Netanyahu.", dt.date(2020, 8, 25),
        {"participants": ("Mike Pompeo", "Benjamin Netanyahu"), "date": "2020-08-24"},
        note="'flew ... and met'"),
    _ex("Chinese Foreign Minister Wang Yi wrapped up his tour in Germany on Tuesday (Sept 1), and later held talks "
        "with German Foreign Minister Heiko Maas.", dt.date(2020, 9, 2),
        {"participants": ("Wang Yi", "Heiko Maas"), "date": "2020-09-01"},
        note="', and later held talks with'"),
    _ex("Singapore's Foreign Minister Vivian Balakrishnan toured a vaccine plant and spoke by phone with Indonesian "
        "Foreign Minister Retno Marsudi on Friday (Aug 21).", dt.date(2020, 8, 22),
        {"participants": ("Vivian Balakrishnan", "Retno Marsudi"), "date": "2020-08-21"},
        note="'toured ... and spoke by phone with'"),
    _ex("China and France keep close ties, as the two governments exchanged envoys last year and met twice in 2005.",
        dt.date(2005, 12, 1),
        note="negative: 'as' opens another clause; its subject, not the sentence's, met"),
)

# A past form ("visited", "met") in a clause whose "will" is another verb's: an earlier meeting, dated backwards.
_PAST_FORM_AHEAD = (
    _ex("It will be the first trip to Asia since US Deputy Secretary of State Stephen Biegun visited Seoul in July.",
        dt.date(2020, 9, 14),
        {"kind": "visit", "participants": ("Stephen Biegun",), "date": "2020-07", "future": False},
        note="'will be ... since X visited <place> in <month>'"),
    _ex("The talks will be the first since Chinese Foreign Minister Wang Yi met Indian Foreign Minister S. Jaishankar "
        "in Moscow in September.", dt.date(2020, 11, 2),
        {"participants": ("Wang Yi", "S. Jaishankar"), "date": "2020-09", "future": False},
        note="'will be ... since X met Y in <month>'"),
    _ex("Chinese Foreign Minister Wang Yi will visit Seoul in November.", dt.date(2020, 9, 14),
        {"kind": "visit", "participants": ("Wang Yi",), "date": "2020-11", "future": True},
        note="negative: 'will visit' is still to come"),
)

# A body's members meeting as the body ("Asean foreign ministers met", "G20 trade ministers will hold a video
# conference"): the organisation is the party. Its named event that day is the same meeting.
_BODY_MEETINGS = (
    _ex("Asean economic ministers met on Thursday (July 9) to prepare for the summit, officials said.",
        dt.date(2020, 7, 10),
        {"participants": ("ASEAN",), "date": "2020-07-09", "future": False},
        note="'<body> <members> met on <day>'"),
    _ex("Nato defence ministers will meet by video conference on Wednesday (June 17), the alliance said.",
        dt.date(2020, 6, 15),
        {"participants": ("NATO",), "date": "2020-06-17", "future": True, "mode": "virtual"},
        note="'will meet by video conference': the mode after the verb, no object"),
    _ex("G20 trade ministers will hold a video conference on Monday (March 30), the Saudi presidency said.",
        dt.date(2020, 3, 27),
        {"participants": ("G20",), "date": "2020-03-30", "future": True},
        note="'<body> <members> will hold a video conference': the call is held by the body"),
    _ex("Asean economic ministers met via video conference on Tuesday (Aug 25). Trade Minister Chan Chun Sing, who "
        "joined the 52nd Asean Economic Ministers' Meeting from Singapore, said trade must flow.",
        dt.date(2020, 8, 26),
        {"participants": ("ASEAN", "Chan Chun Sing"), "date": "2020-08-25"},
        note="the body's meeting and its named event the same day: one meeting"),
    _ex("The kingdom is seeking a meeting for members of the Opec alliance, its news agency said on Thursday.",
        dt.date(2020, 4, 3),
        note="negative: the body named after a meeting's noun is whom it is for, not a meeting held"),
    _ex("Ministers met on Thursday (July 9) ahead of the Asean summit, officials said.", dt.date(2020, 7, 10),
        note="negative: no body opens the subject"),
)

# A trip told by its travel, as by its arrival: "will travel to <place>", "flew to", "is travelling to".
_TRAVELS = (
    _ex("Chinese Foreign Minister Wang Yi will travel to Italy on Tuesday (Aug 25), the ministry said.",
        dt.date(2020, 8, 20),
        {"kind": "visit", "participants": ("Wang Yi",), "date": "2020-08-25", "future": True, "place": "Italy"},
        note="'will travel to <place> on <day>'"),
    _ex("Indonesian Foreign Minister Retno Marsudi flew to Beijing on Wednesday (Aug 19), officials said.",
        dt.date(2020, 8, 21),
        {"kind": "visit", "participants": ("Retno Marsudi",), "date": "2020-08-19", "place": "Beijing"},
        note="'flew to <place>'"),
    _ex("Japanese Foreign Minister Toshimitsu Motegi is travelling to Papua New Guinea on Friday (Aug 21).",
        dt.date(2020, 8, 19),
        {"kind": "visit", "participants": ("Toshimitsu Motegi",), "date": "2020-08-21"},
        note="'is travelling to <place>'"),
    _ex("US Secretary of State Mike Pompeo arrived in Israel on Monday (Aug 24). Mr Pompeo will travel on to Sudan "
        "and Bahrain later this week.", dt.date(2020, 8, 24),
        {"kind": "visit", "participants": ("Mike Pompeo",), "date": "2020-08-24", "place": "Israel"},
        {"kind": "visit", "participants": ("Mike Pompeo",), "date": "2020-W35", "place": "Sudan", "future": True},
        {"kind": "visit", "participants": ("Mike Pompeo",), "date": "2020-W35", "place": "Bahrain", "future": True},
        note="'will travel on to A and B later this week': a visit to each, in the week"),
    _ex("Chinese Foreign Minister Wang Yi flew to Rome on Tuesday (Aug 25) for talks with Italian Foreign Minister "
        "Luigi Di Maio.", dt.date(2020, 8, 26),
        {"kind": "talks", "participants": ("Wang Yi", "Luigi Di Maio"), "date": "2020-08-25"},
        note="negative: a flight told for its talks is those talks, no second visit"),
    _ex("The ban on travel to China was lifted on Tuesday (Aug 11), the ministry said.", dt.date(2020, 8, 12),
        note="negative: 'travel' after a noun's 'on' is no verb"),
)

# Forms from the second blind probe, bench/meetings_blind2.jsonl (issue 9).
# A call or talk told by its noun with a speaker's word for it: 'a "very good talk" by phone with', 'a good
# conversation with', 'a "productive" call with'.
_CALLS_DESCRIBED = (
    _ex("British Prime Minister Boris Johnson said on Monday (June 29) he had a \"very good talk\" by phone with US "
        "President Donald Trump.", dt.date(2020, 6, 30),
        {"participants": ("Boris Johnson", "Donald Trump"), "date": "2020-06-29", "mode": "phone"},
        note="a quoted 'very good talk' by phone; the speaker is who had it"),
    _ex("Malaysian Prime Minister Muhyiddin Yassin had a good conversation with Prime Minister Lee Hsien Loong on "
        "Friday (Aug 14).", dt.date(2020, 8, 15),
        {"participants": ("Muhyiddin Yassin", "Lee Hsien Loong"), "date": "2020-08-14"},
        note="'had a good conversation with'"),
    _ex("Indian Prime Minister Narendra Modi had a \u201cproductive\u201d call with Australian Prime Minister Scott "
        "Morrison on Thursday.", _AUG20,
        {"participants": ("Narendra Modi", "Scott Morrison"), "date": "2020-08-20", "mode": "phone"},
        note="a quoted modifier before 'call'"),
    _ex("British Prime Minister Boris Johnson gave a talk at Chatham House on Monday (June 29).", dt.date(2020, 6, 30),
        note="negative: a talk given is a speech, with nobody"),
)

# A trip told for talks, its traveller the talks' subject: "will fly to Washington on Wednesday for talks with".
_TRAVELS_FOR_TALKS = (
    _ex("British Foreign Secretary Dominic Raab will fly to Washington on Wednesday (Sept 16) for talks with US "
        "Secretary of State Mike Pompeo.", dt.date(2020, 9, 15),
        {"participants": ("Dominic Raab", "Mike Pompeo"), "date": "2020-09-16", "future": True},
        note="'will fly to <place> on <day> for talks with'"),
    _ex("Russian Foreign Minister Sergei Lavrov is travelling to Minsk on Tuesday (Sept 8) for talks with Belarusian "
        "officials.", dt.date(2020, 9, 7),
        {"participants": ("Sergei Lavrov",), "date": "2020-09-08", "future": True},
        note="'is travelling to <place> for talks with' a state's officials"),
    _ex("Curbs on travel to China for talks with officials were eased on Monday (Sept 7).", dt.date(2020, 9, 8),
        note="negative: 'travel' as a noun has no traveller"),
)

# "was cancelled" is said of the meeting nearest before it: another meeting between them keeps the first one.
_CALLED_OFF_NEAREST = (
    _ex("German Chancellor Angela Merkel will hold a video summit with Chinese President Xi Jinping on Monday "
        "(Sept 14), replacing a meeting in Leipzig that was cancelled.", dt.date(2020, 9, 13),
        {"participants": ("Angela Merkel", "Xi Jinping"), "date": "2020-09-14", "future": True},
        note="', replacing a meeting ... that was cancelled': the summit stands"),
    _ex("The summit between Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe on Monday (April 6) "
        "was cancelled.", dt.date(2020, 4, 7),
        note="negative: the summit itself was cancelled"),
)

# "earlier in the week", "later in the week": the story's week, as "earlier this week".
_IN_THE_WEEK = (
    _ex("Indonesian Foreign Minister Retno Marsudi, who spoke by phone with US Secretary of State Mike Pompeo "
        "earlier in the week, said Jakarta would not take sides.", dt.date(2020, 8, 14),
        {"participants": ("Retno Marsudi", "Mike Pompeo"), "date": "2020-W33"},
        note="'earlier in the week' in a relative clause"),
)

# A meeting sought, agreed or worked towards is still to come, and the day told before its plan verb is the
# plan's: "agreed on Sunday to work towards a visit by Mr Suga".
_SOUGHT = (
    _ex("Australian Prime Minister Scott Morrison, in a phone call with Japanese Prime Minister Yoshihide Suga on "
        "Sunday (Sept 20), agreed to work towards a visit by Mr Suga to Australia.", dt.date(2020, 9, 21),
        {"date": "2020-09-20", "mode": "phone"},
        {"kind": "visit", "participants": ("Yoshihide Suga",), "date": None, "future": True},
        note="'agreed to work towards a visit': a visit still to come, not on the call's day"),
    _ex("Russian President Vladimir Putin pushed for a ceasefire at talks with Turkish President Recep Tayyip "
        "Erdogan on Monday (March 2).", dt.date(2020, 3, 3),
        {"date": "2020-03-02", "future": False},
        note="negative: what was pushed for is the ceasefire, not the talks"),
    _ex("South Korea and the United States agreed on Thursday (June 11) to hold a new round of defence cost talks in "
        "Washington next month.", dt.date(2020, 6, 12),
        {"participants": ("KR", "US"), "date": "2020-07", "future": True},
        note="'agreed on <day> to hold a new round of talks ... next month': the states of the round"),
)

# A body and its partners as the subject: "Opec and its allies", "Opec+ ministers", "ministers from the Group of 20".
_BODY_SUBJECTS = (
    _ex("Trade ministers from the Group of 20 will meet by video conference on Thursday (May 14).",
        dt.date(2020, 5, 13),
        {"participants": ("G20",), "date": "2020-05-14", "future": True},
        note="'<ministers> from the Group of 20 will meet'"),
    _ex("Opec and its allies agreed on Saturday (June 6) to extend record output cuts until the end of July, after a "
        "video conference.", dt.date(2020, 6, 7),
        {"participants": ("OPEC",), "date": "2020-06-06"},
        note="'<body> and its allies agreed ... after a video conference'; 'until the end of July' is a bound"),
    _ex("Opec+ ministers met on Saturday (June 6).", dt.date(2020, 6, 7),
        {"participants": ("OPEC+",), "date": "2020-06-06"},
        note="'Opec+ ministers met'"),
    _ex("Russian President Vladimir Putin said on Thursday, after a meeting of the Security Council, that talks were "
        "needed.", _AUG20,
        note="negative: 'after a meeting of' a body names whose meeting it was"),
)

# States named otherwise than by their names: capitals, "the two Koreas"; a party that is no state ("the Taleban").
_OTHER_PARTIES = (
    _ex("Beijing and New Delhi held talks on Friday (Sept 11) to ease border tensions.", dt.date(2020, 9, 12),
        {"participants": ("CN", "IN"), "date": "2020-09-11"},
        note="two capitals as the subject stand for their states"),
    _ex("The two Koreas held talks on Monday (Sept 14).", dt.date(2020, 9, 15),
        {"participants": ("KR", "KP"), "date": "2020-09-14"},
        note="'the two Koreas'"),
    _ex("Afghan government negotiators and the Taleban met in Doha on Saturday (Sept 12).", dt.date(2020, 9, 13),
        {"participants": ("Taleban",), "date": "2020-09-12"},
        note="a party that is no state, as written"),
    _ex("US envoy Zalmay Khalilzad met Taleban leaders in Doha on Sunday (Sept 13).", dt.date(2020, 9, 14),
        {"participants": ("Zalmay Khalilzad", "Taleban"), "date": "2020-09-13"},
        note="the Taleban beside a person"),
    _ex("Talks will be held in Beijing and Moscow next week.", _AUG20,
        note="negative: capitals after 'in' are places, not parties"),
)

# A verb's second object, the verb left out: "spoke with A on Tuesday and with B on Wednesday".
_SECOND_OBJECT = (
    _ex("Prime Minister Lee Hsien Loong spoke by phone with Vietnamese Prime Minister Nguyen Xuan Phuc on Tuesday "
        "(March 31) and with Thai Prime Minister Prayut Chan-o-cha on Wednesday.", dt.date(2020, 4, 2),
        {"participants": ("Lee Hsien Loong", "Nguyen Xuan Phuc"), "date": "2020-03-31"},
        {"participants": ("Lee Hsien Loong", "Prayut Chan-o-cha"), "date": "2020-04-01"},
        note="'and with <leader> on <day>': a call of its own"),
    _ex("Prime Minister Lee Hsien Loong met Vietnamese Prime Minister Nguyen Xuan Phuc on Tuesday (March 31) and "
        "with officials on Wednesday.", dt.date(2020, 4, 2),
        {"participants": ("Lee Hsien Loong", "Nguyen Xuan Phuc"), "date": "2020-03-31"},
        note="negative: 'and with officials' names no leader"),
)

# A trip whose traveller is "he" opening a clause: the leader the sentence before names first.
_PRONOUN_TRAVELLER = (
    _ex("US Defence Secretary Mark Esper will visit Palau on Friday (Aug 28). After Palau, he will travel to Guam on "
        "Saturday.", dt.date(2020, 8, 27),
        {"kind": "visit", "participants": ("Mark Esper",), "date": "2020-08-28"},
        {"kind": "visit", "participants": ("Mark Esper",), "date": "2020-08-29", "future": True},
        note="'After <place>, he will travel to <place>'"),
    _ex("US Defence Secretary Mark Esper will visit Palau on Friday (Aug 28). The island has 18,000 people. "
        "Officials said the trip was planned. After Palau, he will travel to Guam on Saturday.", dt.date(2020, 8, 27),
        {"kind": "visit", "participants": ("Mark Esper",), "date": "2020-08-28"},
        note="negative: a leader named three sentences back is too far for 'he'"),
    _ex("There is no plan for Chinese President Xi Jinping to visit Japan this year, a spokesman said on Monday "
        "(June 1).", dt.date(2020, 6, 2),
        note="negative: 'no plan for <leader> to visit'"),
)

# Who chaired and who holds a portfolio in brackets: "co-chaired the Joint Council for Bilateral Cooperation
# meeting", "Permanent Secretary (Foreign Affairs) Chee Wee Kiong".
_CHAIRS_AND_SECRETARIES = (
    _ex("Deputy Prime Minister Heng Swee Keat and Chinese Vice-Premier Han Zheng co-chaired the 16th Joint Council "
        "for Bilateral Cooperation meeting via video link on Tuesday (Aug 25).", dt.date(2020, 8, 26),
        {"participants": ("Heng Swee Keat", "Han Zheng"), "date": "2020-08-25"},
        note="'co-chaired the <Body for Something> meeting'"),
    _ex("Permanent Secretary (Foreign Affairs) Chee Wee Kiong met Chinese Ambassador Hong Xiaoyong on Monday (Aug 24).",
        dt.date(2020, 8, 25),
        {"participants": ("Chee Wee Kiong", "Hong Xiaoyong"), "date": "2020-08-24"},
        note="a bracketed portfolio inside the title"),
    _ex("Singapore's Permanent Secretary (Foreign Affairs) Chee Wee Kiong and Thai Permanent Secretary Busaya "
        "Mathelin held consultations via video conference on Wednesday (Aug 26).", dt.date(2020, 8, 27),
        {"participants": ("Busaya Mathelin", "Chee Wee Kiong"), "date": "2020-08-26"},
        note="a person the leader list lacks beside one it has"),
    _ex("The Ministry of Foreign Affairs meeting on Tuesday (Aug 25) was long.", dt.date(2020, 8, 26),
        note="negative: a ministry's meeting with nobody named"),
)

_KNOWN_FAILURES = (
)

_FORMS = (
    *_RANGES, *_PARTICIPANTS, *_SUBJECTS_AND_OBJECTS, *_STATES, *_CUES, *_SIDELINES, *_NAMED_LATER, *_EVE,
    *_MAIN_CLAUSE, *_SPANS, *_NOT_ITS_DATE, *_MOVED, *_TRIPS, *_NEXT_SENTENCE, *_EVENTS, *_HEADLINE_HOST,
    *_TOPIC_STATES,
    # Forms from the blind probe of wire copy (issue 9).
    *_PAIRS, *_OCCASIONS, *_SPEECH_TOPICS, *_OTHER_CLAUSES, *_MORE_SHAPES, *_KOREA,
    *_OFFSETS, *_NAMES, *_HELD_EVENTS, *_ONE_BY_ONE, *_WHERE,
    *_LAST_AND_RANKS, *_ARRIVALS, *_SHARED_SUBJECT, *_PAST_FORM_AHEAD, *_BODY_MEETINGS, *_TRAVELS,
    *_CALLS_DESCRIBED, *_TRAVELS_FOR_TALKS, *_CALLED_OFF_NEAREST, *_IN_THE_WEEK, *_SOUGHT, *_BODY_SUBJECTS,
    *_OTHER_PARTIES, *_SECOND_OBJECT, *_PRONOUN_TRAVELLER, *_CHAIRS_AND_SECRETARIES,
)
corpus = Corpus(kind="meeting assembly", examples=tuple(e for e in _FORMS if e.expected["meetings"]),
                negative=(*_NEGATIVE, *(e for e in _FORMS if not e.expected["meetings"])),
                known_failures=_KNOWN_FAILURES)
