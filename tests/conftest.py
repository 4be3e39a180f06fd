"""Shared test helpers: paths to the repository, fixtures and the optional shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def root() -> Path:
    return ROOT


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that folder is absent (fresh clones elsewhere)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present")
    return p
