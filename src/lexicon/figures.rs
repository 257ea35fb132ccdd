//! The words around a figure: hedges before it and the bound each gives ("at least",
//! "about"), and the words that decide what a number next to them is: a function word
//! capitalized before it, the end of its counted noun phrase, a change ("from", "rose"), "one"
//! as a pronoun, a compound ("90-year-old"), "over" as a particle ("took over"), a score
//! ("2-1 win"). The number words themselves are in `numbers.rs`; the words that make a number
//! a year, in `time.rs`.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::WordSet;
use super::load::{rows, word_list};

// ---------------------------------------------------------------------------------------------
// Hedges.

/// A hedge phrase before a figure and the bound it gives, by name (`at_least`, `approx`, ...).
#[derive(Debug)]
pub struct Hedge {
    pub phrase: &'static str,
    pub words: Vec<&'static str>,
    pub bound: &'static str,
}

static HEDGES: LazyLock<(Vec<Hedge>, WordSet)> = LazyLock::new(|| {
    let hedges: Vec<Hedge> = rows(include_str!("hedges.tsv"))
        .map(|r| Hedge {
            phrase: r.get(0),
            words: r.get(0).split(' ').collect(),
            bound: r.get(1),
        })
        .collect();
    let last = hedges
        .iter()
        .filter_map(|h| h.words.last().copied())
        .collect();
    (hedges, last)
});

/// The hedges in matching order: the first that matches wins.
pub fn hedges() -> &'static [Hedge] {
    &HEDGES.0
}

/// Some hedge ends with this word.
pub fn is_hedge_end(word: &str) -> bool {
    HEDGES.1.contains(word)
}

// ---------------------------------------------------------------------------------------------
// Around figures.

word_list!(
    /// A word that gives a figure to each of several: "four each", "one apiece".
    DISTRIBUTIVE_WORDS,
    is_distributive,
    "distributive_words.txt"
);

word_list!(
    /// A modal that makes a count after it a projection: "could reach".
    PROJECTION_CUES,
    is_projection_cue,
    "projection_cues.txt"
);

word_list!(
    /// A word that makes a count a projection through "to": "expected to rise to 300".
    PROJECTION_LEADS,
    is_projection_lead,
    "projection_leads.txt"
);

word_list!(
    /// A verb of a count growing, after a projection cue: "could reach 20,000".
    PROJECTION_VERBS,
    is_projection_verb,
    "projection_verbs.txt"
);

word_list!(
    /// A verb that replaces an estimate: the figure after its "from" is the earlier one.
    REVISION_VERBS,
    is_revision_verb,
    "revision_verbs.txt"
);

word_list!(
    /// A word that, with a verb or noun of estimating, makes a figure an earlier estimate:
    /// "first" in "the 278,000 first reported".
    EARLIER_ESTIMATE_WORDS,
    is_earlier_estimate_word,
    "earlier_estimate_words.txt"
);

word_list!(
    /// A verb lemma or noun of giving an estimate: "reported", "estimate", "figure".
    ESTIMATE_WORDS,
    is_estimate_word,
    "estimate_words.txt"
);

word_list!(
    /// The noun a duration sizes as the window of a statistic: "three-month average".
    STATISTIC_WINDOWS,
    is_statistic_window,
    "statistic_windows.txt"
);

word_list!(
    /// A function word that may stand capitalized right before a figure: "About", "The".
    CAPITAL_FUNCTION_WORDS,
    is_capital_function_word,
    "capital_function_words.txt"
);

word_list!(
    /// A particle or preposition between a figure and the name it belongs to: "end up with".
    HOLDER_LEADS,
    is_holder_lead,
    "holder_leads.txt"
);

word_list!(
    /// A noun after a name that is not part of it: "the Ensemble alliance", "Macron's group".
    GROUP_NOUNS,
    is_group_noun,
    "group_nouns.txt"
);

word_list!(
    /// A determiner or "only" between a verb and its figure object: "added another 74,000".
    OBJECT_LEADS,
    is_object_lead_word,
    "object_leads.txt"
);

/// A word that may stand between a verb and the figure that is its object: a hedge word or a
/// determiner ("confirmed at least 99", "added another 74,000").
pub fn is_object_lead(word: &str) -> bool {
    super::verbs::is_figure_lead_word(word) || is_object_lead_word(word)
}

word_list!(
    /// A word that ends a counted noun phrase: "of", "were", "overnight".
    PHRASE_STOP,
    is_phrase_stop,
    "phrase_stop.txt"
);

word_list!(
    /// A word before a figure that makes "X to Y" a change, not a range: "from", "rose".
    CHANGE_CUES,
    is_change_cue,
    "change_cues.txt"
);

word_list!(
    /// A word before "from" that makes "from X to Y" a range: "range", "anywhere".
    RANGE_OPENERS,
    is_range_opener,
    "range_openers.txt"
);

word_list!(
    /// A word before "one" that makes it a pronoun: "no", "the", "any".
    PRONOUN_ONE_DETERMINERS,
    is_pronoun_one_determiner,
    "pronoun_one_determiners.txt"
);

word_list!(
    /// An adjective closing a compound after a figure and its noun: "old" in "90-year-old".
    COMPOUND_TAILS,
    is_compound_tail,
    "compound_tails.txt"
);

word_list!(
    /// A verb taking "over" or "under" as a particle: "took", "handed".
    PARTICLE_VERBS,
    is_particle_verb,
    "particle_verbs.txt"
);

static SCORE_WORDS: LazyLock<HashSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    rows(include_str!("score_words.tsv"))
        .map(|r| (r.get(0), r.get(1)))
        .collect()
});

/// A word right after "2-1" that makes it a score: "win", "at".
pub fn is_score_word_after(word: &str) -> bool {
    SCORE_WORDS.contains(&(word, "after"))
}

/// A word right before "2-1" that makes it a score: "won", "by".
pub fn is_score_word_before(word: &str) -> bool {
    SCORE_WORDS.contains(&(word, "before"))
}

static SCORE_PHASES: LazyLock<Vec<(Vec<&'static str>, &'static str)>> = LazyLock::new(|| {
    rows(include_str!("score_phases.tsv"))
        .map(|r| (r.get(0).split(' ').collect(), r.get(1)))
        .collect()
});

/// The cues that tell a score's phase, as (words, phase): (["on", "penalties"], "shootout").
pub fn score_phases() -> &'static [(Vec<&'static str>, &'static str)] {
    &SCORE_PHASES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        // Touch every table so a malformed line fails here, not in the middle of a run.
        assert!(is_compound_tail("plus") && is_particle_verb("handed"));
        assert!(is_pronoun_one_determiner("someone"));
    }

    #[test]
    fn hedges_keep_their_order_and_bounds() {
        let h = hedges();
        assert_eq!(h[0].phrase, "no fewer than");
        assert_eq!(h[0].words, ["no", "fewer", "than"]);
        let known = ["at_least", "at_most", "more_than", "less_than", "approx"];
        assert!(h.iter().all(|h| known.contains(&h.bound)), "{h:?}");
        // A phrase that ends another must come after it, or the longer one never matches.
        for (k, a) in h.iter().enumerate() {
            for b in &h[..k] {
                assert!(
                    !a.words.ends_with(&b.words) || a.words.len() <= b.words.len(),
                    "{:?} comes after {:?}",
                    a.phrase,
                    b.phrase
                );
            }
        }
        assert!(is_hedge_end("than") && is_hedge_end("~") && !is_hedge_end("people"));
    }
}
