"""Configuration: environment settings plus the YAML files, validated with pydantic at start.

Environment variables (NEWSWATCH_*) win over the YAML files. Every validation error is turned
into one line that names the file, the entry and the field, e.g.
``feeds.yaml: feed 'heise': interval: must be ≥ 60 s``. Secrets are SecretStr and never printed.
"""

from __future__ import annotations

import ipaddress
import os
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigError

ID_RE = r"^[a-z0-9][a-z0-9_.-]{0,63}$"
SECONDS_FIELDS = {"interval", "timeout", "window", "throttle", "deadline", "min_interval"}


def unique_ids(ids: list[str], what: str) -> None:
    """Raise ValueError naming the ids that occur more than once (for the files' model validators)."""
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise ValueError(f"duplicate {what} id(s): {', '.join(dup)}")


class Settings(BaseSettings):
    """Process settings from NEWSWATCH_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="NEWSWATCH_", extra="ignore")

    es_url: str = Field(
        "http://127.0.0.1:9200",
        description="Elasticsearch node URL, or several separated by commas (the client uses all and fails over)",
    )
    es_username: str | None = Field(None, description="Elasticsearch basic-auth user")
    es_password: SecretStr | None = Field(None, description="Elasticsearch password (secret)")
    es_api_key: SecretStr | None = Field(None, description="Elasticsearch API key; wins over basic auth (secret)")
    es_timeout: float = Field(30.0, description="Elasticsearch request timeout, seconds")
    es_shards: int = Field(1, ge=1, le=64, description="Primary shards of new indices (index templates)")
    es_replicas: int | None = Field(
        None, ge=0, le=10, description="Replicas per shard (default: 0 on a one-node cluster, 1 otherwise)"
    )
    redis_url: str = Field("redis://127.0.0.1:6379/0", description="Redis: Celery broker and feed state")
    index_prefix: str = Field(
        "news", pattern=r"^news(-[a-z0-9_]+)*$", description="Aliases <prefix>-articles, -alerts, -feeds"
    )
    key_prefix: str = Field("newswatch", description="Prefix of every Redis key")
    allow_networks: str = Field("", description="Comma-separated CIDRs exempt from the private-address refusal")
    feeds_file: Path = Field(Path("feeds.yaml"), description="Feeds file")
    topics_file: Path = Field(Path("topics.yaml"), description="Topic rules file")
    alerts_file: Path = Field(Path("alerts.yaml"), description="Alert rules file (absent: no alerts)")
    # Overrides of feeds.yaml `defaults` (env wins).
    user_agent: str | None = Field(None, description="Overrides feeds.yaml defaults.user_agent")
    fetch_timeout: float | None = Field(None, description="Overrides feeds.yaml defaults.timeout")
    max_bytes: int | None = Field(None, description="Overrides feeds.yaml defaults.max_bytes")
    smtp_host: str = Field("127.0.0.1", description="SMTP server for email channels")
    smtp_port: int = Field(25, description="SMTP port")
    smtp_username: str | None = Field(None, description="SMTP login")
    smtp_password: SecretStr | None = Field(None, description="SMTP password (secret)")
    smtp_starttls: bool = Field(False, description="Upgrade the SMTP connection with STARTTLS")
    smtp_ssl: bool = Field(False, description="SMTP over implicit TLS (port 465)")
    smtp_from: str = Field("newswatch@localhost", description="Sender address of alert emails")
    mappings_dir: Path | None = Field(
        None, description="Folder with your own index templates (articles.json, alerts.json, feeds.json)"
    )
    kibana_url: str = Field("http://127.0.0.1:5601", description="Kibana base URL for `kibana import`")
    kibana_username: str | None = Field(None, description="Kibana user (default: the Elasticsearch user)")
    kibana_password: SecretStr | None = Field(None, description="Kibana password (secret)")
    metrics_port: int = Field(0, description="Prometheus endpoint of the Celery worker (0 = off)")
    log_format: Literal["json", "text"] = Field("text", description="Log lines as text or JSON")
    batch_size: int = Field(
        10, ge=1, le=500, description="Entries per processing task and bulk request (run --once shrinks its last)"
    )

    @field_validator("es_url")
    @classmethod
    def _es_urls(cls, v: str) -> str:
        urls = list(dict.fromkeys(u.strip().rstrip("/") for u in v.split(",") if u.strip()))  # once each
        if not urls:
            raise ValueError("needs at least one URL")
        for u in urls:
            if not re.match(r"^https?://[^/\s]+", u):
                raise ValueError(f"not an http(s) URL: {u!r}")
        return ",".join(urls)

    @property
    def es_hosts(self) -> list[str]:
        """Every Elasticsearch node URL of NEWSWATCH_ES_URL."""
        return self.es_url.split(",")

    @field_validator("allow_networks")
    @classmethod
    def _networks(cls, v: str) -> str:
        for part in filter(None, (p.strip() for p in v.split(","))):
            try:
                ipaddress.ip_network(part, strict=False)
            except ValueError as exc:
                raise ValueError(f"not a CIDR network: {part!r}") from exc
        return v

    @property
    def networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        """Networks exempt from the private-address refusal."""
        return [ipaddress.ip_network(p.strip(), strict=False) for p in self.allow_networks.split(",") if p.strip()]

    @property
    def articles_alias(self) -> str:
        """The alias every article write goes through."""
        return f"{self.index_prefix}-articles"

    @property
    def alerts_index(self) -> str:
        """The alert ledger alias."""
        return f"{self.index_prefix}-alerts"

    @property
    def feeds_index(self) -> str:
        """The feed-health alias."""
        return f"{self.index_prefix}-feeds"


class FeedDefaults(BaseModel):
    """Defaults applied to every feed unless the feed sets its own."""

    model_config = ConfigDict(extra="forbid")
    interval: int = Field(900, ge=60)
    timeout: float = Field(20.0, gt=0, le=300)
    max_bytes: int = Field(10_000_000, ge=10_000)
    page_max_bytes: int = Field(5_000_000, ge=10_000)
    max_redirects: int = Field(5, ge=0, le=20)
    user_agent: str = "newswatch/0.1 (+https://github.com/newswatch/newswatch)"
    max_entries: int = Field(200, ge=1)


class Feed(BaseModel):
    """One feed entry of feeds.yaml."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=ID_RE)
    url: str
    name: str | None = None
    lang: str | None = Field(None, pattern=r"^[a-z]{2,3}$")
    interval: int | None = Field(None, ge=60)
    tags: list[str] = []
    enabled: bool = True

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if not re.match(r"^https?://[^/\s]+", v):
            raise ValueError("must be an http(s) URL")
        return v

    def effective_interval(self, defaults: FeedDefaults) -> int:
        """This feed's poll interval in seconds."""
        return self.interval or defaults.interval


