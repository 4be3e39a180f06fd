"""Feed stage, data-driven: each fixture feed has its expectation beside it (<name>.expect.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from worker.errors import PermanentError
from worker.feeds import parse_feed

FEEDS = sorted((FIXTURES / "feeds").glob("*.xml"))


@pytest.mark.parametrize("path", FEEDS, ids=[p.stem for p in FEEDS])
def test_fixture_feed(path: Path) -> None:
    expect = json.loads(path.with_suffix(".expect.json").read_text(encoding="utf-8"))
    body = path.read_bytes()
    if "error" in expect:
        with pytest.raises(PermanentError):
            parse_feed(body, feed_id="f")
        return
    res = parse_feed(body, feed_id="f", content_type="application/xml", base_url="https://example.org/news/feed.xml")
    assert res.bozo == expect["bozo"]
    if "entries" in expect:
        assert len(res.entries) == expect["entries"]
    else:
        assert len(res.entries) >= expect["entries_min"]
    if "skipped" in expect:
        assert res.skipped == expect["skipped"]
    first = res.entries[0]
    for key, value in expect["first"].items():
        actual = getattr(first, key)
        if key == "published":
            actual = actual.isoformat()
        assert actual == value, key


def test_parse_feed_refuses_non_bytes() -> None:
    with pytest.raises(TypeError):
        parse_feed("https://example.org/feed.xml", feed_id="f")  # type: ignore[arg-type]


def test_max_entries_counts_the_rest_as_skipped() -> None:
    items = "".join(f"<item><title>t{i}</title><link>https://e.org/{i}</link></item>" for i in range(10))
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'.encode()
    res = parse_feed(body, feed_id="f", max_entries=3)
    assert [e.link for e in res.entries] == ["https://e.org/0", "https://e.org/1", "https://e.org/2"]
    assert res.skipped == 7


def test_fingerprint_changes_with_content() -> None:
    body = b'<rss version="2.0"><channel><item><title>A</title><link>https://e.org/1</link></item></channel></rss>'
    a = parse_feed(body, feed_id="f").entries[0]
    b = parse_feed(body.replace(b"<title>A", b"<title>B"), feed_id="f").entries[0]
    assert a.fingerprint() != b.fingerprint()
    assert a.fingerprint() == parse_feed(body, feed_id="g").entries[0].fingerprint()
