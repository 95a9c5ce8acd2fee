"""Date mentions: surface forms and what they resolve to, Duckling style.

Each example is a sentence with exactly one date mention; ``expected`` gives the
mention's ``text``, its ISO ``date`` at its own precision, its ``kind`` and, where
the direction depends on it, the ``tense`` of its clause. Unless an example says
otherwise the reference date is the seed's, Thursday 5 February 2026.

Sources: ``seed`` (the seed article), ``hand`` (written for this corpus) and
``modelled on TimeBank`` (shapes seen in the TimeBank dev data, re-written: the
wording and the dates are ours).
"""

from __future__ import annotations

import datetime as dt

from .._engine import Corpus, Example

__all__ = ["REFERENCE", "corpus"]

REFERENCE = dt.date(2026, 2, 5)  # a Thursday
_TB = "modelled on TimeBank"


def _ex(text: str, mention: str, date: str, kind: str, tense: str | None = None, *, source: str = "hand",
        published: dt.date = REFERENCE, note: str = "", mentions: int = 1) -> Example:
    expected: dict[str, str] = {"text": mention, "date": date, "kind": kind}
    if mentions != 1:
        expected["mentions"] = str(mentions)  # the text holds others; the row checks the one it names
    if tense is not None:
        expected["tense"] = tense
    return Example(text, expected, published, source, note)


