//! Document similarity: near-duplicate candidates, exact verification, sentence alignment.
//!
//! Candidates come from locality-sensitive hashing of sentences: each sentence's set of
//! content words gets a MinHash signature cut into bands, and two articles become candidates
//! when any of their sentences share a band bucket. Sentence-level hashing finds rewrites that
//! paraphrase (few shared 5-word shingles, many shared sentence contents) as well as verbatim
//! copies, and never compares all pairs. Buckets holding very many articles (stock phrases)
//! are skipped. Every candidate pair is then verified exactly: word 5-shingle resemblance and
//! containment, and a one-to-one alignment of sentences by Dice similarity of content words.

use super::word_bits::WordBits;
use crate::lexicon;
use crate::model::article::Analyzed;
use crate::model::finding::Similarity;
use crate::text::hash::fnv1a;
use crate::text::span::Span;

const SHINGLE: usize = 5;
const BANDS: usize = 20;
const ROWS: usize = 3;
/// A bucket with more articles than this is a stock phrase, not evidence of copying.
const MAX_BUCKET: usize = 64;
/// Sentences with fewer content words carry no signal.
const MIN_WORDS: usize = 4;
/// Content-word Dice at which two sentences are aligned.
pub const ALIGN_AT: f64 = 0.4;
/// At or above this Dice, an aligned sentence is kept as it was.
pub const KEPT_AT: f64 = 0.9;

/// What similarity needs of one article, computed once and held for every article of a run:
/// each sentence's span and content words, and the article's content words. The article's
/// words are stored once, sorted; a sentence's words are positions in that list (two bytes
/// each for all but an article of more than 65,536 distinct words), not a second copy of
/// their hashes: at 100,000 articles the hashes of every sentence were 170 MB and the
/// article lists, a copy of the same words, another 162 MB.
#[derive(Debug, Clone, Default)]
pub struct Sketch {
    pub sentences: Vec<SentenceSketch>,
    /// The article's content words (hashes), sorted and deduplicated.
    article: Vec<u64>,
    /// Every sentence's words as positions in `article`, one sentence after another, in
    /// ascending order within a sentence (so their hashes are sorted too).
    positions: Positions,
}

#[derive(Debug, Clone)]
enum Positions {
    Narrow(Vec<u16>),
    Wide(Vec<u32>),
}

impl Default for Positions {
    fn default() -> Self {
        Positions::Narrow(Vec::new())
    }
}

#[derive(Debug, Clone)]
pub struct SentenceSketch {
    pub span: Span,
    /// Where the sentence's words are in `Sketch::positions`.
    words: std::ops::Range<u32>,
}

/// The hashes of one sentence's content words, ascending (`Sketch::words`).
#[derive(Clone)]
pub struct Words<'s> {
    article: &'s [u64],
    positions: PositionIter<'s>,
}

#[derive(Clone)]
enum PositionIter<'s> {
    Narrow(std::slice::Iter<'s, u16>),
    Wide(std::slice::Iter<'s, u32>),
}

impl Iterator for Words<'_> {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let p = match &mut self.positions {
            PositionIter::Narrow(it) => usize::from(*it.next()?),
            PositionIter::Wide(it) => *it.next()? as usize,
        };
        Some(self.article[p])
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.positions {
            PositionIter::Narrow(it) => it.size_hint(),
            PositionIter::Wide(it) => it.size_hint(),
        }
    }
}

impl ExactSizeIterator for Words<'_> {}

impl Sketch {
    /// Hashes of the content words of sentence `i`, sorted and deduplicated.
    pub fn words(&self, i: usize) -> Words<'_> {
        let r = &self.sentences[i].words;
        let r = r.start as usize..r.end as usize;
        Words {
            article: &self.article,
            positions: match &self.positions {
                Positions::Narrow(p) => PositionIter::Narrow(p[r].iter()),
                Positions::Wide(p) => PositionIter::Wide(p[r].iter()),
            },
        }
    }

    /// How many content words sentence `i` has.
    pub fn word_count(&self, i: usize) -> usize {
        self.sentences[i].words.len()
    }

    /// The article's content words, sorted and deduplicated.
    pub fn article_words(&self) -> &[u64] {
        &self.article
    }

    /// Keep what the findings read once the near-duplicate pairs are verified: the article's
    /// words (story grouping) and, for an article in a pair (`in_pair`), its sentences' spans
    /// (aligned passages, the evidence of a rewrite). The sentences' words go: `words` and
    /// `word_count` must not be asked of the sketch after this, nor anything of the sentences
    /// of an article in no pair.
    pub fn keep_for_findings(&mut self, in_pair: bool) {
        self.positions = Positions::default();
        if in_pair {
            for s in &mut self.sentences {
                s.words = 0..0;
            }
        } else {
            self.sentences = Vec::new();
        }
    }
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    crate::text::token::words::<false>(text).map(str::to_lowercase)
}

