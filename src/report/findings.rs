//! Shared pieces of the `check` renderers: where a piece of evidence is, and the summary line.

use crate::model::article::{Analyzed, LoadError};
use crate::model::finding::{Evidence, Finding, FindingKind};

/// `file:line:col` of a piece of evidence.
pub fn location(articles: &[Analyzed], e: &Evidence) -> String {
    let a = &articles[e.article];
    let (line, col) = a.lines.position(&a.article.text, e.span.start);
    format!("{}:{line}:{col}", a.article.path)
}

/// What a `check` run covered, for the summary line and the json `summary`.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub articles: usize,
    /// Figures, quotes and roles: the claims, in the words `claims` uses.
    pub figures: usize,
    pub quotes: usize,
    pub roles: usize,
    /// All three together.
    pub claims: usize,
    /// Inputs that could not be loaded.
    pub skipped: Vec<LoadError>,
    /// Baseline entries no finding matched.
    pub stale: usize,
    /// How many stories the articles form.
    pub stories: usize,
    /// Articles that matched no other article (indices), when there are two or more articles.
    pub unmatched: Vec<usize>,
    /// Findings not shown (`--select`, `--ignore`, `--min-severity`).
    pub hidden: usize,
    /// What was checked against what, for the first line of the terminal table: "checked 4
    /// articles in seeds against crosscheck.baseline.json ...".
    pub checked: Option<String>,
}

impl Summary {
    pub fn of(articles: &[Analyzed], skipped: Vec<LoadError>) -> Summary {
        let count = |f: fn(&Analyzed) -> usize| articles.iter().map(f).sum::<usize>();
        let figures = count(|a| a.claims.quantities.len());
        let quotes = count(|a| a.claims.quotes.len());
        let roles = count(|a| a.claims.roles.len());
        Summary {
            articles: articles.len(),
            figures,
            quotes,
            roles,
            claims: figures + quotes + roles,
            skipped,
            stale: 0,
            stories: 0,
            unmatched: Vec::new(),
            hidden: 0,
            checked: None,
        }
    }

    /// The story picture: how many stories, which articles joined none.
    pub fn with_stories(mut self, stories: &crate::compare::story::Stories) -> Summary {
        self.stories = stories.members.len();
        if self.articles >= 2 {
            self.unmatched = stories.alone();
        }
        self
    }

    pub fn counts(findings: &[Finding]) -> Vec<(FindingKind, usize)> {
        FindingKind::ALL
            .iter()
            .map(|&k| (k, findings.iter().filter(|f| f.kind == k).count()))
            .filter(|&(_, n)| n > 0)
            .collect()
    }

    /// "4 articles, 87 claims; findings: 1 near-duplicate, 2 agree; skipped: none".
    pub fn line(&self, findings: &[Finding]) -> String {
        let counts = Self::counts(findings);
        let found = if counts.is_empty() {
            "no findings".to_string()
        } else {
            format!(
                "findings: {}",
                counts
                    .iter()
                    .map(|(k, n)| format!("{n} {}", k.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let skipped = if self.skipped.is_empty() {
            "skipped: none".to_string()
        } else {
            // A few named, the rest counted: each is on stderr already.
            let shown: Vec<String> = self
                .skipped
                .iter()
                .take(3)
                .map(LoadError::to_string)
                .collect();
            let more = match self.skipped.len().saturating_sub(3) {
                0 => String::new(),
                n => format!("; and {n} more (see the errors above)"),
            };
            format!("skipped {}: {}{more}", self.skipped.len(), shown.join("; "))
        };
        let accepted = findings
            .iter()
            .filter(|f| f.status == Some(crate::model::finding::Status::Accepted))
            .count();
        let baseline = if accepted > 0 || self.stale > 0 {
            format!(
                "; {} new, {accepted} accepted, {} stale baseline entries",
                findings.len() - accepted,
                self.stale
            )
        } else {
            String::new()
        };
        let hidden = match self.hidden {
            0 => String::new(),
            n => format!("; {n} not shown (--select, --ignore, --min-severity)"),
        };
        let unmatched = match self.unmatched.len() {
            0 => String::new(),
            1 => "; 1 article matched no other article".to_string(),
            n => format!("; {n} articles matched no other article"),
        };
        format!(
            "{}: {}; {found}{hidden}{baseline}{unmatched}; {skipped}",
            plural(self.articles, "article"),
            [
                plural(self.figures, "figure"),
                plural(self.quotes, "quote"),
                plural(self.roles, "role"),
            ]
            .join(", ")
        )
    }
}

/// "1 article", "4 articles".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `check --statistics`: findings counted per kind and severity, then the summary line.
pub fn statistics(findings: &[Finding], summary: &Summary) -> String {
    let mut counts: std::collections::BTreeMap<
        (FindingKind, crate::model::finding::Severity),
        usize,
    > = std::collections::BTreeMap::new();
    for f in findings {
        *counts.entry((f.kind, f.severity)).or_default() += 1;
    }
    let mut out = String::new();
    for ((kind, severity), n) in counts {
        out.push_str(&format!(
            "{n:5}  {:16} {}\n",
            kind.as_str(),
            severity.as_str()
        ));
    }
    out.push_str(&summary.line(findings));
    out.push('\n');
    out
}

#[cfg(test)]
mod summary_tests {
    use super::*;

    #[test]
    fn the_summary_names_a_few_skipped_files_and_counts_the_rest() {
        let skipped: Vec<LoadError> = (0..5)
            .map(|i| LoadError {
                path: format!("bad{i}.txt"),
                problem: "not valid UTF-8".into(),
            })
            .collect();
        let line = Summary {
            articles: 1,
            figures: 2,
            skipped,
            ..Summary::default()
        }
        .line(&[]);
        assert!(
            line.starts_with("1 article: 2 figures, 0 quotes, 0 roles; no findings"),
            "{line}"
        );
        assert!(
            line.contains("skipped 5: bad0.txt: not valid UTF-8"),
            "{line}"
        );
        assert!(!line.contains("bad3.txt"), "{line}");
        assert!(
            line.ends_with("; and 2 more (see the errors above)"),
            "{line}"
        );
    }
}
