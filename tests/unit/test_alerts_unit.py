"""Alert payloads, signatures, email safety and schedules, without any server."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from worker.alerts import AlertRule, EmailChannel, build_payload, last_scheduled, matches, sign, verify
from worker.alerts.channels import render_email, slack_payload


def art(**kw: object) -> dict[str, object]:
    base = {
        "id": "a1",
        "url": "https://news.example/a1",
        "title": "DeepSeek banned",
        "source": "news.example",
        "published": "2025-01-30T10:00:00+00:00",
        "lang": "en",
        "topics": [{"id": "deepseek", "score": 0.9}],
        "snippet": "Italy banned DeepSeek today",
        "terms": ["DeepSeek"],
    }
    base.update(kw)
    return base


RULE = AlertRule(id="r1", name="DeepSeek now", type="instant", channels=["m"])


def test_signature_roundtrip_tamper_and_staleness() -> None:
    body = json.dumps(build_payload(RULE, [art()], datetime(2025, 1, 1, tzinfo=UTC))).encode()
    header = sign("s3cret", body, 1_700_000_000)
    assert header.startswith("t=1700000000,v1=")
    assert verify("s3cret", body, header, now=1_700_000_010)
    assert not verify("s3cret", body + b" ", header, now=1_700_000_010)  # tampered body
    assert not verify("other", body, header, now=1_700_000_010)  # wrong secret
    assert not verify("s3cret", body, header, now=1_700_000_000 + 301)  # stale timestamp
    assert not verify("s3cret", body, "garbage", now=1_700_000_010)


def test_email_escapes_and_blocks_header_injection() -> None:
    evil = art(
        title="Hi\r\nBcc: victim@example.org\r\n<script>alert(1)</script>",
        url="javascript:alert(1)",
        snippet="<img src=x onerror=alert(1)> DeepSeek",
    )
    msg = render_email(
        build_payload(RULE, [evil], datetime.now(UTC)), EmailChannel(type="email", to=["d@e.org"]), "nw@x.org", "key1"
    )
    raw = msg.as_string()
    assert "\nBcc:" not in raw and "\r\nBcc:" not in raw
    assert msg["Bcc"] is None
    html_part = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "<script>" not in html_part and "&lt;script&gt;" in html_part
    assert "<img" not in html_part
    assert "javascript:" not in html_part  # only http(s) links are rendered
    assert "<mark>DeepSeek</mark>" in html_part
    text_part = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Hi Bcc: victim@example.org" in text_part


def test_email_renders_http_links() -> None:
    msg = render_email(
        build_payload(RULE, [art()], datetime.now(UTC)), EmailChannel(type="email", to=["d@e.org"]), "nw@x.org", "k"
    )
    assert 'href="https://news.example/a1"' in msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert msg["Subject"] == "[newswatch] DeepSeek now: DeepSeek banned"


def test_slack_payload() -> None:
    p = slack_payload(build_payload(RULE, [art(title="a <b> | c")], datetime.now(UTC)))
    assert "<https://news.example/a1|a ‹b› ¦ c>" in p["text"]


def test_rule_matching() -> None:
    src = {
        "topics": ["deepseek", "eu_ai"],
        "topic_scores": {"deepseek": 0.8, "eu_ai": 0.6},
        "lang": "de",
        "feed": {"id": "heise", "tags": ["de", "tech"]},
    }
    r = AlertRule.model_validate
    assert matches(
        r({"id": "a", "type": "instant", "channels": ["m"], "match": {"topics_any": ["deepseek"], "min_score": 0.7}}),
        src,
    )
    assert not matches(
        r({"id": "a", "type": "instant", "channels": ["m"], "match": {"topics_any": ["eu_ai"], "min_score": 0.7}}), src
    )
    assert matches(
        r(
            {
                "id": "a",
                "type": "instant",
                "channels": ["m"],
                "match": {"topics_all": ["deepseek", "eu_ai"], "languages": ["de"]},
            }
        ),
        src,
    )
    assert not matches(
        r({"id": "a", "type": "instant", "channels": ["m"], "match": {"topics_any": ["deepseek"], "tags": ["fr"]}}), src
    )
    assert not matches(r({"id": "a", "type": "instant", "channels": ["m"], "match": {"feeds": ["golem"]}}), src)


def test_digest_schedule_across_dst() -> None:
    rule = AlertRule(id="d", type="digest", channels=["m"], schedule="08:00", timezone="Europe/Berlin")
    # Winter (UTC+1): 08:00 Berlin = 07:00 UTC
    assert last_scheduled(rule, datetime(2025, 1, 15, 7, 30, tzinfo=UTC)) == datetime(2025, 1, 15, 7, 0, tzinfo=UTC)
    assert last_scheduled(rule, datetime(2025, 1, 15, 6, 59, tzinfo=UTC)) == datetime(2025, 1, 14, 7, 0, tzinfo=UTC)
    # The night the clocks go forward (30 March 2025): the next 08:00 is 06:00 UTC
    assert last_scheduled(rule, datetime(2025, 3, 30, 6, 30, tzinfo=UTC)) == datetime(2025, 3, 30, 6, 0, tzinfo=UTC)
    # A UTC midnight that is already the next day in Berlin still maps to the right local day
    assert last_scheduled(rule, datetime(2025, 7, 1, 23, 30, tzinfo=UTC)) == datetime(2025, 7, 1, 6, 0, tzinfo=UTC)
