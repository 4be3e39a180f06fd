"""Alert channels: what webhook and email channels send, and the Sender that delivers one payload.

A webhook gets the JSON payload (or a Slack message) with a stable ``Idempotency-Key`` and, when
the channel names a secret, ``X-Newswatch-Signature: t=<ts>,v1=<HMAC-SHA256 of "<ts>.<body>">``.
An email is multipart text + HTML, every header stripped of CR/LF, article text escaped and only
http(s) links rendered. `Sender.send` raises TransientError (worth retrying) or PermanentError.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import re
import smtplib
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

import httpx

from ..config import Settings, env_secret
from ..errors import PermanentError, TransientError
from ..fetch import retry_after_seconds
from ..logs import redact
from ..retry import transient_status
from .rules import AlertRule, Channel, EmailChannel, WebhookChannel


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


@contextmanager
def smtp_session(s: Settings, timeout: float) -> Iterator[smtplib.SMTP]:
    """A connection to the configured SMTP server, upgraded to TLS and logged in as the settings say."""
    if s.smtp_ssl:
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            s.smtp_host, s.smtp_port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=timeout)
    with smtp:
        smtp.ehlo()
        if s.smtp_starttls and not s.smtp_ssl:
            smtp.starttls(context=ssl.create_default_context())
        if s.smtp_username and s.smtp_password:
            smtp.login(s.smtp_username, s.smtp_password.get_secret_value())
        yield smtp


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
        if transient_status(resp.status_code):
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
            with smtp_session(s, timeout=20) as smtp:
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
