"""One self-contained HTML page that shows what was read: the article with every fact highlighted at its span.

Each fact (dateline, leader mention, organisation mention, meeting, agreement, anniversary) is a ``<mark>`` at
its span, coloured by kind; hovering shows its fields; the facts are listed beside the text, and hovering an
entry lights up its marks. Where spans overlap (``APEC`` inside ``APEC Economic Leaders' Meeting``) the marks
nest. The page needs no network and no file beside it.

>>> from diplomacy_model import Article, Leader, Span
>>> page = render_html(Article(leaders=(Leader("Xi Jinping", (Span(0, 10),)),)), "Xi Jinping spoke.")
>>> '<mark class="leader" data-fact="leader-0" data-start="0" data-end="10"' in page
True
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import os
from collections.abc import Iterator
from typing import IO, Final

from .model import Article, Span

__all__ = ["KIND_COLOURS", "fact_spans", "render_html", "run"]

KIND_COLOURS: Final = {
    "dateline": "#d0d0d0",
    "leader": "#9ecbff",
    "organisation": "#a6e3a1",
    "meeting": "#ffc58f",
    "agreement": "#d7b8ff",
    "anniversary": "#ffadad",
}

_CSS: Final = """
body { font: 15px/1.55 system-ui, sans-serif; margin: 0; display: flex; gap: 1.5rem; padding: 1rem; color: #222; }
main { flex: 3; max-width: 60rem; } #text { white-space: pre-wrap; }
#facts { flex: 2; font-size: 13px; max-height: 95vh; overflow: auto; }
#facts li { margin: 0 0 .4rem; padding: .2rem .4rem; border-left: .5rem solid; list-style: none; }
#facts li:hover, #facts li.lit { background: #fffbe6; }
#facts ol { padding: 0; }
mark { padding: 0 1px; border-radius: 2px; color: inherit; }
mark mark { border-bottom: 2px solid #555; }
mark.lit { outline: 2px solid #c00; }
h1 { font-size: 16px; } .legend span { padding: 0 .4rem; margin-right: .3rem; border-radius: 2px; }
"""

_JS: Final = """
for (const li of document.querySelectorAll('#facts li')) {
  const marks = document.querySelectorAll('mark[data-fact="' + li.dataset.fact + '"]');
  li.addEventListener('mouseenter', () => marks.forEach(m => m.classList.add('lit')));
  li.addEventListener('mouseleave', () => marks.forEach(m => m.classList.remove('lit')));
}
"""


def _fields(**values: object) -> str:
    return "\n".join(f"{k}: {v}" for k, v in values.items() if v not in (None, "", ()))


def fact_spans(article: Article) -> Iterator[tuple[str, str, Span, str]]:
    """Every highlighted span as ``(fact id, kind, span, fields)``; a leader or organisation has one per mention.

    >>> from diplomacy_model import Organisation
    >>> [(i, k, (s.start, s.end)) for i, k, s, _ in fact_spans(Article(organisations=(
    ...     Organisation("United Nations", (Span(0, 2), Span(9, 11)), "UN"),)))]
    [('organisation-0', 'organisation', (0, 2)), ('organisation-0', 'organisation', (9, 11))]
    """
    a = article
    if a.dateline is not None:
        d = a.dateline
        yield "dateline-0", "dateline", d.span, _fields(
            kind="dateline", city=d.city, region=d.region, country=d.country,
            date=d.partial_date.isoformat() if d.partial_date else None, agency=d.agency)
    for i, p in enumerate(a.leaders):
        info = _fields(kind="leader", name=p.name, title=p.title, country=p.country,
                       inferred="yes" if p.country_inferred else None, organisation=p.organisation,
                       mentions=len(p.mentions))
        for span in p.mentions:
            yield f"leader-{i}", "leader", span, info
    for i, o in enumerate(a.organisations):
        info = _fields(kind="organisation", name=o.name, acronym=o.acronym, founded=o.founded)
        for span in o.mentions:
            yield f"organisation-{i}", "organisation", span, info
    for i, m in enumerate(a.meetings):
        yield f"meeting-{i}", "meeting", m.span, _fields(
            kind="meeting", words=m.kind, date=m.date.isoformat() if m.date else None, mode=m.mode.value,
            participants="; ".join(m.participants), countries="; ".join(m.countries), place=m.place,
            venue=m.venue, host=m.host, organisation=m.organisation, planned="yes" if m.future else None,
            cameo=m.cameo, plover=" ".join(x for x in (m.plover_event, m.plover_mode) if x))
    for i, g in enumerate(a.agreements):
        yield f"agreement-{i}", "agreement", g.span, _fields(
            kind="agreement", name=g.name, type=g.kind, parties="-".join(g.parties),
            date=g.date.isoformat() if g.date else None, event=g.event)
    for i, n in enumerate(a.anniversaries):
        yield f"anniversary-{i}", "anniversary", n.span, _fields(
            kind="anniversary", ordinal=n.ordinal, event=n.event, subject=n.subject, year=n.year,
            base_year=n.base_year)


def _highlighted(text: str, spans: list[tuple[str, str, Span, str]]) -> str:
    """The text with nested marks: each stretch between span boundaries wrapped in every span covering it."""
    spans = [s for s in spans if 0 <= s[2].start < s[2].end <= len(text)]
    cuts = sorted({0, len(text), *(s[2].start for s in spans), *(s[2].end for s in spans)})
    parts: list[str] = []
    for lo, hi in itertools.pairwise(cuts):
        covering = sorted((s for s in spans if s[2].start <= lo and hi <= s[2].end),
                          key=lambda s: (-(s[2].end - s[2].start), s[0]))
        piece = html.escape(text[lo:hi], quote=False)
        for fact, kind, _span, info in reversed(covering):
            piece = (f'<mark class="{kind}" data-fact="{fact}" data-start="{lo}" data-end="{hi}" '
                     f'title="{html.escape(info)}">{piece}</mark>')
        parts.append(piece)
    return "".join(parts)


def render_html(article: Article, text: str, *, title: str = "diplomacy_model") -> str:
    """The page for *article* read from *text* (the same text its spans index), as one HTML string."""
    if not isinstance(article, Article):
        raise TypeError(f"render_html() expects Article, got {type(article).__name__}")
    spans = list(fact_spans(article))
    items: list[str] = []
    seen: set[str] = set()
    for fact, kind, _span, info in spans:
        if fact in seen:
            continue
        seen.add(fact)
        lines = info.split("\n")
        body = "<br>".join(html.escape(line) for line in lines[1:])
        items.append(f'<li data-fact="{fact}" style="border-color:{KIND_COLOURS[kind]}"><b>{kind}</b><br>{body}</li>')
    css = _CSS + "".join(f"mark.{k} {{ background: {c}; }}\n.legend .{k} {{ background: {c}; }}\n"
                         for k, c in KIND_COLOURS.items())
    legend = " ".join(f'<span class="{k}">{k}</span>' for k in KIND_COLOURS)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>{css}</style></head><body>\n"
        f'<main><h1>{html.escape(title)}</h1><p class="legend">{legend}</p>'
        f'<div id="text">{_highlighted(text, spans)}</div></main>\n'
        f'<aside id="facts"><h1>{len(seen)} facts</h1><ol>{"".join(items)}</ol></aside>\n'
        f"<script>{_JS}</script></body></html>\n"
    )


def run(path: str, out_path: str, *, published: dt.date | None = None, encoding: str = "utf-8",
        err: IO[str]) -> int:
    """The ``show`` command: read *path*, extract, write the page to *out_path*; 0, or 1 when it cannot."""
    from .article import extract  # noqa: PLC0415  (the rules load only when text is read)
    from .batch import read_document  # noqa: PLC0415

    try:
        text = read_document(path, encoding=encoding)
        page = render_html(extract(text, published=published), text, title=os.path.basename(path))
        with open(out_path, "w", encoding="utf-8") as fp:
            fp.write(page)
    except (OSError, ValueError) as exc:
        err.write(f"diplomacy-model: {path}: {type(exc).__name__}: {exc}\n")
        return 1
    return 0
