//! The CI gate, scenario by scenario, on fixture folders copied to a temporary directory:
//! baseline, stale entries, focus, config, exit codes, byte-identical copies, machine formats.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

const WIRE: &str = " date 2025-06-04 Flash floods killed 31 people in the city of Porto Alegre on Tuesday, the civil defence agency said. Hundreds of homes were submerged after two days of torrential rain.\n";
const LOCAL: &str = " date 2025-06-04 Flash floods killed 13 people in Porto Alegre on Tuesday, according to the civil defence agency, as torrential rain submerged hundreds of homes across the city.\n";
const WIRE_TOO: &str = " date 2025-06-04 The civil defence agency said 31 people were killed in Porto Alegre on Tuesday when flash floods swept through the city after torrential rain.\n";

fn repo(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("seeds")).unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join("seeds").join(name), text).unwrap();
    }
    dir
}

fn crosscheck(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("NO_COLOR", "1");
    cmd
}

fn code(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn clean_after_baseline_then_a_new_conflicting_article_fails_and_is_annotated() {
    let dir = repo(&[("a_wire.txt", WIRE), ("b_wire.txt", WIRE_TOO)]);
    let (c, _, err) = code(crosscheck(dir.path()).args(["baseline", "seeds"]));
    assert_eq!(c, 0, "{err}");
    assert!(dir.path().join("crosscheck.baseline.json").is_file());
    let (c, out, _) = code(crosscheck(dir.path()).args(["check", "seeds", "--format", "brief"]));
    assert_eq!(c, 0, "after baseline nothing is new: {out}");

    std::fs::write(dir.path().join("seeds/c_local.txt"), LOCAL).unwrap();
    let (c, out, _) = code(crosscheck(dir.path()).args([
        "check",
        "seeds",
        "--format",
        "github",
        "--focus",
        "seeds/c_local.txt",
    ]));
    assert_eq!(c, 1, "{out}");
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with("::error file=seeds/c_local.txt,line=1,"),
        "new findings first, on the new article: {first}"
    );
    assert!(first.contains("title=crosscheck conflict"), "{first}");
}

#[test]
fn an_edit_elsewhere_keeps_entries_accepted() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    assert_eq!(
        code(crosscheck(dir.path()).args(["baseline", "seeds"])).0,
        0
    );
    assert_eq!(
        code(crosscheck(dir.path()).args(["check", "seeds"])).0,
        0,
        "the conflict is accepted"
    );
    // A new paragraph before the claim moves every offset and line.
    let edited = format!(
        " date 2025-06-04 Officials urged residents to stay indoors.\n\n{}",
        WIRE.trim_start().trim_start_matches("date 2025-06-04 ")
    );
    std::fs::write(dir.path().join("seeds/a.txt"), edited).unwrap();
    let (c, out, _) = code(crosscheck(dir.path()).args(["check", "seeds", "--format", "json"]));
    let doc: Value = serde_json::from_str(&out).unwrap();
    let conflict = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "conflict")
        .expect("still a conflict");
    assert_eq!(conflict["status"], "accepted");
    assert_eq!(
        conflict["claims"][0]["line"].as_u64().unwrap()
            + conflict["claims"][1]["line"].as_u64().unwrap(),
        4,
        "one claim moved to line 3"
    );
    assert_eq!(c, 0);
}

#[test]
fn a_removed_article_leaves_stale_entries_that_prune_removes() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    assert_eq!(
        code(crosscheck(dir.path()).args(["baseline", "seeds"])).0,
        0
    );
    let before: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("crosscheck.baseline.json")).unwrap(),
    )
    .unwrap();
    let n = before["entries"].as_array().unwrap().len();
    assert!(n >= 1);
    std::fs::remove_file(dir.path().join("seeds/b.txt")).unwrap();
    let (c, _, err) = code(crosscheck(dir.path()).args(["check", "seeds"]));
    assert_eq!(c, 0);
    assert!(err.contains(&format!("{n} stale baseline entr")), "{err}");
    let (c, _, err) = code(crosscheck(dir.path()).args(["baseline", "--prune", "seeds"]));
    assert_eq!(c, 0, "{err}");
    assert!(err.contains(&format!("removed {n} stale")), "{err}");
    let after: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("crosscheck.baseline.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(after["entries"].as_array().unwrap().len(), 0);
    let (_, _, err) = code(crosscheck(dir.path()).args(["check", "seeds"]));
    assert!(!err.contains("stale"), "{err}");
}

#[test]
fn focus_ignores_old_findings() {
    let dir = repo(&[
        ("a.txt", WIRE),
        ("b.txt", LOCAL),
        (
            "c.txt",
            " date 2025-06-05 Schools reopened in Porto Alegre on Wednesday as the water receded.\n",
        ),
    ]);
    // No baseline: the a/b conflict is new, but it does not involve the focus file.
    let (c, _, _) = code(crosscheck(dir.path()).args(["check", "seeds", "--focus", "seeds/c.txt"]));
    assert_eq!(c, 0);
    let (c, _, _) = code(
        crosscheck(dir.path())
            .args(["check", "seeds", "--focus-from", "-"])
            .write_stdin("seeds/b.txt\n"),
    );
    assert_eq!(c, 1, "a finding that involves the focus file fails the run");
    let (c, _, _) = code(crosscheck(dir.path()).args(["check", "seeds"]));
    assert_eq!(c, 1);
}

#[test]
fn a_latin1_file_exits_2_and_is_named_while_the_rest_is_checked() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    std::fs::write(
        dir.path().join("seeds/latin1.txt"),
        b"Shares rose to \xa315.8m.\n",
    )
    .unwrap();
    let (c, out, err) = code(crosscheck(dir.path()).args(["check", "seeds", "--format", "jsonl"]));
    assert_eq!(c, 2);
    assert!(err.contains("seeds/latin1.txt: not valid UTF-8"), "{err}");
    assert!(
        out.contains("\"kind\":\"conflict\""),
        "the other files are still checked: {out}"
    );
}

