//! Fuzzing by mutation of real articles: the seeds and a few BBC articles (read from
//! `../shared/corpora/bbc` at test time, skipped with a message when absent) are cut, spliced,
//! duplicated, joined onto one line and sprinkled with figures, hedges, quotation marks, dates
//! and odd characters, then go through `analyze` and through the comparison on collections of
//! 2–4 articles. Every case asserts: no panic, every span inside the text and on char
//! boundaries, and the same output when run twice.
//!
//! `cargo test` runs a small budget (`FUZZ_CASES`, default 16 per target). A longer campaign
//! raises it: `FUZZ_CASES=20000 nice -n 19 cargo test --release --test fuzz -- --nocapture`.

use std::path::Path;
use std::sync::LazyLock;

use crosscheck::Analyzed;
use crosscheck::pipeline::Session;
use crosscheck::pipeline::load::parse_article;
use crosscheck::report::{claims_json, findings_json};
use crosscheck::text::span::Span;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// The texts mutations start from: the seeds, and a few BBC articles of every section.
static CORPUS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("seeds"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    let bbc = root.join("../shared/corpora/bbc");
    if bbc.is_dir() {
        for section in ["business", "politics", "sport", "tech", "entertainment"] {
            for n in ["001", "017", "123", "250"] {
                paths.push(bbc.join(section).join(format!("{n}.txt")));
            }
        }
    } else {
        eprintln!("fuzz: {} is absent, mutating the seeds only", bbc.display());
    }
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    assert!(!texts.is_empty(), "no seed article to mutate");
    texts
});

/// Fragments inserted by mutation: the forms extraction reads, and characters that have
/// broken parsers elsewhere (multi-byte letters, combining marks, lone CR, NUL, BOM).
const FRAGMENTS: &[&str] = &[
    " 1,000 ",
    " 2.5bn ",
    " $3m ",
    " £600m ",
    " 76% ",
    " more than ",
    " at least ",
    " about ",
    " dozens of ",
    " twenty-two ",
    " a third ",
    " between 5 and 10 ",
    " 28-point ",
    " (45 miles) ",
    " killed ",
    " denied reports that ",
    " did not ",
    " said ",
    " according to ",
    " “",
    "” ",
    " \"",
    "\" ",
    " Mr Smith ",
    " Dr. ",
    " U.S. ",
    ". ",
    "\n",
    "\n\n",
    " date 2025-11-19 ",
    " on Tuesday ",
    " last week ",
    " 20 October ",
    " 2022 ",
    " in Kyiv ",
    "\r",
    "\u{feff}",
    "\0",
    "é",
    "\u{301}",
    "₹",
    "—",
    "-",
    ",",
    ";",
    ":",
    "(",
    ")",
    "…",
    " ",
    "½",
    "٣",
    "Ⅻ",
];

#[derive(Debug, Clone)]
enum Mutation {
    /// Remove the bytes between two points (as fractions of the text length).
    Delete(u16, u16),
    /// Insert a fragment at a point.
    Insert(u16, usize),
    /// Copy a range of the text to another point.
    Duplicate(u16, u16, u16),
    /// Replace a range with a range of another corpus text.
    Splice(u16, u16, usize, u16, u16),
    /// Join every line onto one.
    OneLine,
    /// Drop every full stop (one long sentence).
    NoStops,
    /// Truncate at a point.
    Truncate(u16),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (any::<u16>(), any::<u16>()).prop_map(|(a, b)| Mutation::Delete(a, b)),
        4 => (any::<u16>(), 0..FRAGMENTS.len()).prop_map(|(a, f)| Mutation::Insert(a, f)),
        1 => (any::<u16>(), any::<u16>(), any::<u16>()).prop_map(|(a, b, c)| Mutation::Duplicate(a, b, c)),
        1 => (any::<u16>(), any::<u16>(), any::<usize>(), any::<u16>(), any::<u16>())
            .prop_map(|(a, b, s, c, d)| Mutation::Splice(a, b, s, c, d)),
        1 => Just(Mutation::OneLine),
        1 => Just(Mutation::NoStops),
        1 => any::<u16>().prop_map(Mutation::Truncate),
    ]
}

/// The char boundary nearest below the point `f` (a fraction of `u16::MAX`) of `s`.
fn at(s: &str, f: u16) -> usize {
    let mut i = s.len() * f as usize / u16::MAX as usize;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn range(s: &str, a: u16, b: u16) -> (usize, usize) {
    let (x, y) = (at(s, a), at(s, b));
    (x.min(y), x.max(y))
}

fn apply(mut s: String, m: &Mutation) -> String {
    match *m {
        Mutation::Delete(a, b) => {
            let (x, y) = range(&s, a, b);
            s.replace_range(x..y, "");
        }
        Mutation::Insert(a, f) => {
            let x = at(&s, a);
            s.insert_str(x, FRAGMENTS[f]);
        }
        Mutation::Duplicate(a, b, c) => {
            let (x, y) = range(&s, a, b);
            let mut end = y.min(x + 4096);
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            let piece = s[x..end].to_string();
            let z = at(&s, c);
            s.insert_str(z, &piece);
        }
        Mutation::Splice(a, b, other, c, d) => {
            let o = &CORPUS[other % CORPUS.len()];
            let (x, y) = range(&s, a, b);
            let (u, v) = range(o, c, d);
            s.replace_range(x..y, &o[u..v]);
        }
        Mutation::OneLine => s = s.replace('\n', " "),
        Mutation::NoStops => s = s.replace(". ", " "),
        Mutation::Truncate(a) => s.truncate(at(&s, a)),
    }
    s
}

/// A mutated corpus article.
fn article_text() -> impl Strategy<Value = String> {
    (any::<usize>(), proptest::collection::vec(mutation(), 0..12)).prop_map(|(k, ms)| {
        let base = CORPUS[k % CORPUS.len()].clone();
        ms.iter().fold(base, apply)
    })
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16)
}

