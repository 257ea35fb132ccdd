//! Stories: which articles are about the same story.
//!
//! A story is a connected group of articles. Two articles are linked on evidence a reader would
//! accept, never on one shared common word:
//! - their content words overlap (Dice at `related_at`, the long-standing rule), or
//! - they share two rare *names* (capitalized words inside sentences, or a country opening
//!   one: people, places, organisations) and either most of the shorter article's content
//!   words or a *figure in context* (the same value counting the same concept, "22 missiles",
//!   "600,000 troops" = "600,000 personnel"), or
//! - they share one rare name and two figures in context, or one and a third of the shorter
//!   article's words, or 40% of its words (a short item whose toll has risen since), or
//! - they are near-duplicates.
//!
//! Dated articles more than `WINDOW_DAYS` apart are not linked unless they are rewrites: a
//! story has a date window. Containment (of the shorter article's words in the longer) rather
//! than Dice is what lets a three-sentence wire item join its story; the rare-name requirement
//! is what keeps two unrelated articles of one day apart. Candidates come from rare names (in
//! at most `rare_limit` articles), which every link but a rewrite needs, so no step compares
//! all pairs; a bit signature of each article's words bounds what two share before the exact
//! count.
//!
//! Links are grouped by average linkage, not by connected components: two groups become one
//! story when a quarter of their pairs are linked (rewrites and pairs sharing most of their
//! words join outright). On the 12 story clusters all 71 articles land in their 12 stories;
//! on the undated BBC corpus the largest story has 26 articles, where connected components
//! chained 1,392 of them into one.
//!
//! The module owns the grouping; it does not judge claims.

use std::borrow::Cow;
use std::collections::HashMap;

use rayon::prelude::*;

use super::word_bits::WordBits;
use crate::lexicon;
use crate::model::article::Analyzed;
use crate::model::claim::Kind;
use crate::text::hash::fnv1a;

/// The hasher of maps keyed by hashes.
type Fast = std::hash::BuildHasherDefault<lexicon::WordHasher>;

/// Dated articles further apart than this are about different stories (unless rewrites).
pub const WINDOW_DAYS: i64 = 10;
/// Share of the shorter article's content words found in the longer one that, with shared
/// rare names, links two articles.
pub const CONTAINED_AT: f64 = 0.35;
/// Share of the shorter article's content words found in the longer one that, with one shared
/// rare name and no shared figure, links two articles.
pub const CONTAINED_ALONE_AT: f64 = 0.4;
/// Content-word Dice at which two articles are one story whatever their groups (a rewrite
/// that is not a near-duplicate by its shingles).
pub const STRONG_AT: f64 = 0.4;
/// Share of the pairs of two groups that must be linked for the groups to be one story.
pub const DENSITY: f64 = 0.25;

/// What story grouping reads of one article. The content words are borrowed from the
/// similarity pass, which holds them already (a second copy was 120 MB at 100,000 articles).
#[derive(Debug, Clone, Default)]
pub struct StoryKeys<'w> {
    /// Sorted hashes of content words.
    pub words: Cow<'w, [u64]>,
    /// Sorted hashes of names (lower case).
    pub names: Vec<u64>,
    /// Sorted hashes of figures in context: value and counted noun.
    pub figures: Vec<u64>,
    /// Publication day as days since the epoch.
    pub day: Option<i64>,
}

