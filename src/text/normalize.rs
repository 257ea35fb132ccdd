//! Normalization: counted nouns to lemmas, names of people, places and organisations to one
//! identity key.
//!
//! Lemmas are rule-based (plural suffixes plus a short irregular list), which is enough for the
//! nouns news counts. Identity keys are plain lower-case strings: titles and honorifics are
//! dropped and a person is keyed by surname, so "Mr Zelensky", "Volodymyr Zelensky" and
//! "Zelensky" meet; spelling variants ("Zelenskyy") are joined to a key already seen when their
//! Jaro-Winkler similarity is high (`Identities`). The given name (`given_name`,
//! `same_given_name`) tells apart people who share a surname. Dates need no normalizing here:
//! the time extractor already resolves them to calendar days.

use std::collections::{BTreeMap, HashMap};

use crate::lexicon;

/// `word` in lower case, into `out` (cleared first, its buffer reused): an ASCII word is
/// copied and lowered in place, the same bytes as `to_lowercase` without a push per byte.
pub fn lower_into(out: &mut String, word: &str) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// `word` in lower case: the word itself when it is ASCII with no capital (most words of
/// prose, which then are not copied), else lowered into `buf` by [`lower_into`].
pub fn lowered<'a>(buf: &'a mut String, word: &'a str) -> &'a str {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return word;
    }
    lower_into(buf, word);
    buf
}

/// The longest word [`with_lower`] lowers on the stack.
const STACK_WORD: usize = 32;

/// `f` of `word` in lower case, for a lookup that keeps nothing of it: an ASCII word of up to
/// `STACK_WORD` bytes is lowered into a buffer on the stack (the same bytes as
/// `to_lowercase`), any other into a `String`. The abbreviation before each full stop and
/// each source's pronoun test were an allocation apiece.
#[inline]
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; STACK_WORD];
    if word.is_ascii()
        && let Some(lower) = buf.get_mut(..word.len())
    {
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&word.to_lowercase())
}

/// Singular lemma of an English noun, lower case.
pub fn noun_lemma(word: &str) -> String {
    let w = word.to_lowercase();
    if let Some(l) = lexicon::irregular_plural(&w) {
        return l.to_string();
    }
    if let Some(l) = lexicon::compound_irregular_plural(&w) {
        return l;
    }
    if lexicon::is_invariant_noun(&w) {
        return w;
    }
    if let Some(stem) = w.strip_suffix("ies")
        && stem.len() >= 2
    {
        return format!("{stem}y");
    }
    for suffix in ["sses", "shes", "ches", "xes", "zzes"] {
        if let Some(stem) = w.strip_suffix(suffix)
            && stem.len() >= 2
        {
            return format!("{stem}{}", &suffix[..suffix.len() - 2]);
        }
    }
    // "-sis" nouns are singular (crisis, analysis); other "-is" words are plurals of "-i"
    // nouns (Iraqis, taxis) unless listed.
    let singular_is = w.ends_with("sis") || lexicon::is_singular_is_noun(&w);
    if w.ends_with("ss") || w.ends_with("us") || singular_is || w.len() <= 3 {
        return w;
    }
    if let Some(stem) = w.strip_suffix('s') {
        return stem.to_string();
    }
    w
}

/// Identity key for a person: the surname, lower case, without honorifics or possessives.
pub fn person_key(name: &str) -> String {
    let cleaned = name.trim().trim_end_matches("’s").trim_end_matches("'s");
    let words: Vec<String> = cleaned
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !lexicon::is_dropped_before_name(w))
        .collect();
    words.last().cloned().unwrap_or_default()
}

