//! Command-line interface: parse arguments, resolve the config once into `Settings`, call the
//! `Session`, pick a renderer, and say how it went.
//!
//! `run` returns an `Outcome`; `main.rs` only maps it to an exit code. Per-file load errors
//! come back from the session as data; they are printed to stderr (one line each, naming the
//! file) and counted, the run goes on, and the exit code reports them at the end, the way
//! ripgrep does.

pub mod args;
pub mod output;

use std::io::Write;

pub use args::{
    BaselineArgs, CheckArgs, CheckFormat, ClaimsArgs, ClaimsFormat, Cli, Color, Command, Common,
    CompareArgs, CompareFormat, FailOn, IndexArgs,
};

use crate::model::finding::{FindingKind, Severity};
use crate::pipeline::settings::Display;
use crate::pipeline::{Checked, Progress, Session, Settings, config, gate};
use crate::report;
use output::{emit, terminal_width};

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

/// The text `check --help` ends with: the kinds, severities, statuses and exit codes.
fn check_help() -> String {
    format!(
        "Finding kinds (`crosscheck explain KIND` says more):\n{}\n\n\
         Severities: error, warning, note. Status: `new`, or `accepted` (matched by the baseline,\n\
         crosscheck.baseline.json, or by an [[accept]] entry of crosscheck.toml; accepted findings\n\
         are shown but never fail the run).\n\n\
         Exit codes: 0 no new finding at or above --fail-on; 1 new findings at or above it;\n\
         2 usage, config, input or I/O errors (the run still reports what it could).",
        report::explain::kinds_list()
    )
}

/// Parse the command line, with the help texts that are built from the finding kinds.
pub fn parse() -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let help = check_help();
    let command = Cli::command()
        .after_help(help.clone())
        .mut_subcommand("check", |c| c.after_help(help));
    let matches = command.try_get_matches()?;
    Cli::from_arg_matches(&matches)
}

/// Before any work: a first argument that is neither a subcommand nor a path is a typo
/// (`crosscheck chek seeds`), and a bare `crosscheck` needs a `seeds/` to check.
fn usage_problem(cli: &Cli) -> Option<String> {
    if cli.command.is_some() {
        return None;
    }
    let first = cli.check.paths.first()?;
    let default = cli.check.paths == ["seeds"];
    if default && !std::path::Path::new("seeds").exists() {
        return Some(
            "no seeds/ here to check: run `crosscheck check PATH...` on your articles (files or \
             directories of .txt), or `crosscheck --help`"
                .to_string(),
        );
    }
    if first == "-" || std::path::Path::new(first).exists() {
        return None;
    }
    let commands = ["check", "claims", "compare", "baseline", "index", "explain"];
    let best = commands
        .iter()
        .map(|c| (strsim::jaro_winkler(c, first), *c))
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    (best.0 >= 0.8).then(|| {
        format!(
            "`{first}` is neither a command nor a file (did you mean `{}`?)",
            best.1
        )
    })
}

pub fn run(cli: Cli) -> Outcome {
    if let Some(problem) = usage_problem(&cli) {
        eprintln!("error: {problem}");
        return Outcome::Errors;
    }
    match cli.command.unwrap_or(Command::Check(cli.check)) {
        Command::Check(args) => check(&args),
        Command::Claims(args) => claims(&args),
        Command::Compare(args) => compare(&args),
        Command::Baseline(args) => baseline(&args),
        Command::Index(args) => index(&args),
        Command::Explain(args) => explain(&args),
    }
}

/// `crosscheck explain KIND`.
fn explain(args: &args::ExplainArgs) -> Outcome {
    match FindingKind::from_name(&args.kind) {
        Some(k) => {
            if emit(&report::explain::render(k)) {
                Outcome::Clean
            } else {
                Outcome::Errors
            }
        }
        None => {
            eprintln!("error: {}", unknown_kind(&args.kind));
            Outcome::Errors
        }
    }
}

/// "`agre` is not a finding kind (did you mean `agree`?); the kinds: ...".
fn unknown_kind(name: &str) -> String {
    let names: Vec<&str> = FindingKind::ALL.iter().map(|k| k.as_str()).collect();
    let suggestion = names
        .iter()
        .map(|n| (strsim::jaro_winkler(n, name), *n))
        .filter(|(s, _)| *s >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| format!(" (did you mean `{n}`?)"))
        .unwrap_or_default();
    format!(
        "`{name}` is not a finding kind{suggestion}; the kinds: {}",
        names.join(", ")
    )
}

