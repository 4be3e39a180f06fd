"""The `newswatch` command line."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

import click

from .config import Settings, load_feeds, load_settings
from .errors import ConfigError, NewswatchError


def _settings(feeds: Path | None = None, alerts: Path | None = None, topics: Path | None = None) -> Settings:
    """Settings from the environment with CLI file overrides."""
    s = load_settings()
    upd: dict[str, Any] = {}
    if feeds:
        upd["feeds_file"] = feeds
    if alerts:
        upd["alerts_file"] = alerts
    if topics:
        upd["topics_file"] = topics
    return s.model_copy(update=upd) if upd else s


def _fail(msg: str, code: int = 2) -> None:
    """Print an error and exit."""
    click.echo(f"newswatch: {msg}", err=True)
    sys.exit(code)


def _setup_logging(verbose: bool) -> None:
    """Text or JSON logs on stderr (NEWSWATCH_LOG_FORMAT)."""
    from .logs import configure

    configure(level=logging.DEBUG if verbose else logging.WARNING)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
@click.version_option(package_name="newswatch")
def main(verbose: bool) -> None:
    """newswatch: monitor news feeds for tracked topics and index them into Elasticsearch."""
    _setup_logging(verbose)


@main.command()
@click.option("--feeds", "feeds_path", type=click.Path(path_type=Path), help="feeds.yaml to check.")
@click.option("--topics", "topics_path", type=click.Path(path_type=Path), help="topics.yaml to check.")
@click.option("--alerts", "alerts_path", type=click.Path(path_type=Path), help="alerts.yaml to check.")
def check(feeds_path: Path | None, topics_path: Path | None, alerts_path: Path | None) -> None:
    """Validate every configuration file and the environment; non-zero exit on any error."""
    errors: list[str] = []
    try:
        s = _settings(feeds_path, alerts_path, topics_path)
    except ConfigError as exc:
        _fail(str(exc), 1)
        return
    from .alerts import load_alerts
    from .topics import Matcher, load_topics

    ok: list[str] = []
    try:
        ff = load_feeds(s.feeds_file, s)
        ok.append(f"{s.feeds_file}: {len(ff.feeds)} feeds ({sum(f.enabled for f in ff.feeds)} enabled)")
    except ConfigError as exc:
        errors.append(str(exc))
    try:
        tf = load_topics(s.topics_file)
        m = Matcher(tf)
        ok.append(f"{s.topics_file}: {len(tf.topics)} topics, {m.term_count} terms")
    except ConfigError as exc:
        errors.append(str(exc))
        tf = None
    if s.alerts_file.exists() or alerts_path:
        try:
            af = load_alerts(s.alerts_file, topic_ids={t.id for t in tf.topics} if tf else None)
            ok.append(f"{s.alerts_file}: {len(af.rules)} rules, {len(af.channels)} channels")
        except ConfigError as exc:
            errors.append(str(exc))
    for line in ok:
        click.echo(f"ok  {line}")
    if errors:
        for e in errors:
            click.echo(e, err=True)
        sys.exit(1)


@main.command()
def setup() -> None:
    """Install index templates and aliases in Elasticsearch (idempotent)."""
    from .index import check_connection, make_client
    from .index import setup as do_setup

    s = _settings()
    es = make_client(s)
    try:
        status = check_connection(es)
        for line in do_setup(es, s):
            click.echo(line)
    except NewswatchError as exc:
        _fail(str(exc), 1)
    click.echo(f"Elasticsearch {s.es_url}: cluster {status}; setup done")


@main.command()
@click.option("--once", is_flag=True, help="One full pass over all feeds, in-process, then exit.")
@click.option("--feeds", "feeds_path", type=click.Path(path_type=Path), help="Feeds file (default feeds.yaml).")
@click.option("--alerts", "alerts_path", type=click.Path(path_type=Path), help="Alerts file (default alerts.yaml).")
@click.option("--no-alerts", is_flag=True, help="Index without evaluating alert rules.")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes (default: cores + 1).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def run(
    once: bool, feeds_path: Path | None, alerts_path: Path | None, no_alerts: bool, workers: int | None, as_json: bool
) -> None:
    """Run the pipeline (use --once; scheduled monitoring is `newswatch worker` + `newswatch beat`)."""
    if not once:
        _fail(
            "use `newswatch run --once` for one pass, or `newswatch worker` and `newswatch beat` "
            "for scheduled monitoring"
        )
    from .index import check_connection, make_client
    from .index import setup as do_setup
    from .runner import nothing_done, run_once
    from .topics import load_topics

    try:
        s = _settings(feeds_path, alerts_path)
        feeds = load_feeds(s.feeds_file, s)
        load_topics(s.topics_file)
        if not no_alerts and s.alerts_file.exists():
            from .alerts import load_alerts

            load_alerts(s.alerts_file)
    except ConfigError as exc:
        _fail(str(exc), 1)
        return
    es = make_client(s)
    try:
        check_connection(es)
        do_setup(es, s)
        _ping_redis(s)
    except NewswatchError as exc:
        _fail(f"{exc} ({s.es_url if 'Elasticsearch' in str(exc) else s.redis_url.split('@')[-1]})", 1)
    summary = _with_progress(lambda report: run_once(s, feeds, workers=workers, alerts=not no_alerts, progress=report))
    if as_json:
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        _print_summary(summary)
    if nothing_done(summary):
        sys.exit(1)


def _ping_redis(s: Settings) -> None:
    """Fail early and clearly when Redis is unreachable."""
    import redis

    from .errors import TransientError

    try:
        redis.Redis.from_url(s.redis_url, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        raise TransientError(f"Redis unreachable: {exc}") from exc


def _with_progress(fn: Any) -> Any:
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


def _print_summary(summary: dict[str, Any]) -> None:
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
    topics = ", ".join(f"{k} {v}" for k, v in summary["topics"].items()) or "none"
    click.echo(f"topics:   {topics}")
    al = summary.get("alerts", {})
    click.echo(f"alerts:   {al.get('sent', 0)} sent, {al.get('failed', 0)} failed")
    for err in summary.get("errors", [])[:10]:
        click.echo(f"  ! {err}", err=True)


@main.command()
@click.argument("query", default="*")
@click.option("--topic", help="Only articles with this topic.")
@click.option("--lang", help="Only articles in this language (ISO 639-1).")
@click.option("--since", help="Only articles ingested within this period, e.g. 7d, 12h.")
@click.option("--size", default=20, show_default=True, type=click.IntRange(1, 500))
@click.option("--json", "as_json", is_flag=True)
def search(query: str, topic: str | None, lang: str | None, since: str | None, size: int, as_json: bool) -> None:
    """Search indexed articles."""
    from .index import make_client
    from .index import search as do_search

    s = _settings()
    try:
        resp = do_search(make_client(s), s.articles_alias, query, topic=topic, lang=lang, since=since, size=size)
    except ValueError as exc:
        _fail(str(exc))
        return
    hits = resp["hits"]["hits"]
    if as_json:
        click.echo(json.dumps([{"id": h["_id"], **h["_source"]} for h in hits], ensure_ascii=False, indent=2))
        return
    click.echo(f"{resp['hits']['total']['value']} matching articles")
    for h in hits:
        src = h["_source"]
        frag = (h.get("highlight", {}).get("text") or [""])[0].replace("<em>", "[").replace("</em>", "]")
        click.echo(
            f"- {src.get('title')}  [{', '.join(src.get('topics', []))}] {src.get('lang')} "
            f"{src.get('source', {}).get('domain')} {src.get('@timestamp', '')[:16]}"
        )
        click.echo(f"  {src.get('url')}")
        if frag:
            click.echo(f"  …{frag}…")


@main.command()
@click.option("--title", default="", help="Article title (matched separately, weighs more).")
@click.option("--lang", default=None, help="Language code to report (detected when absent).")
@click.option("--jsonl", is_flag=True, help="Read one JSON object per line: id, text, optional title, lang.")
@click.option("--explain", is_flag=True, help="Readable view: highlighted terms and why each topic passed or not.")
@click.option("--topics", "topics_path", type=click.Path(path_type=Path), help="topics.yaml to use.")
def match(title: str, lang: str | None, jsonl: bool, explain: bool, topics_path: Path | None) -> None:
    """Match article text from stdin against the topics and print JSON."""
    from .text import detect_lang, normalize
    from .topics import Matcher, load_topics, to_json

    s = _settings(topics=topics_path)
    try:
        m = Matcher(load_topics(s.topics_file))
    except ConfigError as exc:
        _fail(str(exc), 1)
        return
    if jsonl:
        for n, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text = normalize(str(obj["text"]))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                click.echo(json.dumps({"line": n, "error": f"invalid input line: {exc}"}), err=True)
                continue
            t = normalize(str(obj.get("title") or ""))
            res = m.match(text, title=t)
            click.echo(
                json.dumps(
                    {"id": obj.get("id"), "topics": to_json(res), "lang": obj.get("lang") or detect_lang(text)},
                    ensure_ascii=False,
                )
            )
        return
    text = normalize(sys.stdin.read())
    title = normalize(title)
    res = m.match(text, title=title)
    if explain:
        from .explain import render

        click.echo(render(res, text, title, m), color=sys.stdout.isatty())
        return
    click.echo(json.dumps({"topics": to_json(res), "lang": lang or detect_lang(text)}, ensure_ascii=False, indent=2))


@main.command()
@click.option("--concurrency", "-c", type=int, default=None, help="Worker processes (default: cores).")
@click.option("--queues", "-Q", default="poll,articles,alerts", show_default=True)
@click.option("--loglevel", default="INFO", show_default=True)
def worker(concurrency: int | None, queues: str, loglevel: str) -> None:
    """Start a Celery worker (equivalent to `celery -A worker.celery_app worker`)."""
    from .celery_app import app

    argv = ["worker", f"--loglevel={loglevel}", f"--queues={queues}"]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    app.worker_main(argv)


@main.command()
@click.option("--loglevel", default="INFO", show_default=True)
@click.option("--schedule", default=None, help="Beat schedule file (default in the temp dir).")
def beat(loglevel: str, schedule: str | None) -> None:
    """Start Celery beat: schedules every enabled feed at its interval, and the alert rules."""
    import tempfile

    from .celery_app import app

    sched = schedule or os.path.join(tempfile.gettempdir(), "newswatch-beat-schedule")
    app.start(["beat", f"--loglevel={loglevel}", f"--schedule={sched}"])


@main.command()
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=int,
    help="Port for the demo HTTP server (a fixed port keeps URLs, and so document ids, stable across runs).",
)
@click.option("--keep-serving", is_flag=True, help="Keep serving the demo site after the run.")
def demo(port: int, keep_serving: bool) -> None:
    """Serve the bundled demo feeds and pages on loopback and run the full pipeline on them."""
    from .demo import run_demo

    sys.exit(run_demo(port=port, keep_serving=keep_serving))


@main.group()
def alerts() -> None:
    """Alert rules: send a test, backtest over the index, list the delivery ledger."""


def _engine(alerts_path: Path | None) -> Any:
    from .alerts import AlertEngine, load_alerts
    from .index import make_client

    s = _settings(alerts=alerts_path)
    try:
        cfg = load_alerts(s.alerts_file)
    except ConfigError as exc:
        _fail(str(exc), 1)
    return AlertEngine(s, cfg, make_client(s))


def _rule(engine: Any, rule_id: str) -> Any:
    rule = next((r for r in engine.cfg.rules if r.id == rule_id), None)
    if rule is None:
        _fail(f"no rule {rule_id!r} in {engine.s.alerts_file} (rules: {', '.join(r.id for r in engine.cfg.rules)})")
    return rule


@alerts.command("test")
@click.argument("rule_id")
@click.option("--alerts", "alerts_path", type=click.Path(path_type=Path))
def alerts_test(rule_id: str, alerts_path: Path | None) -> None:
    """Send a sample alert through RULE's channels (not recorded in the ledger)."""
    from .alerts import send_test

    engine = _engine(alerts_path)
    results = send_test(engine, _rule(engine, rule_id))
    for channel, outcome in results:
        click.echo(f"{channel}: {outcome}")
    if any(o != "sent" for _, o in results):
        sys.exit(1)


