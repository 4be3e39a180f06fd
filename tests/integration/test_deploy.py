"""Kibana bundle against the real index mapping and data; the import API; feed health on real Redis.

Kibana cannot run here, so each saved object is checked against what it stands for: every field it
names exists in the real mapping with a type its aggregation can use, every reference resolves
inside the bundle, and each panel's aggregation, rewritten as the Elasticsearch request it stands
for, returns the expected buckets from a real test index.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.parser import BytesParser
from email.policy import default as default_policy
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.integration.conftest import Reply, Site
from worker.config import FeedsFile, Settings
from worker.index import bulk_write
from worker.kibana import import_objects, shipped_objects
from worker.resources import kibana_bundle
from worker.state import State

AGGREGATABLE = {"keyword", "date", "long", "integer", "float", "double", "boolean"}
OBJECTS = shipped_objects()
INDEX_OF = {"newswatch-articles": "articles", "newswatch-alerts": "alerts", "newswatch-feeds": "feeds"}


def flatten(props: dict[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for name, spec in props.items():
        path = f"{prefix}{name}"
        if "type" in spec and spec["type"] not in ("object", "nested"):
            out[path] = spec["type"]
        for sub, sspec in spec.get("fields", {}).items():
            out[f"{path}.{sub}"] = sspec["type"]
        if "properties" in spec:
            out.update(flatten(spec["properties"], path + "."))
    return out


@pytest.fixture
def mappings(settings: Settings, es: Any) -> dict[str, dict[str, str]]:
    out = {}
    for key in ("articles", "alerts", "feeds"):
        m = es.indices.get_mapping(index=f"{settings.index_prefix}-{key}")
        props = next(iter(m.body.values()))["mappings"]["properties"]
        out[key] = flatten(props)
    return out


def index_for(obj: dict[str, Any]) -> str:
    ref = next(r for r in obj["references"] if r["type"] == "index-pattern")
    return INDEX_OF[ref["id"]]


def test_references_resolve_inside_the_bundle() -> None:
    ids = {(o["type"], o["id"]) for o in OBJECTS}
    assert len(ids) == len(OBJECTS)
    for o in OBJECTS:
        for r in o["references"]:
            assert (r["type"], r["id"]) in ids, f"{o['id']}: {r}"
    dash = next(o for o in OBJECTS if o["type"] == "dashboard")
    panels = json.loads(dash["attributes"]["panelsJSON"])
    # Kibana 9 names a panel's reference "<panelIndex>:panel_<panelIndex>"
    assert {f"{p['panelIndex']}:{p['panelRefName']}" for p in panels} == {r["name"] for r in dash["references"]}
    assert all(p["panelRefName"] == f"panel_{p['panelIndex']}" for p in panels)
    assert {o["type"] for o in OBJECTS} >= {"index-pattern", "search", "visualization", "dashboard"}


def test_bundle_is_in_the_shapes_kibana_9_stores() -> None:
    """What Kibana 9 would otherwise rewrite on import: panel types, no panel version, pie legend and palette."""
    refs = {}
    for o in OBJECTS:
        # A migration version newer than the target Kibana is a hard import error: never ship one.
        assert not {"migrationVersion", "coreMigrationVersion", "typeMigrationVersion"} & o.keys(), o["id"]
        if o["type"] == "dashboard":
            refs = {r["name"]: r["type"] for r in o["references"]}
            for p in json.loads(o["attributes"]["panelsJSON"]):
                assert "version" not in p and p["type"] == refs[f"{p['panelIndex']}:panel_{p['panelIndex']}"]
        if o["type"] == "visualization":
            vis = json.loads(o["attributes"]["visState"])
            params = vis["params"]
            if vis["type"] == "pie":
                assert "addLegend" not in params and params["legendDisplay"] == "show"
                assert params["palette"] == {"type": "palette", "name": "default"}
            if vis["type"] == "histogram":
                assert "mode" not in params and params["seriesParams"][0]["mode"] == "stacked"
                assert params["palette"]["name"] == "default"
    assert refs, "no dashboard in the bundle"


def test_data_views_match_the_index_templates(mappings: dict[str, dict[str, str]]) -> None:
    for o in (x for x in OBJECTS if x["type"] == "index-pattern"):
        key = INDEX_OF[o["id"]]
        assert o["attributes"]["title"] == f"news-{key}"  # the default alias names
        assert mappings[key][o["attributes"]["timeFieldName"]] == "date"
        for field in json.loads(o["attributes"].get("fieldFormatMap", "{}")):
            assert field in mappings[key]


def test_every_named_field_exists_with_a_usable_type(mappings: dict[str, dict[str, str]]) -> None:
    for o in OBJECTS:
        attrs = o["attributes"]
        if o["type"] == "search":
            fields = mappings[index_for(o)]
            for col in attrs["columns"]:
                assert col in fields, f"{o['id']}: column {col}"
            for col, _ in attrs["sort"]:
                assert fields[col] in AGGREGATABLE, f"{o['id']}: sort {col}"
        if o["type"] in ("search", "visualization"):
            q = json.loads(attrs["kibanaSavedObjectMeta"]["searchSourceJSON"])["query"]["query"]
            for field in re.findall(r"([\w.@]+) :", q):
                assert field in mappings[index_for(o)], f"{o['id']}: query field {field}"
        if o["type"] == "visualization":
            for agg in json.loads(attrs["visState"])["aggs"]:
                if "field" in agg["params"]:
                    t = mappings[index_for(o)].get(agg["params"]["field"])
                    assert t in AGGREGATABLE, f"{o['id']}: {agg['params']['field']} is {t}"


def kql_to_es(q: str) -> dict[str, Any]:
    """The KQL forms the bundle uses: '', 'f : *', 'f : "v"'."""
    if not q.strip():
        return {"match_all": {}}
    m = re.fullmatch(r'([\w.@]+) : (\*|"([^"]*)")', q.strip())
    assert m, f"unsupported KQL in bundle: {q}"
    return {"exists": {"field": m.group(1)}} if m.group(2) == "*" else {"term": {m.group(1): m.group(3)}}


def vis_to_es(vis: dict[str, Any]) -> dict[str, Any]:
    """Nest bucket aggs in order, as Kibana's aggregation-based visualisations do."""
    buckets = [a for a in vis["aggs"] if a["type"] != "count"]
    root: dict[str, Any] = {}
    cur = root
    for a in buckets:
        p = a["params"]
        body = (
            {"date_histogram": {"field": p["field"], "calendar_interval": "1d", "min_doc_count": 1}}
            if a["type"] == "date_histogram"
            else {"terms": {"field": p["field"], "size": p["size"]}}
        )
        cur[a["id"]] = body
        body["aggs"] = {}
        cur = body["aggs"]
    return root


