//! `check --format brief`: one line per finding, `path:line:col: severity[kind]: message`,
//! the shape editors and `grep` understand. Accepted findings end with ` (accepted)`.

use super::findings::{Summary, location};
use super::message::message;
use super::palette::paint;
use crate::model::article::Analyzed;
use crate::model::finding::{Finding, Status};

pub fn render(
    articles: &[Analyzed],
    findings: &[Finding],
    summary: &Summary,
    color: bool,
) -> String {
    let mut out = String::new();
    for f in findings {
        let at = f
            .evidence
            .first()
            .map(|e| location(articles, e))
            .unwrap_or_else(|| {
                f.articles
                    .first()
                    .map(|&i| format!("{}:1:1", articles[i].article.path))
                    .unwrap_or_default()
            });
        let label = paint(
            &format!("{}[{}]", f.severity.as_str(), f.kind.as_str()),
            f.severity,
            color,
        );
        let accepted = if f.status == Some(Status::Accepted) {
            " (accepted)"
        } else {
            ""
        };
        out.push_str(&format!(
            "{at}: {label}: {}{accepted}\n",
            message(articles, f)
        ));
    }
    out.push_str(&summary.line(findings));
    out.push('\n');
    out
}
