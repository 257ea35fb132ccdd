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
use super::key::{View, Views};
use super::{figure, quantity_evidence, side_of};
use crate::model::article::Analyzed;
use crate::model::claim::Quantity;
use crate::model::finding::{
    Breakdown, Detail, Event, FactValue, Finding, FindingKind, Interval, Part, Severity, Subject,
    SumOutcome,
};

/// Totals of coordinated nouns against parts named in one sentence of another article.
#[cfg(test)]
pub(super) fn sums(
    articles: &[Analyzed],
    rel: &Relations,
    reports: &[Option<jiff::civil::Date>],
) -> Vec<Finding> {
    let views = super::key::views_of(articles, reports, rel.approx, |_| true);
    sums_in(articles, &views, rel)
}

/// The coordinated nouns a figure counts when it can be a total of parts ("518 drones and
/// missiles"): two or more, not a compound's head.
fn total_lemmas(q: &Quantity) -> Option<&Vec<String>> {
    match &q.counted {
        Some(c) if c.lemmas.len() >= 2 && c.head.is_none() => Some(&c.lemmas),
        _ => None,
    }
}

/// Whether `sums_in` reads the views of an article with no linked article: only to break down
/// a total of its own, so only when one of its figures can be one.
pub(super) fn may_total_alone(a: &Analyzed) -> bool {
    a.claims
        .quantities
        .iter()
        .any(|q| total_lemmas(q).is_some())
}

/// `sums`, with every figure's view read once (`views`: per article, per quantity).
pub(super) fn sums_in(articles: &[Analyzed], views: &Views, rel: &Relations) -> Vec<Finding> {
    let mut out = Vec::new();
    for (ti, ta) in articles.iter().enumerate() {
        for (total, tv) in ta.claims.quantities.iter().zip(&views[ti]) {
            let Some(tv) = tv else {
                continue;
            };
            // "Dozens of drones and missiles" is no total to add parts to.
            if crate::lexicon::is_vague_number(&total.text.to_lowercase()) {
                continue;
            }
            let Some(lemmas) = total_lemmas(total) else {
                continue;
            };
            for &pi in rel.neighbors(ti) {
                let paragraphs = breakdowns(articles, views, pi, tv, lemmas, Reach::Other);
                let sentences = parts_of(views, pi, tv, lemmas);
                // A breakdown that is one sentence's parts is that statement; a sentence's parts
                // inside a longer breakdown are not a statement of their own.
                let paragraphs: Vec<Vec<View>> = paragraphs
                    .into_iter()
                    .filter(|b| !sentences.iter().any(|s| within(b, s)))
                    .collect();
                let sentences = sentences
                    .into_iter()
                    .filter(|s| !paragraphs.iter().any(|b| within(s, b)));
                for parts in paragraphs.iter().filter(|b| telling(b, tv)) {
                    out.push(sum_finding(articles, tv, lemmas, parts, rel, None));
                }
                for parts in sentences {
                    out.push(sum_finding(articles, tv, lemmas, &parts, rel, None));
                }
            }
            // The total's own article may break it down in the sentences around it.
            for parts in breakdowns(articles, views, ti, tv, lemmas, Reach::Own) {
                // One paragraph telling one event: the parts and their total are of it.
                if telling(&parts, tv) {
                    let mut f = sum_finding(articles, tv, lemmas, &parts, rel, Some(Event::Same));
                    if f.kind == FindingKind::SumMismatch {
                        beside_breakdowns(articles, views, tv, lemmas, rel, &mut f);
                    }
                    out.push(f);
                }
            }
        }
    }
    one_per_breakdown(out)
}

/// One finding per breakdown: the same parts judged against several totals (its own article's
/// "over 300" and another's "more than 300") say one thing. The sharpest judgement stays —
/// the most severe, then the total in the parts' own article, then the first.
fn one_per_breakdown(findings: Vec<Finding>) -> Vec<Finding> {
    // The parts are the evidence after the total, before any other article's breakdown
    // shown beside them.
    let parts = |f: &Finding| -> Vec<(usize, usize, usize)> {
        let n = match &f.detail {
            Detail::Sum { parts, .. } => parts.len(),
            _ => f.evidence.len() - 1,
        };
        let mut p: Vec<(usize, usize, usize)> = f.evidence[1..=n]
            .iter()
            .map(|e| (e.article, e.span.start, e.span.end))
            .collect();
        p.sort_unstable();
        p
    };
    let own = |f: &Finding| matches!(&f.detail, Detail::Sum { parts_article, .. } if *parts_article == f.evidence[0].article);
    let mut kept: Vec<Finding> = Vec::new();
    for f in findings {
        match kept.iter_mut().find(|k| parts(k) == parts(&f)) {
            Some(k) => {
                if (f.severity, !own(&f)) < (k.severity, !own(k)) {
                    *k = f;
                }
            }
            None => kept.push(f),
        }
    }
    kept
}

