//! Word signatures: a set of hashed words as `N × 64` bits (each word sets one), with how many
//! of its words share a bit with another of its words. Two signatures bound, in a few dozen
//! instructions, how many words two sets share, where the exact count is a merge of two sorted
//! lists: story linkage asks it of article pairs (2,048 bits), sentence alignment of sentence
//! pairs (256 bits). The bound is never below the exact count, so a pair it rules out is one
//! the exact count would rule out too, and results do not change.

/// A set of word hashes as `N` words of bits; `N` is a power of two.
#[derive(Clone, Copy)]
pub(crate) struct WordBits<const N: usize> {
    bits: [u64; N],
    collisions: u32,
}

impl<const N: usize> WordBits<N> {
    /// How far a hash is shifted to give its bit: its top `log2(N × 64)` bits, as the low ones
    /// of an FNV hash are the least mixed.
    const SHIFT: u32 = {
        assert!(N.is_power_of_two());
        64 - (N * 64).trailing_zeros()
    };

    pub(crate) fn of(words: &[u64]) -> Self {
        let mut bits = [0u64; N];
        for w in words {
            let bit = (w >> Self::SHIFT) as usize;
            bits[bit / 64] |= 1 << (bit % 64);
        }
        let set: u32 = bits.iter().map(|b| b.count_ones()).sum();
        WordBits {
            bits,
            collisions: (words.len() as u32).saturating_sub(set),
        }
    }

    /// At least as many as the words the two sets share: each shared word sets the same bit in
    /// both, and at most `collisions` of either's words hide behind another of its words.
    pub(crate) fn shared_at_most(&self, other: &Self) -> usize {
        let common: u32 = self
            .bits
            .iter()
            .zip(&other.bits)
            .map(|(x, y)| (x & y).count_ones())
            .sum();
        (common + self.collisions.min(other.collisions)) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::WordBits;

    /// The exact number of values two sorted lists share.
    fn shared(a: &[u64], b: &[u64]) -> usize {
        a.iter().filter(|x| b.contains(x)).count()
    }

    #[test]
    fn the_bound_is_never_below_the_shared_count() {
        // Hashes spread over the top bits, some colliding on purpose (same top bits).
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..200 {
            let pool: Vec<u64> = (0..400).map(|_| next()).collect();
            let mut a: Vec<u64> = pool.iter().copied().step_by(2).collect();
            let mut b: Vec<u64> = pool.iter().copied().step_by(3).collect();
            a.push(a[0] ^ 1); // a collision inside a
            a.sort_unstable();
            b.sort_unstable();
            let exact = shared(&a, &b);
            assert!(WordBits::<4>::of(&a).shared_at_most(&WordBits::<4>::of(&b)) >= exact);
            assert!(WordBits::<32>::of(&a).shared_at_most(&WordBits::<32>::of(&b)) >= exact);
        }
    }

    #[test]
    fn sets_with_nothing_in_common_share_at_most_their_collisions() {
        let a = [0u64 << 56, 1u64 << 56];
        let b = [2u64 << 56, 3u64 << 56];
        assert_eq!(
            WordBits::<4>::of(&a).shared_at_most(&WordBits::<4>::of(&b)),
            0
        );
    }
}
