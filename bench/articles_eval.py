"""Precision, recall and F1 of ``extract`` on real articles against hand-made gold.

Run: ``.venv/bin/python bench/articles_eval.py [ARTICLE_DIR] [--gold FILE] [--misses] [--reference]``.

The articles (default ``/work/shared/data/articles_dev``) belong to their publishers and stay outside the
repository; the gold (``bench/articles_gold.json``) holds only names, codes and dates, read by hand without
looking at the library's output. Scoring:

* leaders: matched by normalised name (accents, case, dots and hyphens folded; gold ``aliases`` accepted); among
  matches, the title agreement (equal, or one contains the other) and country agreement rates;
* organisations: by acronym or canonical name;
* meetings: paired by participant overlap (at least half the gold participants, by name, or by country code when
  the text names only states; never two different named counterparts), or for a meeting of an organisation with
  no named participant by organisation or place; the pairing prefers equal dates, then fuller overlap. ``loose``
  counts every pair; ``strict`` only pairs with the right date and every gold participant; date accuracy, whole
  participant lists and mode are reported over the pairs.

Gold entries marked ``optional`` are neutral: found, they are not counted; missed, they are not a miss.
By default ``extract`` gets the gold ``published`` date (only set when the text fixes it); ``--reference``
passes ``reference_date`` instead, i.e. what a caller who knows the publication date would pass.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

import diplomacy_model as dm

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = Path("/work/shared/data/articles_dev")
DEFAULT_GOLD = ROOT / "bench" / "articles_gold.json"
_PUNCT = regex.compile(r"[.\-‐‑'’`,]++")
_SPACE = regex.compile(r"\s++")
_CODE = regex.compile(r"[A-Z]{2}")


def norm(text: str | None) -> str:
    """Fold accents, case, dots, hyphens and apostrophes: ``Kim Kye-Gwan`` -> ``kim kyegwan``."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACE.sub(" ", _PUNCT.sub("", text.casefold())).strip()


def is_code(value: str) -> bool:
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
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def rate(self, key: str) -> str:
        ok, n = self.agree.get(key, [0, 0])
        return f"{ok}/{n}" if n else "-"


@dataclass
class Report:
    """What one article (or the whole set) scored, and the errors to list."""

    leaders: Tally = field(default_factory=Tally)
    orgs: Tally = field(default_factory=Tally)
    meetings: Tally = field(default_factory=Tally)
    strict: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        self.leaders.add(other.leaders)
        self.orgs.add(other.orgs)
        self.meetings.add(other.meetings)
        self.strict.add(other.strict)


# --- leaders ------------------------------------------------------------------------------------------------


def gold_names(entry: dict[str, Any]) -> set[str]:
    return {norm(entry["name"]), *(norm(a) for a in entry.get("aliases", []))}


def countries_ok(gold: Any, got: str | None) -> bool:
    allowed = gold if isinstance(gold, list) else [gold]
    return got in allowed


def title_ok(gold: str | None, got: str | None) -> bool:
    g, s = norm(gold), norm(got)
    if not g or not s:
        return g == s
    return g == s or g in s or s in g


def score_leaders(gold: list[dict[str, Any]], leaders: Iterable[dm.Leader], report: Report) -> dict[str, str]:
    """Pair leaders by name; return the map from a system name to the gold name it matched."""
    index = {name: i for i, entry in enumerate(gold) for name in gold_names(entry)}
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
        t_ok = title_ok(entry["title"], leader.title)
        c_ok = countries_ok(entry["country"], leader.country)
        tally.vote("title", t_ok)
        tally.vote("country", c_ok)
        if not t_ok:
            report.errors.append(f"leader title: {entry['name']!r} gold={entry['title']!r} got={leader.title!r}")
        if not c_ok:
            inferred = " (inferred)" if leader.country_inferred else ""
            report.errors.append(
                f"leader country: {entry['name']!r} gold={entry['country']} got={leader.country}{inferred}"
            )
    for i, entry in enumerate(gold):
        if i not in taken and not entry.get("optional"):
            tally.fn += 1
            report.errors.append(f"leader miss: {entry['name']!r} ({entry['title']}, {entry['country']})")
    return canon


# --- organisations -------------------------------------------------------------------------------------------


def score_orgs(gold: list[dict[str, Any]], orgs: Iterable[dm.Organisation], report: Report) -> None:
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


# --- meetings ------------------------------------------------------------------------------------------------


@dataclass
class Side:
    """One meeting's participants as names and codes, the codes their countries add, and where and when."""

    names: set[str]
    codes: set[str]
    extended: set[str]
    date: set[str | None]
    place: str
    org: str
    kind: set[str]
    name_country: dict[str, set[str]] = field(default_factory=dict)


