//! The scoring of worker/topics/matcher.py (Matcher._score, _fire, _unmasked, _Partners, _Words) in native
//! code. It returns each topic's evidence before the distinct-terms bonus, the rules that fired, the reasons
//! the others did not, the merged mention places and the mentions to report; Python finishes the score with
//! the distinct terms (it lowercases them as Python does) and builds the results.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

use pyo3::prelude::*;

use crate::{Classes, FieldHits};

const TEXT: u8 = 0; // field order as in Python, where "text" < "title"
const TITLE: u8 = 1;
const LEAD_CHARS: u32 = 400;
const MAX_MENTIONS: usize = 25;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Hit {
    field: u8,
    start: u32,
    end: u32,
    term: u32,
}

/// One field's masks by (start, end, term), and the running maximum of their ends.
type MaskIndex = (Vec<(u32, u32, u32)>, Vec<u32>);

/// A set of term indices: a bitset for membership and the members for iteration.
struct TermSet {
    bits: Vec<u64>,
    members: Vec<u32>,
    id: usize, // sets with the same members share an id (the partners cache key)
}

impl TermSet {
    fn contains(&self, t: u32) -> bool {
        let i = t as usize;
        i >> 6 < self.bits.len() && (self.bits[i >> 6] >> (i & 63)) & 1 == 1
    }
    fn min(&self) -> u32 {
        *self.members.iter().min().unwrap_or(&0)
    }
}

struct Rule {
    id: String,
    weight: f64,
    any: TermSet,
    all: Vec<TermSet>,
    none: TermSet,
    near: Vec<(TermSet, i64)>,
    none_within: Option<i64>,
}

struct Topic {
    exclude: TermSet,
    rules: Vec<Rule>,
    /// Excluded terms that a rule lists in `any`: not hidden by their own hit (matcher.py: _CTopic.kept).
    kept: HashSet<u32>,
}

type PyRule = (String, f64, Vec<u32>, Vec<Vec<u32>>, Vec<u32>, Vec<(Vec<u32>, i64)>, Option<i64>);

#[pyclass(frozen)]
pub struct NativeScorer {
    topics: Vec<Topic>,
    reprs: Vec<String>,
    classes: Classes, // whitespace and CJK (without Hangul: Korean separates its words with spaces)
    /// Per term, the ids of the distinct term sets holding it: which sets an article's terms touch is
    /// then one pass over its terms, not one per rule and set.
    member_of: Vec<Vec<u32>>,
    n_sets: usize,
}

/// Word counts between offsets of one field, as matcher._Words counts them.
struct Words {
    chars: Vec<char>,
    bounds: Option<(Vec<u32>, Vec<u32>)>, // Chinese/Japanese text: word starts and ends
    // Space-separated text: starts[i] = how many words start before i (a word starts at a non-space
    // character at 0 or after a space), so a slice's words are counted without reading it.
    starts: Vec<u32>,
}

impl NativeScorer {
    fn words(&self, text: &str) -> Words {
        let chars: Vec<char> = text.chars().collect();
        if !chars.iter().any(|&c| self.classes.is_cjk(c)) {
            let mut starts = Vec::with_capacity(chars.len() + 1);
            let mut n = 0u32;
            let mut prev_space = true;
            starts.push(0);
            for &c in &chars {
                let space = self.classes.is_space(c);
                if !space && prev_space {
                    n += 1;
                }
                prev_space = space;
                starts.push(n);
            }
            return Words { chars, bounds: None, starts };
        }
        // _CJK_WORD: runs of Chinese/Japanese cut every three characters, other words whitespace-separated.
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        let mut i = 0;
        let n = chars.len();
        while i < n {
            let c = chars[i];
            if self.classes.is_cjk(c) {
                let s = i;
                while i < n && i - s < 3 && self.classes.is_cjk(chars[i]) {
                    i += 1;
                }
                starts.push(s as u32);
                ends.push(i as u32);
            } else if !self.classes.is_space(c) {
                let s = i;
                while i < n && !self.classes.is_space(chars[i]) && !self.classes.is_cjk(chars[i]) {
                    i += 1;
                }
                starts.push(s as u32);
                ends.push(i as u32);
            } else {
                i += 1;
            }
        }
        Words { chars, bounds: Some((starts, ends)), starts: Vec::new() }
    }

