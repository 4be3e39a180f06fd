"""The Celery application: broker, one `conf.update`, queues, and the beat schedule.

Beat schedules every enabled feed at its own interval from feeds.yaml, the periodic alert
evaluation (threshold, digest, retry sweep) and the feed-health export.
"""

from __future__ import annotations

import os
import tempfile
from datetime import timedelta

from celery import Celery
from celery.signals import beat_init, setup_logging, worker_init
from kombu.entity import Queue

from .config import load_feeds, load_settings
from .retry import RESTORE_INTERVAL, TASK_SOFT_TIME_LIMIT, TASK_TIME_LIMIT, VISIBILITY_TIMEOUT

settings = load_settings()
if settings.metrics_port and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    # prometheus_client picks its storage when worker.metrics is imported (with the task modules,
    # before worker_init): set the shared directory first, so the pool's children all report.
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="newswatch-metrics-")
app = Celery("newswatch", broker=settings.redis_url, include=["worker.tasks"])
app.conf.update(
    task_serializer="json",
    accept_content=["json"],
    result_serializer="json",
    task_ignore_result=True,
    task_acks_late=True,  # a task is removed from the queue only after it finished ...
    task_reject_on_worker_lost=True,  # ... and is redelivered if the worker process died mid-way ...
    task_acks_on_timeout=False,  # ... or if it was killed at its hard time limit
    worker_prefetch_multiplier=1,  # slow pages must not sit behind a prefetched backlog
    task_queues=[Queue("poll"), Queue("articles"), Queue("alerts")],
    task_default_queue="articles",
    task_routes={
        "newswatch.poll_feed": {"queue": "poll"},
        "newswatch.process_entries": {"queue": "articles"},
        "newswatch.alerts_periodic": {"queue": "alerts"},
        "newswatch.export_health": {"queue": "poll"},
    },
    # The work of a dead worker comes back after the visibility timeout; worker.retry sizes every
    # other duration below it (see there), so a live task is never handed out twice.
    broker_transport_options={
        "visibility_timeout": VISIBILITY_TIMEOUT,
        "unacked_restore_interval": RESTORE_INTERVAL,
        "unacked_restore_throttle": 1,  # look every interval, not every 10th
    },
    broker_connection_retry_on_startup=True,
    task_time_limit=TASK_TIME_LIMIT,
    task_soft_time_limit=TASK_SOFT_TIME_LIMIT,
    worker_max_memory_per_child=400_000,  # KiB: recycle a process that grew (lxml fragmentation)
    timezone="UTC",
    beat_schedule={},
)


def build_schedule() -> dict[str, dict[str, object]]:
    """One beat entry per enabled feed, plus the alert and health housekeeping."""
    feeds = load_feeds(settings.feeds_file, settings)
    sched: dict[str, dict[str, object]] = {
        f"poll-{f.id}": {
            "task": "newswatch.poll_feed",
            "schedule": timedelta(seconds=f.effective_interval(feeds.defaults)),
            "args": (f.id,),
            "options": {"expires": f.effective_interval(feeds.defaults)},
        }
        for f in feeds.feeds
        if f.enabled
    }
    sched["alerts-periodic"] = {
        "task": "newswatch.alerts_periodic",
        "schedule": timedelta(seconds=30),
        "options": {"expires": 30},
    }
    sched["export-health"] = {
        "task": "newswatch.export_health",
        "schedule": timedelta(seconds=300),
        "options": {"expires": 300},
    }
    return sched


@app.on_after_configure.connect
def _schedule(sender: Celery, **_: object) -> None:
    """Install the beat schedule (only beat reads it)."""
    sender.conf.beat_schedule = build_schedule()


@setup_logging.connect
def _logging(loglevel: str | int | None = None, **_: object) -> None:
    """Our handler instead of Celery's: text or JSON (NEWSWATCH_LOG_FORMAT), task ids, secrets redacted."""
    import logging

    from .logs import configure

    level = logging.getLevelName(loglevel) if isinstance(loglevel, str) else (loglevel or logging.INFO)
    configure(level=level if isinstance(level, int) else logging.INFO, fmt=settings.log_format)


@beat_init.connect
def _poll_at_start(sender: object, **_: object) -> None:
    """Interval schedules first fire one interval after beat starts: poll every feed now instead."""
    feeds = load_feeds(settings.feeds_file, settings)
    for f in feeds.feeds:
        if f.enabled:
            app.send_task("newswatch.poll_feed", args=(f.id,), expires=f.effective_interval(feeds.defaults))


@worker_init.connect
def _warm(sender: object, **_: object) -> None:
    """Warm the worker's main process up once (worker.warm): its prefork children inherit it.

    Without it every child (and every child replacing one recycled by worker_max_memory_per_child)
    imported trafilatura and compiled the topics on its first task: about a second of CPU each.
    """
    import worker.warm  # noqa: F401 - the warm-up itself (the topics of NEWSWATCH_TOPICS_FILE, as the tasks')


@worker_init.connect
def _metrics(sender: object, **_: object) -> None:
    """Serve Prometheus metrics from the worker's main process (NEWSWATCH_METRICS_PORT, 0 = off)."""
    if not settings.metrics_port:
        return
    from .metrics import serve

    serve(settings.metrics_port, settings.redis_url)
