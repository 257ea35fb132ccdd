//! Negation and denial of a figure's predicate: "did not cut 500 jobs", "never reached 100",
//! "denied reports that ... 19 points".
//!
//! Owns the two tests a found predicate is put to. Does not own finding the verb (`verb.rs`);
//! the negation and denial words are in the lexicon.

use crate::lexicon::{self, WordClass};
use crate::text::token::Tok;

/// A negation among the four tokens before the verb at `at`: "not", "never", "failed", or the
/// "t" of "n't" ("didn’t cut").
pub(super) fn negated_before(toks: &[Tok], at: usize) -> bool {
    let lo = at.saturating_sub(4);
    toks[lo..at].iter().enumerate().any(|(o, t)| {
        lexicon::is_negation(&t.lower)
            || (t.lower == "t" && lo + o >= 1 && matches!(toks[lo + o - 1].text, "’" | "'"))
            || not_yet(toks, lo + o)
    })
}

/// "have yet to be identified", "is yet to be found": not done so far.
fn not_yet(toks: &[Tok], k: usize) -> bool {
    toks[k].lower == "yet" && toks.get(k + 1).is_some_and(|n| n.lower == "to")
}

/// A denial earlier in the sentence governs what follows: "denied reports that ... 19 points".
/// The denial verb needs an object word within three tokens after it ("reports", "that").
/// `reach` is the sentence's `denial_reach`.
pub(super) fn denied_before(reach: Option<usize>, at: usize) -> bool {
    reach.is_some_and(|j| j < at)
}

/// The first token of the sentence that completes a denial (the object word of "denied
/// reports that"): every token after it is under the denial. Read once per sentence, so that
/// asking for each figure is not a walk over the sentence before it.
pub fn denial_reach(toks: &[Tok]) -> Option<usize> {
    (0..toks.len()).find(|&j| {
        // The tokens' classes, read once by the tokenizer: no lookup per token here.
        toks[j].in_class(WordClass::DENIAL_OBJECT)
            && toks[j.saturating_sub(3)..j]
                .iter()
                .any(|t| t.in_class(WordClass::DENIAL_VERB))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    /// `rule` holds for the token whose text is `at` in `s`.
    fn holds(rule: fn(&[Tok], usize) -> bool, s: &str, at: &str) -> bool {
        let toks = tokenize(s, 0);
        let i = toks.iter().position(|t| t.text == at).expect(at);
        rule(&toks, i)
    }

    fn denied(toks: &[Tok], at: usize) -> bool {
        denied_before(denial_reach(toks), at)
    }

    #[test]
    fn negations_just_before_the_verb() {
        assert!(holds(
            negated_before,
            "the firm did not cut 500 jobs",
            "cut"
        ));
        assert!(holds(negated_before, "the firm didn’t cut 500 jobs", "cut"));
        assert!(holds(
            negated_before,
            "talks failed to secure 20 votes",
            "secure"
        ));
        assert!(!holds(negated_before, "the firm cut 500 jobs", "cut"));
        // "yet to": not done so far.
        assert!(holds(
            negated_before,
            "88 bodies have been identified and 187 have yet to be identified",
            "be"
        ));
        assert!(!holds(
            negated_before,
            "and yet 20 people were killed",
            "killed"
        ));
        // Too far back to govern the verb: five tokens between.
        assert!(!holds(
            negated_before,
            "not that the firm then quickly cut 500 jobs",
            "cut"
        ));
    }

    #[test]
    fn denials_govern_what_follows() {
        let s = "he denied reports that the plan now consisted of 19 points";
        assert!(holds(denied, s, "19"));
        // A denial needs its object: "denied it" is about something else.
        assert!(!holds(denied, "he denied it, and 19 points remain", "19"));
        assert!(!holds(denied, "the plan consisted of 19 points", "19"));
    }
}
