//! Command-line interface: parse arguments, run the pipeline, render, and say how it went.
//!
//! `run` returns an `Outcome`; `main.rs` only maps it to an exit code. Per-file load errors are
//! printed to stderr as they are found (one line each, naming the file) and counted; the run
//! goes on and the exit code reports them at the end, the way ripgrep does.

use std::collections::{BTreeSet, HashMap};
use std::io::{IsTerminal, Write};

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::article::Analyzed;
use crate::model::finding::{Severity, Status};
use crate::pipeline::load::{self, FileFilter};
use crate::pipeline::{baseline, config};
use crate::{compare, report};

#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-check the figures and claims of news articles",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Without a subcommand, `crosscheck [OPTIONS] [PATHS]` is `crosscheck check`.
    #[command(flatten)]
    pub check: CheckArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Findings across sources: agreements, conflicts, sums, rewrites (the default).
    Check(CheckArgs),
    /// Every extracted claim, one row per figure.
    Claims(ClaimsArgs),
    /// Two articles side by side: aligned passages and the figures that differ.
    Compare(CompareArgs),
    /// Accept the current findings: write crosscheck.baseline.json.
    Baseline(BaselineArgs),
    /// Build or refresh the incremental index (.crosscheck/index.sqlite).
    Index(IndexArgs),
}

#[derive(Debug, clap::Args)]
pub struct IndexArgs {
    /// Files or directories of the collection.
    #[arg(default_value = "seeds")]
    pub paths: Vec<String>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    Table,
    Json,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Table,
    /// rustc-style diagnostics with the figures underlined in their lines.
    Snippet,
    /// One line per finding: `path:line:col: severity[kind]: message`.
    Brief,
    Markdown,
    Json,
    Jsonl,
    /// GitHub Actions annotations (and a step summary when $GITHUB_STEP_SUMMARY is set).
    Github,
    /// SARIF 2.1.0.
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Color {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Note,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct ClaimsArgs {
    /// Files, directories (walked recursively, .gitignore-aware) or `-` for standard input.
    #[arg(default_value = "seeds")]
    pub paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    pub format: ClaimsFormat,
}

#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// Files, directories (walked recursively, .gitignore-aware) or `-` for standard input.
    #[arg(default_value = "seeds")]
    pub paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    pub format: CheckFormat,
    /// Exit 1 when a new finding is at or above this severity [default: error, or the config's].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Only findings that involve these files can fail the run (the whole corpus is still loaded).
    #[arg(long, num_args = 1..)]
    pub focus: Vec<String>,
    /// Read focus paths, one per line, from a file or `-` (e.g. `git diff --name-only`).
    #[arg(long, value_name = "FILE")]
    pub focus_from: Option<String>,
    /// Use the incremental index: re-extract only new or changed files, compare them with the
    /// indexed articles of the same story, and report the findings that involve them.
    #[arg(long)]
    pub index: bool,
    #[command(flatten)]
    pub common: Common,
}

/// Options shared by `check` and `baseline`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Common {
    /// The config file [default: the nearest crosscheck.toml from the working directory up].
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<String>,
    /// The baseline file [default: crosscheck.baseline.json beside the config, or here].
    #[arg(long, value_name = "FILE", global = true)]
    pub baseline: Option<String>,
    /// Colour in human formats; NO_COLOR turns `auto` off. Machine formats never have colour.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    pub color: Color,
}