_EXAMPLES = (
    # --- the seed ------------------------------------------------------------------
    _ex("President Xi Jinping underlined on Wednesday the need for China and Russia to join hands.",
        "Wednesday", "2026-02-04", "weekday", "past", source="seed"),
    _ex("The talks followed a meeting between the two ministers in Beijing on Sunday.",
        "Sunday", "2026-02-01", "weekday", "past", source="seed"),
    _ex("China and Russia held a new round of strategic stability consultation in Beijing on Tuesday.",
        "Tuesday", "2026-02-03", "weekday", "past", source="seed"),
    _ex("Russia will actively support China in hosting the APEC Economic Leaders' Meeting in November in Shenzhen,"
        " he added.", "November", "2026-11", "month", "future", source="seed",
        note="the trailing 'he added' reports; 'will support' dates"),
    _ex("Xi recalled the two meetings between him and Putin in the past year.",
        "the past year", "2025", "year_word", source="seed"),
    _ex("It was the first meeting between the two leaders this year.", "this year", "2026", "year_word",
        source="seed"),
    _ex("A virtual meeting at the Great Hall of the People in Beijing, Feb 4, 2026. [Photo/Xinhua]",
        "Feb 4, 2026", "2026-02-04", "explicit", source="seed"),
    # --- weekdays ----------------------------------------------------------------
    _ex("The minister said Thursday that the talks had been useful.", "Thursday", "2026-02-05", "weekday", "past",
        note="same day: a Thursday story's 'said Thursday' is that day"),
    _ex("The two leaders will meet on Friday in Geneva.", "Friday", "2026-02-06", "weekday", "future"),
    _ex("The envoy is due to visit Pyongyang on Monday.", "Monday", "2026-02-09", "weekday", "future"),
    _ex("The summit is scheduled to open Saturday in Addis Ababa.", "Saturday", "2026-02-07", "weekday", "future"),
    _ex("Talks are set to resume Monday in Vienna.", "Monday", "2026-02-09", "weekday", "future",
        source=_TB),
    _ex("The agreement was announced last Friday.", "last Friday", "2026-01-30", "weekday", source=_TB),
    _ex("Officials met last Thursday to review the plan.", "last Thursday", "2026-01-29", "weekday",
        note="'last' excludes the reference day itself"),
    _ex("The delegation arrives next Tuesday.", "next Tuesday", "2026-02-10", "weekday"),
    _ex("Crowds began gathering in the capital early Tuesday for the rally.", "early Tuesday", "2026-02-03",
        "weekday", "past", source=_TB),
    _ex("Shares closed unchanged Friday at $29 in composite trading.", "Friday", "2026-01-30", "weekday", "past",
        source=_TB),
    _ex("Monday's vote was the first test of the coalition.", "Monday", "2026-02-02", "weekday", "past"),
    _ex("Saddam said he will begin withdrawing troops on Friday.", "Friday", "2026-02-06", "weekday", "future",
        note="the nearest verb decides, not the reporting verb"),
    _ex("The foreign ministry said Friday it would investigate the reports.", "Friday", "2026-01-30", "weekday",
        "past"),
    # --- month and day ---------------------------------------------------------------
    _ex("The ministers met in Moscow on Feb. 2 to prepare the visit.", "Feb. 2", "2026-02-02", "month_day", "past"),
    _ex("The council will vote on March 3 on the resolution.", "March 3", "2026-03-03", "month_day", "future"),
    _ex("Parliament ratified the treaty on Dec. 29.", "Dec. 29", "2025-12-29", "month_day", "past"),
    _ex("The ceasefire took effect on 12 January.", "12 January", "2026-01-12", "month_day", "past"),
    _ex("The dividend is payable March 15 to holders of record.", "March 15", "2026-03-15", "month_day",
        source=_TB),
    _ex("The company declared a dividend payable Dec. 15 to stock of record.", "Dec. 15", "2026-12-15",
        "month_day", source=_TB, note="published in February: a past clause, but Dec 15 last year is too stale"),
    _ex("The offer has been extended to Feb. 20.", "Feb. 20", "2026-02-20", "month_day", source=_TB),
    _ex("The inspectors had been barred since Jan. 13.", "Jan. 13", "2026-01-13", "month_day", "past", source=_TB),
    _ex("The editorial ran on Saturday, January 31: it urged restraint.", "Saturday, January 31", "2026-01-31",
        "month_day", source=_TB),
    _ex("The new route opens on the 4th of March.", "4th of March", "2026-03-04", "month_day"),
    # --- months ------------------------------------------------------------------------
    _ex("The trade figures for January were released.", "January", "2026-01", "month", "past"),
    _ex("The election is expected in September.", "September", "2026-09", "month", "future", source=_TB),
    _ex("The rebels seized the town in October.", "October", "2025-10", "month", "past"),
    _ex("The treaty was signed last April.", "last April", "2025-04", "month", source=_TB),
    _ex("The general election is due this September.", "this September", "2026-09", "month", source=_TB),
    _ex("Outflows have continued since early September.", "early September", "2025-09", "month", "past",
        source=_TB),
    _ex("The talks are supposed to conclude by May.", "May", "2026-05", "month", "future", source=_TB),
    _ex("Exports fell sharply last month.", "last month", "2026-01", "month"),
    _ex("The envoy returns next month.", "next month", "2026-03", "month"),
    # --- months with a year, explicit dates, years ---------------------------------------------
    _ex("The accord was reached in August 2025 after two years of talks.", "August 2025", "2025-08", "month_year"),
    _ex("The crew flew aboard the orbiter in October 1984.", "October 1984", "1984-10", "month_year", source=_TB),
    _ex("The plane was shot down on April 6, 1994.", "April 6, 1994", "1994-04-06", "explicit", source=_TB),
    _ex("The notes will be due on Nov. 1, 2034.", "Nov. 1, 2034", "2034-11-01", "explicit", source=_TB),
    _ex("Trump and Xi met in Busan, South Korea, on Oct.30, 2025.", "Oct.30, 2025", "2025-10-30", "explicit",
        source="modelled on Korea Herald", note="crawled copy: no space after the abbreviation's dot"),
    _ex("The report came out in January.5 people were hurt.", "January", "2026-01", "month",
        note="a full month name glued to the next sentence keeps no day"),
    _ex("The treaty was signed on 16 July 2001 in Moscow.", "16 July 2001", "2001-07-16", "explicit"),
    _ex("The ministry confirmed the visit on 2026-02-04.", "2026-02-04", "2026-02-04", "explicit"),
    _ex("The partnership was established in 1996.", "1996", "1996", "year"),
    _ex("Relations have improved since 2001.", "2001", "2001", "year"),
    _ex("On Friday, Feb. 6, 2026, the ministers meet again.", "Friday, Feb. 6, 2026", "2026-02-06", "explicit"),
    # --- year words and days ------------------------------------------------------------------
    _ex("Trade grew 12 percent last year.", "last year", "2025", "year_word"),
    _ex("Last year's talks ended without a deal.", "Last year", "2025", "year_word"),
    _ex("The referendum will be held next year.", "next year", "2027", "year_word"),
    _ex("The plant is expected to open early next year.", "early next year", "2027", "year_word", source=_TB),
    _ex("Sales were up from a year ago.", "a year ago", "2025-02-05", "year_word", source=_TB,
        note="an exact offset: the very day one year back"),
    _ex("Two years ago the border was closed.", "Two years ago", "2024-02-05", "year_word"),
    _ex("The ministry announced the measures today.", "today", "2026-02-05", "deictic_day"),
    _ex("Yesterday the envoy arrived in Seoul.", "Yesterday", "2026-02-04", "deictic_day"),
    _ex("The board of supervisors will vote tomorrow.", "tomorrow", "2026-02-06", "deictic_day", source=_TB),
    _ex("Officials were not available to comment late yesterday.", "late yesterday", "2026-02-04", "deictic_day",
        source=_TB),
    _ex("Air raid sirens sounded across the city last night.", "last night", "2026-02-04", "deictic_day"),
    _ex("The president addresses the nation tonight.", "tonight", "2026-02-05", "deictic_day"),
    # --- other reference dates ------------------------------------------------------------------
    _ex("The job figures for December were revised.", "December", "2025-12", "month", "past",
        published=dt.date(2026, 1, 9)),
    _ex("Shares rose in early trading Monday in Tokyo.", "Monday", "2026-01-05", "weekday", "past",
        published=dt.date(2026, 1, 5)),
    _ex("The fiscal year ended March 31 with a loss.", "March 31", "2025-03-31", "month_day", "past",
        published=dt.date(2025, 10, 30), source=_TB),
    _ex("The thrift announced the plan Aug. 21.", "Aug. 21", "2025-08-21", "month_day", "past",
        published=dt.date(2025, 10, 27), source=_TB),
    _ex("The mission in December will be his third.", "December", "2026-12", "month", "future",
        published=dt.date(2026, 3, 4), source=_TB),
    # --- forms of tense and frame (issue 9) ----------------------------------------------------------
    # "last <month>" for the month just gone means a year further back: that month is "last month".
    _ex("Two helicopters crashed near the border last January.", "last January", "2025-01", "month",
        published=dt.date(2026, 2, 10), source=_TB),
    _ex("The pact was signed last March, officials said.", "last March", "2025-03", "month",
        published=dt.date(2026, 4, 2)),
    _ex("The pact was signed last December.", "last December", "2025-12", "month",
        published=dt.date(2026, 2, 10), note="two months back: the December just gone"),
    _ex("The envoy was recalled last November.", "last November", "2025-11", "month",
        published=dt.date(2026, 1, 20), note="a January story: last November is the one just gone"),
    # A weekday naming a thing ("Tuesday's declaration") is a day gone by, whatever follows it ...
    _ex("The ruling follows Tuesday's vote in parliament.", "Tuesday", "2026-02-03", "weekday", "present",
        source=_TB),
    _ex("Markets steadied after Monday's announcement by the bank, which is expected to cut rates.",
        "Monday", "2026-02-02", "weekday", source=_TB),
    _ex("The bonds carry a 24% premium over Wednesday's closing price.", "Wednesday", "2026-02-04", "weekday",
        source=_TB),
    # ... unless a cue before it points forwards.
    _ex("Delegates gathered in Vienna ahead of Friday's vote.", "Friday", "2026-02-06", "weekday", "future"),
    _ex("Leaders will attend Saturday's ceremony in Hanoi.", "Saturday", "2026-02-07", "weekday", "future"),
    # "ahead of", "in time for", "to be held", "<noun> to <verb>": the event is still to come.
    _ex("Crews raced to finish the hall in time for the vote on Monday.", "Monday", "2026-02-09", "weekday",
        "future"),
    _ex("Leaders agreed on a summit to be held in January.", "January", "2027-01", "month", "future",
        published=dt.date(2026, 11, 2)),
    _ex("The bank announced an agreement to acquire the insurer in January.", "January", "2027-01", "month",
        "future", published=dt.date(2026, 11, 2), source=_TB),
    _ex("Ministers tabled a proposal to reopen the border in March.", "March", "2027-03", "month", "future",
        published=dt.date(2026, 11, 2)),
    _ex("Both sides traded barbs ahead of talks in January.", "January", "2027-01", "month", "future",
        published=dt.date(2026, 11, 2)),
    # "on the eve of <event> on <weekday>": the event's day is the one nearest the story, whatever the main verb.
    _ex("Kushner met Netanyahu in Jerusalem on the eve of talks in Abu Dhabi on Monday.", "Monday", "2026-02-09",
        "weekday", "present", published=dt.date(2026, 2, 8)),
    _ex("The envoy arrived on the eve of Monday's vote.", "Monday", "2026-02-09", "weekday", "present",
        published=dt.date(2026, 2, 8)),
    _ex("Kushner met Netanyahu on the eve of talks in Abu Dhabi on Monday.", "Monday", "2026-02-02", "weekday",
        "present", note="a Thursday story: the Monday just gone is the nearer"),
    # "that" opens another clause: its verb weighs less than the one before the date.
    _ex("The minister said after meeting his Chinese counterpart in Beijing on Monday that trade would recover.",
        "Monday", "2026-02-02", "weekday", "past"),
    _ex("Officials agreed after long and difficult talks in Geneva on Tuesday that the border will reopen.",
        "Tuesday", "2026-02-03", "weekday", "past"),
    _ex("The minister said trade talks would resume on Monday.", "Monday", "2026-02-09", "weekday", "future",
        note="contrast: the date is in the clause that looks ahead"),
    # A postponement's new date is still to come, whatever the tense of "has been postponed".
    _ex("The summit has been postponed until the end of June.", "June", "2026-06", "month", "future"),
    _ex("The vote was delayed to March 3, officials said.", "March 3", "2026-03-03", "month_day", "future"),
    _ex("Talks were rescheduled for Monday after the storm.", "Monday", "2026-02-09", "weekday", "future"),
    _ex("The hearing was adjourned until January.", "January", "2027-01", "month", "future",
        published=dt.date(2026, 11, 2)),
    _ex("The summit was postponed on Monday.", "Monday", "2026-02-02", "weekday", "past",
        note="the day of the postponement, not the new date"),
    _ex("The flight was delayed in January by fog.", "January", "2026-01", "month", "past",
        published=dt.date(2026, 11, 2), note="a delay, no new date"),
    # The past reading stays where nothing points forwards.
    _ex("Crews raced to finish the hall for the vote on Monday.", "Monday", "2026-02-02", "weekday", "past"),
    _ex("The bank acquired the insurer in January.", "January", "2026-01", "month", "past",
        published=dt.date(2026, 11, 2)),
    _ex("The talks were said to be held in January.", "January", "2026-01", "month", "past",
        published=dt.date(2026, 11, 2)),
    # A comparison period a year back ("the year-ago quarter", "a year earlier") moves a month and day back.
    _ex("In the year-ago quarter, the period ended Oct. 31, the company earned $5 million.", "Oct. 31",
        "2025-10-31", "month_day", published=dt.date(2026, 11, 20), source=_TB),
    _ex("A year earlier, the fiscal half closed on Sept. 30 with a loss.", "Sept. 30", "2025-09-30", "month_day",
        published=dt.date(2026, 11, 20), source=_TB),
    _ex("The quarter ended Oct. 31 with a profit.", "Oct. 31", "2026-10-31", "month_day", "past",
        published=dt.date(2026, 11, 20), source=_TB),
    _ex("The firm, which reported a year-ago loss, paid the dividend on March 31.", "March 31", "2026-03-31",
        "month_day", "past", published=dt.date(2026, 11, 20), source=_TB,
        note="a year-ago loss is no comparison period: the date keeps this year"),
    _ex("Rates look set to move lower even after Monday's cut in base rates.", "Monday", "2026-02-02",
        "weekday", source=_TB, note="'set to' governs 'move', not the possessive weekday"),
)

