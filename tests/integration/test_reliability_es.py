"""Elasticsearch faults on a real 3-node cluster: a node killed mid-ingest, 429s, a mapping error.

Each scenario runs against the reliability tests' own cluster (tests/integration/faults.py) and
records what it observed for docs/RELIABILITY.md.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.integration.conftest import Site, wait_for
from tests.integration.faults import Domain, EsProxy, Ledger, cli_env, feeds_yaml, serve_news, services
from worker.config import load_feeds
from worker.runner import run_once

# Faults take minutes to inject and to recover from: more than the suite's default per-test timeout.
pytestmark = pytest.mark.timeout(1200)


def newswatch(args: list[str], env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "worker.cli", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def test_node_killed_mid_ingest_loses_nothing(
    domain: Domain, site: Site, tmp_path: Path, reliability: list[dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    urls = serve_news(site, feeds=4, per_feed=50, delay=0.05)
    s = domain.settings(feeds_file=feeds_yaml(tmp_path / "feeds.yaml", site, 4), alerts_file=tmp_path / "none.yaml")
    env = cli_env(s)
    ledger = Ledger(s)
    try:
        setup = newswatch(["setup"], env)
        assert setup.returncode == 0 and "replicas 1" in setup.stdout, setup.stdout + setup.stderr
        run = subprocess.Popen(
            [sys.executable, "-m", "worker.cli", "run", "--once", "--json"],
            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert wait_for(lambda: ledger.count() >= 30, timeout=300), "ingest never started"
        node = domain.node_of_primary(f"{s.index_prefix}-articles-000001")
        os.kill(domain.node_pid(node), signal.SIGKILL)
        killed = time.monotonic()
        out, err = run.communicate(timeout=600)
        finished = time.monotonic() - killed
        assert run.returncode == 0, err[-3000:]
        summary = json.loads(out)
        stored = ledger.urls()
        assert sorted(stored) == sorted(urls), f"{len(stored)} of {len(urls)} indexed"
        assert summary["articles"]["failed"] == 0, summary["errors"]
        services("up", "es")  # the killed node comes back and the cluster heals
        assert domain.wait_green(), "cluster did not return to green"
    finally:
        ledger.close()
    reliability.append(
        {
            "scenario": "Elasticsearch node holding the articles primary killed (-9) during `run --once`",
            "injected": f"kill -9 of node n{node} of 3 after 30 of {len(urls)} articles",
            "expected": "run finishes, every article indexed once, cluster green after the node restarts",
            "lost": len(urls) - len(set(stored)),
            "duplicate_documents": len(stored) - len(set(stored)),
            "duplicate_alerts": 0,
            "recovery_s": round(finished, 1),
            "test": request.node.nodeid,
        }
    )


def test_bulk_429s_retry_only_the_rejected_items(
    domain: Domain, site: Site, tmp_path: Path, reliability: list[dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    urls = serve_news(site, feeds=1, per_feed=6)
    proxy = EsProxy(domain.es_urls[0]).start()
    s = domain.settings(
        es_url=proxy.url, feeds_file=feeds_yaml(tmp_path / "feeds.yaml", site, 1), alerts_file=tmp_path / "none.yaml"
    )
    ledger = Ledger(domain.settings(index_prefix=s.index_prefix, key_prefix=s.key_prefix))
    try:
        from worker.index import make_client, setup

        es = make_client(s)
        setup(es, s)
        es.close()
        proxy.reject_429 = 2
        summary = run_once(s, load_feeds(s.feeds_file, s), workers=1, alerts=False)
        assert summary["articles"]["indexed"] == 6 and summary["articles"]["failed"] == 0, summary
        first, second = proxy.bulks[0], proxy.bulks[1]
        assert len(first) == 6 and second == [first[1], first[3]]  # only the two rejected items again
        assert len(proxy.bulks) == 2
        assert sorted(ledger.urls()) == sorted(urls)
    finally:
        proxy.close()
        ledger.close()
    reliability.append(
        {
            "scenario": "bulk response mixing 429 and 201",
            "injected": "2 of 6 items of a bulk request answered 429 (proxy in front of a node)",
            "expected": "only the 2 rejected items sent again; all 6 indexed once",
            "lost": 0,
            "duplicate_documents": 0,
            "duplicate_alerts": 0,
            "recovery_s": None,
            "test": request.node.nodeid,
        }
    )


def test_mapping_error_dead_letters_one_item_and_indexes_the_rest(
    domain: Domain, site: Site, tmp_path: Path, reliability: list[dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    urls = serve_news(site, feeds=1, per_feed=5)
    proxy = EsProxy(domain.es_urls[0], spoil=lambda doc: str(doc.get("title", "")).startswith("Report 3:")).start()
    feeds = feeds_yaml(tmp_path / "feeds.yaml", site, 1)
    s = domain.settings(es_url=proxy.url, feeds_file=feeds, alerts_file=tmp_path / "none.yaml")
    direct = domain.settings(
        index_prefix=s.index_prefix, key_prefix=s.key_prefix, feeds_file=feeds, alerts_file=tmp_path / "none.yaml"
    )
    ledger = Ledger(direct)
    try:
        from worker.index import setup

        setup(ledger.es, direct)
        summary = run_once(s, load_feeds(feeds, s), workers=1, alerts=False)
        a = summary["articles"]
        assert (a["indexed"], a["failed"], a["deadlettered"]) == (4, 1, 1), (summary, proxy.bulks)
        assert len(ledger.urls()) == 4
        listed = newswatch(["deadletter", "list", "--json"], cli_env(direct))
        [letter] = json.loads(listed.stdout)
        assert letter["url"] == urls[3] and "strict_dynamic_mapping_exception" in letter["reason"]
        # the feed is not re-fetched for it on the next run: it is settled as a dead letter
        again = run_once(s, load_feeds(feeds, s), workers=1, alerts=False)
        assert again["entries"]["new"] == 0
        retried = newswatch(["deadletter", "retry", "--all"], cli_env(direct))
        assert retried.returncode == 0, retried.stdout + retried.stderr
        assert json.loads(newswatch(["deadletter", "list", "--json"], cli_env(direct)).stdout) == []
        assert sorted(ledger.urls()) == sorted(urls)
    finally:
        proxy.close()
        ledger.close()
    reliability.append(
        {
            "scenario": "per-item mapping error",
            "injected": "one document of five spoiled so the strict mapping refuses it",
            "expected": "that item dead-lettered with its reason, the other four indexed; "
            "`deadletter retry` indexes it",
            "lost": 0,
            "duplicate_documents": 0,
            "duplicate_alerts": 0,
            "recovery_s": None,
            "test": request.node.nodeid,
        }
    )