impl Default for CheckArgs {
    fn default() -> Self {
        CheckArgs {
            paths: vec!["seeds".to_string()],
            format: CheckFormat::Table,
            fail_on: None,
            focus: Vec::new(),
            focus_from: None,
            index: false,
            common: Common::default(),
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct BaselineArgs {
    /// Files, directories (walked recursively, .gitignore-aware) or `-` for standard input.
    #[arg(default_value = "seeds")]
    pub paths: Vec<String>,
    /// Only remove stale entries (those no current finding matches); accept nothing new.
    #[arg(long)]
    pub prune: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Table,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The first (earlier or original) article.
    pub a: String,
    /// The second article (the rewrite).
    pub b: String,
    #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
}

/// How a run ended; `main` turns it into the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to report at or above the failure threshold.
    Clean,
    /// New findings at or above the threshold.
    Findings,
    /// Usage, config, input or I/O errors (the run still did what it could).
    Errors,
}

impl Outcome {
    pub fn exit_code(self) -> i32 {
        match self {
            Outcome::Clean => 0,
            Outcome::Findings => 1,
            Outcome::Errors => 2,
        }
    }
}

pub fn run(cli: Cli) -> Outcome {
    match cli.command.unwrap_or(Command::Check(cli.check)) {
        Command::Check(args) => check(&args),
        Command::Claims(args) => claims(&args),
        Command::Compare(args) => compare(&args),
        Command::Baseline(args) => baseline(&args),
        Command::Index(args) => index(&args),
    }
}

/// Everything `check` and `baseline` share: config, loading, comparison.
struct Run {
    config: config::Loaded,
    articles: Vec<Analyzed>,
    outcome: compare::Outcome,
    skipped: Vec<String>,
    baseline_path: std::path::PathBuf,
}

fn prepare(paths: &[String], common: &Common, progress: bool) -> Result<Run, Outcome> {
    let config = config::load(common.config.as_deref()).map_err(|e| {
        eprintln!("error: {e}");
        Outcome::Errors
    })?;
    let c = &config.config;
    let mut filter = FileFilter::default();
    if !c.files.include.is_empty() {
        filter.include = c.files.include.clone();
    }
    filter.exclude = c.files.exclude.clone();
    let mut loaded = load::load(paths, &filter);
    report_errors(&loaded.errors);
    let skipped: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
    // Fingerprints name files relative to the project root (the config's directory, or here).
    load::set_keys(&mut loaded.articles, &config.base());
    let mut articles = analyze_with_progress(loaded.articles, progress);
    let settings = settings_from(c);
    let (outcome, laps) = crate::pipeline::analyze::compare(&mut articles, &settings);
    print_timing(&laps);
    let baseline_path = baseline_path(common, &config);
    Ok(Run {
        config,
        articles,
        outcome,
        skipped,
        baseline_path,
    })
}

fn human_format(args: &CheckArgs) -> bool {
    matches!(
        args.format,
        CheckFormat::Table | CheckFormat::Snippet | CheckFormat::Brief | CheckFormat::Markdown
    )
}

/// Analyze on all cores; on a terminal, a progress bar on stderr for long runs. Never in
/// machine formats or when stderr is piped.
fn analyze_with_progress(
    articles: Vec<crate::model::article::Article>,
    wanted: bool,
) -> Vec<Analyzed> {
    use rayon::prelude::*;
    if !wanted || articles.len() < 500 || !std::io::stderr().is_terminal() {
        return crate::pipeline::analyze_all(articles);
    }
    let bar = indicatif::ProgressBar::new(articles.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} extracting {pos}/{len} articles {bar:40} {elapsed}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let out = articles
        .into_par_iter()
        .map(|a| {
            let r = crate::pipeline::analyze(a);
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    out
}

/// The baseline file: `--baseline`, else the config's `[check] baseline` (relative to the
/// config), else `crosscheck.baseline.json` beside the config or here.
fn baseline_path(common: &Common, config: &config::Loaded) -> std::path::PathBuf {
    match (&common.baseline, &config.config.check.baseline) {
        (Some(p), _) => std::path::PathBuf::from(p),
        (None, Some(p)) => config.base().join(p),
        (None, None) => config.base().join(baseline::FILE_NAME),
    }
}

/// Comparison settings from the config's `[compare]` and `[aliases]`.
fn settings_from(c: &config::Config) -> compare::Settings {
    let mut settings = compare::Settings::default();
    if let Some(v) = c.compare.related_at {
        settings.related_at = v;
    }
    if let Some(v) = c.compare.near_duplicate_containment {
        settings.near_duplicate.containment = v;
    }
    if let Some(v) = c.compare.near_duplicate_aligned {
        settings.near_duplicate.aligned = v;
    }
    if let Some(v) = c.compare.approx_tolerance {
        settings.approx = v;
    }
    settings.aliases = c
        .aliases
        .iter()
        .map(|(k, v)| (k.to_lowercase(), v.to_lowercase()))
        .collect();
    settings
}

fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Canonical form of a path for comparing focus files with loaded ones.
fn path_key(p: &str) -> String {
    std::fs::canonicalize(p)
        .map(|c| c.display().to_string())
        .unwrap_or_else(|_| p.trim_start_matches("./").to_string())
}

fn read_focus(args: &CheckArgs) -> Result<Vec<String>, String> {
    let mut focus = args.focus.clone();
    if let Some(from) = &args.focus_from {
        let text = if from == "-" {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .map_err(|e| format!("cannot read focus list from standard input: {e}"))?;
            s
        } else {
            std::fs::read_to_string(from)
                .map_err(|e| format!("{from}: cannot read focus list: {e}"))?
        };
        focus.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from),
        );
    }
    Ok(focus)
}

fn check(args: &CheckArgs) -> Outcome {
    let focus = match read_focus(args) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return Outcome::Errors;
        }
    };
    let prepared = if args.index {
        prepare_indexed(&args.paths, &args.common, &focus)
    } else {
        prepare(&args.paths, &args.common, human_format(args)).map(|r| (r, None))
    };
    let (
        Run {
            config,
            articles,
            outcome,
            skipped,
            baseline_path,
        },
        indexed_focus,
    ) = match prepared {
        Ok(r) => r,
        Err(o) => return o,
    };
    let mut findings = outcome.findings;
    for f in &mut findings {
        f.status = Some(Status::New);
    }
    let mut stale = Vec::new();
    let loaded_keys: std::collections::HashSet<&str> =
        articles.iter().map(|a| a.article.key.as_str()).collect();
    match baseline::read(&baseline_path) {
        // Unmatched entries are stale when all their files were checked, or one of them is
        // gone; entries about files this run did not look at are left alone.
        Ok(Some(b)) => {
            stale = baseline::apply(&b, &mut findings)
                .into_iter()
                .filter(|e| is_stale(e, &loaded_keys, &config.base()))
                .collect()
        }
        Ok(None) => {}
        Err(e) => {
            eprintln!("error: {e}");
            return Outcome::Errors;
        }
    }
    for f in &mut findings {
        if config
            .config
            .accept
            .iter()
            .any(|a| a.fingerprint == f.fingerprint)
        {
            f.status = Some(Status::Accepted);
        }
    }
    if !stale.is_empty() {
        eprintln!(
            "note: {} stale baseline entr{} in {} (no finding matches them); `crosscheck baseline --prune` removes them",
            stale.len(),
            if stale.len() == 1 { "y" } else { "ies" },
            baseline_path.display()
        );
    }
    let focus_keys: Vec<String> = focus.iter().map(|p| path_key(p)).collect();
    let in_focus: Vec<bool> = match &indexed_focus {
        Some(flags) => flags.clone(),
        None => articles
            .iter()
            .map(|a| focus_keys.contains(&path_key(&a.article.path)))
            .collect(),
    };
    let focused = indexed_focus.is_some() || !focus.is_empty();
    let involves_focus = |f: &crate::model::finding::Finding| {
        !focused
            || f.articles
                .iter()
                .chain(f.evidence.iter().map(|e| &e.article))
                .any(|&i| in_focus[i])
    };
    // With the index, only findings that involve new, changed or focus files are reported:
    // the rest of the collection was not compared.
    if indexed_focus.is_some() {
        findings.retain(|f| involves_focus(f));
    }
    let mut summary = report::findings::Summary::of(&articles, skipped);
    summary.stale = stale.len();
    let inferred: Vec<(usize, String, usize)> = outcome
        .inferred_dates
        .iter()
        .map(|(&i, &(d, from))| (i, d.to_string(), from))
        .collect();
    let color = use_color(args.common.color);
    let out = match args.format {
        CheckFormat::Table => {
            report::findings_table::render(&articles, &findings, &summary, terminal_width())
        }
        CheckFormat::Snippet => {
            report::findings_snippet::render(&articles, &findings, &summary, color)
        }
        CheckFormat::Brief => report::findings_brief::render(&articles, &findings, &summary, color),
        CheckFormat::Markdown => report::findings_markdown::render(&articles, &findings, &summary),
        CheckFormat::Json => {
            report::findings_json::render_json(&articles, &findings, &summary, &inferred)
        }
        CheckFormat::Jsonl => report::findings_json::render_jsonl(&articles, &findings),
        CheckFormat::Github => {
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                let md = report::findings_github::step_summary(&articles, &findings, &summary);
                let written = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&path)
                    .and_then(|mut f| f.write_all(md.as_bytes()));
                if let Err(e) = written {
                    eprintln!(
                        "error: cannot write the step summary to {}: {e}",
                        std::path::Path::new(&path).display()
                    );
                }
            }
            report::findings_github::render(&articles, &findings, &|i| in_focus[i])
        }
        CheckFormat::Sarif => report::findings_sarif::render(&articles, &findings),
    };
    if !emit(&out) || !summary.skipped.is_empty() {
        return Outcome::Errors;
    }
    let fail_on = args
        .fail_on
        .or(match config.config.check.fail_on.as_deref() {
            Some("warning") => Some(FailOn::Warning),
            Some("note") => Some(FailOn::Note),
            Some("never") => Some(FailOn::Never),
            _ => None,
        });
    let threshold = match fail_on.unwrap_or(FailOn::Error) {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Note => Some(Severity::Note),
        FailOn::Never => None,
    };
    let failing = findings.iter().any(|f| {
        f.status != Some(Status::Accepted)
            && threshold.is_some_and(|t| f.severity <= t)
            && involves_focus(f)
    });
    if failing {
        Outcome::Findings
    } else {
        Outcome::Clean
    }
}

