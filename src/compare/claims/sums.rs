//! Totals against their parts: "518 drones and missiles" in one article against "22 missiles
//! and more than 460 drones" named in one sentence of another.
//!
//! Owns what counts as a total (a figure of two or more coordinated nouns, not a compound),
//! what counts as its parts (figures of one sentence of another article about the story, of
//! the total's class, exactly one per noun of the total), and the verdict on their sum: exact
//! parts that make the exact total agree; otherwise a `sum-mismatch` whose severity says how
//! bad it is — another event or no evidence of the same one (note), the same event with hedged
//! parts that allow the total (warning) or parts that cannot make it (error). It does not say
//! whether two figures are the same event (`event`) nor what interval a hedge allows
//! (`interval`).

use std::collections::BTreeMap;

use super::super::Relations;
use super::event::event;
use super::key::{View, view};
use super::{figure, quantity_evidence, side_of};
use crate::model::article::Analyzed;
use crate::model::finding::{
    Detail, Event, FactValue, Finding, FindingKind, Interval, Part, Severity, Subject, SumOutcome,
};

/// Totals of coordinated nouns against parts named in one sentence of another article.
pub(super) fn sums(
    articles: &[Analyzed],
    rel: &Relations,
    reports: &[Option<jiff::civil::Date>],
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (ti, ta) in articles.iter().enumerate() {
        for total in &ta.claims.quantities {
            let Some(tv) = view(ti, ta, total, reports[ti], rel.approx) else {
                continue;
            };
            let lemmas = match &total.counted {
                Some(c) if c.lemmas.len() >= 2 && c.head.is_none() => &c.lemmas,
                _ => continue,
            };
            for &pi in rel.neighbors(ti) {
                for parts in parts_of(articles, pi, &tv, lemmas, reports[pi], rel.approx) {
                    out.push(sum_finding(articles, &tv, lemmas, &parts, rel));
                }
            }
        }
    }
    out
}

/// The sets of parts of a total in article `pi`: per sentence, the figures of the total's
/// class whose units are the total's nouns, one figure per noun.
fn parts_of<'a>(
    articles: &'a [Analyzed],
    pi: usize,
    total: &View,
    lemmas: &[String],
    report: Option<jiff::civil::Date>,
    approx: f64,
) -> Vec<Vec<View<'a>>> {
    let mut by_sentence: BTreeMap<(usize, usize), Vec<View>> = BTreeMap::new();
    for q in &articles[pi].claims.quantities {
        if let Some(v) = view(pi, &articles[pi], q, report, approx)
            && v.measure.class == total.measure.class
            && lemmas.contains(&v.lemma)
        {
            by_sentence
                .entry((q.sentence.start, q.sentence.end))
                .or_default()
                .push(v);
        }
    }
    by_sentence
        .into_values()
        .filter(|parts| {
            let mut units: Vec<&str> = parts.iter().map(|p| p.lemma.as_str()).collect();
            units.sort();
            units.dedup();
            units.len() == lemmas.len() && parts.len() == lemmas.len()
        })
        .collect()
}

/// The verdict on parts whose sum allows `sum` against a total allowing `total`, given what
/// is known of the event.
fn judge_sum(sum: &Interval, total: &Interval, ev: Event) -> (FindingKind, Severity, SumOutcome) {
    let exact = sum.lo == sum.hi && total.lo == total.hi && sum.lo == total.lo;
    if exact {
        return (FindingKind::Agree, Severity::Note, SumOutcome::AddsUp);
    }
    match ev {
        Event::Different(why) => (
            FindingKind::SumMismatch,
            Severity::Note,
            SumOutcome::OtherEvent(why),
        ),
        Event::Unknown => (
            FindingKind::SumMismatch,
            Severity::Note,
            SumOutcome::EventUnknown,
        ),
        Event::Same if sum.overlaps(total) => (
            FindingKind::SumMismatch,
            Severity::Warning,
            SumOutcome::Allowed,
        ),
        Event::Same => (
            FindingKind::SumMismatch,
            Severity::Error,
            SumOutcome::Impossible,
        ),
    }
}

