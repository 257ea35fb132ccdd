//! Reporting: one row model for claims, several renderers (one file per format), and the
//! wording of findings (`message`, one function per kind), which every findings renderer uses.
//!
//! `model::row::ClaimRow` is the flat, documented shape of one quantity claim that every claims
//! format prints (and the index stores). Renderers write into a `String`; the caller decides where it goes (stdout, a file), so a
//! closed pipe or a full disk is handled in one place.

pub mod claims_csv;
pub mod claims_json;
pub mod claims_jsonl;
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
pub mod palette;

pub use crate::model::display::{date_label, human_number, human_value};
pub use crate::model::row::{ClaimRow, claim_row, number, opt_number};

/// Short column names for a story's sources.
pub(crate) fn short_names(
    articles: &[crate::model::article::Analyzed],
    members: &[usize],
) -> Vec<String> {
    let stem = |a: usize| {
        let p = std::path::Path::new(&articles[a].article.path);
        p.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| articles[a].article.path.clone())
    };
    let stems: Vec<String> = members.iter().map(|&a| stem(a)).collect();
    let heads: Vec<String> = stems
        .iter()
        .map(|s| s.split(['_', '-']).next().unwrap_or(s).to_string())
        .collect();
    let unique = {
        let mut h = heads.clone();
        h.sort();
        h.dedup();
        h.len() == heads.len() && heads.iter().all(|h| !h.is_empty())
    };
    if unique { heads } else { stems }
}
