"""Participants: the leaders a cue's phrases name, the subject a clause lends, the host and the organiser."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from ....gazetteer.countries import is_capital, lookup_city, lookup_country, lookup_demonym
from ....model import Leader, Organisation, Span
from ....text.sentences import sentence_at
from ...agreement.rules import parties_in
from ...title.holders import identify
from ..cue import MeetingCue
from ..lexicon import PERSON_NOUNS, TITLE_WORDS
from .merging import Draft

__all__ = ["People"]

# Words of a name (letters, hyphens, apostrophes); a person's name is a run of them after a title.
_NAME_TOKEN = regex.compile(r"[\p{L}][\p{L}’'\-]*+")
_OF_PLACE_AFTER = regex.compile(r"\s++of\s++(?P<c>(?:the\s++)?+\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,3}+)\s*+$")
_LIST_SEPARATOR = regex.compile(r",|\band\b")
_COURTESY = frozenset({"mr", "mrs", "ms", "dr", "mdm", "madam", "sir", "dame"})
_ROLE_NOUNS = frozenset({"diplomat", "adviser", "advisor", "negotiator", "chief", "spokesman", "spokeswoman",
                         "counterpart", "envoy", "official", "representative", "coordinator"})
# Capitalised words that make a run a place or a body, not a person.
_NOT_NAME = frozenset({"house", "ministry", "council", "department", "office", "palace", "party", "government",
                       "committee", "university", "union", "nations", "hall", "assembly", "congress", "parliament",
                       "bank", "fund", "organisation", "organization", "agency", "commission", "state", "states",
                       "republic", "kingdom", "city", "province", "island", "islands", "mfa", "un", "eu", "us",
                       "corp", "inc", "co", "ltd", "plc", "group", "company", "holdings", "oil", "gas", "airlines"})
# Titles written as capitals before a name: "DPM Heng Swee Keat", "PM Lee".
_TITLE_ABBREVIATIONS = frozenset({"PM", "DPM", "SM", "FM", "VP"})
_PAIR_SUBJECT = regex.compile(
    r"(?:The\s++two|Both|(?P<they>They))(?:\s++(?:leaders|sides|men|women|ministers|officials|diplomats|presidents|premiers|"
    r"prime\s++ministers|foreign\s++ministers|heads\s++of\s++state|chancellors|counterparts|"
    r"(?P<states>countries|nations|governments)))?+"
    r"(?:\s++(?:(?P<earlier>last|first|previously)|also|had|have|will|would|are|were|to|again|soon|later|"
    r"jointly|hold|held|holds|the|a|an|their|next|new|\d++(?:st|nd|rd|th)))*+\s*+$"
)
_PAIR_OPENINGS = ("The", "Both", "They")  # what _PAIR_SUBJECT opens with
# The same subject opening a later clause (", as the leaders were set to hold summit talks"), and a pair's
# possessive right before the trigger ("two months after the leaders' first summit").
_PAIR_CLAUSE = regex.compile(
    r"(?:,|\b(?:as|and|while|when|after|because|but|before|where|since))\s++(?:(?:the\s++two|both|the)\s++"
    r"(?:leaders|sides|presidents|premiers|ministers|heads\s++of\s++state|(?P<states>countries|nations|governments))"
    r"|(?P<they>they|their(?:\s++(?:foreign|defence|defense|trade|finance|prime|top|chief|senior))?+\s++"
    r"(?:ministers|leaders|envoys|negotiators|officials|diplomats|presidents|premiers|delegations)))"
    r"(?:\s++(?:(?P<earlier>last|first|previously)|also|had|have|will|would|are|were|was|set|to|again|soon|later|"
    r"expected|scheduled|jointly|hold|held|holds|the|a|an|their|next|new|\d++(?:st|nd|rd|th)))*+\s*+$",
    regex.I,
)
_PAIR_POSSESSIVE = regex.compile(
    r"\b(?:the\s++two|both|the)\s++(?:leaders|presidents|premiers|(?P<states>countries|nations))[’']\s*+"
    r"(?:(?P<earlier>last|first|previous)\s++|\p{Ll}++\s++){0,2}+$",
    regex.I,
)
# "who chaired this year's", "who will host the": a relative clause whose antecedent takes part.
_CHAIRED = regex.compile(
    r"\bwho\s++(?:(?:will|would|also|had|has|is|was)\s++)?+(?:chaired|co-chaired|chairs|chair|hosted|hosts|host|"
    r"attended|attends|attend|presided\s++over|presides\s++over)\s++(?:[\p{L}\d’'\-]++\s++){0,4}+$"
)
# The next item of a list of places: ", Slovakia", ", the Czech Republic", " and Malaysia".
_PLACE_ITEM = regex.compile(
    r"(?:\s*+,\s*+(?:and\s++)?+|\s++and\s++)(?P<c>(?:the\s++)?+\p{Lu}[\p{L}\-]*+(?:\s++\p{Lu}[\p{L}\-]*+){0,2}+)"
    r"(?![\p{L}\-])"
)
# "talks and a luncheon with", "talks and dinner with": another meeting noun sharing the object.
_SHARED_WITH = regex.compile(
    r"\s++and\s++(?:an?+\s++|the\s++)?+(?:working\s++|official\s++|state\s++)?+"
    r"(?:lunch|luncheon|dinner|breakfast|banquet|meeting|meetings|talks|consultations)\s++with\s++"
)
# Groups who hold no office: "business leaders", "local business executives", "students", "reporters".
_CIVILIAN_NOUNS = (
    r"(?:(?:business|industry|corporate|community|civic|student|youth)\s++(?:leaders|representatives|figures|people)"
    r"|businessmen|businesspeople|executives|students|journalists|reporters|entrepreneurs|investors|workers|"
    r"residents|fans|athletes)\b"
)
_CIVILIANS = regex.compile(
    r"(?:(?:the|some|local|foreign|top|leading|young|[\p{Ll}\-]++)\s++){0,3}?"
    + _CIVILIAN_NOUNS + r"(?:\s++from\s++[\p{L}\s]{0,40}+)?+$"
)
# The nouns those patterns end on, each written out: a phrase holding none of them names no such group.
_CIVILIAN_WORDS = ("leaders", "representatives", "figures", "people", "businessmen", "executives", "students",
                   "journalists", "reporters", "entrepreneurs", "investors", "workers", "residents", "fans", "athletes")
_CIVILIANS_AFTER = regex.compile(
    r"\s++(?:with\s++)?+(?:(?:the|some|local|foreign|top|leading|young)\s++){0,2}+" + _CIVILIAN_NOUNS
)
# What talks are about: "on finalising formal Israel-UAE ties", "about China-US trade".
_TOPIC = regex.compile(
    r"\b(?:on|about|over)\s++(?:[\p{Ll}]++\s++){0,3}?(?P<pair>\p{Lu}[\p{L}.]*+-\p{Lu}[\p{L}.]*+)\s++"
    r"(?:ties|relations|normali[sz]ation|trade|cooperation|deal)\b"
)
# "attend the ninth Summit", "attending the first East Asian": the subject is at the meeting.
_ATTEND = regex.compile(r"\battend(?:s|ed|ing)?+\s++(?:[\p{L}\d’'\-]++\s++){0,4}+$")
# Between the items of a list of people, and what may follow its last item (no verb: a new clause).
_LIST_GAP = regex.compile(r"\s*+(?:,\s*+(?P<and>and\s++)?+|(?P<and>and)\s++)")
_LIST_END = regex.compile(
    r"\s*+(?:[.,;:)”\"]|$|(?:and|in|on|at|for|during|to|as|before|after|from|with|this|next|last|later)\b)")
# A pronoun as the subject right before a meeting verb: "said he will meet", "she also met".
_PRONOUN_SUBJECT = regex.compile(r"\b(?:he|she)\s++(?:(?:will|would|also|later|then|is|was|to|had|has|been)\s++)*+$")
_RELATIVE_CLAUSE = regex.compile(r",\s++(?:who|which)\s")
# A run of capitalised words (``United Arab Emirates``, ``U.S.``, ``Israel's``), read for a country's name.
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}.’'\-]*+(?:\s++\p{Lu}[\p{L}.’'\-]*+){0,3}+")
# The European Union takes part in talks as a state does; "EU" is no ISO country, so it is a participant only.
_EU = "EU"
# A title with no name: "The Prime Minister", "the President", "Foreign Minister".
_BARE_TITLE = regex.compile(r"(?:[Tt]he\s++)?+(?P<t>(?:(?:Prime|Foreign|Deputy|Vice|Defence|Defense)\s++)?+"
                            r"(?:Minister|President|Premier|Chancellor))")
_THE_NORTH = regex.compile(r"\bthe\s++North\b(?![\s\-]++(?:of|Atlantic|Sea|Pole|American|African|East|West))")
_INITIAL_COMPASS = regex.compile(r"\b([SN])\.\s*+(?=Korea)")
_EU_NAMES = frozenset({"eu", "european union", "e.u."})


class People:
    """Who takes part: the leaders and organisations of the article, looked up by where they are named."""

    def __init__(self, text: str, leaders: Sequence[Leader], organisations: Sequence[Organisation],
                 reference: dt.date | None = None) -> None:
        self.text = text
        self.reference = reference  # the story's date: who held an office then names a lone surname
        self.leaders = leaders
        self.by_name = {leader.name: leader for leader in leaders}
        # Every leader mention as (start, end, leader's rank), by start and by end: looked up by bisection.
        self.by_start = sorted((m.start, m.end, rank) for rank, leader in enumerate(leaders) for m in leader.mentions)
        self.starts = [start for start, _end, _rank in self.by_start]
        self.by_end = sorted((m.end, rank) for rank, leader in enumerate(leaders) for m in leader.mentions)
        self.ends = [end for end, _rank in self.by_end]
        self.widest = max((end - start for start, end, _rank in self.by_start), default=0)
        self.organisations = organisations
        self.korea = "Korea" in text  # "the North" is North Korea only in a story about Korea
        # People named as participants who are not on the leader list, in the order first met.
        self.people: list[str] = []
        # Where each organisation mention starts -> the first organisation (in order) with a mention there.
        self.organisation_at: dict[int, Organisation] = {}
        for organisation in organisations:
            for m in organisation.mentions:
                self.organisation_at.setdefault(m.start, organisation)

    def subject(self, cue: MeetingCue, draft: Draft) -> str | None:
        """The leader named before the trigger (``Wen will hold talks with ...``), if any.

        Only a leader the phrase itself names: ``visit to Kyiv on Monday to meet with X`` has ``Kyiv`` there,
        and X is no subject."""
        if cue.parties_text and cue.parties_text[0].end <= cue.span.start:
            leaders = self.leaders_in(cue.parties_text[0])
            if leaders and leaders[0].name in draft.participants:
                return leaders[0].name
        return None

    def refers_to_pair(self, cue: MeetingCue) -> regex.Match[str] | None:
        """Where the clause's subject is a pair named before: ``The two last met``, ``Both leaders met``; its
        ``earlier`` group holds ``last``/``first``/``previously`` when the meeting is an earlier one."""
        text, start = self.text, cue.sentence.start
        # The subject opens the sentence: a literal test before the pattern.
        found = _PAIR_SUBJECT.match(text, start, cue.span.start) if text.startswith(_PAIR_OPENINGS, start) else None
        lo, hi = max(start, cue.span.start - 80), cue.span.start
        if found is None and (text.find("leaders", lo, hi) >= 0 or text.find("two", lo, hi) >= 0
                              or text.find("they", lo, hi) >= 0 or text.find("their", lo, hi) >= 0):
            # Cheap literal check first: most clauses name no pair.
            found = _PAIR_CLAUSE.search(text, lo, hi) or _PAIR_POSSESSIVE.search(text, lo, hi)
        return found

    def pair_in_sentence(self, cue: MeetingCue, before: int) -> list[str]:
        """The leaders the cue's sentence names before *before*, when there are two or more: ``Lee and Xi plan to
        discuss ..., as the leaders were set to hold summit talks``."""
        i = bisect_left(self.starts, cue.sentence.start)
        names: list[str] = []
        while i < len(self.starts) and self.starts[i] < before:
            name = self.leaders[self.by_start[i][2]].name
            if name not in names:
                names.append(name)
            i += 1
        return names if len(names) >= 2 else []

    def pair_before(self, cue: MeetingCue) -> list[str]:
        """The leaders the sentence before the cue's names, when there are two or more: ``Wang and Jaishankar
        agreed to ease tensions. The statement came a day after they met.``"""
        if cue.sentence.start < 2:
            return []
        lo, hi = sentence_at(self.text, cue.sentence.start - 2)
        i = bisect_left(self.starts, lo)
        names: list[str] = []
        while i < len(self.starts) and self.starts[i] < min(hi, cue.sentence.start):
            name = self.leaders[self.by_start[i][2]].name
            if name not in names:
                names.append(name)
            i += 1
        return names if len(names) >= 2 else []

    def topic_states(self, cue: MeetingCue) -> list[str]:
        """``talks ... on finalising formal Israel-UAE ties``: talks with nobody named are between the two states
        whose ties, relations or trade they are about."""
        end = min(cue.sentence.end, cue.span.end + 100)
        if "-" not in self.text[cue.span.end : end]:
            return []  # cheap literal check first
        topic = _TOPIC.search(self.text, cue.span.end, end)
        return list(parties_in(topic.group("pair"))) if topic is not None else []

    def only_civilians(self, cue: MeetingCue) -> bool:
        """``Lee will meet business leaders from both countries``: every party named after the trigger is a group of
        people who hold no office (business leaders, students, reporters): no diplomatic meeting."""
        after = [phrase for phrase in cue.parties_text if phrase.start >= cue.span.end]
        if not after:
            # The object the cue reader left unread: "meet business leaders from both countries at a forum".
            return (_CIVILIANS_AFTER.match(self.text, cue.span.end, min(cue.sentence.end, cue.span.end + 60))
                    is not None and not self.leaders_in(Span(cue.span.end, cue.sentence.end)))
        return all(_civilians(phrase.of(self.text)) and not self.leaders_in(phrase) for phrase in after)

    def shared_object(self, cue: MeetingCue) -> Leader | None:
        """``hold talks and a luncheon with Premier Li Qiang``: the leader a coordinated meal or meeting is held
        with is the other side of the talks too."""
        end = min(cue.sentence.end, cue.span.end + 40)
        if " and " not in self.text[cue.span.end : end]:
            return None  # cheap literal check first
        shared = _SHARED_WITH.match(self.text, cue.span.end, end)
        if shared is None:
            return None
        i = bisect_left(self.starts, shared.end())
        if i == len(self.starts) or self.starts[i] != shared.end():
            return None
        return self.leaders[self.by_start[i][2]]

    def attended(self, cue: MeetingCue) -> bool:
        """Whether the clause's subject attends the meeting (``he will also attend the ninth Summit between China
        and ASEAN``): a party to it, whoever the phrase after it names."""
        start = max(cue.sentence.start, cue.span.start - 50)
        return "attend" in self.text[start : cue.span.start] and _ATTEND.search(self.text, start, cue.span.start) \
            is not None

    def names_all(self, cue: MeetingCue) -> bool:
        """``a meeting between A and B`` names every participant; ``meet with B`` does not."""
        if not cue.parties_text:
            return False
        return "between" in self.text[cue.span.end : cue.parties_text[0].start]

    def inherited_subject(self, cue: MeetingCue, subject: tuple[Span, str, bool] | None) -> Leader | None:
        """Who does the meeting when the clause has no subject of its own.

        ``Wen will hold talks with A, and meet B``: the subject of the first verb;
        ``He will meet B``: the leader last named before the sentence.
        """
        if subject is not None and subject[0] == cue.sentence:
            return self.by_name.get(subject[1])
        opening = self.text[cue.sentence.start : cue.sentence.start + 4]
        if opening.startswith(("He ", "She ")):
            if _RELATIVE_CLAUSE.search(self.text, cue.sentence.start, cue.span.start):
                return None  # "He spoke after talks with A, who arrived from a meeting with B": A met B
            return self._last_leader_before(cue.sentence.start)
        if _PRONOUN_SUBJECT.search(self.text, max(cue.sentence.start, cue.span.start - 40), cue.span.start):
            # "Minister Kato said he will meet Lyng": the leader the sentence names before the pronoun.
            i = bisect_left(self.starts, cue.sentence.start)
            if i < len(self.starts) and self.starts[i] < cue.span.start:
                return self.leaders[self.by_start[i][2]]
            return self._last_leader_before(cue.sentence.start)
        return None

    def _last_leader_before(self, position: int) -> Leader | None:
        """Whom ``He`` means: the first leader named in the last sentence before *position* that names one.

        The first, because that is the sentence's subject: ``Bach also met Abe. He went on to ...`` is Bach.
        """
        i = bisect_right(self.ends, position)
        if i == 0:
            return None
        last_end = self.ends[i - 1]
        # The mention starting first at or after the sentence's opening (the earliest leader on a tie of starts).
        j = bisect_left(self.starts, sentence_at(self.text, last_end - 1, last_end)[0])
        if j == len(self.starts) or self.starts[j] >= last_end:
            return None
        start = self.starts[j]
        rank = min(r for s, _e, r in self.by_start[j : bisect_right(self.starts, start)] if s == start)
        return self.leaders[rank]

    def host(self, cue: MeetingCue) -> str | None:
        """The host country: named (``China will host``), or the hosting leader's (``Kishida ... by hosting``)."""
        host = _country_of(cue.host_text)
        if host is None and cue.host_span is not None:
            hosts = self.leaders_in(cue.host_span)
            host = hosts[0].country if hosts else None
        return host

    def participants(self, cue: MeetingCue) -> tuple[list[str], list[str]]:
        names: list[str] = []
        countries: list[str] = []
        states: list[str] = []
        actors: list[str] = []  # parties that are no state: "the Taleban"
        for phrase in cue.parties_text:
            if phrase.end - phrase.start <= 3 and phrase.of(self.text) in _PRONOUNS:
                antecedent = self.antecedent(phrase)
                if antecedent is not None and antecedent.name not in names:
                    names.append(antecedent.name)
                    countries.extend(c for c in (antecedent.country,) if c is not None and c not in countries)
                continue
            found = False
            for leader in self.leaders_in(phrase):
                if leader.name not in names:
                    names.append(leader.name)
                    if leader.country is not None and leader.country not in countries:
                        countries.append(leader.country)
                    found = True
            if found and " and " in phrase.of(self.text) and len(names) < 2 + phrase.of(self.text).count(","):
                # "Permanent Secretary Chee Wee Kiong and Thai Permanent Secretary Busaya Mathelin": an item the
                # leader list lacks, beside one it has.
                known = {name.split()[-1] for name in names}  # "S. Jaishankar" is "S Jaishankar"
                names.extend(p for p in self.persons_in(phrase, names) if p.split()[-1] not in known)
            if not found:
                persons = [p for p in self.persons_in(phrase, names) if p not in names]
                if persons:
                    names.extend(persons)
                    continue
                titled = self.titled_before(phrase)
                if titled is not None:
                    if titled.name not in names:
                        names.append(titled.name)
                        if titled.country is not None and titled.country not in countries:
                            countries.append(titled.country)
                    continue
                states.extend(c for c in states_in(phrase.of(self.text)) if c not in states)
                actors.extend(a for a in actors_in(phrase.of(self.text)) if a not in actors)
                if self.korea and "KP" not in states and _THE_NORTH.search(phrase.of(self.text)):
                    states.append("KP")  # "South Korea and the North held talks": in Korean news, North Korea
        if not any(phrase.start >= cue.span.end for phrase in cue.parties_text):
            shared = self.shared_object(cue)  # "hold talks and a luncheon with Premier Li Qiang"
            if shared is not None and shared.name not in names:
                names.append(shared.name)
                countries.extend(c for c in (shared.country,) if c is not None and c not in countries)
        if cue.parties_text and cue.parties_text[-1].start >= cue.span.end:
            for leader in self.listed_after(cue.parties_text[-1].end, cue.sentence.end):
                if leader.name not in names:
                    names.append(leader.name)
                    if leader.country is not None and leader.country not in countries:
                        countries.append(leader.country)
        if not names:
            chair = self.chair_of(cue)
            if chair is not None:
                names.append(chair.name)
                countries.extend(c for c in (chair.country,) if c is not None and c not in countries)
        if not names and not states and not cue.parties_text:
            states = self.topic_states(cue)  # "talks in Abu Dhabi on Monday on finalising Israel-UAE ties"
        if names:
            # "Blinken will meet Chinese officials": the nameless side still gives its country.
            return [*names, *actors], [*countries, *(c for c in states if c not in countries and c != _EU)]
        if "visit" in cue.kind and cue.place is not None:
            visited = lookup_country(cue.place) or lookup_city(cue.place)
            states = [c for c in states if c != visited]  # "Israeli FM begins Turkey visit": Turkey is visited
        if states == [_EU] and not actors:
            return [], []  # "European Union foreign ministers met": the body's own meeting, not a party to it
        if actors:
            return [*states, *actors], [c for c in states if c != _EU]  # "Afghan negotiators and the Taleban met"
        if not states:
            bodies = self.bodies_opening(cue)
            if bodies:
                return bodies, []  # "Asean foreign ministers met on Thursday": the body's members meet
        return list(states), [c for c in states if c != _EU]

    def bodies_opening(self, cue: MeetingCue) -> list[str]:
        """``Nato defence ministers will meet on Friday``: the organisations whose name opens a subject (the
        members of that body meet as it), by acronym. Only a subject: ``seeking a meeting for members of the OPEC+
        alliance`` names whom a meeting is for, not a meeting they held."""
        out: list[str] = []
        for phrase in cue.parties_text:
            if phrase.end > cue.span.start:
                continue
            organisation = self.organisation_at.get(phrase.start)
            code = None if organisation is None else organisation.acronym or organisation.name
            if code is not None and code != _EU and code not in out:
                out.append(code)
        return out

    def also_visited(self, cue: MeetingCue) -> list[str]:
        """``official visits to France, Slovakia, the Czech Republic, Portugal and Malaysia``: the states a visit's
        place begins a list of, after that place (which the visit already has). A tour of three or more: ``visits to
        France and Germany`` are a visit to each (the cue reader gives the second its own)."""
        if "visit" not in cue.kind or cue.place_span is None:
            return []
        out: list[str] = []
        position = cue.place_span.end
        while True:
            item = _PLACE_ITEM.match(self.text, position, cue.sentence.end)
            code = lookup_country(item.group("c")) if item is not None else None
            if item is None or code is None:
                return out if len(out) >= 2 else []
            if code not in out:
                out.append(code)
            position = item.end()

    def chair_of(self, cue: MeetingCue) -> Leader | None:
        """``Ban Ki-moon, South Korea's foreign minister who chaired this year's APEC Ministerial Meeting``: the
        leader named last before the relative clause that says they chaired, hosted or attended the meeting."""
        start = max(cue.sentence.start, cue.span.start - 60)
        if "who " not in self.text[start : cue.span.start]:
            return None  # cheap literal check first
        clause = _CHAIRED.search(self.text, start, cue.span.start)
        if clause is None:
            return None
        i = bisect_right(self.ends, clause.start())
        if i == 0 or self.ends[i - 1] < cue.sentence.start:
            return None
        return self.leaders[self.by_end[i - 1][1]]

    def listed_after(self, end: int, sentence_end: int) -> list[Leader]:
        """The leaders that go on the list an object phrase opens: ``will also meet President A, Foreign Minister
        B, Chief of Staff C and business circles``. Each item is a leader's mention right after a comma or
        ``and``; the list must close with ``and`` and be followed by no verb (``met Putin, and Modi met Macron``
        are two clauses; ``met Putin, Foreign Minister Lavrov said`` names the speaker)."""
        out: list[Leader] = []
        closed = False
        position = end
        while True:
            gap = _LIST_GAP.match(self.text, position, sentence_end)
            if gap is None:
                break
            i = bisect_left(self.starts, gap.end())
            if i == len(self.starts) or self.starts[i] != gap.end():
                closed = closed or gap.group("and") is not None  # "... C and business circles"
                break
            _start, position, rank = self.by_start[i]
            out.append(self.leaders[rank])
            closed = closed or gap.group("and") is not None
        if not out or not closed or _LIST_END.match(self.text, position, sentence_end) is None:
            return []
        return out

    def objects(self, cue: MeetingCue) -> list[str]:
        """The leaders the phrases after the trigger name, with the list they open: ``met A and B``."""
        after = [phrase for phrase in cue.parties_text if phrase.start >= cue.span.end]
        names = [leader.name for phrase in after for leader in self.leaders_in(phrase)]
        if after:
            names.extend(leader.name for leader in self.listed_after(after[-1].end, cue.sentence.end))
        return list(dict.fromkeys(names))

    def persons_in(self, phrase: Span, named: list[str]) -> list[str]:
        """Participants the leader list lacks, named in *phrase* after a title or a courtesy title (``Mr Chee Wee
        Kiong``, ``his New Zealand counterpart Jacinda Ardern``), one per item of a list; a lone surname (``Mr
        Yang``) is the person named in full before it. Places and bodies are no one (``the White House``)."""
        out: list[str] = []
        for piece in _LIST_SEPARATOR.split(phrase.of(self.text)):
            item = _without_country_after(piece)  # "Mr Chee Wee Kiong of Singapore": the name before "of"
            if "(" in item:
                item = _ASIDE.sub("", item)  # "Permanent Secretary (Foreign Affairs) Chee Wee Kiong"
            person = self._person(_NAME_TOKEN.findall(item), [*named, *out])
            if person is not None and person not in out:
                out.append(person)
        return out

    def _person(self, words: list[str], named: list[str]) -> str | None:
        run: list[str] = []
        for word in reversed(words):
            low = word.lower()
            if not word[:1].isupper() or low in _NOT_NAME or low in TITLE_WORDS or low in _COURTESY \
                    or (word.isupper() and len(word) > 1) or low.endswith(("'s", "’s")):
                break
            run.insert(0, word)
        if not run or len(run) > 4 or len(run) == len(words):
            return None
        before = words[len(words) - len(run) - 1]
        low = before.lower()
        if not (low in _COURTESY or low in TITLE_WORDS or low in PERSON_NOUNS or low in _ROLE_NOUNS
                or before in _TITLE_ABBREVIATIONS):
            return None
        name = " ".join(run)
        if lookup_country(name) or lookup_demonym(name) or lookup_city(name):
            return None
        if len(run) == 1:
            return self.known_person(run[0], named)
        self.people.append(name)
        return name

    def known_person(self, surname: str, named: list[str]) -> str | None:
        """The full name a lone surname stands for: the latest person named before whose name holds it."""
        for name in (*reversed(named), *reversed(self.people), *(leader.name for leader in self.leaders)):
            parts = name.split()
            if len(parts) > 1 and surname in (parts[0], parts[-1]):
                return name
        return self.office_holder(surname)

    def office_holder(self, surname: str) -> str | None:
        """``Mr Pompeo`` in a story that never gives his full name: the one person of that family name the
        office-holder table has in office on the story's date."""
        if self.reference is None:
            return None
        identity = identify(surname, date=self.reference)
        if identity is None or surname not in identity.name.split():
            return None
        return identity.name

    def antecedent(self, pronoun: Span) -> Leader | None:
        """Whom ``he`` opening a clause stands for: the leader named first in the sentence of the last leader
        named before it, that sentence the pronoun's own or the one before (``Esper will visit Palau on Friday.
        After Palau, he will travel to Guam``)."""
        i = bisect_left(self.starts, pronoun.start) - 1
        if i < 0:
            return None
        own_start, _own_end = sentence_at(self.text, pronoun.start)
        start, _end = sentence_at(self.text, self.starts[i])
        last = len(self.text[:own_start].rstrip()) - 1  # the end of the sentence before the pronoun's
        if start < own_start and (last < 0 or sentence_at(self.text, last)[0] != start):
            return None  # named two sentences back or more
        return self.leaders[self.by_start[bisect_left(self.starts, start)][2]]

    def full_names(self) -> dict[str, str]:
        """The leaders named only by family name (``President Moon``), each with the full name the
        office-holder table gave them (``Moon Jae-in``): a meeting lists people by their full names."""
        return {leader.name: leader.identity.name for leader in self.leaders
                if " " not in leader.name and leader.identity is not None
                and leader.name in leader.identity.name.split()}

    def named_after(self, position: int, country: str, besides: list[str], reach: int = 1500) -> Leader | None:
        """The first leader of *country* named after *position* (within *reach* characters) who is not in
        *besides*."""
        i = bisect_left(self.starts, position)
        while i < len(self.starts) and self.starts[i] < position + reach:
            leader = self.leaders[self.by_start[i][2]]
            if leader.country == country and leader.name not in besides:
                return leader
            i += 1
        return None

    def countries_of(self, names: list[str]) -> list[str]:
        """The countries of the leaders *names*, in order, once each."""
        countries = (self.by_name[n].country for n in names if n in self.by_name)
        return list(dict.fromkeys(c for c in countries if c is not None))

    def titled_before(self, phrase: Span) -> Leader | None:
        """``The Prime Minister was speaking at the summit``: a title alone stands for the leader last named before it
        with that title (``said Prime Minister Lee Hsien Loong``)."""
        words = _BARE_TITLE.fullmatch(phrase.of(self.text))
        if words is None:
            return None
        title = words.group("t").casefold()
        i = bisect_right(self.ends, phrase.start)
        while i > 0:
            i -= 1
            leader = self.leaders[self.by_end[i][1]]
            if leader.title is not None and leader.title.casefold() == title:
                return leader
        return None

    def leaders_in(self, phrase: Span) -> list[Leader]:
        """The leaders with a mention overlapping *phrase*, in the order of ``self.leaders``."""
        lo = bisect_left(self.starts, phrase.start - self.widest)
        hi = bisect_left(self.starts, phrase.end)
        ranks = {rank for start, end, rank in self.by_start[lo:hi] if start < phrase.end and phrase.start < end}
        return [self.leaders[rank] for rank in sorted(ranks)]

    def organisation_opening(self, cue: MeetingCue) -> str | None:
        """``the 6th World Trade Organization Ministerial Conference``: a named event whose name opens with an
        organisation's is that organisation's."""
        if not cue.kind[:1].isupper():
            return None
        organisation = self.organisation_at.get(cue.span.start)  # a look-up, as for organisation_after
        return None if organisation is None else organisation.acronym or organisation.name

    def organisation_after(self, cue: MeetingCue) -> str | None:
        """``the Economic Leaders' Meeting of the Asia-Pacific Economic Cooperation forum``: a named event's owner."""
        if not cue.kind[:1].isupper():
            return None
        tail = self.text[cue.span.end : cue.span.end + 8]
        gap = 8 if tail.startswith(" of the ") else 4 if tail.startswith(" of ") else 0
        if not gap:
            return None
        organisation = self.organisation_at.get(cue.span.end + gap)  # a look-up: scanning every mention was quadratic
        return None if organisation is None else organisation.acronym or organisation.name

    def organisation(self, text: str | None) -> str | None:
        if text is None:
            return None
        key = text.casefold()
        for organisation in self.organisations:
            if key in (organisation.name.casefold(), (organisation.acronym or "").casefold()):
                return organisation.acronym or organisation.name
        return text


