"""Feed state and dedup memory in Redis.

Keys (all under NEWSWATCH_KEY_PREFIX, default 'newswatch'):
- ``<p>:feed:<id>`` hash: etag, last_modified, url (after a permanent redirect), last_poll,
  last_success, error_streak, last_error, next_poll, entries_total, last_new_entry, and a
  per-day count of new entries (``day:<YYYY-MM-DD>``) for silence detection.
- ``<p>:seen:<doc id>`` hash feed id → fingerprint of the entry last indexed from that feed; a
  story known from another feed is a duplicate, a changed entry in the same feed an update.
- ``<p>:guid:<sha(guid)>`` the doc id a GUID resolved to, so a GUID moving URL stays one story.
- ``<p>:story:<doc id>`` the story id a document was assigned (near-duplicates share one), and
  ``<p>:sh:<band>:<bits>`` sets of ``<simhash>:<story id>`` per SimHash band (see worker.stories).
- ``<p>:throttle:<rule id>`` present while an instant alert rule is throttled.
- ``<p>:alerts:backlog`` list of instant alerts whose ledger record could not be made yet.
- ``<p>:deadletter`` hash doc id → JSON of an entry newswatch gave up on, with the reason
  (worker.deadletter); ``<p>:attempts:<batch key>`` how often a batch was started (poison guard).
Entries are marked seen only *after* Elasticsearch confirmed the write, so a crash in between
re-processes them next time instead of losing them. Every key newswatch writes is made here.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import redis

from .retry import backoff
from .urls import sha

SEEN_TTL = 180 * 86400  # forget after half a year; ES _id dedup still protects older stories
STORY_TTL = 180 * 86400  # a document keeps its story id as long as its entry is remembered
BAND_TTL = 30 * 86400  # near-duplicates arrive within days; a month of bands is plenty
MAX_BACKOFF = 24 * 3600.0  # a failing feed is still tried once a day
ATTEMPTS_TTL = 86400  # a batch that has not come back for a day is not a poison loop


# A document's story in one round trip, atomically: its known story, else the nearest stored SimHash within
# the distance across its bands (the first of equals, in band and set order), else its own id; then it is
# remembered and added to its bands. Three round trips of 23 commands before (0.7 ms of client CPU per
# article), and two workers taking wire copies at the same moment could each found a story of its own.
# Lua's bit operations are 32-bit: a 64-bit hash is compared as two halves.
_ASSIGN_STORY = """
local known = redis.call('GET', KEYS[1])
if known then return known end
local function half(h, i) return tonumber(string.sub(h, i, i + 7), 16) end
local function ones(x)
  local n = 0
  while x ~= 0 do x = bit.band(x, x - 1); n = n + 1 end
  return n
end
local hi, lo = half(ARGV[1], 1), half(ARGV[1], 9)
local best, best_distance = nil, tonumber(ARGV[3]) + 1
for i = 2, #KEYS do
  for _, member in ipairs(redis.call('SMEMBERS', KEYS[i])) do
    local sep = string.find(member, ':', 1, true)
    if sep == 17 then
      local other = string.sub(member, 1, 16)
      local d = ones(bit.bxor(hi, half(other, 1))) + ones(bit.bxor(lo, half(other, 9)))
      if d < best_distance then best, best_distance = string.sub(member, 18), d end
    end
  end
end
local story = best or ARGV[2]
redis.call('SET', KEYS[1], story, 'EX', ARGV[4])
local member = ARGV[1] .. ':' .. story
for i = 2, #KEYS do
  redis.call('SADD', KEYS[i], member)
  redis.call('EXPIRE', KEYS[i], ARGV[5])
