//! Measured nouns: what a money figure, a percentage or a number of points measures when its
//! unit does not say ("revenue of $12.8bn", "33.8 per cent of the vote"), with the concept each
//! names, whether it belongs to an owner named beside it, and the predicate class a noun
//! stands for when it names what happened ("a $1.6bn loss"). Extraction finds the noun
//! (`extract::measured`); comparison keys on the concept.

use std::sync::LazyLock;

use super::WordMap;
use super::load::map;

/// What a measured noun names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeasuredNoun {
    /// The concept: figures of different concepts are never one fact.
    pub concept: &'static str,
    /// The thing belongs to someone (a party's share, a company's stake).
    pub held: bool,
    /// The predicate class it stands for ("loss" → lose), if any.
    pub class: Option<&'static str>,
    /// The thing is itself a percentage (a share, a rate): its points are percentage points.
    pub percent: bool,
}

static MEASURED: LazyLock<WordMap<MeasuredNoun>> = LazyLock::new(|| {
    map(include_str!("measured.tsv"), |r| MeasuredNoun {
        concept: r.get(1),
        held: r.get(2) == "held",
        class: Some(r.get(3)).filter(|c| !c.is_empty()),
        percent: r.get(4) == "percent",
    })
});

/// The measured noun written `words` (lower case, one to four words), if listed.
pub fn measured_noun(words: &str) -> Option<MeasuredNoun> {
    MEASURED.get(words).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sales_and_revenue_are_one_concept_and_shares_are_not_a_share_of_the_vote() {
        assert_eq!(
            measured_noun("sales").unwrap().concept,
            measured_noun("revenue").unwrap().concept
        );
        let stock = measured_noun("shares").unwrap();
        let vote = measured_noun("vote share").unwrap();
        assert_ne!(stock.concept, vote.concept);
        assert!(vote.held && !stock.held);
    }

    #[test]
    fn a_loss_names_what_was_lost() {
        assert_eq!(measured_noun("loss").unwrap().class, Some("lose"));
        assert_eq!(measured_noun("revenue").unwrap().class, None);
        assert!(measured_noun("missile").is_none());
    }

    #[test]
    fn a_share_is_a_percentage_and_a_share_price_is_not() {
        assert!(measured_noun("share").unwrap().percent);
        assert!(measured_noun("turnout").unwrap().percent);
        assert!(!measured_noun("shares").unwrap().percent);
        assert!(!measured_noun("revenue").unwrap().percent);
    }
}