_KINDS = {"visit": "visit", "visits": "visit", "summit": "summit", "talks": "talks", "talk": "talks",
          "call": "call", "phone": "call", "telephone": "call", "meeting": "meeting", "met": "meeting",
          "conference": "conference", "forum": "forum", "consultation": "talks", "consultations": "talks"}


def kind_words(kind: str) -> set[str]:
    return {_KINDS[w] for w in norm(kind).split() if w in _KINDS}


def gold_side(meeting: dict[str, Any], leader_country: dict[str, set[str]]) -> Side:
    names = {norm(p) for p in meeting["participants"] if not is_code(p)}
    codes = {p for p in meeting["participants"] if is_code(p)}
    extended = set(codes)
    for name in names:
        extended |= leader_country.get(name, set())
    dates = {meeting["date"], *meeting.get("date_also", [])}
    return Side(names, codes, extended, dates, norm(meeting.get("place")), norm(meeting.get("organisation")),
                kind_words(meeting["kind"]), {n: leader_country.get(n, set()) for n in names})


def system_side(meeting: dm.Meeting, canon: dict[str, str], country_of: dict[str, str]) -> Side:
    names: set[str] = set()
    codes = set(meeting.countries)
    for p in meeting.participants:
        if is_code(p):
            codes.add(p)
        else:
            names.add(canon.get(norm(p), norm(p)))
    extended = set(codes)
    for name in names:
        if name in country_of:
            extended.add(country_of[name])
    date = meeting.date.isoformat() if meeting.date is not None else None
    return Side(names, codes, extended, {date}, norm(meeting.place), norm(meeting.organisation),
                kind_words(meeting.kind))


def coverage(g: Side, s: Side) -> float:
    """Share of the gold participants the system meeting names, or names the country of."""
    total = len(g.names) + len(g.codes)
    if not total:
        return 1.0
    covered = sum(1 for c in g.codes if c in s.extended)
    covered += sum(1 for n in g.names if n in s.names or (not s.names and g.name_country[n] & s.codes))
    return covered / total


def pair_score(g: Side, s: Side) -> tuple[int, float, float, int, int] | None:
    """How well a system meeting fits a gold one, or None when they cannot be the same meeting.

    The tuple orders candidate pairs: equal date, share of gold participants covered, name overlap (Jaccard),
    same kind of meeting, same place.
    """
    date_ok = int(bool(g.date & s.date))
    place_ok = int(bool(g.place) and bool(s.place) and (g.place in s.place or s.place in g.place))
    org_ok = bool(g.org) and g.org == s.org
    kind_ok = int(bool(g.kind & s.kind))
    shared = len(g.names & s.names) + len(g.codes & s.extended)
    cover = coverage(g, s)
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


def describe_gold(meeting: dict[str, Any]) -> str:
    who = ", ".join(meeting["participants"]) or meeting.get("organisation") or "?"
    return f"{meeting['kind']} [{who}] {meeting['date']} @{meeting.get('place')}"


def describe_system(meeting: dm.Meeting) -> str:
    who = ", ".join(meeting.participants + tuple(c for c in meeting.countries if c not in meeting.participants))
    date = meeting.date.isoformat() if meeting.date is not None else None
    org = f" org={meeting.organisation}" if meeting.organisation else ""
    return f"{meeting.kind} [{who}] {date} @{meeting.place} ({meeting.mode.value}){org}"


def score_meetings(
    gold: list[dict[str, Any]], gold_leaders: list[dict[str, Any]], article: dm.Article,
    canon: dict[str, str], report: Report,
) -> None:
    leader_country: dict[str, set[str]] = {}
    for entry in gold_leaders:
        allowed = entry["country"] if isinstance(entry["country"], list) else [entry["country"]]
        for name in gold_names(entry):
            leader_country[name] = {c for c in allowed if c}
    country_of = {canon.get(norm(x.name), norm(x.name)): x.country for x in article.leaders if x.country}
    g_sides = [gold_side(m, leader_country) for m in gold]
    s_sides = [system_side(m, canon, country_of) for m in article.meetings]
    pairs = []
    for i, g in enumerate(g_sides):
        for j, s in enumerate(s_sides):
            fit = pair_score(g, s)
            if fit is not None:
                pairs.append((fit, i, j))
    # Required gold meetings first, so a vague optional one (no date, like a no-date system meeting) takes no pair
    # a required one could have.
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
        whole = coverage(g_sides[i], s_sides[j]) == 1.0
        loose.vote("date", date_ok)
        loose.vote("participants", whole)
        loose.vote("mode", found.mode.value == entry["mode"])
        if date_ok and whole:
            strict.tp += 1
        else:
            strict.fp += 1
            strict.fn += 1
        if not date_ok:
            report.errors.append(f"meeting date: gold {describe_gold(entry)} | got {describe_system(found)}")
        if not whole:
            report.errors.append(f"meeting participants: gold {describe_gold(entry)} | got {describe_system(found)}")
        if found.mode.value != entry["mode"]:
            report.errors.append(f"meeting mode: gold {entry['mode']} | got {describe_system(found)}")
    for j, found in enumerate(article.meetings):
        if j not in s_taken:
            loose.fp += 1
            strict.fp += 1
            report.errors.append(f"meeting FP: {describe_system(found)}")
    for i, entry in enumerate(gold):
        if i not in g_taken and not entry.get("optional"):
            loose.fn += 1
            strict.fn += 1
            report.errors.append(f"meeting miss: {describe_gold(entry)}")


