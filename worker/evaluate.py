"""`newswatch eval`: precision and recall of the topic rules on a labelled JSONL file.

Each line is an object with ``id``, ``lang``, ``text``, ``labels`` (the topic ids the text is about,
``[]`` for none) and optionally ``title``. The report gives precision and recall per topic, recall
per language (over every labelled topic of the texts in that language, and per topic), and with
``misses`` every false negative and false positive with the reason the matcher gives, so analysts
can test their own rules and topics the way the project tests its own.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .text import normalize
from .topics import Matcher


@dataclass
class Row:
    """One labelled text."""

    id: str
    lang: str
    text: str
    title: str
    labels: frozenset[str]


@dataclass
class Miss:
    """A false negative (labelled, not matched) or false positive (matched, not labelled)."""

    kind: str  # "FN" | "FP"
    topic: str
    row: Row
    detail: str


@dataclass
class Counts:
    """True positives, false positives and false negatives of one topic (or one language)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was matched."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was labelled."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    """The evaluation of one file."""

    rows: int = 0
    topics: dict[str, Counts] = field(default_factory=dict)
    languages: dict[str, Counts] = field(default_factory=dict)
    by_language_topic: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(dict))
    misses: list[Miss] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """Machine-readable figures (`eval --json`)."""

        def fig(c: Counts) -> dict[str, Any]:
            return {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }

        return {
            "texts": self.rows,
            "topics": {t: fig(c) for t, c in self.topics.items()},
            "languages": {
                lang: {
                    "recall": round(c.recall, 4),
                    "tp": c.tp,
                    "fn": c.fn,
                    "fp": c.fp,
                    "topics": {t: fig(tc) for t, tc in self.by_language_topic[lang].items()},
                }
                for lang, c in sorted(self.languages.items())
            },  # fmt: skip
            "misses": [
                {"kind": m.kind, "topic": m.topic, "id": m.row.id, "lang": m.row.lang, "detail": m.detail}
                for m in self.misses
            ],
        }


def read_rows(path: Path, topic_ids: set[str], labels: str = "labels") -> list[Row]:
    """Parse and validate the labelled file; errors name the line. `labels`: the field holding the labels
    (a file can carry two conventions, e.g. topics an article is about and topics it mentions)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    rows: list[Row] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path.name}:{n}: not JSON ({exc.msg})") from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not isinstance(obj.get(labels), list):
            raise ConfigError(f"{path.name}:{n}: needs at least 'text' (a string) and '{labels}' (a list of topic ids)")
        unknown = [x for x in obj[labels] if x not in topic_ids]
        if unknown:
            raise ConfigError(f"{path.name}:{n}: unknown topic(s) {unknown} (topics: {', '.join(sorted(topic_ids))})")
        rows.append(
            Row(
                id=str(obj.get("id") or n),
                lang=str(obj.get("lang") or "?"),
                text=normalize(obj["text"]),
                title=normalize(str(obj.get("title") or "")),
                labels=frozenset(obj[labels]),
            )
        )
    return rows


def evaluate(matcher: Matcher, rows: list[Row]) -> Report:
    """Match every row and count, per topic and per language."""
    topic_ids = [t.id for t in matcher.topics]
    rep = Report(rows=len(rows), topics={t: Counts() for t in topic_ids})
    for row in rows:
        results = {r.id: r for r in matcher.match(row.text, title=row.title)}
        lang = rep.languages.setdefault(row.lang, Counts())
        for t in topic_ids:
            res = results[t]
            labelled, found = t in row.labels, res.passed
            per = rep.by_language_topic[row.lang].setdefault(t, Counts())
            for c in (rep.topics[t], per, lang):
                c.tp += labelled and found
                c.fn += labelled and not found
                c.fp += found and not labelled
            if labelled != found:
                terms = ", ".join(sorted({m.term for m in res.mentions})[:6])
                detail = f"{res.reason}" + (f"; terms: {terms}" if terms else "")
                rep.misses.append(Miss("FN" if labelled else "FP", t, row, detail))
    return rep


def render(rep: Report, misses: bool) -> list[str]:
    """The human report."""
    out = [f"{rep.rows} texts, {len(rep.languages)} languages", "", f"{'topic':<20} {'P':>5} {'R':>5}   TP  FP  FN"]
    for t, c in rep.topics.items():
        out.append(f"{t:<20} {c.precision:5.2f} {c.recall:5.2f} {c.tp:4} {c.fp:3} {c.fn:3}")
    out += ["", "recall per language (all topics; per topic in brackets):"]
    for lang, c in sorted(rep.languages.items(), key=lambda kv: (kv[1].recall, kv[0])):
        per = ", ".join(f"{t} {tc.recall:.2f}" for t, tc in rep.by_language_topic[lang].items() if tc.tp + tc.fn)
        out.append(f"  {lang:<4} {c.recall:5.2f}  ({c.tp}/{c.tp + c.fn})  [{per}]")
    if misses:
        out += ["", f"misses ({len(rep.misses)}):"]
        for m in sorted(rep.misses, key=lambda m: (m.topic, m.kind, m.row.lang, m.row.id)):
            snippet = " ".join(m.row.text.split())[:160]
            out.append(f"  {m.kind} {m.topic:<16} {m.row.id} [{m.row.lang}] {snippet}…")
            out.append(f"       {m.detail}")
    return out
