//! Units: currencies (symbols before a number with the country prefixes glued to them, words
//! and ISO codes after it, each with its multiplier) and measures (to their full names, with
//! the short forms that are more often something else). The scale words that multiply a
//! figure ("million", "bn") are in `numbers.rs`.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::load::{map, rows, word_list};
use super::{WordHasher, WordMap, WordSet};

/// Symbol and prefix to currency, hashed as words are: every punctuation token of a sentence
/// with a figure asks it, and SipHash cost more than the rest of the question.
static CURRENCY_SYMBOLS: LazyLock<
    HashMap<(&'static str, &'static str), &'static str, BuildHasherDefault<WordHasher>>,
> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for r in rows(include_str!("currency_symbols.tsv")) {
        m.entry((r.get(0), r.get(1))).or_insert(r.get(2));
    }
    m
});

static CURRENCY_PREFIXES: LazyLock<WordSet> = LazyLock::new(|| {
    CURRENCY_SYMBOLS
        .keys()
        .map(|&(_, p)| p)
        .filter(|&p| p != "*")
        .collect()
});

/// The currency of a symbol before a number, given the lower-case letters glued before it
/// ("US" in "US$5"). A prefix the symbol does not list reads as no prefix.
pub fn currency_symbol(symbol: &str, prefix: Option<&str>) -> Option<&'static str> {
    prefix
        .and_then(|p| CURRENCY_SYMBOLS.get(&(symbol, p)))
        .or_else(|| CURRENCY_SYMBOLS.get(&(symbol, "*")))
        .copied()
}

/// A country marker glued before a currency symbol: "us", "a", "hk".
pub fn is_currency_prefix(word: &str) -> bool {
    CURRENCY_PREFIXES.contains(word)
}

static CURRENCY_WORDS: LazyLock<WordMap<(&'static str, f64)>> =
    LazyLock::new(|| map(include_str!("currency_words.tsv"), |r| (r.get(1), r.num(2))));

/// A currency word after a number, with its multiplier: "pence" → (GBP, 0.01).
pub fn currency_word(word: &str) -> Option<(&'static str, f64)> {
    CURRENCY_WORDS.get(word).copied()
}

word_list!(
    /// A currency whose hundredth is a cent: "USD", "AUD", "EUR".
    CENT_CURRENCIES,
    has_cents,
    "cent_currencies.txt"
);

static CURRENCY_LETTERS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("currency_letters.tsv"), |r| r.get(1)));

/// Letters that name a currency before a number, as written: "RM" → MYR, "Rs" → INR.
pub fn currency_letters(word: &str) -> Option<&'static str> {
    CURRENCY_LETTERS.get(word).copied()
}

static CURRENCY_CODES: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("currency_codes.tsv"), |r| r.get(1)));

/// An ISO currency code written as a word: "usd" → USD.
pub fn currency_code(word: &str) -> Option<&'static str> {
    CURRENCY_CODES.get(word).copied()
}

/// A measure's full name and how its written form may be read: `""` anywhere, `"ambiguous"`
/// never right after a number, `"glued"` only glued to digits ("1.5l", but not "5 l").
static MEASURES: LazyLock<WordMap<(&'static str, &'static str)>> =
    LazyLock::new(|| map(include_str!("measures.tsv"), |r| (r.get(1), r.get(2))));

/// A measure as written to its full singular name: "km" → kilometre.
pub fn measure(word: &str) -> Option<&'static str> {
    MEASURES.get(word).map(|&(name, _)| name)
}

/// A measure's short form that is more often something else right after a number ("m", "in"),
/// or that is a measure only glued to digits ("l").
pub fn is_ambiguous_measure(word: &str) -> bool {
    MEASURES
        .get(word)
        .is_some_and(|&(_, how)| how == "ambiguous" || how == "glued")
}

/// A short form that is a measure when glued to digits: "1.5l" is litres.
pub fn is_glued_measure(word: &str) -> bool {
    MEASURES.get(word).is_some_and(|&(_, how)| how == "glued")
}

