"""Fault injection for the reliability tests, on real services.

- `Domain`: a fault domain of its own, so killing things never disturbs the other tests: a
  3-node Elasticsearch cluster (ports 9270-9272) and a Redis (6391) started by
  scripts/services.sh, their HTTP and Redis ports reachable from network namespaces.
- `EsProxy`: a loopback HTTP proxy in front of one node that can reject chosen bulk items with 429
  or spoil one document so the real cluster refuses it (a mapping error), recording every bulk.
- `Namespaces`: network namespaces on one bridge (10.231.0.0/24), each a separate host for a worker.
- Worker processes: start, stop, kill -9 with their whole process tree, and read their logs.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import redis

from tests.conftest import ROOT
from worker.config import Settings
from worker.loopback import LoopbackServer, Request, Response

SERVICES = ROOT / "scripts" / "services.sh"
DOMAIN_ENV = {
    "NEWSWATCH_SVC_ES_NODES": "3",
    "NEWSWATCH_SVC_ES_PORT": "9270",
    "NEWSWATCH_SVC_REDIS_PORT": "6391",
    "NEWSWATCH_SVC_BIND": "0.0.0.0",
}
BRIDGE_IP = "10.231.0.1"
SUBNET = "10.231.0.0/24"


def services(*args: str) -> str:
    """Run scripts/services.sh for the fault domain; its stdout."""
    out = subprocess.run(
        [str(SERVICES), *args], env={**os.environ, **DOMAIN_ENV}, capture_output=True, text=True, timeout=600
    )
    if out.returncode != 0:
        raise RuntimeError(f"services.sh {' '.join(args)} failed: {out.stderr[-2000:]}")
    return out.stdout


@dataclass
class Domain:
    """The fault domain's services and credentials."""

    env: dict[str, str]  # NEWSWATCH_* from `services.sh env`
    redis_db: int = 0

    @property
    def es_urls(self) -> list[str]:
        return self.env["NEWSWATCH_ES_URL"].split(",")

    def redis_url(self, host: str = "127.0.0.1") -> str:
        return f"redis://{host}:{DOMAIN_ENV['NEWSWATCH_SVC_REDIS_PORT']}/{self.redis_db}"

    def es_url(self, host: str = "127.0.0.1") -> str:
        return ",".join(u.replace("127.0.0.1", host) for u in self.es_urls)

    def settings(self, **extra: Any) -> Settings:
        """Settings pointing at the domain (a unique index and key prefix unless given)."""
        tag = uuid.uuid4().hex[:8]
        values: dict[str, Any] = {
            "es_url": self.es_url(),
            "es_username": self.env["NEWSWATCH_ES_USERNAME"],
            "es_password": self.env["NEWSWATCH_ES_PASSWORD"],
            "redis_url": self.redis_url(),
            "index_prefix": f"news-r{tag}",
            "key_prefix": f"nwrel-{tag}",
            "allow_networks": f"127.0.0.0/8,{SUBNET}",
        }
        values.update(extra)
        return Settings(**values)

    def admin(self) -> httpx.Client:
        """An HTTP client for node 1 as the admin user."""
        auth = (self.env["NEWSWATCH_ES_ADMIN_USERNAME"], self.env["NEWSWATCH_ES_ADMIN_PASSWORD"])
        return httpx.Client(base_url=self.es_urls[0], auth=auth, timeout=60)

    def node_pid(self, i: int) -> int:
        return int(services("pid", str(i)).strip())

    def node_of_primary(self, index: str) -> int:
        """The node number (1-based) holding the primary of the index's shard 0."""
        with self.admin() as c:
            rows = c.get(f"/_cat/shards/{index}", params={"format": "json"}).json()
        [row] = [r for r in rows if r["prirep"] == "p" and r["shard"] == "0"]
        return int(row["node"].removeprefix("n"))

    def wait_green(self, timeout: float = 240) -> bool:
        with self.admin() as c:
            r = c.get("/_cluster/health", params={"wait_for_status": "green", "timeout": f"{int(timeout)}s"})
        return r.status_code == 200 and r.json().get("status") == "green"