def _civilians(phrase: str) -> bool:
    """Whether *phrase* is a group of people who hold no office (``business leaders from both countries``)."""
    return any(word in phrase for word in _CIVILIAN_WORDS) and _CIVILIANS.match(phrase) is not None


def _without_country_after(item: str) -> str:
    """``Mr Chee Wee Kiong of Singapore`` -> ``Mr Chee Wee Kiong``; ``Secretary of State Mike Pompeo`` stays."""
    tail = _OF_PLACE_AFTER.search(item) if "of" in item else None  # a search over the item: its literal first
    if tail is None or lookup_country(tail.group("c")) is None:
        return item
    return item[: tail.start()]


def _country_of(text: str | None) -> str | None:
    if text is None:
        return None
    return lookup_country(text) or lookup_demonym(text)


_PRONOUNS = frozenset({"he", "she", "He", "She"})
_ASIDE = regex.compile(r"\s*+\([^()]{1,40}\)")
# Parties that are no state, as a text names them: "Afghan government negotiators and the Taleban met".
_ACTOR_NAMES = frozenset({"Taleban", "Taliban", "Hamas", "Hezbollah", "Houthis"})
_ACTORS = regex.compile(r"\b(?:" + "|".join(sorted(_ACTOR_NAMES)) + r")\b")
# "The two Koreas held talks": both Korean states.
_TWO_KOREAS = regex.compile(r"\bKoreas\b")


