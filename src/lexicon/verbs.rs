//! Verbs: reporting verbs (attribution, and the forms after which a time is the report's),
//! every verb form to its lemma (regular inflections generated from `verbs.txt` and the
//! reporting lemmas, irregular forms, "be") and past forms, phrasal particles, and the words
//! that find and qualify a figure's predicate: clause breaks and connectives, the words that
//! may stand between a figure and its verb, weak, modal and human verbs, negations, denials,
//! and the classes that group predicates ("die" with "kill"). "Over" as a particle after a
//! figure's hedge is in `figures.rs`; reporting's sources (pronouns, openers) in `people.rs`.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use super::load::{entries, map, rows, word_list};
use super::{WordHasher, WordMap, WordSet};

// ---------------------------------------------------------------------------------------------
// Reporting verbs.

struct Reporting {
    lemmas: Vec<&'static str>,
    lemma_set: WordSet,
    source_forms: WordSet,
    report_time_forms: WordSet,
    amount_lemmas: WordSet,
}

static REPORTING: LazyLock<Reporting> = LazyLock::new(|| {
    let mut r = Reporting {
        lemmas: Vec::new(),
        lemma_set: WordSet::default(),
        source_forms: WordSet::default(),
        report_time_forms: WordSet::default(),
        amount_lemmas: WordSet::default(),
    };
    for row in rows(include_str!("reporting_verbs.tsv")) {
        r.lemmas.push(row.get(0));
        r.lemma_set.insert(row.get(0));
        r.source_forms.extend(row.words(1));
        r.report_time_forms.extend(row.words(2));
        if row.get(3) == "amount" {
            r.amount_lemmas.insert(row.get(0));
        }
    }
    r
});

/// A reporting verb's lemma ("say", "tell"): attribution, never a figure's predicate.
pub fn is_reporting_lemma(lemma: &str) -> bool {
    REPORTING.lemma_set.contains(lemma)
}

/// A reporting verb that takes a figure as its object: "employers added 74,000 jobs", "the
/// ministry confirmed 99 deaths". Right before a figure it is the figure's predicate.
pub fn reporting_takes_amount(lemma: &str) -> bool {
    REPORTING.amount_lemmas.contains(lemma)
}

/// A reporting verb form, as written in lower case, that names a source: "said", "told".
pub fn is_source_verb(form: &str) -> bool {
    REPORTING.source_forms.contains(form)
}

/// Every reporting verb form that names a source.
pub fn source_verbs() -> impl Iterator<Item = &'static str> {
    REPORTING.source_forms.iter().copied()
}

/// A reporting verb form after which a time is the time of the report: "said Tuesday".
pub fn is_report_time_verb(form: &str) -> bool {
    REPORTING.report_time_forms.contains(form)
}

// ---------------------------------------------------------------------------------------------
// Verbs and predicates.

static IRREGULAR_VERBS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows(include_str!("irregular_verbs.tsv"))
        .map(|r| (r.get(0), r.get(1)))
        .collect()
});

/// Every irregular form with its lemma ("rose" → rise), as `irregular_verbs.tsv` lists them.
pub(super) fn irregular_verbs() -> &'static [(&'static str, &'static str)] {
    &IRREGULAR_VERBS
}

/// Irregular forms that differ from their lemma: read as past forms.
static IRREGULAR_PAST: LazyLock<WordSet> = LazyLock::new(|| {
    IRREGULAR_VERBS
        .iter()
        .filter(|(f, l)| f != l)
        .map(|&(f, _)| f)
        .collect()
});

/// Every verb form the lexicon knows, to its lemma: the regular inflections of the verb
/// lemmas, then of the reporting lemmas (a form generated twice keeps the first lemma), then
/// the irregular forms and the forms of "be", which override.
static FORMS: LazyLock<HashMap<String, &'static str, BuildHasherDefault<WordHasher>>> =
    LazyLock::new(|| {
        let mut m = HashMap::default();
        let verbs = entries(include_str!("verbs.txt"));
        for lemma in verbs.chain(REPORTING.lemmas.iter().copied()) {
            for form in inflections(lemma) {
                m.entry(form).or_insert(lemma);
            }
        }
        for &(form, lemma) in IRREGULAR_VERBS.iter() {
            m.insert(form.to_string(), lemma);
        }
        for be in entries(include_str!("be_forms.txt")) {
            m.insert(be.to_string(), "be");
        }
        m
    });

