"""How `run --once` starts its pool processes: forked from the warmed-up main process, else a forkserver.

A pool process needs the pipeline imported, trafilatura warmed up, the language model loaded and the
topics compiled (worker.warm): about a second of CPU. Paid once in the main process and inherited by
forked children (copy-on-write), it is paid once per run; a forkserver pays it again in a process of
its own, and imports the pipeline the main process has imported already.

Forking is safe only while this process has no other thread (a thread holding a lock at the fork
leaves that lock held for ever in the child), so `context` forks only then: the CLI starts the pool
before its progress display and the feed pollers start their threads. Otherwise (a caller with
threads of its own, a platform without fork) the pool's processes come from a forkserver that imports
worker.warm itself: they still start clean and warm, only at the cost of that second.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from multiprocessing.context import BaseContext
from pathlib import Path

log = logging.getLogger(__name__)
PRELOAD = ["worker.pipeline", "worker.warm"]


def warm(topics: Path) -> None:
    """Warm this process up for forking the pool: worker.warm imported, the run's topics compiled (idempotent)."""
    import worker.warm  # noqa: F401 - the warm-up itself (garbage collector paused, then frozen), inherited

    _compile(topics)


def context(topics: Path) -> BaseContext:
    """The context to start the pool with: fork after warming this process up, or a forkserver."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        warm(topics)  # nothing left to do when the caller warmed up already (worker.cli's run)
        if threading.active_count() == 1:  # the warm-up started no thread either
            return multiprocessing.get_context("fork")
    log.debug("pool processes start from a forkserver (%d threads running here)", threading.active_count())
    mp = multiprocessing.get_context("forkserver")
    mp.set_forkserver_preload(PRELOAD)
    return mp


def _compile(topics: Path) -> None:
    """The matcher for this run's topics file, compiled before the fork (warm.py compiled the configured one)."""
    from .topics import matcher_for

    try:
        matcher_for(topics)
    except Exception as exc:  # noqa: BLE001 - each pool process compiles it again and reports the error
        log.debug("topics not compiled before the fork: %s", exc)
