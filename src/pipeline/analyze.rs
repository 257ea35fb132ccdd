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
    let mut segments = segment::segment(&article.text, article.body);
    let mut claims = extract::extract(&article.text, &segments, article.date);
    // Held for every article until the report is written: no spare capacity.
    segments.shrink_to_fit();
    claims.shrink_to_fit();
    let lines = LineIndex::new(&article.text);
    Analyzed {
        article,
        segments,
        claims,
        lines,
    }
}

/// The compare stage: near-duplicates and inferred dates, the claims of articles whose date
/// was inferred extracted again with it, the configured aliases, then the findings. Returns
/// the outcome and how long each part took.
pub fn compare(
    articles: &mut [Analyzed],
    settings: &crate::compare::Settings,
) -> (
    crate::compare::Outcome,
    Vec<(&'static str, std::time::Duration)>,
) {
    let mut laps = Vec::new();
    let t = std::time::Instant::now();
    let mut rewrites = crate::compare::rewrites(articles, settings);
    laps.push(("near-duplicates", t.elapsed()));
    let t = std::time::Instant::now();
    // Only the claims change: relative times are resolved again with the borrowed date.
    let redone: Vec<(usize, crate::model::claim::Claims)> = rewrites
        .inferred_dates
        .par_iter()
        .map(|(&i, &(date, _))| {
            let a = &articles[i];
            (
                i,
                extract::extract(&a.article.text, &a.segments, Some(date)),
            )
        })
        .collect();
    for (i, mut claims) in redone {
        claims.shrink_to_fit();
        articles[i].claims = claims;
    }
    if !rewrites.inferred_dates.is_empty() || !settings.aliases.is_empty() {
        // The stories grouped before were of other claims or keys.
        rewrites.stories = None;
    }
    crate::compare::apply_aliases(articles, &settings.aliases);
    laps.push(("inferred dates and aliases", t.elapsed()));
    let t = std::time::Instant::now();
    let outcome = crate::compare::findings(articles, rewrites, settings);
    laps.push(("findings", t.elapsed()));
    (outcome, laps)
}
