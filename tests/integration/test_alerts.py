"""Alerts against a real SMTP server (aiosmtpd) and a real HTTP receiver on loopback."""

from __future__ import annotations

import email
import email.policy
import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.conftest import ROOT
from tests.integration.conftest import Reply, Site, page, rss, wait_for
from worker.alerts import AlertEngine, load_alerts, verify
from worker.config import FeedsFile, Settings
from worker.index import bulk_write
from worker.runner import run_once

SECRET = "test-hook-secret"
DEEPSEEK = [
    "Die italienische Datenschutzbehörde hat die App des chinesischen KI-Anbieters DeepSeek gesperrt. Die Behörde "
    "begründet den Schritt mit Verstößen gegen die DSGVO: Das Unternehmen habe nicht erklärt, welche Daten es sammle.",
    "DeepSeek hatte mit seinem Sprachmodell R1 weltweit Schlagzeilen gemacht und stand in mehreren Ländern an der "
    "Spitze der Download-Charts. Nach der Entscheidung aus Rom ist die App aus den italienischen Stores verschwunden.",
    "Auch andere europäische Aufsichtsbehörden prüfen den Dienst. Der Europäische Datenschutzausschuss will sich in "
    "seiner nächsten Sitzung mit dem Thema befassen, heißt es aus Brüssel.",
]


