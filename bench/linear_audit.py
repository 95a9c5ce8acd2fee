"""Hunt for superlinear time in ``extract`` and the finders it calls: realistic shapes, large counts.

Run: ``python bench/linear_audit.py [--scale S] [--only CASE ...] [--finders]``.

Each case is a generator ``count -> text``. It is timed at *n* and *10n* (after a
warm-up call; CPU time, best of two) and the ratio printed: linear time gives ~10,
quadratic ~100. A ratio above 15 is flagged ``SUSPECT``. With ``--finders`` every
finder ``extract`` calls is timed on its own too, to say where the time goes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import string
import sys
import time
from collections.abc import Callable, Iterable

import diplomacy_model as dm
from diplomacy_model.phrases.dates import resolve_mentions
from diplomacy_model.phrases.meeting import find_meeting_cues

_REFERENCE = dt.date(2026, 2, 5)
_LETTERS = string.ascii_lowercase
_LIMIT = 15.0

FINDERS: dict[str, Callable[[str], object]] = {
    "extract": lambda t: dm.extract(t, published=_REFERENCE),
    "dateline": lambda t: dm.find_dateline(t, published=_REFERENCE),
    "leaders": lambda t: dm.find_leaders(t, dateline_country="CN", reference=_REFERENCE),
    "organisations": dm.find_organisations,
    "anniversaries": lambda t: dm.find_anniversaries(t, published=_REFERENCE),
    "agreements": dm.find_agreements,
    "dates": lambda t: resolve_mentions(t, _REFERENCE),
    "meeting_cues": find_meeting_cues,
}


def name(i: int, head: str = "Ka") -> str:
    """A distinct, name-like word for every *i*: ``Kaaaa``, ``Kabaa``, ..."""
    return head + _LETTERS[i % 26] + _LETTERS[i // 26 % 26] + _LETTERS[i // 676 % 26] + _LETTERS[i // 17576 % 26]


def _join(parts: Iterable[str], sep: str = " ") -> str:
    return sep.join(parts)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_STATES = ("China", "Russia", "India", "Japan", "Brazil", "France", "Germany", "Egypt", "Iran", "Turkey", "Mexico",
           "Canada", "Kenya", "Chile", "Peru", "Vietnam", "Laos", "Cuba", "Spain", "Italy", "Greece", "Nepal", "Oman")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Each case: (count at the small size, generator). Sizes keep the small text at roughly 10-60 KB.
CASES: dict[str, tuple[int, Callable[[int], str]]] = {
    "distinct_leaders": (500, lambda n: _join(f"President {name(i)} Lo said on Monday." for i in range(n))),
    "shared_family_name": (500, lambda n: _join(f"Premier {name(i)} Wang spoke. Wang said." for i in range(n))),
    "titled_by_family_name": (1500, lambda n: _join(f"President {name(i)} said." for i in range(n))),
    "shared_family_then_titled": (1000, lambda n: _join(f"President {name(i)} Wang said." for i in range(n))
                                  + " President Wang spoke." * n),
    "same_person_titled": (500, lambda n: _join(
        f"Chinese President Xi Jinping met {name(i)} Lo. President Xi said." for i in range(n))),
    "known_leaders_by_name": (500, lambda n: _join(
        "Vladimir Putin and Xi Jinping and Narendra Modi spoke." for _ in range(n))),
    "unknown_organisations": (500, lambda n: _join(
        f"the {name(i).title()} Cooperation Organization ({name(i).upper()}) met." for i in range(n))),
    "known_organisations": (500, lambda n: _join(
        "NATO, the United Nations, ASEAN and the European Union (EU) met." for _ in range(n))),
    "named_treaties": (500, lambda n: _join(f"They signed the Treaty of {name(i)} on Monday." for i in range(n))),
    "hyphen_parties": (500, lambda n: _join(
        f"the {_STATES[i % len(_STATES)]}-{_STATES[(i * 7 + 1) % len(_STATES)]} agreement on trade was signed."
        for i in range(n))),
    "anniversaries": (300, lambda n: _join(
        f"It marks the {i % 90 + 2}th anniversary of the signing of the Treaty of {name(i)} in {1900 + i % 120}."
        for i in range(n))),
    "anniversaries_and_treaties": (300, lambda n: _join(
        (f"They praised the Treaty of {name(i)}, the Treaty of Lo{name(i)} and the Treaty of Ru{name(i)}. It marked "
         f"the 30th anniversary of the founding of the {name(i)} Party." for i in range(n)), "\n")),
    "many_dates": (500, lambda n: _join(
        f"on {_MONTHS[i % 12]} {i % 28 + 1}, {1950 + i % 70} and on {_DAYS[i % 7]}," for i in range(n))),
    "long_sentence_meetings": (300, lambda n: _join(
        f"President {name(i)} Lo held talks with Premier {name(i + 1)} Ru on {_DAYS[i % 7]} and" for i in range(n))
        + " met."),
    "long_sentence_dates_meetings": (300, lambda n: _join(
        f"talks with President {name(i)} Lo on March {i % 28 + 1}, {1990 + i % 30}," for i in range(n)) + " ended."),
    "long_paragraph": (500, lambda n: _join(
        f"President {name(i)} Lo met Premier {name(i + 3)} Ru in Beijing on Monday. He said talks went well."
        for i in range(n))),
    # Hard-wrapped copy: every line break inside a sentence, lists of names across lines, no full stop.
    "hard_wrapped_lists": (300, lambda n: "".join(
        f"Finance Minister {name(i).title()} Lo, Trade Minister {name(i + 1).title()} Ru and President\n"
        f"{name(i + 2).title()} Xu met his Swiss counterpart {name(i + 3).title()} Wo and\n" for i in range(n))),
    "glued_sentences": (500, lambda n: "".join(
        f"talks ended.President {name(i).title()} Lo met Putin (Yonhap)The leaders met Xi today." for i in range(n))),
    "he_sentences": (500, lambda n: _join(f"President {name(i)} Lo spoke. He met Putin." for i in range(n))),
    "quotes_brackets": (2000, lambda n: _join(f"\"({name(i)} [said] 'x'\" (" for i in range(n))),
    "sentence_boundaries": (5000, lambda n: _join("A. B! C? D." for _ in range(n))),
    "no_spaces_letters": (5000, lambda n: "".join(name(i) for i in range(n))),
    "no_spaces_words": (3000, lambda n: "President" * n),
    "repeated_word": (10000, lambda n: "the " * n),
    "capitalised_words": (5000, lambda n: _join(name(i).title() for i in range(n))),
    "digits": (20000, lambda n: "1234567890" * (n // 10)),
    "spaced_digits": (10000, lambda n: _join(str(i % 100) for i in range(n))),
    # a pattern matched at a position with no end bound scans to the end of the text for its literal
    "anniversaries_without_lifespans": (1000, lambda n: "In June 2019, the anniversary of this, annually " * n),
    "anniversary_phrase": (3000, lambda n: "the 30th anniversary of " * n),
    "president_word": (5000, lambda n: "President " * n),
    "titles_chain": (2000, lambda n: "Chinese President Premier Foreign Minister " * n),
    "talks_word": (5000, lambda n: "talks " * n),
    "talks_with_chain": (2000, lambda n: _join(f"talks with {name(i)}," for i in range(n))),
    "datelines": (1000, lambda n: "BEIJING, Nov. 30 (Xinhua) -- " * n),
    "newlines": (20000, lambda n: "\n" * n),
    "blank_line_paragraphs": (2000, lambda n: _join(
        (f"President {name(i)} Lo met Premier Ru." for i in range(n)), "\n\n")),
    "hyphen_chain": (5000, lambda n: "-".join(name(i) for i in range(n))),
    "sino_chain": (5000, lambda n: "Sino-" * n),
    "named_events_of_org": (300, lambda n: _join(
        "Leaders attended the Economic Leaders' Meeting of the Asia-Pacific Economic Cooperation forum in Lima."
        for _ in range(n))),
    "named_events_among_org_mentions": (200, lambda n: (
        "Leaders attended the Economic Leaders' Meeting of the Asia-Pacific Economic Cooperation forum. "
        "APEC, APEC, APEC, APEC, APEC, APEC, APEC, APEC and APEC agreed.\n") * n),
    "bare_before_titled": (2000, lambda n: "Xi said. " * n + "President Xi Jinping spoke. " * n),
    "known_name_with_titled": (1000, lambda n: _join(
        f"President Xi Jinping met {name(i)} Lo. Xi and Vladimir Putin said." for i in range(n))),
    "dots": (20000, lambda n: "." * n),
    "abbreviations": (1000, lambda n: "U.S. Mr. Gen. talks on Monday " * n),
    "one_long_word_with_trigger": (50000, lambda n: "talks" + "a" * n + " met " + "b" * n),
    "he_after_long_gaps": (100, lambda n: _join(
        f"President {name(i)} Lo spoke. " + "and so on " * 80 + "He met Putin on Monday." for i in range(n))),
    "visits_same_people": (500, lambda n: _join(
        f"President Xi Jinping will visit Russia on March {i % 28 + 1}. He held talks with Vladimir Putin."
        for i in range(n))),
    "state_visits": (300, lambda n: _join(
        f"President {name(i)} Lo will pay a state visit to China from Dec. 4 to 15. He will hold talks with Xi."
        for i in range(n))),
}


def best_of(fn: Callable[[str], object], text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.process_time()
        fn(text)
        best = min(best, time.process_time() - began)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every small count by this")
    parser.add_argument("--only", nargs="*", default=None, help="cases to run (default: all)")
    parser.add_argument("--finders", action="store_true", help="time every finder on its own too")
    args = parser.parse_args(argv)
    finders = FINDERS if args.finders else {"extract": FINDERS["extract"]}
    for fn in finders.values():
        fn("BEIJING, Nov. 30 (Xinhua) -- President Xi Jinping met Putin on Monday.")  # warm up: tables, patterns
    suspects: list[str] = []
    for case, (count, make) in CASES.items():
        if args.only and case not in args.only:
            continue
        n = max(1, int(count * args.scale))
        small, big = make(n), make(10 * n)
        for label, fn in finders.items():
            fn(make(2))  # warm up
            t_small, t_big = best_of(fn, small), best_of(fn, big)
            ratio = t_big / max(t_small, 1e-3)
            flag = "  SUSPECT" if ratio > _LIMIT else ""
            print(f"{case:30} {label:14} {len(small):>9,} ch {t_small:8.3f} s  {len(big):>10,} ch "
                  f"{t_big:8.3f} s  x{ratio:6.1f}{flag}", flush=True)
            if flag:
                suspects.append(f"{case}/{label}")
    print("suspect:", ", ".join(suspects) if suspects else "none")
    return 1 if suspects else 0


if __name__ == "__main__":
    sys.exit(main())
