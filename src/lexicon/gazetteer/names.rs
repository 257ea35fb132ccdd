//! Names to places: the key a name is looked up by (folded to ASCII with the table of the
//! file's header, lower case, punctuation dropped or a space, a leading "the" dropped), the
//! index from keys to places (own names, alternate names and demonyms as the file lists them;
//! abbreviations, in capitals only), and [`Gazetteer::resolve`], which ranks a name's places.
//! It does not read phrases (compass words, kind words, commas: `phrase.rs`) nor compare
//! places (`relation.rs`).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{Gazetteer, PlaceId};

/// FNV-1a for the key maps: the keys are short and many, and hashing them is most of the
/// load.
#[derive(Default)]
pub(super) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(super) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A name's candidate: the place and how strong the match is (2 for a name, 1 for an
/// alternate name or a demonym).
#[derive(Clone, Copy, Debug)]
pub(super) struct Candidate {
    pub(super) id: PlaceId,
    pub(super) strength: u8,
}

/// One key of the index: the key (as the file writes it, or folded here) and the place.
#[derive(Clone, Copy, Debug)]
pub(super) struct Entry {
    pub(super) key: Key,
    pub(super) candidate: Candidate,
}

/// A hasher for keys that are numbers: hashes already, or GeoNames ids.
#[derive(Default)]
pub(super) struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        // a multiply spreads GeoNames ids, whose high bits are zero, over the table's
        // control bits; key hashes are spread already and stay spread
        self.0 = n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Where a key's text is: in the bundled file, or (a name's folded form) in the gazetteer's
/// own list.
#[derive(Clone, Copy, Debug)]
pub(super) enum Key {
    File(&'static str),
    Folded(u32),
}

/// FNV-1a of a key's bytes, ASCII lower-cased (a name that is its own key is indexed as the
/// file writes it, capitals and all).
pub(super) fn key_hash(key: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A name that is its own key up to case: ASCII letters and digits in words one space apart,
/// not starting with "the".
///
/// One walk over the bytes: asked of every name while the table loads, the five tests of
/// `str` this was (a substring search for two spaces among them) cost a tenth of the load.
pub(super) fn is_plain(name: &str) -> bool {
    let bytes = name.as_bytes();
    if bytes.first().is_none_or(|&b| b == b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut space = false;
    for &b in bytes {
        if b == b' ' {
            if space {
                return false;
            }
            space = true;
        } else if b.is_ascii_alphanumeric() {
            space = false;
        } else {
            return false;
        }
    }
    !name
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("the "))
}

/// The fold table of the file's header: each non-ASCII character of the names and its ASCII
/// form. Characters below U+0800 (Latin, Greek, Cyrillic, ...) are looked up by code point.
pub(super) struct Fold {
    low: Vec<Option<&'static str>>,
    high: FnvMap<char, &'static str>,
}

impl Fold {
    pub(super) fn parse(table: &'static str) -> Fold {
        let mut fold = Fold {
            low: vec![None; 0x800],
            high: FnvMap::default(),
        };
        for pair in table.split(' ') {
            let mut chars = pair.chars();
            if let (Some(ch), Some('=')) = (chars.next(), chars.next()) {
                let to = chars.as_str();
                let to = if to == "_" { " " } else { to };
                match fold.low.get_mut(ch as usize) {
                    Some(slot) => *slot = Some(to),
                    None => {
                        fold.high.insert(ch, to);
                    }
                }
            }
        }
        fold
    }

    pub(super) fn get(&self, ch: char) -> Option<&'static str> {
        match self.low.get(ch as usize) {
            Some(slot) => *slot,
            None => self.high.get(&ch).copied(),
        }
    }

    /// The lookup key of a name: see [`Gazetteer::key`].
    pub(super) fn key(&self, name: &str) -> String {
        let mut out = String::with_capacity(name.len());
        // a space is written only before the next letter, so spaces never double or trail
        let mut space = false;
        let letter = |out: &mut String, space: &mut bool, ch: char| {
            if *space && !out.is_empty() {
                out.push(' ');
            }
            *space = false;
            out.push(ch);
        };
        for ch in name.chars() {
            if ch.is_ascii() {
                if ch.is_ascii_alphanumeric() {
                    letter(&mut out, &mut space, ch.to_ascii_lowercase());
                } else if ch != '\'' && ch != '.' {
                    space = true;
                }
            } else if ('\u{300}'..='\u{36f}').contains(&ch) {
                // a combining mark of a decomposed letter
            } else if let Some(m) = self.get(ch) {
                for c in m.chars() {
                    if c == ' ' {
                        space = true;
                    } else {
                        letter(&mut out, &mut space, c);
                    }
                }
            } else if matches!(ch, '’' | '‘' | 'ʼ' | 'ʻ' | '´' | '`') {
            } else if ch.is_alphabetic() {
                for c in ch.to_lowercase() {
                    letter(&mut out, &mut space, c);
                }
            } else {
                space = true;
            }
        }
        if out.starts_with("the ") {
            out.drain(..4);
        }
        out
    }
}

impl Gazetteer {
    fn key_text(&self, key: Key) -> &str {
        match key {
            Key::File(k) => k,
            Key::Folded(i) => &self.folded[i as usize],
        }
    }