_NEGATIVE = tuple(
    Example(text, {}, REFERENCE, "hand", note)
    for text, note in (
        ("May I ask a question?", "May as a modal verb"),
        ("The weekend-long fair drew crowds.", "a weekend as a modifier"),
        ("Weekend traffic was heavy.", "a weekend with no time word before it"),
        ("Protesters march on the capital.", "march as a verb"),
        ("March on, said the general.", "March as a verb at the start of a sentence"),
        ("The office is on the 25th floor.", "an ordinal alone is no date"),
        ("The Sunday Times reported the story.", "a newspaper"),
        ("The Good Friday Agreement still holds.", "a named agreement"),
        ("China's 15th Five-Year Plan (2026-30) period begins.", "a range of years, not a date"),
        ("The company sold 1,999 shares.", "a number"),
        ("The index rose to 2026.5 points.", "a decimal"),
        ("Jan Kowalski said the talks were over.", "Jan as a given name"),
        ("Mayor Lee said the plan was sound.", "Mayor is not May"),
        ("The year-end review is published in spring.", "year-end"),
        ("The five-year plan sets 2030 targets.", "a year without a preposition"),
        ("Growth in the 1990s was rapid.", "a decade"),
        ("Fridays for Future held a rally.", "a plural weekday is a name here"),
        ("Inflation fell to 2.1 percent, and wages rose.", "no date at all"),
        ("The may be a problem, and we march on.", "lower-case may and march"),
        ("The newspaper USA Today reported the story.", "a newspaper's name, capitalised mid-sentence"),
        ("APEC met under the theme \u201cBuilding a Sustainable Tomorrow: Connect, Innovate\u201d.",
         "a slogan's Tomorrow"),
    )
)

