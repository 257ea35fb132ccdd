//! Reliability with bad input and faults (issue 12): nothing the user wrote is lost, nothing is
//! skipped in silence, a run that checks nothing does not pass. Each test names what it guards;
//! all run the built binary on temporary directories.

use std::path::Path;

use assert_cmd::Command;
use tempfile::TempDir;

const WIRE: &str = " date 2025-06-04 Flash floods killed 31 people in the city of Porto Alegre on Tuesday, the civil defence agency said. Hundreds of homes were submerged after two days of torrential rain.\n";
const LOCAL: &str = " date 2025-06-04 Flash floods killed 13 people in Porto Alegre on Tuesday, according to the civil defence agency, as torrential rain submerged hundreds of homes across the city.\n";
const QUAKE: &str = " date 2025-06-04 An earthquake of magnitude 6.1 struck off the coast of Crete on Wednesday, injuring 12 people in Heraklion, the Greek seismological institute said.\n";
const QUAKE_TOO: &str = " date 2025-06-04 A magnitude 6.4 earthquake hit the sea off Crete on Wednesday morning, injuring 15 people in Heraklion, according to the Greek seismological institute.\n";

fn repo(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("seeds")).unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join("seeds").join(name), text).unwrap();
    }
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
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

fn entries(dir: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("crosscheck.baseline.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn a_baseline_written_from_a_subset_keeps_the_other_files_entries_and_notes() {
    let dir = repo(&[
        ("a.txt", WIRE),
        ("b.txt", LOCAL),
        ("q1.txt", QUAKE),
        ("q2.txt", QUAKE_TOO),
    ]);
    assert_eq!(run(dir.path(), &["baseline", "seeds"]).0, 0);
    let mut doc = entries(dir.path());
    let all = doc["entries"].as_array().unwrap().len();
    assert!(all >= 2, "{doc:#}");
    // A hand-written note on every entry.
    for e in doc["entries"].as_array_mut().unwrap() {
        e["note"] = "checked by hand".into();
    }
    std::fs::write(
        dir.path().join("crosscheck.baseline.json"),
        serde_json::to_string_pretty(&doc).unwrap(),
    )
    .unwrap();
    let (c, _, err) = run(dir.path(), &["baseline", "seeds/q1.txt", "seeds/q2.txt"]);
    assert_eq!(c, 0, "{err}");
    assert!(err.contains("kept about files not checked"), "{err}");
    let doc = entries(dir.path());
    let after = doc["entries"].as_array().unwrap();
    assert_eq!(after.len(), all, "{doc:#}");
    assert!(
        after.iter().all(|e| e["note"] == "checked by hand"),
        "{doc:#}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlinked_baseline_is_written_through_the_link_and_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    std::fs::create_dir_all(dir.path().join("shared")).unwrap();
    let target = dir.path().join("shared/baseline.json");
    std::fs::write(&target, "{\"version\": 1, \"entries\": []}\n").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o664)).unwrap();
    std::os::unix::fs::symlink(
        "shared/baseline.json",
        dir.path().join("crosscheck.baseline.json"),
    )
    .unwrap();
    let (c, _, err) = run(dir.path(), &["baseline", "seeds"]);
    assert_eq!(c, 0, "{err}");
    let link = std::fs::symlink_metadata(dir.path().join("crosscheck.baseline.json")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("\"fingerprint\""), "{written}");
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o664);
}

#[cfg(unix)]
#[test]
fn a_read_only_baseline_is_refused_and_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    let path = dir.path().join("crosscheck.baseline.json");
    let before = "{\"version\": 1, \"entries\": []}\n";
    std::fs::write(&path, before).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let (c, _, err) = run(dir.path(), &["baseline", "seeds"]);
    assert_eq!(c, 2, "{err}");
    assert!(err.contains("read-only"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);
}

#[test]
fn temporaries_left_by_a_killed_baseline_are_removed() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    // PIDs are below 2^22 on Linux: this one runs nowhere.
    let stale = dir.path().join(".crosscheck.baseline.json.4999999.tmp");
    std::fs::write(&stale, "{").unwrap();
    assert_eq!(run(dir.path(), &["baseline", "seeds"]).0, 0);
    assert!(!stale.exists());
}

