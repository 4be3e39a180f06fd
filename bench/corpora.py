"""Texts and topic sets the benchmarks and the detection check share.

- `dense_articles`: 5 KB articles dense in topic words, in 20 languages, stitched from the labelled
  real-news sets in tests/data (positives only, one language per article).
- `synthetic_topics`: n terms in 10 topics, written the ways analysts write them (words, word*,
  phrases, CAPS, *compound*), with `near` groups; `synthetic_texts` writes texts that hit those terms
  in every variant the rule language distinguishes (case, inflection, compounds, hyphens, boundaries).
- `fuzz_texts`: short texts glued from the shipped terms' pieces and awkward characters (apostrophes,
  hyphens of every kind, underscores, digits, Greek, Turkish İ/ı, CJK, NBSP), for boundary and folding rules.
- `corpus_texts`: the 48 real pages (extracted) and every entry of the real feeds in ../shared/corpus.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path
from typing import Any

from bench.common import CORPUS, ROOT

DATA = ROOT / "tests" / "data"
Row = dict[str, Any]


def labelled_rows() -> list[Row]:
    """Every row of tests/data/*.jsonl (id, lang, text, optional title and labels)."""
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["id"] = f"{path.stem}/{row['id']}"
                rows.append(row)
    return rows


def dense_articles(n: int = 2000, size: int = 5000, seed: int = 1) -> list[Row]:
    """n articles of `size` characters, each stitched from positive texts of one language."""
    by_lang: dict[str, list[Row]] = {}
    for r in labelled_rows():
        if r.get("labels") or r.get("topics"):
            by_lang.setdefault(r["lang"], []).append(r)
    rnd = random.Random(seed)
    langs = sorted(by_lang)
    out = []
    for i in range(n):
        lang = langs[i % len(langs)]
        parts: list[str] = []
        while sum(len(p) + 2 for p in parts) < size:
            parts.append(rnd.choice(by_lang[lang])["text"])
        title = rnd.choice(by_lang[lang])["text"][:90]
        out.append({"id": f"dense-{i}", "lang": lang, "title": title, "text": "\n\n".join(parts)[:size]})
    return out


def synthetic_topics(n_terms: int, seed: int = 7) -> dict[str, Any]:
    """A topics.yaml structure with n_terms terms in 10 topics."""
    rnd = random.Random(seed)
    vocab = ["".join(rnd.choices(string.ascii_lowercase, k=rnd.randint(5, 11))) for _ in range(n_terms)]
    real = ["export", "china", "chips", "nvidia", "regierung", "daten", "europa", "modell", "markt", "politik"]
    terms: list[str] = []
    for i, w in enumerate(vocab):
        kind = i % 5
        if kind == 0:
            terms.append(w)
        elif kind == 1:
            terms.append(w + "*")
        elif kind == 2:
            terms.append(f"{rnd.choice(real)} {w}")
        elif kind == 3:
            terms.append(w[:4].upper())
        else:
            terms.append("*" + w + "*")
    topics = []
    per = max(1, n_terms // 10)
    for t in range(10):
        chunk = terms[t * per : (t + 1) * per] or [f"zz{t}"]
        half = len(chunk) // 2
        topics.append(
            {
                "id": f"t{t}",
                "rules": [
                    {"id": "r", "any": chunk[:half] or chunk, "near": {"terms": chunk[half:] or chunk, "within": 8}},
                    {"id": "s", "any": chunk},
                ],
            }
        )
    return {"topics": topics}


def topic_terms(topics: dict[str, Any]) -> list[str]:
    """Every term string of a topics structure (rules' any and near lists)."""
    out: list[str] = []
    for t in topics["topics"]:
        for r in t["rules"]:
            out += r["any"]
            if "near" in r:
                out += r["near"]["terms"]
    return out


def _variant(term: str, rnd: random.Random) -> str:
    """One way a text may write a term: as is, other case, inflected, compounded, hyphenated, or broken."""
    word = term.strip("*")
    choice = rnd.randrange(9)
    if choice == 0:
        return word
    if choice == 1:
        return word.upper()
    if choice == 2:
        return word.capitalize()
    if choice == 3:
        return word + rnd.choice(["en", "s", "_x", "1", "ung", "'s", "’s"])
    if choice == 4:
        return rnd.choice(["chip", "us", "ex", "x_", "9"]) + word
    if choice == 5:
        return rnd.choice(["US-", "EU‑", "Chip–", "pre-"]) + word
    if choice == 6:
        return word.replace(" ", rnd.choice(["-", "  ", "\n", " - "]))
    if choice == 7:
        return word[: max(1, len(word) - 1)]
    return word.lower()


def synthetic_texts(topics: dict[str, Any], n: int, seed: int = 3, words: int = 120) -> list[Row]:
    """n texts of about `words` words, a fifth of them term variants, the rest filler."""
    rnd = random.Random(seed)
    terms = topic_terms(topics)
    filler = "the of and die der und des la le et el de per in zu mit for on export china chips daten".split()
    out = []
    for i in range(n):
        parts = [_variant(rnd.choice(terms), rnd) if rnd.random() < 0.2 else rnd.choice(filler) for _ in range(words)]
        seps = [rnd.choice([" ", " ", " ", ", ", ". ", " (", ") ", "\n\n", "\u00a0"]) for _ in parts]
        text = "".join(p + s for p, s in zip(parts, seps, strict=True)).strip()
        out.append(
            {"id": f"syn-{i}", "title": _variant(rnd.choice(terms), rnd) + " " + rnd.choice(filler), "text": text}
        )
    return out


FUZZ_EXTRA = [
    "İhracat",
    "KISITLAMA",
    "ΕΞΑΓΩΓΕΣ",
    "εξαγωγές",
    "ς",
    "ı",
    "ß",
    "_",
    "9",
    "’",
    "'",
    "´",
    "ʼ",
    "‐",
    "‑",
    "–",
    "-",
    " ",
    "  ",
    "\n",
    "\u00a0",
    ".",
    ",",
    "(",
    "«",
    "»",
    "深度求索",
    "딥시크",
    "출",
    "AI",
    "ai",
    "KI",
    "EU",
]


def fuzz_texts(shipped_terms: list[str], n: int = 3000, seed: int = 5) -> list[Row]:
    """Short texts glued from pieces of the shipped terms and awkward characters."""
    rnd = random.Random(seed)
    pieces = [t.strip("*") for t in shipped_terms if t.strip("*")]
    out = []
    for i in range(n):
        parts = []
        for _ in range(rnd.randint(5, 40)):
            r = rnd.random()
            if r < 0.45:
                parts.append(_variant(rnd.choice(pieces), rnd))
            elif r < 0.8:
                parts.append(rnd.choice(FUZZ_EXTRA))
            else:
                parts.append(" ")
        text = "".join(parts)
        out.append({"id": f"fuzz-{i}", "title": text[:30] if i % 3 == 0 else "", "text": text})
    return out


def corpus_texts() -> list[Row]:
    """The real corpus: each page's extracted text and title, and every feed entry's title and text."""
    if not CORPUS.exists():
        return []
    from worker.extract import run_trafilatura
    from worker.feeds import parse_feed

    rows: list[Row] = []
    for item in map(json.loads, (CORPUS / "pages" / "MANIFEST.jsonl").read_text().splitlines()):
        ex = run_trafilatura((CORPUS / "pages" / item["file"]).read_bytes(), item["url"])
        if ex is not None:
            rows.append({"id": f"page/{item['file']}", "title": ex.title, "text": ex.text})
    for path in sorted((CORPUS / "feeds").glob("*.xml")):
        try:
            parsed = parse_feed(path.read_bytes(), feed_id="corpus", base_url="https://corpus.example/feed")
        except Exception:  # noqa: BLE001 - a feed the feed stage refuses has no entries to match
            continue
        for k, e in enumerate(parsed.entries):
            text = e.content if len(e.content) > len(e.summary) else e.summary
            rows.append({"id": f"feed/{path.name}/{k}", "title": e.title, "text": text})
    return rows


def write_jsonl(path: Path, rows: list[Row]) -> None:
    """Rows as JSON lines."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
