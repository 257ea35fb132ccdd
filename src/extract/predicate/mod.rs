//! Predicates: what happened to the counted thing, with negation and denial.
//!
//! The lexicon's verb forms (lemmas with generated regular inflections plus irregular forms)
//! recognise verbs without a part-of-speech model. For each figure we look right first for a
//! passive or participle ("20 people were wounded", "seven people killed"), then left within the
//! clause for an active verb ("Russia fired 22 missiles"): `verb.rs`. Reporting verbs ("said",
//! "told") are attribution, never predicates. Copulas and "have" are used only when nothing
//! better is found. Then the verb is checked for negation and denial: `negation.rs`.
//!
//! A noun or adjective may say what happened instead of a verb: "the death toll rose to
//! 2,122", "632 dead", "lost their lives" (`nominal.rs`). Its class then is the predicate, and
//! the figure counts people when the class does and no noun says otherwise.
//!
//! This file owns choosing between the two verbs, between a verb and a nominal cue, and the
//! phrasal particle ("shot down").

mod negation;
mod nominal;
mod verb;

use super::quantity::Figure;
use crate::lexicon;
use crate::model::claim::Predicate;
use crate::text::token::Tok;
pub use negation::denial_reach;
use negation::{denied_before, negated_before};
use nominal::nominal_cue;
use verb::{Found, left_verb, right_verb, weak};

/// What reading a figure's predicate gives.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    pub predicate: Option<Predicate>,
    /// What happened happens to people (a toll, "killed", "missing"): a figure that names no
    /// noun, or only the cue ("5,300 deaths"), counts `person`.
    pub people: bool,
    /// What a cue says the figure counts when it names nothing else: "5,300 deaths" and "the
    /// death toll rose to 2,122" count `death`; `None` leaves it `person`.
    pub counts: Option<&'static str>,
    /// The group a cue narrows the figure to: "among the dead".
    pub qualifier: Option<String>,
    /// The figure is where a running count named before it stands ("the death toll rose to
    /// 2,122 on Sunday"): a time given for it is when the count was reported.
    pub level: bool,
}

/// Find the predicate of a figure.
pub fn find_predicate(toks: &[Tok], fig: &Figure, figures: &[Figure]) -> Option<Predicate> {
    read_predicate(toks, fig, figures, denial_reach(toks)).predicate
}

/// Read the predicate of a figure. The verb after its phrase wins over the one before, unless
/// it is a copula or "have" and the one before is not; a nominal cue wins over a verb that only
/// reports or changes a count ("5,300 deaths have been confirmed", "the death toll rose to").
pub fn read_predicate(
    toks: &[Tok],
    fig: &Figure,
    figures: &[Figure],
    denial: Option<usize>,
) -> Reading {
    // A compound adjective ("28-point plan", "90-year-old resident") describes its noun;
    // no verb is about the points or years themselves.
    if fig.compound {
        return Reading::default();
    }
    let pick = pick_verb(toks, fig, figures);
    let denied = denied_before(denial, fig.first);
    let verb_negated = pick.is_some_and(|(_, at, _)| negated_before(toks, at));
    let cue = nominal_cue(toks, fig, figures, pick);
    let people = cue
        .as_ref()
        .is_some_and(|c| lexicon::is_human_predicate(c.lemma));
    if let Some(c) = cue.filter(|c| !c.change) {
        // A cue after the figure may be negated itself: "are not listed as missing".
        let negated = verb_negated || (c.at > fig.last && negated_before(toks, c.at));
        return Reading {
            predicate: Some(Predicate {
                lemma: c.lemma.to_string(),
                span: toks[c.at].span.cover(toks[c.end - 1].span),
                negated,
                denied,
            }),
            people,
            counts: c.counts,
            qualifier: c.qualifier,
            level: c.frame,
        };
    }
    let predicate = pick.map(|(lemma, at, end)| Predicate {
        lemma: with_particle(toks, lemma, end),
        span: toks[at].span.cover(toks[end - 1].span),
        negated: verb_negated,
        denied,
    });
    Reading {
        predicate,
        people,
        counts: None,
        qualifier: None,
        level: false,
    }
}

/// The verb of a figure: right of its phrase or left of it.
fn pick_verb(toks: &[Tok], fig: &Figure, figures: &[Figure]) -> Option<Found> {
    let right = right_verb(toks, fig);
    let left = left_verb(toks, fig, figures);
    match (right, left) {
        (Some(r), Some(l)) => Some(if weak(r.0) && !weak(l.0) { l } else { r }),
        (r, l) => r.or(l),
    }
}