/// The words of a person's name as written, lower case, without honorifics, titles, ranks or
/// possessives: "Dr. Erika McEntarfar" → ["erika", "mcentarfar"].
fn name_words(name: &str) -> Vec<String> {
    let cleaned = name.trim().trim_end_matches("’s").trim_end_matches("'s");
    cleaned
        .split(|c: char| c.is_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .filter(|w| {
            !w.is_empty()
                && !lexicon::is_dropped_before_name(w)
                && lexicon::rank_full_form(w).is_none()
        })
        .collect()
}

/// The given name of a person's name as written, lower case: "Mukesh Ambani" → "mukesh".
/// None for a surname alone or a title and a surname ("Mr Ambani"): those name nobody in
/// particular among people who share the surname.
pub fn given_name(name: &str) -> Option<String> {
    let words = name_words(name);
    (words.len() >= 2).then(|| words[0].clone())
}

/// Two given names that can be one person's: equal, an initial and a name it begins
/// ("J" and "John"), or spelling variants (Jaro-Winkler ≥ 0.9: "Volodymyr", "Wolodymyr" are
/// not, "Mohammad", "Mohammed" are). "Mukesh" and "Dhirubhai" are two people.
pub fn same_given_name(a: &str, b: &str) -> bool {
    let initial = |x: &str, y: &str| x.chars().count() == 1 && y.starts_with(x);
    a == b || initial(a, b) || initial(b, a) || strsim::jaro_winkler(a, b) >= 0.9
}

/// The surname of a person's name as written, keeping its case: "Dr. Erika McEntarfar" →
/// "McEntarfar". Used to show how each source spells a name.
pub fn surname_as_written(name: &str) -> Option<String> {
    let cleaned = name.trim().trim_end_matches("’s").trim_end_matches("'s");
    cleaned
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .rfind(|w| !w.is_empty())
        .map(str::to_string)
}

/// Identity key for a place or organisation: lower case, no leading article, no possessive.
/// Acronyms and their title-case spellings meet ("Nato" = "NATO").
pub fn name_key(name: &str) -> String {
    let cleaned = name.trim().trim_end_matches("’s").trim_end_matches("'s");
    let lower = cleaned.to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    // "u.s." is "us": initials are one name however they are dotted.
    let initials = lower.contains('.')
        && lower
            .split('.')
            .all(|part| part.chars().count() <= 1 && !part.contains(' '));
    if initials {
        return lower.replace('.', "");
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.join(" ")
}

/// Identity key for a holder of figures (a party, a team): "the Scottish National Party", "SNP"
/// and "Scottish National Party" meet as `nps`; "the Conservatives" and "Conservative Party" as
/// `conservative`; "Lib Dems" and "Liberal Democrats" as `dl`. A name of several words is its
/// initials (how such names are shortened) and an acronym its letters, both sorted (languages
/// order the initials differently: "New Popular Front" is "NFP"); a single word is its
/// singular; "party" after a single word is dropped.
pub fn holder_key(name: &str) -> String {
    // "National Rally and allies", "the Conservatives and their partners": the name with its
    // allies is the name's tally.
    let lower = name.to_lowercase();
    for tail in [
        " and allies",
        " and its allies",
        " and their allies",
        " and partners",
    ] {
        if lower.ends_with(tail) && name.is_char_boundary(name.len() - tail.len()) {
            return holder_key(&name[..name.len() - tail.len()]);
        }
    }
    // A list of holders ("Reform UK, the Greens and Plaid Cymru") is one key in any order.
    let parts: Vec<&str> = name
        .split([','])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1 {
        let mut keys: Vec<String> = parts.iter().map(|p| holder_key(p)).collect();
        keys.sort();
        keys.dedup();
        return keys.join("+");
    }
    let key = name_key(name);
    // "Mr Sunak" is Sunak: a courtesy title is never part of the name.
    let mut words: Vec<&str> = key
        .split(' ')
        .filter(|w| !w.is_empty())
        .skip_while(|w| crate::lexicon::is_courtesy_title(w.trim_end_matches('.')))
        .collect();
    if words.len() == 2 && words[1] == "party" {
        words.pop();
    }
    // A name of many words is keyed by its initials, and an acronym by its letters, both in
    // sorted order: "New Popular Front" is written "NFP" in French word order, "National
    // Rally" "RN".
    let sorted = |letters: Vec<char>| {
        let mut letters = letters;
        letters.sort_unstable();
        letters.into_iter().collect::<String>()
    };
    let acronym = |w: &str| {
        let n = w.chars().count();
        (2..=5).contains(&n) && name.trim().chars().all(|c| c.is_uppercase())
    };
    match words.as_slice() {
        [] => String::new(),
        [one] if acronym(one) => sorted(one.chars().collect()),
        [one] => noun_lemma(one),
        many => sorted(many.iter().filter_map(|w| w.chars().next()).collect()),
    }
}

/// Joins spelling variants of keys seen across a corpus to one canonical spelling.
///
/// Keys are offered in a stable order; a new key within `threshold` Jaro-Winkler similarity of
/// a known one of the same first letter becomes an alias of it. Explicit aliases (from config)
/// are applied first and always win.
///
/// Known keys are filed by (first character, byte length), so a new key meets only the known
/// ones of its letter within two bytes of its length (the only ones it may join), not every
/// name seen so far; and each carries a histogram of its characters, whose overlap with the
/// new key's bounds the Jaro matches from above, so most of them are ruled out without the
/// Jaro-Winkler pass. At 100,000 articles the scan of all known names was quadratic in
/// distinct names and the largest serial step of the people pass.
#[derive(Debug, Clone)]
pub struct Identities {
    canonical: BTreeMap<String, String>,
    /// Known canonical keys in the order they were learnt, with their character histograms.
    known: Vec<(String, Histogram)>,
    /// (first character, byte length) → indices into `known`, ascending.
    by_start: HashMap<(Option<char>, usize), Vec<usize>>,
    threshold: f64,
}

/// How often each character occurs in a key, characters folded into 32 classes (the letters
/// a–z each their own): the sum of the classes' minima is at least the characters two keys
/// have in common, so an upper bound on Jaro's matches.
#[derive(Debug, Clone, Copy)]
struct Histogram {
    counts: [u8; 32],
    chars: usize,
}

impl Histogram {
    fn of(key: &str) -> Histogram {
        let mut counts = [0u8; 32];
        let mut chars = 0;
        for c in key.chars() {
            let k = c as usize % 32;
            counts[k] = counts[k].saturating_add(1);
            chars += 1;
        }
        Histogram { counts, chars }
    }

    /// An upper bound on `strsim::jaro_winkler` of the two keys: Jaro is at most
    /// (m/|a| + m/|b| + 1)/3 for m matches, and the prefix bonus (at most four characters,
    /// 0.1 each) at most 0.4 of what is left. A saturated count only over-counts `common`.
    fn jaro_winkler_bound(&self, other: &Histogram) -> f64 {
        if self.chars == 0 || other.chars == 0 {
            return 1.0;
        }
        let common: usize = self
            .counts
            .iter()
            .zip(&other.counts)
            .map(|(&a, &b)| usize::from(a.min(b)))
            .sum();
        let m = common.min(self.chars).min(other.chars) as f64;
        let jaro = (m / self.chars as f64 + m / other.chars as f64 + 1.0) / 3.0;
        jaro + 0.4 * (1.0 - jaro)
    }
}

impl Default for Identities {
    fn default() -> Self {
        Identities::new(0.93)
    }
}

impl Identities {
    pub fn new(threshold: f64) -> Self {
        Identities {
            canonical: BTreeMap::new(),
            known: Vec::new(),
            by_start: HashMap::new(),
            threshold,
        }
    }

    /// Declare `alias` to be the same identity as `target`.
    pub fn alias(&mut self, alias: &str, target: &str) {
        let target = self.resolve(target);
        self.canonical.insert(alias.to_lowercase(), target);
    }

    /// The canonical key for `key`, learning it if new.
    pub fn resolve(&mut self, key: &str) -> String {
        let key = key.to_lowercase();
        if let Some(c) = self.canonical.get(&key) {
            return c.clone();
        }
        let first = key.chars().next();
        let histogram = Histogram::of(&key);
        // The best known key at or above the threshold; of equal scores the one learnt last
        // (as a `max_by` over all known keys in order gave).
        let mut best: Option<(f64, usize)> = None;
        for len in key.len().saturating_sub(2)..=key.len() + 2 {
            let Some(ids) = self.by_start.get(&(first, len)) else {
                continue;
            };
            for &i in ids {
                let (k, h) = &self.known[i];
                // A margin for rounding: only keys surely below the threshold are skipped.
                if h.jaro_winkler_bound(&histogram) < self.threshold - 1e-9 {
                    continue;
                }
                let s = strsim::jaro_winkler(k, &key);
                if s >= self.threshold && best.is_none_or(|(b, j)| s > b || (s == b && i > j)) {
                    best = Some((s, i));
                }
            }
        }
        let canonical = match best {
            Some((_, i)) => self.known[i].0.clone(),
            None => {
                self.by_start
                    .entry((first, key.len()))
                    .or_default()
                    .push(self.known.len());
                self.known.push((key.clone(), histogram));
                key.clone()
            }
        };
        self.canonical.insert(key, canonical.clone());
        canonical
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowered_is_to_lowercase() {
        let mut buf = String::new();
        for w in [
            "",
            "mr",
            "MR",
            "already",
            "g8",
            "G8",
            "İstanbul",
            "école",
            "Straße",
            "x²",
        ] {
            assert_eq!(lowered(&mut buf, w), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn with_lower_is_to_lowercase() {
        let long = "A".repeat(STACK_WORD + 1);
        for w in [
            "",
            "Mr",
            "MR",
            "already",
            "Gen.",
            "İstanbul",
            "ÉCOLE",
            "Straße",
            &long,
        ] {
            assert_eq!(with_lower(w, str::to_string), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn lemmas_of_counted_nouns() {
        for (word, lemma) in [
            ("drones", "drone"),
            ("missiles", "missile"),
            ("people", "person"),
            ("casualties", "casualty"),
            ("churches", "church"),
            ("boxes", "box"),
            ("series", "series"),
            ("crisis", "crisis"),
            ("Children", "child"),
            ("points", "point"),
        ] {
            assert_eq!(noun_lemma(word), lemma, "{word}");
        }
    }

    #[test]
    fn people_meet_by_surname() {
        assert_eq!(person_key("Mr Zelensky"), "zelensky");
        assert_eq!(person_key("Volodymyr Zelensky"), "zelensky");
        assert_eq!(person_key("Zelensky’s"), "zelensky");
        assert_eq!(person_key("Prime Minister Sir Keir Starmer"), "starmer");
    }

    #[test]
    fn spelling_variants_join_a_known_identity() {
        let mut ids = Identities::default();
        assert_eq!(ids.resolve("zelensky"), "zelensky");
        assert_eq!(ids.resolve("zelenskyy"), "zelensky");
        assert_eq!(ids.resolve("zelenskiy"), "zelensky");
        assert_eq!(ids.resolve("putin"), "putin");
        // Different people with similar short names stay apart.
        assert_eq!(ids.resolve("rubio"), "rubio");
        assert_eq!(ids.resolve("rubin"), "rubin");
    }

    #[test]
    fn given_names_tell_people_of_one_surname_apart() {
        assert_eq!(given_name("Mukesh Ambani").as_deref(), Some("mukesh"));
        assert_eq!(given_name("Mr Ambani"), None);
        assert_eq!(given_name("Ambani"), None);
        assert_eq!(
            given_name("Lt. Gen. Ahmed Sharif Chaudhry").as_deref(),
            Some("ahmed")
        );
        assert_eq!(
            given_name("Dr. Erika McEntarfar’s").as_deref(),
            Some("erika")
        );
        assert!(!same_given_name("mukesh", "dhirubhai"));
        assert!(same_given_name("j", "john"));
        assert!(same_given_name("mohammad", "mohammed"));
        assert_eq!(
            surname_as_written("Dr. Erika McEntarfar,").as_deref(),
            Some("McEntarfar")
        );
    }

    #[test]
    fn organisation_keys_ignore_case_and_article() {
        assert_eq!(name_key("Nato"), name_key("NATO"));
        assert_eq!(name_key("the Kremlin"), "kremlin");
        assert_eq!(name_key("the U.S."), "us");
        assert_eq!(holder_key("the Scottish National Party"), holder_key("SNP"));
        assert_eq!(
            holder_key("Conservative Party"),
            holder_key("the Conservatives")
        );
        assert_eq!(holder_key("Lib Dems"), holder_key("Liberal Democrats"));
        // With its allies, a party's tally is the party's.
        assert_eq!(
            holder_key("National Rally and allies"),
            holder_key("National Rally")
        );
        assert_eq!(
            holder_key("Les Républicains and allies"),
            holder_key("Les Républicains")
        );
        assert_eq!(holder_key("New Popular Front"), holder_key("NFP"));
        assert_eq!(holder_key("National Rally"), holder_key("RN"));
        assert_ne!(holder_key("Ensemble"), holder_key("EN"));
        assert_eq!(holder_key("Mr Sunak"), holder_key("Sunak"));
        assert_eq!(
            holder_key("Dr. Erika McEntarfer"),
            holder_key("Erika McEntarfer")
        );
        // A list of holders is one key in any order.
        assert_eq!(
            holder_key("Reform UK , the Greens and Plaid Cymru"),
            holder_key("Plaid Cymru, Reform UK and the Greens")
        );
        assert_ne!(
            holder_key("Reform UK and the Greens"),
            holder_key("Reform UK")
        );
        assert_ne!(holder_key("Labour"), holder_key("the Conservatives"));
        assert_eq!(name_key("St. Louis"), "st. louis");
    }
}
