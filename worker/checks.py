"""`newswatch check`: the configuration files, then the environment they will run in.

Each check gives one line, ``ok`` or ``FAIL``, that says what was found or what to do. Files are
validated first, and language identification tried on a German sample (``--offline`` stops there;
both leave the compiled topics and the language model cached for later processes, and `setup` calls
them for that); then Elasticsearch (reachable with these credentials, version, cluster status,
templates and aliases present or what `setup` will create), Redis, and each alert channel (its secret
variables set; the SMTP server answers and accepts the login).
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .alerts.channels import smtp_session
from .config import Settings, env_secret, load_feeds
from .console import explain, redis_location
from .errors import ConfigError
from .index import TEMPLATES, make_client
from .logs import redact

if TYPE_CHECKING:
    from .alerts import AlertsFile


@dataclass
class Line:
    """One check's outcome."""

    ok: bool
    text: str

    def render(self) -> str:
        """`ok   ...` or `FAIL ...`."""
        return f"{'ok  ' if self.ok else 'FAIL'} {self.text}"


def check_files(s: Settings, *, alerts_required: bool = False) -> tuple[list[Line], AlertsFile | None]:
    """feeds.yaml, topics.yaml and alerts.yaml: one line each, or one per error."""
    from .alerts import load_alerts

    out: list[Line] = []
    try:
        ff = load_feeds(s.feeds_file, s)
        out.append(Line(True, f"{s.feeds_file}: {len(ff.feeds)} feeds ({sum(f.enabled for f in ff.feeds)} enabled)"))
    except ConfigError as exc:
        out += [Line(False, line) for line in str(exc).splitlines()]
    topics, topic_ids = _topics_lines(s)
    out += topics
    out.append(language_line())
    alerts: AlertsFile | None = None
    if s.alerts_file.exists() or alerts_required:
        try:
            alerts = load_alerts(s.alerts_file, topic_ids=topic_ids)
            out.append(Line(True, f"{s.alerts_file}: {len(alerts.rules)} rules, {len(alerts.channels)} channels"))
        except ConfigError as exc:
            out += [Line(False, line) for line in str(exc).splitlines()]
    else:
        out.append(Line(True, f"{s.alerts_file}: not present (no alerts)"))
    return out, alerts


def _topics_lines(s: Settings) -> tuple[list[Line], set[str] | None]:
    """topics.yaml loaded, checked and compiled (its terms cached for the next processes); its topic ids."""
    from .topics import Matcher, load_topics

    try:
        tf = load_topics(s.topics_file)
        m = Matcher(tf)
    except ConfigError as exc:
        return [Line(False, line) for line in str(exc).splitlines()], None
    how = "matched natively" if m.native is not None else "matched in Python (no native module: see README, CPU)"
    line = Line(True, f"{s.topics_file}: {len(tf.topics)} topics, {m.term_count} terms, {how}")
    return [line], {t.id for t in tf.topics}


def language_line() -> Line:
    """Language identification works; its model is loaded (and cached for the next processes when it can be)."""
    from importlib.metadata import version

    from .langfast import cache_dir
    from .text import detect_lang

    found = detect_lang("Die Bundesregierung verschärft die Exportkontrollen für Halbleiter nach China.")
    where = cache_dir()
    where = where if where is not None and where.is_dir() else None
    cached = f"model cached in {where}" if where else "model not cached (no writable cache folder: loaded per process)"
    return Line(
        found == "de",
        f"language identification: py3langid {version('py3langid')}, {cached}"
        + ("" if found == "de" else f": a German sample was identified as {found!r}"),
    )


def prepare_caches(s: Settings) -> list[Line]:
    """Compile the topics and load the language model once, so that later processes read both from the cache."""
    return [*_topics_lines(s)[0], language_line()]


def check_elasticsearch(s: Settings) -> list[Line]:
    """Reachable with these credentials; version and status; templates and aliases."""
    url = redact(s.es_url)
    es = make_client(s).options(request_timeout=10, max_retries=0)
    try:
        health = es.cluster.health(timeout="5s")
        nodes = es.nodes.info(filter_path="nodes.*.version").get("nodes", {})
        versions = sorted({str(n.get("version")) for n in nodes.values()})
        try:
            who = f", as user {es.security.authenticate()['username']}"
        except Exception:  # noqa: BLE001 - security may be off; the user name is only informative
            who = ""
        status = str(health["status"])
        lines = [
            Line(
                status != "red",
                f"Elasticsearch {url}: version {', '.join(versions) or '?'}, cluster {status}, "
                f"{health['number_of_nodes']} node(s){who}"
                + ("" if status != "red" else ": some primary shards are unassigned, writes will fail"),
            )
        ]
        lines.append(_templates_line(es, s))
        return lines
    except Exception as exc:  # noqa: BLE001 - every failure is reported as a line
        return [Line(False, explain(exc, s))]
    finally:
        es.close()


