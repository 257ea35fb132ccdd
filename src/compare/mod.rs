//! Cross-source comparison: the heart of `check`.
//!
//! Three passes over the analyzed articles, each pure and deterministic:
//! 1. `similarity`: near-duplicate pairs (LSH candidates, exact verification, alignment); an
//!    undated article borrows the date of a dated near-duplicate, marked as inferred, and its
//!    relative times are resolved again with it; failing that, one whose weekday names fall on
//!    single days of its story's window of dated articles is dated by them (`dating`).
//! 2. `claims`: figures grouped by key (predicate class, unit, described noun) — never by
//!    surface similarity — and judged pair by pair: agree, compatible, conflict, updated,
//!    different-event; coordinated parts against totals (sum-mismatch); denials (disputed).
//! 3. `people`: roles and quotations of the same person across articles; `anchor`: the years
//!    outlets date one thing from with "since"; `score`: the scores of a match's phases and
//!    of votes.
//!
//! `side` compares two given articles for `crosscheck compare A B` (alignment and changed
//! figures, no verdicts).
//!
//! The module owns the verdict rules and builds typed findings; it does not word them (that is
//! `report::message`), read files, print, or run extraction: the pipeline calls `rewrites`
//! (or, in `check`, `near_duplicates` before the claims are extracted and `infer_dates`
//! after), re-extracts the claims of articles whose date was inferred, applies aliases, and
//! calls `findings`.

mod anchor;
pub mod claims;
mod components;
pub mod dating;
pub mod people;
mod score;
pub mod side;
pub mod similarity;
pub mod story;
mod word_bits;

use std::collections::BTreeMap;

use crate::model::article::Analyzed;
use crate::model::display::human_number;
use crate::model::finding::{
    Amount, Detail, Evidence, FactValue, Family, Finding, FindingKind, InferredDate, Rewrite,
    Severity, Similarity, Subject,
};

/// A verified near-duplicate pair.
#[derive(Debug, Clone)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub similarity: Similarity,
    pub alignment: similarity::Alignment,
}

/// Tunable limits of the comparison.
#[derive(Debug, Clone)]
pub struct Settings {
    pub near_duplicate: similarity::Thresholds,
    /// Content-word Dice at which two articles are taken to be about the same story; claims
    /// of unrelated articles are never compared (measured on BBC pairs: the seeds, one story,
    /// are 0.23–0.45 apart; 99% of random same-section BBC pairs are below 0.22).
    pub related_at: f64,
    /// How far "about 500" may stray: ±10% by default.
    pub approx: f64,
    /// Identity aliases (lower case): alias → canonical key, for people and places.
    pub aliases: BTreeMap<String, String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            near_duplicate: similarity::Thresholds::default(),
            related_at: 0.2,
            approx: 0.1,
            aliases: BTreeMap::new(),
        }
    }
}

/// Which articles are about the same story, which are rewrites, and which of their sentences
/// are aligned. Relatedness is computed on demand and only for pairs that share a claim key.
pub struct Relations {
    near: std::collections::HashSet<(usize, usize)>,
    /// (article a, sentence start in a, article b, sentence start in b), a < b: sorted and
    /// distinct, searched by halves: less memory than a hash set of them (no spare capacity
    /// or control bytes), and a family of n rewrites aligns n(n-1)/2 pairs.
    aligned: Aligned,
    /// The stories: which article is in which, and (`links`) which articles each one is
    /// linked with directly — the articles its claims are compared with.
    pub stories: story::Stories,
    /// Relative tolerance of approximate figures.
    pub approx: f64,
}

/// Terms in more articles than this are too common to suggest a shared story.
pub fn rare_limit(n: usize) -> usize {
    (n / 1000).clamp(20, 100)
}

impl Relations {
    /// Each article's content words (sorted hashes), from its sketch.
    pub fn doc_words(sketches: &[similarity::Sketch]) -> Vec<Vec<u64>> {
        sketches
            .iter()
            .map(|s| s.article_words().to_vec())
            .collect()
    }

