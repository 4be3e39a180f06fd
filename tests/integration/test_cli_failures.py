"""Every command, walked through every failure a user can cause: one clear line, non-zero exit.

Real services on loopback: the test Elasticsearch with a wrong password or none, a closed port for
an unreachable Elasticsearch, Redis, Kibana, SMTP server or webhook, a Redis ACL user with the
wrong password, a Kibana stand-in that refuses the credentials, and missing files. Each case runs
the real CLI in its own process and checks: exit status non-zero, exactly one `newswatch:` line on
stderr (for `check`: `FAIL` lines on stdout), no traceback, and the words that name cause and fix.
With NEWSWATCH_FAILURE_REPORT set, the lines are written there as a Markdown table.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from tests.conftest import ROOT
from tests.integration.conftest import Reply, Site

pytestmark = pytest.mark.integration


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Case:
    """One command under one failure."""

    failure: str
    args: list[str]
    env: dict[str, str]
    expect: tuple[str, ...]  # words the line must contain
    code: int = 1


@pytest.fixture(scope="module")
def world(service_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Paths and addresses shared by the cases: config files, a Redis ACL user, a Kibana stand-in."""
    tmp = tmp_path_factory.mktemp("failures")
    tag = uuid.uuid4().hex[:8]
    hook_port, smtp_port = closed_port(), closed_port()
    (tmp / "feeds.yaml").write_text("feeds:\n  - {id: f1, url: 'http://127.0.0.1:9/feed.xml'}\n", encoding="utf-8")
    (tmp / "alerts.yaml").write_text(
        "channels:\n"
        f"  hook: {{type: webhook, url: 'http://127.0.0.1:{hook_port}/hook'}}\n"
        "  mail: {type: email, to: ['desk@example.org']}\n"
        "rules:\n"
        "  - {id: r-hook, type: instant, match: {topics_any: [deepseek]}, channels: [hook]}\n"
        "  - {id: r-mail, type: instant, match: {topics_any: [deepseek]}, channels: [mail]}\n",
        encoding="utf-8",
    )
    (tmp / "bundle.json").write_text("{}\n", encoding="utf-8")
    r = redis.Redis.from_url(service_env["NEWSWATCH_REDIS_URL"])
    user = f"nwfail-{tag}"
    r.execute_command("ACL", "SETUSER", user, "on", ">right-password", "~*", "&*", "+@all")
    kibana = Site()
    kibana.routes["/api/saved_objects/_import"] = Reply(b'{"statusCode":401}', status=401)
    redis_hostport = service_env["NEWSWATCH_REDIS_URL"].split("://", 1)[1].split("/", 1)[0]
    yield {
        "dir": str(tmp),
        "prefix": f"news-f{tag}",
        "redis_acl": f"redis://{user}:wrong-password@{redis_hostport}/0",
        "kibana_401": kibana.base,
        "smtp_port": str(smtp_port),
    }
    kibana.close()
    r.execute_command("ACL", "DELUSER", user)
    r.close()
    from worker.config import Settings
    from worker.index import make_client, teardown

    es = make_client(
        Settings(
            **{
                "es_url": service_env["NEWSWATCH_ES_URL"],
                "es_username": service_env.get("NEWSWATCH_ES_USERNAME"),
                "es_password": service_env.get("NEWSWATCH_ES_PASSWORD"),
            }
        )
    )
    teardown(es, f"news-f{tag}")
    es.close()


