"""Kibana saved objects: the bundle in deploy/kibana/ and its import through the saved objects API.

Credentials: NEWSWATCH_KIBANA_USERNAME / NEWSWATCH_KIBANA_PASSWORD, else the Elasticsearch ones
(Kibana authenticates against the same cluster), else NEWSWATCH_ES_API_KEY.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx

from .config import Settings


def bundle_path() -> Path:
    """deploy/kibana/newswatch.ndjson in the repository."""
    return Path(__file__).resolve().parent.parent / "deploy" / "kibana" / "newswatch.ndjson"


def load_bundle(path: Path) -> list[dict[str, Any]]:
    """The saved objects of an NDJSON bundle."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def import_objects(
    url: str, path: Path, settings: Settings, space: str | None = None, timeout: float = 60.0
) -> dict[str, Any]:
    """POST the bundle to /api/saved_objects/_import?overwrite=true; returns Kibana's answer."""
    load_bundle(path)  # refuse a malformed bundle before sending anything
    base = url.rstrip("/") + (f"/s/{space}" if space else "")
    headers = {"kbn-xsrf": "true"}
    auth: tuple[str, str] | None = None
    user = os.environ.get("NEWSWATCH_KIBANA_USERNAME") or settings.es_username
    password = os.environ.get("NEWSWATCH_KIBANA_PASSWORD") or (
        settings.es_password.get_secret_value() if settings.es_password else None
    )
    if user and password:
        auth = (user, password)
    elif settings.es_api_key:
        headers["Authorization"] = f"ApiKey {settings.es_api_key.get_secret_value()}"
    with path.open("rb") as fh:
        resp = httpx.post(
            f"{base}/api/saved_objects/_import",
            params={"overwrite": "true"},
            headers=headers,
            auth=auth,
            files={"file": (path.name, fh, "application/ndjson")},
            timeout=timeout,
        )
    if resp.status_code >= 400:
        raise ValueError(f"Kibana answered {resp.status_code}: {resp.text[:300]}")
    result: dict[str, Any] = resp.json()
    return result