    /// The words of the field that overlap text[lo:hi].
    fn count(&self, w: &Words, lo: u32, hi: u32) -> i64 {
        if hi <= lo {
            return 0;
        }
        match &w.bounds {
            None => {
                // len(text[lo:hi].split()): a word cut by lo counts (its piece is in the slice), then every
                // word starting inside the slice.
                let hi = (hi as usize).min(w.chars.len());
                let lo = lo as usize;
                if lo >= hi {
                    return 0;
                }
                let cut = !self.classes.is_space(w.chars[lo]) as u32;
                (cut + w.starts[hi] - w.starts[lo + 1]) as i64
            }
            Some((starts, ends)) => {
                let a = starts.partition_point(|&s| s < hi) as i64;
                let b = ends.partition_point(|&e| e <= lo) as i64;
                a - b
            }
        }
    }
}

/// One field's hits of a near group, as matcher._Partners keeps them.
struct Partners {
    hits: Vec<Hit>,
    starts: Vec<u32>,
    ends: Vec<u32>,
    longest: u32,
}

impl Partners {
    fn new(mut hits: Vec<Hit>) -> Self {
        hits.sort();
        let starts = hits.iter().map(|h| h.start).collect();
        let mut ends: Vec<u32> = hits.iter().map(|h| h.end).collect();
        ends.sort();
        let longest = hits.iter().map(|h| h.end - h.start).max().unwrap_or(0);
        Partners { hits, starts, ends, longest }
    }

    fn near(&self, s: &NativeScorer, h: &Hit, within: i64, w: &Words) -> bool {
        let (start, end) = (h.start, h.end);
        let first = self.starts.partition_point(|&x| (x as i64) <= start as i64 - self.longest as i64);
        let last = self.starts.partition_point(|&x| x < end);
        for k in first..last {
            if self.hits[k].end > start {
                return true;
            }
        }
        let reach = within * 30 + 30;
        let before = self.ends.partition_point(|&e| e <= start) as i64 - 1;
        if before >= 0 {
            let e = self.ends[before as usize];
            if (start as i64 - e as i64) <= reach && s.count(w, e, start) <= within {
                return true;
            }
        }
        (last < self.starts.len())
            && (self.starts[last] as i64 - end as i64) <= reach
            && s.count(w, end, self.starts[last]) <= within
    }
}

/// _merge_places over hits in their natural order: one hit per place, the longest.
fn merge_places(ordered: &[Hit]) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    let mut end = 0u32;
    for &h in ordered {
        if let Some(last) = out.last_mut() {
            if h.field == last.field && h.start < end {
                if h.end - h.start > last.end - last.start {
                    *last = h;
                }
                end = end.max(h.end);
                continue;
            }
        }
        out.push(h);
        end = h.end;
    }
    out
}

type Place = (u8, u32, u32);
/// A mention to report: (field, start, end, its text, the snippet around it).
type Shown = (u8, u32, u32, String, String);
type TopicOut = (f64, Vec<usize>, Vec<String>, Vec<Place>, usize, Vec<Shown>);
const SNIPPET: u32 = 80;

#[pymethods]
impl NativeScorer {
    #[new]
    fn new(
        n_terms: usize,
        topics: Vec<(Vec<u32>, Vec<u32>, Vec<PyRule>)>,
        reprs: Vec<String>,
        space_chars: Vec<u32>,
        cjk_ranges: Vec<(u32, u32)>,
    ) -> Self {
        let mut ids: HashMap<Vec<u32>, usize> = HashMap::default();
        let mut set = |members: Vec<u32>| -> TermSet {
            let mut bits = vec![0u64; n_terms / 64 + 1];
            for &t in &members {
                bits[(t >> 6) as usize] |= 1 << (t & 63);
            }
            let mut key = members.clone();
            key.sort();
            key.dedup();
            let next = ids.len();
            let id = *ids.entry(key).or_insert(next);
            TermSet { bits, members, id }
        };
        let topics: Vec<Topic> = topics
            .into_iter()
            .map(|(exclude, kept, rules)| Topic {
                exclude: set(exclude),
                kept: kept.into_iter().collect(),
                rules: rules
                    .into_iter()
                    .map(|(id, weight, any, all, none, near, none_within)| Rule {
                        id,
                        weight,
                        any: set(any),
                        all: all.into_iter().map(&mut set).collect(),
                        none: set(none),
                        near: near.into_iter().map(|(t, w)| (set(t), w)).collect(),
                        none_within,
                    })
                    .collect(),
            })
            .collect();
        let n_sets = ids.len();
        let mut member_of: Vec<Vec<u32>> = vec![Vec::new(); n_terms];
        let mut done = vec![false; n_sets];
        for t in &topics {
            for r in &t.rules {
                let sets = [&r.any, &r.none].into_iter().chain(r.all.iter()).chain(r.near.iter().map(|(g, _)| g));
                for g in sets {
                    if std::mem::replace(&mut done[g.id], true) {
                        continue;
                    }
                    for &m in &g.members {
                        if let Some(of) = member_of.get_mut(m as usize) {
                            if !of.contains(&(g.id as u32)) {
                                of.push(g.id as u32);
                            }
                        }
                    }
                }
            }
        }
        // No word ranges: the scoring reads only whitespace and CJK.
        NativeScorer { topics, reprs, classes: Classes::new(Vec::new(), space_chars, cjk_ranges), member_of, n_sets }
    }

