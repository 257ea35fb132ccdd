//! `check --format github`: workflow commands that GitHub Actions turns into annotations on
//! the article's line, plus a Markdown summary for `$GITHUB_STEP_SUMMARY`.
//!
//! New findings come first, then by severity, because GitHub shows only the first ten
//! annotations of each kind per step. Each annotation is placed on a line of a focus file
//! (the files a pull request adds) when the finding has one there. Accepted findings are not
//! annotated.

use super::findings::{Summary, location};
use super::message::message;
use crate::model::article::Analyzed;
use crate::model::finding::{Evidence, Finding, Severity, Status};

/// Escape a message for a workflow command (`%`, CR, LF).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value (also `:` and `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(
    articles: &[Analyzed],
    findings: &[Finding],
    focus: &dyn Fn(usize) -> bool,
) -> String {
    let mut order: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.status != Some(Status::Accepted))
        .collect();
    order.sort_by_key(|f| f.severity);
    let mut out = String::new();
    for f in order {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let at: Option<&Evidence> = f
            .evidence
            .iter()
            .find(|e| focus(e.article))
            .or(f.evidence.first());
        let mut props = format!(
            "title={}",
            property(&format!("crosscheck {}", f.kind.as_str()))
        );
        if let Some(e) = at {
            let a = &articles[e.article];
            let (line, col) = a.lines.position(&a.article.text, e.span.start);
            let (end_line, end_col) = a.lines.position(&a.article.text, e.span.end);
            props = format!(
                "file={},line={line},col={col},endLine={end_line},endColumn={end_col},{props}",
                property(a.article.path.trim_start_matches("./"))
            );
        }
        let others: Vec<String> = f
            .evidence
            .iter()
            .map(|e| format!("{} “{}”", location(articles, e), e.text))
            .collect();
        out.push_str(&format!(
            "::{command} {props}::{}\n",
            data(&format!("{}\n{}", message(articles, f), others.join("\n")))
        ));
    }
    out
}

/// The Markdown summary for `$GITHUB_STEP_SUMMARY`.
pub fn step_summary(articles: &[Analyzed], findings: &[Finding], summary: &Summary) -> String {
    super::findings_markdown::render(articles, findings, summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(data("50% of\nall"), "50%25 of%0Aall");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
