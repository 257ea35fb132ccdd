//! Conversions that do not convert: "140 mph (about 200 km/h)", where 140 mph is 225 km/h.
//!
//! A figure followed in brackets by the same measure in another unit says the two are one
//! value; when the second is off by more than rounding allows (`key::misconverted`), the
//! article contradicts itself, and a reader who takes the converted figure takes a wrong one.
//! Owns that check and its finding — a `conflict` resting on the figure, its conversion and
//! the conversions in brackets that the story's other articles give of the same figure (the
//! form a reader compares) — not which conversions exist
//! (`lexicon::conversion`) nor the comparison of figures across articles (`verdict`).

use super::super::Relations;
use super::key::{View, Views, bracketed_after, misconverted};
use super::{figure, quantity_evidence, significant};
use crate::model::article::Analyzed;
use crate::model::finding::{Detail, Finding, FindingKind, Severity, Subject};

/// Significant digits of the true value a message shows ("225.3").
const SHOWN: i32 = 4;

/// Every misconverted figure of every article, against the story's right ones.
pub(super) fn conversions(articles: &[Analyzed], views: &Views, rel: &Relations) -> Vec<Finding> {
    let mut out = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (q, qv) in a.claims.quantities.iter().zip(&views[ai]) {
            let Some(qv) = qv else {
                continue;
            };
            let Some(p) = bracketed_after(a, q) else {
                continue;
            };
            let Some(exact) = misconverted(p, q) else {
                continue;
            };
            let Some(pv) = views[ai].iter().flatten().find(|v| std::ptr::eq(v.q, p)) else {
                continue;
            };
            out.push(finding(articles, views, rel, pv, qv, exact));
        }
    }
    out
}

fn finding(
    articles: &[Analyzed],
    views: &Views,
    rel: &Relations,
    p: &View,
    q: &View,
    exact: f64,
) -> Finding {
    let ai = p.article;
    let mut evidence = vec![quantity_evidence(ai, p.q), quantity_evidence(ai, q.q)];
    let mut files = vec![articles[ai].article.key.as_str()];
    // The story's other figures of the measure that the written figure's true value fits:
    // each with the conversion written in brackets after it, if any.
    let truth =
        p.q.unit
            .as_deref()
            .and_then(crate::lexicon::conversion)
            .map_or(f64::NAN, |(_, factor)| p.q.value * factor);
    let fits = |v: &View| v.interval.lo <= truth && truth <= v.interval.hi;
    for &oi in rel.neighbors(ai) {
        let o = &articles[oi];
        let right: Vec<&View> = views[oi]
            .iter()
            .flatten()
            .filter(|v| v.measure == p.measure && fits(v))
            .collect();
        // Their conversions are what the misconverted figure is read against: "140 mph (225
        // kph)" beside "(about 200 km/h)". Their own figure agrees with this one's.
        for v in right {
            if let Some(c) = o
                .claims
                .quantities
                .iter()
                .find(|c| bracketed_after(o, c).is_some_and(|b| std::ptr::eq(b, v.q)))
            {
                evidence.push(quantity_evidence(oi, c));
                if !files.contains(&o.article.key.as_str()) {
                    files.push(o.article.key.as_str());
                }
            }
        }
    }
    let unit = q.q.unit.clone().unwrap_or_default();
    let detail = Detail::Conversion {
        written: p.q.text.clone(),
        exact: significant(exact, SHOWN),
        unit,
    };
    let mut articles_of: Vec<usize> = evidence.iter().map(|e| e.article).collect();
    articles_of.sort_unstable();
    articles_of.dedup();
    Finding {
        evidence,
        articles: articles_of,
        ..Finding::new(
            FindingKind::Conflict,
            Severity::Warning,
            Subject::Measure(p.measure.clone()),
            vec![figure(p), figure(q)],
            detail,
            &files,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{Fig, article, fig, one_story};
    use super::super::key::views_of;
    use super::*;
    use crate::model::claim::Kind;

    fn speed(n: f64, unit: &str, text: &str, sentence: &str) -> Fig {
        fig(n, unit)
            .kind(Kind::Measure)
            .in_words(text, sentence)
            .in_sentence(1)
    }

    fn found(sentences: [(&str, &str, &str); 2]) -> Vec<Finding> {
        let [(a, b, s), (c, d, t)] = sentences;
        let pair = |x: &str, y: &str, s: &str| {
            vec![
                speed(140.0, "mile per hour", x, s),
                speed(
                    y.trim_start_matches("about ")
                        .split(' ')
                        .next()
                        .unwrap()
                        .parse()
                        .unwrap(),
                    "kilometre per hour",
                    y.trim_start_matches("about "),
                    s,
                ),
            ]
        };
        let articles = [
            article("a.txt", None, pair(a, b, s)),
            article("b.txt", None, pair(c, d, t)),
        ];
        let rel = one_story(2);
        let views = views_of(&articles, &[None, None], 0.1, |_| true);
        conversions(&articles, &views, &rel)
    }

    #[test]
    fn a_conversion_off_by_more_than_rounding_is_a_conflict() {
        let f = found([
            (
                "140 mph",
                "about 200 km/h",
                "winds of up to 140 mph (about 200 km/h) hit",
            ),
            ("140 mph", "225 kph", "with 140 mph (225 kph) winds"),
        ]);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, FindingKind::Conflict);
        let Detail::Conversion { exact, .. } = &f[0].detail else {
            panic!("{:?}", f[0].detail);
        };
        assert_eq!(*exact, 225.3);
        // The other article's right conversion is evidence beside it.
        assert!(
            f[0].evidence
                .iter()
                .any(|e| e.article == 1 && e.text == "225 kph")
        );
    }

    #[test]
    fn a_conversion_within_rounding_is_none() {
        let f = found([
            ("140 mph", "225 kph", "with 140 mph (225 kph) winds"),
            ("140 mph", "230 km/h", "winds of 140 mph (230 km/h)"),
        ]);
        assert!(f.is_empty(), "{f:?}");
    }
}
