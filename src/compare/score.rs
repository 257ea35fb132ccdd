//! Scores across articles: the shoot-out, the result, the half-time score or a vote that
//! outlets of one story give ("4-2 in a shoot-out", "4-2 on penalties").
//!
//! An article's score of a phase is its fact only when it gives one for that phase (a report
//! of two matches gives two results, and which is whose is not read). Two articles of one
//! story with the same score of a phase (in either order: "France lost 2-4") agree; different
//! scores of a phase conflict only when their clauses share two names (both sides) and do not
//! each name one the other lacks, so that two results of one round are not set against each other. Rewrites repeat their
//! original: an agree needs two independent sources.
//!
//! Owns which scores are one fact and the verdict; the scores are `extract::score`.

use std::collections::BTreeMap;

use super::components::Components;
use crate::model::article::Analyzed;
use crate::model::claim::Score;
use crate::model::finding::{Detail, Evidence, FactValue, Finding, FindingKind, Severity, Subject};

/// The score as compared: the higher number first ("2-4" is "4-2").
fn value(s: &Score) -> (u16, u16) {
    (s.first.max(s.second), s.first.min(s.second))
}

/// How many names two clauses must share for their different scores to be one match's: both
/// sides. "The 24-18 win over France" and "beat Italy 38-8 for Saturday's trip to France"
/// share one, and are two matches.
const SHARED_NAMES: usize = 2;

/// Two clauses name one match: they share both sides' names, and not each one the other lacks
/// ("the 2-1 Uefa Cup win over Graz" and "the 2-0 Uefa Cup win against Lazio" are two).
fn one_match(a: &Score, b: &Score) -> bool {
    let own = |x: &Score, y: &Score| x.names.iter().any(|n| y.names.binary_search(n).is_err());
    let shared = a
        .names
        .iter()
        .filter(|n| b.names.binary_search(n).is_ok())
        .count();
    shared >= SHARED_NAMES && !(own(a, b) && own(b, a))
}

pub fn compare_scores(articles: &[Analyzed], rel: &super::Relations) -> Vec<Finding> {
    // Phase → the articles that give one score of it, with that score.
    let mut by_phase: BTreeMap<&str, Vec<(usize, &Score)>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        let mut phases: BTreeMap<&str, Vec<&Score>> = BTreeMap::new();
        for s in &a.claims.scores {
            phases.entry(s.phase.as_str()).or_default().push(s);
        }
        for (phase, scores) in phases {
            if scores.iter().all(|s| value(s) == value(scores[0])) {
                by_phase.entry(phase).or_default().push((i, scores[0]));
            }
        }
    }
    let mut out = Vec::new();
    for (phase, items) in by_phase {
        if items.len() < 2 {
            continue;
        }
        let mut parent = Components::new(items.len());
        for x in 0..items.len() {
            for y in x + 1..items.len() {
                let ((ax, sx), (ay, sy)) = (items[x], items[y]);
                if (value(sx) == value(sy) || one_match(sx, sy)) && rel.related(ax, ay) {
                    parent.join(x, y);
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for k in 0..items.len() {
            groups.entry(parent.root(k)).or_default().push(k);
        }
        for members in groups.into_values().filter(|m| m.len() >= 2) {
            let group: Vec<(usize, &Score)> = members.iter().map(|&k| items[k]).collect();
            if let Some(f) = finding(articles, rel, phase, &group) {
                out.push(f);
            }
        }
    }
    out
}

fn finding(
    articles: &[Analyzed],
    rel: &super::Relations,
    phase: &str,
    group: &[(usize, &Score)],
) -> Option<Finding> {
    let mut values: Vec<(u16, u16)> = group.iter().map(|(_, s)| value(s)).collect();
    values.sort_unstable();
    values.dedup();
    let conflict = values.len() > 1;
    let independent = group
        .iter()
        .enumerate()
        .any(|(n, &(a, _))| group[n + 1..].iter().any(|&(b, _)| !rel.rewrite(a, b)));
    if !conflict && !independent {
        return None;
    }
    let (kind, severity) = if conflict {
        (FindingKind::Conflict, Severity::Warning)
    } else {
        (FindingKind::Agree, Severity::Note)
    };
    let arts: Vec<usize> = group.iter().map(|&(a, _)| a).collect();
    let files: Vec<&str> = arts
        .iter()
        .map(|&i| articles[i].article.key.as_str())
        .collect();
    Some(Finding {
        evidence: group
            .iter()
            .map(|&(a, s)| Evidence {
                article: a,
                span: s.span,
                text: s.span.slice(&articles[a].article.text).to_string(),
                value: Some(s.first as f64),
                low: None,
                high: None,
                bound: None,
                unit: Some("score".to_string()),
                sentence: s.sentence,
            })
            .collect(),
        articles: arts,
        ..Finding::new(
            kind,
            severity,
            Subject::Score {
                phase: phase.to_string(),
            },
            values
                .iter()
                .map(|(a, b)| FactValue::Words(format!("{a}-{b}")))
                .collect(),
            Detail::Scores,
            &files,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::claims::fixture::{article, one_story};
    use crate::text::span::Span;

    fn score(first: u16, second: u16, phase: &str, names: &[&str]) -> Score {
        let mut names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        names.sort();
        Score {
            span: Span::new(0, 3),
            first,
            second,
            phase: phase.to_string(),
            names,
            sentence: Span::new(0, 3),
        }
    }

    fn with(path: &str, scores: Vec<Score>) -> Analyzed {
        let mut a = article(path, None, Vec::new());
        a.claims.scores = scores;
        a
    }

    #[test]
    fn one_score_of_a_phase_in_either_order_agrees() {
        let articles = vec![
            with(
                "a.txt",
                vec![score(4, 2, "shootout", &["argentina", "france"])],
            ),
            with("b.txt", vec![score(2, 4, "shootout", &["france"])]),
        ];
        let found = compare_scores(&articles, &one_story(2));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, FindingKind::Agree);
    }

    #[test]
    fn different_scores_conflict_only_between_sentences_naming_both_sides() {
        let conflict = vec![
            with(
                "a.txt",
                vec![score(3, 3, "result", &["argentina", "france"])],
            ),
            with(
                "b.txt",
                vec![score(3, 2, "result", &["argentina", "france", "messi"])],
            ),
        ];
        let found = compare_scores(&conflict, &one_story(2));
        assert_eq!(found[0].kind, FindingKind::Conflict);
        // Two results of one round, of other teams: nothing.
        let round = vec![
            with("a.txt", vec![score(11, 9, "result", &["england", "wales"])]),
            with(
                "b.txt",
                vec![score(28, 17, "result", &["ireland", "italy"])],
            ),
        ];
        assert!(compare_scores(&round, &one_story(2)).is_empty());
        // An article with two results of a phase gives none of them.
        let two = vec![
            with(
                "a.txt",
                vec![
                    score(2, 1, "result", &["england", "wales"]),
                    score(1, 0, "result", &["england", "wales"]),
                ],
            ),
            with("b.txt", vec![score(2, 1, "result", &["england", "wales"])]),
        ];
        assert!(compare_scores(&two, &one_story(2)).is_empty());
    }
}