fn sum_finding(
    articles: &[Analyzed],
    tv: &View,
    lemmas: &[String],
    parts: &[View],
    rel: &Relations,
) -> Finding {
    let (ti, pi) = (tv.article, parts[0].article);
    let sum = parts
        .iter()
        .skip(1)
        .fold(parts[0].interval, |acc, p| acc.add(&p.interval));
    let ev = event(articles, tv, &parts[0], rel);
    let (kind, severity, outcome) = judge_sum(&sum, &tv.interval, ev);
    let detail = Detail::Sum {
        parts: parts
            .iter()
            .map(|p| Part {
                interval: p.interval,
                unit: p.lemma.clone(),
            })
            .collect(),
        sum,
        parts_article: pi,
        total: side_of(tv),
        outcome,
    };
    let subject = Subject::Total {
        class: tv.measure.class.clone(),
        lemmas: lemmas.to_vec(),
    };
    let mut evidence = vec![quantity_evidence(ti, tv.q)];
    evidence.extend(parts.iter().map(|p| quantity_evidence(pi, p.q)));
    let mut values: Vec<FactValue> = parts.iter().map(figure).collect();
    values.push(figure(tv));
    let files = [
        articles[ti].article.key.as_str(),
        articles[pi].article.key.as_str(),
    ];
    Finding {
        evidence,
        articles: vec![pi, ti],
        ..Finding::new(kind, severity, subject, values, detail, &files)
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::Relations;
    use super::super::fixture::{Fig, article, fig, of_kind, one_story};
    use super::*;
    use crate::model::claim::Bound;
    use crate::model::finding::Difference;

    fn total(n: f64) -> Fig {
        fig(n, "drone").of_each(&["drone", "missile"]).did("launch")
    }

    fn missiles(n: f64) -> Fig {
        fig(n, "missile").did("fire").in_sentence(1)
    }

    fn drones(n: f64, bound: Bound) -> Fig {
        let f = fig(n, "drone").did("launch").in_sentence(1);
        match bound {
            Bound::Exact => f,
            _ => f.hedged(bound, "more than"),
        }
    }

    /// The sum findings of a total in one article and parts in another.
    fn judged(total: Fig, parts: Vec<Fig>) -> Vec<Finding> {
        let articles = [
            article("parts.txt", None, parts),
            article("total.txt", None, vec![total]),
        ];
        let found = sums(&articles, &one_story(2), &[None, None]);
        assert!(found.len() <= 1, "{found:?}");
        found
    }

    #[test]
    fn twenty_two_missiles_and_460_drones_vs_518_drones_and_missiles_is_a_sum_mismatch() {
        let found = judged(
            total(518.0),
            vec![missiles(22.0), drones(460.0, Bound::MoreThan)],
        );
        let f = &found[0];
        assert_eq!(
            (f.kind, f.severity),
            (FindingKind::SumMismatch, Severity::Note)
        );
        assert_eq!(f.subject.to_string(), "launch: drone and missile");
        let Detail::Sum { sum, outcome, .. } = &f.detail else {
            panic!("{:?}", f.detail);
        };
        assert_eq!((sum.lo, sum.lo_open), (482.0, true));
        // No dates: not shown to be the same event.
        assert_eq!(*outcome, SumOutcome::EventUnknown);
        let quoted: Vec<(usize, Option<f64>)> =
            f.evidence.iter().map(|e| (e.article, e.value)).collect();
        assert_eq!(
            quoted,
            vec![(1, Some(518.0)), (0, Some(22.0)), (0, Some(460.0))]
        );
    }

    #[test]
    fn the_severity_follows_the_event() {
        let same_night = |f: Fig| f.night_to(2025, 11, 25);
        // Hedged parts that allow the total on the same night: a warning.
        let found = judged(
            same_night(total(518.0)),
            vec![
                same_night(missiles(22.0)),
                same_night(drones(460.0, Bound::MoreThan)),
            ],
        );
        assert_eq!(found[0].severity, Severity::Warning);
        // Exact parts that cannot make it: an error.
        let found = judged(
            same_night(total(518.0)),
            vec![
                same_night(missiles(22.0)),
                same_night(drones(460.0, Bound::Exact)),
            ],
        );
        assert_eq!(
            (found[0].kind, found[0].severity),
            (FindingKind::SumMismatch, Severity::Error)
        );
        // Another night: a note, and why.
        let found = judged(
            total(518.0).night_to(2025, 11, 19),
            vec![
                same_night(missiles(22.0)),
                same_night(drones(460.0, Bound::MoreThan)),
            ],
        );
        assert!(matches!(
            found[0].detail,
            Detail::Sum {
                outcome: SumOutcome::OtherEvent(Difference::Day),
                ..
            }
        ));
        assert_eq!(found[0].severity, Severity::Note);
    }

    #[test]
    fn parts_that_add_up_agree() {
        let found = judged(
            total(518.0),
            vec![missiles(22.0), drones(496.0, Bound::Exact)],
        );
        assert_eq!(found[0].kind, FindingKind::Agree);
        assert!(matches!(
            found[0].detail,
            Detail::Sum {
                outcome: SumOutcome::AddsUp,
                ..
            }
        ));
    }

    #[test]
    fn parts_are_one_per_noun_in_one_sentence_of_the_same_class() {
        // In two sentences: not parts of one statement.
        let apart = vec![missiles(22.0), drones(460.0, Bound::Exact).in_sentence(2)];
        assert!(judged(total(518.0), apart).is_empty());
        // Shot down, not launched: another class.
        let shot = vec![
            missiles(22.0).did("shoot down"),
            drones(460.0, Bound::Exact).did("shoot down"),
        ];
        assert!(judged(total(518.0), shot).is_empty());
        // Two drone figures and no missiles: not one per noun.
        let drones_only = vec![drones(22.0, Bound::Exact), drones(460.0, Bound::Exact)];
        assert!(judged(total(518.0), drones_only).is_empty());
        // A compound ("a 518-drone-and-missile attack") is not a total.
        assert!(
            judged(
                total(518.0).of("attack"),
                vec![missiles(22.0), drones(460.0, Bound::Exact)]
            )
            .is_empty()
        );
    }

    #[test]
    fn totals_are_compared_only_with_other_articles_of_the_story() {
        let articles = [
            article(
                "parts.txt",
                None,
                vec![missiles(22.0), drones(460.0, Bound::Exact)],
            ),
            article("total.txt", None, vec![total(518.0)]),
        ];
        let unrelated = Relations::for_tests(2, &[], &[], 0.1);
        assert!(sums(&articles, &unrelated, &[None, None]).is_empty());
        // And the full pass reports it once.
        let all = super::super::compare_claims(&articles, &one_story(2));
        assert_eq!(of_kind(&all, FindingKind::SumMismatch).len(), 1);
    }
}