def cases(w: dict[str, str]) -> list[Case]:
    """The walk-through: every command with each failure that applies to it."""
    d = Path(w["dir"])
    es_down = {"NEWSWATCH_ES_URL": f"http://127.0.0.1:{closed_port()}"}
    es_bad = {"NEWSWATCH_ES_PASSWORD": "wrong-password"}
    es_none = {"NEWSWATCH_ES_USERNAME": "", "NEWSWATCH_ES_PASSWORD": ""}
    redis_down = {"NEWSWATCH_REDIS_URL": f"redis://127.0.0.1:{closed_port()}/0"}
    redis_bad = {"NEWSWATCH_REDIS_URL": w["redis_acl"]}
    no_feeds = {"NEWSWATCH_FEEDS_FILE": str(d / "missing-feeds.yaml")}
    no_topics = {"NEWSWATCH_TOPICS_FILE": str(d / "missing-topics.yaml")}
    no_alerts = {"NEWSWATCH_ALERTS_FILE": str(d / "missing-alerts.yaml")}
    es_words = ("Elasticsearch unreachable", "NEWSWATCH_ES_URL")
    auth_words = ("refused the credentials (401)", "NEWSWATCH_ES_PASSWORD")
    redis_words = ("Redis unreachable", "NEWSWATCH_REDIS_URL")
    redis_auth = ("Redis", "refused the credentials", "NEWSWATCH_REDIS_URL")
    missing = ("file not found",)
    fresh = {"NEWSWATCH_INDEX_PREFIX": w["prefix"] + "-never"}
    out: list[Case] = []
    for args in (["setup"], ["run", "--once"], ["search", "DeepSeek"], ["alerts", "backtest", "r-hook"],
                 ["alerts", "list"], ["worker"], ["demo", "--port", "0"]):  # fmt: skip
        out += [
            Case("Elasticsearch unreachable", args, es_down, es_words),
            Case("wrong Elasticsearch password", args, es_bad, auth_words),
            Case("no Elasticsearch credentials", args, es_none, auth_words),
        ]
    for args in (["run", "--once"], ["worker"], ["beat"], ["demo", "--port", "0"], ["status"]):
        out += [
            Case("Redis unreachable", args, redis_down, redis_words),
            Case("wrong Redis password", args, redis_bad, redis_auth),
        ]
    for args in (["run", "--once"], ["worker"], ["beat"], ["status"], ["check", "--offline"]):
        out.append(Case("missing feeds file", args, no_feeds, missing))
    for args in (["run", "--once"], ["worker"], ["match"], ["check", "--offline"]):
        out.append(Case("missing topics file", args, no_topics, missing))
    for args in (["alerts", "test", "r-hook"], ["alerts", "backtest", "r-hook"], ["check", "--offline", "--alerts",
                 str(d / "missing-alerts.yaml")]):  # fmt: skip
        out.append(Case("missing alerts file", args, no_alerts, missing))
    out += [
        Case("index not set up", ["search", "DeepSeek"], fresh, ("does not exist", "newswatch setup")),
        Case("index not set up", ["alerts", "list"], fresh, ("does not exist", "newswatch setup")),
        Case("missing mappings dir", ["setup"], {"NEWSWATCH_MAPPINGS_DIR": str(d / "nowhere")}, ("not found",)),
        Case("webhook unreachable", ["alerts", "test", "r-hook"], {}, ("hook: failed", "unreachable")),
        Case(
            "SMTP server unreachable",
            ["alerts", "test", "r-mail"],
            {"NEWSWATCH_SMTP_PORT": w["smtp_port"]},
            ("mail: failed", "SMTP server", "unreachable", "NEWSWATCH_SMTP_HOST"),
        ),  # fmt: skip
        Case("unknown rule", ["alerts", "test", "nope"], {}, ("no rule 'nope'",), code=2),
        Case(
            "Kibana unreachable",
            ["kibana", "import"],
            {"NEWSWATCH_KIBANA_URL": f"http://127.0.0.1:{closed_port()}"},
            ("Kibana unreachable", "NEWSWATCH_KIBANA_URL"),
        ),  # fmt: skip
        Case(
            "Kibana refuses the credentials",
            ["kibana", "import", "--url", w["kibana_401"]],
            {},
            ("Kibana", "refused the credentials (401)", "NEWSWATCH_KIBANA_PASSWORD"),
        ),  # fmt: skip
        Case(
            "bundle not .ndjson", ["kibana", "import", "--file", str(d / "bundle.json")], {}, ("must end in .ndjson",)
        ),
        Case("bundle missing", ["kibana", "import", "--file", str(d / "gone.ndjson")], {}, ("file not found",)),
        Case("Elasticsearch unreachable", ["check"], es_down, es_words),
        Case("wrong Elasticsearch password", ["check"], es_bad, auth_words),
        Case("Redis unreachable", ["check"], redis_down, redis_words),
        Case("SMTP server unreachable", ["check"], {"NEWSWATCH_SMTP_PORT": w["smtp_port"]}, ("SMTP", "unreachable")),
        Case(
            "webhook secret not set",
            ["check"],
            {"NEWSWATCH_ALERTS_FILE": str(ROOT / "alerts.yaml")},
            ("NEWSWATCH_HOOK_SECRET is not set",),
        ),  # fmt: skip
    ]
    return out


