//! The pure stages for one article: segment, extract, and index its lines.

use rayon::prelude::*;

use crate::extract;
use crate::model::article::{Analyzed, Article};
use crate::text::segment;
use crate::text::span::LineIndex;

/// Analyze many articles on all cores; the result keeps the input order.
pub fn analyze_all(articles: Vec<Article>) -> Vec<Analyzed> {
    articles.into_par_iter().map(analyze).collect()
}

/// Segment and extract one article.
pub fn analyze(article: Article) -> Analyzed {
    let segments = segment::segment(&article.text, article.body);
    let claims = extract::extract(&article.text, &segments, article.date);
    let lines = LineIndex::new(&article.text);
    Analyzed {
        article,
        segments,
        claims,
        lines,
    }
}