/// Sorted, deduplicated hashes of an article's word 5-shingles. Computed only for pairs that
/// align, so a large collection does not hold them for every article.
pub fn shingles(a: &Analyzed) -> Vec<u64> {
    let text = &a.article.text;
    let all: Vec<u64> = words(a.article.body.slice(text))
        .map(|w| fnv1a(w.as_bytes()))
        .collect();
    let mut shingles: Vec<u64> = all
        .windows(SHINGLE)
        .map(|w| {
            w.iter().fold(0u64, |h, x| {
                h.rotate_left(13) ^ x.wrapping_mul(0x9e37_79b9_7f4a_7c15)
            })
        })
        .collect();
    shingles.sort_unstable();
    shingles.dedup();
    shingles
}

/// Each word of `text` (as `words` splits it) in lower case, in one buffer reused from word to
/// word: `words` allocates a `String` per word, and `sketch` reads every word of every
/// article (a fifth of its time at 100,000 articles went to those allocations). A word already
/// in lower case is handed on as it is (most are: copying each into the buffer was about an
/// eighth of the sketches); ASCII words are lowered byte by byte, others by
/// `str::to_lowercase`, so the words are `words`'s.
fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut lower = String::new();
    for w in crate::text::token::words::<false>(text) {
        f(crate::text::normalize::lowered(&mut lower, w));
    }
}

pub fn sketch(a: &Analyzed) -> Sketch {
    let text = &a.article.text;
    let mut all: Vec<u64> = Vec::new();
    let sentences: Vec<SentenceSketch> = a
        .segments
        .sentences
        .iter()
        .filter(|s| s.kind != crate::text::segment::BlockKind::Boilerplate)
        .map(|s| {
            let start = all.len();
            for_each_word(s.span.slice(text), |w| {
                if !lexicon::is_content_stop_word(w) {
                    all.push(fnv1a(w.as_bytes()));
                }
            });
            all[start..].sort_unstable();
            let mut end = start;
            for k in start..all.len() {
                if end == start || all[k] != all[end - 1] {
                    all[end] = all[k];
                    end += 1;
                }
            }
            all.truncate(end);
            SentenceSketch {
                span: s.span,
                words: start as u32..end as u32,
            }
        })
        .collect();
    let mut article = all.clone();
    article.sort_unstable();
    article.dedup();
    article.shrink_to_fit();
    // Each sentence's words are sorted, and so are their positions in the sorted list.
    let position = |w: &u64| article.binary_search(w).unwrap_or_default();
    let positions = if article.len() <= 1 << 16 {
        Positions::Narrow(all.iter().map(|w| position(w) as u16).collect())
    } else {
        Positions::Wide(all.iter().map(|w| position(w) as u32).collect())
    };
    Sketch {
        sentences,
        article,
        positions,
    }
}

fn minhash(words: impl Iterator<Item = u64>, seed: u64) -> u64 {
    words
        .map(|w| {
            (w ^ seed)
                .wrapping_mul(0x2545_f491_4f6c_dd1d)
                .rotate_left(29)
        })
        .min()
        .unwrap_or(u64::MAX)
}

