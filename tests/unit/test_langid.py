"""worker.langid's walks (native and numpy) give exactly py3langid's answers (language and confidence)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import py3langid
import pytest

from tests.conftest import ROOT
from worker import langfast, langid
from worker.text import detect_lang


def texts() -> list[str]:
    """Real texts in 20 languages, their prefixes of every short length, and random Unicode."""
    paths = sorted((ROOT / "tests" / "data").glob("*.jsonl"))
    rows = [json.loads(x) for p in paths for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    out = [r["text"][:1000] for r in rows]
    out += [r["text"][:k] for r in rows[::20] for k in range(0, 12)]
    rnd = random.Random(3)
    out += ["".join(chr(rnd.randrange(1, 0x3100)) for _ in range(rnd.randrange(0, 80))) for _ in range(300)]
    return out + ["", "A", "ÉTÉ", "DEEPSEEK KI", "\x00\x01", "日本語のテキスト", "👍🏽" * 20]


def test_the_numpy_walk_is_in_use() -> None:
    assert isinstance(langid.identifier(), langid._NumpyWalk)


@pytest.mark.skipif(langfast.LangWalk is None, reason="native module not built (no Rust toolchain at install)")
def test_the_native_walk_finds_the_numpy_walks_features_in_the_same_order() -> None:
    fast = langid.identifier()
    assert fast._walk is not None
    rnd = random.Random(5)
    samples = [t.encode() for t in texts()]
    samples += [bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 3000))) for _ in range(200)]
    for data in samples:
        found, numpy = fast._walk.features(data), fast._features(data)
        native = None if found is None else tuple(np.frombuffer(b, dtype=np.int64) for b in found)
        if numpy is None:
            assert native is None, data
        else:
            assert native is not None, data
            assert np.array_equal(native[0], numpy[0]) and np.array_equal(native[1], numpy[1]), data


def numpy_walk(monkeypatch: pytest.MonkeyPatch) -> langid._NumpyWalk:
    """The process's identifier rebuilt without the native walk (NEWSWATCH_NATIVE=0)."""
    monkeypatch.setenv("NEWSWATCH_NATIVE", "0")
    f = langid.identifier()
    return langid._NumpyWalk.from_arrays(f.nb_ptc, f.nb_pc, f.nb_classes, f._next, f._base, f._out)


def test_the_native_walk_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert numpy_walk(monkeypatch)._walk is None


def test_the_numpy_walk_gives_py3langids_language_and_confidence_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = numpy_walk(monkeypatch)
    for text in texts():
        assert fast.classify(text) == py3langid.classify(text), text


def test_same_language_as_py3langid_and_the_confidence_to_float_precision() -> None:
    fast = langid.identifier()
    for text in texts():
        lang, conf = fast.classify(text)
        ref_lang, ref_conf = py3langid.classify(text)
        assert lang == ref_lang and conf == pytest.approx(ref_conf, rel=2e-5), text


def test_window_covers_the_deepest_state_of_the_model() -> None:
    fast = langid.identifier()
    assert langid.depth(fast._next, fast._base) <= langid.WINDOW


def test_the_cached_model_answers_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(langid, "_fast", None)
    built = langid.identifier()  # from py3langid's model, and written to the cache
    cached_dir = langfast.cache_dir()
    assert cached_dir is not None and (cached_dir / "nb_ptc.npy").exists()
    monkeypatch.setattr(langid, "_fast", None)
    loaded = langid.identifier()
    assert loaded is not built and type(loaded.nb_ptc).__name__ == "memmap"
    for text in texts()[::7]:
        assert loaded.classify(text) == built.classify(text), text
        assert loaded.classify(text)[0] == py3langid.classify(text)[0], text


def test_an_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "newswatch").write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(langid, "_fast", None)
    assert langid.classify("Das ist ein deutscher Satz über Exportkontrollen und Chips.") == "de"


def test_a_new_cache_keeps_the_other_install_used_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale, recent = tmp_path / "newswatch" / "langid-0.0.1-1-1", tmp_path / "newswatch" / "langid-0.0.2-2-2"
    for age, folder in ((7200, stale), (60, recent)):
        folder.mkdir(parents=True)
        os.utime(folder, (time.time() - age,) * 2)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(langid, "_fast", None)
    langid.identifier()
    cached = langfast.cache_dir()
    assert cached is not None and cached.is_dir() and recent.is_dir() and not stale.exists()
    assert sorted(p.name for p in (tmp_path / "newswatch").iterdir()) == sorted([cached.name, recent.name])


@pytest.mark.skipif(langfast.LangWalk is None, reason="native module not built (no Rust toolchain at install)")
def test_the_mapped_model_answers_exactly_as_the_native_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    langid.identifier()  # writes the cache when there is none
    # An earlier identification in this process may have found no cache yet (a fresh machine) and settled on
    # worker.langid for the rest of the process: map afresh now that the cache is there.
    monkeypatch.setattr(langfast, "_mapped", None)
    model = langfast.mapped()
    assert model is not None
    fast = langid.identifier()
    for text in texts():
        assert model.classify(text) == fast.classify(text), text


def test_the_mapped_model_names_py3langids_own_model_file_and_window() -> None:
    assert langfast.MODEL_FILE == py3langid.langid.MODEL_FILE
    assert langfast.RAW_FLOOR == py3langid.langid.RAW_FLOOR
    model = Path(py3langid.langid.__file__).parent / py3langid.langid.MODEL_FILE  # what cache_dir finds unimported
    cached = langfast.cache_dir()
    assert cached is not None and cached.name.endswith(f"-{model.stat().st_size}-{model.stat().st_mtime_ns}")


@pytest.mark.skipif(langfast.LangWalk is None, reason="native module not built (no Rust toolchain at install)")
def test_a_damaged_cache_file_falls_back_to_py3langid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(langid, "_fast", None)
    langid.identifier()  # the cache, in tmp_path
    cached = langfast.cache_dir()
    assert cached is not None
    (cached / "_base.npy").write_bytes(b"\x93NUMPY\x01\x00\x10\x00{'descr': '>f8'}")  # another layout
    monkeypatch.setattr(langfast, "_mapped", None)
    assert langfast.mapped() is None
    assert detect_lang("Das ist ein deutscher Satz über Exportkontrollen und Chips.") == "de"


def test_without_the_native_walk_py3langid_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_NATIVE", "0")
    monkeypatch.setattr(langfast, "_mapped", None)
    assert langfast.mapped() is None
    assert detect_lang("Ceci est une phrase française sur le règlement européen.") == "fr"


@pytest.mark.skipif(langfast.LangWalk is None, reason="native module not built (no Rust toolchain at install)")
def test_identifying_a_language_imports_neither_numpy_nor_py3langid_once_cached() -> None:
    langid.identifier()  # the cache exists
    code = (
        "import sys; from worker.text import detect_lang; "
        "assert detect_lang('Die Bundesregierung verschärft die Exportkontrollen.') == 'de'; "
        "print(sorted(m for m in ('numpy', 'py3langid') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