# Weeks, seasons, halves and rough years: each keeps the precision the text gives (the reference, Thursday
# 5 February 2026, is in ISO week 2026-W06). Seasons and halves are written as ISO 8601-2 does (YYYY-21..24,
# YYYY-40/41); "early 2026" is the year 2026, no finer.
_SPANS = (
    _ex("Foreign ministers met earlier this week in Brussels.", "earlier this week", "2026-W06", "week"),
    _ex("The envoy arrived in Kabul last week.", "last week", "2026-W05", "week"),
    _ex("The two leaders will hold talks next week.", "next week", "2026-W07", "week"),
    _ex("A decision is expected later this week, officials said.", "later this week", "2026-W06", "week"),
    _ex("Talks could resume early next week, a diplomat said.", "early next week", "2026-W07", "week"),
    _ex("The ministers spoke by phone earlier in the week.", "earlier in the week", "2026-W06", "week",
        note="'earlier in the week': the story's week, as 'earlier this week'"),
    _ex("Mr Wang, who met Mr Blok earlier in the week, flew to Oslo.", "earlier in the week", "2026-W06", "week",
        note="in a relative clause"),
    _ex("The envoy is expected in Seoul later in the week.", "later in the week", "2026-W06", "week"),
    _ex("Will Xi meet Putin next week?", "next week", "2026-W07", "week", note="a question about a coming event"),
    _ex("The talks will be held in the week of March 9.", "the week of March 9", "2026-W11", "week_of",
        "future", note="the week of a day: its ISO week, not the day"),
    _ex("Planning papers dated 2026-W09 list the talks.", "2026-W09", "2026-W09", "iso_week"),
    _ex("Putin is poised to visit Beijing later this month.", "later this month", "2026-02", "month"),
    _ex("The ministers plan to meet again early next month.", "early next month", "2026-03", "month"),
    _ex("The council will vote on the plan later this year.", "later this year", "2026", "year_word"),
    _ex("The summit is due to be held this autumn.", "this autumn", "2026-23", "part"),
    _ex("Congress will take up the bill this fall.", "this fall", "2026-23", "part", note="American 'fall'"),
    _ex("Elections were held last spring.", "last spring", "2025-21", "part",
        note="the spring before a February story is last year's"),
    _ex("Gas supplies for the coming winter are secured.", "the coming winter", "2026-24", "part",
        note="in February the winter under way has begun: the coming one starts in December"),
    _ex("Last winter was the mildest on record, it said.", "Last winter", "2024-24", "part",
        note="a February story is in the winter of 2025: the last one is 2024's"),
    _ex("The last meeting was in the autumn of 2024.", "autumn of 2024", "2024-23", "part"),
    _ex("Both sides hope to sign the deal in summer 2027.", "summer 2027", "2027-22", "part"),
    _ex("Trade between the two countries fell in the first half of 2025.", "the first half of 2025", "2025-40",
        "part"),
    _ex("The pipeline is due to open in the second half of next year.", "the second half of next year", "2027-41",
        "part"),
    _ex("The talks should conclude in early 2027.", "2027", "2027", "year",
        note="'early 2027' says no half or season: the year, no finer"),
    _ex("The plan was drafted in mid-2025.", "mid-2025", "2025", "year"),
    _ex("Troops will leave by late 2026.", "2026", "2026", "year"),
)

