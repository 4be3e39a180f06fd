"""Shared helpers for the benchmarks: timing, loopback site, peak RSS of process trees, an older commit's rules."""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from worker.topics import Matcher

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def matcher_at(ref: str) -> Matcher:
    """A matcher for the topics.yaml of commit `ref` (this tree's code), loaded as `--topics FILE` would be, except
    that a key repeated in one mapping keeps its last value, as YAML did when that commit's rules were measured (the
    loader refuses such files since session 43; commits 338b47a to f4f1140 hold two)."""
    import yaml

    from worker.config import SAFE_LOADER
    from worker.topics import Matcher, load_topics  # here: the other benchmarks need no matcher to start

    text = subprocess.run(
        ["git", "show", f"{ref}:topics.yaml"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    data = yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader, without the repeated-key check
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "topics.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1 << 20), encoding="utf-8")
        return Matcher(load_topics(path))


def best_of(fn, repeat: int = 5, number: int = 200) -> float:  # type: ignore[no-untyped-def]
    """Best mean seconds per call over `repeat` rounds of `number` calls."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - t) / number)
    return best


def descendants(pid: int) -> list[int]:
    """pid and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def hwm_kib(pid: int) -> int:
    """Peak resident set (VmHWM) of one process in KiB, 0 if gone."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class RssWatcher:
    """Samples the peak RSS of every process under a root pid until stopped."""

    def __init__(self, root: int, exclude_root: bool = False) -> None:
        self.root = root
        self.exclude_root = exclude_root
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            for p in descendants(self.root):
                if self.exclude_root and p == self.root:
                    continue
                self.peaks[p] = max(self.peaks.get(p, 0), hwm_kib(p))
            time.sleep(0.2)

    def __enter__(self) -> RssWatcher:
        self._t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._t.join()

    def max_mib(self) -> float:
        return max(self.peaks.values(), default=0) / 1024