/// The regular inflections of a verb lemma: "-s"/"-es"/"-ies", "-ed"/"-d"/"-ied", "-ing", and
/// a doubled final consonant for short consonant-vowel-consonant lemmas ("dropped").
pub(super) fn inflections(lemma: &str) -> Vec<String> {
    let mut v = vec![lemma.to_string()];
    let consonant_y = lemma.ends_with('y')
        && !lemma.ends_with("ay")
        && !lemma.ends_with("ey")
        && !lemma.ends_with("oy");
    let stem_ies = || format!("{}ies", &lemma[..lemma.len() - 1]);
    let stem_ied = || format!("{}ied", &lemma[..lemma.len() - 1]);
    if consonant_y {
        v.push(stem_ies());
        v.push(stem_ied());
    } else if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
        || lemma.ends_with('o')
    {
        v.push(format!("{lemma}es"));
    } else {
        v.push(format!("{lemma}s"));
    }
    if let Some(stem) = lemma.strip_suffix('e') {
        v.push(format!("{lemma}d"));
        v.push(format!("{stem}ing"));
    } else if !consonant_y {
        let b = lemma.as_bytes();
        let n = b.len();
        let cvc = n >= 3
            && !is_vowel(b[n - 1])
            && is_vowel(b[n - 2])
            && !is_vowel(b[n - 3])
            && !matches!(b[n - 1], b'w' | b'x' | b'y')
            && n <= 4;
        if cvc {
            let last = b[n - 1] as char;
            v.push(format!("{lemma}{last}ed"));
            v.push(format!("{lemma}{last}ing"));
        }
        v.push(format!("{lemma}ed"));
        v.push(format!("{lemma}ing"));
    } else {
        v.push(format!("{lemma}ing"));
    }
    v
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The lemma of a verb form in the lexicon: "killed" → kill, "shot" → shoot.
pub fn verb_lemma(word: &str) -> Option<&'static str> {
    FORMS.get(word).copied()
}

/// A past tense or participle form: "killed", "shot", "fell".
pub fn is_past_form(word: &str) -> bool {
    (word.ends_with("ed") && verb_lemma(word).is_some()) || IRREGULAR_PAST.contains(word)
}

static PARTICLES: LazyLock<HashSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows(include_str!("particles.tsv"))
        .map(|r| (r.get(0), r.get(1)))
        .collect()
});

/// `particle` after `lemma` makes a phrasal verb: ("shoot", "down").
pub fn is_particle_of(lemma: &str, particle: &str) -> bool {
    PARTICLES.contains(&(lemma, particle))
}

word_list!(
    /// Punctuation that ends the clause a figure's verb is looked for in.
    CLAUSE_BREAKS,
    is_clause_break,
    "clause_breaks.txt"
);

word_list!(
    /// An auxiliary or adverb that may stand between a figure's phrase and its verb.
    PREDICATE_GAP_WORDS,
    is_predicate_gap_word,
    "predicate_gap_words.txt"
);

static WEAK_VERBS: LazyLock<WordMap<bool>> =
    LazyLock::new(|| map(include_str!("weak_verbs.tsv"), |r| r.get(1) == "fallback"));

/// A verb too general to say what a figure is about ("be", "have", "make").
pub fn is_weak_verb(lemma: &str) -> bool {
    WEAK_VERBS.contains_key(lemma)
}

/// A weak verb that is a figure's predicate only when no other verb is found ("be", "have").
pub fn is_fallback_verb(lemma: &str) -> bool {
    WEAK_VERBS.get(lemma).copied().unwrap_or(false)
}

word_list!(
    /// A verb lemma that counts people when no noun is given: "kill", "injure".
    HUMAN_PREDICATES,
    is_human_predicate,
    "human_predicates.txt"
);

word_list!(
    /// A word that negates the verb after it: "not", "never".
    NEGATIONS,
    is_negation,
    "negations.txt"
);

