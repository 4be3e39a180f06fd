"""The `newswatch` command line: thin commands over the stage modules.

Shared console plumbing (one-line errors, progress, summary, start-up) lives in `worker.console`;
every failure a user can cause ends in one line there (``--debug`` shows the traceback).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

import click
import orjson

from . import cache, console
from .config import load_feeds

FileOption = click.Path(path_type=Path, dir_okay=False)


@click.group(cls=console.NewswatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
@click.option("--debug", is_flag=True, help="Debug logging and full tracebacks on errors.")
@click.version_option(package_name="newswatch")
@click.pass_context
def main(ctx: click.Context, verbose: bool, debug: bool) -> None:
    """newswatch: monitor news feeds for tracked topics and index them into Elasticsearch."""
    from .config import load_settings
    from .errors import ConfigError
    from .logs import configure

    ctx.meta["newswatch.debug"] = debug
    try:
        fmt = load_settings().log_format
    except ConfigError:
        fmt = "text"  # the command itself reports the invalid setting, in one line
    configure(level=logging.DEBUG if verbose or debug else logging.WARNING, fmt=fmt, libraries=debug)


@main.command()
@click.option("--feeds", "feeds_path", type=FileOption, help="feeds.yaml to check.")
@click.option("--topics", "topics_path", type=FileOption, help="topics.yaml to check.")
@click.option("--alerts", "alerts_path", type=FileOption, help="alerts.yaml to check.")
@click.option("--offline", is_flag=True, help="Check the files only, not Elasticsearch, Redis or the channels.")
def check(feeds_path: Path | None, topics_path: Path | None, alerts_path: Path | None, offline: bool) -> None:
    """Validate the configuration files and the environment: one ok/FAIL line each."""
    from .checks import run_checks

    s = console.settings(feeds=feeds_path, topics=topics_path, alerts=alerts_path)
    lines = run_checks(s, offline=offline, alerts_required=alerts_path is not None)
    for line in lines:
        click.echo(line.render())
    if not all(line.ok for line in lines):
        sys.exit(1)


@main.command()
def setup() -> None:
    """Install index templates and aliases in Elasticsearch, and prepare this machine's start-up caches (idempotent)."""
    from .checks import prepare_caches
    from .index import check_connection, make_client
    from .index import setup as do_setup

    s = console.settings()
    es = make_client(s)
    status = check_connection(es)
    for line in do_setup(es, s):
        click.echo(line)
    click.echo(f"Elasticsearch {console.redact(s.es_url)}: cluster {status}; setup done")
    # The first process to compile the topics and load the language model pays ~2 s of CPU for caching them;
    # paid here, it is not paid by the first `run --once` or worker. A problem is reported, not fatal: `check`
    # and every run report it too.
    for cache_line in prepare_caches(s):
        click.echo(f"start-up cache: {cache_line.render()}")


@main.command()
@click.option("--once", is_flag=True, help="One full pass over all feeds, in-process, then exit.")
@click.option("--feeds", "feeds_path", type=FileOption, help="Feeds file (default feeds.yaml).")
@click.option("--alerts", "alerts_path", type=FileOption, help="Alerts file (default alerts.yaml).")
@click.option("--no-alerts", is_flag=True, help="Index without evaluating alert rules.")
@click.option("--workers", type=click.IntRange(1, 64), help="Processes (default: cores + 1).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def run(
    once: bool, feeds_path: Path | None, alerts_path: Path | None, no_alerts: bool, workers: int | None, as_json: bool
) -> None:
    """Run the pipeline (use --once; scheduled monitoring is `newswatch worker` + `newswatch beat`)."""
    if not once:
        console.fail(
            "use `newswatch run --once` for one pass, or `newswatch worker` and `newswatch beat` "
            "for scheduled monitoring"
        )
    from concurrent.futures import ThreadPoolExecutor

    with cache.gc_paused():  # the pipeline's modules and the checked configuration live as long as the run
        from .pool import warm
        from .runner import nothing_done, run_once, start_pool

        s = console.settings(feeds=feeds_path, alerts=alerts_path)
        feeds = console.load_config(s, alerts=not no_alerts)
    # The services are checked on a thread while this process warms up for the pool (worker.pool): the
    # one waits on Redis and Elasticsearch, the other is CPU. Leaving the `with` joins the thread, so it
    # has ended before the fork; `result()` raises what the checks raised.
    with ThreadPoolExecutor(max_workers=1) as one:
        checked = one.submit(console.check_services, s)
        warm(s.topics_file)
    checked.result()
    # Started before the progress display's thread: the pool processes are forked from this process,
    # warmed up once (worker.pool).
    with start_pool(s, feeds, workers=workers, alerts=not no_alerts) as pool:
        summary = console.with_progress(
            lambda report: run_once(s, feeds, alerts=not no_alerts, progress=report, pool=pool)
        )
    if as_json:
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        console.print_summary(summary)
    if nothing_done(summary):
        sys.exit(1)


