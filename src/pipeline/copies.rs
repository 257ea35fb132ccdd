//! Byte-identical files: one finding per article that has copies in the run.
//!
//! Loading reads each distinct text once; a file whose bytes equal an article's is kept out
//! of the comparison (it would only agree with itself) and named here, with the article it
//! copies, as a `duplicate-file` note. It is a finding, not an input error: the exit code still
//! follows the run's other findings, and a baseline can accept it. Owns the finding only;
//! finding the copies is `load` (and `incremental` for the index).

use crate::model::article::Analyzed;
use crate::model::finding::{Detail, Evidence, Finding, FindingKind, Severity, Subject};

/// The `duplicate-file` findings of a run: `copies` holds (the copy's path, the key or path of
/// the article it copies); copies of an article not in `articles` are dropped.
pub fn duplicate_files(articles: &[Analyzed], copies: &[(String, String)]) -> Vec<Finding> {
    let mut by_original: std::collections::BTreeMap<usize, Vec<String>> = Default::default();
    for (copy, of) in copies {
        if let Some(i) = articles
            .iter()
            .position(|a| a.article.key == *of || a.article.path == *of)
        {
            by_original.entry(i).or_default().push(copy.clone());
        }
    }
    by_original
        .into_iter()
        .map(|(i, mut copies)| {
            copies.sort();
            copies.dedup();
            let a = &articles[i];
            let mut files: Vec<&str> = vec![a.article.key.as_str()];
            files.extend(copies.iter().map(|c| c.trim_start_matches("./")));
            // Where to point: the article's first sentence.
            let span = a
                .segments
                .sentences
                .first()
                .map_or(a.article.body, |s| s.span);
            Finding {
                evidence: vec![Evidence::of_sentence(i, &a.article.text, span)],
                articles: vec![i],
                ..Finding::new(
                    FindingKind::DuplicateFile,
                    Severity::Note,
                    Subject::Articles,
                    Vec::new(),
                    Detail::Copies {
                        copies: copies.clone(),
                    },
                    &files,
                )
            }
        })
        .collect()
}