# --- driver --------------------------------------------------------------------------------------------------


def best_time(text: str, published: dt.date | None, repeat: int) -> float:
    """Fastest of *repeat* runs of ``extract`` on *text*, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        dm.extract(text, published=published)
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def fmt(t: Tally) -> str:
    p, r, f = t.prf()
    return f"{p:5.2f} {r:5.2f} {f:5.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--misses", action="store_true", help="list misses, false positives and disagreements")
    parser.add_argument("--reference", action="store_true", help="pass reference_date, not just a text-fixed date")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs per article (best is kept)")
    args = parser.parse_args()
    gold: dict[str, Any] = json.loads(args.gold.read_text(encoding="utf-8"))
    total = Report()
    times: list[float] = []
    per_file: list[tuple[str, Report]] = []
    dm.extract("MOSCOW, Feb. 4 (Xinhua) -- warm-up")  # lazy loads are not what we time
    print(f"{'article':20} {'leaders P/R/F1':17} {'orgs P/R/F1':17} {'meetings P/R/F1':17} {'strict F1':9} "
          f"{'date':6} {'ms':>6}")
    for path in sorted(args.articles.glob("*.txt")):
        entry = gold.get(path.name)
        if entry is None:
            print(f"{path.name:20} (no gold)")
            continue
        text = path.read_text(encoding="utf-8")
        when = entry.get("reference_date") if args.reference else None
        when = when or entry.get("published")
        published = dt.date.fromisoformat(when) if when else None
        article = dm.extract(text, published=published)
        ms = best_time(text, published, args.repeat)
        times.append(ms)
        report = Report()
        canon = score_leaders(entry["leaders"], article.leaders, report)
        score_orgs(entry["organisations"], article.organisations, report)
        score_meetings(entry["meetings"], entry["leaders"], article, canon, report)
        total.add(report)
        per_file.append((path.name, report))
        print(f"{path.name:20} {fmt(report.leaders):17} {fmt(report.orgs):17} {fmt(report.meetings):17} "
              f"{report.strict.prf()[2]:9.2f} {report.meetings.rate('date'):6} {ms:6.2f}")
    print()
    print(f"{'overall (micro)':20} {fmt(total.leaders):17} {fmt(total.orgs):17} {fmt(total.meetings):17} "
          f"{total.strict.prf()[2]:9.2f} {total.meetings.rate('date'):6} {sum(times):6.1f}")
    for label, tally in (("leaders", total.leaders), ("organisations", total.orgs),
                         ("meetings (loose)", total.meetings), ("meetings (strict)", total.strict)):
        p, r, f = tally.prf()
        print(f"  {label:18} tp={tally.tp:3} fp={tally.fp:3} fn={tally.fn:3}  P={p:.3f} R={r:.3f} F1={f:.3f}")
    print(f"  leader title agreement {total.leaders.rate('title')}, country agreement {total.leaders.rate('country')}")
    print(f"  among paired meetings: date right {total.meetings.rate('date')}, all participants "
          f"{total.meetings.rate('participants')}, mode right {total.meetings.rate('mode')}")
    if times:
        ordered = sorted(times)
        print(f"  extract time per article: median {ordered[len(ordered) // 2]:.2f} ms, max {ordered[-1]:.2f} ms, "
              f"total {sum(times):.1f} ms (best of {args.repeat})")
    if args.misses:
        for name, report in per_file:
            if report.errors:
                print(f"\n== {name}")
                for line in report.errors:
                    print(f"  {line}")


if __name__ == "__main__":
    main()