#[cfg(unix)]
#[test]
fn symlinked_articles_in_a_directory_are_checked_not_skipped() {
    let dir = repo(&[("a.txt", WIRE)]);
    std::fs::create_dir_all(dir.path().join("elsewhere")).unwrap();
    std::fs::write(dir.path().join("elsewhere/local.txt"), LOCAL).unwrap();
    std::os::unix::fs::symlink("../elsewhere/local.txt", dir.path().join("seeds/b.txt")).unwrap();
    let (c, out, err) = run(dir.path(), &["check", "--format", "json", "seeds"]);
    assert_eq!(c, 1, "the 31/13 conflict is found: {err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["articles"].as_array().unwrap().len(), 2, "{out}");
}

#[test]
fn a_step_summary_that_cannot_be_written_exits_2() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", WIRE)]);
    std::fs::write(dir.path().join("seeds/b.txt"), QUAKE).unwrap();
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(dir.path())
        .env("GITHUB_STEP_SUMMARY", "/nonexistent-dir/summary.md")
        .args(["check", "--format", "github", "seeds"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("cannot write the step summary"), "{err}");
}

#[test]
fn runs_that_check_nothing_are_errors_unless_allowed() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    let (c, _, err) = run(
        dir.path(),
        &["check", "seeds", "--focus", "seeds/nosuch.txt"],
    );
    assert_eq!(c, 2, "{err}");
    assert!(
        err.contains("--focus seeds/nosuch.txt: no such file"),
        "{err}"
    );

    std::fs::create_dir_all(dir.path().join("empty")).unwrap();
    let (c, _, err) = run(dir.path(), &["check", "empty"]);
    assert_eq!(c, 2, "{err}");
    assert!(err.contains("no article to check"), "{err}");
    assert_eq!(run(dir.path(), &["check", "empty", "--allow-empty"]).0, 0);

    std::fs::write(
        dir.path().join("crosscheck.toml"),
        "[files]\nexclude = [\"*.txt\"]\n",
    )
    .unwrap();
    let (c, _, err) = run(dir.path(), &["check", "seeds"]);
    assert_eq!(c, 2, "a config that excludes everything: {err}");

    std::fs::remove_file(dir.path().join("crosscheck.toml")).unwrap();
    std::fs::create_dir_all(dir.path().join("crosscheck.toml")).unwrap();
    let (c, _, err) = run(dir.path(), &["check", "seeds"]);
    assert_eq!(c, 2, "{err}");
    assert!(err.contains("is a directory"), "{err}");

    std::fs::remove_dir(dir.path().join("crosscheck.toml")).unwrap();
    std::fs::write(
        dir.path().join("crosscheck.toml"),
        "[[accept]]\nfingerprint = \"the 31 dead\"\nreason = \"fine\"\n",
    )
    .unwrap();
    let (c, _, err) = run(dir.path(), &["check", "seeds"]);
    assert_eq!(c, 2, "{err}");
    assert!(err.contains("expected 16 hex digits"), "{err}");
}

#[test]
fn binary_and_utf16_files_are_reported_not_read_as_text() {
    let dir = repo(&[("a.txt", WIRE)]);
    let utf16: Vec<u8> = LOCAL.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    std::fs::write(dir.path().join("seeds/b.txt"), utf16).unwrap();
    let (c, _, err) = run(dir.path(), &["check", "seeds"]);
    assert_eq!(c, 2, "{err}");
    assert!(
        err.contains("b.txt: NUL byte at offset 1: looks like UTF-16"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn files_over_the_size_limit_are_reported_not_read() {
    let dir = repo(&[("a.txt", WIRE), ("b.txt", LOCAL)]);
    // /dev/zero has no end: only the limit stops the read.
    let (c, _, err) = run(dir.path(), &["check", "/dev/zero", "seeds"]);
    assert_eq!(c, 2, "{err}");
    assert!(
        err.contains("/dev/zero: larger than the 52428800-byte limit"),
        "{err}"
    );
    let (c, _, err) = run(dir.path(), &["claims", "--max-file-size", "100", "seeds"]);
    assert_eq!(c, 2, "{err}");
    assert!(
        err.contains("seeds/a.txt: larger than the 100-byte limit"),
        "{err}"
    );
    let (c, _, err) = run(dir.path(), &["claims", "--max-file-size", "lots", "seeds"]);
    assert_eq!(c, 2, "{err}");
    assert!(err.contains("is not a size"), "{err}");
}
