//! Anchors across articles: the year outlets date one thing from with "since" ("the first
//! world title since 1986"; "the first crash of a Boeing 787 since the model was introduced 15
//! years ago" against "since the jet went into commercial service in 2011").
//!
//! Two anchors of articles of one story are about one thing when their clauses share two
//! content words or more (names spelled alike count: "Gadhafi", "Gaddafi"), and neither names
//! a record the other does not ("the highest turnout since 1997" and "the lowest turnout since
//! 2001" are two records). Anchors joined so form one fact: `agree` when every year allowed
//! meets (from independent sources: a rewrite repeats its original), `conflict` when two
//! sources' years cannot both be right ("15 years ago" in 2025 is 2009–2010, not 2011).
//!
//! Owns which anchors are one fact and the verdict; the anchors themselves are
//! `extract::anchor`, the wording `report::message`.

use std::collections::HashMap;

use super::components::Components;
use crate::lexicon;
use crate::model::article::Analyzed;
use crate::model::claim::{Anchor, Bound};
use crate::model::finding::{
    Amount, Detail, Evidence, FactValue, Finding, FindingKind, Severity, Subject,
};

/// Words shared by more anchors than this are too common to suggest one fact alone.
const COMMON_WORD: usize = 200;
/// How many content words two clauses must share, records aside.
const SHARED_WORDS: usize = 2;
/// How alike two names must be to count as one word ("Gadhafi", "Gaddafi").
const NAME_LIKENESS: f64 = 0.9;

/// The years dated from with "since" that outlets of one story give for one thing.
pub fn compare_anchors(articles: &[Analyzed], rel: &super::Relations) -> Vec<Finding> {
    let all: Vec<(usize, &Anchor)> = articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.claims.anchors.iter().map(move |x| (i, x)))
        .collect();
    if all.len() < 2 {
        return Vec::new();
    }
    // Candidates: anchors of related articles that share a word that is no record word.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, (_, a)) in all.iter().enumerate() {
        for w in a.words.iter().filter(|w| !lexicon::is_record_word(w)) {
            by_word.entry(w.as_str()).or_default().push(k);
        }
    }
    let mut parent = Components::new(all.len());
    // The words an anchor shares through its first link: the fact's name.
    let mut shared_by: Vec<Option<Vec<String>>> = vec![None; all.len()];
    let mut candidates: Vec<(usize, usize)> = by_word
        .values()
        .filter(|ks| ks.len() <= COMMON_WORD)
        .flat_map(|ks| {
            ks.iter()
                .enumerate()
                .flat_map(move |(n, &x)| ks[n + 1..].iter().map(move |&y| (x, y)))
        })
        .filter(|&(x, y)| all[x].0 != all[y].0 && rel.related(all[x].0, all[y].0))
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    // The strongest links first, and no fact holds two anchors of one article: an article's
    // "first rate cut since 2020" and "first dissent since 2005" each meet their own in
    // another outlet, not each other through a word they share ("rate").
    let mut links: Vec<(usize, usize, Vec<String>)> = candidates
        .into_iter()
        .filter_map(|(x, y)| {
            let shared = shared_words(all[x].1, all[y].1);
            (shared.len() >= SHARED_WORDS && same_record(all[x].1, all[y].1))
                .then_some((x, y, shared))
        })
        .collect();
    links.sort_by(|a, b| b.2.len().cmp(&a.2.len()).then((a.0, a.1).cmp(&(b.0, b.1))));
    let mut articles_of: Vec<Vec<usize>> = all.iter().map(|&(i, _)| vec![i]).collect();
    for (x, y, shared) in links {
        let (rx, ry) = (parent.root(x), parent.root(y));
        if rx != ry {
            if articles_of[rx]
                .iter()
                .any(|i| articles_of[ry].binary_search(i).is_ok())
            {
                continue;
            }
            let (lo, hi) = (rx.min(ry), rx.max(ry));
            parent.join(lo, hi);
            let moved = std::mem::take(&mut articles_of[hi]);
            articles_of[lo].extend(moved);
            articles_of[lo].sort_unstable();
        }
        shared_by[x].get_or_insert_with(|| shared.clone());
        shared_by[y].get_or_insert(shared);
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for k in (0..all.len()).filter(|&k| shared_by[k].is_some()) {
        groups.entry(parent.root(k)).or_default().push(k);
    }
    groups
        .into_values()
        .filter_map(|members| {
            let words = shared_by[members[0]].take()?;
            finding(articles, rel, &all, &members, words)
        })
        .collect()
}