    /// The places indexed under a key (already folded), with the strength of each match.
    fn lookup<'a>(&'a self, key: &'a str) -> impl Iterator<Item = Candidate> + 'a {
        let mut at = self.heads.get(&key_hash(key)).copied().unwrap_or(u32::MAX);
        std::iter::from_fn(move || {
            while at != u32::MAX {
                let e = self.entries[at as usize];
                at = self.next[at as usize];
                if self.key_text(e.key).eq_ignore_ascii_case(key) {
                    return Some(e.candidate);
                }
            }
            None
        })
    }

    /// The lookup key of a name: diacritics folded to ASCII with the table the build script
    /// wrote, lower case, apostrophes and dots dropped, other punctuation a space, a leading
    /// "the" dropped. Exactly what `key()` in `tools/gazetteer/build.py` does.
    pub fn key(&self, name: &str) -> String {
        self.fold.key(name)
    }

    /// Add a key's candidates to `out`, each place once at its strongest.
    pub(super) fn collect(&self, key: &str, out: &mut Vec<Candidate>) {
        for c in self.lookup(key) {
            match out.iter_mut().find(|o| o.id == c.id) {
                Some(o) => o.strength = o.strength.max(c.strength),
                None => out.push(c),
            }
        }
    }

    /// Candidates for a name, best first: names before alternate names, then more people
    /// first, then the narrower place.
    fn candidates(&self, name: &str) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        let compact: String = name.chars().filter(|c| *c != '.' && *c != ' ').collect();
        if let Some(ids) = self.abbreviations.get(compact.as_str()) {
            out.extend(ids.iter().map(|&id| Candidate { id, strength: 2 }));
        }
        self.collect(&self.key(name), &mut out);
        out.sort_by(|a, b| {
            let (pa, pb) = (self.place(a.id), self.place(b.id));
            b.strength
                .cmp(&a.strength)
                .then(pb.weight.cmp(&pa.weight))
                .then(pb.kind.rank().cmp(&pa.kind.rank()))
                .then(a.id.cmp(&b.id))
        });
        out
    }

    /// The places a name may denote, most likely first (its own names before alternate names
    /// and demonyms, then the more populous). Case-insensitive, diacritics folded, a leading
    /// "the" ignored; abbreviations ("UK", "U.S.") only in capitals. Empty when unknown.
    pub fn resolve(&self, name: &str) -> Vec<PlaceId> {
        self.candidates(name).into_iter().map(|c| c.id).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::gazetteer::Kind;
    use crate::lexicon::gazetteer::testing::{g, one};

    #[test]
    fn keys_fold_like_the_build_script() {
        assert_eq!(g().key("Valparaíso"), "valparaiso");
        assert_eq!(g().key("Viña del Mar"), "vina del mar");
        assert_eq!(g().key("Kharkivs’ka Oblast’"), "kharkivska oblast");
        assert_eq!(g().key("  The Gaza   Strip "), "gaza strip");
        assert_eq!(g().key("Marrakech-Safi"), "marrakech safi");
        // a decomposed accent (e + U+0301) folds like the composed one
        assert_eq!(g().key("Valparai\u{301}so"), "valparaiso");
    }

    /// `is_plain` as first written, with `str`'s tests.
    fn reference_plain(name: &str) -> bool {
        !name.is_empty()
            && !name.starts_with(' ')
            && !name.ends_with(' ')
            && !name.contains("  ")
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ')
            && !name
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case("the "))
    }

    #[test]
    fn is_plain_matches_its_reference() {
        let names = crate::lexicon::gazetteer::DATA
            .lines()
            .flat_map(|line| line.split(['\t', '|']));
        let edges = [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a",
            "a ",
            "The Hague",
            "the",
            "thee",
            "Them",
            "São",
            "A-1",
            "a.b",
        ];
        for name in names.chain(edges) {
            assert_eq!(super::is_plain(name), reference_plain(name), "{name:?}");
        }
    }

    #[test]
    fn abbreviations_only_in_capitals() {
        let uk = one("United Kingdom", Kind::Country, "GB");
        let us = one("United States", Kind::Country, "US");
        assert_eq!(g().resolve("UK"), vec![uk]);
        assert_eq!(g().resolve("U.S."), vec![us]);
        assert_eq!(g().resolve("US"), vec![us]);
        assert!(g().resolve("us").is_empty(), "\"us\" is a pronoun");
    }
}
