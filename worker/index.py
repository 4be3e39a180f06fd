"""Index stage: Elasticsearch setup (templates + aliases) and idempotent bulk writes.

Every write goes through an alias. An article's `_id` is a hash of its canonical URL; a first
ingest uses `op_type: create`, so a conflict (409) means another worker got there first and
counts as a duplicate; a known article whose feed entry changed is written with `index`,
which makes a new version of the same document. Bulk requests retry explicitly: the whole
request on connection errors, and only the rejected items on 429/5xx.
"""

from __future__ import annotations

import json
import logging
import random
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, Elasticsearch
from elasticsearch import ConnectionError as EsConnectionError

from .config import Settings
from .errors import PermanentError, TransientError

log = logging.getLogger(__name__)
TEMPLATES = ("articles", "alerts", "feeds")
Op = str  # "create" (first ingest; 409 = duplicate) or "index" (new version of a known article)


def mappings_dir() -> Path:
    """The folder with the index templates (the repository's mappings/)."""
    here = Path(__file__).resolve().parent.parent / "mappings"
    if here.is_dir():
        return here
    return Path(str(resources.files("worker") / "mappings"))


def make_client(settings: Settings) -> Elasticsearch:
    """An Elasticsearch client from settings (API key wins over basic auth)."""
    kwargs: dict[str, Any] = {"request_timeout": settings.es_timeout, "retry_on_timeout": True, "max_retries": 2}
    if settings.es_api_key:
        kwargs["api_key"] = settings.es_api_key.get_secret_value()
    elif settings.es_username and settings.es_password:
        kwargs["basic_auth"] = (settings.es_username, settings.es_password.get_secret_value())
    return Elasticsearch(settings.es_url, **kwargs)


def check_connection(es: Elasticsearch) -> str:
    """Cluster status via _cluster/health (GET / is missing on the integ-test build)."""
    try:
        health = es.cluster.health(timeout="5s")
    except EsConnectionError as exc:
        raise TransientError(f"Elasticsearch unreachable: {exc}") from exc
    except ApiError as exc:
        if exc.meta.status == 401:
            raise PermanentError("Elasticsearch refused the credentials (401): check NEWSWATCH_ES_*") from exc
        raise
    return str(health["status"])


LANGUAGE_ANALYZERS = {
    "de": "german",
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
}


def has_language_analyzers(es: Elasticsearch) -> bool:
    """True when every node has the analysis-common module (a full distribution; the integ-test build lacks it)."""
    info = es.nodes.info(metric="modules")
    nodes = info.get("nodes", {})
    return bool(nodes) and all(
        any(m.get("name") == "analysis-common" for m in n.get("modules", [])) for n in nodes.values()
    )


def template_body(name: str, prefix: str, language_analyzers: bool = False) -> dict[str, Any]:
    """One template from mappings/, with the index prefix substituted.

    With language analyzers available, `title` and `text` get stemmed sub-fields (`text.de`, `text.en`, ...),
    an optional extra: queries on the plain fields work everywhere.
    """
    raw = (mappings_dir() / f"{name}.json").read_text(encoding="utf-8").replace("__PREFIX__", prefix)
    body: dict[str, Any] = json.loads(raw)
    body.pop("_comment", None)
    if language_analyzers and name == "articles":
        props = body["template"]["mappings"]["properties"]
        for field in ("title", "text"):
            props[field].setdefault("fields", {}).update(
                {lang: {"type": "text", "analyzer": analyzer} for lang, analyzer in LANGUAGE_ANALYZERS.items()}
            )
    return body


def setup(es: Elasticsearch, settings: Settings) -> list[str]:
    """Install templates and create each alias with its first index; safe to run repeatedly."""
    done = []
    prefix = settings.index_prefix
    try:
        languages = has_language_analyzers(es)
    except ApiError:  # nodes info refused (a restricted role): keep the core mapping
        languages = False
    for name in TEMPLATES:
        body = template_body(name, prefix, languages)
        es.indices.put_index_template(name=f"{prefix}-{name}", **body)
        alias = f"{prefix}-{name}"
        if not es.indices.exists_alias(name=alias):
            try:
                es.indices.create(index=f"{alias}-000001", aliases={alias: {"is_write_index": True}})
                done.append(f"created {alias}-000001 with alias {alias}")
            except ApiError as exc:
                if exc.error != "resource_already_exists_exception":
                    raise
        else:
            done.append(f"alias {alias} exists")
    done.append(
        "language analyzers: "
        + ("text.<lang> sub-fields installed" if languages else "not available on this cluster (core mapping only)")
    )
    return done