/// The words of `a` that `b` shares, records aside: the same word, or a name spelled alike.
fn shared_words(a: &Anchor, b: &Anchor) -> Vec<String> {
    a.words
        .iter()
        .filter(|w| !lexicon::is_record_word(w))
        .filter(|w| {
            b.words.binary_search(w).is_ok()
                || (w.len() >= 5
                    && b.words.iter().any(|v| {
                        v.len() >= 5
                            && v.as_bytes()[0] == w.as_bytes()[0]
                            && strsim::jaro_winkler(w, v) >= NAME_LIKENESS
                    }))
        })
        .cloned()
        .collect()
}

/// Both clauses name the same record, or neither does: "first" and "first" are one record,
/// "highest" and "lowest" two, and "runners-up since 2000" is not "the first title since
/// 1985".
fn same_record(a: &Anchor, b: &Anchor) -> bool {
    fn records(x: &Anchor) -> Vec<&String> {
        x.words
            .iter()
            .filter(|w| lexicon::is_record_word(w))
            .collect()
    }
    records(a) == records(b)
}

fn evidence(articles: &[Analyzed], article: usize, a: &Anchor) -> Evidence {
    Evidence {
        article,
        span: a.span,
        text: a.span.slice(&articles[article].article.text).to_string(),
        value: Some(a.first_year as f64),
        low: Some(a.first_year as f64),
        high: Some(a.last_year as f64),
        bound: Some(if a.first_year == a.last_year {
            Bound::Exact
        } else {
            Bound::Range
        }),
        unit: Some("year".to_string()),
        sentence: a.sentence,
    }
}

fn amount(a: &Anchor) -> Amount {
    let (lo, hi) = (a.first_year as f64, a.last_year as f64);
    if lo == hi {
        Amount {
            value: lo,
            low: None,
            high: None,
            bound: Bound::Exact,
        }
    } else {
        Amount {
            value: lo,
            low: Some(lo),
            high: Some(hi),
            bound: Bound::Range,
        }
    }
}