/// How many other articles' breakdowns a mismatch shows beside its own.
const BESIDE: usize = 3;

/// Beside an article whose own parts miss its total ("100 + 30 + 160 = 290" against "over
/// 300"), what other outlets' parts of the same total make ("more than 120 + more than 30 +
/// 170"): a reader sees whether the parts or the total is the odd one. Each related article's
/// first breakdown listing parts, as its own article would list them; the finding rests on
/// them too.
fn beside_breakdowns(
    articles: &[Analyzed],
    views: &Views,
    tv: &View,
    lemmas: &[String],
    rel: &Relations,
    f: &mut Finding,
) {
    let mut shown = Vec::new();
    for &pi in rel.neighbors(tv.article) {
        if shown.len() == BESIDE {
            break;
        }
        let Some(parts) = breakdowns(articles, views, pi, tv, lemmas, Reach::Listed)
            .into_iter()
            .next()
        else {
            continue;
        };
        f.evidence
            .extend(parts.iter().map(|p| quantity_evidence(pi, p.q)));
        if !f.articles.contains(&pi) {
            f.articles.push(pi);
        }
        shown.push(Breakdown {
            article: pi,
            parts: parts.iter().map(part).collect(),
            sum: sum_of(&parts),
        });
    }
    if let Detail::Sum { beside, .. } = &mut f.detail {
        *beside = shown;
    }
}

fn part(p: &View) -> Part {
    Part {
        interval: p.interval,
        unit: p.lemma.clone(),
    }
}

/// The sets of parts of a total in article `pi`: per sentence, the figures of the total's
/// class whose units are the total's nouns, one figure per noun.
fn parts_of<'a>(
    views: &Views<'a>,
    pi: usize,
    total: &View,
    lemmas: &[String],
) -> Vec<Vec<View<'a>>> {
    let mut by_sentence: BTreeMap<(usize, usize), Vec<View>> = BTreeMap::new();
    for v in views[pi].iter().flatten() {
        if v.measure.class == total.measure.class
            && v.measure.change == total.measure.change
            && lemmas.contains(&v.lemma)
        {
            by_sentence
                .entry((v.q.sentence.start, v.q.sentence.end))
                .or_default()
                .push(v.clone());
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

/// Are all the figures of `a` among those of `b`?
fn within(a: &[View], b: &[View]) -> bool {
    a.iter().all(|x| b.iter().any(|y| std::ptr::eq(x.q, y.q)))
}

/// Is a breakdown worth a finding: its parts add up to the total exactly, or cannot make it?
/// Hedged parts that allow a hedged total ("more than 120 + more than 30 + 170" against "more
/// than 300") are compatible, and say nothing a reader needs.
fn telling(parts: &[View], total: &View) -> bool {
    let sum = sum_of(parts);
    adds_up(&sum, &total.interval) || !sum.overlaps(&total.interval)
}

/// The interval the parts' sum allows (`parts` is not empty).
fn sum_of(parts: &[View]) -> Interval {
    parts
        .iter()
        .skip(1)
        .fold(parts[0].interval, |acc, p| acc.add(&p.interval))
}

/// Exact parts that make an exact total.
fn adds_up(sum: &Interval, total: &Interval) -> bool {
    sum.lo == sum.hi && total.lo == total.hi && sum.lo == total.lo
}

/// Where a breakdown of a total is read.
#[derive(Clone, Copy, PartialEq)]
enum Reach {
    /// The total's own paragraph, parts listed beside it.
    Own,
    /// Another article, parts saying they are of the total's kind.
    Other,
    /// Another article, any paragraph listing parts as `Own` does: context beside a
    /// mismatch, not judged.
    Listed,
}

/// Breakdowns of a total in article `pi`, per paragraph: figures other than the total whose
/// nouns are the total's, of its class or, listed beside the total in its own article (or as
/// context, `Reach::Listed`), listing parts (no predicate, or one that composes a whole:
/// "comprised", "made up of"), covering every noun of the total with no two of one noun and
/// qualifier ("120 ballistic missiles, 30 cruise missiles and 170 drones" break down "300
/// drones and missiles"; two "missiles" figures of no kind are two statements, not parts).
fn breakdowns<'a>(
    articles: &'a [Analyzed],
    views: &Views<'a>,
    pi: usize,
    total: &View,
    lemmas: &[String],
    reach: Reach,
) -> Vec<Vec<View<'a>>> {
    let beside = reach != Reach::Other;
    let a = &articles[pi];
    // Sentences are in text order: the sentence of a span found by binary search.
    let sentences = &a.segments.sentences;
    let paragraph = |sentence: crate::text::span::Span| {
        sentences[sentences.partition_point(|s| s.span.start < sentence.start)..]
            .iter()
            .take_while(|s| s.span.start == sentence.start)
            .find(|s| s.span == sentence)
            .map(|s| s.paragraph)
    };
    // Beside its total, a list of parts need not repeat the verb; in another article the
    // parts must say they are of the total's kind.
    let lists_parts = |v: &View| match &v.q.predicate {
        _ if v.measure.class == total.measure.class => true,
        None => beside,
        Some(p) => beside && crate::lexicon::is_composition(&p.lemma),
    };
    // Beside its total, only the total's own paragraph breaks it down.
    let own = (reach == Reach::Own)
        .then(|| paragraph(total.q.sentence))
        .flatten();
    let mut by_paragraph: BTreeMap<usize, Vec<View>> = BTreeMap::new();
    for (q, v) in a.claims.quantities.iter().zip(&views[pi]) {
        if std::ptr::eq(q, total.q) || q.counted.as_ref().is_some_and(|c| c.lemmas.len() >= 2) {
            continue;
        }
        if let Some(v) = v
            && v.measure.change == total.measure.change
            && lemmas.contains(&v.lemma)
            && lists_parts(v)
            && let Some(k) = paragraph(q.sentence)
            && (reach != Reach::Own || own == Some(k))
        {
            by_paragraph.entry(k).or_default().push(v.clone());
        }
    }
    by_paragraph
        .into_values()
        .filter(|parts| {
            let mut kinds: Vec<(&str, &str)> = parts
                .iter()
                .map(|p| (p.lemma.as_str(), p.measure.qualifier.as_str()))
                .collect();
            kinds.sort();
            let n = kinds.len();
            kinds.dedup();
            let covered = lemmas.iter().all(|l| parts.iter().any(|p| p.lemma == *l));
            n >= 2 && kinds.len() == n && covered
        })
        .collect()
}

