//! Number words: spelled numerals (units, tens, scales, ordinals), scale suffixes after digits
//! ("600m"), ordinal suffixes ("4th"), fraction denominators ("thirds") and vague numbers
//! ("dozens"). The words around a figure (hedges, cues) are in `figures.rs`; units and
//! currencies in `units.rs`.

use std::sync::LazyLock;

use super::load::{map, rows, set, word_list};
use super::{WordMap, WordSet};

/// One class of numerals: its words in file order, and the same words for lookup.
#[derive(Default)]
struct Class {
    ordered: Vec<(&'static str, f64)>,
    lookup: WordMap<f64>,
}

/// The numeral classes, each its own table: a lookup is one hash of the word, not also one of
/// the class name.
#[derive(Default)]
struct Numerals {
    unit: Class,
    ten: Class,
    scale: Class,
    ordinal: Class,
}

impl Numerals {
    fn class(&self, name: &str) -> Option<&Class> {
        match name {
            "unit" => Some(&self.unit),
            "ten" => Some(&self.ten),
            "scale" => Some(&self.scale),
            "ordinal" => Some(&self.ordinal),
            _ => None,
        }
    }
}

static NUMERALS: LazyLock<Numerals> = LazyLock::new(|| {
    let mut n = Numerals::default();
    for row in rows(include_str!("numerals.tsv")) {
        let (word, class, value) = (row.get(0), row.get(1), row.num(2));
        let c = match class {
            "unit" => &mut n.unit,
            "ten" => &mut n.ten,
            "scale" => &mut n.scale,
            "ordinal" => &mut n.ordinal,
            other => panic!("lexicon: numerals.tsv has an unknown class {other:?}"),
        };
        c.ordered.push((word, value));
        c.lookup.entry(word).or_insert(value);
    }
    n
});

fn numeral(class: &str, word: &str) -> Option<f64> {
    NUMERALS.class(class)?.lookup.get(word).copied()
}

pub(super) fn numerals_in_order(class: &str) -> &'static [(&'static str, f64)] {
    NUMERALS.class(class).map_or(&[], |c| c.ordered.as_slice())
}

/// A spelled cardinal below twenty: "seven" → 7.
pub fn cardinal_unit(word: &str) -> Option<f64> {
    numeral("unit", word)
}

/// A spelled ten: "forty" → 40.
pub fn cardinal_ten(word: &str) -> Option<f64> {
    numeral("ten", word)
}

/// A spelled scale word: "million" → 1e6.
pub fn scale_word(word: &str) -> Option<f64> {
    numeral("scale", word)
}

/// A spelled ordinal: "fourth" → 4.
pub fn ordinal_word(word: &str) -> Option<f64> {
    numeral("ordinal", word)
}

/// The spelled cardinals below twenty in value order ("zero", "nil", "one", ...).
pub fn cardinal_units_in_order() -> &'static [(&'static str, f64)] {
    numerals_in_order("unit")
}

/// The spelled tens in value order ("twenty", "thirty", ...).
pub fn cardinal_tens_in_order() -> &'static [(&'static str, f64)] {
    numerals_in_order("ten")
}

/// Every spelled numeral word: units, tens, scales and ordinals.
pub fn spelled_numerals() -> impl Iterator<Item = &'static str> {
    ["unit", "ten", "scale", "ordinal"]
        .into_iter()
        .flat_map(|c| numerals_in_order(c).iter().map(|(w, _)| *w))
}

static SCALE_SUFFIXES: LazyLock<WordMap<f64>> =
    LazyLock::new(|| map(include_str!("scale_suffixes.tsv"), |r| r.num(1)));

/// A scale suffix after digits: "m" (in "600m") → 1e6.
pub fn scale_suffix(word: &str) -> Option<f64> {
    SCALE_SUFFIXES.get(word).copied()
}

word_list!(
    /// A digit ordinal suffix: "st" in "1st", "th" in "4th".
    ORDINAL_SUFFIXES,
    is_ordinal_suffix,
    "ordinal_suffixes.txt"
);

static VAGUE_NUMBERS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("vague_numbers.txt")));

/// A word, in lower case, that makes a vague figure: "dozens", "several".
pub fn is_vague_number(word: &str) -> bool {
    VAGUE_NUMBERS.contains(word)
}

/// Words besides spelled numerals that can start or make a figure ("dozens", "several").
pub fn vague_numbers() -> impl Iterator<Item = &'static str> {
    VAGUE_NUMBERS.iter().copied()
}

static FRACTIONS: LazyLock<WordMap<(f64, bool)>> = LazyLock::new(|| {
    map(include_str!("fractions.tsv"), |r| {
        (r.num(1), r.get(2) == "of")
    })
});

/// A fraction's denominator word: "thirds" → 3.
pub fn fraction_denominator(word: &str) -> Option<f64> {
    FRACTIONS.get(word).map(|&(d, _)| d)
}

/// A denominator that makes a fraction only before "of", even in the plural: "quarters".
pub fn fraction_needs_of(word: &str) -> bool {
    FRACTIONS.get(word).is_some_and(|&(_, of)| of)
}

static VULGAR_FRACTIONS: LazyLock<WordMap<f64>> =
    LazyLock::new(|| map(include_str!("vulgar_fractions.tsv"), |r| r.num(1)));

/// A fraction character's value: "¾" → 0.75.
pub fn vulgar_fraction(text: &str) -> Option<f64> {
    VULGAR_FRACTIONS.get(text).copied()
}

/// How a multiplicative word says its factor (`multiplicatives.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Multiplicative {
    /// "fourfold": the word is the figure.
    Adjective,
    /// "fold" after digits and a dash: "10-fold".
    Suffix,
    /// "tripled": the verb is the figure, a change.
    Verb,
}

static MULTIPLICATIVES: LazyLock<WordMap<(f64, Multiplicative)>> = LazyLock::new(|| {
    map(include_str!("multiplicatives.tsv"), |r| {
        let role = match r.get(2) {
            "verb" => Multiplicative::Verb,
            "suffix" => Multiplicative::Suffix,
            _ => Multiplicative::Adjective,
        };
        (r.num(1), role)
    })
});

/// A word that multiplies a level, its factor and how it says it: "tripled" → 3, a verb.
pub fn multiplicative(word: &str) -> Option<(f64, Multiplicative)> {
    MULTIPLICATIVES.get(word).copied()
}

/// The multiplicative words (cues that a sentence may hold a figure).
pub fn multiplicative_words() -> impl Iterator<Item = &'static str> {
    MULTIPLICATIVES.keys().copied()
}

word_list!(
    /// A sign or word that makes the number after it negative: "-", "−", "minus".
    MINUS_SIGNS,
    is_minus_sign,
    "minus_signs.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        // Touch every table so a malformed line fails here, not in the middle of a run.
        assert_eq!(cardinal_units_in_order()[0], ("zero", 0.0));
        assert_eq!(cardinal_tens_in_order()[0], ("twenty", 20.0));
        assert_eq!(scale_word("million"), Some(1e6));
        assert_eq!(ordinal_word("millionth"), Some(1e6));
        assert_eq!(scale_suffix("bn"), Some(1e9));
        assert!(is_ordinal_suffix("nd"));
        assert_eq!(fraction_denominator("quarters"), Some(4.0));
    }
}
