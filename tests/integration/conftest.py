"""Integration fixtures: real Redis and Elasticsearch, loopback HTTP servers, per-test isolation.

Services come from NEWSWATCH_ES_URL / NEWSWATCH_REDIS_URL (and credentials) when set, otherwise
from `scripts/services.sh env` when that script's services are running. Under CI=true a
missing service is an error, never a skip.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from worker.config import Settings
from worker.loopback import LoopbackServer, Request, Response


def _service_env() -> dict[str, str]:
    """NEWSWATCH_* connection variables from the environment or the services script."""
    if os.environ.get("NEWSWATCH_ES_URL") and os.environ.get("NEWSWATCH_REDIS_URL"):
        return {k: v for k, v in os.environ.items() if k.startswith("NEWSWATCH_")}
    script = ROOT / "scripts" / "services.sh"
    status = subprocess.run([str(script), "status"], capture_output=True, text=True)
    if status.returncode != 0:
        msg = f"services not running ({status.stdout.strip()}): run `scripts/services.sh up` or `make test`"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    out = subprocess.run([str(script), "env"], capture_output=True, text=True, check=True).stdout
    env = {}
    for line in out.splitlines():
        if line.startswith("export "):
            k, _, v = line[7:].partition("=")
            env[k] = v
    return env


@pytest.fixture(scope="session")
def service_env() -> dict[str, str]:
    return _service_env()


@pytest.fixture
def settings(service_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Settings]:
    """Settings with a unique index prefix and Redis key prefix; everything is removed afterwards."""
    tag = uuid.uuid4().hex[:10]
    env = {
        **service_env,
        "NEWSWATCH_INDEX_PREFIX": f"news-t{tag}",
        "NEWSWATCH_KEY_PREFIX": f"nwtest-{tag}",
        "NEWSWATCH_ALLOW_NETWORKS": "127.0.0.0/8",
        "NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml"),
        "NEWSWATCH_ALERTS_FILE": str(tmp_path / "no-alerts.yaml"),
        "NEWSWATCH_FEEDS_FILE": str(tmp_path / "feeds.yaml"),
    }
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    s = Settings()
    yield s
    remove_test_data(s)


def remove_test_data(s: Settings, *, whole_db: bool = False) -> None:
    """Delete a test's indices (by its index prefix) and its Redis keys, or its whole Redis database."""
    from worker.index import make_client, teardown
    from worker.state import State

    es = make_client(s)
    try:
        teardown(es, s.index_prefix)
    finally:
        es.close()
    st = State.from_url(s.redis_url, s.key_prefix)
    if whole_db:
        st.r.flushdb()
    else:
        st.delete_all()
    st.r.close()


def env_settings(env: dict[str, str]) -> Settings:
    """The connection settings and prefixes a subprocess environment names."""
    return Settings(
        es_url=env["NEWSWATCH_ES_URL"],
        es_username=env.get("NEWSWATCH_ES_USERNAME"),
        es_password=env.get("NEWSWATCH_ES_PASSWORD"),
        redis_url=env["NEWSWATCH_REDIS_URL"],
        index_prefix=env["NEWSWATCH_INDEX_PREFIX"],
        key_prefix=env["NEWSWATCH_KEY_PREFIX"],
    )


@pytest.fixture
def es(settings: Settings) -> Iterator[Any]:
    from worker.index import make_client, setup

    client = make_client(settings)
    setup(client, settings)
    yield client
    client.close()


@dataclass
class Reply:
    """What the loopback site answers for one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    gzip: bool = False
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between body chunks (slow server)


class Site(LoopbackServer):
    """A scriptable HTTP server on 127.0.0.1 that records every request (worker.loopback underneath)."""

    def __init__(self, host: str = "127.0.0.1", public_host: str | None = None) -> None:
        self.routes: dict[str, Reply | Callable[[Request], Reply]] = {}
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.log: list[Request] = []  # the same requests, with the client's address
        self.hits: dict[str, int] = defaultdict(int)
        super().__init__(self._respond, host=host, public_host=public_host)
        self.start()

    def _respond(self, request: Request) -> Response:
        self.requests.append((request.method, request.target, request.headers, request.body))
        self.log.append(request)
        self.hits[request.path] += 1
        route = self.routes.get(request.path)
        if route is None:
            return Response(404)
        reply = route(request) if callable(route) else route
        if reply.etag and request.headers.get("If-None-Match") == reply.etag:
            return Response(304, headers={"ETag": reply.etag}, delay=reply.delay)
        headers = dict(reply.headers)
        if reply.etag:
            headers["ETag"] = reply.etag
        body = reply.body
        if reply.gzip:
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        return Response(reply.status, body, headers, delay=reply.delay, drip=reply.drip)


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


def rss(items: list[dict[str, str]], title: str = "Test feed") -> bytes:
    """A small RSS 2.0 document."""
    parts = []
    for it in items:
        guid = f"<guid>{it['guid']}</guid>" if "guid" in it else ""
        date = f"<pubDate>{it['date']}</pubDate>" if "date" in it else ""
        parts.append(
            f"<item><title>{it['title']}</title><link>{it['link']}</link>{guid}{date}"
            f"<description>{it.get('summary', '')}</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"{''.join(parts)}</channel></rss>"
    ).encode()


def page(title: str, paras: list[str]) -> bytes:
    """A news page with boilerplate around the article."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><nav>Home | Subscribe</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Imprint · Privacy</footer></body></html>"
    ).encode()


def wait_for(pred: Callable[[], Any], timeout: float, interval: float = 0.5) -> Any:
    """Poll until pred() is truthy or the timeout passes; return its last value."""
    end = time.monotonic() + timeout
    while True:
        value = pred()
        if value or time.monotonic() > end:
            return value
        time.sleep(interval)


@pytest.fixture(scope="session")
def domain(service_env: dict[str, str]) -> Iterator[Any]:
    """The reliability tests' own 3-node cluster and Redis (started here, stopped at the end)."""
    from tests.integration import faults

    try:
        faults.services("status")
        was_running = True  # leave it as found (a developer's running cluster)
    except RuntimeError:
        was_running = False
    faults.services("up")
    out = faults.services("env")
    env = {k: v for k, v in (ln[7:].split("=", 1) for ln in out.splitlines() if ln.startswith("export "))}
    yield faults.Domain(env)
    if not was_running:
        faults.services("down")


@pytest.fixture(scope="session")
def reliability() -> Iterator[list[dict[str, Any]]]:
    """Rows of observations for docs/RELIABILITY.md, written to NEWSWATCH_RELIABILITY_REPORT when set."""
    rows: list[dict[str, Any]] = []
    yield rows
    target = os.environ.get("NEWSWATCH_RELIABILITY_REPORT")
    if target:
        import json

        Path(target).write_text(json.dumps(rows, indent=2), encoding="utf-8")
