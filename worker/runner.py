"""`newswatch run --once`: one full pass over all feeds, in-process, using every core.

Feeds are polled concurrently on threads (I/O bound); the selected entries are deduplicated
across feeds and processed in batches on a process pool (fetch + extract + match are CPU
bound), each process holding its own clients and compiled matcher, the first batches starting
while later feeds are still being polled. A feed's validators are
saved only after all of its batches were indexed, so an interrupted run loses nothing.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from contextlib import nullcontext
from typing import Any, TypeVar

from elasticsearch import ApiError, TransportError

from .config import Feed, FeedsFile, Settings
from .models import BatchResult, PollResult, WorkItem
from .pipeline import Context, commit_poll, poll, process, summary_dict
from .pool import context

log = logging.getLogger(__name__)
T = TypeVar("T")

_ctx: Context | None = None


def _init(settings: Settings, feeds: FeedsFile, alerts: bool, environ: dict[str, str]) -> None:
    """Process-pool initializer: one Context (clients, matcher) per worker process."""
    global _ctx
    # A forkserver (the fallback, see worker.pool) may have started earlier in this process's life: give
    # workers today's environment (channel secrets named in alerts.yaml are read from it).
    os.environ.update(environ)
    _ctx = Context(settings, feeds, alerts_enabled=alerts)
    # Compiled before the fork (worker.pool, warm.py) and inherited; compiled here only for a changed file.
    _ctx.matcher  # noqa: B018 - ready before the first batch arrives


def _work(items: list[WorkItem]) -> BatchResult:
    """Process-pool task: one batch."""
    assert _ctx is not None
    return process(_ctx, items)


Progress = Callable[[str, int, int], None]


class Pool:
    """The run's process pool, its processes started at once (`with start_pool(...) as pool:`)."""

    def __init__(self, settings: Settings, feeds: FeedsFile, workers: int | None, alerts: bool) -> None:
        # One process more than cores: each spends part of its time waiting on pages, Redis and bulk requests.
        self.size = workers or (os.cpu_count() or 1) + 1
        self.executor = ProcessPoolExecutor(
            max_workers=self.size,
            mp_context=context(settings.topics_file),
            initializer=_init,
            initargs=(settings, feeds, alerts, dict(os.environ)),
        )
        # The first submit starts every process (forked now, before the caller starts any thread) and
        # runs their initializer while the feeds are polled.
        self.ready = [self.executor.submit(_ready) for _ in range(self.size)]

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.executor.shutdown(wait=True)


def start_pool(settings: Settings, feeds: FeedsFile, *, workers: int | None = None, alerts: bool = True) -> Pool:
    """Start the pool for run_once now: call it before starting threads (see worker.pool)."""
    return Pool(settings, feeds, workers, alerts)


def run_once(
    settings: Settings,
    feeds: FeedsFile,
    *,
    workers: int | None = None,
    alerts: bool = True,
    progress: Progress | None = None,
    pool: Pool | None = None,
) -> dict[str, Any]:
    """Poll every enabled feed and process what is new on `pool` (started here when None); return the summary."""
    enabled: list[Feed] = [f for f in feeds.feeds if f.enabled]
    with nullcontext(pool) if pool is not None else start_pool(settings, feeds, workers=workers, alerts=alerts) as p:
        ctx = Context(settings, feeds, alerts_enabled=alerts)
        try:
            return _run(ctx, settings, p, enabled, progress)
        finally:
            ctx.close()


def _run(
    ctx: Context,
    settings: Settings,
    pool: Pool,
    enabled: list[Feed],
    progress: Progress | None,
) -> dict[str, Any]:
    """The body of run_once."""
    report = progress or (lambda stage, done, total: None)
    dispatch = _Dispatch(pool.executor, pool.size, settings.batch_size)
    # The feeds are polled on threads; each feed's new entries go to the pool as soon as it and the feeds
    # before it are in (polling costs this process about as much as extracting a dozen pages).
    with ThreadPoolExecutor(max_workers=min(16, max(1, len(enabled)))) as pollers:
        polling = [pollers.submit(poll, ctx, f) for f in enabled]
        polls = _collect_polls(polling, report, dispatch.add)
    combined, feed_failed = dispatch.finish(report)
    for w in pool.ready:
        w.result()
    if combined.indexed or combined.updated:
        _make_searchable(ctx, settings)
    by_id = {f.id: f for f in enabled}
    for p in polls:
        if p.status == "ok" and p.feed_id in feed_failed:
            continue  # entries failed: keep old validators so the next run sees them again
        commit_poll(ctx, by_id[p.feed_id], p)
    summary = summary_dict(polls, combined)
    summary["errors"] = combined.errors[:50] + [f"{p.feed_id}: {p.error}" for p in polls if p.error][:50]
    summary["degraded_feeds"] = {p.feed_id: p.bozo for p in polls if p.bozo}
    return summary


def _make_searchable(ctx: Context, settings: Settings) -> None:
    """Refresh the articles once at the end, so a `search` right after the run finds what it reported.

    The index refreshes every second while someone searches it (Elasticsearch's default: a shard nobody has
    searched for 30 s skips its periodic refreshes, which spares the node's CPU during ingestion, and the next
    search refreshes first). A loaded node can lag behind that, and a user who reads "2 indexed" and searches
    at once should not get "0 matching". One refresh per run is cheap.
    """
    try:
        ctx.es.indices.refresh(index=settings.articles_alias)
    except (ApiError, TransportError) as exc:  # best effort: the scheduled refresh follows within seconds
        log.warning("refresh after the run failed (%s); new articles appear within seconds", type(exc).__name__)


