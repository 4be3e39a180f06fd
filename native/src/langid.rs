//! py3langid's byte walk (`visit_counts`) over the model's own arrays: one table step per byte instead of
//! worker/langid.py's numpy windows, which read the 39 MB transition table six times per byte.

use pyo3::buffer::{Element, PyBuffer};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use rustc_hash::FxHashMap as HashMap;

/// Two bytes objects (features and counts).
type Pair<'py> = (Bound<'py, PyBytes>, Bound<'py, PyBytes>);

/// The model's automaton: transitions, each state's row start, each state's feature (-1 for none).
#[pyclass(frozen)]
pub struct LangWalk {
    next: PyBuffer<u32>,
    base: PyBuffer<i64>,
    out: PyBuffer<i64>,
    window: usize,
    ptc: PyBuffer<f32>, // log P(feature | language): one row of `classes` per feature
    pc: PyBuffer<f32>,  // log P(language)
    classes: usize,
}

/// A read-only C-contiguous buffer's items as a slice; the buffer keeps its exporter alive.
fn items<T: Element>(b: &PyBuffer<T>) -> &[T] {
    // SAFETY: checked C-contiguous with T's size and format at construction; numpy arrays (memory-mapped
    // from the cache or in memory) are not resized while a buffer export holds them.
    unsafe { std::slice::from_raw_parts(b.buf_ptr() as *const T, b.item_count()) }
}

fn contiguous<T: Element>(b: PyBuffer<T>, name: &str) -> PyResult<PyBuffer<T>> {
    if b.is_c_contiguous() {
        Ok(b)
    } else {
        Err(PyValueError::new_err(format!("{name} must be C-contiguous")))
    }
}

/// Independent walks run side by side: each step of a walk waits for a load from the big table, so
/// several walks at once keep several loads in flight (the numpy version got the same from its gathers).
const LANES: usize = 8;

impl LangWalk {
    /// One step: the state after reading `byte` in `state`, and that state's feature (-1 for none).
    #[inline(always)]
    fn step(&self, next: &[u32], base: &[i64], out: &[i64], state: usize, byte: u8) -> PyResult<(usize, i64)> {
        let broken = || PyValueError::new_err("the language model's automaton points outside its tables");
        let row = usize::try_from(*base.get(state).ok_or_else(broken)?).map_err(|_| broken())?;
        let to = *next.get(row + byte as usize).ok_or_else(broken)? as usize;
        Ok((to, *out.get(to).ok_or_else(broken)?))
    }

    /// The features met and their counts, in order of first occurrence.
    fn counted(&self, data: &[u8]) -> PyResult<(Vec<i64>, Vec<i64>)> {
        let feats = self.walk(data)?;
        let mut slot: HashMap<i64, usize> = HashMap::default();
        slot.reserve(data.len() / 2);
        let (mut keys, mut counts): (Vec<i64>, Vec<i64>) = (Vec::new(), Vec::new());
        for f in feats.into_iter().filter(|&f| f >= 0) {
            match slot.get(&f) {
                Some(&i) => counts[i] += 1,
                None => {
                    slot.insert(f, keys.len());
                    keys.push(f);
                    counts.push(1);
                }
            }
        }
        Ok((keys, counts))
    }

    /// The feature of the state after each byte (-1 for none). The state after a byte depends only on the
    /// last `window` bytes (the automaton's depth), so the text is cut into LANES pieces walked together,
    /// each started `window - 1` bytes early from the start state: the same states as one walk from the start.
    fn walk(&self, data: &[u8]) -> PyResult<Vec<i64>> {
        let (next, base, out) = (items(&self.next), items(&self.base), items(&self.out));
        let n = data.len();
        let mut feats = vec![-1i64; n];
        let piece = n.div_ceil(LANES).max(1);
        let mut state = [0usize; LANES];
        let mut pos = [0usize; LANES]; // where each walk reads next
        let mut from = [0usize; LANES]; // where each walk's own piece starts (before it: warming up)
        let mut end = [0usize; LANES];
        for k in 0..LANES {
            from[k] = (k * piece).min(n);
            end[k] = ((k + 1) * piece).min(n);
            pos[k] = from[k].saturating_sub(self.window - 1);
        }
        loop {
            let mut busy = false;
            for k in 0..LANES {
                if pos[k] < end[k] {
                    let (to, f) = self.step(next, base, out, state[k], data[pos[k]])?;
                    state[k] = to;
                    if pos[k] >= from[k] {
                        feats[pos[k]] = f;
                    }
                    pos[k] += 1;
                    busy = true;
                }
            }
            if !busy {
                return Ok(feats);
            }
        }
    }
}

