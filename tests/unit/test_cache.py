"""The start-up caches (worker/cache.py): compiled terms and character tables read back exactly, bad files ignored."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from worker import cache
from worker.errors import ConfigError
from worker.topics import load_topics, scan, terms


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A process state with no compiled term in memory and the cache folder in tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def reset() -> None:
        terms._compile.cache_clear()
        terms._fresh.clear()
        terms._used.clear()
        terms._stored = None
        scan._char_classes.cache_clear()

    reset()
    yield tmp_path / "newswatch"
    reset()


def test_terms_read_back_from_the_cache_equal_freshly_compiled_ones(fresh: Path) -> None:
    load_topics(ROOT / "topics.yaml")  # compiles every term and writes the cache
    files = list(fresh.glob("terms-*.json"))
    assert len(files) == 1 and files[0].stat().st_size > 100_000
    stored = terms._stored_terms()
    assert len(stored) > 10_000 and not terms._fresh
    for key, value in stored.items():
        case, raw = key.split("\x00", 1)
        from_cache = terms._from_fields(value)
        built = terms._build(raw, case)
        assert from_cache == built, raw
        assert from_cache.pattern.pattern == built.regex


def test_a_cache_file_bloated_by_other_terms_is_cut_down_to_the_topics_in_use(fresh: Path) -> None:
    """Thousands of synthetic terms a benchmark compiled are dropped by the next process that matches real topics."""
    from worker.topics import Matcher

    # More synthetic terms than the shipped topics have (about 24,000), so the file is far larger than what a
    # process matching them uses, whatever the topics grow to below the cap.
    for i in range(30_000):
        terms.compile_term(f"zzsynthetic{i}*")
    terms.store_compiled()
    assert len(terms._stored_terms()) == 30_000
    terms._compile.cache_clear()  # a new process
    terms._stored = None
    terms._used.clear()
    Matcher(load_topics(ROOT / "topics.yaml"))
    terms._stored = None
    kept = terms._stored_terms()
    assert kept and not any("zzsynthetic" in k for k in kept)
    assert set(kept) == terms._used  # exactly the shipped topics' terms


def test_a_new_process_compiles_nothing_when_the_cache_is_there(fresh: Path) -> None:
    load_topics(ROOT / "topics.yaml")
    terms._compile.cache_clear()  # what a new process starts with
    terms._stored = None
    load_topics(ROOT / "topics.yaml")
    assert not terms._fresh  # every term came from the file


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[1, 2, 3]",
        b'{"auto\\u0000DeepSeek": [1, 2]}',
        b'{"auto\\u0000DeepSeek": ["DeepSeek", "a", "b", 0, 0, 0, 1, 0, 0, 0, 0, [], [], null, [[1]]]}',
    ],
)
def test_a_damaged_terms_cache_is_ignored(fresh: Path, content: bytes) -> None:
    file = terms._cache_file()
    assert file is not None
    file.parent.mkdir(parents=True)
    file.write_bytes(content)
    term = terms.compile_term("DeepSeek")
    assert term == terms._build("DeepSeek", "auto")


def test_a_cached_term_of_another_text_is_not_used(fresh: Path) -> None:
    terms.compile_term("Nvidia")
    terms.store_compiled()
    file = terms._cache_file()
    assert file is not None
    value = cache.read(file)
    value["auto\x00DeepSeek"] = value.pop("auto\x00Nvidia")  # a file edited by hand, or a hash collision
    cache.write(file, value)
    terms._compile.cache_clear()
    terms._stored = None
    assert terms.compile_term("DeepSeek").text == "DeepSeek"


def test_an_unwritable_cache_folder_is_skipped(fresh: Path) -> None:
    fresh.parent.mkdir(exist_ok=True)
    fresh.write_text("a file where the cache folder would be")
    tf = load_topics(ROOT / "topics.yaml")  # compiles, cannot store, says nothing
    assert tf.topics and len(terms._stored_terms()) > 10_000
    assert not list(fresh.parent.glob("**/*.json")) and not list(fresh.parent.glob(".terms-*"))


def test_a_new_cache_file_keeps_the_others_used_last_and_removes_the_rest(fresh: Path) -> None:
    fresh.mkdir(parents=True)
    for age in range(1, 6):  # other installs' or topics files' entries, used 1-5 hours ago
        for kind in ("terms", "chars"):
            old = fresh / f"{kind}-000000000000000{age}.json"
            old.write_text("{}")
            os.utime(old, (time.time() - age * 3600,) * 2)
    terms.compile_term("DeepSeek")
    terms.store_compiled()
    scan._char_classes()
    for kind in ("terms", "chars"):
        left = sorted(p.name for p in fresh.glob(f"{kind}-*.json"))
        kept = [f"{kind}-000000000000000{age}.json" for age in range(1, 1 + cache.KEEP_OTHERS)]
        assert len(left) == 1 + cache.KEEP_OTHERS and set(kept) < set(left), left


def test_reading_an_entry_marks_it_used_so_pruning_keeps_it(fresh: Path) -> None:
    fresh.mkdir(parents=True)
    entries = [fresh / f"terms-000000000000000{i}.json" for i in range(cache.KEEP_OTHERS + 2)]
    for i, entry in enumerate(entries):
        entry.write_text("{}")
        os.utime(entry, (time.time() - 3600 - i * 60,) * 2)
    assert cache.read(entries[-1]) == {}  # the oldest, read now: in use by another install
    cache.write(fresh / "terms-ffffffffffffffff.json", {})
    assert entries[-1].exists() and not entries[-2].exists()


def test_character_tables_from_the_cache_equal_pythons(fresh: Path) -> None:
    computed = scan._char_classes()
    scan._char_classes.cache_clear()
    assert list(fresh.glob("chars-*.json"))
    assert scan._char_classes() == computed
    words, spaces = computed
    assert (ord("a"), ord("z") + 1) in words and ord(" ") in spaces and 0x3000 in spaces


def test_a_large_topics_file_is_parsed_and_checked_once(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "topics.yaml"
    src.write_bytes((ROOT / "topics.yaml").read_bytes())
    first = load_topics(src)
    assert len(list(fresh.glob("topics-*.json"))) == 1

    from worker.topics import rules

    def no_yaml(*args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(rules, "load_model", no_yaml)
    assert load_topics(src) == first  # read back: the same model, no YAML parsed

    src.write_bytes(src.read_bytes().replace(b"threshold: 0.5", b"threshold: 0.6", 1))
    with pytest.raises(AssertionError, match="parsed again"):  # a changed file is another cache entry
        load_topics(src)


def test_a_broken_large_topics_file_is_reported_and_not_cached(fresh: Path, tmp_path: Path) -> None:
    src = tmp_path / "topics.yaml"
    text = (ROOT / "topics.yaml").read_text(encoding="utf-8")
    src.write_text(text.replace('"@ec_allow"', '"@ec_nowhere"', 1), encoding="utf-8")
    for _ in range(2):  # the second load reports it too: an error is never remembered as checked
        with pytest.raises(ConfigError, match="unknown concept '@ec_nowhere'"):
            load_topics(src)
    assert not list(fresh.glob("topics-*.json"))


def test_small_topics_files_are_not_cached(fresh: Path, tmp_path: Path) -> None:
    src = tmp_path / "topics.yaml"
    src.write_text("topics:\n  - id: t\n    rules:\n      - id: r\n        any: [DeepSeek]\n", encoding="utf-8")
    assert load_topics(src).topics[0].id == "t"
    assert not list(fresh.glob("topics-*.json"))


def test_gc_paused_holds_the_collector_off_and_restores_it() -> None:
    """Start-up builds pause the cyclic collector and leave it as they found it; `freeze` moves what lives
    on out of its reach (worker/cache.py)."""
    import gc

    assert gc.isenabled()
    with cache.gc_paused():
        assert not gc.isenabled()
        with cache.gc_paused():  # nested (the matcher inside the warm-up): the outer one re-enables
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with cache.gc_paused():
            pass
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
    frozen = gc.get_freeze_count()
    kept = [[i] for i in range(1000)]
    try:
        with cache.gc_paused(freeze=True):
            kept.append([0])
        assert gc.get_freeze_count() >= frozen + len(kept)
        assert gc.isenabled()
    finally:
        gc.unfreeze()
