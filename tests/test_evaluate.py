"""``diplomacy-model evaluate`` and diplomacy_model.evaluate: scores, misses, the gold format's checks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from diplomacy_model import Article, Leader, Meeting, ModelError, Span
from diplomacy_model.cli import main
from diplomacy_model.evaluate import evaluate, load_gold, score_article

from .conftest import SEED_PATH

SEED_GOLD = {
    "leaders": [
        {"name": "Xi Jinping", "title": "President", "country": "CN"},
        {"name": "Vladimir Putin", "title": "President", "country": "RU"},
        {"name": "Wang Yi", "title": "Foreign Minister", "country": "CN"},
        {"name": "Sergei Shoigu", "title": "Secretary of the Security Council", "country": "RU"},
        {"name": "Nobody Known", "title": "President", "country": "FR"},
    ],
    "organisations": [{"name": "UN"}, {"name": "SCO"}, {"name": "BRICS"}, {"name": "APEC"}],
    "meetings": [{"kind": "talks", "participants": ["Xi Jinping", "Vladimir Putin"], "date": "2026-02-04",
                  "mode": "virtual"}],
}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"_about": "test", SEED_PATH.name: SEED_GOLD}), encoding="utf-8")
    return path


def test_text_report_scores_the_seed(gold_file: Path) -> None:
    code, out, err = run("evaluate", "--gold", str(gold_file), str(SEED_PATH))
    assert (code, err) == (0, "")
    assert "  leaders            tp=  4 fp=  0 fn=  1  P=1.000 R=0.800 F1=0.889" in out
    # one gold organisation of five found is missing (UNSC), and one meeting of four matched: the rest are FPs
    assert "  organisations      tp=  4 fp=  1 fn=  0" in out
    assert "  meetings (loose)   tp=  1 fp=  3 fn=  0" in out
    assert "leader miss: 'Nobody Known' (President, FR)" in out
    assert "organisation FP: 'United Nations Security Council' (UNSC)" in out


def test_json_report_is_the_same_as_data(gold_file: Path) -> None:
    code, out, _ = run("evaluate", "--gold", str(gold_file), "--format", "json", str(SEED_PATH.parent))
    data = json.loads(out)
    assert code == 0
    assert data["total"]["leaders"] == {"tp": 4, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.8, "f1": 0.8889,
                                        "agreement": {"title": {"right": 4, "of": 4},
                                                      "country": {"right": 4, "of": 4}}}
    assert data["total"]["meetings"]["agreement"]["mode"] == {"right": 1, "of": 1}
    assert "leader miss: 'Nobody Known' (President, FR)" in data["articles"][SEED_PATH.name]["misses"]
    assert data["unscored"] == []


def test_unreadable_file_is_reported_and_the_rest_scored(gold_file: Path, tmp_path: Path) -> None:
    code, out, err = run("evaluate", "--gold", str(gold_file), "--no-misses", str(tmp_path / "gone.txt"),
                         str(SEED_PATH))
    assert code == 1
    assert "gone.txt: FileNotFoundError" in err
    assert "leaders            tp=  4" in out
    assert "leader miss" not in out


def test_a_file_without_gold_is_not_scored() -> None:
    result = evaluate({}, {"x.txt": Article(leaders=(Leader("Xi Jinping", (Span(0, 2),)),))})
    assert result.unscored == ["x.txt"]
    assert result.total.leaders.fp == 0


def test_optional_entries_are_neutral() -> None:
    entry = {"leaders": [{"name": "Xi Jinping", "title": None, "country": None, "optional": True},
                         {"name": "Li Qiang", "title": None, "country": None, "optional": True}]}
    report = score_article(entry, Article(leaders=(Leader("Xi Jinping", (Span(0, 2),)),)))
    assert (report.leaders.tp, report.leaders.fp, report.leaders.fn) == (0, 0, 0)


def test_agreements_and_anniversaries_are_scored_when_listed() -> None:
    from diplomacy_model import Agreement, Anniversary

    article = Article(agreements=(Agreement("New START Treaty", "treaty", Span(0, 3)),),
                      anniversaries=(Anniversary(Span(0, 3), ordinal=30, year=2026, base_year=1996),))
    report = score_article({"agreements": [{"name": "New START"}, {"name": "Paris Agreement"}],
                            "anniversaries": [{"ordinal": 30, "base_year": 1996}]}, article)
    assert (report.agreements.tp, report.agreements.fp, report.agreements.fn) == (1, 0, 1)
    assert (report.anniversaries.tp, report.anniversaries.fn) == (1, 0)


def test_meeting_with_wrong_date_is_loose_not_strict() -> None:
    from diplomacy_model import PartialDate

    meeting = Meeting("talks", Span(0, 5), participants=("Xi Jinping", "Vladimir Putin"), date=PartialDate(2026, 2, 3))
    entry = {"meetings": [{"kind": "talks", "participants": ["Xi Jinping", "Vladimir Putin"], "date": "2026-02-04",
                           "mode": "in person"}]}
    report = score_article(entry, Article(meetings=(meeting,)))
    assert (report.meetings.tp, report.strict.tp, report.strict.fn) == (1, 0, 1)
    assert report.meetings.rate("date") == "0/1"


@pytest.mark.parametrize("bad", ["[]", "{'a.txt': 1}", '{"a.txt": []}', '{"a.txt": {"leaders": {}}}'])
def test_malformed_gold_is_a_model_error(bad: str, tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ModelError, match="gold"):
        load_gold(path)
