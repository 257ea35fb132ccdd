//! Figures under a denial: "denied reports that the plan now consisted of 19 points".
//!
//! Owns the `disputed` finding: a figure whose predicate is under a denial, with the figures of
//! the same unit (and the same change or level) that its article and the articles about the same story assert (one per
//! article and value; not ranks, not other denied figures, not the denied value itself), and
//! who denies it. It does not detect denials (`extract` marks them) nor word the finding.

use super::super::Relations;
use super::quantity_evidence;
use crate::model::article::Analyzed;
use crate::model::claim::{Kind, Quantity};
use crate::model::finding::{Detail, FactValue, Finding, FindingKind, Severity, Subject};

fn is_denied(q: &Quantity) -> bool {
    q.predicate.as_ref().is_some_and(|p| p.denied)
}

/// Figures reported under a denial, with the figures they contradict.
pub(super) fn disputes(articles: &[Analyzed], rel: &Relations) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        for q in &a.claims.quantities {
            if !is_denied(q) {
                continue;
            }
            let Some(unit) = &q.unit else { continue };
            let asserted = asserted_against(articles, rel, i, q, unit);
            let mut evidence = vec![quantity_evidence(i, q)];
            evidence.extend(asserted.iter().map(|&(j, o)| quantity_evidence(j, o)));
            let mut values: Vec<FactValue> = asserted
                .iter()
                .map(|&(_, o)| FactValue::Number(o.value))
                .collect();
            values.push(FactValue::Denied(q.value));
            let mut files: Vec<&str> = asserted
                .iter()
                .map(|&(j, _)| articles[j].article.key.as_str())
                .collect();
            files.push(a.article.key.as_str());
            let mut involved: Vec<usize> = asserted.iter().map(|&(j, _)| j).collect();
            involved.push(i);
            involved.sort();
            involved.dedup();
            let detail = Detail::Denial {
                figure: q.text.clone(),
                article: i,
                source: q.attribution.as_ref().map(|s| s.source.clone()),
            };
            out.push(Finding {
                evidence,
                articles: involved,
                ..Finding::new(
                    FindingKind::Disputed,
                    Severity::Warning,
                    Subject::Unit(unit.clone()),
                    values,
                    detail,
                    &files,
                )
            });
        }
    }
    out
}

/// The figures a denied figure `q` of article `i` disputes: asserted (not denied) figures of
/// its unit with another value, both levels or both changes the same way, in its article and the articles about the same story, not
/// ranks; the first of each value per article.
fn asserted_against<'a>(
    articles: &'a [Analyzed],
    rel: &Relations,
    i: usize,
    q: &Quantity,
    unit: &str,
) -> Vec<(usize, &'a Quantity)> {
    let mut asserted: Vec<(usize, &Quantity)> = Vec::new();
    for j in std::iter::once(i).chain(rel.neighbors(i).iter().copied()) {
        for o in &articles[j].claims.quantities {
            if !is_denied(o)
                && o.unit.as_deref() == Some(unit)
                && o.change == q.change
                && o.value != q.value
                && !matches!(o.kind, Kind::Ordinal)
                && !asserted
                    .iter()
                    .any(|&(aj, seen)| aj == j && seen.value == o.value)
            {
                asserted.push((j, o));
            }
        }
    }
    asserted
}

#[cfg(test)]
mod tests {
    use super::super::super::Relations;
    use super::super::fixture::{article, fig, one_story};
    use super::*;

    #[test]
    fn a_denied_19_points_disputes_the_28_points_reported() {
        let articles = [
            article(
                "a.txt",
                None,
                vec![
                    fig(28.0, "point").of("plan"),
                    fig(19.0, "point").denied_by("Mr Umerov"),
                ],
            ),
            article("b.txt", None, vec![fig(28.0, "point").of("plan")]),
        ];
        let found = disputes(&articles, &one_story(2));
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(
            (f.kind, f.severity),
            (FindingKind::Disputed, Severity::Warning)
        );
        assert_eq!(f.subject, Subject::Unit("point".into()));
        let quoted: Vec<(usize, Option<f64>)> =
            f.evidence.iter().map(|e| (e.article, e.value)).collect();
        assert_eq!(
            quoted,
            vec![(0, Some(19.0)), (0, Some(28.0)), (1, Some(28.0))]
        );
        assert_eq!(f.articles, vec![0, 1]);
        assert!(matches!(
            &f.detail,
            Detail::Denial { source: Some(s), article: 0, .. } if s == "Mr Umerov"
        ));
        assert!(f.values.contains(&FactValue::Denied(19.0)));
    }

    #[test]
    fn a_denial_with_nothing_asserted_is_still_disputed() {
        let articles = [article(
            "a.txt",
            None,
            vec![fig(19.0, "point").denied_by("Mr Umerov")],
        )];
        let found = disputes(&articles, &one_story(1));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].evidence.len(), 1);
        assert_eq!(found[0].values, vec![FactValue::Denied(19.0)]);
    }

    #[test]
    fn what_a_denial_disputes() {
        let articles = [
            article(
                "a.txt",
                None,
                vec![
                    fig(19.0, "point").denied_by("Mr Umerov"),
                    // The same value, another denial, a rank, another unit: none disputed.
                    fig(19.0, "point"),
                    fig(20.0, "point").denied_by("the Kremlin"),
                    fig(4.0, "point").kind(Kind::Ordinal),
                    fig(28.0, "day"),
                    // Two of one value in one article: one.
                    fig(28.0, "point"),
                    fig(28.0, "point"),
                ],
            ),
            article("other story.txt", None, vec![fig(30.0, "point")]),
        ];
        let unrelated = Relations::for_tests(2, &[], &[], 0.1);
        let found = disputes(&articles, &unrelated);
        let first = &found[0];
        let values: Vec<Option<f64>> = first.evidence.iter().map(|e| e.value).collect();
        assert_eq!(values, vec![Some(19.0), Some(28.0)]);
    }
}
