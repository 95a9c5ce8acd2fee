"""The organisations gazetteer: intergovernmental organisations, their organs, agencies and forums.

The data sit in ``organisations.tsv`` beside this module (its header explains the
columns) and are read once, on the first call of :func:`organisations`.
"""

from __future__ import annotations

import functools
import itertools

import attrs

__all__ = ["OrganisationEntry", "organisations", "parse_table"]

# Spelling pairs applied both ways to every surface form (British/American, hyphenation).
_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("Organization", "Organisation"),
    ("Programme", "Program"),
    ("Labour", "Labor"),
    ("Co-operation", "Cooperation"),
    ("'", "\u2019"),
)
_UN_PREFIXES = ("UN ", "U.N. ")


@attrs.frozen
class OrganisationEntry:
    """One row of the gazetteer, with every surface form spelled out.

    ``key`` is the acronym when there is one, else the name. ``surfaces`` are
    matched as they stand; ``contextual`` are ``(surface, needs_prior)`` pairs
    that count only in context (see ``phrases.organisation.rules``).
    """

    name: str
    acronym: str | None
    founded: int
    parent: str | None
    kind: str
    surfaces: tuple[str, ...]
    contextual: tuple[tuple[str, bool], ...] = ()

    @property
    def key(self) -> str:
        return self.acronym or self.name


def _spellings(form: str) -> set[str]:
    """*form* and every respelling of it under :data:`_SPELLINGS`, both ways."""
    out = {form}
    for left, right in _SPELLINGS:
        out |= {f.replace(left, right) for f in out} | {f.replace(right, left) for f in out}
    return out


def _expand(forms: list[str], parent: str | None) -> tuple[str, ...]:
    out: set[str] = set()
    for form in forms:
        out |= _spellings(form)
    if parent == "UN":
        for form in list(out):
            if form.startswith("United Nations "):
                out |= {prefix + form.removeprefix("United Nations ") for prefix in _UN_PREFIXES}
    return tuple(sorted(out, key=lambda f: (-len(f), f)))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def parse_table(text: str) -> tuple[OrganisationEntry, ...]:
    """Read the gazetteer table; ``#`` lines are comments, the first other line is the header.

    >>> rows = parse_table("name\\tacronym\\tfounded\\tparent\\tkind\\tvariants\\tcontextual\\n"
    ...                    "World Trade Organization\\tWTO\\t1995\\t\\torganisation\\t\\t\\n")
    >>> rows[0].key, rows[0].founded, "World Trade Organisation" in rows[0].surfaces
    ('WTO', 1995, True)
    """
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    entries: list[OrganisationEntry] = []
    for line in lines[1:]:
        name, acronym, founded, parent, kind, variants, contextual = (c.strip() for c in line.split("\t"))
        context = [(c.removesuffix("^"), c.endswith("^")) for c in _split(contextual)]
        context_forms = {form for form, _prior in context}
        plain = [name, *_split(variants)]
        if acronym and acronym not in context_forms:
            plain.append(acronym)
        expanded_context = tuple(
            itertools.chain.from_iterable(((f, prior) for f in _spellings(form)) for form, prior in context)
        )
        entries.append(
            OrganisationEntry(
                name=name,
                acronym=acronym or None,
                founded=int(founded),
                parent=parent or None,
                kind=kind,
                surfaces=_expand(plain, parent or None),
                contextual=expanded_context,
            )
        )
    return tuple(entries)


@functools.cache
def organisations() -> tuple[OrganisationEntry, ...]:
    """Every gazetteer entry, read from the shipped table on first use and cached.

    >>> un = next(e for e in organisations() if e.key == "UN")
    >>> un.name, un.founded
    ('United Nations', 1945)
    """
    from importlib import resources  # noqa: PLC0415 - only needed on first use; keeps the package import fast

    text = resources.files("diplomacy_model.gazetteer").joinpath("organisations.tsv").read_text(encoding="utf-8")
    return parse_table(text)
