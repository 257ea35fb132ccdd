//! The baseline: findings a team has looked at and accepted, so CI fails only on new ones.
//!
//! `crosscheck.baseline.json` is pretty, sorted JSON meant to be reviewed in pull requests: one
//! entry per accepted finding with its fingerprint, kind, files, subject, values, a quote and an
//! optional note. Matching is by fingerprint *and count*: two entries with one fingerprint
//! accept two findings with it, and a third is new. Fingerprints carry no positions, so an
//! edit elsewhere in an article keeps its entries. Entries no finding matches are stale;
//! `baseline --prune` drops them. Writing goes to a temporary file in the same directory that
//! is then renamed over the old one, so an interrupted run never leaves a broken baseline.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::article::Analyzed;
use crate::model::finding::{Finding, Status};

pub const FILE_NAME: &str = "crosscheck.baseline.json";
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    pub kind: String,
    pub files: Vec<String>,
    pub subject: String,
    pub values: Vec<String>,
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Read a baseline; a missing file is `Ok(None)`, a broken one an error naming it.
pub fn read(path: &Path) -> Result<Option<Baseline>, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{}: cannot read baseline: {e}", path.display())),
    };
    // Read as JSON first, so that a file of another shape is told what shape was expected
    // (serde alone reads `[1,2,3]` as the fields in order: "expected u32").
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not a valid baseline: not JSON ({e})", path.display()))?;
    let found = match &value {
        serde_json::Value::Object(_) => None,
        serde_json::Value::Array(_) => Some("an array"),
        serde_json::Value::String(_) => Some("a string"),
        serde_json::Value::Number(_) => Some("a number"),
        serde_json::Value::Bool(_) => Some("a boolean"),
        serde_json::Value::Null => Some("null"),
    };
    if let Some(found) = found {
        return Err(format!(
            "{}: not a valid baseline: expected an object {{\"version\": {VERSION}, \"entries\": [...]}}, found {found}",
            path.display()
        ));
    }
    let b: Baseline = serde_json::from_value(value)
        .map_err(|e| format!("{}: not a valid baseline: {e}", path.display()))?;
    if b.version != VERSION {
        return Err(format!(
            "{}: baseline version {} is not supported (expected {VERSION})",
            path.display(),
            b.version
        ));
    }
    Ok(Some(b))
}

/// The entry that accepts `f`.
pub fn entry(articles: &[Analyzed], f: &Finding) -> Entry {
    let mut files: Vec<String> = f
        .articles
        .iter()
        .map(|&i| articles[i].article.key.clone())
        .collect();
    files.sort();
    files.dedup();
    Entry {
        fingerprint: f.fingerprint.clone(),
        kind: f.kind.as_str().to_string(),
        files,
        subject: f.subject.to_string(),
        values: f.evidence.iter().map(|e| e.text.clone()).collect(),
        quote: f
            .evidence
            .first()
            .map(|e| e.text.clone())
            .unwrap_or_default(),
        note: None,
    }
}

fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        (&a.kind, &a.subject, &a.fingerprint, &a.files).cmp(&(
            &b.kind,
            &b.subject,
            &b.fingerprint,
            &b.files,
        ))
    });
}

/// A baseline accepting every finding, keeping the notes of entries that still match.
pub fn accept_all(articles: &[Analyzed], findings: &[Finding], old: Option<&Baseline>) -> Baseline {
    let mut notes: BTreeMap<&str, Vec<Option<String>>> = BTreeMap::new();
    for e in old.map(|b| b.entries.as_slice()).unwrap_or_default() {
        notes
            .entry(e.fingerprint.as_str())
            .or_default()
            .push(e.note.clone());
    }
    let mut entries: Vec<Entry> = findings
        .iter()
        .map(|f| {
            let mut e = entry(articles, f);
            if let Some(list) = notes.get_mut(f.fingerprint.as_str())
                && !list.is_empty()
            {
                e.note = list.remove(0);
            }
            e
        })
        .collect();
    sort(&mut entries);
    Baseline {
        version: VERSION,
        entries,
    }
}

/// Keep the old entries about files this run did not check (a baseline written from a subset
/// of the collection must not drop the rest, nor its notes). Returns how many were kept.
pub fn keep_unchecked(
    new: &mut Baseline,
    old: &Baseline,
    checked: &std::collections::HashSet<&str>,
) -> usize {
    let kept: Vec<Entry> = old
        .entries
        .iter()
        .filter(|e| e.files.iter().any(|f| !checked.contains(f.as_str())))
        .cloned()
        .collect();
    let n = kept.len();
    new.entries.extend(kept);
    sort(&mut new.entries);
    n
}

