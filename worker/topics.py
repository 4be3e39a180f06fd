"""Topic stage: the rule language of topics.yaml and a matcher compiled once per process.

Terms (strings in a rule's lists):
- ``deepseek``            whole word, case-insensitive
- ``exportkontroll*``     word beginning: inflections (Exportkontrolle, Exportkontrollen)
- ``*exportkontroll*``    also inside closed compounds (Chipexportkontrollen); hyphenated
                          compounds (US-Exportkontrollen) match without the leading star
- ``KI`` / ``EU`` / ``H20``  a term written entirely in capitals is case-sensitive
- ``{term: "Deep Seek", case: sensitive}``  explicit case control
- a space in a term matches whitespace or a hyphen, a hyphen matches a hyphen or a space
- terms in CJK scripts match anywhere (those scripts do not separate words with spaces)

A rule fires when: one of its ``any`` terms occurs (not masked by a topic ``exclude``), every
group in ``all`` occurs somewhere in title or text, no ``none`` term occurs, and, with ``near``,
the ``any`` hit lies within ``within`` words of a ``near`` term. Lists may be plain or keyed by
language (the keys only document; every rule applies whatever the article's language).

Scoring: each fired rule adds weight × (2.0 if in the title, 1.5 in the lead, else 1.0, plus
0.25 per further mention, at most +1); each extra distinct term adds 0.1; the topic score is
1 − exp(−sum), and the topic passes at ``threshold`` (default 0.5: one plain body mention of a
weight-1 rule passes, a weaker rule needs more evidence).

Cost per article does not grow with the number of terms: one Aho-Corasick automaton over the
lowercased text finds the anchor of every term in a single pass; only anchors that occur are
verified with the term's own pattern, in a window around the hit.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

import ahocorasick_rs
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .errors import ConfigError
from .models import Mention, TopicResult

LEAD_CHARS = 400
MAX_MENTIONS = 25  # reported per topic (mention_count has them all); snippets cost more than matching
SNIPPET = 80
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_FUNCTION_WORDS = frozenset(
    "der die das den dem des und von für zu im in am an auf the of and for to on at by with de la le les du "
    "des et à au aux sur en el los las del y di della delle dei per e il lo gli van het een op voor met w z na "
    "do i o a u".split()
)
_SEP_CHARS = " -\u2010\u2011\u2013"


# ---------------------------------------------------------------- rule language (pydantic)


class TermSpec(BaseModel):
    """A term with explicit options."""

    model_config = ConfigDict(extra="forbid")
    term: str = Field(min_length=1)
    case: Literal["sensitive", "insensitive", "auto"] = "auto"


TermLike = str | TermSpec
TermList = list[TermLike] | dict[str, list[TermLike]]


def _flatten(value: TermList | None) -> list[TermLike]:
    """Terms from a plain list or a language-keyed mapping."""
    if value is None:
        return []
    if isinstance(value, dict):
        return [t for terms in value.values() for t in terms]
    return list(value)


class Near(BaseModel):
    """Proximity condition: an `any` hit within `within` words of one of `terms`."""

    model_config = ConfigDict(extra="forbid")
    terms: TermList
    within: int = Field(8, ge=0, le=100)


class Rule(BaseModel):
    """One rule of a topic."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    any: TermList
    all: list[TermList] = []
    none: TermList = []
    near: Near | None = None
    weight: float = Field(1.0, gt=0, le=10)
    description: str = ""

    @field_validator("any")
    @classmethod
    def _nonempty(cls, v: TermList) -> TermList:
        if not _flatten(v):
            raise ValueError("needs at least one term")
        return v


class Topic(BaseModel):
    """One topic of topics.yaml."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]*$")
    name: str = ""
    description: str = ""
    threshold: float = Field(0.5, gt=0, le=1)
    exclude: TermList = []
    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_rules(self) -> Topic:
        ids = [r.id for r in self.rules]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate rule id(s): {', '.join(sorted(dup))}")
        return self


class TopicsFile(BaseModel):
    """The whole topics.yaml."""

    model_config = ConfigDict(extra="forbid")
    topics: list[Topic] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> TopicsFile:
        ids = [t.id for t in self.topics]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"duplicate topic id(s): {', '.join(sorted(dup))}")
        return self


def load_topics(path: Path) -> TopicsFile:
    """Load and validate topics.yaml, then compile every term to catch pattern errors early."""
    from .config import load_model

    tf: TopicsFile = load_model(path, TopicsFile, {"topics": "topic", "rules": "rule"})
    for t in tf.topics:
        for r in t.rules:
            for term in _flatten(r.any) + _flatten(r.none) + [x for g in r.all for x in _flatten(g)]:
                try:
                    _compile_term(term)
                except ValueError as exc:
                    raise ConfigError(f"{path.name}: topic {t.id!r}: rule {r.id!r}: {exc}") from exc
    return tf


# ---------------------------------------------------------------- term compilation


@dataclass
class _Term:
    """A compiled term."""

    text: str
    anchor: str
    pattern: re.Pattern[str]
    case_sensitive: bool
    suffix_wild: bool
    boundary_right: bool
    reach: int  # how far the pattern can extend around the anchor, in characters
    anchor_left: bool = True  # the anchor must start a word (cheap pre-check before the regex)
    anchor_right: bool = True  # the anchor must end a word
    simple: bool = False  # one plain word: boundary checks alone verify a hit, no regex needed
    anchor_first: bool = False  # the anchor is the first word: one anchored match verifies a hit


_APOS = ("\u2019", "\u2018", "\u02bc", "\u00b4")


def _fold(text: str) -> str:
    """Unify apostrophes (l’exportation = l'exportation) without changing length."""
    for a in _APOS:  # str.replace is an order of magnitude faster than str.translate here
        if a in text:
            text = text.replace(a, "'")
    return text


def _lower_same_length(text: str) -> str:
    """Fold and lowercase without changing length, so offsets stay valid in the original."""
    low = _fold(text).lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in _fold(text))


