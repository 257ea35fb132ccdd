//! Command-line interface: parse arguments, run the pipeline, render, and say how it went.
//!
//! `run` returns an `Outcome`; `main.rs` only maps it to an exit code. Per-file load errors are
//! printed to stderr as they are found (one line each, naming the file) and counted; the run
//! goes on and the exit code reports them at the end, the way ripgrep does.

use std::io::{IsTerminal, Write};

use clap::{Parser, Subcommand, ValueEnum};

use crate::finding::{Severity, Status};
use crate::load::{self, FileFilter};
use crate::{Analyzed, baseline, compare, config, report};

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

fn prepare(paths: &[String], common: &Common) -> Result<Run, Outcome> {
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
    let mut articles = crate::analyze_all(loaded.articles);
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
    let outcome = compare::check(&mut articles, &settings);
    let baseline_path = match (&common.baseline, &c.check.baseline) {
        (Some(p), _) => std::path::PathBuf::from(p),
        (None, Some(p)) => config.base().join(p),
        (None, None) => config.base().join(baseline::FILE_NAME),
    };
    Ok(Run {
        config,
        articles,
        outcome,
        skipped,
        baseline_path,
    })
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
    let Run {
        config,
        articles,
        outcome,
        skipped,
        baseline_path,
    } = match prepare(&args.paths, &args.common) {
        Ok(r) => r,
        Err(o) => return o,
    };
    let mut findings = outcome.findings;
    for f in &mut findings {
        f.status = Some(Status::New);
    }
    let mut stale = Vec::new();
    match baseline::read(&baseline_path) {
        Ok(Some(b)) => stale = baseline::apply(&b, &mut findings),
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
    let in_focus: Vec<bool> = articles
        .iter()
        .map(|a| focus_keys.contains(&path_key(&a.article.path)))
        .collect();
    let involves_focus = |f: &crate::finding::Finding| {
        focus.is_empty()
            || f.articles
                .iter()
                .chain(f.evidence.iter().map(|e| &e.article))
                .any(|&i| in_focus[i])
    };
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

fn baseline(args: &BaselineArgs) -> Outcome {
    let Run {
        articles,
        outcome,
        skipped,
        baseline_path,
        ..
    } = match prepare(&args.paths, &args.common) {
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
        let stale = baseline::apply(&old, &mut findings);
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
    let (mut articles, errors) =
        load_and_analyze(&[args.a.clone(), args.b.clone()], &FileFilter::default());
    if errors > 0 || articles.len() != 2 {
        if articles.len() != 2 && errors == 0 {
            eprintln!("error: compare needs two different article files");
        }
        return Outcome::Errors;
    }
    let side = report::compare_side::compare_two(&mut articles);
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
    let analyzed = crate::analyze_all(loaded.articles);
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