/// Mark each finding accepted or new; return the stale entries (matched by nothing).
pub fn apply(baseline: &Baseline, findings: &mut [Finding]) -> Vec<Entry> {
    let mut remaining: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
    for e in &baseline.entries {
        remaining.entry(e.fingerprint.as_str()).or_default().push(e);
    }
    for f in findings.iter_mut() {
        let accepted = remaining
            .get_mut(f.fingerprint.as_str())
            .is_some_and(|list| list.pop().is_some());
        f.status = Some(if accepted {
            Status::Accepted
        } else {
            Status::New
        });
    }
    let mut stale: Vec<Entry> = remaining.into_values().flatten().cloned().collect();
    sort(&mut stale);
    stale
}

/// The baseline without its stale entries.
pub fn prune(baseline: &Baseline, stale: &[Entry]) -> Baseline {
    let mut to_drop: Vec<&Entry> = stale.iter().collect();
    let entries = baseline
        .entries
        .iter()
        .filter(|e| {
            if let Some(k) = to_drop.iter().position(|s| *s == *e) {
                to_drop.remove(k);
                false
            } else {
                true
            }
        })
        .cloned()
        .collect();
    Baseline {
        version: VERSION,
        entries,
    }
}

/// Write atomically: a temporary file beside the target, flushed, then renamed over it.
pub fn write(path: &Path, baseline: &Baseline) -> Result<(), String> {
    let mut text = serde_json::to_string_pretty(baseline).map_err(|e| e.to_string())?;
    text.push('\n');
    let fail = |e: String| format!("{}: cannot write baseline: {e}", path.display());
    // A symlinked baseline is written through the link, so its target stays the baseline.
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let old = std::fs::metadata(&target).ok();
    if old.as_ref().is_some_and(|m| m.permissions().readonly()) {
        return Err(fail(
            "the file is read-only; make it writable to update it".into(),
        ));
    }
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(FILE_NAME);
    remove_stale_temporaries(dir, name);
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        if let Some(m) = &old {
            // Keep the file's mode (a group-writable baseline stays so).
            std::fs::set_permissions(&tmp, m.permissions())?;
        }
        std::fs::rename(&tmp, &target)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e.to_string()));
    }
    Ok(())
}

/// Temporary files of earlier writes that were killed (`.NAME.PID.tmp` of a process that no
/// longer runs, or, where processes cannot be looked up, older than an hour).
fn remove_stale_temporaries(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for e in entries.flatten() {
        let file = e.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|f| f.strip_suffix(".tmp"))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() {
            continue;
        }
        let gone = if Path::new("/proc/self").exists() {
            !Path::new("/proc").join(pid.to_string()).exists()
        } else {
            e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600)
        };
        if gone {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::finding::{Detail, FindingKind, Severity, Subject};

    fn finding(fp: &str) -> Finding {
        Finding {
            fingerprint: fp.into(),
            ..Finding::new(
                FindingKind::Agree,
                Severity::Note,
                Subject::Unit("s".into()),
                vec![],
                Detail::Roles { ranks: false },
                &[],
            )
        }
    }

    fn base(fps: &[&str]) -> Baseline {
        Baseline {
            version: VERSION,
            entries: fps
                .iter()
                .map(|fp| Entry {
                    fingerprint: fp.to_string(),
                    kind: "agree".into(),
                    files: vec![],
                    subject: "s".into(),
                    values: vec![],
                    quote: String::new(),
                    note: None,
                })
                .collect(),
        }
    }

    #[test]
    fn matching_counts_fingerprints() {
        // Two entries, three findings with that fingerprint: one is new.
        let mut fs = vec![finding("aa"), finding("aa"), finding("aa"), finding("bb")];
        let stale = apply(&base(&["aa", "aa", "cc"]), &mut fs);
        let statuses: Vec<Status> = fs.iter().map(|f| f.status.unwrap()).collect();
        assert_eq!(
            statuses,
            vec![Status::Accepted, Status::Accepted, Status::New, Status::New]
        );
        assert_eq!(stale.len(), 1);
        assert_eq!(stale[0].fingerprint, "cc");
    }

    #[test]
    fn prune_drops_only_stale_entries() {
        let b = base(&["aa", "cc", "cc"]);
        let stale = vec![b.entries[1].clone()];
        let pruned = prune(&b, &stale);
        let fps: Vec<&str> = pruned
            .entries
            .iter()
            .map(|e| e.fingerprint.as_str())
            .collect();
        assert_eq!(fps, vec!["aa", "cc"]);
    }

    #[test]
    fn write_is_atomic_and_round_trips() {
        let dir = std::env::temp_dir().join(format!("crosscheck-baseline-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(FILE_NAME);
        let b = base(&["aa"]);
        write(&path, &b).unwrap();
        assert_eq!(read(&path).unwrap(), Some(b));
        // No temporary file is left behind.
        let left: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name())
            .collect();
        assert_eq!(left.len(), 1, "{left:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn broken_baseline_is_an_error_that_names_the_file() {
        let dir = std::env::temp_dir().join(format!("crosscheck-badbase-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(FILE_NAME);
        std::fs::write(&path, "{\"version\": 1, \"entries\": [").unwrap();
        let e = read(&path).unwrap_err();
        assert!(
            e.contains(FILE_NAME) && e.contains("not a valid baseline"),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
