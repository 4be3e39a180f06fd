"""Scheduled monitoring for real: a Celery worker and beat on the real Redis broker.

Beat schedules the feeds (and polls them at start), the worker polls, fetches, extracts,
matches and indexes into the real Elasticsearch; the worker's metrics endpoint reports it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from tests.conftest import ROOT
from tests.integration.conftest import Reply, Site, page, rss, wait_for
from worker.config import Settings

CHIPS = [
    "Washington tightened export controls on AI chips and barred Nvidia from shipping the H20 to China.",
    "The rules also cover chipmaking tools from ASML. " * 4,
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def broker_db(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A separate Redis database for this test's queues, flushed afterwards."""
    url = settings.redis_url.rsplit("/", 1)[0] + "/7"
    monkeypatch.setenv("NEWSWATCH_REDIS_URL", url)
    r = redis.Redis.from_url(url)
    r.flushdb()
    yield url
    r.flushdb()
    r.close()


def start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as fh:  # the child keeps its own descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "worker.celery_app", *args],
            cwd=ROOT,
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(p: subprocess.Popen[bytes]) -> None:
    if p.poll() is None:
        os.killpg(p.pid, signal.SIGTERM)
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()


def test_worker_and_beat_index_and_report(
    site: Site, settings: Settings, es: Any, broker_db: str, tmp_path: Path
) -> None:
    site.routes["/feed.xml"] = Reply(
        rss(
            [
                {"title": "US tightens chip export controls", "link": site.url("/a/1")},
                {
                    "title": "DeepSeek releases a new model",
                    "link": site.url("/a/2"),
                    "summary": "DeepSeek R1 successor",
                },
                {"title": "Local football results", "link": site.url("/a/3"), "summary": "Football"},
            ]
        ),
        etag='"e1"',
    )
    site.routes["/a/1"] = Reply(page("US tightens chip export controls", CHIPS))
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - {{id: test, url: '{site.url('/feed.xml')}', interval: 60}}\n", encoding="utf-8")
    port = free_port()
    env = {
        **os.environ,
        "NEWSWATCH_FEEDS_FILE": str(feeds),
        "NEWSWATCH_REDIS_URL": broker_db,
        "NEWSWATCH_METRICS_PORT": str(port),
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    worker = start(
        ["worker", "--pool", "prefork", "-c", "2", "-Q", "poll,articles,alerts", "--loglevel", "INFO"],
        env,
        tmp_path / "worker.log",
    )
    beat = start(["beat", "-s", str(tmp_path / "beat-schedule"), "--loglevel", "INFO"], env, tmp_path / "beat.log")
    try:

        def indexed() -> int:
            es.indices.refresh(index=settings.articles_alias)
            return int(es.count(index=settings.articles_alias)["count"])

        got = wait_for(lambda: indexed() >= 3, timeout=90)
        assert got, (tmp_path / "worker.log").read_text()[-3000:]
        hits = es.search(index=settings.articles_alias, query={"term": {"topics": "export_controls"}})["hits"]["hits"]
        assert [h["_source"]["title"] for h in hits] == ["US tightens chip export controls"]
        # feed state written by the worker: validators stored after the entries were queued
        from worker.state import State

        st = State.from_url(broker_db, settings.key_prefix).feed("test")
        assert st["etag"] == '"e1"' and st["error_streak"] == "0"

        def scrape() -> str:
            try:
                text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
            except httpx.HTTPError:
                return ""
            return text if 'newswatch_articles_total{result="indexed"} 3.0' in text else ""

        metrics = wait_for(scrape, timeout=30)
        assert metrics, "metrics endpoint never reported 3 indexed articles"
        for series in (
            'newswatch_feeds_polled_total{status="ok"}',
            'newswatch_topic_hits_total{topic="deepseek"}',
            'newswatch_topic_hits_total{topic="export_controls"}',
            'newswatch_queue_depth{queue="articles"}',
            'newswatch_queue_oldest_age_seconds{queue="poll"}',
            "newswatch_extraction_fallbacks_total",
        ):
            assert series in metrics, series
    finally:
        stop(beat)
        stop(worker)