    pub fn new(
        articles: &[Analyzed],
        sketches: &[similarity::Sketch],
        pairs: &[Pair],
        related_at: f64,
        approx: f64,
        stories: Option<story::Stories>,
    ) -> Relations {
        use rayon::prelude::*;
        let rows = pairs.iter().flat_map(|p| {
            p.alignment.pairs.iter().map(|&(i, j, _)| {
                (
                    p.a,
                    sketches[p.a].sentences[i].span.start,
                    p.b,
                    sketches[p.b].sentences[j].span.start,
                )
            })
        });
        let count = pairs.iter().map(|p| p.alignment.pairs.len()).sum();
        let narrow = |x: usize| u32::try_from(x).ok();
        let compact: Option<Vec<(u32, u32, u32, u32)>> = {
            let mut v = Vec::with_capacity(count);
            rows.clone()
                .try_for_each(|(a, sa, b, sb)| {
                    v.push((narrow(a)?, narrow(sa)?, narrow(b)?, narrow(sb)?));
                    Some(())
                })
                .map(|()| v)
        };
        let aligned = match compact {
            Some(mut v) => {
                v.par_sort_unstable();
                v.dedup();
                Aligned::Narrow(v)
            }
            None => {
                let mut v: Vec<(usize, usize, usize, usize)> = rows.collect();
                v.par_sort_unstable();
                v.dedup();
                Aligned::Wide(v)
            }
        };
        let near_pairs: Vec<(usize, usize)> = pairs.iter().map(|p| (p.a, p.b)).collect();
        let stories = stories.unwrap_or_else(|| {
            let keys: Vec<story::StoryKeys> = articles
                .par_iter()
                .zip(sketches)
                .map(|(a, s)| story::keys(a, s.article_words()))
                .collect();
            story::group(&keys, &near_pairs, related_at, rare_limit(articles.len()))
        });
        Relations {
            near: near_pairs.into_iter().collect(),
            aligned,
            stories,
            approx,
        }
    }

    pub fn rewrite(&self, a: usize, b: usize) -> bool {
        self.near.contains(&(a.min(b), a.max(b)))
    }

    pub fn related(&self, a: usize, b: usize) -> bool {
        a == b || self.stories.links[a].binary_search(&b).is_ok()
    }

    /// The articles `a` is linked with directly in its story.
    pub fn neighbors(&self, a: usize) -> &[usize] {
        // Claims are compared between articles linked directly (shared content, or rare names
        // with contained content or a shared figure), not across a whole story's chain.
        &self.stories.links[a]
    }

    /// Are these two sentences aligned passages of a rewrite pair?
    pub fn aligned(
        &self,
        a: usize,
        sa: crate::text::span::Span,
        b: usize,
        sb: crate::text::span::Span,
    ) -> bool {
        let row = if a < b {
            (a, sa.start, b, sb.start)
        } else {
            (b, sb.start, a, sa.start)
        };
        match &self.aligned {
            Aligned::Narrow(v) => {
                let narrow = |x: usize| u32::try_from(x).ok();
                let (Some(w), Some(x), Some(y), Some(z)) =
                    (narrow(row.0), narrow(row.1), narrow(row.2), narrow(row.3))
                else {
                    return false;
                };
                v.binary_search(&(w, x, y, z)).is_ok()
            }
            Aligned::Wide(v) => v.binary_search(&row).is_ok(),
        }
    }
}

/// Aligned sentence pairs as `Relations::aligned` keeps them: in 32-bit fields when every
/// article index and sentence start fits (always, below the 4 GiB a file would need), half
/// the memory of four `usize`s — a family of nine rewrites aligns 36 pairs of each sentence
/// (1.5 million rows, 47 MB, in the 20,025-article family collection).
enum Aligned {
    Narrow(Vec<(u32, u32, u32, u32)>),
    Wide(Vec<(usize, usize, usize, usize)>),
}

