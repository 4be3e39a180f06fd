"""Thin Celery task shells: call the pure pipeline functions, map errors to retries.

Only these shells catch broadly. Logic lives in worker.pipeline, worker.alerts, worker.health.
"""

from __future__ import annotations

import logging
import time
from functools import cache
from typing import Any

from celery import Task

from .celery_app import app, settings
from .config import load_feeds
from .errors import Kind, TransientError, classify, describe
from .models import ParsedEntry
from .pipeline import Context, commit_poll, poll, process

log = logging.getLogger(__name__)


@cache
def _ctx() -> Context:
    """One Context per worker process (clients and the compiled matcher are reused)."""
    return Context(settings, load_feeds(settings.feeds_file, settings))


@app.task(name="newswatch.poll_feed", bind=True, max_retries=None)
def poll_feed(self: Task, feed_id: str) -> dict[str, Any]:
    """Poll one feed; queue its new entries in batches; then save its validators."""
    ctx = _ctx()
    feed = ctx.feeds.by_id().get(feed_id)
    if feed is None or not feed.enabled:
        return {"feed": feed_id, "status": "unknown or disabled"}
    result = poll(ctx, feed)
    log.info(
        "polled %s: %s, %d new",
        feed_id,
        result.status,
        len(result.entries),
        extra={"feed_id": feed_id, "error": result.error},
    )
    size = settings.batch_size
    try:
        for i in range(0, len(result.entries), size):
            batch = [[op, did, e.model_dump(mode="json")] for op, did, e in result.entries[i : i + size]]
            process_entries.apply_async(
                headers={"sent_at": time.time()},  # for the queue-age metric
                args=(batch,),
                retry=True,
                retry_policy={"max_retries": 5, "interval_start": 1, "interval_step": 2},
            )
    except Exception as exc:  # noqa: BLE001 - broker full or down: keep validators, poll again later
        log.error("could not queue entries of %s: %s", feed_id, describe(exc))
        raise self.retry(exc=exc, countdown=60) from exc
    # Entries are durably queued now: safe to store the validators.
    commit_poll(ctx, feed, result)
    if ctx.metrics:
        ctx.metrics.poll(result)
    return {"feed": feed_id, "status": result.status, "new": len(result.entries), "error": result.error}


@app.task(name="newswatch.process_entries", bind=True, max_retries=8)
def process_entries(self: Task, batch: list[list[Any]]) -> dict[str, Any]:
    """Fetch, extract, match, index and alert a batch of entries; retry on transient failures."""
    ctx = _ctx()
    items = [(str(op), str(did), ParsedEntry.model_validate(e)) for op, did, e in batch]
    try:
        res = process(ctx, items)
    except Exception as exc:  # noqa: BLE001 - map onto the vocabulary
        if classify(exc) is Kind.TRANSIENT:
            raise self.retry(exc=exc, countdown=min(600, 5 * 2**self.request.retries)) from exc
        log.error("batch failed permanently: %s", describe(exc))
        return {"failed": len(items)}
    if ctx.metrics:
        ctx.metrics.batch(res)
    if res.transient_failure and res.failed:
        # Index failures (e.g. Elasticsearch down): retry; already indexed entries are duplicates then.
        raise self.retry(exc=TransientError("; ".join(res.errors[:3])), countdown=min(600, 5 * 2**self.request.retries))
    return {"indexed": res.indexed, "updated": res.updated, "duplicates": res.duplicates, "failed": res.failed}


@app.task(name="newswatch.alerts_periodic")
def alerts_periodic() -> dict[str, int]:
    """Threshold and digest rules plus the retry sweep."""
    ctx = _ctx()
    if ctx.alerts is None:
        return {"sent": 0, "failed": 0}
    sent, failed = ctx.alerts.periodic()
    return {"sent": sent, "failed": failed}


@app.task(name="newswatch.export_health")
def export_health() -> int:
    """Write feed health into the `<prefix>-feeds` index for Kibana."""
    from .health import export_to_es, feed_health

    ctx = _ctx()
    return export_to_es(ctx.es, settings, feed_health(settings, ctx.feeds, state=ctx.state))
