"""Pipeline orchestration shared by `newswatch run --once` and the Celery task shells.

No Celery here. Two steps:
- `poll`: conditional GET of a feed, parse, and select the entries that are new or changed
  (by GUID and canonical URL across all feeds). Validators are *not* saved yet.
- `process`: for a batch of selected entries, fetch the page, extract, match topics, bulk-index,
  mark them seen, and hand the indexed articles to the alert engine.
`commit_poll` saves the feed's validators only once its entries are indexed (or durably queued),
so a crash never turns into a 304 that hides unprocessed entries.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from . import deadletter
from .config import Feed, FeedsFile, Settings
from .errors import Kind, PermanentError, classify, describe, interrupted
from .extract import extract
from .feeds import parse_feed
from .fetch import FetchPolicy, fetch, make_client
from .index import BulkOutcome, bulk_write
from .index import make_client as make_es
from .metrics import Metrics
from .models import Article, BatchResult, Extracted, ParsedEntry, PollResult, WorkItem
from .state import State
from .stories import story_id
from .text import simhash
from .topics import Matcher, matcher_for
from .urls import doc_id, domain, sha

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch

    from .alerts import AlertEngine

log = logging.getLogger(__name__)
_GLOBAL_GUID = re.compile(r"^(https?://|urn:|tag:)|^[0-9a-f-]{16,}$|.{24,}", re.I)


@dataclass
class Context:
    """Per-process resources (clients, compiled matcher), created lazily and reused."""

    settings: Settings
    feeds: FeedsFile
    alerts_enabled: bool = True

    @cached_property
    def es(self) -> Elasticsearch:
        return make_es(self.settings)

    @cached_property
    def state(self) -> State:
        return State.from_url(self.settings.redis_url, self.settings.key_prefix)

    @cached_property
    def http(self) -> httpx.Client:
        return make_client(self.settings.networks)

    @cached_property
    def matcher(self) -> Matcher:
        return matcher_for(self.settings.topics_file)

    @cached_property
    def alerts(self) -> AlertEngine | None:
        if not self.alerts_enabled or not self.settings.alerts_file.exists():
            return None
        from .alerts import AlertEngine

        return AlertEngine.from_settings(self.settings, es=self.es, state=self.state)

    @cached_property
    def metrics(self) -> Metrics:
        return Metrics()

    def close(self) -> None:
        """Close whichever clients were opened."""
        for name in ("http", "es"):
            if name in self.__dict__:
                self.__dict__.pop(name).close()
        if "state" in self.__dict__:
            self.__dict__.pop("state").r.close()
        engine = self.__dict__.pop("alerts", None)
        if engine is not None:
            engine.close()

    def policy(self, *, page: bool) -> FetchPolicy:
        """Fetch limits for feeds or pages, from feeds.yaml defaults and the environment."""
        d = self.feeds.defaults
        return FetchPolicy(
            timeout=d.timeout,
            max_bytes=d.page_max_bytes if page else d.max_bytes,
            max_redirects=d.max_redirects,
            user_agent=d.user_agent,
            allow_networks=self.settings.networks,
        )


def entry_key(entry: ParsedEntry) -> str:
    """Dedup key of a GUID: global when it looks globally unique, else scoped to its feed."""
    if not entry.guid:
        return ""
    return entry.guid if _GLOBAL_GUID.search(entry.guid) else f"{entry.feed_id}\x00{entry.guid}"


def poll(ctx: Context, feed: Feed) -> PollResult:
    """Fetch and parse one feed and select its new or changed entries."""
    st = ctx.state
    if not st.due(feed.id):
        return PollResult(feed.id, "skipped")
    saved = st.feed(feed.id)
    try:
        res = fetch(
            saved.get("url") or feed.url,
            ctx.policy(page=False),
            etag=saved.get("etag") or None,
            last_modified=saved.get("last_modified") or None,
            client=ctx.http,
        )
        if res.not_modified:
            return PollResult(feed.id, "not_modified", etag=res.etag, last_modified=res.last_modified)
        parsed = parse_feed(
            res.body,
            feed_id=feed.id,
            feed_name=feed.name,
            feed_tags=feed.tags,
            feed_lang=feed.lang,
            content_type=res.content_type,
            base_url=res.final_url,
            max_entries=ctx.feeds.defaults.max_entries,
        )
    except Exception as exc:  # noqa: BLE001 - a feed's failure is recorded (and backed off), never raised
        kind, retry_after = classify(exc).value, getattr(exc, "retry_after", None)
        return PollResult(feed.id, "failed", error=describe(exc), error_kind=kind, retry_after=retry_after)
    entries, duplicates = select_new(st, parsed.entries)
    return PollResult(
        feed.id,
        "ok",
        entries=entries,
        duplicates=duplicates,
        etag=res.etag,
        last_modified=res.last_modified,
        new_url=res.permanent_redirect,
        seen_entries=len(parsed.entries),
        bozo=parsed.bozo_reason if parsed.bozo else None,
    )


def select_new(st: State, entries: list[ParsedEntry]) -> tuple[list[WorkItem], int]:
    """Entries never indexed (op create) or changed in this feed since (op index); the rest are duplicates."""
    ids: list[str] = []
    for e in entries:
        key = entry_key(e)
        ids.append(st.resolve(key, doc_id(e.canonical_url)) if key else doc_id(e.canonical_url))
    stored = st.seen_many([(did, e.feed_id) for did, e in zip(ids, entries, strict=True)])
    out: list[WorkItem] = []
    dup = 0
    batch_seen: set[str] = set()
    other_feed: list[tuple[str, str, str]] = []
    for e, did, (known, fp) in zip(entries, ids, stored, strict=True):
        if did in batch_seen or fp == e.fingerprint():
            dup += 1
            continue
        if known and fp is None:
            # The story was indexed from another feed: a duplicate, not an update.
            other_feed.append((did, e.feed_id, e.fingerprint()))
            dup += 1
            continue
        batch_seen.add(did)
        out.append(WorkItem("index" if known else "create", did, e))
    st.mark_seen(other_feed)
    return out, dup


def commit_poll(ctx: Context, feed: Feed, result: PollResult) -> None:
    """Save feed state after its entries are indexed or durably queued."""
    st = ctx.state
    if result.status == "ok":
        st.record_success(
            feed.id,
            etag=result.etag,
            last_modified=result.last_modified,
            new_entries=len(result.entries),
            new_url=result.new_url,
        )
    elif result.status == "not_modified":
        st.record_not_modified(feed.id)
    elif result.status == "failed":
        st.record_failure(
            feed.id,
            result.error or "unknown error",
            retry_after=result.retry_after,
            base_interval=min(feed.effective_interval(ctx.feeds.defaults), 900),
        )


def build_article(ctx: Context, item: WorkItem) -> Article:
    """Fetch, extract and match one entry into an Article (never raises for page problems)."""
    entry = item.entry
    ex = extract_page(ctx, entry)
    content_hash = sha(f"{ex.title}\n{ex.text}")[:32]
    # Texts too short for a meaningful SimHash are their own story.
    story = story_id(ctx.state, item.doc_id, simhash(ex.text)) if len(ex.text) >= 400 else item.doc_id
    return Article(
        id=item.doc_id,
        timestamp=datetime.now(UTC),
        published=ex.published,
        url=entry.link,
        canonical_url=entry.canonical_url,
        feed_id=entry.feed_id,
        feed_name=entry.feed_name,
        feed_tags=entry.feed_tags,
        source_domain=domain(entry.canonical_url),
        title=ex.title,
        text=ex.text,
        summary=entry.summary[:2000],
        lang=ex.lang,
        authors=ex.authors,
        site_name=ex.site_name,
        topics=ctx.matcher.match(ex.text, title=ex.title),
        content_hash=content_hash,
        story_id=story,
        extraction_method=ex.method,
        extraction_status=ex.status,
        extraction_error=ex.error,
        guid=entry.guid,
    )


def extract_page(ctx: Context, entry: ParsedEntry) -> Extracted:
    """The entry's page, downloaded and extracted; the feed's own text when that fails (and why)."""
    html: bytes | None = None
    fetch_error: str | None = None
    final_url = entry.link
    try:
        res = fetch(entry.link, ctx.policy(page=True), client=ctx.http)
        ctype = res.content_type.lower()
        if ctype and not any(t in ctype for t in ("html", "xml", "text/plain")):
            raise PermanentError(f"not an HTML page ({res.content_type})")
        html, final_url = res.body, res.final_url
    except Exception as exc:  # noqa: BLE001 - any page failure falls back to the feed's text
        if interrupted(exc):
            raise
        fetch_error = f"{classify(exc).value}: {describe(exc)}"
    return extract(html, final_url, entry, fetch_error)


def process(
    ctx: Context, items: list[WorkItem], deadline: float | None = None, write_by: float | None = None
) -> BatchResult:
    """Build, index and alert a batch of selected entries.

    With a `deadline` (time.monotonic()), no new page is started after it: the rest is returned
    in `leftover` for the caller to queue again; with `write_by`, writing to Elasticsearch gives up
    then (a transient failure) and alerts not sent by then are left to the ledger's sweep. So a
    batch never outlives its task, whatever the pages or the cluster do.
    """
    out = BatchResult()
    articles: list[tuple[WorkItem, Article]] = []
    for n, item in enumerate(items):
        if deadline is not None and articles and time.monotonic() > deadline:
            out.leftover = items[n:]
            break
        try:
            articles.append((item, build_article(ctx, item)))
        except Exception as exc:  # noqa: BLE001 - one bad entry must not sink the batch
            if interrupted(exc):
                raise
            out.transient_failure = out.transient_failure or classify(exc) is Kind.TRANSIENT
            out.failed += 1
            out.errors.append(f"{item.entry.link}: {describe(exc)}")
    if not articles:
        return out
    docs = {a.id: a.to_doc() for _, a in articles}  # serialised once: for the bulk request and the alerts
    try:
        writes = [(it.op, a.id, docs[a.id]) for it, a in articles]
        outcomes = bulk_write(ctx.es, ctx.settings.articles_alias, writes, deadline=write_by)
    except Exception as exc:  # noqa: BLE001 - reported to the caller, which retries or keeps validators
        out.failed += len(articles)
        out.transient_failure = out.transient_failure or classify(exc) is Kind.TRANSIENT
        out.errors.append(f"bulk: {describe(exc)}")
        return out
    written = _count_outcomes(ctx, out, articles, {o.id: o for o in outcomes})
    if written and ctx.alerts is not None:
        # Duplicates too: a 409 may be this batch's own earlier write whose answer was lost (the
        # cluster applied the bulk after the client gave up), so its alert is still owed. The
        # ledger's create-or-409 per rule and story keeps a second evaluation from sending twice.
        sent, failed = ctx.alerts.on_indexed({a.id: docs[a.id] for a in written}, until=write_by)
        out.alerts_sent += sent
        out.alerts_failed += failed
    return out


def _count_outcomes(
    ctx: Context, out: BatchResult, articles: list[tuple[WorkItem, Article]], by_id: dict[str, BulkOutcome]
) -> list[Article]:
    """Tally each document's fate and mark it seen; returns those now in the index (for the alerts).

    A document Elasticsearch refused for good (a mapping error, say) is dead-lettered with the
    reason and marked seen, so it is not fetched again on every poll; its batch goes on.
    """
    seen: list[tuple[str, str, str]] = []
    written: list[Article] = []
    refused: dict[str, list[WorkItem]] = {}
    for item, art in articles:
        o = by_id.get(art.id) or BulkOutcome(art.id, "failed", "no bulk result", transient=True)
        if o.result == "failed":
            out.failed += 1
            out.errors.append(f"{art.url}: {o.error}")
            if o.transient:
                out.transient_failure = True
                continue
            refused.setdefault(f"Elasticsearch refused the document: {o.error}", []).append(item)
            out.deadlettered.append(art.id)
        else:
            out.written.append(art.id)
        seen.append((art.id, item.entry.feed_id, item.entry.fingerprint()))
        if o.result == "failed":
            continue
        written.append(art)
        if o.result == "duplicate":
            out.duplicates += 1
            continue
        out.indexed += o.result == "created"
        out.updated += o.result == "updated"
        out.fallback += art.extraction_method == "feed"
        for t in art.topics:
            if t.passed:
                out.topics[t.id] = out.topics.get(t.id, 0) + 1
    for reason, items in refused.items():
        deadletter.record(ctx.state, items, reason)
    ctx.state.mark_seen(seen)  # only after Elasticsearch answered: a crash before this re-processes them
    return written


def retry_dead_letters(ctx: Context, doc_ids: list[str] | None = None) -> BatchResult:
    """Run dead letters (all, or these ids) through the pipeline again; those written leave the list."""
    letters = [d for d in deadletter.load(ctx.state) if doc_ids is None or d.item.doc_id in doc_ids]
    # Written as a new version: an entry may have made it into the index meanwhile.
    items = [WorkItem("index", d.item.doc_id, d.item.entry) for d in letters]
    res = process(ctx, items)
    ctx.state.drop_dead_letters(res.written)
    settled = set(res.written) | set(res.deadlettered)  # refused again: process() recorded the new reason
    again = [i for i in items if i.doc_id not in settled]
    if again:  # failed for a reason that was not the document's own (e.g. Elasticsearch down): keep them
        deadletter.record(ctx.state, again, "; ".join(res.errors[:3]) or "failed again on retry")
    return res


def summary_dict(polls: list[PollResult], batch: BatchResult) -> dict[str, Any]:
    """The run summary as a dict (printed by the CLI, used by tests)."""
    return {
        "feeds": {
            "polled": sum(p.status in ("ok", "not_modified", "failed") for p in polls),
            "ok": sum(p.status == "ok" for p in polls),
            "not_modified": sum(p.status == "not_modified" for p in polls),
            "failed": sum(p.status == "failed" for p in polls),
            "skipped": sum(p.status == "skipped" for p in polls),
            "degraded": sum(bool(p.bozo) for p in polls),
        },
        "entries": {"new": sum(len(p.entries) for p in polls), "duplicate": sum(p.duplicates for p in polls)},
        "articles": {
            "indexed": batch.indexed,
            "updated": batch.updated,
            "duplicate": batch.duplicates,
            "failed": batch.failed,
            "deadlettered": len(batch.deadlettered),
            "feed_fallback": batch.fallback,
        },
        "topics": dict(sorted(batch.topics.items())),
        "alerts": {"sent": batch.alerts_sent, "failed": batch.alerts_failed},
    }
