"""Term compilation: a term string becomes an automaton anchor plus the pattern that verifies a hit.

Text and terms go through the same folding, which never changes a string's length, so every
offset found in the folded text is an offset in the original (mentions and snippets rely on it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .. import cache
from . import zh_fold

CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f"
CJK = re.compile(f"[{CJK_CHARS}]")
# Where Chinese/Japanese/Korean (and Thai) script meets other word characters, a word ends: "TSMC의",
# "H20芯片", "EU的AI法案" are "TSMC 의", "H20 芯片", "EU 的 AI 法案" to the automaton (anchors.Skeleton).
# A word character of a script that separates words (\w but not CJK_CHARS): the skeleton's words, the
# verification patterns' word boundaries and a `word*` inflection all end where it stops.
SPACED_WORD = f"[^\\W{CJK_CHARS}]"
SCRIPT_RUN = re.compile(f"[{CJK_CHARS}]+|{SPACED_WORD}+")
FUNCTION_WORDS = frozenset(
    "der die das den dem des und von für zu im in am an auf the of and for to on at by with de la le les du "
    "des et à au aux sur en el los las del y di della delle dei per e il lo gli van het een op voor met w z na "
    "do i o a u".split()
)
SEP_CHARS = " -\u2010\u2011\u2013"
_APOS = ("\u2019", "\u2018", "\u02bc", "\u00b4")
# Full-width ASCII (ＡＩ, Ｈ２０, ＡＭＤ in Japanese and Chinese newspapers) is ASCII, one character for one.
_FULLWIDTH = re.compile("[\uff01-\uff5e]")
_FULLWIDTH_TO_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
# Traditional Chinese characters fold to simplified ones (歐盟 is 欧盟, 輸出管制 is 输出管制), one for one: Taiwanese
# and Hong Kong papers then meet the same terms as mainland ones. Before lowering, so case-sensitive terms
# such as "AI法" fold too. Japanese text folds the same way as Japanese terms, so they still meet.
_ZH_TO_SIMPLIFIED = str.maketrans(zh_fold.TRADITIONAL, zh_fold.SIMPLIFIED)
_NEEDS_ZH = re.compile("[" + re.escape(zh_fold.TRADITIONAL) + "]")
# Same-length folds applied after lowercasing: Greek accents and final sigma (headlines drop the
# accents: ΕΞΑΓΩΓΕΣ is εξαγωγές), Turkish dotless/dotted i (KISITLAMA is kısıtlama, İhracat is ihracat),
# the Turkish circumflex, which writers use or drop at will (yapay zekâ = yapay zeka, kâr = kar), and
# Romanian ă, ș, ț in both their comma and cedilla forms (ş, ţ): many Romanian sites write without
# diacritics ("produse cu dubla utilizare") or with the cedilla letters of older keyboards, so
# "dublă utilizare" must match all three spellings. Turkish ş folds with them (şirket written "sirket"
# on ASCII keyboards is the same word).
_FOLD_AFTER_LOWER = str.maketrans("άέήίόύώϊΐϋΰςıİâîûăşșţț", "αεηιουωιιυυσiiaiuasstt")
# Which characters the table changes, derived from it so the two cannot drift apart.
_NEEDS_FOLD = re.compile("[" + re.escape("".join(map(chr, _FOLD_AFTER_LOWER))) + "]")
_PLAIN = re.compile(r"\w+")
# A space or a hyphen between a term's words, with a quotation mark on either side of it: writers quote one
# word of a phrase ("una delle prime “fabbriche” di IA", « usines » d'IA, de “IA”). Apostrophes are folded to
# ' before matching (_APOS), so ' stands for them too. Native code: lib.rs, Node::Sep.
# Each run of spaces holds at most one line break: a phrase may wrap onto the next line (hard-wrapped text,
# "forordningen om\nkunstig intelligens") but not cross a blank line, where a heading without a full stop meets
# its paragraph ("Omzetdaling beperkt\n\nDe dalende vraag naar chips" is no "beperkt de").
QUOTES = "\"'\u00ab\u00bb\u201c\u201d\u201e\u2039\u203a"
_Q = "[" + QUOTES + "]"
_S = r"[^\S\n]"
_W0 = rf"{_S}*(?:\n{_S}*)?"
_W1 = rf"(?:{_S}+(?:\n{_S}*)?|\n{_S}*)"
_SEP = rf"(?:{_W0}{_Q})?(?:{_W0}[-\u2010\u2011\u2013]{_W0}|{_W1})(?:{_Q}{_W0})?"
_SEP_OPTIONAL = rf"(?:{_W0}{_Q})?(?:{_W0}[-\u2010\u2011\u2013]{_W0}|{_W0})(?:{_Q}{_W0})?"


class TermSpec(BaseModel):
    """A term with explicit options (topics.yaml: `{term: "Deep Seek", case: sensitive}`)."""

    model_config = ConfigDict(extra="forbid")
    term: str = Field(min_length=1)
    case: Literal["sensitive", "insensitive", "auto"] = "auto"


TermLike = str | TermSpec


@dataclass
class Term:
    """A compiled term (shared by every topic and matcher that writes it the same way: never mutated)."""

    text: str
    anchor: str
    regex: str  # the verification pattern; compiled on first use (single words never need it)
    case_sensitive: bool
    suffix_wild: bool
    boundary_right: bool
    reach: int  # how far the pattern can extend around the anchor, in characters
    anchor_left: bool = True  # the anchor must start a word (cheap pre-check before the regex)
    anchor_right: bool = True  # the anchor must end a word
    simple: bool = False  # one plain word: boundary checks alone verify a hit, no regex needed
    anchor_first: bool = False  # the anchor is the first word: one anchored match verifies a hit
    needs: tuple[str, ...] = ()  # the other words' literal parts: all occur near any hit (cheap pre-check)
    keys: tuple[str, ...] = ()  # the other words that occur as whole words in any hit (plain, no wildcard)
    # The whole term as the automaton can hold it (lowercased words joined by single spaces), when it is
    # words of word characters with at most a trailing `*`; None for prefix and inner wildcards.
    literal: str | None = None
    # The verification pattern as steps, for the native scan's matcher (render_nodes gives back `regex`).
    nodes: tuple[tuple[int, str], ...] = ()

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The verification regex."""
        return re.compile(self.regex)