def _compile_term(spec: TermLike) -> _Term:
    """Compile a term string into its anchor and verification pattern."""
    if isinstance(spec, TermSpec):
        raw, case = spec.term.strip(), spec.case
    else:
        raw, case = str(spec).strip(), "auto"
    if not raw or raw.strip("*") == "":
        raise ValueError(f"empty term {raw!r}")
    prefix_wild = raw.startswith("*")
    body = _fold(raw[1:] if prefix_wild else raw)
    suffix_wild = body.endswith("*")
    if not body.strip("*").strip():
        raise ValueError(f"empty term {raw!r}")
    words = [w for w in re.split(r"[\s\-\u2010\u2011\u2013]+", body) if w]
    if any(not w.strip("*") or "*" in w.rstrip("*") or w.endswith("**") for w in words):
        raise ValueError(f"term {raw!r}: '*' is allowed only at the start of the term or the end of a word")
    letters = [c for c in body if c.isalpha()]
    if case == "auto":
        sensitive = bool(letters) and all(c.isupper() for c in letters) and len(body.replace(" ", "")) <= 8
    else:
        sensitive = case == "sensitive"
    if not sensitive:
        body = _lower_same_length(body)
    cjk = bool(_CJK.search(body))
    chunks = [(c.rstrip("*"), c.endswith("*")) for c in re.split(r"[\s\-\u2010\u2011\u2013']+", body) if c.strip("*")]
    # The longest word is the anchor, avoiding function words that occur everywhere.
    a_idx = max(range(len(chunks)), key=lambda i: (chunks[i][0] not in _FUNCTION_WORDS, len(chunks[i][0]), -i))
    anchor, anchor_star = chunks[a_idx]
    parts: list[str] = []
    for ch in re.split(r"([\s\-\u2010\u2011\u2013]+)", body):
        if not ch:
            continue
        if ch[0] in _SEP_CHARS or ch[0].isspace():
            parts.append(r"(?:\s*[-\u2010\u2011\u2013]\s*|\s+)")
        elif ch.endswith("*"):
            parts.append(re.escape(ch[:-1]) + r"\w*")
        else:
            parts.append(re.escape(ch))
    pat = "".join(parts)
    if not cjk:
        pat = (r"(?<![\w-])[\w-]*?" if prefix_wild else r"(?<!\w)") + pat
    wilds = body.count("*") + (1 if prefix_wild else 0)
    return _Term(
        text=raw,
        anchor=anchor,
        pattern=re.compile(pat),
        case_sensitive=sensitive,
        suffix_wild=suffix_wild,
        boundary_right=not cjk and not suffix_wild,
        reach=len(body) + 40 * wilds + 4 * body.count(" ") + 8,
        anchor_left=not cjk and not (a_idx == 0 and prefix_wild),
        anchor_right=not cjk and not anchor_star,
        anchor_first=a_idx == 0 and not prefix_wild,
        simple=not cjk
        and not prefix_wild
        and len(chunks) == 1
        and "'" not in body
        and re.fullmatch(r"[\w*]+", body) is not None,
    )


# ---------------------------------------------------------------- the matcher


class _Hit(NamedTuple):
    field: str
    start: int
    end: int
    term: int


@dataclass
class _CRule:
    id: str
    weight: float
    any: frozenset[int]
    all: list[frozenset[int]]
    none: frozenset[int]
    near: frozenset[int]
    within: int


@dataclass
class _CTopic:
    id: str
    threshold: float
    exclude: frozenset[int]
    rules: list[_CRule] = field(default_factory=list)


