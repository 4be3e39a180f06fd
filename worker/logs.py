"""Logging: text or JSON lines on stderr, with secrets redacted."""

from __future__ import annotations

import json
import logging
import re

_SECRET = re.compile(r"(?i)(password|passwd|api[_-]?key|secret|token|authorization)([\"'=: ]+)([^\s\"',&]+)")
_URL_CRED = re.compile(r"(://[^:/@\s]+:)([^@\s]+)(@)")


def redact(text: str) -> str:
    """Mask credentials in a log line (key=value pairs and user:password@ in URLs)."""
    return _URL_CRED.sub(r"\1***\3", _SECRET.sub(r"\1\2***", text))


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with task and feed ids when present."""

    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "msg": redact(record.getMessage()),
        }
        for key in ("task_id", "task_name", "feed_id", "article_id", "rule_id"):
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if record.exc_info:
            out["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(out, ensure_ascii=False)


class RedactingFormatter(logging.Formatter):
    """Plain text with credentials masked."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class TaskContext(logging.Filter):
    """Stamp records with the id and name of the Celery task being executed (if any)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            from celery._state import get_current_task

            task = get_current_task()
        except ImportError:  # pragma: no cover - celery is a dependency, but logs must never fail
            task = None
        if task is not None and getattr(task.request, "id", None) and not hasattr(record, "task_id"):
            record.task_id = task.request.id
            record.task_name = task.name
        return True


# Client libraries that log every request (INFO) and every retry with a traceback (WARNING): an
# operator sees our own one-line account of a failure instead, unless debugging.
CHATTY = ("elastic_transport", "elasticsearch", "urllib3", "httpx", "httpcore", "kombu", "amqp")


def configure(level: int = logging.INFO, *, fmt: str = "text", libraries: bool = False) -> None:
    """Install a text or JSON handler (Settings.log_format); client libraries quiet unless `libraries`."""
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(TaskContext())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.NOTSET if libraries else logging.ERROR)