    /// Every topic's (evidence before the distinct-terms bonus, fired rule indices, reasons, merged mention
    /// places in order, mention count, mentions to report in report order).
    fn score(&self, title_hits: &FieldHits, text_hits: &FieldHits, title: &str, text: &str) -> Vec<TopicOut> {
        let mut all: Vec<Hit> = Vec::new();
        for (field, hs) in [(TITLE, &title_hits.hits), (TEXT, &text_hits.hits)] {
            all.extend(hs.iter().map(|&(term, start, end)| Hit { field, start, end, term }));
        }
        let words = [self.words(text), self.words(title)]; // indexed by field
        self.topics.iter().map(|t| self.score_topic(t, &all, &words)).collect()
    }
}

impl NativeScorer {
    fn score_topic(&self, topic: &Topic, all: &[Hit], words: &[Words; 2]) -> TopicOut {
        // _unmasked / _masks: a hit overlapping a hit of the topic's `exclude` terms is dropped, unless it is
        // a longer one around it, or that hit itself with its term among the topic's `kept`.
        let masks: Vec<Hit> = all.iter().filter(|h| topic.exclude.contains(h.term)).copied().collect();
        let live: Vec<Hit> = if masks.is_empty() {
            all.to_vec()
        } else {
            // Per field, the masks by (start, end) with the running maximum of their ends. A hit overlaps a
            // mask that reaches outside it when one starting before its start ends after its start, or one
            // starting before its end ends after its end; of the masks inside it, only those on exactly its
            // span hide it: under another term, or under its own when that is not kept.
            let mut by_field: [Vec<(u32, u32, u32)>; 2] = [Vec::new(), Vec::new()];
            for m in &masks {
                by_field[m.field as usize].push((m.start, m.end, m.term));
            }
            let reach: [MaskIndex; 2] = by_field.map(|mut v| {
                v.sort_unstable();
                let ends = v
                    .iter()
                    .scan(0u32, |most, m| {
                        *most = (*most).max(m.1);
                        Some(*most)
                    })
                    .collect();
                (v, ends)
            });
            all.iter()
                .filter(|h| {
                    let (sorted, ends) = &reach[h.field as usize];
                    let before_start = sorted.partition_point(|m| m.0 < h.start);
                    let before_end = sorted.partition_point(|m| m.0 < h.end);
                    let outside = (before_start > 0 && ends[before_start - 1] > h.start)
                        || (before_end > 0 && ends[before_end - 1] > h.end);
                    let same_span = sorted[before_start..]
                        .iter()
                        .take_while(|m| m.0 == h.start && m.1 <= h.end)
                        .any(|m| m.1 == h.end && (m.2 != h.term || !topic.kept.contains(&h.term)));
                    !(outside || same_span)
                })
                .copied()
                .collect()
        };
        // Hits per term, and the terms present.
        let mut by_term: HashMap<u32, Vec<Hit>> = HashMap::default();
        for h in &live {
            by_term.entry(h.term).or_default().push(*h);
        }
        // Which term sets the live terms touch.
        let mut present = vec![false; self.n_sets];
        for &t in by_term.keys() {
            if let Some(of) = self.member_of.get(t as usize) {
                for &id in of {
                    present[id as usize] = true;
                }
            }
        }
        let mut partners_cache: HashMap<usize, [Partners; 2]> = HashMap::default();
        let mut total = 0.0f64;
        let mut fired = Vec::new();
        let mut reasons = Vec::new();
        let mut mentions: HashMap<(u8, u32, u32), Hit> = HashMap::default();
        for (ri, rule) in topic.rules.iter().enumerate() {
            let (mut cand, why_not) = self.fire(rule, &live, &present, &by_term, &mut partners_cache, words);
            if cand.is_empty() {
                if !why_not.is_empty() {
                    reasons.push(why_not);
                }
                continue;
            }
            cand.sort();
            let best = if cand[cand.len() - 1].field == TITLE {
                2.0
            } else if cand[0].start < LEAD_CHARS {
                1.5
            } else {
                1.0
            };
            let places = merge_places(&cand).len() as f64;
            total += rule.weight * (best + f64::min(1.0, 0.25 * (places - 1.0)));
            fired.push(ri);
            for h in cand {
                mentions.entry((h.field, h.start, h.end)).or_insert(h);
            }
        }
        let mut sorted: Vec<Hit> = mentions.values().copied().collect();
        sorted.sort();
        let merged: Vec<Place> = merge_places(&sorted).iter().map(|h| (h.field, h.start, h.end)).collect();
        let count = sorted.len();
        // Title first, then text order; of nested mentions at one start the longer first.
        sorted.sort_by_key(|h| (h.field != TITLE, h.start, std::cmp::Reverse(h.end)));
        let top = sorted.iter().take(MAX_MENTIONS).map(|h| self.shown(h, &words[h.field as usize])).collect();
        (total, fired, reasons, merged, count, top)
    }

