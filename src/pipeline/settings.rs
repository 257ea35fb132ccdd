//! Settings resolved once: the config file and the command line merged into the values every
//! stage reads (ripgrep's "high-level arguments" idea). Nothing downstream looks at the config
//! file or the flags again, so `claims`, `check`, `compare`, `index` and the benches all see
//! the same file filter, comparison limits, baseline path and failure threshold.

use std::path::PathBuf;

use crate::compare;
use crate::model::finding::{FailOn, FindingKind, Severity};
use crate::pipeline::baseline;
use crate::pipeline::config;
use crate::pipeline::load::{FileFilter, parse_size};

#[derive(Debug, Clone)]
pub struct Settings {
    /// The project root: the config's directory, or the working directory. Article keys
    /// (and so fingerprints) are paths relative to it; the index lives under it.
    pub root: PathBuf,
    /// Which files a directory walk picks up (`[files]`).
    pub filter: FileFilter,
    /// Comparison limits and aliases (`[compare]`, `[aliases]`).
    pub compare: compare::Settings,
    /// The baseline file: `--baseline`, else `[check] baseline` (relative to the config), else
    /// `crosscheck.baseline.json` in the root.
    pub baseline: PathBuf,
    /// Fingerprints the config accepts (`[[accept]]`, each with a reason).
    pub accepted: Vec<String>,
    /// New findings at or above this severity fail the run.
    pub fail_on: FailOn,
    /// Which findings are shown; what fails the run does not depend on it.
    pub display: Display,
}

/// Which findings a report shows (`--select`, `--ignore`, `--min-severity`, or `[check]`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Display {
    /// Only these kinds (empty: all).
    pub select: Vec<FindingKind>,
    pub ignore: Vec<FindingKind>,
    /// Nothing below this severity (none: everything).
    pub min_severity: Option<Severity>,
}

impl Display {
    pub fn shows(&self, f: &crate::model::finding::Finding) -> bool {
        (self.select.is_empty() || self.select.contains(&f.kind))
            && !self.ignore.contains(&f.kind)
            && self.min_severity.is_none_or(|m| f.severity <= m)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings::resolve(&config::Loaded::default(), None, None)
    }
}

impl Settings {
    /// Merge a loaded config with the command line's overrides.
    pub fn resolve(
        loaded: &config::Loaded,
        baseline_flag: Option<&str>,
        fail_on_flag: Option<FailOn>,
    ) -> Settings {
        let c = &loaded.config;
        let root = loaded.base();
        let mut filter = FileFilter::default();
        if !c.files.include.is_empty() {
            filter.include = c.files.include.clone();
        }
        filter.exclude = c.files.exclude.clone();
        if let Some(size) = c
            .files
            .max_file_size
            .as_deref()
            .and_then(|t| parse_size(t).ok())
        {
            filter.max_size = size;
        }
        let baseline = match (baseline_flag, &c.check.baseline) {
            (Some(p), _) => PathBuf::from(p),
            (None, Some(p)) => root.join(p),
            (None, None) => root.join(baseline::FILE_NAME),
        };
        Settings {
            filter,
            compare: compare_settings(c),
            baseline,
            accepted: c.accept.iter().map(|a| a.fingerprint.clone()).collect(),
            fail_on: fail_on_flag.or(c.check.fail_on).unwrap_or(FailOn::Error),
            display: Display {
                select: c
                    .check
                    .select
                    .iter()
                    .filter_map(|k| FindingKind::from_name(k))
                    .collect(),
                ignore: c
                    .check
                    .ignore
                    .iter()
                    .filter_map(|k| FindingKind::from_name(k))
                    .collect(),
                min_severity: c
                    .check
                    .min_severity
                    .as_deref()
                    .and_then(Severity::from_name),
            },
            root,
        }
    }
}

/// Comparison settings from the config's `[compare]` and `[aliases]`.
fn compare_settings(c: &config::Config) -> compare::Settings {
    let mut settings = compare::Settings::default();
    if let Some(v) = c.compare.related_at {
        settings.related_at = v;
    }
    if let Some(v) = c.compare.near_duplicate_containment {
        settings.near_duplicate.containment = v;
    }
    if let Some(v) = c.compare.near_duplicate_aligned {
        settings.near_duplicate.aligned = v;
    }
    if let Some(v) = c.compare.approx_tolerance {
        settings.approx = v;
    }
    settings.aliases = c
        .aliases
        .iter()
        .map(|(k, v)| (k.to_lowercase(), v.to_lowercase()))
        .collect();
    settings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(text: &str, path: &str) -> config::Loaded {
        config::Loaded {
            config: config::parse(text).unwrap(),
            path: Some(PathBuf::from(path)),
        }
    }

    #[test]
    fn flags_override_the_config_and_paths_resolve_against_its_directory() {
        let l = loaded(
            "[check]\nfail_on = \"warning\"\nbaseline = \"b.json\"\n[files]\nexclude = [\"drafts/**\"]\n[aliases]\nKiev = \"Kyiv\"\n",
            "proj/crosscheck.toml",
        );
        let s = Settings::resolve(&l, None, None);
        assert_eq!(s.fail_on, FailOn::Warning);
        assert_eq!(s.baseline, PathBuf::from("proj/b.json"));
        assert_eq!(s.root, PathBuf::from("proj"));
        assert_eq!(s.filter.include, vec!["*.txt"]);
        assert_eq!(s.filter.exclude, vec!["drafts/**"]);
        assert_eq!(s.compare.aliases["kiev"], "kyiv");
        let s = Settings::resolve(&l, Some("other.json"), Some(FailOn::Never));
        assert_eq!(s.fail_on, FailOn::Never);
        assert_eq!(s.baseline, PathBuf::from("other.json"));
    }

    #[test]
    fn no_config_means_defaults_here() {
        let s = Settings::default();
        assert_eq!(s.fail_on, FailOn::Error);
        assert_eq!(s.root, PathBuf::from("."));
        assert_eq!(s.baseline, PathBuf::from("./crosscheck.baseline.json"));
    }
}
