"""Story ids in real Redis: the one-step script agrees with a plain reference and is atomic."""

from __future__ import annotations

import random
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from worker.config import Settings
from worker.state import BAND_TTL, STORY_TTL, State
from worker.stories import MAX_DISTANCE, bands, story_id


@pytest.fixture
def state(settings: Settings) -> Iterator[State]:
    st = State.from_url(settings.redis_url, settings.key_prefix)
    yield st
    st.r.close()


def reference(stored: list[tuple[int, str]], sh: int) -> set[str]:
    """The stories the rule in worker.stories may name: the nearest within MAX_DISTANCE sharing a band.

    Several at the same distance: any of them (Redis returns a set's members in no fixed order).
    """
    mine = set(bands(sh))
    found = [(bin(o ^ sh).count("1"), story) for o, story in stored if mine & set(bands(o))]
    found = [(d, story) for d, story in found if d <= MAX_DISTANCE]
    return {story for d, story in found if d == min(found)[0]} if found else set()


def near(sh: int, flips: int, rnd: random.Random) -> int:
    """sh with `flips` random bits flipped."""
    for bit in rnd.sample(range(64), flips):
        sh ^= 1 << bit
    return sh


def test_stories_follow_the_nearest_stored_hash(state: State) -> None:
    rnd = random.Random(7)
    stored: list[tuple[int, str]] = []
    # Hashes with the top bit set and all-ones halves too: Lua's bit operations are signed 32-bit.
    roots = [rnd.getrandbits(64) for _ in range(40)] + [2**64 - 1, 2**63, 2**32 - 1, 0, 0x80000000FFFFFFFF]
    for i in range(400):
        root = roots[rnd.randrange(len(roots))]
        sh = near(root, rnd.choice([0, 1, 3, 5, 6, 7, 9, 20]), rnd)
        did = f"doc{i}"
        expected = reference(stored, sh) or {did}
        got = story_id(state, did, sh)
        assert got in expected, (i, f"{sh:016x}")
        stored.append((sh, got))


def test_a_known_document_keeps_its_story_and_keys_expire(state: State) -> None:
    sh = 0x0123456789ABCDEF
    assert story_id(state, "a", sh) == "a"
    assert story_id(state, "b", sh ^ 0b101) == "a"  # two bits apart: a copy
    assert story_id(state, "b", sh ^ (2**64 - 1)) == "a"  # already assigned: not looked up again
    assert story_id(state, "c", sh ^ (0b1111111 << 20)) == "c"  # seven bits from a, nine from b: another story
    assert 0 < state.r.ttl(f"{state.p}:story:a") <= STORY_TTL
    assert 0 < state.r.ttl(f"{state.p}:sh:{bands(sh)[0]}") <= BAND_TTL


def test_copies_taken_at_the_same_moment_share_one_story(state: State) -> None:
    rnd = random.Random(3)
    sh = rnd.getrandbits(64)
    copies = [(f"copy{i}", near(sh, 2, rnd)) for i in range(16)]
    with ThreadPoolExecutor(8) as pool:
        stories = set(pool.map(lambda c: story_id(state, *c), copies))
    assert len(stories) == 1


def test_the_script_is_loaded_again_after_a_script_flush(state: State) -> None:
    assert story_id(state, "x", 42) == "x"
    state.r.script_flush()  # what a Redis restart does to loaded scripts
    assert story_id(state, "y", 43) == "x"