def teardown(es: Elasticsearch, prefix: str) -> None:
    """Undo `setup` for an index prefix: its indices (with their data) and its templates."""
    es.options(ignore_status=404).indices.delete(index=f"{prefix}-*", expand_wildcards="all")
    for name in TEMPLATES:
        es.options(ignore_status=404).indices.delete_index_template(name=f"{prefix}-{name}")


@dataclass
class BulkOutcome:
    """What happened to one document of a bulk request."""

    id: str
    result: str  # created | updated | duplicate | failed
    error: str | None = None


def bulk_write(
    es: Elasticsearch,
    alias: str,
    items: list[tuple[Op, str, dict[str, Any]]],
    *,
    retries: int = 5,
    refresh: bool = False,
    base_delay: float = 0.5,
) -> list[BulkOutcome]:
    """Write documents through `alias`; retry transient failures; report each document's fate."""
    pending = {doc_id: (op, doc) for op, doc_id, doc in items}
    outcomes: dict[str, BulkOutcome] = {}
    attempt = 0
    while pending:
        attempt += 1
        body: list[dict[str, Any]] = []
        for doc_id, (op, doc) in pending.items():
            body.append({op: {"_index": alias, "_id": doc_id}})
            body.append(doc)
        retry_ids: list[str] = []
        try:
            resp = es.bulk(operations=body, refresh="wait_for" if refresh else False)
        except (EsConnectionError, ApiError) as exc:
            status = getattr(getattr(exc, "meta", None), "status", 0)
            if isinstance(exc, ApiError) and status not in (408, 429) and status < 500:
                raise PermanentError(f"bulk request refused: {exc}") from exc
            if attempt > retries:
                raise TransientError(f"Elasticsearch unavailable after {retries} retries: {exc}") from exc
            _sleep(attempt, base_delay)
            continue
        for item in resp["items"]:
            ((op_name, res),) = item.items()
            doc_id = res["_id"]
            status = res.get("status", 500)
            if status in (200, 201):
                outcomes[doc_id] = BulkOutcome(doc_id, "created" if res.get("result") == "created" else "updated")
            elif status == 409:
                outcomes[doc_id] = BulkOutcome(doc_id, "duplicate")
            elif status in (429, 503) or status >= 500:
                retry_ids.append(doc_id)
            else:
                err = res.get("error", {})
                outcomes[doc_id] = BulkOutcome(doc_id, "failed", f"{err.get('type')}: {err.get('reason')}"[:300])
        pending = {i: pending[i] for i in retry_ids}
        if pending:
            if attempt > retries:
                for i in pending:
                    outcomes[i] = BulkOutcome(i, "failed", "rejected by Elasticsearch after retries")
                break
            _sleep(attempt, base_delay)
    return [outcomes[doc_id] for _, doc_id, _ in items if doc_id in outcomes]


def _sleep(attempt: int, base: float) -> None:
    """Exponential backoff with full jitter."""
    time.sleep(random.uniform(0, min(30.0, base * 2 ** (attempt - 1))))


def parse_since(value: str) -> str:
    """'7d', '12h', '30m' into Elasticsearch date math ('now-7d')."""
    value = value.strip()
    if not value or value[-1] not in "smhdw" or not value[:-1].isdigit():
        raise ValueError(f"invalid duration {value!r}: use e.g. 30m, 12h, 7d, 2w")
    return f"now-{value}"


def search(
    es: Elasticsearch,
    alias: str,
    query: str,
    *,
    topic: str | None = None,
    lang: str | None = None,
    since: str | None = None,
    size: int = 20,
) -> dict[str, Any]:
    """Full-text search over articles with optional filters, newest-relevant first, highlighted."""
    filters: list[dict[str, Any]] = []
    if topic:
        filters.append({"term": {"topics": topic}})
    if lang:
        filters.append({"term": {"lang": lang}})
    if since:
        filters.append({"range": {"@timestamp": {"gte": parse_since(since)}}})
    must: list[dict[str, Any]] = []
    if query and query != "*":
        must.append(
            {
                "simple_query_string": {
                    "query": query,
                    "fields": ["title^3", "text", "summary"],
                    "default_operator": "and",
                }
            }
        )
    resp = es.search(
        index=alias,
        query={"bool": {"must": must or [{"match_all": {}}], "filter": filters}},
        size=size,
        sort=["_score", {"@timestamp": "desc"}],
        highlight={
            "fields": {"text": {"fragment_size": 160, "number_of_fragments": 1}, "title": {"number_of_fragments": 0}}
        },
        source_excludes=["text", "mentions"],
    )
    return dict(resp)