/// Candidate pairs `(i, j)` with `i < j`, sorted. A pair qualifies when two different
/// sentences of the first article share a bucket with the second (one suffices for very short
/// articles): a single shared stock sentence is not a rewrite.
pub fn candidates(sketches: &[Sketch]) -> Vec<(usize, usize)> {
    // The smallest hit the collection fits in: the hits of 100,000 articles are 20 million,
    // 166 MB as one word each (up to a million articles of up to 4,096 sentences), 249 MB in
    // 12 bytes (sentence indices in 16 bits: all but a file of one sentence per line past
    // 65,536 lines), 332 MB in 16.
    let most = sketches
        .iter()
        .map(|s| s.sentences.len())
        .max()
        .unwrap_or(0);
    if sketches.len() <= 1 << PACKED_ARTICLE_BITS && most <= 1 << PACKED_SENTENCE_BITS {
        candidates_as::<u64>(sketches)
    } else if most <= usize::from(u16::MAX) {
        candidates_as::<[u32; 3]>(sketches)
    } else {
        candidates_as::<(u32, u32, u32, u32)>(sketches)
    }
}

/// A colliding sentence pair: articles `a < b` and a sentence of each, ordered as the tuple
/// `(a, b, sentence of a, sentence of b)` whatever the layout.
trait Hit: Ord + Copy + Send + Sync {
    fn new(a: u32, b: u32, sa: u32, sb: u32) -> Self;
    fn articles(&self) -> (u32, u32);
    fn sentences(&self) -> (u32, u32);
}

impl Hit for (u32, u32, u32, u32) {
    fn new(a: u32, b: u32, sa: u32, sb: u32) -> Self {
        (a, b, sa, sb)
    }
    fn articles(&self) -> (u32, u32) {
        (self.0, self.1)
    }
    fn sentences(&self) -> (u32, u32) {
        (self.2, self.3)
    }
}

/// Bits of an article index and of a sentence index in a hit packed into one word.
const PACKED_ARTICLE_BITS: u32 = 20;
const PACKED_SENTENCE_BITS: u32 = 12;

/// `a`, `b`, the sentence of `a`, the sentence of `b`, from the high bits down: the number's
/// order is the tuple's. Only made when every index fits its field.
impl Hit for u64 {
    fn new(a: u32, b: u32, sa: u32, sb: u32) -> Self {
        const S: u32 = PACKED_SENTENCE_BITS;
        (u64::from(a) << (PACKED_ARTICLE_BITS + 2 * S))
            | (u64::from(b) << (2 * S))
            | (u64::from(sa) << S)
            | u64::from(sb)
    }
    fn articles(&self) -> (u32, u32) {
        let pair = self >> (2 * PACKED_SENTENCE_BITS);
        let mask = (1 << PACKED_ARTICLE_BITS) - 1;
        ((pair >> PACKED_ARTICLE_BITS) as u32, (pair & mask) as u32)
    }
    fn sentences(&self) -> (u32, u32) {
        let mask = (1 << PACKED_SENTENCE_BITS) - 1;
        let first = (self >> PACKED_SENTENCE_BITS) & mask;
        (first as u32, (self & mask) as u32)
    }
}

/// Both sentences in the third word, the first in its high half: the array's order is the
/// tuple's. Only made when every sentence index fits in 16 bits.
impl Hit for [u32; 3] {
    fn new(a: u32, b: u32, sa: u32, sb: u32) -> Self {
        [a, b, sa << 16 | (sb & 0xffff)]
    }
    fn articles(&self) -> (u32, u32) {
        (self[0], self[1])
    }
    fn sentences(&self) -> (u32, u32) {
        (self[2] >> 16, self[2] & 0xffff)
    }
}

