"""Alert stage: rules from alerts.yaml, email and webhook channels, and a delivery ledger.

Delivery you can trust:
- Every alert gets a stable id: rule + story (instant), rule + window (threshold), rule +
  scheduled instant (digest). Its ledger record (index `<prefix>-alerts`, one per channel) is
  *created* before sending with `op_type: create`, so a second attempt to alert the same story
  is a 409 and nothing is sent twice; the same story from two feeds shares a story id.
- The record holds the payload. It is marked `sent` after the channel accepted it. A crash
  between sending and that update leaves it `pending`; `sweep` (run by beat and by every
  `run --once`) re-sends pending and retrying records with the same Idempotency-Key: at most a
  duplicate the receiver can recognise, never a lost alert.
- Retries use exponential backoff with jitter on 5xx, 429 and timeouts up to a deadline; a
  4xx is final. After the deadline the record stays `failed` with the last error.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import logging
import random
import re
import smtplib
import ssl
import time
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .config import Settings, env_secret, load_model
from .errors import ConfigError, PermanentError, TransientError, describe
from .logs import redact

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

    from .state import State

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- alerts.yaml


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
        ids = [r.id for r in self.rules]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate rule id(s): {', '.join(sorted(dup))}")
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


# ---------------------------------------------------------------- payloads


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, datetime) else value


def article_payload(src: dict[str, Any], doc_id: str, rule: AlertRule) -> dict[str, Any]:
    """One article as it appears in alert payloads (from an indexed document's source)."""
    wanted = set(rule.match.topics_any + rule.match.topics_all)
    mentions = [m for m in src.get("mentions", []) if not wanted or m.get("topic") in wanted]
    first = mentions[0] if mentions else None
    text = src.get("text") or src.get("summary") or ""
    return {
        "id": doc_id,
        "url": src.get("url"),
        "title": src.get("title"),
        "source": (src.get("source") or {}).get("domain"),
        "feed": (src.get("feed") or {}).get("id"),
        "published": src.get("published"),
        "ingested": src.get("@timestamp"),
        "lang": src.get("lang"),
        "story_id": src.get("story_id"),
        "topics": [{"id": t["id"], "score": t["score"]} for t in src.get("topic_details", [])],
        "snippet": first["snippet"] if first else text[:200],
        "terms": sorted({m["term"] for m in mentions})[:20],
    }


def build_payload(
    rule: AlertRule, articles: list[dict[str, Any]], fired_at: datetime, extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The webhook JSON body (also the source for email rendering)."""
    body: dict[str, Any] = {
        "rule": {"id": rule.id, "name": rule.name or rule.id, "type": rule.type},
        "fired_at": fired_at.isoformat(),
        "articles": articles,
    }
    if extra:
        body.update(extra)
    return body


def sign(secret: str, body: bytes, ts: int) -> str:
    """The X-Newswatch-Signature value: t=<ts>,v1=<hex HMAC-SHA256 of "<ts>.<body>">."""
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def verify(secret: str, body: bytes, header: str, tolerance: int = 300, now: float | None = None) -> bool:
    """Check a signature header (for receivers and tests): valid MAC and fresh timestamp."""
    try:
        parts = dict(p.split("=", 1) for p in header.split(","))
        ts = int(parts["t"])
    except (ValueError, KeyError):
        return False
    if abs((now or time.time()) - ts) > tolerance:
        return False
    expected = sign(secret, body, ts).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


def slack_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """A Slack-compatible message (incoming webhook `text` + blocks)."""
    lines = [f"*{payload['rule']['name']}* ({payload['rule']['type']})"]
    for a in payload["articles"][:20]:
        url = a.get("url") or ""
        safe_title = (a.get("title") or "untitled").replace("|", "¦").replace(">", "›").replace("<", "‹")
        link = f"<{url}|{safe_title}>" if url.startswith(("http://", "https://")) else safe_title
        lines.append(f"• {link} — {a.get('source') or ''}")
    text = "\n".join(lines)
    return {"text": text, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]}


def _one_line(s: str | None) -> str:
    """Collapse CR/LF and other control characters: header injection is impossible by construction."""
    return re.sub(r"[\x00-\x1f\x7f\u2028\u2029]+", " ", s or "").strip()


def _safe_href(url: str | None) -> str | None:
    """Only http(s) links are rendered."""
    return url if url and re.match(r"^https?://", url, re.I) else None


def _highlight_html(snippet: str, terms: list[str]) -> str:
    """Escape the snippet and wrap matched terms in <mark>."""
    out = html.escape(snippet)
    for t in sorted(set(terms), key=len, reverse=True):
        if t:
            out = re.sub(re.escape(html.escape(t)), lambda m: f"<mark>{m.group(0)}</mark>", out)
    return out


def render_email(payload: dict[str, Any], channel: EmailChannel, sender: str, key: str) -> EmailMessage:
    """Multipart text + HTML email for an alert payload."""
    rule = payload["rule"]
    arts = payload["articles"]
    first = _one_line(arts[0].get("title")) if arts else ""
    subject = f"{channel.subject_prefix} {rule['name']}: " + (first if len(arts) == 1 else f"{len(arts)} articles")
    msg = EmailMessage()
    msg["Subject"] = _one_line(subject)[:250]
    msg["From"] = _one_line(sender)
    msg["To"] = ", ".join(_one_line(t) for t in channel.to)
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="newswatch")
    msg["X-Newswatch-Alert"] = _one_line(key)
    text_lines = [f"{rule['name']} ({rule['type']}) fired at {payload['fired_at']}", ""]
    html_parts = [
        f"<h2>{html.escape(rule['name'])}</h2><p>{html.escape(rule['type'])} alert, "
        f"{html.escape(payload['fired_at'])}</p>"
    ]
    for a in arts:
        topics = ", ".join(f"{t['id']} {t['score']:.2f}" for t in a.get("topics", []))
        text_lines += [
            f"* {_one_line(a.get('title'))}",
            f"  {a.get('source') or ''} · {a.get('published') or ''} · {topics}",
            f"  {_one_line(a.get('snippet'))}",
            f"  {a.get('url') or ''}",
            "",
        ]
        href = _safe_href(a.get("url"))
        title = html.escape(_one_line(a.get("title")) or "untitled")
        link = f'<a href="{html.escape(href, quote=True)}">{title}</a>' if href else title
        html_parts.append(
            f"<div style='margin:1em 0'><h3 style='margin:0'>{link}</h3>"
            f"<p style='color:#555;margin:0'>{html.escape(a.get('source') or '')} · "
            f"{html.escape(str(a.get('published') or ''))} · {html.escape(topics)}</p>"
            f"<p>{_highlight_html(a.get('snippet') or '', a.get('terms') or [])}</p></div>"
        )
    msg.set_content("\n".join(text_lines))
    msg.add_alternative("<html><body>" + "".join(html_parts) + "</body></html>", subtype="html")
    return msg


# ---------------------------------------------------------------- sending


class Sender:
    """Sends one payload through one channel; raises Transient/PermanentError."""

    def __init__(self, settings: Settings, http: httpx.Client | None = None) -> None:
        self.s = settings
        self.http = http or httpx.Client(follow_redirects=False)

    def send(self, channel: Channel, payload: dict[str, Any], key: str) -> None:
        """Deliver with the alert's idempotency key."""
        if isinstance(channel, WebhookChannel):
            self._webhook(channel, payload, key)
        else:
            self._email(channel, payload, key)

    def _webhook(self, ch: WebhookChannel, payload: dict[str, Any], key: str) -> None:
        body_obj = slack_payload(payload) if ch.format == "slack" else payload
        body = json.dumps(body_obj, ensure_ascii=False, separators=(",", ":"), default=str).encode()
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "newswatch-alerts/0.1",
            "Idempotency-Key": key,
            **ch.headers,
        }
        if ch.secret_env:
            secret = env_secret(ch.secret_env)
            if not secret:
                raise PermanentError(f"webhook secret variable {ch.secret_env} is not set")
            headers["X-Newswatch-Signature"] = sign(secret, body, int(time.time()))
        try:
            resp = self.http.post(ch.url, content=body, headers=headers, timeout=ch.timeout)
        except httpx.TimeoutException as exc:
            raise TransientError(f"webhook {redact(ch.url)}: timeout, no answer within {ch.timeout:g} s") from exc
        except httpx.TransportError as exc:
            raise TransientError(
                f"webhook {redact(ch.url)} unreachable ({type(exc).__name__}): check the channel's url and the receiver"
            ) from exc
        if resp.status_code >= 500 or resp.status_code in (408, 429):
            from .fetch import retry_after_seconds

            raise TransientError(
                f"webhook {redact(ch.url)} answered {resp.status_code}",
                retry_after=retry_after_seconds(resp.headers.get("retry-after")),
            )
        if resp.status_code >= 300:
            raise PermanentError(f"webhook {redact(ch.url)} answered {resp.status_code}")

    def _email(self, ch: EmailChannel, payload: dict[str, Any], key: str) -> None:
        s = self.s
        msg = render_email(payload, ch, s.smtp_from, key)
        try:
            if s.smtp_ssl:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.smtp_host, s.smtp_port, timeout=20, context=ssl.create_default_context()
                )
            else:
                smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=20)
            with smtp:
                if s.smtp_starttls and not s.smtp_ssl:
                    smtp.starttls(context=ssl.create_default_context())
                if s.smtp_username and s.smtp_password:
                    smtp.login(s.smtp_username, s.smtp_password.get_secret_value())
                smtp.send_message(msg)
        except smtplib.SMTPResponseException as exc:
            if 400 <= exc.smtp_code < 500:
                raise TransientError(f"SMTP {exc.smtp_code}") from exc
            raise PermanentError(f"SMTP {exc.smtp_code}") from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise PermanentError("SMTP refused all recipients") from exc
        except smtplib.SMTPException as exc:
            raise TransientError(f"SMTP server {s.smtp_host}:{s.smtp_port}: {type(exc).__name__}") from exc
        except OSError as exc:
            raise TransientError(
                f"SMTP server {s.smtp_host}:{s.smtp_port} unreachable ({exc.strerror or type(exc).__name__}): "
                "check NEWSWATCH_SMTP_HOST / NEWSWATCH_SMTP_PORT"
            ) from exc