def fold(text: str) -> str:
    """Unify apostrophes (l’exportation = l'exportation), full-width ASCII (ＡＩ = AI) and traditional Chinese
    characters (歐盟 = 欧盟) without changing length."""
    for a in _APOS:  # str.replace is an order of magnitude faster than str.translate here
        if a in text:
            text = text.replace(a, "'")
    if _FULLWIDTH.search(text):
        text = text.translate(_FULLWIDTH_TO_ASCII)
    if _NEEDS_ZH.search(text):
        text = text.translate(_ZH_TO_SIMPLIFIED)
    return text


def lowered(text: str) -> str:
    """The text lowercased without changing its length (İ made i first); the folds left to the native scan."""
    return (text.replace("\u0130", "i") if "\u0130" in text else text).lower()


def fold_tables() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """fold's and lower_folded's character maps, for the native scan: (before lowering, after lowering)."""
    before = [(a, "'") for a in _APOS] + [(chr(c), chr(t)) for c, t in _FULLWIDTH_TO_ASCII.items()]
    before += list(zip(zh_fold.TRADITIONAL, zh_fold.SIMPLIFIED, strict=True))
    after = [(chr(c), chr(t)) for c, t in _FOLD_AFTER_LOWER.items()]
    return before, after


def split_scripts(low: str) -> str:
    """The words of a lowercased term joined by single spaces, cut where CJK script meets other word characters."""
    return " ".join(SCRIPT_RUN.findall(low))


def lower_same_length(text: str) -> str:
    """Fold and lowercase without changing length, so offsets stay valid in the original."""
    return lower_folded(fold(text))


def lower_folded(folded: str) -> str:
    """lower_same_length of a text already folded (the scan folds each field once for both uses)."""
    if "\u0130" in folded:  # İ, the one character whose lowercase is longer (i̇): it folds to i below anyway
        folded = folded.replace("\u0130", "i")
    low = folded.lower()
    if _NEEDS_FOLD.search(low):
        low = low.translate(_FOLD_AFTER_LOWER)
    return low


def compile_term(spec: TermLike) -> Term:
    """Compile a term string into its anchor and verification pattern."""
    if isinstance(spec, str):
        return _compile(spec.strip(), "auto")
    return _compile(spec.term.strip(), spec.case)


# The code a compiled term depends on: this file and the fold table it reads.
CODE = (Path(__file__), Path(str(zh_fold.__file__)))

