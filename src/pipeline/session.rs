//! `Session`: the one entry point every caller shares — the CLI's `claims`, `check`,
//! `compare`, `baseline` and `index`, and both benches. It takes resolved `Settings` and runs
//! load → analyze → compare, with the CI gate and the incremental index beside it.
//!
//! A session returns what happened as data: the analyzed articles, the findings, the per-file
//! `LoadError`s (the run goes on without those files), notes (an index that was rebuilt) and
//! stage timings. It prints nothing; the caller decides what to show and the exit code. A
//! `Failure` is an error that stopped the run (a broken baseline, an index that cannot be
//! written); it carries the load errors found before it, so none goes unreported.

use std::collections::BTreeMap;
use std::time::Duration;

use rayon::prelude::*;

use crate::model::article::{Analyzed, Article, LoadError};
use crate::model::finding::Finding;
use crate::pipeline::baseline::{self, Baseline};
use crate::pipeline::gate::{self, Focus, Verdict};
use crate::pipeline::settings::Settings;
use crate::pipeline::{analyze, load};

/// Told as extraction advances (a progress bar); called from several threads.
pub trait Progress: Sync {
    fn start(&self, total: usize);
    fn advance(&self);
    fn finish(&self);
}

/// Loaded and analyzed articles, and the inputs that could not be loaded.
#[derive(Debug, Default)]
pub struct Analysis {
    pub articles: Vec<Analyzed>,
    pub errors: Vec<LoadError>,
    /// Byte-identical copies: (the copy's path, the path of the article it copies).
    pub copies: Vec<(String, String)>,
}

/// A comparison run: the articles, what the comparison found, and which articles may fail it.
#[derive(Debug, Default)]
pub struct Checked {
    pub articles: Vec<Analyzed>,
    pub findings: Vec<Finding>,
    /// Article index → (inferred date, where it comes from).
    pub inferred_dates: BTreeMap<usize, (jiff::civil::Date, crate::model::finding::DateSource)>,
    /// Which articles are about the same story.
    pub stories: crate::compare::story::Stories,
    pub errors: Vec<LoadError>,
    /// Things the user should know that are not errors (an index rebuilt).
    pub notes: Vec<String>,
    pub focus: Focus,
    /// How long each comparison stage took.
    pub timings: Vec<(&'static str, Duration)>,
}

/// An error that stopped the run, with what was found before it.
#[derive(Debug, Default)]
pub struct Failure {
    pub message: String,
    pub errors: Vec<LoadError>,
    pub notes: Vec<String>,
}

impl Failure {
    pub fn new(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            ..Failure::default()
        }
    }
}

/// What `baseline` wrote.
#[derive(Debug)]
pub struct BaselineWritten {
    pub entries: usize,
    /// Stale entries removed (`--prune`).
    pub removed: usize,
    /// Entries kept because they are about files this run did not check.
    pub kept_unchecked: usize,
}

pub struct Session {
    pub settings: Settings,
}

impl Session {
    pub fn new(settings: Settings) -> Session {
        Session { settings }
    }

    /// Load the inputs with the configured file filter and key them by their path relative
    /// to the project root (the identity fingerprints and the index use).
    pub fn load(&self, paths: &[String]) -> load::Loaded {
        let mut loaded = load::load(paths, &self.settings.filter);
        load::set_keys(&mut loaded.articles, &self.settings.root);
        loaded
    }

    /// Load and analyze on all cores, in input order.
    pub fn analyze(&self, paths: &[String], progress: Option<&dyn Progress>) -> Analysis {
        // The gazetteer (a table built on first use, about 2% of a BBC run) is built while
        // the files are read: built lazily, by the first extraction that needs it, it held
        // every other thread's extraction waiting for it.
        let (loaded, _) = rayon::join(
            || self.load(paths),
            crate::lexicon::gazetteer::Gazetteer::get,
        );
        let copies = loaded
            .copies
            .iter()
            .map(|(copy, k)| (copy.clone(), loaded.articles[*k].path.clone()))
            .collect();
        Analysis {
            articles: analyze_with(loaded.articles, progress),
            errors: loaded.errors,
            copies,
        }
    }

