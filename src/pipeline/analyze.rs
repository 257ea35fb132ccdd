//! The pure stages for one article: segment, extract, and index its lines; and the compare
//! stage over all of them.
//!
//! Segmenting and extracting are apart (`segment`, `extract_claims`) so that `check` can find
//! near-duplicates, which read only text and segments, before the claims exist (see
//! `Session::check`); `analyze` does both.

use rayon::prelude::*;

use crate::extract;
use crate::model::article::{Analyzed, Article};
use crate::model::claim::Claims;
use crate::text::segment;
use crate::text::span::LineIndex;

/// Analyze many articles on all cores; the result keeps the input order.
pub fn analyze_all(articles: Vec<Article>) -> Vec<Analyzed> {
    articles.into_par_iter().map(analyze).collect()
}

/// Segment and extract one article.
pub fn analyze(article: Article) -> Analyzed {
    let mut a = segment(article);
    extract_claims(&mut a);
    a
}

/// Segment one article and index its lines; its claims are empty until `extract_claims`.
pub fn segment(article: Article) -> Analyzed {
    let mut segments = segment::segment(&article.text, article.body);
    // Held for every article until the report is written: no spare capacity.
    segments.shrink_to_fit();
    let lines = LineIndex::new(&article.text);
    Analyzed {
        article,
        segments,
        claims: Claims::default(),
        lines,
    }
}

/// Extract the claims of a segmented article (with its own date).
pub fn extract_claims(a: &mut Analyzed) {
    let mut claims = extract::extract(&a.article.text, &a.segments, a.article.date);
    claims.shrink_to_fit();
    a.claims = claims;
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
    let t = std::time::Instant::now();
    let found = crate::compare::near_duplicates(articles, settings);
    compare_found(articles, found, t.elapsed(), settings)
}

/// `compare` after `compare::near_duplicates` (run on the same articles, before or after
/// their claims were extracted, in `near_time`): dates, re-extraction, aliases, findings.
pub fn compare_found(
    articles: &mut [Analyzed],
    mut rewrites: crate::compare::Rewrites,
    near_time: std::time::Duration,
    settings: &crate::compare::Settings,
) -> (
    crate::compare::Outcome,
    Vec<(&'static str, std::time::Duration)>,
) {
    let t = std::time::Instant::now();
    crate::compare::infer_dates(articles, &mut rewrites, settings);
    let mut laps = vec![("near-duplicates", near_time + t.elapsed())];
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
