"""Configuration loading: precise errors, env overrides, secrets never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from worker.alerts import load_alerts
from worker.config import Settings, load_feeds, load_settings
from worker.errors import ConfigError
from worker.topics import load_topics


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_config_files_are_valid() -> None:
    feeds = load_feeds(ROOT / "feeds.yaml")
    assert len(feeds.feeds) >= 20
    topics = load_topics(ROOT / "topics.yaml")
    assert {t.id for t in topics.topics} == {"deepseek", "export_controls", "eu_ai"}
    alerts = load_alerts(ROOT / "alerts.yaml", topic_ids={t.id for t in topics.topics})
    assert {r.type for r in alerts.rules} == {"instant", "threshold", "digest"}


def test_feed_error_names_file_entry_and_field(tmp_path: Path) -> None:
    p = write(tmp_path, "feeds.yaml", "feeds:\n  - {id: heise, url: 'https://heise.de/feed', interval: 30}\n")
    with pytest.raises(ConfigError) as exc:
        load_feeds(p)
    assert str(exc.value) == "feeds.yaml: feed 'heise': interval: must be ≥ 60 s"


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("feeds:\n  - {id: a}\n", "feeds.yaml: feed 'a': url: is required"),
        ("feeds:\n  - {id: a, url: 'ftp://x/y'}\n", "feeds.yaml: feed 'a': url: must be an http(s) URL"),
        ("feeds:\n  - {id: a, url: 'https://x', colour: red}\n", "feeds.yaml: feed 'a': colour: unknown field"),
        ("feeds:\n  - {url: 'https://x'}\n", "feeds.yaml: feed #1: id: is required"),
        ("defaults: {timeout: 0}\nfeeds: []\n", "feeds.yaml: defaults: timeout: must be > 0 s"),
        (
            "feeds:\n  - {id: a, url: 'https://x'}\n  - {id: a, url: 'https://y'}\n",
            "feeds.yaml: duplicate feed id(s): a",
        ),
    ],
)
def test_feed_errors(tmp_path: Path, yaml_text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as exc:
        load_feeds(write(tmp_path, "feeds.yaml", yaml_text))
    assert expected in str(exc.value)


def test_invalid_yaml_names_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"feeds.yaml: line 3: invalid YAML"):
        load_feeds(write(tmp_path, "feeds.yaml", "feeds:\n  - {id: a, url: [\n"))


def test_repeated_key_is_an_error_naming_both_lines(tmp_path: Path) -> None:
    """YAML keeps a repeated key's last value silently; a concept written twice lost its first list that way."""
    topics = (
        "languages: [en]\nconcepts:\n  risk:\n    en: [high-risk]\n  other:\n    en: [x]\n  risk:\n    en: [risky]\n"
        "topics:\n  - id: t1\n    rules:\n      - {id: r1, any: ['@risk']}\n"
    )
    with pytest.raises(
        ConfigError, match=r"^topics.yaml: line 7: invalid YAML: key 'risk' repeated \(first on line 3\)"
    ):
        load_topics(write(tmp_path, "topics.yaml", topics))
    feeds = "feeds:\n  - id: a\n    url: 'https://x/feed'\n    url: 'https://y/feed'\n"
    with pytest.raises(ConfigError, match=r"feeds.yaml: line 4: invalid YAML: key 'url' repeated \(first on line 3\)"):
        load_feeds(write(tmp_path, "feeds.yaml", feeds))
    # the same key in two different mappings is no repeat
    ok = "feeds:\n  - {id: a, url: 'https://x/feed'}\n  - {id: b, url: 'https://y/feed'}\n"
    assert [f.id for f in load_feeds(write(tmp_path, "feeds.yaml", ok)).feeds] == ["a", "b"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_feeds(tmp_path / "nope.yaml")


def test_topics_errors_name_topic_and_rule(tmp_path: Path) -> None:
    bad = "topics:\n  - id: t1\n    rules:\n      - {id: r1, any: ['ex*port']}\n"
    with pytest.raises(ConfigError) as exc:
        load_topics(write(tmp_path, "topics.yaml", bad))
    assert "topics.yaml: topic 't1': rule 'r1': term 'ex*port'" in str(exc.value)
    bad2 = "topics:\n  - id: t1\n    threshold: 2\n    rules:\n      - {id: r1, any: [x]}\n"
    with pytest.raises(ConfigError, match=r"topic 't1': threshold: must be ≤ 1"):
        load_topics(write(tmp_path, "topics.yaml", bad2))


def test_alerts_unknown_channel_and_topic(tmp_path: Path) -> None:
    text = (
        "channels:\n  hook: {type: webhook, url: 'https://h.example/x'}\n"
        "rules:\n  - {id: r1, type: instant, match: {topics_any: [nope]}, channels: [hook, mail]}\n"
    )
    with pytest.raises(ConfigError) as exc:
        load_alerts(write(tmp_path, "alerts.yaml", text), topic_ids={"deepseek"})
    msg = str(exc.value)
    assert "alerts.yaml: rule 'r1': channels: unknown channel 'mail'" in msg
    assert "alerts.yaml: rule 'r1': match: unknown topic 'nope'" in msg


def test_alerts_bad_timezone_and_schedule(tmp_path: Path) -> None:
    text = (
        "channels:\n  m: {type: email, to: ['a@b.c']}\n"
        "rules:\n  - {id: d, type: digest, schedule: '25:00', timezone: Mars/Base, channels: [m]}\n"
    )
    with pytest.raises(ConfigError) as exc:
        load_alerts(write(tmp_path, "alerts.yaml", text))
    assert "rule 'd': schedule: must match" in str(exc.value)
    assert "rule 'd': timezone: unknown time zone 'Mars/Base'" in str(exc.value)


def test_env_wins_over_yaml_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = write(tmp_path, "feeds.yaml", "defaults: {timeout: 20, user_agent: from-yaml}\nfeeds: []\n")
    monkeypatch.setenv("NEWSWATCH_USER_AGENT", "from-env")
    monkeypatch.setenv("NEWSWATCH_FETCH_TIMEOUT", "7")
    feeds = load_feeds(p, load_settings())
    assert feeds.defaults.user_agent == "from-env"
    assert feeds.defaults.timeout == 7


def test_settings_errors_name_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_ALLOW_NETWORKS", "10.0.0.0/8,not-a-net")
    with pytest.raises(ConfigError, match="NEWSWATCH_ALLOW_NETWORKS: not a CIDR network: 'not-a-net'"):
        load_settings()


def test_secrets_never_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_ES_PASSWORD", "hunter2-secret")
    monkeypatch.setenv("NEWSWATCH_ES_API_KEY", "apikey-secret")
    s = Settings()
    assert "hunter2" not in repr(s) and "hunter2" not in str(s.model_dump())
    assert "apikey-secret" not in repr(s)
    assert s.es_password is not None and s.es_password.get_secret_value() == "hunter2-secret"
