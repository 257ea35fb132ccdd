//! What the process benches share: running the built binary's `check` on an input a number of
//! times and reading its medians (wall and child CPU time, from `getrusage(RUSAGE_CHILDREN)`)
//! and the children's peak resident memory, and the growth exponent between two sizes. Only
//! measures; nothing here asserts a time.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// `struct rusage` on 64-bit Linux: two `timeval`s, then fourteen `long`s (ru_maxrss first).
#[repr(C)]
#[derive(Default)]
struct Rusage {
    utime: [i64; 2],
    stime: [i64; 2],
    rest: [i64; 14],
}

unsafe extern "C" {
    fn getrusage(who: i32, usage: *mut Rusage) -> i32;
}

const RUSAGE_CHILDREN: i32 = -1;

/// CPU seconds (user + system) of the waited-for children so far, and the largest peak RSS of
/// any of them, in kB.
pub fn children() -> (f64, i64) {
    let mut r = Rusage::default();
    // SAFETY: `r` is a valid, writable `struct rusage` for the call's duration.
    unsafe { getrusage(RUSAGE_CHILDREN, &mut r) };
    let secs = |t: [i64; 2]| t[0] as f64 + t[1] as f64 / 1e6;
    (secs(r.utime) + secs(r.stime), r.rest[0])
}

/// Every `.txt` file under `dir`, sorted.
pub fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// How many runs the environment variable `name` asks for: 3 by default, at least 1.
pub fn runs_from_env(name: &str) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3usize)
        .max(1)
}

/// Median wall seconds, median CPU seconds and the children's largest peak RSS (kB) so far of
/// `runs` runs of `check --format json --fail-on never input`, output discarded. Inputs timed
/// smallest first make the peak this input's.
pub fn time_check(bin: &str, input: &Path, runs: usize) -> (f64, f64, i64) {
    let mut walls = Vec::new();
    let mut cpus = Vec::new();
    for _ in 0..runs {
        let (cpu0, _) = children();
        let t = Instant::now();
        let status = Command::new(bin)
            .args(["check", "--format", "json", "--fail-on", "never"])
            .arg(input)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("run crosscheck");
        walls.push(t.elapsed().as_secs_f64());
        cpus.push(children().0 - cpu0);
        if !status.success() {
            eprintln!("{}: exit {:?}", input.display(), status.code());
        }
    }
    walls.sort_by(f64::total_cmp);
    cpus.sort_by(f64::total_cmp);
    (walls[runs / 2], cpus[runs / 2], children().1)
}

/// log(t2/t1) / log(n2/n1): 1 is linear, 2 quadratic; NaN without two positive times.
pub fn exponent(n1: f64, t1: f64, n2: f64, t2: f64) -> f64 {
    if t1 <= 0.0 || t2 <= 0.0 {
        return f64::NAN;
    }
    (t2 / t1).ln() / (n2 / n1).ln()
}
