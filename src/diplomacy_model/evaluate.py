"""Score :func:`~diplomacy_model.extract` against hand-made gold: precision, recall and F1 per kind.

The gold is one JSON object keyed by file name (an ``"_about"`` key, or any key starting with ``_``, is
ignored). Each article's entry::

    {
      "published": "2026-02-05",          # optional: passed to extract (only when the text fixes it)
      "reference_date": "2026-02-05",     # optional: passed instead with reference=True
      "leaders": [{"name": "Xi Jinping", "title": "President", "country": "CN",
                   "aliases": ["Xi"], "optional": false}],
      "organisations": [{"name": "SCO"}],
      "meetings": [{"kind": "talks", "participants": ["Xi Jinping", "RU"], "date": "2026-02-04",
                    "date_also": ["2026-02"], "mode": "virtual", "place": "Beijing",
                    "organisation": null, "optional": false}],
      "agreements": [{"name": "Treaty of Good-Neighborliness", "kind": "treaty"}],
      "anniversaries": [{"ordinal": 30, "base_year": 1996}]
    }

Every list is optional; a kind the entry does not list is not scored for that article. ``country`` is an
ISO alpha-2 code, ``null`` or a list of acceptable codes. Meeting ``participants`` are leader names or
country codes; ``date`` is ISO at the precision the text fixes (``"2026-11"``) or ``null``. An entry marked
``optional`` is neutral: found, it is not counted; missed, it is not a miss.

Scoring:

* leaders: matched by normalised name (accents, case, dots and hyphens folded; ``aliases`` accepted); among
  matches, the title agreement (equal, or one contains the other) and country agreement rates;
* organisations: by acronym or canonical name; agreements by name (one contains the other);
  anniversaries by ordinal and base year;
* meetings: paired by participant overlap (at least half the gold participants, by name, or by country code
  when the text names only states; never two different named counterparts), or for a meeting of an
  organisation with no named participant by organisation or place; the pairing prefers equal dates, then
  fuller overlap. ``meetings`` counts every pair; ``meetings (strict)`` only pairs with the right date and
  every gold participant; date accuracy, whole participant lists and mode are reported over the pairs.

>>> gold = {"a.txt": {"leaders": [{"name": "Xi Jinping", "title": "President", "country": "CN"}]}}
>>> article = extract_article("Chinese President Xi Jinping spoke.")
>>> result = evaluate(gold, {"a.txt": article})
>>> result.total.leaders.prf()
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final, TypeVar

import regex

from .errors import ModelError
from .model import Agreement, Anniversary, Article, Leader, Meeting, Organisation

__all__ = [
    "KINDS",
    "Evaluation",
    "Report",
    "Tally",
    "evaluate",
    "extract_article",
    "gold_published",
    "load_gold",
    "render_evaluation",
    "run",
    "score_article",
]

KINDS: Final = ("leaders", "organisations", "meetings", "meetings (strict)", "agreements", "anniversaries")

_T = TypeVar("_T")
_PUNCT: Final = regex.compile(r"[.\-‐‑'’`,]++")
_SPACE: Final = regex.compile(r"\s++")
_CODE: Final = regex.compile(r"[A-Z]{2}")


def extract_article(text: str, published: dt.date | None = None) -> Article:
    """``extract`` imported on first use, so ``import diplomacy_model.evaluate`` stays cheap."""
    from .article import extract  # noqa: PLC0415  (the rules load only when text is read)

    return extract(text, published=published)


def norm(text: str | None) -> str:
    """Fold accents, case, dots, hyphens and apostrophes.

    >>> norm("Kim Kye-Gwan")
    'kim kyegwan'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return str(_SPACE.sub(" ", _PUNCT.sub("", text.casefold()))).strip()


def _is_code(value: str) -> bool:
    return _CODE.fullmatch(value) is not None