def doc(title: str, topics: dict[str, float], lang: str, domain: str, ts: datetime) -> dict[str, Any]:
    return {
        "@timestamp": ts.isoformat(),
        "url": f"https://{domain}/{title}",
        "canonical_url": f"https://{domain}/{title}",
        "feed": {"id": "f", "name": "F", "tags": []},
        "source": {"domain": domain},
        "title": title,
        "text": title,
        "summary": "",
        "lang": lang,
        "authors": [],
        "topics": list(topics),
        "topic_scores": topics,
        "topic_details": [],
        "mentions": [],
        "snippet": f"{title} snippet" if topics else None,
        "content_hash": title,
        "story_id": title,
        "extraction": {"method": "feed", "status": "fallback"},
    }


def test_panels_return_the_expected_buckets(settings: Settings, es: Any) -> None:
    now = datetime.now(UTC)
    docs = [
        doc("a", {"deepseek": 0.9}, "de", "heise.de", now),
        doc("b", {"deepseek": 0.8, "eu_ai": 0.7}, "en", "politico.eu", now),
        doc("c", {"export_controls": 0.9}, "de", "heise.de", now - timedelta(days=1)),
        doc("d", {}, "fr", "lemonde.fr", now),
    ]
    bulk_write(es, settings.articles_alias, [("index", d["title"], d) for d in docs], refresh=True)
    for key, body in (
        (
            "alerts",
            {
                "@timestamp": now.isoformat(),
                "created": now.isoformat(),
                "alert_id": "k",
                "rule": {"id": "deepseek-now", "name": "x", "type": "instant"},
                "channel": "hook",
                "status": "sent",
                "attempts": 1,
            },
        ),
        ("feeds", {"@timestamp": now.isoformat(), "feed": {"id": "heise"}, "status": "dead"}),
    ):
        es.index(index=f"{settings.index_prefix}-{key}", id="1", document=body, refresh=True)
    expected = {
        "newswatch-topics-over-time": lambda r: (
            {b["key_as_string"][:10]: {t["key"]: t["doc_count"] for t in b["3"]["buckets"]} for b in r["2"]["buckets"]}
            == {
                now.date().isoformat(): {"deepseek": 2, "eu_ai": 1},
                (now - timedelta(days=1)).date().isoformat(): {"export_controls": 1},
            }
        ),
        "newswatch-by-language": lambda r: {b["key"]: b["doc_count"] for b in r["2"]["buckets"]} == {"de": 2, "en": 1},
        "newswatch-top-sources": lambda r: (
            [(b["key"], b["doc_count"]) for b in r["2"]["buckets"]] == [("heise.de", 2), ("politico.eu", 1)]
        ),
        "newswatch-alerts-by-status": lambda r: (
            r["2"]["buckets"][0]["key"] == "deepseek-now" and r["2"]["buckets"][0]["3"]["buckets"][0]["key"] == "sent"
        ),
        "newswatch-feed-health": lambda r: r["2"]["buckets"][0]["key"] == "dead",
    }
    for o in (x for x in OBJECTS if x["type"] == "visualization"):
        vis = json.loads(o["attributes"]["visState"])
        q = json.loads(o["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])["query"]["query"]
        resp = es.search(
            index=f"{settings.index_prefix}-{index_for(o)}", size=0, query=kql_to_es(q), aggs=vis_to_es(vis)
        )
        assert expected.pop(o["id"])(resp["aggregations"]), o["id"]
    assert not expected
    # each per-topic saved search finds its articles
    for o in (x for x in OBJECTS if x["type"] == "search" and x["id"].startswith("newswatch-topic-")):
        q = json.loads(o["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])["query"]["query"]
        hits = es.search(index=settings.articles_alias, query=kql_to_es(q))["hits"]["hits"]
        topic = o["id"].removeprefix("newswatch-topic-")
        assert sorted(h["_id"] for h in hits) == sorted(d["title"] for d in docs if topic in d["topics"])


def test_kibana_import_request(site: Site, settings: Settings) -> None:
    site.routes["/api/saved_objects/_import"] = Reply(
        json.dumps({"success": True, "successCount": len(OBJECTS)}).encode(),
        headers={"Content-Type": "application/json"},
    )
    result = import_objects(settings, url=site.base)
    assert result["successCount"] == len(OBJECTS)
    method, path, headers, body = site.requests[-1]
    assert method == "POST" and path == "/api/saved_objects/_import?overwrite=true"
    assert headers["kbn-xsrf"] == "true" and headers["Authorization"].startswith("Basic ")
    assert headers["Content-Type"].startswith("multipart/form-data; boundary=")
    msg = BytesParser(policy=default_policy).parsebytes(
        b"Content-Type: " + headers["Content-Type"].encode() + b"\r\n\r\n" + body
    )
    [part] = list(msg.iter_parts())
    assert part.get_param("name", header="content-disposition") == "file"
    assert part.get_filename() == "newswatch.ndjson"
    assert part.get_payload(decode=True) == kibana_bundle().read_bytes()
    # and through the CLI, with a space and a failing answer reported
    site.routes["/s/desk/api/saved_objects/_import"] = Reply(
        json.dumps(
            {
                "success": False,
                "successCount": 1,
                "errors": [{"type": "search", "id": "x", "error": {"type": "conflict"}}],
            }
        ).encode()
    )
    out = subprocess.run(
        [sys.executable, "-m", "worker.cli", "kibana", "import", "--url", site.base, "--space", "desk"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
        timeout=60,
    )
    assert out.returncode == 1 and "search x" in out.stderr


def test_status_reports_dead_and_silent_feeds(settings: Settings, es: Any, tmp_path: Any) -> None:
    st = State.from_url(settings.redis_url, settings.key_prefix)
    for _ in range(4):  # a feed that keeps failing
        st.record_failure("dead-feed", "HTTP 404 from https://gone.example/feed", retry_after=None, base_interval=60)
    st.record_success("silent-feed", etag=None, last_modified=None, new_entries=0)
    now = datetime.now(UTC)
    key = f"{settings.key_prefix}:feed:silent-feed"
    # usually ~20 entries a day, nothing new for three days, polls still succeed
    st.r.hset(key, mapping={f"day:{(now.date() - timedelta(days=d)).isoformat()}": 20 for d in range(3, 10)})
    st.r.hset(key, "last_new_entry", (now - timedelta(days=3)).isoformat())
    st.record_success("busy-feed", etag=None, last_modified=None, new_entries=15)
    fpath = tmp_path / "feeds.yaml"
    fpath.write_text(
        "feeds:\n"
        + "".join(
            f"  - {{id: {f}, url: 'https://{f}.example/rss'}}\n"
            for f in ("dead-feed", "silent-feed", "busy-feed", "new-feed")
        )
    )
    env = {**os.environ, "NEWSWATCH_FEEDS_FILE": str(fpath)}
    out = subprocess.run(
        [sys.executable, "-m", "worker.cli", "status", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert out.returncode == 3  # a dead feed is worth a non-zero exit for cron and monitoring
    rows = {r["id"]: r for r in json.loads(out.stdout)}
    assert rows["dead-feed"]["status"] == "dead" and rows["dead-feed"]["error_streak"] == 4
    assert "HTTP 404" in rows["dead-feed"]["last_error"]
    assert rows["silent-feed"]["status"] == "silent"
    assert rows["busy-feed"]["status"] == "ok" and rows["new-feed"]["status"] == "never"
    text = subprocess.run(
        [sys.executable, "-m", "worker.cli", "status"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    ).stdout
    assert "dead" in text and "silent" in text
    # the same data in Elasticsearch for the Kibana panel
    from worker.health import export_to_es, feed_health

    n = export_to_es(
        es,
        settings,
        feed_health(
            settings,
            FeedsFile.model_validate(
                {"feeds": [{"id": f, "url": f"https://{f}.example/rss"} for f in ("dead-feed", "silent-feed")]}
            ),
            state=st,
        ),
    )
    assert n == 2
    es.indices.refresh(index=settings.feeds_index)
    got = {h["_id"]: h["_source"] for h in es.search(index=settings.feeds_index)["hits"]["hits"]}
    assert got["dead-feed"]["status"] == "dead" and got["silent-feed"]["silent"] is True