class Matcher:
    """All topics compiled into one automaton; `match` returns one TopicResult per topic."""

    def __init__(self, topics: TopicsFile) -> None:
        self.terms: list[_Term] = []
        index: dict[tuple[str, bool], int] = {}

        def ids(value: TermList | None) -> frozenset[int]:
            out = set()
            for spec in _flatten(value):
                term = _compile_term(spec)
                key = (term.pattern.pattern, term.case_sensitive)  # "DeepSeek*" and "deepseek*" are one term
                if key not in index:
                    index[key] = len(self.terms)
                    self.terms.append(term)
                out.add(index[key])
            return frozenset(out)

        self.topics: list[_CTopic] = []
        for t in topics.topics:
            ct = _CTopic(id=t.id, threshold=t.threshold, exclude=ids(t.exclude))
            for r in t.rules:
                ct.rules.append(
                    _CRule(
                        id=r.id,
                        weight=r.weight,
                        any=ids(r.any),
                        all=[ids(g) for g in r.all],
                        none=ids(r.none),
                        near=ids(r.near.terms) if r.near else frozenset(),
                        within=r.near.within if r.near else 0,
                    )
                )
            self.topics.append(ct)
        by_anchor: dict[str, list[int]] = defaultdict(list)
        for i, term in enumerate(self.terms):
            by_anchor[_lower_same_length(term.anchor)].append(i)
        anchors = list(by_anchor)
        # Per anchor: (term index, needs left boundary, needs right boundary, case-sensitive anchor or
        # None, plain single word, suffix wildcard) — flat tuples keep the hot loop cheap.
        self._anchor_terms = [
            tuple(
                (
                    ti,
                    self.terms[ti].anchor_left,
                    self.terms[ti].anchor_right,
                    self.terms[ti].anchor if self.terms[ti].case_sensitive else None,
                    self.terms[ti].simple,
                    self.terms[ti].suffix_wild,
                )
                for ti in by_anchor[a]
            )
            for a in anchors
        ]
        # Standard match kind reports every (overlapping) occurrence of every anchor in one pass.
        self.automaton = ahocorasick_rs.AhoCorasick(anchors, matchkind=ahocorasick_rs.MatchKind.Standard)

    @property
    def term_count(self) -> int:
        """Distinct compiled terms."""
        return len(self.terms)

    def _scan(self, text: str, field_name: str) -> dict[int, list[_Hit]]:
        """All verified term hits in one field, keyed by term index."""
        hits: dict[int, list[_Hit]] = defaultdict(list)
        if not text:
            return hits
        low = _lower_same_length(text)
        folded = _fold(text)
        n = len(text)
        seen: set[tuple[int, int]] = set()
        terms = self.terms
        anchor_terms = self._anchor_terms
        for a_idx, a_start, a_end in self.automaton.find_matches_as_indexes(low, overlapping=True):
            before = low[a_start - 1] if a_start else " "
            after = low[a_end] if a_end < n else " "
            left_ok = not (before.isalnum() or before == "_")
            right_ok = not (after.isalnum() or after == "_")
            for ti, need_left, need_right, cs_anchor, simple, suffix_wild in anchor_terms[a_idx]:
                # Cheap rejections first: most anchor hits sit inside longer words.
                if (need_left and not left_ok) or (need_right and not right_ok):
                    continue
                if cs_anchor is not None and folded[a_start:a_end] != cs_anchor:
                    continue
                if simple:
                    e = a_end
                    if suffix_wild:
                        while e < n and (text[e].isalnum() or text[e] == "_"):
                            e += 1
                    if (ti, a_start) not in seen:
                        seen.add((ti, a_start))
                        hits[ti].append(_Hit(field_name, a_start, e, ti))
                    continue
                term = terms[ti]
                target = folded if term.case_sensitive else low
                matches: Iterable[re.Match[str]]
                if term.anchor_first:
                    found = term.pattern.match(target, a_start, min(n, a_start + term.reach))
                    matches = [found] if found else []
                else:
                    matches = term.pattern.finditer(target, max(0, a_start - term.reach), min(n, a_end + term.reach))
                for m in matches:
                    if m.start() > a_start:
                        break
                    if m.end() < a_end:
                        continue
                    s, e = m.start(), m.end()
                    if suffix_wild:
                        while e < n and (text[e].isalnum() or text[e] == "_"):
                            e += 1
                    elif term.boundary_right and e < n and (text[e].isalnum() or text[e] == "_"):
                        continue
                    if (ti, s) in seen:
                        continue
                    seen.add((ti, s))
                    hits[ti].append(_Hit(field_name, s, e, ti))
        return hits

    def match(self, text: str, title: str = "") -> list[TopicResult]:
        """Score every topic on an article; results for all topics, `passed` tells which matched."""
        hits = self._scan(title, "title")
        for ti, hs in self._scan(text, "text").items():
            hits[ti].extend(hs)
        fields = {"title": title, "text": text}
        results = []
        for topic in self.topics:
            results.append(self._score(topic, hits, fields))
        return results

    def _score(self, topic: _CTopic, hits: dict[int, list[_Hit]], fields: dict[str, str]) -> TopicResult:
        """Evaluate one topic's rules over the hits."""
        masks = [h for ti in topic.exclude if ti in hits for h in hits[ti]]
        live: dict[int, list[_Hit]] = {}
        for ti, hs in hits.items():
            if masks:
                hs = [
                    h for h in hs if not any(m.field == h.field and m.start < h.end and h.start < m.end for m in masks)
                ]
            if hs:
                live[ti] = hs
        present = live.keys()

        total = 0.0
        fired: list[str] = []
        mentions: dict[tuple[str, int, int], _Hit] = {}
        reasons: list[str] = []
        for rule in topic.rules:
            # Set intersections iterate the smaller side: cost follows the hits, not the rule size.
            if rule.any.isdisjoint(present):
                continue
            cand = [h for ti in rule.any & present for h in live[ti]]
            if not rule.none.isdisjoint(present):
                reasons.append(f"{rule.id}: vetoed by a 'none' term")
                continue
            missing = [g for g in rule.all if g.isdisjoint(present)]
            if missing:
                example = self.terms[min(missing[0])].text
                reasons.append(f"{rule.id}: missing an 'all' group (e.g. {example!r})")
                continue
            if rule.near:
                partners = [h for ti in rule.near & present for h in live[ti]]
                cand = [h for h in cand if any(_close(h, p, rule.within, fields) for p in partners)]
                if not cand:
                    reasons.append(f"{rule.id}: no term within {rule.within} words of a 'near' term")
                    continue
            best = max(2.0 if h.field == "title" else 1.5 if h.start < LEAD_CHARS else 1.0 for h in cand)
            total += rule.weight * (best + min(1.0, 0.25 * (len(cand) - 1)))
            fired.append(rule.id)
            for h in cand:
                mentions.setdefault((h.field, h.start, h.end), h)
        distinct = {fields[h.field][h.start : h.end].lower() for h in mentions.values()}
        if distinct:
            total += 0.1 * (len(distinct) - 1)
        score = 1.0 - math.exp(-total)
        ordered = sorted(mentions.values(), key=lambda h: (h.field != "title", h.start))
        # Snippets cost more than matching: build them only for the mentions we report.
        out_mentions = [_mention(h, fields[h.field]) for h in ordered[:MAX_MENTIONS]]
        passed = score >= topic.threshold
        if fired:
            verdict = "passed" if passed else "below"
            reason = f"score {score:.2f} {verdict} threshold {topic.threshold:.2f} from rules {', '.join(fired)}"
        else:
            reason = "no rule fired" + (f" ({'; '.join(reasons)})" if reasons else "")
        return TopicResult.model_construct(
            id=topic.id,
            score=round(score, 4),
            passed=passed,
            mentions=out_mentions,
            mention_count=len(ordered),
            rules=fired,
            reason=reason,
        )


