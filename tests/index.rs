//! The incremental index: only new or changed files are extracted, their findings against the
//! indexed collection are reported, and a corrupt or old index is rebuilt, never trusted.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const WIRE: &str = " date 2025-06-04 Flash floods killed 31 people in the city of Porto Alegre on Tuesday, the civil defence agency said. Hundreds of homes were submerged after two days of torrential rain in Rio Grande do Sul.\n";
const LOCAL: &str = " date 2025-06-04 Flash floods killed 13 people in Porto Alegre on Tuesday, according to the civil defence agency, as torrential rain in Rio Grande do Sul submerged hundreds of homes.\n";
const OTHER: &str = " date 2025-06-04 The central bank raised interest rates by a quarter point on Thursday, citing stubborn inflation in services.\n";

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("seeds")).unwrap();
    std::fs::write(dir.path().join("seeds/wire.txt"), WIRE).unwrap();
    std::fs::write(dir.path().join("seeds/bank.txt"), OTHER).unwrap();
    dir
}

#[test]
fn a_new_file_is_checked_against_the_index_and_only_it_is_extracted() {
    let dir = setup();
    let (c, _, err) = run(dir.path(), &["index", "seeds"]);
    assert_eq!(c, 0, "{err}");
    assert!(err.contains("indexed 2 articles"), "{err}");
    assert!(dir.path().join(".crosscheck/index.sqlite").is_file());

    std::fs::write(dir.path().join("seeds/local.txt"), LOCAL).unwrap();
    let (c, out, err) = run(
        dir.path(),
        &["check", "--index", "--format", "json", "seeds/local.txt"],
    );
    assert_eq!(c, 1, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let files: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files.len(),
        2,
        "the new file and the one indexed article of its story: {files:?}"
    );
    assert!(
        files.iter().any(|f| f.ends_with("local.txt"))
            && files.iter().any(|f| f.ends_with("wire.txt")),
        "{files:?}"
    );
    let conflict = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "conflict")
        .expect("conflict");
    let values: Vec<i64> = conflict["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_i64().unwrap())
        .collect();
    assert!(values.contains(&13) && values.contains(&31), "{values:?}");

    // The index keeps the rest of the collection: checking one file is not a new collection.
    let (c, _, err) = run(dir.path(), &["index", "seeds"]);
    assert_eq!(c, 0, "{err}");
    assert!(err.contains("indexed 3 articles"), "{err}");
}

/// Guards that the index records what it analysed, not what it showed: the same files give
/// the same findings and exit code on every run, and the same as a full check.
#[test]
fn a_rerun_of_check_index_reports_the_same_findings_as_a_full_check() {
    let dir = setup();
    assert_eq!(run(dir.path(), &["index", "seeds"]).0, 0);
    std::fs::write(dir.path().join("seeds/local.txt"), LOCAL).unwrap();
    let kinds = |out: &str| -> Vec<String> {
        let doc: Value = serde_json::from_str(out).unwrap();
        doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| format!("{} {}", f["kind"], f["fingerprint"]))
            .collect()
    };
    let args = ["check", "--index", "--format", "json", "seeds"];
    let (c1, out1, e1) = run(dir.path(), &args);
    let (c2, out2, e2) = run(dir.path(), &args);
    let (c3, out3, e3) = run(dir.path(), &["check", "--format", "json", "seeds"]);
    assert_eq!((c1, c2, c3), (1, 1, 1), "{e1}\n{e2}\n{e3}");
    assert!(!kinds(&out1).is_empty());
    assert_eq!(kinds(&out1), kinds(&out2));
    assert_eq!(kinds(&out1), kinds(&out3));
}

/// Guards the racily-clean case: an edit that keeps the file's size, made in the same second
/// as `crosscheck index`, is seen by the next `check --index`.
#[test]
fn a_same_size_edit_in_the_same_second_as_the_index_is_seen() {
    let dir = setup();
    // Start at the beginning of a second, so the write and the index run share it.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    std::thread::sleep(std::time::Duration::from_nanos(
        1_000_000_000 - u64::from(now.subsec_nanos()),
    ));
    std::fs::write(dir.path().join("seeds/local.txt"), LOCAL).unwrap();
    assert_eq!(run(dir.path(), &["index", "seeds"]).0, 0);
    // 13 → 31: the same length, so only the content says it changed; now both agree.
    let same_size = LOCAL.replace("killed 13 people", "killed 31 people");
    assert_eq!(same_size.len(), LOCAL.len());
    let path = dir.path().join("seeds/local.txt");
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    // Same size and, as on a file system with whole-second times, the same mtime.
    std::fs::write(&path, &same_size).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    let (c, out, err) = run(
        dir.path(),
        &["check", "--index", "--format", "json", "seeds"],
    );
    let (full_c, full_out, _) = run(dir.path(), &["check", "--format", "json", "seeds"]);
    assert!(!out.contains("\"conflict\""), "the edit was missed: {out}");
    assert_eq!(c, full_c, "{err}");
    assert!(!full_out.contains("\"conflict\""), "{full_out}");
}

