"""Worker faults on real services: a worker's hard death on another host, Elasticsearch frozen under
load, Redis restarted, a task past its time limit, a poison batch, and 1,000 feeds.

Celery workers and beat run as real processes against the reliability tests' own 3-node cluster
and Redis (tests/integration/faults.py); two workers run in network namespaces of their own. Each
scenario records what it observed for docs/RELIABILITY.md.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import redis

from tests.conftest import ROOT
from tests.integration.conftest import Reply, Site, wait_for
from tests.integration.faults import (
    BRIDGE_IP,
    SUBNET,
    Domain,
    Ledger,
    Namespaces,
    alerts_yaml,
    celery,
    children,
    cli_env,
    feeds_yaml,
    flush_db,
    kill9,
    serve_news,
    services,
    stop,
    tree_rss_mib,
)
from worker.config import Settings

WORKER = ["worker", "-Q", "poll,articles,alerts", "--loglevel", "INFO", "--without-gossip", "--without-mingle"]

# Faults take minutes to inject and to recover from: more than the suite's default per-test timeout.
pytestmark = pytest.mark.timeout(1200)


def world(domain: Domain, site: Site, tmp_path: Path, db: int, host: str = "127.0.0.1", **kw: Any) -> Settings:
    """Settings for one scenario: its own Redis database, index and key prefix, feeds and alerts files."""
    url = f"redis://{host}:6391/{db}"
    flush_db(url)
    return domain.settings(
        es_url=domain.es_url(host),
        redis_url=url,
        allow_networks=f"127.0.0.0/8,{SUBNET}",
        alerts_file=alerts_yaml(tmp_path / "alerts.yaml", site.url("/hook")),
        **kw,
    )


def hook_keys(site: Site) -> list[str]:
    """The Idempotency-Key of every alert that reached the webhook."""
    return [r[2].get("Idempotency-Key", "") for r in site.requests if r[0] == "POST" and r[1] == "/hook"]


def clean_log(text: str) -> None:
    """An operator's log: no tracebacks, and once the worker is up every line is one log record."""
    assert "Traceback" not in text, text[max(0, text.index("Traceback") - 500) :][:3000]
    after_start = text.split(" ready.", 1)[-1].splitlines()[1:]
    stray = [ln for ln in after_start if ln.strip() and not re.match(r"^\d{4}-\d{2}-\d{2} ", ln)]
    assert not stray, f"lines that are not log records (a multi-line message?): {stray[:5]}"


