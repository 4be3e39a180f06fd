"""The automaton's anchors and, for each, the terms it stands for, laid out for the scan's hot loop.

A term is found through one anchor (its longest word). Many terms can share an anchor: with 10,000
terms, 150 phrases "Regierung X" all wait behind "regierung", and checking each of them at every
occurrence of the word would make the cost grow with the number of terms. A group with many such
phrases is therefore indexed by another whole word of each phrase (its key): at an occurrence, only
the phrases whose key is among the words around it are checked. That is a necessary condition, never
a filter of its own: a phrase that matches has every plain word of it, as a whole word, inside the
window its regex is run in (the words are separated by spaces or hyphens, and the phrase's start and
end are word boundaries). The selected terms are processed in term order, as an unindexed group is.

Most terms need no anchor at all: a word, or a phrase of words with at most a trailing `*`, is entered
whole. The automaton runs over the text's skeleton (lowercased, every run of non-word characters one
space, padded with a space at each end, and in text with Chinese, Japanese or Korean a space also where
that script meets other word characters, as in the terms; Skeleton maps its offsets back), and a term that must start a
word is entered as " term", one that must end a word as "term ": word boundaries are checked by the
automaton, and a phrase's words are found together ("export control" in "Export-Controls", "export
 control" across a line break). A phrase hit is then confirmed by the term's regex at that one place
(the skeleton also joins words that a comma separates). Only phrases with a leading or inner wildcard
("*chip export", "export* control*") go through an anchor, and the few anchors with non-word characters
("U.S.", "7%") through a second automaton over the lowercased text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate, product

from .terms import CJK, CJK_CHARS, SCRIPT_RUN, SPACED_WORD, Term, lower_same_length

# How a hit is verified: WORD by the automaton's boundaries alone (and, if case-sensitive, the text as
# written), PHRASE by the term's regex matched where the hit starts, ANCHORED by the regex run around
# an occurrence of the term's anchor.
WORD, PHRASE, ANCHORED = 0, 1, 2
# (term index, WORD/PHRASE/ANCHORED, case-sensitive text to compare or None, suffix wildcard): flat tuples
# keep the hot loop cheap.
Entry = tuple[int, int, str | None, bool]
INDEX_FROM = 8  # phrases behind one anchor from which a group is indexed (below, checking each is cheaper)
_TOKEN = re.compile(r"\w+")
# The words around an anchor that select indexed phrases: a phrase's key is a whole word of a spaced script, and
# where CJK script touches it, it ends (as the phrase's own boundaries do: terms.SPACED_WORD).
_KEY_TOKEN = re.compile(f"{SPACED_WORD}+")
_NON_WORD = re.compile(r"\W")  # \W is exactly: not str.isalnum() and not "_", the boundary test of the rules
_RUN = re.compile("  +")
_CJK_SPACE = re.compile(f"(?<=[{CJK_CHARS}]) (?=[{CJK_CHARS}])")


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
                for word in set(_KEY_TOKEN.findall(words, lo, hi)):
                    chosen += by.get(word, ())
        chosen.sort()
        return chosen


Group = tuple[Entry, ...] | IndexedGroup
# An automaton pattern's meaning: (leading space, trailing space, width, group): the pattern's own boundary
# spaces, 0 or 1, which are not part of the term; the term's length when it is one run of word characters
# (its length in the text too: the skeleton keeps word characters as they are), else -1.
Slot = tuple[int, int, int, Group]
# The second automaton's: (anchor must start a word, must end a word, group).
RawSlot = tuple[bool, bool, Group]


class Skeleton:
    """The text the main automaton runs over, and the way back from its offsets to the text's.

    The skeleton's character i (a word character, never a collapsed space) is the text's character
    i - 1 + removed[k - 1], with k = bisect_right(after, i) (and nothing to add when k is 0): the scan's
    hot loop does that sum inline.
    """

    __slots__ = ("after", "removed", "text")

    def __init__(self, low: str) -> None:
        if CJK.search(low):
            self._split(low)
            return
        padded = " " + _NON_WORD.sub(" ", low) + " "  # same offsets as low, plus one
        # Runs of spaces ("AI - Act", ", ") become one. For each run: where the text after it lands in
        # the collapsed string, and how many characters were removed up to there.
        spans = [m.span() for m in _RUN.finditer(padded)]
        self.text = _RUN.sub(" ", padded) if spans else padded
        self.removed = list(accumulate(e - s - 1 for s, e in spans))
        self.after = [e - r for (_, e), r in zip(spans, self.removed, strict=True)]

    def _split(self, low: str) -> None:
        """Text with Chinese/Japanese/Korean: every run of one script's word characters is a word of its own
        ("tsmc의" is "tsmc 의"), so the skeleton can also be longer than the text; each word maps back alone."""
        found = list(SCRIPT_RUN.finditer(low))
        words = [m.group() for m in found]
        self.text = " " + " ".join(words) + " "
        # Where each word starts in the skeleton (one space before each), and text offset - skeleton offset + 1.
        self.after = list(accumulate([len(w) + 1 for w in words[:-1]], initial=1)) if words else []
        self.removed = [m.start() - at + 1 for m, at in zip(found, self.after, strict=True)]


def spacings(literal: str) -> list[str]:
    """The literal and its forms with spaces between two CJK/Hangul characters left out: the term's regex
    admits both ("수출 통제" is also written "수출통제", "数据 保护" "数据保护"), so the automaton must find both.
    Up to three such spaces vary; beyond that only all or none."""
    parts = _CJK_SPACE.split(literal)
    if len(parts) == 1:
        return [literal]
    gaps = len(parts) - 1
    choices = list(product((" ", ""), repeat=gaps)) if gaps <= 3 else [(" ",) * gaps, ("",) * gaps]
    return ["".join(p + sep for p, sep in zip(parts, (*seps, ""), strict=True)) for seps in choices]


def entry(ti: int, term: Term, kind: int) -> Entry:
    """A term's tuple for the hot loop."""
    return (ti, kind, term.anchor if term.case_sensitive and kind == WORD else None, term.suffix_wild)


