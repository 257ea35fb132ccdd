//! `check --format markdown`: a report for pull requests and step summaries.

use super::findings::{Summary, location};
use super::message::message;
use crate::model::article::Analyzed;
use crate::model::finding::{Finding, FindingKind};

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn render(articles: &[Analyzed], findings: &[Finding], summary: &Summary) -> String {
    let mut out = String::from("# crosscheck findings\n\n");
    for kind in FindingKind::ALL {
        let group: Vec<&Finding> = findings.iter().filter(|f| f.kind == kind).collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "## {} ({})\n\n| severity | claims | why |\n|---|---|---|\n",
            kind.as_str(),
            group.len()
        ));
        for f in group {
            let claims: Vec<String> = f
                .evidence
                .iter()
                .map(|e| format!("`{}` “{}”", location(articles, e), cell(&e.text)))
                .collect();
            let status = f
                .status
                .map(|s| format!(" ({})", s.as_str()))
                .unwrap_or_default();
            out.push_str(&format!(
                "| {}{status} | {} | {} |\n",
                f.severity.as_str(),
                claims.join("<br>"),
                cell(&message(articles, f))
            ));
        }
        out.push('\n');
    }
    out.push_str(&format!("{}\n", summary.line(findings)));
    out
}
