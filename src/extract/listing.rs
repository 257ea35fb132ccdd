//! A list's lead: the noun that the words before a list name for the bare counts in it.
//!
//! Tables and lists in news name what they count once, in their lead, and then give names and
//! numbers: "the deaths by state are as follows: North Carolina 95, South Carolina 36",
//! "Seats in the new National Assembly (577 in total):" above "- Others: 48". The lead is the
//! clause before a colon; its noun is the first plural noun there. A bare count after the
//! colon in a list slot, or a bare count "in total" inside the lead itself, counts that noun.
//! Owns finding the lead and its noun; not the list slot (`holder::elided_slot`) nor the
//! lemma rules (`text::normalize::noun_lemma`).

use crate::lexicon;
use crate::model::claim::{Counted, Kind, Quantity};
use crate::text::normalize::noun_lemma;
use crate::text::span::Span;
use crate::text::token::{Tok, TokKind};

use super::quantity::Figure;

/// How many tokens a list's lead may hold before its colon.
const LEAD: usize = 16;

/// How many tokens a list's lead holds at least.
const LEAD_WORDS: usize = 3;

/// The colon before figure `f` that ends its list's lead, if the clause before it is short
/// and a name stands between them: right after the colon, the words before it are the item's
/// label ("Others: 48"), not a lead.
pub(super) fn colon_before(toks: &[Tok], f: &Figure) -> Option<usize> {
    let c = last_colon(toks, f)?;
    (c <= LEAD && c + 1 < f.first).then_some(c)
}

/// The last colon before figure `f` in its sentence.
fn last_colon(toks: &[Tok], f: &Figure) -> Option<usize> {
    (0..f.first).rev().find(|&k| toks[k].is_punct(":"))
}

/// The noun a list after a colon leaves out, when its lead counts it: the lead's first
/// counted figure ("Twenty-six foreign nationals from 14 countries were among those killed:
/// five from Iran, four each from China and Russia" counts nationals, not countries). A bare
/// count of whole things only.
pub(super) fn lead_counted(
    toks: &[Tok],
    f: &Figure,
    quantities: &[Quantity],
    sentence: Span,
) -> Option<(String, Option<Counted>)> {
    if f.kind != Kind::Count || f.unit.is_some() || f.counted.is_some() || f.compound {
        return None;
    }
    let lead_end = toks[last_colon(toks, f)?].span.start;
    // The sentence's quantities so far are the last ones found: read back to its first.
    let lead = quantities
        .iter()
        .rev()
        .take_while(|q| q.sentence == sentence)
        .filter(|q| q.span.end <= lead_end && q.kind == Kind::Count && q.counted.is_some())
        .last()?;
    // The noun is shared, not what narrows it.
    let counted = lead.counted.as_deref().map(|c| Counted {
        modifiers: Vec::new(),
        ..c.clone()
    });
    Some((lead.unit.clone()?, counted))
}

/// "577 in total", "230 in all": a count that sums what its sentence lists.
pub(super) fn is_in_total(toks: &[Tok], f: &Figure) -> bool {
    let next = |k: usize| toks.get(f.last + k).map(|t| t.lower.as_str());
    next(1) == Some("in") && matches!(next(2), Some("total" | "all"))
}

/// The noun a list's lead names: the first plural noun of the last clause of `toks[..end]`
/// that is no function word nor verb ("deaths" in "the deaths by state are as follows"; "Seats" in
/// "Seats in the new National Assembly").
pub(super) fn lead_noun(toks: &[Tok], end: usize) -> Option<(String, Counted)> {
    let end = end.min(toks.len());
    // The lead's own clause: "According to state officials, the deaths by state" names deaths.
    let start = toks[..end]
        .iter()
        .rposition(|t| t.is_punct(","))
        .map_or(0, |c| c + 1);
    // A one-word heading ("Goals: Bowyer 35") lists minutes or names, not counts.
    if end < start + LEAD_WORDS {
        return None;
    }
    toks[start..end].iter().enumerate().find_map(|(i, t)| {
        if t.kind != TokKind::Word || t.lower.len() < 4 || !t.lower.ends_with('s') {
            return None;
        }
        // A capitalized word inside the clause is a name ("Christmas").
        if i > 0 && t.is_capitalized() {
            return None;
        }
        if lexicon::is_phrase_stop(&t.lower)
            || lexicon::verb_lemma(&t.lower).is_some()
            || lexicon::is_fallback_verb(&t.lower)
        {
            return None;
        }
        let lemma = noun_lemma(t.text);
        (lemma != t.lower.as_str()).then(|| {
            let counted = Counted {
                text: t.lower.to_string(),
                lemmas: vec![lemma.clone()],
                modifiers: Vec::new(),
                head: None,
            };
            (lemma, counted)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn lead(s: &str) -> Option<String> {
        let toks = tokenize(s, 0);
        let colon = toks
            .iter()
            .position(|t| t.is_punct(":"))
            .unwrap_or(toks.len());
        lead_noun(&toks, colon).map(|(l, _)| l)
    }

    #[test]
    fn the_first_plural_noun_of_the_lead() {
        assert_eq!(
            lead("According to state officials, the deaths by state are as follows: Georgia 33")
                .as_deref(),
            Some("death")
        );
        assert_eq!(
            lead("Seats in the new National Assembly (577 in total):").as_deref(),
            Some("seat")
        );
        // Verbs and function words are no noun: "is", "has", "was".
        assert_eq!(lead("This is how it was: Labour 412").as_deref(), None);
    }

    #[test]
    fn in_total_sums_the_list() {
        let toks = tokenize("Seats (577 in total):", 0);
        let figures = super::super::quantity::find_figures(&toks, &[]);
        assert!(is_in_total(&toks, &figures[0]));
        let toks = tokenize("It has 577 seats in the chamber.", 0);
        let figures = super::super::quantity::find_figures(&toks, &[]);
        assert!(!is_in_total(&toks, &figures[0]));
    }

    #[test]
    fn a_list_after_a_colon_counts_the_leads_first_noun() {
        let s = "Twenty-six foreign nationals from 14 countries were among those killed: five \
                 from Iran, four each from China and Russia.";
        let five = crate::extract::figure_in(s, "five");
        assert_eq!(five.unit.as_deref(), Some("national"));
        // Not the foreign ones only: the noun, not what narrows it.
        assert!(
            five.counted
                .as_ref()
                .is_some_and(|c| c.modifiers.is_empty())
        );
        // With no counted figure in its lead, a list keeps its own reading.
        let s = "Goals: Bowyer 35, Dyer 69.";
        assert_eq!(crate::extract::figure_in(s, "69").unit, None);
    }
}
