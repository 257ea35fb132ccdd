//! Predicates: what happened to the counted thing, with negation and denial.
//!
//! The lexicon's verb forms (lemmas with generated regular inflections plus irregular forms)
//! recognise verbs without a part-of-speech model. For each figure we look right first for a passive or
//! participle ("20 people were wounded", "seven people killed"), then left within the clause for
//! an active verb ("Russia fired 22 missiles"). Reporting verbs ("said", "told") are attribution,
//! never predicates. Copulas and "have" are used only when nothing better is found.

use super::quantity::Figure;
use crate::lexicon;
use crate::model::claim::Predicate;
use crate::text::token::{Tok, TokKind};

fn is_reporting(lemma: &str) -> bool {
    lexicon::is_reporting_lemma(lemma)
}

/// Copulas and "have": a predicate only when nothing better is found.
fn weak(lemma: &str) -> bool {
    lexicon::is_fallback_verb(lemma)
}

fn is_break(t: &Tok) -> bool {
    t.kind == TokKind::Punct && lexicon::is_clause_break(t.text)
}

/// Find the predicate of a figure.
pub fn find_predicate(toks: &[Tok], fig: &Figure, figures: &[Figure]) -> Option<Predicate> {
    // A compound adjective ("28-point plan", "90-year-old resident") describes its noun;
    // no verb is about the points or years themselves.
    if fig.compound {
        return None;
    }
    let right = right_verb(toks, fig);
    let left = left_verb(toks, fig, figures);
    let pick = match (right, left) {
        (Some(r), Some(l)) => {
            if weak(r.0) && !weak(l.0) {
                l
            } else {
                r
            }
        }
        (Some(r), None) => r,
        (None, Some(l)) => l,
        (None, None) => return None,
    };
    let (lemma, at, end) = pick;
    let lemma = with_particle(toks, lemma, end);
    let negated = negated_before(toks, at);
    let denied = denied_before(toks, fig.first);
    Some(Predicate {
        lemma,
        span: toks[at].span.cover(toks[end - 1].span),
        negated,
        denied,
    })
}

fn with_particle(toks: &[Tok], lemma: &'static str, end: usize) -> String {
    if let Some(t) = toks.get(end)
        && lexicon::is_particle_of(lemma, &t.lower)
    {
        return format!("{lemma} {}", t.lower);
    }
    lemma.to_string()
}

/// A verb right after the figure's phrase: "20 people were wounded", "seven people killed".
fn right_verb(toks: &[Tok], fig: &Figure) -> Option<(&'static str, usize, usize)> {
    let mut k = fig.phrase_end;
    let mut steps = 0;
    let mut weak_seen = None;
    while let Some(t) = toks.get(k) {
        if t.kind != TokKind::Word || steps > 4 {
            break;
        }
        let lemma = lexicon::verb_lemma(&t.lower);
        if let Some(l) = lemma
            && !weak(l)
            && !is_reporting(l)
            && t.lower != "to"
        {
            // Without an auxiliary, only past participles or finite forms count right after.
            return Some((l, k, k + 1));
        }
        if let Some(l) = lemma
            && weak(l)
        {
            weak_seen.get_or_insert((l, k, k + 1));
        }
        if lexicon::is_predicate_gap_word(&t.lower) || t.lower.ends_with("ly") {
            k += 1;
            steps += 1;
            continue;
        }
        break;
    }
    weak_seen
}

/// The nearest verb to the left inside the clause: "Russia fired 22 missiles".
fn left_verb(
    toks: &[Tok],
    fig: &Figure,
    figures: &[Figure],
) -> Option<(&'static str, usize, usize)> {
    let mut k = fig.first;
    // Skip the hedge ("at least", "more than") to find what stands before the figure.
    while k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "least"
                | "than"
                | "more"
                | "at"
                | "nearly"
                | "almost"
                | "about"
                | "some"
                | "around"
                | "over"
                | "up"
                | "to"
        )
    {
        k -= 1;
    }
    // In "the summit comes after two days of talks" the figure is in a prepositional phrase;
    // the verb is about something else.
    if k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "after" | "before" | "since" | "following"
        )
    {
        return None;
    }
    let mut k = fig.first;
    let mut weak_seen = None;
    let limit = fig.first.saturating_sub(14);
    while k > limit {
        k -= 1;
        let t = &toks[k];
        if is_break(t) {
            break;
        }
        // Another figure's phrase in between belongs to that figure, but a verb before it
        // may govern both ("jumped 76% to $1.13bn").
        // Figures are in token order: find the one that could cover k by binary search.
        let covering = figures.partition_point(|f| f.first <= k);
        if covering > 0 && figures[covering - 1].last >= k {
            continue;
        }
        if t.kind != TokKind::Word {
            if t.is_punct(",") && k + 1 < fig.first && weak_seen.is_none() {
                // A comma ends the clause unless the figure is the object of a participle
                // right after it: "..., killing at least nine people".
                break;
            }
            continue;
        }
        if matches!(
            t.lower.as_str(),
            "that"
                | "which"
                | "who"
                | "and"
                | "but"
                | "while"
                | "when"
                | "after"
                | "because"
                | "if"
        ) && k + 2 < fig.first
        {
            // "fired 22 missiles ... and more than 460 drones": a coordinated figure shares
            // the verb of the figure before it.
            let coordinated = matches!(t.lower.as_str(), "and" | "or")
                && figures
                    .iter()
                    .any(|f| f.last < k && k - f.last <= 6 && f.first != fig.first);
            if !coordinated {
                break;
            }
        }
        if let Some(l) = lexicon::verb_lemma(&t.lower) {
            if is_reporting(l) {
                break;
            }
            // After a determiner or possessive a base form is a noun: "the plan", "Trump’s plan".
            let noun_use = k > 0
                && matches!(
                    toks[k - 1].lower.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "s"
                        | "this"
                        | "that"
                        | "of"
                        | "new"
                )
                && !lexicon::is_past_form(&t.lower);
            if noun_use {
                continue;
            }
            if weak(l) {
                weak_seen.get_or_insert((l, k, k + 1));
                continue;
            }
            return Some((l, k, k + 1));
        }
    }
    weak_seen
}

fn negated_before(toks: &[Tok], at: usize) -> bool {
    let lo = at.saturating_sub(4);
    toks[lo..at].iter().enumerate().any(|(o, t)| {
        lexicon::is_negation(&t.lower)
            || (t.lower == "t" && lo + o >= 1 && matches!(toks[lo + o - 1].text, "’" | "'"))
    })
}

/// A denial earlier in the sentence governs what follows: "denied reports that ... 19 points".
fn denied_before(toks: &[Tok], at: usize) -> bool {
    toks[..at].iter().enumerate().any(|(k, t)| {
        lexicon::is_denial_verb(&t.lower)
            && toks[k + 1..at.min(k + 4)]
                .iter()
                .any(|n| lexicon::is_denial_object(&n.lower))
    })
}

#[cfg(test)]
mod tests {
    use super::super::quantity::find_figures;
    use super::*;
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
    fn a_general_verb_still_governs_its_own_figure() {
        // "left" is too general for compare to group by, but it is the predicate here: only
        // "be" and "have" give way to a verb further left.
        assert_eq!(
            preds("Floods destroyed 20 homes and left 30 people homeless"),
            vec!["destroy", "leave"]
        );
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
