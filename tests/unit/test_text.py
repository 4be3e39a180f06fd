"""Text helpers: the SimHash stays the one stored story ids were computed with."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from tests.conftest import ROOT
from worker.text import normalize, simhash


def reference_simhash(text: str) -> int:
    """The definition: per shingle a 64-character bit string of its blake2b digest; majority vote per column."""
    words = re.findall(r"\w+", text.lower())[:802]
    words += [""] * (3 - len(words)) if len(words) < 3 else []
    n = len(words) - 2
    digests = [hashlib.blake2b(" ".join(words[i : i + 3]).encode(), digest_size=8).digest() for i in range(n)]
    rows = [format(int.from_bytes(d, "big"), "064b") for d in digests]
    joined = "".join(rows)
    return sum(1 << (63 - b) for b in range(64) if joined[b::64].count("1") * 2 > n)


@pytest.mark.parametrize("native", ["1", "0"])
def test_simhash_matches_its_definition(native: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_NATIVE", native)  # the native hashing (when built) and numpy's
    rows = [json.loads(x) for x in (ROOT / "tests" / "data" / "news_tune.jsonl").read_text().splitlines() if x]
    texts = [r["text"] for r in rows[:60]] + ["", "a", "a b", "a b c", "x " * 3000, "Ünïcödé wörds İstanbul ß", "_ _"]
    texts += [" ".join(r["text"] for r in rows[i : i + 8]) for i in range(60, 300, 8)]  # past the 800 shingles
    for text in texts:
        assert simhash(text) == reference_simhash(text), text[:60]


def test_the_native_simhash_is_built() -> None:
    """pip install . builds the native module (native/); without it SimHash falls back to numpy."""
    from worker import text

    assert text._simhash64 is not None


def test_near_copies_are_close_and_different_texts_are_not() -> None:
    text = (ROOT / "tests" / "data" / "news_tune.jsonl").read_text().splitlines()[0]
    a, b = simhash(text), simhash(text + " Reporting by the news desk.")
    assert bin(a ^ b).count("1") <= 6
    assert bin(a ^ simhash(text[::-1])).count("1") > 6


def test_normalize_matches_its_regex_definition() -> None:
    import random
    import unicodedata

    from worker.text import normalize

    def definition(text: str) -> str:
        text = unicodedata.normalize("NFC", text.replace("\x00", ""))
        text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
        return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.split("\n"))).strip()

    rnd = random.Random(4)
    for _ in range(20000):
        text = "".join(rnd.choice(" \t\r\f\v\u00a0\n\x00ab\u0301e\u2028\x85") for _ in range(rnd.randrange(0, 30)))
        assert normalize(text) == definition(text), repr(text)


def test_normalize_replaces_lone_surrogates() -> None:
    """JSON escapes like \\ud800 become lone surrogates, which no UTF-8 output can carry."""
    assert normalize("a\ud800b \udcff") == "a\ufffdb \ufffd"
    assert normalize("Zürich 中文") == "Zürich 中文"


@pytest.mark.parametrize("value", ["0", "1"])
def test_one_switch_turns_every_native_path_off(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """NEWSWATCH_NATIVE=0 reaches the scan, the language walk and SimHash alike (worker/native.py)."""
    from worker import langfast, text
    from worker.topics import scan

    calls: list[int] = []
    native_hash = text._simhash64
    monkeypatch.setattr(text, "_simhash64", lambda words: calls.append(1) or native_hash(words))
    monkeypatch.setenv("NEWSWATCH_NATIVE", value)
    on = value == "1"
    assert scan.native_enabled() is on
    assert langfast.walk_enabled() is on
    simhash("Nvidia darf H20-Chips wieder nach China liefern")
    assert calls == ([1] if on else [])
