//! Where output goes: stdout (a closed pipe is not an error), stderr diagnostics, colour,
//! the terminal width, and the progress bar. The only module of the CLI that writes.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

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
        .or_else(window_columns)
}

/// The terminal's width in columns, asked of stdout with `TIOCGWINSZ`. (This was
/// comfy-table's `tty` feature, which built crossterm and a dozen crates for this one call.)
#[cfg(any(target_os = "linux", target_os = "android", target_os = "macos"))]
fn window_columns() -> Option<u16> {
    #[repr(C)]
    #[derive(Default)]
    struct WinSize {
        rows: u16,
        columns: u16,
        x_pixels: u16,
        y_pixels: u16,
    }
    unsafe extern "C" {
        fn ioctl(fd: std::ffi::c_int, request: std::ffi::c_ulong, ...) -> std::ffi::c_int;
    }
    #[cfg(target_os = "macos")]
    const TIOCGWINSZ: std::ffi::c_ulong = 0x4008_7468;
    #[cfg(not(target_os = "macos"))]
    const TIOCGWINSZ: std::ffi::c_ulong = 0x5413;
    let mut size = WinSize::default();
    // SAFETY: TIOCGWINSZ writes one `struct winsize` (four u16) through the pointer.
    let ok = unsafe { ioctl(1, TIOCGWINSZ, &mut size as *mut WinSize) } == 0;
    (ok && size.columns > 0).then_some(size.columns)
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos")))]
fn window_columns() -> Option<u16> {
    None
}

/// A progress bar on stderr for long runs (500 articles or more), only on a terminal:
/// `extracting 812/2225 articles [#####.....] 1.2s`, redrawn at most ten times a second.
/// (A few lines of our own in place of indicatif, which built five crates for this line.)
pub struct Bar {
    total: AtomicUsize,
    done: AtomicUsize,
    /// When the bar started, and when it was last drawn; `None` when no bar is shown.
    clock: Mutex<Option<(Instant, Instant)>>,
}

impl Bar {
    /// A bar if one may be shown: human formats only, stderr a terminal.
    pub fn wanted(human: bool) -> Option<Bar> {
        (human && std::io::stderr().is_terminal()).then(|| Bar {
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
            clock: Mutex::new(None),
        })
    }

    fn draw(&self, started: Instant) {
        let total = self.total.load(Ordering::Relaxed).max(1);
        let done = self.done.load(Ordering::Relaxed).min(total);
        let filled = done * 40 / total;
        let bar = format!("{}{}", "#".repeat(filled), ".".repeat(40 - filled));
        let secs = started.elapsed().as_secs_f64();
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[2Kextracting {done}/{total} articles [{bar}] {secs:.1}s"
        );
        let _ = err.flush();
    }
}

impl Progress for Bar {
    fn start(&self, total: usize) {
        if total < 500 {
            return;
        }
        self.total.store(total, Ordering::Relaxed);
        let now = Instant::now();
        if let Ok(mut clock) = self.clock.lock() {
            *clock = Some((now, now));
        }
        self.draw(now);
    }

    fn advance(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
        // Only one thread draws at a time; the others go on without waiting.
        let Ok(mut clock) = self.clock.try_lock() else {
            return;
        };
        if let Some((started, drawn)) = clock.as_mut()
            && drawn.elapsed() >= Duration::from_millis(100)
        {
            *drawn = Instant::now();
            self.draw(*started);
        }
    }

    fn finish(&self) {
        if self.clock.lock().is_ok_and(|c| c.is_some()) {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        }
    }
}
