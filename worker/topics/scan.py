"""The scan: one pass of the automata over a field finds every term's hits, verified where needed.

Words and phrases without inner wildcards are in the main automaton whole (anchors.py tells how), so
a hit there is a word at its boundaries, or a phrase whose regex is checked at that one place. Phrases
with wildcards are found through an anchor, and their regex is run in a window around it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Literal, NamedTuple, Protocol

import ahocorasick_rs

from .. import cache, native
from .anchors import PHRASE, WORD, Entry, Group, IndexedGroup, RawSlot, Skeleton, Slot, anchor_groups
from .terms import CJK_CHARS, SPACED_WORD, Term, fold, fold_tables, lower_folded, lowered

try:  # the same scan in native code, built from native/ when a Rust toolchain was there at install time
    from .._native import NativeScanner
except ImportError:  # pragma: no cover - depends on the build
    NativeScanner = None

Field = Literal["title", "text"]
# \w is exactly str.isalnum() or "_", the word characters of the rules; a `word*` term's inflection stops
# where Chinese/Japanese/Korean script begins ("Nvidia的芯片": the term is "Nvidia"), and that script next
# to a term's end is a word boundary ("U.S.の", "2024/1689号"): _joins(text, i) says whether the character at
# i would continue the word instead.
_WORD_RUN = re.compile(f"{SPACED_WORD}*")
_joins = re.compile(SPACED_WORD).match


class NativeScan(Protocol):
    """The native module's scanner (native/src/lib.rs): events in the order the Python scan meets them."""

    def scan(self, text: str, lowered: str) -> list[tuple[int, int, int, int]]:
        """The field's hits as (0, term, start, end), in scan_python's order (terms.lowered gives `lowered`)."""
        ...

    def scan_field(self, text: str, lowered: str) -> object:
        """The same hits, kept native for NativeScorer.score."""
        ...

    def memory_usage(self) -> int:
        """Bytes the native automata take."""
        ...


class Hit(NamedTuple):
    """One verified occurrence of a term in a field."""

    field: Field
    start: int
    end: int
    term: int


Hits = dict[int, list[Hit]]


