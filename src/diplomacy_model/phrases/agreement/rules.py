"""Rules for named instruments: treaties, agreements, memoranda, joint statements, partnerships ...

How a mention is read
---------------------
A cheap prefilter lower-cases the text once and looks for the head words
(``treat``, ``agreement``, ``accord``, ``memorand``, ``statement``,
``partnership``, ``declaration``, ``convention``, ``charter``, ``protocol``);
text without them costs one ``str.lower`` and ten ``str.find`` calls. Around
each head the phrase is parsed locally, in a bounded window, so time is linear.

The grammar, rule by rule (each rule's name is what ``Agreement`` examples cite):

* ``<Caps>* <Head> (of|on|for|between|against|among|concerning|regarding) <Caps ...>``:
  a title-case name, ``the Paris Agreement``, ``China-Russia Treaty of
  Good-Neighborliness and Friendly Cooperation``, ``Treaty on the
  Non-Proliferation of Nuclear Weapons``, ``Comprehensive and Progressive
  Agreement for Trans-Pacific Partnership``. It needs a capitalised modifier or
  a capitalised complement: a bare ``the Treaty`` or ``a Joint Statement`` is a
  back-reference, not a name. The kind is the last head word before the
  complement (``Agreement for Trans-Pacific Partnership`` is an agreement).
* ``<party>-<party> <modifier>* <head> (of coordination)?``: a lower-case
  descriptive name with a party prefix, ``the China-Russia strategic
  partnership of coordination``, ``Sino-Russian treaty``, ``the South
  Korea-China strategic cooperative partnership``. Modifiers come from a closed
  list (``strategic``, ``comprehensive``, ``free``, ``trade`` ...).
* ``<ACRONYM|New|City> <modifier>* <head>``: ``New START treaty``, ``INF treaty``,
  ``the Paris climate agreement``.
* ``<modifier>* <head> between <country> and <country>``: ``free trade
  agreement between China and Australia`` (the clause is part of the name);
  after ``signed|reached|concluded`` it only gives the parties.
* ``strategic partnership of coordination``: the fixed Sino-Russian formula,
  with or without ``comprehensive``, names an instrument even without parties.
* a date clause right after the name: ``, signed in 2001``, ``which was signed
  on July 16, 2001``, ``established in 1996``; or ``signed <name> in 2001``.

What is deliberately not an agreement (the negative corpus has each): plurals
without a name (``treaties and agreements between Russia and Uzbekistan``,
``free trade agreements``), generic lower-case mentions (``the agreement``,
``a free trade agreement signed last year``, ``in agreement with``, ``a
partnership with Goldman Sachs``, ``declaration of martial law``), capitalised
heads that modify a following noun (``Busan Exhibition and Convention center``,
``Protocol Department``), and ALL-CAPS headlines.

Parties are ISO codes in text order, from the party prefix (``China-Russia``,
``U.S.-China``, ``Sino-Russian``, ``Russia-China``) or a ``between A and B``
clause, read with the countries gazetteer by dictionary look-ups (no pattern is
compiled from the gazetteer, so the first call costs only the table load);
importing this module reads no file.
"""

from __future__ import annotations

import regex

from ...gazetteer.countries import lookup_city, lookup_country, lookup_demonym
from .._lexicon import MONTHS, WEEKDAYS, words_pattern

__all__ = [
    "HEAD_KEYS",
    "KINDS",
    "MODIFIERS",
    "RULE_NAMES",
    "WORDS",
    "between_at",
    "between_in",
    "date_clause",
    "head_at",
    "parties_in",
    "party",
    "party_prefix",
]

class _LazyPattern:
    """A pattern compiled on first use, so importing the package stays cheap.

    The date and clause patterns below cost about 100 ms to compile with ``regex``;
    they are needed only once a head word has been found.
    """

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex.compile(self._source)
        return self._compiled

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return (self._compiled or self.compiled).match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return (self._compiled or self.compiled).search(text, pos, endpos)

    def fullmatch(self, text: str) -> regex.Match[str] | None:
        return (self._compiled or self.compiled).fullmatch(text)


RULE_NAMES = (
    "<Caps>* <Head> <of|on|for ...> <Caps>",
    "<party>-<party> <modifier>* <head>",
    "<ACRONYM|New|City> <modifier>* <head>",
    "<modifier>* <head> between <country> and <country>",
    "strategic partnership of coordination",
)

# The instrument kinds, as Agreement.kind spells them.
KINDS = (
    "treaty", "agreement", "memorandum", "joint statement", "partnership",
    "declaration", "accord", "convention", "charter", "protocol",
)

