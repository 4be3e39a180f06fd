"""End to end: loopback feeds and pages through `run --once` into the real Elasticsearch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.integration.conftest import Reply, Site, page, rss
from worker.config import FeedsFile, Settings
from worker.runner import run_once
from worker.urls import canonicalize, doc_id

DEEPSEEK = [
    "Die italienische Datenschutzbehörde hat die App von DeepSeek gesperrt und verweist auf die DSGVO.",
    "DeepSeek hatte mit seinem Modell R1 weltweit Aufmerksamkeit erregt. " * 3,
]
CHIPS = [
    "The Commerce Department tightened export controls on AI chips, barring Nvidia from selling the H20.",
    "Officials said the rules close loopholes used by Chinese buyers of advanced semiconductors. " * 3,
]
WEATHER = [
    "Sunny skies are expected across the region this weekend, with temperatures reaching 25 degrees.",
    "Forecasters said a cold front would arrive on Tuesday, bringing rain to the north. " * 3,
]


def feeds(site: Site, *names: str, **extra: Any) -> FeedsFile:
    return FeedsFile.model_validate(
        {
            "defaults": {"timeout": 5, **extra},
            "feeds": [{"id": n, "url": site.url(f"/{n}.xml"), "name": n.title()} for n in names],
        }
    )


def count(es: Any, s: Settings) -> int:
    es.indices.refresh(index=s.articles_alias)
    return int(es.count(index=s.articles_alias)["count"])


def serve_standard(site: Site) -> None:
    site.routes["/news.xml"] = Reply(
        rss(
            [
                {
                    "title": "Datenschützer sperren DeepSeek",
                    "link": site.url("/a/deepseek?utm_source=rss"),
                    "guid": "urn:test:1",
                    "summary": "Kurzfassung DeepSeek",
                },
                {"title": "US tightens chip export controls", "link": site.url("/a/chips"), "summary": "Chips summary"},
                {"title": "Weekend weather", "link": site.url("/a/weather"), "summary": "Weather summary"},
            ]
        ),
        etag='"feed-v1"',
        headers={"Content-Type": "application/rss+xml"},
    )
    site.routes["/a/deepseek"] = Reply(
        page("Datenschützer sperren DeepSeek", DEEPSEEK), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    site.routes["/a/chips"] = Reply(
        page("US tightens chip export controls", CHIPS), headers={"Content-Type": "text/html"}, gzip=True
    )
    site.routes["/a/weather"] = Reply(page("Weekend weather", WEATHER), headers={"Content-Type": "text/html"})


def test_run_once_indexes_complete_documents(site: Site, settings: Settings, es: Any) -> None:
    serve_standard(site)
    summary = run_once(settings, feeds(site, "news"), workers=2)
    assert summary["feeds"] == {"polled": 1, "ok": 1, "not_modified": 0, "failed": 0, "skipped": 0, "degraded": 0}
    assert summary["articles"]["indexed"] == 3
    assert summary["topics"] == {"deepseek": 1, "eu_ai": 1, "export_controls": 1}
    assert count(es, settings) == 3
    canonical = canonicalize(site.url("/a/deepseek"))
    doc = es.get(index=settings.articles_alias, id=doc_id(canonical))["_source"]
    assert doc["url"] == site.url("/a/deepseek?utm_source=rss")
    assert doc["canonical_url"] == canonical
    assert doc["feed"] == {"id": "news", "name": "News", "tags": []}
    assert doc["source"]["domain"] == "127.0.0.1"
    assert doc["lang"] == "de"
    assert sorted(doc["topics"]) == ["deepseek", "eu_ai"]
    assert doc["topic_scores"]["deepseek"] >= 0.5
    assert {d["id"] for d in doc["topic_details"]} == {"deepseek", "eu_ai"}
    m = next(x for x in doc["mentions"] if x["topic"] == "deepseek" and x["field"] == "text")
    assert doc["text"][m["start"] : m["end"]] == m["term"] == "DeepSeek"
    assert doc["extraction"] == {"method": "trafilatura", "status": "ok", "error": None}
    assert "gesperrt" in doc["text"] and "Subscribe" not in doc["text"]
    assert doc["content_hash"] and doc["story_id"] and doc["@timestamp"]
    weather = es.get(index=settings.articles_alias, id=doc_id(canonicalize(site.url("/a/weather"))))["_source"]
    assert weather["topics"] == []
    # searchable by topic through the alias
    hits = es.search(index=settings.articles_alias, query={"term": {"topics": "export_controls"}})["hits"]
    assert [h["_source"]["title"] for h in hits["hits"]] == ["US tightens chip export controls"]


def test_what_a_run_reports_is_searchable_when_it_returns(site: Site, settings: Settings, es: Any) -> None:
    """A loaded node can refresh late; with scheduled refreshes off, only the run's own refresh shows the articles."""
    serve_standard(site)
    es.indices.put_settings(index=settings.articles_alias, settings={"index": {"refresh_interval": "-1"}})
    summary = run_once(settings, feeds(site, "news"), workers=1)
    assert summary["articles"]["indexed"] == 3
    hits = es.search(index=settings.articles_alias, query={"term": {"topics": "deepseek"}}, size=5)["hits"]
    assert [h["_source"]["title"] for h in hits["hits"]] == ["Datenschützer sperren DeepSeek"]