# ---------------------------------------------------------------- the engine


def alert_key(*parts: str) -> str:
    """A stable alert id from its parts."""
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


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
        self.ledger = settings.alerts_index

    @classmethod
    def from_settings(cls, settings: Settings, es: Elasticsearch, state: State | None = None) -> AlertEngine:
        """Engine for the configured alerts file."""
        return cls(settings, load_alerts(settings.alerts_file), es, state)

    def rule(self, rule_id: str) -> AlertRule:
        """A configured rule by id (LookupError naming the known ones otherwise)."""
        for r in self.cfg.rules:
            if r.id == rule_id:
                return r
        known = ", ".join(r.id for r in self.cfg.rules) or "none"
        raise LookupError(f"{self.s.alerts_file.name}: no rule {rule_id!r} (rules: {known})")

    def send_test(self, rule: AlertRule) -> list[tuple[str, str]]:
        """Send a sample alert through each of the rule's channels (not recorded); (channel, outcome) pairs."""
        return send_test(self, rule)

    def backtest(self, rule: AlertRule, since: str, now: datetime | None = None) -> list[dict[str, Any]]:
        """What the rule would have fired over the index history, without sending anything."""
        return backtest(self, rule, since, now)

    # -- matching ---------------------------------------------------------------------

    @staticmethod
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

    def es_query(self, rule: AlertRule, start: str | None = None, end: str | None = None) -> dict[str, Any]:
        """The rule's match block as an Elasticsearch query on ingest time."""
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
        if m.languages:
            f.append({"terms": {"lang": m.languages}})
        if m.feeds:
            f.append({"terms": {"feed.id": m.feeds}})
        if m.tags:
            f.append({"terms": {"feed.tags": m.tags}})
        if m.query:
            f.append({"query_string": {"query": m.query, "default_field": "text"}})
        rng: dict[str, str] = {}
        if start:
            rng["gte"] = start
        if end:
            rng["lt"] = end
        if rng:
            f.append({"range": {"@timestamp": rng}})
        return {"bool": {"filter": f}}

    # -- instant ----------------------------------------------------------------------

    def on_indexed(self, sources: dict[str, dict[str, Any]]) -> tuple[int, int]:
        """Evaluate instant rules on freshly indexed documents (id → source) and deliver; returns (sent, failed)."""
        rules = [r for r in self.cfg.rules if r.enabled and r.type == "instant"]
        if not rules:
            return 0, 0
        query_ok: dict[str, set[str]] = {}
        sent = failed = 0
        for rule in rules:
            hits = [(aid, src) for aid, src in sources.items() if self.matches(rule, src)]
            if rule.match.query and hits:
                query_ok[rule.id] = self._ids_matching_query(rule, [h[0] for h in hits])
                hits = [h for h in hits if h[0] in query_ok[rule.id]]
            for aid, src in hits:
                parts = [rule.id, str(src.get("story_id") or aid)]
                if rule.realert_on_update:
                    parts.append(str(src.get("content_hash")))
                if rule.throttle and self._throttled(rule):
                    continue
                payload = build_payload(rule, [article_payload(src, aid, rule)], datetime.now(UTC))
                s, f = self.deliver(
                    rule,
                    alert_key(*parts),
                    payload,
                    story_id=str(src.get("story_id") or aid),
                    article_ids=[aid],
                    titles=[str(src.get("title") or "")],
                    topics=list(src.get("topics", [])),
                )
                sent += s
                failed += f
        return sent, failed

    def _ids_matching_query(self, rule: AlertRule, ids: list[str]) -> set[str]:
        """Which of these just-indexed articles match the rule's query string (one round trip)."""
        self.es.indices.refresh(index=self.s.articles_alias)
        q = self.es_query(rule)
        q["bool"]["filter"].append({"ids": {"values": ids}})
        resp = self.es.search(index=self.s.articles_alias, query=q, size=len(ids), source=False)
        return {h["_id"] for h in resp["hits"]["hits"]}

    def _throttled(self, rule: AlertRule) -> bool:
        """True when the rule alerted less than `throttle` seconds ago (Redis SET NX EX)."""
        if self.state is None:
            return False
        key = f"{self.state.p}:throttle:{rule.id}"
        return not self.state.r.set(key, "1", nx=True, ex=rule.throttle)

    # -- delivery through the ledger -------------------------------------------------------

    def deliver(self, rule: AlertRule, key: str, payload: dict[str, Any], **fields: Any) -> tuple[int, int]:
        """Create one ledger record per channel (409 = already alerted) and send; returns (sent, failed)."""
        from elasticsearch import ConflictError

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
            try:
                self.es.create(index=self.ledger, id=rec_id, document=record, refresh=True)
            except ConflictError:
                continue  # this story (or window) already alerted through this channel
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
        """Try to send now (a few times when inline); record the outcome in the ledger."""
        d = self.cfg.delivery
        tries = d.inline_attempts if inline else 1
        attempts = attempts_so_far
        error = ""
        for i in range(tries):
            attempts += 1
            try:
                self.sender.send(ch, payload, key)
            except PermanentError as exc:
                self._update(rec_id, status="failed", attempts=attempts, last_error=describe(exc))
                log.warning("alert %s failed permanently: %s", rec_id, exc)
                return False
            except TransientError as exc:
                error = describe(exc)
                if i + 1 < tries:
                    wait = exc.retry_after if exc.retry_after is not None else d.base_delay * 2**i
                    time.sleep(min(5.0, random.uniform(0.5, 1.0) * wait))
                continue
            self._update(rec_id, status="sent", attempts=attempts, last_error="", sent_at=datetime.now(UTC).isoformat())
            return True
        now = datetime.now(UTC)
        if deadline is not None and now >= deadline:
            self._update(rec_id, status="failed", attempts=attempts, last_error=f"deadline passed; {error}")
            return False
        delay = min(3600.0, d.base_delay * 2**attempts) * random.uniform(0.5, 1.0)
        self._update(
            rec_id,
            status="retrying",
            attempts=attempts,
            last_error=error,
            next_attempt=(now + timedelta(seconds=delay)).isoformat(),
        )
        return False

    def _update(self, rec_id: str, **doc: Any) -> None:
        """Update a ledger record."""
        doc["updated"] = datetime.now(UTC).isoformat()
        self.es.update(index=self.ledger, id=rec_id, doc=doc, refresh=True)

    def sweep(self, *, stale_pending: float = 60.0) -> tuple[int, int]:
        """Re-send records left `pending` by a crash or due for a retry; mark expired ones failed."""
        now = datetime.now(UTC)
        q = {
            "bool": {
                "should": [
                    {
                        "bool": {
                            "filter": [
                                {"term": {"status": "retrying"}},
                                {"range": {"next_attempt": {"lte": now.isoformat()}}},
                            ]
                        }
                    },
                    {
                        "bool": {
                            "filter": [
                                {"term": {"status": "pending"}},
                                {"range": {"updated": {"lte": (now - timedelta(seconds=stale_pending)).isoformat()}}},
                            ]
                        }
                    },
                ],
                "minimum_should_match": 1,
            }
        }
        try:
            resp = self.es.search(index=self.ledger, query=q, size=200, sort=[{"created": "asc"}])
        except Exception as exc:  # noqa: BLE001 - the ledger may not exist yet on a fresh cluster
            log.info("alert sweep skipped: %s", describe(exc))
            return 0, 0
        sent = failed = 0
        for hit in resp["hits"]["hits"]:
            src = hit["_source"]
            ch = self.cfg.channels.get(src["channel"])
            deadline = datetime.fromisoformat(src["deadline"])
            if ch is None:
                self._update(hit["_id"], status="failed", last_error=f"channel {src['channel']!r} no longer configured")
                failed += 1
                continue
            if now >= deadline:
                self._update(hit["_id"], status="failed", last_error=f"deadline passed; {src.get('last_error', '')}")
                failed += 1
                continue
            ok = self._attempt(
                hit["_id"],
                ch,
                src["payload"],
                src["idempotency_key"],
                attempts_so_far=int(src.get("attempts", 0)),
                inline=False,
                deadline=deadline,
            )
            sent += ok
            failed += not ok and src["status"] != "retrying"
        return sent, failed

    # -- threshold and digest -------------------------------------------------------------

    def _fetch(self, rule: AlertRule, start: str, end: str, size: int) -> tuple[int, list[dict[str, Any]]]:
        """Count and top articles (by best topic score) in an ingest-time range."""
        resp = self.es.search(
            index=self.s.articles_alias,
            query=self.es_query(rule, start, end),
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
            payload = build_payload(
                rule,
                arts,
                now,
                {
                    "window": {
                        "start": start.isoformat(),
                        "end": end.isoformat(),
                        "count": total,
                        "threshold": rule.count,
                    }
                },
            )
            s, f = self._deliver_window(rule, payload, start, end, arts, key_time=start)
            sent += s
            failed += f
        return sent, failed

    @staticmethod
    def last_scheduled(rule: AlertRule, now: datetime) -> datetime:
        """The most recent scheduled digest instant at or before `now`, in UTC (DST-aware)."""
        tz = ZoneInfo(rule.timezone)
        hh, mm = map(int, rule.schedule.split(":"))
        local = now.astimezone(tz)
        cand = datetime.combine(local.date(), dtime(hh, mm), tzinfo=tz)
        if cand > local:
            cand = datetime.combine(local.date() - timedelta(days=1), dtime(hh, mm), tzinfo=tz)
        return cand.astimezone(UTC)

    def evaluate_digest(self, rule: AlertRule, now: datetime | None = None) -> tuple[int, int]:
        """Send the digest for the latest scheduled instant once: articles since the previous one."""
        now = now or datetime.now(UTC)
        due = self.last_scheduled(rule, now)
        previous = self.last_scheduled(rule, due - timedelta(seconds=1))
        total, arts = self._fetch(rule, previous.isoformat(), due.isoformat(), 500)
        if not arts:
            return 0, 0
        arts.sort(key=lambda a: -max([t["score"] for t in a["topics"]] or [0]))
        arts = arts[: rule.max_articles]
        groups: dict[str, list[str]] = {}
        for a in arts:
            for t in a["topics"]:
                groups.setdefault(t["id"], []).append(a["id"])
        payload = build_payload(
            rule,
            arts,
            now,
            {"digest": {"since": previous.isoformat(), "until": due.isoformat(), "total": total, "by_topic": groups}},
        )
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

    def periodic(self, now: datetime | None = None) -> tuple[int, int]:
        """Everything beat runs: threshold and digest rules, then the retry sweep."""
        sent = failed = 0
        for rule in self.cfg.rules:
            if not rule.enabled:
                continue
            try:
                if rule.type == "threshold":
                    s, f = self.evaluate_threshold(rule, now)
                elif rule.type == "digest":
                    s, f = self.evaluate_digest(rule, now)
                else:
                    continue
            except Exception as exc:  # noqa: BLE001 - one broken rule must not stop the others
                log.error("alert rule %s failed to evaluate: %s", rule.id, describe(exc))
                continue
            sent += s
            failed += f
        s, f = self.sweep()
        return sent + s, failed + f


# ---------------------------------------------------------------- CLI helpers (test, backtest, list)

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


def send_test(engine: AlertEngine, rule: AlertRule) -> list[tuple[str, str]]:
    """Send a sample alert through each of the rule's channels (not recorded); (channel, outcome) pairs."""
    payload = build_payload(
        rule, [dict(SAMPLE, published=datetime.now(UTC).isoformat())], datetime.now(UTC), {"test": True}
    )
    out = []
    for name in rule.channels:
        try:
            engine.sender.send(engine.cfg.channels[name], payload, f"test-{rule.id}-{int(time.time())}")
            out.append((name, "sent"))
        except (TransientError, PermanentError) as exc:
            out.append((name, f"failed: {exc}"))
    return out


def backtest(engine: AlertEngine, rule: AlertRule, since: str, now: datetime | None = None) -> list[dict[str, Any]]:
    """What the rule would have fired over the index history, without sending anything."""
    from .index import parse_since

    now = now or datetime.now(UTC)
    es, alias = engine.es, engine.s.articles_alias
    start = parse_since(since)
    if rule.type == "instant":
        resp = es.search(
            index=alias,
            query=engine.es_query(rule, start),
            size=500,
            sort=[{"@timestamp": "asc"}],
            source_excludes=["text"],
        )
        fired: dict[str, dict[str, Any]] = {}
        for h in resp["hits"]["hits"]:
            src = h["_source"]
            if not engine.matches(rule, src):
                continue
            story = str(src.get("story_id") or h["_id"])
            if story in fired:
                fired[story]["copies"] += 1
                continue
            fired[story] = {"at": src.get("@timestamp"), "copies": 1, **article_payload(src, h["_id"], rule)}
        return list(fired.values())
    if rule.type == "threshold":
        resp = es.search(
            index=alias,
            query=engine.es_query(rule, start),
            size=0,
            aggs={
                "w": {
                    "date_histogram": {
                        "field": "@timestamp",
                        "fixed_interval": f"{rule.window}s",
                        "min_doc_count": rule.count,
                    }
                }
            },
        )
        return [{"at": b["key_as_string"], "count": b["doc_count"]} for b in resp["aggregations"]["w"]["buckets"]]
    out = []
    due = engine.last_scheduled(rule, now)
    earliest = es.search(index=alias, query=engine.es_query(rule, start), size=1, sort=[{"@timestamp": "asc"}])
    if not earliest["hits"]["hits"]:
        return []
    first = datetime.fromisoformat(earliest["hits"]["hits"][0]["_source"]["@timestamp"])
    while due > first:
        prev = engine.last_scheduled(rule, due - timedelta(seconds=1))
        total = es.count(index=alias, query=engine.es_query(rule, prev.isoformat(), due.isoformat()))["count"]
        if total:
            out.append({"at": due.isoformat(), "count": total})
        due = prev
    return list(reversed(out))


def recent(es: Elasticsearch, index: str, size: int = 50) -> list[dict[str, Any]]:
    """The newest ledger records."""
    resp = es.search(index=index, size=size, sort=[{"created": "desc"}], source_excludes=["payload"])
    return [h["_source"] for h in resp["hits"]["hits"]]
