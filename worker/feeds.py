"""Feed stage: parse feed bytes with feedparser and convert entries into ParsedEntry records.

feedparser is always given bytes (never a URL or path, which would let it fetch on its own).
A feed with syntax problems but usable entries is *degraded*, not failed: its entries go on.
"""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime
from typing import Any

import feedparser

from .errors import PermanentError
from .models import FeedParse, ParsedEntry
from .text import html_to_text, normalize
from .urls import canonicalize


def _dt(struct: time.struct_time | None) -> datetime | None:
    """feedparser's UTC struct_time to an aware datetime (None if absent or absurd)."""
    if not struct:
        return None
    try:
        dt = datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None
    return dt if 1990 <= dt.year <= 2100 else None


def _link(entry: Any, base: str | None) -> str | None:
    """The entry's article link: `link`, an alternate link, or a URL-shaped guid."""
    from urllib.parse import urljoin

    candidates = [entry.get("link")]
    candidates += [lnk.get("href") for lnk in entry.get("links", []) if lnk.get("rel", "alternate") == "alternate"]
    if entry.get("guidislink") or str(entry.get("id", "")).startswith(("http://", "https://")):
        candidates.append(entry.get("id"))
    for c in candidates:
        if c and isinstance(c, str):
            url = urljoin(base or "", c.strip())
            if url.startswith(("http://", "https://")):
                return url
    return None


def _entry(raw: Any, link: str, origin: dict[str, Any]) -> ParsedEntry:
    """One feedparser entry as a ParsedEntry (`origin`: the feed's id, name, tags and language)."""
    content = ""
    if raw.get("content"):
        content = " ".join(c.get("value", "") for c in raw["content"] if c.get("value"))
    authors = [a.get("name", "") for a in raw.get("authors", []) if a.get("name")]
    if not authors and raw.get("author"):
        authors = [str(raw["author"])]
    # Plain dict access for the *_parsed dates: avoids feedparser's deprecated updated/published fallback.
    updated = _dt(dict.get(raw, "updated_parsed"))
    return ParsedEntry(
        **origin,
        guid=(str(raw.get("id")) if raw.get("id") else None),
        link=link,
        canonical_url=canonicalize(link),
        title=normalize(html_to_text(raw.get("title", "") or "")),
        summary=html_to_text(raw.get("summary", "") or ""),
        content=html_to_text(content),
        published=_dt(dict.get(raw, "published_parsed")) or updated,
        updated=updated,
        authors=[normalize(a) for a in authors][:20],
    )


def parse_feed(
    body: bytes,
    *,
    feed_id: str,
    feed_name: str | None = None,
    feed_tags: list[str] | None = None,
    feed_lang: str | None = None,
    content_type: str | None = None,
    base_url: str | None = None,
    max_entries: int = 200,
) -> FeedParse:
    """Parse a feed document; raise PermanentError when it is not a usable feed at all."""
    if not isinstance(body, bytes):
        raise TypeError("parse_feed takes bytes")
    headers = {"content-type": content_type} if content_type else {}
    if base_url:
        headers["content-location"] = base_url
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    bozo = bool(parsed.get("bozo"))
    reason = str(parsed.get("bozo_exception"))[:300] if bozo else None
    raw_entries = parsed.get("entries", [])
    if not raw_entries and bozo and not parsed.get("version"):
        raise PermanentError(f"not a feed: {reason or 'no entries'}")
    origin = {"feed_id": feed_id, "feed_name": feed_name, "feed_tags": feed_tags or [], "feed_lang": feed_lang}
    out: list[ParsedEntry] = []
    skipped = 0
    for raw in raw_entries[:max_entries]:
        link = _link(raw, base_url)
        if link:
            out.append(_entry(raw, link, origin))
        else:
            skipped += 1
    return FeedParse(
        title=normalize(parsed.get("feed", {}).get("title", "") or ""),
        version=parsed.get("version", "") or "",
        bozo=bozo,
        bozo_reason=reason,
        entries=out,
        skipped=skipped + max(0, len(raw_entries) - max_entries),
    )
