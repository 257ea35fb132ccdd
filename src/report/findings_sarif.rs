//! `check --format sarif`: SARIF 2.1.0, the format code-scanning services read.
//!
//! One rule per finding kind; each result has the kind as `ruleId`, a level, the message, the
//! first claim as its location and the rest as `relatedLocations`, the fingerprint under
//! `partialFingerprints["crosscheck/v1"]`, and `baselineState` (`new` or `unchanged`).

use serde_json::{Value, json};

use super::message::message;
use crate::model::article::Analyzed;
use crate::model::finding::{Evidence, Finding, FindingKind, Severity, Status};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn location(articles: &[Analyzed], e: &Evidence, id: Option<usize>) -> Value {
    let a = &articles[e.article];
    let (line, col) = a.lines.position(&a.article.text, e.span.start);
    let (end_line, end_col) = a.lines.position(&a.article.text, e.span.end);
    let mut loc = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": a.article.path.trim_start_matches("./") },
            "region": {
                "startLine": line,
                "startColumn": col,
                "endLine": end_line,
                "endColumn": end_col,
                "snippet": { "text": e.text },
            },
        },
    });
    if let (Some(id), Value::Object(m)) = (id, &mut loc) {
        m.insert("id".into(), json!(id));
    }
    loc
}

pub fn render(articles: &[Analyzed], findings: &[Finding]) -> String {
    let rules: Vec<Value> = FindingKind::ALL
        .iter()
        .map(|k| {
            let e = super::explain::explain(*k);
            json!({
                "id": k.as_str(),
                "name": k.as_str(),
                "shortDescription": {"text": e.summary},
                "fullDescription": {"text": format!("{} When it fires: {}", e.summary, e.fires)},
                "help": {"text": super::explain::render(*k)},
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut r = json!({
                "ruleId": f.kind.as_str(),
                "level": level(f.severity),
                "message": { "text": message(articles, f) },
                "partialFingerprints": { "crosscheck/v1": f.fingerprint },
                "baselineState": if f.status == Some(Status::Accepted) { "unchanged" } else { "new" },
            });
            if let Value::Object(m) = &mut r {
                if let Some(first) = f.evidence.first() {
                    m.insert("locations".into(), json!([location(articles, first, None)]));
                }
                if f.evidence.len() > 1 {
                    let related: Vec<Value> = f.evidence[1..].iter().enumerate().map(|(i, e)| location(articles, e, Some(i + 1))).collect();
                    m.insert("relatedLocations".into(), json!(related));
                }
            }
            r
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "crosscheck",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
