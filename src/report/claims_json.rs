//! `claims --format json` and `--format jsonl`.
//!
//! jsonl is the stable per-figure contract: one `ClaimRow` object per line with exactly the
//! fields of PRODUCT.md. json is one document, versioned, grouping figures, quotes, roles,
//! mentions (numerals that are no quantity: ranks), anchors (years dated from with "since")
//! and scores by article and adding the richer fields (kind, hedge, counted noun and modifiers, negation,
//! the time expression and its granularity, identity keys).

use serde_json::{Value, json};

use super::{claim_row, number, opt_number};
use crate::model::article::Analyzed;

/// The claims contract's version: 2 added `change` (a change of a level, `up` or `down`, or
/// `null` for a level).
pub const VERSION: u32 = 3;

pub fn render_jsonl(articles: &[Analyzed]) -> String {
    let mut out = Vec::new();
    let _ = write_jsonl(articles, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Stream the rows as they are made, one line each, in the bytes serde_json would write for a
/// `ClaimRow` (`claims_jsonl` writes them by hand; no whole-output buffer).
pub fn write_jsonl(articles: &[Analyzed], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    super::claims_jsonl::write_rows(articles, out)
}

pub fn render_json(articles: &[Analyzed]) -> String {
    let docs: Vec<Value> = articles.iter().map(article_json).collect();
    let doc = json!({ "version": VERSION, "articles": docs });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

fn article_json(a: &Analyzed) -> Value {
    let text = &a.article.text;
    let pos = |at: usize| a.lines.position(text, at);
    let quantities: Vec<Value> = a
        .claims
        .quantities
        .iter()
        .map(|q| {
            let mut row = serde_json::to_value(claim_row(a, q)).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut row {
                m.insert("file".into(), json!(a.article.path));
                m.insert("kind".into(), json!(q.kind));
                m.insert("hedge".into(), json!(q.hedge));
                m.insert("counted".into(), json!(q.counted));
                m.insert(
                    "negated".into(),
                    json!(q.predicate.as_ref().map(|p| p.negated || p.denied)),
                );
                m.insert(
                    "time".into(),
                    json!(q.time.as_ref().map(|t| json!({
                        "text": t.text,
                        "day": t.day.map(|d| d.to_string()),
                        "granularity": t.granularity,
                        "unresolved": t.unresolved,
                    }))),
                );
                m.insert("place_key".into(), json!(q.place.as_ref().map(|p| &p.key)));
                m.insert(
                    "attribution_key".into(),
                    json!(q.attribution.as_ref().map(|p| &p.key)),
                );
                m.insert("holder".into(), json!(q.holder));
                m.insert("low".into(), opt_number(q.low));
            }
            row
        })
        .collect();
    let quotes: Vec<Value> = a
        .claims
        .quotes
        .iter()
        .map(|q| {
            let (line, column) = pos(q.span.start);
            json!({"text": q.text, "start": q.span.start, "end": q.span.end, "line": line, "column": column, "speaker": q.speaker, "speaker_key": q.speaker_key})
        })
        .collect();
    let roles: Vec<Value> = a
        .claims
        .roles
        .iter()
        .map(|r| {
            let (line, column) = pos(r.span.start);
            json!({"person": r.person, "person_key": r.person_key, "role": r.role, "start": r.span.start, "end": r.span.end, "line": line, "column": column})
        })
        .collect();
    let mentions: Vec<Value> = a
        .claims
        .mentions
        .iter()
        .map(|m| {
            let (line, column) = pos(m.span.start);
            json!({"kind": m.kind.as_str(), "text": m.text, "value": number(m.value), "noun": m.noun, "start": m.span.start, "end": m.span.end, "line": line, "column": column})
        })
        .collect();
    let anchors: Vec<Value> = a
        .claims
        .anchors
        .iter()
        .map(|x| {
            let (line, column) = pos(x.span.start);
            json!({"text": x.span.slice(&a.article.text), "first_year": x.first_year, "last_year": x.last_year, "words": x.words, "start": x.span.start, "end": x.span.end, "line": line, "column": column})
        })
        .collect();
    let scores: Vec<Value> = a
        .claims
        .scores
        .iter()
        .map(|x| {
            let (line, column) = pos(x.span.start);
            json!({"text": x.span.slice(&a.article.text), "first": x.first, "second": x.second, "phase": x.phase, "start": x.span.start, "end": x.span.end, "line": line, "column": column})
        })
        .collect();
    json!({
        "file": a.article.path,
        "date": a.article.date.map(|d| d.to_string()),
        "quantities": quantities,
        "quotes": quotes,
        "roles": roles,
        "mentions": mentions,
        "anchors": anchors,
        "scores": scores,
    })
}
