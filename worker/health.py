"""Feed health: is a source silent because there is no news, or because it is broken?

A feed is
- ``dead`` when its last poll failed and it has failed repeatedly (error streak ≥ 3) or has not
  succeeded for over a day;
- ``silent`` when polls succeed but it produced no new entry for much longer than usual:
  more than 3× its usual gap between entries (from the per-day counts, at least 24 h);
- ``never`` when it was never polled; ``ok`` otherwise.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from .config import FeedsFile, Settings
from .models import Op
from .state import State

if TYPE_CHECKING:
    from elasticsearch import Elasticsearch


def _dt(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def classify_feed(st: dict[str, str], now: datetime, lookback_days: int = 14) -> dict[str, Any]:
    """Health of one feed from its stored state."""
    last_success = _dt(st.get("last_success"))
    last_poll = _dt(st.get("last_poll"))
    last_new = _dt(st.get("last_new_entry"))
    streak = int(st.get("error_streak") or 0)
    days = [(now.date() - timedelta(days=i)).isoformat() for i in range(lookback_days)]
    counts = [int(st.get(f"day:{d}", 0)) for d in days]
    active_days = sum(1 for c in counts if c)
    per_day = sum(counts) / lookback_days
    if not last_poll:
        status = "never"
    elif streak >= 3 or (streak and (not last_success or now - last_success > timedelta(days=1))):
        status = "dead"
    else:
        status = "ok"
        if last_new and per_day > 0 and active_days >= 2:
            usual_gap = timedelta(days=1) / per_day
            if now - last_new > max(timedelta(hours=24), 3 * usual_gap):
                status = "silent"
        elif last_new and not per_day and now - last_new > timedelta(days=lookback_days):
            status = "silent"
    return {
        "status": status,
        "last_poll": last_poll,
        "last_success": last_success,
        "error_streak": streak,
        "last_error": st.get("last_error") or None,
        "entries_total": int(st.get("entries_total") or 0),
        "entries_per_day": round(per_day, 2),
        "last_new_entry": last_new,
    }


def feed_health(
    settings: Settings, feeds: FeedsFile, state: State | None = None, now: datetime | None = None
) -> list[dict[str, Any]]:
    """Health rows for every configured feed."""
    st = state or State.from_url(settings.redis_url, settings.key_prefix)
    now = now or datetime.now(UTC)
    rows = []
    for f in feeds.feeds:
        row = {"id": f.id, "name": f.name or f.id, "url": f.url, "enabled": f.enabled, "tags": f.tags}
        row.update(classify_feed(st.feed(f.id), now))
        rows.append(row)
    return rows


def print_health(rows: list[dict[str, Any]]) -> None:
    """A table of feed health on stdout."""
    from rich.console import Console
    from rich.table import Table

    t = Table("feed", "status", "last success", "errors", "last error", "entries/day", "last new entry")
    styles = {"dead": "red", "silent": "yellow", "ok": "green", "never": "dim"}

    def fmt(d: datetime | None) -> str:
        return d.strftime("%Y-%m-%d %H:%M") if d else "—"

    for r in rows:
        t.add_row(
            r["id"],
            f"[{styles[r['status']]}]{r['status']}[/]",
            fmt(r["last_success"]),
            str(r["error_streak"]),
            (r["last_error"] or "")[:60],
            f"{r['entries_per_day']:g}",
            fmt(r["last_new_entry"]),
        )
    Console(width=160).print(t)


def export_to_es(es: Elasticsearch, settings: Settings, rows: list[dict[str, Any]]) -> int:
    """One document per feed in the `<prefix>-feeds` index (overwritten each time)."""
    from .index import bulk_write

    now = datetime.now(UTC).isoformat()
    items: list[tuple[Op, str, dict[str, Any]]] = []
    for r in rows:
        doc = {
            "@timestamp": now,
            "feed": {"id": r["id"], "name": r["name"], "url": r["url"], "tags": r["tags"]},
            "status": r["status"],
            "error_streak": r["error_streak"],
            "last_error": r["last_error"],
            "entries_total": r["entries_total"],
            "entries_per_day": r["entries_per_day"],
            "silent": r["status"] == "silent",
        }
        for k in ("last_poll", "last_success", "last_new_entry"):
            doc[k] = r[k].isoformat() if r[k] else None
        items.append(("index", r["id"], doc))
    out = bulk_write(es, settings.feeds_index, items)
    return sum(o.result in ("created", "updated") for o in out)
