"""Small text helpers shared by the stages: HTML to text, normalisation, hashing, language."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from lxml import etree

_WS = re.compile(r"[ \t\r\f\v\u00a0]+")
_NL = re.compile(r"\n{3,}")


def normalize(text: str) -> str:
    """NFC-normalise and tidy whitespace, so offsets computed later refer to stored text."""
    text = unicodedata.normalize("NFC", text.replace("\x00", ""))
    text = _WS.sub(" ", text)
    return _NL.sub("\n\n", "\n".join(line.strip() for line in text.split("\n"))).strip()


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
    sample = text[:3000]
    if len(sample.strip()) < 20:
        return None
    import py3langid

    lang, _ = py3langid.classify(sample)
    return str(lang)


def simhash(text: str, bits: int = 64) -> int:
    """64-bit SimHash over word 3-shingles: near-identical texts get near-identical hashes."""
    import hashlib

    words = re.findall(r"\w+", text.lower())
    if len(words) < 3:
        words = words + [""] * (3 - len(words))
    acc = [0] * bits
    for i in range(len(words) - 2):
        h = int.from_bytes(hashlib.blake2b(" ".join(words[i : i + 3]).encode(), digest_size=8).digest(), "big")
        for b in range(bits):
            acc[b] += 1 if (h >> b) & 1 else -1
    return sum(1 << b for b in range(bits) if acc[b] > 0)
