"""``python -m diplomacy_model``: the same command line as ``diplomacy-model``."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