class Inbox:
    """aiosmtpd handler that keeps every message."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd API
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))  # type: ignore[arg-type]
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    inbox = Inbox()
    port = free_port()
    ctl = Controller(inbox, hostname="127.0.0.1", port=port)
    ctl.start()
    monkeypatch.setenv("NEWSWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("NEWSWATCH_SMTP_PORT", str(port))
    monkeypatch.setenv("NEWSWATCH_SMTP_FROM", "newswatch@test.local")
    yield inbox
    ctl.stop()


@pytest.fixture
def alerting(
    settings: Settings, site: Site, smtp: Inbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, es: Any
) -> Settings:
    """alerts.yaml with an instant webhook+email rule; returns settings pointing at it."""
    monkeypatch.setenv("NEWSWATCH_HOOK_SECRET", SECRET)
    path = tmp_path / "alerts.yaml"
    path.write_text(
        textwrap.dedent(f"""
        channels:
          hook: {{type: webhook, url: "{site.url("/hook")}", secret_env: NEWSWATCH_HOOK_SECRET, timeout: 0.5,
                  headers: {{X-Team: desk}}}}
          mail: {{type: email, to: ["desk@test.local"]}}
        rules:
          - {{id: deepseek-now, name: DeepSeek story, type: instant, match: {{topics_any: [deepseek]}},
              channels: [hook, mail]}}
        delivery: {{deadline: 60, inline_attempts: 3, base_delay: 0.05}}
    """),
        encoding="utf-8",
    )
    monkeypatch.setenv("NEWSWATCH_ALERTS_FILE", str(path))
    return Settings()  # again: the SMTP server's port and the alerts file are in the environment only now


def serve_story(
    site: Site,
    feed: str = "/news.xml",
    link: str = "/a/ds",
    extra: list[dict[str, str]] | None = None,
) -> None:
    site.routes[feed] = Reply(
        rss(
            [
                {"title": "DeepSeek in Italien gesperrt", "link": site.url(link)},
                {"title": "Wetter", "link": site.url("/a/weather"), "summary": "Sonne"},
                *(extra or []),
            ]
        )
    )
    site.routes[link.split("?")[0]] = Reply(page("DeepSeek in Italien gesperrt", DEEPSEEK))


def feeds(site: Site, *paths: str) -> FeedsFile:
    return FeedsFile.model_validate(
        {"defaults": {"timeout": 5}, "feeds": [{"id": p.strip("/").split(".")[0], "url": site.url(p)} for p in paths]}
    )


def hook_posts(site: Site) -> list[tuple[str, str, dict[str, str], bytes]]:
    return [r for r in site.requests if r[0] == "POST" and r[1] == "/hook"]


def ledger(es: Any, s: Settings) -> list[dict[str, Any]]:
    es.indices.refresh(index=s.alerts_index)
    return [h["_source"] for h in es.search(index=s.alerts_index, size=50, sort=[{"created": "asc"}])["hits"]["hits"]]


def test_instant_alert_webhook_and_email(alerting: Settings, site: Site, smtp: Inbox, es: Any) -> None:
    site.routes["/hook"] = Reply(status=200)
    serve_story(site)
    summary = run_once(alerting, feeds(site, "/news.xml"), workers=1)
    assert summary["alerts"] == {"sent": 2, "failed": 0}
    posts = hook_posts(site)
    assert len(posts) == 1
    _, _, headers, body = posts[0]
    assert verify(SECRET, body, headers["X-Newswatch-Signature"])
    assert headers["X-Team"] == "desk" and headers["Idempotency-Key"]
    data = json.loads(body)
    assert data["rule"] == {"id": "deepseek-now", "name": "DeepSeek story", "type": "instant"}
    assert datetime.fromisoformat(data["fired_at"]) <= datetime.now(UTC)
    art = data["articles"][0]
    assert {"id", "url", "title", "source", "published", "lang", "topics", "snippet"} <= set(art)
    assert art["url"] == site.url("/a/ds") and art["lang"] == "de" and "DeepSeek" in art["snippet"]
    assert {t["id"] for t in art["topics"]} >= {"deepseek"}
    assert len(smtp.messages) == 1
    msg = smtp.messages[0]
    assert msg["To"] == "desk@test.local" and "DeepSeek in Italien gesperrt" in msg["Subject"]
    assert msg.get_body(("html",)) is not None and msg.get_body(("plain",)) is not None
    assert "<mark>DeepSeek</mark>" in msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    records = ledger(es, alerting)
    assert sorted(r["channel"] for r in records) == ["hook", "mail"]
    assert all(r["status"] == "sent" and r["attempts"] == 1 for r in records)
    assert records[0]["idempotency_key"] == headers["Idempotency-Key"]


def test_same_story_alerts_once(alerting: Settings, site: Site, smtp: Inbox, es: Any) -> None:
    site.routes["/hook"] = Reply(status=200)
    serve_story(site, "/one.xml", "/a/ds")
    serve_story(site, "/two.xml", "/a/ds?utm_source=other")
    run_once(alerting, feeds(site, "/one.xml", "/two.xml"), workers=2)
    run_once(alerting, feeds(site, "/one.xml", "/two.xml"), workers=1)
    # re-ingested as a changed entry: a new version of the document, but no second alert
    site.routes["/one.xml"] = Reply(
        rss([{"title": "DeepSeek in Italien gesperrt (aktualisiert)", "link": site.url("/a/ds")}])
    )
    summary = run_once(alerting, feeds(site, "/one.xml"), workers=1)
    assert summary["articles"]["updated"] == 1
    assert len(hook_posts(site)) == 1 and len(smtp.messages) == 1


def test_near_duplicate_wire_copy_alerts_once(alerting: Settings, site: Site, smtp: Inbox, es: Any) -> None:
    site.routes["/hook"] = Reply(status=200)
    serve_story(site, "/one.xml", "/a/ds")
    # The same wire story on another site, with a different URL and a slightly different ending.
    site.routes["/two.xml"] = Reply(rss([{"title": "DeepSeek gesperrt (dpa)", "link": site.url("/b/copy")}]))
    site.routes["/b/copy"] = Reply(page("DeepSeek gesperrt (dpa)", [*DEEPSEEK, "Mit Material von dpa."]))
    run_once(alerting, feeds(site, "/one.xml"), workers=1)
    run_once(alerting, feeds(site, "/two.xml"), workers=1)
    es.indices.refresh(index=alerting.articles_alias)
    docs = [
        h["_source"]
        for h in es.search(index=alerting.articles_alias, query={"term": {"topics": "deepseek"}})["hits"]["hits"]
    ]
    assert len(docs) == 2 and docs[0]["story_id"] == docs[1]["story_id"]
    assert len(hook_posts(site)) == 1


def test_write_applied_but_answer_lost_still_alerts_once(
    settings: Settings, alerting: Settings, site: Site, smtp: Inbox, es: Any
) -> None:
    """A bulk the cluster applied after the client gave up comes back as 409s on the retry: the alert is still owed."""
    import redis

    site.routes["/hook"] = Reply(status=200)
    serve_story(site)
    run_once(settings, feeds(site, "/news.xml"), workers=1)  # no alert rules: indexed, nothing sent
    r = redis.Redis.from_url(alerting.redis_url)
    for _ in range(2):
        # What a lost bulk answer leaves: the documents in the index, their entries not marked seen.
        for key in r.scan_iter(f"{alerting.key_prefix}:seen:*"):
            r.delete(key)
        summary = run_once(alerting, feeds(site, "/news.xml"), workers=1)
        assert summary["entries"]["new"] == 2 and summary["articles"]["duplicate"] == 2
    assert len(hook_posts(site)) == 1 and len(smtp.messages) == 1  # the second retry: the ledger said 409


def test_receiver_500_500_200_is_delivered_once(alerting: Settings, site: Site, smtp: Inbox, es: Any) -> None:
    answers = iter([500, 500, 200])
    site.routes["/hook"] = lambda _r: Reply(status=next(answers, 200))
    serve_story(site)
    run_once(alerting, feeds(site, "/news.xml"), workers=1)
    posts = hook_posts(site)
    assert len(posts) == 3 and len({p[2]["Idempotency-Key"] for p in posts}) == 1
    hook = next(r for r in ledger(es, alerting) if r["channel"] == "hook")
    assert (hook["status"], hook["attempts"]) == ("sent", 3)


def test_receiver_400_is_not_retried(alerting: Settings, site: Site, smtp: Inbox, es: Any) -> None:
    site.routes["/hook"] = Reply(status=400)
    serve_story(site)
    summary = run_once(alerting, feeds(site, "/news.xml"), workers=1)
    assert summary["alerts"] == {"sent": 1, "failed": 1}  # the email still went out
    assert len(hook_posts(site)) == 1
    hook = next(r for r in ledger(es, alerting) if r["channel"] == "hook")
    assert hook["status"] == "failed" and hook["attempts"] == 1 and "400" in hook["last_error"]


def test_hanging_receiver_is_retried_until_it_answers(alerting: Settings, site: Site, smtp: Inbox, es: Any) -> None:
    site.routes["/hook"] = Reply(status=200, delay=2)  # longer than the channel's 0.5 s timeout
    serve_story(site)
    run_once(alerting, feeds(site, "/news.xml"), workers=1)
    hook = next(r for r in ledger(es, alerting) if r["channel"] == "hook")
    assert hook["status"] == "retrying" and hook["attempts"] == 3 and "timeout" in hook["last_error"]
    site.routes["/hook"] = Reply(status=200)
    engine = AlertEngine.from_settings(alerting, es=es)
    try:

        def swept() -> bool:
            engine.sweep()
            return next(r for r in ledger(es, alerting) if r["channel"] == "hook")["status"] == "sent"

        assert wait_for(swept, timeout=15, interval=0.3)
    finally:
        engine.close()
    keys = {p[2]["Idempotency-Key"] for p in hook_posts(site)}
    assert len(keys) == 1


def test_deadline_passed_leaves_failed(alerting: Settings, site: Site, smtp: Inbox, es: Any) -> None:
    site.routes["/hook"] = Reply(status=503)
    serve_story(site)
    run_once(alerting, feeds(site, "/news.xml"), workers=1)
    rec_id = next(
        h["_id"] for h in es.search(index=alerting.alerts_index, query={"term": {"channel": "hook"}})["hits"]["hits"]
    )
    past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    es.update(index=alerting.alerts_index, id=rec_id, doc={"deadline": past, "next_attempt": past}, refresh=True)
    engine = AlertEngine.from_settings(alerting, es=es)
    try:
        _, failed = engine.sweep()
    finally:
        engine.close()
    assert failed == 1
    hook = next(r for r in ledger(es, alerting) if r["channel"] == "hook")
    assert hook["status"] == "failed" and "deadline passed" in hook["last_error"]


CRASHER = """
import os, signal, sys
from datetime import UTC, datetime
from worker.alerts import AlertEngine, build_payload
from worker.config import load_settings
from worker.index import make_client
s = load_settings()
es = make_client(s)
engine = AlertEngine.from_settings(s, es=es)
rule = engine.rules[0]
# Die the moment the send succeeded, before the ledger says so: as a worker killed by the OOM killer would.
engine.ledger.update = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
payload = build_payload(rule, [{"id": "x1", "url": "https://n.example/x1", "title": "DeepSeek", "topics": [],
                                "snippet": "DeepSeek"}], datetime.now(UTC))