/// One fact's finding: a conflict when two articles' years cannot both be right and their
/// clauses share a name, an agree when all meet and two of the articles are independent;
/// nothing else.
fn finding(
    articles: &[Analyzed],
    rel: &super::Relations,
    all: &[(usize, &Anchor)],
    members: &[usize],
    words: Vec<String>,
) -> Option<Finding> {
    let meet = |x: &Anchor, y: &Anchor| x.first_year <= y.last_year && y.first_year <= x.last_year;
    // Years that differ are a conflict only where the two clauses share a name ("Boeing",
    // "Gaddafi"): "the first title since 1985" of one team and "since 1994" of another share
    // only the words of the sport.
    // Nor where each names someone the other does not: "the first Australian to win since
    // Chris O'Neil in 1978" and "... since Mark Edmondson in 1976" are two titles.
    let share_name = |x: &Anchor, y: &Anchor| {
        let shared = shared_words(x, y);
        let back = shared_words(y, x);
        let own = |a: &Anchor, s: &[String]| a.names.iter().any(|n| !s.contains(n));
        shared.iter().any(|w| x.names.binary_search(w).is_ok())
            && !(own(x, &shared) && own(y, &back))
    };
    let (mut conflict, mut unsure, mut independent) = (false, false, false);
    for (n, &x) in members.iter().enumerate() {
        for &y in &members[n + 1..] {
            let ((ax, x), (ay, y)) = (all[x], all[y]);
            if ax == ay {
                continue;
            }
            if !meet(x, y) {
                if share_name(x, y) {
                    conflict = true;
                } else {
                    unsure = true;
                }
            }
            independent |= !rel.rewrite(ax, ay);
        }
    }
    if !conflict && (unsure || !independent) {
        return None;
    }
    let mut arts: Vec<usize> = members.iter().map(|&k| all[k].0).collect();
    arts.sort_unstable();
    arts.dedup();
    let files: Vec<&str> = arts
        .iter()
        .map(|&i| articles[i].article.key.as_str())
        .collect();
    let mut values: Vec<FactValue> = members
        .iter()
        .map(|&k| FactValue::Figure(amount(all[k].1)))
        .collect();
    values.dedup_by(|a, b| a == b);
    let (kind, severity) = if conflict {
        (FindingKind::Conflict, Severity::Warning)
    } else {
        (FindingKind::Agree, Severity::Note)
    };
    Some(Finding {
        evidence: members
            .iter()
            .map(|&k| evidence(articles, all[k].0, all[k].1))
            .collect(),
        articles: arts,
        ..Finding::new(
            kind,
            severity,
            Subject::Anchor { words },
            values,
            Detail::Years,
            &files,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::span::Span;

    fn anchor(first: i16, last: i16, words: &[&str]) -> Anchor {
        let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        words.sort();
        Anchor {
            span: Span::new(0, 4),
            first_year: first,
            last_year: last,
            words,
            names: Vec::new(),
            sentence: Span::new(0, 4),
        }
    }

    #[test]
    fn clauses_sharing_two_words_and_a_record_are_one_fact() {
        let a = anchor(1986, 1986, &["argentina", "first", "title", "world"]);
        let b = anchor(
            1986,
            1986,
            &["argentina", "first", "took", "title", "world"],
        );
        assert!(shared_words(&a, &b).len() >= SHARED_WORDS && same_record(&a, &b));
        // Names spelled alike are one word.
        let c = anchor(2011, 2011, &["conflict", "gadhafi", "moammar", "uprising"]);
        let d = anchor(2012, 2013, &["conflict", "gaddafi", "muammar", "ousted"]);
        assert_eq!(shared_words(&c, &d), vec!["conflict", "gadhafi", "moammar"]);
        // Two records are two facts.
        let high = anchor(1997, 1997, &["election", "highest", "turnout"]);
        let low = anchor(2001, 2001, &["election", "lowest", "turnout"]);
        assert!(!same_record(&high, &low));
    }

    fn with(path: &str, anchors: Vec<Anchor>) -> Analyzed {
        let mut a = crate::compare::claims::fixture::article(path, None, Vec::new());
        a.claims.anchors = anchors;
        a
    }

    fn named(mut a: Anchor, names: &[&str]) -> Anchor {
        a.names = names.iter().map(|n| n.to_string()).collect();
        a.names.sort();
        a
    }

    #[test]
    fn years_that_cannot_both_be_right_are_a_conflict_when_a_name_is_shared() {
        let service = named(
            anchor(2011, 2011, &["boeing", "crash", "first", "service"]),
            &["boeing"],
        );
        let ago = named(
            anchor(2009, 2010, &["boeing", "crash", "first", "model"]),
            &["boeing"],
        );
        let articles = vec![
            with("a.txt", vec![service.clone()]),
            with("b.txt", vec![ago]),
        ];
        let rel = crate::compare::claims::fixture::one_story(2);
        let found = compare_anchors(&articles, &rel);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, FindingKind::Conflict);
        // The same years agree; unrelated articles are not compared.
        let same = named(
            anchor(2011, 2011, &["boeing", "crash", "first", "jet"]),
            &["boeing"],
        );
        let articles = vec![
            with("a.txt", vec![service.clone()]),
            with("b.txt", vec![same]),
        ];
        assert_eq!(compare_anchors(&articles, &rel)[0].kind, FindingKind::Agree);
        let apart = super::super::Relations::for_tests(2, &[], &[], 0.1);
        assert!(compare_anchors(&articles, &apart).is_empty());
        // Without a shared name, differing years are no finding: "title since 1985" of one
        // team, "since 1994" of another.
        let one = anchor(1985, 1985, &["first", "nation", "six", "title"]);
        let other = anchor(1994, 1994, &["first", "nation", "six", "title"]);
        let articles = vec![with("a.txt", vec![one]), with("b.txt", vec![other])];
        assert!(compare_anchors(&articles, &rel).is_empty());
    }

    #[test]
    fn an_article_gives_one_anchor_to_a_fact() {
        // Regression: "the first rate cut since 2020" and "the first dissent on a rate
        // decision since 2005" of two outlets were joined through "fed" and "rate" into one
        // conflict.
        let cut = || anchor(2020, 2020, &["cut", "fed", "first", "rate"]);
        let dissent = || {
            anchor(
                2005,
                2005,
                &["decision", "dissent", "fed", "first", "governor", "rate"],
            )
        };
        let articles = vec![
            with("a.txt", vec![cut(), dissent()]),
            with("b.txt", vec![cut(), dissent()]),
        ];
        let found = compare_anchors(&articles, &crate::compare::claims::fixture::one_story(2));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|f| f.kind == FindingKind::Agree));
    }
}
