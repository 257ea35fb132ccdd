//! CLI tests: run the built binary on fixture folders and check stdout, stderr and exit code.

use assert_cmd::Command;
use serde_json::Value;

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn jsonl(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const CONTRACT: &[&str] = &[
    "text",
    "start",
    "end",
    "line",
    "column",
    "value",
    "low",
    "high",
    "bound",
    "unit",
    "change",
    "predicate",
    "date",
    "place",
    "attribution",
    "sentence",
];

/// `claims --format jsonl -` on `input`: its stdout, the run succeeding.
fn claims_jsonl(input: &str) -> Vec<u8> {
    crosscheck()
        .args(["claims", "--format", "jsonl", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

#[test]
fn stdin_jsonl_has_exactly_the_contract_fields() {
    let input = "Kyiv mayor's report\n\nRussia fired 22 missiles and more than 460 drones at Ukraine overnight, Mr Zelensky wrote on Telegram.\n";
    let out = claims_jsonl(input);
    let rows = jsonl(&out);
    assert_eq!(rows.len(), 2, "{rows:?}");
    // Fields come in the documented order.
    let first_line = String::from_utf8_lossy(&out)
        .lines()
        .next()
        .unwrap()
        .to_string();
    let positions: Vec<usize> = CONTRACT
        .iter()
        .map(|k| first_line.find(&format!("\"{k}\":")).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{first_line}");
    for row in &rows {
        let mut keys: Vec<&str> = row
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = CONTRACT.to_vec();
        keys.sort();
        expected.sort();
        assert_eq!(keys, expected);
        // Offsets are bytes into the input; the text is exactly what they cover.
        let (s, e) = (
            row["start"].as_u64().unwrap() as usize,
            row["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[s..e], row["text"].as_str().unwrap());
        assert_eq!(row["line"], 3);
        assert_eq!(row["attribution"], "Mr Zelensky");
        assert_eq!(row["predicate"], "fire");
        assert_eq!(row["change"], Value::Null, "missiles fired are no change");
        assert_eq!(
            row["date"],
            Value::Null,
            "no date header: overnight stays unresolved"
        );
    }
    assert_eq!(
        (
            rows[0]["value"].as_i64(),
            rows[0]["bound"].as_str(),
            rows[0]["unit"].as_str()
        ),
        (Some(22), Some("exact"), Some("missile"))
    );
    assert_eq!(
        (
            rows[1]["value"].as_i64(),
            rows[1]["bound"].as_str(),
            rows[1]["unit"].as_str()
        ),
        (Some(460), Some("more_than"), Some("drone"))
    );
    assert_eq!(rows[1]["low"], 460);
    assert_eq!(rows[1]["high"], Value::Null);
}

#[test]
fn a_change_says_which_way_and_a_level_says_null() {
    let input = "Shares in the grocer climbed 4.2% to 212p, while Brent crude was down 12 cents at $71.40 and gold slipped from $1,980 to $1,905.\n";
    let out = claims_jsonl(input);
    let rows = jsonl(&out);
    let changes: Vec<(&str, &Value)> = rows
        .iter()
        .map(|r| (r["text"].as_str().unwrap(), &r["change"]))
        .collect();
    let (up, down, null) = (Value::from("up"), Value::from("down"), Value::Null);
    assert_eq!(
        changes,
        vec![
            ("4.2%", &up),
            ("212p", &null),
            ("12 cents", &down),
            ("$71.40", &null),
            ("$1,980", &null),
            ("$1,905", &null),
        ]
    );
    // csv has the column too, after the unit.
    let out = crosscheck()
        .args(["claims", "--format", "csv", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(out).unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().contains(",unit,change,predicate,"));
    assert!(lines.next().unwrap().contains(",percent,up,"), "{csv}");
}

#[test]
fn stdin_with_a_date_header_resolves_relative_days() {
    let input = " date 2025-11-19 Russia last night launched 518 drones and missiles at Ukraine.";
    let out = claims_jsonl(input);
    let rows = jsonl(&out);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["date"], "2025-11-19");
    assert_eq!(rows[0]["unit"], "drone and missile");
    assert_eq!(
        rows[0]["column"], 45,
        "columns count from the start of the file line, header included"
    );
}

#[test]
fn bad_files_are_named_and_the_rest_still_checked() {
    let assert = crosscheck()
        .args(["claims", "--format", "jsonl", "tests/fixtures/mixed"])
        .assert()
        .code(2);
    let out = assert.get_output();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("latin1.txt: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("empty.txt: empty file"), "{stderr}");
    assert!(
        stderr.contains("bad_date.txt: malformed date header"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 3, "one line per bad file: {stderr}");
    let rows = jsonl(&out.stdout);
    let values: Vec<i64> = rows.iter().map(|r| r["value"].as_i64().unwrap()).collect();
    assert_eq!(values, vec![518, 9], "the good file is still extracted");
}

#[test]
fn directories_are_walked_recursively_and_gitignore_is_honoured() {
    let out = crosscheck()
        .args(["claims", "--format", "csv", "tests/fixtures/ignored"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(out).unwrap();
    assert!(csv.contains("kept.txt"), "{csv}");
    assert!(csv.contains("nested.txt"), "{csv}");
    assert!(
        !csv.contains("skipped.txt"),
        "a .gitignore'd file was read: {csv}"
    );
    assert!(
        !csv.contains("notes.md"),
        "only .txt files are articles: {csv}"
    );
    assert!(csv.starts_with("file,text,start,end,line,column,value,low,high,bound,unit,change,predicate,date,place,attribution,sentence\n"));
}

#[test]
fn missing_path_is_an_input_error() {
    let assert = crosscheck()
        .args(["claims", "no/such/dir"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr);
    assert!(
        stderr.contains("no/such/dir: no such file or directory"),
        "{stderr}"
    );
}

#[test]
fn unknown_flag_is_a_usage_error() {
    crosscheck()
        .args(["claims", "--frobnicate"])
        .assert()
        .code(2);
}

#[test]
fn no_arguments_checks_the_bundled_seeds() {
    let out = crosscheck().assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("seeds/000_abc79399cac3aaaf.txt"), "{text}");
    assert!(text.contains("4 articles"), "{text}");
}

#[test]
fn json_document_is_versioned() {
    let out = crosscheck()
        .args([
            "claims",
            "--format",
            "json",
            "seeds/001_56df35b9d96db8be.txt",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let doc: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(doc["version"], 3);
    let article = &doc["articles"][0];
    assert_eq!(article["date"], "2025-11-19");
    // The donation appeal at the top of this article is boilerplate: no figure comes from it.
    for q in article["quantities"].as_array().unwrap() {
        assert!(
            q["line"].as_u64().unwrap() > 1,
            "figure from the appeal: {q}"
        );
    }
}

fn output(args: &[&str]) -> (i32, String, String) {
    let out = crosscheck()
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

/// Guards issue 11.2: selection chooses what is shown, never what fails — the conflict of
/// tests/fixtures/conflict still fails the run when only agreements are shown.
#[test]
fn select_ignore_and_min_severity_choose_what_is_shown_not_the_exit_code() {
    let all = output(&["check", "--format", "brief", "tests/fixtures/conflict"]);
    assert_eq!(all.0, 1, "{}", all.1);
    assert!(all.1.contains("error[conflict]"), "{}", all.1);
    let (c, out, _) = output(&[
        "check",
        "--format",
        "brief",
        "--select",
        "agree",
        "tests/fixtures/conflict",
    ]);
    assert_eq!(c, 1, "the hidden conflict still fails: {out}");
    assert!(!out.contains("[conflict]"), "{out}");
    assert!(out.contains("not shown"), "the summary says so: {out}");
    let (c, out, _) = output(&[
        "check",
        "--format",
        "brief",
        "--ignore",
        "conflict",
        "tests/fixtures/conflict",
    ]);
    assert_eq!(c, 1);
    assert!(!out.contains("[conflict]"), "{out}");
    let (_, out, _) = output(&[
        "check",
        "--format",
        "brief",
        "--min-severity",
        "warning",
        "seeds",
    ]);
    assert!(out.lines().all(|l| !l.contains(": note[")), "{out}");
    let (c, _, err) = output(&["check", "--select", "agre", "seeds"]);
    assert_eq!(c, 2);
    assert!(err.contains("did you mean `agree`"), "{err}");
}

#[test]
fn quiet_drops_the_summary_and_statistics_count_per_kind() {
    let (_, out, _) = output(&["check", "--format", "brief", "--quiet", "seeds"]);
    assert!(!out.contains("articles,"), "{out}");
    assert!(out.contains("[disputed]"), "{out}");
    let (_, out, _) = output(&["check", "--statistics", "seeds"]);
    let disputed = out
        .lines()
        .find(|l| l.contains("disputed"))
        .expect("a disputed line");
    assert!(
        disputed.trim_start().starts_with("1 ") && disputed.ends_with("warning"),
        "{out}"
    );
    assert!(out.lines().last().unwrap().contains("4 articles"), "{out}");
}

/// Guards issue 11.4: every kind explains itself, and `check --help` lists kinds, severities,
/// statuses and exit codes.
#[test]
fn explain_and_help_say_what_findings_and_exit_codes_mean() {
    let (c, out, _) = output(&["explain", "sum-mismatch"]);
    assert_eq!(c, 0);
    assert!(out.starts_with("sum-mismatch: parts"), "{out}");
    assert!(out.contains("How to accept it"), "{out}");
    let (c, _, err) = output(&["explain", "conflicts"]);
    assert_eq!(c, 2);
    assert!(err.contains("did you mean `conflict`"), "{err}");
    let (_, help, _) = output(&["check", "--help"]);
    for needle in [
        "near-duplicate",
        "different-event",
        "accepted",
        "Exit codes: 0",
    ] {
        assert!(help.contains(needle), "{needle}: {help}");
    }
    let (_, sarif, _) = output(&["check", "--format", "sarif", "seeds"]);
    let doc: Value = serde_json::from_str(&sarif).unwrap();
    let rules = doc["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert!(rules.iter().all(|r| {
        r["help"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("When it fires"))
    }));
}

/// Guards issue 11.5: a typo of a command is a usage error before any work, and a bare run
/// outside a project says how to start.
#[test]
fn a_typo_of_a_command_is_a_usage_error_with_a_suggestion() {
    let (c, out, err) = output(&["chek", "seeds"]);
    assert_eq!(c, 2);
    assert!(out.is_empty(), "no report was run: {out}");
    assert!(err.contains("did you mean `check`?"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no seeds/ here"));
}

/// One palette across the human formats: `--color always` paints a note the same blue in the
/// table, the brief lines and the snippets (it was green in one, cyan in another), and
/// `--color never` paints nothing.
#[test]
fn one_palette_across_formats() {
    let blue_note = "\u{1b}[1m\u{1b}[34mnote[";
    for format in ["table", "brief", "snippet"] {
        let out = crosscheck()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["check", "seeds", "--color", "always", "--format", format])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(blue_note), "{format}: {text}");
        let plain = crosscheck()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["check", "seeds", "--color", "never", "--format", format])
            .output()
            .unwrap();
        assert!(
            !String::from_utf8_lossy(&plain.stdout).contains('\u{1b}'),
            "{format}"
        );
    }
}

/// A file in a directory whose name is not UTF-8 is reported as such (it was reported as "no
/// such file or directory", read back from its lossy spelling), and the others are checked.
#[cfg(unix)]
#[test]
fn a_non_utf8_file_name_in_a_directory_is_named_as_such() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mixed/good.txt"),
    )
    .unwrap_or_else(|_| b"Officials said 518 drones were launched.\n".to_vec());
    std::fs::write(dir.path().join("good.txt"), &seed).unwrap();
    let bad = std::ffi::OsStr::from_bytes(b"bad\xff.txt");
    std::fs::write(dir.path().join(bad), &seed).unwrap();
    let out = crosscheck()
        .args(["claims", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a skipped file is an input error"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("file name is not valid UTF-8") && !stderr.contains("no such file"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        !jsonl(&out.stdout).is_empty(),
        "the good file is still extracted"
    );
}

/// `compare DIR FILE` (either way round) says that a directory is not an article; it compared
/// the directory's first two files, or said "needs two different article files".
#[test]
fn compare_with_a_directory_says_a_directory_is_not_an_article() {
    for args in [
        ["compare", "seeds", "seeds/000_abc79399cac3aaaf.txt"],
        ["compare", "seeds/000_abc79399cac3aaaf.txt", "seeds"],
    ] {
        let out = crosscheck().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("seeds: is a directory, not an article"),
            "{args:?}: {stderr}"
        );
        assert!(out.stdout.is_empty(), "{args:?}: nothing compared");
    }
}

/// A baseline that is JSON of another shape says what shape was expected ("expected u32" and
/// "expected a sequence" were serde's reading of an array as the fields in order), and one
/// that is not JSON says so; both are refused (exit 2) and left as they were.
#[test]
fn a_baseline_of_the_wrong_shape_says_what_shape_was_expected() {
    for (content, says) in [
        ("[[[", "not JSON"),
        ("[1,2,3]", "found an array"),
        ("\"x\"", "found a string"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_abc79399cac3aaaf.txt"),
            dir.path().join("a.txt"),
        )
        .unwrap();
        let baseline = dir.path().join("crosscheck.baseline.json");
        std::fs::write(&baseline, content).unwrap();
        let out = crosscheck()
            .current_dir(dir.path())
            .args(["check", "."])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{content}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("crosscheck.baseline.json: not a valid baseline")
                && stderr.contains(says),
            "{content}: {stderr}"
        );
        if content != "[[[" {
            assert!(
                stderr.contains(r#"expected an object {"version": "#),
                "{content}: {stderr}"
            );
        }
        assert_eq!(std::fs::read_to_string(&baseline).unwrap(), content);
    }
}
