//! The rustc-style snippet view: each finding as a diagnostic with the figures underlined in
//! their lines, rendered by `annotate-snippets` (the renderer rustc itself uses).

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Snippet};

use super::findings::Summary;
use super::message::message;
use crate::model::article::Analyzed;
use crate::model::finding::{Finding, Severity};

pub fn render(
    articles: &[Analyzed],
    findings: &[Finding],
    summary: &Summary,
    color: bool,
) -> String {
    let renderer = super::palette::snippet_renderer(color).decor_style(DecorStyle::Ascii);
    let mut out = String::new();
    for f in findings {
        let level = match f.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Note => Level::NOTE,
        };
        let status = match f.status {
            Some(crate::model::finding::Status::Accepted) => " (accepted)",
            _ => "",
        };
        let title = format!("{}{status}", message(articles, f));
        let mut group = Group::with_title(level.primary_title(title.as_str()).id(f.kind.as_str()));
        // One snippet per article line, with every piece of evidence on it underlined.
        let mut lines: Vec<(usize, usize, usize)> = Vec::new(); // (article, line start, line end)
        for e in &f.evidence {
            let text = &articles[e.article].article.text;
            let start = text[..e.span.start].rfind('\n').map_or(0, |i| i + 1);
            let end = text[e.span.end..]
                .find('\n')
                .map_or(text.len(), |i| e.span.end + i);
            if !lines.contains(&(e.article, start, end)) {
                lines.push((e.article, start, end));
            }
        }
        for &(art, start, end) in &lines {
            let a = &articles[art];
            let (line, _) = a.lines.position(&a.article.text, start);
            let mut snippet = Snippet::source(&a.article.text[start..end])
                .line_start(line)
                .path(a.article.path.as_str());
            for e in f
                .evidence
                .iter()
                .filter(|e| e.article == art && e.span.start >= start && e.span.end <= end)
            {
                // A figure is underlined and named; a sentence (a rewrite's, a quote's) only
                // has its first words underlined, with no label repeating it.
                let (from, to) = (e.span.start - start, e.span.end - start);
                let annotation = if e.text.chars().count() <= LABEL_MAX {
                    AnnotationKind::Primary
                        .span(from..to)
                        .label(e.text.as_str())
                } else {
                    let cut = e
                        .text
                        .char_indices()
                        .nth(LABEL_MAX)
                        .map_or(e.text.len(), |(i, _)| i);
                    AnnotationKind::Primary.span(from..from + cut)
                };
                snippet = snippet.annotation(annotation);
            }
            group = group.element(snippet);
        }
        let report: Vec<Group> = vec![group];
        out.push_str(&renderer.render(&report).to_string());
        out.push_str("\n\n");
    }
    out.push_str(&summary.line(findings));
    out.push('\n');
    out
}

/// Quotes longer than this many characters are underlined only this far and not repeated as a
/// label.
const LABEL_MAX: usize = 60;
