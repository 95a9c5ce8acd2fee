"""The package surface: a sorted __all__, every name importable, a cheap import."""

from __future__ import annotations

import subprocess
import sys

import diplomacy_model as dm


def test_all_is_sorted_and_complete() -> None:
    assert dm.__all__ == sorted(dm.__all__)
    for name in dm.__all__:
        assert getattr(dm, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    try:
        dm.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("no AttributeError")


def test_import_does_not_load_the_parsers() -> None:
    code = "import sys, diplomacy_model; print(sorted(m for m in sys.modules if '.phrases.' in m))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
