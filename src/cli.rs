//! Command-line interface: parse arguments, run the pipeline, render, and say how it went.
//!
//! `run` returns an `Outcome`; `main.rs` only maps it to an exit code. Per-file load errors are
//! printed to stderr as they are found (one line each, naming the file) and counted; the run
//! goes on and the exit code reports them at the end, the way ripgrep does.

use std::io::{IsTerminal, Write};

use clap::{Parser, Subcommand, ValueEnum};

use crate::load::{self, FileFilter};
use crate::{Analyzed, analyze, report};

#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-check the figures and claims of news articles"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Findings across sources (until the cross-check lands: the claims of every article).
    Check(ClaimsArgs),
    /// Every extracted claim, one row per figure.
    Claims(ClaimsArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    Table,
    Json,
    Jsonl,
    Csv,
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
    let command = cli.command.unwrap_or(Command::Check(ClaimsArgs {
        paths: vec!["seeds".to_string()],
        format: ClaimsFormat::Table,
    }));
    match command {
        Command::Check(args) | Command::Claims(args) => claims(&args),
    }
}

/// Load every input, reporting per-file errors to stderr, and analyze what loaded.
pub fn load_and_analyze(paths: &[String], filter: &FileFilter) -> (Vec<Analyzed>, usize) {
    let loaded = load::load(paths, filter);
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for e in &loaded.errors {
        let _ = writeln!(err, "error: {e}");
    }
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
