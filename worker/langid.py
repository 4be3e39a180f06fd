"""py3langid's language identification with its byte walk done natively or by numpy: same model, same answers.

py3langid scores a text by walking a byte automaton (Aho-Corasick over the model's byte n-grams) one
byte at a time in Python, counting the feature each state emits: about 1 µs per byte, most of a ms for
the 600 characters we classify (worker.text.detect_lang). In an Aho-Corasick automaton whose longest
pattern has W bytes, the state after any position depends only on the last W bytes read (it is the
longest suffix of the text that is a prefix of a pattern). So the state at every position can be
computed for all positions at once: W vectorised steps from the start state over the windows ending
there. The feature counts, their order (first occurrence, which fixes the float32 sums) and everything
after them are py3langid's own code, so the result is identical; tests/unit/test_langid.py checks both
against py3langid on real texts, and bench/check_detection.py on thousands.

When the native module is built (native/src/langid.rs), it walks one table step per byte, several
pieces of the text side by side (the same independence lets each piece start W - 1 bytes early), and
sums the weight rows of the features itself in float64, instead of numpy copying ~600 rows out (340 KB
per text, which also pushed the topic automaton out of the CPU caches) and summing them in float32 in
its BLAS's order. The language is the same (tests/unit/test_langid.py: every text there, and 18,330
texts and prefixes when this was written); the confidence, a raw score, differs in its last digits
(relative 1e-5). NEWSWATCH_NATIVE=0 keeps the numpy walk, whose scores are py3langid's to the bit.

W is the depth of the automaton's deepest state (worker.langfast.WINDOW): 6 for the model py3langid 0.4
ships (`depth` computes it breadth-first, 1 s of CPU, so the unit test does that rather than every
start-up). A layout other than py3langid 0.4's falls back to py3langid itself.

Loading py3langid's model means decompressing 40 MB of LZMA, half a second of CPU in every run. The
arrays (weights already as float32) are therefore cached, per py3langid version and model file, under
$XDG_CACHE_HOME/newswatch or ~/.cache/newswatch, and memory-mapped from there: the page cache shares
them between processes and runs. A cache that cannot be written or read is skipped.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
from py3langid import langid as _impl

from . import cache, langfast
from .langfast import ARRAYS, WINDOW, cache_dir, walk_enabled

log = logging.getLogger(__name__)

_fast: Any = None  # the identifier with the numpy walk, or False when py3langid's layout is not the expected one


def depth(nextmove: np.ndarray, rowbase: np.ndarray) -> int:
    """Depth of the automaton's deepest state (breadth-first from the start state)."""
    levels = np.full(len(rowbase), -1, dtype=np.int32)
    levels[0] = 0
    frontier, level = np.zeros(1, dtype=np.intp), 0
    columns = np.arange(256, dtype=np.intp)
    while len(frontier):
        reached = np.unique(nextmove[(rowbase[frontier][:, None] + columns).ravel()])
        frontier = reached[levels[reached] < 0]
        level += 1
        levels[frontier] = level
    return int(levels.max())