end
return story
"""


class State:
    """Redis-backed state for feeds and entries."""

    def __init__(self, client: redis.Redis, prefix: str = "newswatch") -> None:
        self.r = client
        self.p = prefix
        self._assign_story = client.register_script(_ASSIGN_STORY)  # loaded into Redis on first use

    @classmethod
    def from_url(cls, url: str, prefix: str = "newswatch") -> State:
        """Connect to Redis by URL."""
        return cls(
            redis.Redis.from_url(
                url, decode_responses=True, socket_timeout=10, socket_connect_timeout=5, health_check_interval=30
            ),
            prefix,
        )

    def _fk(self, feed_id: str) -> str:
        return f"{self.p}:feed:{feed_id}"

    def feed(self, feed_id: str) -> dict[str, str]:
        """Stored state of a feed."""
        return dict(self.r.hgetall(self._fk(feed_id)))  # type: ignore[arg-type]

    def due(self, feed_id: str, now: float | None = None) -> bool:
        """True unless the feed is backing off after failures or a Retry-After."""
        nxt = self.r.hget(self._fk(feed_id), "next_poll")
        return not nxt or float(str(nxt)) <= (now or time.time())

    def record_success(
        self, feed_id: str, *, etag: str | None, last_modified: str | None, new_entries: int, new_url: str | None = None
    ) -> None:
        """Store validators and counters after a poll whose entries are safely handed on."""
        now = datetime.now(UTC)
        key = self._fk(feed_id)
        mapping: dict[str, str | int | float] = {
            "last_poll": now.isoformat(),
            "last_success": now.isoformat(),
            "error_streak": 0,
            "last_error": "",
            "next_poll": 0,
        }
        if etag is not None:
            mapping["etag"] = etag
        if last_modified is not None:
            mapping["last_modified"] = last_modified
        if new_url:
            mapping["url"] = new_url
        if new_entries:
            mapping["last_new_entry"] = now.isoformat()
        pipe = self.r.pipeline()
        pipe.hset(key, mapping=mapping)  # type: ignore[arg-type]  # redis-py types the key invariantly
        if new_entries:
            pipe.hincrby(key, "entries_total", new_entries)
            pipe.hincrby(key, f"day:{now.date().isoformat()}", new_entries)
        pipe.execute()

    def record_failure(self, feed_id: str, error: str, *, retry_after: float | None, base_interval: int) -> float:
        """Count a failure and schedule the next poll with exponential backoff; returns the delay."""
        key = self._fk(feed_id)
        streak = int(self.r.hincrby(key, "error_streak", 1))
        # No jitter: the schedule is shown to operators (`status`) and must be predictable.
        delay = backoff(streak, base_interval, MAX_BACKOFF, jitter=False)
        if retry_after:
            delay = max(delay, min(retry_after, MAX_BACKOFF))
        now = time.time()
        self.r.hset(
            key,
            mapping={"last_poll": datetime.now(UTC).isoformat(), "last_error": error[:500], "next_poll": now + delay},
        )
        return delay

    def record_not_modified(self, feed_id: str) -> None:
        """A 304: the feed is healthy and unchanged."""
        now = datetime.now(UTC).isoformat()
        self.r.hset(
            self._fk(feed_id),
            mapping={"last_poll": now, "last_success": now, "error_streak": 0, "last_error": "", "next_poll": 0},
        )

    # -- entries -------------------------------------------------------------------------

    def resolve(self, guid: str | None, doc_id: str) -> str:
        """The doc id for an entry: the one its GUID was first seen with, else its URL's."""
        if not guid:
            return doc_id
        key = f"{self.p}:guid:{sha(guid)[:32]}"
        existing = self.r.set(key, doc_id, nx=True, ex=SEEN_TTL, get=True)
        return str(existing) if existing else doc_id

    def seen_many(self, keys: list[tuple[str, str]]) -> list[tuple[bool, str | None]]:
        """For (doc id, feed id) pairs: whether the story is known at all, and this feed's fingerprint."""
        if not keys:
            return []
        pipe = self.r.pipeline()
        for doc_id, feed_id in keys:
            pipe.exists(f"{self.p}:seen:{doc_id}")
            pipe.hget(f"{self.p}:seen:{doc_id}", feed_id)
        raw = pipe.execute()
        return [(bool(raw[i]), None if raw[i + 1] is None else str(raw[i + 1])) for i in range(0, len(raw), 2)]

    def mark_seen(self, items: list[tuple[str, str, str]]) -> None:
        """Record (doc id, feed id, fingerprint) after a confirmed write (or a known duplicate)."""
        if not items:
            return
        pipe = self.r.pipeline()
        for doc_id, feed_id, fp in items:
            pipe.hset(f"{self.p}:seen:{doc_id}", feed_id, fp)
            pipe.expire(f"{self.p}:seen:{doc_id}", SEEN_TTL)
        pipe.execute()

    # -- stories and throttles -------------------------------------------------------------

    def story_of(self, doc_id: str) -> str | None:
        """The story id a document was already assigned, if any."""
        known = self.r.get(f"{self.p}:story:{doc_id}")
        return str(known) if known else None

    def assign_story(self, doc_id: str, simhash: str, bands: list[str], max_distance: int) -> str:
        """worker.stories.story_id in one atomic step (see _ASSIGN_STORY); `simhash` is 16 hex digits."""
        keys = [f"{self.p}:story:{doc_id}", *(f"{self.p}:sh:{band}" for band in bands)]
        args: list[str | int] = [simhash, doc_id, max_distance, STORY_TTL, BAND_TTL]
        return str(self._assign_story(keys=keys, args=args))

    def throttle(self, name: str, seconds: int) -> bool:
        """True if `name` may act now; then it is held back for `seconds` (Redis SET NX EX)."""
        return bool(self.r.set(f"{self.p}:throttle:{name}", "1", nx=True, ex=seconds))

    def push_alert(self, alert: str, *, front: bool = False) -> None:
        """Keep an instant alert (JSON) for later delivery; `front`: first in line again."""
        key = f"{self.p}:alerts:backlog"
        if front:
            self.r.lpush(key, alert)
        else:
            self.r.rpush(key, alert)

    def pop_alert(self) -> str | None:
        """The oldest deferred alert, if any."""
        raw = self.r.lpop(f"{self.p}:alerts:backlog")
        return str(raw) if raw is not None else None

    # -- dead letters and the poison guard -----------------------------------------------------

    def count_attempt(self, key: str) -> int:
        """Count one more start of the batch `key`; returns how many there have been."""
        name = f"{self.p}:attempts:{key}"
        pipe = self.r.pipeline()
        pipe.incr(name)
        pipe.expire(name, ATTEMPTS_TTL)
        return int(pipe.execute()[0])

    def forget_attempts(self, key: str) -> None:
        """The batch finished: stop counting it."""
        self.r.delete(f"{self.p}:attempts:{key}")

    def put_dead_letters(self, records: dict[str, str]) -> None:
        """Store dead letters (doc id → JSON record), replacing earlier ones of the same documents."""
        if records:
            self.r.hset(f"{self.p}:deadletter", mapping=records)  # type: ignore[arg-type]

    def dead_letters(self, doc_ids: list[str] | None = None) -> dict[str, str]:
        """Every dead letter (or those of these documents that exist), doc id → JSON record."""
        key = f"{self.p}:deadletter"
        if doc_ids is None:
            return {str(k): str(v) for k, v in self.r.hgetall(key).items()}
        if not doc_ids:
            return {}
        return {i: str(v) for i, v in zip(doc_ids, self.r.hmget(key, doc_ids), strict=True) if v is not None}

    def drop_dead_letters(self, doc_ids: list[str]) -> None:
        """Remove dead letters that were dealt with."""
        if doc_ids:
            self.r.hdel(f"{self.p}:deadletter", *doc_ids)

    def delete_all(self) -> int:
        """Remove every key under the prefix (test and benchmark teardown)."""
        keys = list(self.r.scan_iter(f"{self.p}:*", count=1000))
        return int(self.r.delete(*keys)) if keys else 0
