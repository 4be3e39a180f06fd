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
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch

from .config import Settings
from .errors import PermanentError, TransientError
from .models import Op, WriteResult
from .resources import mapping_text
from .retry import sleep_before_retry, transient_status

log = logging.getLogger(__name__)
MAX_BULK_WAIT = 30.0  # the longest pause between two bulk attempts
MAX_REQUEST_WAIT = 30.0  # the longest a bulk request may take within a deadline
TEMPLATES = ("articles", "alerts", "feeds")


def make_client(settings: Settings) -> Elasticsearch:
    """A client for every node of NEWSWATCH_ES_URL (API key wins over basic auth).

    Requests rotate over the nodes; one that fails is set aside for a while and the request is
    retried on another, so losing a node of a cluster costs a retry, not the run. Bodies are
    serialised with orjson.
    """
    kwargs: dict[str, Any] = {
        "request_timeout": settings.es_timeout,
        "retry_on_timeout": True,
        "max_retries": max(2, len(settings.es_hosts)),
        "retry_on_status": (502, 503, 504),  # a node restarting or shedding load: try another
        "serializers": _orjson_serializers(),
    }
    if settings.es_api_key:
        kwargs["api_key"] = settings.es_api_key.get_secret_value()
    elif settings.es_username and settings.es_password:
        kwargs["basic_auth"] = (settings.es_username, settings.es_password.get_secret_value())
    return Elasticsearch(settings.es_hosts, **kwargs)


def _orjson_serializers() -> dict[str, Any]:
    """orjson for JSON and NDJSON bodies: bulk requests and their responses cost a third of the stdlib's CPU."""
    from elasticsearch.serializer import NdjsonSerializer, OrjsonSerializer

    class OrjsonNdjsonSerializer(NdjsonSerializer):
        """NDJSON (bulk) with orjson for each line."""

        json_dumps = OrjsonSerializer.json_dumps
        json_loads = OrjsonSerializer.json_loads

    # The client maps the compatibility-mode mimetypes to these as well.
    return {"application/json": OrjsonSerializer(), "application/x-ndjson": OrjsonNdjsonSerializer()}


def check_connection(es: Elasticsearch) -> str:
    """Cluster status via _cluster/health (GET / is missing on the integ-test build); errors propagate."""
    return str(es.cluster.health(timeout="5s")["status"])


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


def template_body(
    name: str,
    prefix: str,
    language_analyzers: bool = False,
    mappings_dir: Path | None = None,
    shards: int | None = None,
    replicas: int | None = None,
) -> dict[str, Any]:
    """One shipped template (or one from `mappings_dir`), with the index prefix substituted.

    With language analyzers available, `title` and `text` get stemmed sub-fields (`text.de`, `text.en`, ...),
    an optional extra: queries on the plain fields work everywhere.
    """
    raw = mapping_text(name, mappings_dir).replace("__PREFIX__", prefix)
    body: dict[str, Any] = json.loads(raw)
    body.pop("_comment", None)
    index_settings = body.setdefault("template", {}).setdefault("settings", {})
    if shards is not None:
        index_settings["number_of_shards"] = shards
    if replicas is not None:
        index_settings["number_of_replicas"] = replicas
    if language_analyzers and name == "articles":
        props = body["template"]["mappings"]["properties"]
        for field in ("title", "text"):
            props[field].setdefault("fields", {}).update(
                {lang: {"type": "text", "analyzer": analyzer} for lang, analyzer in LANGUAGE_ANALYZERS.items()}
            )
    return body


def replicas_for(es: Elasticsearch, settings: Settings) -> int:
    """NEWSWATCH_ES_REPLICAS, else 0 on a one-node cluster (a replica could never be placed) and 1 otherwise."""
    if settings.es_replicas is not None:
        return settings.es_replicas
    return 0 if int(es.cluster.health()["number_of_data_nodes"]) <= 1 else 1


