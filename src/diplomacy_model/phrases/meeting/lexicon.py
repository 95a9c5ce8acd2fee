"""Word lists for the meeting phrase kind: which words open a meeting, which only look like they do.

Plain data, lower case unless noted. ``rules.py`` compiles them once at import.
"""

from __future__ import annotations

__all__ = [
    "AUX_WORDS",
    "DEFINITE",
    "DETERMINERS",
    "EVENT_HEADS",
    "GENERIC_MODIFIERS",
    "LIGHT_VERBS",
    "MOUNTAIN_WORDS",
    "NEGOTIATION_MODIFIERS",
    "NUMBER_WORDS",
    "PARTY_STOPWORDS",
    "PERSON_NOUNS",
    "ROLE_NOUNS",
    "SITE_NOUNS",
    "SUBJECT_STOPWORDS",
    "TITLE_WORDS",
    "VENUE_WORDS",
]

# Capitalised heads of a named event ("APEC Economic Leaders' Meeting", "12th BRICS Summit").
EVENT_HEADS: frozenset[str] = frozenset({"Summit", "Meeting", "Conference", "Forum", "Dialogue", "Talks"})

# Verbs that carry a meeting noun: "held talks", "paid a visit", "attends the summit".
LIGHT_VERBS: frozenset[str] = frozenset({
    "held", "hold", "holds", "holding", "had", "have", "has", "having", "pay", "paid", "pays", "paying",
    "make", "made", "makes", "making", "conduct", "conducted", "conducts", "convene", "convened", "convenes",
    "attend", "attended", "attends", "attending", "join", "joined", "joins", "host", "hosted", "hosts",
    "hosting", "start", "started", "begin", "began", "begins", "open", "opened", "wrap", "wrapped",
    "embark", "embarked", "concluded", "conclude", "addressed", "address", "addresses", "addressing", "chaired",
    "chairing", "co-chaired", "co-chairing", "co-chair", "co-chairs", "resume", "resumed", "resumes", "resuming",
    "launch", "launched", "launches",
    "received", "receives", "receiving", "took", "takes", "taking", "got", "gets", "wraps", "wrapping",
    "completed", "completes", "kicked", "kicks", "carried", "carries", "carrying", "undertake", "undertook",
    "undertakes", "undertaking", "gave", "give", "gives", "giving", "threw", "throws",
})

# Words between the subject and its verb: "Lee is also scheduled to pay ...".
AUX_WORDS: frozenset[str] = frozenset({
    "will", "would", "shall", "to", "is", "are", "was", "were", "be", "been", "has", "have", "had", "also",
    "set", "scheduled", "due", "expected", "planned", "plans", "plan", "later", "then", "jointly", "may",
    "might", "could", "can", "did", "does", "do", "not", "again", "first", "formally", "reportedly",
    "separately", "previously", "earlier", "recently", "just", "already", "once", "twice", "agreed",
    "last",  # "Moon and Trump last spoke by phone in May"
})

DETERMINERS: frozenset[str] = frozenset({
    "a", "an", "the", "their", "his", "her", "its", "our", "my", "your", "this", "that", "these", "those",
    "another", "any", "each", "every", "no", "such",
})
DEFINITE: frozenset[str] = frozenset({"the", "their", "his", "her", "its", "our", "my", "your", "this", "that",
                                      "these", "those"})

# Modifiers that never become part of a kind: "a new round of ... consultation".
GENERIC_MODIFIERS: frozenset[str] = frozenset({
    "new", "first", "second", "third", "fourth", "fifth", "latest", "last", "next", "recent", "annual",
    "regular", "further", "more", "another", "previous", "upcoming", "planned", "impending", "current",
    "formal", "informal", "bilateral", "multilateral", "trilateral", "high-level", "one-day", "two-day",
    "three-day", "four-day", "five-day", "brief", "lengthy", "long", "short", "closed-door", "rare", "historic",
    "round", "rounds", "series", "in-depth", "extensive", "fruitful", "productive", "frank", "friendly", "cordial",
    "private", "separate", "joint", "final", "key", "crucial", "landmark", "long-awaited", "surprise",
    "luncheon", "dinner", "breakfast", "working", "special", "emergency", "extraordinary", "summit",
    # How a side described a call or talks: "had a very good call with", "a great conversation with".
    "good", "great", "very", "excellent", "positive", "constructive", "candid", "useful", "warm",
})

# "peace talks", "four-party talks": negotiation, CAMEO 046.
NEGOTIATION_MODIFIERS: frozenset[str] = frozenset({
    "peace", "trade", "nuclear", "disarmament", "ceasefire", "cease-fire", "four-party", "three-party",
    "six-party", "two-party", "four-way", "three-way", "six-way", "border", "negotiating", "round",
    "rounds", "accession", "armistice", "settlement", "free-trade",
})

NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "several": 0, "many": 0, "numerous": 0, "multiple": 0, "both": 2,
}

# Lower-case objects of "meet"/"visit"/"received" that are people: "meet business leaders".
PERSON_NOUNS: frozenset[str] = frozenset({
    "leaders", "leader", "officials", "official", "ministers", "minister", "counterpart", "counterparts",
    "delegation", "delegations", "representatives", "president", "premier", "envoy", "envoys",
    "executives", "lawmakers", "diplomats", "ambassador", "ambassadors", "chancellor", "king", "queen",
    "prince", "emir", "sheikh", "secretary", "secretary-general", "prime", "foreign", "visiting",
    "chairman", "speaker", "governor", "mayor", "head", "heads", "members", "senator", "senators",
})

# Lower-case roles between a qualifier and a name: "Chinese Politburo member Yang Jiechi", "top diplomat Wang Yi".
ROLE_NOUNS: frozenset[str] = frozenset({
    "member", "chief", "adviser", "advisor", "aide", "negotiator", "diplomat", "envoy", "counterpart", "minister",
    "spokesman", "spokeswoman", "spokesperson", "official", "leader", "representative", "secretary", "premier",
    "president", "chancellor", "ambassador", "commissioner", "czar", "tsar",
})

# Lower-case nouns that make "visit" a sightseeing or inspection trip, not diplomacy.
SITE_NOUNS: frozenset[str] = frozenset({
    "shrine", "site", "sites", "website", "web", "page", "home", "hospital", "school", "factory",
    "field", "museum", "zoo", "park", "doctor", "dentist", "store", "shop", "village", "plant",
    "enterprises", "construction", "link", "www",
})

MOUNTAIN_WORDS: frozenset[str] = frozenset({
    "mount", "mt", "everest", "kilimanjaro", "k2", "denali", "mont", "mountain", "peak", "hill",
    "volcano", "ridge", "matterhorn", "fuji",
})

# Words that end a participant phrase: "with Putin in Beijing", "between A and B on Sunday".
PARTY_STOPWORDS: frozenset[str] = frozenset({
    "in", "on", "at", "during", "after", "before", "since", "amid", "as", "when", "while", "which", "who",
    "whom", "that", "to", "for", "over", "following", "ahead", "via", "through", "by", "from", "this",
    "last", "next", "where", "here", "there", "today", "yesterday", "tomorrow", "was", "were", "is", "are",
    "will", "would", "has", "have", "had", "said", "says", "took", "held", "ended", "later", "earlier",
    "about", "regarding", "concerning", "but", "including", "into", "under", "within", "without",
    "against", "because", "if", "so", "than", "then", "aimed", "focused", "should", "could", "can", "may",
    "might", "must", "did", "do", "does", "agreed", "discussed", "expressed", "signed", "exchanged",
    "holding", "saying", "making", "seeking", "urging", "calling", "stressing", "noting",
})

# Sentence-initial words that are never a subject that meets.
SUBJECT_STOPWORDS: frozenset[str] = frozenset({
    "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "the", "a",
    "an", "during", "as", "in", "on", "at", "after", "before", "when", "while", "since", "but", "and",
    "both", "his", "her", "their", "its", "our", "my", "your", "according", "asked", "meanwhile",
    "however", "also", "earlier", "later", "last", "next", "noting", "pointing", "reviewing", "facing",
    "with", "for", "from", "to", "by", "of", "if", "so", "yet", "although", "though", "because", "most",
    "many", "some", "all", "several", "diplomats", "participants", "officials", "analysts", "observers",
})

# Last word of a venue: "at the Great Hall of the People", "at the Gyeongju National Museum".
VENUE_WORDS: frozenset[str] = frozenset({
    "hall", "house", "palace", "museum", "center", "centre", "hotel", "kremlin", "building", "residence",
    "villa", "guesthouse", "headquarters", "room", "square", "stadium", "people", "castle", "mansion",
    "office", "estate", "lodge", "garden", "gardens", "park", "pavilion", "club", "embassy", "dae",
    "compound", "institute", "university", "complex", "resort", "forum", "ministry", "chancellery",
    "parliament", "congress", "capitol", "diaoyutai", "bexco", "court", "temple",
})

# Words that make a capitalised object a person: "hosted Japanese Prime Minister ...".
TITLE_WORDS: frozenset[str] = frozenset({
    "president", "prime", "minister", "premier", "king", "queen", "chancellor", "secretary", "foreign",
    "crown", "emir", "sheikh", "pope", "sultan", "vice", "deputy", "envoy", "ambassador", "speaker",
    "chairman", "governor", "general", "delegation", "counterpart",
})
