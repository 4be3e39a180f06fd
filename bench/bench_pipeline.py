"""End-to-end throughput: poll + fetch + extract + match + index, against trafilatura alone.

Serves N article pages (real news pages from ../shared/corpus, cycled under distinct URLs; the
bundled demo pages when the corpus is absent) and 8 feeds on loopback, then measures in one run:
1. trafilatura alone, one process, extracting the same pages from memory (the baseline);
2. `newswatch run --once` (2 cores) into the real Elasticsearch, wall clock including start-up;
3. a Celery worker (prefork, 2 processes) fed by beat, until every article is in Elasticsearch.
Peak RSS (VmHWM) is sampled for every process of each run.

Run: make services && eval "$(scripts/services.sh env)" && python bench/bench_pipeline.py [--pages 336]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from email.utils import formatdate
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CORPUS, ROOT, RssWatcher  # noqa: E402
from worker.loopback import LoopbackServer, Request, Response  # noqa: E402


def load_pages() -> list[tuple[str, bytes]]:
    """(title, html) pairs: real corpus pages, else the bundled demo pages."""
    pages_dir = CORPUS / "pages"
    if pages_dir.exists():
        items = [json.loads(x) for x in (pages_dir / "MANIFEST.jsonl").read_text().splitlines() if x]
        return [(str(i["outlet"]), (pages_dir / i["file"]).read_bytes()) for i in items]
    from worker.demo import load_articles, page_html

    return [(a["title"], page_html(a).encode()) for a in load_articles()]


class BenchSite:
    """Feeds and pages on loopback."""

    def __init__(self, pages: list[tuple[str, bytes]], n: int, feeds: int = 8) -> None:
        self.pages = pages
        self.n = n
        self.feeds = feeds
        self.server = LoopbackServer(self._respond).start()
        self.base = self.server.base

    def _respond(self, request: Request) -> Response:
        path = request.target
        if path.startswith("/feed/"):
            return Response(200, self.feed(int(path[6:].split(".")[0])), {"Content-Type": "application/rss+xml"})
        if path.startswith("/p/"):
            page = self.pages[int(path[3:]) % len(self.pages)][1]
            return Response(200, page, {"Content-Type": "text/html; charset=utf-8"})
        return Response(404)

    def feed(self, k: int) -> bytes:
        items = "".join(
            f"<item><title>Article {i}: {self.pages[i % len(self.pages)][0]}</title><link>{self.base}/p/{i}</link>"
            f"<guid>{self.base}/p/{i}</guid><pubDate>{formatdate(time.time() - i * 60, usegmt=True)}</pubDate></item>"
            for i in range(k, self.n, self.feeds)
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>f{k}</title>{items}</channel></rss>'.encode()

    def feeds_yaml(self, path: Path) -> None:
        lines = ["defaults: {timeout: 20, max_entries: 1000}", "feeds:"]
        lines += [f"  - {{id: f{k}, url: '{self.base}/feed/{k}.xml', interval: 60}}" for k in range(self.feeds)]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def baseline(pages: list[tuple[str, bytes]], n: int) -> float:
    """Seconds for trafilatura alone to extract the n pages, one process, same options as newswatch."""
    import trafilatura

    t = time.perf_counter()
    for i in range(n):
        trafilatura.bare_extraction(
            pages[i % len(pages)][1],
            url=f"http://bench.local/p/{i}",
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            deduplicate=True,
        )
    return time.perf_counter() - t


def es_count(env: dict[str, str], alias: str) -> int:
    from worker.config import Settings
    from worker.index import make_client

    given: dict[str, Any] = {k[10:].lower(): v for k, v in env.items() if k.startswith("NEWSWATCH_ES_")}
    s = Settings(**given)
    es = make_client(s)
    try:
        es.indices.refresh(index=alias)
        return int(es.count(index=alias)["count"])
    finally:
        es.close()


def cleanup(env: dict[str, str]) -> None:
    """Remove a benchmark run's indices, templates and Redis keys."""
    from worker.config import Settings
    from worker.index import make_client, teardown
    from worker.state import State

    es = make_client(Settings())
    teardown(es, env["NEWSWATCH_INDEX_PREFIX"])
    es.close()
    State.from_url(env["NEWSWATCH_REDIS_URL"], env["NEWSWATCH_KEY_PREFIX"]).delete_all()