/// Names in an article: capitalized words that are not the first word of a sentence, not a
/// function word, title, month or weekday, and never written in lower case in the article
/// ("Minister" in a heading is not a name when the text says "minister").
pub fn names(a: &Analyzed) -> Vec<u64> {
    let text = &a.article.text;
    let body = a.article.body.slice(text);
    // The capitalized words that pass every other test, in lower case; then the body's
    // lower-case words are looked up among them. A set of every lower-case word of the body
    // was half of this function's time at 100,000 articles; the candidates are a few dozen.
    let mut candidates: Vec<String> = Vec::new();
    // One buffer for every word's lower case, not a `String` per capitalized word.
    let mut l = String::new();
    for s in &a.segments.sentences {
        let words = crate::text::token::words::<true>(s.span.slice(text));
        for (i, w) in words.enumerate() {
            // `trim_end_matches("'s")`, without its substring searcher: set up for every word,
            // that was a quarter of this function's instructions over BBC.
            let mut w = w;
            while let Some(stem) = w.strip_suffix("'s") {
                w = stem;
            }
            let w = w.trim_matches('\'');
            if !w.chars().next().is_some_and(char::is_uppercase) || w.chars().nth(1).is_none() {
                continue;
            }
            crate::text::normalize::lower_into(&mut l, w);
            // A sentence's first word is capitalized anyway; a country there ("Ukraine's
            // president said") is still a name.
            if i == 0 && !lexicon::is_country(&l) {
                continue;
            }
            if lexicon::is_content_stop_word(&l)
                || lexicon::is_capital_function_word(&l)
                || lexicon::is_person_title(&l)
                || lexicon::is_courtesy_title(&l)
                || lexicon::month(&l).is_some()
                || lexicon::weekday(&l).is_some()
            {
                continue;
            }
            candidates.push(l.clone());
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    // A 4,096-bit filter of the candidates' first two bytes and length: most lower-case words
    // of the body are ruled out by one bit test before any comparison of bytes (a candidate
    // has two characters at least, so two bytes).
    let slot = |w: &str| -> Option<usize> {
        let b = w.as_bytes();
        let (&b0, &b1) = (b.first()?, b.get(1)?);
        let h = (usize::from(b0) << 16 | usize::from(b1) << 8 | w.len().min(255))
            .wrapping_mul(0x9e37_79b9);
        Some((h >> 12) % 4096)
    };
    let mut filter = [0u64; 64];
    for c in &candidates {
        if let Some(k) = slot(c) {
            filter[k / 64] |= 1 << (k % 64);
        }
    }
    let mut in_lower_case = vec![false; candidates.len()];
    for w in crate::text::token::words::<false>(body)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
    {
        match slot(w) {
            Some(k) if filter[k / 64] & (1 << (k % 64)) != 0 => {}
            _ => continue,
        }
        if let Ok(k) = candidates.binary_search_by(|c| c.as_str().cmp(w)) {
            in_lower_case[k] = true;
        }
    }
    let mut out: Vec<u64> = candidates
        .iter()
        .zip(&in_lower_case)
        .filter(|&(_, &lower)| !lower)
        .map(|(c, _)| fnv1a(c.as_bytes()))
        .collect();
    out.sort_unstable();
    out.dedup();
    // Held for every article while the stories are grouped.
    out.shrink_to_fit();
    out
}

/// Figures in context: a value with the noun it counts (or its unit). Ordinals, bare numbers
/// and round small counts ("two", "three") say little about which story an article is in.
pub fn figures(a: &Analyzed) -> Vec<u64> {
    let mut out: Vec<u64> = a
        .claims
        .quantities
        .iter()
        .filter(|q| q.kind != Kind::Ordinal && q.value.abs() >= 10.0)
        .filter_map(|q| {
            // By concept: "600,000 troops" and "600,000 personnel" are one figure in context.
            let unit = q.unit.as_deref()?;
            let unit = lexicon::concept(unit).map_or(unit, |(c, _)| c);
            Some(fnv1a(format!("{}\u{1f}{unit}", q.value).as_bytes()))
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out.shrink_to_fit();
    out
}

pub fn keys<'w>(a: &Analyzed, words: &'w [u64]) -> StoryKeys<'w> {
    StoryKeys {
        words: Cow::Borrowed(words),
        names: names(a),
        figures: figures(a),
        day: a.article.date.map(|d| {
            d.since(jiff::civil::date(1970, 1, 1))
                .map_or(0, |s| s.get_days() as i64)
        }),
    }
}

fn shared(a: &[u64], b: &[u64]) -> usize {
    super::similarity::intersection(a, b)
}

/// Is there evidence that two articles are about the same story? `rare` tells whether a name
/// is rare enough in the collection to count.
pub fn linked(a: &StoryKeys, b: &StoryKeys, related_at: f64, rare: &dyn Fn(u64) -> bool) -> bool {
    if !in_window(a, b) {
        return false;
    }
    let names = a
        .names
        .iter()
        .filter(|n| b.names.binary_search(n).is_ok() && rare(**n))
        .count();
    linked_by_names(a, b, names, related_at)
}

/// Dated articles more than `WINDOW_DAYS` apart are not linked.
fn in_window(a: &StoryKeys, b: &StoryKeys) -> bool {
    match (a.day, b.day) {
        (Some(x), Some(y)) => (x - y).abs() <= WINDOW_DAYS,
        _ => true,
    }
}

/// `linked` once the shared rare names are counted (`group` counts them on lists of each
/// article's rare names, one merge instead of a search and a lookup per name).
fn linked_by_names(a: &StoryKeys, b: &StoryKeys, names: usize, related_at: f64) -> bool {
    let common = || shared(&a.words, &b.words);
    linked_given(a, b, names, related_at, common(), common)
}

/// `linked_by_names`, with the shared content words counted only when the figures do not
/// decide and `at_most` (a bound on them) does not rule the pair out: the exact count is a
/// merge of two lists of a hundred or more words, and most candidate pairs are decided
/// without it. The rules are `linked_by_names`'s; each ratio grows with the shared count, so a
/// pair that fails at the bound fails at the count.
fn linked_given(
    a: &StoryKeys,
    b: &StoryKeys,
    names: usize,
    related_at: f64,
    at_most: usize,
    common: impl FnOnce() -> usize,
) -> bool {
    if names == 0 {
        return false;
    }
    let figures = shared(&a.figures, &b.figures);
    let total = (a.words.len() + b.words.len()).max(1) as f64;
    let shorter = a.words.len().min(b.words.len()).max(1) as f64;
    let dice = |common: usize| 2.0 * common as f64 / total;
    let contained = |common: usize| common as f64 / shorter;
    if names >= 2 {
        if figures >= 1 {
            return true;
        }
        let by_words = |c: usize| dice(c) >= related_at || contained(c) >= CONTAINED_AT;
        return by_words(at_most) && by_words(common());
    }
    // One rare name is enough beside figures in context: a short wire item giving the same
    // "28-point plan" and "600,000 troops" as its story, or one of them and a third of its
    // words — or, giving none (its toll has risen since), 40% of its words.
    if figures >= 2 {
        return true;
    }
    let at = if figures >= 1 {
        CONTAINED_AT
    } else {
        CONTAINED_ALONE_AT
    };
    contained(at_most) >= at && contained(common()) >= at
}

/// An article's content words as 2,048 bits (`WordBits`): at 2,048 bits two unrelated
/// articles of 150 words share about 11 bits by chance, well below the third of the shorter
/// article `linked_by_names` asks for.
type ArticleBits = WordBits<32>;

/// An article's terms: content words, names and figures in one sorted list. Names and figures
/// are tagged so they never meet a content word of the same hash. Made again where they are
/// read (a sort of a few hundred hashes), not held for every article at once: at 100,000
/// articles they were 150 MB.
fn terms(k: &StoryKeys) -> Vec<u64> {
    let mut t: Vec<u64> = k.words.to_vec();
    t.extend(k.names.iter().map(|h| h.rotate_left(1) ^ 0x6e61_6d65));
    t.extend(k.figures.iter().map(|h| h.rotate_left(2) ^ 0x6669_6775));
    t.sort_unstable();
    t.dedup();
    t
}

/// The pairs `(a, b)`, `a < b`, sorted, that are linked on evidence: they share at least two
/// rare terms (content words, names or figures in at most `limit` articles) and
/// `linked_by_names` holds.
///
/// `linked_by_names` needs a shared rare name, so an article's candidates are the articles in
/// the postings of its rare names, not of all its rare terms (the postings of every term were
/// 20 million entries at 100,000 articles, and gathering and sorting them per article the
/// largest single cost of `check`). A pair sharing two rare names shares two rare terms (the
/// tagged names); one sharing one must share another, counted exactly on both articles' terms
/// — only for the few pairs that are otherwise linked.
fn linked_pairs(keys: &[StoryKeys], related_at: f64, limit: usize) -> Vec<(usize, usize)> {
    // In how many articles each term is (what the postings of every term told by their
    // length), and each name.
    let mut term_df: HashMap<u64, u32, Fast> = HashMap::default();
    let mut name_df: HashMap<u64, u32, Fast> = HashMap::default();
    for k in keys {
        for t in terms(k) {
            *term_df.entry(t).or_default() += 1;
        }
        for &h in &k.names {
            *name_df.entry(h).or_default() += 1;
        }
    }
    let rare = |c: u32| c as usize <= limit;
    // Each article's rare names, sorted: two articles share as many rare names as these
    // lists have in common, and as many as the postings below list the second under the
    // first's names.
    let rare_names: Vec<Vec<u64>> = keys
        .par_iter()
        .map(|k| {
            k.names
                .iter()
                .copied()
                .filter(|h| name_df.get(h).is_some_and(|&c| rare(c)))
                .collect()
        })
        .collect();
    let mut postings: HashMap<u64, Vec<u32>, Fast> = HashMap::default();
    for (doc, names) in rare_names.iter().enumerate() {
        for &h in names {
            if name_df.get(&h).is_some_and(|&c| c >= 2) {
                postings.entry(h).or_default().push(doc as u32);
            }
        }
    }
    drop(name_df);
    let bits: Vec<ArticleBits> = keys.par_iter().map(|k| ArticleBits::of(&k.words)).collect();
    let rare_terms_shared = |a: &StoryKeys, b: &StoryKeys| -> usize {
        super::similarity::intersection_where(&terms(a), &terms(b), |t| {
            term_df.get(t).is_some_and(|&c| rare(c))
        })
    };
    (0..keys.len())
        .into_par_iter()
        .flat_map_iter(|a| {
            let mut others: Vec<u32> = rare_names[a]
                .iter()
                .filter_map(|h| postings.get(h))
                .flat_map(|docs| docs.iter().copied().filter(|&b| b as usize > a))
                .collect();
            others.sort_unstable();
            let mut out = Vec::new();
            for run in others.chunk_by(|x, y| x == y) {
                let (b, names) = (run[0] as usize, run.len());
                let (ka, kb) = (&keys[a], &keys[b]);
                if !in_window(ka, kb) {
                    continue;
                }
                let at_most = bits[a].shared_at_most(&bits[b]);
                let common = || shared(&ka.words, &kb.words);
                if !linked_given(ka, kb, names, related_at, at_most, common) {
                    continue;
                }
                if names < 2 && rare_terms_shared(ka, kb) < 2 {
                    continue;
                }
                out.push((a, b));
            }
            out
        })
        .collect()
}

/// The stories of a collection.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stories {
    /// Article → its story (an index into `members`).
    pub story_of: Vec<usize>,
    /// Each story's articles, sorted; stories in order of their first article.
    pub members: Vec<Vec<usize>>,
    /// For each article, the articles it is directly linked with (sorted).
    pub links: Vec<Vec<usize>>,
}

impl Stories {
    /// Articles that joined no other article.
    pub fn alone(&self) -> Vec<usize> {
        self.members
            .iter()
            .filter(|m| m.len() == 1)
            .map(|m| m[0])
            .collect()
    }

    pub fn same(&self, a: usize, b: usize) -> bool {
        self.story_of.get(a).is_some() && self.story_of.get(a) == self.story_of.get(b)
    }
}

/// Group articles into stories: candidates share two rare terms (names, figures or content
/// words in at most `limit` articles), are linked on evidence (`linked`), and linked groups
/// merge by average linkage, rewrites (`near`) first.
pub fn group(
    keys: &[StoryKeys],
    near: &[(usize, usize)],
    related_at: f64,
    limit: usize,
) -> Stories {
    let n = keys.len();
    let linked_pairs = linked_pairs(keys, related_at, limit);
    let mut links = vec![Vec::new(); n];
    for &(a, b) in linked_pairs.iter().chain(near.iter()) {
        links[a].push(b);
        links[b].push(a);
    }
    for l in &mut links {
        l.sort_unstable();
        l.dedup();
    }
    // Average linkage, not single: two groups merge when at least `DENSITY` of their pairs
    // are linked, so a chain of articles each like the next does not make one story of a
    // whole news section. Pairs are taken in a fixed order (by article), so the grouping is
    // deterministic whatever the thread count.
    let mut group_of: Vec<usize> = (0..n).collect();
    let mut groups: Vec<Vec<usize>> = (0..n).map(|a| vec![a]).collect();
    let mut pairs: Vec<(usize, usize)> = links
        .iter()
        .enumerate()
        .flat_map(|(a, l)| l.iter().filter(move |&&b| b > a).map(move |&b| (a, b)))
        .collect();
    pairs.sort_unstable();
    // Rewrites and pairs that share most of their words first and unconditionally: a rewrite
    // is in its original's story.
    let mut near_sorted: Vec<(usize, usize)> = near
        .iter()
        .map(|&(a, b)| (a.min(b), a.max(b)))
        .chain(pairs.iter().copied().filter(|&(a, b)| {
            let (x, y) = (&keys[a], &keys[b]);
            2.0 * shared(&x.words, &y.words) as f64 / (x.words.len() + y.words.len()).max(1) as f64
                >= STRONG_AT
        }))
        .collect();
    near_sorted.dedup();
    near_sorted.sort_unstable();
    let forced = near_sorted.len();
    for (k, (a, b)) in near_sorted.into_iter().chain(pairs).enumerate() {
        let (ga, gb) = (group_of[a], group_of[b]);
        if ga == gb {
            continue;
        }
        let (small, large) = if groups[ga].len() <= groups[gb].len() {
            (ga, gb)
        } else {
            (gb, ga)
        };
        let between: usize = groups[small]
            .iter()
            .map(|&x| links[x].iter().filter(|&&y| group_of[y] == large).count())
            .sum();
        let possible = groups[small].len() * groups[large].len();
        if k >= forced && (between as f64) < DENSITY * possible as f64 {
            continue;
        }
        let moved = std::mem::take(&mut groups[small]);
        for &x in &moved {
            group_of[x] = large;
        }
        groups[large].extend(moved);
    }
    // Number the stories in order of their first article.
    let mut story_of = vec![0; n];
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut number: HashMap<usize, usize> = HashMap::new();
    for (a, story) in story_of.iter_mut().enumerate() {
        let s = *number.entry(group_of[a]).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        *story = s;
        members[s].push(a);
    }
    Stories {
        story_of,
        members,
        links,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_possessive_is_a_name_without_its_s() {
        let a = crate::pipeline::analyze::analyze(
            crate::pipeline::load::parse_article(
                "a.txt",
                b"Officials met on Monday. Aides of Zelensky's office and Kyiv's mayor met Zelensky.\n"
                    .to_vec(),
            )
            .unwrap(),
        );
        let zelensky = fnv1a(b"zelensky");
        let kyiv = fnv1a(b"kyiv");
        let found = names(&a);
        assert!(
            found.contains(&zelensky) && found.contains(&kyiv),
            "{found:?}"
        );
        assert!(!found.contains(&fnv1a(b"zelensky's")));
    }

    fn h(words: &[&str]) -> Vec<u64> {
        let mut v: Vec<u64> = words.iter().map(|w| fnv1a(w.as_bytes())).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    fn keys(
        words: &[&str],
        names: &[&str],
        figures: &[&str],
        day: Option<i64>,
    ) -> StoryKeys<'static> {
        StoryKeys {
            words: h(words).into(),
            names: h(names),
            figures: h(figures),
            day,
        }
    }

    const ALL_RARE: &dyn Fn(u64) -> bool = &|_| true;

    #[test]
    fn a_short_wire_item_joins_the_long_report_it_is_contained_in() {
        let long = keys(
            &[
                "russia",
                "fired",
                "missiles",
                "drones",
                "ukraine",
                "overnight",
                "killed",
                "kyiv",
                "zelensky",
                "telegram",
                "energy",
                "strikes",
                "air",
                "defence",
                "peace",
                "plan",
                "talks",
                "geneva",
                "delegation",
                "points",
                "winter",
                "power",
            ],
            &["russia", "ukraine", "kyiv", "zelensky"],
            &["22 missile"],
            Some(100),
        );
        let wire = keys(
            &[
                "russia",
                "fired",
                "missiles",
                "drones",
                "ukraine",
                "overnight",
                "killed",
                "kyiv",
            ],
            &["russia", "ukraine", "kyiv"],
            &["380 drone"],
            Some(100),
        );
        // Dice is low (a short item against a long one) but the wire is contained in it.
        assert!(linked(&long, &wire, 0.6, ALL_RARE));
    }

    #[test]
    fn two_unrelated_articles_of_one_day_stay_apart() {
        let bank = keys(
            &[
                "bank",
                "rates",
                "inflation",
                "quarter",
                "point",
                "services",
                "thursday",
            ],
            &["england", "bailey"],
            &[],
            Some(100),
        );
        let flood = keys(
            &[
                "floods",
                "killed",
                "people",
                "rain",
                "homes",
                "submerged",
                "thursday",
            ],
            &["england", "yorkshire"],
            &["31 person"],
            Some(100),
        );
        assert!(!linked(&bank, &flood, 0.2, ALL_RARE));
    }

    #[test]
    fn articles_weeks_apart_are_other_stories() {
        let a = keys(
            &["floods", "killed", "derna"],
            &["derna", "libya"],
            &["5200 person"],
            Some(0),
        );
        let mut b = a.clone();
        assert!(linked(&a, &b, 0.2, ALL_RARE));
        b.day = Some(40);
        assert!(!linked(&a, &b, 0.2, ALL_RARE));
        b.day = None; // an undated article is not ruled out by time
        assert!(linked(&a, &b, 0.2, ALL_RARE));
    }

    #[test]
    fn a_shared_figure_with_two_names_links_a_paraphrase() {
        let a = keys(
            &["quake", "killed", "villages", "mountains", "rescuers"],
            &["morocco", "marrakesh"],
            &["2012 person"],
            None,
        );
        let b = keys(
            &[
                "earthquake",
                "death",
                "toll",
                "rose",
                "interior",
                "ministry",
                "buildings",
                "atlas",
            ],
            &["morocco", "marrakesh"],
            &["2012 person"],
            None,
        );
        assert!(linked(&a, &b, 0.2, ALL_RARE));
        // One shared name is not enough, even with the figure.
        let c = keys(&b_words(), &["morocco"], &["2012 person"], None);
        assert!(!linked(&a, &c, 0.2, ALL_RARE));
    }

    fn b_words() -> Vec<&'static str> {
        vec!["earthquake", "death", "toll", "rose", "ministry"]
    }

    #[test]
    fn stories_are_connected_groups_and_loners_are_listed() {
        let story = |extra: &str| {
            keys(
                &["floods", "killed", "derna", "dams", extra],
                &["derna", "libya"],
                &[],
                Some(5),
            )
        };
        let other = keys(&["election", "seats", "labour"], &["starmer"], &[], Some(5));
        let ks = vec![story("a"), other, story("b"), story("c")];
        let s = group(&ks, &[], 0.2, 20);
        assert_eq!(s.members, vec![vec![0, 2, 3], vec![1]]);
        assert!(s.same(0, 3));
        assert!(!s.same(0, 1));
        assert_eq!(s.alone(), vec![1]);
    }
}