class Scanner:
    """The automata of a list of terms; `scan` returns a field's hits keyed by term index."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms
        self.patterns, self.slots, self.raw_patterns, self.raw_slots = anchor_groups(terms)
        self.native: NativeScan | None = (
            _native(terms, self.patterns, self.slots, self.raw_patterns, self.raw_slots) if native_enabled() else None
        )

    @cached_property
    def automaton(self) -> ahocorasick_rs.AhoCorasick:
        """The main automaton of the Python scan (built when first used: the native scan has its own)."""
        # Standard match kind reports every (overlapping) occurrence of every pattern in one pass.
        return ahocorasick_rs.AhoCorasick(self.patterns, matchkind=ahocorasick_rs.MatchKind.Standard)

    @cached_property
    def raw(self) -> ahocorasick_rs.AhoCorasick | None:
        """The Python scan's automaton of the anchors with non-word characters, if any."""
        raw = self.raw_patterns
        return ahocorasick_rs.AhoCorasick(raw, matchkind=ahocorasick_rs.MatchKind.Standard) if raw else None

    def scan(self, text: str, field_name: Field) -> Hits:
        """All verified term hits in one field, keyed by term index."""
        if self.native is not None:
            return self._scan_native(text, field_name)
        return self.scan_python(text, field_name)

    def _scan_native(self, text: str, field_name: Field) -> Hits:
        """scan through the native module (hits and their order as in scan_python)."""
        hits: Hits = defaultdict(list)
        if not text:
            return hits
        assert self.native is not None
        new_hit = tuple.__new__
        for _, ti, start, end in self.native.scan(text, lowered(text)):
            hits[ti].append(new_hit(Hit, (field_name, start, end, ti)))
        return hits

    def scan_field_native(self, text: str) -> object:
        """The native scan's hits of a field, kept native for the native scoring."""
        assert self.native is not None
        return self.native.scan_field(text, lowered(text))

    def scan_python(self, text: str, field_name: Field) -> Hits:
        """scan in Python alone (the reference the native module is checked against)."""
        hits: Hits = defaultdict(list)
        if not text:
            return hits
        folded = fold(text)
        low = lower_folded(folded)
        seen: set[tuple[int, int]] = set()
        terms = self.terms
        slots = self.slots
        texts = (text, folded, low)
        sk = Skeleton(low)
        after, removed = sk.after, sk.removed
        new_hit = tuple.__new__  # Hit(...) without the namedtuple's Python-level __new__: hundreds per text
        # Boundaries are the automaton's business: every hit starts and ends as its terms require.
        for a_idx, p_start, p_end in self.automaton.find_matches_as_indexes(sk.text, overlapping=True):
            lead, trail, width, group = slots[a_idx]
            # Back to the text's offsets (see Skeleton); a term of word characters alone has its length there too.
            i = p_start + lead
            k = bisect_right(after, i)
            a_start = i - 1 + (removed[k - 1] if k else 0)
            if width >= 0:
                a_end = a_start + width
            else:
                i = p_end - trail - 1
                k = bisect_right(after, i)
                a_end = i + (removed[k - 1] if k else 0)
            entries: Sequence[Entry] = (
                group.select(low, folded, a_start, a_end) if isinstance(group, IndexedGroup) else group
            )
            for ti, kind, cs_text, suffix_wild in entries:
                if kind == WORD:
                    if cs_text is None or folded[a_start:a_end] == cs_text:
                        end = _word_end(text, a_end) if suffix_wild else a_end
                        hits[ti].append(new_hit(Hit, (field_name, a_start, end, ti)))
                elif kind == PHRASE:
                    # The words are there; the regex confirms what lies between them (a space or a hyphen,
                    # not the comma the skeleton also turned into a space) and the case where it matters.
                    term = terms[ti]
                    m = term.pattern.match(folded if term.case_sensitive else low, a_start)
                    if m is not None and m.end() >= a_end:
                        end = _word_end(text, m.end()) if suffix_wild else m.end()
                        hits[ti].append(Hit(field_name, a_start, end, ti))
                else:
                    _anchored(hits, seen, terms[ti], ti, field_name, texts, a_start, a_end)
        if self.raw is not None:
            self._scan_raw(hits, seen, field_name, texts)
        return hits

    def _scan_raw(self, hits: Hits, seen: set[tuple[int, int]], field_name: Field, texts: tuple[str, str, str]) -> None:
        """The anchors with non-word characters ("U.S.", "7%"), found in the lowercased text itself."""
        assert self.raw is not None
        low = texts[2]
        for a_idx, a_start, a_end in self.raw.find_matches_as_indexes(low, overlapping=True):
            need_left, need_right, group = self.raw_slots[a_idx]
            if need_left and a_start and _joins(low, a_start - 1):
                continue
            if need_right and _joins(low, a_end):
                continue
            entries: Sequence[Entry] = (
                group.select(low, texts[1], a_start, a_end) if isinstance(group, IndexedGroup) else group
            )
            for ti, _, _, _ in entries:
                _anchored(hits, seen, self.terms[ti], ti, field_name, texts, a_start, a_end)


def _word_end(text: str, i: int) -> int:
    """Where the run of word characters starting at i ends (a `word*` term's inflection)."""
    m = _WORD_RUN.match(text, i)
    return m.end() if m else i