def test_second_run_is_a_304_and_changes_nothing(site: Site, settings: Settings, es: Any) -> None:
    serve_standard(site)
    run_once(settings, feeds(site, "news"), workers=1)
    before = count(es, settings)
    page_hits = site.hits["/a/chips"]
    summary = run_once(settings, feeds(site, "news"), workers=1)
    assert summary["feeds"]["not_modified"] == 1
    assert summary["entries"]["new"] == 0
    assert count(es, settings) == before == 3
    assert site.hits["/a/chips"] == page_hits  # no page refetched
    # Without validators (the server stops sending ETags), entries are recognised as duplicates.
    reply = site.routes["/news.xml"]
    assert isinstance(reply, Reply)
    reply.etag = None
    summary = run_once(settings, feeds(site, "news"), workers=1)
    assert summary["entries"] == {"new": 0, "duplicate": 3}
    assert count(es, settings) == 3


def test_changed_entry_becomes_a_new_version_of_the_same_document(site: Site, settings: Settings, es: Any) -> None:
    serve_standard(site)
    run_once(settings, feeds(site, "news"), workers=1)
    did = doc_id(canonicalize(site.url("/a/chips")))
    v1 = es.get(index=settings.articles_alias, id=did)
    site.routes["/news.xml"] = Reply(
        rss(
            [
                {"title": "US tightens chip export controls (updated)", "link": site.url("/a/chips"), "summary": "New"},
            ]
        ),
        etag='"feed-v2"',
    )
    summary = run_once(settings, feeds(site, "news"), workers=1)
    assert summary["articles"]["updated"] == 1 and summary["articles"]["indexed"] == 0
    v2 = es.get(index=settings.articles_alias, id=did)
    assert v2["_version"] == v1["_version"] + 1
    assert v2["_source"]["title"] == "US tightens chip export controls (updated)"
    assert count(es, settings) == 3


def test_same_story_in_two_feeds_is_one_document(site: Site, settings: Settings, es: Any) -> None:
    serve_standard(site)
    site.routes["/wire.xml"] = Reply(
        rss(
            [
                {
                    "title": "Wire: chip export controls",
                    "link": site.url("/a/chips?utm_medium=wire#top"),
                    "guid": "w-1",
                },
            ]
        )
    )
    summary = run_once(settings, feeds(site, "news", "wire"), workers=2)
    assert summary["articles"]["indexed"] == 3
    assert summary["entries"]["duplicate"] == 1
    assert count(es, settings) == 3
    # and on later runs the other feed's copy stays a duplicate, not an update
    again = run_once(settings, feeds(site, "news", "wire"), workers=1)
    assert again["articles"] == {
        "indexed": 0,
        "updated": 0,
        "duplicate": 0,
        "failed": 0,
        "deadlettered": 0,
        "feed_fallback": 0,
    }


