"""What every command shares on the console: one-line errors, progress, the run summary, start-up.

A failure the user can cause (wrong credentials, a service that is down, a missing or invalid
file) ends a command with one line on stderr that names the cause and what to do, and exit
status 1; the traceback only with ``newswatch --debug``. `explain` is the one place that turns
library exceptions into those lines; `NewswatchGroup` applies it to every command.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .config import FeedsFile, Settings, load_feeds, load_settings
from .errors import ConfigError, NewswatchError
from .logs import redact

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

__all__ = ["Failure", "explain", "fail", "redact", "settings", "with_progress"]

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]


class Failure(Exception):
    """A failure with a message already written for the user."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = 2) -> NoReturn:
    """End the command with one line on stderr (2: usage, 1: a failure)."""
    raise Failure(message, code)


# ---------------------------------------------------------------- settings for this invocation


def settings(**files: Any) -> Settings:
    """Settings from the environment, with the command's file options applied; remembered for `explain`."""
    s = load_settings()
    upd = {f"{k}_file": v for k, v in files.items() if v is not None}
    if upd:
        s = s.model_copy(update=upd)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.find_root().meta["newswatch.settings"] = s
    return s


def _current_settings() -> Settings | None:
    ctx = click.get_current_context(silent=True)
    return ctx.find_root().meta.get("newswatch.settings") if ctx is not None else None


def redis_location(url: str) -> str:
    """A Redis URL without its password."""
    return redact(url)


# ---------------------------------------------------------------- exceptions → one line


def explain(exc: BaseException, s: Settings | None = None) -> str:
    """One line for the user: what failed and what to do about it."""
    import elastic_transport
    import elasticsearch
    import httpx
    import kombu.exceptions
    import redis

    es_url = redact(s.es_url) if s else "NEWSWATCH_ES_URL"
    redis_url = redis_location(s.redis_url) if s else "NEWSWATCH_REDIS_URL"
    if isinstance(exc, Failure | ConfigError):
        return str(exc)
    if isinstance(exc, elasticsearch.AuthenticationException):
        return (
            f"Elasticsearch at {es_url} refused the credentials (401): set NEWSWATCH_ES_USERNAME and "
            "NEWSWATCH_ES_PASSWORD (or NEWSWATCH_ES_API_KEY)"
        )
    if isinstance(exc, elasticsearch.AuthorizationException):
        return (
            f"Elasticsearch at {es_url} denied the request (403): the user needs all privileges on "
            f"'{s.index_prefix if s else 'news'}-*' and the cluster privileges monitor and "
            f"manage_index_templates ({_es_reason(exc)})"
        )
    if isinstance(exc, elasticsearch.NotFoundError) and "index_not_found" in str(exc.error):
        body = exc.body if isinstance(exc.body, dict) else {}
        index = (body.get("error") or {}).get("index", "?") if isinstance(body.get("error"), dict) else "?"
        return (
            f"Elasticsearch at {es_url}: index {index} does not exist: run `newswatch setup` "
            "(or check NEWSWATCH_INDEX_PREFIX)"
        )
    if isinstance(exc, elasticsearch.ApiError):
        return f"Elasticsearch at {es_url} answered {exc.meta.status}: {_es_reason(exc)}"
    if isinstance(exc, elastic_transport.TransportError):
        return (
            f"Elasticsearch unreachable at {es_url} ({_root_cause(exc)}): start it "
            "(scripts/services.sh up) or set NEWSWATCH_ES_URL"
        )
    if isinstance(exc, redis.AuthenticationError) or (
        isinstance(exc, redis.ResponseError) and str(exc).startswith(("NOAUTH", "WRONGPASS"))
    ):
        return f"Redis at {redis_url} refused the credentials: put them in NEWSWATCH_REDIS_URL (redis://user:password@host:port/db)"
    if isinstance(exc, redis.ConnectionError | redis.TimeoutError | kombu.exceptions.OperationalError):
        return (
            f"Redis unreachable at {redis_url} ({_root_cause(exc)}): start it (scripts/services.sh up) "
            "or set NEWSWATCH_REDIS_URL"
        )
    if isinstance(exc, httpx.HTTPError):
        return f"HTTP request failed: {type(exc).__name__}: {redact(str(exc))}"
    if isinstance(exc, FileNotFoundError):
        return f"file not found: {exc.filename or exc}"
    if isinstance(exc, PermissionError):
        return f"permission denied: {exc.filename or exc}"
    if isinstance(exc, NewswatchError):
        return redact(str(exc))
    if isinstance(exc, OSError):
        return f"{type(exc).__name__}: {redact(str(exc))}"
    first = redact(str(exc).splitlines()[0]) if str(exc) else ""
    return f"unexpected error: {type(exc).__name__}: {first} (run `newswatch --debug ...` for the traceback)"


