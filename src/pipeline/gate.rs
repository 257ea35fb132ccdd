//! The CI gate: which findings are new, which are accepted, which baseline entries are stale,
//! which findings may fail the run (focus), and whether the run fails (`fail_on`).
//!
//! Accepted means matched by a baseline entry (by fingerprint and count) or by an `[[accept]]`
//! entry of the config. A baseline entry no finding matches is stale when every file it names
//! was checked (its finding is really gone) or one of its files no longer exists; entries
//! about files this run did not look at are left alone. Focus files narrow what can fail, not
//! what is loaded: a finding is in focus when any article it rests on is. The gate decides;
//! it prints nothing.

use std::collections::HashSet;
use std::path::Path;

use crate::model::article::Analyzed;
pub use crate::model::finding::FailOn;
use crate::model::finding::{Finding, Status};
use crate::pipeline::baseline::{self, Baseline, Entry};
use crate::pipeline::settings::Settings;

/// Which articles may fail the run. `All` unless focus files were given or the run is
/// incremental (then the new or changed files and the focus files).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    All,
    Only(Vec<bool>),
}

impl Focus {
    /// Articles whose path names one of `paths` (compared canonically).
    pub fn of_paths(articles: &[Analyzed], paths: &[String]) -> Focus {
        if paths.is_empty() {
            return Focus::All;
        }
        let keys: HashSet<String> = paths.iter().map(|p| path_key(p)).collect();
        Focus::Only(
            articles
                .iter()
                .map(|a| keys.contains(&path_key(&a.article.path)))
                .collect(),
        )
    }

    /// Is article `i` in focus?
    pub fn contains(&self, i: usize) -> bool {
        match self {
            Focus::All => true,
            Focus::Only(flags) => flags.get(i).copied().unwrap_or(false),
        }
    }

    pub fn involves(&self, f: &Finding) -> bool {
        f.articles
            .iter()
            .chain(f.evidence.iter().map(|e| &e.article))
            .any(|&i| self.contains(i))
    }
}

/// Canonical form of a path for comparing focus files with loaded ones.
pub fn path_key(p: &str) -> String {
    std::fs::canonicalize(p)
        .map(|c| c.display().to_string())
        .unwrap_or_else(|_| p.trim_start_matches("./").to_string())
}

/// Focus paths from `--focus` and a `--focus-from` list (a file or `-`, one path a line).
pub fn read_focus(focus: &[String], from: Option<&str>) -> Result<Vec<String>, String> {
    let mut out = focus.to_vec();
    if let Some(from) = from {
        let text = if from == "-" {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .map_err(|e| format!("cannot read focus list from standard input: {e}"))?;
            s
        } else {
            std::fs::read_to_string(from)
                .map_err(|e| format!("{from}: cannot read focus list: {e}"))?
        };
        out.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from),
        );
    }
    Ok(out)
}

/// What the gate decided.
#[derive(Debug, Clone, Default)]
pub struct Verdict {
    /// Baseline entries no finding matched, about files this run checked (or gone).
    pub stale: Vec<Entry>,
    /// A new finding at or above `fail_on` involves the focus.
    pub failing: bool,
}

/// Mark every finding new or accepted, collect the stale baseline entries and decide whether
/// the run fails. `baseline` is the file's content, if there is one.
pub fn judge(
    articles: &[Analyzed],
    findings: &mut [Finding],
    baseline: Option<&Baseline>,
    settings: &Settings,
    focus: &Focus,
) -> Verdict {
    for f in findings.iter_mut() {
        f.status = Some(Status::New);
    }
    let stale = match baseline {
        Some(b) => stale_entries(articles, b, findings, &settings.root),
        None => Vec::new(),
    };
    for f in findings.iter_mut() {
        if settings.accepted.contains(&f.fingerprint) {
            f.status = Some(Status::Accepted);
        }
    }
    let threshold = settings.fail_on.threshold();
    let failing = findings.iter().any(|f| {
        f.status != Some(Status::Accepted)
            && threshold.is_some_and(|t| f.severity <= t)
            && focus.involves(f)
    });
    Verdict { stale, failing }
}

/// Apply the baseline to the findings; the unmatched entries that are stale.
fn stale_entries(
    articles: &[Analyzed],
    baseline: &Baseline,
    findings: &mut [Finding],
    root: &Path,
) -> Vec<Entry> {
    let loaded: HashSet<&str> = articles.iter().map(|a| a.article.key.as_str()).collect();
    baseline::apply(baseline, findings)
        .into_iter()
        .filter(|e| is_stale(e, &loaded, root))
        .collect()
}

/// An unmatched baseline entry is stale when every file it names was checked (so its finding
/// is really gone) or one of its files no longer exists.
fn is_stale(e: &Entry, loaded: &HashSet<&str>, root: &Path) -> bool {
    e.files.iter().all(|f| loaded.contains(f.as_str()))
        || e.files.iter().any(|f| !root.join(f).exists())
}

/// The baseline `crosscheck baseline` writes: every current finding accepted (notes of
/// entries that still match kept), or with `prune`, the old baseline without its stale
/// entries. Entries about files this run did not check are kept either way. Returns it with
/// the number of entries removed (for prune) and the number kept for unchecked files.
pub fn new_baseline(
    articles: &[Analyzed],
    findings: &mut [Finding],
    old: Option<&Baseline>,
    settings: &Settings,
    prune: bool,
) -> Result<(Baseline, usize, usize), String> {
    if prune {
        let Some(old) = old else {
            return Err(format!(
                "{}: no baseline to prune",
                settings.baseline.display()
            ));
        };
        let stale = stale_entries(articles, old, findings, &settings.root);
        Ok((baseline::prune(old, &stale), stale.len(), 0))
    } else {
        let mut new = baseline::accept_all(articles, findings, old);
        let checked: HashSet<&str> = articles.iter().map(|a| a.article.key.as_str()).collect();
        let kept = old.map_or(0, |o| baseline::keep_unchecked(&mut new, o, &checked));
        Ok((new, 0, kept))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::finding::Severity;
    use serde::Deserialize;

    #[test]
    fn fail_on_orders_severities() {
        assert_eq!(FailOn::Error.threshold(), Some(Severity::Error));
        assert_eq!(FailOn::Never.threshold(), None);
        // A warning fails at `warning` and `note`, not at `error`.
        let fails = |f: FailOn| f.threshold().is_some_and(|t| Severity::Warning <= t);
        assert!(!fails(FailOn::Error));
        assert!(fails(FailOn::Warning));
        assert!(fails(FailOn::Note));
        assert!(!fails(FailOn::Never));
    }

    #[test]
    fn fail_on_reads_from_config_words() {
        #[derive(Deserialize)]
        struct T {
            f: FailOn,
        }
        let t: T = toml::from_str("f = \"warning\"").unwrap();
        assert_eq!(t.f, FailOn::Warning);
        assert!(toml::from_str::<T>("f = \"sometimes\"").is_err());
    }
}