/// What to show: the config's `[check]` choice, overridden by the flags.
fn display(args: &CheckArgs, settings: &Settings) -> Result<Display, String> {
    let kinds = |names: &[String]| -> Result<Vec<FindingKind>, String> {
        names
            .iter()
            .map(|n| FindingKind::from_name(n.trim()).ok_or_else(|| unknown_kind(n.trim())))
            .collect()
    };
    let mut d = settings.display.clone();
    if !args.select.is_empty() {
        d.select = kinds(&args.select)?;
    }
    if !args.ignore.is_empty() {
        d.ignore = kinds(&args.ignore)?;
    }
    if let Some(m) = &args.min_severity {
        d.min_severity = Some(
            Severity::from_name(m)
                .ok_or_else(|| format!("--min-severity {m:?}: expected error, warning or note"))?,
        );
    }
    Ok(d)
}

/// The session for these flags: the config found (or named) and resolved once.
fn session(
    config_flag: Option<&str>,
    baseline_flag: Option<&str>,
    fail_on: Option<FailOn>,
    max_file_size: Option<&str>,
) -> Result<Session, Outcome> {
    let fail = |e: String| {
        eprintln!("error: {e}");
        Outcome::Errors
    };
    let loaded = config::load(config_flag).map_err(fail)?;
    let mut settings = Settings::resolve(&loaded, baseline_flag, fail_on);
    if let Some(size) = max_file_size {
        settings.filter.max_size = crate::pipeline::load::parse_size(size)
            .map_err(|e| fail(format!("--max-file-size: {e}")))?;
    }
    Ok(Session::new(settings))
}

fn human_format(format: CheckFormat) -> bool {
    matches!(
        format,
        CheckFormat::Table | CheckFormat::Snippet | CheckFormat::Brief | CheckFormat::Markdown
    )
}

fn check(args: &CheckArgs) -> Outcome {
    let focus = match gate::read_focus(&args.focus, args.focus_from.as_deref()) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return Outcome::Errors;
        }
    };
    // A focus file that does not exist can never fail the run: a typo would pass in silence.
    let missing: Vec<&String> = focus
        .iter()
        .filter(|p| std::fs::metadata(p).is_err())
        .collect();
    if !missing.is_empty() {
        for p in missing {
            eprintln!("error: --focus {p}: no such file");
        }
        return Outcome::Errors;
    }
    let session = match session(
        args.common.config.as_deref(),
        args.common.baseline.as_deref(),
        args.fail_on,
        args.common.max_file_size.as_deref(),
    ) {
        Ok(s) => s,
        Err(o) => return o,
    };
    let shown = match display(args, &session.settings) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return Outcome::Errors;
        }
    };
    let mut run = if args.index {
        match session.check_indexed(&args.paths, &focus) {
            Ok(r) => r,
            Err(f) => {
                output::failure(&f);
                return Outcome::Errors;
            }
        }
    } else {
        let bar = output::Bar::wanted(human_format(args.format));
        session.check(
            &args.paths,
            &focus,
            bar.as_ref().map(|b| b as &dyn Progress),
        )
    };
    output::notes(&run.notes);
    output::load_errors(&run.errors);
    output::timing(&run.timings);
    if run.articles.is_empty() && run.errors.is_empty() && !args.allow_empty {
        eprintln!(
            "error: no article to check in {} (no .txt file, or the config's [files] excludes them all); --allow-empty accepts that",
            args.paths.join(", ")
        );
        return Outcome::Errors;
    }
    let verdict = match session.gate(&mut run) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("error: {e}");
            return Outcome::Errors;
        }
    };
    if !verdict.stale.is_empty() {
        let n = verdict.stale.len();
        eprintln!(
            "note: {n} stale baseline entr{} in {} (no finding matches them); `crosscheck baseline --prune` removes them",
            if n == 1 { "y" } else { "ies" },
            session.settings.baseline.display()
        );
    }
    let mut summary =
        report::findings::Summary::of(&run.articles, run.errors.clone()).with_stories(&run.stories);
    summary.stale = verdict.stale.len();
    if !args.quiet {
        summary.checked = Some(checked_line(args, &run, &session.settings));
    }
    // The gate has seen every finding; what is shown is a view of them.
    let before = run.findings.len();
    run.findings.retain(|f| shown.shows(f));
    summary.hidden = before - run.findings.len();
    let io_failed = std::cell::Cell::new(false);
    if !args.statistics && args.format == CheckFormat::Json {
        // Streamed: at 20,025 articles the document is 63 MB, held as a string to the end.
        let inferred = inferred_dates(&run);
        let written = output::stream(|out| {
            let (articles, findings) = (&run.articles, &run.findings);
            report::findings_json::write_json(articles, findings, &summary, &inferred, out)
        });
        let failed = !written || !run.errors.is_empty();
        std::mem::forget(run);
        return if failed {
            Outcome::Errors
        } else if verdict.failing {
            Outcome::Findings
        } else {
            Outcome::Clean
        };
    }
    let mut out = if args.statistics {
        report::findings::statistics(&run.findings, &summary)
    } else {
        render_check(args, &run, &summary, &io_failed)
    };
    if args.quiet && human_format(args.format) {
        // The summary is the last line of every human format.
        let body = out.trim_end_matches('\n');
        out = match body.rsplit_once('\n') {
            Some((findings, _summary)) => format!("{findings}\n"),
            None => String::new(),
        };
    }
    let failed = !emit(&out) || !run.errors.is_empty() || io_failed.get();
    // `main` exits right after: freeing every analyzed article and finding one allocation at
    // a time took about half a second of one core at 100,000 articles, for memory the exit
    // returns anyway. Nothing in a run flushes or unlocks on drop (the index is closed).
    std::mem::forget(run);
    if failed {
        Outcome::Errors
    } else if verdict.failing {
        Outcome::Findings
    } else {
        Outcome::Clean
    }
}