#[cfg(test)]
impl Relations {
    /// Relations between `n` hand-built articles: the pairs in `related` are about the same
    /// story, the pairs in `rewrites` are near-duplicates (and so about the same story too); no
    /// sentences are aligned.
    pub(crate) fn for_tests(
        n: usize,
        related: &[(usize, usize)],
        rewrites: &[(usize, usize)],
        approx: f64,
    ) -> Relations {
        let near: std::collections::HashSet<(usize, usize)> = rewrites
            .iter()
            .map(|&(a, b)| (a.min(b), a.max(b)))
            .collect();
        let mut neighbors = vec![Vec::new(); n];
        for &(a, b) in related.iter().chain(near.iter()) {
            neighbors[a].push(b);
            neighbors[b].push(a);
        }
        for list in &mut neighbors {
            list.sort_unstable();
            list.dedup();
        }
        Relations {
            near,
            aligned: Aligned::Narrow(Vec::new()),
            stories: story::Stories {
                links: neighbors,
                ..story::Stories::default()
            },
            approx,
        }
    }
}

/// Everything `check` found.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    pub pairs: Vec<Pair>,
    /// Which articles are about the same story.
    pub stories: story::Stories,
    /// Article index → (inferred date, where it comes from).
    pub inferred_dates: BTreeMap<usize, (jiff::civil::Date, crate::model::finding::DateSource)>,
}

/// The first pass: each article's sketch (with its content words), the verified near-duplicate pairs,
/// and the dates undated articles borrow from a dated rewrite. The caller re-extracts the
/// claims of those articles with their borrowed date before `findings`.
#[derive(Debug, Clone, Default)]
pub struct Rewrites {
    pub sketches: Vec<similarity::Sketch>,
    pub pairs: Vec<Pair>,
    /// Article index → (inferred date, where it comes from).
    pub inferred_dates: BTreeMap<usize, (jiff::civil::Date, crate::model::finding::DateSource)>,
    /// The stories grouped for weekday dating, when there were undated articles. They are the
    /// stories `findings` would group again from the same articles and pairs, so it takes them
    /// as they are unless the caller changed an article in between (a re-extraction for an
    /// inferred date, an alias): then it must set this to `None`.
    pub stories: Option<story::Stories>,
}

/// Near-duplicate pairs and inferred dates, on all cores; the order is that of the sorted
/// candidates, whatever the thread count.
pub fn rewrites(articles: &[Analyzed], settings: &Settings) -> Rewrites {
    let mut found = near_duplicates(articles, settings);
    infer_dates(articles, &mut found, settings);
    found
}

/// The sketches and the verified near-duplicate pairs, without dates inferred. It reads only
/// each article's text and segments, never its claims, so `check` runs it before extraction:
/// the candidate pass's transient memory (300 MB of hits and buckets at 100,000 articles) is
/// then not on top of the claims. The sketches keep only what `findings` reads of them.
pub fn near_duplicates(articles: &[Analyzed], settings: &Settings) -> Rewrites {
    use rayon::prelude::*;
    let sketches: Vec<similarity::Sketch> = articles.par_iter().map(similarity::sketch).collect();
    let candidates = similarity::candidates(&sketches);
    let words = |i: usize| sketches[i].article_words();
    // Each article's shingles once, when it is first in a pair that aligns: an article of a
    // rewrite family is in a pair with every other member. Dropped with this pass.
    let shingled: Vec<std::sync::OnceLock<Vec<u64>>> = (0..articles.len())
        .map(|_| std::sync::OnceLock::new())
        .collect();
    let pairs: Vec<Pair> = candidates
        .into_par_iter()
        .filter_map(|(a, b)| {
            // A rewrite is about the same story: cheap whole-article check before aligning.
            if similarity::dice(words(a), words(b)) < settings.related_at {
                return None;
            }
            let alignment = similarity::align(&sketches[a], &sketches[b]);
            // Copies align sentence by sentence; a pair that barely aligns is not one, and
            // needs no shingles.
            if similarity::aligned_share(&sketches[a], &sketches[b], &alignment) < 0.25 {
                return None;
            }
            let shingles =
                |i: usize| shingled[i].get_or_init(|| similarity::shingles(&articles[i]));
            let sim = similarity::similarity_of(
                shingles(a),
                shingles(b),
                &sketches[a],
                &sketches[b],
                &alignment,
            );
            similarity::is_near_duplicate(&sim, &alignment, &settings.near_duplicate).then_some(
                Pair {
                    a,
                    b,
                    similarity: sim,
                    alignment,
                },
            )
        })
        .collect();
    drop(shingled);
    let mut sketches = sketches;
    let mut in_pair = vec![false; articles.len()];
    for p in &pairs {
        in_pair[p.a] = true;
        in_pair[p.b] = true;
    }
    for (s, in_pair) in sketches.iter_mut().zip(in_pair) {
        s.keep_for_findings(in_pair);
    }
    Rewrites {
        sketches,
        pairs,
        ..Rewrites::default()
    }
}

