"""The numpy walk of worker.langid gives exactly py3langid's answers (language and confidence)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import py3langid
import pytest

from tests.conftest import ROOT
from worker import langid


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


def test_same_language_and_confidence_as_py3langid() -> None:
    fast = langid.identifier()
    for text in texts():
        assert fast.classify(text) == py3langid.classify(text), text


def test_window_covers_the_deepest_state_of_the_model() -> None:
    fast = langid.identifier()
    assert langid.depth(fast._next, fast._base) <= langid.WINDOW


def test_the_cached_model_answers_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(langid, "_fast", None)
    built = langid.identifier()  # from py3langid's model, and written to the cache
    cached_dir = langid._cache_dir()
    assert cached_dir is not None and (cached_dir / "nb_ptc.npy").exists()
    monkeypatch.setattr(langid, "_fast", None)
    loaded = langid.identifier()
    assert loaded is not built and type(loaded.nb_ptc).__name__ == "memmap"
    for text in texts()[::7]:
        assert loaded.classify(text) == built.classify(text) == py3langid.classify(text), text


def test_an_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "newswatch").write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(langid, "_fast", None)
    assert langid.classify("Das ist ein deutscher Satz über Exportkontrollen und Chips.") == "de"


def test_a_new_cache_replaces_those_of_other_installs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "newswatch" / "langid-0.0.1-1-1"
    stale.mkdir(parents=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(langid, "_fast", None)
    langid.identifier()
    cached = langid._cache_dir()
    assert cached is not None and not stale.exists()
    assert [p.name for p in (tmp_path / "newswatch").iterdir()] == [cached.name]
