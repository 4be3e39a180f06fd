"""The configuration reference (docs/CONFIGURATION.md), generated from the pydantic models."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .alerts import AlertRule, Delivery, EmailChannel, Match, WebhookChannel
from .config import Feed, FeedDefaults, Settings
from .topics import Near, Rule, Topic


def _type(f: FieldInfo) -> str:
    t = str(f.annotation).replace("typing.", "").replace("pydantic.types.", "").replace("pathlib.", "")
    return t.replace("<class '", "").replace("'>", "").replace("|", "\\|")


def _default(f: FieldInfo) -> str:
    if f.is_required():
        return "**required**"
    d: Any = f.default
    if isinstance(d, BaseModel):
        return "(see below)"
    return f"`{d!s}`" if d not in (None, "", [], {}) else "–"


def _constraints(f: FieldInfo) -> str:
    out = []
    for m in f.metadata:
        for key in ("ge", "gt", "le", "lt", "pattern", "min_length"):
            if getattr(m, key, None) is not None:
                out.append(f"{key} {getattr(m, key)}")
    return ", ".join(out)


def _table(model: type[BaseModel], env: bool = False) -> list[str]:
    head = (
        "| env var | type | default | constraints | meaning |"
        if env
        else "| field | type | default | constraints | meaning |"
    )
    lines = [head, "|---|---|---|---|---|"]
    for name, f in model.model_fields.items():
        key = f"`NEWSWATCH_{name.upper()}`" if env else f"`{name}`"
        lines.append(f"| {key} | {_type(f)} | {_default(f)} | {_constraints(f)} | {f.description or ''} |")
    return lines


def render() -> str:
    """Markdown for every configuration surface."""
    parts = [
        "# Configuration reference",
        "",
        "Generated from the pydantic models by `newswatch config-reference`; a test keeps it in sync.",
        "Environment variables win over the YAML files. `newswatch check` validates everything.",
        "A key written twice in one YAML mapping is an error naming both lines (YAML alone keeps the last silently).",
        "",
        "## Environment",
        "",
        *_table(Settings, env=True),
        "",
    ]
    sections: list[tuple[str, type[BaseModel]]] = [
        ("feeds.yaml `defaults`", FeedDefaults),
        ("feeds.yaml `feeds:` entries", Feed),
        ("topics.yaml topics", Topic),
        ("topics.yaml rules", Rule),
        ("topics.yaml `near`", Near),
        ("alerts.yaml rules", AlertRule),
        ("alerts.yaml rule `match`", Match),
        ("alerts.yaml webhook channel", WebhookChannel),
        ("alerts.yaml email channel", EmailChannel),
        ("alerts.yaml `delivery`", Delivery),
    ]
    for title, model in sections:
        parts += [f"## {title}", "", *_table(model), ""]
    return "\n".join(parts)
