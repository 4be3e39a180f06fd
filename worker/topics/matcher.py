"""The matcher: every topic's terms compiled into one scanner (scan.py); scoring of the rules."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import cache
from ..models import Mention, TopicResult
from .rules import Concepts, TermList, TopicsFile, check_refs, flatten, load_topics
from .scan import Field, Hits, Scanner, char_ranges, space_chars
from .scan import Hit as _Hit
from .terms import Term, compile_term, store_compiled

try:  # the scoring in native code (native/src/score.rs), with the native scan
    from .._native import NativeScorer
except ImportError:  # pragma: no cover - depends on the build
    NativeScorer = None

LEAD_CHARS = 400
MAX_MENTIONS = 25  # reported per topic (mention_count has them all); snippets cost more than matching
SNIPPET = 80
# Chinese and Japanese write no spaces: a paragraph would be one "word" and every `near` window would span it.
# There a word is taken to be three characters (a Chinese word of one or two, a Japanese stem and its particle;
# measured on the labelled sets: 2 lost true mentions, 3 and 4 only removed false ones).
# (terms.CJK also holds Hangul, for matching terms anywhere; Korean separates its words with spaces.)
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]")
_CJK_WORD = re.compile(f"[{_CJK_CHARS}]{{1,3}}|[^\\s{_CJK_CHARS}]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
# The native code numbers the fields in Python's order ("text" < "title").
_FIELDS: tuple[Field, Field] = ("text", "title")


# ---------------------------------------------------------------- the matcher


@dataclass
class _CRule:
    id: str
    weight: float
    any: frozenset[int]
    all: list[frozenset[int]]
    none: frozenset[int]
    near: list[tuple[frozenset[int], int]]  # (terms, within): the any-hit must be close to each group
    none_within: int | None = None  # None: a `none` term anywhere vetoes; else only hits within N words of one


@dataclass
class _CTopic:
    id: str
    threshold: float
    exclude: frozenset[int]
    rules: list[_CRule] = field(default_factory=list)
    kept: frozenset[int] = frozenset()  # excluded terms that a rule lists in `any`: they count as themselves


class _Numbering:
    """Distinct compiled terms numbered in order of first use; term lists become sets of those numbers."""

    def __init__(self, concepts: Concepts) -> None:
        self.concepts = concepts
        self.terms: list[Term] = []
        self.index: dict[tuple[str, bool], int] = {}
        # A concept's terms, numbered once: rules share the large vocabularies (@chips, @china, ...), and
        # expanding and compiling each at every use cost four times the compiling itself.
        self.by_concept: dict[str, frozenset[int]] = {}

    def ids(self, value: TermList | None, trail: tuple[str, ...] = ()) -> frozenset[int]:
        """The numbers of a term list's terms, `@concept` references expanded."""
        out: set[int] = set()
        for spec in flatten(value):
            if isinstance(spec, str) and spec.startswith("@"):
                out |= self.concept(spec, trail)
                continue
            term = compile_term(spec)
            key = (term.regex, term.case_sensitive)  # "DeepSeek*" and "deepseek*" are one term
            if key not in self.index:
                self.index[key] = len(self.terms)
                self.terms.append(term)
            out.add(self.index[key])
        return frozenset(out)

    def concept(self, ref: str, trail: tuple[str, ...]) -> frozenset[int]:
        """The numbers of a concept's terms (`ref` is "@name"), numbered at its first use."""
        name = ref[1:]
        if name not in self.by_concept:
            if name not in self.concepts or name in trail:
                check_refs([ref], self.concepts, trail, set())  # raises the error load_topics reports
            self.by_concept[name] = self.ids(self.concepts[name], (*trail, name))
        return self.by_concept[name]


