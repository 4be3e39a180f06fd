"""Shared test helpers: paths to the repository, fixtures and the optional shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/integration/ (a marker in a conftest would mark nothing)."""
    integration = ROOT / "tests" / "integration"
    for item in items:
        if integration in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def root() -> Path:
    return ROOT


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that folder is absent (fresh clones elsewhere)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present")
    return p
