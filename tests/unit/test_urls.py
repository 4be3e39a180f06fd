"""URL canonicalisation: one story, one id, whatever the tracking decoration."""

from __future__ import annotations

import pytest

from worker.urls import canonicalize, doc_id, domain

CASES = [
    ("HTTPS://Www.Example.com:443/a/?utm_source=x&b=2&fbclid=1#frag", "https://www.example.com/a/?b=2"),
    ("http://example.com", "http://example.com/"),
    ("http://Example.com:8080/x?b=1&a=2", "http://example.com:8080/x?a=2&b=1"),
    (
        "https://www.heise.de/news/KI-123.html?wt_mc=rss.red.ho.ho.atom.beitrag.beitrag",
        "https://www.heise.de/news/KI-123.html",
    ),
    ("https://x.org/p?id=5&utm_campaign=a&gclid=zz", "https://x.org/p?id=5"),
    ("  https://ex.org/caf%C3%A9?q=%C3%BC  ", "https://ex.org/caf%C3%A9?q=%C3%BC"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_canonicalize(raw: str, expected: str) -> None:
    assert canonicalize(raw) == expected


def test_same_story_same_id() -> None:
    a = doc_id(canonicalize("https://news.example/a?utm_medium=rss"))
    b = doc_id(canonicalize("https://NEWS.example/a#comments"))
    c = doc_id(canonicalize("https://news.example/b"))
    assert a == b != c
    assert len(a) == 40


def test_domain() -> None:
    assert domain("https://www.Spiegel.de/x") == "spiegel.de"
