"""Where an article's CPU goes: per stage (CPU timers on the real pipeline) and per process (cgroups).

1. Stages. The real stage code — `pipeline.poll` per feed, then `pipeline.process` in batches, against
   the real Elasticsearch and Redis — runs in this one process over N loopback pages, with a CPU timer
   (`time.thread_time`) around every stage function; each stage reports its own CPU, without the
   stages nested in it. One process and no pool: no sampling error and no contention from other
   processes. Not counted here: start-up and the pool (next two parts).
2. Start-up. cgroup CPU of whole process trees: the interpreter alone, the main process's imports,
   those plus the pool's warm-up (worker.warm, done in the main process before it forks the pool),
   and `run --once` over an empty feeds file (everything a run pays before its first article:
   imports, warm-up, topics, checks, starting the pool).
3. The whole tree. cgroup CPU of `run --once` over the same N pages; what part 1 and part 2 do not
   explain is the cost of running on a pool (task and result pickling, contention between processes).

`--cprofile FILE` also writes cProfile statistics (CPU clock) of part 1 for a closer look.
Run: eval "$(scripts/services.sh env)" && python bench/profile_cpu.py [--pages 384]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_pipeline import BenchSite, bench_env, cleanup, load_pages  # noqa: E402
from bench.cgroup import run_measured  # noqa: E402
from bench.common import ROOT  # noqa: E402


class StageTimer:
    """Exclusive CPU per stage: a stage's time minus that of the stages called inside it."""

    def __init__(self) -> None:
        self.cpu: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self._local = threading.local()
        self._lock = threading.Lock()

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """fn, timed as stage `name`."""

        def timed(*args: Any, **kwargs: Any) -> Any:
            stack = self._local.__dict__.setdefault("stack", [])
            stack.append(0.0)
            start = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                elapsed = time.thread_time() - start
                inner = stack.pop()
                if stack:
                    stack[-1] += elapsed
                with self._lock:
                    self.cpu[name] += elapsed - inner
                    self.calls[name] += 1

        return timed


@contextmanager
def patched(timer: StageTimer) -> Iterator[None]:
    """Every stage function replaced by its timed version (and restored afterwards)."""
    import trafilatura

    from worker import extract, index, pipeline, text
    from worker.models import Article
    from worker.topics import Matcher

    targets: list[tuple[Any, str, str]] = [
        (pipeline, "poll", "feed poll: HTTP, bookkeeping"),
        (pipeline, "parse_feed", "feed parse (feedparser)"),
        (pipeline, "select_new", "select new entries (Redis)"),
        (pipeline, "extract_page", "page fetch (HTTP)"),
        (pipeline, "extract", "extraction: our wrapper (fallback rules)"),
        (trafilatura, "bare_extraction", "extraction: trafilatura"),
        (extract, "normalize", "extraction: normalise text"),
        (extract, "detect_lang", "language identification"),
        (text, "detect_lang", "language identification"),
        (pipeline, "build_article", "article record, content hash"),
        (pipeline, "simhash", "SimHash"),
        (pipeline, "story_id", "story id (Redis)"),
        (Matcher, "match", "topic matching"),
        (Article, "to_doc", "document for the index (to_doc)"),
        (pipeline, "bulk_write", "bulk index: request, response"),
        (pipeline, "_count_outcomes", "mark seen (Redis), tallies"),
        (pipeline, "commit_poll", "feed state commit (Redis)"),
        (index, "make_client", "Elasticsearch client"),
    ]
    saved = [(obj, attr, getattr(obj, attr)) for obj, attr, _ in targets if hasattr(obj, attr)]
    for obj, attr, name in targets:
        if hasattr(obj, attr):
            setattr(obj, attr, timer.wrap(name, getattr(obj, attr)))
    try:
        yield
    finally:
        for obj, attr, fn in saved:
            setattr(obj, attr, fn)


def stages(env: dict[str, str], timer: StageTimer, profile: cProfile.Profile | None) -> tuple[int, float]:
    """The pipeline's stages in this process; returns (articles, total CPU seconds of the loop)."""
    os.environ.update(env)
    from worker import pipeline
    from worker.config import load_feeds, load_settings
    from worker.index import make_client, setup

    s = load_settings()
    feeds = load_feeds(s.feeds_file, s)
    es = make_client(s)
    setup(es, s)
    es.close()
    import worker.warm  # noqa: F401 - what a pool process inherits from the warmed-up main process (measured apart)

    ctx = pipeline.Context(s, feeds, alerts_enabled=False)
    ctx.matcher  # noqa: B018 - compiled in worker.warm already (same file), as in a pool process
    ctx.es.cluster.health()  # connections opened before timing, as a warm pool process has them
    done = 0
    cpu = time.process_time()
    with patched(timer):
        if profile:
            profile.enable()
        ser = ctx.es.transport.serializers
        ser.serializers["application/x-ndjson"].dumps = timer.wrap(  # type: ignore[method-assign]
            "bulk index: JSON serialisation", ser.serializers["application/x-ndjson"].dumps
        )
        polls = [pipeline.poll(ctx, f) for f in feeds.feeds]
        for p in polls:
            for i in range(0, len(p.entries), s.batch_size):
                res = pipeline.process(ctx, p.entries[i : i + s.batch_size])
                done += res.indexed
            pipeline.commit_poll(ctx, next(f for f in feeds.feeds if f.id == p.feed_id), p)
        if profile:
            profile.disable()
    cpu = time.process_time() - cpu
    ctx.close()
    return done, cpu


