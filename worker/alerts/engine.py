"""The alert engine: which rule fires when, orchestrating rules, channels and the ledger.

- instant rules run on each batch of freshly indexed documents (`on_indexed`), once per story;
- threshold rules count matching articles by ingest time in fixed windows and fire once per window;
- digest rules collect the articles since the previous scheduled time (local time zone, DST-aware);
- `periodic` (beat, every 30 s) evaluates threshold and digest rules, then sweeps the ledger.
The command line uses only the public methods: `rule`, `send_test`, `backtest`, `recent`.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..errors import PermanentError, TransientError, describe
from .channels import Sender, article_payload, build_payload
from .ledger import Ledger
from .rules import AlertRule, AlertsFile, alert_key, es_query, last_scheduled, load_alerts, matches

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

    from ..state import State

log = logging.getLogger(__name__)

SAMPLE = {
    "id": "sample",
    "url": "https://example.org/news/sample",
    "title": "Sample: DeepSeek app blocked in Italy",
    "source": "example.org",
    "published": None,
    "lang": "en",
    "topics": [{"id": "deepseek", "score": 0.9}],
    "snippet": "Italy's data protection authority blocked the DeepSeek app, citing the GDPR.",
    "terms": ["DeepSeek"],
}


class AlertEngine:
    """Evaluates rules and delivers through the ledger."""

    def __init__(
        self,
        settings: Settings,
        config: AlertsFile,
        es: Elasticsearch,
        state: State | None = None,
        sender: Sender | None = None,
    ) -> None:
        self.s = settings
        self.cfg = config
        self.es = es
        self.state = state
        self.sender = sender or Sender(settings)
        self.ledger = Ledger(es, settings.alerts_index, config, self.sender)

    @classmethod
    def from_settings(cls, settings: Settings, es: Elasticsearch, state: State | None = None) -> AlertEngine:
        """Engine for the configured alerts file."""
        return cls(settings, load_alerts(settings.alerts_file), es, state)

    def close(self) -> None:
        """Close the channels' HTTP client."""
        self.sender.http.close()

    @property
    def rules(self) -> list[AlertRule]:
        """The configured rules."""
        return self.cfg.rules

    def rule(self, rule_id: str) -> AlertRule:
        """A configured rule by id (LookupError naming the known ones otherwise)."""
        for r in self.cfg.rules:
            if r.id == rule_id:
                return r
        known = ", ".join(r.id for r in self.cfg.rules) or "none"
        raise LookupError(f"{self.s.alerts_file.name}: no rule {rule_id!r} (rules: {known})")

    def deliver(
        self, rule: AlertRule, key: str, payload: dict[str, Any], *, until: float | None = None, **fields: Any
    ) -> tuple[int, int]:
        """Deliver one alert through the rule's channels, via the ledger (nothing waits past `until`);
        returns (sent, failed)."""
        return self.ledger.deliver(rule, key, payload, until=until, **fields)

    def sweep(self, *, stale_pending: float = 60.0, until: float | None = None) -> tuple[int, int]:
        """Re-send what a crash or a failure left in the ledger (stopping at `until`, time.monotonic())."""
        return self.ledger.sweep(stale_pending=stale_pending, until=until)

    def recent(self, size: int = 50) -> list[dict[str, Any]]:
        """The newest ledger records."""
        return self.ledger.recent(size)

    # -- instant ----------------------------------------------------------------------

    def on_indexed(self, sources: dict[str, dict[str, Any]], until: float | None = None) -> tuple[int, int]:
        """Evaluate instant rules on freshly indexed documents (id → source) and deliver; returns (sent, failed).

        Nothing waits past `until` (time.monotonic()). An alert whose ledger record cannot be created now
        (Elasticsearch busy) goes to the backlog in Redis, which `periodic` delivers: the documents are
        already indexed, so a retry of the batch would not see them as new again.
        """
        sent = failed = 0
        for rule in (r for r in self.cfg.rules if r.enabled and r.type == "instant"):
            hits = [(aid, src) for aid, src in sources.items() if matches(rule, src)]
            if rule.match.query and hits:
                ok = self._ids_matching_query(rule, [h[0] for h in hits])
                hits = [h for h in hits if h[0] in ok]
            for aid, src in hits:
                story = str(src.get("story_id") or aid)
                parts = [rule.id, story] + ([str(src.get("content_hash"))] if rule.realert_on_update else [])
                if rule.throttle and self.state is not None and not self.state.throttle(rule.id, rule.throttle):
                    continue
                alert = {
                    "rule": rule.id,
                    "key": alert_key(*parts),
                    "payload": build_payload(rule, [article_payload(src, aid, rule)], datetime.now(UTC)),
                    "fields": {"story_id": story, "article_ids": [aid], "titles": [str(src.get("title") or "")],
                               "topics": list(src.get("topics", []))},
                }  # fmt: skip
                s, f = self._deliver_or_defer(rule, alert, until)
                sent += s
                failed += f
        return sent, failed

    def _deliver_or_defer(self, rule: AlertRule, alert: dict[str, Any], until: float | None) -> tuple[int, int]:
        """Deliver one instant alert; if its ledger record cannot be made now, keep it in the backlog."""
        try:
            return self.deliver(rule, alert["key"], alert["payload"], until=until, **alert["fields"])
        except TransientError as exc:
            if self.state is None:
                raise
            self.state.push_alert(json.dumps(alert, ensure_ascii=False, default=str))
            log.warning("alert %s deferred to the backlog: %s", alert["key"], exc)
            return 0, 0

    def deliver_backlog(self, until: float | None = None) -> tuple[int, int]:
        """Deliver alerts deferred by `on_indexed`, oldest first, until one fails again or time runs out."""
        sent = failed = 0
        while self.state is not None and (until is None or time.monotonic() < until):
            raw = self.state.pop_alert()
            if raw is None:
                break
            alert = json.loads(raw)
            try:
                rule = self.rule(alert["rule"])
            except LookupError:
                log.warning("backlog alert %s dropped: rule %r no longer configured", alert["key"], alert["rule"])
                continue
            try:
                s, f = self.deliver(rule, alert["key"], alert["payload"], until=until, **alert["fields"])
            except TransientError:
                self.state.push_alert(raw, front=True)  # still unavailable: keep it first in line
                break
            sent += s
            failed += f
        return sent, failed

    def _ids_matching_query(self, rule: AlertRule, ids: list[str]) -> set[str]:
        """Which of these just-indexed articles match the rule's query string (one round trip)."""
        self.es.indices.refresh(index=self.s.articles_alias)
        q = es_query(rule)
        q["bool"]["filter"].append({"ids": {"values": ids}})
        resp = self.es.search(index=self.s.articles_alias, query=q, size=len(ids), source=False)
        return {h["_id"] for h in resp["hits"]["hits"]}

    # -- threshold and digest -------------------------------------------------------------

    def _fetch(self, rule: AlertRule, start: str, end: str, size: int) -> tuple[int, list[dict[str, Any]]]:
        """Count and articles in an ingest-time range."""
        resp = self.es.search(
            index=self.s.articles_alias,
            query=es_query(rule, start, end),
            size=size,
            track_total_hits=True,
            sort=[{"@timestamp": "asc"}],
        )
        total = resp["hits"]["total"]["value"]
        arts = [article_payload(h["_source"], h["_id"], rule) for h in resp["hits"]["hits"]]
        return int(total), arts

    def evaluate_threshold(self, rule: AlertRule, now: datetime | None = None) -> tuple[int, int]:
        """Fire once per window when at least `count` matching articles were ingested in it."""
        now = now or datetime.now(UTC)
        w = rule.window
        current = int(now.timestamp()) // w * w
        sent = failed = 0
        # The previous window too: articles ingested just before its end are counted after it closed.
        for start_ts in (current - w, current):
            start = datetime.fromtimestamp(start_ts, UTC)
            end = datetime.fromtimestamp(start_ts + w, UTC)
            total, arts = self._fetch(rule, start.isoformat(), end.isoformat(), rule.max_articles)
            if total < rule.count:
                continue
            window = {"start": start.isoformat(), "end": end.isoformat(), "count": total, "threshold": rule.count}
            payload = build_payload(rule, arts, now, {"window": window})
            s, f = self._deliver_window(rule, payload, start, end, arts, key_time=start)
            sent += s
            failed += f
        return sent, failed

    def evaluate_digest(self, rule: AlertRule, now: datetime | None = None) -> tuple[int, int]:
        """Send the digest for the latest scheduled instant once: articles since the previous one."""
        now = now or datetime.now(UTC)
        due = last_scheduled(rule, now)
        previous = last_scheduled(rule, due - timedelta(seconds=1))
        total, arts = self._fetch(rule, previous.isoformat(), due.isoformat(), 500)
        if not arts:
            return 0, 0
        arts.sort(key=lambda a: -max([t["score"] for t in a["topics"]] or [0]))
        arts = arts[: rule.max_articles]
        groups: dict[str, list[str]] = {}
        for a in arts:
            for t in a["topics"]:
                groups.setdefault(t["id"], []).append(a["id"])
        digest = {"since": previous.isoformat(), "until": due.isoformat(), "total": total, "by_topic": groups}
        payload = build_payload(rule, arts, now, {"digest": digest})
        return self._deliver_window(rule, payload, previous, due, arts, key_time=due)

    def _deliver_window(
        self,
        rule: AlertRule,
        payload: dict[str, Any],
        start: datetime,
        end: datetime,
        arts: list[dict[str, Any]],
        *,
        key_time: datetime,
    ) -> tuple[int, int]:
        """Deliver a threshold or digest alert: one per rule and window, naming its articles."""
        return self.deliver(
            rule,
            alert_key(rule.id, key_time.isoformat()),
            payload,
            window_start=start,
            window_end=end,
            article_ids=[a["id"] for a in arts],
            titles=[str(a.get("title") or "") for a in arts],
        )

    def periodic(self, now: datetime | None = None, until: float | None = None) -> tuple[int, int]:
        """Everything beat runs: deferred instant alerts, threshold and digest rules, then the retry sweep
        (stopping at `until`)."""
        sent, failed = self.deliver_backlog(until)
        for rule in self.cfg.rules:
            if not rule.enabled or rule.type == "instant":
                continue
            try:
                evaluate = self.evaluate_threshold if rule.type == "threshold" else self.evaluate_digest
                s, f = evaluate(rule, now)
            except Exception as exc:  # noqa: BLE001 - one broken rule must not stop the others
                log.error("alert rule %s failed to evaluate: %s", rule.id, describe(exc))
                continue
            sent += s
            failed += f
        s, f = self.sweep(until=until)
        return sent + s, failed + f

    # -- for the command line: test, backtest -------------------------------------------

    def send_test(self, rule: AlertRule) -> list[tuple[str, str]]:
        """Send a sample alert through each of the rule's channels (not recorded); (channel, outcome) pairs."""
        now = datetime.now(UTC)
        payload = build_payload(rule, [dict(SAMPLE, published=now.isoformat())], now, {"test": True})
        out = []
        for name in rule.channels:
            try:
                self.sender.send(self.cfg.channels[name], payload, f"test-{rule.id}-{int(time.time())}")
                out.append((name, "sent"))
            except (TransientError, PermanentError) as exc:
                out.append((name, f"failed: {exc}"))
        return out

    def backtest(self, rule: AlertRule, since: str, now: datetime | None = None) -> list[dict[str, Any]]:
        """What the rule would have fired over the index history, without sending anything."""
        from ..index import parse_since

        start = parse_since(since)
        if rule.type == "instant":
            return self._backtest_instant(rule, start)
        if rule.type == "threshold":
            return self._backtest_threshold(rule, start)
        return self._backtest_digest(rule, start, now or datetime.now(UTC))

    def _backtest_instant(self, rule: AlertRule, start: str) -> list[dict[str, Any]]:
        """One entry per story the rule would have alerted, with its number of copies."""
        resp = self.es.search(
            index=self.s.articles_alias,
            query=es_query(rule, start),
            size=500,
            sort=[{"@timestamp": "asc"}],
            source_excludes=["text"],
        )
        fired: dict[str, dict[str, Any]] = {}
        for h in resp["hits"]["hits"]:
            src = h["_source"]
            if not matches(rule, src):
                continue
            story = str(src.get("story_id") or h["_id"])
            if story in fired:
                fired[story]["copies"] += 1
                continue
            fired[story] = {"at": src.get("@timestamp"), "copies": 1, **article_payload(src, h["_id"], rule)}
        return list(fired.values())

    def _backtest_threshold(self, rule: AlertRule, start: str) -> list[dict[str, Any]]:
        """The windows in which at least `count` matching articles were ingested."""
        hist = {"field": "@timestamp", "fixed_interval": f"{rule.window}s", "min_doc_count": rule.count}
        resp = self.es.search(
            index=self.s.articles_alias, query=es_query(rule, start), size=0, aggs={"w": {"date_histogram": hist}}
        )
        return [{"at": b["key_as_string"], "count": b["doc_count"]} for b in resp["aggregations"]["w"]["buckets"]]

    def _backtest_digest(self, rule: AlertRule, start: str, now: datetime) -> list[dict[str, Any]]:
        """Each scheduled digest since the first matching article, with its article count."""
        alias = self.s.articles_alias
        earliest = self.es.search(index=alias, query=es_query(rule, start), size=1, sort=[{"@timestamp": "asc"}])
        if not earliest["hits"]["hits"]:
            return []
        first = datetime.fromisoformat(earliest["hits"]["hits"][0]["_source"]["@timestamp"])
        out = []
        due = last_scheduled(rule, now)
        while due > first:
            prev = last_scheduled(rule, due - timedelta(seconds=1))
            total = self.es.count(index=alias, query=es_query(rule, prev.isoformat(), due.isoformat()))["count"]
            if total:
                out.append({"at": due.isoformat(), "count": total})
            due = prev
        return list(reversed(out))
