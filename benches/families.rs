//! Benchmark: `check` on a collection full of rewrite families (`cargo bench --bench families`;
//! issue 13).
//!
//! Method (also in BENCHMARKS.md). The BBC corpus (`../shared/corpora/bbc`, 2,225 articles) is
//! copied nine times into a temporary directory (`copy0/` … `copy8/`, 20,025 articles): copy 0
//! is the corpus as it is, and in copy `c` (1–8) the first figure of each article's body (a run
//! of one to three digits after the headline line, not part of a longer number) is raised by
//! `c`, so every article heads a family of nine reports that differ in one figure, as wire copy
//! printed by nine outlets does. (An article with no such figure, 215 of them, gives nine
//! byte-identical copies, which `check` reports as copies.) The built binary runs `check
//! --format json --fail-on never` over the BBC corpus alone and over the 20,025 articles,
//! `FAMILY_RUNS` times each (default 3), output discarded; printed per input: median wall
//! time, median CPU time of the child (user + system, from `getrusage(RUSAGE_CHILDREN)`) and
//! the child's peak resident memory; then the growth exponent log(t2/t1) / log(n2/n1) between
//! the two (1 is linear, 2 quadratic) on wall and on CPU time. `CROSSCHECK_BIN` times another
//! binary; `FAMILY_KEEP=DIR` writes the collection to DIR and keeps it (for profiling). Nothing
//! here asserts a time.

mod common;

use std::path::{Path, PathBuf};

use common::{exponent, runs_from_env, time_check, txt_files};

/// Every file under `dir`, sorted, as paths relative to `dir`.
fn files(dir: &Path) -> Vec<PathBuf> {
    txt_files(dir)
        .into_iter()
        .map(|p| p.strip_prefix(dir).unwrap().to_path_buf())
        .collect()
}

/// `text` with the first figure of its body raised by `by`: the first run of one to three ASCII
/// digits after the first line that is not part of a longer number (no digit, `.` or `,`
/// touching it). Bytes, not `str`: one BBC file is Latin-1 and stays so.
fn change_figure(text: &[u8], by: u32) -> Vec<u8> {
    let body = text.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
    let part_of_number = |b: u8| b.is_ascii_digit() || b == b'.' || b == b',';
    let mut i = body;
    while i < text.len() {
        if !text[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < text.len() && text[i].is_ascii_digit() {
            i += 1;
        }
        let before = start > 0 && part_of_number(text[start - 1]);
        let after = i < text.len() && part_of_number(text[i]) && {
            // A full stop or comma ending the sentence is not part of the number.
            i + 1 < text.len() && text[i + 1].is_ascii_digit()
        };
        if i - start <= 3 && !before && !after {
            let value: u32 = std::str::from_utf8(&text[start..i])
                .unwrap()
                .parse()
                .unwrap();
            let mut out = text[..start].to_vec();
            out.extend_from_slice((value + by).to_string().as_bytes());
            out.extend_from_slice(&text[i..]);
            return out;
        }
    }
    text.to_vec()
}

/// Writes the nine copies of `bbc` under `dir`; returns the number of articles written.
fn generate(bbc: &Path, dir: &Path) -> usize {
    let names = files(bbc);
    for copy in 0..9u32 {
        for name in &names {
            let text = std::fs::read(bbc.join(name)).expect("read corpus file");
            let out = dir.join(format!("copy{copy}")).join(name);
            std::fs::create_dir_all(out.parent().unwrap()).expect("create copy directory");
            let text = if copy == 0 {
                text
            } else {
                change_figure(&text, copy)
            };
            std::fs::write(out, text).expect("write copy");
        }
    }
    9 * names.len()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bbc = root.join("../shared/corpora/bbc");
    let bin = std::env::var("CROSSCHECK_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_crosscheck").to_string());
    let runs = runs_from_env("FAMILY_RUNS");
    let temp;
    let dir = match std::env::var("FAMILY_KEEP") {
        Ok(keep) => PathBuf::from(keep),
        Err(_) => {
            temp = tempfile::tempdir().expect("create a temporary directory");
            temp.path().to_path_buf()
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    let single = files(&bbc).len();
    let n = generate(&bbc, &dir);
    println!("binary: {bin}; median of {runs} runs");
    println!("| input | articles | wall s | CPU s | peak RSS MB |");
    println!("|---|---|---|---|---|");
    let mut rows = Vec::new();
    for (name, input, count) in [
        ("BBC corpus", bbc.as_path(), single),
        ("nine copies, one figure changed", dir.as_path(), n),
    ] {
        let (wall, cpu, rss) = time_check(&bin, input, runs);
        println!(
            "| {name} | {count} | {wall:.2} | {cpu:.2} | {:.0} |",
            rss as f64 / 1024.0
        );
        rows.push((count as f64, wall, cpu));
    }
    let ((n1, w1, c1), (n2, w2, c2)) = (rows[0], rows[1]);
    println!(
        "growth exponent {n1}..{n2} articles: wall {:.2}, CPU {:.2}",
        exponent(n1, w1, n2, w2),
        exponent(n1, c1, n2, c2)
    );
}
