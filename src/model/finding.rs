//! The finding model: one type for everything `check` reports, whatever the output format.
//!
//! A `Finding` has a kind (the names of PRODUCT.md), a severity, a subject (what the claims are
//! about, in words), a one-line message a person can check by reading the quotes, and the
//! `Evidence` it rests on: spans into articles with their quotes and normalized values. Line
//! and column are not stored; renderers derive them. The fingerprint identifies a finding
//! across runs and edits: it hashes the kind, the subject, the files and the normalized values,
//! never line numbers or offsets, with FNV-1a 64 (a fixed, documented function, unlike
//! `DefaultHasher`, whose output may change between Rust releases).

use serde::{Deserialize, Serialize};

use crate::model::claim::Bound;
use crate::text::hash::fnv1a;
use crate::text::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    Conflict,
    SumMismatch,
    Disputed,
    Updated,
    QuoteVariant,
    RoleVariant,
    DifferentEvent,
    Compatible,
    Agree,
    NearDuplicate,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::NearDuplicate => "near-duplicate",
            FindingKind::Agree => "agree",
            FindingKind::Compatible => "compatible",
            FindingKind::Conflict => "conflict",
            FindingKind::SumMismatch => "sum-mismatch",
            FindingKind::DifferentEvent => "different-event",
            FindingKind::Updated => "updated",
            FindingKind::Disputed => "disputed",
            FindingKind::QuoteVariant => "quote-variant",
            FindingKind::RoleVariant => "role-variant",
        }
    }

    pub const ALL: [FindingKind; 10] = [
        FindingKind::Conflict,
        FindingKind::SumMismatch,
        FindingKind::Disputed,
        FindingKind::Updated,
        FindingKind::QuoteVariant,
        FindingKind::RoleVariant,
        FindingKind::DifferentEvent,
        FindingKind::Compatible,
        FindingKind::Agree,
        FindingKind::NearDuplicate,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// The lowest severity of a new finding that fails the run.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    #[default]
    Error,
    Warning,
    Note,
    Never,
}

impl FailOn {
    /// The severity at which a finding fails, or none for `never`.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Note => Some(Severity::Note),
            FailOn::Never => None,
        }
    }
}

/// One quoted claim a finding rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// Index of the article in the checked set.
    pub article: usize,
    pub span: Span,
    /// The exact quote (the figure with its hedge, a role, a quotation).
    pub text: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub bound: Option<Bound>,
    pub unit: Option<String>,
    /// The sentence the quote is in, for snippet views.
    pub sentence: Span,
}

/// How similar two articles are.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Similarity {
    /// Jaccard of word 5-shingles.
    pub resemblance: f64,
    /// Share of the shorter article's 5-shingles found in the other.
    pub containment: f64,
    /// Share of the shorter article's sentences aligned with one in the other.
    pub aligned: f64,
}

/// Whether a baseline already accepts a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    New,
    Accepted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Accepted => "accepted",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    /// What the claims are about: "killed: person", "role of Rustem Umerov".
    pub subject: String,
    pub message: String,
    pub evidence: Vec<Evidence>,
    /// The articles involved (indices), for near-duplicates and summaries.
    pub articles: Vec<usize>,
    pub similarity: Option<Similarity>,
    pub fingerprint: String,
    /// Set by the baseline; `None` means no baseline was consulted (treated as new).
    pub status: Option<Status>,
}

/// The fingerprint of a finding: kind, subject, the files' paths and the values, never
/// positions. Order-independent in the files and values.
pub fn fingerprint(kind: FindingKind, subject: &str, files: &[&str], values: &[String]) -> String {
    let mut files: Vec<&str> = files.iter().map(|f| f.trim_start_matches("./")).collect();
    files.sort();
    files.dedup();
    let mut values = values.to_vec();
    values.sort();
    let canonical = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}",
        kind.as_str(),
        subject,
        files.join("\u{1e}"),
        values.join("\u{1e}")
    );
    format!("{:016x}", fnv1a(canonical.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_order_and_leading_dot_slash() {
        let a = fingerprint(
            FindingKind::Agree,
            "point of plan",
            &["x.txt", "./y.txt"],
            &["28".into(), "29".into()],
        );
        let b = fingerprint(
            FindingKind::Agree,
            "point of plan",
            &["y.txt", "x.txt"],
            &["29".into(), "28".into()],
        );
        assert_eq!(a, b);
        let c = fingerprint(
            FindingKind::Conflict,
            "point of plan",
            &["y.txt", "x.txt"],
            &["29".into(), "28".into()],
        );
        assert_ne!(a, c);
    }
}