FIXED = "`run --once` over an empty feeds file (the fixed cost of a run)"
COLD = (
    "the same with empty start-up caches (the first run after installing, unless `setup` or `check` ran; "
    "a topics.yaml change empties the topics' part)"
)


def startup(tmp: Path, rounds: int = 3) -> dict[str, float]:
    """Best-of-rounds cgroup CPU of the start-up pieces."""
    empty = tmp / "empty.yaml"
    empty.write_text("feeds: []\n", encoding="utf-8")
    py = sys.executable
    run = [py, "-m", "worker.cli", "run", "--once", "--no-alerts", "--json"]
    cmds = {
        "Python interpreter alone": [py, "-c", "pass"],
        "main process imports (`import worker.cli, worker.runner`)": [py, "-c", "import worker.cli, worker.runner"],
        "the same and the pool's warm-up (`import worker.cli, worker.runner, worker.warm`)": [
            py,
            "-c",
            "import worker.cli, worker.runner, worker.warm",
        ],
        FIXED: run,
        COLD: run,  # the same command, with an empty cache folder below
    }
    out = {}
    for label, cmd in cmds.items():
        best = float("inf")
        for r in range(rounds):
            env = bench_env(tmp, uuid.uuid4().hex[:8])
            env["NEWSWATCH_FEEDS_FILE"] = str(empty)
            if label == COLD:  # a cache folder of its own, empty
                env["XDG_CACHE_HOME"] = str(tmp / f"cold-cache-{r}")
            try:
                best = min(best, run_measured("startup", cmd, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)[1])
            finally:
                cleanup(env)
        out[label] = best
    return out


def whole_tree(tmp: Path) -> float:
    """cgroup CPU of one `run --once` over the benchmark's pages."""
    env = bench_env(tmp, uuid.uuid4().hex[:8])
    try:
        cmd = [sys.executable, "-m", "worker.cli", "run", "--once", "--no-alerts", "--json"]
        return run_measured("tree", cmd, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)[1]
    finally:
        cleanup(env)


def report(n: int, timer: StageTimer, loop_cpu: float, fixed: dict[str, float], tree: float) -> None:
    """Print the Markdown section."""
    print(f"### Where the CPU goes (`python bench/profile_cpu.py --pages {n}`)\n")
    print(
        f"Stages: the real stage functions over {n} loopback pages in one process, each timed with its own "
        "CPU clock (exclusive of the stages it calls).\n"
    )
    print("| stage | CPU per article | share |")
    print("|---|---:|---:|")
    staged = sum(timer.cpu.values())
    rows = [*timer.cpu.items(), ("rest of the loop (pipeline glue, GC, logging)", loop_cpu - staged)]
    for name, cpu in sorted(rows, key=lambda r: -r[1]):
        print(f"| {name} | {cpu / n * 1000:.2f} ms | {cpu / loop_cpu * 100:.1f} % |")
    print(f"| **all stages, one process** | **{loop_cpu / n * 1000:.2f} ms** | |")
    print("\nStart-up (cgroup CPU of the process tree, best of 3):\n")
    print("| what | CPU | per article at this size |")
    print("|---|---:|---:|")
    for label, cpu in fixed.items():
        print(f"| {label} | {cpu * 1000:.0f} ms | {cpu / n * 1000:.2f} ms |")
    start = fixed[FIXED]
    rest = tree - loop_cpu - start
    print(
        f"\nWhole tree, `run --once` over the {n} pages (cgroup): {tree:.2f} s, {tree / n * 1000:.1f} ms per article "
        f"= stages {loop_cpu / n * 1000:.1f} ms + fixed start-up {start / n * 1000:.1f} ms + pool and contention "
        f"{rest / n * 1000:.1f} ms."
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=384)
    ap.add_argument("--cprofile", type=Path, help="write cProfile statistics of the stage run here")
    args = ap.parse_args()
    site = BenchSite(load_pages(), args.pages)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        site.feeds_yaml(tmp / "feeds.yaml")
        fixed = startup(tmp)
        tree = whole_tree(tmp)
        env = bench_env(tmp, uuid.uuid4().hex[:8])
        timer = StageTimer()
        profile = cProfile.Profile(time.process_time) if args.cprofile else None
        try:
            n, loop_cpu = stages(env, timer, profile)
        finally:
            cleanup(env)
    if profile and args.cprofile:
        profile.dump_stats(args.cprofile)
    report(args.pages, timer, loop_cpu, fixed, tree)
    print(f"\n({n} articles indexed by the stage run.)")


if __name__ == "__main__":
    main()
