"""Imported by the process pool's forkserver: load heavy modules and models once, before forking.

Children forked from the server share these pages copy-on-write, so each worker process starts
without re-importing trafilatura or re-loading the language-identification model.
"""

from __future__ import annotations

import trafilatura  # noqa: F401 - imported for its side effect: loaded once in the forkserver

from .text import detect_lang

detect_lang("This sentence loads the language identification model once.")
