//! The article model: one input text as loaded (`Article`) and after the pure stages
//! (`Analyzed`: its segments, claims and line index), and `LoadError`, an input that could
//! not become an article.
//!
//! These are plain data; loading them is `pipeline::load`, analyzing them `pipeline::analyze`.

use std::fmt;

use jiff::civil::Date;

use crate::model::claim::Claims;
use crate::text::segment::Segments;
use crate::text::span::{LineIndex, Span};

/// One loaded article.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Article {
    /// The path as the user gave it (or as found under a directory they gave); `-` for stdin.
    pub path: String,
    /// The file's stable identity for fingerprints and baselines: its path relative to the
    /// project root (see `set_keys`), so running from another directory finds the same
    /// findings. Defaults to `path` without a leading `./`.
    pub key: String,
    /// The whole file as read.
    pub text: String,
    /// The publication date from the header, if any.
    pub date: Option<Date>,
    /// Where the body starts (after the date header, if there is one).
    pub body: Span,
}

/// A problem with one input; the run goes on without it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: String,
    pub problem: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Machine formats list load errors as their one-line description.
impl serde::Serialize for LoadError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One article after the pure stages.
#[derive(Debug, Clone)]
pub struct Analyzed {
    pub article: Article,
    pub segments: Segments,
    pub claims: Claims,
    pub lines: LineIndex,
}
