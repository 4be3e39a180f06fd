"""Kibana saved objects: the shipped bundle and its import through the saved objects API.

The bundle (``worker/resources/kibana/newswatch.ndjson``, linked from ``deploy/kibana/``) is
written in the shapes Kibana 9 stores itself and without migration-version fields, so Kibana
accepts it as it is. Importing with ``overwrite=true`` is idempotent in one space; importing into
a second space creates copies there with new ids (Kibana's rule for multi-space imports).

URL and credentials come from the settings: NEWSWATCH_KIBANA_URL, NEWSWATCH_KIBANA_USERNAME and
NEWSWATCH_KIBANA_PASSWORD, else the Elasticsearch user (Kibana authenticates against the same
cluster), else NEWSWATCH_ES_API_KEY.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from .config import Settings
from .errors import ConfigError, PermanentError, TransientError
from .logs import redact
from .resources import kibana_bundle

BUNDLE_NAME = "newswatch.ndjson"


def load_bundle(text: str, name: str = BUNDLE_NAME) -> list[dict[str, Any]]:
    """The saved objects of an NDJSON bundle; a line that is not a JSON object is a ConfigError."""
    objects = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{name}: line {n}: not JSON ({exc.msg})") from exc
        if not isinstance(obj, dict) or "type" not in obj or "id" not in obj:
            raise ConfigError(f"{name}: line {n}: not a saved object (needs type and id)")
        objects.append(obj)
    return objects


def shipped_objects() -> list[dict[str, Any]]:
    """The saved objects of the shipped bundle."""
    return load_bundle(kibana_bundle().read_text(encoding="utf-8"))


def read_bundle(path: Path | None) -> tuple[str, bytes]:
    """File name and bytes of the bundle to upload (the shipped one when `path` is None)."""
    if path is None:
        return BUNDLE_NAME, kibana_bundle().read_bytes()
    if path.suffix != ".ndjson":
        # Kibana's import API refuses any upload whose file name does not end in .ndjson.
        raise ConfigError(f"{path}: the bundle's file name must end in .ndjson (Kibana refuses others)")
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    return path.name, data


def _auth(settings: Settings) -> tuple[tuple[str, str] | None, dict[str, str]]:
    """Basic auth (Kibana's own user, else the Elasticsearch one) or an API key header."""
    user = settings.kibana_username or settings.es_username
    secret = settings.kibana_password or (settings.es_password if not settings.kibana_username else None)
    if user and secret:
        return (user, secret.get_secret_value()), {}
    if settings.es_api_key:
        return None, {"Authorization": f"ApiKey {settings.es_api_key.get_secret_value()}"}
    return None, {}


def import_objects(
    settings: Settings,
    path: Path | None = None,
    *,
    url: str | None = None,
    space: str | None = None,
    timeout: float = 60.0,
) -> dict[str, Any]:
    """POST the bundle to /api/saved_objects/_import?overwrite=true; returns Kibana's answer."""
    name, data = read_bundle(path)
    load_bundle(data.decode("utf-8", "replace"), name)  # refuse a malformed bundle before sending anything
    base = (url or settings.kibana_url).rstrip("/")
    where = redact(base)
    target = base + (f"/s/{space}" if space else "")
    auth, headers = _auth(settings)
    try:
        resp = httpx.post(
            f"{target}/api/saved_objects/_import",
            params={"overwrite": "true"},
            headers={"kbn-xsrf": "true", **headers},
            auth=auth,
            files={"file": (name, data, "application/ndjson")},
            timeout=timeout,
        )
    except httpx.TimeoutException as exc:
        raise TransientError(f"Kibana at {where} did not answer within {timeout:g} s: is it starting up?") from exc
    except httpx.HTTPError as exc:
        raise PermanentError(
            f"Kibana unreachable at {where} ({type(exc).__name__}): start Kibana, or set NEWSWATCH_KIBANA_URL / --url"
        ) from exc
    if resp.status_code == 401:
        raise PermanentError(
            f"Kibana at {where} refused the credentials (401): "
            "set NEWSWATCH_KIBANA_USERNAME and NEWSWATCH_KIBANA_PASSWORD"
        )
    if resp.status_code == 403:
        raise PermanentError(
            f"Kibana at {where} denied the import (403): the user needs the saved objects management privilege"
        )
    if resp.status_code == 404 and space:
        raise PermanentError(f"Kibana at {where} has no space {space!r}: create it first or leave out --space")
    if resp.status_code >= 400:
        raise PermanentError(f"Kibana at {where} answered {resp.status_code}: {resp.text[:200]}")
    try:
        result: dict[str, Any] = resp.json()
    except ValueError as exc:
        raise PermanentError(f"{where} answered with something that is not Kibana's JSON: is this Kibana?") from exc
    return result
