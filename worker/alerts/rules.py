"""Alert rules: alerts.yaml (channels, rules, delivery) as pydantic models, and what a rule matches.

A rule's `match` block is evaluated two ways that must agree: `matches` on a freshly indexed
document (instant rules, in the worker) and `es_query` against the index (threshold and digest
windows, backtests). `alert_key` gives every alert its stable id; `last_scheduled` the digest times.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..config import load_model, unique_ids
from ..errors import ConfigError


class WebhookChannel(BaseModel):
    """A webhook receiver."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["webhook"]
    url: str
    secret_env: str | None = Field(None, pattern=r"^[A-Z_][A-Z0-9_]*$")
    headers: dict[str, str] = {}
    format: Literal["json", "slack"] = "json"
    timeout: float = Field(10.0, gt=0, le=120)

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if not re.match(r"^https?://", v):
            raise ValueError("must be an http(s) URL")
        return v

    @field_validator("headers")
    @classmethod
    def _headers(cls, v: dict[str, str]) -> dict[str, str]:
        for k, val in v.items():
            if re.search(r"[\r\n]", k + val) or not re.fullmatch(r"[A-Za-z0-9-]+", k):
                raise ValueError(f"invalid header {k!r}")
        return v


class EmailChannel(BaseModel):
    """An email destination (server settings come from NEWSWATCH_SMTP_*)."""

    model_config = ConfigDict(extra="forbid")
    type: Literal["email"]
    to: list[str] = Field(min_length=1)
    subject_prefix: str = "[newswatch]"

    @field_validator("to")
    @classmethod
    def _to(cls, v: list[str]) -> list[str]:
        for addr in v:
            if not re.fullmatch(r"[^@\s,;<>]+@[^@\s,;<>]+", addr):
                raise ValueError(f"not an email address: {addr!r}")
        return v


Channel = WebhookChannel | EmailChannel


class Match(BaseModel):
    """Which articles a rule is about."""

    model_config = ConfigDict(extra="forbid")
    topics_any: list[str] = []
    topics_all: list[str] = []
    min_score: float = Field(0.0, ge=0, le=1)
    languages: list[str] = []
    feeds: list[str] = []
    tags: list[str] = []
    query: str | None = None


class AlertRule(BaseModel):
    """One alert rule."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    name: str = ""
    type: Literal["instant", "threshold", "digest"]
    match: Match = Match()
    channels: list[str] = Field(min_length=1)
    throttle: int = Field(0, ge=0, description="instant: at most one alert per this many seconds (0 = off)")
    realert_on_update: bool = False
    count: int = Field(5, ge=1, description="threshold: articles needed in the window")
    window: int = Field(3600, ge=60, description="threshold: window length in seconds")
    schedule: str = Field("08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="digest: local time HH:MM")
    timezone: str = "UTC"
    max_articles: int = Field(50, ge=1, le=500)
    enabled: bool = True

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {v!r}") from exc
        return v


class Delivery(BaseModel):
    """Retry policy."""

    model_config = ConfigDict(extra="forbid")
    deadline: int = Field(3600, ge=10, description="give up retrying after this many seconds")
    inline_attempts: int = Field(3, ge=1, le=10)
    base_delay: float = Field(0.5, gt=0, le=60)


class AlertsFile(BaseModel):
    """The whole alerts.yaml."""

    model_config = ConfigDict(extra="forbid")
    channels: dict[str, WebhookChannel | EmailChannel] = {}
    rules: list[AlertRule] = []
    delivery: Delivery = Delivery()

    @model_validator(mode="after")
    def _refs(self) -> AlertsFile:
        unique_ids([r.id for r in self.rules], "rule")
        return self


def load_alerts(path: Path, topic_ids: set[str] | None = None) -> AlertsFile:
    """Load alerts.yaml; check that channels and topics it names exist."""
    af: AlertsFile = load_model(path, AlertsFile, {"rules": "rule", "channels": "channel"})
    errors = []
    for r in af.rules:
        for c in r.channels:
            if c not in af.channels:
                errors.append(f"{path.name}: rule {r.id!r}: channels: unknown channel {c!r}")
        if topic_ids is not None:
            for t in r.match.topics_any + r.match.topics_all:
                if t not in topic_ids:
                    errors.append(f"{path.name}: rule {r.id!r}: match: unknown topic {t!r}")
    if errors:
        raise ConfigError("\n".join(errors))
    return af


def alert_key(*parts: str) -> str:
    """A stable alert id from its parts (rule + story, rule + window, rule + digest time)."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def matches(rule: AlertRule, src: dict[str, Any]) -> bool:
    """Does an indexed article's source satisfy a rule's match block (except `query`)?"""
    m = rule.match
    topics = set(src.get("topics", []))
    scores: dict[str, float] = src.get("topic_scores", {})
    if m.topics_any and not topics.intersection(m.topics_any):
        return False
    if m.topics_all and not set(m.topics_all) <= topics:
        return False
    relevant = [scores.get(t, 0.0) for t in (m.topics_any + m.topics_all or list(topics))]
    if m.min_score and (not relevant or max(relevant) < m.min_score):
        return False
    if m.languages and src.get("lang") not in m.languages:
        return False
    feed = src.get("feed") or {}
    if m.feeds and feed.get("id") not in m.feeds:
        return False
    return not (m.tags and not set(feed.get("tags") or []).intersection(m.tags))


def es_query(rule: AlertRule, start: str | None = None, end: str | None = None) -> dict[str, Any]:
    """The rule's match block as an Elasticsearch query, optionally on an ingest-time range."""
    m = rule.match
    f: list[dict[str, Any]] = []
    if m.topics_any:
        f.append({"terms": {"topics": m.topics_any}})
    for t in m.topics_all:
        f.append({"term": {"topics": t}})
    if m.min_score:
        ts = m.topics_any + m.topics_all
        f.append(
            {
                "bool": {
                    "should": [{"range": {f"topic_scores.{t}": {"gte": m.min_score}}} for t in ts],
                    "minimum_should_match": 1,
                }
            }
            if ts
            else {"match_all": {}}
        )
    for key, field in ((m.languages, "lang"), (m.feeds, "feed.id"), (m.tags, "feed.tags")):
        if key:
            f.append({"terms": {field: key}})
    if m.query:
        f.append({"query_string": {"query": m.query, "default_field": "text"}})
    rng = {k: v for k, v in (("gte", start), ("lt", end)) if v}
    if rng:
        f.append({"range": {"@timestamp": rng}})
    return {"bool": {"filter": f}}


def last_scheduled(rule: AlertRule, now: datetime) -> datetime:
    """The most recent scheduled digest instant at or before `now`, in UTC (DST-aware)."""
    from datetime import UTC

    tz = ZoneInfo(rule.timezone)
    hh, mm = map(int, rule.schedule.split(":"))
    local = now.astimezone(tz)
    cand = datetime.combine(local.date(), dtime(hh, mm), tzinfo=tz)
    if cand > local:
        cand = datetime.combine(local.date() - timedelta(days=1), dtime(hh, mm), tzinfo=tz)
    return cand.astimezone(UTC)
