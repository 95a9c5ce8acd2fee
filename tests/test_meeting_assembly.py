"""The meeting-assembly corpus: whole texts and the meetings ``extract`` must give them."""

from __future__ import annotations

import pytest

from diplomacy_model import Meeting, extract
from diplomacy_model.phrases._engine import Example
from diplomacy_model.phrases.meeting.assemble.corpus import corpus


def _field(meeting: Meeting, key: str) -> object:
    value = getattr(meeting, key)
    return value.isoformat() if hasattr(value, "isoformat") else value


def _check(example: Example) -> None:
    meetings = extract(example.text, published=example.published).meetings
    wanted = example.expected["meetings"]
    got = [{key: _field(m, key) for key in want} for m, want in zip(meetings, wanted, strict=False)]
    assert (len(meetings), got) == (len(wanted), [dict(w) for w in wanted]), example.note


@pytest.mark.parametrize("example", corpus.examples, ids=lambda e: e.text[:50])
def test_assembly(example: Example) -> None:
    _check(example)


@pytest.mark.parametrize("example", corpus.negative, ids=lambda e: e.text[:50])
def test_assembly_negative(example: Example) -> None:
    assert extract(example.text, published=example.published).meetings == ()


@pytest.mark.parametrize("example", corpus.known_failures, ids=lambda e: e.text[:50])
@pytest.mark.xfail(strict=True, reason="known gap, see the corpus note")
def test_assembly_known_failures(example: Example) -> None:
    _check(example)


def test_the_corpus_checks_something() -> None:
    """Every example names at least one meeting or is a negative: an empty expectation would pass on anything."""
    assert corpus.examples
    assert all(example.expected["meetings"] for example in corpus.examples)