def _templates_line(es: object, s: Settings) -> Line:
    """Which templates and aliases exist, or what `setup` will create."""
    from elasticsearch import Elasticsearch

    assert isinstance(es, Elasticsearch)
    names = [f"{s.index_prefix}-{t}" for t in TEMPLATES]
    have_t = {
        t["name"]
        for t in es.options(ignore_status=404)
        .indices.get_index_template(name=f"{s.index_prefix}-*")
        .get("index_templates", [])
    }
    have_a = [n for n in names if es.indices.exists_alias(name=n)]
    missing = [n for n in names if n not in have_t or n not in have_a]
    if not missing:
        return Line(True, f"templates and aliases present: {', '.join(names)}")
    return Line(
        True,
        f"not set up yet: {', '.join(missing)}; `newswatch setup` (or `run --once`) will install the template(s) "
        f"and create {', '.join(f'{n}-000001' for n in missing if n not in have_a) or 'nothing else'}",
    )


def check_redis(s: Settings) -> Line:
    """Redis answers PING with these credentials."""
    import redis

    client = redis.Redis.from_url(s.redis_url, socket_connect_timeout=3, socket_timeout=5)
    try:
        info = client.info("server")
        return Line(True, f"Redis {redis_location(s.redis_url)}: version {info.get('redis_version', '?')}")
    except Exception as exc:  # noqa: BLE001 - reported as a line
        return Line(False, explain(exc, s))
    finally:
        client.close()


def check_channels(s: Settings, alerts: AlertsFile) -> list[Line]:
    """Each channel's settings complete; the SMTP server answers (and accepts the login)."""
    from .alerts import EmailChannel

    out: list[Line] = []
    smtp_line: Line | None = None
    for name, ch in alerts.channels.items():
        if isinstance(ch, EmailChannel):
            smtp_line = smtp_line or check_smtp(s)
            out.append(Line(smtp_line.ok, f"channel {name!r} (email to {', '.join(ch.to)}): {smtp_line.text}"))
            continue
        where = f"channel {name!r} (webhook {redact(ch.url)})"
        if ch.secret_env and not env_secret(ch.secret_env):
            out.append(Line(False, f"{where}: signing secret {ch.secret_env} is not set: export it"))
        else:
            signed = f"signed with {ch.secret_env}" if ch.secret_env else "unsigned (no secret_env)"
            out.append(Line(True, f"{where}: {signed}"))
    return out


def check_smtp(s: Settings) -> Line:
    """Connect to the SMTP server, say EHLO, upgrade and log in as configured, then quit (nothing is sent)."""
    where = f"SMTP {s.smtp_host}:{s.smtp_port}"
    if s.smtp_username and not s.smtp_password:
        return Line(False, f"{where}: NEWSWATCH_SMTP_USERNAME is set but NEWSWATCH_SMTP_PASSWORD is not")
    try:
        with smtp_session(s, timeout=5):
            pass  # connected, upgraded and logged in: all a send needs before the message
    except smtplib.SMTPAuthenticationError:
        return Line(False, f"{where} refused the login: check NEWSWATCH_SMTP_USERNAME / NEWSWATCH_SMTP_PASSWORD")
    except (smtplib.SMTPException, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        return Line(False, f"{where} unreachable ({reason}): set NEWSWATCH_SMTP_HOST / NEWSWATCH_SMTP_PORT")
    return Line(True, f"{where} answers" + (" and accepted the login" if s.smtp_username else ""))


def run_checks(s: Settings, *, offline: bool, alerts_required: bool = False) -> list[Line]:
    """Every check, in order: files, then (unless offline) Elasticsearch, Redis and the alert channels."""
    lines, alerts = check_files(s, alerts_required=alerts_required)
    if offline:
        return lines
    lines += check_elasticsearch(s)
    lines.append(check_redis(s))
    if alerts is not None:
        lines += check_channels(s, alerts)
    return lines
