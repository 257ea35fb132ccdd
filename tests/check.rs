//! `crosscheck check` and `compare` on real text: the seeds, BBC near-duplicate pairs, and
//! small fixture stories written for one verdict each. Assertions name files only to say
//! which article a claim must come from; no rule in the program knows these files.

use assert_cmd::Command;
use serde_json::Value;

fn run(args: &[&str]) -> (Value, i32) {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    let doc = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (doc, out.status.code().unwrap_or(-1))
}

/// `check --format json` of a fixture folder, findings never failing the run.
fn check_json(dir: &str) -> Value {
    run(&["check", "--format", "json", "--fail-on", "never", dir]).0
}

/// The quoted texts of a finding's claims, in order.
fn texts(f: &Value) -> Vec<String> {
    quotes(f).into_iter().map(|(_, t)| t).collect()
}

fn findings<'a>(doc: &'a Value, kind: &str) -> Vec<&'a Value> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind)
        .collect()
}

fn quotes(f: &Value) -> Vec<(String, String)> {
    f["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["file"].as_str().unwrap().rsplit('/').next().unwrap()[..3].to_string(),
                c["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn seeds_report_the_cross_source_picture() {
    let (doc, code) = run(&["check", "--format", "json", "seeds"]);
    assert_eq!(code, 0, "no error-level finding in the seeds");
    assert_eq!(doc["version"], 1);

    // 002 and 003 are a rewrite pair, and 003's date is inferred from 002.
    let dups = findings(&doc, "near-duplicate");
    assert_eq!(dups.len(), 1, "{dups:?}");
    let files: Vec<&str> = dups[0]["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(
        files[0].contains("002_") && files[1].contains("003_"),
        "{files:?}"
    );
    assert!(dups[0]["similarity"]["aligned"].as_f64().unwrap() >= 0.5);
    let art3 = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["file"].as_str().unwrap().contains("003_"))
        .unwrap();
    assert_eq!(art3["date"], "2025-12-02");
    assert!(
        art3["date_inferred_from"]
            .as_str()
            .unwrap()
            .contains("002_")
    );

    // 22 missiles + more than 460 drones (000) vs 518 drones and missiles (001): a sum that
    // does not add up, not a conflict.
    let sums = findings(&doc, "sum-mismatch");
    assert_eq!(sums.len(), 1, "{sums:?}");
    let q = quotes(sums[0]);
    assert!(q.contains(&("001".into(), "518".into())), "{q:?}");
    assert!(q.contains(&("000".into(), "22".into())), "{q:?}");
    assert!(q.contains(&("000".into(), "more than 460".into())), "{q:?}");
    assert_ne!(sums[0]["severity"], "error");
    assert!(
        sums[0]["message"].as_str().unwrap().contains(">482"),
        "{}",
        sums[0]["message"]
    );
    assert!(
        findings(&doc, "conflict").is_empty(),
        "{:?}",
        findings(&doc, "conflict")
    );

    // At least nine killed (001) vs at least seven killed (000): not the same event.
    let diff = findings(&doc, "different-event");
    assert!(
        diff.iter().any(|f| {
            let q = quotes(f);
            q.contains(&("000".into(), "at least seven".into()))
                && q.contains(&("001".into(), "at least nine".into()))
        }),
        "{diff:?}"
    );

    // The 28-point plan agrees across 000 and 001; the denied 19 points are disputed.
    let agree = findings(&doc, "agree");
    assert!(
        agree.iter().any(|f| {
            let q = quotes(f);
            q.iter().any(|(a, t)| a == "000" && t == "28-point")
                && q.iter().any(|(a, t)| a == "001" && t == "28-point")
        }),
        "{agree:?}"
    );
    let disputed = findings(&doc, "disputed");
    assert_eq!(disputed.len(), 1);
    assert_eq!(
        quotes(disputed[0])[0],
        ("000".to_string(), "19".to_string())
    );

    // Two days of talks in Florida, given only by a rewrite pair: copies of one report
    // corroborate nothing, so no agreement; the pair is a near-duplicate finding.
    assert!(
        !agree
            .iter()
            .any(|f| quotes(f).iter().all(|(_, t)| t == "two days")),
        "{agree:?}"
    );
    assert!(!findings(&doc, "near-duplicate").is_empty());

    // Rustem Umerov's roles in 000, 001 and 002.
    let roles = findings(&doc, "role-variant");
    let umerov = roles
        .iter()
        .find(|f| f["subject"].as_str().unwrap().contains("Umerov"))
        .expect("Umerov role-variant");
    let arts: Vec<String> = quotes(umerov).into_iter().map(|(a, _)| a).collect();
    for a in ["000", "001", "002"] {
        assert!(arts.contains(&a.to_string()), "{arts:?}");
    }
}

#[test]
fn fingerprints_are_stable_and_free_of_positions() {
    let (a, _) = run(&["check", "--format", "json", "seeds"]);
    let (b, _) = run(&["check", "--format", "json", "seeds"]);
    let fp = |d: &Value| {
        d["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["fingerprint"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(fp(&a), fp(&b));
    assert!(
        fp(&a)
            .iter()
            .all(|f| f.len() == 16 && f.chars().all(|c| c.is_ascii_hexdigit()))
    );
}

#[test]
fn same_day_same_place_different_toll_is_a_conflict() {
    let (doc, code) = run(&["check", "--format", "json", "tests/fixtures/conflict"]);
    let conflicts = findings(&doc, "conflict");
    assert_eq!(conflicts.len(), 1, "{doc}");
    let mut values: Vec<i64> = conflicts[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_i64().unwrap())
        .collect();
    values.sort();
    assert_eq!(values, vec![13, 31]);
    assert_eq!(conflicts[0]["severity"], "error");
    assert_eq!(code, 1, "a new error-level finding fails the run");
}

#[test]
fn a_toll_raised_the_next_day_is_an_update_not_a_conflict() {
    let (doc, code) = run(&["check", "--format", "json", "tests/fixtures/toll"]);
    let updated = findings(&doc, "updated");
    assert_eq!(updated.len(), 1, "{doc}");
    assert!(updated[0]["message"].as_str().unwrap().contains("raised"));
    assert!(findings(&doc, "conflict").is_empty());
    assert_eq!(code, 0);
}

#[test]
fn hedged_figures_that_can_both_be_true_are_compatible() {
    let (doc, _) = run(&["check", "--format", "json", "tests/fixtures/hedged"]);
    let compatible = findings(&doc, "compatible");
    let texts: Vec<Vec<String>> = compatible
        .iter()
        .map(|f| quotes(f).into_iter().map(|(_, t)| t).collect())
        .collect();
    assert!(
        texts.contains(&vec!["more than 460".to_string(), "464".to_string()]),
        "{texts:?}"
    );
    assert!(
        texts.contains(&vec![
            "more than four hours".to_string(),
            "five hours".to_string()
        ]),
        "{texts:?}"
    );
    assert!(findings(&doc, "conflict").is_empty());
}

#[test]
fn bbc_duplicate_pairs_are_found_with_their_changed_figures() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/bbc");
    let list = std::fs::read_to_string(format!("{shared}/duplicate_pairs.tsv"))
        .expect("../shared/corpora/bbc beside the repository");
    let mut pairs = Vec::new();
    let mut files = Vec::new();
    for line in list.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        pairs.push((cols[0].to_string(), cols[1].to_string()));
        for f in &cols[..2] {
            let p = format!("{shared}/{f}");
            if !files.contains(&p) {
                files.push(p);
            }
        }
    }
    let mut args = vec![
        "check".to_string(),
        "--format".into(),
        "json".into(),
        "--fail-on".into(),
        "never".into(),
    ];
    args.extend(files);
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .args(&args)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Byte-identical copies are read once and reported as duplicate-file notes with their
    // original, not as input errors: the run exits 0 at --fail-on never.
    let copies: usize = findings(&doc, "duplicate-file")
        .iter()
        .map(|f| {
            f["files"]
                .as_array()
                .map_or(0, |a| a.len().saturating_sub(1))
        })
        .sum();
    let identical = list
        .lines()
        .filter(|l| l.contains("\tbyte_identical\t"))
        .count();
    assert!(
        copies > 0 && copies <= identical,
        "{copies} copies reported, {identical} listed"
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found: Vec<(String, String, String)> = findings(&doc, "near-duplicate")
        .iter()
        .map(|f| {
            let fs: Vec<String> = f["files"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| {
                    x.as_str()
                        .unwrap()
                        .split("bbc/")
                        .nth(1)
                        .unwrap()
                        .to_string()
                })
                .collect();
            (
                fs[0].clone(),
                fs[1].clone(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // Byte-identical pairs are reported as copies (above); the near-duplicate pairs must be found.
    let near: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(a, b)| list.contains(&format!("{a}\t{b}\tnear_duplicate")))
        .collect();
    let hit = near
        .iter()
        .filter(|(a, b)| {
            found
                .iter()
                .any(|(x, y, _)| (x == a && y == b) || (x == b && y == a))
        })
        .count();
    let recall = hit as f64 / near.len() as f64;
    println!(
        "BBC near-duplicate pairs: {hit}/{} found (recall {recall:.3}), {} near-duplicate findings",
        near.len(),
        found.len()
    );
    assert!(recall >= 0.95, "recall {recall}");
    // The pair whose currency conversion changed between versions.
    let (_, _, msg) = found
        .iter()
        .find(|(a, b, _)| a == "tech/064.txt" && b == "tech/338.txt")
        .expect("tech/064 vs tech/338");
    assert!(msg.contains("£9.4 million → £94 million"), "{msg}");
}

#[test]
fn compare_shows_aligned_passages_and_changed_figures() {
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora/bbc");
    let (doc, code) = run(&[
        "compare",
        "--format",
        "json",
        &format!("{shared}/tech/064.txt"),
        &format!("{shared}/tech/338.txt"),
    ]);
    assert_eq!(code, 0);
    let changed = doc["figures_changed"].as_array().unwrap();
    assert!(
        changed
            .iter()
            .any(|c| c["a"]["text"] == "£9.4 million" && c["b"]["text"] == "£94 million"),
        "{changed:?}"
    );
    assert!(doc["aligned"].as_array().unwrap().len() > 10);
    assert!(doc["similarity"]["containment"].as_f64().unwrap() > 0.9);
}

#[test]
fn the_same_weekday_named_from_two_time_zones_is_not_a_different_event() {
    // Monday in Washington, Tuesday in Kyiv: one day apart is not evidence of another event.
    let (doc, code) = run(&["check", "--format", "json", "tests/fixtures/timezones"]);
    assert_eq!(code, 0);
    let agree = findings(&doc, "agree");
    assert_eq!(agree.len(), 1, "{doc}");
    assert!(findings(&doc, "different-event").is_empty());
    assert!(findings(&doc, "conflict").is_empty());
}

/// Guards rewrite families: one wire report run by three outlets is one near-duplicate finding
/// naming all three (not three pairwise ones), and the changed toll is inside it.
#[test]
fn three_copies_of_one_wire_report_are_one_family() {
    let doc = check_json("tests/fixtures/wire");
    let dups = findings(&doc, "near-duplicate");
    assert_eq!(dups.len(), 1, "{dups:#?}");
    let files: Vec<&str> = dups[0]["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(files, ["ap.txt", "daily.txt", "herald.txt"]);
    let message = dups[0]["message"].as_str().unwrap();
    assert!(
        message.contains("one rewrite family (3 articles"),
        "{message}"
    );
    assert!(message.contains("nine → ten"), "{message}");
    assert_eq!(dups[0]["severity"], "warning", "a figure changed");
}

/// Guards story grouping end to end: a three-sentence wire item about the seeds' night of
/// strikes joins their story (its figures meet the seeds' figures although its content-word
/// Dice with every seed is low), and an unrelated item of the same day is reported as
/// matching no other article.
#[test]
fn a_short_wire_item_joins_its_story_and_an_unrelated_one_is_listed_alone() {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("wire.txt"),
        " date 2025-11-25 Russia fired 22 missiles and 380 drones at Ukraine overnight, Ukrainian officials said on Tuesday. At least seven people were killed in Kyiv, where strikes hit residential buildings and energy facilities, the city military administration said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("bank.txt"),
        " date 2025-11-25 The central bank raised interest rates by a quarter point on Tuesday, citing stubborn inflation in services and a tight labour market.\n",
    )
    .unwrap();
    let path = dir.path().display().to_string();
    let (doc, _) = run(&["check", "--format", "json", "--fail-on", "never", &path]);
    let wire_meets_000 = doc["findings"].as_array().unwrap().iter().any(|f| {
        let files: Vec<&str> = f["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["file"].as_str().unwrap())
            .collect();
        files.iter().any(|f| f.ends_with("wire.txt")) && files.iter().any(|f| f.contains("000_"))
    });
    assert!(wire_meets_000, "{:#}", doc["findings"]);
    // 000 names Tuesday's night of strikes, the wire is dated Tuesday 25 Nov: its 380 drones
    // and 000's "more than 460" are one night's count that cannot both be true.
    let conflict = findings(&doc, "conflict").into_iter().find(|f| {
        let q = quotes(f);
        q.iter().any(|(_, t)| t == "380") && q.iter().any(|(_, t)| t.ends_with("460"))
    });
    assert!(conflict.is_some(), "{:#}", doc["findings"]);
    let unmatched: Vec<&str> = doc["summary"]["unmatched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert_eq!(unmatched.len(), 1, "{unmatched:?}");
    assert!(unmatched[0].ends_with("bank.txt"), "{unmatched:?}");
    assert_eq!(doc["summary"]["stories"], 2);
}

/// Guards story grouping of short items: three two-sentence reports of one plan, sharing one
/// rare name at most and written in different words ("a 28-point plan", "28 key points", "the
/// 28 points of this plan"), are one story and one agreement on the plan's 28 points.
#[test]
fn short_reports_of_one_plan_in_different_words_are_one_story_and_agree() {
    let doc = check_json("tests/fixtures/plan");
    assert_eq!(doc["summary"]["stories"], 1, "{:#}", doc["summary"]);
    let agree = findings(&doc, "agree");
    let points = agree
        .iter()
        .find(|f| quotes(f).iter().all(|(_, t)| t.starts_with("28")))
        .expect("an agreement on the 28 points");
    assert_eq!(quotes(points).len(), 3, "{points:#}");
}

/// Guards running counts over days: a tower fire reported on three days gives the toll
/// (12, 17, 21), the missing (30, 19, 11) and the critically injured (5, 4) as three updated
/// timelines; the missing and the critical falling is no conflict, and "30 were missing" after
/// "12 people were killed" is not a toll.
#[test]
fn a_fire_reported_over_three_days_is_three_timelines() {
    let doc = check_json("tests/fixtures/fire");
    assert!(
        findings(&doc, "conflict").is_empty(),
        "{:#}",
        doc["findings"]
    );
    let updated = findings(&doc, "updated");
    let mut timelines: Vec<Vec<String>> = updated.iter().map(|f| texts(f)).collect();
    timelines.sort();
    assert_eq!(
        timelines,
        [
            vec!["30", "19", "11"],
            vec!["Five", "Four"],
            vec!["at least 12", "17", "21"],
        ],
        "{updated:#?}"
    );
}

/// Guards a strike's coverage over two days: the next day's report of a risen toll, sharing
/// one rare name and no figure with the others, joins their story; "injured 64" after "killed
/// 19 people, including three children" counts people, and rises to 73; three injured in
/// another city are another event, not a conflict; two reports of one day giving 25 and 26
/// dead cannot both be true.
#[test]
fn a_strike_covered_over_two_days_is_one_story_with_its_timelines() {
    let doc = check_json("tests/fixtures/strike");
    assert_eq!(doc["summary"]["stories"], 1, "{:#}", doc["summary"]);
    let injured = findings(&doc, "updated")
        .into_iter()
        .find(|f| texts(f) == ["64", "73"]);
    assert!(injured.is_some(), "{:#}", doc["findings"]);
    let other_city = findings(&doc, "different-event")
        .into_iter()
        .any(|f| texts(f).contains(&"three".to_string()));
    assert!(other_city, "{:#}", doc["findings"]);
    let toll = findings(&doc, "conflict");
    assert_eq!(toll.len(), 1, "{toll:#?}");
    assert!(texts(toll[0]).contains(&"26".to_string()), "{toll:#?}");
}

/// Guards the fact table: one row per fact with each source's figure in its column and the
/// verdict at the end ("28-point" in both 000 and 001 for the plan, agreed).
#[test]
fn the_table_is_a_fact_matrix_per_story() {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "--format", "table", "--color", "never", "seeds"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    // The first line says what was checked against what, and what "accepted" means.
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("checked 4 articles in seeds against")
            && first.contains("crosscheck.baseline.json")
            && first.contains("accepted"),
        "{first}"
    );
    assert!(text.contains("\n\nstory 1 — 4 articles"), "{text}");
    let header = text.lines().find(|l| l.contains("fact")).unwrap();
    let columns: Vec<&str> = header.split(['│', '┆']).map(str::trim).collect();
    assert_eq!(
        columns[1..7],
        ["fact", "000", "001", "002", "003", "verdict"]
    );
    let row = text
        .lines()
        .find(|l| l.contains("point of plan"))
        .expect("a row for the plan's points");
    let cells: Vec<&str> = row.split(['│', '┆']).map(str::trim).collect();
    assert_eq!(cells[2], "28-point", "{row}");
    assert_eq!(cells[3], "28-point", "{row}");
    assert!(cells[6].starts_with("agree"), "{row}");
    // Files are named once, in the story's header; the messages under the table use the
    // short names.
    let role = text
        .lines()
        .skip_while(|l| !l.contains("note[role-variant]"))
        .nth(1)
        .expect("the role-variant message");
    assert!(
        role.contains("(000)") && !role.contains("seeds/000_"),
        "{role}"
    );
}

#[test]
fn people_across_outlets_ranks_spellings_and_no_false_variants() {
    let (doc, _) = run(&["check", "--format", "json", "tests/fixtures/people"]);
    let roles = findings(&doc, "role-variant");
    let messages: Vec<&str> = roles
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    // Mukesh and Dhirubhai Ambani share a surname, not an identity: no variant between them.
    assert!(
        !messages.iter().any(|m| m.contains("Ambani")),
        "{messages:?}"
    );
    // Two ranks for one person cannot both be true: a conflict (a warning), not a note; their
    // post (army spokesperson) is the same in both, so there is no variant of it.
    assert!(
        !messages.iter().any(|m| m.contains("Mehta")),
        "{messages:?}"
    );
    let conflicts = findings(&doc, "conflict");
    let said: Vec<(&str, &str)> = conflicts
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap(),
                f["message"].as_str().unwrap(),
            )
        })
        .collect();
    let mehta: Vec<&(&str, &str)> = said.iter().filter(|(_, m)| m.contains("Mehta")).collect();
    assert_eq!(mehta.len(), 1, "{said:?}");
    assert_eq!(mehta[0].0, "warning");
    assert!(mehta[0].1.contains("Lt. Gen.") && mehta[0].1.contains("Maj. Gen."));
    // One name spelled two ways: at most one is right.
    assert!(
        said.iter().any(|(sev, m)| *sev == "warning"
            && m.contains("spelled differently")
            && m.contains("“McEntarfar”")),
        "{said:?}"
    );
    // The same quotation but for a final full stop and "tyres"/"tires" is no variant.
    assert!(findings(&doc, "quote-variant").is_empty(), "{doc}");
}

/// Guards issue 11.3: a rumour is not a denial — "is rumoured to have facilities ... to fund a
/// £1.4bn bid" gives no `disputed` finding, and the figures it holds are compared as usual.
#[test]
fn a_rumour_is_not_a_denial() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        " date 2025-01-10 Glazer is rumoured to have facilities in place to fund a £1.4bn bid for the club, and 300 fans protested at Old Trafford on Friday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        " date 2025-01-10 About 300 fans protested at Old Trafford on Friday against a possible £1.4bn takeover bid by Glazer, who is thought to have the funds ready.\n",
    )
    .unwrap();
    let path = dir.path().display().to_string();
    let (doc, code) = run(&["check", "--format", "json", &path]);
    assert!(
        findings(&doc, "disputed").is_empty(),
        "{:#}",
        doc["findings"]
    );
    assert_eq!(findings(&doc, "agree").len(), 2, "{:#}", doc["findings"]);
    assert_eq!(code, 0);
}

/// Issue 9's short wire item: an undated report naming "Tuesday" joins a story whose dated
/// articles span 19–25 Nov, so its Tuesday is 25 Nov; its "more than 460 drones" overnight
/// then meets the wire item's 380 for the same night as a conflict. With 002 (2 Dec) in the
/// story the window has two Tuesdays and the report stays undated (the seeds' check).
#[test]
fn an_undated_report_is_dated_by_its_weekday_names_inside_its_story() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for name in ["000_abc79399cac3aaaf.txt", "001_56df35b9d96db8be.txt"] {
        std::fs::copy(seeds.join(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(
        dir.path().join("new.txt"),
        " date 2025-11-25\nRussia fired 22 missiles and 380 drones at Ukraine overnight, \
         Ukraine's air force said. At least seven people were killed in Kyiv, officials said.\n",
    )
    .unwrap();
    let (doc, _) = run(&["check", "--format", "json", dir.path().to_str().unwrap()]);
    let undated = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["file"].as_str().unwrap().contains("000_"))
        .unwrap();
    assert_eq!(undated["date"], "2025-11-25", "{undated}");
    assert_eq!(undated["date_inferred_by"], "weekday names");
    let conflicts = findings(&doc, "conflict");
    assert!(
        conflicts.iter().any(|f| {
            let m = f["message"].as_str().unwrap();
            m.contains("380") && m.contains(">460")
        }),
        "{conflicts:?}"
    );

    let (doc, _) = run(&["check", "--format", "json", "seeds"]);
    let art0 = &doc["articles"][0];
    assert_eq!(
        art0["date"],
        Value::Null,
        "two Tuesdays in 19 Nov–2 Dec: {art0}"
    );
}