def is_actor(name: str) -> bool:
    """Whether *name* is a party that is no state (``Taleban``)."""
    return name in _ACTOR_NAMES


def actors_in(phrase: str) -> list[str]:
    """The parties a phrase names that are no state (``the Taleban``), as written."""
    if not any(name in phrase for name in _ACTOR_NAMES):
        return []  # cheap literal check first
    return list(dict.fromkeys(m.group() for m in _ACTORS.finditer(phrase)))


def states_in(phrase: str) -> list[str]:
    """The states a phrase that names no person stands for, in order: ``China-Russia talks`` (the agreement
    kind's party reader), ``China and Russia``, ``Israeli and Emirati officials``, ``the UAE minister of state and
    Israel's agriculture minister``, ``Representatives of Israel, the UAE and the United States``; ``EU`` for
    the European Union, which takes part as a state does."""
    codes = parties_in(phrase)
    if codes:
        return list(codes)
    if "Koreas" in phrase and _TWO_KOREAS.search(phrase):  # plural: both
        return ["KR", "KP"]
    out: list[str] = []
    items = _state_words(phrase)
    for item in items:
        code = _state_of(item)
        if code is not None and code not in out:
            out.append(code)
    if not out and len(items) >= 2 and all(is_capital(item) for item in items):
        # "Beijing and New Delhi held talks": capitals, every item of the list, stand for their states.
        capitals = [lookup_city(item) for item in items]
        out = [c for c in dict.fromkeys(capitals) if c is not None]
        if len(out) < len(items):
            return []
    return out


def _state_of(item: str) -> str | None:
    """The country an item of a list names: the whole item, else the first run of its capitalised words that
    names a country or a people (``Top U.S.`` -> US, ``Israel's`` -> IL)."""
    if "Korea" in item:  # what _INITIAL_COMPASS looks ahead for
        item = _INITIAL_COMPASS.sub(lambda m: "South " if m.group(1) == "S" else "North ", item)  # "S.Korean"
    code = lookup_country(item) or lookup_demonym(item)
    if code is not None:
        return code
    for run in _CAPITALISED_RUN.finditer(item):
        words = [w.removesuffix("'s").removesuffix("’s") for w in run.group().split()]
        for first in range(len(words)):
            for last in range(len(words), first, -1):
                name = " ".join(words[first:last])
                if name.casefold() in _EU_NAMES:
                    return _EU
                code = lookup_country(name) or lookup_demonym(name)
                if code is not None:
                    return code
    return None


def _state_words(phrase: str) -> list[str]:
    """``China and Russia`` -> ``["China", "Russia"]``; multi-word names survive (``South Korea``)."""
    parts = phrase.replace(",", " and ").split(" and ")
    return [p.strip().removeprefix("the ").strip() for p in parts if p.strip()]
