//! `crosscheck.toml`: where it is, what it may say, and what it means.
//!
//! The file is found by walking up from the working directory (or named with `--config`).
//! Unknown keys are errors, so a typo never silently changes a check. Sections:
//!
//! ```toml
//! [files]                 # which files a directory walk reads (gitignore-style globs)
//! include = ["*.txt"]
//! exclude = ["drafts/**"]
//! max_file_size = "50MB"  # larger files are reported, not read
//!
//! [compare]               # thresholds of the comparison
//! related_at = 0.2        # content-word Dice for "about the same story"
//! near_duplicate_containment = 0.5
//! near_duplicate_aligned = 0.5
//! approx_tolerance = 0.1  # "about 500" allows 450–550; "about 280" only 270–290 (its tens)
//!
//! [check]
//! fail_on = "warning"     # error | warning | note | never
//! select = ["conflict", "updated"]   # kinds shown (all by default); ignore = [...] hides
//! min_severity = "warning"           # findings below it are not shown (the gate still sees them)
//! baseline = "crosscheck.baseline.json"
//!
//! [aliases]               # identities: alias = canonical (people by surname, places by name)
//! kiev = "kyiv"
//!
//! [[accept]]              # accepted findings; a reason is required
//! fingerprint = "3f0c9a1b2c3d4e5f"
//! reason = "the two tolls are from different days; checked by hand"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub const FILE_NAME: &str = "crosscheck.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub files: Files,
    #[serde(default)]
    pub compare: Compare,
    #[serde(default)]
    pub check: Check,
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
    #[serde(default)]
    pub accept: Vec<Accept>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Files {
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Files larger than this are reported, not read: `"50MB"`, `"512K"` or bytes.
    pub max_file_size: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compare {
    pub related_at: Option<f64>,
    pub near_duplicate_containment: Option<f64>,
    pub near_duplicate_aligned: Option<f64>,
    /// Relative tolerance of approximate figures ("about 500"): 0.1 means ±10%.
    pub approx_tolerance: Option<f64>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub fail_on: Option<crate::model::finding::FailOn>,
    pub baseline: Option<String>,
    /// Finding kinds to show (all when absent), and kinds not to show.
    #[serde(default)]
    pub select: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Findings below this severity are not shown: "error", "warning" or "note".
    pub min_severity: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accept {
    pub fingerprint: String,
    pub reason: String,
}

/// A config and where it came from (its directory anchors relative paths).
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub config: Config,
    pub path: Option<PathBuf>,
}

impl Loaded {
    /// The directory relative paths in the config are resolved against.
    pub fn base(&self) -> PathBuf {
        self.path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| PathBuf::from("."))
    }
}

/// Parse a config text; the error names what is wrong, on several lines as the `toml` crate
/// renders it (the line, a caret under the fault, what was expected).
pub fn parse(text: &str) -> Result<Config, String> {
    let config: Config = toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())?;
    for (i, a) in config.accept.iter().enumerate() {
        if a.fingerprint.len() != 16 || !a.fingerprint.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(format!(
                "[[accept]] entry {} has fingerprint {:?}: expected 16 hex digits, as `check --format json` prints",
                i + 1,
                a.fingerprint
            ));
        }
        if a.reason.trim().is_empty() {
            return Err(format!(
                "[[accept]] entry {} ({}) needs a non-empty `reason`",
                i + 1,
                a.fingerprint
            ));
        }
    }
    if let Some(size) = &config.files.max_file_size {
        crate::pipeline::load::parse_size(size)
            .map_err(|e| format!("[files] max_file_size: {e}"))?;
    }
    for k in config.check.select.iter().chain(&config.check.ignore) {
        if crate::model::finding::FindingKind::from_name(k).is_none() {
            return Err(format!(
                "[check] select/ignore: {k:?} is not a finding kind"
            ));
        }
    }
    if let Some(s) = &config.check.min_severity
        && crate::model::finding::Severity::from_name(s).is_none()
    {
        return Err(format!(
            "[check] min_severity = {s:?}: expected error, warning or note"
        ));
    }
    for (name, v) in [
        ("related_at", config.compare.related_at),
        (
            "near_duplicate_containment",
            config.compare.near_duplicate_containment,
        ),
        (
            "near_duplicate_aligned",
            config.compare.near_duplicate_aligned,
        ),
    ] {
        if let Some(v) = v
            && !(0.0..=1.0).contains(&v)
        {
            return Err(format!(
                "[compare] {name} = {v}: expected a number from 0 to 1"
            ));
        }
    }
    Ok(config)
}

/// Find and read the config: `explicit` if given, else the nearest `crosscheck.toml` from the
/// working directory up. No file is not an error; a bad file is.
pub fn load(explicit: Option<&str>) -> Result<Loaded, String> {
    let path = match explicit {
        Some(p) => Some(PathBuf::from(p)),
        None => {
            let mut dir = std::env::current_dir().ok();
            let mut found = None;
            while let Some(d) = dir {
                let candidate = d.join(FILE_NAME);
                if candidate.exists() {
                    found = Some(candidate);
                    break;
                }
                dir = d.parent().map(Path::to_path_buf);
            }
            found
        }
    };
    let Some(path) = path else {
        return Ok(Loaded::default());
    };
    if path.is_dir() {
        return Err(format!(
            "{}: is a directory, not a config file",
            path.display()
        ));
    }
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: cannot read config: {e}", path.display()))?;
    let config = parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Loaded {
        config,
        path: Some(path),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_config_parses() {
        let c = parse(
            r#"
[files]
include = ["*.txt"]
exclude = ["drafts/**"]
[compare]
related_at = 0.3
[check]
fail_on = "warning"
[aliases]
kiev = "kyiv"
[[accept]]
fingerprint = "00ff00ff00ff00ff"
reason = "checked by hand"
"#,
        )
        .unwrap();
        assert_eq!(c.files.exclude, vec!["drafts/**"]);
        assert_eq!(c.compare.related_at, Some(0.3));
        assert_eq!(c.aliases["kiev"], "kyiv");
        assert_eq!(c.accept[0].reason, "checked by hand");
    }

    #[test]
    fn unknown_keys_and_missing_reasons_are_refused() {
        let e = parse("[compare]\nrelated = 0.3\n").unwrap_err();
        assert!(e.contains("unknown field `related`"), "{e}");
        let e = parse("colour = true\n").unwrap_err();
        assert!(e.contains("unknown field `colour`"), "{e}");
        let e =
            parse("[[accept]]\nfingerprint = \"00ff00ff00ff00ff\"\nreason = \" \"\n").unwrap_err();
        assert!(e.contains("needs a non-empty `reason`"), "{e}");
        let e = parse("[[accept]]\nfingerprint = \"00ff00ff00ff00ff\"\n").unwrap_err();
        assert!(e.contains("reason"), "{e}");
        let e =
            parse("[[accept]]\nfingerprint = \"the 28-point one\"\nreason = \"ok\"\n").unwrap_err();
        assert!(e.contains("expected 16 hex digits"), "{e}");
        assert!(parse("[check]\nfail_on = \"sometimes\"\n").is_err());
        assert!(parse("[compare]\nrelated_at = 3\n").is_err());
    }
}