/// The articles of an indexed run: new or changed files are extracted and stored, the indexed
/// articles that share rare terms with them (and unchanged focus files) are loaded from the
/// index, and the comparison runs on that set. Returns the run and which articles are in focus.
fn prepare_indexed(
    paths: &[String],
    common: &Common,
    focus: &[String],
) -> Result<(Run, Option<Vec<bool>>), Outcome> {
    let fail = |e: String| {
        eprintln!("error: {e}");
        Outcome::Errors
    };
    let config = config::load(common.config.as_deref()).map_err(fail)?;
    let refreshed = refresh_index(paths, &config).map_err(fail)?;
    let Refreshed {
        index,
        changed,
        mut skipped,
        unchanged_ids,
    } = refreshed;
    // Which indexed articles to load: same-story neighbours of the changed ones, and
    // unchanged files named as focus.
    let focus_keys: Vec<String> = focus.iter().map(|p| path_key(p)).collect();
    let mut ids: BTreeSet<i64> = BTreeSet::new();
    let changed_ids: BTreeSet<i64> = changed.iter().map(|(_, id)| *id).collect();
    let common_terms = index.common().map_err(fail)?;
    for (a, _) in &changed {
        let words = compare::Relations::doc_words(&[compare::similarity::sketch(a)]);
        let terms = crate::pipeline::index::rare_terms(&words[0], &common_terms);
        ids.extend(index.related(&terms, &changed_ids).map_err(fail)?);
    }
    let focus_unchanged: Vec<i64> = unchanged_ids
        .iter()
        .filter(|(p, _)| focus_keys.contains(&path_key(p)))
        .map(|(_, id)| *id)
        .collect();
    ids.extend(focus_unchanged.iter().copied());
    let ids: Vec<i64> = ids.into_iter().collect();
    let loaded = index.load(&ids).map_err(fail)?;
    let mut articles: Vec<Analyzed> = changed.into_iter().map(|(a, _)| a).collect();
    let n_changed = articles.len();
    let mut in_focus = vec![true; n_changed];
    for (a, id) in loaded.into_iter().zip(&ids) {
        in_focus.push(focus_unchanged.contains(id));
        articles.push(a);
    }
    let settings = settings_from(&config.config);
    let (outcome, laps) = crate::pipeline::analyze::compare(&mut articles, &settings);
    print_timing(&laps);
    let baseline_path = baseline_path(common, &config);
    skipped.sort();
    drop(index);
    Ok((
        Run {
            config,
            articles,
            outcome,
            skipped,
            baseline_path,
        },
        Some(in_focus),
    ))
}

