//! crosscheck: extract the numeric and factual claims of news articles and cross-check them.
//!
//! The pipeline is load → segment → extract → normalize → compare → report. Every stage but
//! load and report is a pure function of its input. The layers are folders, and each imports
//! only from the ones before it: `text` (spans, segments, tokens) → `model` (articles, claims,
//! findings) → `extract` → `compare` → `pipeline` (the entry point) → `report` and `cli`.

pub mod cli;
pub mod compare;
pub mod extract;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod text;

pub use model::article::Analyzed;
pub use pipeline::{analyze, analyze_all};
