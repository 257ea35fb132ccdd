//! Hedges: the words before a figure that bound it ("at least seven", "more than 460",
//! "nearly 18 months", "some 1.5 million"), and the hedge a bracketed conversion shares with
//! the figure before it ("more than $20bn (£11bn)").
//!
//! Owns finding a hedge and the bound it gives. Does not own the hedge phrases (the lexicon's
//! `hedges.tsv`, in matching order) nor how a bound becomes an interval (`figure.rs`). A vague
//! count ("dozens") is a range, not a hedge (`numeral.rs`).

use super::figure::{Figure, set_interval, tok_word};
use crate::lexicon;
use crate::model::claim::{Bound, Kind};
use crate::text::span::Span;
use crate::text::token::{Tok, TokKind};

/// The model's bound for a hedge's bound as the lexicon names it.
fn bound_named(name: &str) -> Bound {
    match name {
        "at_least" => Bound::AtLeast,
        "at_most" => Bound::AtMost,
        "more_than" => Bound::MoreThan,
        "less_than" => Bound::LessThan,
        "approx" => Bound::Approx,
        other => panic!("lexicon: hedges.tsv names an unknown bound {other:?}"),
    }
}

/// The hedge ending right before token `i`: the first of the lexicon's hedges, in their
/// order, that matches and is a hedge here. Its text, bound and span.
pub(super) fn find_hedge(toks: &[Tok], i: usize) -> Option<(String, Bound, Span)> {
    if i == 0 || !lexicon::is_hedge_end(&toks[i - 1].lower) {
        return None;
    }
    for hedge in lexicon::hedges() {
        let words = &hedge.words;
        if words.len() > i {
            continue;
        }
        let from = i - words.len();
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| toks[from + k].lower == *w);
        if !matches || !is_hedge_here(toks, hedge.phrase, from, i) {
            continue;
        }
        let span = toks[from].span.cover(toks[i - 1].span);
        return Some((hedge.phrase.to_string(), bound_named(hedge.bound), span));
    }
    None
}

pub(super) fn has_hedge(toks: &[Tok], i: usize) -> bool {
    find_hedge(toks, i).is_some()
}

/// Whether a matched phrase is a hedge here. "some" right after "for", "in" or "of" and before
/// a spelled number is not ("in some three cases"); before digits it is ("for some 20 years").
/// "over" and "under" after a verb they complete are particles ("took over 30 shops", "handed
/// over 12 hostages").
fn is_hedge_here(toks: &[Tok], phrase: &str, from: usize, i: usize) -> bool {
    let prev = from.checked_sub(1).and_then(|p| tok_word(toks, p));
    if phrase == "some"
        && matches!(prev, Some("for" | "in" | "of"))
        && toks[i].kind == TokKind::Word
    {
        return false;
    }
    if matches!(phrase, "over" | "under") && prev.is_some_and(lexicon::is_particle_verb) {
        return false;
    }
    // "edged up to 4.2%", "climbed up to 30": after a verb that moves a level, "up" says
    // which way and "to" gives the level reached; no bound.
    if phrase == "up to" && prev.is_some_and(|w| lexicon::change_verb(w).is_some()) {
        return false;
    }
    true
}

/// "more than $20bn (£11bn)": a bracketed conversion takes the hedge of the figure before it.
pub(super) fn apply_shared_hedges(figures: &mut [Figure], toks: &[Tok]) {
    for k in 1..figures.len() {
        let (prev, cur) = figures.split_at_mut(k);
        let (p, c) = (&prev[k - 1], &mut cur[0]);
        if c.hedge.is_none()
            && p.hedge.is_some()
            && c.kind == Kind::Money
            && p.kind == Kind::Money
            && c.first == p.last + 2
            && toks[p.last + 1].is_punct("(")
        {
            c.hedge = p.hedge.clone();
            c.bound = p.bound;
            set_interval(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{assert_fig, figs, figures};
    use super::*;
    use crate::text::token::tokenize;

    /// The hedge before the token at `at` in `s`: its text and bound.
    fn hedge(s: &str, at: usize) -> Option<(String, &'static str)> {
        find_hedge(&tokenize(s, 0), at).map(|(t, b, _)| (t, b.as_str()))
    }

    #[test]
    fn hedges_give_bounds() {
        assert_fig(
            "with at least seven people killed",
            "seven",
            7.0,
            "at_least",
            "person",
        );
        assert_fig(
            "more than 460 drones at Ukraine",
            "460",
            460.0,
            "more_than",
            "drone",
        );
        assert_fig(
            "for nearly 18 months",
            "18 months",
            18.0,
            "less_than",
            "month",
        );
        assert_fig("up to 5,000 troops", "5,000", 5000.0, "at_most", "troop");
        assert_fig("about 20 people", "20", 20.0, "approx", "person");
        assert_fig(
            "less than two weeks ago",
            "two weeks",
            2.0,
            "less_than",
            "week",
        );
    }

    #[test]
    fn the_longer_phrase_wins() {
        // "no more than 200" is at most, not the "more than" it ends with.
        assert_eq!(
            hedge("no more than 200 staff", 3),
            Some(("no more than".into(), "at_most"))
        );
        assert_eq!(
            hedge("just over 1,000 homes", 2),
            Some(("just over".into(), "more_than"))
        );
        assert_eq!(hedge("the 200 staff", 1), None);
    }

    #[test]
    fn some_after_a_preposition_is_a_determiner() {
        assert_eq!(
            hedge("some 1.5 million people", 1),
            Some(("some".into(), "approx"))
        );
        assert_eq!(hedge("in some three cases", 2), None);
        // Before digits "some" still hedges: "for some 20 years".
        assert_eq!(
            hedge("for some 20 years", 2),
            Some(("some".into(), "approx"))
        );
    }

    #[test]
    fn up_to_after_a_change_verb_is_the_level_reached() {
        assert_eq!(hedge("The unemployment rate edged up to 4.2%", 5), None);
        assert_eq!(hedge("prices rose up to 30", 4), None);
        assert_eq!(
            hedge("it can carry up to 30 people", 5),
            Some(("up to".into(), "at_most"))
        );
    }

    #[test]
    fn over_after_a_verb_is_a_particle() {
        assert_eq!(hedge("rebels took over 30 towns", 3), None);
        assert_eq!(
            hedge("rebels seized over 30 towns", 3),
            Some(("over".into(), "more_than"))
        );
    }

    #[test]
    fn a_bracketed_conversion_shares_the_hedge() {
        let got = figs("a deal worth more than $20bn (£11bn) was signed");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].2, "more_than");
        assert_eq!(got[1].2, "more_than");
        let f = &figures("more than $20bn (£11bn)")[1];
        assert_eq!(f.hedge.as_ref().map(|(h, _)| h.as_str()), Some("more than"));
        assert_eq!((f.low, f.high), (Some(11e9), None));
    }
}