/// A file read for the index: path, key, (size, mtime), and what reading it gave.
type ReadResult = (
    String,
    String,
    Option<(i64, i64)>,
    Result<crate::model::article::Article, load::LoadError>,
);

struct Refreshed {
    index: crate::pipeline::index::Index,
    /// New or changed articles, analyzed, with their index ids.
    changed: Vec<(Analyzed, i64)>,
    skipped: Vec<String>,
    /// (path as found, index id) of files that did not change.
    unchanged_ids: Vec<(String, i64)>,
}

/// Bring the index up to date with the files under `paths`: extract only new or changed files,
/// forget removed ones.
fn refresh_index(paths: &[String], config: &config::Loaded) -> Result<Refreshed, String> {
    let c = &config.config;
    let mut filter = FileFilter::default();
    if !c.files.include.is_empty() {
        filter.include = c.files.include.clone();
    }
    filter.exclude = c.files.exclude.clone();
    let root = config.base();
    let (index, note) =
        crate::pipeline::index::Index::open(&root.join(crate::pipeline::index::RELATIVE_PATH))?;
    if let Some(n) = note {
        eprintln!("note: {n}");
    }
    let mut index = index;
    let fresh = index.count() == 0;
    let known = index.known()?;
    let (files, errors) = load::collect_paths(paths, &filter);
    report_errors(&errors);
    let mut skipped: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let root_canon = std::fs::canonicalize(&root).unwrap_or(root.clone());
    // Canonicalize each directory once, not each of 100,000 files.
    let mut dirs: HashMap<std::path::PathBuf, Option<std::path::PathBuf>> = HashMap::new();
    let mut key_of = |p: &str| {
        let path = std::path::Path::new(p);
        let parent = path
            .parent()
            .map(|d| {
                if d.as_os_str().is_empty() {
                    std::path::Path::new(".")
                } else {
                    d
                }
            })
            .unwrap_or(std::path::Path::new("."));
        let dir = dirs
            .entry(parent.to_path_buf())
            .or_insert_with(|| std::fs::canonicalize(parent).ok())
            .clone();
        dir.and_then(|d| path.file_name().map(|n| d.join(n)))
            .and_then(|full| {
                full.strip_prefix(&root_canon).ok().map(|r| {
                    r.components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/")
                })
            })
            .unwrap_or_else(|| p.trim_start_matches("./").to_string())
    };
    let mut seen = std::collections::HashSet::new();
    let mut to_read = Vec::new();
    let mut unchanged_ids = Vec::new();
    for f in &files {
        let key = key_of(f);
        seen.insert(key.clone());
        let st = crate::pipeline::index::stat(f);
        match (known.get(&key), st) {
            (Some((id, _, size, mtime)), Some((s2, m2))) if *size == s2 && *mtime == m2 => {
                unchanged_ids.push((f.clone(), *id))
            }
            _ => to_read.push((f.clone(), key, st)),
        }
    }
    use rayon::prelude::*;
    let read: Vec<ReadResult> = to_read
        .into_par_iter()
        .map(|(f, key, st)| {
            let r = load::read_article(&f);
            (f, key, st, r)
        })
        .collect();
    let mut fresh_articles = Vec::new();
    for (f, key, st, r) in read {
        match r {
            Err(e) => {
                eprintln!("error: {e}");
                skipped.push(e.to_string());
            }
            Ok(mut a) => {
                a.key = key.clone();
                let hash = format!("{:016x}", crate::text::hash::fnv1a(a.text.as_bytes()));
                let (size, mtime) = st.unwrap_or((a.text.len() as i64, 0));
                match known.get(&key) {
                    Some((id, old_hash, _, _)) if *old_hash == hash => {
                        index.touch(*id, size, mtime)?;
                        unchanged_ids.push((f, *id));
                    }
                    _ => fresh_articles.push((a, hash, size, mtime)),
                }
            }
        }
    }
    let analyzed: Vec<(Analyzed, String, i64, i64)> = fresh_articles
        .into_par_iter()
        .map(|(a, h, s, m)| (crate::pipeline::analyze(a), h, s, m))
        .collect();
    let words = compare::Relations::doc_words(
        &analyzed
            .iter()
            .map(|(a, ..)| compare::similarity::sketch(a))
            .collect::<Vec<_>>(),
    );
    let common = if fresh {
        let common = crate::pipeline::index::common_terms(&words, compare::rare_limit(words.len()));
        index.set_common(&common)?;
        common
    } else {
        index.common()?
    };
    let items: Vec<(&Analyzed, String, i64, i64, Vec<u64>)> = analyzed
        .iter()
        .zip(&words)
        .map(|((a, h, s, m), w)| {
            (
                a,
                h.clone(),
                *s,
                *m,
                crate::pipeline::index::rare_terms(w, &common),
            )
        })
        .collect();
    let ids = index.store(&items)?;
    let removed: Vec<i64> = known
        .iter()
        .filter(|(k, _)| !seen.contains(*k))
        .map(|(_, v)| v.0)
        .collect();
    index.remove(&removed)?;
    let changed: Vec<(Analyzed, i64)> = analyzed.into_iter().map(|(a, ..)| a).zip(ids).collect();
    Ok(Refreshed {
        index,
        changed,
        skipped,
        unchanged_ids,
    })
}