def _ready() -> bool:
    """Warm-up task: makes the pool start its processes (and run their initializer) right away."""
    return _ctx is not None


def _collect_polls(
    polling: list[Future[PollResult]], report: Progress, each: Callable[[PollResult], None]
) -> list[PollResult]:
    """The feeds' poll results, in feeds.yaml order, each handed to `each` and reported as it comes."""
    polls: list[PollResult] = []
    for i, poll_future in enumerate(polling, 1):
        polls.append(poll_future.result())
        each(polls[-1])
        report("poll", i, len(polling))
    return polls


class _Dispatch:
    """Hands the polled entries to the pool in batches, starting while later feeds are still being polled.

    Feeds arrive in feeds.yaml order, so the same story in two feeds keeps its first occurrence (the
    others count as duplicates) whatever order the polls finish in. Full batches go out at once, except
    for a reserve of the latest entries: once every feed is in, the reserve and the rest are cut by
    `batches`, so the run still ends on small batches and no process is left working alone.
    """

    def __init__(self, pool: ProcessPoolExecutor, workers: int, size: int) -> None:
        self.pool, self.workers, self.size = pool, workers, size
        self.reserve = 2 * workers * size if workers > 1 else 0
        self.taken: set[str] = set()
        self.queue: list[tuple[str, WorkItem]] = []  # polled, not yet submitted, in order
        self.pending: dict[Future[BatchResult], tuple[str, int]] = {}
        self.total = 0

    def add(self, p: PollResult) -> None:
        """One feed's poll: its entries deduplicated against the feeds before it, full batches submitted."""
        keep = []
        for item in p.entries:
            if item.doc_id in self.taken:
                p.duplicates += 1
                continue
            self.taken.add(item.doc_id)
            keep.append(item)
        p.entries = keep
        self.total += len(keep)
        self.queue += [(p.feed_id, item) for item in keep]
        while len(self.queue) - self.reserve >= self.size:
            fid = self.queue[0][0]
            n = 0
            while n < self.size and self.queue[n][0] == fid:  # a batch never mixes feeds
                n += 1
            self._submit(fid, [item for _, item in self.queue[:n]])
            del self.queue[:n]

    def _submit(self, fid: str, batch: list[WorkItem]) -> None:
        try:
            fut = self.pool.submit(_work, batch)
        except BrokenExecutor as exc:  # a process died (killed, out of memory) while feeds were still polled
            fut = Future()
            fut.set_exception(exc)  # counted below like a batch whose process crashed: tried again next run
        self.pending[fut] = (fid, len(batch))

    def finish(self, report: Progress) -> tuple[BatchResult, set[str]]:
        """Submit what is left in shrinking batches, wait for all; the combined result and failed feeds."""
        per_feed: dict[str, list[WorkItem]] = {}
        for fid, item in self.queue:
            per_feed.setdefault(fid, []).append(item)
        self.queue = []
        for fid, batch in batches(per_feed, self.size, self.workers):
            self._submit(fid, batch)
        combined = BatchResult()
        feed_failed: set[str] = set()
        done = 0
        report("articles", 0, self.total)
        while self.pending:
            finished, _ = wait(self.pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                fid, count = self.pending.pop(fut)
                try:
                    res = fut.result()
                except Exception as exc:  # noqa: BLE001 - a crashed worker: keep the feed's validators
                    res = BatchResult(failed=count, errors=[f"worker crashed: {exc!r}"], transient_failure=True)
                if res.failed > len(res.deadlettered):  # dead letters are settled; anything else is tried again
                    feed_failed.add(fid)
                combined.merge(res)
                done += count
                report("articles", done, self.total)
        return combined, feed_failed


def batches(per_feed: dict[str, list[T]], size: int, workers: int) -> list[tuple[str, list[T]]]:
    """Each feed's entries cut into batches, in order, that shrink towards the end of the run.

    Batches of `size` keep bulk requests few; but the pool finishes only when its slowest process
    does, and a last full batch would leave the other processes idle for its whole length. So each
    batch takes at most a 1/(2 x workers) share of what is left ("guided" scheduling): full size
    while there is plenty, down to one entry at the very end. A batch never mixes feeds. With one
    worker there is no one to leave idle: full batches throughout.
    """
    left = sum(len(v) for v in per_feed.values())
    out: list[tuple[str, list[T]]] = []
    for fid, items in per_feed.items():
        i = 0
        while i < len(items):
            # ceil(left / 2w), within [1, size]
            n = size if workers <= 1 else max(1, min(size, -(-left // (2 * workers))))
            out.append((fid, items[i : i + n]))
            i += n
            left -= len(out[-1][1])
    return out


def nothing_done(summary: dict[str, Any]) -> bool:
    """True when the run achieved nothing: every feed failed, or every article failed."""
    feeds = summary["feeds"]
    arts = summary["articles"]
    if feeds["polled"] and feeds["failed"] == feeds["polled"]:
        return True
    return bool(arts["failed"]) and not (arts["indexed"] or arts["updated"] or arts["duplicate"])
