"""Typed records passed between pipeline stages (library output is converted at each boundary).

The stages hand each other pydantic models (a feed entry, a download, extracted text, the indexed
article) and, inside the pipeline, small named tuples and dataclasses with `Literal` statuses, so
every allowed value is spelled out in one place. Topic verdicts and mentions are slotted
dataclasses: the matcher builds dozens per article, and pydantic accepts them in `Article` as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, Field

Op = Literal["create", "index"]  # first ingest (a 409 means a duplicate) | new version of a known article
PollStatus = Literal["ok", "not_modified", "failed", "skipped"]
WriteResult = Literal["created", "updated", "duplicate", "failed"]
ExtractionMethod = Literal["trafilatura", "feed"]
ExtractionStatus = Literal["ok", "fallback", "empty"]


class ParsedEntry(BaseModel):
    """One feed entry, converted from feedparser's dict at the feed stage's boundary."""

    feed_id: str
    feed_name: str | None = None
    feed_tags: list[str] = []
    feed_lang: str | None = None
    guid: str | None = None
    link: str
    canonical_url: str
    title: str = ""
    summary: str = ""
    content: str = ""
    published: datetime | None = None
    updated: datetime | None = None
    authors: list[str] = []

    def fingerprint(self) -> str:
        """A hash of what the feed says about the entry; a change means a new version."""
        from .urls import sha

        when = self.updated or self.published
        stamp = when.isoformat() if when else ""
        return sha(f"{self.title}\x00{self.summary}\x00{stamp}")[:16]


class FeedParse(BaseModel):
    """Result of parsing one feed document."""

    title: str = ""
    version: str = ""
    bozo: bool = False
    bozo_reason: str | None = None
    entries: list[ParsedEntry] = []
    skipped: int = 0  # entries without a usable link


class FetchResult(BaseModel):
    """A completed HTTP download."""

    url: str
    final_url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    permanent_redirect: str | None = None  # set when every hop was 301/308

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional GET."""
        return self.status == 304


class Extracted(BaseModel):
    """Article content after extraction (or the feed's own text as fallback)."""

    title: str = ""
    text: str = ""
    authors: list[str] = []
    published: datetime | None = None
    lang: str | None = None
    site_name: str | None = None
    method: ExtractionMethod = "trafilatura"
    status: ExtractionStatus = "ok"
    error: str | None = None


@dataclass(slots=True)
class Mention:
    """One occurrence of a topic term (a plain dataclass: the matcher makes dozens per article)."""

    term: str
    start: int
    end: int
    snippet: str
    field: Literal["title", "text"] = "text"


@dataclass(slots=True)
class TopicResult:
    """One topic's verdict for one article (a plain dataclass, built on the hot path)."""

    id: str
    score: float
    passed: bool = True
    mentions: list[Mention] = field(default_factory=list)  # the first MAX_MENTIONS, title first
    mention_count: int = 0  # all mentions, also those beyond the list
    rules: list[str] = field(default_factory=list)
    reason: str = ""


class Article(BaseModel):
    """The document indexed into Elasticsearch (field names are the mapping's)."""

    id: str
    timestamp: datetime = Field(serialization_alias="@timestamp")
    published: datetime | None = None
    url: str
    canonical_url: str
    feed_id: str
    feed_name: str | None = None
    feed_tags: list[str] = []
    source_domain: str
    title: str
    text: str
    summary: str
    lang: str | None
    authors: list[str]
    site_name: str | None = None
    topics: list[TopicResult] = []
    content_hash: str
    story_id: str
    extraction_method: ExtractionMethod
    extraction_status: ExtractionStatus
    extraction_error: str | None = None
    guid: str | None = None

    def to_doc(self) -> dict[str, Any]:
        """The Elasticsearch source document."""
        passed = [t for t in self.topics if t.passed]
        # Flat copy of the best topic's first mention: a column Kibana tables can show directly.
        best = max(passed, key=lambda t: t.score, default=None)
        return {
            "@timestamp": self.timestamp.isoformat(),
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "guid": self.guid,
            "feed": {"id": self.feed_id, "name": self.feed_name, "tags": self.feed_tags},
            "source": {"domain": self.source_domain, "site_name": self.site_name},
            "title": self.title,
            "text": self.text,
            "summary": self.summary,
            "lang": self.lang,
            "authors": self.authors,
            "topics": [t.id for t in passed],
            "topic_scores": {t.id: round(t.score, 4) for t in passed},
            "topic_details": [
                {
                    "id": t.id,
                    "score": round(t.score, 4),
                    "rules": t.rules,
                    "mention_count": t.mention_count or len(t.mentions),
                    "terms": sorted({m.term.lower() for m in t.mentions}),
                }
                for t in passed
            ],
            "mentions": [
                {"topic": t.id, "term": m.term, "start": m.start, "end": m.end, "snippet": m.snippet, "field": m.field}
                for t in passed
                for m in t.mentions[:20]
            ],
            "snippet": best.mentions[0].snippet if best and best.mentions else None,
            "content_hash": self.content_hash,
            "story_id": self.story_id,
            "extraction": {
                "method": self.extraction_method,
                "status": self.extraction_status,
                "error": self.extraction_error,
            },
        }


class WorkItem(NamedTuple):
    """One selected feed entry on its way to the index: how to write it, under which id."""

    op: Op
    doc_id: str
    entry: ParsedEntry

    def to_message(self) -> list[Any]:
        """JSON-serialisable form for a Celery message."""
        return [self.op, self.doc_id, self.entry.model_dump(mode="json")]

    @classmethod
    def from_message(cls, raw: list[Any]) -> WorkItem:
        """The inverse of `to_message`."""
        op, doc_id, entry = raw
        if op not in ("create", "index"):
            raise ValueError(f"unknown write op {op!r}")
        return cls(op, str(doc_id), ParsedEntry.model_validate(entry))


@dataclass
class PollResult:
    """Outcome of polling one feed."""

    feed_id: str
    status: PollStatus
    entries: list[WorkItem] = field(default_factory=list)
    duplicates: int = 0
    seen_entries: int = 0
    etag: str | None = None
    last_modified: str | None = None
    new_url: str | None = None
    error: str | None = None
    error_kind: str | None = None
    retry_after: float | None = None
    bozo: str | None = None


@dataclass
class BatchResult:
    """Outcome of processing a batch of entries."""

    indexed: int = 0
    updated: int = 0
    duplicates: int = 0
    failed: int = 0
    fallback: int = 0
    topics: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    alerts_sent: int = 0
    alerts_failed: int = 0
    deadlettered: list[str] = field(default_factory=list)  # of `failed`: doc ids refused for good, dead-lettered
    transient_failure: bool = False
    written: list[str] = field(default_factory=list)  # doc ids Elasticsearch confirmed (incl. duplicates)
    leftover: list[WorkItem] = field(default_factory=list)  # not started before the batch's deadline

    def merge(self, other: BatchResult) -> None:
        """Add another batch's counts to this one."""
        for name in (
            "indexed", "updated", "duplicates", "failed", "fallback", "alerts_sent", "alerts_failed"
        ):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.deadlettered.extend(other.deadlettered)
        self.written.extend(other.written)
        self.leftover.extend(other.leftover)
        for k, v in other.topics.items():
            self.topics[k] = self.topics.get(k, 0) + v
        self.errors.extend(other.errors)
        self.transient_failure = self.transient_failure or other.transient_failure