@dataclass
class EsProxy:
    """A proxy in front of one Elasticsearch node that injects faults into bulk requests."""

    target: str
    reject_429: int = 0  # reject this many items (every other one) of the next bulk with 429
    spoil: Callable[[dict[str, Any]], bool] | None = None  # documents to spoil (unknown field: refused)
    bulks: list[list[str]] = field(default_factory=list)  # the document ids of every bulk request
    server: LoopbackServer | None = None

    def start(self) -> EsProxy:
        self.http = httpx.Client(base_url=self.target, timeout=60)
        self.server = LoopbackServer(self._respond).start()
        return self

    @property
    def url(self) -> str:
        assert self.server is not None
        return self.server.base

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        self.http.close()

    def _respond(self, req: Request) -> Response:
        headers = {k: v for k, v in req.headers.items() if k.lower() not in ("host", "content-length")}
        if req.method in ("POST", "PUT") and req.path.endswith("/_bulk"):
            return self._bulk(req, headers)
        r = self.http.request(req.method, req.target, headers=headers, content=req.body)
        return Response(r.status_code, r.content, self._passed(r.headers))

    @staticmethod
    def _passed(headers: httpx.Headers) -> dict[str, str]:
        """Response headers worth passing on (the client checks X-Elastic-Product)."""
        hop = {"content-length", "transfer-encoding", "connection", "content-encoding"}
        return {k: v for k, v in headers.items() if k.lower() not in hop}

    def _bulk(self, req: Request, headers: dict[str, str]) -> Response:
        lines = [ln for ln in req.body.split(b"\n") if ln.strip()]
        pairs = [(json.loads(lines[i]), json.loads(lines[i + 1])) for i in range(0, len(lines), 2)]
        ids = [next(iter(a.values()))["_id"] for a, _ in pairs]
        self.bulks.append(ids)
        rejected = set(ids[1 : 2 * self.reject_429 : 2]) if self.reject_429 else set()
        self.reject_429 = 0
        body = b""
        for (action, doc), doc_id in zip(pairs, ids, strict=True):
            if doc_id in rejected:
                continue
            if self.spoil is not None and self.spoil(doc):
                doc = {**doc, "injected_unknown_field": 1}  # the strict mapping refuses it
            body += json.dumps(action).encode() + b"\n" + json.dumps(doc).encode() + b"\n"
        resp = self.http.request(req.method, req.target, headers=headers, content=body) if body else None
        forwarded = resp.json() if resp is not None else {"items": []}
        items = iter(forwarded["items"])
        merged = []
        for (action, _), doc_id in zip(pairs, ids, strict=True):
            op = next(iter(action))
            if doc_id in rejected:
                err = {"type": "es_rejected_execution_exception", "reason": "injected: write queue full"}
                merged.append({op: {"_id": doc_id, "status": 429, "error": err}})
            else:
                merged.append(next(items))
        out = {"took": 1, "errors": True, "items": merged}
        headers_out = {"Content-Type": "application/json", "X-Elastic-Product": "Elasticsearch"}
        return Response(200, json.dumps(out).encode(), headers_out)


class Namespaces:
    """Network namespaces on one bridge: each is a host of its own (10.231.0.<n>), the machine is 10.231.0.1."""

    def __init__(self) -> None:
        self.tag = uuid.uuid4().hex[:4]
        self.bridge = f"nwbr{self.tag}"
        self.names: list[str] = []
        self._ip(["link", "add", self.bridge, "type", "bridge"])
        self._ip(["addr", "add", f"{BRIDGE_IP}/24", "dev", self.bridge])
        self._ip(["link", "set", self.bridge, "up"])

    @staticmethod
    def _ip(args: list[str], ns: str | None = None) -> None:
        cmd = ["ip", *(["netns", "exec", ns, "ip"] if ns else []), *args]
        subprocess.run(cmd, check=True, capture_output=True)

    def add(self) -> tuple[str, str]:
        """A new namespace; (its name, its address)."""
        n = len(self.names) + 2
        name, host_if, ns_if = f"nw{self.tag}{n}", f"nw{self.tag}h{n}", f"nw{self.tag}n{n}"
        subprocess.run(["ip", "netns", "add", name], check=True, capture_output=True)
        self.names.append(name)
        self._ip(["link", "add", host_if, "type", "veth", "peer", "name", ns_if])
        self._ip(["link", "set", ns_if, "netns", name])
        self._ip(["link", "set", host_if, "master", self.bridge])
        self._ip(["link", "set", host_if, "up"])
        ip = f"10.231.0.{n}"
        self._ip(["addr", "add", f"{ip}/24", "dev", ns_if], ns=name)
        self._ip(["link", "set", ns_if, "up"], ns=name)
        self._ip(["link", "set", "lo", "up"], ns=name)
        return name, ip

    def close(self) -> None:
        for name in self.names:
            subprocess.run(["ip", "netns", "del", name], capture_output=True)  # takes its veth with it
        subprocess.run(["ip", "link", "del", self.bridge], capture_output=True)


