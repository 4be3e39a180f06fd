"""Integration fixtures: real Redis and Elasticsearch, loopback HTTP servers, per-test isolation.

Services come from NEWSWATCH_ES_URL / NEWSWATCH_REDIS_URL (and credentials) when set, otherwise
from `scripts/services.sh env` when that script's services are running. Under CI=true a
missing service is an error, never a skip.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from worker.config import Settings

pytestmark = pytest.mark.integration


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
    from worker.index import make_client, teardown
    from worker.state import State

    es = make_client(s)
    try:
        teardown(es, s.index_prefix)
    finally:
        es.close()
    st = State.from_url(s.redis_url, s.key_prefix)
    st.delete_all()
    st.r.close()


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


class Site:
    """A scriptable HTTP server on 127.0.0.1 that records every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply | Callable[[BaseHTTPRequestHandler], Reply]] = {}
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.hits: dict[str, int] = defaultdict(int)
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?", 1)[0]
                site.requests.append((method, self.path, dict(self.headers), body))
                site.hits[path] += 1
                route = site.routes.get(path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                reply = route(self) if callable(route) else route
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.etag and self.headers.get("If-None-Match") == reply.etag:
                    self.send_response(304)
                    self.send_header("ETag", reply.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                data = gzip.compress(reply.body) if reply.gzip else reply.body
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                if reply.etag:
                    self.send_header("ETag", reply.etag)
                if reply.gzip:
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    if reply.drip:
                        for i in range(0, len(data), 64):
                            self.wfile.write(data[i : i + 64])
                            self.wfile.flush()
                            time.sleep(reply.drip)
                    else:
                        self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self) -> None:  # noqa: N802
                self._serve("GET")

            def do_POST(self) -> None:  # noqa: N802
                self._serve("POST")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


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
