//! Claim alignment and verdicts: figures of one measure across the articles of a story.
//!
//! Figures are grouped by a key — predicate class, unit, and for compound adjectives the noun
//! they describe — so grouping is one map pass, not a comparison of every claim with every
//! other; inside a group, figures from different articles about the same story are judged
//! pair by pair. Totals of coordinated nouns are checked against parts named elsewhere, and
//! figures under a denial against the figures they dispute. One concept per file:
//! - `key`: what a figure measures (`View`), which figures are aligned at all, the group key;
//! - `interval`: what interval a hedged figure allows;
//! - `event`: whether two figures are about the same event;
//! - `verdict`: agree, compatible, conflict, updated, different-event;
//! - `sums`: totals against their parts (sum-mismatch);
//! - `disputes`: denied figures (disputed).
//!
//! This file runs the passes and turns views into the pieces of a finding (evidence, sides,
//! values). The module builds typed findings; it does not word them (`report::message`), nor
//! find near-duplicates or people (`similarity`, `people`).

mod disputes;
mod event;
#[cfg(test)]
mod fixture;
mod interval;
mod key;
mod sums;
mod verdict;

use std::collections::BTreeMap;

pub use key::predicate_class;

use super::Relations;
use crate::model::article::Analyzed;
use crate::model::claim::Quantity;
use crate::model::finding::{Amount, Evidence, FactValue, Finding, Measure, Side};
use key::{View, group_key, view};

/// Judge every group of aligned figures.
pub fn compare_claims(articles: &[Analyzed], rel: &Relations) -> Vec<Finding> {
    let mut groups: BTreeMap<(Measure, String), Vec<View>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        for q in &a.claims.quantities {
            if let Some(v) = view(i, q, rel.approx)
                && let Some(key) = group_key(&v)
            {
                groups.entry(key).or_default().push(v);
            }
        }
    }
    let mut out = Vec::new();
    for views in groups.values() {
        verdict::judge_group(articles, views, rel, &mut out);
    }
    out.extend(sums::sums(articles, rel));
    out.extend(disputes::disputes(articles, rel));
    out
}

/// A figure as the evidence of a finding: its quote with the hedge, its normalized value.
pub fn quantity_evidence(article: usize, q: &Quantity) -> Evidence {
    let (span, text) = match &q.hedge {
        Some(h) => (q.span, format!("{h} {}", q.text)),
        None => (q.span, q.text.clone()),
    };
    Evidence {
        article,
        span,
        text,
        value: Some(q.value),
        low: q.low,
        high: q.high,
        bound: Some(q.bound),
        unit: q.unit.clone(),
        sentence: q.sentence,
    }
}

/// A figure as a side of a finding's message.
fn side_of(v: &View) -> Side {
    Side {
        article: v.article,
        interval: v.interval,
        day: v.day,
    }
}

/// A figure as a value of a finding's facts.
fn figure(v: &View) -> FactValue {
    FactValue::Figure(Amount::of(v.q))
}
