//! The scan of worker/topics/scan.py in native code: the skeleton, both automata, word boundaries,
//! case-sensitive comparisons, `word*` endings, and the phrases' verification patterns (terms.py's steps,
//! matched with Python's regex semantics: greedy and lazy repeats, alternatives in order, lookbehinds
//! before the window, the text cut at the window's end). The hits come out in the Python scan's order.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

const WORD: u8 = 0;
const PHRASE: u8 = 1;

/// A term as the hot loop sees it: (term index, WORD/PHRASE/ANCHORED, case-sensitive text, suffix wildcard).
struct Entry {
    ti: u32,
    kind: u8,
    cs: Option<Vec<char>>,
    suffix: bool,
}

struct Group {
    always: Vec<Entry>,
    by_word: HashMap<Vec<char>, Vec<Entry>>,
    by_word_cased: HashMap<Vec<char>, Vec<Entry>>,
    reach: Option<usize>, // Some: an IndexedGroup
}

struct Anchored {
    first: bool,
    reach: usize,
    needs: Vec<Vec<char>>,
    cased: bool,
}

impl Anchored {
    /// Where the phrase can lie around its anchor's occurrence, in a text of n characters: from the anchor
    /// on when it is the first word, else `reach` characters on both sides (scan.py: _anchored).
    fn window(&self, n: usize, a_start: usize, a_end: usize) -> (usize, usize) {
        if self.first {
            (a_start, n.min(a_start + self.reach))
        } else {
            (a_start.saturating_sub(self.reach), n.min(a_end + self.reach))
        }
    }
}

/// A step of a term's verification pattern (terms.py: _nodes, render_nodes).
enum Node {
    NotAfterWord,  // (?<!\w)
    CompoundStart, // (?<![\w-])[\w-]*?
    Literal(Vec<char>),
    WordRest, // \w*
    // (?:\s*Q)?(?:\s*[-‐‑–]\s*|\s+)(?:Q\s*)?, Q a quotation mark, or with \s* when optional; each \s run holds at
    // most one line break (space_end)
    Sep(bool),
}

/// What verifying a phrase needs: its pattern's steps, which text it reads, and how its end is found.
struct Verify {
    nodes: Vec<Node>,
    cased: bool,
    suffix: bool,
    boundary_right: bool,
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}')
}

/// A greedy quantifier's backtracking: the first end from `from` down to `least` at which the rest matches
/// (`at`), as Python's regex tries them; none when `from` is below `least`.
fn back_off(from: usize, least: usize, mut at: impl FnMut(usize) -> Option<usize>) -> Option<usize> {
    if from < least {
        return None;
    }
    let mut e = from;
    loop {
        if let Some(r) = at(e) {
            return Some(r);
        }
        if e == least {
            return None;
        }
        e -= 1;
    }
}

/// The quotation marks a separator may carry on either side (terms.py: QUOTES).
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{ab}' | '\u{bb}' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2039}' | '\u{203a}')
}

type PyEntry = (u32, u8, Option<String>, bool);
type PyVerify = (Vec<(u8, String)>, bool, bool, bool);
/// An anchored phrase as Python gives it: (anchor is the first word, reach, other words it needs, cased).
type PyAnchored = (bool, usize, Vec<String>, bool);
type PyGroup = (Vec<PyEntry>, HashMap<String, Vec<PyEntry>>, HashMap<String, Vec<PyEntry>>, i64);

fn entry(e: PyEntry) -> Entry {
    Entry { ti: e.0, kind: e.1, cs: e.2.map(|s| s.chars().collect()), suffix: e.3 }
}

fn entries(v: Vec<PyEntry>) -> Vec<Entry> {
    v.into_iter().map(entry).collect()
}

/// Which characters are word characters (Python's \w, given as ranges by the caller), whitespace (Python's
/// \s) and CJK (the caller's ranges: the scan's and the scoring's differ). Shared by the scan and NativeScorer.
pub(crate) struct Classes {
    word: Vec<u64>,
    space: Vec<u64>,
    cjk: Vec<(u32, u32)>,
    cjk_min: u32, // below the lowest CJK range nothing is CJK: most text is answered by one comparison
}