@main.command()
@click.argument("query", default="*")
@click.option("--topic", help="Only articles with this topic.")
@click.option("--lang", help="Only articles in this language (ISO 639-1).")
@click.option("--since", help="Only articles ingested within this period, e.g. 7d, 12h.")
@click.option("--size", default=20, show_default=True, type=click.IntRange(1, 500))
@click.option("--json", "as_json", is_flag=True)
def search(query: str, topic: str | None, lang: str | None, since: str | None, size: int, as_json: bool) -> None:
    """Search indexed articles; copies of one story are one hit ("+N copies")."""
    from .index import make_client
    from .index import search as do_search

    s = console.settings()
    try:
        res = do_search(make_client(s), s.articles_alias, query, topic=topic, lang=lang, since=since, size=size)
    except ValueError as exc:
        console.fail(str(exc))
    if as_json:
        click.echo(json.dumps([h.as_json() for h in res.hits], ensure_ascii=False, indent=2))
        return
    click.echo(f"{res.stories} matching stories ({res.articles} articles)")
    for h in res.hits:
        src = h.source
        copies = f"  (+{h.copies - 1} copies)" if h.copies > 1 else ""
        click.echo(
            f"- {src.get('title')}  [{', '.join(src.get('topics', []))}] {src.get('lang')} "
            f"{src.get('source', {}).get('domain')} {src.get('@timestamp', '')[:16]}{copies}"
        )
        click.echo(f"  {src.get('url')}")
        if h.fragment:
            click.echo(f"  …{h.fragment.replace('<em>', '[').replace('</em>', ']')}…")


@main.command()
@click.option("--title", default="", help="Article title (matched separately, weighs more).")
@click.option("--lang", default=None, help="Language code to report (detected when absent).")
@click.option("--jsonl", is_flag=True, help="Read one JSON object per line: id, text, optional title, lang.")
@click.option("--explain", is_flag=True, help="Readable view: highlighted terms and why each topic passed or not.")
@click.option("--topics", "topics_path", type=FileOption, help="topics.yaml to use.")
def match(title: str, lang: str | None, jsonl: bool, explain: bool, topics_path: Path | None) -> None:
    """Match article text from stdin against the topics and print JSON."""
    from .text import detect_lang, normalize
    from .topics import Matcher, load_topics, to_json

    s = console.settings(topics=topics_path)
    with cache.gc_paused(freeze=True):  # the matcher lives as long as the command (worker/cache.py)
        m = Matcher(load_topics(s.topics_file))
    if jsonl:
        for n, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                obj = _json_object(line)
                text = normalize(str(obj["text"]))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                click.echo(json.dumps({"line": n, "error": f"invalid input line: {exc}"}), err=True)
                continue
            res = m.match(text, title=normalize(str(obj.get("title") or "")))
            out = {"id": obj.get("id"), "topics": to_json(res), "lang": obj.get("lang") or detect_lang(text)}
            click.echo(_json_line(out))
        return
    text = normalize(sys.stdin.read())
    title = normalize(title)
    res = m.match(text, title=title)
    if explain:
        from .explain import render

        click.echo(render(res, text, title, m), color=sys.stdout.isatty())
        return
    click.echo(json.dumps({"topics": to_json(res), "lang": lang or detect_lang(text)}, ensure_ascii=False, indent=2))