engine.deliver(rule, "crash-key-1", payload, story_id="x1", article_ids=["x1"])
print("not killed?")
"""


def test_worker_killed_between_send_and_ledger_write(
    alerting: Settings, site: Site, smtp: Inbox, es: Any, tmp_path: Path
) -> None:
    site.routes["/hook"] = Reply(status=200)
    cfg = load_alerts(alerting.alerts_file)
    assert cfg.rules[0].channels == ["hook", "mail"]
    # Only the webhook channel, so the crash happens right after its POST.
    (tmp_path / "hook-only.yaml").write_text(
        alerting.alerts_file.read_text().replace("channels: [hook, mail]", "channels: [hook]"), encoding="utf-8"
    )
    env = {**os.environ, "NEWSWATCH_ALERTS_FILE": str(tmp_path / "hook-only.yaml")}
    proc = subprocess.run(
        [sys.executable, "-c", CRASHER], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == -9, proc.stderr
    assert len(hook_posts(site)) == 1
    [rec] = ledger(es, alerting)
    assert rec["status"] == "pending"  # sent, but the ledger never heard
    engine = AlertEngine(alerting, load_alerts(tmp_path / "hook-only.yaml"), es)
    try:
        sent, _ = engine.sweep(stale_pending=0)
    finally:
        engine.close()
    assert sent == 1
    posts = hook_posts(site)
    assert len(posts) == 2 and {p[2]["Idempotency-Key"] for p in posts} == {"crash-key-1"}  # duplicate, same key
    [rec] = ledger(es, alerting)
    assert rec["status"] == "sent"
    engine2 = AlertEngine(alerting, load_alerts(tmp_path / "hook-only.yaml"), es)
    try:
        assert engine2.sweep(stale_pending=0) == (0, 0)  # nothing left to send: no third copy
    finally:
        engine2.sender.http.close()


def doc(title: str, scores: dict[str, float], ts: datetime, published: datetime | None = None) -> dict[str, Any]:
    return {
        "@timestamp": ts.isoformat(),
        "published": (published or ts).isoformat(),
        "url": f"https://n.example/{title}",
        "canonical_url": f"https://n.example/{title}",
        "feed": {"id": "f", "name": "F", "tags": []},
        "source": {"domain": "n.example"},
        "title": title,
        "text": f"{title} text",
        "summary": "",
        "lang": "en",
        "authors": [],
        "topics": list(scores),
        "topic_scores": scores,
        "topic_details": [
            {"id": t, "score": s, "rules": [], "mention_count": 1, "terms": []} for t, s in scores.items()
        ],
        "mentions": [],
        "content_hash": title,
        "story_id": title,
        "extraction": {"method": "feed", "status": "fallback"},
    }


def engine_with(settings: Settings, es: Any, tmp_path: Path, site: Site, rule: str) -> AlertEngine:
    path = tmp_path / "rules.yaml"
    path.write_text(
        f'channels:\n  hook: {{type: webhook, url: "{site.url("/hook")}"}}\nrules:\n  - {rule}\n'
        "delivery: {deadline: 60, base_delay: 0.05}\n",
        encoding="utf-8",
    )
    return AlertEngine(settings, load_alerts(path), es)


def test_threshold_counts_late_arriving_articles_once_per_window(
    settings: Settings, es: Any, site: Site, tmp_path: Path
) -> None:
    site.routes["/hook"] = Reply(status=200)
    engine = engine_with(
        settings,
        es,
        tmp_path,
        site,
        "{id: spike, type: threshold, count: 3, window: 3600, "
        "match: {topics_any: [export_controls]}, channels: [hook]}",
    )
    now = datetime.now(UTC)
    week_ago = now - timedelta(days=7)  # published long ago, ingested now: counts by ingest time
    items = [("index", f"x{i}", doc(f"x{i}", {"export_controls": 0.9}, now, published=week_ago)) for i in range(2)]
    items.append(("index", "other", doc("other", {"deepseek": 0.9}, now)))
    bulk_write(es, settings.articles_alias, items, refresh=True)
    try:
        assert engine.evaluate_threshold(engine.rules[0]) == (0, 0)  # 2 < 3
        bulk_write(
            es,
            settings.articles_alias,
            [("index", "x2", doc("x2", {"export_controls": 0.8}, now, week_ago))],
            refresh=True,
        )
        assert engine.evaluate_threshold(engine.rules[0]) == (1, 0)
        assert engine.evaluate_threshold(engine.rules[0]) == (0, 0)  # once per window
        bulk_write(
            es,
            settings.articles_alias,
            [("index", "x3", doc("x3", {"export_controls": 0.8}, now, week_ago))],
            refresh=True,
        )
        assert engine.evaluate_threshold(engine.rules[0]) == (0, 0)
    finally:
        engine.close()
    [post] = hook_posts(site)
    body = json.loads(post[3])
    assert body["window"]["count"] == 3 and body["window"]["threshold"] == 3
    assert sorted(a["id"] for a in body["articles"]) == ["x0", "x1", "x2"]


def test_digest_across_time_zone_and_dst_boundary(settings: Settings, es: Any, site: Site, tmp_path: Path) -> None:
    site.routes["/hook"] = Reply(status=200)
    engine = engine_with(
        settings,
        es,
        tmp_path,
        site,
        "{id: daily, type: digest, schedule: '08:00', "
        "timezone: Europe/Berlin, match: {topics_any: [eu_ai, deepseek]}, channels: [hook]}",
    )
    z = UTC
    # Digest due 30 March 2025 08:00 CEST = 06:00 UTC; the previous one was 29 March 08:00 CET = 07:00 UTC.
    docs = {
        "too-early": (datetime(2025, 3, 29, 6, 59, tzinfo=z), {"eu_ai": 0.99}),
        "first": (datetime(2025, 3, 29, 7, 1, tzinfo=z), {"eu_ai": 0.6}),
        "after-utc-midnight": (datetime(2025, 3, 29, 23, 30, tzinfo=z), {"eu_ai": 0.9, "deepseek": 0.7}),
        "just-before": (datetime(2025, 3, 30, 5, 59, tzinfo=z), {"deepseek": 0.8}),
        "too-late": (datetime(2025, 3, 30, 6, 1, tzinfo=z), {"deepseek": 0.99}),
        "off-topic": (datetime(2025, 3, 29, 12, 0, tzinfo=z), {"export_controls": 0.9}),
    }
    bulk_write(
        es, settings.articles_alias, [("index", k, doc(k, sc, ts)) for k, (ts, sc) in docs.items()], refresh=True
    )
    now = datetime(2025, 3, 30, 6, 30, tzinfo=z)
    try:
        assert engine.evaluate_digest(engine.rules[0], now=now) == (1, 0)
        assert engine.evaluate_digest(engine.rules[0], now=now + timedelta(minutes=5)) == (0, 0)
    finally:
        engine.close()
    [post] = hook_posts(site)
    body = json.loads(post[3])
    assert [a["id"] for a in body["articles"]] == ["after-utc-midnight", "just-before", "first"]  # by score
    assert body["digest"]["since"] == "2025-03-29T07:00:00+00:00"
    assert body["digest"]["until"] == "2025-03-30T06:00:00+00:00"
    assert body["digest"]["by_topic"] == {
        "eu_ai": ["after-utc-midnight", "first"],
        "deepseek": ["after-utc-midnight", "just-before"],
    }


def test_instant_rule_with_query_string(settings: Settings, es: Any, site: Site, tmp_path: Path) -> None:
    site.routes["/hook"] = Reply(status=200)
    engine = engine_with(
        settings,
        es,
        tmp_path,
        site,
        "{id: q, type: instant, match: {topics_any: [deepseek], query: 'text:Italien'}, channels: [hook]}",
    )
    from worker.models import Article, TopicResult

    def article(i: str, text: str) -> Article:
        return Article(
            id=i,
            timestamp=datetime.now(UTC),
            url=f"https://n.example/{i}",
            canonical_url=f"https://n.example/{i}",
            feed_id="f",
            source_domain="n.example",
            title=i,
            text=text,
            summary="",
            lang="de",
            authors=[],
            topics=[TopicResult(id="deepseek", score=0.9)],
            content_hash=i,
            story_id=i,
            extraction_method="feed",
            extraction_status="fallback",
        )

    arts = [article("it", "DeepSeek in Italien gesperrt"), article("us", "DeepSeek in den USA beliebt")]
    bulk_write(es, settings.articles_alias, [("index", a.id, a.to_doc()) for a in arts], refresh=True)
    try:
        assert engine.on_indexed({a.id: a.to_doc() for a in arts}) == (1, 0)
    finally:
        engine.close()
    assert [a["id"] for a in json.loads(hook_posts(site)[0][3])["articles"]] == ["it"]
    time.sleep(0)


def _cli(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "worker.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
        timeout=120,
    )


def test_alerts_cli_test_backtest_list(alerting: Settings, site: Site, smtp: Inbox, es: Any) -> None:
    site.routes["/hook"] = Reply(status=200)
    out = _cli(["alerts", "test", "deepseek-now"])
    assert out.returncode == 0, out.stderr
    assert "hook: sent" in out.stdout and "mail: sent" in out.stdout
    body = json.loads(hook_posts(site)[0][3])
    assert body["test"] is True and body["rule"]["id"] == "deepseek-now"
    assert len(smtp.messages) == 1
    assert ledger(es, alerting) == []  # a test send is not an alert
    # backtest over history: two copies of one story and an unrelated article
    serve_story(site, "/one.xml", "/a/ds")
    serve_story(site, "/two.xml", "/a/ds?utm_source=x")
    run_once(
        alerting.model_copy(update={"alerts_file": Path("/nonexistent")}),
        feeds(site, "/one.xml", "/two.xml"),
        workers=1,
    )
    es.indices.refresh(index=alerting.articles_alias)
    bt = _cli(["alerts", "backtest", "deepseek-now", "--since", "1h", "--json"])
    assert bt.returncode == 0, bt.stderr
    fired = json.loads(bt.stdout)
    assert len(fired) == 1 and fired[0]["title"] == "DeepSeek in Italien gesperrt"
    text = _cli(["alerts", "backtest", "deepseek-now", "--since", "1h"])
    assert "would have fired 1 time(s)" in text.stdout and "DeepSeek" in text.stdout
    assert len(hook_posts(site)) == 1  # backtest sends nothing
    assert _cli(["alerts", "backtest", "nope"]).returncode == 2
    # list shows ledger records after a real alert
    run_once(alerting, feeds(site, "/one.xml"), workers=1)  # already seen: no alert
    engine = AlertEngine.from_settings(alerting, es=es)
    try:
        payload = {
            "rule": {"id": "deepseek-now", "name": "DeepSeek story", "type": "instant"},
            "fired_at": datetime.now(UTC).isoformat(),
            "articles": [],
        }
        engine.deliver(engine.rules[0], "list-key", payload, titles=["Listed title"])
    finally:
        engine.close()
    listed = _cli(["alerts", "list"])
    assert listed.returncode == 0 and "deepseek-now" in listed.stdout and "Listed title" in listed.stdout
    assert "sent" in listed.stdout