/// The dates undated articles borrow from a dated rewrite, or failing that from the weekday
/// names against their story's window (`Rewrites::inferred_dates`, and the stories grouped
/// for it).
pub fn infer_dates(articles: &[Analyzed], found: &mut Rewrites, settings: &Settings) {
    use rayon::prelude::*;
    let Rewrites {
        sketches, pairs, ..
    } = &*found;
    // Date inference: an undated article takes the date of its most similar dated rewrite.
    let mut inferred_dates = BTreeMap::new();
    for p in pairs {
        for (undated, dated) in [(p.a, p.b), (p.b, p.a)] {
            if articles[undated].article.date.is_none()
                && let Some(d) = articles[dated].article.date
            {
                inferred_dates
                    .entry(undated)
                    .or_insert((d, crate::model::finding::DateSource::Rewrite(dated)));
            }
        }
    }
    // An undated article with no dated rewrite: its weekday names against its story's window.
    let undated: Vec<usize> = (0..articles.len())
        .filter(|&i| articles[i].article.date.is_none() && !inferred_dates.contains_key(&i))
        .collect();
    let mut grouped = None;
    if !undated.is_empty() {
        let near: Vec<(usize, usize)> = pairs.iter().map(|p| (p.a, p.b)).collect();
        let keys: Vec<story::StoryKeys> = articles
            .par_iter()
            .zip(sketches)
            .map(|(a, s)| story::keys(a, s.article_words()))
            .collect();
        let stories = story::group(
            &keys,
            &near,
            settings.related_at,
            rare_limit(articles.len()),
        );
        for (i, d) in dating::dates_from_stories(articles, &stories, &undated) {
            inferred_dates.insert(i, (d, crate::model::finding::DateSource::Weekdays));
        }
        grouped = Some(stories);
    }
    found.inferred_dates = inferred_dates;
    found.stories = grouped;
}

