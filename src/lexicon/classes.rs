//! Word classes: for one word, in one lookup, which of the lists that the extractors ask of
//! every token it belongs to (a spelled numeral of each kind, a minus sign, a place word, a
//! month or weekday, a reporting verb, a denial's verb or object). The tokenizer asks once per
//! token and keeps the answer, so a module testing each token against its lists reads bits
//! instead of hashing the same word again: before, a token of a sentence with a figure was
//! hashed a dozen times.

use std::sync::LazyLock;

use super::WordMap;

/// The lists a word belongs to, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass(u32);

impl WordClass {
    /// A spelled cardinal below twenty ([`super::cardinal_unit`]).
    pub const CARDINAL_UNIT: WordClass = WordClass(1);
    /// A spelled ten ([`super::cardinal_ten`]).
    pub const CARDINAL_TEN: WordClass = WordClass(1 << 1);
    /// A spelled scale word ([`super::scale_word`]).
    pub const SCALE: WordClass = WordClass(1 << 2);
    /// A spelled ordinal ([`super::ordinal_word`]).
    pub const ORDINAL: WordClass = WordClass(1 << 3);
    /// A multiplicative word ([`super::multiplicative`]).
    pub const MULTIPLICATIVE: WordClass = WordClass(1 << 4);
    /// A minus sign or word ([`super::is_minus_sign`]).
    pub const MINUS: WordClass = WordClass(1 << 5);
    /// [`super::is_locative`].
    pub const LOCATIVE: WordClass = WordClass(1 << 6);
    /// [`super::is_area_noun`].
    pub const AREA_NOUN: WordClass = WordClass(1 << 7);
    /// [`super::is_compass`].
    pub const COMPASS: WordClass = WordClass(1 << 8);
    /// [`super::is_country`].
    pub const COUNTRY: WordClass = WordClass(1 << 9);
    /// [`super::is_not_place`].
    pub const NOT_PLACE: WordClass = WordClass(1 << 10);
    /// A month name or abbreviation ([`super::month`]).
    pub const MONTH: WordClass = WordClass(1 << 11);
    /// A weekday name ([`super::weekday`]).
    pub const WEEKDAY: WordClass = WordClass(1 << 12);
    /// The first word of an elsewhere phrase, or one ([`super::is_elsewhere_prefix`]).
    pub const ELSEWHERE_START: WordClass = WordClass(1 << 13);
    /// A reporting verb form that names a source ([`super::is_source_verb`]).
    pub const SOURCE_VERB: WordClass = WordClass(1 << 14);
    /// [`super::is_denial_verb`].
    pub const DENIAL_VERB: WordClass = WordClass(1 << 15);
    /// [`super::is_denial_object`].
    pub const DENIAL_OBJECT: WordClass = WordClass(1 << 16);
    /// A word besides month and weekday names that may start or end a relative time
    /// ([`super::time_words`]: "yesterday", "last", "ago"), or "previous", "prior", "preceding"
    /// ("the previous month"): `extract::time` passes over a word token with none of these
    /// classes near it without trying each of its patterns.
    pub const TIME_WORD: WordClass = WordClass(1 << 17);
    /// A time of day by its name ([`super::named_clock_words`]: "midnight", "noon").
    pub const CLOCK_NAMED: WordClass = WordClass(1 << 18);

    /// Belongs to every list of `other` (at least one when `other` names one).
    pub fn has(self, other: WordClass) -> bool {
        self.0 & other.0 == other.0
    }