# Compiled terms kept on disk between processes (worker/cache.py): ~25 µs of Python per term, 0.4 s for the
# shipped topics in every process that loads them. A term depends only on its text, its case option and
# this file's code, whose hash names the cache file.
_CACHE_CAP = 60_000  # terms kept: the shipped topics and a few others (benchmarks compile thousands more)
_stored: dict[str, list[Any]] | None = None
_fresh: dict[str, Term] = {}
_used: set[str] = set()  # the terms this process compiled or read back
# A process that used this many terms matched a real topics file: a cache file far larger than that (the
# benchmarks add thousands of synthetic terms) costs every later process its reading, so it is cut down to
# what this process used. Small test topics never cut it.
_PRUNE_FROM = 2_000


def _stored_terms() -> dict[str, list[Any]]:
    """The compiled terms read from the cache file (once per process; empty when there is none)."""
    global _stored
    if _stored is None:
        value = cache.read(_cache_file())
        _stored = value if isinstance(value, dict) else {}
    return _stored


def _cache_file() -> Path | None:
    """This code's cache file of compiled terms."""
    return cache.path("terms", *CODE)


def store_compiled() -> None:
    """Add the terms compiled since the last call to the cache file (called once topics are loaded and once a
    matcher is built); a file much larger than what this process used is cut down to that."""
    global _stored
    stored = _stored_terms()
    bloated = len(_used) >= _PRUNE_FROM and len(stored) + len(_fresh) > 1.5 * len(_used)
    if not _fresh and not bloated:
        return
    fresh = {k: _fields(t) for k, t in _fresh.items()}
    if bloated:
        merged = {k: v for k, v in stored.items() if k in _used} | fresh
    else:
        merged = {**stored, **fresh} if len(stored) + len(fresh) <= _CACHE_CAP else fresh
    _fresh.clear()
    _stored = merged
    cache.write(_cache_file(), merged)


def _fields(t: Term) -> list[Any]:
    """A term's fields in declaration order, as JSON holds them."""
    return [getattr(t, f.name) for f in fields(Term)]


def _from_fields(v: list[Any]) -> Term:
    """The term back from _fields (JSON lists made tuples again)."""
    text, anchor, regex, cased, suffix, right, reach, a_left, a_right, simple, a_first, needs, keys, literal, nodes = v
    return Term(
        text, anchor, regex, cased, suffix, right, reach, a_left, a_right, simple, a_first,
        tuple(needs), tuple(keys), literal, tuple((int(k), str(x)) for k, x in nodes),
    )  # fmt: skip


@lru_cache(maxsize=65536)
def _compile(raw: str, case: str) -> Term:
    """compile_term, once per (term, case): loading topics.yaml checks every term, the matcher reuses them."""
    key = f"{case}\x00{raw}"
    _used.add(key)
    stored = _stored_terms().get(key)
    if stored is not None:
        try:
            term = _from_fields(stored)
            if term.text == raw:
                return term
        except (TypeError, ValueError):  # a cache file of another shape: compile it anew
            pass
    term = _build(raw, case)
    _fresh[key] = term
    return term


