//! `crosscheck compare A B` as data: two articles side by side — their sentences, the
//! alignment (kept or reworded passages, what B dropped and added), their similarity and the
//! figures of aligned sentences that differ.
//!
//! Pure: it reads two analyzed articles and returns a `SideBySide`. It does not print; the
//! renderers (table, json) are `report::compare_side`.

use super::similarity::{self, Alignment};
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

/// Compare the first two articles of `articles`.
pub fn compare_two(articles: &[Analyzed]) -> SideBySide {
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
        for (x, y) in super::changed_figures_in(&qa, &qb) {
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