/// A span of `text` that is inside it and on char boundaries.
fn check_span(text: &str, s: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end),
        "{what} span {}..{} is not a char range of the {}-byte text",
        s.start,
        s.end,
        text.len()
    );
    Ok(())
}

/// Every span an analyzed article holds is a char range of its text, and each quote is the
/// text at its span.
fn check_analyzed(a: &Analyzed) -> Result<(), TestCaseError> {
    let text = &a.article.text;
    check_span(text, a.article.body, "body")?;
    for p in &a.segments.paragraphs {
        check_span(text, p.span, "paragraph")?;
    }
    for s in &a.segments.sentences {
        check_span(text, s.span, "sentence")?;
    }
    for q in &a.claims.quantities {
        check_span(text, q.span, "figure")?;
        check_span(text, q.sentence, "figure's sentence")?;
        prop_assert!(q.sentence.contains(q.span), "figure outside its sentence");
        for (s, what) in [
            (q.predicate.as_ref().map(|p| p.span), "predicate"),
            (q.time.as_ref().map(|t| t.span), "time"),
            (q.place.as_ref().map(|p| p.span), "place"),
            (q.attribution.as_ref().map(|p| p.span), "attribution"),
        ] {
            if let Some(s) = s {
                check_span(text, s, what)?;
            }
        }
        prop_assert!(!q.value.is_nan(), "a figure's value is NaN");
    }
    for q in &a.claims.quotes {
        check_span(text, q.span, "quote")?;
        check_span(text, q.sentence, "quote's sentence")?;
    }
    for r in &a.claims.roles {
        check_span(text, r.span, "role")?;
        check_span(text, r.sentence, "role's sentence")?;
    }
    // Positions for editors: every figure's line and column exist.
    for q in &a.claims.quantities {
        let (line, col) = a.lines.position(text, q.span.start);
        prop_assert!(line >= 1 && col >= 1, "position {line}:{col}");
    }
    Ok(())
}

fn analyzed(name: &str, text: &str) -> Option<Analyzed> {
    parse_article(name, text.as_bytes().to_vec())
        .ok()
        .map(crosscheck::analyze)
}

/// The comparison of a collection, rendered: what a run reports.
fn compared(texts: &[String]) -> (Vec<Analyzed>, Vec<String>) {
    let articles: Vec<Analyzed> = texts
        .iter()
        .enumerate()
        .filter_map(|(i, t)| analyzed(&format!("fuzz/{i}.txt"), t))
        .collect();
    let session = Session::new(crosscheck::pipeline::Settings::default());
    let run = session.compare(articles);
    let findings = run
        .findings
        .iter()
        .map(|f| findings_json::finding_json(&run.articles, f).to_string())
        .collect();
    (run.articles, findings)
}

proptest! {
    #![proptest_config(Config { cases: cases(), failure_persistence: None, ..Config::default() })]

    #[test]
    fn mutated_articles_analyze_within_their_text_and_deterministically(text in article_text()) {
        let Some(a) = analyzed("fuzz.txt", &text) else { return Ok(()) };
        check_analyzed(&a)?;
        let again = analyzed("fuzz.txt", &text).expect("parsed once, parses again");
        prop_assert_eq!(
            claims_json::render_jsonl(std::slice::from_ref(&a)),
            claims_json::render_jsonl(std::slice::from_ref(&again))
        );
    }

    #[test]
    fn mutated_collections_check_within_their_texts_and_deterministically(
        texts in proptest::collection::vec(article_text(), 2..=4)
    ) {
        let (articles, findings) = compared(&texts);
        for f in &findings {
            prop_assert!(!f.is_empty());
        }
        let (_, again) = compared(&texts);
        prop_assert_eq!(&findings, &again);
        // Every piece of evidence points into its article's text.
        let session = Session::new(crosscheck::pipeline::Settings::default());
        let run = session.compare(articles);
        for f in &run.findings {
            for e in &f.evidence {
                prop_assert!(e.article < run.articles.len(), "evidence of article {}", e.article);
                let text = &run.articles[e.article].article.text;
                check_span(text, e.span, "evidence")?;
                check_span(text, e.sentence, "evidence sentence")?;
            }
            for &i in &f.articles {
                prop_assert!(i < run.articles.len());
            }
        }
    }
}
