//! Finding the verb a figure goes with: right after its noun phrase for a passive or
//! participle ("20 people were wounded", "seven people killed"), or to its left within the
//! clause for an active verb ("Russia fired 22 missiles"). Copulas and "have" are kept only as
//! a fallback; reporting verbs ("said") end the search, being attribution.
//!
//! Owns the search and the rules that bound a clause. Does not own the verb forms (the
//! lexicon's verb lexicon), choosing between the left and the right verb (`mod.rs`) nor
//! negation (`negation.rs`).

use crate::extract::quantity::Figure;
use crate::lexicon;
use crate::text::token::{Tok, TokKind};

/// A verb found: its lemma, its token and the token after it.
pub(super) type Found = (&'static str, usize, usize);

/// Copulas and "have": a predicate only when nothing better is found.
pub(super) fn weak(lemma: &str) -> bool {
    lexicon::is_fallback_verb(lemma)
}

fn is_reporting(lemma: &str) -> bool {
    lexicon::is_reporting_lemma(lemma)
}

/// A verb right after the figure's phrase: "20 people were wounded", "seven people killed".
/// Up to six auxiliaries, adverbs or status words may stand between ("were reportedly
/// wounded", "are now known to have died").
pub(super) fn right_verb(toks: &[Tok], fig: &Figure) -> Option<Found> {
    let mut k = fig.phrase_end;
    let mut steps = 0;
    let mut weak_seen = None;
    let mut amount_seen = None;
    while let Some(t) = toks.get(k) {
        if t.kind != TokKind::Word || steps > 6 {
            break;
        }
        // "eliminated 11,000 jobs last month": "last" opens a time, it is no verb.
        if crate::extract::time::starts_time_at(toks, k) {
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
        // "74,000 jobs added", "the 278,000 first reported": a participle of a reporting verb
        // that takes an amount says what happened to the figure; but "20 people reported
        // killed" goes on to the verb after it.
        if let Some(l) = lemma
            && is_reporting(l)
            && lexicon::reporting_takes_amount(l)
            && lexicon::is_past_form(&t.lower)
        {
            amount_seen.get_or_insert((l, k, k + 1));
        }
        // "are now known to have died", "are thought to have been killed".
        if lexicon::is_predicate_gap_word(&t.lower)
            || lexicon::is_status_word(&t.lower)
            || t.lower.ends_with("ly")
        {
            k += 1;
            steps += 1;
            continue;
        }
        break;
    }
    amount_seen.or(weak_seen)
}

/// The nearest verb to the left inside the clause, at most 14 tokens back: "Russia fired 22
/// missiles".
pub(super) fn left_verb(toks: &[Tok], fig: &Figure, figures: &[Figure]) -> Option<Found> {
    if after_preposition(toks, fig) {
        return None;
    }
    let mut k = fig.first;
    let mut weak_seen = None;
    let limit = fig.first.saturating_sub(14);
    while k > limit {
        k -= 1;
        let t = &toks[k];
        if is_break(t) && !in_apposition(toks, k, fig, figures) {
            break;
        }
        if inside_other_figure(figures, k) {
            continue;
        }
        if t.kind != TokKind::Word {
            if comma_ends_clause(t, k, fig)
                && weak_seen.is_none()
                && !in_apposition(toks, k, fig, figures)
            {
                break;
            }
            continue;
        }
        if connector_ends_clause(toks, k, fig, figures) {
            break;
        }
        if let Some(l) = lexicon::verb_lemma(&t.lower) {
            if is_reporting(l) {
                // "employers added 74,000 jobs": the figure is the verb's object.
                if lexicon::reporting_takes_amount(l) && object_of(toks, k, fig) {
                    return Some((l, k, k + 1));
                }
                break;
            }
            if is_noun_use(toks, k) {
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

/// The figure is the object of the verb at `k`: nothing but its hedge or a determiner stands
/// between them ("added another 74,000", "confirmed at least 99").
fn object_of(toks: &[Tok], k: usize, fig: &Figure) -> bool {
    fig.first > k
        && fig.first - k <= 4
        && toks[k + 1..fig.first]
            .iter()
            .all(|t| lexicon::is_object_lead(&t.lower))
}

fn is_break(t: &Tok) -> bool {
    t.kind == TokKind::Punct && lexicon::is_clause_break(t.text)
}

/// In "the summit comes after two days of talks" the figure is in a prepositional phrase
/// (past its hedge: "after more than two days"); the verb before it is about something else.
fn after_preposition(toks: &[Tok], fig: &Figure) -> bool {
    let mut k = fig.first;
    // Skip the hedge ("at least", "more than") to find what stands before the figure.
    while k > 0 && lexicon::is_figure_lead_word(&toks[k - 1].lower) {
        k -= 1;
    }
    k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "after" | "before" | "since" | "following"
        )
}

/// Another figure's phrase covers token `k`: its words belong to it, but a verb before it may
/// govern both ("jumped 76% to $1.13bn"). Figures are in token order, so a binary search finds
/// the one that could cover `k`.
fn inside_other_figure(figures: &[Figure], k: usize) -> bool {
    let covering = figures.partition_point(|f| f.first <= k);
    covering > 0 && figures[covering - 1].last >= k
}

/// A comma at `k` ends the clause unless it stands right before the figure. (The caller also
/// goes on past a comma once a copula has been seen, looking for a better verb.)
fn comma_ends_clause(t: &Tok, k: usize, fig: &Figure) -> bool {
    t.is_punct(",") && k + 1 < fig.first
}

/// The comma or dash at `k` sets the figure beside another figure's phrase that ends
/// right before it, with nothing between it and the figure but a hedge or "or": "axing 15,000
/// jobs — about 12% of the people it employs", "eliminate 15,000 roles, or 15 percent of its
/// workforce", "fired 22 missiles, 380 drones and ...". Both are the object of one verb.
fn in_apposition(toks: &[Tok], k: usize, fig: &Figure, figures: &[Figure]) -> bool {
    let t = &toks[k];
    // Not a bracket: "400m pesos ($136m)" converts the figure, it is no second object.
    if !(t.is_punct(",") || t.is_dash()) {
        return false;
    }
    let start = fig.lead(toks);
    figures.iter().any(|f| f.phrase_end == k && f.last < k)
        && toks
            .get(k + 1..start)
            .is_some_and(|between| between.iter().all(|t| t.is("or")))
}

/// A connective ("that", "and", "while", ...) more than one token before the figure starts
/// another clause, unless it coordinates this figure with one just before it: "fired 22
/// missiles ... and more than 460 drones" shares the verb of the first figure.
fn connector_ends_clause(toks: &[Tok], k: usize, fig: &Figure, figures: &[Figure]) -> bool {
    let t = &toks[k];
    if !(lexicon::is_clause_connective(&t.lower) && k + 2 < fig.first) {
        return false;
    }
    let coordinated = matches!(t.lower.as_str(), "and" | "or")
        && figures
            .iter()
            .any(|f| f.last < k && k - f.last <= 6 && f.first != fig.first);
    !coordinated
}

/// After a determiner or possessive a base form is a noun: "the plan", "Trump’s plan". A past
/// form stays a verb ("the plan failed").
fn is_noun_use(toks: &[Tok], k: usize) -> bool {
    k > 0
        && lexicon::is_noun_determiner(&toks[k - 1].lower)
        && !lexicon::is_past_form(&toks[k].lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity::find_figures;
    use crate::text::token::tokenize;

    /// The lemma the left or right search finds for each figure of `s`.
    fn found(s: &str, side: fn(&[Tok], &Figure, &[Figure]) -> Option<Found>) -> Vec<String> {
        let toks = tokenize(s, 0);
        let figs = find_figures(&toks, &[]);
        figs.iter()
            .map(|f| side(&toks, f, &figs).map_or(String::new(), |v| v.0.to_string()))
            .collect()
    }

    fn right(s: &str) -> Vec<String> {
        found(s, |t, f, _| right_verb(t, f))
    }

    fn left(s: &str) -> Vec<String> {
        found(s, left_verb)
    }

    #[test]
    fn passives_and_participles_after_the_phrase() {
        assert_eq!(right("20 people were wounded in Kyiv"), ["wound"]);
        assert_eq!(right("20 people were reportedly wounded"), ["wound"]);
        // A copula alone is kept as the fallback: "20 people were in the building".
        assert_eq!(right("20 people were in the building"), ["be"]);
        // "said" after the phrase is attribution, not the predicate.
        assert_eq!(right("20 people, officials said"), [""]);
        // A reporting verb that takes an amount, as a participle, is what happened to it.
        assert_eq!(right("there were 74,000 jobs added in July"), ["add"]);
        assert_eq!(right("against the 278,000 first reported"), ["report"]);
        assert_eq!(right("20 people reported killed"), ["kill"]);
    }

    #[test]
    fn the_nearest_verb_to_the_left() {
        assert_eq!(left("Russia fired 22 missiles"), ["fire"]);
        // The hedge is skipped: "killed at least seven people".
        assert_eq!(left("the strike killed at least seven people"), ["kill"]);
        // A reporting verb is never the predicate and ends the search.
        assert_eq!(left("the army says 20 deaths"), [""]);
        assert_eq!(left("officials said another 20 people died"), [""]);
    }

    #[test]
    fn a_reporting_verb_with_a_figure_for_object_is_its_predicate() {
        assert_eq!(left("Employers added 74,000 jobs in July"), ["add"]);
        assert_eq!(
            left("the ministry confirmed at least 99 deaths"),
            ["confirm"]
        );
        // Not when a clause stands between: the figure is the reported claim's.
        assert_eq!(left("the ministry confirmed that 99 people died"), [""]);
    }

    #[test]
    fn a_figure_after_a_preposition_has_no_verb_before() {
        assert_eq!(left("the summit comes after two days of talks"), [""]);
        assert_eq!(
            left("the summit comes after more than two days of talks"),
            [""]
        );
    }

    #[test]
    fn a_verb_before_another_figure_governs_both() {
        assert_eq!(left("profits jumped 76% to $1.13bn"), ["jump", "jump"]);
    }

    #[test]
    fn commas_and_connectives_bound_the_clause() {
        // A comma right before the figure does not end the clause.
        assert_eq!(
            left("rebels seized the town, 40 people with them"),
            ["seize"]
        );
        // Further back a comma ends it: nothing after the comma is a verb.
        assert_eq!(left("Russia attacked, the toll at 12 people"), [""]);
        // "and" coordinating two figures shares the first one's verb.
        assert_eq!(
            left("Russia fired 22 missiles and more than 460 drones"),
            ["fire", "fire"]
        );
        // A connective before a new clause ends the search.
        assert_eq!(
            left("the army retreated while the city lost 30 homes"),
            ["lose"]
        );
        assert_eq!(
            left("the army retreated while officials counted 30 homes"),
            [""]
        );
    }

    #[test]
    fn a_base_form_after_a_determiner_is_a_noun() {
        // "a strike" is no verb; "launched" before it is.
        assert_eq!(left("Russia launched a strike on 22 towns"), ["launch"]);
        let toks = tokenize("the plan failed", 0);
        assert!(is_noun_use(&toks, 1));
        assert!(!is_noun_use(&toks, 2));
    }
}