def _close(a: _Hit, b: _Hit, within: int, fields: dict[str, str]) -> bool:
    """True if two hits in the same field are at most `within` words apart."""
    if a.field != b.field:
        return False
    if a.start < b.end and b.start < a.end:
        return True
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    if hi - lo > within * 30 + 30:
        return False
    return len(fields[a.field][lo:hi].split()) <= within


def _mention(h: _Hit, text: str) -> Mention:
    """A Mention with a ±80-character snippet, whitespace collapsed."""
    s = max(0, h.start - SNIPPET)
    e = min(len(text), h.end + SNIPPET)
    snippet = " ".join(text[s:e].split())
    # model_construct: the values are ours and already typed; validation would dominate the cost.
    return Mention.model_construct(term=text[h.start : h.end], start=h.start, end=h.end, snippet=snippet, field=h.field)


_cache: dict[tuple[str, float], Matcher] = {}


def matcher_for(path: Path) -> Matcher:
    """The process-wide matcher for a topics file (recompiled only when the file changes)."""
    key = (str(path.resolve()), path.stat().st_mtime)
    m = _cache.get(key)
    if m is None:
        m = Matcher(load_topics(path))
        _cache.clear()
        _cache[key] = m
    return m


def passed(results: list[TopicResult]) -> list[TopicResult]:
    """Only the topics that passed their threshold."""
    return [r for r in results if r.passed]


def to_json(results: list[TopicResult]) -> list[dict[str, Any]]:
    """The CLI's JSON shape for matched topics."""
    return [
        {
            "id": r.id,
            "score": r.score,
            "mentions": [
                {"term": m.term, "start": m.start, "end": m.end, "snippet": m.snippet, "field": m.field}
                for m in r.mentions
            ],
            "rules": r.rules,
        }
        for r in passed(results)
    ]
