//! Reporting: one row model for claims, several renderers (one file per format), and the
//! wording of findings (`message`, one function per kind), which every findings renderer uses.
//!
//! `model::row::ClaimRow` is the flat, documented shape of one quantity claim that every claims
//! format prints (and the index stores). Renderers write into a `String`; the caller decides where it goes (stdout, a file), so a
//! closed pipe or a full disk is handled in one place.

pub mod claims_csv;
pub mod claims_json;
pub mod claims_table;
pub mod compare_side;
pub mod explain;
pub mod fact_table;
pub mod findings;
pub mod findings_brief;
pub mod findings_github;
pub mod findings_json;
pub mod findings_markdown;
pub mod findings_sarif;
pub mod findings_snippet;
pub mod message;

pub use crate::model::display::{date_label, human_number, human_value};
pub use crate::model::row::{ClaimRow, claim_row, number, opt_number};