fn index(args: &IndexArgs) -> Outcome {
    let config = match config::load(args.common.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return Outcome::Errors;
        }
    };
    match refresh_index(&args.paths, &config) {
        Ok(r) => {
            eprintln!(
                "indexed {} articles in {} ({} new or changed, {} unchanged)",
                r.index.count(),
                r.index.path.display(),
                r.changed.len(),
                r.unchanged_ids.len()
            );
            if r.skipped.is_empty() {
                Outcome::Clean
            } else {
                Outcome::Errors
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            Outcome::Errors
        }
    }
}

/// An unmatched baseline entry is stale when every file it names was checked (so its finding
/// is really gone) or one of its files no longer exists.
fn is_stale(
    e: &baseline::Entry,
    loaded: &std::collections::HashSet<&str>,
    root: &std::path::Path,
) -> bool {
    e.files.iter().all(|f| loaded.contains(f.as_str()))
        || e.files.iter().any(|f| !root.join(f).exists())
}

fn baseline(args: &BaselineArgs) -> Outcome {
    let Run {
        config,
        articles,
        outcome,
        skipped,
        baseline_path,
        ..
    } = match prepare(&args.paths, &args.common, true) {
        Ok(r) => r,
        Err(o) => return o,
    };
    if !skipped.is_empty() {
        // Never write a baseline from a partial read: it would drop entries of unread files.
        eprintln!(
            "error: baseline not written: {} input file(s) could not be read",
            skipped.len()
        );
        return Outcome::Errors;
    }
    let old = match baseline::read(&baseline_path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {e}");
            return Outcome::Errors;
        }
    };
    let mut findings = outcome.findings;
    let (new, message) = if args.prune {
        let Some(old) = old else {
            eprintln!("error: {}: no baseline to prune", baseline_path.display());
            return Outcome::Errors;
        };
        let loaded_keys: std::collections::HashSet<&str> =
            articles.iter().map(|a| a.article.key.as_str()).collect();
        let stale: Vec<baseline::Entry> = baseline::apply(&old, &mut findings)
            .into_iter()
            .filter(|e| is_stale(e, &loaded_keys, &config.base()))
            .collect();
        let pruned = baseline::prune(&old, &stale);
        let msg = format!(
            "removed {} stale entr{} from {}; {} remain",
            stale.len(),
            if stale.len() == 1 { "y" } else { "ies" },
            baseline_path.display(),
            pruned.entries.len()
        );
        (pruned, msg)
    } else {
        let b = baseline::accept_all(&articles, &findings, old.as_ref());
        let msg = format!(
            "wrote {} entries to {}",
            b.entries.len(),
            baseline_path.display()
        );
        (b, msg)
    };
    if let Err(e) = baseline::write(&baseline_path, &new) {
        eprintln!("error: {e}");
        return Outcome::Errors;
    }
    eprintln!("{message}");
    Outcome::Clean
}

