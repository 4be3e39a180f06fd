"""The small error vocabulary of the pipeline and the one function mapping library errors onto it.

Stages raise (or let through) library exceptions. Where a failure is handled — the pipeline for
one feed or one article, the Celery task shells for a whole task, the `--once` runner's pool — it
calls `classify` and acts on the kind: retry a transient error, record a permanent one, count a
duplicate. The command line turns what reaches it into one line (worker.console.explain).
"""

from __future__ import annotations

import socket
import ssl
from enum import StrEnum

from .retry import transient_status


class Kind(StrEnum):
    """What a failure means for the caller."""

    TRANSIENT = "transient"
    PERMANENT = "permanent"
    DUPLICATE = "duplicate"


class NewswatchError(Exception):
    """Base class of our own errors; `kind` tells callers what to do."""

    kind: Kind = Kind.PERMANENT

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TransientError(NewswatchError):
    """Worth retrying later: timeouts, 5xx, 429, connection refused, a busy cluster."""

    kind = Kind.TRANSIENT


class PermanentError(NewswatchError):
    """Retrying will not help: 404, blocked address, malformed input, too large."""

    kind = Kind.PERMANENT


class DuplicateError(NewswatchError):
    """The item is already known; nothing to do."""

    kind = Kind.DUPLICATE


class ConfigError(Exception):
    """Invalid configuration; the message names file, entry and field."""


def classify(exc: BaseException) -> Kind:
    """Map any exception from our stages or their libraries onto transient/permanent/duplicate."""
    if isinstance(exc, NewswatchError):
        return exc.kind
    # Imported lazily so the vocabulary stays importable without the heavy clients.
    import httpx
    import redis.exceptions as redis_exc
    from billiard.exceptions import SoftTimeLimitExceeded
    from elastic_transport import ConnectionError as EsConnectionError
    from elastic_transport import ConnectionTimeout as EsTimeout
    from elasticsearch import ApiError, ConflictError

    if isinstance(exc, ConflictError):
        return Kind.DUPLICATE
    if isinstance(exc, SoftTimeLimitExceeded):
        return Kind.TRANSIENT  # the task ran out of time (a slow page): try again, it may be quicker
    if isinstance(exc, ApiError):
        status = int(getattr(exc, "status_code", None) or getattr(getattr(exc, "meta", None), "status", 0) or 0)
        return Kind.TRANSIENT if transient_status(status) else Kind.PERMANENT
    if isinstance(exc, EsConnectionError | EsTimeout):
        return Kind.TRANSIENT
    if isinstance(exc, httpx.HTTPStatusError):
        code = exc.response.status_code
        return Kind.TRANSIENT if transient_status(code) else Kind.PERMANENT
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return Kind.PERMANENT
    if isinstance(exc, httpx.TransportError):
        return Kind.TRANSIENT
    if isinstance(exc, redis_exc.ResponseError) and "OOM" in str(exc):
        return Kind.TRANSIENT  # a full Redis (noeviction) frees up once workers drain the queue
    if isinstance(exc, redis_exc.ConnectionError | redis_exc.TimeoutError):
        return Kind.TRANSIENT
    if isinstance(exc, ssl.SSLError):
        return Kind.PERMANENT
    if isinstance(exc, socket.gaierror):
        return Kind.TRANSIENT
    if isinstance(exc, TimeoutError | ConnectionError):
        return Kind.TRANSIENT
    if isinstance(exc, ValueError | TypeError | UnicodeError):
        return Kind.PERMANENT
    return Kind.TRANSIENT if isinstance(exc, OSError) else Kind.PERMANENT


def interrupted(exc: BaseException) -> bool:
    """True when the work itself was stopped (a Celery task's soft time limit): not a failure of the
    entry at hand, so broad per-entry handlers must let it through to the task shell."""
    from billiard.exceptions import SoftTimeLimitExceeded

    return isinstance(exc, SoftTimeLimitExceeded)


def describe(exc: BaseException) -> str:
    """A short one-line description for logs and state (never includes credentials)."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:300]