# Lower-case keys for the prefilter: each occurs inside every form of its head word.
HEAD_KEYS = (
    "treat", "agreement", "accord", "memorand", "statement", "partnership",
    "declaration", "convention", "charter", "protocol",
)
#: The head words (:data:`_HEAD`'s words, lower case) as whole words: what a document's one scan for words
#: (:mod:`~diplomacy_model.text.words`) lists for this kind. A head at a position is always one of them there.
WORDS: frozenset[str] = frozenset((
    "treaty", "treaties", "agreement", "agreements", "accord", "accords", "memorandum", "memoranda", "memorandums",
    "statement", "statements", "partnership", "partnerships", "declaration", "declarations", "convention",
    "conventions", "charter", "protocol", "protocols",
))

# A head word at a position: first letter either case, the rest lower case (ALL CAPS is a headline).
_HEAD = _LazyPattern(
    r"""(?x)
    (?P<head>
        [Tt]reat(?:y|ies)
      | [Aa]greements?+
      | [Aa]ccords?+
      | [Mm]emorand(?:um|a|ums)(?:\ of\ [Uu]nderstanding)?+
      | [Ss]tatements?+
      | [Pp]artnerships?+
      | [Dd]eclarations?+
      | [Cc]onventions?+
      | [Cc]harter
      | [Pp]rotocols?+
    )(?![\w\-\u2010\u2011])
    """
)
_KIND_OF_STEM = {
    "trea": "treaty", "agre": "agreement", "acco": "accord", "memo": "memorandum", "stat": "joint statement",
    "part": "partnership", "decl": "declaration", "conv": "convention", "char": "charter", "prot": "protocol",
}
_PLURAL_ENDINGS = ("ies", "s", "memoranda")

# White space between words: spaces, or one line break with its indent (wire copy wraps lines), never a blank line.
_S = r"(?:[^\S\n]++(?:\n[^\S\n]*+)?+|\n[^\S\n]*+)"


def _ws(pattern: str) -> str:
    """*pattern* with each literal space standing for :data:`_S`."""
    return pattern.replace(" ", _S)


def _words(text: str) -> list[str]:
    return text.split()


# Lower-case words that may stand between a party prefix (or a name) and a lower-case head.
MODIFIERS = frozenset(
    _words("""
    strategic comprehensive cooperative cooperation all-round all-weather global free trade economic security
    bilateral trilateral nuclear peace defense defence military investment border energy gas oil arms control
    reduction friendship good-neighborly good-neighbourly new fisheries visa currency swap ceasefire cease-fire
    mutual framework high-level future-oriented long-term enhanced expanded interim final preliminary climate
    partnership coordination joint landmark historic basic fundamental boundary maritime technology space
    extradition tax investment-protection civil nuclear-cooperation non-aggression and
    """)
)
# Closing nouns after "of" in a lower-case name: "partnership of coordination".
_OF_TAIL = _LazyPattern(
    _ws(
        r" of(?: (?:strategic|comprehensive|mutual|economic|all-round))?+ "
        r"(?:coordination|cooperation|friendship|understanding|alliance|mutual assistance)(?![\w-])"
    )
)
# Connectors that can open a title-case complement, and those allowed inside it.
_OPENERS = frozenset(("of", "on", "for", "between", "against", "among", "concerning", "regarding"))
_OPENER = regex.compile(_ws(r" (?:of|on|for|between|against|among|concerning|regarding) "))
_INNER = frozenset(("of", "on", "for", "between", "against", "among", "and", "in", "to", "the", "&", "de", "la"))
_AFTER_ARTICLE_OK = frozenset(("of", "on", "for", "between", "against", "among", "in", "to", "concerning", "regarding"))
# Nouns after a capitalised head that show the head only modifies them.
_MODIFIED_NOUNS = frozenset(
    _words("""
    center centre hall hotel complex building grounds city party flight flights airline airlines school bank
    company companies
    """)
)
# Sentence-initial words that never open a name: articles, determiners and prepositions.
_NOT_FIRST_WORD = frozenset(
    _words("""
    The A An This That These Those Its Their Our His Her On In At Under By For With After Before During Since
    Until From Of To As And But Both Under Upon Via Despite Amid Following Regarding Per
    """)
)
_CALENDAR_WORDS = frozenset(
    [m.capitalize() for m in MONTHS] + [d.capitalize() for d in WEEKDAYS] + [m.capitalize() + "." for m in MONTHS]
)

