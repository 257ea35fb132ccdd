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
    pub change: Option<&'static str>,
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
        change: q.change.map(|c| c.as_str()),
        predicate: q.predicate.as_ref().map(|p| p.label()),
        date: q.time.as_ref().and_then(|t| t.day).map(|d| d.to_string()),
        place: q.place.as_ref().map(|p| p.text.clone()),
        attribution: q.attribution.as_ref().map(|a| a.source.clone()),
        sentence: bounded_sentence(&a.article.text, q.sentence, q.span),
    }
}

/// Sentences longer than this are cut around the figure in a row (`start`/`end` and the
/// article give the whole text): a 20,000-figure sentence must not be repeated 20,000 times.
pub const SENTENCE_LIMIT: usize = 1000;

/// The sentence of a figure, or, when it is longer than `SENTENCE_LIMIT` bytes, the part of it
/// around the figure with `…` where it was cut.
pub fn bounded_sentence(
    text: &str,
    sentence: crate::text::span::Span,
    figure: crate::text::span::Span,
) -> String {
    let whole = sentence.slice(text);
    if whole.len() <= SENTENCE_LIMIT {
        return whole.to_string();
    }
    let half = SENTENCE_LIMIT / 2;
    let mut from = figure.start.saturating_sub(half).max(sentence.start);
    let mut to = (from + SENTENCE_LIMIT).min(sentence.end);
    from = to.saturating_sub(SENTENCE_LIMIT).max(sentence.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let mut out = String::with_capacity(SENTENCE_LIMIT + 8);
    if from > sentence.start {
        out.push('…');
    }
    out.push_str(&text[from..to]);
    if to < sentence.end {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::display::human_number;

    #[test]
    fn long_sentences_are_cut_around_the_figure() {
        use crate::text::span::Span;
        let text = format!("{} 42 sheep {}.", "a".repeat(3000), "b".repeat(3000));
        let at = text.find("42").unwrap();
        let s = bounded_sentence(&text, Span::new(0, text.len()), Span::new(at, at + 2));
        assert!(s.contains("42 sheep"), "{s}");
        assert!(s.starts_with('…') && s.ends_with('…'));
        assert!(s.len() <= SENTENCE_LIMIT + 2 * '…'.len_utf8());
        let short = "Seven people died.";
        assert_eq!(
            bounded_sentence(short, Span::new(0, short.len()), Span::new(0, 5)),
            short
        );
    }

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
