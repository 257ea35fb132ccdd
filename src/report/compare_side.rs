//! Rendering of `crosscheck compare A B`: two articles side by side — the aligned passages
//! (kept or reworded), what B dropped and added, and the figures that differ, with both quotes.
//!
//! Only the table and json renderers live here; what is aligned, dropped, added or changed is
//! computed by `compare::side`.

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde_json::json;

use crate::compare::side::SideBySide;
use crate::compare::similarity::KEPT_AT;
use crate::model::article::Analyzed;
use crate::model::claim::Quantity;
use crate::text::span::Span;

fn loc(a: &Analyzed, at: usize) -> String {
    let (l, c) = a.lines.position(&a.article.text, at);
    format!("{}:{l}:{c}", a.article.path)
}

fn quote(q: &Quantity) -> String {
    match &q.hedge {
        Some(h) => format!("{h} {}", q.text),
        None => q.text.clone(),
    }
}

pub fn render_table(articles: &[Analyzed], s: &SideBySide, width: Option<u16>) -> String {
    let (a, b) = (&articles[0], &articles[1]);
    let new_table = |header: Vec<&str>| {
        let mut t = Table::new();
        t.load_style(UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_width(width.unwrap_or(160));
        t.set_header(header);
        t
    };
    let mut out = format!(
        "{} vs {}: {} of {} sentences aligned ({:.0}% of the shorter), 5-word resemblance {:.2}, containment {:.2}\n\n",
        a.article.path,
        b.article.path,
        s.alignment.pairs.len(),
        s.sentences_a.len().min(s.sentences_b.len()),
        100.0 * s.similarity.aligned,
        s.similarity.resemblance,
        s.similarity.containment
    );
    let mut aligned = new_table(vec!["", "A", "B"]);
    for &(i, j, d) in &s.alignment.pairs {
        let status = if d >= KEPT_AT { "kept" } else { "changed" };
        aligned.add_row(vec![
            format!("{status}\n{d:.2}"),
            format!(
                "{}\n{}",
                loc(a, s.sentences_a[i].start),
                s.sentences_a[i].slice(&a.article.text)
            ),
            format!(
                "{}\n{}",
                loc(b, s.sentences_b[j].start),
                s.sentences_b[j].slice(&b.article.text)
            ),
        ]);
    }
    out.push_str(&format!(
        "aligned passages ({})\n{aligned}\n\n",
        s.alignment.pairs.len()
    ));
    let mut figures = new_table(vec!["A", "B", "unit"]);
    for (qa, qb) in &s.changed {
        figures.add_row(vec![
            format!("{}\n“{}”", loc(a, qa.span.start), quote(qa)),
            format!("{}\n“{}”", loc(b, qb.span.start), quote(qb)),
            qa.unit.clone().unwrap_or_default(),
        ]);
    }
    if s.changed.is_empty() {
        out.push_str("figures that differ: none\n\n");
    } else {
        out.push_str(&format!(
            "figures that differ ({})\n{figures}\n\n",
            s.changed.len()
        ));
    }
    for (title, art, list, spans) in [
        ("dropped by B", a, &s.alignment.only_a, &s.sentences_a),
        ("added by B", b, &s.alignment.only_b, &s.sentences_b),
    ] {
        out.push_str(&format!("{title} ({})\n", list.len()));
        for &k in list.iter() {
            out.push_str(&format!(
                "  {}  {}\n",
                loc(art, spans[k].start),
                spans[k].slice(&art.article.text)
            ));
        }
        out.push('\n');
    }
    out
}

pub fn render_json(articles: &[Analyzed], s: &SideBySide) -> String {
    let (a, b) = (&articles[0], &articles[1]);
    let sent = |art: &Analyzed, sp: Span| {
        let (line, column) = art.lines.position(&art.article.text, sp.start);
        json!({"line": line, "column": column, "start": sp.start, "end": sp.end, "text": sp.slice(&art.article.text)})
    };
    let fig = |art: &Analyzed, q: &Quantity| {
        let (line, column) = art.lines.position(&art.article.text, q.span.start);
        json!({"line": line, "column": column, "start": q.span.start, "end": q.span.end, "text": quote(q), "value": crate::report::number(q.value), "bound": q.bound.as_str(), "unit": q.unit})
    };
    let doc = json!({
        "version": 1,
        "a": a.article.path,
        "b": b.article.path,
        "similarity": {"resemblance": s.similarity.resemblance, "containment": s.similarity.containment, "aligned": s.similarity.aligned},
        "aligned": s.alignment.pairs.iter().map(|&(i, j, d)| json!({
            "status": if d >= KEPT_AT { "kept" } else { "changed" },
            "score": (d * 1000.0).round() / 1000.0,
            "a": sent(a, s.sentences_a[i]),
            "b": sent(b, s.sentences_b[j]),
        })).collect::<Vec<_>>(),
        "dropped": s.alignment.only_a.iter().map(|&i| sent(a, s.sentences_a[i])).collect::<Vec<_>>(),
        "added": s.alignment.only_b.iter().map(|&j| sent(b, s.sentences_b[j])).collect::<Vec<_>>(),
        "figures_changed": s.changed.iter().map(|(qa, qb)| json!({"a": fig(a, qa), "b": fig(b, qb)})).collect::<Vec<_>>(),
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
