//! The fact table, `check --format table` (the default on a terminal): per story, one row per
//! fact, one column per source, the figures in the cells and the verdict at the end — what a
//! fact-checker pins to the wall.
//!
//! A row is a finding's subject (the measure: "kill: person", "launch: drone"); findings about
//! the same subject in one story share a row, whatever their kind, so the row shows every
//! source's figure for it once. Sources are short names (the part of the file name before the
//! first `_` or `-` when that is unique in the story, else the file stem), with a legend. The
//! findings that are not figures (rewrite families, role and quote variants) are listed under
//! the table, and so are the explanations of warnings and errors — never in a column, so the
//! table fits the terminal. It owns the layout only; the wording is `message`.

use std::collections::BTreeMap;

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::findings::{Summary, location};
use super::message::message;
use crate::compare::story::Stories;
use crate::model::article::Analyzed;
use crate::model::finding::{Detail, Finding, FindingKind, Severity, Status};

/// Findings about figures, which have a row (not rewrites, roles or quotations).
fn is_figure_kind(f: &Finding) -> bool {
    !matches!(
        f.kind,
        FindingKind::NearDuplicate | FindingKind::RoleVariant | FindingKind::QuoteVariant
    ) && !matches!(f.detail, Detail::Quotes)
}

/// The story of a finding: that of the first article it rests on.
fn story_of(f: &Finding, stories: &Stories) -> usize {
    f.evidence
        .iter()
        .map(|e| e.article)
        .chain(f.articles.iter().copied())
        .filter_map(|a| stories.story_of.get(a).copied())
        .next()
        .unwrap_or(0)
}

pub fn render(
    articles: &[Analyzed],
    findings: &[Finding],
    summary: &Summary,
    stories: &Stories,
    inferred: &BTreeMap<usize, (jiff::civil::Date, crate::model::finding::DateSource)>,
    width: Option<u16>,
    color: bool,
) -> String {
    let mut by_story: BTreeMap<usize, Vec<&Finding>> = BTreeMap::new();
    for f in findings {
        by_story.entry(story_of(f, stories)).or_default().push(f);
    }
    let mut out = String::new();
    if let Some(checked) = &summary.checked {
        out.push_str(checked);
        out.push_str("\n\n");
    }
    for (s, group) in by_story {
        let members: Vec<usize> = match stories.members.get(s) {
            Some(m) => m.clone(),
            None => {
                let mut m: Vec<usize> = group
                    .iter()
                    .flat_map(|f| {
                        f.evidence
                            .iter()
                            .map(|e| e.article)
                            .chain(f.articles.clone())
                    })
                    .collect();
                m.sort_unstable();
                m.dedup();
                m
            }
        };
        let names = super::short_names(articles, &members);
        // The files are named once, in the story's header; messages use the short names.
        let mut legend: Vec<(&str, &str)> = members
            .iter()
            .zip(&names)
            .map(|(&a, n)| (articles[a].article.path.as_str(), n.as_str()))
            .collect();
        legend.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let column: BTreeMap<usize, usize> =
            members.iter().enumerate().map(|(c, &a)| (a, c)).collect();
        out.push_str(&format!(
            "story {} — {} article{}\n",
            s + 1,
            members.len(),
            if members.len() == 1 { "" } else { "s" }
        ));
        for (&a, name) in members.iter().zip(&names) {
            let date = match (articles[a].article.date, inferred.get(&a)) {
                (Some(d), _) => format!(" ({d})"),
                (None, Some((d, crate::model::finding::DateSource::Rewrite(from)))) => {
                    format!(" ({d}, inferred from {})", articles[*from].article.path)
                }
                (None, Some((d, crate::model::finding::DateSource::Weekdays))) => {
                    format!(" ({d}, inferred from its weekday names)")
                }
                (None, None) => " (undated)".to_string(),
            };
            out.push_str(&format!("  {name} = {}{date}\n", articles[a].article.path));
        }
        // Rows: one per subject, in the order findings come.
        let mut rows: Vec<(String, Vec<&Finding>)> = Vec::new();
        for f in group.iter().filter(|f| is_figure_kind(f)) {
            let label = f.subject.to_string();
            match rows.iter_mut().find(|(l, _)| *l == label) {
                Some((_, fs)) => fs.push(f),
                None => rows.push((label, vec![f])),
            }
        }
        if !rows.is_empty() {
            let mut table = Table::new();
            table.load_style(UTF8_FULL_CONDENSED);
            table.set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(width.unwrap_or(120));
            let mut header = vec!["fact".to_string()];
            header.extend(names.iter().cloned());
            header.push("verdict".to_string());
            table.set_header(header);
            for (label, fs) in &rows {
                let mut cells: Vec<Vec<String>> = vec![Vec::new(); members.len()];
                for f in fs {
                    for e in &f.evidence {
                        if let Some(&c) = column.get(&e.article)
                            && !cells[c].contains(&e.text)
                        {
                            cells[c].push(e.text.clone());
                        }
                    }
                }
                let mut verdicts: Vec<(Severity, FindingKind, bool)> = fs
                    .iter()
                    .map(|f| (f.severity, f.kind, f.status == Some(Status::Accepted)))
                    .collect();
                verdicts.sort();
                verdicts.dedup();
                let verdict: Vec<String> = verdicts
                    .iter()
                    .map(|(sev, kind, accepted)| {
                        let mut v = kind.as_str().to_string();
                        if *sev != Severity::Note {
                            v.push_str(&format!(" ({})", sev.as_str()));
                        }
                        if *accepted {
                            v.push_str(" accepted");
                        }
                        v
                    })
                    .collect();
                let mut row = vec![label.clone()];
                row.extend(cells.into_iter().map(|c| c.join("\n")));
                row.push(verdict.join("\n"));
                table.add_row(row);
            }
            out.push_str(&table.to_string());
            out.push('\n');
        }
        // Under the table: what needs reading (warnings and errors), and the findings that are
        // not figures.
        for f in group
            .iter()
            .filter(|f| !is_figure_kind(f) || f.severity != Severity::Note)
        {
            let at = f
                .evidence
                .first()
                .map(|e| location(articles, e))
                .unwrap_or_default();
            let status = match f.status {
                Some(Status::Accepted) => " (accepted)",
                _ => "",
            };
            let tag = format!("{}[{}]", f.severity.as_str(), f.kind.as_str());
            out.push_str(&format!(
                "  {}{status} {at}\n    {}\n",
                super::palette::paint(&tag, f.severity, color),
                shortened(&message(articles, f), &legend)
            ));
        }
        // The notes that are only rows of the table, one line per kind.
        let mut notes: Vec<(FindingKind, usize)> = Vec::new();
        for f in group
            .iter()
            .filter(|f| is_figure_kind(f) && f.severity == Severity::Note)
        {
            match notes.iter_mut().find(|(k, _)| *k == f.kind) {
                Some((_, n)) => *n += 1,
                None => notes.push((f.kind, 1)),
            }
        }
        for (kind, n) in notes {
            let k = kind.as_str();
            out.push_str(&format!(
                "  {n} {k} note{}: rows of the table; `--format brief --select {k}` prints them in full\n",
                if n == 1 { "" } else { "s" }
            ));
        }
        out.push('\n');
    }
    out.push_str(&summary.line(findings));
    out.push('\n');
    out
}

/// A message with each of a story's file paths replaced by its short name from the header
/// (longest path first, so no path is cut inside another).
fn shortened(message: &str, legend: &[(&str, &str)]) -> String {
    let mut out = message.to_string();
    for (path, name) in legend {
        if path != name {
            out = out.replace(path, name);
        }
    }
    out
}