/// A byte-identical copy is a `duplicate-file` note, not an input error: it is read once, the
/// exit code follows the findings (0 here, one article and its copy), and a baseline accepts
/// it like any finding.
#[test]
fn a_byte_identical_copy_is_a_finding_not_an_input_error() {
    let dir = repo(&[("a.txt", WIRE), ("copy.txt", WIRE)]);
    let (c, out, err) = code(crosscheck(dir.path()).args([
        "check",
        "seeds",
        "--format",
        "jsonl",
        "--fail-on",
        "note",
    ]));
    assert_eq!(c, 1, "{err}");
    assert!(!err.contains("error"), "{err}");
    let copies: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("\"kind\":\"duplicate-file\""))
        .collect();
    assert_eq!(copies.len(), 1, "{out}");
    assert!(
        copies[0].contains("seeds/a.txt and seeds/copy.txt are byte-identical files"),
        "{out}"
    );
    let (c, _, err) = code(crosscheck(dir.path()).args(["check", "seeds"]));
    assert_eq!(c, 0, "{err}");
}

/// A TOML syntax error is shown as the `toml` crate renders it, on several lines with a caret,
/// not flattened onto one.
#[test]
fn a_config_syntax_error_keeps_its_lines() {
    let dir = repo(&[("a.txt", WIRE)]);
    std::fs::write(
        dir.path().join("crosscheck.toml"),
        "[compare]\nrelated = = 0.3\n",
    )
    .unwrap();
    let (c, _, err) = code(crosscheck(dir.path()).args(["check", "seeds"]));
    assert_eq!(c, 2);
    assert!(
        err.contains("crosscheck.toml: TOML parse error at line 2"),
        "{err}"
    );
    assert!(err.contains("\n2 | related = = 0.3\n"), "{err}");
}

#[test]
fn a_config_with_an_unknown_key_is_refused() {
    let dir = repo(&[("a.txt", WIRE)]);
    std::fs::write(
        dir.path().join("crosscheck.toml"),
        "[compare]\nrelated = 0.3\n",
    )
    .unwrap();
    let (c, _, err) = code(crosscheck(dir.path()).args(["check", "seeds"]));
    assert_eq!(c, 2);
    assert!(
        err.contains("crosscheck.toml") && err.contains("unknown field `related`"),
        "{err}"
    );
}

#[test]
fn config_is_found_from_a_subdirectory_and_its_accept_entries_need_reasons() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    let (_, out, _) = code(crosscheck(dir.path()).args(["check", "seeds", "--format", "json"]));
    let doc: Value = serde_json::from_str(&out).unwrap();
    let fp = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "conflict")
        .unwrap()["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(dir.path().join("crosscheck.toml"), format!("[[accept]]\nfingerprint = \"{fp}\"\nreason = \"two counts from different agencies; checked by hand\"\n")).unwrap();
    std::fs::create_dir_all(dir.path().join("sub")).unwrap();
    let (c, _, err) = code(crosscheck(&dir.path().join("sub")).args(["check", "../seeds"]));
    assert_eq!(c, 0, "accepted by config: {err}");
    std::fs::write(
        dir.path().join("crosscheck.toml"),
        format!("[[accept]]\nfingerprint = \"{fp}\"\n"),
    )
    .unwrap();
    let (c, _, err) = code(crosscheck(dir.path()).args(["check", "seeds"]));
    assert_eq!(c, 2);
    assert!(err.contains("reason"), "{err}");
}

#[test]
fn sarif_parses_and_carries_fingerprints_and_baseline_state() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    let (_, out, _) = code(crosscheck(dir.path()).args(["check", "seeds", "--format", "sarif"]));
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["version"], "2.1.0");
    let results = doc["runs"][0]["results"].as_array().unwrap();
    let conflict = results.iter().find(|r| r["ruleId"] == "conflict").unwrap();
    assert_eq!(conflict["level"], "error");
    assert_eq!(conflict["baselineState"], "new");
    assert_eq!(
        conflict["partialFingerprints"]["crosscheck/v1"]
            .as_str()
            .unwrap()
            .len(),
        16
    );
    assert_eq!(
        conflict["locations"][0]["physicalLocation"]["region"]["startLine"],
        1
    );
    assert!(conflict["relatedLocations"].as_array().is_some());
    assert!(
        !out.contains('\u{1b}'),
        "no colour codes in machine formats"
    );
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    let (_, plain, _) = code(crosscheck(dir.path()).args(["check", "seeds", "--format", "brief"]));
    assert!(!plain.contains('\u{1b}'), "NO_COLOR and a pipe: no colour");
    let (_, coloured, _) = code(
        crosscheck(dir.path()).args(["check", "seeds", "--format", "brief", "--color", "always"]),
    );
    assert!(
        coloured.contains("\u{1b}[1m\u{1b}[31merror[conflict]"),
        "{coloured}"
    );
    let (_, json, _) = code(
        crosscheck(dir.path()).args(["check", "seeds", "--format", "json", "--color", "always"]),
    );
    assert!(!json.contains('\u{1b}'));
}

#[test]
fn github_format_writes_a_step_summary() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    let summary = dir.path().join("summary.md");
    let mut cmd = crosscheck(dir.path());
    cmd.env("GITHUB_STEP_SUMMARY", &summary)
        .args(["check", "seeds", "--format", "github"]);
    let (c, _, _) = code(&mut cmd);
    assert_eq!(c, 1);
    let md = std::fs::read_to_string(summary).unwrap();
    assert!(md.contains("## conflict (1)"), "{md}");
}
