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
from typing import Literal, NamedTuple

import ahocorasick_rs

from .anchors import PHRASE, WORD, Entry, IndexedGroup, Skeleton, anchor_groups
from .terms import CJK_CHARS, Term, fold, lower_folded

Field = Literal["title", "text"]
# \w is exactly str.isalnum() or "_", the word characters of the rules; a `word*` term's inflection stops
# where Chinese/Japanese/Korean script begins ("Nvidia的芯片": the term is "Nvidia").
_WORD_RUN = re.compile(f"[^\\W{CJK_CHARS}]*")


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
        patterns, self.slots, raw, self.raw_slots = anchor_groups(terms)
        # Standard match kind reports every (overlapping) occurrence of every pattern in one pass.
        self.automaton = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.Standard)
        self.raw = ahocorasick_rs.AhoCorasick(raw, matchkind=ahocorasick_rs.MatchKind.Standard) if raw else None

    def scan(self, text: str, field_name: Field) -> Hits:
        """All verified term hits in one field, keyed by term index."""
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
        n = len(low)
        for a_idx, a_start, a_end in self.raw.find_matches_as_indexes(low, overlapping=True):
            need_left, need_right, group = self.raw_slots[a_idx]
            before = low[a_start - 1] if a_start else " "
            after = low[a_end] if a_end < n else " "
            if need_left and (before.isalnum() or before == "_"):
                continue
            if need_right and (after.isalnum() or after == "_"):
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
        elif term.boundary_right and e < n and (text[e].isalnum() or text[e] == "_"):
            continue
        if (ti, s) not in seen:
            seen.add((ti, s))
            hits[ti].append(Hit(field_name, s, e, ti))