impl Classes {
    pub(crate) fn new(word_ranges: Vec<(u32, u32)>, space_chars: Vec<u32>, cjk: Vec<(u32, u32)>) -> Self {
        let mut word = vec![0u64; (0x110000 >> 6) + 1];
        for (lo, hi) in word_ranges {
            for c in lo..hi {
                word[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        let mut space = vec![0u64; (0x110000 >> 6) + 1];
        for c in space_chars {
            space[(c >> 6) as usize] |= 1 << (c & 63);
        }
        let cjk_min = cjk.iter().map(|r| r.0).min().unwrap_or(u32::MAX);
        Classes { word, space, cjk, cjk_min }
    }
    #[inline]
    fn is_word(&self, c: char) -> bool {
        let i = c as usize;
        (self.word[i >> 6] >> (i & 63)) & 1 == 1
    }
    #[inline]
    pub(crate) fn is_space(&self, c: char) -> bool {
        let i = c as usize;
        (self.space[i >> 6] >> (i & 63)) & 1 == 1
    }
    /// The end of a run of spaces from pos that holds at most one line break: a phrase may wrap onto the next
    /// line but never cross a blank line (terms.py, _W0), where a heading ends and a paragraph starts.
    #[inline]
    fn space_end(&self, t: &[char], pos: usize, hi: usize) -> usize {
        let mut k = pos;
        let mut breaks = 0;
        while k < hi && self.is_space(t[k]) {
            if t[k] == '\n' {
                if breaks == 1 {
                    break;
                }
                breaks = 1;
            }
            k += 1;
        }
        k
    }
    #[inline]
    pub(crate) fn is_cjk(&self, c: char) -> bool {
        let u = c as u32;
        u >= self.cjk_min && self.cjk.iter().any(|&(lo, hi)| lo <= u && u <= hi)
    }
    /// A word character of a script that separates words (terms.SPACED_WORD): where CJK script touches a
    /// term, a word ends ("EUのAI Actに", "U.S.の"), as in the skeleton.
    #[inline]
    fn joins(&self, c: char) -> bool {
        self.is_word(c) && !self.is_cjk(c)
    }
}

/// What an automaton pattern stands for: where the anchor sits in the match (lead, trail: skeleton bytes
/// around it; width: its length in the text, or -1 when it must be read off the skeleton), its group of
/// terms, and for the commonest group, one plain word (no case rule), that term itself (`single`, u32::MAX
/// otherwise) with its suffix wildcard, so the hit is emitted without reading the group. 16 bytes: the
/// table is read once per automaton match.
#[derive(Clone, Copy)]
struct Slot {
    width: i32,
    group: u32,
    single: u32,
    lead: u8,
    trail: u8,
    suffix: bool,
}

#[pyclass(frozen)]
struct NativeScanner {
    main: AhoCorasick,
    raw: Option<AhoCorasick>,
    slots: Vec<Slot>,
    raw_slots: Vec<(bool, bool, usize)>,
    groups: Vec<Group>,
    anchored: Vec<Option<Anchored>>,
    verify: Vec<Option<Verify>>,
    classes: Classes,
    fold: HashMap<char, char>,
    fold_after_lower: HashMap<char, char>,
    /// terms.fold of every Basic Multilingual Plane character, and that fold followed by the folds after
    /// lowering: one array read per character. Traditional Chinese text folds nearly every character (the
    /// 2,956-pair table), where a hash lookup per character cost a quarter of a millisecond per 5 KB text.
    fold_bmp: Vec<char>,
    fold_lowered_bmp: Vec<char>,
}

/// One field's hits that the scan verified itself: (term, start, end).
#[pyclass(frozen)]
pub struct FieldHits {
    pub hits: Vec<(u32, u32, u32)>,
}

fn automaton(patterns: &[String]) -> PyResult<AhoCorasick> {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(patterns)
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

/// Python's str.find(sub, lo, hi) >= 0 over characters.
fn contains(hay: &[char], sub: &[char], lo: usize, hi: usize) -> bool {
    let hi = hi.min(hay.len());
    if sub.is_empty() {
        return lo <= hi;
    }
    if lo >= hi || hi - lo < sub.len() {
        return false;
    }
    let first = sub[0];
    (lo..=hi - sub.len()).any(|i| hay[i] == first && &hay[i..i + sub.len()] == sub)
}

/// The skeleton and, per byte offset, the text offset of the character starting there (start_at) or the
/// text offset + 1 of the character ending there (end_at); spaces map nowhere.
struct Skel {
    s: String,
    start_at: Vec<u32>,
    end_at: Vec<u32>,
}

impl Skel {
    fn with_capacity(n: usize) -> Self {
        let mut end_at = Vec::with_capacity(n + 1);
        end_at.push(0);
        Skel { s: String::with_capacity(n), start_at: Vec::with_capacity(n), end_at }
    }
    #[inline]
    fn push(&mut self, c: char, at: u32) {
        // Every byte of c starts at `at`; only its last byte ends a character (the others map to 0).
        let width = c.len_utf8();
        self.s.push(c);
        for _ in 0..width {
            self.start_at.push(at);
        }
        for _ in 1..width {
            self.end_at.push(0);
        }
        self.end_at.push(at.wrapping_add(1));
    }
}

struct Texts {
    text: Vec<char>,
    folded: Vec<char>,
    low: Vec<char>,
}

impl NativeScanner {
    /// terms.fold for one character (apostrophes, full-width ASCII, traditional Chinese).
    #[inline]
    fn fold_char(&self, c: char) -> char {
        if c.is_ascii() {
            c
        } else if (c as u32) < 0x10000 {
            self.fold_bmp[c as usize]
        } else {
            *self.fold.get(&c).unwrap_or(&c)
        }
    }

    /// terms.fold and then the folds after lowering (Greek accents and final sigma, Turkish ı, â î û).
    #[inline]
    fn fold_lowered(&self, c: char) -> char {
        if c.is_ascii() {
            return c;
        }
        if (c as u32) < 0x10000 {
            return self.fold_lowered_bmp[c as usize];
        }
        let c = *self.fold.get(&c).unwrap_or(&c);
        *self.fold_after_lower.get(&c).unwrap_or(&c)
    }

    /// Where the run of non-CJK word characters starting at i ends (a `word*` term's inflection).
    fn word_end(&self, text: &[char], mut i: usize) -> usize {
        while i < text.len() && self.classes.joins(text[i]) {
            i += 1;
        }
        i
    }

    /// IndexedGroup.select: the entries worth checking at this occurrence, in term order.
    fn select<'a>(&'a self, g: &'a Group, t: &Texts, a_start: usize, a_end: usize, reach: usize) -> Vec<&'a Entry> {
        let n = t.low.len();
        let lo = a_start.saturating_sub(reach);
        let hi = (a_end + reach).min(n);
        let mut chosen: Vec<&Entry> = g.always.iter().collect();
        for (chars, by) in [(&t.low, &g.by_word), (&t.folded, &g.by_word_cased)] {
            if by.is_empty() {
                continue;
            }
            let mut seen: HashSet<&[char]> = HashSet::default();
            let mut i = lo;
            while i < hi {
                if !self.classes.joins(chars[i]) {
                    i += 1;
                    continue;
                }
                let s = i;
                while i < hi && self.classes.joins(chars[i]) {
                    i += 1;
                }
                let token = &chars[s..i];
                if seen.insert(token) {
                    if let Some(es) = by.get(token) {
                        chosen.extend(es.iter());
                    }
                }
            }
        }
        chosen.sort_by_key(|e| e.ti);
        chosen
    }

    /// Where the pattern's steps match at pos, reading t as if it ended at hi (Python's re.match(t, pos, hi):
    /// greedy runs of spaced-script word characters (terms.SPACED_WORD), lazy compound start, alternatives in
    /// order, lookbehinds before pos); None if they do not.
    fn match_at(&self, nodes: &[Node], t: &[char], pos: usize, hi: usize) -> Option<usize> {
        let Some(node) = nodes.first() else {
            return Some(pos);
        };
        let rest = &nodes[1..];
        let c = &self.classes;
        match node {
            Node::NotAfterWord => {
                if pos > 0 && c.joins(t[pos - 1]) {
                    None
                } else {
                    self.match_at(rest, t, pos, hi)
                }
            }
            Node::CompoundStart => {
                if pos > 0 && (c.joins(t[pos - 1]) || t[pos - 1] == '-') {
                    return None;
                }
                let mut k = pos;
                loop {
                    if let Some(e) = self.match_at(rest, t, k, hi) {
                        return Some(e);
                    }
                    if k < hi && (c.joins(t[k]) || t[k] == '-') {
                        k += 1;
                    } else {
                        return None;
                    }
                }
            }
            Node::Literal(s) => {
                if pos + s.len() <= hi && t[pos..pos + s.len()] == s[..] {
                    self.match_at(rest, t, pos + s.len(), hi)
                } else {
                    None
                }
            }
            Node::WordRest => {
                let mut e = pos;
                while e < hi && c.joins(t[e]) {
                    e += 1;
                }
                back_off(e, pos, |k| self.match_at(rest, t, k, hi))
            }
            Node::Sep(optional) => {
                // (?:\s*Q)? first (greedy): spaces and a quotation mark before the separator, then without.
                let q = c.space_end(t, pos, hi);
                if q < hi && is_quote(t[q]) {
                    if let Some(r) = self.sep_at(rest, t, q + 1, hi, *optional) {
                        return Some(r);
                    }
                }
                self.sep_at(rest, t, pos, hi, *optional)
            }
        }
    }

    /// The separator itself, (?:\s*[-‐‑–]\s*|\s+) (or \s* when optional), from pos.
    fn sep_at(&self, rest: &[Node], t: &[char], pos: usize, hi: usize, optional: bool) -> Option<usize> {
        let c = &self.classes;
        let s1 = c.space_end(t, pos, hi);
        // First alternative: spaces, a hyphen, spaces (greedy; only s1 can hold the hyphen).
        let mut k1 = s1;
        loop {
            if k1 < hi && is_hyphen(t[k1]) {
                let s2 = c.space_end(t, k1 + 1, hi);
                if let Some(r) = back_off(s2, k1 + 1, |k| self.after_sep(rest, t, k, hi)) {
                    return Some(r);
                }
            }
            if k1 == pos {
                break;
            }
            k1 -= 1;
        }
        // Second: spaces, at least one unless optional.
        let least = if optional { pos } else { pos + 1 };
        back_off(s1, least, |k| self.after_sep(rest, t, k, hi))
    }

    /// (?:Q\s*)? after a separator (greedy): a quotation mark and spaces, then without, before the rest.
    fn after_sep(&self, rest: &[Node], t: &[char], pos: usize, hi: usize) -> Option<usize> {
        if pos < hi && is_quote(t[pos]) {
            let e = self.classes.space_end(t, pos + 1, hi);
            if let Some(r) = back_off(e, pos + 1, |k| self.match_at(rest, t, k, hi)) {
                return Some(r);
            }
        }
        self.match_at(rest, t, pos, hi)
    }

    /// A phrase found whole by the automaton, confirmed where it starts (PHRASE).
    fn phrase(&self, out: &mut Vec<(u8, u32, usize, usize)>, e: &Entry, t: &Texts, a_start: usize, a_end: usize) {
        let Some(v) = &self.verify[e.ti as usize] else {
            return;
        };
        let target = if v.cased { &t.folded } else { &t.low };
        if let Some(m_end) = self.match_at(&v.nodes, target, a_start, target.len()) {
            if m_end >= a_end {
                self.push_word(out, e.ti, e.suffix, t, a_start, m_end);
            }
        }
    }

    /// A verified hit of term ti from start to end, extended over the rest of the word for `word*` terms.
    #[inline]
    fn push_word(
        &self,
        out: &mut Vec<(u8, u32, usize, usize)>,
        ti: u32,
        suffix: bool,
        t: &Texts,
        start: usize,
        end: usize,
    ) {
        let end = if suffix { self.word_end(&t.text, end) } else { end };
        out.push((WORD, ti, start, end));
    }

    /// A wildcard phrase's hits around one occurrence of its anchor (scan.py: _anchored), each place once.
    fn anchored_hits(
        &self,
        out: &mut Vec<(u8, u32, usize, usize)>,
        seen: &mut HashSet<(u32, usize)>,
        ti: u32,
        t: &Texts,
        a_start: usize,
        a_end: usize,
    ) {
        let (Some(a), Some(v)) = (&self.anchored[ti as usize], &self.verify[ti as usize]) else {
            return;
        };
        let n = t.text.len();
        let (lo, hi) = a.window(n, a_start, a_end);
        let target = if v.cased { &t.folded } else { &t.low };
        let mut p = lo;
        // finditer from lo (match only at lo when the anchor is the first word); matches starting after the
        // anchor end the loop, so later positions are never tried.
        while p <= a_start && p <= hi {
            let Some(m_end) = self.match_at(&v.nodes, target, p, hi) else {
                if a.first {
                    return;
                }
                p += 1;
                continue;
            };
            let (s, mut e) = (p, m_end);
            let next = if m_end > p { m_end } else { p + 1 };
            if e >= a_end {
                let mut keep = true;
                if v.suffix {
                    e = self.word_end(&t.text, e);
                } else if v.boundary_right && e < n && self.classes.joins(t.text[e]) {
                    keep = false;
                }
                if keep && seen.insert((ti, s)) {
                    out.push((WORD, ti, s, e));
                }
            }
            if a.first {
                return;
            }
            p = next;
        }
    }

    /// The wildcard phrase's pre-check around one anchor occurrence: every other word inside its window.
    fn anchored_ok(&self, ti: u32, t: &Texts, a_start: usize, a_end: usize) -> bool {
        let Some(a) = &self.anchored[ti as usize] else {
            return false;
        };
        let (lo, hi) = a.window(t.text.len(), a_start, a_end);
        let target = if a.cased { &t.folded } else { &t.low };
        a.needs.iter().all(|w| contains(target, w, lo, hi))
    }

    fn emit(
        &self,
        out: &mut Vec<(u8, u32, usize, usize)>,
        seen: &mut HashSet<(u32, usize)>,
        e: &Entry,
        t: &Texts,
        a_start: usize,
        a_end: usize,
    ) {
        match e.kind {
            WORD => {
                if let Some(cs) = &e.cs {
                    if a_end > t.folded.len() || t.folded[a_start..a_end] != cs[..] {
                        return;
                    }
                }
                self.push_word(out, e.ti, e.suffix, t, a_start, a_end);
            }
            PHRASE => self.phrase(out, e, t, a_start, a_end),
            _ => {
                if self.anchored_ok(e.ti, t, a_start, a_end) {
                    self.anchored_hits(out, seen, e.ti, t, a_start, a_end);
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn run_group(
        &self,
        out: &mut Vec<(u8, u32, usize, usize)>,
        seen: &mut HashSet<(u32, usize)>,
        gi: usize,
        t: &Texts,
        a_start: usize,
        a_end: usize,
    ) {
        let g = &self.groups[gi];
        match g.reach {
            None => {
                for e in &g.always {
                    self.emit(out, seen, e, t, a_start, a_end);
                }
            }
            Some(reach) => {
                for e in self.select(g, t, a_start, a_end, reach) {
                    self.emit(out, seen, e, t, a_start, a_end);
                }
            }
        }
    }
}

#[pymethods]
impl NativeScanner {
    #[new]
    #[allow(clippy::too_many_arguments)]
    fn new(
        patterns: Vec<String>,
        slots: Vec<(usize, usize, i64, usize)>,
        raw_patterns: Vec<String>,
        raw_slots: Vec<(bool, bool, usize)>,
        groups: Vec<PyGroup>,
        anchored: Vec<Option<PyAnchored>>,
        verify: Vec<Option<PyVerify>>,
        word_ranges: Vec<(u32, u32)>,
        space_chars: Vec<u32>,
        cjk_ranges: Vec<(u32, u32)>,
        fold: Vec<(char, char)>,
        fold_after_lower: Vec<(char, char)>,
    ) -> PyResult<Self> {
        let mut verify_out = Vec::with_capacity(verify.len());
        for v in verify {
            verify_out.push(match v {
                None => None,
                Some((nodes, cased, suffix, boundary_right)) => {
                    let mut steps = Vec::with_capacity(nodes.len());
                    for (kind, text) in nodes {
                        steps.push(match kind {
                            0 => Node::NotAfterWord,
                            1 => Node::CompoundStart,
                            2 => Node::Literal(text.chars().collect()),
                            3 => Node::WordRest,
                            4 => Node::Sep(false),
                            5 => Node::Sep(true),
                            _ => return Err(PyValueError::new_err(format!("unknown pattern step {kind}"))),
                        });
                    }
                    Some(Verify { nodes: steps, cased, suffix, boundary_right })
                }
            });
        }
        let groups: Vec<Group> = groups
            .into_iter()
            .map(|(always, by_word, by_word_cased, reach)| Group {
                always: entries(always),
                by_word: by_word.into_iter().map(|(k, v)| (k.chars().collect(), entries(v))).collect(),
                by_word_cased: by_word_cased.into_iter().map(|(k, v)| (k.chars().collect(), entries(v))).collect(),
                reach: if reach < 0 { None } else { Some(reach as usize) },
            })
            .collect();
        let anchored = anchored
            .into_iter()
            .map(|a| {
                a.map(|(first, reach, needs, cased)| Anchored {
                    first,
                    reach,
                    needs: needs.iter().map(|w| w.chars().collect()).collect(),
                    cased,
                })
            })
            .collect();
        let slots = slots
            .into_iter()
            .map(|(lead, trail, width, gi)| {
                let g = groups
                    .get(gi)
                    .ok_or_else(|| PyValueError::new_err(format!("slot names group {gi} of {}", groups.len())))?;
                let single = match (&g.always[..], g.reach) {
                    ([e], None) if e.kind == WORD && e.cs.is_none() => Some(e),
                    _ => None,
                };
                Ok(Slot {
                    width: i32::try_from(width).map_err(|_| PyValueError::new_err("anchor too long"))?,
                    group: gi as u32,
                    single: single.map_or(u32::MAX, |e| e.ti),
                    lead: u8::try_from(lead).map_err(|_| PyValueError::new_err("slot lead too long"))?,
                    trail: u8::try_from(trail).map_err(|_| PyValueError::new_err("slot trail too long"))?,
                    suffix: single.is_some_and(|e| e.suffix),
                })
            })
            .collect::<PyResult<Vec<Slot>>>()?;
        let fold_map: HashMap<char, char> = fold.into_iter().collect();
        let after_map: HashMap<char, char> = fold_after_lower.into_iter().collect();
        // Surrogate code points are no chars (and never looked up): they hold the replacement character.
        let fold_bmp: Vec<char> = (0..0x10000u32)
            .map(|u| char::from_u32(u).map_or('\u{FFFD}', |c| *fold_map.get(&c).unwrap_or(&c)))
            .collect();
        let fold_lowered_bmp: Vec<char> = fold_bmp.iter().map(|c| *after_map.get(c).unwrap_or(c)).collect();
        Ok(NativeScanner {
            main: automaton(&patterns)?,
            raw: if raw_patterns.is_empty() { None } else { Some(automaton(&raw_patterns)?) },
            slots,
            raw_slots,
            groups,
            anchored,
            verify: verify_out,
            classes: Classes::new(word_ranges, space_chars, cjk_ranges),
            fold_bmp,
            fold_lowered_bmp,
            fold: fold_map,
            fold_after_lower: after_map,
        })
    }

    /// The field's hits as (0, term, start, end), in the order the Python scan finds them. `lowered` is
    /// the text lowercased by Python (İ first made i); the same-length folds (terms.fold, and after
    /// lowering terms._FOLD_AFTER_LOWER) are applied here, from the tables given at construction.
    fn scan(&self, py: Python<'_>, text: &str, lowered: &str) -> PyResult<Vec<(u8, u32, usize, usize)>> {
        let text: Vec<char> = text.chars().collect();
        let folded: Vec<char> = text.iter().map(|&c| self.fold_char(c)).collect();
        // Whether the folds after lowering changed anything, noted in the same pass.
        let mut same = true;
        let low: Vec<char> = lowered
            .chars()
            .map(|c| {
                let f = self.fold_lowered(c);
                same &= f == c;
                f
            })
            .collect();
        if low.len() != text.len() {
            return Err(PyValueError::new_err("the lowercased text must keep the text's length"));
        }
        // The folds after lowering rarely change anything: then the lowercased text is already the string
        // the raw automaton reads, and no second copy is built.
        let low_str: std::borrow::Cow<str> =
            if same { std::borrow::Cow::Borrowed(lowered) } else { std::borrow::Cow::Owned(low.iter().collect()) };
        let t = Texts { text, folded, low };
        py.allow_threads(|| Ok(self.scan_texts(&t, &low_str)))
    }

    /// Bytes the automata take (for sizing and benchmarks).
    fn memory_usage(&self) -> usize {
        self.main.memory_usage() + self.raw.as_ref().map_or(0, |r| r.memory_usage())
    }

    /// scan, with the hits kept here for NativeScorer.score.
    fn scan_field(&self, py: Python<'_>, text: &str, lowered: &str) -> PyResult<FieldHits> {
        let events = self.scan(py, text, lowered)?;
        Ok(FieldHits { hits: events.into_iter().map(|e| (e.1, e.2 as u32, e.3 as u32)).collect() })
    }
}

impl NativeScanner {
    fn scan_texts(&self, t: &Texts, low_str: &str) -> Vec<(u8, u32, usize, usize)> {
        let mut out = Vec::new();
        let mut seen: HashSet<(u32, usize)> = HashSet::default();
        // The skeleton (anchors.Skeleton): runs of word characters (in text with CJK also cut where that
        // script meets other word characters, and CJK punctuation in CJK runs) joined by single spaces,
        // padded with a space; per skeleton byte, the text offset of the character starting or ending there.
        let cjk_mode = t.low.iter().any(|&c| self.classes.is_cjk(c));
        let class = |c: char| -> u8 {
            if cjk_mode && self.classes.is_cjk(c) {
                1
            } else if self.classes.is_word(c) {
                2
            } else {
                0
            }
        };
        let mut sk = Skel::with_capacity(t.low.len() * 2 + 2);
        sk.push(' ', u32::MAX);
        let mut prev = 0u8;
        for (i, &c) in t.low.iter().enumerate() {
            let k = class(c);
            if k == 0 {
                if prev != 0 {
                    sk.push(' ', u32::MAX);
                }
            } else {
                if prev != 0 && k != prev {
                    sk.push(' ', u32::MAX);
                }
                sk.push(c, i as u32);
            }
            prev = k;
        }
        if prev != 0 || sk.s.len() == 1 {
            sk.push(' ', u32::MAX);
        }
        let (start_at, end_at) = (&sk.start_at, &sk.end_at);
        for m in self.main.find_overlapping_iter(sk.s.as_bytes()) {
            let slot = self.slots[m.pattern().as_usize()];
            let a_start = start_at[m.start() + slot.lead as usize] as usize;
            let a_end = if slot.width >= 0 {
                a_start + slot.width as usize
            } else {
                end_at[m.end() - slot.trail as usize] as usize
            };
            if slot.single != u32::MAX {
                self.push_word(&mut out, slot.single, slot.suffix, t, a_start, a_end);
            } else {
                self.run_group(&mut out, &mut seen, slot.group as usize, t, a_start, a_end);
            }
        }
        if let Some(raw) = &self.raw {
            // Over the lowercased text itself: byte offsets back to character offsets (the table built at
            // the first match, so a text without one does not pay for it).
            let mut char_at: Vec<usize> = Vec::new();
            let n = t.low.len();
            for m in raw.find_overlapping_iter(low_str.as_bytes()) {
                if char_at.is_empty() {
                    char_at = vec![0usize; low_str.len() + 1];
                    let mut ci = 0;
                    for (b, _) in low_str.char_indices() {
                        char_at[b] = ci;
                        ci += 1;
                    }
                    char_at[low_str.len()] = ci;
                }
                let (need_left, need_right, gi) = self.raw_slots[m.pattern().as_usize()];
                let a_start = char_at[m.start()];
                let a_end = char_at[m.end()];
                if need_left && a_start > 0 && self.classes.joins(t.low[a_start - 1]) {
                    continue;
                }
                if need_right && a_end < n && self.classes.joins(t.low[a_end]) {
                    continue;
                }
                let g = &self.groups[gi];
                let chosen: Vec<&Entry> = match g.reach {
                    None => g.always.iter().collect(),
                    Some(reach) => self.select(g, t, a_start, a_end, reach),
                };
                for e in chosen {
                    if self.anchored_ok(e.ti, t, a_start, a_end) {
                        self.anchored_hits(&mut out, &mut seen, e.ti, t, a_start, a_end);
                    }
                }
            }
        }
        out
    }
}

mod langid;
mod score;
mod simhash;

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeScanner>()?;
    m.add_class::<FieldHits>()?;
    m.add_class::<score::NativeScorer>()?;
    m.add_class::<langid::LangWalk>()?;
    m.add_function(wrap_pyfunction!(simhash::simhash64, m)?)?;
    Ok(())
}

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
