"""Safety under hostile input and failing authentication, on the real services.

- The secrets canary: every password and secret set to a unique canary value, authentication made
  to fail everywhere it can, debug logging on; no canary may appear in any output (the real CLI and
  a real Celery worker, a loopback webhook receiver, a Kibana stand-in refusing the credentials).
- Requests to private addresses: a hostile feed links and redirects to addresses that are not
  allowed; a listener there must never see a request.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.integration.conftest import Reply, Site, env_settings, page, remove_test_data, rss, wait_for
from tests.integration.faults import celery, stop

# Faults take minutes to inject and to recover from: more than the suite's default per-test timeout.
pytestmark = pytest.mark.timeout(1200)


def test_no_secret_appears_in_any_output(
    service_env: dict[str, str], site: Site, tmp_path: Path, reliability: list[dict[str, Any]]
) -> None:
    tag = uuid.uuid4().hex[:8]
    canary = {
        name: f"canary-{name.lower()}-{uuid.uuid4().hex}"
        for name in ("ES_PASSWORD", "ES_API_KEY", "SMTP_PASSWORD", "KIBANA_PASSWORD", "HOOK_SECRET", "REDIS_PASSWORD")
    }
    site.routes["/feed.xml"] = Reply(rss([{"title": "DeepSeek gesperrt", "link": site.url("/a1"), "guid": "a1"}]))
    site.routes["/a1"] = Reply(page("DeepSeek gesperrt", ["Die Datenschutzbehörde sperrt DeepSeek. " * 10]))
    site.routes["/hook"] = Reply(status=204)
    site.routes["/api/saved_objects/_import"] = Reply(b'{"statusCode":401}', status=401)
    (tmp_path / "feeds.yaml").write_text(f"feeds:\n  - {{id: s, url: '{site.url('/feed.xml')}'}}\n", encoding="utf-8")
    (tmp_path / "alerts.yaml").write_text(
        f"channels:\n  hook: {{type: webhook, url: '{site.url('/hook')}', secret_env: NW_CANARY_HOOK}}\n"
        "  mail: {type: email, to: ['desk@example.org']}\n"
        "rules:\n  - {id: r, type: instant, match: {topics_any: [deepseek]}, channels: [hook, mail]}\n",
        encoding="utf-8",
    )
    redis_hostport = service_env["NEWSWATCH_REDIS_URL"].split("://", 1)[1].split("/", 1)[0]
    base = {
        **{k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")},
        **service_env,
        "NEWSWATCH_REDIS_URL": f"redis://{redis_hostport}/9",  # a database of its own for the worker's queues
        "NEWSWATCH_INDEX_PREFIX": f"news-c{tag}",
        "NEWSWATCH_KEY_PREFIX": f"nwcanary-{tag}",
        "NEWSWATCH_ALLOW_NETWORKS": "127.0.0.0/8",
        "NEWSWATCH_FEEDS_FILE": str(tmp_path / "feeds.yaml"),
        "NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml"),
        "NEWSWATCH_ALERTS_FILE": str(tmp_path / "alerts.yaml"),
        "NEWSWATCH_SMTP_USERNAME": "desk",
        "NEWSWATCH_SMTP_PASSWORD": canary["SMTP_PASSWORD"],
        "NEWSWATCH_KIBANA_USERNAME": "kibana",
        "NEWSWATCH_KIBANA_PASSWORD": canary["KIBANA_PASSWORD"],
        "NEWSWATCH_KIBANA_URL": site.base,
        "NW_CANARY_HOOK": canary["HOOK_SECRET"],
    }
    wrong_es = {"NEWSWATCH_ES_PASSWORD": canary["ES_PASSWORD"]}
    api_key = {"NEWSWATCH_ES_API_KEY": canary["ES_API_KEY"]}
    wrong_redis = {"NEWSWATCH_REDIS_URL": f"redis://default:{canary['REDIS_PASSWORD']}@{redis_hostport}/9"}
    runs = [
        (["--debug", "check"], wrong_es),
        (["--debug", "check"], {**api_key, **wrong_redis}),
        (["--debug", "setup"], wrong_es),
        (["-v", "run", "--once"], wrong_es),
        (["--debug", "run", "--once"], wrong_redis),
        (["--debug", "search", "DeepSeek"], api_key),
        (["--debug", "alerts", "test", "r"], {}),
        (["--debug", "alerts", "list"], wrong_es),
        (["--debug", "kibana", "import"], {}),
        (["--debug", "status"], wrong_redis),
        (["--debug", "deadletter", "list"], wrong_redis),
        (["--debug", "worker"], wrong_es),
        (["--debug", "run", "--once"], {}),  # a real run: the alert is signed and sent, the SMTP login fails
    ]
    outputs = []
    for args, extra in runs:
        r = subprocess.run(
            [sys.executable, "-m", "worker.cli", *args], env={**base, **extra}, cwd=tmp_path,
            capture_output=True, text=True, timeout=180,
        )  # fmt: skip
        outputs.append((args, r.stdout + r.stderr))
    assert len([q for q in site.requests if q[1] == "/hook"]) >= 1  # the secret was used, for signing
    # a Celery worker at DEBUG, with Elasticsearch refusing its password
    worker = celery(["worker", "-c", "1", "--loglevel", "DEBUG"], {**base, **wrong_es}, tmp_path / "worker.log")
    try:
        send = "from worker.celery_app import app; app.send_task('newswatch.poll_feed', args=('s',))"
        subprocess.run([sys.executable, "-c", send], env={**base, **wrong_es}, cwd=ROOT, check=True, timeout=60)
        assert wait_for(lambda: "newswatch.poll_feed" in (tmp_path / "worker.log").read_text(), timeout=60)
        time.sleep(3)
    finally:
        stop(worker)
    outputs.append((["celery worker"], (tmp_path / "worker.log").read_text()))
    leaks = [(args, name) for args, text in outputs for name, value in canary.items() if value in text]
    assert not leaks, leaks
    reliability.append(
        {
            "scenario": "secrets canary",
            "injected": "every password, API key and webhook secret set to a unique canary; authentication forced "
            "to fail; --debug and DEBUG logging; 13 CLI runs and a Celery worker",
            "expected": "no canary in any output",
            "lost": 0,
            "duplicate_documents": 0,
            "duplicate_alerts": 0,
            "recovery_s": None,
            "figures": {"outputs_checked": len(outputs), "canary_hits": len(leaks)},
            "test": "tests/integration/test_reliability_safety.py::test_no_secret_appears_in_any_output",
        }
    )
    remove_test_data(env_settings(base), whole_db=True)  # database 9 is this test's own


def test_no_request_reaches_a_private_address(
    service_env: dict[str, str], site: Site, tmp_path: Path, reliability: list[dict[str, Any]]
) -> None:
    """Links, redirects and a permanent feed redirect towards 127.0.0.2 and 169.254.169.254 are refused."""
    from tests.integration.conftest import Site as Listener

    trap = Listener(host="127.0.0.2")
    trap.routes["/secret"] = Reply(b"internal")
    trap_url = trap.url("/secret")
    site.routes["/feed.xml"] = Reply(
        rss(
            [
                {"title": "Link to an internal host", "link": trap_url, "guid": "p1"},
                {"title": "Redirect inside", "link": site.url("/bounce"), "guid": "p2"},
                {"title": "Cloud metadata", "link": "http://169.254.169.254/latest/meta-data/", "guid": "p3"},
            ]
        )
    )
    site.routes["/bounce"] = Reply(status=302, headers={"Location": trap_url})
    site.routes["/moved.xml"] = Reply(status=301, headers={"Location": trap.url("/feed.xml")})
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        f"feeds:\n  - {{id: hostile, url: '{site.url('/feed.xml')}'}}\n"
        f"  - {{id: moved, url: '{site.url('/moved.xml')}'}}\n",
        encoding="utf-8",
    )
    tag = uuid.uuid4().hex[:8]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")},
        **service_env,
        "NEWSWATCH_INDEX_PREFIX": f"news-p{tag}",
        "NEWSWATCH_KEY_PREFIX": f"nwpriv-{tag}",
        "NEWSWATCH_ALLOW_NETWORKS": "127.0.0.1/32",  # the site only: 127.0.0.2 stays forbidden
        "NEWSWATCH_FEEDS_FILE": str(feeds),
        "NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml"),
        "NEWSWATCH_ALERTS_FILE": str(tmp_path / "none.yaml"),
    }
    try:
        r = subprocess.run(
            [sys.executable, "-m", "worker.cli", "run", "--once", "--json"], env=env, cwd=tmp_path,
            capture_output=True, text=True, timeout=180,
        )  # fmt: skip
        assert r.returncode in (0, 1), r.stderr
        assert trap.requests == []  # not one request reached the private address
        assert "refused" in r.stdout  # the moved feed's redirect was refused and reported
    finally:
        trap.close()
        remove_test_data(env_settings(env), whole_db=True)
    reliability.append(
        {
            "scenario": "requests to private addresses",
            "injected": "feed entries linking to 127.0.0.2 and 169.254.169.254, a page redirecting to 127.0.0.2, "
            "a feed moved (301) to 127.0.0.2; only 127.0.0.1/32 allowed",
            "expected": "every such request refused before it is sent",
            "lost": 0,
            "duplicate_documents": 0,
            "duplicate_alerts": 0,
            "recovery_s": None,
            "figures": {"requests_to_private_addresses": len(trap.requests)},
            "test": "tests/integration/test_reliability_safety.py::test_no_request_reaches_a_private_address",
        }
    )