def _es_reason(exc: Any) -> str:
    """The type and reason of an Elasticsearch error body, briefly."""
    body = getattr(exc, "body", None)
    err = body.get("error") if isinstance(body, dict) else None
    if isinstance(err, dict):
        return f"{err.get('type')}: {err.get('reason')}"[:300]
    return str(getattr(exc, "message", exc))[:300]


def _root_cause(exc: BaseException) -> str:
    """The innermost cause, e.g. 'Connection refused' rather than three wrapper classes."""
    seen = 0
    inner: BaseException = exc
    while seen < 10:
        nxt = (
            inner.__cause__
            or inner.__context__
            or next((a for a in getattr(inner, "errors", ()) or () if isinstance(a, BaseException)), None)
        )
        if nxt is None:
            break
        inner, seen = nxt, seen + 1
    text = str(inner)
    for marker in ("Connection refused", "timed out", "Name or service not known", "No route to host"):
        if marker in text or marker in str(exc):
            return marker
    return f"{type(inner).__name__}"


class NewswatchGroup(click.Group):
    """A click group that turns any failure into one line (traceback only with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # The reader went away (`newswatch match --jsonl ... | head`): not a failure to report. Point stdout
            # at /dev/null so the interpreter's last flush does not fail again; exit as a tool killed by SIGPIPE.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(128 + signal.SIGPIPE)
        except Exception as exc:  # noqa: BLE001 - the one place a command's failure becomes a line
            if ctx.meta.get("newswatch.debug"):
                traceback.print_exc()
            code = exc.code if isinstance(exc, Failure) else 1
            click.echo(f"newswatch: {explain(exc, _current_settings())}", err=True)
            sys.exit(code)


# ---------------------------------------------------------------- start-up shared by run, demo, worker


def load_config(s: Settings, *, alerts: bool = True) -> FeedsFile:
    """Validate feeds.yaml, topics.yaml and (when used) alerts.yaml before any work starts."""
    from .topics import load_topics

    feeds = load_feeds(s.feeds_file, s)
    topics = load_topics(s.topics_file)
    if alerts and s.alerts_file.exists():
        from .alerts import load_alerts

        load_alerts(s.alerts_file, topic_ids={t.id for t in topics.topics})
    return feeds


def connect_es(s: Settings, *, install: bool = True) -> Elasticsearch:
    """A client that reached the cluster with these credentials; templates and aliases installed."""
    from .index import check_connection, make_client, setup

    es = make_client(s)
    check_connection(es)
    if install:
        setup(es, s)
    return es


def check_services(s: Settings) -> None:
    """Redis pinged and Elasticsearch reached (templates and aliases installed): the start of `run --once`.

    `run --once` calls it on a thread while it warms up: the checks mostly wait on the services
    (installing a new prefix's indices takes Elasticsearch most of a second), the warm-up is CPU.
    """
    ping_redis(s)
    connect_es(s).close()


def ping_redis(s: Settings) -> None:
    """Fail early (one line) when Redis is unreachable or refuses the credentials."""
    import redis

    client = redis.Redis.from_url(s.redis_url, socket_connect_timeout=3, socket_timeout=5)
    try:
        client.ping()
    finally:
        client.close()


# ---------------------------------------------------------------- progress and the run summary


def with_progress(fn: Callable[[Progress], Any]) -> Any:
    """Run fn(report) with a progress bar on a terminal, periodic lines otherwise."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        last: dict[str, int] = {}

        def plain(stage: str, done: int, total: int) -> None:
            step = max(1, total // 10)
            if done == total or done - last.get(stage, -step) >= step:
                last[stage] = done
                click.echo(f"{stage}: {done}/{total}", err=True)

        return fn(plain)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as prog:
        tasks: dict[str, Any] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = prog.add_task("feeds polled" if stage == "poll" else "articles", total=total)
            prog.update(tasks[stage], completed=done, total=total)

        return fn(report)


def print_summary(summary: dict[str, Any]) -> None:
    """Human summary of a run."""
    f, e, a = summary["feeds"], summary["entries"], summary["articles"]
    click.echo(
        f"feeds:    {f['polled']} polled, {f['ok']} changed, {f['not_modified']} not modified (304), "
        f"{f['failed']} failed, {f['skipped']} backing off, {f['degraded']} degraded"
    )
    click.echo(f"entries:  {e['new']} new, {e['duplicate']} duplicate")
    click.echo(
        f"articles: {a['indexed']} indexed, {a['updated']} updated, {a['duplicate']} duplicate, "
        f"{a['failed']} failed, {a['feed_fallback']} from feed text"
    )
    if a.get("deadlettered"):
        click.echo(f"          {a['deadlettered']} of the failed kept as dead letters: newswatch deadletter list")
    topics = ", ".join(f"{k} {v}" for k, v in summary["topics"].items()) or "none"
    click.echo(f"topics:   {topics}")
    al = summary.get("alerts", {})
    click.echo(f"alerts:   {al.get('sent', 0)} sent, {al.get('failed', 0)} failed")
    for err in summary.get("errors", [])[:10]:
        click.echo(f"  ! {err}", err=True)