class FeedsFile(BaseModel):
    """The whole feeds.yaml."""

    model_config = ConfigDict(extra="forbid")
    defaults: FeedDefaults = FeedDefaults()
    feeds: list[Feed]

    @model_validator(mode="after")
    def _unique(self) -> FeedsFile:
        unique_ids([f.id for f in self.feeds], "feed")
        return self

    def by_id(self) -> dict[str, Feed]:
        """Feeds keyed by id."""
        return {f.id: f for f in self.feeds}


def _message(err: dict[str, Any]) -> str:
    """A human message for one pydantic error, with units for second-valued fields."""
    ctx = err.get("ctx") or {}
    field = str(err["loc"][-1]) if err["loc"] else ""
    unit = " s" if field in SECONDS_FIELDS else ""
    t = err["type"]

    def num(v: Any) -> str:
        return f"{v:g}" if isinstance(v, int | float) else str(v)

    if t == "greater_than_equal":
        return f"must be ≥ {num(ctx['ge'])}{unit}"
    if t == "greater_than":
        return f"must be > {num(ctx['gt'])}{unit}"
    if t == "less_than_equal":
        return f"must be ≤ {num(ctx['le'])}{unit}"
    if t == "missing":
        return "is required"
    if t == "extra_forbidden":
        return "unknown field"
    if t == "string_pattern_mismatch":
        return f"must match {ctx.get('pattern')}"
    msg = str(err["msg"])
    return msg.removeprefix("Value error, ")