/// The first line of the terminal table: what was checked, against which baseline, and what
/// "accepted" means.
fn checked_line(args: &CheckArgs, run: &Checked, settings: &crate::pipeline::Settings) -> String {
    let n = run.articles.len();
    let articles = if n == 1 {
        "1 article".to_string()
    } else {
        format!("{n} articles")
    };
    let baseline = if settings.baseline.is_file() {
        format!(
            "against {} (accepted: recorded there; only new findings fail the run)",
            settings.baseline.display()
        )
    } else {
        "with no baseline (every finding is new; `crosscheck baseline` records them)".to_string()
    };
    let fail = match settings.fail_on {
        crate::model::finding::FailOn::Error => "; fails on new errors",
        crate::model::finding::FailOn::Warning => "; fails on new warnings or errors",
        crate::model::finding::FailOn::Note => "; fails on any new finding",
        crate::model::finding::FailOn::Never => "; never fails on findings",
    };
    format!(
        "checked {articles} in {} {baseline}{fail}",
        args.paths.join(", ")
    )
}

/// Inferred dates as the json report lists them: (article, date, the rewrite it came from).
fn inferred_dates(run: &Checked) -> Vec<(usize, String, Option<usize>)> {
    run.inferred_dates
        .iter()
        .map(|(&i, &(d, source))| (i, d.to_string(), source.rewrite()))
        .collect()
}

fn render_check(
    args: &CheckArgs,
    run: &Checked,
    summary: &report::findings::Summary,
    io_failed: &std::cell::Cell<bool>,
) -> String {
    let (articles, findings) = (&run.articles, &run.findings);
    let color = output::use_color(args.common.color);
    match args.format {
        CheckFormat::Table => report::fact_table::render(
            articles,
            findings,
            summary,
            &run.stories,
            &run.inferred_dates,
            terminal_width(),
            color,
        ),
        CheckFormat::Snippet => {
            report::findings_snippet::render(articles, findings, summary, color)
        }
        CheckFormat::Brief => report::findings_brief::render(articles, findings, summary, color),
        CheckFormat::Markdown => report::findings_markdown::render(articles, findings, summary),
        CheckFormat::Json => {
            report::findings_json::render_json(articles, findings, summary, &inferred_dates(run))
        }
        CheckFormat::Jsonl => report::findings_json::render_jsonl(articles, findings),
        CheckFormat::Github => {
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                let md = report::findings_github::step_summary(articles, findings, summary);
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
                    io_failed.set(true);
                }
            }
            report::findings_github::render(articles, findings, &|i| run.focus.contains(i))
        }
        CheckFormat::Sarif => report::findings_sarif::render(articles, findings),
    }
}

