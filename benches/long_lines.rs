//! Benchmark: `check` on one big article with no line breaks, and on one sentence listing
//! thousands of figures (`cargo bench --bench long_lines`; issue 12, point 10).
//!
//! Method: three inputs are written once under `target/bench-long/`:
//! - `line`: the paragraphs of the BBC corpus (`../shared/corpora/bbc`, the seeds when absent)
//!   joined with spaces into one line after a ` date` header, repeated to 2, 4, 8, 16 and 32 MB
//!   (`LONG_SIZES_MB` to change);
//! - `figures`: one sentence "Officials counted 1 sheep, 2 sheep, … N sheep in Kyiv." for N =
//!   10,000 to 160,000 (`LONG_FIGURES`);
//! - `no-stop`: the same one line with its full stops removed (one sentence), 0.25 to 4 MB
//!   (`LONG_NO_STOP_KB`).
//!
//! Each file is checked by the built binary (`crosscheck check --format json --fail-on never
//! FILE`, output discarded), `LONG_RUNS` times (default 3); the median wall time and the
//! median CPU time of the child (user + system, from `/proc/self/stat`, Linux) are printed per
//! size, with the growth exponent between successive sizes and over the whole range
//! (log(t2/t1) / log(n2/n1): 1 is linear, 2 quadratic). `CROSSCHECK_BIN` times another binary
//! (an older build, for before/after figures). Nothing here asserts a time.

mod common;

use std::path::{Path, PathBuf};

use common::{exponent, runs_from_env, time_check, txt_files};

fn env_list(name: &str, default: &[u64]) -> Vec<u64> {
    std::env::var(name)
        .ok()
        .map(|v| v.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .filter(|v: &Vec<u64>| !v.is_empty())
        .unwrap_or_else(|| default.to_vec())
}

/// The one-line text of the corpus paragraphs, without the header.
fn corpus_line(root: &Path) -> String {
    let bbc = root.join("../shared/corpora/bbc");
    let dir = if bbc.is_dir() {
        bbc
    } else {
        root.join("seeds")
    };
    let mut line = String::new();
    for f in txt_files(&dir) {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        for para in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            // A seed's own date header stays out: the file has one.
            if para.starts_with("date ") {
                continue;
            }
            line.push_str(para);
            line.push(' ');
        }
    }
    line
}

/// `text` repeated to `bytes` (cut at a space), after a date header, as one line.
fn write_line(path: &Path, text: &str, bytes: usize) {
    let mut out = String::with_capacity(bytes + 64);
    out.push_str(" date 2025-01-01 ");
    while out.len() < bytes {
        out.push_str(text);
    }
    let mut cut = bytes.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(out[..cut].rfind(' ').unwrap_or(cut));
    out.push('\n');
    std::fs::write(path, out).expect("write bench input");
}

/// Time every input of one case and print its table.
fn case(name: &str, unit: &str, bin: &str, runs: usize, inputs: &[(f64, PathBuf)]) {
    println!("\n{name}: median of {runs} runs");
    println!("| {unit} | wall s | CPU s | exponent (CPU, from the previous size) |");
    println!("|---|---|---|---|");
    let mut rows: Vec<(f64, f64, f64)> = Vec::new();
    for (n, path) in inputs {
        let (wall, cpu, _) = time_check(bin, path, runs);
        let growth = rows
            .last()
            .map(|&(n0, _, c0)| format!("{:.2}", exponent(n0, c0, *n, cpu)))
            .unwrap_or_default();
        println!("| {n} | {wall:.2} | {cpu:.2} | {growth} |");
        rows.push((*n, wall, cpu));
    }
    if let (Some(&(n0, w0, c0)), Some(&(n1, w1, c1))) = (rows.first(), rows.last()) {
        println!(
            "growth exponent over {n0}..{n1} {unit}: CPU {:.2}, wall {:.2}",
            exponent(n0, c0, n1, c1),
            exponent(n0, w0, n1, w1)
        );
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = std::env::var("CROSSCHECK_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_crosscheck").to_string());
    let runs = runs_from_env("LONG_RUNS");
    let dir = root.join("target/bench-long");
    std::fs::create_dir_all(&dir).expect("create target/bench-long");
    println!("binary: {bin}");

    let line = corpus_line(root);
    let sizes = env_list("LONG_SIZES_MB", &[2, 4, 8, 16, 32]);
    let inputs: Vec<(f64, PathBuf)> = sizes
        .iter()
        .map(|&mb| {
            let path = dir.join(format!("line-{mb}mb.txt"));
            if !path.exists() {
                write_line(&path, &line, (mb as usize) << 20);
            }
            (mb as f64, path)
        })
        .collect();
    case(
        "one-line article (corpus paragraphs joined)",
        "MB",
        &bin,
        runs,
        &inputs,
    );

    let counts = env_list("LONG_FIGURES", &[10_000, 20_000, 40_000, 80_000, 160_000]);
    let inputs: Vec<(f64, PathBuf)> = counts
        .iter()
        .map(|&n| {
            let path = dir.join(format!("figures-{n}.txt"));
            if !path.exists() {
                // Thousands with separators, as news writes them ("1999 sheep" reads a year).
                let list: Vec<String> = (1..=n)
                    .map(|i| {
                        format!(
                            "{} sheep",
                            crosscheck::model::display::human_number(i as f64)
                        )
                    })
                    .collect();
                let text = format!(
                    " date 2025-01-01 Officials counted {} in Kyiv.\n",
                    list.join(", ")
                );
                std::fs::write(&path, text).expect("write bench input");
            }
            (n as f64, path)
        })
        .collect();
    case(
        "one sentence listing N figures",
        "figures",
        &bin,
        runs,
        &inputs,
    );

    // One sentence: no full stops; appeal words out, or the sentence is boilerplate.
    let mut no_stop = line.replace(". ", " ");
    for appeal in [
        "support",
        "donat",
        "subscribe",
        "sign up",
        "newsletter",
        "read more",
        "help us",
        "afford it",
        "trusted by",
        "paywall",
        "journalism",
        "contribution",
        "reporters",
    ] {
        let mut cap = appeal.to_string();
        cap[..1].make_ascii_uppercase();
        no_stop = no_stop.replace(appeal, "x").replace(&cap, "x");
    }
    let kbs = env_list("LONG_NO_STOP_KB", &[256, 512, 1024, 2048, 4096]);
    let inputs: Vec<(f64, PathBuf)> = kbs
        .iter()
        .map(|&kb| {
            let path = dir.join(format!("no-stop-{kb}kb.txt"));
            if !path.exists() {
                write_line(&path, &no_stop, (kb as usize) << 10);
            }
            (kb as f64, path)
        })
        .collect();
    case(
        "one sentence of prose (no full stop)",
        "KB",
        &bin,
        runs,
        &inputs,
    );
}