    /// Belongs to any list of `other`.
    pub fn any(self, other: WordClass) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for WordClass {
    type Output = WordClass;
    fn bitor(self, other: WordClass) -> WordClass {
        WordClass(self.0 | other.0)
    }
}

/// The words that make "the previous month" a time (`extract::time`), besides the time words.
pub const PREVIOUS_WORDS: [&str; 3] = ["previous", "prior", "preceding"];

/// The classes of every listed word, and a filter of their shapes in front of them.
struct Classes {
    map: WordMap<WordClass>,
    /// One bit per shape (`shape`) that some listed word has. Most tokens ("the", "company",
    /// ",") are in no list, and their shape is in no listed word either: a bit test answers
    /// them without hashing. Built from the map's own keys with the same function the lookup
    /// uses, so a listed word always finds its bit (no word is missed; a shared bit only costs
    /// the lookup it would have had anyway).
    shapes: Box<[u64; SHAPE_BITS / 64]>,
}

/// 16 lengths × 64 × 64 byte classes of the first and last byte: 8 KiB.
const SHAPE_BITS: usize = 1 << 16;

/// A word's shape: its length mod 16 and the low six bits of its first and last bytes (the
/// lower-case letters are distinct in them).
fn shape(word: &[u8]) -> Option<usize> {
    let (&first, &last) = (word.first()?, word.last()?);
    Some(((word.len() & 15) << 12) | (usize::from(first & 63) << 6) | usize::from(last & 63))
}

impl Classes {
    fn get(&self, word: &str) -> WordClass {
        // The empty word has no shape: looked up as before.
        if let Some(at) = shape(word.as_bytes())
            && self.shapes[at / 64] & (1 << (at % 64)) == 0
        {
            return WordClass::default();
        }
        self.map.get(word).copied().unwrap_or_default()
    }
}

static CLASSES: LazyLock<Classes> = LazyLock::new(|| {
    let map = words_and_classes();
    let mut shapes = Box::new([0u64; SHAPE_BITS / 64]);
    for at in map.keys().filter_map(|k| shape(k.as_bytes())) {
        shapes[at / 64] |= 1 << (at % 64);
    }
    Classes { map, shapes }
});

fn words_and_classes() -> WordMap<WordClass> {
    let mut m: WordMap<WordClass> = WordMap::default();
    let mut add = |words: &mut dyn Iterator<Item = &'static str>, class: WordClass| {
        for w in words {
            let c = m.entry(w).or_default();
            *c = *c | class;
        }
    };
    let numerals = |class: &str| {
        super::numbers::numerals_in_order(class)
            .iter()
            .map(|(w, _)| *w)
    };
    add(&mut numerals("unit"), WordClass::CARDINAL_UNIT);
    add(&mut numerals("ten"), WordClass::CARDINAL_TEN);
    add(&mut numerals("scale"), WordClass::SCALE);
    add(&mut numerals("ordinal"), WordClass::ORDINAL);
    add(
        &mut super::multiplicative_words(),
        WordClass::MULTIPLICATIVE,
    );
    add(
        &mut super::numbers::MINUS_SIGNS.iter().copied(),
        WordClass::MINUS,
    );
    add(
        &mut super::places::LOCATIVES.iter().copied(),
        WordClass::LOCATIVE,
    );
    add(
        &mut super::places::AREA_NOUNS.iter().copied(),
        WordClass::AREA_NOUN,
    );
    add(
        &mut super::places::COMPASS.iter().copied(),
        WordClass::COMPASS,
    );
    add(
        &mut super::places::COUNTRIES.iter().copied(),
        WordClass::COUNTRY,
    );
    add(
        &mut super::places::NOT_PLACES.iter().copied(),
        WordClass::NOT_PLACE,
    );
    add(&mut super::month_names(), WordClass::MONTH);
    add(&mut super::weekday_names(), WordClass::WEEKDAY);
    add(
        &mut super::places::ELSEWHERE_PREFIXES.iter().copied(),
        WordClass::ELSEWHERE_START,
    );
    add(&mut super::source_verbs(), WordClass::SOURCE_VERB);
    let denials = |role: &'static str| {
        super::verbs::DENIALS
            .iter()
            .filter(move |(_, r)| **r == role)
            .map(|(w, _)| *w)
    };
    add(&mut denials("verb"), WordClass::DENIAL_VERB);
    add(&mut denials("object"), WordClass::DENIAL_OBJECT);
    add(
        &mut super::time_words().chain(PREVIOUS_WORDS),
        WordClass::TIME_WORD,
    );
    add(&mut super::named_clock_words(), WordClass::CLOCK_NAMED);
    m
}

/// The classes of `word`, as the lists write it (lower case for most): one bit test, and one
/// lookup for a word whose shape a listed word has.
pub fn word_class(word: &str) -> WordClass {
    CLASSES.get(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon;

    #[test]
    fn every_bit_agrees_with_its_list() {
        let words = [
            "denied",
            "refuted",
            "claims",
            "reports",
            "that",
            "seven",
            "nil",
            "forty",
            "million",
            "hundred",
            "fourth",
            "tripled",
            "minus",
            "-",
            "in",
            "near",
            "region",
            "southern",
            "ukraine",
            "mr",
            "march",
            "jan",
            "monday",
            "elsewhere",
            "other",
            "said",
            "told",
            "the",
            "kyiv",
            "and",
            "",
            "Seven",
            "ago",
            "earlier",
            "prior",
            "midnight",
            "noon",
            "around",
        ];
        for w in words {
            let c = word_class(w);
            let pairs = [
                (
                    WordClass::CARDINAL_UNIT,
                    lexicon::cardinal_unit(w).is_some(),
                ),
                (WordClass::CARDINAL_TEN, lexicon::cardinal_ten(w).is_some()),
                (WordClass::SCALE, lexicon::scale_word(w).is_some()),
                (WordClass::ORDINAL, lexicon::ordinal_word(w).is_some()),
                (
                    WordClass::MULTIPLICATIVE,
                    lexicon::multiplicative(w).is_some(),
                ),
                (WordClass::MINUS, lexicon::is_minus_sign(w)),
                (WordClass::LOCATIVE, lexicon::is_locative(w)),
                (WordClass::AREA_NOUN, lexicon::is_area_noun(w)),
                (WordClass::COMPASS, lexicon::is_compass(w)),
                (WordClass::COUNTRY, lexicon::is_country(w)),
                (WordClass::NOT_PLACE, lexicon::is_not_place(w)),
                (WordClass::MONTH, lexicon::month(w).is_some()),
                (WordClass::WEEKDAY, lexicon::weekday(w).is_some()),
                (WordClass::ELSEWHERE_START, lexicon::is_elsewhere_prefix(w)),
                (WordClass::SOURCE_VERB, lexicon::is_source_verb(w)),
                (WordClass::DENIAL_VERB, lexicon::is_denial_verb(w)),
                (WordClass::DENIAL_OBJECT, lexicon::is_denial_object(w)),
                (
                    WordClass::TIME_WORD,
                    lexicon::time_words().any(|t| t == w) || PREVIOUS_WORDS.contains(&w),
                ),
                (
                    WordClass::CLOCK_NAMED,
                    matches!(lexicon::clock_word(w), Some(lexicon::ClockWord::Named(_))),
                ),
            ];
            for (bit, listed) in pairs {
                assert_eq!(c.has(bit), listed, "{w:?} {bit:?}");
            }
        }
    }
}
