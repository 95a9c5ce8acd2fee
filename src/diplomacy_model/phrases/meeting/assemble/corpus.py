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

_NEGATIVE = (
    _ex("Talks remain the only way forward, the ministry said on Monday.", _OCT2,
        note="talks with nobody named: nothing a dataset could use"),
    _ex("The team reached the summit of Mount Everest on Tuesday, three days after the meeting point was moved.",
        _OCT2, note="a mountain's summit and a compound noun"),
    _ex("Their meeting on Friday was short.", _OCT2, note="a back-reference to nothing"),
)

corpus = Corpus(kind="meeting assembly", examples=_RANGES, negative=_NEGATIVE)
