//! Where output goes: stdout (a closed pipe is not an error), stderr diagnostics, colour,
//! the terminal width, and the progress bar. The only module of the CLI that writes.

use std::io::{IsTerminal, Write};

use crate::model::article::LoadError;
use crate::pipeline::Failure;
use crate::pipeline::Progress;

use super::args::Color;

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

/// Stream to stdout through a buffer; a closed pipe is not an error.
pub fn stream(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> bool {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(e) => {
            eprintln!("error: cannot write output: {e}");
            false
        }
    }
}

/// One line on stderr per input that could not be loaded, naming the file.
pub fn load_errors(errors: &[LoadError]) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    for e in errors {
        let _ = writeln!(err, "error: {e}");
    }
}

pub fn notes(notes: &[String]) {
    for n in notes {
        eprintln!("note: {n}");
    }
}

/// An error that stopped the run, after the notes and load errors found before it.
pub fn failure(f: &Failure) {
    notes(&f.notes);
    load_errors(&f.errors);
    eprintln!("error: {}", f.message);
}

/// `CROSSCHECK_TIMING=1`: how long each comparison stage took, on stderr.
pub fn timing(laps: &[(&'static str, std::time::Duration)]) {
    if std::env::var_os("CROSSCHECK_TIMING").is_none() {
        return;
    }
    for (what, d) in laps {
        eprintln!("timing: {what}: {:.3} s", d.as_secs_f64());
    }
}

pub fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// The width tables must fit: `COLUMNS` if set, else the terminal's own width; none when
/// stdout is not a terminal (a fixed width keeps piped output stable).
pub fn terminal_width() -> Option<u16> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
}

/// A progress bar on stderr for long runs (500 articles or more), only on a terminal.
pub struct Bar(indicatif::ProgressBar);

impl Bar {
    /// A bar if one may be shown: human formats only, stderr a terminal.
    pub fn wanted(human: bool) -> Option<Bar> {
        (human && std::io::stderr().is_terminal()).then(|| Bar(indicatif::ProgressBar::hidden()))
    }
}

impl Progress for Bar {
    fn start(&self, total: usize) {
        if total < 500 {
            return;
        }
        self.0.set_length(total as u64);
        self.0.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} extracting {pos}/{len} articles {bar:40} {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        self.0
            .set_draw_target(indicatif::ProgressDrawTarget::stderr());
    }

    fn advance(&self) {
        self.0.inc(1);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}
