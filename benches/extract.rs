//! Benchmark: extraction throughput over the BBC corpus (`cargo bench --bench extract`).
//!
//! Method: read every UTF-8 article of `../shared/corpora/bbc` into memory once (load and I/O
//! are not measured), then time `analyze` (segment + extract) over the whole set on one
//! thread, `RUNS` times after one warm-up run. Prints the median and the spread of MB/s and
//! articles/s. Set `CROSSCHECK_BENCH_CORPUS` to measure another directory.

use std::time::Instant;

use crosscheck::pipeline::{Session, Settings};

const RUNS: usize = 7;

fn main() {
    let dir = std::env::var("CROSSCHECK_BENCH_CORPUS").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/bbc").to_string()
    });
    // Loaded as every command loads (the config's file filter, keys, load rules).
    let session = Session::new(Settings::default());
    let loaded = session.load(std::slice::from_ref(&dir));
    if loaded.articles.is_empty() {
        eprintln!("no articles under {dir}");
        std::process::exit(2);
    }
    let bytes: usize = loaded.articles.iter().map(|a| a.text.len()).sum();
    let n = loaded.articles.len();
    let mut figures = 0;
    let mut times = Vec::new();
    for run in 0..=RUNS {
        let start = Instant::now();
        let mut count = 0;
        for a in &loaded.articles {
            let analyzed = crosscheck::analyze(a.clone());
            count += analyzed.claims.quantities.len();
        }
        let secs = start.elapsed().as_secs_f64();
        figures = count;
        if run > 0 {
            times.push(secs);
        }
    }
    let mut seg_times = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let mut n = 0;
        for a in &loaded.articles {
            n += crosscheck::text::segment::segment(&a.text, a.body)
                .sentences
                .len();
        }
        std::hint::black_box(n);
        seg_times.push(start.elapsed().as_secs_f64());
    }
    seg_times.sort_by(f64::total_cmp);
    let mut tok_times = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let mut n = 0;
        for a in &loaded.articles {
            for s in crosscheck::text::segment::segment(&a.text, a.body).sentences {
                n += crosscheck::text::token::tokenize(s.span.slice(&a.text), s.span.start).len();
            }
        }
        std::hint::black_box(n);
        tok_times.push(start.elapsed().as_secs_f64());
    }
    tok_times.sort_by(f64::total_cmp);
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let mb = bytes as f64 / 1e6;
    let seg = seg_times[seg_times.len() / 2];
    let tok = tok_times[tok_times.len() / 2];
    println!("corpus: {dir}");
    println!("{n} articles, {mb:.2} MB, {figures} figures");
    println!(
        "extract (1 thread), median of {RUNS}: {:.1} MB/s, {:.0} articles/s (fastest {:.1} MB/s, slowest {:.1} MB/s)",
        mb / median,
        n as f64 / median,
        mb / times[0],
        mb / times[times.len() - 1]
    );
    println!(
        "share of the median: segment {:.0}%, segment+tokenize {:.0}%",
        100.0 * seg / median,
        100.0 * tok / median
    );
}
