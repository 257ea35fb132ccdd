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
    table.set_header(vec![
        "location", "quote", "value", "counted", "happened", "when", "where", "who says",
    ]);
    // Keep `file:line:col` on one line so it can be copied into an editor.
    if let Some(col) = table.column_mut(0) {
        col.set_constraint(ColumnConstraint::ContentWidth);
    }
    let mut rows = 0;
    for a in articles {
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
            table.add_row(vec![
                format!("{}:{line}:{col}", a.article.path),
                quote,
                value_cell(q),
                counted,
                q.predicate.as_ref().map(|p| p.label()).unwrap_or_default(),
                date_label(q).unwrap_or_default(),
                q.place.as_ref().map(|p| p.text.clone()).unwrap_or_default(),
                q.attribution
                    .as_ref()
                    .map(|s| s.source.clone())
                    .unwrap_or_default(),
            ]);
            rows += 1;
        }
    }
    let quotes: usize = articles.iter().map(|a| a.claims.quotes.len()).sum();
    let roles: usize = articles.iter().map(|a| a.claims.roles.len()).sum();
    format!(
        "{table}\n{rows} figures, {quotes} quotes, {roles} roles in {} articles\n",
        articles.len()
    )
}
