//! The command line as clap parses it: subcommands, flags and their help. Values are resolved
//! into `pipeline::Settings` once, in `cli::run`; nothing else reads these types.

use clap::{Parser, Subcommand, ValueEnum};

pub use crate::model::finding::FailOn;

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
    /// What a finding kind means, when it fires, an example, and how to accept it.
    Explain(ExplainArgs),
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// A finding kind: near-duplicate, agree, compatible, conflict, sum-mismatch,
    /// different-event, updated, disputed, quote-variant, role-variant.
    pub kind: String,
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

#[derive(Debug, clap::Args)]
pub struct ClaimsArgs {
    /// Files, directories (walked recursively, .gitignore-aware) or `-` for standard input.
    #[arg(default_value = "seeds")]
    pub paths: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    pub format: ClaimsFormat,
    /// The config file [default: the nearest crosscheck.toml from the working directory up].
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// Files larger than this are reported, not read [default: 50MB, or the config's
    /// `[files] max_file_size`].
    #[arg(long, value_name = "SIZE")]
    pub max_file_size: Option<String>,
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
    /// Use the incremental index: the files under PATHS are checked (only new or changed ones
    /// extracted) against the indexed articles of their stories.
    #[arg(long)]
    pub index: bool,
    /// A run that checks no article is not an error (by default it exits 2: a CI gate that
    /// checked nothing has not passed).
    #[arg(long)]
    pub allow_empty: bool,
    /// Show only these finding kinds (comma-separated) [default: all, or the config's].
    #[arg(long, value_delimiter = ',', value_name = "KIND,...")]
    pub select: Vec<String>,
    /// Do not show these finding kinds (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "KIND,...")]
    pub ignore: Vec<String>,
    /// Do not show findings below this severity (error, warning, note). What fails the run is
    /// decided by --fail-on on all findings, whatever is shown.
    #[arg(long, value_name = "SEVERITY")]
    pub min_severity: Option<String>,
    /// Findings only: no summary line.
    #[arg(long)]
    pub quiet: bool,
    /// Counts of findings per kind and severity instead of the findings.
    #[arg(long)]
    pub statistics: bool,
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
    /// Files larger than this are reported, not read [default: 50MB, or the config's
    /// `[files] max_file_size`].
    #[arg(long, value_name = "SIZE", global = true)]
    pub max_file_size: Option<String>,
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
            allow_empty: false,
            select: Vec::new(),
            ignore: Vec::new(),
            min_severity: None,
            quiet: false,
            statistics: false,
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
    /// The config file [default: the nearest crosscheck.toml from the working directory up].
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// Files larger than this are reported, not read [default: 50MB, or the config's
    /// `[files] max_file_size`].
    #[arg(long, value_name = "SIZE")]
    pub max_file_size: Option<String>,
}
