//! Scores: "beating France 4-2 in a shoot-out", "finished level at 3-3 after extra time",
//! "approved by an 11-1 vote".
//!
//! A score is two numbers, so it is no quantity (`quantity::is_score` keeps it out of the
//! figures); it is a claim of its own with the phase it gives: the shoot-out, the result, the
//! half-time score, a vote. The phase is read from the cue words next to it
//! (`lexicon/score_phases.tsv`), a cue right after the score before one before it, since a
//! sentence often gives two ("beating France 4-2 in a shoot-out after the two sides finished
//! level at 3-3 after extra time"). A lead at some moment ("3-2 up in the 109th", "a 3-1
//! lead") has no phase and is not kept.
//!
//! Owns finding scores and their phase. The comparison is `compare::score`.

use crate::lexicon;
use crate::model::claim::Score;
use crate::text::normalize::noun_lemma;
use crate::text::span::Span;
use crate::text::token::{Tok, TokKind};

/// How many words either side of a score its phase cue may be.
const CUE_REACH: usize = 4;

/// The scores of a sentence's tokens that have a phase.
pub fn find_scores(toks: &[Tok], sentence: Span) -> Vec<Score> {
    let mut out = Vec::new();
    for k in 0..toks.len().saturating_sub(2) {
        // The dash first: it is rarer than a number, and cheaper to test than parsing one.
        if !toks[k + 1].is_dash() || toks[k + 1].space_before || toks[k + 2].space_before {
            continue;
        }
        let (Some(a), Some(b)) = (whole(&toks[k]), whole(&toks[k + 2])) else {
            continue;
        };
        // Part of a longer run ("2024-07-04", "1-2-3") or a percentage.
        let before_dash = k > 0 && toks[k - 1].is_dash() && !toks[k].space_before;
        let after_dash = toks
            .get(k + 3)
            .is_some_and(|t| t.is_dash() && !t.space_before);
        let percent = toks
            .get(k + 3)
            .is_some_and(|t| t.is_punct("%") || t.is("per"));
        // A set list ("6-4 7-6 (7-4)"): one set's score is no match's.
        let in_list = toks
            .get(k + 3)
            .is_some_and(|t| t.kind == TokKind::Number || t.is_punct("("))
            || (k > 0 && (toks[k - 1].kind == TokKind::Number || toks[k - 1].is_punct(")")));
        if before_dash || after_dash || percent || in_list {
            continue;
        }
        if !crate::extract::quantity::is_score(toks, a as f64, b as f64, k + 1) {
            continue;
        }
        let Some(phase) = phase_of(toks, k, k + 3) else {
            continue;
        };
        out.push(Score {
            span: toks[k].span.cover(toks[k + 2].span),
            first: a,
            second: b,
            phase: phase.to_string(),
            names: clause_names(toks, k, k + 3),
            sentence,
        });
    }
    out
}

/// A small whole number written in digits: "4" of "4-2".
fn whole(t: &Tok) -> Option<u16> {
    if t.kind != TokKind::Number || t.text.contains([',', '.']) {
        return None;
    }
    t.text.parse().ok().filter(|&v| v < 1000)
}

/// The words of a run of tokens as cues read them, in the run's order: hyphens between
/// words dropped, clause punctuation ending it.
fn cue_words<'t>(run: impl Iterator<Item = &'t Tok<'t>>) -> Vec<&'t str> {
    let mut out = Vec::new();
    for t in run {
        match t.kind {
            TokKind::Word => out.push(t.lower.as_str()),
            TokKind::Punct if t.is_dash() && !t.space_before => {}
            _ => break,
        }
        if out.len() >= CUE_REACH + 2 {
            break;
        }
    }
    out
}

/// The phase of the score at `toks[start..end]`: the first cue after it within reach, else
/// the nearest before it. A lead ("2-0 up") has a phase only from a half-time cue after it.
fn phase_of(toks: &[Tok], start: usize, end: usize) -> Option<&'static str> {
    let cues = lexicon::score_phases();
    let after = cue_words(toks[end..].iter());
    let starts_at = |words: &[&str], i: usize| {
        cues.iter()
            .filter(|(cue, _)| words[i..].starts_with(cue))
            .max_by_key(|(cue, _)| cue.len())
            .map(|(_, phase)| *phase)
    };
    let mut running = false;
    for i in 0..after.len().min(CUE_REACH) {
        match starts_at(&after, i) {
            Some("running") if !running => running = true,
            Some("half") => return Some("half"),
            Some(_) if running => {}
            Some(phase) if phase != "running" => return Some(phase),
            _ => {}
        }
    }
    if running {
        return None;
    }
    let mut before = cue_words(toks[..start].iter().rev());
    before.reverse();
    let ends_at = |i: usize| {
        cues.iter()
            .filter(|(cue, _)| before[..=i].ends_with(cue))
            .max_by_key(|(cue, _)| cue.len())
            .map(|(_, phase)| *phase)
    };
    (0..before.len())
        .rev()
        .take(CUE_REACH)
        .find_map(ends_at)
        .filter(|&p| p != "running")
}

