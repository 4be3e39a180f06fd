"""Thin Celery task shells: call the Celery-free pipeline, turn failures into retries or dead letters.

The logic lives in worker.pipeline, worker.alerts and worker.health; a shell only converts the
message, calls one function, and maps what went wrong onto the error vocabulary:
- a transient failure is retried later, only for the entries it concerns (one WARNING line says
  why and when; worker.retry decides how long); once the retries are used up the entries become
  dead letters (worker.deadletter) instead of vanishing;
- a batch that keeps killing or stalling its worker is poison: after MAX_DELIVERIES starts of the
  same attempt it is dead-lettered, not redelivered for ever;
- a batch that runs out of its time budget queues its remaining entries as a new task.
The pipeline records per-feed and per-article failures itself; these shells are where a failure
of a whole task is caught. worker.retry explains how the durations fit the broker's visibility timeout.
"""

from __future__ import annotations

import logging
import time
from functools import cache
from typing import Any

from celery import Task

from . import deadletter
from .celery_app import app, settings
from .config import load_feeds
from .errors import Kind, classify, describe
from .models import WorkItem
from .pipeline import Context, commit_poll, poll, process
from .retry import (
    BATCH_BUDGET,
    MAX_DELIVERIES,
    TASK_MAX_RETRIES,
    TASK_RETRY_BASE,
    TASK_RETRY_MAX,
    WRITE_BY,
    backoff,
)

log = logging.getLogger(__name__)


@cache
def _ctx() -> Context:
    """One Context per worker process (clients and the compiled matcher are reused)."""
    return Context(settings, load_feeds(settings.feeds_file, settings))


def _queue(items: list[WorkItem]) -> None:
    """Queue entries for processing (durably: the broker has them when this returns)."""
    process_entries.apply_async(
        headers={"sent_at": time.time()},  # for the queue-age metric
        args=([item.to_message() for item in items],),
        retry=True,
        retry_policy={"max_retries": 5, "interval_start": 1, "interval_step": 2},
    )


def _retry_later(task: Task, what: str, cause: str, items: list[WorkItem] | None = None) -> dict[str, Any]:
    """One WARNING line with the cause and the retry time, then the task (or just `items`) goes back to
    Celery; when the retries are used up, `items` become dead letters instead (and the task ends)."""
    attempt = task.request.retries + 1
    if attempt > task.max_retries:
        if items:
            deadletter.record(_ctx().state, items, f"gave up after {task.max_retries} retries: {cause}")
        else:
            log.error("%s: gave up after %d retries: %s", what, task.max_retries, cause)
        return {"deadlettered": len(items or [])}
    countdown = backoff(attempt, TASK_RETRY_BASE, TASK_RETRY_MAX)
    log.warning("%s: %s; retry %d/%d in %.0f s", what, cause, attempt, task.max_retries, countdown)
    args = ([i.to_message() for i in items],) if items is not None else None
    raise task.retry(args=args, countdown=countdown)


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
            _queue(result.entries[i : i + size])
    except Exception as exc:  # noqa: BLE001 - broker full or down: keep the validators, poll again later
        return _retry_later(self, f"feed {feed_id}: queueing its entries", describe(exc))
    commit_poll(ctx, feed, result)  # the entries are durably queued now: safe to store the validators
    ctx.metrics.poll(result)
    return {"feed": feed_id, "status": result.status, "new": len(result.entries), "error": result.error}


@app.task(name="newswatch.process_entries", bind=True, max_retries=TASK_MAX_RETRIES)
def process_entries(self: Task, batch: list[list[Any]]) -> dict[str, Any]:
    """Fetch, extract, match, index and alert a batch of entries; retry what failed transiently."""
    ctx = _ctx()
    items = [WorkItem.from_message(raw) for raw in batch]
    what = f"batch of {len(items)} entries"
    # Deliveries of this very attempt: more than one means a worker died (or was killed) running it.
    attempt_key = f"{self.request.id}:{self.request.retries}"
    starts = ctx.state.count_attempt(attempt_key)
    if starts > MAX_DELIVERIES:
        reason = f"poison: started {starts - 1} times, the worker died or stalled each time"
        deadletter.record(ctx.state, items, reason)
        ctx.state.forget_attempts(attempt_key)
        return {"deadlettered": len(items)}
    started = time.monotonic()
    try:
        res = process(ctx, items, deadline=started + BATCH_BUDGET, write_by=started + WRITE_BY)
    except Exception as exc:  # noqa: BLE001 - map onto the vocabulary
        ctx.state.forget_attempts(attempt_key)
        if classify(exc) is Kind.TRANSIENT:
            return _retry_later(self, what, describe(exc), items)
        deadletter.record(ctx.state, items, f"failed permanently: {describe(exc)}")
        return {"deadlettered": len(items)}
    ctx.metrics.batch(res)
    if res.leftover:  # out of time: the rest goes back to the queue as a new task
        try:
            _queue(res.leftover)
        except Exception as exc:  # noqa: BLE001 - broker trouble: run the whole batch again later
            return _retry_later(self, what, f"re-queueing {len(res.leftover)} entries: {describe(exc)}", items)
    ctx.state.forget_attempts(attempt_key)
    if res.transient_failure and res.failed:
        # Retry only what was neither written nor dead-lettered; the rest is done.
        done = set(res.written) | set(res.deadlettered) | {i.doc_id for i in res.leftover}
        pending = [i for i in items if i.doc_id not in done]
        if pending:
            return _retry_later(self, what, "; ".join(res.errors[:3]), pending)
    return {
        "indexed": res.indexed,
        "updated": res.updated,
        "duplicates": res.duplicates,
        "failed": res.failed,
        "deadlettered": len(res.deadlettered),
        "requeued": len(res.leftover),
    }


@app.task(name="newswatch.alerts_periodic")
def alerts_periodic() -> dict[str, int]:
    """Threshold and digest rules plus the retry sweep, within the task's time budget."""
    ctx = _ctx()
    if ctx.alerts is None:
        return {"sent": 0, "failed": 0}
    try:
        sent, failed = ctx.alerts.periodic(until=time.monotonic() + BATCH_BUDGET)
    except Exception as exc:  # noqa: BLE001 - beat runs this again in 30 s; one line is enough
        log.warning("alert rules and sweep: %s; again at the next beat (30 s)", describe(exc))
        return {"sent": 0, "failed": 0}
    return {"sent": sent, "failed": failed}


@app.task(name="newswatch.export_health")
def export_health() -> int:
    """Write feed health into the `<prefix>-feeds` index for Kibana."""
    from .health import export_to_es, feed_health

    ctx = _ctx()
    try:
        return export_to_es(ctx.es, settings, feed_health(settings, ctx.feeds, state=ctx.state))
    except Exception as exc:  # noqa: BLE001 - beat runs this again in 5 minutes; one line is enough
        log.warning("feed-health export: %s; again at the next beat (5 min)", describe(exc))
        return 0
