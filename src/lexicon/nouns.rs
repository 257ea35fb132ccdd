//! Nouns: irregular plurals, words ending in "s" or "-is" that are their own singular, and
//! nouns that look like another part of speech ("family", "hundred", "attacks"); partitives
//! ("number of"), label nouns ("route 66") and street words. Role nouns are in `people.rs`,
//! area nouns in `places.rs`.

use std::sync::LazyLock;

use super::WordMap;
use super::load::{map, rows, word_list};

static IRREGULAR_NOUNS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("irregular_nouns.tsv"), |r| r.get(1)));

/// The singular of an irregular plural: "people" → person.
pub fn irregular_plural(word: &str) -> Option<&'static str> {
    IRREGULAR_NOUNS.get(word).copied()
}

static COMPOUND_PLURALS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows(include_str!("irregular_nouns.tsv"))
        .filter(|r| r.get(2) == "compound")
        .map(|r| (r.get(0), r.get(1)))
        .collect()
});

/// The singular of a compound written as one word that ends in an irregular plural:
/// "grandchildren" → grandchild, "townspeople" → townsperson.
pub fn compound_irregular_plural(word: &str) -> Option<String> {
    COMPOUND_PLURALS.iter().find_map(|(plural, singular)| {
        let stem = word.strip_suffix(plural).filter(|s| s.len() >= 3)?;
        Some(format!("{stem}{singular}"))
    })
}

word_list!(
    /// A word ending in "s" that is its own lemma: "crisis", "earnings", "this".
    INVARIANT_NOUNS,
    is_invariant_noun,
    "invariant_nouns.txt"
);

word_list!(
    /// A singular word ending in "-is" that is not a "-sis" noun: "tennis", "debris".
    SINGULAR_IS_NOUNS,
    is_singular_is_noun,
    "singular_is_nouns.txt"
);

word_list!(
    /// A counted noun that keeps the noun before it in its unit: "member" in "crew members".
    COMPOUND_HEADS,
    is_compound_head,
    "compound_heads.txt"
);

word_list!(
    /// A common adjective whose ending does not show it: "key", "new", "deep".
    PLAIN_ADJECTIVES,
    is_plain_adjective,
    "plain_adjectives.txt"
);

word_list!(
    /// A group noun that is not the counted thing before "of": "number", "group".
    PARTITIVES,
    is_partitive,
    "partitives.txt"
);

word_list!(
    /// A noun whose following digits are a label: "series", "route", "article".
    LABEL_NOUNS,
    is_label_noun,
    "label_nouns.txt"
);

word_list!(
    /// A street-type word, as written: "Street", "Road".
    STREET_WORDS,
    is_street_word,
    "street_words.txt"
);

word_list!(
    /// A word ending in "-ly" that is a noun, not an adverb: "family", "supply".
    LY_NOUNS,
    is_ly_noun,
    "ly_nouns.txt"
);

word_list!(
    /// A word ending in "-ed" that is not a past form: "hundred", "speed".
    ED_NOUNS,
    is_ed_noun,
    "ed_nouns.txt"
);

word_list!(
    /// A group noun without a plural "s": "crew", "staff", "police".
    COLLECTIVE_NOUNS,
    is_collective_noun,
    "collective_nouns.txt"
);

word_list!(
    /// A plural noun that is also a verb form: "attacks", "talks".
    PLURAL_NOUNS,
    is_plural_noun,
    "plural_nouns.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        // Touch every table so a malformed line fails here, not in the middle of a run.
        assert_eq!(irregular_plural("indices"), Some("index"));
    }

    #[test]
    fn compounds_of_an_irregular_plural() {
        assert_eq!(
            compound_irregular_plural("grandchildren").as_deref(),
            Some("grandchild")
        );
        assert_eq!(
            compound_irregular_plural("schoolchildren").as_deref(),
            Some("schoolchild")
        );
        assert_eq!(compound_irregular_plural("children"), None);
        assert_eq!(compound_irregular_plural("specimen"), None);
    }
}

word_list!(
    /// A noun after "per" or "a" that makes a figure a rate: "38 cents per share".
    RATE_DENOMINATORS,
    is_rate_denominator,
    "rate_denominators.txt"
);
