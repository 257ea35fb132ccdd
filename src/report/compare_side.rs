//! `crosscheck compare A B`: two articles side by side — the aligned passages (kept or
//! reworded), what B dropped and added, and the figures that differ, with both quotes.

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde_json::json;

use crate::compare::similarity::{self, Alignment, KEPT_AT};
use crate::model::article::Analyzed;
use crate::model::claim::Quantity;
use crate::model::finding::Similarity;
use crate::text::span::Span;

pub struct SideBySide {
    pub sentences_a: Vec<Span>,
    pub sentences_b: Vec<Span>,
    pub alignment: Alignment,
    pub similarity: Similarity,
    /// Figures in aligned sentences with the same unit and different values: (A, B).
    pub changed: Vec<(Quantity, Quantity)>,
}

pub fn compare_two(articles: &mut [Analyzed]) -> SideBySide {
    let sa = similarity::sketch(&articles[0]);
    let sb = similarity::sketch(&articles[1]);
    let alignment = similarity::align(&sa, &sb);
    let sim = similarity::similarity(&articles[0], &articles[1], &sa, &sb, &alignment);
    let mut changed = Vec::new();
    for &(i, j, _) in &alignment.pairs {
        let (spa, spb) = (sa.sentences[i].span, sb.sentences[j].span);
        let qa: Vec<&Quantity> = articles[0]
            .claims
            .quantities
            .iter()
            .filter(|q| q.sentence == spa)
            .collect();
        let qb: Vec<&Quantity> = articles[1]
            .claims
            .quantities
            .iter()
            .filter(|q| q.sentence == spb)
            .collect();
        for (x, y) in crate::compare::changed_figures_in(&qa, &qb) {
            changed.push((x.clone(), y.clone()));
        }
    }
    SideBySide {
        sentences_a: sa.sentences.iter().map(|s| s.span).collect(),
        sentences_b: sb.sentences.iter().map(|s| s.span).collect(),
        alignment,
        similarity: sim,
        changed,
    }
}

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