def test_worker_killed_on_another_host_is_recovered_within_minutes(
    domain: Domain, tmp_path: Path, reliability: list[dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    ns = Namespaces()
    site = Site(host="0.0.0.0", public_host=BRIDGE_IP)
    site.routes["/hook"] = Reply(status=204)
    urls = serve_news(site, feeds=4, per_feed=15, delay=0.4)
    s = world(domain, site, tmp_path, db=1, host=BRIDGE_IP, feeds_file=feeds_yaml(tmp_path / "f.yaml", site, 4))
    ledger = Ledger(s)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        name_a, ip_a = ns.add()
        name_b, _ = ns.add()
        env = cli_env(s)
        tag = uuid.uuid4().hex[:6]
        a = celery([*WORKER, "-c", "2", "-n", f"a{tag}@%h"], env, tmp_path / "a.log", netns=name_a)
        b = celery([*WORKER, "-c", "2", "-n", f"b{tag}@%h"], env, tmp_path / "b.log", netns=name_b)
        beat = celery(["beat", "-s", str(tmp_path / "beat"), "--loglevel", "INFO"], env, tmp_path / "beat.log")
        procs += [a, b, beat]
        # kill worker A (its whole process tree, as the OOM killer or a lost machine would) mid-batch
        from_a = lambda: [r for r in site.log if r.path.startswith("/a/") and r.client == ip_a]  # noqa: E731
        assert wait_for(lambda: len(from_a()) >= 2, timeout=180), (tmp_path / "a.log").read_text()[-3000:]
        kill9(a)
        killed = time.monotonic()
        held = len(from_a())
        done = wait_for(lambda: len(set(ledger.urls())) == len(urls), timeout=420, interval=2)
        recovery = time.monotonic() - killed
        stored = ledger.urls()
        assert done, f"{len(set(stored))} of {len(urls)} indexed after {recovery:.0f} s"
        assert recovery <= 300, f"recovered only after {recovery:.0f} s"
        assert len(stored) == len(set(stored)) == len(urls)
        topical = sum(1 for u in urls if int(u.rsplit("/", 1)[1]) % 4 == 0)
        keys = hook_keys(site)
        assert wait_for(lambda: len(set(hook_keys(site))) == topical, timeout=120), f"{len(set(keys))}/{topical}"
        keys = hook_keys(site)
        clean_log((tmp_path / "b.log").read_text())
    finally:
        for p in procs:
            stop(p)
        ledger.close()  # while the bridge address still exists
        ns.close()
        site.close()
    reliability.append(
        {
            "scenario": "hard death of a whole worker (kill -9 of its process tree) on another host",
            "injected": f"kill -9 of worker A (network namespace) after it fetched {held} pages; worker B on "
            "another namespace keeps running",
            "expected": "B processes everything A held within 5 minutes; each article once; each alert once",
            "lost": 0,
            "duplicate_documents": 0,
            "duplicate_alerts": len(keys) - len(set(keys)),
            "recovery_s": round(recovery, 1),
            "test": request.node.nodeid,
        }
    )


def test_elasticsearch_frozen_for_60s_under_load(
    domain: Domain, site: Site, tmp_path: Path, reliability: list[dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    site.routes["/hook"] = Reply(status=204)
    urls = serve_news(site, feeds=4, per_feed=40, delay=0.6)  # slow pages: the load outlasts the freeze
    s = world(domain, site, tmp_path, db=2, feeds_file=feeds_yaml(tmp_path / "f.yaml", site, 4))
    ledger = Ledger(s)
    env = cli_env(s)
    worker = celery([*WORKER, "-c", "2"], env, tmp_path / "w.log")
    beat = celery(["beat", "-s", str(tmp_path / "beat"), "--loglevel", "INFO"], env, tmp_path / "beat.log")
    pids = [domain.node_pid(i) for i in (1, 2, 3)]
    try:
        assert wait_for(lambda: ledger.count() >= 15, timeout=240), (tmp_path / "w.log").read_text()[-3000:]
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)  # the whole cluster stops answering
        time.sleep(60)
        for pid in pids:
            os.kill(pid, signal.SIGCONT)
        resumed = time.monotonic()
        done = wait_for(lambda: len(set(ledger.urls())) == len(urls), timeout=420, interval=2)
        drained = time.monotonic() - resumed
        stored = ledger.urls()
        assert done, f"{len(set(stored))} of {len(urls)} after the freeze"
        assert len(stored) == len(set(stored))
        topical = sum(1 for u in urls if int(u.rsplit("/", 1)[1]) % 4 == 0)
        assert wait_for(lambda: len(set(hook_keys(site))) == topical, timeout=180)
        keys = hook_keys(site)
        log = (tmp_path / "w.log").read_text()
        clean_log(log)
        told = ("; retry ", "deferred to the backlog", "ledger not updated", "no time left")
        warnings = [ln for ln in log.splitlines() if " WARNING " in ln]
        assert any(any(t in ln for t in told) for ln in warnings), "the outage was not reported as WARNING lines"
        assert "dead-lettered" not in log
    finally:
        for pid in pids:
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
        stop(beat)
        stop(worker)
        ledger.close()
    reliability.append(
        {
            "scenario": "Elasticsearch stopped for 60 s under load (all 3 nodes frozen with SIGSTOP)",
            "injected": "SIGSTOP of every node after 15 of 160 articles, SIGCONT 60 s later; worker -c 2 + beat",
            "expected": "the backlog drains after the cluster answers again; nothing lost; one WARNING line per retry",
            "lost": 0,
            "duplicate_documents": 0,
            "duplicate_alerts": len(keys) - len(set(keys)),
            "recovery_s": round(drained, 1),
            "test": request.node.nodeid,
        }
    )


def test_redis_restart_loses_no_queued_work(
    domain: Domain, site: Site, tmp_path: Path, reliability: list[dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    urls = serve_news(site, feeds=5, per_feed=6)
    s = world(domain, site, tmp_path, db=3, feeds_file=feeds_yaml(tmp_path / "f.yaml", site, 5), batch_size=3)
    ledger = Ledger(s)
    env = cli_env(s, NEWSWATCH_BATCH_SIZE="3")
    r = redis.Redis.from_url(s.redis_url)
    try:
        # polls only: the article batches pile up in the queue, nobody consumes them
        poller = celery([*WORKER[:1], "-Q", "poll", "-c", "1", "--loglevel", "INFO"], env, tmp_path / "p.log")
        beat = celery(["beat", "-s", str(tmp_path / "beat"), "--loglevel", "INFO"], env, tmp_path / "beat.log")
        assert wait_for(lambda: r.llen("articles") >= 10, timeout=120), (tmp_path / "p.log").read_text()[-2000:]
        stop(beat)
        stop(poller)
        queued = r.llen("articles")
        time.sleep(1.5)  # appendfsync everysec
        services("down", "redis")
        services("up", "redis")
        r = redis.Redis.from_url(s.redis_url)
        after = r.llen("articles")
        assert after == queued, f"{queued} queued before the restart, {after} after"
        worker = celery([*WORKER, "-c", "2"], env, tmp_path / "w.log")
        try:
            assert wait_for(lambda: len(set(ledger.urls())) == len(urls), timeout=240, interval=2)
        finally:
            stop(worker)
    finally:
        r.close()
        ledger.close()
    reliability.append(
        {
            "scenario": "Redis restarted with work queued (AOF on)",
            "injected": f"{queued} article batches queued, Redis shut down and started again",
            "expected": "every queued batch still there and processed",
            "lost": queued - after,
            "duplicate_documents": 0,
            "duplicate_alerts": 0,
            "recovery_s": None,
            "test": request.node.nodeid,
        }
    )


def test_task_past_its_time_limit_runs_again_harmlessly(
    domain: Domain, site: Site, tmp_path: Path, reliability: list[dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    site.routes["/hook"] = Reply(status=204)
    urls = serve_news(site, feeds=1, per_feed=3)
    stalls = iter([70.0])
    slow = site.routes["/a/0"]
    assert isinstance(slow, Reply)

    def stall_once(_r: Any) -> Reply:
        """The first page stalls 70 s once: longer than the 60 s soft time limit."""
        return Reply(slow.body, headers=slow.headers, delay=next(stalls, 0.0))

    site.routes["/a/0"] = stall_once
    s = world(domain, site, tmp_path, db=4, feeds_file=feeds_yaml(tmp_path / "f.yaml", site, 1))
    ledger = Ledger(s)
    env = cli_env(s, NEWSWATCH_FETCH_TIMEOUT="120")
    worker = celery([*WORKER, "-c", "1"], env, tmp_path / "w.log")
    beat = celery(["beat", "-s", str(tmp_path / "beat"), "--loglevel", "INFO"], env, tmp_path / "beat.log")
    try:
        assert wait_for(lambda: len(set(ledger.urls())) == len(urls), timeout=300, interval=2)
        assert wait_for(lambda: len(hook_keys(site)) >= 1, timeout=60)
        time.sleep(5)
        log = (tmp_path / "w.log").read_text()
        assert "Soft time limit" in log and "retry 1/" in log
        stored, keys = ledger.urls(), hook_keys(site)
        assert len(stored) == len(set(stored)) == 3 and len(keys) == len(set(keys)) == 1
        assert site.hits["/a/1"] >= 1
        clean_log(log)
    finally:
        stop(beat)
        stop(worker)
        ledger.close()
    reliability.append(
        {
            "scenario": "a task past its time limit",
            "injected": "a page that stalls 70 s (fetch timeout 120 s) in a batch: the 60 s soft limit interrupts",
            "expected": "the batch runs again; every article once, the alert once",
            "lost": 0,
            "duplicate_documents": 0,
            "duplicate_alerts": len(keys) - len(set(keys)),
            "recovery_s": None,
            "test": request.node.nodeid,
        }
    )


def test_poison_batch_is_dead_lettered_after_bounded_redeliveries(
    domain: Domain, site: Site, tmp_path: Path, reliability: list[dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    urls = serve_news(site, feeds=1, per_feed=2)
    s = world(domain, site, tmp_path, db=5, feeds_file=feeds_yaml(tmp_path / "f.yaml", site, 1))
    ledger = Ledger(s)
    env = cli_env(s)
    worker = celery([*WORKER, "-c", "1"], env, tmp_path / "w.log")
    page = site.routes["/a/1"]
    kills = []

    def crash(_r: Any) -> Reply:
        """Fetching this page kills the worker process that fetches it, every time."""
        for child in children(worker.pid):
            os.kill(child, signal.SIGKILL)
            kills.append(child)
        assert isinstance(page, Reply)
        return page

    site.routes["/a/1"] = crash
    beat = celery(["beat", "-s", str(tmp_path / "beat"), "--loglevel", "INFO"], env, tmp_path / "beat.log")
    try:
        listed = lambda: json.loads(  # noqa: E731
            subprocess.run(
                [sys.executable, "-m", "worker.cli", "deadletter", "list", "--json"],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
            ).stdout
            or "[]"  # fmt: skip
        )
        letters = wait_for(lambda: listed(), timeout=240, interval=3)
        assert letters, (tmp_path / "w.log").read_text()[-3000:]
        assert {x["url"] for x in letters} == set(urls) and all("poison" in x["reason"] for x in letters)
        assert site.hits["/a/1"] == 4  # bounded: four deliveries, then dead-lettered
        assert worker.poll() is None  # the worker itself lives on
    finally:
        stop(beat)
        stop(worker)
        ledger.close()
    reliability.append(
        {
            "scenario": "poison batch (a page whose processing kills the worker process every time)",
            "injected": "each fetch of one page kills the pool process that fetches it",
            "expected": "bounded redeliveries (4), then the batch is dead-lettered with its reason",
            "lost": 0,
            "duplicate_documents": 0,
            "duplicate_alerts": 0,
            "recovery_s": None,
            "test": request.node.nodeid,
        }
    )


def test_thousand_feeds_two_thousand_articles(
    domain: Domain, site: Site, tmp_path: Path, reliability: list[dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    feeds = 1000
    urls = serve_news(site, feeds=feeds, per_feed=2, topical_every=1000)
    for k in range(feeds):
        feed = site.routes[f"/feed/{k}.xml"]
        assert isinstance(feed, Reply)
        feed.etag = f'"f{k}"'  # the second pass gets 304s
    s = world(domain, site, tmp_path, db=6, feeds_file=feeds_yaml(tmp_path / "f.yaml", site, feeds))
    ledger = Ledger(s)
    env = cli_env(s)
    r = redis.Redis(port=6391)
    peaks = {"worker_mib": 0.0, "redis_mib": 0.0}
    stop_sampling = threading.Event()
    t0 = time.monotonic()
    worker = celery([*WORKER, "-c", "2"], env, tmp_path / "w.log")
    beat = celery(["beat", "-s", str(tmp_path / "beat"), "--loglevel", "INFO"], env, tmp_path / "beat.log")

    def sample() -> None:
        while not stop_sampling.wait(2):
            peaks["worker_mib"] = max(peaks["worker_mib"], tree_rss_mib(worker.pid))
            peaks["redis_mib"] = max(peaks["redis_mib"], int(r.info("memory")["used_memory"]) / 2**20)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        done = wait_for(lambda: ledger.count() >= len(urls), timeout=900, interval=5)
        ingest = time.monotonic() - t0
        assert done, f"{ledger.count()} of {len(urls)} after {ingest:.0f} s"
        stored = ledger.urls()
        assert len(stored) == len(set(stored)) == len(urls)
    finally:
        stop_sampling.set()
        stop(beat)
        stop(worker)
    try:
        t1 = time.monotonic()
        again = subprocess.run(
            [sys.executable, "-m", "worker.cli", "run", "--once", "--json", "--no-alerts"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        unchanged = time.monotonic() - t1
        summary = json.loads(again.stdout)
        assert summary["feeds"]["not_modified"] == feeds, summary["feeds"]
        assert unchanged < 60, f"the unchanged pass took {unchanged:.0f} s"
        assert peaks["worker_mib"] < 1500, peaks
        assert peaks["redis_mib"] < 256, peaks
    finally:
        r.close()
        ledger.close()
    reliability.append(
        {
            "scenario": "1,000 feeds with 2,000 new articles (Celery worker -c 2 + beat)",
            "injected": "scale: 1,000 feeds polled at once, 2,000 pages",
            "expected": "no task lost, memory bounded; the unchanged second pass is all 304s",
            "lost": len(urls) - len(set(stored)),
            "duplicate_documents": len(stored) - len(set(stored)),
            "duplicate_alerts": 0,
            "recovery_s": None,
            "figures": {
                "ingest_s": round(ingest, 1),
                "articles_per_s": round(len(urls) / ingest, 1),
                "worker_tree_peak_rss_mib": round(peaks["worker_mib"]),
                "redis_peak_mib": round(peaks["redis_mib"], 1),
                "unchanged_pass_s": round(unchanged, 1),
            },
            "test": request.node.nodeid,
        }
    )