#[pymethods]
impl LangWalk {
    #[new]
    /// `window`: the automaton's depth (worker/langid.py's WINDOW, checked by its unit test); `ptc`, `pc`:
    /// the naive Bayes weights, features x languages and per language.
    fn new(
        next: PyBuffer<u32>,
        base: PyBuffer<i64>,
        out: PyBuffer<i64>,
        window: usize,
        ptc: PyBuffer<f32>,
        pc: PyBuffer<f32>,
    ) -> PyResult<Self> {
        if window == 0 {
            return Err(PyValueError::new_err("window must be at least 1"));
        }
        let classes = pc.item_count();
        if ptc.shape().len() != 2 || ptc.shape()[1] != classes || classes == 0 {
            return Err(PyValueError::new_err("ptc must be features x languages, pc one weight per language"));
        }
        let walk = LangWalk {
            next: contiguous(next, "next")?,
            base: contiguous(base, "base")?,
            out: contiguous(out, "out")?,
            window,
            ptc: contiguous(ptc, "ptc")?,
            pc: contiguous(pc, "pc")?,
            classes,
        };
        if items(&walk.base).len() != items(&walk.out).len() || items(&walk.base).is_empty() {
            return Err(PyValueError::new_err("base and out need one entry per state"));
        }
        Ok(walk)
    }

    /// py3langid's raw scores of the bytes (`log1p(counts) @ ptc[features] + pc`) as float32 in a bytes
    /// object, summed in float64 straight from the weight rows (numpy first copies the rows out, then
    /// sums in float32 in its BLAS's order); None when no feature occurs.
    fn scores<'py>(&self, py: Python<'py>, data: &[u8]) -> PyResult<Option<Bound<'py, PyBytes>>> {
        let (keys, counts) = self.counted(data)?;
        if keys.is_empty() {
            return Ok(None);
        }
        let (ptc, pc, l) = (items(&self.ptc), items(&self.pc), self.classes);
        let mut rows: Vec<(f64, &[f32])> = Vec::with_capacity(keys.len());
        for (&f, &c) in keys.iter().zip(&counts) {
            let weight = (c as f32).ln_1p() as f64; // float32 like numpy's log1p of float32 counts
            let at = usize::try_from(f).ok().and_then(|f| f.checked_mul(l)).filter(|&at| at + l <= ptc.len());
            rows.push((weight, &ptc[at.ok_or_else(|| PyValueError::new_err("feature outside the weights"))?..][..l]));
        }
        let mut sum = vec![0f64; l];
        accumulate(&mut sum, &rows);
        let out: Vec<u8> = sum.iter().zip(pc).flat_map(|(&s, &p)| ((s as f32) + p).to_ne_bytes()).collect();
        Ok(Some(PyBytes::new(py, &out)))
    }

    /// The features met walking the bytes and their counts, in order of first occurrence (the order of
    /// py3langid's Counter), as native-endian int64 arrays in two bytes objects; None when there are none.
    /// (`scores` is what identification calls; this is the walk alone, which the tests compare with numpy's.)
    fn features<'py>(&self, py: Python<'py>, data: &[u8]) -> PyResult<Option<Pair<'py>>> {
        let (keys, counts) = self.counted(data)?;
        if keys.is_empty() {
            return Ok(None);
        }
        let bytes = |v: &[i64]| PyBytes::new(py, &v.iter().flat_map(|x| x.to_ne_bytes()).collect::<Vec<u8>>());
        Ok(Some((bytes(&keys), bytes(&counts))))
    }
}

/// sum += weight * row, for every row, in float64.
fn accumulate(sum: &mut [f64], rows: &[(f64, &[f32])]) {
    #[cfg(target_arch = "x86_64")]
    if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
        // SAFETY: the CPU has the features the function is compiled for.
        return unsafe { accumulate_avx2(sum, rows) };
    }
    accumulate_plain(sum, rows)
}

/// The same loop compiled for AVX2 and FMA (chosen at run time: the module is built for any x86-64).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn accumulate_avx2(sum: &mut [f64], rows: &[(f64, &[f32])]) {
    accumulate_plain(sum, rows)
}

#[inline(always)]
fn accumulate_plain(sum: &mut [f64], rows: &[(f64, &[f32])]) {
    for &(weight, row) in rows {
        for (s, &p) in sum.iter_mut().zip(row) {
            *s += weight * p as f64;
        }
    }
}