def test_unfetchable_pages_fall_back_to_feed_text(site: Site, settings: Settings, es: Any) -> None:
    site.routes["/news.xml"] = Reply(
        rss(
            [
                {
                    "title": "Gone page about DeepSeek",
                    "link": site.url("/a/missing"),
                    "summary": "DeepSeek summary only",
                },
                {"title": "Slow page", "link": site.url("/a/slow"), "summary": "Slow summary text"},
                {"title": "Huge page", "link": site.url("/a/huge"), "summary": "Huge summary text"},
                {"title": "Not HTML", "link": site.url("/a/pdf"), "summary": "PDF summary text"},
            ]
        )
    )
    site.routes["/a/slow"] = Reply(page("Slow", WEATHER), delay=4)
    site.routes["/a/huge"] = Reply(b"<html><body>" + b"<p>x</p>" * 2_000_000 + b"</body></html>")
    site.routes["/a/pdf"] = Reply(b"%PDF-1.4 ...", headers={"Content-Type": "application/pdf"})
    f = feeds(site, "news", timeout=2, page_max_bytes=1_000_000)
    summary = run_once(settings, f, workers=2)
    assert summary["articles"]["indexed"] == 4 and summary["articles"]["feed_fallback"] == 4
    es.indices.refresh(index=settings.articles_alias)
    docs = {
        h["_source"]["title"]: h["_source"] for h in es.search(index=settings.articles_alias, size=10)["hits"]["hits"]
    }
    gone = docs["Gone page about DeepSeek"]
    assert gone["extraction"]["method"] == "feed" and gone["extraction"]["status"] == "fallback"
    assert "HTTP 404" in gone["extraction"]["error"] and gone["topics"] == ["deepseek"]
    assert (
        "timeout" in docs["Slow page"]["extraction"]["error"] or "deadline" in docs["Slow page"]["extraction"]["error"]
    )
    assert "cap" in docs["Huge page"]["extraction"]["error"]
    assert "not an HTML page" in docs["Not HTML"]["extraction"]["error"]


def test_broken_feeds_are_reported_and_others_go_on(site: Site, settings: Settings, es: Any) -> None:
    serve_standard(site)
    site.routes["/junk.xml"] = Reply(b"<html><body>this is not a feed</body></html>")
    site.routes["/truncated.xml"] = Reply(rss([{"title": "Kept", "link": site.url("/a/weather")}])[:-40])
    summary = run_once(settings, feeds(site, "news", "junk", "down", "truncated"), workers=1)
    assert summary["feeds"]["failed"] == 2  # junk (not a feed) and down (404)
    assert summary["feeds"]["degraded"] == 1  # truncated, but its complete entry was used
    errors = " ".join(summary["errors"])
    assert "junk: PermanentError: not a feed" in errors and "down: PermanentError: HTTP 404" in errors
    assert count(es, settings) == 3
    from worker.state import State

    st = State.from_url(settings.redis_url, settings.key_prefix)
    assert int(st.feed("junk")["error_streak"]) == 1
    assert not st.due("junk")  # backing off


def test_elasticsearch_down_loses_nothing(site: Site, settings: Settings, es: Any) -> None:
    serve_standard(site)
    down = settings.model_copy(update={"es_url": "http://127.0.0.1:9", "es_timeout": 2.0})
    summary = run_once(down, feeds(site, "news"), workers=1)
    assert summary["articles"]["failed"] == 3 and summary["articles"]["indexed"] == 0
    from worker.state import State

    assert "etag" not in State.from_url(settings.redis_url, settings.key_prefix).feed("news")  # validators not kept
    summary = run_once(settings, feeds(site, "news"), workers=1)  # Elasticsearch is back
    assert summary["articles"]["indexed"] == 3
    assert count(es, settings) == 3


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "worker.cli", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300
    )