def bench_env(tmp: Path, tag: str, redis_db: int | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "NEWSWATCH_INDEX_PREFIX": f"news-bench{tag}",
            "NEWSWATCH_KEY_PREFIX": f"nwbench-{tag}",
            "NEWSWATCH_ALLOW_NETWORKS": "127.0.0.0/8",
            "NEWSWATCH_FEEDS_FILE": str(tmp / "feeds.yaml"),
            "NEWSWATCH_ALERTS_FILE": str(tmp / "none.yaml"),
            "NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml"),
        }
    )
    if redis_db is not None:
        env["NEWSWATCH_REDIS_URL"] = env["NEWSWATCH_REDIS_URL"].rsplit("/", 1)[0] + f"/{redis_db}"
    return env


def run_once(site: BenchSite, tmp: Path) -> dict[str, Any]:
    env = bench_env(tmp, uuid.uuid4().hex[:8])
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "worker.cli", "run", "--once", "--no-alerts", "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    with RssWatcher(proc.pid) as w:
        out, _ = proc.communicate()
    wall = time.perf_counter() - t
    summary = json.loads(out)
    n = es_count(env, f"{env['NEWSWATCH_INDEX_PREFIX']}-articles")
    cleanup(env)
    return {
        "wall": wall,
        "indexed": summary["articles"]["indexed"],
        "in_es": n,
        "rss_mib": w.max_mib(),
        "procs": len(w.peaks),
    }


def run_celery(site: BenchSite, tmp: Path) -> dict[str, Any]:
    env = bench_env(tmp, uuid.uuid4().hex[:8], redis_db=8)
    import redis

    redis.Redis.from_url(env["NEWSWATCH_REDIS_URL"]).flushdb()
    alias = f"{env['NEWSWATCH_INDEX_PREFIX']}-articles"
    cmd = [sys.executable, "-m", "celery", "-A", "worker.celery_app"]
    worker = subprocess.Popen(
        [*cmd, "worker", "--pool", "prefork", "-c", "2", "-Q", "poll,articles,alerts", "--loglevel", "WARNING"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    subprocess.run(
        [sys.executable, "-m", "worker.cli", "setup"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )
    time.sleep(6)  # let the pool start (not counted)
    with RssWatcher(worker.pid) as w:
        t = time.perf_counter()
        beat = subprocess.Popen(
            [*cmd, "beat", "-s", str(tmp / "beat.db"), "--loglevel", "WARNING"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        n = 0
        deadline = time.monotonic() + 900
        while n < site.n and time.monotonic() < deadline:
            time.sleep(0.5)
            n = es_count(env, alias)
        wall = time.perf_counter() - t
    for p in (beat, worker):
        os.killpg(p.pid, signal.SIGTERM)
        p.wait(timeout=30)
    cleanup(env)
    redis.Redis.from_url(env["NEWSWATCH_REDIS_URL"]).flushdb()
    return {"wall": wall, "in_es": n, "rss_mib": w.max_mib(), "procs": len(w.peaks)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=336)
    args = ap.parse_args()
    pages = load_pages()
    site = BenchSite(pages, args.pages)
    total_bytes = sum(len(pages[i % len(pages)][1]) for i in range(args.pages))
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        site.feeds_yaml(tmp / "feeds.yaml")
        base = baseline(pages, args.pages)
        once = run_once(site, tmp)
        cel = run_celery(site, tmp)
    n = args.pages
    src = "real news pages from ../shared/corpus" if (CORPUS / "pages").exists() else "bundled demo pages"
    print(f"### End-to-end throughput (`python bench/bench_pipeline.py --pages {n}`)\n")
    print(
        f"{n} pages ({src}: {len(pages)} distinct pages cycled under distinct URLs, "
        f"{total_bytes / n / 1024:.0f} KiB average), 8 feeds, served on loopback; {os.cpu_count()} cores.\n"
    )
    print("| run | articles | wall time | articles/s | vs trafilatura alone | peak RSS per process |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| trafilatura alone, 1 process, pages in memory | {n} | {base:.1f} s | {n / base:.1f} | 1.00× | – |")
    print(
        f"| `newswatch run --once` (poll+fetch+extract+match+index, start-up included) | {once['in_es']} | "
        f"{once['wall']:.1f} s | {once['in_es'] / once['wall']:.1f} | {base / once['wall']:.2f}× | "
        f"{once['rss_mib']:.0f} MiB ({once['procs']} processes) |"
    )
    print(
        f"| Celery worker `-c 2` + beat, until all are in Elasticsearch | {cel['in_es']} | {cel['wall']:.1f} s | "
        f"{cel['in_es'] / cel['wall']:.1f} | {base / cel['wall']:.2f}× | {cel['rss_mib']:.0f} MiB "
        f"({cel['procs']} processes) |"
    )


if __name__ == "__main__":
    main()
