//! crosscheck: extract the numeric and factual claims of news articles and cross-check them.
//!
//! The pipeline is load → segment → extract → normalize → compare → report. Every stage but
//! load and report is a pure function of its input. `analyze` runs the pure part for one
//! article; the binary (`main.rs`, `cli.rs`) wires loading and reporting around it.

pub mod baseline;
pub mod claim;
pub mod cli;
pub mod compare;
pub mod config;
pub mod extract;
pub mod finding;
pub mod index;
pub mod load;
pub mod normalize;
pub mod report;
pub mod segment;
pub mod span;

use claim::Claims;
use load::Article;
use segment::Segments;
use span::LineIndex;

/// One article after the pure stages.
#[derive(Debug, Clone)]
pub struct Analyzed {
    pub article: Article,
    pub segments: Segments,
    pub claims: Claims,
    pub lines: LineIndex,
}

/// Analyze many articles on all cores; the result keeps the input order.
pub fn analyze_all(articles: Vec<Article>) -> Vec<Analyzed> {
    use rayon::prelude::*;
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
