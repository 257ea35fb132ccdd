//! Reporting: one row model for claims, several renderers (one file per format).
//!
//! `ClaimRow` is the flat, documented shape of one quantity claim that every claims format
//! prints; it derives line and column from byte offsets here, at the edge, and nowhere else.
//! Renderers write into a `String`; the caller decides where it goes (stdout, a file), so a
//! closed pipe or a full disk is handled in one place.

pub mod claims_csv;
pub mod claims_json;
pub mod claims_table;
pub mod compare_side;
pub mod findings;
pub mod findings_brief;
pub mod findings_github;
pub mod findings_json;
pub mod findings_markdown;
pub mod findings_sarif;
pub mod findings_snippet;
pub mod findings_table;

use serde::Serialize;
use serde_json::Value;

use crate::model::article::Analyzed;
use crate::model::claim::{Granularity, Quantity};

/// The `claims --format jsonl` contract: exactly these fields, in this order.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimRow {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub value: Value,
    pub low: Value,
    pub high: Value,
    pub bound: &'static str,
    pub unit: Option<String>,
    pub predicate: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
    pub attribution: Option<String>,
    pub sentence: String,
}

/// A number as JSON: integral values print without a fraction.
pub fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        Value::from(v as i64)
    } else {
        // Round away binary noise (1.13e9 * ... ) to 10 significant digits.
        let rounded: f64 = format!("{v:.10e}").parse().unwrap_or(v);
        serde_json::Number::from_f64(rounded).map_or(Value::Null, Value::Number)
    }
}

pub fn opt_number(v: Option<f64>) -> Value {
    v.map_or(Value::Null, number)
}

/// Human form of a value: `1,130,000,000`, `0.5`, `76`.
pub fn human_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        let s = (v.abs() as i64).to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 { format!("-{out}") } else { out }
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The value with its bound as a person reads it: `≥7`, `>460`, `24–99`, `~5`.
pub fn human_value(q: &Quantity) -> String {
    match (q.bound, q.low, q.high) {
        (crate::model::claim::Bound::Range, Some(lo), Some(hi)) => {
            format!("{}–{}", human_number(lo), human_number(hi))
        }
        (b, _, _) => format!("{}{}", b.sign(), human_number(q.value)),
    }
}

pub fn date_label(q: &Quantity) -> Option<String> {
    let t = q.time.as_ref()?;
    Some(match (t.day, t.granularity) {
        (Some(d), Granularity::Day | Granularity::Night) => d.to_string(),
        (Some(d), Granularity::Week) => format!("week of {d}"),
        (Some(d), Granularity::Month) => d.strftime("%Y-%m").to_string(),
        (Some(d), Granularity::Year) => d.year().to_string(),
        (None, _) => format!("{} (unresolved)", t.text),
    })
}

pub fn claim_row(a: &Analyzed, q: &Quantity) -> ClaimRow {
    let (line, column) = a.lines.position(&a.article.text, q.span.start);
    ClaimRow {
        text: q.text.clone(),
        start: q.span.start,
        end: q.span.end,
        line,
        column,
        value: number(q.value),
        low: opt_number(q.low),
        high: opt_number(q.high),
        bound: q.bound.as_str(),
        unit: q.unit.clone(),
        predicate: q.predicate.as_ref().map(|p| p.label()),
        date: q.time.as_ref().and_then(|t| t.day).map(|d| d.to_string()),
        place: q.place.as_ref().map(|p| p.text.clone()),
        attribution: q.attribution.as_ref().map(|a| a.source.clone()),
        sentence: q.sentence.slice(&a.article.text).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_plainly() {
        assert_eq!(number(7.0), Value::from(7));
        assert_eq!(number(1.13e9), Value::from(1_130_000_000i64));
        assert_eq!(human_number(1_130_000_000.0), "1,130,000,000");
        assert_eq!(human_number(0.5), "0.5");
        assert_eq!(
            number(1.0 / 3.0).as_f64().map(|v| (v * 1e6).round()),
            Some(333_333.0)
        );
    }
}
