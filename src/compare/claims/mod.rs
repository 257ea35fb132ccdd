//! Claim alignment and verdicts: facts of a story and a verdict per fact.
//!
//! The figures of each story (the articles `Relations::related` connects) are grouped by
//! measure — the concept counted, its qualifier, the predicate class, the noun a compound
//! describes — in map passes, not a comparison of every claim with every other; each measure is
//! split into events where there is evidence of another, and each fact (one measure, one event)
//! is judged once, with every source's figure. Totals of coordinated nouns are checked against
//! parts named elsewhere, and figures under a denial against the figures they dispute. One
//! concept per file:
//! - `key`: what a figure measures (`View`), which figures are aligned at all, its context;
//! - `interval`: what interval a hedged or rounded figure allows;
//! - `fact`: which figures of a story are one fact;
//! - `event`: where one measure's figures are about different events;
//! - `verdict`: agree, compatible, conflict, updated, different-event, per fact;
//! - `sums`: totals against their parts (sum-mismatch);
//! - `breakdown`: an article's lists by label against its own total;
//! - `conversion`: a figure's conversion in brackets that does not convert (conflict);
//! - `disputes`: denied figures (disputed).
//!
//! This file runs the passes and turns views into the pieces of a finding (evidence, sides,
//! values). The module builds typed findings; it does not word them (`report::message`), nor
//! find near-duplicates or people (`similarity`, `people`).

mod breakdown;
mod conversion;
mod disputes;
mod event;
mod fact;
#[cfg(test)]
pub(crate) mod fixture;
mod interval;
mod key;
mod sums;
mod verdict;

use std::collections::BTreeMap;

use jiff::civil::Date;

pub use key::predicate_class;

use super::Relations;
use crate::model::article::Analyzed;
use crate::model::claim::Quantity;
use crate::model::finding::{Amount, Evidence, FactValue, Finding, Side};
use key::{View, views_of};

/// Judge every fact of every story, each article reported on its own date.
pub fn compare_claims(articles: &[Analyzed], rel: &Relations) -> Vec<Finding> {
    let reports: Vec<Option<Date>> = articles.iter().map(|a| a.article.date).collect();
    compare_claims_at(articles, rel, &reports)
}

/// Judge every fact of every story, article `i` reported on `reports[i]` (its date, or the
/// one inferred for it).
pub fn compare_claims_at(
    articles: &[Analyzed],
    rel: &Relations,
    reports: &[Option<Date>],
) -> Vec<Finding> {
    let story = fact::stories(articles.len(), rel);
    // Each figure is read once for every pass below, and only where a pass reads it: the
    // facts of a story and the sums of linked articles, and a lone article's own breakdowns
    // of a coordinated total. A lone article's lists by label are read by `breakdown` on its
    // own, one article at a time: kept for the whole run, their views were a quarter of the
    // memory at 100,000 articles.
    let views = views_of(articles, reports, rel.approx, |i| {
        !rel.neighbors(i).is_empty() || sums::may_total_alone(&articles[i])
    });
    let mut by_story: BTreeMap<usize, Vec<View>> = BTreeMap::new();
    for (i, of_article) in views.iter().enumerate() {
        if rel.neighbors(i).is_empty() {
            continue; // an article alone in its story has nothing to be checked against
        }
        for v in of_article.iter().flatten() {
            by_story.entry(story[i]).or_default().push(v.clone());
        }
    }
    // Stories are judged on all cores: a story's facts and verdicts read only its own views
    // and what `judge` itself pushed, so each story fills its own list, and the lists joined
    // in story order are the one list a serial loop made. Serial, this was a tenth of the
    // run over BBC with one core idle.
    use rayon::prelude::*;
    let stories: Vec<Vec<View>> = by_story.into_values().collect();
    let judged: Vec<Vec<Finding>> = stories
        .into_par_iter()
        .map(|views| {
            let mut out = Vec::new();
            for events in fact::facts(views) {
                verdict::judge(articles, &events, rel, &mut out);
            }
            out
        })
        .collect();
    let mut out: Vec<Finding> = judged.into_iter().flatten().collect();
    out.extend(sums::sums_in(articles, &views, rel));
    out.extend(breakdown::breakdowns_in(
        articles, &views, reports, rel.approx,
    ));
    out.extend(conversion::conversions(articles, &views, rel));
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
        bearing: v
            .q
            .reference
            .as_ref()
            .and_then(|r| r.bearing.as_deref())
            .and_then(crate::lexicon::bearing_word),
        clock: v.q.kind == crate::model::claim::Kind::Clock,
        // In the measure's base unit, like the interval: its middle; converted from another
        // unit ("75 miles"), to the four digits a reader takes in ("120.7", not "120.7008").
        written: (v.q.bound == crate::model::claim::Bound::Exact && v.interval.hi.is_finite())
            .then(|| {
                let middle = (v.interval.lo + v.interval.hi) / 2.0;
                let converted = v.q.kind == crate::model::claim::Kind::Measure
                    && v.q.unit.as_deref() != Some(v.measure.unit.as_str());
                if !converted {
                    middle
                } else {
                    significant(middle, CONVERTED_DIGITS)
                }
            }),
    }
}

/// How many significant digits a figure converted into the measure's unit is shown with.
const CONVERTED_DIGITS: i32 = 4;

/// `x` rounded to `digits` significant digits.
fn significant(x: f64, digits: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(digits - 1 - x.abs().log10().floor() as i32);
    (x * scale).round() / scale
}

/// A figure as a value of a finding's facts.
fn figure(v: &View) -> FactValue {
    FactValue::Figure(Amount::of(v.q))
}

#[cfg(test)]
mod tests {
    use super::significant;

    #[test]
    fn a_converted_figure_is_shown_to_four_digits() {
        // "75 miles" is shown as 120.7 kilometres, not 120.7008.
        assert_eq!(significant(120.7008, 4), 120.7);
        assert_eq!(significant(1_609.344, 4), 1_609.0);
        assert_eq!(significant(0.0, 4), 0.0);
    }
}
