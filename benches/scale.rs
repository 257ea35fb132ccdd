//! Benchmark: `check` on synthetic collections of 10,000 and 100,000 articles
//! (`cargo bench --bench scale`; `SCALE_SIZES=10000` to pick sizes, `SCALE_RUNS` for runs).
//!
//! Method (also in BENCHMARKS.md). A word-level Markov chain (order 2) is trained on the BBC
//! corpus in `../shared/corpora/bbc`; each synthetic article is a headline and 12–24 sentences
//! generated from it with a seeded generator, so articles read like news, carry figures, and
//! share no more text with each other than real articles do. Every 50th article gets a planted
//! rewrite: the same text with one sentence dropped, one added and one figure changed. The
//! collection is written once to `target/bench-corpus/N/` and reused. Each run times the whole
//! pipeline through the library — load (read files), analyze (segment and extract, all cores),
//! compare (near-duplicates, claims, people, all cores) — and reports the median of the runs,
//! articles/s, MB/s, and peak resident memory (VmHWM, for the whole process). The planted
//! rewrites are the known answer: the run fails if fewer than 95% of them are reported as
//! near-duplicates or their changed figure is missing from the finding.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crosscheck::model::finding::FindingKind;
use crosscheck::pipeline::{Session, Settings};

/// xorshift64*: a small, seeded, reproducible generator (no dependency needed for a bench).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Order-2 word Markov chain over sentences.
struct Chain {
    words: Vec<String>,
    index: HashMap<String, u32>,
    next: HashMap<(u32, u32), Vec<u32>>,
    starts: Vec<(u32, u32)>,
    /// Capitalized words seen in the corpus, to vary names.
    names: Vec<String>,
}

const END: u32 = 0;

impl Chain {
    fn train(texts: &[String]) -> Chain {
        let mut c = Chain {
            words: vec!["<end>".into()],
            index: HashMap::new(),
            next: HashMap::new(),
            starts: Vec::new(),
            names: Vec::new(),
        };
        for t in texts {
            for sentence in t.split_inclusive(['.', '?', '!']) {
                let ws: Vec<u32> = sentence.split_whitespace().map(|w| c.id(w)).collect();
                if ws.len() < 6 {
                    continue;
                }
                c.starts.push((ws[0], ws[1]));
                for k in 0..ws.len() {
                    let (a, b) = (ws[k], ws.get(k + 1).copied().unwrap_or(END));
                    let n = ws.get(k + 2).copied().unwrap_or(END);
                    if b != END {
                        c.next.entry((a, b)).or_default().push(n);
                    }
                }
            }
        }
        c.names = c
            .words
            .iter()
            .filter(|w| {
                w.len() > 3
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
            })
            .cloned()
            .collect();
        c
    }

    fn id(&mut self, w: &str) -> u32 {
        if let Some(&i) = self.index.get(w) {
            return i;
        }
        let i = self.words.len() as u32;
        self.words.push(w.to_string());
        self.index.insert(w.to_string(), i);
        i
    }

    fn sentence(&self, rng: &mut Rng) -> String {
        let (mut a, mut b) = self.starts[rng.below(self.starts.len())];
        let mut out = vec![
            self.words[a as usize].as_str(),
            self.words[b as usize].as_str(),
        ];
        for _ in 0..40 {
            let Some(options) = self.next.get(&(a, b)) else {
                break;
            };
            let n = options[rng.below(options.len())];
            if n == END {
                break;
            }
            out.push(&self.words[n as usize]);
            (a, b) = (b, n);
            if out.last().is_some_and(|w| w.ends_with(['.', '?', '!'])) {
                break;
            }
        }
        // Fresh figures and names in every sentence, so a 100,000-article collection does not
        // repeat the training sentences verbatim (real news does not).
        let mut words: Vec<String> = out.iter().map(|w| w.to_string()).collect();
        for (k, w) in words.iter_mut().enumerate() {
            let name_like = k > 0
                && w.len() > 3
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(char::is_alphabetic);
            if w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 3 {
                *w = (1 + rng.below(999)).to_string();
            } else if name_like {
                *w = self.names[rng.below(self.names.len())].clone();
            }
        }
        let mut s = words.join(" ");
        if !s.ends_with(['.', '?', '!']) {
            s.push('.');
        }
        s
    }
}

struct Planted {
    original: String,
    rewrite: String,
    old_figure: String,
    new_figure: String,
}