@dataclass
class Tally:
    """True positives, false positives and misses, with the pairs' attribute agreements."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    agree: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for key, (ok, n) in other.agree.items():
            mine = self.agree.setdefault(key, [0, 0])
            mine[0] += ok
            mine[1] += n

    def vote(self, key: str, ok: bool) -> None:
        pair = self.agree.setdefault(key, [0, 0])
        pair[0] += int(ok)
        pair[1] += 1

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 (1.0 when there is nothing to find and nothing found).

        >>> Tally(tp=3, fp=1, fn=1).prf()
        (0.75, 0.75, 0.75)
        """
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def rate(self, key: str) -> str:
        ok, n = self.agree.get(key, [0, 0])
        return f"{ok}/{n}" if n else "-"

    def to_dict(self) -> dict[str, Any]:
        p, r, f = self.prf()
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(f, 4), "agreement": {k: {"right": ok, "of": n} for k, (ok, n) in self.agree.items()}}


@dataclass
class Report:
    """What one article (or the whole set) scored, and the misses and disagreements to list."""

    leaders: Tally = field(default_factory=Tally)
    orgs: Tally = field(default_factory=Tally)
    meetings: Tally = field(default_factory=Tally)
    strict: Tally = field(default_factory=Tally)
    agreements: Tally = field(default_factory=Tally)
    anniversaries: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)

    def tallies(self) -> dict[str, Tally]:
        """The tallies under the names of :data:`KINDS`."""
        return dict(zip(KINDS, (self.leaders, self.orgs, self.meetings, self.strict, self.agreements,
                                self.anniversaries), strict=True))

    def add(self, other: Report) -> None:
        for mine, theirs in zip(self.tallies().values(), other.tallies().values(), strict=True):
            mine.add(theirs)


@dataclass
class Evaluation:
    """Per-article reports in file-name order, their sum, and the files the gold has no entry for."""

    articles: dict[str, Report] = field(default_factory=dict)
    total: Report = field(default_factory=Report)
    unscored: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the totals per kind, each article's tallies and misses, the files without gold."""
        return {
            "total": {kind: t.to_dict() for kind, t in self.total.tallies().items()},
            "articles": {
                name: {"scores": {kind: t.to_dict() for kind, t in r.tallies().items()}, "misses": r.errors}
                for name, r in self.articles.items()
            },
            "unscored": self.unscored,
        }


# --- gold -----------------------------------------------------------------------------------------------


