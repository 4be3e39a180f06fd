"""CPU per article: `newswatch run --once` against trafilatura alone, side by side in one run.

Serves N real news pages (../shared/corpus, 48 pages cycled under distinct URLs) and 8 feeds on
loopback from this process, then alternates, for each round:
- trafilatura alone: `python -m bench.trafilatura_alone`, one process, the same pages from memory;
- `newswatch run --once --no-alerts` into the real Elasticsearch and Redis (fresh prefixes).
Each command runs in its own cgroup, so its CPU is that of its whole process tree (pool workers,
start-up included); Elasticsearch, Redis and the page server are outside it. Wall time
is from start to exit. The order alternates between rounds, and every figure is reported per
round and as min / median / max, since these 2 cores are shared.

Run: make services && eval "$(scripts/services.sh env)" && python bench/bench_cpu.py [--pages 384 --rounds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_pipeline import BenchSite, bench_env, cleanup, es_count, load_pages  # noqa: E402
from bench.cgroup import machine_busy_seconds, run_measured  # noqa: E402
from bench.common import ROOT  # noqa: E402


def trafilatura_alone(n: int) -> dict[str, Any]:
    """Wall and tree CPU of the baseline process, plus its own loop-only CPU."""
    busy = machine_busy_seconds()
    wall, cpu, out = run_measured(
        "trafilatura", [sys.executable, "-m", "bench.trafilatura_alone", "--pages", str(n)], cwd=ROOT
    )
    others = (machine_busy_seconds() - busy - cpu) / wall
    inner = json.loads(out)
    return {"wall": wall, "cpu": cpu, "loop_cpu": inner["cpu"], "found": inner["found"], "others": others}


def pipeline(tmp: Path, n: int, workers: int | None) -> dict[str, Any]:
    """Wall and tree CPU of one `newswatch run --once`, and what it indexed."""
    env = bench_env(tmp, uuid.uuid4().hex[:8])
    cmd = [sys.executable, "-m", "worker.cli", "run", "--once", "--no-alerts", "--json"]
    if workers:
        cmd += ["--workers", str(workers)]
    try:
        busy = machine_busy_seconds()
        wall, cpu, out = run_measured("pipeline", cmd, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
        others = (machine_busy_seconds() - busy - cpu) / wall
        summary = json.loads(out)
        in_es = es_count(env, f"{env['NEWSWATCH_INDEX_PREFIX']}-articles")
    finally:
        cleanup(env)
    arts = summary["articles"]
    return {"wall": wall, "cpu": cpu, "in_es": in_es, "fallback": arts["feed_fallback"], "others": others}


def prepare_caches(tmp: Path) -> None:
    """Fill the start-up caches (compiled topics, language model) as `newswatch setup` or `check` does after
    installing; otherwise the first round alone pays ~2 s more (profile_cpu.py measures that cold start)."""
    cmd = [sys.executable, "-m", "worker.cli", "check", "--offline"]
    done = subprocess.run(cmd, cwd=ROOT, env=bench_env(tmp, "prep"), capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"`newswatch check --offline` failed before the benchmark:\n{done.stdout}{done.stderr}")


def spread(values: list[float], fmt: str) -> str:
    """min / median / max of a figure over the rounds."""
    return " / ".join(fmt.format(v) for v in (min(values), statistics.median(values), max(values)))


def report(n: int, rounds: list[tuple[dict[str, Any], dict[str, Any]]], args: argparse.Namespace) -> None:
    """Print the Markdown section."""
    print(f"### CPU per article (`python bench/bench_cpu.py --pages {n} --rounds {args.rounds}`)\n")
    print(
        f"{n} real news pages (../shared/corpus, {len(load_pages())} distinct pages cycled under distinct URLs) in "
        f"8 feeds on loopback; {os.cpu_count()} cores. CPU of each command's whole process tree from a cgroup "
        "(Elasticsearch, Redis and the page server outside it); the two commands alternate, one round each. "
        "*Busy outside*: cores the rest of the machine kept busy meanwhile (/proc/stat minus the command's tree: "
        "for `run --once` its Elasticsearch, Redis and page server, for both anyone else's work). The start-up "
        "caches were filled first by `newswatch check --offline`, as `setup` or `check` does after installing.\n"
    )
    print(
        "| round | trafilatura alone: CPU/page (loop only) | wall | busy outside | `run --once`: CPU/article | wall "
        "| busy outside | indexed | CPU ratio | CPU ratio vs loop only | wall speed-up |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    ratio, ratio_loop, speed = [], [], []
    for i, (b, p) in enumerate(rounds, 1):
        ratio.append(p["cpu"] / b["cpu"])
        ratio_loop.append(p["cpu"] / b["loop_cpu"])
        speed.append(b["wall"] / p["wall"])
        print(
            f"| {i} | {b['cpu'] / n * 1000:.1f} ms ({b['loop_cpu'] / n * 1000:.1f} ms) | {b['wall']:.1f} s | "
            f"{b['others']:.2f} | {p['cpu'] / n * 1000:.1f} ms | {p['wall']:.1f} s | {p['others']:.2f} | "
            f"{p['in_es']} ({p['fallback']} from feed text) | "
            f"{ratio[-1]:.2f} | {ratio_loop[-1]:.2f} | {speed[-1]:.2f}× |"
        )
    print(
        f"\nOver {len(rounds)} rounds (min / median / max): CPU ratio {spread(ratio, '{:.2f}')} "
        f"(against the extraction loop alone, without its process start-up: {spread(ratio_loop, '{:.2f}')}); "
        f"wall-clock speed {spread(speed, '{:.2f}×')} of trafilatura alone."
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=384)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--workers", type=int, default=None, help="newswatch --workers (default: its own)")
    args = ap.parse_args()
    site = BenchSite(load_pages(), args.pages)
    rounds = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        site.feeds_yaml(tmp / "feeds.yaml")
        prepare_caches(tmp)
        for r in range(args.rounds):
            if r % 2 == 0:
                b = trafilatura_alone(args.pages)
                p = pipeline(tmp, args.pages, args.workers)
            else:
                p = pipeline(tmp, args.pages, args.workers)
                b = trafilatura_alone(args.pages)
            rounds.append((b, p))
            print(f"round {r + 1}: baseline {b}, pipeline {p}", file=sys.stderr)
    report(args.pages, rounds, args)


if __name__ == "__main__":
    main()
