//! `check --format json` and `jsonl`: the versioned machine contract.
//!
//! json is one document `{"version": 1, "articles": [...], "findings": [...], "summary": {...}}`;
//! jsonl is one finding object per line (the same objects). Each finding has `kind`,
//! `severity`, `fingerprint`, `message`, `status` (`new` or `accepted`), `subject`, `files`
//! and `claims`: objects with `file`, `line`, `column`, `start`, `end`, `text`, `value`, `low`,
//! `high`, `bound`, `unit`. A near-duplicate also has `similarity`.

use serde_json::{Value, json};

use super::findings::Summary;
use super::message::message;
use super::opt_number;
use crate::model::article::Analyzed;
use crate::model::finding::{Finding, Status};

pub const VERSION: u32 = 1;

pub fn finding_json(articles: &[Analyzed], f: &Finding) -> Value {
    let claims: Vec<Value> = f
        .evidence
        .iter()
        .map(|e| {
            let a = &articles[e.article];
            let (line, column) = a.lines.position(&a.article.text, e.span.start);
            json!({
                "file": a.article.path,
                "line": line,
                "column": column,
                "start": e.span.start,
                "end": e.span.end,
                "text": e.text,
                "value": opt_number(e.value),
                "low": opt_number(e.low),
                "high": opt_number(e.high),
                "bound": e.bound.map(|b| b.as_str()),
                "unit": e.unit,
            })
        })
        .collect();
    let mut files: Vec<&str> = f
        .articles
        .iter()
        .map(|&i| articles[i].article.path.as_str())
        .collect();
    // A duplicate-file finding names its copies, which are not articles of the run.
    if let crate::model::finding::Detail::Copies { copies } = &f.detail {
        files.extend(copies.iter().map(String::as_str));
    }
    let mut v = json!({
        "kind": f.kind.as_str(),
        "severity": f.severity.as_str(),
        "fingerprint": f.fingerprint,
        "message": message(articles, f),
        "status": f.status.unwrap_or(Status::New).as_str(),
        "subject": f.subject.to_string(),
        "files": files,
        "claims": claims,
    });
    if let (Some(s), Value::Object(m)) = (f.similarity, &mut v) {
        m.insert("similarity".into(), json!({"resemblance": round3(s.resemblance), "containment": round3(s.containment), "aligned": round3(s.aligned)}));
    }
    v
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

pub fn render_json(
    articles: &[Analyzed],
    findings: &[Finding],
    summary: &Summary,
    inferred: &[(usize, String, Option<usize>)],
) -> String {
    let doc = document(articles, findings, summary, inferred);
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// `render_json` written to `out` as it is serialized: the report of a large collection
/// (63 MB for 20,025 articles) is not held as one string besides everything else.
pub fn write_json(
    articles: &[Analyzed],
    findings: &[Finding],
    summary: &Summary,
    inferred: &[(usize, String, Option<usize>)],
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let doc = document(articles, findings, summary, inferred);
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}

fn document<'a>(
    articles: &'a [Analyzed],
    findings: &'a [Finding],
    summary: &Summary,
    inferred: &'a [(usize, String, Option<usize>)],
) -> Document<'a> {
    let by_kind: serde_json::Map<String, Value> = Summary::counts(findings)
        .into_iter()
        .map(|(k, n)| (k.as_str().to_string(), json!(n)))
        .collect();
    let totals = json!({
            "articles": summary.articles,
            "claims": summary.claims,
            "figures": summary.figures,
            "quotes": summary.quotes,
            "roles": summary.roles,
            "findings": findings.len(),
            "by_kind": by_kind,
            "new": findings.iter().filter(|f| f.status != Some(Status::Accepted)).count(),
            "skipped": summary.skipped,
            "stories": summary.stories,
            "unmatched": summary.unmatched.iter().map(|&i| articles[i].article.path.as_str()).collect::<Vec<_>>(),
    });
    Document {
        version: VERSION,
        articles: Articles { articles, inferred },
        findings: Findings { articles, findings },
        summary: totals,
    }
}

/// The json document, serialized as the object `json!` would build (same keys, same order) but
/// with each finding's `Value` built only while it is written: the tree of every finding at
/// once was several times the size of the text (a 62 MB report took 440 MB).
#[derive(serde::Serialize)]
struct Document<'a> {
    version: u32,
    articles: Articles<'a>,
    findings: Findings<'a>,
    summary: Value,
}

/// The articles of the document, each one's `Value` built as it is written: all at once they
/// were 110 MB at 100,000 articles, the peak of the run.
struct Articles<'a> {
    articles: &'a [Analyzed],
    inferred: &'a [(usize, String, Option<usize>)],
}

impl serde::Serialize for Articles<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let (articles, inferred) = (self.articles, self.inferred);
        let mut seq = serializer.serialize_seq(Some(articles.len()))?;
        for (i, a) in articles.iter().enumerate() {
            let inferred_from = inferred.iter().find(|(k, _, _)| *k == i);
            seq.serialize_element(&json!({
                "file": a.article.path,
                "date": inferred_from.map(|(_, d, _)| d.clone()).or(a.article.date.map(|d| d.to_string())),
                "date_inferred_from": inferred_from.and_then(|(_, _, from)| from.map(|f| articles[f].article.path.clone())),
                "date_inferred_by": inferred_from.map(|(_, _, from)| if from.is_some() { "near-duplicate" } else { "weekday names" }),
                "claims": a.claims.quantities.len() + a.claims.quotes.len() + a.claims.roles.len(),
                "figures": a.claims.quantities.len(),
                "quotes": a.claims.quotes.len(),
                "roles": a.claims.roles.len(),
            }))?;
        }
        seq.end()
    }
}

/// How many findings' values are built before they are written: enough to share among the
/// cores, few enough that their trees stay small beside the text.
const FINDINGS_AT_ONCE: usize = 256;

struct Findings<'a> {
    articles: &'a [Analyzed],
    findings: &'a [Finding],
}

impl serde::Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use rayon::prelude::*;
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(self.findings.len()))?;
        // A chunk of findings' values built on all cores, then written in order: building a
        // value (the message, each claim's line and column) is half of writing it, and the
        // writer is one thread. Only one chunk's values are held at a time.
        for chunk in self.findings.chunks(FINDINGS_AT_ONCE) {
            let values: Vec<Value> = chunk
                .par_iter()
                .map(|f| finding_json(self.articles, f))
                .collect();
            for v in &values {
                seq.serialize_element(v)?;
            }
        }
        seq.end()
    }
}

pub fn render_jsonl(articles: &[Analyzed], findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        out.push_str(&serde_json::to_string(&finding_json(articles, f)).unwrap_or_default());
        out.push('\n');
    }
    out
}