fn compare(args: &CompareArgs) -> Outcome {
    let (articles, errors) =
        load_and_analyze(&[args.a.clone(), args.b.clone()], &FileFilter::default());
    if errors > 0 || articles.len() != 2 {
        if articles.len() != 2 && errors == 0 {
            eprintln!("error: compare needs two different article files");
        }
        return Outcome::Errors;
    }
    let side = compare::side::compare_two(&articles);
    let out = match args.format {
        CompareFormat::Table => {
            report::compare_side::render_table(&articles, &side, terminal_width())
        }
        CompareFormat::Json => report::compare_side::render_json(&articles, &side),
    };
    if emit(&out) {
        Outcome::Clean
    } else {
        Outcome::Errors
    }
}

fn report_errors(errors: &[load::LoadError]) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for e in errors {
        let _ = writeln!(err, "error: {e}");
    }
}

/// Load every input, reporting per-file errors to stderr, and analyze what loaded.
pub fn load_and_analyze(paths: &[String], filter: &FileFilter) -> (Vec<Analyzed>, usize) {
    let loaded = load::load(paths, filter);
    report_errors(&loaded.errors);
    let analyzed = crate::pipeline::analyze_all(loaded.articles);
    (analyzed, loaded.errors.len())
}

fn claims(args: &ClaimsArgs) -> Outcome {
    let (articles, errors) = load_and_analyze(&args.paths, &FileFilter::default());
    let out = match args.format {
        ClaimsFormat::Table => report::claims_table::render(&articles, terminal_width()),
        ClaimsFormat::Json => report::claims_json::render_json(&articles),
        ClaimsFormat::Jsonl => report::claims_json::render_jsonl(&articles),
        ClaimsFormat::Csv => report::claims_csv::render(&articles),
    };
    if !emit(&out) {
        return Outcome::Errors;
    }
    if errors > 0 {
        Outcome::Errors
    } else {
        Outcome::Clean
    }
}

fn terminal_width() -> Option<u16> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
}

/// Write to stdout. A closed pipe (`| head`) is not an error; other write failures are.
pub fn emit(s: &str) -> bool {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    match lock.write_all(s.as_bytes()).and_then(|_| lock.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(e) => {
            eprintln!("error: cannot write output: {e}");
            false
        }
    }
}

/// `CROSSCHECK_TIMING=1`: how long each comparison stage took, on stderr.
fn print_timing(laps: &[(&'static str, std::time::Duration)]) {
    if std::env::var_os("CROSSCHECK_TIMING").is_none() {
        return;
    }
    for (what, d) in laps {
        eprintln!("timing: {what}: {:.3} s", d.as_secs_f64());
    }
}