fn candidates_as<H: Hit>(sketches: &[Sketch]) -> Vec<(usize, usize)> {
    use rayon::prelude::*;
    let seeds: Vec<u64> = (0..BANDS * ROWS)
        .map(|i| fnv1a(&(i as u64).to_le_bytes()))
        .collect();
    // One band at a time: (band key, article, sentence) computed on all cores, then sorted so
    // each bucket is a run — a sort of flat tuples is much cheaper than a hash map of small
    // vectors, and one band's tuples at a time keep memory small.
    // Colliding sentence pairs (a, b, sentence of a, sentence of b) with a < b, sorted and
    // distinct. Each band's are deduplicated before they join the rest: a sentence copied into
    // a family of n articles collides in most bands, n(n-1)/2 times in each, and holding every
    // band's hits at once was most of the memory of a collection of rewrite families.
    let mut hits: Vec<H> = Vec::new();
    let mut seen = SeenBuckets::default();
    for band in 0..BANDS {
        let mut entries: Vec<(u64, u32, u32)> = sketches
            .par_iter()
            .enumerate()
            .flat_map_iter(|(doc, s)| {
                let seeds = &seeds;
                (0..s.sentences.len())
                    .filter(|&k| s.word_count(k) >= MIN_WORDS)
                    .map(move |k| {
                        let mut key = band as u64;
                        for row in 0..ROWS {
                            key =
                                key.rotate_left(17) ^ minhash(s.words(k), seeds[band * ROWS + row]);
                        }
                        (key, doc as u32, k as u32)
                    })
            })
            .collect();
        entries.par_sort_unstable();
        entries.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
        let mut band_hits: Vec<H> = Vec::new();
        for bucket in entries.chunk_by(|x, y| x.0 == y.0) {
            if bucket.len() < 2 || bucket.len() > MAX_BUCKET {
                continue;
            }
            // The same sentences meet in the same bucket in most bands (a sentence copied
            // across a family, unchanged): its hits are already in, and would be n(n-1)/2
            // more to sort and merge. A bucket of two makes one hit, cheaper to make again
            // than to remember (1,373 -> 1,348 MB at 100,000 articles).
            if bucket.len() > 2 && !seen.insert(bucket.iter().map(|&(_, d, k)| (d, k))) {
                continue;
            }
            for (k, &(_, a, sa)) in bucket.iter().enumerate() {
                for &(_, b, sb) in &bucket[k + 1..] {
                    band_hits.push(if a < b {
                        H::new(a, b, sa, sb)
                    } else {
                        H::new(b, a, sb, sa)
                    });
                }
            }
        }
        drop(entries);
        band_hits.par_sort_unstable();
        band_hits.dedup();
        merge_into(&mut hits, &band_hits);
    }
    let short = |d: u32| sketches[d as usize].sentences.len() < 4;
    let mut pairs = Vec::new();
    for group in hits.chunk_by(|x, y| x.articles() == y.articles()) {
        let (a, b) = group[0].articles();
        let (fa, fb) = group[0].sentences();
        let multi = group.iter().any(|h| {
            let (sa, sb) = h.sentences();
            sa != fa && sb != fb
        });
        if multi || short(a) || short(b) {
            pairs.push((a as usize, b as usize));
        }
    }
    pairs
}

/// The buckets (as their members' article and sentence) the LSH pass has already turned into
/// hits, all in one list: a set of 1.6 million small vectors at 100,000 articles cost an
/// allocation each and left the heap fragmented after the pass.
#[derive(Default)]
struct SeenBuckets {
    /// Every bucket's members, one bucket after another.
    members: Vec<(u32, u32)>,
    /// A hash of the members → where the first bucket with that hash starts and ends.
    first: std::collections::HashMap<u64, (u32, u32)>,
}

impl SeenBuckets {
    /// Record a bucket; false if the same members were recorded before. A bucket whose hash
    /// is another's is not recorded and reads as new: skipping a bucket only saves work (its
    /// hits are already in), so only equal members may be skipped.
    fn insert(&mut self, members: impl Iterator<Item = (u32, u32)> + Clone) -> bool {
        let hash = members.clone().fold(0, |h: u64, (d, k)| {
            let x = (u64::from(d) << 32 | u64::from(k)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            (h.rotate_left(23) ^ x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9)
        });
        match self.first.entry(hash) {
            std::collections::hash_map::Entry::Occupied(e) => {
                let (start, end) = *e.get();
                !members.eq(self.members[start as usize..end as usize].iter().copied())
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                let start = self.members.len();
                self.members.extend(members);
                // Past 4 billion members, buckets are no longer recorded (never seen twice).
                match (u32::try_from(start), u32::try_from(self.members.len())) {
                    (Ok(start), Ok(end)) => {
                        e.insert((start, end));
                    }
                    _ => self.members.truncate(start),
                }
                true
            }
        }
    }
}

/// Make `a` the union of itself and `b` (both sorted and deduplicated), sorted and
/// deduplicated, in place: merged from the back into `a` grown by `b`'s length, so the
/// union is not a second copy of `a` (at 100,000 articles `a` reaches 20 million hits,
/// 330 MB, and a merge into a new list held both at the end of the pass).
fn merge_into<T: Ord + Copy>(a: &mut Vec<T>, b: &[T]) {
    let n = a.len();
    a.extend_from_slice(b);
    // Writing at k = i + j never overtakes the unread a[..i]; equal items land side by side.
    let (mut i, mut j, mut k) = (n, b.len(), n + b.len());
    while j > 0 {
        k -= 1;
        if i > 0 && a[i - 1] > b[j - 1] {
            a[k] = a[i - 1];
            i -= 1;
        } else {
            a[k] = b[j - 1];
            j -= 1;
        }
    }
    a.dedup();
}

/// How many items two sorted, deduplicated lists share (one merge pass).
pub fn intersection<T: Ord>(a: &[T], b: &[T]) -> usize {
    intersection_where(a, b, |_| true)
}

/// How many items two sorted, deduplicated lists share that `keep` accepts (one merge pass):
/// the rare terms two articles share.
pub fn intersection_where<T: Ord>(a: &[T], b: &[T], keep: impl Fn(&T) -> bool) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if keep(&a[i]) {
                    n += 1;
                }
                i += 1;
                j += 1;
            }
        }
    }
    n
}

