"""How `run --once` cuts the selected entries into pool tasks."""

from __future__ import annotations

import pytest

from worker.runner import batches


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
