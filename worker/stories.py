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
    return st.assign_story(did, f"{sh:016x}", bands(sh), max_distance)
