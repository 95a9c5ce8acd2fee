"""Shared test settings: a fixed reference date and Hypothesis profiles."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path
from types import ModuleType

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "seeds" / "000_ab07fd71c83e242d.txt"
# The reference date is fixed so relative dates are deterministic.
REFERENCE_DATE = dt.date(2026, 2, 5)

settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def load_script(path: Path, name: str) -> ModuleType:
    """A script under ``bench/`` or ``docs/`` (no packages) as a module, run afresh."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