    /// Load, analyze and compare everything under `paths`; `focus` names the files whose
    /// findings may fail the run (none: all).
    pub fn check(
        &self,
        paths: &[String],
        focus: &[String],
        progress: Option<&dyn Progress>,
    ) -> Checked {
        let (loaded, _) = rayon::join(
            || self.load(paths),
            crate::lexicon::gazetteer::Gazetteer::get,
        );
        let copies: Vec<(String, String)> = loaded
            .copies
            .iter()
            .map(|(copy, k)| (copy.clone(), loaded.articles[*k].path.clone()))
            .collect();
        let errors = loaded.errors;
        // Near-duplicates read only the text and segments: found before the claims are
        // extracted, the candidate pass's hits and buckets (300 MB at 100,000 articles) are
        // not held on top of the claims.
        let t = std::time::Instant::now();
        let mut articles: Vec<Analyzed> = loaded
            .articles
            .into_par_iter()
            .map(analyze::segment)
            .collect();
        let found = crate::compare::near_duplicates(&articles, &self.settings.compare);
        let near_time = t.elapsed();
        extract_with(&mut articles, progress);
        let (outcome, timings) =
            analyze::compare_found(&mut articles, found, near_time, &self.settings.compare);
        let focus = Focus::of_paths(&articles, focus);
        let mut findings = outcome.findings;
        findings.extend(super::copies::duplicate_files(&articles, &copies));
        Checked {
            articles,
            findings,
            inferred_dates: outcome.inferred_dates,
            stories: outcome.stories,
            errors,
            notes: Vec::new(),
            focus,
            timings,
        }
    }

    /// Compare an already analyzed set (the incremental path, benches).
    pub fn compare(&self, mut articles: Vec<Analyzed>) -> Checked {
        let (outcome, timings) = analyze::compare(&mut articles, &self.settings.compare);
        Checked {
            articles,
            findings: outcome.findings,
            inferred_dates: outcome.inferred_dates,
            stories: outcome.stories,
            timings,
            ..Checked::default()
        }
    }

    /// The baseline file's content, if there is one; a broken file is an error naming it.
    pub fn read_baseline(&self) -> Result<Option<Baseline>, String> {
        baseline::read(&self.settings.baseline)
    }

    /// The CI gate over a checked run: statuses, stale entries, failing or not.
    pub fn gate(&self, run: &mut Checked) -> Result<Verdict, String> {
        let b = self.read_baseline()?;
        Ok(gate::judge(
            &run.articles,
            &mut run.findings,
            b.as_ref(),
            &self.settings,
            &run.focus,
        ))
    }

    /// `crosscheck baseline`: accept every current finding (or, with `prune`, only drop stale
    /// entries) and write the file atomically. Never written from a run where some input
    /// could not be read: it would drop the entries of those files.
    pub fn write_baseline(
        &self,
        paths: &[String],
        prune: bool,
        progress: Option<&dyn Progress>,
    ) -> Result<BaselineWritten, Failure> {
        let mut run = self.check(paths, &[], progress);
        let fail = |message: String, errors: Vec<LoadError>| Failure {
            message,
            errors,
            notes: Vec::new(),
        };
        if !run.errors.is_empty() {
            let n = run.errors.len();
            return Err(fail(
                format!("baseline not written: {n} input file(s) could not be read"),
                run.errors,
            ));
        }
        let old = self.read_baseline().map_err(|e| fail(e, Vec::new()))?;
        let (new, removed, kept_unchecked) = gate::new_baseline(
            &run.articles,
            &mut run.findings,
            old.as_ref(),
            &self.settings,
            prune,
        )
        .map_err(|e| fail(e, Vec::new()))?;
        baseline::write(&self.settings.baseline, &new).map_err(|e| fail(e, Vec::new()))?;
        Ok(BaselineWritten {
            entries: new.entries.len(),
            removed,
            kept_unchecked,
        })
    }
}

/// Extract the claims of segmented articles on all cores, telling `progress` after each.
fn extract_with(articles: &mut [Analyzed], progress: Option<&dyn Progress>) {
    if let Some(p) = progress {
        p.start(articles.len());
    }
    articles.par_iter_mut().for_each(|a| {
        analyze::extract_claims(a);
        if let Some(p) = progress {
            p.advance();
        }
    });
    if let Some(p) = progress {
        p.finish();
    }
}

/// Analyze on all cores, telling `progress` after each article.
fn analyze_with(articles: Vec<Article>, progress: Option<&dyn Progress>) -> Vec<Analyzed> {
    let Some(p) = progress else {
        return analyze::analyze_all(articles);
    };
    p.start(articles.len());
    let out = articles
        .into_par_iter()
        .map(|a| {
            let r = analyze::analyze(a);
            p.advance();
            r
        })
        .collect();
    p.finish();
    out
}