/// The second pass: story relations, then the verdicts on claims and people. `articles` must
/// already carry the claims re-extracted for inferred dates and the configured aliases.
pub fn findings(articles: &[Analyzed], rewrites: Rewrites, settings: &Settings) -> Outcome {
    let Rewrites {
        sketches,
        pairs,
        inferred_dates,
        stories,
    } = rewrites;
    let mut findings: Vec<Finding> = families(articles.len(), &pairs)
        .into_iter()
        .map(|family| {
            let pair_findings: Vec<Finding> = family
                .iter()
                .map(|&k| near_duplicate_finding(articles, &sketches, &pairs[k], &inferred_dates))
                .collect();
            family_finding(articles, pair_findings)
        })
        .collect();
    let relations = Relations::new(
        articles,
        &sketches,
        &pairs,
        settings.related_at,
        settings.approx,
        stories,
    );
    // What similarity needed of each article is not needed by the claims and people passes.
    drop(sketches);
    let reports: Vec<Option<jiff::civil::Date>> = (0..articles.len())
        .map(|i| {
            articles[i]
                .article
                .date
                .or_else(|| inferred_dates.get(&i).map(|&(d, _)| d))
        })
        .collect();
    // The claims and people passes read the same articles and relations and nothing of each
    // other: run side by side, the people pass (serial: one map of identities over all
    // articles) no longer waits for the claims pass. Their findings are joined in the order
    // the serial calls gave them.
    let (claimed, peopled) = rayon::join(
        || claims::compare_claims_at(articles, &relations, &reports),
        || {
            let mut found = people::compare_people(articles, &relations);
            found.extend(anchor::compare_anchors(articles, &relations));
            found.extend(score::compare_scores(articles, &relations));
            found
        },
    );
    findings.extend(claimed);
    findings.extend(peopled);
    findings.sort_by_cached_key(|f| {
        (
            f.kind,
            f.subject.to_string(),
            first_position(f),
            legacy_order(articles, f),
        )
    });
    findings.dedup_by(|a, b| a.fingerprint == b.fingerprint && a.kind == b.kind);
    Outcome {
        findings,
        pairs,
        stories: relations.stories,
        inferred_dates,
    }
}

/// Replace identity keys by their configured canonical form.
pub fn apply_aliases(articles: &mut [Analyzed], aliases: &BTreeMap<String, String>) {
    if aliases.is_empty() {
        return;
    }
    let map = |k: &mut String| {
        if let Some(c) = aliases.get(k.as_str()) {
            *k = c.clone();
        }
    };
    for a in articles.iter_mut() {
        for q in &mut a.claims.quantities {
            if let Some(p) = &mut q.place {
                map(&mut p.key);
            }
            if let Some(s) = &mut q.attribution {
                map(&mut s.key);
            }
        }
        for r in &mut a.claims.roles {
            map(&mut r.person_key);
        }
        for q in &mut a.claims.quotes {
            if let Some(k) = &mut q.speaker_key {
                map(k);
            }
        }
    }
}