def load_gold(source: str | Path | Mapping[str, Any]) -> dict[str, Any]:
    """The gold as a dict keyed by file name, from a path or a mapping; raises ``ModelError`` when malformed.

    >>> sorted(load_gold({"_about": "x", "a.txt": {"leaders": []}}))
    ['a.txt']
    """
    if isinstance(source, Mapping):
        data: Any = dict(source)
    else:
        try:
            data = json.loads(Path(source).read_text(encoding="utf-8"))
        except ValueError as exc:
            raise ModelError(f"gold file {str(source)!r} is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ModelError(f"gold is a JSON object keyed by file name, got {type(data).__name__}")
    gold: dict[str, Any] = {}
    for name, entry in data.items():
        if name.startswith("_"):
            continue
        if not isinstance(entry, dict):
            raise ModelError(f"gold entry {name!r} is a JSON object, got {type(entry).__name__}")
        for kind in ("leaders", "organisations", "meetings", "agreements", "anniversaries"):
            if not isinstance(entry.get(kind, []), list):
                raise ModelError(f"gold entry {name!r}: {kind!r} is a list")
        gold[name] = entry
    return gold


def gold_published(entry: Mapping[str, Any], *, reference: bool = False) -> dt.date | None:
    """The date to pass to ``extract``: ``published``, or with *reference* ``reference_date`` first.

    >>> gold_published({"published": None, "reference_date": "2020-01-02"}, reference=True)
    datetime.date(2020, 1, 2)
    """
    when = entry.get("reference_date") if reference else None
    when = when or entry.get("published")
    return dt.date.fromisoformat(when) if when else None


# --- leaders --------------------------------------------------------------------------------------------


def _gold_names(entry: Mapping[str, Any]) -> set[str]:
    return {norm(entry["name"]), *(norm(a) for a in entry.get("aliases", []))}


def _countries_ok(gold: Any, got: str | None) -> bool:
    allowed = gold if isinstance(gold, list) else [gold]
    return got in allowed


def _title_ok(gold: str | None, got: str | None) -> bool:
    g, s = norm(gold), norm(got)
    if not g or not s:
        return g == s
    return g == s or g in s or s in g


def _score_leaders(gold: list[dict[str, Any]], leaders: Iterable[Leader], report: Report) -> dict[str, str]:
    """Pair leaders by name; return the map from a system name to the gold name it matched."""
    index = {name: i for i, entry in enumerate(gold) for name in _gold_names(entry)}
    taken: set[int] = set()
    canon: dict[str, str] = {}
    tally = report.leaders
    for leader in leaders:
        i = index.get(norm(leader.name))
        if i is None or i in taken:
            tally.fp += 1
            why = "duplicate of" if i is not None else "not in gold"
            report.errors.append(f"leader FP ({why}): {leader.name!r} title={leader.title!r} country={leader.country}")
            continue
        taken.add(i)
        entry = gold[i]
        canon[norm(leader.name)] = norm(entry["name"])
        if entry.get("optional"):
            continue
        tally.tp += 1
        t_ok = _title_ok(entry.get("title"), leader.title)
        c_ok = _countries_ok(entry.get("country"), leader.country)
        tally.vote("title", t_ok)
        tally.vote("country", c_ok)
        if not t_ok:
            report.errors.append(f"leader title: {entry['name']!r} gold={entry.get('title')!r} got={leader.title!r}")
        if not c_ok:
            inferred = " (inferred)" if leader.country_inferred else ""
            report.errors.append(
                f"leader country: {entry['name']!r} gold={entry.get('country')} got={leader.country}{inferred}"
            )
    for i, entry in enumerate(gold):
        if i not in taken and not entry.get("optional"):
            tally.fn += 1
            report.errors.append(f"leader miss: {entry['name']!r} ({entry.get('title')}, {entry.get('country')})")
    return canon


# --- organisations, agreements, anniversaries -----------------------------------------------------------


def _score_orgs(gold: list[dict[str, Any]], orgs: Iterable[Organisation], report: Report) -> None:
    index = {norm(entry["name"]): i for i, entry in enumerate(gold)}
    taken: set[int] = set()
    tally = report.orgs
    for org in orgs:
        keys = [norm(org.acronym), norm(org.name)]
        hits = [index[k] for k in keys if k in index]
        if not hits or hits[0] in taken:
            tally.fp += 1
            report.errors.append(f"organisation FP: {org.name!r} ({org.acronym})")
            continue
        taken.add(hits[0])
        if not gold[hits[0]].get("optional"):
            tally.tp += 1
    for i, entry in enumerate(gold):
        if i not in taken and not entry.get("optional"):
            tally.fn += 1
            report.errors.append(f"organisation miss: {entry['name']!r}")


def _pair_by(gold: list[dict[str, Any]], found: Sequence[_T], *, same: Callable[[Mapping[str, Any], _T], bool],
             tally: Tally, report: Report, what: str, describe: Callable[[_T], str]) -> None:
    """Greedy one-to-one pairing in gold order; unpaired system items are false positives."""
    taken: set[int] = set()
    for item in found:
        i = next((i for i, entry in enumerate(gold) if i not in taken and same(entry, item)), None)
        if i is None:
            tally.fp += 1
            report.errors.append(f"{what} FP: {describe(item)}")
            continue
        taken.add(i)
        if not gold[i].get("optional"):
            tally.tp += 1
    for i, entry in enumerate(gold):
        if i not in taken and not entry.get("optional"):
            tally.fn += 1
            report.errors.append(f"{what} miss: {json.dumps(entry, ensure_ascii=False)}")


def _same_agreement(entry: Mapping[str, Any], found: Agreement) -> bool:
    g, s = norm(entry.get("name")), norm(found.name)
    return bool(g) and (g in s or s in g)


def _same_anniversary(entry: Mapping[str, Any], found: Anniversary) -> bool:
    return bool(entry.get("ordinal") == found.ordinal and entry.get("base_year") in (None, found.base_year))


# --- meetings -------------------------------------------------------------------------------------------


@dataclass
class _Side:
    """One meeting's participants as names and codes, the codes their countries add, and where and when."""

    names: set[str]
    codes: set[str]
    extended: set[str]
    date: set[str | None]
    place: str
    org: str
    kind: set[str]
    name_country: dict[str, set[str]] = field(default_factory=dict)


_KINDS: Final = {
    "visit": "visit", "visits": "visit", "summit": "summit", "talks": "talks", "talk": "talks",
    "call": "call", "phone": "call", "telephone": "call", "meeting": "meeting", "met": "meeting",
    "conference": "conference", "forum": "forum", "consultation": "talks", "consultations": "talks",
}  # fmt: skip


def _kind_words(kind: str) -> set[str]:
    return {_KINDS[w] for w in norm(kind).split() if w in _KINDS}


def _gold_side(meeting: Mapping[str, Any], leader_country: dict[str, set[str]]) -> _Side:
    names = {norm(p) for p in meeting["participants"] if not _is_code(p)}
    codes = {p for p in meeting["participants"] if _is_code(p)}
    extended = set(codes)
    for name in names:
        extended |= leader_country.get(name, set())
    dates = {meeting.get("date"), *meeting.get("date_also", [])}
    return _Side(names, codes, extended, dates, norm(meeting.get("place")), norm(meeting.get("organisation")),
                 _kind_words(meeting.get("kind", "")), {n: leader_country.get(n, set()) for n in names})


def _system_side(meeting: Meeting, canon: dict[str, str], country_of: dict[str, str]) -> _Side:
    names: set[str] = set()
    codes = set(meeting.countries)
    for p in meeting.participants:
        if _is_code(p):
            codes.add(p)
        else:
            names.add(canon.get(norm(p), norm(p)))
    extended = set(codes)
    for name in names:
        if name in country_of:
            extended.add(country_of[name])
    date = meeting.date.isoformat() if meeting.date is not None else None
    return _Side(names, codes, extended, {date}, norm(meeting.place), norm(meeting.organisation),
                 _kind_words(meeting.kind))


def _coverage(g: _Side, s: _Side) -> float:
    """Share of the gold participants the system meeting names, or names the country of."""
    total = len(g.names) + len(g.codes)
    if not total:
        return 1.0
    covered = sum(1 for c in g.codes if c in s.extended)
    covered += sum(1 for n in g.names if n in s.names or (not s.names and g.name_country[n] & s.codes))
    return covered / total


def _pair_score(g: _Side, s: _Side) -> tuple[int, float, float, int, int] | None:
    """How well a system meeting fits a gold one, or None when they cannot be the same meeting.

    The tuple orders candidate pairs: equal date, share of gold participants covered, name overlap (Jaccard),
    same kind of meeting, same place.
    """
    date_ok = int(bool(g.date & s.date))
    place_ok = int(bool(g.place) and bool(s.place) and (g.place in s.place or s.place in g.place))
    org_ok = bool(g.org) and g.org == s.org
    kind_ok = int(bool(g.kind & s.kind))
    shared = len(g.names & s.names) + len(g.codes & s.extended)
    cover = _coverage(g, s)
    jacc = len(g.names & s.names) / len(g.names | s.names) if g.names | s.names else 0.0
    if not (g.names or g.codes):
        # A meeting of an organisation with no named participant: the organisation or the place must agree.
        if (org_ok or place_ok) and (date_ok or not (s.names or s.codes) or org_ok):
            return date_ok, 1.0, 0.0, kind_ok, place_ok
        return None
    if not (s.names or s.codes):
        # The system found the event but no participant: the organisation, or the place and date, must agree.
        return (date_ok, 0.0, 0.0, kind_ok, place_ok) if org_ok or (place_ok and date_ok) else None
    if (g.names - s.names) and (s.names - g.names) and cover < 1.0:
        return None  # each side names someone the other lacks: another meeting of a shared participant
    if (shared >= 1 and cover >= 0.5) or len(g.extended & s.extended) >= 2:
        return date_ok, cover, jacc, kind_ok, place_ok
    return None


def _describe_gold(meeting: Mapping[str, Any]) -> str:
    who = ", ".join(meeting["participants"]) or meeting.get("organisation") or "?"
    return f"{meeting.get('kind')} [{who}] {meeting.get('date')} @{meeting.get('place')}"


def _describe_system(meeting: Meeting) -> str:
    who = ", ".join(meeting.participants + tuple(c for c in meeting.countries if c not in meeting.participants))
    date = meeting.date.isoformat() if meeting.date is not None else None
    org = f" org={meeting.organisation}" if meeting.organisation else ""
    return f"{meeting.kind} [{who}] {date} @{meeting.place} ({meeting.mode.value}){org}"


def _score_meetings(
    gold: list[dict[str, Any]], gold_leaders: list[dict[str, Any]], article: Article,
    canon: dict[str, str], report: Report,
) -> None:
    leader_country: dict[str, set[str]] = {}
    for entry in gold_leaders:
        country = entry.get("country")
        allowed = country if isinstance(country, list) else [country]
        for name in _gold_names(entry):
            leader_country[name] = {c for c in allowed if c}
    country_of = {canon.get(norm(x.name), norm(x.name)): x.country for x in article.leaders if x.country}
    g_sides = [_gold_side(m, leader_country) for m in gold]
    s_sides = [_system_side(m, canon, country_of) for m in article.meetings]
    pairs = []
    for i, g in enumerate(g_sides):
        for j, s in enumerate(s_sides):
            fit = _pair_score(g, s)
            if fit is not None:
                pairs.append((fit, i, j))
    # Required gold meetings first, so a vague optional one (no date, like a no-date system meeting) takes no
    # pair a required one could have.
    pairs.sort(key=lambda p: (not gold[p[1]].get("optional"), p[0], -p[1], -p[2]), reverse=True)
    g_taken: dict[int, int] = {}
    s_taken: set[int] = set()
    for _fit, i, j in pairs:
        if i in g_taken or j in s_taken:
            continue
        g_taken[i] = j
        s_taken.add(j)
    loose, strict = report.meetings, report.strict
    for i, j in g_taken.items():
        entry, found = gold[i], article.meetings[j]
        if entry.get("optional"):
            continue
        loose.tp += 1
        date_ok = bool(g_sides[i].date & s_sides[j].date)
        whole = _coverage(g_sides[i], s_sides[j]) == 1.0
        loose.vote("date", date_ok)
        loose.vote("participants", whole)
        loose.vote("mode", found.mode.value == entry.get("mode"))
        if date_ok and whole:
            strict.tp += 1
        else:
            strict.fp += 1
            strict.fn += 1
        if not date_ok:
            report.errors.append(f"meeting date: gold {_describe_gold(entry)} | got {_describe_system(found)}")
        if not whole:
            report.errors.append(f"meeting participants: gold {_describe_gold(entry)} | got {_describe_system(found)}")
        if found.mode.value != entry.get("mode"):
            report.errors.append(f"meeting mode: gold {entry.get('mode')} | got {_describe_system(found)}")
    for j, found in enumerate(article.meetings):
        if j not in s_taken:
            loose.fp += 1
            strict.fp += 1
            report.errors.append(f"meeting FP: {_describe_system(found)}")
    for i, entry in enumerate(gold):
        if i not in g_taken and not entry.get("optional"):
            loose.fn += 1
            strict.fn += 1
            report.errors.append(f"meeting miss: {_describe_gold(entry)}")


# --- driver ---------------------------------------------------------------------------------------------


def score_article(entry: Mapping[str, Any], article: Article) -> Report:
    """Score one article against its gold entry; kinds the entry does not list are not scored.

    >>> score_article({"organisations": [{"name": "UN"}]}, Article()).orgs.fn
    1
    """
    if not isinstance(article, Article):
        raise TypeError(f"score_article() expects Article, got {type(article).__name__}")
    report = Report()
    canon: dict[str, str] = {}
    if "leaders" in entry:
        canon = _score_leaders(entry["leaders"], article.leaders, report)
    if "organisations" in entry:
        _score_orgs(entry["organisations"], article.organisations, report)
    if "meetings" in entry:
        _score_meetings(entry["meetings"], entry.get("leaders", []), article, canon, report)
    if "agreements" in entry:
        _pair_by(entry["agreements"], article.agreements, same=_same_agreement, tally=report.agreements,
                 report=report, what="agreement", describe=lambda a: f"{a.name!r} ({a.kind})")
    if "anniversaries" in entry:
        _pair_by(entry["anniversaries"], article.anniversaries, same=_same_anniversary, tally=report.anniversaries,
                 report=report, what="anniversary", describe=lambda a: f"{a.ordinal} {a.base_year} {a.event!r}")
    return report


def evaluate(gold: Mapping[str, Any], articles: Mapping[str, Article]) -> Evaluation:
    """Score *articles* (file name to ``Article``) against *gold*; files without gold are listed as unscored.

    >>> evaluate({}, {"x.txt": Article()}).unscored
    ['x.txt']
    """
    result = Evaluation()
    for name in sorted(articles):
        entry = gold.get(name)
        if entry is None:
            result.unscored.append(name)
            continue
        report = score_article(entry, articles[name])
        result.articles[name] = report
        result.total.add(report)
    return result


def _fmt(t: Tally) -> str:
    p, r, f = t.prf()
    return f"{p:5.2f} {r:5.2f} {f:5.2f}"


def render_evaluation(result: Evaluation, *, misses: bool = True) -> str:
    """The per-article table, the micro-averaged totals per kind and (with *misses*) every miss.

    >>> print(render_evaluation(Evaluation(), misses=False).splitlines()[-3])
      meetings (strict)  tp=  0 fp=  0 fn=  0  P=1.000 R=1.000 F1=1.000
    """
    lines = [f"{'article':20} {'leaders P/R/F1':17} {'orgs P/R/F1':17} {'meetings P/R/F1':17} {'strict F1':9} "
             f"{'date':6}"]
    for name, rep in result.articles.items():
        lines.append(f"{name:20} {_fmt(rep.leaders):17} {_fmt(rep.orgs):17} {_fmt(rep.meetings):17} "
                     f"{rep.strict.prf()[2]:9.2f} {rep.meetings.rate('date'):6}")
    lines.extend(f"{name:20} (no gold)" for name in result.unscored)
    t = result.total
    lines.append("")
    lines.append(f"{'overall (micro)':20} {_fmt(t.leaders):17} {_fmt(t.orgs):17} {_fmt(t.meetings):17} "
                 f"{t.strict.prf()[2]:9.2f} {t.meetings.rate('date'):6}")
    for kind, tally in t.tallies().items():
        if kind in ("agreements", "anniversaries") and not (tally.tp or tally.fp or tally.fn):
            continue  # the gold lists none: not scored
        p, r, f = tally.prf()
        label = "meetings (loose)" if kind == "meetings" else kind
        lines.append(f"  {label:18} tp={tally.tp:3} fp={tally.fp:3} fn={tally.fn:3}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    lines.append(f"  leader title agreement {t.leaders.rate('title')}, country agreement {t.leaders.rate('country')}")
    lines.append(f"  among paired meetings: date right {t.meetings.rate('date')}, all participants "
                 f"{t.meetings.rate('participants')}, mode right {t.meetings.rate('mode')}")
    if misses:
        for name, rep in result.articles.items():
            if rep.errors:
                lines.append(f"\n== {name}")
                lines.extend(f"  {line}" for line in rep.errors)
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _collect(paths: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        files.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return files


def run(paths: Iterable[str], gold_path: str, *, fmt: str = "text", misses: bool = True,
        reference: bool = False, out: IO[str], err: IO[str]) -> int:
    """The ``evaluate`` command: read *paths* (files, or folders of ``*.txt``), score them, write the report.

    Files are matched to the gold by file name. Returns 0, or 1 when a file could not be read (it is
    reported on *err* and left out of the scores).
    """
    from .batch import read_document  # noqa: PLC0415  (the batch module loads the pool machinery)

    gold = load_gold(gold_path)
    articles: dict[str, Article] = {}
    status = 0
    for path in _collect(paths):
        try:
            text = read_document(path)
        except (OSError, ValueError) as exc:
            err.write(f"diplomacy-model: {path}: {type(exc).__name__}: {exc}\n")
            status = 1
            continue
        entry = gold.get(path.name, {})
        articles[path.name] = extract_article(text, gold_published(entry, reference=reference))
    result = evaluate(gold, articles)
    if fmt == "json":
        out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(render_evaluation(result, misses=misses))
    return status
