//! A stable hash of bytes: FNV-1a 64, a fixed, documented function (unlike `DefaultHasher`,
//! whose output may change between Rust releases), so fingerprints, shingles and content
//! hashes mean the same in every build.

/// FNV-1a, 64 bit: offset basis 0xcbf29ce484222325, prime 0x100000001b3.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_reference_values() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x85944171f73967e8);
    }
}
