"""The delivery ledger: one record per alert and channel in the `<prefix>-alerts` index, and the sweep.

A record is *created* (op_type create) before anything is sent, so a second attempt to alert the
same story, window or digest is a 409 and nothing goes out twice. It holds the payload and its
status: pending → sent, or retrying (with next_attempt) → sent or failed at the deadline. A crash
between sending and marking `sent` leaves it pending; `sweep` re-sends such records, and those due
for a retry, with the same Idempotency-Key: at most a duplicate the receiver can recognise, never a
lost alert. Inline attempts and the retry schedule follow worker.retry.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from ..errors import PermanentError, TransientError, describe
from ..retry import backoff
from .channels import Sender
from .rules import AlertRule, AlertsFile, Channel

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

log = logging.getLogger(__name__)
Status = Literal["pending", "sent", "retrying", "failed"]
INLINE_WAIT_CAP = 5.0  # inline retries happen inside an indexing batch: keep them short
RETRY_WAIT_CAP = 3600.0  # the longest gap between two sweep retries
STALE_PENDING = 60.0  # a record pending this long was left by a crash (a live send takes seconds)
UPDATE_TIMEOUT = 10.0  # a status update that takes longer is left to the sweep


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


class Ledger:
    """Creates, sends and updates ledger records; re-sends what a crash or a failure left behind."""

    def __init__(self, es: Elasticsearch, index: str, config: AlertsFile, sender: Sender) -> None:
        self.es = es
        self.index = index
        self.cfg = config
        self.sender = sender

    def deliver(
        self, rule: AlertRule, key: str, payload: dict[str, Any], *, until: float | None = None, **fields: Any
    ) -> tuple[int, int]:
        """Create one record per channel of the rule (409 = already alerted) and send; returns (sent, failed).

        With `until` (time.monotonic()) nothing waits past it: records are created with only the time
        left, and sending is left to the sweep once it has passed. A record that cannot be created raises
        TransientError (the caller keeps the alert for later: see AlertEngine's backlog).
        """
        from elastic_transport import TransportError
        from elasticsearch import ApiError, ConflictError

        sent = failed = 0
        now = datetime.now(UTC)
        for ch_name in rule.channels:
            ch = self.cfg.channels[ch_name]
            rec_id = f"{key}-{ch_name}"
            record = {
                "@timestamp": now.isoformat(),
                "alert_id": key,
                "rule": payload["rule"],
                "channel": ch_name,
                "channel_type": ch.type,
                "status": "pending",
                "attempts": 0,
                "idempotency_key": key,
                "created": now.isoformat(),
                "updated": now.isoformat(),
                "deadline": (now + timedelta(seconds=self.cfg.delivery.deadline)).isoformat(),
                "payload": payload,
                **{k: _iso(v) for k, v in fields.items()},
            }
            left = None if until is None else until - time.monotonic()
            es = self.es if left is None else self.es.options(request_timeout=max(1.0, left), max_retries=0)
            try:
                es.create(index=self.index, id=rec_id, document=record, refresh=True)
            except ConflictError:
                continue  # this story (or window) already alerted through this channel
            except (TransportError, ApiError) as exc:
                raise TransientError(f"alert ledger unavailable: {describe(exc)}") from exc
            if until is not None and time.monotonic() >= until:
                continue  # out of time: the sweep sends it (a pending record older than STALE_PENDING)
            ok = self._attempt(rec_id, ch, payload, key, attempts_so_far=0, inline=True)
            sent += ok
            failed += not ok
        return sent, failed

    def _attempt(
        self,
        rec_id: str,
        ch: Channel,
        payload: dict[str, Any],
        key: str,
        *,
        attempts_so_far: int,
        inline: bool,
        deadline: datetime | None = None,
    ) -> bool:
        """Try to send now (a few times when inline); record the outcome."""
        d = self.cfg.delivery
        attempts = attempts_so_far
        error = ""
        tries = d.inline_attempts if inline else 1
        for i in range(1, tries + 1):
            attempts += 1
            try:
                self.sender.send(ch, payload, key)
            except PermanentError as exc:
                self.update(rec_id, status="failed", attempts=attempts, last_error=describe(exc))
                log.warning("alert %s failed permanently: %s", rec_id, exc)
                return False
            except TransientError as exc:
                error = describe(exc)
                if i < tries:
                    wait = backoff(i, d.base_delay, INLINE_WAIT_CAP)
                    time.sleep(min(INLINE_WAIT_CAP, max(wait, exc.retry_after or 0.0)))
                continue
            self.update(rec_id, status="sent", attempts=attempts, last_error="", sent_at=datetime.now(UTC).isoformat())
            return True
        return self._schedule_retry(rec_id, attempts, error, deadline)

    def _schedule_retry(self, rec_id: str, attempts: int, error: str, deadline: datetime | None) -> bool:
        """After a transient failure: `retrying` with the next attempt's time, or `failed` past the deadline."""
        now = datetime.now(UTC)
        if deadline is not None and now >= deadline:
            self.update(rec_id, status="failed", attempts=attempts, last_error=f"deadline passed; {error}")
            return False
        delay = backoff(attempts + 1, self.cfg.delivery.base_delay, RETRY_WAIT_CAP)
        nxt = (now + timedelta(seconds=delay)).isoformat()
        self.update(rec_id, status="retrying", attempts=attempts, last_error=error, next_attempt=nxt)
        log.warning("alert %s: %s; retry at %s", rec_id, error, nxt[:19])
        return False

    def update(self, rec_id: str, **doc: Any) -> None:
        """Update a record's fields (and its `updated` time).

        Quickly or not at all: if the cluster cannot take it now, the record keeps its old status and the
        sweep deals with it (a `pending` one is re-sent with the same Idempotency-Key, which receivers
        recognise), rather than an indexing batch waiting minutes on its alerts.
        """
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        doc["updated"] = datetime.now(UTC).isoformat()
        try:
            self.es.options(request_timeout=UPDATE_TIMEOUT, max_retries=1).update(
                index=self.index, id=rec_id, doc=doc, refresh=True
            )
        except (TransportError, ApiError) as exc:
            log.warning("alert %s: ledger not updated (%s); the sweep takes it from here", rec_id, describe(exc))

    def _due(self, now: datetime, stale_pending: float) -> list[dict[str, Any]]:
        """Records due for a retry, and pending ones a crash left behind."""
        due_retry = {
            "filter": [{"term": {"status": "retrying"}}, {"range": {"next_attempt": {"lte": now.isoformat()}}}]
        }
        stale = (now - timedelta(seconds=stale_pending)).isoformat()
        left_pending = {"filter": [{"term": {"status": "pending"}}, {"range": {"updated": {"lte": stale}}}]}
        q = {"bool": {"should": [{"bool": due_retry}, {"bool": left_pending}], "minimum_should_match": 1}}
        resp = self.es.search(index=self.index, query=q, size=200, sort=[{"created": "asc"}])
        return list(resp["hits"]["hits"])

    def sweep(self, *, stale_pending: float = STALE_PENDING, until: float | None = None) -> tuple[int, int]:
        """Re-send records left `pending` by a crash or due for a retry; mark expired ones failed.

        With `until` (a time.monotonic() value), records not reached by then wait for the next sweep.
        """
        now = datetime.now(UTC)
        try:
            hits = self._due(now, stale_pending)
        except Exception as exc:  # noqa: BLE001 - the ledger may not exist yet on a fresh cluster
            log.info("alert sweep skipped: %s", describe(exc))
            return 0, 0
        sent = failed = 0
        for hit in hits:
            if until is not None and time.monotonic() > until:
                break
            src = hit["_source"]
            ch = self.cfg.channels.get(src["channel"])
            deadline = datetime.fromisoformat(src["deadline"])
            if ch is None:
                self.update(hit["_id"], status="failed", last_error=f"channel {src['channel']!r} no longer configured")
                failed += 1
                continue
            if now >= deadline:
                self.update(hit["_id"], status="failed", last_error=f"deadline passed; {src.get('last_error', '')}")
                failed += 1
                continue
            attempts = int(src.get("attempts", 0))
            ok = self._attempt(
                hit["_id"], ch, src["payload"], src["idempotency_key"], attempts_so_far=attempts, inline=False,
                deadline=deadline,
            )  # fmt: skip
            sent += ok
            failed += not ok and src["status"] != "retrying"
        return sent, failed

    def recent(self, size: int = 50) -> list[dict[str, Any]]:
        """The newest records (without payloads)."""
        return recent(self.es, self.index, size)


def recent(es: Elasticsearch, index: str, size: int = 50) -> list[dict[str, Any]]:
    """The newest records of a ledger index (without payloads)."""
    resp = es.search(index=index, size=size, sort=[{"created": "desc"}], source_excludes=["payload"])
    return [h["_source"] for h in resp["hits"]["hits"]]
