"""Extract stage: trafilatura on downloaded HTML, with the feed's own text as the fallback.

The result always says which path was taken (`method` trafilatura|feed, `status`
ok|fallback|empty) so analysts can tell a full text from a summary.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from .errors import interrupted
from .models import Extracted, ParsedEntry
from .text import detect_lang, normalize

log = logging.getLogger(__name__)
MIN_TEXT = 150  # shorter than this, the page is probably a paywall/teaser; prefer the longer feed text


def _date(value: str | None) -> datetime | None:
    """trafilatura's YYYY-MM-DD date to a UTC datetime."""
    if not value:
        return None
    try:
        return datetime.strptime(value[:10], "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return None


def run_trafilatura(html: bytes | str, url: str | None) -> Extracted | None:
    """trafilatura alone: the content and metadata of a page, or None if nothing was found."""
    # Imported here: processes that never extract (`match`, `search`, beat) should not pay for trafilatura's
    # imports (numpy and a language model among them); pool processes inherit it warm (worker.warm).
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, deduplicate=True
    )
    if doc is None:
        return None
    text = normalize(getattr(doc, "text", None) or "")
    if not text:
        return None
    author = getattr(doc, "author", None) or ""
    return Extracted(
        title=normalize(getattr(doc, "title", None) or ""),
        text=text,
        authors=[a.strip() for a in author.split(";") if a.strip()][:20],
        published=_date(getattr(doc, "date", None)),
        lang=getattr(doc, "language", None) or None,
        site_name=getattr(doc, "sitename", None) or None,
    )


def extract(html: bytes | None, url: str, entry: ParsedEntry, fetch_error: str | None = None) -> Extracted:
    """Best available content for the entry: the page's main text, else the feed's own text."""
    feed_text = entry.content if len(entry.content) > len(entry.summary) else entry.summary
    result: Extracted | None = None
    error = fetch_error
    if html:
        try:
            result = run_trafilatura(html, url)
            if result is None:
                error = "extraction found no main text"
        except Exception as exc:  # noqa: BLE001 - trafilatura/lxml raise many types on broken HTML
            if interrupted(exc):
                raise
            log.warning("extraction failed for %s: %s", url, exc)
            error = f"extraction failed: {type(exc).__name__}"
            result = None
    if result is not None and (len(result.text) >= MIN_TEXT or len(result.text) >= len(feed_text)):
        result.title = entry.title or result.title
        result.published = entry.published or result.published
        result.authors = result.authors or entry.authors
        result.lang = _lang(result.lang, result.text, entry.feed_lang)
        return result
    if result is not None:
        error = "page text shorter than the feed's"
    text = feed_text
    return Extracted(
        title=entry.title or (result.title if result else ""),
        text=text,
        authors=entry.authors,
        published=entry.published,
        lang=_lang(None, text or entry.title, entry.feed_lang),
        site_name=result.site_name if result else None,
        method="feed",
        status="fallback" if text else "empty",
        error=error,
    )


def _lang(meta: str | None, text: str, hint: str | None) -> str | None:
    """Detected language of the text, falling back to page metadata and then the feed's hint."""
    detected = detect_lang(text)
    if detected:
        return detected
    if meta:
        return meta.split("-")[0].lower()[:3]
    return hint
