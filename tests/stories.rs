//! Cross-checking accuracy on the story clusters of `../shared/corpora/stories`: 12 stories,
//! 4–6 outlets each, with the findings a fact-checker lists in `gold/<cluster>.jsonl`.
//!
//! The scoring is that of `../shared/tools/score_findings.py`, ported so `cargo test` needs
//! nothing but the built binary: `check --format json` runs once per cluster; a gold finding is
//! found when a tool finding of an accepted kind rests on claims whose byte spans overlap the
//! gold quotes in at least two of the gold files (one for a one-file gold finding); a
//! near-duplicate is found when a tool near-duplicate names both files. A false conflict is a
//! tool `conflict` resting on claims a gold `agree` says agree. The test prints the scores and
//! fails below the floors, which are raised as comparison improves (`STORIES_VERBOSE=1` lists
//! every miss).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// Floors: measured, not hoped for. Raise them when the tool improves.
const MIN_HITS: usize = 105;
/// 1.61 with the fact model alone; 1.68 once extraction read tolls in nominal form ("the death
/// toll rose to", "632 dead"): those figures now meet, giving 5 more gold hits and their
/// agreements; 1.63 once places are compared through the gazetteer (a city inside a compass
/// region is no longer another event); 1.62 once a count still to come ("187 have still to be
/// identified") is not aligned; 1.66 once counts of a specific noun with no verb meet ("four
/// wars" and "three wars": 5 more hits, 3 kept once small counts must share two context words,
/// which keeps them out of unrelated BBC articles), then 1.55 once a conflict carries every figure of its
/// fact and its agreements are not findings of their own; 1.48 once a falling toll's
/// agreements are in its conflict too, hedged bounds far apart are two figures, and a handful
/// of things nothing happens to is background (while elided nouns brought 4 more hits); 1.45
/// once the consensus beside a conflict is an agreement of its own (3 more hits) while days
/// an article tells side by side are no different-event finding; 1.49 once a projected toll
/// ("could reach 20,000") is a sub-fact of its own: the toll's timeline is no longer a
/// conflict with it, and the projection's agreement is a finding; 1.51 once an article's
/// breakdowns by label are judged (the UK count's seats by party adding up to its 648 declared
/// is one more finding, a true one the gold does not list); 1.52 once a distance from a
/// city's twin town is from that city ("280 km from Howrah", "250 km south of Kolkata": a
/// compatible pair the gold calls a conflict). 98 hits once one post named two ways is a
/// conflict ("City Executive" vs "chief executive"). 1.563 with the years dated from with
/// "since" (three findings, three hits: "15 years ago" vs 2011, "10 years ago" vs 2011, the
/// first title since 1986). 1.61 with scores (three agrees: the shoot-out's 4-2 and the 3-3
/// after extra time, which the gold lists, and the 2-0 at half-time, which it does not); 1.62
/// with one post named in other words ("defence minister" / "defence secretary", a hit). The
/// target is 1.5.
const MAX_FINDINGS_PER_ARTICLE: f64 = 1.62;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/stories")
}

/// Gold kind → tool kinds that count as finding it.
fn accepted(gold_kind: &str) -> &'static [&'static str] {
    match gold_kind {
        "agree" => &["agree", "compatible"],
        "conflict" => &["conflict", "updated", "disputed", "sum-mismatch"],
        "different_event" => &["different-event", "sum-mismatch", "disputed"],
        "near_duplicate" => &["near-duplicate"],
        "part_whole_mismatch" => &["sum-mismatch"],
        _ => &[],
    }
}

