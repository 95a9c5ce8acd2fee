#!/usr/bin/env python3
"""Coverage-guided fuzzing of every public function with atheris (libFuzzer for Python).

One target per public function. A target turns the fuzzer's bytes into the
function's arguments (a text, a date anchor, a model value) and calls it. The
only exceptions a target lets through silently are the documented ones:
``ParseError`` from ``parse_*``, ``ModelError`` from ``render_*`` (a value its
style cannot say) and from ``from_json``/``read_jsonl``. Anything else is a crash:
libFuzzer stops and writes the input to ``crash-*``; with ``--keep-going`` the
input is written under ``fuzz/crashes/<target>/`` and the run goes on.

    pip install -e '.[fuzz]'
    python fuzz/harness.py extract fuzz/corpus/extract -dict=fuzz/wire.dict -runs=1000000
    python fuzz/harness.py --list

``fuzz/campaign.sh`` runs every target in turn. ``-runs=N`` executes exactly N
inputs; libFuzzer's closing ``Done N runs`` line is the count to report.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib
import io
import os
import pathlib
import sys
from collections.abc import Callable

import atheris

with atheris.instrument_imports(include=["diplomacy_model"]):
    import diplomacy_model as dm
    from diplomacy_model._iso import COUNTRY_CODES
    from diplomacy_model.batch import extract_many
    from diplomacy_model.io import from_json, read_jsonl, to_json

    for _name in dm.__all__:  # the phrase kinds load lazily: load them here, so they are instrumented too
        getattr(dm, _name)

HERE = pathlib.Path(__file__).resolve().parent
_CODES = sorted(COUNTRY_CODES)
KEEP_GOING = False

# Date anchors that stress the year arithmetic: the first and last days the model holds, a leap day, today.
_DATES = (None, dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2024, 2, 29), dt.date(2026, 2, 5),
          dt.date(1000, 6, 15), dt.datetime(2026, 2, 5, 23, 59))


class _Input:
    """The fuzzer's bytes as arguments.

    Text targets read the last byte as a control byte (which date anchor; UTF-8 or any code points) and the
    rest as the text, so a seed file of wire copy is fuzzed as it reads. Renderers draw structured values
    from the front with a ``FuzzedDataProvider``.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.fdp = atheris.FuzzedDataProvider(data)

    @property
    def control(self) -> int:
        return self.data[-1] if self.data else 0

    def date(self) -> dt.date | None:
        return _DATES[(self.control & 0x7F) % len(_DATES)]

    def text(self) -> str:
        body = self.data[:-1]
        if self.control & 0x80:  # any code points, lone surrogates included
            return body[: len(body) // 2 * 2].decode("utf-16-le", "surrogatepass")
        return body.decode("utf-8", "replace")

    def integer(self, low: int, high: int) -> int:
        return self.fdp.ConsumeIntInRange(low, high)

    def short(self, limit: int = 40) -> str:
        return self.fdp.ConsumeUnicodeNoSurrogates(self.fdp.ConsumeIntInRange(0, limit))


# --- model values for the renderers ------------------------------------------------------------------------


# Half the values a renderer gets are of the kind news writes, so the rendering paths run, not just refusals
# (drawn from free text alone, 69 of 69 leaders in the kept corpus were refused).
_NAMES = ("Xi Jinping", "Vladimir Putin", "Anna Schulte", "Kim Min-jun", "Jean-Louis Douste-Blazy", "Lee Jae Myung")
_TITLES = ("President", "Prime Minister", "Foreign Minister", "Chancellor", "King", "Vice Premier", "Premier")
_NEWS_YEARS = (dt.date(1000, 1, 1).toordinal(), dt.date(2999, 12, 31).toordinal())  # the years parse_date reads


def _pick(inp: _Input, plausible: tuple[str, ...], limit: int = 40) -> str:
    if inp.fdp.ConsumeBool():
        return plausible[inp.integer(0, len(plausible) - 1)]
    return inp.short(limit)


def _name(inp: _Input) -> str:
    return _pick(inp, _NAMES).strip() or "Xi Jinping"


def _partial_date(inp: _Input) -> dm.PartialDate:
    low, high = _NEWS_YEARS if inp.fdp.ConsumeBool() else (1, dt.date.max.toordinal())
    day = dt.date.fromordinal(inp.integer(low, high))
    precision = inp.integer(0, 2)
    return dm.PartialDate(day.year, day.month if precision else None, day.day if precision == 2 else None)


def _country(inp: _Input) -> str | None:
    codes = _CODES
    pick = inp.integer(0, len(codes))
    return codes[pick] if pick < len(codes) else None


def _leader(inp: _Input) -> dm.Leader:
    title = _pick(inp, _TITLES) or None
    org = inp.short(10) or None if inp.fdp.ConsumeBool() else None
    return dm.Leader(_name(inp), (dm.Span(0, 1),), title, _country(inp), inp.fdp.ConsumeBool(), org)


def _dateline(inp: _Input) -> dm.Dateline:
    date = _partial_date(inp)
    source = inp.integer(0, 3)
    year = date.year if source else None
    return dm.Dateline(dm.Span(0, 1), city=_name(inp), region=inp.short(15).strip() or None, country=_country(inp),
                       month=date.month, day=date.day, year=year,
                       agency=inp.short(15).strip() or None,
                       year_source=(None, "dateline", "published", "header")[source])


def _anniversary(inp: _Input) -> dm.Anniversary:
    ordinal = inp.integer(0, 9999) or None
    return dm.Anniversary(dm.Span(0, 1), ordinal=ordinal, subject=inp.short() or None)


def _agreement(inp: _Input) -> dm.Agreement:
    date = _partial_date(inp) if inp.fdp.ConsumeBool() else None
    event = ("signing", "establishment", None)[inp.integer(0, 2)]
    return dm.Agreement(_name(inp), "treaty", dm.Span(0, 1), date=date, event=event)


def _organisation(inp: _Input) -> dm.Organisation:
    return dm.Organisation(_name(inp), (dm.Span(0, 1),), inp.short(8) or None)


def _render(make: Callable[[_Input], object], render: Callable[[object, str], str], styles: tuple[str, ...]
            ) -> Callable[[_Input], None]:
    def target(inp: _Input) -> None:
        try:
            value = make(inp)
        except dm.ModelError:
            return  # the model refused the drawn value: nothing to render
        style = styles[inp.integer(0, len(styles) - 1)]
        try:
            out = render(value, style)
        except dm.ModelError:
            return
        assert isinstance(out, str)

    return target


def _styles(module: str, name: str) -> tuple[str, ...]:
    return (*tuple(getattr(importlib.import_module(module), name)), "bogus")


# --- the targets --------------------------------------------------------------------------------------------


def _parse(func: Callable[..., object], **anchor: bool) -> Callable[[_Input], None]:
    def target(inp: _Input) -> None:
        kwargs = {key: inp.date() or dt.date(2026, 2, 5) for key in anchor}
        with contextlib.suppress(dm.ParseError):
            func(inp.text(), **kwargs)

    return target


def _find(func: Callable[..., object], keyword: str | None = None) -> Callable[[_Input], None]:
    def target(inp: _Input) -> None:
        if keyword is None:
            func(inp.text())
        else:
            func(inp.text(), **{keyword: inp.date()})

    return target


def _from_json(inp: _Input) -> None:
    text = inp.text()
    try:
        article = from_json(text)
    except dm.ModelError:
        return
    assert from_json(to_json(article)) == article


def _read_jsonl(inp: _Input) -> None:
    with contextlib.suppress(dm.ModelError):
        list(read_jsonl(io.StringIO(inp.text())))


def _extract_many(inp: _Input) -> None:
    text = inp.text()
    texts = text.split("\x00")[:4]
    results = list(extract_many(texts=texts, workers=1, published=inp.date()))
    # A text under max_bytes is always read: an error record here is extract failing inside the batch.
    assert len(results) == len(texts) and all(isinstance(r, dm.Article) for r in results), results


TARGETS: dict[str, Callable[[_Input], None]] = {
    "extract": _find(dm.extract, "published"),
    "extract_many": _extract_many,
    "find_agreements": _find(dm.find_agreements),
    "find_anniversaries": _find(dm.find_anniversaries, "published"),
    "find_dateline": _find(dm.find_dateline, "published"),
    "find_dates": _find(dm.find_dates, "published"),
    "find_leaders": _find(dm.find_leaders, "reference"),
    "find_organisations": _find(dm.find_organisations),
    "parse_agreement": _parse(dm.parse_agreement),
    "parse_anniversary": _parse(dm.parse_anniversary, published=True),
    "parse_date": _parse(dm.parse_date, reference=True),
    "parse_dateline": _parse(dm.parse_dateline, published=True),
    "parse_leader": _parse(dm.parse_leader),
    "parse_organisation": _parse(dm.parse_organisation),
    "render_agreement": _render(_agreement, lambda v, s: dm.render_agreement(v, style=s),  # type: ignore[arg-type]
                                _styles("diplomacy_model.phrases.agreement.render", "STYLES")),
    "render_anniversary": _render(_anniversary, lambda v, s: dm.render_anniversary(v, style=s),  # type: ignore[arg-type]
                                  _styles("diplomacy_model.phrases.anniversary.render", "ANNIVERSARY_STYLES")),
    "render_date": _render(_partial_date, lambda v, s: dm.render_date(v, style=s),  # type: ignore[arg-type]
                           _styles("diplomacy_model.phrases.dates.render", "STYLES")),
    "render_dateline": _render(_dateline, lambda v, s: dm.render_dateline(v, style=s),  # type: ignore[arg-type]
                               _styles("diplomacy_model.phrases.dateline.render", "STYLES")),
    "render_leader": _render(_leader, dm.render_leader,  # type: ignore[arg-type]
                             _styles("diplomacy_model.phrases.title.leaders", "RENDER_STYLES")),
    "render_organisation": _render(_organisation, dm.render_organisation,  # type: ignore[arg-type]
                                   _styles("diplomacy_model.phrases.organisation.render", "STYLES")),
    "from_json": _from_json,
    "read_jsonl": _read_jsonl,
}


def _one_input(target: Callable[[_Input], None], name: str) -> Callable[[bytes], None]:
    def run(data: bytes) -> None:
        try:
            target(_Input(data))
        except Exception as exc:
            if not KEEP_GOING:
                raise
            where = HERE / "crashes" / name
            where.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha1(data).hexdigest()[:16]
            path = where / f"{type(exc).__name__}-{digest}"
            if not path.exists():
                path.write_bytes(data)
                print(f"CRASH {name} {type(exc).__name__}: {exc!s:.200} -> {path}", file=sys.stderr, flush=True)

    return run


def main() -> None:
    global KEEP_GOING  # noqa: PLW0603 - set once from the command line, before fuzzing starts
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help", "--list"):
        print("usage: harness.py TARGET [--keep-going] [libFuzzer options] [corpus dirs]\ntargets:",
              " ".join(TARGETS))
        return
    name = args.pop(0)
    if name not in TARGETS:
        sys.exit(f"unknown target {name!r}; one of: {' '.join(TARGETS)}")
    if "--keep-going" in args:
        args.remove("--keep-going")
        KEEP_GOING = True
    os.environ.setdefault("PYTHONHASHSEED", "0")
    atheris.Setup([sys.argv[0], *args], _one_input(TARGETS[name], name))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
