//! The `claims` table: one row per figure with where it is, the quote, the value with its
//! bound (and an arrow for a change of a level: `↑4.2` rose 4.2, `↓12` fell 12), what is
//! counted, what happened, when, where and who says so.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::{date_label, human_value};
use crate::model::article::Analyzed;
use crate::model::claim::{Change, Quantity};

/// The value with its bound, an arrow first for a change: `↑4.2`, `↓>18`, `212`.
fn value_cell(q: &Quantity) -> String {
    let arrow = match q.change {
        Some(Change::Up) => "↑",
        Some(Change::Down) => "↓",
        None => "",
    };
    format!("{arrow}{}", human_value(q))
}

pub fn render(articles: &[Analyzed], width: Option<u16>) -> String {
    let mut table = Table::new();
    table.load_style(UTF8_FULL_CONDENSED);
    table.set_content_arrangement(ContentArrangement::Dynamic);
    table.set_width(width.unwrap_or(160));
    // A narrow terminal: short file names (with a legend) and when, where and who in one
    // column, so that every cell keeps a readable width.
    let narrow = width.is_some_and(|w| w < NARROW);
    let all: Vec<usize> = (0..articles.len()).collect();
    let names = super::short_names(articles, &all);
    if narrow {
        table.set_header(vec![
            "at",
            "quote",
            "value",
            "counted",
            "happened",
            "when · where · who",
        ]);
    } else {
        table.set_header(vec![
            "location", "quote", "value", "counted", "happened", "when", "where", "who says",
        ]);
    }
    // Keep `file:line:col` on one line so it can be copied into an editor.
    if let Some(col) = table.column_mut(0) {
        col.set_constraint(ColumnConstraint::ContentWidth);
    }
    let mut rows = 0;
    for (ai, a) in articles.iter().enumerate() {
        for q in &a.claims.quantities {
            let (line, col) = a.lines.position(&a.article.text, q.span.start);
            let quote = match &q.hedge {
                Some(h) => format!("{h} {}", q.text),
                None => q.text.clone(),
            };
            let counted = match (&q.unit, &q.counted) {
                (Some(u), Some(c)) if !c.modifiers.is_empty() => {
                    format!("{u} ({})", c.modifiers.join(", "))
                }
                (Some(u), _) => u.clone(),
                (None, _) => String::new(),
            };
            let when = date_label(q).unwrap_or_default();
            let place = q.place.as_ref().map(|p| p.text.clone()).unwrap_or_default();
            let who = q
                .attribution
                .as_ref()
                .map(|s| s.source.clone())
                .unwrap_or_default();
            let happened = q.predicate.as_ref().map(|p| p.label()).unwrap_or_default();
            if narrow {
                let context: Vec<String> = [when, place, who]
                    .into_iter()
                    .filter(|c| !c.is_empty())
                    .collect();
                table.add_row(vec![
                    format!("{}:{line}:{col}", names[ai]),
                    quote,
                    value_cell(q),
                    counted,
                    happened,
                    context.join("\n"),
                ]);
            } else {
                table.add_row(vec![
                    format!("{}:{line}:{col}", a.article.path),
                    quote,
                    value_cell(q),
                    counted,
                    happened,
                    when,
                    place,
                    who,
                ]);
            }
            rows += 1;
        }
    }
    let quotes: usize = articles.iter().map(|a| a.claims.quotes.len()).sum();
    let roles: usize = articles.iter().map(|a| a.claims.roles.len()).sum();
    let legend: String = if narrow {
        articles
            .iter()
            .zip(&names)
            .map(|(a, n)| format!("{n} = {}\n", a.article.path))
            .collect()
    } else {
        String::new()
    };
    format!(
        "{legend}{table}\n{}: {}\n",
        super::findings::plural(articles.len(), "article"),
        [
            super::findings::plural(rows, "figure"),
            super::findings::plural(quotes, "quote"),
            super::findings::plural(roles, "role"),
        ]
        .join(", ")
    )
}

/// Below this many columns the table is laid out narrow.
const NARROW: u16 = 120;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::load::parse_article;

    fn analyzed(path: &str, text: &str) -> Analyzed {
        crate::pipeline::analyze(parse_article(path, text.as_bytes().to_vec()).unwrap())
    }

    #[test]
    fn an_80_column_terminal_gets_short_names_and_one_context_column() {
        let articles = [
            analyzed(
                "coverage/2025/wires/001_reuters_kyiv.txt",
                "Russia fired 22 missiles and more than 460 drones at Ukraine overnight, \
                 killing at least seven people in Kyiv, officials said on Tuesday.",
            ),
            analyzed(
                "coverage/2025/wires/002_ap_kyiv.txt",
                "At least nine people were killed in Kyiv, Mayor Vitalii Klitschko said.",
            ),
        ];
        let out = render(&articles, Some(80));
        for line in out.lines() {
            assert!(line.chars().count() <= 80, "{line}");
        }
        assert!(
            out.starts_with("001 = coverage/2025/wires/001_reuters_kyiv.txt\n"),
            "{out}"
        );
        assert!(out.contains("001:1:"), "{out}");
        // A wide terminal keeps full paths and a column each for when, where and who.
        let wide = render(&articles, Some(200));
        assert!(
            wide.contains("coverage/2025/wires/002_ap_kyiv.txt:1:"),
            "{wide}"
        );
        assert!(wide.contains("who says"), "{wide}");
    }
}