/// The verdict on parts whose sum allows `sum` against a total allowing `total`, given what
/// is known of the event.
fn judge_sum(sum: &Interval, total: &Interval, ev: Event) -> (FindingKind, Severity, SumOutcome) {
    if adds_up(sum, total) {
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
    known: Option<Event>,
) -> Finding {
    let (ti, pi) = (tv.article, parts[0].article);
    let sum = sum_of(parts);
    let ev = known.unwrap_or_else(|| event(articles, tv, &parts[0], rel));
    let (kind, severity, outcome) = judge_sum(&sum, &tv.interval, ev);
    let detail = Detail::Sum {
        parts: parts.iter().map(part).collect(),
        sum,
        parts_article: pi,
        total: side_of(tv),
        outcome,
        beside: Vec::new(),
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
    fn vague_words_are_no_total() {
        // "Dozens of drones and missiles" (read as 24–99) is not a total that parts miss.
        let dozens = total(24.0).hedged(Bound::Range, "").in_words(
            "Dozens",
            "Dozens of drones and missiles were shot down over the city.",
        );
        let found = judged(dozens, vec![missiles(22.0), drones(460.0, Bound::MoreThan)]);
        assert!(found.is_empty(), "{found:?}");
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

    /// "Over 300 missiles and drones, among them 100 ballistic missiles. The salvo also
    /// comprised 160 drones and 30 cruise missiles."
    fn salvo(total_n: f64, ballistic: f64) -> Vec<Fig> {
        vec![
            total(total_n)
                .hedged(Bound::MoreThan, "over")
                .in_sentence(1)
                .in_paragraph(1),
            fig(ballistic, "missile")
                .modified(&["ballistic"])
                .in_sentence(1)
                .in_paragraph(1),
            fig(160.0, "drone")
                .did("comprise")
                .in_sentence(2)
                .in_paragraph(1),
            fig(30.0, "missile")
                .modified(&["cruise"])
                .did("comprise")
                .in_sentence(2)
                .in_paragraph(1),
        ]
    }

    #[test]
    fn a_breakdown_beside_its_total_across_sentences() {
        // 100 + 160 + 30 = 290 cannot be "over 300": the article's own breakdown fails it.
        let articles = [article("salvo.txt", None, salvo(300.0, 100.0))];
        let found = sums(&articles, &one_story(1), &[None]);
        assert_eq!(found.len(), 1, "{found:?}");
        let Detail::Sum { sum, outcome, .. } = &found[0].detail else {
            panic!("{:?}", found[0].detail);
        };
        assert_eq!((sum.lo, sum.hi), (290.0, 290.0));
        assert_eq!(*outcome, SumOutcome::Impossible);
        assert_eq!(found[0].severity, Severity::Error);
        // 120 + 160 + 30 = 310 allows "over 300": compatible, nothing to report.
        let articles = [article("salvo.txt", None, salvo(300.0, 120.0))];
        assert!(sums(&articles, &one_story(1), &[None]).is_empty());
    }

    #[test]
    fn another_outlets_breakdown_is_shown_beside_a_mismatch() {
        // 290 against its own "over 300"; another outlet lists 120 + 30 + 160 = 310 with no
        // verb of the total's (judged, it would say nothing: it allows "over 300"), and is shown
        // beside the mismatch as what its parts make, with its figures as evidence.
        let other: Vec<Fig> = salvo(300.0, 120.0).into_iter().skip(1).collect();
        let articles = [
            article("salvo.txt", None, salvo(300.0, 100.0)),
            article("other.txt", None, other),
        ];
        let found = sums(&articles, &one_story(2), &[None, None]);
        assert_eq!(found.len(), 1, "{found:?}");
        let Detail::Sum {
            outcome, beside, ..
        } = &found[0].detail
        else {
            panic!("{:?}", found[0].detail);
        };
        assert_eq!(*outcome, SumOutcome::Impossible);
        assert_eq!(beside.len(), 1);
        assert_eq!((beside[0].article, beside[0].sum.lo), (1, 310.0));
        assert_eq!(
            found[0].evidence.iter().filter(|e| e.article == 1).count(),
            3
        );
        // Parts that add up have nothing beside them.
        let mut exact = salvo(290.0, 100.0);
        exact[0] = total(290.0).in_sentence(1).in_paragraph(1);
        let adds_up = [
            article("salvo.txt", None, exact),
            article(
                "other.txt",
                None,
                salvo(300.0, 120.0).into_iter().skip(1).collect(),
            ),
        ];
        let found = sums(&adds_up, &one_story(2), &[None, None]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Agree);
        assert!(
            matches!(&found[0].detail, Detail::Sum { beside, .. } if beside.is_empty()),
            "{found:?}"
        );
    }

    #[test]
    fn a_breakdown_needs_distinct_parts_covering_the_total() {
        // Two "missiles" of no kind in one paragraph: two statements, not parts.
        let twice = vec![
            total(300.0).in_sentence(1).in_paragraph(1),
            fig(100.0, "missile").in_sentence(1).in_paragraph(1),
            fig(30.0, "missile").in_sentence(2).in_paragraph(1),
            fig(160.0, "drone").in_sentence(2).in_paragraph(1),
        ];
        assert!(sums(&[article("a.txt", None, twice)], &one_story(1), &[None]).is_empty());
        // No drones: the total's nouns are not all covered.
        let missiles_only = vec![
            total(300.0).in_sentence(1).in_paragraph(1),
            fig(100.0, "missile")
                .modified(&["ballistic"])
                .in_sentence(1)
                .in_paragraph(1),
            fig(30.0, "missile")
                .modified(&["cruise"])
                .in_sentence(2)
                .in_paragraph(1),
        ];
        assert!(
            sums(
                &[article("a.txt", None, missiles_only)],
                &one_story(1),
                &[None]
            )
            .is_empty()
        );
        // Another paragraph: not a breakdown of this total.
        let apart = vec![
            total(300.0).in_sentence(1).in_paragraph(1),
            fig(100.0, "missile")
                .modified(&["ballistic"])
                .in_sentence(5)
                .in_paragraph(3),
            fig(160.0, "drone").in_sentence(6).in_paragraph(3),
        ];
        assert!(sums(&[article("a.txt", None, apart)], &one_story(1), &[None]).is_empty());
    }

    #[test]
    fn in_another_article_a_breakdown_must_say_what_happened() {
        // Parts listed with no verb in another article are not taken for this total's parts.
        let listed = vec![
            fig(100.0, "missile")
                .modified(&["ballistic"])
                .in_sentence(1)
                .in_paragraph(1),
            fig(160.0, "drone").in_sentence(2).in_paragraph(1),
        ];
        let articles = [
            article("parts.txt", None, listed),
            article(
                "total.txt",
                None,
                vec![total(300.0).hedged(Bound::MoreThan, "over")],
            ),
        ];
        assert!(sums(&articles, &one_story(2), &[None, None]).is_empty());
        // With the total's verb, across two sentences of one paragraph: a breakdown.
        let launched = vec![
            fig(100.0, "missile")
                .modified(&["ballistic"])
                .did("launch")
                .in_sentence(1)
                .in_paragraph(1),
            fig(160.0, "drone")
                .did("launch")
                .in_sentence(2)
                .in_paragraph(1),
        ];
        let articles = [
            article("parts.txt", None, launched),
            article(
                "total.txt",
                None,
                vec![total(300.0).hedged(Bound::MoreThan, "over")],
            ),
        ];
        assert_eq!(sums(&articles, &one_story(2), &[None, None]).len(), 1);
    }
}