word_list!(
    /// A word that, before "to (be)" and a verb, says the act has not happened yet: "187 have
    /// still to be identified", "are yet to be found".
    PENDING_CUES,
    is_pending_cue,
    "pending_cues.txt"
);

word_list!(
    /// A hedge word between a figure and the verb before it: "least", "than", "up".
    FIGURE_LEAD_WORDS,
    is_figure_lead_word,
    "figure_lead_words.txt"
);

word_list!(
    /// A connective that starts another clause: "that", "while", "because".
    CLAUSE_CONNECTIVES,
    is_clause_connective,
    "clause_connectives.txt"
);

word_list!(
    /// A word after which a base verb form is a noun: "the", "its", "new".
    NOUN_DETERMINERS,
    is_noun_determiner,
    "noun_determiners.txt"
);

word_list!(
    /// A modal verb: "will", "could".
    MODAL_VERBS,
    is_modal_verb,
    "modal_verbs.txt"
);

pub(super) static DENIALS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("denials.tsv"), |r| r.get(1)));

/// A verb form that denies what follows: "denied", "rejected".
pub fn is_denial_verb(word: &str) -> bool {
    DENIALS.get(word) == Some(&"verb")
}

/// A word after a denial verb that makes it govern what follows: "reports", "that".
pub fn is_denial_object(word: &str) -> bool {
    DENIALS.get(word) == Some(&"object")
}

static PREDICATE_CLASSES: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| map(include_str!("predicate_classes.tsv"), |r| r.get(1)));

/// The class of a predicate lemma, if it is grouped with others: "die" → kill.
pub fn predicate_class(lemma: &str) -> Option<&'static str> {
    PREDICATE_CLASSES.get(lemma).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::load::Row;

    #[test]
    fn every_file_parses() {
        // Touch every table so a malformed line fails here, not in the middle of a run.
        assert_eq!(verb_lemma("withdrawn"), Some("withdraw"));
        assert_eq!(predicate_class("shoot down"), Some("destroy"));
        // Sites hit and sites struck are one measure; munitions fired are another.
        assert_eq!(predicate_class("hit"), predicate_class("strike"));
        assert_ne!(predicate_class("hit"), predicate_class("fire"));
        assert!(is_denial_verb("refuted") && is_denial_object("claims"));
        assert!(!is_denial_verb("claims"));
        assert!(is_clause_connective("because") && is_noun_determiner("s"));
        assert!(is_figure_lead_word("up"));
        assert!(is_modal_verb("must"));
    }

    #[test]
    fn reporting_forms_date_the_report_only_if_they_name_a_source() {
        assert!(is_source_verb("said") && is_report_time_verb("said"));
        assert!(is_source_verb("warned") && !is_report_time_verb("warned"));
        assert!(is_reporting_lemma("think") && !is_source_verb("thinks"));
        let rows: Vec<Row> = rows(include_str!("reporting_verbs.tsv")).collect();
        for r in &rows {
            let named: Vec<&str> = r.words(1).collect();
            assert!(r.words(2).all(|f| named.contains(&f)), "{:?}", r.0);
        }
    }

    #[test]
    fn verb_forms() {
        assert_eq!(verb_lemma("killed"), Some("kill"));
        assert_eq!(verb_lemma("killing"), Some("kill"));
        assert_eq!(verb_lemma("dropped"), Some("drop"));
        assert_eq!(verb_lemma("rising"), Some("rise"));
        assert_eq!(verb_lemma("shot"), Some("shoot"));
        assert_eq!(verb_lemma("says"), Some("say"));
        assert_eq!(verb_lemma("were"), Some("be"));
        assert_eq!(verb_lemma("injuries"), None);
        assert!(is_past_form("fell") && is_past_form("killed") && is_past_form("has"));
        assert!(!is_past_form("hit") && !is_past_form("were") && !is_past_form("hundred"));
    }

    #[test]
    fn weak_verbs_and_the_fallback_subset() {
        assert!(is_weak_verb("make") && !is_fallback_verb("make"));
        assert!(is_weak_verb("be") && is_fallback_verb("be") && is_fallback_verb("have"));
        assert!(!is_weak_verb("kill"));
    }
}