def _build(raw: str, case: str) -> Term:
    """Compile one term (errors are ValueErrors that name it)."""
    if not raw or raw.strip("*") == "":
        raise ValueError(f"empty term {raw!r}")
    if raw.startswith("@"):
        raise ValueError(f"concept reference {raw!r} inside a concept's or rule's term is not expanded here")
    prefix_wild = raw.startswith("*")
    body = fold(raw[1:] if prefix_wild else raw)
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
        body = lower_same_length(body)
    cjk = bool(CJK.search(body))
    chunks = [(c.rstrip("*"), c.endswith("*")) for c in re.split(r"[\s\-\u2010\u2011\u2013']+", body) if c.strip("*")]
    # The longest word is the anchor, avoiding function words that occur everywhere. A Chinese, Japanese
    # or Korean character counts as three: "규제" in "AI 규제" is far rarer than "ai" (which, as the anchor
    # of 22 such phrases, made 44 % of all phrase checks on the benchmark's dense articles).
    a_idx = max(range(len(chunks)), key=lambda i: (chunks[i][0] not in FUNCTION_WORDS, _weight(chunks[i][0]), -i))
    anchor, anchor_star = chunks[a_idx]
    literal = None
    if not prefix_wild and not any(star for _, star in chunks[:-1]) and all(_PLAIN.fullmatch(c) for c, _ in chunks):
        literal = split_scripts(lower_same_length(" ".join(c for c, _ in chunks)))
    nodes = _nodes(body, prefix_wild, cjk)
    pat = render_nodes(nodes)
    wilds = body.count("*") + (1 if prefix_wild else 0)
    return Term(
        text=raw,
        anchor=anchor,
        regex=pat,
        case_sensitive=sensitive,
        suffix_wild=suffix_wild,
        boundary_right=not cjk and not suffix_wild,
        reach=len(body) + 40 * wilds + 4 * body.count(" ") + 8,
        anchor_left=not cjk and not (a_idx == 0 and prefix_wild),
        anchor_right=not cjk and not anchor_star,
        anchor_first=a_idx == 0 and not prefix_wild,
        literal=literal,
        nodes=nodes,
        needs=tuple(c for i, (c, _) in enumerate(chunks) if i != a_idx and c),
        keys=()
        if cjk
        else tuple(
            c
            for i, (c, star) in enumerate(chunks)
            if i != a_idx and not star and not (i == 0 and prefix_wild) and _PLAIN.fullmatch(c)
        ),
        # One word, or one unbroken Chinese/Japanese/Korean run (matched anywhere): the anchor is the term.
        simple=not prefix_wild and len(chunks) == 1 and "'" not in body and re.fullmatch(r"[\w*]+", body) is not None,
    )


def _weight(chunk: str) -> int:
    """A word's length for choosing the anchor, CJK characters counted three times."""
    return len(chunk) + 2 * len(CJK.findall(chunk))


# The verification pattern's steps: (kind, text). Lookbehinds look before the window the native scan
# searches in, as Python's do; all of them read the text as if it ended at the window's end.
# "A word character" in them is one of a script that separates words (SPACED_WORD: \w but not CJK_CHARS):
# where Chinese, Japanese or Korean script touches a term ("EUのAI Actに", "欧盟2024/1689号"), a word ends
# there, as in the skeleton (SCRIPT_RUN), and a `word*` stops there ("exports的").
NOT_AFTER_WORD = 0  # (?<!W)  W: SPACED_WORD
COMPOUND_START = 1  # (?<!W)(?<!-)(?:W|-)*?  a leading star: a compound's first part (Chip-, US-) before the term
LITERAL = 2  # the text itself
WORD_REST = 3  # W*  the rest of a `word*`
SEP = 4  # a space or a hyphen between words
SEP_OPTIONAL = 5  # the same or nothing (beside Chinese, Japanese or Korean script)
_RENDER = {NOT_AFTER_WORD: f"(?<!{SPACED_WORD})", COMPOUND_START: f"(?<!{SPACED_WORD})(?<!-)(?:{SPACED_WORD}|-)*?",
           WORD_REST: f"{SPACED_WORD}*", SEP: _SEP, SEP_OPTIONAL: _SEP_OPTIONAL}  # fmt: skip


def _nodes(body: str, prefix_wild: bool, cjk: bool) -> tuple[tuple[int, str], ...]:
    """The verification pattern's steps: separators match space or hyphen, `word*` any word ending."""
    parts: list[tuple[int, str]] = []
    if not cjk:
        parts.append((COMPOUND_START, "") if prefix_wild else (NOT_AFTER_WORD, ""))
    pieces = re.split(r"([\s\-\u2010\u2011\u2013]+)", body)
    for i, ch in enumerate(pieces):
        if not ch:
            continue
        if ch[0] in SEP_CHARS or ch[0].isspace():
            # Beside Chinese/Japanese/Korean script the space is optional ("AI 기본법" is also written "AI기본법").
            around = pieces[i - 1][-1:] + pieces[i + 1][:1] if 0 < i < len(pieces) - 1 else ""
            parts.append((SEP_OPTIONAL, "") if CJK.search(around) else (SEP, ""))
        elif ch.endswith("*"):
            parts += [(LITERAL, ch[:-1]), (WORD_REST, "")] if ch[:-1] else [(WORD_REST, "")]
        else:
            parts.append((LITERAL, ch))
    return tuple(parts)


def render_nodes(nodes: tuple[tuple[int, str], ...]) -> str:
    """The regex of a pattern's steps (the Python scan's verification pattern)."""
    return "".join(re.escape(text) if kind == LITERAL else _RENDER[kind] for kind, text in nodes)