/// Race distances in metres and the words after a distance that make it a race
/// (`race_words.tsv`).
static RACES: LazyLock<(Vec<f64>, WordSet)> = LazyLock::new(|| {
    let mut distances = Vec::new();
    let mut words = WordSet::default();
    for r in rows(include_str!("race_words.tsv")) {
        match r.get(0) {
            "distance" => distances.push(r.num(1)),
            _ => {
                words.insert(r.get(1));
            }
        }
    }
    (distances, words)
});

/// A race distance in metres: 60, 100, 1500.
pub fn is_race_distance(metres: f64) -> bool {
    RACES.0.contains(&metres)
}

/// A word after a distance that makes it a race: "hurdles", "title", "final".
pub fn is_race_word(word: &str) -> bool {
    RACES.1.contains(word)
}

static DEGREE_SCALES: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("degree_scales.tsv"), |r| r.get(1)));

/// The temperature scale a word after a degree names: "Celsius", "C" → degree Celsius.
pub fn degree_scale(word: &str) -> Option<&'static str> {
    DEGREE_SCALES.get(word).copied()
}

/// Named scales (`scales.tsv`): (scale, words before the figure), (scale, words after it).
struct Scales {
    before: Vec<(&'static str, Vec<&'static str>)>,
    after: Vec<(&'static str, Vec<&'static str>)>,
    nouns: Vec<(&'static str, &'static str)>,
}

static SCALES: LazyLock<Scales> = LazyLock::new(|| {
    let mut s = Scales {
        before: Vec::new(),
        after: Vec::new(),
        nouns: Vec::new(),
    };
    for r in rows(include_str!("scales.tsv")) {
        let words: Vec<&'static str> = r.words(2).collect();
        match r.get(1) {
            "before" => s.before.push((r.get(0), words)),
            "after" => s.after.push((r.get(0), words)),
            "noun" => s.nouns.push((r.get(0), r.get(2))),
            other => panic!("lexicon: scales.tsv side {other:?} in {:?}", r.0),
        }
    }
    // Longest phrases first, so "magnitude of" wins over "magnitude".
    s.before.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    s.after.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    s
});

/// A named scale: "magnitude".
pub fn is_scale(name: &str) -> bool {
    SCALES
        .before
        .iter()
        .chain(SCALES.after.iter())
        .any(|(n, _)| *n == name)
}

/// The scale named by the lower-case words right before a figure (`before`, nearest last) or
/// right after it (`after`): "magnitude of" 6.8, 7 "on the richter scale".
pub fn scale_around(before: &[&str], after: &[&str]) -> Option<&'static str> {
    SCALES
        .before
        .iter()
        .find(|(_, w)| before.ends_with(w))
        .or_else(|| SCALES.after.iter().find(|(_, w)| after.starts_with(w)))
        .map(|(name, _)| *name)
}

/// The scale a singular noun is read on when a figure stands right before it: "earthquake" →
/// magnitude ("a 6.8 earthquake").
pub fn scale_noun(word: &str) -> Option<&'static str> {
    SCALES
        .nouns
        .iter()
        .find(|(_, n)| *n == word)
        .map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        // Touch every table so a malformed line fails here, not in the middle of a run.
        assert_eq!(currency_word("cents"), Some(("USD", 0.01)));
        assert_eq!(currency_code("rmb"), Some("CNY"));
    }

    #[test]
    fn currency_prefixes_fall_back_to_the_symbol() {
        assert_eq!(currency_symbol("$", Some("hk")), Some("HKD"));
        assert_eq!(currency_symbol("$", Some("zz")), Some("USD"));
        assert_eq!(currency_symbol("$", None), Some("USD"));
        assert_eq!(currency_symbol("£", Some("us")), Some("GBP"));
        assert_eq!(currency_symbol("#", None), None);
        assert!(is_currency_prefix("nz") && !is_currency_prefix("*"));
    }

    #[test]
    fn ambiguous_measures_are_still_measures() {
        assert_eq!(measure("m"), Some("metre"));
        assert!(is_ambiguous_measure("m") && is_ambiguous_measure("ha"));
        assert!(!is_ambiguous_measure("km") && !is_ambiguous_measure("drones"));
    }
}