@alerts.command("backtest")
@click.argument("rule_id")
@click.option("--since", default="7d", show_default=True, help="How far back, e.g. 24h, 7d, 4w.")
@click.option("--alerts", "alerts_path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def alerts_backtest(rule_id: str, since: str, alerts_path: Path | None, as_json: bool) -> None:
    """What RULE would have fired over the indexed history, with highlights; nothing is sent."""
    from .alerts import backtest

    engine = _engine(alerts_path)
    rule = _rule(engine, rule_id)
    try:
        fired = backtest(engine, rule, since)
    except ValueError as exc:
        _fail(str(exc))
        return
    if as_json:
        click.echo(json.dumps(fired, indent=2, ensure_ascii=False, default=str))
        return
    click.echo(f"{rule.id} ({rule.type}) would have fired {len(fired)} time(s) in the last {since}")
    for f in fired:
        if rule.type == "instant":
            snippet = f.get("snippet") or ""
            for term in f.get("terms") or []:
                snippet = snippet.replace(term, click.style(term, fg="yellow", bold=True))
            copies = f" (+{f['copies'] - 1} copies)" if f["copies"] > 1 else ""
            click.echo(f"- {str(f['at'])[:16]}  {f['title']}{copies}\n  {f['url']}\n  …{snippet}…")
        else:
            click.echo(f"- {f['at']}: {f['count']} articles")


@alerts.command("list")
@click.option("--size", default=30, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True)
def alerts_list(size: int, as_json: bool) -> None:
    """Recent entries of the alert ledger (index <prefix>-alerts)."""
    from .alerts import recent
    from .index import make_client

    s = _settings()
    rows = recent(make_client(s), s.alerts_index, size)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for r in rows:
        title = (r.get("titles") or [""])[0]
        err = f"  ! {r['last_error']}" if r.get("last_error") else ""
        click.echo(
            f"{r['created'][:19]}  {r['rule']['id']:<20} {r['channel']:<12} {r['status']:<9} "
            f"x{r['attempts']}  {title[:60]}{err}"
        )


@main.command("config-reference")
def config_reference() -> None:
    """Print the configuration reference (Markdown) generated from the models."""
    from .reference import render

    click.echo(render())


@main.group()
def kibana() -> None:
    """Kibana saved objects (data views, searches, dashboard) from deploy/kibana/."""


@kibana.command("import")
@click.option(
    "--url",
    default=lambda: os.environ.get("NEWSWATCH_KIBANA_URL", "http://127.0.0.1:5601"),
    show_default="$NEWSWATCH_KIBANA_URL or http://127.0.0.1:5601",
    help="Kibana base URL.",
)
@click.option(
    "--file",
    "bundle",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=None,
    help="NDJSON bundle (default deploy/kibana/newswatch.ndjson).",
)
@click.option("--space", default=None, help="Kibana space id (default space when omitted).")
def kibana_import(url: str, bundle: Path | None, space: str | None) -> None:
    """Import the saved objects through Kibana's saved objects API (overwrite: idempotent)."""
    from .kibana import bundle_path, import_objects

    s = _settings()
    try:
        result = import_objects(url, bundle or bundle_path(), s, space=space)
    except (OSError, ValueError) as exc:
        _fail(f"Kibana import failed: {exc}", 1)
        return
    click.echo(f"imported {result.get('successCount', 0)} saved objects into {url}")
    if not result.get("success", False):
        for err in result.get("errors", [])[:20]:
            click.echo(f"  ! {err.get('type')} {err.get('id')}: {err.get('error')}", err=True)
        sys.exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True)
def status(as_json: bool) -> None:
    """Feed health: last success, error streak, entries per day, silent or dead feeds."""
    from .health import feed_health, print_health

    s = _settings()
    feeds = load_feeds(s.feeds_file, s)
    rows = feed_health(s, feeds)
    if as_json:
        click.echo(json.dumps(rows, indent=2, default=str))
    else:
        print_health(rows)
    if any(r["status"] == "dead" for r in rows):
        sys.exit(3)


if __name__ == "__main__":
    main()
