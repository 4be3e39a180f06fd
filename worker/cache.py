"""Small start-up caches as JSON files under $XDG_CACHE_HOME/newswatch (or ~/.cache/newswatch).

Every process that matches topics compiles the same terms and reads the same character tables off
Python's Unicode database: about 0.6 s of CPU per process, paid by each `run --once`, `match` and
Celery worker. What they compute depends only on the code that
computes it and on the Python and Unicode versions, so a file named by a fingerprint of those holds it
for the next process. JSON, not pickle: a cache file is data, never code. A cache that cannot be read
or written is skipped (the value is computed as before); a stale one is never read, since its name is
another fingerprint. Writing a new one removes the old ones except the few used last (`prune`; reading one
marks it used): two installs, or two topics files, used in turn on one machine keep each their own instead
of deleting each other's and recomputing at every start.

What is read back from them (half a million small objects for the shipped topics) lives as long as the
process, so the start-up builds run with the garbage collector paused (`gc_paused`).
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

log = logging.getLogger(__name__)

# Other fingerprints' entries of a kind kept beside the current one, the most recently used first.
KEEP_OTHERS = 3


@contextmanager
def gc_paused(freeze: bool = False) -> Iterator[None]:
    """The cyclic garbage collector held off meanwhile (as it was before afterwards): for start-up work that
    builds many small objects which all live on, where the collector's passes find nothing to free.

    With `freeze`, everything alive at the end is moved out of the collector's reach (gc.freeze), for objects
    that live as long as the process: otherwise the first collections after it walk them all once more.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was:
            gc.enable()


def root() -> Path | None:
    """The cache folder ($XDG_CACHE_HOME/newswatch or ~/.cache/newswatch), or None without a home."""
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newswatch"
    except RuntimeError:  # no home directory to expand
        return None


def fingerprint(*sources: Path, data: bytes = b"") -> str:
    """A short hash of these source files, the input data, the Python version and its Unicode database."""
    h = hashlib.sha256(f"{sys.version_info[:3]} {unicodedata.unidata_version}".encode())
    for src in sources:
        h.update(src.read_bytes())
    h.update(data)
    return h.hexdigest()[:16]


def path(kind: str, *sources: Path, data: bytes = b"") -> Path | None:
    """The file for `kind` computed by these sources from `data` (None: no cache folder, or a source unreadable)."""
    base = root()
    if base is None:
        return None
    try:
        return base / f"{kind}-{fingerprint(*sources, data=data)}.json"
    except OSError:
        return None


def read(file: Path | None) -> Any:
    """The cached value, or None when there is none or it cannot be read."""
    if file is None:
        return None
    try:
        value = orjson.loads(file.read_bytes())
        touch(file)
        return value
    except FileNotFoundError:
        return None
    except (OSError, orjson.JSONDecodeError) as exc:
        log.debug("cache %s unreadable: %s", file, exc)
        return None


def write(file: Path | None, value: Any) -> None:
    """Write the value atomically (a temporary file renamed into place) and prune the other `kind` files."""
    if file is None:
        return
    kind = file.name.rsplit("-", 1)[0]
    tmp: str | None = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=f".{kind}-")
        with os.fdopen(fd, "wb") as out:
            out.write(orjson.dumps(value))
        os.replace(tmp, file)
        tmp = None
        prune(file, f"{kind}-*.json")
    except OSError as exc:  # read-only home, no space: the next process computes it again
        log.debug("cache %s not written: %s", file, exc)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def touch(entry: Path) -> None:
    """Mark a cache entry used now (its modification time), so that pruning keeps the entries in use."""
    try:
        os.utime(entry)
    except OSError:  # read-only cache folder, or removed meanwhile: pruning may take it, nothing else
        pass


def prune(current: Path, pattern: str, keep: int = KEEP_OTHERS) -> None:
    """Remove the entries matching `pattern` beside `current`, except the `keep` most recently used."""
    others: list[tuple[float, str, Path]] = []
    for entry in current.parent.glob(pattern):
        if entry != current:
            try:
                others.append((entry.stat().st_mtime, entry.name, entry))
            except OSError:  # removed by another process meanwhile
                continue
    others.sort(reverse=True)
    for _, _, entry in others[keep:]:
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