def _anchored(
    hits: Hits,
    seen: set[tuple[int, int]],
    term: Term,
    ti: int,
    field_name: Field,
    texts: tuple[str, str, str],
    a_start: int,
    a_end: int,
) -> None:
    """The hits of a wildcard phrase around one occurrence of its anchor (each place once).

    The term's own regex decides, run only in a window of `reach` characters around the anchor.
    """
    text, folded, low = texts
    target = folded if term.case_sensitive else low
    n = len(text)
    if term.anchor_first:
        lo, hi = a_start, min(n, a_start + term.reach)
    else:
        lo, hi = max(0, a_start - term.reach), min(n, a_end + term.reach)
    # Every other word of the term lies inside any match, hence inside the window: most anchor occurrences
    # ("act", "model", "export") are not part of the phrase, and str.find says so without the regex.
    for word in term.needs:
        if target.find(word, lo, hi) < 0:
            return
    matches: Iterable[re.Match[str]]
    if term.anchor_first:
        found = term.pattern.match(target, lo, hi)
        matches = [found] if found else []
    else:
        matches = term.pattern.finditer(target, lo, hi)
    for m in matches:
        if m.start() > a_start:
            break
        if m.end() < a_end:
            continue
        s, e = m.start(), m.end()
        if term.suffix_wild:
            e = _word_end(text, e)
        elif term.boundary_right and _joins(text, e):
            continue
        if (ti, s) not in seen:
            seen.add((ti, s))
            hits[ti].append(Hit(field_name, s, e, ti))


def native_enabled() -> bool:
    """Whether scans go through the native module: built, and not turned off (NEWSWATCH_NATIVE=0)."""
    return NativeScanner is not None and native.allowed()


@lru_cache(maxsize=1)
def _char_classes() -> tuple[list[tuple[int, int]], list[int]]:
    """Python's word characters (\\w: str.isalnum() or "_") as code point ranges and its whitespace
    (str.isspace(), regex \\s) as code points, for the native module: read off every code point (0.16 s,
    the 1.1-million-character string dropped afterwards) or from the cache file of this Python's Unicode
    database (worker/cache.py)."""
    file = cache.path("chars", Path(__file__))
    value = cache.read(file)
    try:
        words, spaces = value
        return [(int(a), int(b)) for a, b in words], [int(c) for c in spaces]
    except (TypeError, ValueError):  # none yet, or another shape
        pass
    every = "".join(map(chr, range(0x110000)))
    words, spaces = [m.span() for m in re.finditer(r"\w+", every)], [m.start() for m in re.finditer(r"\s", every)]
    cache.write(file, [words, spaces])
    return words, spaces


def space_chars() -> list[int]:
    """Python's whitespace as code points (see _char_classes)."""
    return _char_classes()[1]


def char_ranges(spec: str) -> list[tuple[int, int]]:
    """A character class body of "a-b" pairs (terms.CJK_CHARS) as inclusive code point ranges."""
    return [(ord(spec[i]), ord(spec[i + 2])) for i in range(0, len(spec), 3)]


def _native(
    terms: list[Term], patterns: list[str], slots: list[Slot], raw: list[str], raw_slots: list[RawSlot]
) -> NativeScan:
    """The native scanner over the same automaton patterns, slots and terms as the Python scan."""

    def group(g: Group) -> tuple[object, ...]:
        if isinstance(g, IndexedGroup):
            return (list(g.always), dict(g.by_word), dict(g.by_word_cased), g.reach)
        return (list(g), {}, {}, -1)

    groups = [group(g) for *_, g in slots] + [group(g) for *_, g in raw_slots]
    main_slots = [(lead, trail, width, i) for i, (lead, trail, width, _) in enumerate(slots)]
    raw_slots_n = [(left, right, len(slots) + i) for i, (left, right, _) in enumerate(raw_slots)]
    anchored = [
        None if t.literal is not None else (t.anchor_first, t.reach, list(t.needs), t.case_sensitive) for t in terms
    ]
    verify = [None if t.simple else (list(t.nodes), t.case_sensitive, t.suffix_wild, t.boundary_right) for t in terms]
    assert NativeScanner is not None
    scanner: NativeScan = NativeScanner(
        patterns,
        main_slots,
        raw,
        raw_slots_n,
        groups,
        anchored,
        verify,
        _char_classes()[0],
        space_chars(),
        char_ranges(CJK_CHARS),
        *fold_tables(),
    )
    return scanner
