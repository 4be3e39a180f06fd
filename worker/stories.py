"""Story ids: near-identical texts (wire copies, a credit line added) share one story id.

A 64-bit SimHash per text (worker.text.simhash) is split into 7 bands (10 + 9×6 bits): two hashes
within 6 bits of each other agree on at least one band (pigeonhole), so every near-duplicate is
found among the documents stored under the new text's bands, without comparing against all.
Measured on the demo articles: wire copies differ by 2-4 bits, unrelated articles by 22 or more.
"""

from __future__ import annotations

from .state import State

BANDS = [(0, 10), *((10 + 9 * i, 9) for i in range(6))]
MAX_DISTANCE = 6


def bands(sh: int) -> list[str]:
    """The band keys of a SimHash: `<band number>:<its bits in hex>`."""
    return [f"{i}:{(sh >> start) & ((1 << size) - 1):x}" for i, (start, size) in enumerate(BANDS)]


def story_id(st: State, did: str, sh: int, max_distance: int = MAX_DISTANCE) -> str:
    """The story of a document: the nearest stored one within `max_distance` bits, else its own id."""
    known = st.story_of(did)
    if known:
        return known
    keys = bands(sh)
    best: str | None = None
    best_distance = max_distance + 1
    for member in st.band_members(keys):
        other_sh, other_story = member.split(":", 1)
        d = bin(int(other_sh, 16) ^ sh).count("1")
        if d < best_distance:
            best, best_distance = other_story, d
    story = best or did
    st.save_story(did, story, keys, f"{sh:016x}:{story}")
    return story