class _NumpyWalk(_impl.LanguageIdentifier):  # type: ignore[misc]
    """py3langid's identifier with `_raw_score` fed by a vectorised automaton walk."""

    __slots__ = ("_next", "_base", "_out", "_window", "_walk")

    @classmethod
    def from_arrays(cls, ptc: Any, pc: Any, classes: list[str], nextmove: Any, rowbase: Any, output: Any) -> _NumpyWalk:
        """py3langid's default identifier (no confidence floor, raw scores) over these arrays."""
        fast = cls.__new__(cls)
        fast.nb_ptc, fast.nb_pc, fast.nb_classes = ptc, pc, classes
        fast._full_model = (ptc, pc, classes)
        fast.tk_nextmove, fast.tk_row, fast.tk_output, fast._rowbase = nextmove, None, output, rowbase
        fast.min_confidence, fast._norm_probs = None, False
        fast._set_alias_pairs()
        fast._next, fast._base, fast._out, fast._window = nextmove, rowbase, output, WINDOW
        fast._walk = _native_walk(nextmove, rowbase, output, ptc, pc)
        return fast

    @classmethod
    def wrap(cls, ident: Any) -> _NumpyWalk:
        """The same identifier as py3langid's, walking with numpy."""
        if ident.min_confidence is not None or ident._norm_probs:
            raise ValueError("only py3langid's default identifier is vectorised")
        nm = ident.tk_nextmove
        return cls.from_arrays(
            # The float16 weights as float32, once: numpy converts every gathered row on each call otherwise
            # (half the cost of a text). Same values, and the same BLAS product numpy runs after its own cast.
            np.asarray(ident.nb_ptc, dtype=np.float32),
            ident.nb_pc,
            list(ident.nb_classes),
            np.frombuffer(nm, dtype=np.dtype(f"u{nm.itemsize}")),  # a view: 39 MB not copied
            np.asarray(ident._rowbase, dtype=np.intp),
            np.asarray(ident.tk_output, dtype=np.intp),
        )

    def _features(self, data: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        """py3langid's `visit_counts` as arrays: the features seen and their counts, in order of first occurrence."""
        w, n = self._window, len(data)
        if n <= w:  # too short to vectorise: py3langid's own loop
            found = _impl.visit_counts(self._next, self._base, self._out, data)
            if not found:
                return None
            return np.fromiter(found.keys(), dtype=np.intp), np.fromiter(found.values(), dtype=np.intp)
        b = np.frombuffer(data, dtype=np.uint8)
        # Positions 0..w-2 by the plain walk; every position i ≥ w-1 by w steps over bytes i-w+1..i.
        head, state = [], 0
        for byte in data[: w - 1]:
            state = int(self._next[self._base[state] + byte])
            head.append(state)
        states = np.zeros(n - w + 1, dtype=np.intp)
        for k in range(w):
            states = self._next[self._base[states] + b[k : n - w + 1 + k]]
        feats = self._out[np.concatenate([np.asarray(head, dtype=np.intp), states])]
        feats = feats[feats >= 0]
        if not len(feats):
            return None
        # Distinct features with counts, ordered by first occurrence (as a Counter built in text order).
        order = np.argsort(feats, kind="stable")
        ranked = feats[order]
        new = np.empty(len(ranked), dtype=bool)
        new[0] = True
        np.not_equal(ranked[1:], ranked[:-1], out=new[1:])
        starts = np.flatnonzero(new)
        counts = np.diff(np.append(starts, len(ranked)))
        by_first = np.argsort(order[starts])
        return ranked[starts][by_first], counts[by_first]

    def _raw_score(self, text: bytes) -> Any:
        if self._walk is not None:
            scores = self._walk.scores(text)
            if scores is None:
                return super()._raw_score(text)  # no feature at all: py3langid's own floor
            return np.frombuffer(scores, dtype=np.float32).copy()  # py3langid merges alias pairs in place
        found = self._features(text)
        if found is None:
            return super()._raw_score(text)  # no feature at all: py3langid's own floor
        keys, counts = found
        # py3langid's `_sparse_score`, on the arrays instead of a dict.
        return np.log1p(counts.astype(np.float32)) @ self.nb_ptc[keys] + self.nb_pc


def _native_walk(nextmove: Any, rowbase: Any, output: Any, ptc: Any, pc: Any) -> Any:
    """The native module's walk over these arrays, or None (not built, turned off, or another layout)."""
    if not walk_enabled():
        return None
    try:
        return langfast.LangWalk(nextmove, rowbase, output, WINDOW, ptc, pc)
    except (BufferError, TypeError, ValueError) as exc:  # e.g. a model whose table is not uint32
        log.debug("language identification walks in numpy: %s", exc)
        return None


def identifier() -> Any:
    """The process-wide identifier: from the cache when there is one, else py3langid's model (and cache it)."""
    global _fast
    if _fast is None:
        cached = cache_dir()
        try:
            _fast = _load(cached) if cached and cached.is_dir() else None
        except (OSError, ValueError) as exc:
            log.debug("language model cache %s unreadable: %s", cached, exc)
        if _fast is None:
            try:
                _fast = _NumpyWalk.wrap(_impl._get_identifier())
            except (AttributeError, TypeError, ValueError):
                _fast = False
            if _fast and cached:
                _save(_fast, cached)
    return _fast or _impl._get_identifier()


def _load(path: Path) -> _NumpyWalk:
    """The identifier from the cache: the big arrays memory-mapped (shared page cache, no decompression)."""
    a = {name: np.load(path / f"{name}.npy", mmap_mode="r") for name in ARRAYS}
    cache.touch(path)
    classes = json.loads((path / "classes.json").read_text(encoding="utf-8"))
    return _NumpyWalk.from_arrays(a["nb_ptc"], a["nb_pc"], classes, a["_next"], a["_base"], a["_out"])


def _save(fast: _NumpyWalk, path: Path) -> None:
    """Write the cache (atomically: a folder renamed into place); a read-only home just means no cache."""
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=".langid-"))
        for name in ARRAYS:
            np.save(tmp / f"{name}.npy", getattr(fast, name))
        (tmp / "classes.json").write_text(json.dumps(fast.nb_classes), encoding="utf-8")
        os.rename(tmp, path)
        # Other py3langid installs' models are 100 MB each: the one used last stays (two installs in turn).
        cache.prune(path, "langid-*", keep=1)
    except OSError as exc:  # no space, read-only, or another process renamed its copy first
        log.debug("language model not cached at %s: %s", path, exc)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def classify(text: str) -> str:
    """The language code py3langid gives the text."""
    return str(identifier().classify(text)[0])
