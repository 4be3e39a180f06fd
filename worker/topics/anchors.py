"""The automaton's anchors and, for each, the terms it stands for, laid out for the scan's hot loop.

A term is found through one anchor (its longest word). Many terms can share an anchor: with 10,000
terms, 150 phrases "Regierung X" all wait behind "regierung", and checking each of them at every
occurrence of the word would make the cost grow with the number of terms. A group with many such
phrases is therefore indexed by another whole word of each phrase (its key): at an occurrence, only
the phrases whose key is among the words around it are checked. That is a necessary condition, never
a filter of its own: a phrase that matches has every plain word of it, as a whole word, inside the
window its regex is run in (the words are separated by spaces or hyphens, and the phrase's start and
end are word boundaries). The selected terms are processed in term order, as an unindexed group is.

Word boundaries are checked by the automaton itself, not in Python: it runs over the text's skeleton
(lowercased, every non-word character a space, padded with a space at each end: the same offsets, shifted
by one), and an anchor that must start a word is entered as " anchor", one that must end a word as
"anchor ". Half of a dense article's anchor occurrences lie inside longer words ("ai" in "said"); they
are no longer reported at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .terms import Term, lower_same_length

# (term index, needs a left boundary, needs a right boundary, case-sensitive anchor or None, one plain
# word, suffix wildcard): flat tuples keep the hot loop cheap.
Entry = tuple[int, bool, bool, str | None, bool, bool]
INDEX_FROM = 8  # phrases behind one anchor from which a group is indexed (below, checking each is cheaper)
_TOKEN = re.compile(r"\w+")


@dataclass(slots=True)
class IndexedGroup:
    """The terms of one anchor, phrases selected by the words around an occurrence."""

    always: tuple[Entry, ...]  # single words, and phrases without a whole plain word to key on
    by_word: dict[str, tuple[Entry, ...]]  # key word (lowercased) → case-insensitive phrases
    by_word_cased: dict[str, tuple[Entry, ...]]  # key word as written → case-sensitive phrases
    reach: int  # the widest window any of the phrases is verified in

    def select(self, low: str, folded: str, a_start: int, a_end: int) -> list[Entry]:
        """The entries worth checking at this occurrence of the anchor, in term order."""
        lo, hi = max(0, a_start - self.reach), a_end + self.reach
        chosen = list(self.always)
        for words, by in ((low, self.by_word), (folded, self.by_word_cased)):
            if by:
                for word in set(_TOKEN.findall(words, lo, hi)):
                    chosen += by.get(word, ())
        chosen.sort()
        return chosen


Group = tuple[Entry, ...] | IndexedGroup
# One automaton pattern's meaning: (start offset, end offset, group): the anchor occurrence is
# skeleton[start + lead − 1 : end − 1 − trail], i.e. the pattern's boundary spaces and the padding removed.
# Almost always one per pattern; two anchors can share a pattern ("(ai" and "ai" both skeletonise to " ai").
Slot = tuple[int, int, Group]
_NON_WORD = re.compile(r"\W")  # \W is exactly: not str.isalnum() and not "_", the scan's boundary test


def skeleton(low: str) -> str:
    """The text the automaton runs over: non-word characters as spaces, one space of padding at each end."""
    return " " + _NON_WORD.sub(" ", low) + " "


def entry(ti: int, term: Term) -> Entry:
    """A term's tuple for the hot loop."""
    cs_anchor = term.anchor if term.case_sensitive else None
    return (ti, term.anchor_left, term.anchor_right, cs_anchor, term.simple, term.suffix_wild)


def anchor_groups(terms: list[Term]) -> tuple[list[str], list[tuple[Slot, ...]]]:
    """The automaton's patterns (skeleton anchors with their boundary spaces) and, in the same order, each
    one's slots: where the anchor lies in a pattern hit, and the group of terms it stands for."""
    by_anchor: dict[tuple[str, bool, bool], list[int]] = defaultdict(list)
    for i, term in enumerate(terms):
        by_anchor[(lower_same_length(term.anchor), term.anchor_left, term.anchor_right)].append(i)
    slots: dict[str, list[Slot]] = defaultdict(list)
    for (anchor, left, right), indexes in by_anchor.items():
        pattern = (" " if left else "") + _NON_WORD.sub(" ", anchor) + (" " if right else "")
        slots[pattern].append((int(left) - 1, -1 - int(right), _group(indexes, terms)))
    patterns = list(slots)
    return patterns, [tuple(slots[p]) for p in patterns]


def _group(indexes: list[int], terms: list[Term]) -> Group:
    """One anchor's terms: a plain tuple, or an IndexedGroup when many of them are keyable phrases."""
    keyed = [i for i in indexes if not terms[i].simple and terms[i].keys]
    keyed_set = set(keyed)
    if len(keyed) < INDEX_FROM:
        return tuple(entry(i, terms[i]) for i in indexes)
    by_word: dict[str, list[Entry]] = defaultdict(list)
    by_word_cased: dict[str, list[Entry]] = defaultdict(list)
    for i in keyed:
        key = max(terms[i].keys, key=len)  # the longest: the rarest, most likely
        (by_word_cased if terms[i].case_sensitive else by_word)[key].append(entry(i, terms[i]))
    return IndexedGroup(
        always=tuple(entry(i, terms[i]) for i in indexes if i not in keyed_set),
        by_word={k: tuple(v) for k, v in by_word.items()},
        by_word_cased={k: tuple(v) for k, v in by_word_cased.items()},
        reach=max(terms[i].reach for i in keyed),
    )
