"""Alert latency: from the poll that sees a new matching entry to the webhook receiving the alert.

A real Celery worker (prefork, 2 processes) on the real Redis broker and Elasticsearch; a loopback
site whose feed grows by 5 DeepSeek stories per round; each round's poll is triggered the way beat
triggers it (a poll_feed task). The site records when the feed was fetched with the new entries,
the receiver when each alert arrived.

Run: eval "$(scripts/services.sh env)" && python bench/bench_alert_latency.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_pipeline import cleanup  # noqa: E402
from bench.common import ROOT  # noqa: E402
from worker.loopback import LoopbackServer, Request, Response  # noqa: E402

WORDS = (
    "Regierung Behörde Modell Nutzer Daten Markt Studie Experten Unternehmen Bericht Forschung Anbieter "
    "Investoren Analysten Plattform Version Entwickler Kosten Leistung Sicherheit Zugang Nachfrage"
).split()


def story(n: int) -> str:
    """A distinct story per entry (near-identical texts would rightly be deduplicated as one story)."""
    import random

    rnd = random.Random(n)
    sentences = [" ".join(rnd.choices(WORDS, k=12)).capitalize() + "." for _ in range(12)]
    return f"DeepSeek meldet Neuigkeit Nummer {n}. " + " ".join(sentences)


class LatencySite:
    def __init__(self) -> None:
        self.entries: list[int] = []
        self.feed_seen: dict[int, float] = {}  # entry -> time the feed listing it was first served
        self.arrived: dict[int, float] = {}
        self.lock = threading.Lock()
        self.server = LoopbackServer(self._respond).start()
        self.base = self.server.base

    def _respond(self, request: Request) -> Response:
        if request.method == "POST":  # an alert arriving at the webhook
            data = json.loads(request.body)
            now = time.time()
            with self.lock:
                for a in data["articles"]:
                    self.arrived.setdefault(int(a["url"].rsplit("/", 1)[1]), now)
            return Response(200)
        if request.target.startswith("/feed.xml"):
            now = time.time()
            with self.lock:
                for e in self.entries:
                    self.feed_seen.setdefault(e, now)
                items = "".join(
                    f"<item><title>DeepSeek gesperrt {e}</title><link>{self.base}/a/{e}</link>"
                    f"<guid>{self.base}/a/{e}</guid></item>"
                    for e in self.entries
                )
            body = f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()
            return Response(200, body, {"Content-Type": "application/rss+xml"})
        if request.target.startswith("/a/"):
            n = int(request.target[3:])
            page = f"<html><body><article><h1>DeepSeek {n}</h1><p>{story(n)}</p></article></body></html>"
            return Response(200, page.encode(), {"Content-Type": "text/html; charset=utf-8"})
        return Response(404)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--per-round", type=int, default=5)
    args = ap.parse_args()
    site = LatencySite()
    tag = uuid.uuid4().hex[:8]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        (tmp / "feeds.yaml").write_text(f"feeds:\n  - {{id: lat, url: '{site.base}/feed.xml', interval: 3600}}\n")
        (tmp / "alerts.yaml").write_text(
            f'channels:\n  hook: {{type: webhook, url: "{site.base}/hook"}}\n'
            "rules:\n  - {id: ds, type: instant, match: {topics_any: [deepseek]}, channels: [hook]}\n"
        )
        env = dict(os.environ)
        env.update(
            {
                "NEWSWATCH_INDEX_PREFIX": f"news-lat{tag}",
                "NEWSWATCH_KEY_PREFIX": f"nwlat-{tag}",
                "NEWSWATCH_ALLOW_NETWORKS": "127.0.0.0/8",
                "NEWSWATCH_FEEDS_FILE": str(tmp / "feeds.yaml"),
                "NEWSWATCH_ALERTS_FILE": str(tmp / "alerts.yaml"),
                "NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml"),
                "NEWSWATCH_REDIS_URL": env["NEWSWATCH_REDIS_URL"].rsplit("/", 1)[0] + "/9",
            }
        )
        import redis

        redis.Redis.from_url(env["NEWSWATCH_REDIS_URL"]).flushdb()
        subprocess.run(
            [sys.executable, "-m", "worker.cli", "setup"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "worker.celery_app",
                "worker",
                "--pool",
                "prefork",
                "-c",
                "2",
                "-Q",
                "poll,articles,alerts",
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        os.environ.update(env)
        from worker.celery_app import app

        try:
            time.sleep(6)
            n = 0
            for _ in range(args.rounds):
                with site.lock:
                    new = list(range(n, n + args.per_round))
                    site.entries.extend(new)
                n += args.per_round
                app.send_task("newswatch.poll_feed", args=("lat",))  # what beat does at each tick
                end = time.monotonic() + 60
                while time.monotonic() < end and not all(e in site.arrived for e in new):
                    time.sleep(0.05)
                time.sleep(0.5)
        finally:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=30)
            cleanup(env)
            redis.Redis.from_url(env["NEWSWATCH_REDIS_URL"]).flushdb()
    lat = sorted(site.arrived[e] - site.feed_seen[e] for e in site.arrived if e in site.feed_seen)
    missing = len(site.entries) - len(lat)
    p50 = statistics.median(lat)
    p95 = lat[max(0, int(round(0.95 * len(lat))) - 1)]
    print(f"### Alert latency (`python bench/bench_alert_latency.py --rounds {args.rounds}`)\n")
    print(
        f"{len(site.entries)} new DeepSeek entries in {args.rounds} polls of {args.per_round}; Celery worker -c 2; "
        "instant rule to a loopback webhook. Latency = webhook arrival − time the feed listing the entry was "
        "served to the poll.\n"
    )
    print("| alerts received | lost | p50 | p95 | max |")
    print("|---:|---:|---:|---:|---:|")
    print(f"| {len(lat)} | {missing} | {p50:.2f} s | {p95:.2f} s | {lat[-1]:.2f} s |")


if __name__ == "__main__":
    main()