def _json_object(line: str) -> Any:
    """One input line of `match --jsonl` parsed (orjson: a fifth of the stdlib's CPU)."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:  # also lone surrogate escapes ("\\ud800"), which the stdlib reads
        return json.loads(line)
    if isinstance(obj, dict) and isinstance(obj.get("id"), float):
        # orjson reads integers beyond 64 bits as floats; the id is written back as given, so the stdlib
        # (exact integers) reads a line whose id came out a float.
        return json.loads(line)
    return obj


def _json_line(value: dict[str, Any]) -> str:
    """One line of `match --jsonl` output (compact JSON, UTF-8); an input id holding a lone surrogate
    ("\\ud800" in its JSON) is written as that escape (the line in ASCII) instead of failing the output
    and the rest of the run."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # orjson refuses strings that are not valid UTF-8
        return json.dumps(value)


@main.command("eval")
@click.argument("labelled", type=FileOption)
@click.option("--topics", "topics_path", type=FileOption, help="topics.yaml to evaluate.")
@click.option("--misses", is_flag=True, help="List every false negative and false positive with the reason.")
@click.option("--json", "as_json", is_flag=True, help="Figures as JSON.")
@click.option(
    "--labels",
    "labels_field",
    default="labels",
    show_default=True,
    help="The rows' field holding the expected topics (e.g. 'mentioned' for a second labelling convention).",
)
def eval_(labelled: Path, topics_path: Path | None, misses: bool, as_json: bool, labels_field: str) -> None:
    """Precision and recall of the topics on LABELLED.jsonl (rows: id, lang, text, labels)."""
    from .evaluate import evaluate, read_rows, render
    from .topics import Matcher, load_topics

    s = console.settings(topics=topics_path)
    matcher = Matcher(load_topics(s.topics_file))
    report = evaluate(matcher, read_rows(labelled, {t.id for t in matcher.topics}, labels_field))
    if as_json:
        click.echo(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(render(report, misses)))


@main.command()
@click.option("--concurrency", "-c", type=int, default=None, help="Worker processes (default: cores).")
@click.option("--queues", "-Q", default="poll,articles,alerts", show_default=True)
@click.option("--loglevel", default="INFO", show_default=True)
def worker(concurrency: int | None, queues: str, loglevel: str) -> None:
    """Start a Celery worker (equivalent to `celery -A worker.celery_app worker`)."""
    s = console.settings()
    console.load_config(s, alerts=True)
    console.ping_redis(s)
    console.connect_es(s).close()
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

    s = console.settings()
    load_feeds(s.feeds_file, s)
    console.ping_redis(s)
    from .celery_app import app

    sched = schedule or os.path.join(tempfile.gettempdir(), "newswatch-beat-schedule")
    app.start(["beat", f"--loglevel={loglevel}", f"--schedule={sched}"])


@main.command()
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port for the demo HTTP server (a fixed port keeps URLs, and so document ids, stable across runs).",
)
@click.option("--keep-serving", is_flag=True, help="Keep serving the demo site after the run.")
def demo(port: int, keep_serving: bool) -> None:
    """Serve the bundled demo site on loopback, run the full pipeline on it and show the alerts it fires."""
    from .demo import run_demo

    sys.exit(run_demo(port=port, keep_serving=keep_serving))


@main.group()
def alerts() -> None:
    """Alert rules: send a test, backtest over the index, list the delivery ledger."""


def _rule(engine: Any, rule_id: str) -> Any:
    """The rule named on the command line (a usage error when there is none)."""
    try:
        return engine.rule(rule_id)
    except LookupError as exc:
        console.fail(str(exc.args[0]))


def _engine(alerts_path: Path | None) -> Any:
    """The alert engine for the configured (or given) alerts file."""
    from .alerts import AlertEngine
    from .index import make_client

    s = console.settings(alerts=alerts_path)
    return AlertEngine.from_settings(s, make_client(s))


@alerts.command("test")
@click.argument("rule_id")
@click.option("--alerts", "alerts_path", type=FileOption)
def alerts_test(rule_id: str, alerts_path: Path | None) -> None:
    """Send a sample alert through RULE's channels (not recorded in the ledger)."""
    engine = _engine(alerts_path)
    results = engine.send_test(_rule(engine, rule_id))
    for channel, outcome in results:
        click.echo(f"{channel}: {outcome}", err=outcome != "sent")
    if any(o != "sent" for _, o in results):
        sys.exit(1)


