"""Robustness on real-world data: every corpus feed through the feed stage, every page through extraction.

Reads ../shared/corpus (never copied into the repository) and skips when it is absent.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED
from worker.errors import PermanentError
from worker.extract import extract
from worker.feeds import parse_feed
from worker.models import ParsedEntry

CORPUS = SHARED / "corpus"


def manifest(kind: str) -> list[dict[str, object]]:
    path = CORPUS / kind / "MANIFEST.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(kind: str) -> dict[str, dict[str, object]]:
    path = CORPUS / kind / "CHECK.jsonl"
    return {r["file"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r}


FEEDS = manifest("feeds")
PAGES = manifest("pages")
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason=f"{CORPUS} not present")


@needs_corpus
@pytest.mark.parametrize("item", FEEDS, ids=[str(f["file"]) for f in FEEDS])
def test_every_corpus_feed_parses_or_fails_cleanly(item: dict[str, object]) -> None:
    body = (CORPUS / "feeds" / str(item["file"])).read_bytes()
    headers = item.get("headers") or {}
    ctype = headers.get("Content-Type") or headers.get("content-type") if isinstance(headers, dict) else None
    plain = check("feeds")[str(item["file"])]
    try:
        res = parse_feed(body, feed_id="corpus", content_type=ctype, base_url="https://corpus.example/feed")
    except PermanentError:
        assert plain["entries"] == 0, "a feed that plain feedparser read was rejected"
        return
    # every entry feedparser saw is converted, or counted as skipped (no link, or beyond max_entries)
    assert len(res.entries) + res.skipped == plain["entries"]
    for e in res.entries:
        assert e.link.startswith(("http://", "https://")) and e.canonical_url
        assert "\x00" not in e.title + e.summary


@needs_corpus
def test_every_corpus_page_extracts_at_least_as_well_as_the_baseline() -> None:
    found = total_with = kept_out = total_without = 0
    for item in PAGES:
        url = str(item["url"])
        entry = ParsedEntry(feed_id="corpus", link=url, canonical_url=url, title="t", summary="feed text")
        ex = extract((CORPUS / "pages" / str(item["file"])).read_bytes(), url, entry)
        assert ex.method == "trafilatura", f"{item['file']}: {ex.error}"
        with_ = list(item["with"])  # type: ignore[call-overload]
        without = list(item["without"])  # type: ignore[call-overload]
        found += sum(s in ex.text for s in with_)
        kept_out += sum(s not in ex.text for s in without)
        total_with += len(with_)
        total_without += len(without)
    # trafilatura alone (CHECK.jsonl): 133/139 found, 143/155 kept out. We exclude reader comments on purpose
    # (user text would trigger topics), which costs the 4 "with" strings that sit in comment sections.
    assert found >= 0.9 * total_with, f"{found}/{total_with}"
    assert kept_out >= 143, f"{kept_out}/{total_without}"


@needs_corpus
def test_pages_without_declared_utf8_decode() -> None:
    odd = [p for p in PAGES if not p.get("utf8")]
    assert odd, "the corpus lists non-UTF-8 pages"
    for item in odd:
        url = str(item["url"])
        entry = ParsedEntry(feed_id="c", link=url, canonical_url=url, title="t")
        ex = extract((CORPUS / "pages" / str(item["file"])).read_bytes(), url, entry)
        assert "\ufffd" not in ex.text[:2000], item["file"]