fn generate(dir: &Path, n: usize, chain: &Chain) -> Vec<Planted> {
    std::fs::create_dir_all(dir).unwrap();
    let mut planted = Vec::new();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ n as u64);
    let mut i = 0;
    while i < n {
        let plant = (i + 1) % 50 == 0 && i + 1 < n;
        let mut sentences: Vec<String> = (0..12 + rng.below(13))
            .map(|_| chain.sentence(&mut rng))
            .collect();
        let planted_count = 10 + rng.below(990);
        if plant {
            sentences.insert(
                sentences.len() / 3,
                format!("Officials said {planted_count} people had been affected by the decision."),
            );
        }
        let headline = chain
            .sentence(&mut rng)
            .trim_end_matches('.')
            .split(' ')
            .take(7)
            .collect::<Vec<_>>()
            .join(" ");
        let day = 1 + rng.below(28);
        let body = |ss: &[String]| {
            ss.chunks(3)
                .map(|c| c.join(" "))
                .collect::<Vec<_>>()
                .join("\n\n")
        };
        let text = format!(
            " date 2025-03-{day:02} {headline}\n\n{}\n",
            body(&sentences)
        );
        let name = format!("{:03}/{i:06}.txt", i / 1000);
        std::fs::create_dir_all(dir.join(&name).parent().unwrap()).unwrap();
        std::fs::write(dir.join(&name), &text).unwrap();
        i += 1;
        if plant {
            // A rewrite: drop one sentence, add one, change the planted figure (n → 2n + 1).
            let mut ss = sentences.clone();
            ss.remove(ss.len() - 1);
            ss.push(chain.sentence(&mut rng));
            let (old, new) = (
                planted_count.to_string(),
                (2 * planted_count + 1).to_string(),
            );
            for s in ss.iter_mut().filter(|s| s.starts_with("Officials said ")) {
                *s = s.replacen(&old, &new, 1);
            }
            let rewrite_name = format!("{:03}/{i:06}.txt", i / 1000);
            std::fs::create_dir_all(dir.join(&rewrite_name).parent().unwrap()).unwrap();
            std::fs::write(
                dir.join(&rewrite_name),
                format!(" date 2025-03-{day:02} {headline}\n\n{}\n", body(&ss)),
            )
            .unwrap();
            planted.push(Planted {
                original: name,
                rewrite: rewrite_name,
                old_figure: old,
                new_figure: new,
            });
            i += 1;
        }
    }
    planted
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bbc = root.join("../shared/corpora/bbc");
    let sizes: Vec<usize> = std::env::var("SCALE_SIZES")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let runs: usize = std::env::var("SCALE_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let texts: Vec<String> = Session::new(Settings::default())
        .load(&[bbc.display().to_string()])
        .articles
        .into_iter()
        .map(|a| a.text)
        .collect();
    let chain = Chain::train(&texts);
    let mut previous: Option<(usize, f64)> = None;
    for n in sizes {
        let dir = root.join(format!("target/bench-corpus/{n}"));
        let marker = dir.join("planted.tsv");
        let planted = if marker.is_file() {
            std::fs::read_to_string(&marker)
                .unwrap()
                .lines()
                .map(|l| {
                    let c: Vec<&str> = l.split('\t').collect();
                    Planted {
                        original: c[0].into(),
                        rewrite: c[1].into(),
                        old_figure: c[2].into(),
                        new_figure: c[3].into(),
                    }
                })
                .collect()
        } else {
            let _ = std::fs::remove_dir_all(&dir);
            let p = generate(&dir, n, &chain);
            let tsv: String = p
                .iter()
                .map(|p| {
                    format!(
                        "{}\t{}\t{}\t{}\n",
                        p.original, p.rewrite, p.old_figure, p.new_figure
                    )
                })
                .collect();
            std::fs::write(&marker, tsv).unwrap();
            p
        };
        let mut times = Vec::new();
        let mut stages = Vec::new();
        let mut found = 0;
        let mut bytes = 0;
        for _ in 0..runs {
            let t0 = Instant::now();
            let session = Session::new(Settings::default());
            let loaded = session.load(&[dir.display().to_string()]);
            let t1 = Instant::now();
            bytes = loaded.articles.iter().map(|a| a.text.len()).sum::<usize>();
            let articles = crosscheck::analyze_all(loaded.articles);
            let t2 = Instant::now();
            let outcome = session.compare(articles);
            let articles = &outcome.articles;
            let t3 = Instant::now();
            times.push((t3 - t0).as_secs_f64());
            stages.push((
                (t1 - t0).as_secs_f64(),
                (t2 - t1).as_secs_f64(),
                (t3 - t2).as_secs_f64(),
            ));
            let dups: Vec<(String, String, String)> = outcome
                .findings
                .iter()
                .filter(|f| f.kind == FindingKind::NearDuplicate)
                .map(|f| {
                    (
                        articles[f.articles[0]].article.path.clone(),
                        articles[f.articles[1]].article.path.clone(),
                        crosscheck::report::message::message(articles, f),
                    )
                })
                .collect();
            found = planted
                .iter()
                .filter(|p| {
                    dups.iter().any(|(a, b, msg)| {
                        a.ends_with(&p.original)
                            && b.ends_with(&p.rewrite)
                            && msg.contains(&p.old_figure)
                            && msg.contains(&p.new_figure)
                    })
                })
                .count();
        }
        let mut sorted = times.clone();
        sorted.sort_by(f64::total_cmp);
        let median = sorted[sorted.len() / 2];
        let k = times.iter().position(|t| *t == median).unwrap_or(0);
        let (tl, ta, tc) = stages[k];
        let mb = bytes as f64 / 1e6;
        println!(
            "{n} articles ({mb:.0} MB): median of {runs} {median:.2} s = {:.0} articles/s, {:.1} MB/s (load {tl:.2} s, analyze {ta:.2} s, compare {tc:.2} s); peak RSS {:.0} MB; planted rewrites found with their changed figure: {found}/{}",
            n as f64 / median,
            mb / median,
            peak_rss_kb() as f64 / 1024.0,
            planted.len()
        );
        if let Some((pn, pt)) = previous {
            let growth = median / pt;
            let size = n as f64 / pn as f64;
            println!(
                "growth {pn} → {n}: time ×{growth:.1} for ×{size:.0} articles (n log n would be ×{:.1})",
                size * (n as f64).ln() / (pn as f64).ln()
            );
        }
        previous = Some((n, median));
        assert!(
            found as f64 >= 0.95 * planted.len() as f64,
            "planted rewrites found: {found}/{}",
            planted.len()
        );
    }
}