_CAPS_WORD = _LazyPattern(
    r"(?:\p{Lu}[\p{L}\p{M}\d'\u2019]*+(?:[\-\u2010\u2011\u2013][\p{L}\p{M}\d][\p{L}\p{M}\d'\u2019.]*+)*+"
    r"|(?:\p{Lu}\.)++(?:[\-\u2010\u2011\u2013][\p{L}\p{M}\d][\p{L}\p{M}\d'\u2019.]*+)*+)"
)
_ACRONYM = regex.compile(r"\p{Lu}{3,}+")
_ABBREVIATION = regex.compile(r"(?:\p{Lu}\.)++")
# A word that may end in a dot without ending the sentence: "U.S.", "China-U.S."
_ENDS_IN_ABBREVIATION = regex.compile(r"(?:^|[\-\u2010\u2011\u2013])(?:\p{Lu}\.)++$")
_TOKEN = regex.compile(r"\S++")
_TOKEN_BACKWARDS = regex.compile(r"(?r)\S++")

_MONTH = words_pattern([m for m in MONTHS if m != "may"] + ["may"])
_DATE = (  # [0-9]: only ASCII digits become numbers (issue 13)
    rf"(?:(?P<m1>{_MONTH})\.?+ (?P<d1>[0-9]{{1,2}}),? (?P<y1>[0-9]{{4}})"
    rf"|(?P<d2>[0-9]{{1,2}}) (?P<m2>{_MONTH})\.?+,? (?P<y2>[0-9]{{4}})"
    rf"|(?P<m3>{_MONTH})\.?+,? (?P<y3>[0-9]{{4}})"
    rf"|(?P<y4>[0-9]{{4}}))(?!\d)"
)
_SIGNED = r"(?P<verb>signed|inked|concluded|reached|adopted|established|set up|launched|forged)"
_DATE_AFTER = _LazyPattern(
    _ws(
        rf"(?i:,?+ (?:(?:which|that) (?:was|were) )?+{_SIGNED}"
        rf"(?: in (?!{_MONTH}\b)(?-i:\p{{Lu}}[\p{{L}}.\-]*+)(?-i: \p{{Lu}}\w*+)?+)?+"
        rf" (?:in|on) {_DATE})"
    )
)
_DATE_BARE = _LazyPattern(_ws(rf"(?i: (?:in|on) {_DATE})"))
_SIGNED_BEFORE = _LazyPattern(_ws(r"(?i:(?:signed|inked|concluded) (?:the |a |an )?+)$"))
_YEAR_BEFORE = _LazyPattern(r"(?<![\w])(?:the|The|its|their) (?P<year>1[6-9][0-9][0-9]|20[0-9][0-9]) $")
_VERB_BETWEEN = _LazyPattern(_ws(r" (?P<verb>signed|reached|concluded|inked)(?= between )"))


def head_at(text: str, pos: int) -> tuple[int, int, str, bool, bool] | None:
    """The head word starting at *pos*: ``(start, end, kind, capitalised, plural)``, or ``None``.

    >>> head_at("the Paris Agreement", 10)
    (10, 19, 'agreement', True, False)
    """
    if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "-\u2010\u2011"):
        return None
    match = _HEAD.match(text, pos, min(len(text), pos + 40))
    if match is None:
        return None
    word = match.group()
    kind = _KIND_OF_STEM[word[:4].lower()]
    plural = word.endswith(_PLURAL_ENDINGS) or "emoranda" in word or "emorandums" in word
    return (pos, match.end(), kind, word[0].isupper(), plural)


def party(words: str) -> str | None:
    """The code of one party word or name: a country, a demonym, or ``Sino``.

    >>> party("U.S."), party("Sino"), party("Russian"), party("Security")
    ('US', 'CN', 'RU', None)
    """
    code = _PARTY_MEMO.get(words, _UNSEEN)
    if code is _UNSEEN:
        code = "CN" if words == "Sino" else lookup_country(words) or lookup_demonym(words)
        if len(_PARTY_MEMO) < _PARTY_MEMO_MAX:  # bounded: hyphenated words of running text
            _PARTY_MEMO[words] = code
    return code


# party() of words already looked up: the same few country words recur in every story.
_UNSEEN = ""
_PARTY_MEMO: dict[str, str | None] = {}
_PARTY_MEMO_MAX = 20000


_PARTY_JOIN = regex.compile(r"[\-\u2010\u2011\u2013]")
_WORD = regex.compile(r"\S++")


