"""Prometheus metrics for the pipeline.

Counters live in every process that does work; with Celery's prefork pool the worker sets
PROMETHEUS_MULTIPROC_DIR before forking and serves the aggregate (prometheus_client's
multiprocess mode). Queue depth and the age of the oldest queued task are read from Redis
at scrape time.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from .models import BatchResult, PollResult

QUEUES = ("poll", "articles", "alerts")

FEEDS_POLLED = Counter("newswatch_feeds_polled_total", "Feed polls by outcome", ["status"])
FETCH_ERRORS = Counter("newswatch_fetch_errors_total", "Feed fetch errors by class", ["kind"])
ARTICLES = Counter("newswatch_articles_total", "Articles by outcome", ["result"])
EXTRACTION_FALLBACKS = Counter("newswatch_extraction_fallbacks_total", "Articles indexed from feed text")
TOPIC_HITS = Counter("newswatch_topic_hits_total", "Indexed articles per matched topic", ["topic"])
ALERTS = Counter("newswatch_alerts_total", "Alert deliveries by outcome", ["result"])


class Metrics:
    """Records pipeline outcomes into the counters."""

    def poll(self, r: PollResult) -> None:
        """Count one poll."""
        FEEDS_POLLED.labels(r.status).inc()
        if r.status == "failed":
            FETCH_ERRORS.labels(r.error_kind or "unknown").inc()

    def batch(self, b: BatchResult) -> None:
        """Count one processed batch."""
        for name, value in (
            ("indexed", b.indexed),
            ("updated", b.updated),
            ("duplicate", b.duplicates),
            ("failed", b.failed),
        ):
            if value:
                ARTICLES.labels(name).inc(value)
        if b.fallback:
            EXTRACTION_FALLBACKS.inc(b.fallback)
        for topic, n in b.topics.items():
            TOPIC_HITS.labels(topic).inc(n)
        if b.alerts_sent:
            ALERTS.labels("sent").inc(b.alerts_sent)
        if b.alerts_failed:
            ALERTS.labels("failed").inc(b.alerts_failed)


class QueueCollector(Collector):
    """Queue depth and age of the oldest message, read from the Redis broker at scrape time."""

    def __init__(self, redis_url: str) -> None:
        import redis

        self.r = redis.Redis.from_url(redis_url, socket_timeout=2)

    def collect(self) -> Iterator[GaugeMetricFamily]:
        depth = GaugeMetricFamily("newswatch_queue_depth", "Messages waiting per queue", labels=["queue"])
        age = GaugeMetricFamily(
            "newswatch_queue_oldest_age_seconds", "Age of the oldest waiting message", labels=["queue"]
        )
        for q in QUEUES:
            try:
                depth.add_metric([q], float(self.r.llen(q)))
                oldest = self.r.lindex(q, -1)  # kombu pushes left and pops right: the right end is oldest
                age.add_metric([q], _age(oldest))
            except Exception:  # noqa: BLE001 - a scrape must never fail because Redis hiccuped
                continue
        yield depth
        yield age


def _age(raw: bytes | str | None) -> float:
    """Seconds since a queued Celery message was sent (our `sent_at` header), 0 if unknown."""
    if not raw:
        return 0.0
    try:
        msg: dict[str, Any] = json.loads(raw)
        sent = float(msg.get("headers", {}).get("sent_at") or 0)
    except (ValueError, TypeError):
        return 0.0
    return max(0.0, time.time() - sent) if sent else 0.0


def serve(port: int, redis_url: str, addr: str = "127.0.0.1") -> CollectorRegistry:
    """Start the /metrics HTTP endpoint (multiprocess-aware)."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]  # untyped upstream
    else:
        from prometheus_client import REGISTRY

        registry = REGISTRY
    registry.register(QueueCollector(redis_url))
    start_http_server(port, addr=addr, registry=registry)
    return registry