pub fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * intersection(a, b) as f64 / (a.len() + b.len()) as f64
}

/// Sentences of two articles paired one-to-one, best matches first.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// (sentence index in A, sentence index in B, Dice).
    pub pairs: Vec<(usize, usize, f64)>,
    /// Sentences of A with no counterpart (dropped by B).
    pub only_a: Vec<usize>,
    /// Sentences of B with no counterpart (added by B).
    pub only_b: Vec<usize>,
}

/// A sentence's content words as 256 bits (`WordBits`): an upper bound on what it shares
/// with another sentence, read in a few instructions.
type Bits = WordBits<4>;

/// Every sentence's words of a sketch as hashes in one list, and where each sentence's are:
/// the alignment reads each sentence many times.
fn sentence_words(s: &Sketch) -> (Vec<u64>, Vec<std::ops::Range<usize>>) {
    let mut all = Vec::new();
    let ranges = (0..s.sentences.len())
        .map(|i| {
            let start = all.len();
            all.extend(s.words(i));
            start..all.len()
        })
        .collect();
    (all, ranges)
}

pub fn align(a: &Sketch, b: &Sketch) -> Alignment {
    let mut scored: Vec<(usize, usize, f64)> = Vec::new();
    let (words_a, at_a) = sentence_words(a);
    let (words_b, at_b) = sentence_words(b);
    // Most sentence pairs of two rewrites share a word or two: the bound rules them out before
    // the exact merge, with the same result (Dice grows with the shared count).
    let bits_b: Vec<Bits> = at_b.iter().map(|r| Bits::of(&words_b[r.clone()])).collect();
    for (i, ra) in at_a.iter().enumerate() {
        let wa = &words_a[ra.clone()];
        if wa.len() < 2 {
            continue;
        }
        let bits_a = Bits::of(wa);
        for (j, bits) in bits_b.iter().enumerate() {
            let wb = &words_b[at_b[j].clone()];
            let total = (wa.len() + wb.len()) as f64;
            if 2.0 * bits_a.shared_at_most(bits) as f64 / total < ALIGN_AT {
                continue;
            }
            let d = dice(wa, wb);
            if d >= ALIGN_AT {
                scored.push((i, j, d));
            }
        }
    }
    scored.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    let mut used_a = vec![false; a.sentences.len()];
    let mut used_b = vec![false; b.sentences.len()];
    let mut pairs = Vec::new();
    for (i, j, d) in scored {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push((i, j, d));
        }
    }
    pairs.sort_by_key(|p| (p.0, p.1));
    // Kept with each verified pair to the end of the run (82,000 of them in a collection of
    // rewrite families): no spare capacity from the pushes above.
    pairs.shrink_to_fit();
    Alignment {
        pairs,
        only_a: (0..a.sentences.len()).filter(|&i| !used_a[i]).collect(),
        only_b: (0..b.sentences.len()).filter(|&j| !used_b[j]).collect(),
    }
}

