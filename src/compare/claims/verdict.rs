//! Pairwise verdicts on figures of one measure: `agree`, `compatible`, `conflict`, `updated`,
//! `different-event`.
//!
//! Owns the rules that turn two figures into a verdict: which pairs are judged (articles about
//! the same story, the first figure of each value per article, not an unchanged figure of an
//! aligned rewrite passage against another), what follows from the event, equality and overlap
//! of the two (the same event and equal → agree; overlapping → compatible; disjoint →
//! conflict, or updated when a running count is reported again later; another event, or no
//! evidence of the same one → different-event, never a conflict), and whether a rewrite pair
//! makes the agreement not independent. It does not decide which figures share a measure
//! (`key`), whether they are the same event (`event`), nor how a finding is worded
//! (`report::message`).

use std::collections::HashMap;

use super::super::Relations;
use super::event::{event, later_report};
use super::key::{View, measure_of, running_count};
use super::{figure, quantity_evidence, side_of};
use crate::model::article::Analyzed;
use crate::model::finding::{Detail, Event, Finding, FindingKind, Severity};
use crate::text::span::Span;

/// Judge the pairs of a group of figures of one measure, from articles about the same story.
pub(super) fn judge_group(
    articles: &[Analyzed],
    views: &[View],
    rel: &Relations,
    out: &mut Vec<Finding>,
) {
    // Views of each article in the group; pairs come only from articles about the same story
    // (the relation's neighbor lists), so a large group costs its size times the degree, not
    // its size squared.
    let mut by_article: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, v) in views.iter().enumerate() {
        by_article.entry(v.article).or_default().push(k);
    }
    // Only the first figure of each value per article, to keep one finding per fact.
    let mut seen = std::collections::HashSet::new();
    for x in views.iter() {
        if !seen.insert((x.article, x.q.value.to_bits(), x.q.bound)) {
            continue;
        }
        for &b in rel.neighbors(x.article).iter().filter(|&&b| b > x.article) {
            let Some(others) = by_article.get(&b) else {
                continue;
            };
            for &m in others {
                let y = &views[m];
                if unchanged_in_rewrite(views, &by_article, x, y, rel) {
                    continue;
                }
                if let Some(f) = verdict(articles, x, y, rel) {
                    out.push(f);
                }
            }
        }
    }
}

/// In aligned passages of a rewrite, a figure whose value the other passage also has is
/// unchanged; pairing it with a different figure there ("two-horse" vs "eight-horse") is wrong.
fn unchanged_in_rewrite(
    views: &[View],
    by_article: &HashMap<usize, Vec<usize>>,
    x: &View,
    y: &View,
    rel: &Relations,
) -> bool {
    if x.q.value == y.q.value || !rel.aligned(x.article, x.q.sentence, y.article, y.q.sentence) {
        return false;
    }
    let has = |art: usize, sent: Span, v: f64| {
        by_article[&art]
            .iter()
            .any(|&w| views[w].q.sentence == sent && views[w].q.value == v)
    };
    has(y.article, y.q.sentence, x.q.value) || has(x.article, x.q.sentence, y.q.value)
}

/// The same figure: the same bound and the same value (up to rounding noise).
fn equal(x: &View, y: &View) -> bool {
    x.q.bound == y.q.bound && (x.q.value - y.q.value).abs() <= 1e-9 * x.q.value.abs().max(1.0)
}

/// The verdict on two figures of one measure: from whether they are the same event, the same
/// figure, figures that can both be true (overlapping intervals), and a running count reported
/// again later (`update`).
fn judge(ev: Event, equal: bool, overlap: bool, update: bool) -> (FindingKind, Severity) {
    match ev {
        Event::Different(_) => (FindingKind::DifferentEvent, Severity::Note),
        Event::Same | Event::Unknown if equal => (FindingKind::Agree, Severity::Note),
        Event::Same if update => (FindingKind::Updated, Severity::Note),
        Event::Same if overlap => (FindingKind::Compatible, Severity::Note),
        // A running count raised by a later report was handled above: this is a conflict.
        Event::Same => (FindingKind::Conflict, Severity::Error),
        // Never a conflict, nor compatible, without evidence that it is the same event.
        Event::Unknown => (FindingKind::DifferentEvent, Severity::Note),
    }
}

