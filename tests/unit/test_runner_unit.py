"""How `run --once` cuts the selected entries into pool tasks."""

from __future__ import annotations

from concurrent.futures import Future
from types import SimpleNamespace

import pytest

from worker.models import BatchResult, PollResult
from worker.runner import _Dispatch, batches


@pytest.mark.parametrize(
    ("sizes", "size", "workers"), [((48,) * 8, 10, 3), ((5, 0, 17), 10, 2), ((1000,), 25, 4), ((3,), 10, 8)]
)
def test_batches_keep_order_and_feeds_and_shrink_at_the_end(sizes: tuple[int, ...], size: int, workers: int) -> None:
    per_feed = {f"f{k}": [(k, i) for i in range(n)] for k, n in enumerate(sizes)}
    out = batches(per_feed, size, workers)
    # Nothing lost, nothing repeated, order kept, and a batch never mixes feeds.
    for fid, items in per_feed.items():
        assert [x for f, b in out if f == fid for x in b] == items
    assert all(b and all(x[0] == int(f[1:]) for x in b) for f, b in out)
    assert all(1 <= len(b) <= size for _, b in out)
    # The last batches are small: the final `workers` batches together hold at most about one full batch.
    assert sum(len(b) for _, b in out[-workers:]) <= max(size, workers)
    assert len(out[-1][1]) == 1
    # ...while the bulk of the work still goes in full batches (few bulk requests).
    total = sum(sizes)
    if total >= 4 * workers * size:
        assert sum(len(b) for _, b in out if len(b) == size) >= total // 2


def test_one_worker_gets_full_batches_and_few_entries_spread_over_many() -> None:
    assert batches({"a": list(range(4)), "b": list(range(12))}, 10, 1) == [
        ("a", [0, 1, 2, 3]),
        ("b", list(range(10))),
        ("b", [10, 11]),
    ]
    assert batches({"a": list(range(4))}, 10, 3) == [("a", [0]), ("a", [1]), ("a", [2]), ("a", [3])]
    assert batches({"a": []}, 10, 3) == []


class _Recorder:
    """An executor that records what is submitted and when (no processes: the batches are only counted)."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def submit(self, fn: object, batch: list[SimpleNamespace]) -> Future[BatchResult]:
        self.batches.append([x.doc_id for x in batch])
        done: Future[BatchResult] = Future()
        done.set_result(BatchResult(indexed=len(batch)))
        return done


def _poll(feed: str, ids: list[str]) -> PollResult:
    return PollResult(feed, "ok", entries=[SimpleNamespace(doc_id=i) for i in ids])  # type: ignore[misc]


def test_dispatch_starts_before_the_last_feed_and_keeps_first_occurrences() -> None:
    """Full batches leave while feeds are still arriving; the story two feeds share is the first feed's."""
    pool = _Recorder()
    d = _Dispatch(pool, workers=2, size=5)  # type: ignore[arg-type]
    a = _poll("a", [f"a{i}" for i in range(30)] + ["shared"])
    d.add(a)
    early = len(pool.batches)
    assert early >= 1 and all(len(b) == 5 for b in pool.batches)  # started before feed b was polled
    b = _poll("b", ["shared"] + [f"b{i}" for i in range(12)])
    d.add(b)
    combined, failed = d.finish(lambda stage, done, total: None)
    sent = [x for batch in pool.batches for x in batch]
    assert sent == [f"a{i}" for i in range(30)] + ["shared"] + [f"b{i}" for i in range(12)]  # once each, in order
    assert (b.duplicates, [e.doc_id for e in b.entries][:1]) == (1, ["b0"])
    assert all(len({x[0] if x != "shared" else "a" for x in batch}) == 1 for batch in pool.batches)  # one feed each
    assert len(pool.batches[-1]) == 1  # the run still ends on a small batch
    assert (combined.indexed, failed) == (43, set())


def test_dispatch_counts_batches_a_broken_pool_refused_as_failed_not_lost() -> None:
    """A pool process killed while feeds are still polled: later batches fail (tried again next run)."""
    from concurrent.futures.process import BrokenProcessPool

    class Breaks(_Recorder):
        def submit(self, fn: object, batch: list[SimpleNamespace]) -> Future[BatchResult]:
            if self.batches:
                raise BrokenProcessPool("a child process terminated abruptly")
            return super().submit(fn, batch)

    d = _Dispatch(Breaks(), workers=2, size=5)  # type: ignore[arg-type]
    d.add(_poll("a", [f"a{i}" for i in range(30)]))
    d.add(_poll("b", [f"b{i}" for i in range(10)]))
    combined, failed = d.finish(lambda stage, done, total: None)
    assert (combined.indexed, combined.failed, failed) == (5, 35, {"a", "b"})
    assert combined.errors and "worker crashed" in combined.errors[0]
