"""Language identification without numpy or py3langid imported: the cached model memory-mapped for the native walk.

worker.langid identifies languages with py3langid's model, walked natively (native/src/langid.rs) or by
numpy, and caches the model's arrays as .npy files. Importing numpy and py3langid costs 0.17 s of CPU in
every process that identifies a language (`newswatch match`, each `run --once`), and classifying through
py3langid's class adds numpy calls per text. When the native module is built and the cache exists, none
of that is needed: the .npy files are memory-mapped here (their headers read by hand: a dict literal
with dtype, order and shape), handed to the native walk as typed memoryviews, and py3langid's last steps
(alias columns folded, first maximum taken) are done over the 142 float32 scores in Python. Same
language and same confidence as worker.langid's native path (tests/unit/test_langid.py).

Anything else (no native module, NEWSWATCH_NATIVE=0, no cache yet, a file of another shape) leaves
`mapped()` None, and worker.text.detect_lang asks worker.langid, which also writes the cache for the next
process.
"""

from __future__ import annotations

import ast
import json
import logging
import mmap
import os
import unicodedata
from array import array
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from . import cache, native

try:  # the walk in native code, built from native/ when a Rust toolchain was there at install time
    from ._native import LangWalk as LangWalk  # re-exported: worker.langid walks with it too
except ImportError:  # pragma: no cover - depends on the build
    LangWalk = None

log = logging.getLogger(__name__)

WINDOW = 6  # bytes: the depth of py3langid 0.4's automaton (tests/unit/test_langid.py checks it)
MODEL_FILE = "data/model.npz.xz"  # py3langid's model, inside its package (py3langid.langid.MODEL_FILE)
RAW_FLOOR = -3.4028234663852886e38  # py3langid's score for a featureless text (float32's lowest)
ARRAYS = ("nb_ptc", "nb_pc", "_next", "_base", "_out")  # the cached model's .npy files (worker.langid writes them)
_FORMATS = {"<f4": "f", "<u4": "I", "<i8": "q"}  # .npy dtypes of the cached arrays -> memoryview formats
_mapped: Any = None  # the mapped model, or False once it could not be used in this process


def walk_enabled() -> bool:
    """Whether languages are walked by the native module: built, and not turned off (NEWSWATCH_NATIVE=0)."""
    return LangWalk is not None and native.allowed()


def cache_dir() -> Path | None:
    """Where the decompressed model of the installed py3langid lives ($XDG_CACHE_HOME or ~/.cache)."""
    try:
        spec = find_spec("py3langid")  # where the package is, without importing it (and numpy)
        if spec is None or not spec.submodule_search_locations:
            return None
        model = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
        stat = model.stat()
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        return root / "newswatch" / f"langid-{version('py3langid')}-{stat.st_size}-{stat.st_mtime_ns}"
    except (OSError, RuntimeError, PackageNotFoundError, ValueError):
        return None


def read_npy(path: Path) -> memoryview:
    """A C-ordered little-endian .npy file memory-mapped, as a memoryview of its items and shape."""
    with open(path, "rb") as f:
        data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    view = memoryview(data)
    if bytes(view[:6]) != b"\x93NUMPY" or view[6] not in (1, 2, 3):
        raise ValueError(f"{path.name}: not a .npy file")
    size = 2 if view[6] == 1 else 4
    start = 8 + size + int.from_bytes(view[8 : 8 + size], "little")
    header = ast.literal_eval(bytes(view[8 + size : start]).decode("latin-1"))
    fmt = _FORMATS.get(str(header.get("descr"))) if isinstance(header, dict) else None
    if fmt is None or header.get("fortran_order") is not False:
        raise ValueError(f"{path.name}: unexpected layout {header!r}")
    shape = [int(n) for n in header["shape"]]
    items: memoryview = view[start:].cast("B").cast(fmt, shape)  # type: ignore[call-overload]
    return items


class MappedModel:
    """py3langid's default identifier (raw scores, no confidence floor) over the memory-mapped cache."""

    def __init__(self, path: Path) -> None:
        if LangWalk is None:
            raise ValueError("the native module is not built")
        a = {name: read_npy(path / f"{name}.npy") for name in ARRAYS}
        self.classes: list[str] = json.loads((path / "classes.json").read_text(encoding="utf-8"))
        if len(self.classes) != len(a["nb_pc"]):
            raise ValueError("classes.json does not match the model's weights")
        self.walk = LangWalk(a["_next"], a["_base"], a["_out"], WINDOW, a["nb_ptc"], a["nb_pc"])
        first: dict[str, int] = {}
        self.alias_pairs: list[tuple[int, int]] = []  # (first, dupe) columns of a label given twice
        for i, c in enumerate(self.classes):
            if c in first:
                self.alias_pairs.append((first[c], i))
            else:
                first[c] = i

    def classify(self, text: str) -> tuple[str, float]:
        """(language, raw score) as py3langid's classify gives them."""
        if text.isupper():
            text = text.lower()
        raw = self.walk.scores(unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass"))
        if raw is None:  # no feature at all: every class at the floor, the first one wins
            scores = array("f", [RAW_FLOOR]) * len(self.classes)
        else:
            scores = array("f", raw)
        for i, j in self.alias_pairs:
            scores[i] = max(scores[i], scores[j])
            scores[j] = RAW_FLOOR
        top = max(scores)
        best = scores.index(top)  # the first of equal maxima, as numpy's argmax
        return self.classes[best], top


def mapped() -> MappedModel | None:
    """The process-wide mapped model, or None when it cannot be used (then worker.langid answers)."""
    global _mapped
    if _mapped is None:
        _mapped = False
        path = cache_dir()
        if walk_enabled() and path and path.is_dir():
            try:
                _mapped = MappedModel(path)
                cache.touch(path)  # in use: another install's new cache keeps it (cache.prune)
            except (OSError, ValueError, TypeError, BufferError, SyntaxError) as exc:
                log.debug("language model cache %s not mapped: %s", path, exc)
    return _mapped or None
