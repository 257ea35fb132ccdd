//! Golden snapshots of every `claims` and `check` output format over the bundled seeds. They guard
//! against unintended changes; correctness is tested elsewhere (gold set, unit tests).
//! Update deliberately with `INSTA_UPDATE=always cargo test --test snapshots` and review
//! the diff.

use assert_cmd::Command;

/// The output of `crosscheck COMMAND --format FORMAT seeds`.
fn output(command: &str, format: &str) -> String {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([command, "--format", format, "seeds"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

fn claims(format: &str) -> String {
    output("claims", format)
}

#[test]
fn claims_table() {
    insta::assert_snapshot!(claims("table"));
}

#[test]
fn claims_jsonl() {
    insta::assert_snapshot!(claims("jsonl"));
}

#[test]
fn claims_json() {
    insta::assert_snapshot!(claims("json"));
}

#[test]
fn claims_csv() {
    insta::assert_snapshot!(claims("csv"));
}

fn check(format: &str) -> String {
    output("check", format)
}

#[test]
fn check_table() {
    insta::assert_snapshot!(check("table"));
}

#[test]
fn check_snippet() {
    insta::assert_snapshot!(check("snippet"));
}

#[test]
fn check_markdown() {
    insta::assert_snapshot!(check("markdown"));
}

#[test]
fn check_json() {
    insta::assert_snapshot!(check("json"));
}

#[test]
fn check_jsonl() {
    insta::assert_snapshot!(check("jsonl"));
}