def party_prefix(text: str, lo: int, hi: int) -> tuple[int, tuple[str, ...]] | None:
    """The first party prefix in ``text[lo:hi]``: where it starts and the codes, in order, without repeats.

    Parts joined by hyphens or en dashes are parties: the first is the longest
    run of words before its hyphen that names one (``South Korea``), the last
    may be followed by other words (``U.S.-Japan Security``). Dictionary look-ups
    only, so nothing is compiled from the gazetteer.

    >>> party_prefix("the Sino-Russian treaty", 0, 23)
    (4, ('CN', 'RU'))
    >>> party_prefix("South Korea\u2013China", 0, 17)
    (0, ('KR', 'CN'))
    """
    joins = [m.start() for m in _PARTY_JOIN.finditer(text, lo, hi)]
    for i, join in enumerate(joins):
        words = [m.span() for m in _WORD.finditer(text, lo, join)][-4:]
        if not words or words[-1][1] != join:
            continue
        first = None
        for k in range(len(words)):
            code = party(text[words[k][0] : join])
            if code is not None:
                first = (words[k][0], code)
                break
        if first is None:
            continue
        codes = [first[1]]
        edge = join + 1
        for nxt in [*joins[i + 1 :], hi]:
            part = text[edge:nxt]
            code = party(part) if nxt != hi or " " not in part else None
            if code is not None and nxt != hi:
                codes.append(code)
                edge = nxt + 1
                continue
            # The last part: its longest leading run of words that names a party.
            words_after = [m.span() for m in _WORD.finditer(text, edge, nxt)][:4]
            for k in range(len(words_after), 0, -1):
                if words_after[0][0] != edge:
                    break
                code = party(text[edge : words_after[k - 1][1]])
                if code is not None:
                    codes.append(code)
                    break
            break
        unique = tuple(dict.fromkeys(codes))
        if len(unique) >= 2:
            return (first[0], unique)
    return None


def parties_in(text: str) -> tuple[str, ...]:
    """Codes of the first party prefix in *text*, in order, without repeats.

    >>> parties_in("the Sino-Russian treaty"), parties_in("South Korea\u2013China ties")
    (('CN', 'RU'), ('KR', 'CN'))
    """
    found = party_prefix(text, 0, len(text))
    return found[1] if found is not None else ()


_NAME_WORDS = r"(?:\p{Lu}[\p{L}\p{M}.'\u2019\-]*+(?: (?:of )?+\p{Lu}[\p{L}\p{M}.'\u2019\-]*+){0,5})"
_BETWEEN = _LazyPattern(_ws(rf" between (?:the )?+(?P<a>{_NAME_WORDS}) and (?:the )?+(?P<b>{_NAME_WORDS})"))


def _leading_country(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The longest run of words from *start* that names a country: its end and code."""
    words = [m.end() for m in _WORD.finditer(text, start, end)]
    for stop in reversed(words):
        code = lookup_country(text[start:stop].rstrip(",;:"))
        if code is not None:
            return (stop - (1 if text[stop - 1] in ",;:" else 0), code)
    return None


def _between(match: regex.Match[str] | None) -> tuple[int, int, tuple[str, ...]] | None:
    if match is None:
        return None
    a = lookup_country(match["a"])
    b = _leading_country(match.string, match.start("b"), match.end("b"))
    if a is None or b is None or a == b[1]:
        return None
    return (match.start(), b[0], (a, b[1]))


def between_at(text: str, pos: int, endpos: int) -> tuple[int, tuple[str, ...]] | None:
    """A `` between A and B`` clause of two countries at *pos*: its end and the two codes.

    >>> between_at(" between China and the United States of America on trade", 0, 60)
    (47, ('CN', 'US'))
    """
    found = _between(_BETWEEN.match(text, pos, endpos))
    return (found[1], found[2]) if found is not None else None


def between_in(text: str, pos: int, endpos: int) -> tuple[str, ...]:
    """The two codes of the first `` between A and B`` clause inside ``text[pos:endpos]``, or ``()``."""
    found = _between(_BETWEEN.search(text, pos, endpos))
    return found[2] if found is not None else ()


def date_clause(
    text: str, pos: int, endpos: int, *, bare: bool = False
) -> tuple[int, int, int | None, int | None, str] | None:
    """A date clause at *pos*: ``(end, year, month, day, event)``.

    With ``bare`` the verb was already read (``signed between A and B in 2003``).

    >>> date_clause(", signed on July 16, 2001, in Moscow", 0, 40)
    (25, 2001, 7, 16, 'signing')
    """
    pattern = _DATE_BARE if bare else _DATE_AFTER
    match = pattern.match(text, pos, endpos)
    if match is None:
        return None
    year = int(match["y1"] or match["y2"] or match["y3"] or match["y4"])
    month_word = match["m1"] or match["m2"] or match["m3"]
    month = MONTHS[month_word.lower()] if month_word else None
    day_text = match["d1"] or match["d2"]
    day = int(day_text) if day_text else None
    verb = (match["verb"] or "signed").lower() if not bare else "signed"
    event = "establishment" if verb in ("established", "set up", "launched", "forged") else "signing"
    return (match.end(), year, month, day, event)


def is_city(word: str) -> bool:
    """Whether *word* is a city in the gazetteer (``Paris`` in ``Paris climate agreement``)."""
    return lookup_city(word) is not None


def is_country(word: str) -> bool:
    """Whether *word* names a country (``Iran`` in ``Iran Agreements``)."""
    return lookup_country(word) is not None
