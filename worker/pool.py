"""The forkserver that `run --once` forks its pool processes from, and starting it early.

Its preload (worker.pipeline and worker.warm: imports, language model, compiled topics) takes about
a second of CPU. Started when the pool is created, that second sits on the run's critical path;
`start_early`, called first thing by `newswatch run --once`, lets it overlap the main process's own
start-up (imports, configuration, Elasticsearch and Redis checks). Nothing here imports the pipeline.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver
from multiprocessing.context import ForkServerContext

PRELOAD = ["worker.pipeline", "worker.warm"]


def context() -> ForkServerContext:
    """The forkserver context, with our preload."""
    mp = multiprocessing.get_context("forkserver")
    mp.set_forkserver_preload(PRELOAD)
    return mp


def start_early() -> None:
    """Start the forkserver now (in the background); the pool created later connects to it."""
    context()
    multiprocessing.forkserver.ensure_running()