def test_cli_run_once_twice_and_exit_codes(site: Site, settings: Settings, es: Any, tmp_path: Path) -> None:
    serve_standard(site)
    fpath = tmp_path / "feeds.yaml"
    fpath.write_text(f"feeds:\n  - id: news\n    url: {site.url('/news.xml')}\n", encoding="utf-8")
    env = dict(os.environ)
    first = _cli(["run", "--once", "--feeds", str(fpath), "--json"], env)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["articles"]["indexed"] == 3
    assert "articles: 3/3" in first.stderr  # progress is shown
    second = _cli(["run", "--once", "--feeds", str(fpath)], env)
    assert second.returncode == 0 and "1 not modified (304)" in second.stdout
    assert count(es, settings) == 3
    # every feed failing is "nothing could be done": non-zero exit
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"feeds:\n  - id: nope\n    url: {site.url('/missing.xml')}\n", encoding="utf-8")
    failed = _cli(["run", "--once", "--feeds", str(bad)], env)
    assert failed.returncode == 1 and "1 failed" in failed.stdout
    # a down Elasticsearch is a clear error before any work
    env_down = {**env, "NEWSWATCH_ES_URL": "http://127.0.0.1:9"}
    down = _cli(["run", "--once", "--feeds", str(fpath)], env_down)
    assert down.returncode == 1 and "Elasticsearch unreachable" in down.stderr


def test_cli_search(site: Site, settings: Settings, es: Any) -> None:
    serve_standard(site)
    run_once(settings, feeds(site, "news"), workers=1)
    es.indices.refresh(index=settings.articles_alias)
    env = dict(os.environ)
    out = _cli(["search", "DeepSeek", "--topic", "deepseek", "--since", "1h", "--json"], env)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["title"] for r in rows] == ["Datenschützer sperren DeepSeek"]
    assert _cli(["search", "DeepSeek", "--lang", "en", "--json"], env).stdout.strip() == "[]"
    bad = _cli(["search", "x", "--since", "yesterday"], env)
    assert bad.returncode == 2 and "invalid duration" in bad.stderr


@pytest.mark.parametrize("n", [1])
def test_setup_is_idempotent(settings: Settings, es: Any, n: int) -> None:
    from worker.index import setup

    lines = setup(es, settings)
    assert sum("exists" in line for line in lines) == 3
    # this build lacks analysis-common: detected, and the core mapping is used
    assert lines[-1] == "language analyzers: not available on this cluster (core mapping only)"
    assert es.indices.exists_alias(name=settings.articles_alias)


def test_dead_letters_count_attempts_per_entry(settings: Settings) -> None:
    """A second failure of the same entry adds to its attempts; other letters keep theirs."""
    from worker import deadletter
    from worker.models import ParsedEntry, WorkItem
    from worker.state import State

    def item(n: int) -> WorkItem:
        url = f"https://example.org/a/{n}"
        return WorkItem("create", f"doc{n}", ParsedEntry(feed_id="f", link=url, canonical_url=url, title=f"t{n}"))

    st = State.from_url(settings.redis_url, settings.key_prefix)
    try:
        deadletter.record(st, [item(1), item(2)], "mapping error")
        deadletter.record(st, [item(1)], "mapping error again")
        letters = {d.item.doc_id: d for d in deadletter.load(st)}
        assert (letters["doc1"].attempts, letters["doc1"].reason) == (2, "mapping error again")
        assert (letters["doc2"].attempts, letters["doc2"].reason) == (1, "mapping error")
        assert letters["doc1"].item == item(1)
    finally:
        st.r.close()
