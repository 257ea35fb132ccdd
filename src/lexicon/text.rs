//! Words the text layer reads: abbreviations that end with a full stop without ending a
//! sentence, and the function words left out of a sentence's content words.

use super::load::word_list;

word_list!(
    /// An abbreviation that ends with a full stop without ending a sentence: "mr", "u.s".
    ABBREVIATIONS,
    is_abbreviation,
    "abbreviations.txt"
);

word_list!(
    /// A function word left out of a sentence's content words: "the", "said".
    CONTENT_STOP_WORDS,
    is_content_stop_word,
    "content_stop_words.txt"
);

static SPELLING_VARIANTS: std::sync::LazyLock<super::WordMap<&'static str>> =
    std::sync::LazyLock::new(|| {
        super::load::map(include_str!("spelling_variants.tsv"), |r| r.get(1))
    });

/// The American spelling of a British one, lower case: "tyres" → "tires", "colour" → "color".
pub fn american_spelling(word: &str) -> Option<&'static str> {
    SPELLING_VARIANTS.get(word).copied()
}

word_list!(
    /// A word that makes a claim a record: "first", "highest", "deadliest".
    RECORD_WORDS,
    is_record_word,
    "record_words.txt"
);