def setup(es: Elasticsearch, settings: Settings) -> list[str]:
    """Install templates and aliases, and bring existing indices to the replicas wanted; safe to repeat."""
    done = []
    prefix = settings.index_prefix
    try:
        languages = has_language_analyzers(es)
    except ApiError:  # nodes info refused (a restricted role): keep the core mapping
        languages = False
    replicas = replicas_for(es, settings)
    for name in TEMPLATES:
        body = template_body(name, prefix, languages, settings.mappings_dir, settings.es_shards, replicas)
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
        done += _set_replicas(es, alias, replicas)
    done.append(f"shards {settings.es_shards} (new indices), replicas {replicas}")
    done.append(
        "language analyzers: "
        + ("text.<lang> sub-fields installed" if languages else "not available on this cluster (core mapping only)")
    )
    return done


def _set_replicas(es: Elasticsearch, alias: str, replicas: int) -> list[str]:
    """Change the replicas of the alias's existing indices where they differ (shards cannot change)."""
    current = es.indices.get_settings(index=alias, name="index.number_of_replicas")
    out = []
    for index, body in current.body.items():
        have = int(body["settings"]["index"]["number_of_replicas"])
        if have != replicas:
            es.indices.put_settings(index=index, settings={"index": {"number_of_replicas": replicas}})
            out.append(f"{index}: replicas {have} → {replicas}")
    return out


def teardown(es: Elasticsearch, prefix: str) -> None:
    """Undo `setup` for an index prefix: its indices (with their data) and its templates.

    Indices are deleted by name, never by wildcard: the cluster keeps `action.destructive_requires_name`.
    """
    names = sorted(es.options(ignore_status=404).indices.get(index=f"{prefix}-*", expand_wildcards="all").body)
    names = [n for n in names if n.startswith(f"{prefix}-")]
    if names:
        es.options(ignore_status=404).indices.delete(index=",".join(names))
    for name in TEMPLATES:
        es.options(ignore_status=404).indices.delete_index_template(name=f"{prefix}-{name}")


@dataclass
class BulkOutcome:
    """What happened to one document of a bulk request."""

    id: str
    result: WriteResult
    error: str | None = None
    transient: bool = False  # for "failed": worth another try later (else Elasticsearch refused it for good)


def bulk_write(
    es: Elasticsearch,
    alias: str,
    items: list[tuple[Op, str, dict[str, Any]]],
    *,
    retries: int = 5,
    refresh: bool = False,
    base_delay: float = 0.5,
    deadline: float | None = None,
) -> list[BulkOutcome]:
    """Write documents through `alias`; retry transient failures; report each document's fate.

    With a `deadline` (time.monotonic()) no attempt outlives it: each request gets only the time
    left, and what is still pending then is reported as a transient failure, for a later retry.
    """
    pending = {doc_id: (op, doc) for op, doc_id, doc in items}
    outcomes: dict[str, BulkOutcome] = {}
    attempt = 0
    while pending:
        attempt += 1
        body: list[dict[str, Any]] = []
        for doc_id, (op, doc) in pending.items():
            body.append({op: {"_index": alias, "_id": doc_id}})
            body.append(doc)
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left < 1:
            raise TransientError(f"no time left to write {len(pending)} documents: Elasticsearch too slow")
        # Within a deadline our loop does the retrying, and no single request may take longer than what is left.
        client = es if left is None else es.options(request_timeout=min(MAX_REQUEST_WAIT, left), max_retries=0)
        try:
            resp = client.bulk(operations=body, refresh="wait_for" if refresh else False)
        except (TransportError, ApiError) as exc:
            if isinstance(exc, ApiError) and not transient_status(exc.meta.status):
                raise PermanentError(f"bulk request refused: {exc}") from exc
            if attempt > retries:
                raise TransientError(f"Elasticsearch unavailable after {retries} retries: {exc}") from exc
            _pause(attempt, base_delay, deadline)
            continue
        pending = {i: pending[i] for i in _sort_items(resp["items"], outcomes)}
        if pending:
            if attempt > retries:
                for i in pending:
                    outcomes[i] = BulkOutcome(i, "failed", "rejected by Elasticsearch after retries", transient=True)
                break
            _pause(attempt, base_delay, deadline)
    return [outcomes[doc_id] for _, doc_id, _ in items if doc_id in outcomes]


