//! `claims --format csv`: the jsonl fields plus `file` first, RFC 4180 quoting.

use super::claim_row;
use crate::model::article::Analyzed;

const HEADER: &[&str] = &[
    "file",
    "text",
    "start",
    "end",
    "line",
    "column",
    "value",
    "low",
    "high",
    "bound",
    "unit",
    "change",
    "predicate",
    "date",
    "place",
    "attribution",
    "sentence",
];

pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn render(articles: &[Analyzed]) -> String {
    let mut out = HEADER.join(",");
    out.push('\n');
    let val = |v: &serde_json::Value| {
        if v.is_null() {
            String::new()
        } else {
            v.to_string()
        }
    };
    for a in articles {
        for q in &a.claims.quantities {
            let r = claim_row(a, q);
            let cells = [
                a.article.path.clone(),
                r.text,
                r.start.to_string(),
                r.end.to_string(),
                r.line.to_string(),
                r.column.to_string(),
                val(&r.value),
                val(&r.low),
                val(&r.high),
                r.bound.to_string(),
                r.unit.unwrap_or_default(),
                r.change.unwrap_or_default().to_string(),
                r.predicate.unwrap_or_default(),
                r.date.unwrap_or_default(),
                r.place.unwrap_or_default(),
                r.attribution.unwrap_or_default(),
                r.sentence,
            ];
            out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