class Matcher:
    """All topics compiled into one automaton; `match` returns one TopicResult per topic."""

    def __init__(self, topics: TopicsFile) -> None:
        # Building makes some half a million small objects (terms read from the cache, automaton tables, rule
        # sets) that all live as long as the matcher: the cyclic collector's passes over them meanwhile took
        # ~40 % of the build and freed nothing.
        with cache.gc_paused():
            self._build(topics)

    def _build(self, topics: TopicsFile) -> None:
        """Number the terms, compile the rules and build the scanner (and the native scorer)."""
        numbering = _Numbering(topics.concepts)
        ids = numbering.ids
        self.terms: list[Term] = numbering.terms
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
                        near=[(ids(n.terms), n.within) for n in r.near_groups()],
                        none_within=r.none_within,
                    )
                )
            ct.kept = ct.exclude & frozenset(i for r in ct.rules for i in r.any)
            self.topics.append(ct)
        store_compiled()  # terms compiled here, or a cache file cut down to them (worker/topics/terms.py)
        self.scanner = Scanner(self.terms)
        self.native: Any = None
        if self.scanner.native is not None and NativeScorer is not None:
            topics_spec = [
                (
                    sorted(t.exclude),
                    sorted(t.kept),
                    [
                        (
                            r.id,
                            r.weight,
                            sorted(r.any),
                            [sorted(g) for g in r.all],
                            sorted(r.none),
                            [(sorted(g), w) for g, w in r.near],
                            r.none_within,
                        )  # fmt: skip
                        for r in t.rules
                    ],
                )
                for t in self.topics
            ]
            reprs = [repr(t.text) for t in self.terms]
            self.native = NativeScorer(len(self.terms), topics_spec, reprs, space_chars(), char_ranges(_CJK_CHARS))

    @property
    def term_count(self) -> int:
        """Distinct compiled terms."""
        return len(self.terms)

    def match(self, text: str, title: str = "") -> list[TopicResult]:
        """Score every topic on an article; results for all topics, `passed` tells which matched."""
        run = self._match_native if self.native is not None else self.match_python
        try:
            return run(text, title)
        except UnicodeEncodeError:
            # Lone surrogates ("\\ud800" escapes in JSON) are not text and have no UTF-8 form, which the
            # automata need: each becomes U+FFFD (one character for one, not a word character either).
            return run(_SURROGATE.sub("\ufffd", text), _SURROGATE.sub("\ufffd", title))

    def _match_native(self, text: str, title: str) -> list[TopicResult]:
        """match through the native scan and scoring; Python finishes the scores and builds the results."""
        sc = self.scanner
        outs = self.native.score(sc.scan_field_native(title), sc.scan_field_native(text), title, text)
        fields = {"title": title, "text": text}
        results = []
        for topic, (total, fired, reasons, places, count, top) in zip(self.topics, outs, strict=True):
            merged = [(_FIELDS[f], s, e) for f, s, e in places]
            shown = [Mention(term, s, e, snippet, _FIELDS[f]) for f, s, e, term, snippet in top]
            rules = [topic.rules[i].id for i in fired]
            results.append(self._finish(topic, total, rules, reasons, merged, shown, count, fields))
        return results

    def match_python(self, text: str, title: str = "") -> list[TopicResult]:
        """match in Python alone, scan and scoring (the reference the native code is checked against)."""
        hits = self.scanner.scan_python(title, "title")
        for ti, hs in self.scanner.scan_python(text, "text").items():
            hits[ti].extend(hs)
        hits = dict(hits)  # a plain dict from here on: looking up a term must not add it
        fields = {"title": title, "text": text}
        words = _Words(fields)
        shared: dict[frozenset[int], dict[str, _Partners]] = {}  # near partners of the unmasked hits
        results = []
        for topic in self.topics:
            results.append(self._score(topic, hits, fields, words, shared))
        return results

    def _score(
        self,
        topic: _CTopic,
        hits: Hits,
        fields: dict[str, str],
        words: _Words,
        shared: dict[frozenset[int], dict[str, _Partners]],
    ) -> TopicResult:
        """Evaluate one topic's rules over the hits (`shared`: near partners of topics that masked nothing)."""
        unmasked = _unmasked(hits, topic.exclude, topic.kept)
        live = _Live(unmasked, words, shared if unmasked is hits else {})
        total = 0.0
        fired: list[str] = []
        mentions: dict[tuple[str, int, int], _Hit] = {}
        reasons: list[str] = []
        for rule in topic.rules:
            cand, why_not = self._fire(rule, live)
            if not cand:
                reasons += [why_not] if why_not else []
                continue
            # Evidence of a rule: its best placed hit (title 2, lead 1.5, body 1) plus 0.25 per further
            # mention (at most +1), times the rule's weight. In field order ("text" < "title"), then by start:
            # a title hit comes last, the earliest text hit first.
            # (The mentions' order is decided below, whatever the order of cand.)
            cand.sort()
            best = 2.0 if cand[-1].field == "title" else 1.5 if cand[0].start < LEAD_CHARS else 1.0
            # Mentions are places in the text: overlapping terms ("欧盟AI法" in "欧盟AI法案") are one place.
            total += rule.weight * (best + min(1.0, 0.25 * (len(_merge_places(cand)) - 1)))
            fired.append(rule.id)
            for h in cand:
                mentions.setdefault((h.field, h.start, h.end), h)
        merged = [(h.field, h.start, h.end) for h in _merge_places(sorted(mentions.values()))]
        # Title first, then text order; of nested mentions at one start the longer first ("EU AI Act", "EU AI").
        ordered = sorted(mentions.values(), key=lambda h: (h.field != "title", h.start, -h.end))
        shown = [_mention(h, fields[h.field]) for h in ordered[:MAX_MENTIONS]]
        return self._finish(topic, total, fired, reasons, merged, shown, len(ordered), fields)

    @staticmethod
    def _finish(
        topic: _CTopic,
        total: float,
        fired: list[str],
        reasons: list[str],
        merged: Sequence[tuple[str, int, int]],
        shown: list[Mention],
        count: int,
        fields: dict[str, str],
    ) -> TopicResult:
        """The topic's result from its rules' evidence, mention places (merged) and the mentions to report."""
        # Different terms in different places; nested ones in one place ("EU AI Act", "AI Act") are one term.
        distinct = {fields[f][s:e].lower() for f, s, e in merged}
        if distinct:
            total += 0.1 * (len(distinct) - 1)  # several different terms are stronger than one repeated
        # 1 − e^(−evidence): one plain body mention of a weight-1 rule gives 0.63, never more than 1.
        score = 1.0 - math.exp(-total)
        passed = score >= topic.threshold
        if fired:
            verdict = "passed" if passed else "below"
            reason = f"score {score:.2f} {verdict} threshold {topic.threshold:.2f} from rules {', '.join(fired)}"
        else:
            reason = "no rule fired" + (f" ({'; '.join(reasons)})" if reasons else "")
        return TopicResult(
            id=topic.id,
            score=round(score, 4),
            passed=passed,
            # Snippets cost more than matching: build them only for the mentions we report.
            mentions=shown,
            mention_count=count,
            rules=fired,
            reason=reason,
        )

    def _fire(self, rule: _CRule, live: _Live) -> tuple[list[_Hit], str]:
        """The rule's `any` hits that satisfy all its conditions, or none and the reason (empty: no term at all)."""
        present = live.present
        # (frozenset & set walks the smaller side: a rule's cost follows the hits, not its size.)
        found = rule.any & present
        if not found:
            return [], ""
        vetoed = not rule.none.isdisjoint(present)
        if vetoed and rule.none_within is None:
            return [], f"{rule.id}: vetoed by a 'none' term"
        missing = [g for g in rule.all if g.isdisjoint(present)]
        if missing:
            return [], f"{rule.id}: missing an 'all' group (e.g. {self.terms[min(missing[0])].text!r})"
        hits = live.hits
        cand = [h for ti in found for h in hits[ti]]
        words = live.words
        if vetoed:  # only the hits close to a `none` term are vetoed
            within = rule.none_within or 0
            vetoes = live.partners(rule.none)
            cand = [h for h in cand if not vetoes[h.field].near(h, within, words)]
            if not cand:
                return [], f"{rule.id}: vetoed by a 'none' term within {within} words"
        for terms, within in rule.near:  # every near group must have a term close to the hit
            partners = live.partners(terms)
            cand = [h for h in cand if partners[h.field].near(h, within, words)]
            if not cand:
                return [], f"{rule.id}: no term within {within} words of a 'near' term"
        return cand, ""