/// The lemma with its particle when one follows: "shot down 30 drones" is "shoot down".
fn with_particle(toks: &[Tok], lemma: &'static str, end: usize) -> String {
    if let Some(t) = toks.get(end)
        && lexicon::is_particle_of(lemma, &t.lower)
    {
        return format!("{lemma} {}", t.lower);
    }
    lemma.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity::find_figures;
    use crate::text::token::tokenize;

    fn preds(s: &str) -> Vec<String> {
        let toks = tokenize(s, 0);
        let figs = find_figures(&toks, &[]);
        figs.iter()
            .map(|f| {
                find_predicate(&toks, f, &figs)
                    .map(|p| p.label())
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn passive_and_participle_on_the_right() {
        assert_eq!(
            preds("Klitschko said 20 people were wounded in Kyiv."),
            vec!["wound"]
        );
        assert_eq!(
            preds("with at least seven people killed in strikes"),
            vec!["kill"]
        );
    }

    #[test]
    fn active_verb_on_the_left() {
        assert_eq!(
            preds("Russia fired 22 missiles of various types and more than 460 drones at Ukraine"),
            vec!["fire", "fire"]
        );
        assert_eq!(
            preds("profits jumped 76% to $1.13bn for the quarter"),
            vec!["jump", "jump"]
        );
        assert_eq!(
            preds(
                "firing 518 drones and missiles, killing at least nine people while injuring dozens"
            ),
            vec!["fire", "kill", "injure"]
        );
        assert_eq!(
            preds("air defences shot down 30 drones"),
            vec!["shoot down"]
        );
    }

    #[test]
    fn downing_and_bringing_down_is_destroying() {
        // "brought down" is a phrasal verb of the destroy class, like "shot down"; "downed"
        // is the verb "down", also after "claimed to have".
        assert_eq!(
            preds("Khawaja Asif said Pakistan had brought down five Indian aircraft."),
            vec!["bring down"]
        );
        assert_eq!(
            preds("Pakistan claimed to have downed five Indian Air Force jets on Wednesday."),
            vec!["down"]
        );
        assert_eq!(
            preds("Pakistani forces succeeded in downing five Indian jets."),
            vec!["down"]
        );
        assert_eq!(lexicon::predicate_class("bring down"), Some("destroy"));
        assert_eq!(lexicon::predicate_class("down"), Some("destroy"));
    }

    #[test]
    fn a_crowd_turned_out_came_out_or_took_part() {
        // Regression: "had turned out" read as "have", the verb of any possession.
        assert_eq!(
            preds("As many as one million people had turned out a week earlier."),
            vec!["turn out"]
        );
        assert_eq!(
            preds("Organizers said almost 2 million people came out on Sunday."),
            vec!["come out"]
        );
        assert_eq!(
            preds("About 3,000 people attended the rally."),
            vec!["attend"]
        );
    }

    #[test]
    fn a_general_verb_still_governs_its_own_figure() {
        // "left" is too general for compare to group by, but it is the predicate here: only
        // "be" and "have" give way to a verb further left.
        assert_eq!(
            preds("Floods destroyed 20 homes and left 30 people without power"),
            vec!["destroy", "leave"]
        );
    }

    #[test]
    fn a_figure_in_apposition_shares_the_verb_of_the_one_before() {
        // Regression: the comma ended the clause, so the share of the workforce had no verb
        // and never met other outlets' "cut 15% of its workforce".
        assert_eq!(
            preds("Intel is axing 15,000 jobs — about 12% of the people it employs — and more."),
            vec!["axe", "axe"]
        );

        assert_eq!(
            preds("It will eliminate 15,000 roles, or 15 percent of its workforce."),
            vec!["eliminate", "eliminate"]
        );
        // A clause of its own keeps its own verb, and a comma before another clause still
        // ends the search.
        assert_eq!(
            preds("Floods killed 30 people, 12 others were injured."),
            vec!["kill", "injure"]
        );
        assert_eq!(
            preds("The storm passed, 40 homes lost power."),
            vec!["lose"]
        );
    }

    #[test]
    fn a_time_after_the_phrase_is_no_verb() {
        // Regression: "last" was read as the verb of "11,000 jobs last month".
        assert_eq!(
            preds("Manufacturers eliminated 11,000 jobs last month."),
            vec!["eliminate"]
        );
        assert_eq!(preds("The strike will last 48 hours."), vec!["last"]);
    }

    #[test]
    fn negation_and_denial() {
        assert_eq!(
            preds("he denied reports that the plan now consisted of 19 points"),
            vec!["not consist"]
        );
        assert_eq!(preds("the firm did not cut 500 jobs"), vec!["not cut"]);
    }
}
