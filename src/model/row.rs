//! The flat row of one quantity claim: the `claims --format jsonl` contract, also what the
//! index stores per figure. Line and column are derived from byte offsets here, for display.

use serde::Serialize;
use serde_json::Value;

use crate::model::article::Analyzed;
use crate::model::claim::Quantity;

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
    use crate::model::display::human_number;

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
