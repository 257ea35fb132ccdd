//! People, roles and sources: role nouns and the words that end a role, honorifics and titles
//! (each tagged with its uses: dropped before a surname, courtesy, a title before a name, a
//! person's marker), and the words around a source: pronouns, the words opening its clause,
//! adverbs dropped from its end, the capitalized words kept in a role. The reporting verbs
//! themselves are in `verbs.rs`.

use std::sync::LazyLock;

use super::load::{Row, entries, map, set, word_list};
use super::{WordMap, WordSet};

static ROLE_NOUNS: LazyLock<WordSet> = LazyLock::new(|| set(include_str!("role_nouns.txt")));

/// A noun that ends a role or title: "adviser", "secretary".
pub fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.contains(word)
}

/// Every role noun.
pub fn role_nouns() -> impl Iterator<Item = &'static str> {
    ROLE_NOUNS.iter().copied()
}

word_list!(
    /// A word that ends a role read leftwards from its role noun: "with", "said".
    ROLE_STOP_WORDS,
    is_role_stop_word,
    "role_stop_words.txt"
);

word_list!(
    /// A post of which there is one ("prime minister", "chief executive"), as a normalized
    /// role.
    FIXED_TITLES,
    is_fixed_title,
    "fixed_titles.txt"
);

word_list!(
    /// A role noun that names no post of its own ("leader", "head"): alone it describes any
    /// post of someone at the top.
    GENERIC_ROLES,
    is_generic_role,
    "generic_roles.txt"
);

static HONORIFICS: LazyLock<WordMap<Row>> =
    LazyLock::new(|| map(include_str!("honorifics.tsv"), |r| Row(r.0.clone())));

fn honorific_tagged(word: &str, tag: &str) -> bool {
    HONORIFICS.get(word).is_some_and(|r| r.tagged(1, tag))
}

/// A title or honorific dropped before keying a person by surname: "mr", "prime", "sir".
pub fn is_dropped_before_name(word: &str) -> bool {
    honorific_tagged(word, "key")
}

/// A courtesy title, never part of a name: "mr", "dr".
pub fn is_courtesy_title(word: &str) -> bool {
    honorific_tagged(word, "courtesy")
}

/// A title after which a capitalized name is a person: "mr", "president".
pub fn is_person_title(word: &str) -> bool {
    honorific_tagged(word, "title")
}

/// A title that, as a source's first word, makes the source a person (lower case: "mr").
pub fn is_person_marker(word: &str) -> bool {
    honorific_tagged(word, "person")
}

word_list!(
    /// A pronoun source to resolve against the previous named one: "he", "they".
    PRONOUNS,
    is_pronoun,
    "pronouns.txt"
);

word_list!(
    /// A word opening the clause before a reporting verb, not part of the source: "and", "as".
    SOURCE_OPENERS,
    is_source_opener,
    "source_openers.txt"
);

static SOURCE_ADVERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("source_adverbs.txt")).collect());

/// Adverbs dropped from the end of a source, in the order they are tried.
pub fn source_adverbs() -> &'static [&'static str] {
    &SOURCE_ADVERBS
}

word_list!(
    /// A capitalized word, as written, kept in a role compared across articles: "President".
    ROLE_TITLE_WORDS,
    is_role_title_word,
    "role_title_words.txt"
);

static RANKS: LazyLock<WordMap<Row>> =
    LazyLock::new(|| map(include_str!("ranks.tsv"), |r| Row(r.0.clone())));

/// The full form of a rank word (lower case, no full stop): "lt" → "lieutenant".
pub fn rank_full_form(word: &str) -> Option<&'static str> {
    RANKS.get(word).map(|r| r.get(1))
}

/// A rank word that can end a rank: "general", "gen", "colonel".
pub fn is_rank_head(word: &str) -> bool {
    RANKS.get(word).is_some_and(|r| r.tagged(2, "head"))
}

static ROLE_SYNONYMS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("role_synonyms.tsv"), |r| r.get(1)));

/// The form a role noun is compared in: "spokesman" → "spokesperson"; itself if none.
pub fn role_noun_form(word: &str) -> &str {
    ROLE_SYNONYMS.get(word).copied().unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        // Touch every table so a malformed line fails here, not in the middle of a run.
        assert!(is_source_opener("although"));
    }

    #[test]
    fn honorific_uses() {
        assert!(is_dropped_before_name("prime") && !is_courtesy_title("prime"));
        assert!(is_courtesy_title("dr") && is_person_title("dr") && is_person_marker("dr"));
        assert!(is_person_title("president") && !is_person_marker("president"));
        assert!(is_person_marker("sir") && !is_courtesy_title("sir"));
    }
}