def anchor_groups(terms: list[Term]) -> tuple[list[str], list[Slot], list[str], list[RawSlot]]:
    """The patterns of the main automaton (over the skeleton) and of the second (over the lowercased text)
    and, in the same order, each pattern's slot."""
    main: dict[tuple[str, bool, bool], list[tuple[int, int]]] = defaultdict(list)
    raw: dict[tuple[str, bool, bool], list[tuple[int, int]]] = defaultdict(list)
    for i, term in enumerate(terms):
        if term.literal is not None:
            kind = WORD if term.simple else PHRASE
            # A literal term's boundaries are its ends' (none in Chinese/Japanese/Korean text).
            for text in spacings(term.literal):
                main[(text, term.anchor_left, term.boundary_right)].append((i, kind))
        else:
            anchor = lower_same_length(term.anchor)
            to = main if _TOKEN.fullmatch(anchor) else raw  # an anchor is one word: no spaces to allow
            to[(anchor, term.anchor_left, term.anchor_right)].append((i, ANCHORED))
    patterns = [(" " if left else "") + text + (" " if right else "") for text, left, right in main]
    slots = [
        (int(left), int(right), -1 if " " in text else len(text), _group(members, terms))
        for (text, left, right), members in main.items()
    ]
    raw_slots = [(left, right, _group(members, terms)) for (_, left, right), members in raw.items()]
    return patterns, slots, [text for text, _, _ in raw], raw_slots


def _group(members: list[tuple[int, int]], terms: list[Term]) -> Group:
    """One pattern's terms: a plain tuple, or an IndexedGroup when many of them are keyable anchored phrases."""
    keyed = [i for i, kind in members if kind == ANCHORED and terms[i].keys]
    keyed_set = set(keyed)
    if len(keyed) < INDEX_FROM:
        return tuple(entry(i, terms[i], kind) for i, kind in members)
    by_word: dict[str, list[Entry]] = defaultdict(list)
    by_word_cased: dict[str, list[Entry]] = defaultdict(list)
    for i in keyed:
        key = max(terms[i].keys, key=len)  # the longest: the rarest, most likely
        (by_word_cased if terms[i].case_sensitive else by_word)[key].append(entry(i, terms[i], ANCHORED))
    return IndexedGroup(
        always=tuple(entry(i, terms[i], kind) for i, kind in members if i not in keyed_set),
        by_word={k: tuple(v) for k, v in by_word.items()},
        by_word_cased={k: tuple(v) for k, v in by_word_cased.items()},
        reach=max(terms[i].reach for i in keyed),
    )
