//! Command-line interface: parse arguments, run the pipeline, render, and say how it went.
//!
//! `run` returns an `Outcome`; `main.rs` only maps it to an exit code. Per-file load errors are
//! printed to stderr as they are found (one line each, naming the file) and counted; the run
//! goes on and the exit code reports them at the end, the way ripgrep does.

use std::io::{IsTerminal, Write};

use clap::{Parser, Subcommand, ValueEnum};

use crate::finding::{Severity, Status};
use crate::load::{self, FileFilter};
use crate::{Analyzed, analyze, compare, report};

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
    Markdown,
    Json,
    Jsonl,
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

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files, directories (walked recursively, .gitignore-aware) or `-` for standard input.
    #[arg(default_value = "seeds")]
    pub paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    pub format: CheckFormat,
    /// Exit 1 when a new finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
}

impl Default for CheckArgs {
    fn default() -> Self {
        CheckArgs {
            paths: vec!["seeds".to_string()],
            format: CheckFormat::Table,
            fail_on: FailOn::Error,
        }
    }
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
    }
}

fn check(args: &CheckArgs) -> Outcome {
    let loaded = load::load(&args.paths, &FileFilter::default());
    let skipped: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
    report_errors(&loaded.errors);
    let errors = loaded.errors.len();
    let mut articles: Vec<Analyzed> = loaded.articles.into_iter().map(analyze).collect();
    let outcome = compare::check(&mut articles, &compare::Settings::default());
    let findings = outcome.findings;
    let summary = report::findings::Summary::of(&articles, skipped);
    let inferred: Vec<(usize, String, usize)> = outcome
        .inferred_dates
        .iter()
        .map(|(&i, &(d, from))| (i, d.to_string(), from))
        .collect();
    let out = match args.format {
        CheckFormat::Table => {
            report::findings_table::render(&articles, &findings, &summary, terminal_width())
        }
        CheckFormat::Snippet => report::findings_snippet::render(&articles, &findings, &summary),
        CheckFormat::Markdown => report::findings_markdown::render(&articles, &findings, &summary),
        CheckFormat::Json => {
            report::findings_json::render_json(&articles, &findings, &summary, &inferred)
        }
        CheckFormat::Jsonl => report::findings_json::render_jsonl(&articles, &findings),
    };
    if !emit(&out) || errors > 0 {
        return Outcome::Errors;
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Note => Some(Severity::Note),
        FailOn::Never => None,
    };
    let failing = findings
        .iter()
        .any(|f| f.status != Some(Status::Accepted) && threshold.is_some_and(|t| f.severity <= t));
    if failing {
        Outcome::Findings
    } else {
        Outcome::Clean
    }
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
    let analyzed = loaded.articles.into_iter().map(analyze).collect();
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