    /// matcher._mention: the mention's text and a ±80-character snippet, whitespace runs made one space.
    fn shown(&self, h: &Hit, w: &Words) -> Shown {
        let n = w.chars.len() as u32;
        let (s, e) = (h.start.saturating_sub(SNIPPET), (h.end + SNIPPET).min(n));
        let mut snippet = String::new();
        let mut gap = false;
        for &c in &w.chars[s as usize..e as usize] {
            if self.classes.is_space(c) {
                gap = !snippet.is_empty();
            } else {
                if gap {
                    snippet.push(' ');
                    gap = false;
                }
                snippet.push(c);
            }
        }
        let term: String = w.chars[h.start as usize..(h.end.min(n)) as usize].iter().collect();
        (h.field, h.start, h.end, term, snippet)
    }

    fn partners<'a>(
        &self,
        terms: &TermSet,
        by_term: &HashMap<u32, Vec<Hit>>,
        cache: &'a mut HashMap<usize, [Partners; 2]>,
    ) -> &'a [Partners; 2] {
        cache.entry(terms.id).or_insert_with(|| {
            let mut f: [Vec<Hit>; 2] = [Vec::new(), Vec::new()];
            for (t, hs) in by_term {
                if terms.contains(*t) {
                    for h in hs {
                        f[h.field as usize].push(*h);
                    }
                }
            }
            let [a, b] = f;
            [Partners::new(a), Partners::new(b)]
        })
    }

    fn fire(
        &self,
        rule: &Rule,
        live: &[Hit],
        present: &[bool],
        by_term: &HashMap<u32, Vec<Hit>>,
        cache: &mut HashMap<usize, [Partners; 2]>,
        words: &[Words; 2],
    ) -> (Vec<Hit>, String) {
        if !present[rule.any.id] {
            return (Vec::new(), String::new());
        }
        let vetoed = present[rule.none.id];
        if vetoed && rule.none_within.is_none() {
            return (Vec::new(), format!("{}: vetoed by a 'none' term", rule.id));
        }
        if let Some(g) = rule.all.iter().find(|g| !present[g.id]) {
            let repr = &self.reprs[g.min() as usize];
            return (Vec::new(), format!("{}: missing an 'all' group (e.g. {})", rule.id, repr));
        }
        // The caller sorts the candidates: their order here does not matter.
        let mut cand: Vec<Hit> = live.iter().filter(|h| rule.any.contains(h.term)).copied().collect();
        if vetoed {
            let within = rule.none_within.unwrap_or(0);
            let vetoes = self.partners(&rule.none, by_term, cache);
            cand.retain(|h| !vetoes[h.field as usize].near(self, h, within, &words[h.field as usize]));
            if cand.is_empty() {
                return (Vec::new(), format!("{}: vetoed by a 'none' term within {} words", rule.id, within));
            }
        }
        for (terms, within) in &rule.near {
            let partners = self.partners(terms, by_term, cache);
            cand.retain(|h| partners[h.field as usize].near(self, h, *within, &words[h.field as usize]));
            if cand.is_empty() {
                return (Vec::new(), format!("{}: no term within {} words of a 'near' term", rule.id, within));
            }
        }
        (cand, String::new())
    }
}
