//! SimHash's hashing and bit vote (worker/text.py `simhash` is the reference and the fallback).
//!
//! Each word 3-shingle ("a b c", UTF-8) is hashed with BLAKE2b at an 8-byte digest, as Python's
//! `hashlib.blake2b(..., digest_size=8)`; a bit of the result is set when more than half the shingles'
//! digests (read big-endian) have it. The words come from Python (`\w+` over the lowercased text), so
//! the word rules stay Python's.

use blake2::digest::consts::U8;
use blake2::{Blake2b, Digest};
use pyo3::prelude::*;

/// The 64-bit SimHash of the shingles of `words` (at least three; Python pads shorter lists).
#[pyfunction]
pub fn simhash64(words: Vec<String>) -> u64 {
    let n = words.len().saturating_sub(2);
    let mut counts = [0u32; 64];
    let mut shingle: Vec<u8> = Vec::with_capacity(64);
    for i in 0..n {
        shingle.clear();
        shingle.extend_from_slice(words[i].as_bytes());
        shingle.push(b' ');
        shingle.extend_from_slice(words[i + 1].as_bytes());
        shingle.push(b' ');
        shingle.extend_from_slice(words[i + 2].as_bytes());
        let digest = Blake2b::<U8>::digest(&shingle);
        let d = u64::from_be_bytes(digest.into());
        for (bit, count) in counts.iter_mut().enumerate() {
            *count += ((d >> bit) & 1) as u32;
        }
    }
    let mut out = 0u64;
    for (bit, &count) in counts.iter().enumerate() {
        if count as usize * 2 > n {
            out |= 1 << bit;
        }
    }
    out
}