/// Figures of two aligned sentences that changed: same unit, taken in order, different value.
/// Figures whose value also appears on the other side are unchanged (a reordering).
pub fn changed_figures_in<'q>(
    a: &[&'q crate::model::claim::Quantity],
    b: &[&'q crate::model::claim::Quantity],
) -> Vec<(
    &'q crate::model::claim::Quantity,
    &'q crate::model::claim::Quantity,
)> {
    let mut out = Vec::new();
    // Figures with no unit count too: "fell by 37" → "fell by 377" is a changed figure.
    let mut units: Vec<&Option<String>> = a.iter().map(|q| &q.unit).collect();
    units.sort();
    units.dedup();
    for unit in units {
        let xs: Vec<_> = a.iter().filter(|q| &q.unit == unit).collect();
        let ys: Vec<_> = b.iter().filter(|q| &q.unit == unit).collect();
        if xs.len() != ys.len() {
            continue;
        }
        for (x, y) in xs.iter().zip(&ys) {
            let same = |p: &crate::model::claim::Quantity, q: &crate::model::claim::Quantity| {
                p.value == q.value && p.bound == q.bound
            };
            if !same(x, y) && !ys.iter().any(|o| same(x, o)) && !xs.iter().any(|o| same(o, y)) {
                out.push((**x, **y));
            }
        }
    }
    out
}

fn first_position(f: &Finding) -> (usize, usize) {
    f.evidence
        .first()
        .map_or((usize::MAX, 0), |e| (e.article, e.span.start))
        .min(f.articles.first().map_or((usize::MAX, 0), |&a| (a, 0)))
}

/// Rewrite families: the near-duplicate pairs joined by shared articles (union-find), each a
/// list of pair indices in order; families in order of their first pair.
pub fn families(n: usize, pairs: &[Pair]) -> Vec<Vec<usize>> {
    let mut parent = components::Components::new(n);
    for p in pairs {
        parent.join(p.a, p.b);
    }
    let mut by_root: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (k, p) in pairs.iter().enumerate() {
        let r = parent.root(p.a);
        let i = *by_root.entry(r).or_insert_with(|| {
            out.push(Vec::new());
            out.len() - 1
        });
        out[i].push(k);
    }
    out
}

/// One finding for a rewrite family: a single pair is reported as it always was; three or more
/// articles give one finding naming every member, with the pairwise detail inside, so a wire
/// story copied by ten outlets is one finding, not 45.
fn family_finding(articles: &[Analyzed], mut pair_findings: Vec<Finding>) -> Finding {
    if pair_findings.len() == 1 {
        return pair_findings.remove(0);
    }
    let mut members: Vec<usize> = pair_findings
        .iter()
        .flat_map(|f| f.articles.iter().copied())
        .collect();
    members.sort_unstable();
    members.dedup();
    // The representative: matched with the most members; then the earliest dated; then first.
    let degree = |m: usize| {
        pair_findings
            .iter()
            .filter(|f| f.articles.contains(&m))
            .count()
    };
    let representative = members
        .iter()
        .copied()
        .min_by_key(|&m| {
            (
                std::cmp::Reverse(degree(m)),
                articles[m].article.date.is_none(),
                articles[m].article.date,
                m,
            )
        })
        .unwrap_or(members[0]);
    let mut evidence = Vec::new();
    let mut values = Vec::new();
    let mut pairs = Vec::new();
    let mut severity = Severity::Note;
    let mut similarity: Option<Similarity> = None;
    for f in pair_findings {
        severity = severity.min(f.severity);
        for e in f.evidence {
            if !evidence.contains(&e) {
                evidence.push(e);
            }
        }
        values.extend(f.values);
        if let (Detail::Rewrite(r), [a, b], Some(sim)) =
            (f.detail, f.articles.as_slice(), f.similarity)
        {
            if similarity.is_none_or(|s| sim.aligned > s.aligned) {
                similarity = Some(sim);
            }
            pairs.push((*a, *b, sim, r));
        }
    }
    let files: Vec<&str> = members
        .iter()
        .map(|&m| articles[m].article.key.as_str())
        .collect();
    Finding {
        evidence,
        articles: members,
        similarity,
        ..Finding::new(
            FindingKind::NearDuplicate,
            severity,
            Subject::Articles,
            values,
            Detail::Family(Family {
                representative,
                pairs,
            }),
            &files,
        )
    }
}

fn near_duplicate_finding(
    articles: &[Analyzed],
    sketches: &[similarity::Sketch],
    p: &Pair,
    inferred: &BTreeMap<usize, (jiff::civil::Date, crate::model::finding::DateSource)>,
) -> Finding {
    let (a, b) = (&articles[p.a], &articles[p.b]);
    let (sa, sb) = (&sketches[p.a], &sketches[p.b]);
    let kept = p
        .alignment
        .pairs
        .iter()
        .filter(|x| x.2 >= similarity::KEPT_AT)
        .count();
    let reworded = p.alignment.pairs.len() - kept;
    let mut evidence = Vec::new();
    let mut changed = Vec::new();
    let mut values = Vec::new();
    for &(i, j, _) in &p.alignment.pairs {
        let (ssa, ssb) = (sa.sentences[i].span, sb.sentences[j].span);
        let qa: Vec<&crate::model::claim::Quantity> = a
            .claims
            .quantities
            .iter()
            .filter(|q| q.sentence == ssa)
            .collect();
        let qb: Vec<&crate::model::claim::Quantity> = b
            .claims
            .quantities
            .iter()
            .filter(|q| q.sentence == ssb)
            .collect();
        for (x, y) in changed_figures_in(&qa, &qb) {
            changed.push((x.text.clone(), y.text.clone()));
            values.push(FactValue::Changed(Amount::of(x), Amount::of(y)));
            evidence.push(claims::quantity_evidence(p.a, x));
            evidence.push(claims::quantity_evidence(p.b, y));
        }
    }
    if evidence.is_empty()
        && let Some(&(i, j, _)) = p.alignment.pairs.first()
    {
        evidence.push(Evidence::of_sentence(
            p.a,
            &a.article.text,
            sa.sentences[i].span,
        ));
        evidence.push(Evidence::of_sentence(
            p.b,
            &b.article.text,
            sb.sentences[j].span,
        ));
    }
    let inferred = inferred
        .iter()
        .filter_map(|(&undated, &(date, source))| {
            let from = source.rewrite()?;
            ((undated == p.a && from == p.b) || (undated == p.b && from == p.a)).then_some(
                InferredDate {
                    undated,
                    date,
                    from,
                },
            )
        })
        .collect();
    let severity = if changed.is_empty() {
        Severity::Note
    } else {
        Severity::Warning
    };
    let detail = Detail::Rewrite(Rewrite {
        kept,
        reworded,
        dropped: p.alignment.only_a.len(),
        added: p.alignment.only_b.len(),
        changed,
        inferred,
    });
    let files = [a.article.key.as_str(), b.article.key.as_str()];
    Finding {
        evidence,
        articles: vec![p.a, p.b],
        similarity: Some(p.similarity),
        ..Finding::new(
            FindingKind::NearDuplicate,
            severity,
            Subject::Articles,
            values,
            detail,
            &files,
        )
    }
}

/// The order findings had before fingerprints were derived from typed facts: ties of kind,
/// subject and first position were broken by the old fingerprint, a hash of the subject label
/// (identity keys for people), the files and the values as displayed (`≥7`, `denied 19`, a
/// rewrite's `seven → eight`). It is computed here only so that the output order did not change
/// with the fingerprints; it identifies nothing (the fingerprint does). Replacing it by the
/// fingerprint reorders tied findings, nothing else.
fn legacy_order(articles: &[Analyzed], f: &Finding) -> String {
    let subject = match &f.subject {
        Subject::Role { person, .. } => format!("role of {person}"),
        Subject::Quote { speaker, .. } => speaker.clone(),
        other => other.to_string(),
    };
    let mut values: Vec<String> = match &f.detail {
        Detail::Rewrite(r) => r
            .changed
            .iter()
            .map(|(x, y)| format!("{x} → {y}"))
            .collect(),
        _ => f
            .values
            .iter()
            .map(|v| match v {
                FactValue::Figure(a) => format!("{}{}", a.bound.sign(), human_number(a.value)),
                FactValue::Number(n) => human_number(*n),
                FactValue::Denied(n) => format!("denied {}", human_number(*n)),
                FactValue::Words(w) => w.clone(),
                FactValue::Changed(..) => String::new(),
            })
            .collect(),
    };
    values.sort();
    let mut files: Vec<&str> = f
        .articles
        .iter()
        .map(|&i| articles[i].article.key.trim_start_matches("./"))
        .collect();
    files.sort();
    files.dedup();
    let canonical = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}",
        f.kind.as_str(),
        subject,
        files.join("\u{1e}"),
        values.join("\u{1e}")
    );
    format!("{:016x}", crate::text::hash::fnv1a(canonical.as_bytes()))
}

#[cfg(test)]
mod family_tests {
    use super::*;

    fn pair(a: usize, b: usize) -> Pair {
        Pair {
            a,
            b,
            similarity: Similarity {
                resemblance: 0.5,
                containment: 0.6,
                aligned: 0.7,
            },
            alignment: similarity::Alignment::default(),
        }
    }

    #[test]
    fn pairs_sharing_an_article_are_one_family() {
        // 0~1, 1~2 (a chain of rewrites) and 3~4 apart; 5 alone.
        let pairs = [pair(0, 1), pair(3, 4), pair(1, 2)];
        assert_eq!(families(6, &pairs), vec![vec![0, 2], vec![1]]);
        assert_eq!(families(3, &[]), Vec::<Vec<usize>>::new());
    }
}