/// Share of the shorter article's sentences aligned with one in the other.
pub fn aligned_share(a: &Sketch, b: &Sketch, alignment: &Alignment) -> f64 {
    alignment.pairs.len() as f64 / a.sentences.len().min(b.sentences.len()).max(1) as f64
}

/// Exact similarity of two articles, given their sketches and alignment.
pub fn similarity(
    a: &Analyzed,
    b: &Analyzed,
    sa: &Sketch,
    sb: &Sketch,
    alignment: &Alignment,
) -> Similarity {
    similarity_of(&shingles(a), &shingles(b), sa, sb, alignment)
}

/// `similarity` from the articles' shingles (`shingles`), for a caller that computes each
/// article's once however many pairs it is in.
pub fn similarity_of(
    ha: &[u64],
    hb: &[u64],
    sa: &Sketch,
    sb: &Sketch,
    alignment: &Alignment,
) -> Similarity {
    let common = intersection(ha, hb);
    let union = ha.len() + hb.len() - common;
    Similarity {
        resemblance: if union == 0 {
            0.0
        } else {
            common as f64 / union as f64
        },
        containment: common as f64 / ha.len().min(hb.len()).max(1) as f64,
        aligned: aligned_share(sa, sb, alignment),
    }
}

/// The thresholds for calling two articles near-duplicates.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    pub containment: f64,
    pub aligned: f64,
    pub min_aligned_sentences: usize,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            containment: 0.5,
            aligned: 0.5,
            min_aligned_sentences: 3,
        }
    }
}

/// A rewrite: most of the text shared (containment), or most sentences aligned, or a core of
/// closely kept sentences in a heavily edited copy — at least `min_aligned_sentences` aligned
/// at `CLOSE_AT` or more and a quarter of the shorter article aligned (an agency report cut and
/// rewritten around its key paragraphs). One stock sentence or two is not a rewrite.
pub fn is_near_duplicate(sim: &Similarity, alignment: &Alignment, t: &Thresholds) -> bool {
    let close = alignment.pairs.iter().filter(|p| p.2 >= CLOSE_AT).count();
    sim.containment >= t.containment
        || (sim.aligned >= t.aligned && alignment.pairs.len() >= t.min_aligned_sentences)
        || (close >= t.min_aligned_sentences && sim.aligned >= EDITED_SHARE)
}

