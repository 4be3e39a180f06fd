"""The one switch for the optional native module (native/, built at install time when a Rust toolchain was there).

Each native path (the scan, the scoring, the language walk, SimHash) imports what it needs from worker._native
itself and falls back to Python when that is missing; `allowed` is the user's side of it: NEWSWATCH_NATIVE=0
turns every native path off at once (tests compare the two paths result by result).
"""

from __future__ import annotations

import os


def allowed() -> bool:
    """Whether the user lets native code run (NEWSWATCH_NATIVE is not "0"; read on each call, tests flip it)."""
    return os.environ.get("NEWSWATCH_NATIVE", "1") != "0"