def _sort_items(items: list[dict[str, Any]], outcomes: dict[str, BulkOutcome]) -> list[str]:
    """Record each item's outcome; returns the ids worth sending again (e.g. 429: a full write queue)."""
    retry_ids: list[str] = []
    for item in items:
        ((_, res),) = item.items()
        doc_id = res["_id"]
        status = res.get("status", 500)
        if status in (200, 201):
            outcomes[doc_id] = BulkOutcome(doc_id, "created" if res.get("result") == "created" else "updated")
        elif status == 409:
            outcomes[doc_id] = BulkOutcome(doc_id, "duplicate")
        elif transient_status(status):
            retry_ids.append(doc_id)
        else:
            err = res.get("error", {})
            outcomes[doc_id] = BulkOutcome(doc_id, "failed", f"{err.get('type')}: {err.get('reason')}"[:300])
    return retry_ids


def _pause(attempt: int, base_delay: float, deadline: float | None) -> None:
    """Back off before the next bulk attempt, never past the deadline."""
    cap = MAX_BULK_WAIT if deadline is None else max(0.0, min(MAX_BULK_WAIT, deadline - time.monotonic() - 1))
    sleep_before_retry(attempt, min(base_delay, cap), cap)


def parse_since(value: str) -> str:
    """'7d', '12h', '30m' into Elasticsearch date math ('now-7d')."""
    value = value.strip()
    if not value or value[-1] not in "smhdw" or not value[:-1].isdigit():
        raise ValueError(f"invalid duration {value!r}: use e.g. 30m, 12h, 7d, 2w")
    return f"now-{value}"


@dataclass
class SearchHit:
    """One story in search results: its best article and how many copies of it were indexed."""

    id: str
    source: dict[str, Any]
    copies: int
    fragment: str

    def as_json(self) -> dict[str, Any]:
        """The hit as `search --json` prints it."""
        return {"id": self.id, "copies": self.copies, **self.source}


@dataclass
class SearchResult:
    """Search results, one hit per story."""

    articles: int
    stories: int
    hits: list[SearchHit]


def search(
    es: Elasticsearch,
    alias: str,
    query: str,
    *,
    topic: str | None = None,
    lang: str | None = None,
    since: str | None = None,
    size: int = 20,
) -> SearchResult:
    """Full-text search over articles with optional filters, best first, highlighted; copies of one
    story (same `story_id`: syndicated or near-identical texts) collapse into one hit."""
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
        # One hit per story; inner_hits of size 0 still counts the story's copies.
        collapse={"field": "story_id", "inner_hits": {"name": "copies", "size": 0}},
        aggs={"stories": {"cardinality": {"field": "story_id"}}},
        track_total_hits=True,
        highlight={
            "fields": {"text": {"fragment_size": 160, "number_of_fragments": 1}, "title": {"number_of_fragments": 0}}
        },
        source_excludes=["text", "mentions"],
    )
    hits = [
        SearchHit(
            id=h["_id"],
            source=h["_source"],
            copies=int(h.get("inner_hits", {}).get("copies", {}).get("hits", {}).get("total", {}).get("value", 1)),
            fragment=(h.get("highlight", {}).get("text") or [""])[0],
        )
        for h in resp["hits"]["hits"]
    ]
    return SearchResult(
        articles=int(resp["hits"]["total"]["value"]),
        stories=int(resp["aggregations"]["stories"]["value"]),
        hits=hits,
    )