fn verdict(articles: &[Analyzed], x: &View, y: &View, rel: &Relations) -> Option<Finding> {
    let ev = event(articles, x, y, rel);
    let update = if running_count(x.measure.class.as_ref()) {
        later_report(articles, x, y)
    } else {
        None
    };
    let (kind, severity) = judge(
        ev,
        equal(x, y),
        x.interval.overlaps(&y.interval),
        update.is_some(),
    );
    let detail = match (kind, update) {
        (FindingKind::Updated, Some((early, late))) => Detail::Update {
            early: side_of(early),
            late: side_of(late),
            raised: late.interval.lo >= early.interval.lo,
        },
        _ => Detail::Pair {
            sides: [side_of(x), side_of(y)],
            rewrite: rel.rewrite(x.article, y.article),
            event: ev,
        },
    };
    let files = [
        articles[x.article].article.key.as_str(),
        articles[y.article].article.key.as_str(),
    ];
    Some(Finding {
        evidence: vec![
            quantity_evidence(x.article, x.q),
            quantity_evidence(y.article, y.q),
        ],
        articles: vec![x.article, y.article],
        ..Finding::new(
            kind,
            severity,
            measure_of(x),
            vec![figure(x), figure(y)],
            detail,
            &files,
        )
    })
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::super::super::Relations;
    use super::super::compare_claims;
    use super::super::fixture::{article, fig, of_kind, one_story};
    use super::*;
    use crate::model::claim::Bound;
    use crate::model::finding::Difference;

    #[test]
    fn the_rules_in_order() {
        use FindingKind::*;
        let same = Event::Same;
        let day = Event::Different(Difference::Day);
        // (event, equal, overlap, update) → verdict
        assert_eq!(judge(same, true, true, false).0, Agree);
        assert_eq!(judge(Event::Unknown, true, true, false).0, Agree);
        assert_eq!(judge(day, true, true, false).0, DifferentEvent);
        assert_eq!(judge(same, false, true, false).0, Compatible);
        assert_eq!(
            judge(same, false, false, false),
            (Conflict, Severity::Error)
        );
        assert_eq!(judge(same, false, false, true).0, Updated);
        assert_eq!(judge(same, false, true, true).0, Updated);
        assert_eq!(judge(Event::Unknown, false, true, false).0, DifferentEvent);
        assert_eq!(judge(Event::Unknown, false, false, true).0, DifferentEvent);
    }

    #[test]
    fn seven_and_nine_killed_on_the_same_day_and_place_conflict() {
        let killed = |n| fig(n, "person").did("kill").on(2025, 11, 25).at("Ternopil");
        let articles = [
            article("a.txt", None, vec![killed(7.0)]),
            article("b.txt", None, vec![killed(9.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(
            (f.kind, f.severity),
            (FindingKind::Conflict, Severity::Error)
        );
        assert_eq!(f.subject.to_string(), "kill: person");
        assert_eq!(f.articles, vec![0, 1]);
        let values: Vec<Option<f64>> = f.evidence.iter().map(|e| e.value).collect();
        assert_eq!(values, vec![Some(7.0), Some(9.0)]);
    }

    #[test]
    fn more_than_460_and_470_the_same_night_are_compatible() {
        let articles = [
            article(
                "a.txt",
                None,
                vec![
                    fig(460.0, "drone")
                        .hedged(Bound::MoreThan, "more than")
                        .did("launch")
                        .night_to(2025, 11, 25),
                ],
            ),
            article(
                "b.txt",
                None,
                vec![fig(470.0, "drone").did("fire").night_to(2025, 11, 25)],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, FindingKind::Compatible);
        // 450 cannot be more than 460.
        let mut articles = articles;
        articles[1].claims.quantities[0].value = 450.0;
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found[0].kind, FindingKind::Conflict);
    }

    #[test]
    fn a_later_higher_toll_of_a_running_count_is_updated_not_a_conflict() {
        let toll = |n| fig(n, "person").did("kill").at("Derna");
        let articles = [
            article("late.txt", Some(date(2023, 9, 14)), vec![toll(5300.0)]),
            article("early.txt", Some(date(2023, 9, 11)), vec![toll(2000.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, FindingKind::Updated);
        let Detail::Update {
            early,
            late,
            raised,
        } = &found[0].detail
        else {
            panic!("{:?}", found[0].detail);
        };
        assert_eq!((early.article, late.article, *raised), (1, 0, true));
        // The same figures of a count that does not run (seats won) conflict.
        let seats = |n| fig(n, "seat").did("win").at("Derna");
        let articles = [
            article("late.txt", Some(date(2023, 9, 11)), vec![seats(5300.0)]),
            article("early.txt", Some(date(2023, 9, 11)), vec![seats(2000.0)]),
        ];
        assert_eq!(
            compare_claims(&articles, &one_story(2))[0].kind,
            FindingKind::Conflict
        );
    }

    #[test]
    fn a_later_lower_toll_is_updated_and_says_lowered() {
        let toll = |n| fig(n, "person").did("kill").at("Derna");
        let articles = [
            article("a.txt", Some(date(2023, 9, 11)), vec![toll(5300.0)]),
            article("b.txt", Some(date(2023, 9, 12)), vec![toll(4000.0)]),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert!(matches!(
            found[0].detail,
            Detail::Update { raised: false, .. }
        ));
    }

    #[test]
    fn different_resolved_days_are_a_different_event_not_a_conflict() {
        let articles = [
            article(
                "a.txt",
                None,
                vec![fig(518.0, "drone").did("launch").night_to(2025, 11, 19)],
            ),
            article(
                "b.txt",
                None,
                vec![fig(460.0, "drone").did("launch").night_to(2025, 11, 25)],
            ),
        ];
        let found = compare_claims(&articles, &one_story(2));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, FindingKind::DifferentEvent);
        assert!(matches!(
            found[0].detail,
            Detail::Pair {
                event: Event::Different(Difference::Day),
                ..
            }
        ));
    }

    #[test]
    fn without_a_date_equal_figures_agree_and_others_are_not_a_conflict() {
        let plan = |n| fig(n, "point").of("plan");
        let articles = [
            article("a.txt", None, vec![plan(28.0)]),
            article("b.txt", None, vec![plan(28.0)]),
            article("c.txt", None, vec![plan(19.0)]),
        ];
        let found = compare_claims(&articles, &one_story(3));
        assert_eq!(of_kind(&found, FindingKind::Agree).len(), 1);
        assert_eq!(of_kind(&found, FindingKind::DifferentEvent).len(), 2);
        assert!(of_kind(&found, FindingKind::Conflict).is_empty());
    }

    #[test]
    fn a_rewrite_pair_agrees_but_not_independently() {
        let plan = |n| fig(n, "point").of("plan");
        let articles = [
            article("a.txt", None, vec![plan(28.0)]),
            article("b.txt", None, vec![plan(28.0)]),
        ];
        let rewrite = Relations::for_tests(2, &[], &[(0, 1)], 0.1);
        let found = compare_claims(&articles, &rewrite);
        assert!(matches!(
            found[0].detail,
            Detail::Pair { rewrite: true, .. }
        ));
        let found = compare_claims(&articles, &one_story(2));
        assert!(matches!(
            found[0].detail,
            Detail::Pair { rewrite: false, .. }
        ));
    }

    #[test]
    fn articles_about_other_stories_are_not_compared() {
        let killed = |n| fig(n, "person").did("kill").on(2025, 11, 25);
        let articles = [
            article("a.txt", None, vec![killed(7.0)]),
            article("b.txt", None, vec![killed(9.0)]),
        ];
        let unrelated = Relations::for_tests(2, &[], &[], 0.1);
        assert!(compare_claims(&articles, &unrelated).is_empty());
    }

    #[test]
    fn one_finding_per_value_per_article() {
        let killed = |n| fig(n, "person").did("kill").on(2025, 11, 25);
        let articles = [
            article("a.txt", None, vec![killed(7.0), killed(7.0)]),
            article("b.txt", None, vec![killed(9.0)]),
        ];
        assert_eq!(compare_claims(&articles, &one_story(2)).len(), 1);
    }
}