def _merge_places(ordered: list[_Hit]) -> list[_Hit]:
    """One hit per place, for hits in their natural order (field, start, end): overlapping hits of a field
    merged, each place represented by its longest hit (the first of them: equally long hits at one start
    are the same text)."""
    out: list[_Hit] = []
    end = -1
    for h in ordered:  # a place's hits follow each other; a longer one replaces
        if out and h.field == out[-1].field and h.start < end:
            if h.end - h.start > out[-1].end - out[-1].start:
                out[-1] = h
            end = max(end, h.end)
            continue
        out.append(h)
        end = h.end
    return out


def _unmasked(hits: Hits, exclude: frozenset[int], kept: frozenset[int]) -> Hits:
    """The hits that no hit of the topic's `exclude` terms (e.g. "Colorado AI Act") masks (see _masks)."""
    masks = [h for ti in hits if ti in exclude for h in hits[ti]]  # (their order does not matter)
    if not masks:
        return hits  # the very same dict: topics without masked hits share their near partners (_Live)
    live: Hits = {}
    for ti, hs in hits.items():
        kept_hs = [h for h in hs if not any(_masks(m, h, kept) for m in masks)]
        if kept_hs:
            live[ti] = kept_hs
    return live


def _masks(m: _Hit, h: _Hit, kept: frozenset[int]) -> bool:
    """Whether the exclusion hit `m` hides the hit `h`: they overlap, unless `h` is longer around `m`, or is `m`
    itself and its term one of the topic's `kept` (an excluded term that a rule lists among its `any` terms)."""
    if m.field != h.field or m.end <= h.start or h.end <= m.start:
        return False
    # An exclusion hides the words inside it, itself too (an exclusion that no rule lists in `any` stays out of
    # the rules that have it as a veto or near term, as it always did). Two things survive it: a longer term around it,
    # and the exclusion's own term where a rule of the topic lists it in `any`: the GDPR's name "General Data
    # Protection Regulation", excluded for eu_ai and a term of gdpr-action-on-ai, hides the law word
    # "Regulation" and still counts as the GDPR there. Another term on exactly its span stays hidden (a word
    # beginning such as "europ*" matches the whole word "Europarats" that the exclusion "Europarat*" masks).
    covered = h.start <= m.start and m.end <= h.end
    own = h.term == m.term and h.term in kept
    return not (covered and (own or h.end - h.start > m.end - m.start))