@alerts.command("backtest")
@click.argument("rule_id")
@click.option("--since", default="7d", show_default=True, help="How far back, e.g. 24h, 7d, 4w.")
@click.option("--alerts", "alerts_path", type=FileOption)
@click.option("--json", "as_json", is_flag=True)
def alerts_backtest(rule_id: str, since: str, alerts_path: Path | None, as_json: bool) -> None:
    """What RULE would have fired over the indexed history, with highlights; nothing is sent."""
    engine = _engine(alerts_path)
    rule = _rule(engine, rule_id)
    try:
        fired = engine.backtest(rule, since)
    except ValueError as exc:
        console.fail(str(exc))
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

    s = console.settings()
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


@main.group()
def deadletter() -> None:
    """Entries newswatch gave up on (refused by Elasticsearch, poison batches, retries exhausted)."""


@deadletter.command("list")
@click.option("--json", "as_json", is_flag=True)
def deadletter_list(as_json: bool) -> None:
    """Every dead letter with its reason; exit 0 also when there are none."""
    from .deadletter import load
    from .state import State

    s = console.settings()
    st = State.from_url(s.redis_url, s.key_prefix)
    letters = load(st)
    if as_json:
        click.echo(json.dumps([d.as_json() for d in letters], indent=2, ensure_ascii=False))
        return
    click.echo(f"{len(letters)} dead letter(s)")
    for d in letters:
        click.echo(f"- {d.item.doc_id}  {d.at[:19]}  x{d.attempts}  {d.item.entry.link}\n  {d.reason}")


@deadletter.command("retry")
@click.argument("doc_ids", nargs=-1)
@click.option("--all", "retry_all", is_flag=True, help="Retry every dead letter.")
def deadletter_retry(doc_ids: tuple[str, ...], retry_all: bool) -> None:
    """Run dead letters (these ids, or --all) through the pipeline again; exit 1 if some stay dead."""
    from .pipeline import Context, retry_dead_letters

    if not doc_ids and not retry_all:
        console.fail("name the dead letters to retry (ids from `newswatch deadletter list`) or use --all")
    s = console.settings()
    feeds = console.load_config(s)
    console.ping_redis(s)
    console.connect_es(s).close()
    ctx = Context(s, feeds)
    try:
        known = set(ctx.state.dead_letters())
        unknown = set(doc_ids) - known
        if unknown:
            console.fail(f"no dead letter with id {', '.join(sorted(unknown))} (see `newswatch deadletter list`)")
        targets = set(doc_ids) or known
        res = retry_dead_letters(ctx, sorted(targets))
        still = targets & set(ctx.state.dead_letters())
    finally:
        ctx.close()
    click.echo(f"retried {len(targets)}: {len(res.written)} written, {len(still)} still dead letters")
    if still:
        sys.exit(1)


@main.command("config-reference")
def config_reference() -> None:
    """Print the configuration reference (Markdown) generated from the models."""
    from .reference import render

    click.echo(render())


@main.group()
def kibana() -> None:
    """Kibana saved objects (data views, searches, dashboard) shipped with newswatch."""


@kibana.command("import")
@click.option("--url", default=None, help="Kibana base URL (default: NEWSWATCH_KIBANA_URL, http://127.0.0.1:5601).")
@click.option("--file", "bundle", type=FileOption, default=None, help="An NDJSON bundle instead of the shipped one.")
@click.option("--space", default=None, help="Kibana space id (default space when omitted; others get copies).")
def kibana_import(url: str | None, bundle: Path | None, space: str | None) -> None:
    """Import the saved objects through Kibana's saved objects API (overwrite: idempotent)."""
    from .kibana import import_objects

    s = console.settings()
    result = import_objects(s, bundle, url=url, space=space)
    click.echo(f"imported {result.get('successCount', 0)} saved objects into {console.redact(url or s.kibana_url)}")
    if not result.get("success", False):
        for err in result.get("errors", [])[:20]:
            click.echo(f"  ! {err.get('type')} {err.get('id')}: {err.get('error')}", err=True)
        sys.exit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True)
def status(as_json: bool) -> None:
    """Feed health: last success, error streak, entries per day, silent or dead feeds."""
    from .health import feed_health, print_health

    s = console.settings()
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