/// How many tokens either side of a score its clause's names are read from.
const NAME_REACH: usize = 12;

/// The names of the score's clause: its words written capitalized (not the sentence's first,
/// nor months or weekdays), lower case and singular, sorted. "beat France 24-18" names
/// France; the coach named in another clause of the sentence is not the match's.
fn clause_names(toks: &[Tok], start: usize, end: usize) -> Vec<String> {
    let breaks =
        |t: &Tok| t.kind == TokKind::Punct && matches!(t.text, "," | ";" | ":" | "." | "(" | ")");
    let from = toks[start.saturating_sub(NAME_REACH)..start]
        .iter()
        .rposition(breaks)
        .map_or(start.saturating_sub(NAME_REACH), |p| {
            start.saturating_sub(NAME_REACH) + p + 1
        });
    let to = toks[end..toks.len().min(end + NAME_REACH)]
        .iter()
        .position(breaks)
        .map_or(toks.len().min(end + NAME_REACH), |p| end + p);
    let mut names: Vec<String> = toks[from..to]
        .iter()
        .enumerate()
        .filter(|&(i, t)| from + i > 0 && t.kind == TokKind::Word && t.is_capitalized())
        .map(|(_, t)| t)
        .filter(|t| t.text.len() >= 3)
        .filter(|t| !t.in_class(lexicon::WordClass::MONTH | lexicon::WordClass::WEEKDAY))
        .map(|t| noun_lemma(&t.lower))
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn scores(s: &str) -> Vec<(String, String)> {
        let toks = tokenize(s, 0);
        find_scores(&toks, Span::new(0, s.len()))
            .into_iter()
            .map(|x| (x.span.slice(s).to_string(), x.phase))
            .collect()
    }

    fn want(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn a_cue_after_the_score_wins_over_one_before() {
        assert_eq!(
            scores(
                "Argentina won, beating France 4-2 in a shoot-out after the two sides finished level at 3-3 after extra time."
            ),
            want(&[("4-2", "shootout"), ("3-3", "result")])
        );
        assert_eq!(
            scores("Argentina defeated France 4-2 on penalties after a 3-3 draw."),
            want(&[("4-2", "shootout"), ("3-3", "result")])
        );
        assert_eq!(
            scores("The final went the distance after finishing 3-3."),
            want(&[("3-3", "result")])
        );
        assert_eq!(
            scores("The decision was approved by an 11-1 vote."),
            want(&[("11-1", "vote")])
        );
    }

    #[test]
    fn a_lead_at_some_moment_is_no_phase_unless_it_is_half_time() {
        assert!(scores("Messi put Argentina 3-2 up in the 109th minute.").is_empty());
        assert!(scores("A miss gave Argentina a 3-1 lead.").is_empty());
        assert!(scores("France came back from 2-0 down to force extra-time.").is_empty());
        assert_eq!(
            scores("Argentina went in 2-0 up at half-time."),
            want(&[("2-0", "half")])
        );
    }

    #[test]
    fn a_set_list_is_no_score_and_names_are_the_clause_s() {
        assert!(scores("Monfils beat Gaudio 6-4 7-6 (7-4) in the first round.").is_empty());
        let toks = tokenize(
            "Coach Mike Ruddock said, after they beat France 24-18 in Cardiff.",
            0,
        );
        let found = find_scores(&toks, Span::new(0, 10));
        assert_eq!(found[0].names, vec!["cardiff", "france"]);
    }

    #[test]
    fn dates_ranges_and_percentages_are_no_scores() {
        assert!(scores("The vote on 2024-07-04 was close.").is_empty());
        assert!(scores("Rates were 4-5% after the vote.").is_empty());
        // A range with no cue is no score either.
        assert!(scores("It will take 3-4 weeks.").is_empty());
    }
}
