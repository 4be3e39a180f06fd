"""Dead letters: the entries newswatch gave up on, kept with the reason, until an operator acts.

An entry is dead-lettered, never silently dropped, when Elasticsearch refuses it for good (a
mapping error: the rest of its batch is indexed), when its batch was started too often without
finishing (a poison batch that kills or stalls its worker every time), or when a transient
failure outlasted every retry. `newswatch deadletter list` shows them; `newswatch deadletter
retry` runs them through the pipeline again (pipeline.retry_dead_letters) and removes those that
make it into the index.
Records live in Redis under State's ``<prefix>:deadletter`` key.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .models import WorkItem
from .state import State

log = logging.getLogger(__name__)


@dataclass
class DeadLetter:
    """One entry newswatch gave up on."""

    item: WorkItem
    reason: str
    at: str
    attempts: int

    def as_json(self) -> dict[str, Any]:
        """The record as stored and as `deadletter list --json` prints it."""
        e = self.item.entry
        return {
            "id": self.item.doc_id,
            "url": e.link,
            "title": e.title,
            "feed": e.feed_id,
            "reason": self.reason,
            "at": self.at,
            "attempts": self.attempts,
            "item": self.item.to_message(),
        }


def batch_key(items: list[WorkItem]) -> str:
    """A stable name for a batch's content (a re-published batch keeps its name)."""
    return hashlib.sha256("\x1f".join(sorted(i.doc_id for i in items)).encode()).hexdigest()[:24]


def record(state: State, items: list[WorkItem], reason: str) -> None:
    """Dead-letter these entries with the reason (attempts add up over repeated failures)."""
    if not items:
        return
    now = datetime.now(UTC).isoformat()
    known = state.dead_letters([i.doc_id for i in items])  # only these: the list may be long
    records = {}
    for item in items:
        before = json.loads(known[item.doc_id])["attempts"] if item.doc_id in known else 0
        records[item.doc_id] = json.dumps(DeadLetter(item, reason[:500], now, before + 1).as_json(), ensure_ascii=False)
    state.put_dead_letters(records)
    log.warning("dead-lettered %d entr%s: %s", len(items), "y" if len(items) == 1 else "ies", reason[:300])


def load(state: State) -> list[DeadLetter]:
    """Every dead letter, oldest first."""
    out = []
    for raw in state.dead_letters().values():
        rec = json.loads(raw)
        out.append(DeadLetter(WorkItem.from_message(rec["item"]), rec["reason"], rec["at"], int(rec["attempts"])))
    return sorted(out, key=lambda d: d.at)
