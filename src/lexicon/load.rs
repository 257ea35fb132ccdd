//! Reading the data files: a file's entries (its lines that are neither blank nor `#`
//! comments), their tab-separated columns (`Row`), and the sets and maps made of them, with
//! the `word_list!` macro that declares one set (behind a filter of its words' shapes,
//! `ListedWords`) and its membership test; and the word hasher every set and map uses. It
//! owns the format of the files, not what any list means: each list's accessors are in the
//! file of its concept.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast hasher for short ASCII words (the FxHash multiply-rotate scheme). Word sets
/// are fixed tables of our own, so hash flooding is not a concern and SipHash's cost is.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time, the last chunk zero-padded. The tail is assembled byte by
        // byte: a padded copy into a buffer compiled to a `memcpy` call per word, which was
        // most of the cost of a lookup.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            self.mix(word);
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let word = tail
                .iter()
                .rev()
                .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            self.mix(word);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A fixed set of words.
pub type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// A fixed map from words.
pub type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<WordHasher>>;

/// The entries of a data file: its lines that are neither blank nor `#` comments.
pub(super) fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The tab-separated columns of each entry; a missing trailing column reads as empty.
pub(super) fn rows(file: &'static str) -> impl Iterator<Item = Row> {
    entries(file).map(|l| Row(l.split('\t').collect()))
}

pub(super) struct Row(pub(super) Vec<&'static str>);

impl Row {
    pub(super) fn get(&self, k: usize) -> &'static str {
        self.0.get(k).copied().unwrap_or("")
    }

    pub(super) fn num(&self, k: usize) -> f64 {
        let s = self.get(k);
        s.parse()
            .unwrap_or_else(|_| panic!("lexicon: {s:?} in {:?} is not a number", self.0))
    }

    /// The space-separated words of column `k`.
    pub(super) fn words(&self, k: usize) -> impl Iterator<Item = &'static str> {
        self.get(k).split(' ').filter(|w| !w.is_empty())
    }

    /// Column `k` is a comma-separated list of tags containing `tag`.
    pub(super) fn tagged(&self, k: usize, tag: &str) -> bool {
        self.get(k).split(',').any(|t| t == tag)
    }
}

pub(super) fn set(file: &'static str) -> WordSet {
    entries(file).collect()
}

/// A map from the first column, first entry wins.
pub(super) fn map<V>(file: &'static str, value: impl Fn(&Row) -> V) -> WordMap<V> {
    let mut m = WordMap::default();
    for row in rows(file) {
        m.entry(row.get(0)).or_insert_with(|| value(&row));
    }
    m
}

/// A word list with a filter of its words' shapes in front of the set. The extractors ask
/// these lists of most words of a sentence ("is it a pronoun, a locative, a time zone?"), and
/// most words are in none: their shape (length mod 4, low five bits of the first and last
/// byte) is in no listed word either, and one bit test answers them without hashing (the
/// lookups were a twentieth of extraction). Built from the set's own keys with the function
/// the test uses, so a listed word always finds its bit: the answers are the set's.
pub(super) struct ListedWords {
    set: WordSet,
    shapes: [u64; LISTED_SHAPES / 64],
}

/// 4 lengths × 32 × 32 byte classes: 512 bytes a list.
const LISTED_SHAPES: usize = 1 << 12;

impl ListedWords {
    fn shape(word: &[u8]) -> Option<usize> {
        let (&first, &last) = (word.first()?, word.last()?);
        Some(((word.len() & 3) << 10) | (usize::from(first & 31) << 5) | usize::from(last & 31))
    }

    pub(super) fn new(set: WordSet) -> Self {
        let mut shapes = [0u64; LISTED_SHAPES / 64];
        for at in set.iter().filter_map(|w| Self::shape(w.as_bytes())) {
            shapes[at / 64] |= 1 << (at % 64);
        }
        ListedWords { set, shapes }
    }

    pub(super) fn contains(&self, word: &str) -> bool {
        // The empty word has no shape: looked up as before.
        if let Some(at) = Self::shape(word.as_bytes())
            && self.shapes[at / 64] & (1 << (at % 64)) == 0
        {
            return false;
        }
        self.set.contains(word)
    }
}

impl std::ops::Deref for ListedWords {
    type Target = WordSet;
    fn deref(&self) -> &WordSet {
        &self.set
    }
}

/// A set of words read from one file, with a `pub fn` telling membership.
macro_rules! word_list {
    ($(#[$doc:meta])* $static:ident, $is:ident, $file:literal) => {
        pub(super) static $static: std::sync::LazyLock<$crate::lexicon::load::ListedWords> =
            std::sync::LazyLock::new(|| {
                $crate::lexicon::load::ListedWords::new($crate::lexicon::load::set(include_str!(
                    $file
                )))
            });
        $(#[$doc])*
        pub fn $is(word: &str) -> bool {
            $static.contains(word)
        }
    };
}

pub(super) use word_list;

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash as first written (each chunk copied into a zeroed buffer): the fast path must
    /// give the same values, so no table's layout, and no order read from one, changes.
    fn reference(bytes: &[u8]) -> u64 {
        let mut h = 0u64;
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(buf))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        h
    }

    #[test]
    fn a_listed_word_passes_the_shape_filter() {
        let set: WordSet = ["", "a", "he", "she", "elsewhere", "in other parts of"]
            .into_iter()
            .collect();
        let listed = ListedWords::new(set.clone());
        for w in [
            "",
            "a",
            "he",
            "she",
            "elsewhere",
            "in other parts of",
            "b",
            "the",
            "He",
        ] {
            assert_eq!(listed.contains(w), set.contains(w), "{w:?}");
        }
    }

    #[test]
    fn word_hasher_matches_its_reference() {
        for w in [
            "",
            "a",
            "in",
            "seven",
            "thousand",
            "elsewhere",
            "kilometres",
            "in other parts of",
        ] {
            let mut h = WordHasher::default();
            h.write(w.as_bytes());
            assert_eq!(h.finish(), reference(w.as_bytes()), "{w:?}");
        }
    }
}