_NEGATIVE_SPANS = tuple(
    Example(text, {}, REFERENCE, "hand", note)
    for text, note in (
        ("The past week has been busy for diplomats.", "'the past week' is a stretch back from now, not an ISO week"),
        ("He spent a week in Geneva.", "a duration"),
        ("Talks stalled in the week before the vote.", "'in the week' with no 'earlier'/'later': no week of its own"),
        ("Talks resumed later in the week-long session.", "a week-long session is no week"),
        ("The talks ran into the weekend.", "weekend"),
        ("In spring the river floods the valley.", "a bare season is no date"),
        ("The hot spring draws tourists.", "a spring of water"),
        ("The second half of the match was goalless.", "a half of something that is not a year"),
        ("Leaves fall every autumn.", "a season that recurs"),
        ("Prices could fall next.", "fall as a verb"),
    )
)

# Counts back from the story ("N days ago" is that day; a week or a month back keeps its own precision: the
# text names no day), and a day beyond yesterday or tomorrow.
_AGO = (
    _ex("The envoy arrived the day before yesterday.", "the day before yesterday", "2026-02-03", "deictic_day"),
    _ex("The ministers will meet again the day after tomorrow.", "the day after tomorrow", "2026-02-07",
        "deictic_day"),
    _ex("The two presidents spoke by phone two days ago.", "two days ago", "2026-02-03", "deictic_day"),
    _ex("Three days ago, the envoy left Kabul.", "Three days ago", "2026-02-02", "deictic_day"),
    _ex("Talks resumed a week ago.", "a week ago", "2026-W05", "week",
        note="the ISO week of the day seven days back: the text names no day"),
    _ex("The ceasefire collapsed three weeks ago.", "three weeks ago", "2026-W03", "week"),
    _ex("The deal was signed a month ago.", "a month ago", "2026-01", "month"),
    _ex("Both sides met two months ago in Doha.", "two months ago", "2025-12", "month"),
)

