"""Error vocabulary, log redaction, feed health classification."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from worker.errors import Kind, PermanentError, TransientError, classify
from worker.health import classify_feed
from worker.logs import JsonFormatter, redact


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (TransientError("x"), Kind.TRANSIENT),
        (PermanentError("x"), Kind.PERMANENT),
        (httpx.ConnectTimeout("t"), Kind.TRANSIENT),
        (
            httpx.HTTPStatusError("x", request=httpx.Request("GET", "http://x"), response=httpx.Response(503)),
            Kind.TRANSIENT,
        ),
        (
            httpx.HTTPStatusError("x", request=httpx.Request("GET", "http://x"), response=httpx.Response(404)),
            Kind.PERMANENT,
        ),
        (ConnectionRefusedError(), Kind.TRANSIENT),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), Kind.PERMANENT),
        (KeyError("x"), Kind.PERMANENT),
    ],
)
def test_classify(exc: BaseException, kind: Kind) -> None:
    assert classify(exc) is kind


def test_classify_elasticsearch_conflict_is_duplicate() -> None:
    from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
    from elasticsearch import ConflictError

    meta = ApiResponseMeta(
        status=409, http_version="1.1", headers=HttpHeaders(), duration=0.0, node=NodeConfig("http", "localhost", 9200)
    )
    assert classify(ConflictError("conflict", meta, {})) is Kind.DUPLICATE


def test_redact() -> None:
    line = "connecting to http://newswatch:hunter2@es:9200 with password=hunter2 api_key: abc123"
    out = redact(line)
    assert "hunter2" not in out and "abc123" not in out
    assert "newswatch:***@es" in out


def test_json_logs_carry_ids() -> None:
    rec = logging.LogRecord("w", logging.INFO, __file__, 1, "polled %s token=%s", ("heise", "t0k"), None)
    rec.feed_id = "heise"
    out = json.loads(JsonFormatter().format(rec))
    assert out["feed_id"] == "heise" and "t0k" not in out["msg"]


NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def days(counts: dict[int, int]) -> dict[str, str]:
    return {f"day:{(NOW.date() - timedelta(days=d)).isoformat()}": str(n) for d, n in counts.items()}


def test_dead_feed() -> None:
    st = {
        "last_poll": NOW.isoformat(),
        "last_success": (NOW - timedelta(days=3)).isoformat(),
        "error_streak": "5",
        "last_error": "HTTP 404",
    }
    h = classify_feed(st, NOW)
    assert h["status"] == "dead" and h["last_error"] == "HTTP 404"


def test_silent_feed_against_its_usual_rate() -> None:
    st = {
        "last_poll": NOW.isoformat(),
        "last_success": NOW.isoformat(),
        "error_streak": "0",
        "last_new_entry": (NOW - timedelta(days=3)).isoformat(),
        **days({3: 20, 4: 25, 5: 22, 6: 30}),
    }
    assert classify_feed(st, NOW)["status"] == "silent"


def test_quiet_but_normal_feed_is_ok() -> None:
    # A feed that publishes about once every few days is not silent after one quiet day.
    st = {
        "last_poll": NOW.isoformat(),
        "last_success": NOW.isoformat(),
        "error_streak": "0",
        "last_new_entry": (NOW - timedelta(days=1)).isoformat(),
        **days({1: 1, 5: 1, 9: 1}),
    }
    assert classify_feed(st, NOW)["status"] == "ok"


def test_one_failure_is_not_dead() -> None:
    st = {"last_poll": NOW.isoformat(), "last_success": (NOW - timedelta(hours=1)).isoformat(), "error_streak": "1"}
    assert classify_feed(st, NOW)["status"] == "ok"
    assert classify_feed({}, NOW)["status"] == "never"


def test_json_logs_inside_a_task_carry_the_task_id() -> None:
    from celery import Celery

    from worker.logs import TaskContext

    app = Celery("t", broker="memory://")
    seen: dict[str, object] = {}

    @app.task(bind=True)
    def t(self):  # type: ignore[no-untyped-def]
        rec = logging.LogRecord("w", logging.INFO, __file__, 1, "inside", (), None)
        TaskContext().filter(rec)
        seen.update(json.loads(JsonFormatter().format(rec)))

    t.apply(task_id="abc-123")
    assert seen["task_id"] == "abc-123" and str(seen["task_name"]).endswith(".t")


def test_language_subfields_only_when_available() -> None:
    from worker.index import template_body

    core = template_body("articles", "news")
    assert "de" not in core["template"]["mappings"]["properties"]["text"].get("fields", {})
    full = template_body("articles", "news", language_analyzers=True)
    fields = full["template"]["mappings"]["properties"]["text"]["fields"]
    assert fields["de"] == {"type": "text", "analyzer": "german"} and "en" in fields
    assert full["template"]["mappings"]["properties"]["title"]["fields"]["keyword"]["type"] == "keyword"
