"""The one retry policy: which failures are worth retrying, and how long to wait before the next try.

Fetching, bulk indexing, alert delivery, feed backoff and the Celery task shells all ask here, so
an HTTP status means the same thing everywhere and every wait grows the same way.
"""

from __future__ import annotations

import random
import time

# 408 timeout, 425 too early, 429 too many requests; every 5xx is the server's trouble, not ours.
_TRANSIENT_4XX = frozenset({408, 425, 429})

# The Celery path's clock. With Redis as the broker, a task a worker has taken but not acknowledged
# goes back to the queue VISIBILITY_TIMEOUT seconds after it was taken: that is how the work of a
# worker that died (OOM kill, lost machine) reaches another one. Everything else is sized below it,
# so a live task is never handed out twice:
#   a retry's countdown (the worker holds the message meanwhile)  <= TASK_RETRY_MAX      90 s
#   + the task's run, cut by its hard time limit                  <= TASK_TIME_LIMIT     75 s
#   = 165 s  <  VISIBILITY_TIMEOUT 180 s;  recovery after a death <= 180 s + RESTORE_INTERVAL.
# A batch starts no new page after BATCH_BUDGET (a page takes at most the fetch timeout, 20 s by
# default, plus extraction), re-queues the rest, and so ends well before its soft time limit.
VISIBILITY_TIMEOUT = 180
RESTORE_INTERVAL = 10  # how often workers look for messages of dead workers to put back
TASK_SOFT_TIME_LIMIT = 60
TASK_TIME_LIMIT = 75
BATCH_BUDGET = 30
WRITE_BY = TASK_SOFT_TIME_LIMIT - 10  # writes and inline alerts give up then: a retry or the sweep takes over
TASK_RETRY_BASE = 5  # seconds before the first retry
TASK_RETRY_MAX = 90  # the longest wait between two tries
TASK_MAX_RETRIES = 8  # then the entries become dead letters (worker.deadletter), never silently lost
MAX_DELIVERIES = 4  # a batch started this often without finishing is poison: dead-lettered


def transient_status(code: int) -> bool:
    """True for HTTP statuses that may succeed later: 408, 425, 429 and every 5xx."""
    return code in _TRANSIENT_4XX or code >= 500


def backoff(attempt: int, base: float, cap: float, *, jitter: bool = True) -> float:
    """Seconds to wait before try `attempt + 1`: base·2^(attempt−1), at most `cap`; with jitter a random
    50–100 % of it, so many clients that failed together do not all come back at the same instant."""
    delay = float(min(cap, base * 2 ** max(0, attempt - 1)))
    return delay * random.uniform(0.5, 1.0) if jitter else delay


def sleep_before_retry(attempt: int, base: float, cap: float, retry_after: float | None = None) -> None:
    """Sleep for the backoff of `attempt`, or for the server's Retry-After when it asked for longer (up to `cap`)."""
    wait = backoff(attempt, base, cap)
    if retry_after is not None:
        wait = min(cap, max(wait, retry_after))
    time.sleep(wait)