class _Live:
    """One topic's hits that its exclusions leave, and what its rules' checks derive from them, computed once."""

    __slots__ = ("_partners", "hits", "present", "words")

    def __init__(self, hits: Hits, words: _Words, partners: dict[frozenset[int], dict[str, _Partners]]) -> None:
        self.hits = hits
        # A set, not dict keys: frozenset.isdisjoint(set) iterates the smaller side, so a rule's cost
        # follows the hits, not its size (given dict keys it would walk every hit term, for every rule).
        self.present = set(hits)
        self.words = words
        # Rules share near groups (@concepts); so do topics whose exclusions masked nothing (same hits).
        self._partners = partners

    def partners(self, terms: frozenset[int]) -> dict[str, _Partners]:
        """The hits of a near group's terms, per field."""
        found = self._partners.get(terms)
        if found is None:
            live = self.hits
            # (The partners' order does not matter; frozenset & set walks the smaller side.)
            hits = [h for ti in terms & self.present for h in live[ti]]
            found = self._partners[terms] = {f: _Partners([h for h in hits if h.field == f]) for f in self.words.fields}
        return found


class _Partners:
    """One field's hits of a near group, sorted so that the nearest one on each side is a bisection away."""

    __slots__ = ("ends", "hits", "longest", "starts")

    def __init__(self, hits: list[_Hit]) -> None:
        self.hits = sorted(hits)  # one field's hits: by start (then end)
        self.starts = [h.start for h in self.hits]
        self.ends = sorted([h.end for h in self.hits])
        self.longest = max([h.end - h.start for h in hits], default=0)

    def near(self, h: _Hit, within: int, words: _Words) -> bool:
        """Whether any of these hits overlaps h or has at most `within` words between itself and h.

        The words (and characters) between two hits only grow as a partner lies further away, so the
        nearest partner before h and the nearest after it decide for all the others.
        """
        starts = self.starts
        start, end = h.start, h.end
        # Overlapping: starts before h ends and ends after h starts, so starts less than `longest` before h.
        first, last = bisect_right(starts, start - self.longest), bisect_left(starts, end)
        for k in range(first, last):
            if self.hits[k].end > start:
                return True
        # The character bound first: a word takes at least one character and a space, most take far fewer
        # than 30; only a gap within it has its words counted.
        reach = within * 30 + 30
        ends = self.ends
        before = bisect_right(ends, start) - 1  # the latest end at or before h's start
        if before >= 0 and start - ends[before] <= reach and words.count(h.field, ends[before], start) <= within:
            return True
        return last < len(starts) and starts[last] - end <= reach and words.count(h.field, end, starts[last]) <= within


class _Words:
    """Word counts between offsets, as `near` needs them: whitespace-separated words, and in Chinese and
    Japanese text runs of up to three characters."""

    __slots__ = ("bounds", "fields")

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = fields
        # Per field, computed when first needed: word starts and ends in CJK text, None in space-separated text.
        self.bounds: dict[str, tuple[list[int], list[int]] | None] = {}

    def count(self, field_name: str, lo: int, hi: int) -> int:
        """The words of the field that overlap text[lo:hi] (for space-separated text: len(text[lo:hi].split()))."""
        if hi <= lo:
            return 0
        text = self.fields[field_name]
        if field_name in self.bounds:
            b = self.bounds[field_name]
        else:
            b = self.bounds[field_name] = _cjk_bounds(text) if _CJK_RUN.search(text) else None
        if b is None:
            # A word cut by lo or hi leaves a piece in the slice: split() counts exactly the overlapping words,
            # and for the few short gaps `near` checks it is far cheaper than the bounds of every word.
            return len(text[lo:hi].split())
        starts, ends = b
        # The words of the slice are the field's words that overlap it: those starting before hi, less
        # those ending at or before lo (each such word also starts before hi).
        return bisect_left(starts, hi) - bisect_right(ends, lo)


def _cjk_bounds(text: str) -> tuple[list[int], list[int]]:
    """Word starts and ends in text with Chinese/Japanese: runs of those cut every 3 characters, other words
    whitespace-separated."""
    starts, ends = [], []
    for m in _CJK_WORD.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _mention(h: _Hit, text: str) -> Mention:
    """A Mention with a ±80-character snippet, whitespace collapsed."""
    s = max(0, h.start - SNIPPET)
    e = min(len(text), h.end + SNIPPET)
    snippet = " ".join(text[s:e].split())
    return Mention(text[h.start : h.end], h.start, h.end, snippet, h.field)


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
