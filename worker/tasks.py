"""Thin Celery task shells: call the Celery-free pipeline, turn failures into retries.

The logic lives in worker.pipeline, worker.alerts and worker.health; a shell only converts the
message, calls one function, and maps what went wrong onto the error vocabulary: a transient
failure is retried later (one WARNING line says why and when; worker.retry decides how long), a
permanent one is logged and the task ends. The pipeline records per-feed and per-article failures
itself; these shells are where a failure of a whole task is caught.
"""

from __future__ import annotations

import logging
import time
from functools import cache
from typing import Any, NoReturn

from celery import Task

from .celery_app import app, settings
from .config import load_feeds
from .errors import Kind, classify, describe
from .models import WorkItem
from .pipeline import Context, commit_poll, poll, process
from .retry import TASK_MAX_RETRIES, TASK_RETRY_BASE, TASK_RETRY_MAX, backoff

log = logging.getLogger(__name__)


@cache
def _ctx() -> Context:
    """One Context per worker process (clients and the compiled matcher are reused)."""
    return Context(settings, load_feeds(settings.feeds_file, settings))


def _retry_later(task: Task, what: str, cause: str) -> NoReturn:
    """Log one WARNING line with the cause and the retry time, then hand the task back to Celery."""
    attempt = task.request.retries + 1
    countdown = backoff(attempt, TASK_RETRY_BASE, TASK_RETRY_MAX)
    log.warning("%s: %s; retry %d/%d in %.0f s", what, cause, attempt, task.max_retries, countdown)
    raise task.retry(countdown=countdown)


@app.task(name="newswatch.poll_feed", bind=True, max_retries=TASK_MAX_RETRIES)
def poll_feed(self: Task, feed_id: str) -> dict[str, Any]:
    """Poll one feed; queue its new entries in batches; then save its validators."""
    ctx = _ctx()
    feed = ctx.feeds.by_id().get(feed_id)
    if feed is None or not feed.enabled:
        return {"feed": feed_id, "status": "unknown or disabled"}
    result = poll(ctx, feed)
    log.info("polled %s: %s, %d new", feed_id, result.status, len(result.entries), extra={"feed_id": feed_id})
    size = settings.batch_size
    try:
        for i in range(0, len(result.entries), size):
            process_entries.apply_async(
                headers={"sent_at": time.time()},  # for the queue-age metric
                args=([item.to_message() for item in result.entries[i : i + size]],),
                retry=True,
                retry_policy={"max_retries": 5, "interval_start": 1, "interval_step": 2},
            )
    except Exception as exc:  # noqa: BLE001 - broker full or down: keep the validators, poll again later
        _retry_later(self, f"feed {feed_id}: queueing its entries", describe(exc))
    commit_poll(ctx, feed, result)  # the entries are durably queued now: safe to store the validators
    ctx.metrics.poll(result)
    return {"feed": feed_id, "status": result.status, "new": len(result.entries), "error": result.error}


@app.task(name="newswatch.process_entries", bind=True, max_retries=TASK_MAX_RETRIES)
def process_entries(self: Task, batch: list[list[Any]]) -> dict[str, Any]:
    """Fetch, extract, match, index and alert a batch of entries; retry on transient failures."""
    ctx = _ctx()
    items = [WorkItem.from_message(raw) for raw in batch]
    what = f"batch of {len(items)} entries"
    try:
        res = process(ctx, items)
    except Exception as exc:  # noqa: BLE001 - map onto the vocabulary
        if classify(exc) is Kind.TRANSIENT:
            _retry_later(self, what, describe(exc))
        log.error("%s failed permanently: %s", what, describe(exc))
        return {"failed": len(items)}
    ctx.metrics.batch(res)
    if res.transient_failure and res.failed:
        # Index failures (e.g. Elasticsearch down): retry; entries already written count as duplicates then.
        _retry_later(self, what, "; ".join(res.errors[:3]))
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
