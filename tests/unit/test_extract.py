"""Extraction, data-driven: each fixture page has its expectation beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from worker.extract import extract
from worker.models import ParsedEntry

PAGES = sorted((FIXTURES / "pages").glob("*.html"))


def entry() -> ParsedEntry:
    return ParsedEntry(
        feed_id="f",
        link="https://e.org/a",
        canonical_url="https://e.org/a",
        title="Feed title",
        summary="Feed summary text about the story.",
        feed_lang="de",
    )


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_fixture_page(path: Path) -> None:
    expect = json.loads(path.with_suffix(".expect.json").read_text(encoding="utf-8"))
    ex = extract(path.read_bytes() or None, "https://e.org/a", entry())
    if expect["method"] != "any":
        assert ex.method == expect["method"]
    if "status" in expect:
        assert ex.status == expect["status"]
    for s in expect["with"]:
        assert s in ex.text, s
    for s in expect["without"]:
        assert s not in ex.text, s
    if "lang" in expect:
        assert ex.lang == expect["lang"]
    assert ex.title == "Feed title"  # the feed's title wins: it is what the publisher chose for the item


def test_fetch_failure_falls_back_and_says_why() -> None:
    ex = extract(None, "https://e.org/a", entry(), fetch_error="transient: timeout")
    assert (ex.method, ex.status, ex.error) == ("feed", "fallback", "transient: timeout")
    assert ex.text == "Feed summary text about the story."


def test_empty_everything_is_marked_empty() -> None:
    e = entry()
    e.summary = ""
    ex = extract(b"<html><body></body></html>", "https://e.org/a", e)
    assert (ex.method, ex.status) == ("feed", "empty")
    assert ex.error == "extraction found no main text"
