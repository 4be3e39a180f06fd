"""Small text helpers shared by the stages: HTML to text, normalisation, hashing, language."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import lxml.html
from lxml import etree

from . import native

_simhash64: Any = None
try:  # SimHash's hashing in native code, built from native/ when a Rust toolchain was there at install time
    from ._native import simhash64

    _simhash64 = simhash64
except ImportError:  # pragma: no cover - depends on the build
    pass

_SPACES = "\t\r\f\v\u00a0"  # become spaces (then runs of spaces collapse to one)
_NL = re.compile(r"\n{3,}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize(text: str) -> str:
    """NFC-normalise and tidy whitespace, so offsets computed later refer to stored text.

    Runs of spaces, tabs, CR, FF, VT and NBSP become one space; lines are stripped; three or more
    newlines become two. Done with str.replace where a regex over every character cost four times as much.
    """
    if not text.isascii() and _SURROGATE.search(text):  # lone surrogates (JSON escapes) are not text
        text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text.replace("\x00", ""))
    for ch in _SPACES:
        if ch in text:
            text = text.replace(ch, " ")
    while "  " in text:  # each pass halves every run of spaces
        text = text.replace("  ", " ")
    text = "\n".join([line.strip() for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _NL.sub("\n\n", text)
    return text.strip()


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries); tolerant of broken markup."""
    if not fragment:
        return ""
    if "<" not in fragment and "&" not in fragment:
        return normalize(fragment)
    try:
        doc = lxml.html.fragment_fromstring(fragment, create_parent="div")
        for br in doc.iter("br", "p", "div", "li"):
            br.tail = "\n" + (br.tail or "")
        text = doc.text_content()
    except (etree.ParserError, ValueError):
        text = re.sub(r"<[^>]+>", " ", fragment)
    return normalize(text)


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short to tell."""
    # A bounded prefix: the cost grows with the length, and over the 5,471 labelled real news texts in 20
    # languages (tests/data/news_*.jsonl) 600 characters give the same language as 1,000 for every one
    # (accuracy 0.9998 both). Fewer bytes walked also leave more of the topic automaton in the CPU caches
    # when matching follows: 0.11 ms less per dense article for the pair, measured in one process
    # alternating with 1,000 (bench/RESULTS.md, the topic-matching section).
    sample = text[:600]
    if len(sample.strip()) < 20:
        return None
    from .langfast import mapped  # the model only in processes that identify languages

    model = mapped()  # the cached model without numpy, when it can be used
    if model is not None:
        return model.classify(sample)[0]
    from .langid import classify  # py3langid and numpy (and the cache written for the next process)

    return classify(sample)


def simhash(text: str, bits: int = 64, max_shingles: int = 800) -> int:
    """64-bit SimHash over word 3-shingles: near-identical texts get near-identical hashes.

    Deterministic across processes (blake2b, not hash()). The first `max_shingles` shingles suffice
    for wire copies. The hashing and the bit vote run in the native module when it is built (about a
    fifth of the CPU for a 5 KB article), else in `simhash_python`; both give the same hash.
    """
    words = re.findall(r"\w+", text.lower())[: max_shingles + 2]
    if len(words) < 3:
        words = words + [""] * (3 - len(words))
    if bits == 64 and _simhash64 is not None and native.allowed():
        return int(_simhash64(words))
    return simhash_python(words, bits)


def simhash_python(words: list[str], bits: int = 64) -> int:
    """simhash's hashing and vote in Python over its words (at least three).

    The bit columns are counted by numpy over the digests' bits (most significant first), the same
    majority vote as counting a string of '0'/'1' per shingle, at half the CPU.
    """
    import hashlib

    import numpy as np

    n = len(words) - 2
    blake = hashlib.blake2b
    size = bits // 8
    digests = b"".join(
        [blake(f"{words[i]} {words[i + 1]} {words[i + 2]}".encode(), digest_size=size).digest() for i in range(n)]
    )
    ones = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(n, bits).sum(axis=0, dtype=np.int64)
    # Bit set when more than half the shingles have it; packbits keeps the most significant bit first.
    return int.from_bytes(np.packbits(ones * 2 > n).tobytes(), "big")