_NEGATIVE_AGO = tuple(
    Example(text, {}, REFERENCE, "hand", note)
    for text, note in (
        ("The envoy left Kabul a few days ago.", "no count"),
        ("Days ago the border was quiet.", "no count"),
        ("He had resigned the day before.", "the day before an event, not before the story"),
        ("The summit took a day after all.", "no yesterday or tomorrow"),
        ("Months ago nobody expected a deal.", "no count"),
    )
)

# Weekends (text/offsets.py): an ISO week, Saturday and Sunday sharing one; the tense decides a bare "the weekend".
_WEEKENDS = (
    _ex("Foreign ministers met over the weekend in Brussels.", "the weekend", "2026-W05", "weekend", "past",
        note="the last one, Jan. 31-Feb. 1, lies in the ISO week before"),
    _ex("The two presidents will meet at the weekend.", "the weekend", "2026-W06", "weekend", "future"),
    _ex("The envoy arrived last weekend.", "last weekend", "2026-W05", "weekend"),
    _ex("Leaders gather in Rome this weekend.", "this weekend", "2026-W06", "weekend"),
    _ex("Talks resume next weekend, diplomats said.", "next weekend", "2026-W06", "weekend"),
)

# A weekday with its month and day after it (the Straits Times' "Thursday (Aug 20)") names one day: the year whose
# Aug 20 is a Thursday settles both, whatever the clause's tense says.
_AUG21 = dt.date(2020, 8, 21)
_PAIRED = (
    _ex("China and Singapore agreed to ease travel curbs on Thursday (Aug 20), officials said.", "Aug 20",
        "2020-08-20", "month_day", published=_AUG21, mentions=2,
        note="'agreed to ease' reads as future; the weekday says 2020"),
    _ex("China and Singapore agreed to ease travel curbs on Thursday (Aug 20), officials said.", "Thursday",
        "2020-08-20", "weekday", published=_AUG21, mentions=2,
        note="the weekday takes its date's day, not next Thursday"),
    _ex("The ministers will meet on Monday (Jan 4) in Jakarta.", "Jan 4", "2021-01-04", "month_day",
        published=dt.date(2020, 12, 30), mentions=2),
    _ex("Leaders spoke by video on Tuesday (April 15), the ministry said.", "April 15", "2020-04-15", "month_day",
        published=dt.date(2020, 4, 16), mentions=2,
        note="no year near has a Tuesday April 15 (a slip): each reads alone"),
)

_KNOWN_FAILURES = (
    _ex("The talks will resume in two weeks.", "in two weeks", "2026-W08", "week", note="counts forwards"),
)

corpus = Corpus("date", (*_EXAMPLES, *_SPANS, *_AGO, *_WEEKENDS, *_PAIRED),
                (*_NEGATIVE, *_NEGATIVE_SPANS, *_NEGATIVE_AGO), _KNOWN_FAILURES)