#[test]
fn the_index_answers_sql_queries_about_claims() {
    let dir = setup();
    assert_eq!(run(dir.path(), &["index", "seeds"]).0, 0);
    let conn = rusqlite::Connection::open(dir.path().join(".crosscheck/index.sqlite")).unwrap();
    let (path, value, unit): (String, f64, String) = conn
        .query_row("SELECT a.path, c.value, c.unit FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.predicate = 'kill'", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    assert_eq!(
        (path.as_str(), value, unit.as_str()),
        ("seeds/wire.txt", 31.0, "person")
    );
}

#[test]
fn a_corrupt_or_old_index_is_reported_and_rebuilt() {
    let dir = setup();
    std::fs::create_dir_all(dir.path().join(".crosscheck")).unwrap();
    std::fs::write(
        dir.path().join(".crosscheck/index.sqlite"),
        b"this is not a database",
    )
    .unwrap();
    let (c, _, err) = run(dir.path(), &["index", "seeds"]);
    assert_eq!(c, 0, "{err}");
    assert!(err.contains("rebuilding it"), "{err}");
    assert!(err.contains("indexed 2 articles"), "{err}");

    let conn = rusqlite::Connection::open(dir.path().join(".crosscheck/index.sqlite")).unwrap();
    conn.execute(
        "UPDATE meta SET value = '0' WHERE key = 'schema_version'",
        [],
    )
    .unwrap();
    drop(conn);
    let (c, _, err) = run(dir.path(), &["index", "seeds"]);
    assert_eq!(c, 0);
    assert!(
        err.contains("schema version 0, expected 5; rebuilding it"),
        "{err}"
    );
    assert!(
        err.contains("2 new or changed"),
        "rebuilt from scratch: {err}"
    );
}

/// Guards the load rules on the incremental path: a byte-identical copy of an indexed article
/// is read once and reported as `duplicate-file`, as in a full check, with the same exit code.
#[test]
fn the_index_reads_a_byte_identical_copy_once_like_a_full_load() {
    let dir = setup();
    let (c, _, err) = run(dir.path(), &["index", "seeds"]);
    assert_eq!(c, 0, "{err}");
    std::fs::write(dir.path().join("seeds/wire-copy.txt"), WIRE).unwrap();
    let args = ["--format", "jsonl", "--fail-on", "never", "seeds"];
    let (c, indexed, err) = run(dir.path(), &[&["check", "--index"][..], &args].concat());
    assert_eq!(c, 0, "{err}");
    let (c, full, err) = run(dir.path(), &[&["check"][..], &args].concat());
    assert_eq!(c, 0, "{err}");
    for out in [&indexed, &full] {
        assert!(
            out.lines()
                .any(|l| l.contains("\"kind\":\"duplicate-file\"")
                    && l.contains("seeds/wire-copy.txt and seeds/wire.txt are byte-identical")),
            "{out}"
        );
    }
}

/// Guards that every command reads the config's `[files]` filter: `claims` on a directory
/// skips an excluded draft exactly as `check` does.
#[test]
fn claims_and_check_honour_the_config_file_filter() {
    let dir = setup();
    std::fs::create_dir_all(dir.path().join("seeds/drafts")).unwrap();
    std::fs::write(dir.path().join("seeds/drafts/local.txt"), LOCAL).unwrap();
    std::fs::write(
        dir.path().join("crosscheck.toml"),
        "[files]\nexclude = [\"drafts/**\"]\n",
    )
    .unwrap();
    let (c, out, err) = run(dir.path(), &["claims", "--format", "jsonl", "seeds"]);
    assert_eq!(c, 0, "{err}");
    assert!(out.contains("\"value\":31"), "the wire's 31 dead: {out}");
    assert!(
        !out.contains("\"value\":13"),
        "the excluded draft's 13: {out}"
    );
    let (c, out, err) = run(dir.path(), &["check", "--format", "json", "seeds"]);
    assert_eq!(c, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["articles"].as_array().unwrap().len(), 2, "{out}");
}

/// Guards concurrent runs: two `check --index` at once serialize on the index's write
/// transaction; both give the answer of one run (no "database is locked", no article twice).
#[test]
fn concurrent_check_index_runs_both_give_the_single_run_answer() {
    let bin = assert_cmd::cargo::cargo_bin("crosscheck");
    for round in 0..4 {
        let dir = setup();
        // Odd rounds race on building a new index, even ones on updating an existing one.
        if round % 2 == 0 {
            assert_eq!(run(dir.path(), &["index", "seeds"]).0, 0);
        }
        std::fs::write(dir.path().join("seeds/local.txt"), LOCAL).unwrap();
        let spawn = || {
            std::process::Command::new(&bin)
                .current_dir(dir.path())
                .args(["check", "--index", "--format", "json", "seeds"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        let (_, single, _) = run(dir.path(), &["check", "--format", "json", "seeds"]);
        let findings = |out: &[u8]| -> Vec<String> {
            let doc: Value = serde_json::from_slice(out).unwrap_or(Value::Null);
            let mut f: Vec<String> = doc["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|f| format!("{} {}", f["kind"], f["message"]))
                .collect();
            f.sort();
            f
        };
        for out in [&a, &b] {
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "round {round}: {err}");
            assert_eq!(
                findings(&out.stdout),
                findings(single.as_bytes()),
                "round {round}"
            );
        }
    }
}