/// Dice at which an aligned sentence is closely kept, not only reworded.
const CLOSE_AT: f64 = 0.55;
/// Share of the shorter article aligned that an edited copy keeps.
const EDITED_SHARE: f64 = 0.25;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::load::parse_article;

    #[test]
    fn a_bucket_is_seen_again_only_with_the_same_members() {
        let mut seen = SeenBuckets::default();
        let bucket = [(3, 1), (7, 0), (9, 4)];
        assert!(seen.insert(bucket.iter().copied()));
        assert!(!seen.insert(bucket.iter().copied()));
        assert!(seen.insert(bucket[..2].iter().copied()));
        assert!(seen.insert(bucket.iter().rev().copied()));
        assert!(seen.insert([(3, 1), (7, 0), (9, 5)].into_iter()));
        assert!(!seen.insert(bucket[..2].iter().copied()));
    }

    #[test]
    fn every_hit_layout_keeps_the_tuple_and_its_order() {
        let top = |bits: u32| (1u32 << bits) - 1;
        let (a, s) = (top(PACKED_ARTICLE_BITS), top(PACKED_SENTENCE_BITS));
        let tuples = [
            (0, 1, 0, 0),
            (0, 1, 0, s),
            (0, 1, s, 0),
            (0, a, 3, 2),
            (1, 2, 0, 0),
        ];
        let tuples = [tuples.as_slice(), &[(a - 1, a, s, s), (7, 9, 1, 1)]].concat();
        fn check<H: Hit + std::fmt::Debug>(tuples: &[(u32, u32, u32, u32)]) {
            let hits: Vec<H> = tuples
                .iter()
                .map(|&(a, b, x, y)| H::new(a, b, x, y))
                .collect();
            for (h, &(a, b, x, y)) in hits.iter().zip(tuples) {
                assert_eq!((h.articles(), h.sentences()), ((a, b), (x, y)), "{h:?}");
            }
            for (i, j) in (0..hits.len()).flat_map(|i| (0..hits.len()).map(move |j| (i, j))) {
                assert_eq!(hits[i].cmp(&hits[j]), tuples[i].cmp(&tuples[j]));
            }
        }
        check::<u64>(&tuples);
        check::<[u32; 3]>(&tuples);
        check::<(u32, u32, u32, u32)>(&tuples);
    }

    fn analyzed(text: &str) -> Analyzed {
        crate::pipeline::analyze(parse_article("t.txt", text.as_bytes().to_vec()).unwrap())
    }

    #[test]
    fn a_paraphrased_rewrite_is_found_and_verified() {
        let a = analyzed(
            "Putin will meet envoy Steve Witkoff in Moscow on Tuesday to discuss the peace plan. The talks follow two days of negotiations in Florida between Ukrainian and US officials. Zelensky called the Florida talks constructive but said tough issues remain. Markets in Europe were calm on the news.",
        );
        let b = analyzed(
            "Vladimir Putin will meet Steve Witkoff in Moscow on Tuesday, signalling momentum. The visit follows two days of discussions in Florida between Ukrainian and US officials. Zelensky called the talks constructive but said several difficult issues remain. Kremlin spokesman Peskov confirmed the meeting.",
        );
        let c = analyzed(
            "The central bank raised interest rates by a quarter point on Thursday. Economists had expected the move after inflation rose for a third month. Mortgage lenders are likely to pass on the increase quickly.",
        );
        let sketches = [sketch(&a), sketch(&b), sketch(&c)];
        let cands = candidates(&sketches);
        assert!(cands.contains(&(0, 1)), "{cands:?}");
        let al = align(&sketches[0], &sketches[1]);
        let sim = similarity(&a, &b, &sketches[0], &sketches[1], &al);
        assert!(
            is_near_duplicate(&sim, &al, &Thresholds::default()),
            "{sim:?} {al:?}"
        );
        let al = align(&sketches[0], &sketches[2]);
        let sim = similarity(&a, &c, &sketches[0], &sketches[2], &al);
        assert!(
            !is_near_duplicate(&sim, &al, &Thresholds::default()),
            "{sim:?}"
        );
    }

    #[test]
    fn an_edited_copy_keeping_its_core_sentences_is_a_rewrite() {
        let sim = |aligned| Similarity {
            resemblance: 0.05,
            containment: 0.1,
            aligned,
        };
        let t = Thresholds::default();
        // Three closely kept sentences in a third of the shorter article: an edited copy.
        let al = |dices: &[f64]| Alignment {
            pairs: dices.iter().enumerate().map(|(i, &d)| (i, i, d)).collect(),
            only_a: Vec::new(),
            only_b: Vec::new(),
        };
        assert!(is_near_duplicate(
            &sim(0.33),
            &al(&[0.75, 0.65, 0.56, 0.45]),
            &t
        ));
        // Reworded only, or a single kept passage: not a rewrite.
        assert!(!is_near_duplicate(
            &sim(0.33),
            &al(&[0.5, 0.47, 0.44, 0.4]),
            &t
        ));
        assert!(!is_near_duplicate(&sim(0.2), &al(&[1.0, 0.9, 0.8]), &t));
    }

    #[test]
    fn identical_text_has_full_resemblance() {
        let t = "One two three four five six seven eight nine ten words make a sentence here.";
        let (x, y) = (analyzed(t), analyzed(t));
        let (a, b) = (sketch(&x), sketch(&y));
        let al = align(&a, &b);
        let sim = similarity(&x, &y, &a, &b, &al);
        assert_eq!(sim.resemblance, 1.0);
        assert_eq!(sim.containment, 1.0);
    }
}

#[cfg(test)]
mod corpus_stats {
    #[test]
    #[ignore]
    fn candidate_count_on_bbc() {
        let loaded = crate::pipeline::load::load(
            &["../shared/corpora/bbc".to_string()],
            &crate::pipeline::load::FileFilter::default(),
        );
        let arts = crate::pipeline::analyze_all(loaded.articles);
        let sk: Vec<_> = arts.iter().map(super::sketch).collect();
        let c = super::candidates(&sk);
        println!("candidates: {}", c.len());
    }
}