def format_errors(path: Path | str, data: Any, exc: ValidationError, labels: dict[str, str]) -> list[str]:
    """Turn a ValidationError into lines naming file, entry (by its id) and field.

    pydantic reports a location as a path of keys and list indices (``("feeds", 3, "interval")``).
    We walk that path through the raw YAML data alongside, so that a list index becomes the entry's
    own id where it has one (``feed 'heise'``) and a mapping key its label (``channel 'desk'``).
    """
    name = Path(path).name
    lines: list[str] = []
    done: set[tuple[str, ...]] = set()
    for err in exc.errors():
        # Drop pydantic's union-branch tags ("str", "list[...]", "TermSpec") from the path.
        loc: list[Any] = [
            p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p[:1].isupper() or p == "str"))
        ]
        key = tuple(map(str, loc))
        if key in done:
            continue
        done.add(key)
        where: list[str] = []
        node: Any = data
        i = 0
        while i < len(loc):
            part = loc[i]
            if isinstance(node, dict) and part in node:
                child = node[part]
                if isinstance(child, list) and i + 1 < len(loc) and isinstance(loc[i + 1], int):
                    idx = loc[i + 1]
                    item = child[idx] if idx < len(child) else None
                    label = labels.get(str(part), str(part))
                    ident = item.get("id") if isinstance(item, dict) else None
                    where.append(f"{label} {ident!r}" if ident else f"{label} #{idx + 1}")
                    node = item
                    i += 2
                    continue
                if isinstance(child, dict) and str(part) in labels and i + 1 < len(loc):
                    # mapping keyed by id (e.g. alerts.yaml channels:)
                    key = loc[i + 1]
                    where.append(f"{labels[str(part)]} {key!r}")
                    node = child.get(key)
                    i += 2
                    continue
                where.append(str(part))
                node = child
            else:
                where.append(str(part))
                node = None
            i += 1
        lines.append(f"{name}: " + ": ".join([*where, _message(dict(err))]))
    return lines


# libyaml's safe loader when present (several times faster on a large topics.yaml), else the pure one.
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(SAFE_LOADER):  # type: ignore[misc]
    """SAFE_LOADER refusing a key repeated in one mapping. YAML itself keeps the last value silently, so a concept
    written twice in topics.yaml, or a feed's field given twice, would lose the first one without a word."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """The mapping, after checking that no key occurs twice (the error names both lines)."""
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.get(key)
            except TypeError:  # an unhashable key: the constructor below reports it
                continue
            if first is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} repeated (first on line {first + 1})", key_node.start_mark
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]


def read_yaml(path: Path) -> Any:
    """Read a YAML file; errors name the file and the line (a key repeated in one mapping is an error too)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a safe loader (see _UniqueKeyLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path.name}:{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from exc


def load_model(path: Path, model: type[BaseModel], labels: dict[str, str]) -> Any:
    """Load and validate a YAML file into `model`, raising ConfigError with precise lines."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name}: top level must be a mapping")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError("\n".join(format_errors(path, data, exc, labels))) from exc


def load_settings() -> Settings:
    """Settings from the environment; errors name the variable."""
    try:
        return Settings()
    except ValidationError as exc:
        lines = [f"environment: NEWSWATCH_{str(e['loc'][0]).upper()}: {_message(dict(e))}" for e in exc.errors()]
        raise ConfigError("\n".join(lines)) from exc


def load_feeds(path: Path, settings: Settings | None = None) -> FeedsFile:
    """feeds.yaml, with environment overrides applied to the defaults."""
    feeds: FeedsFile = load_model(path, FeedsFile, {"feeds": "feed"})
    s = settings
    if s is not None:
        upd: dict[str, Any] = {}
        if s.user_agent:
            upd["user_agent"] = s.user_agent
        if s.fetch_timeout:
            upd["timeout"] = s.fetch_timeout
        if s.max_bytes:
            upd["max_bytes"] = s.max_bytes
        if upd:
            feeds.defaults = feeds.defaults.model_copy(update=upd)
    return feeds


def env_secret(name: str) -> str | None:
    """Read a secret from the environment by name (for channel secrets named in alerts.yaml)."""
    return os.environ.get(name) or None
