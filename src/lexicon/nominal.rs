//! How news names a measure without its verb: nominal cues ("deaths", "dead", "toll"), the
//! verbs that report or change a count, the words between a figure and the adjective that says
//! what happened to it, the phrases that date a report rather than an event, and the
//! qualifier phrases of a counted noun ("on board", "on the ground"). Extraction reads them;
//! what a cue means for comparison is `concepts`.

use std::sync::LazyLock;

use super::load::{WordMap, entries, map, word_list};

/// A cue of a predicate in nominal form: the class lemma it stands for, and the verb lemmas
/// that must govern it (none: any).
struct NominalCue {
    class: &'static str,
    verbs: Vec<&'static str>,
    counts: &'static str,
}

static NOMINAL_PREDICATES: LazyLock<WordMap<NominalCue>> = LazyLock::new(|| {
    map(include_str!("nominal_predicates.tsv"), |r| NominalCue {
        class: r.get(1),
        verbs: r.get(2).split_whitespace().collect(),
        counts: r.get(3),
    })
});

/// The class a noun or adjective stands for as a predicate ("deaths", "dead", "toll" → kill;
/// "missing" → missing), given the verb that governs it, if any: "lives" is a death only when
/// lost, claimed, cost or taken.
pub fn nominal_predicate(word: &str, verb: Option<&str>) -> Option<&'static str> {
    let cue = NOMINAL_PREDICATES.get(word)?;
    (cue.verbs.is_empty() || verb.is_some_and(|v| cue.verbs.contains(&v))).then_some(cue.class)
}

/// What a figure whose own noun is the cue, or whose count the cue names, counts: "5,300
/// deaths" and "the death toll rose to 2,122" count `death`, "632 dead" `person`.
pub fn nominal_counts(word: &str) -> Option<&'static str> {
    NOMINAL_PREDICATES
        .get(word)
        .map(|c| c.counts)
        .filter(|c| !c.is_empty())
}

/// The class a nominal cue stands for, whatever verb governs it.
pub(super) fn nominal_class(word: &str) -> Option<&'static str> {
    NOMINAL_PREDICATES.get(word).map(|c| c.class)
}

/// A word that is a nominal cue under some verb ("lives"), whatever the verb.
pub fn is_nominal_cue(word: &str) -> bool {
    NOMINAL_PREDICATES.contains_key(word)
}

word_list!(
    /// A verb lemma that reports, reaches or changes a count: "rise", "confirm", "claim".
    COUNT_VERBS,
    is_count_verb,
    "count_verbs.txt"
);

word_list!(
    /// A word between a figure's phrase and the adjective that says what happened to it:
    /// "confirmed" in "241 have been confirmed dead", "as" in "listed as missing".
    STATUS_WORDS,
    is_status_word,
    "status_words.txt"
);

word_list!(
    /// A determiner after "of" that makes the next noun a whole: "of this plan".
    OWNER_DETERMINERS,
    is_owner_determiner,
    "owner_determiners.txt"
);

word_list!(
    /// A verb lemma by which a whole says what it is made of: "consist", "contain".
    CONTAINMENT_VERBS,
    is_containment_verb,
    "containment_verbs.txt"
);

word_list!(
    /// A noun that only carries a number: "a total of 242".
    QUANTITY_NOUNS,
    is_quantity_noun,
    "quantity_nouns.txt"
);

static REPORT_TIME_CUES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    entries(include_str!("report_time_cues.txt"))
        .map(|l| l.split(' ').collect())
        .collect()
});

/// The phrases that date a count's report, not its event ("as of", "by"), as words.
pub fn report_time_cues() -> &'static [Vec<&'static str>] {
    &REPORT_TIME_CUES
}

static QUALIFIERS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut q: Vec<Vec<&'static str>> = entries(include_str!("qualifiers.txt"))
        .map(|l| l.split(' ').collect())
        .collect();
    q.sort_by_key(|w| std::cmp::Reverse(w.len()));
    q
});

/// The qualifier phrases ("aboard", "on the ground"), longest first, as words.
pub fn qualifiers() -> &'static [Vec<&'static str>] {
    &QUALIFIERS
}