fn index(args: &IndexArgs) -> Outcome {
    let session = match session(
        args.common.config.as_deref(),
        None,
        None,
        args.common.max_file_size.as_deref(),
    ) {
        Ok(s) => s,
        Err(o) => return o,
    };
    match session.refresh_index(&args.paths, crate::pipeline::incremental::Missing::Forget) {
        Ok(r) => {
            output::notes(&r.notes);
            output::load_errors(&r.errors);
            eprintln!(
                "indexed {} articles in {} ({} new or changed, {} unchanged)",
                r.index.count(),
                r.index.path.display(),
                r.changed.len(),
                r.unchanged.len()
            );
            if r.errors.is_empty() {
                Outcome::Clean
            } else {
                Outcome::Errors
            }
        }
        Err(f) => {
            output::failure(&f);
            Outcome::Errors
        }
    }
}

fn baseline(args: &BaselineArgs) -> Outcome {
    let session = match session(
        args.common.config.as_deref(),
        args.common.baseline.as_deref(),
        None,
        args.common.max_file_size.as_deref(),
    ) {
        Ok(s) => s,
        Err(o) => return o,
    };
    let bar = output::Bar::wanted(true);
    match session.write_baseline(
        &args.paths,
        args.prune,
        bar.as_ref().map(|b| b as &dyn Progress),
    ) {
        Ok(w) => {
            let path = session.settings.baseline.display();
            if args.prune {
                eprintln!(
                    "removed {} stale entr{} from {path}; {} remain",
                    w.removed,
                    if w.removed == 1 { "y" } else { "ies" },
                    w.entries
                );
            } else if w.kept_unchecked > 0 {
                eprintln!(
                    "wrote {} entries to {path} ({} kept about files not checked in this run)",
                    w.entries, w.kept_unchecked
                );
            } else {
                eprintln!("wrote {} entries to {path}", w.entries);
            }
            Outcome::Clean
        }
        Err(f) => {
            output::failure(&f);
            Outcome::Errors
        }
    }
}

fn compare(args: &CompareArgs) -> Outcome {
    let session = match session(
        args.config.as_deref(),
        None,
        None,
        args.max_file_size.as_deref(),
    ) {
        Ok(s) => s,
        Err(o) => return o,
    };
    // Two article files: a directory is a collection, which `check` compares.
    let dirs: Vec<&String> = [&args.a, &args.b]
        .into_iter()
        .filter(|p| std::path::Path::new(p.as_str()).is_dir())
        .collect();
    if !dirs.is_empty() {
        for d in dirs {
            eprintln!(
                "error: {d}: is a directory, not an article (compare takes two article files; `crosscheck check {d}` compares a collection)"
            );
        }
        return Outcome::Errors;
    }
    let analysis = session.analyze(&[args.a.clone(), args.b.clone()], None);
    output::load_errors(&analysis.errors);
    let articles = analysis.articles;
    if !analysis.errors.is_empty() || articles.len() != 2 {
        if articles.len() != 2 && analysis.errors.is_empty() {
            eprintln!("error: compare needs two different article files");
        }
        return Outcome::Errors;
    }
    let side = crate::compare::side::compare_two(&articles);
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

fn claims(args: &ClaimsArgs) -> Outcome {
    let session = match session(
        args.config.as_deref(),
        None,
        None,
        args.max_file_size.as_deref(),
    ) {
        Ok(s) => s,
        Err(o) => return o,
    };
    let analysis = session.analyze(&args.paths, None);
    output::load_errors(&analysis.errors);
    let articles = &analysis.articles;
    let written = match args.format {
        ClaimsFormat::Table => emit(&report::claims_table::render(articles, terminal_width())),
        ClaimsFormat::Json => emit(&report::claims_json::render_json(articles)),
        ClaimsFormat::Jsonl => {
            output::stream(|out| report::claims_json::write_jsonl(articles, out))
        }
        ClaimsFormat::Csv => emit(&report::claims_csv::render(articles)),
    };
    if !written || !analysis.errors.is_empty() {
        return Outcome::Errors;
    }
    Outcome::Clean
}