def celery(args: list[str], env: dict[str, str], log: Path, netns: str | None = None) -> subprocess.Popen[bytes]:
    """Start `celery -A worker.celery_app ...` (in a network namespace if given), its own process group."""
    prefix = ["ip", "netns", "exec", netns] if netns else []
    with log.open("ab") as fh:
        return subprocess.Popen(
            [*prefix, sys.executable, "-m", "celery", "-A", "worker.celery_app", *args],
            cwd=ROOT,
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def stop(p: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 30) -> None:
    """Stop a process group (SIGTERM, then SIGKILL)."""
    if p.poll() is not None:
        return
    try:
        os.killpg(p.pid, sig)
        p.wait(timeout=timeout)
    except (subprocess.TimeoutExpired, ProcessLookupError):
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait()


def kill9(p: subprocess.Popen[bytes]) -> None:
    """kill -9 the whole worker (main process and pool), as an OOM kill or a lost machine would."""
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()


def children(pid: int) -> list[int]:
    """Direct child processes of `pid` (the prefork pool of a Celery worker), from /proc."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants, MiB."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
        todo += children(p)
    return total / 1024


def flush_db(url: str) -> None:
    r = redis.Redis.from_url(url)
    r.flushdb()
    r.close()


# ---------------------------------------------------------------- a news site with many distinct articles

WORDS = (
    "government ministry council budget parliament election minister court report market company growth "
    "energy climate industry workers union strike trade bank inflation prices housing city region police "
    "health hospital school students research university science water transport railway airport road "
    "football league season coach players festival museum music film theatre weather storm flood summer "
    "winter farmers harvest tourism hotel village mayor province border treaty agency office network data "
    "software internet platform users service customers company profits shares investors quarter annual"
).split()


def article_text(i: int, topical: bool) -> tuple[str, list[str]]:
    """A distinct article (title, paragraphs): random words seeded by `i`, a DeepSeek story when topical."""
    import random

    rnd = random.Random(i)
    paras = [" ".join(rnd.choice(WORDS) for _ in range(45)).capitalize() + "." for _ in range(4)]
    title = f"Report {i}: " + " ".join(rnd.choice(WORDS) for _ in range(4))
    if topical:
        title = f"DeepSeek story {i}: " + title
        paras[0] = f"The Chinese AI company DeepSeek released model number {i}. " + paras[0]
    return title, paras


def serve_news(site: Any, feeds: int, per_feed: int, *, delay: float = 0.0, topical_every: int = 4) -> list[str]:
    """Feeds /feed/<k>.xml with `per_feed` articles each on `site`; returns every article URL."""
    from tests.integration.conftest import Reply, page, rss

    urls = []
    for k in range(feeds):
        items = []
        for j in range(per_feed):
            i = k * per_feed + j
            title, paras = article_text(i, topical=i % topical_every == 0)
            url = site.url(f"/a/{i}")
            urls.append(url)
            items.append({"title": title, "link": url, "guid": url})
            site.routes[f"/a/{i}"] = Reply(page(title, paras), headers={"Content-Type": "text/html"}, delay=delay)
        site.routes[f"/feed/{k}.xml"] = Reply(rss(items), headers={"Content-Type": "application/rss+xml"})
    return urls


def feeds_yaml(path: Path, site: Any, feeds: int, interval: int = 300) -> Path:
    """A feeds.yaml for serve_news's feeds."""
    lines = ["defaults: {timeout: 20, max_entries: 1000}", "feeds:"]
    lines += [f"  - {{id: f{k}, url: '{site.url(f'/feed/{k}.xml')}', interval: {interval}}}" for k in range(feeds)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def alerts_yaml(path: Path, hook_url: str) -> Path:
    """One instant rule for DeepSeek stories to a webhook."""
    path.write_text(
        f"channels:\n  hook: {{type: webhook, url: '{hook_url}'}}\n"
        "rules:\n  - {id: deepseek-now, type: instant, match: {topics_any: [deepseek]}, channels: [hook]}\n"
        "delivery: {deadline: 600, inline_attempts: 2, base_delay: 0.2}\n",
        encoding="utf-8",
    )
    return path


def cli_env(s: Settings, **extra: str) -> dict[str, str]:
    """The environment of a newswatch or Celery process for these settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env.update(
        {
            "NEWSWATCH_ES_URL": s.es_url,
            "NEWSWATCH_ES_USERNAME": s.es_username or "",
            "NEWSWATCH_ES_PASSWORD": s.es_password.get_secret_value() if s.es_password else "",
            "NEWSWATCH_REDIS_URL": s.redis_url,
            "NEWSWATCH_INDEX_PREFIX": s.index_prefix,
            "NEWSWATCH_KEY_PREFIX": s.key_prefix,
            "NEWSWATCH_ALLOW_NETWORKS": s.allow_networks,
            "NEWSWATCH_FEEDS_FILE": str(s.feeds_file),
            "NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml"),
            "NEWSWATCH_ALERTS_FILE": str(s.alerts_file),
        }
    )
    env.update(extra)
    return env


class Ledger:
    """What a test observes in Elasticsearch: documents, duplicates, versions."""

    def __init__(self, s: Settings) -> None:
        from worker.index import make_client, setup

        self.s = s
        self.es = make_client(s)
        setup(self.es, s)  # as `newswatch worker` and `run --once` do before any work

    def count(self) -> int:
        self.es.indices.refresh(index=self.s.articles_alias)
        return int(self.es.count(index=self.s.articles_alias)["count"])

    def urls(self) -> list[str]:
        self.es.indices.refresh(index=self.s.articles_alias)
        resp = self.es.search(index=self.s.articles_alias, size=10000, source=["canonical_url"])
        return [h["_source"]["canonical_url"] for h in resp["hits"]["hits"]]

    def alerts(self) -> list[dict[str, Any]]:
        self.es.indices.refresh(index=self.s.alerts_index)
        return [h["_source"] for h in self.es.search(index=self.s.alerts_index, size=10000)["hits"]["hits"]]

    def close(self) -> None:
        from worker.index import teardown
        from worker.state import State

        try:
            teardown(self.es, self.s.index_prefix)
        finally:
            self.es.close()
        st = State.from_url(self.s.redis_url, self.s.key_prefix)
        st.delete_all()
        st.r.close()
