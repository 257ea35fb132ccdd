//! Byte spans and their display positions.
//!
//! Every position the pipeline hands around is a half-open byte range into the original file
//! text (`Span`). Line and column are derived only when something is shown to a person, through
//! a `LineIndex` built once per article; columns count characters, not bytes, because that is
//! what editors and CI annotations expect.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into an article's original text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text under the span; empty if the span does not fall on character boundaries.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

/// Line starts of one text, for turning byte offsets into 1-based line and column.
///
/// Columns count characters. Checkpoints every `STEP` bytes record how many characters came
/// before them, so a column on a very long line (a whole article on one line) costs at most
/// `STEP` bytes of counting, not the whole line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (byte offset on a char boundary, characters before it), every `STEP` bytes or so.
    checkpoints: Vec<(usize, usize)>,
}

const STEP: usize = 1024;

/// The eight bytes of a full chunk as one word (`None` for the shorter last chunk).
fn word_of(chunk: &[u8]) -> Option<u64> {
    let bytes: [u8; 8] = chunk.try_into().ok()?;
    Some(u64::from_ne_bytes(bytes))
}

const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
pub(crate) const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

/// Whether any byte of `w` is `b`: a word has a zero byte exactly when
/// `(x - 0x01..01) & !x & 0x80..80` is not zero, here for `x = w ^ b..b`.
pub(crate) fn has_byte(w: u64, b: u8) -> bool {
    let x = w ^ (ONES * u64::from(b));
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// Characters in `bytes` (whole UTF-8): the bytes that are not continuations (`10xxxxxx`),
/// counted a word at a time: a continuation has its top bit set and the next one clear, which
/// `w & !(w << 1)` shows in each byte's top bit.
fn count_chars(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for chunk in &mut chunks {
        if let Some(w) = word_of(chunk) {
            continuations += (w & !(w << 1) & HIGHS).count_ones() as usize;
        }
    }
    let tail = chunks.remainder();
    continuations += tail.iter().filter(|&&c| (c as i8) < -0x40).count();
    bytes.len() - continuations
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        // Lines end at "\n", "\r\n" or a lone "\r" (old Mac files), as editors count them.
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        // An 8-byte word with no line end is passed over by one test of the word (`has_byte`);
        // byte by byte, this index cost as much as reading the files.
        const BLOCK: usize = 8;
        for (b, block) in bytes.chunks(BLOCK).enumerate() {
            if let Some(w) = word_of(block)
                && !has_byte(w, b'\n')
                && !has_byte(w, b'\r')
            {
                continue;
            }
            for (k, &c) in block.iter().enumerate() {
                let i = b * BLOCK + k;
                if c == b'\n' || (c == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    starts.push(i + 1);
                }
            }
        }
        // A checkpoint at the first character starting `STEP` bytes or more after the last
        // one; the characters before it are the bytes that are not UTF-8 continuations.
        let mut checkpoints = vec![(0, 0)];
        let (mut last, mut chars) = (0, 0);
        let mut next = STEP;
        while next < bytes.len() {
            let mut at = next;
            while at < bytes.len() && !text.is_char_boundary(at) {
                at += 1;
            }
            if at >= bytes.len() {
                break;
            }
            chars += count_chars(&bytes[last..at]);
            checkpoints.push((at, chars));
            last = at;
            next = at + STEP;
        }
        // Held for every article of a run: no spare capacity from the pushes.
        starts.shrink_to_fit();
        checkpoints.shrink_to_fit();
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// Characters before byte `offset` (which must be on a char boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = self
            .checkpoints
            .partition_point(|&(b, _)| b <= offset)
            .saturating_sub(1);
        let (b, n) = self.checkpoints[k];
        n + text
            .get(b..offset)
            .map_or(offset - b, |s| s.chars().count())
    }

    /// 1-based line and 1-based character column of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let mut start = self.starts[line];
        // A byte-order mark is not a column.
        if start == 0 && text.starts_with('\u{feff}') && offset >= 3 {
            start = 3;
        }
        let column = self.chars_before(text, offset) - self.chars_before(text, start) + 1;
        (line + 1, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tests_agree_with_byte_tests() {
        let samples = [
            "",
            "a",
            "plain ascii text!",
            "’é€😀 mixed — text\r\n",
            "\n\r\n\rxx",
        ];
        for s in samples {
            let b = s.as_bytes();
            assert_eq!(count_chars(b), s.chars().count(), "{s:?}");
            for chunk in b.chunks(8) {
                if let Some(w) = word_of(chunk) {
                    for needle in [b'\n', b'\r', b'x', 0x80, 0xE2] {
                        assert_eq!(has_byte(w, needle), chunk.contains(&needle), "{s:?}");
                    }
                }
            }
        }
        // Every byte value at every position of a word.
        for v in 0..=255u8 {
            for at in 0..8 {
                let mut chunk = [b'a'; 8];
                chunk[at] = v;
                let w = word_of(&chunk).unwrap_or(0);
                assert_eq!(has_byte(w, b'\n'), v == b'\n');
                assert_eq!(has_byte(w, b'\r'), v == b'\r');
                let continuations = chunk.iter().filter(|&&c| (c as i8) < -0x40).count();
                assert_eq!((w & !(w << 1) & HIGHS).count_ones() as usize, continuations);
            }
        }
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "ab\n’x 7\n";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 3), (2, 1));
        // "’" is three bytes but one column.
        let seven = text.find('7').unwrap();
        assert_eq!(index.position(text, seven), (2, 4));
    }

    #[test]
    fn columns_on_a_very_long_line_count_characters() {
        let text = "’".repeat(3000) + "x";
        let index = LineIndex::new(&text);
        assert_eq!(index.position(&text, text.len() - 1), (1, 3001));
        let two = format!("{text}\nab’c");
        let index = LineIndex::new(&two);
        assert_eq!(index.position(&two, two.len() - 1), (2, 4));
    }

    #[test]
    fn a_bom_is_not_a_column_and_a_lone_cr_ends_a_line() {
        let text = "\u{feff}7 dead\r9 hurt\r\n2 missing";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, text.find('7').unwrap()), (1, 1));
        assert_eq!(index.position(text, text.find('9').unwrap()), (2, 1));
        assert_eq!(index.position(text, text.find('2').unwrap()), (3, 1));
    }

    /// The index as first written, one byte and one character at a time.
    fn reference(text: &str) -> (Vec<usize>, Vec<(usize, usize)>) {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        let mut checkpoints = vec![(0, 0)];
        let (mut next, mut chars) = (STEP, 0);
        for (i, _) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, chars));
                next = i + STEP;
            }
            chars += 1;
        }
        (starts, checkpoints)
    }

    #[test]
    fn the_index_matches_its_reference() {
        let pieces = ["a", "’", "\n", "\r", "\r\n", "7 dead ", "é", "🙂", "\n\n"];
        let mut text = String::new();
        // A deterministic mix, long enough for many checkpoints and blocks.
        let mut x = 7u64;
        while text.len() < 10 * STEP {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(pieces[(x >> 33) as usize % pieces.len()]);
            let index = LineIndex::new(&text);
            if text.len() % 97 < 9 || text.len() > 9 * STEP {
                assert_eq!((index.starts, index.checkpoints), reference(&text));
            }
        }
    }

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert!(a.cover(b).contains(a));
    }
}
