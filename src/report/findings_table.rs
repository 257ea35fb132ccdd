//! The `check` table: findings grouped by kind, the two sides' quotes next to each other with
//! `file:line:col`, and the explanation.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::findings::{Summary, location};
use super::message::message;
use crate::model::article::Analyzed;
use crate::model::finding::{Finding, FindingKind};

pub fn render(
    articles: &[Analyzed],
    findings: &[Finding],
    summary: &Summary,
    width: Option<u16>,
) -> String {
    let mut out = String::new();
    for kind in FindingKind::ALL {
        let group: Vec<&Finding> = findings.iter().filter(|f| f.kind == kind).collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("{} ({})\n", kind.as_str(), group.len()));
        let mut table = Table::new();
        table.load_style(UTF8_FULL_CONDENSED);
        table.set_content_arrangement(ContentArrangement::Dynamic);
        table.set_width(width.unwrap_or(160));
        table.set_header(vec!["severity", "one side", "other side", "why"]);
        for f in group {
            let side = |ev: &[crate::model::finding::Evidence]| {
                ev.iter()
                    .map(|e| format!("{}\n“{}”", location(articles, e), e.text))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let (first, rest) = f.evidence.split_at(f.evidence.len().min(1));
            let mut severity = f.severity.as_str().to_string();
            if let Some(status) = f.status {
                severity.push_str(&format!("\n{}", status.as_str()));
            }
            table.add_row(vec![
                severity,
                side(first),
                side(rest),
                message(articles, f),
            ]);
        }
        if let Some(col) = table.column_mut(0) {
            col.set_constraint(ColumnConstraint::ContentWidth);
        }
        out.push_str(&table.to_string());
        out.push_str("\n\n");
    }
    out.push_str(&summary.line(findings));
    out.push('\n');
    out
}