fn base(p: &str) -> String {
    Path::new(p)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn spans(f: &Value) -> Vec<(String, u64, u64)> {
    f["claims"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| {
            Some((
                base(c["file"].as_str()?),
                c["start"].as_u64()?,
                c["end"].as_u64()?,
            ))
        })
        .collect()
}

fn covers(f: &Value, gold: &Value, dir: &Path, kinds: &[&str]) -> bool {
    let kind = f["kind"].as_str().unwrap_or("");
    if !kinds.contains(&kind) {
        return false;
    }
    let claims = gold["claims"].as_array().cloned().unwrap_or_default();
    let gfiles: BTreeSet<String> = claims
        .iter()
        .filter_map(|c| c["file"].as_str().map(String::from))
        .collect();
    if gold["kind"] == "near_duplicate" {
        let mut files: BTreeSet<String> = f["files"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(base))
            .collect();
        files.extend(spans(f).into_iter().map(|s| s.0));
        return gfiles.is_subset(&files);
    }
    let spans = spans(f);
    let mut hit = BTreeSet::new();
    for c in &claims {
        let (Some(file), Some(quote)) = (c["file"].as_str(), c["quote"].as_str()) else {
            continue;
        };
        let text = std::fs::read(dir.join(file)).unwrap_or_default();
        let Some(at) = text
            .windows(quote.len().max(1))
            .position(|w| w == quote.as_bytes())
        else {
            panic!("gold quote not found in {file}: {quote:?}");
        };
        let (gs, ge) = (at as u64, (at + quote.len()) as u64);
        if spans
            .iter()
            .any(|(f, s, e)| f == file && *s < ge && *e > gs)
        {
            hit.insert(file.to_string());
        }
    }
    hit.len() >= if gfiles.len() >= 2 { 2 } else { 1 }
}

/// `check --format json --fail-on never` over `files`: its document, the run exiting 0.
fn check_json(files: &[String]) -> Value {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .args(["check", "--format", "json", "--fail-on", "never"])
        .args(files)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{files:?}: {out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// What `check` finds of a corpus's gold: hits, gold findings, false conflicts, findings per
/// article. Prints the scores per kind (`STORIES_VERBOSE=1` lists every miss).
fn score(corpus: &Path, name: &str) -> (usize, usize, usize, f64) {
    let gold_dir = corpus.join("gold");
    let mut by_cluster: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&gold_dir)
        .expect("a gold/ folder in the corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    names.sort();
    for p in names {
        for line in std::fs::read_to_string(&p).unwrap().lines() {
            if line.trim().is_empty() {
                continue;
            }
            let g: Value = serde_json::from_str(line).unwrap();
            let c = g["cluster"].as_str().unwrap().to_string();
            by_cluster.entry(c).or_default().push(g);
        }
    }
    let verbose = std::env::var_os("STORIES_VERBOSE").is_some();
    let (mut hits, mut total, mut false_conflicts, mut findings, mut articles) = (0, 0, 0, 0, 0);
    let mut per_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (cluster, golds) in &by_cluster {
        let dir = corpus.join(cluster);
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| p.display().to_string())
            .collect();
        files.sort();
        articles += files.len();
        let doc = check_json(&files);
        let found = doc["findings"].as_array().cloned().unwrap_or_default();
        findings += found.len();
        for g in golds {
            let kind = g["kind"].as_str().unwrap_or("");
            let ok = found.iter().any(|f| covers(f, g, &dir, accepted(kind)));
            let e = per_kind.entry(kind.to_string()).or_default();
            e.0 += ok as usize;
            e.1 += 1;
            hits += ok as usize;
            total += 1;
            if verbose && !ok {
                eprintln!("MISS {cluster} {kind}: {}", g["what"]);
            }
        }
        for f in &found {
            let agrees = golds.iter().filter(|g| g["kind"] == "agree");
            if f["kind"] == "conflict"
                && agrees
                    .into_iter()
                    .any(|g| covers(f, g, &dir, &["conflict"]))
            {
                false_conflicts += 1;
                eprintln!("FALSE CONFLICT {cluster}: {}", f["message"]);
            }
        }
    }
    let per_article = findings as f64 / articles.max(1) as f64;
    for (k, (h, n)) in &per_kind {
        println!("{k:20} {h:3}/{n:3}");
    }
    println!(
        "{name}: recall {hits}/{total} = {:.2}, false conflicts {false_conflicts}, findings per article {per_article:.2}",
        hits as f64 / total.max(1) as f64
    );
    (hits, total, false_conflicts, per_article)
}

#[test]
fn story_clusters_meet_the_floors() {
    let (hits, total, false_conflicts, per_article) = score(&corpus(), "stories");
    assert!(hits >= MIN_HITS, "recall fell: {hits}/{total} < {MIN_HITS}");
    assert_eq!(false_conflicts, 0, "false conflicts: the target is none");
    assert!(
        per_article <= MAX_FINDINGS_PER_ARTICLE,
        "noise rose: {per_article:.2} findings per article"
    );
}

/// Floors on the development corpus (`corpora/dev`: 6 stories written for this project after
/// the rules above were made, of kinds the story corpus lacks: a collapse, a hurricane, a crowd
/// crush, a rate decision, quarterly results, an election abroad). It measures how far the
/// rules carry to stories they were not fitted to: 26/69 when it was written, against 96/142
/// on the story corpus; 35/69 after the rules it prompted (quarters, holders past asides,
/// outages, speeds, points, sizes and dimensions); 39/69 once breakdowns by label are judged
/// against their article's total (deaths by state, seats by party, dead by nationality: four
/// hits, each one more finding); 40/69 once a part and the rest ("the remaining five") are;
/// 41/69 with no false conflict once a count a state or a county holds is its own sub-fact
/// where an article lists several places (Helene's per-state tolls left the national
/// timeline, and Buncombe County's 30 -> 72 is an update of its own; the states' own
/// updates are 3 more findings, true ones); 42/69 once a party "and allies" is the party;
/// 43/69 once a conversion in brackets that does not convert is a conflict ("140 mph (about
/// 200 km/h)"). That conflict counts as the one false conflict: it rests on the other
/// outlets' "140 mph (225 kph)", which the gold quotes whole for its agreement on 140 mph
/// too; 44/69 once a running count's peak is a sub-fact ("a peak of about 4.5 million");
/// 45/69 once a list after a colon counts its lead's first noun ("Twenty-six foreign
/// nationals from 14 countries were among those killed: five from Iran, ..."); 46/69 once
/// one post named two ways is a conflict ("Prime Minister" vs "Interior Minister" Attal).
/// Measured, not hoped for; the targets are those
/// of the story corpus.
const MIN_DEV_HITS: usize = 47;
/// The conversion conflict above, scored against the gold's agreement on 140 mph.
const MAX_DEV_FALSE_CONFLICTS: usize = 1;
/// 2.37 with the years dated from with "since" (one agree the gold does not list: "the
/// deadliest since the Sewol ferry sinking in 2014" in three outlets); 2.40 with scores (the
/// Fed's 11-1 vote, a gold agree).
const MAX_DEV_FINDINGS_PER_ARTICLE: f64 = 2.40;

#[test]
fn development_clusters_meet_their_floors() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/dev");
    let (hits, total, false_conflicts, per_article) = score(&dev, "dev");
    assert!(
        hits >= MIN_DEV_HITS,
        "recall fell: {hits}/{total} < {MIN_DEV_HITS}"
    );
    assert!(
        false_conflicts <= MAX_DEV_FALSE_CONFLICTS,
        "false conflicts rose: {false_conflicts}"
    );
    assert!(
        per_article <= MAX_DEV_FINDINGS_PER_ARTICLE,
        "noise rose: {per_article:.2} findings per article"
    );
}

/// The story grouping on its own: the 71 articles of all 12 clusters loaded together form
/// exactly the 12 stories, and on the (undated) BBC corpus no chain of similar articles makes
/// one story of a news section.
#[test]
fn articles_group_into_their_stories_and_sections_do_not_chain() {
    use crosscheck::compare::{Relations, Settings, rare_limit, rewrites, similarity, story};
    use crosscheck::pipeline::Session;
    let session = Session::new(crosscheck::pipeline::Settings::default());
    let group = |path: &Path| {
        let articles = session
            .analyze(&[path.display().to_string()], None)
            .articles;
        let sketches: Vec<_> = articles.iter().map(similarity::sketch).collect();
        let words = Relations::doc_words(&sketches);
        let keys: Vec<_> = articles
            .iter()
            .zip(&words)
            .map(|(a, w)| story::keys(a, w))
            .collect();
        let near: Vec<(usize, usize)> = rewrites(&articles, &Settings::default())
            .pairs
            .iter()
            .map(|p| (p.a, p.b))
            .collect();
        let stories = story::group(&keys, &near, 0.2, rare_limit(articles.len()));
        (articles, stories)
    };
    let (articles, stories) = group(&corpus());
    let cluster = |i: usize| {
        let p = Path::new(&articles[i].article.path);
        p.parent().unwrap().file_name().unwrap().to_owned()
    };
    assert_eq!(stories.members.len(), 12, "{:?}", stories.members);
    for m in &stories.members {
        assert!(m.iter().all(|&i| cluster(i) == cluster(m[0])), "{m:?}");
    }
    let bbc = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/bbc");
    let (articles, stories) = group(&bbc);
    let largest = stories.members.iter().map(Vec::len).max().unwrap_or(0);
    println!(
        "bbc: {} articles, {} stories, {} alone, largest {largest}",
        articles.len(),
        stories.members.len(),
        stories.alone().len()
    );
    assert!(largest <= 40, "a story of {largest} articles: chaining");
}

/// Regression: one outlet's breakdown of a salvo (100 ballistic missiles, 160 drones, 30 cruise
/// missiles) was reported twice, once against its own "over 300" and once against another
/// outlet's "over 300 drones and missiles". A breakdown is judged once.
#[test]
fn a_breakdown_is_judged_once() {
    let dir = corpus().join("iran-attack-on-israel_2024-04-13");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path().display().to_string()))
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    let doc = check_json(&files);
    let mut seen: Vec<Vec<(String, u64, u64)>> = Vec::new();
    for f in doc["findings"].as_array().unwrap() {
        if f["kind"] != "sum-mismatch" {
            continue;
        }
        // The parts: every claim but the first (the total).
        let mut parts = spans(f);
        parts.remove(0);
        parts.sort();
        assert!(
            !seen.contains(&parts),
            "a breakdown judged twice: {}",
            f["message"]
        );
        seen.push(parts);
    }
    assert!(!seen.is_empty(), "the salvo's breakdown is still judged");
}