def run_case(c: Case, base_env: dict[str, str], w: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("NEWSWATCH_")},
        **base_env,
        "NEWSWATCH_INDEX_PREFIX": w["prefix"],
        "NEWSWATCH_KEY_PREFIX": w["prefix"],
        "NEWSWATCH_FEEDS_FILE": str(Path(w["dir"]) / "feeds.yaml"),
        "NEWSWATCH_TOPICS_FILE": str(ROOT / "topics.yaml"),
        "NEWSWATCH_ALERTS_FILE": str(Path(w["dir"]) / "alerts.yaml"),
        **c.env,
    }
    env = {k: v for k, v in env.items() if v != ""}
    return subprocess.run(
        [sys.executable, "-m", "worker.cli", *c.args],
        capture_output=True,
        text=True,
        env=env,
        cwd=w["dir"],
        input="",
        timeout=120,
    )


def test_every_command_fails_with_one_clear_line(service_env: dict[str, str], world: dict[str, str]) -> None:
    all_cases = cases(world)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda c: run_case(c, service_env, world), all_cases))
    problems: list[str] = []
    report = ["| command | failure | exit | line |", "|---|---|---|---|"]
    for c, r in zip(all_cases, results, strict=True):
        command = " ".join(c.args).replace(world["dir"], ".")
        if c.args[0] == "check" or c.args[:2] == ["alerts", "test"]:
            lines = [ln for ln in (r.stdout + r.stderr).splitlines() if ln.startswith(("FAIL", "newswatch:"))]
            lines += [ln for ln in (r.stdout + r.stderr).splitlines() if ": failed" in ln]
            line = " / ".join(lines)
            if not line:
                problems.append(f"{command} [{c.failure}]: no FAIL or failed line: {r.stdout[-300:]!r}")
        else:
            errs = [ln for ln in r.stderr.splitlines() if ln.strip()]
            line = errs[0] if len(errs) == 1 and errs[0].startswith("newswatch: ") else ""
            if not line:
                problems.append(f"{command} [{c.failure}]: not one 'newswatch:' line on stderr: {r.stderr[-600:]!r}")
        report.append(f"| `newswatch {command}` | {c.failure} | {r.returncode} | {line.replace('|', '/')} |")
        if r.returncode != c.code:
            problems.append(f"{command} [{c.failure}]: exit {r.returncode}, expected {c.code}: {r.stderr[-300:]!r}")
        if "Traceback" in r.stdout + r.stderr:
            problems.append(f"{command} [{c.failure}]: printed a traceback")
        missing_words = [w for w in c.expect if w not in line]
        if line and missing_words:
            problems.append(f"{command} [{c.failure}]: line lacks {missing_words}: {line!r}")
    if os.environ.get("NEWSWATCH_FAILURE_REPORT"):
        Path(os.environ["NEWSWATCH_FAILURE_REPORT"]).write_text("\n".join(report) + "\n", encoding="utf-8")
    assert not problems, "\n".join(problems)
    assert len(all_cases) >= 50


def test_debug_shows_the_traceback(service_env: dict[str, str], world: dict[str, str]) -> None:
    c = Case("Elasticsearch unreachable", ["--debug", "search", "x"], {"NEWSWATCH_ES_URL": "http://127.0.0.1:9"}, ())
    r = run_case(c, service_env, world)
    assert r.returncode == 1
    assert "Traceback" in r.stderr and r.stderr.rstrip().splitlines()[-1].startswith(
        "newswatch: Elasticsearch unreachable"
    )
