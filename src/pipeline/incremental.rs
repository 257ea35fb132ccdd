//! The incremental path: bring the index up to date with the files of a collection, and check
//! only what changed against the indexed articles of its story.
//!
//! `refresh_index` walks the given paths with the same loading rules as a full run (the
//! configured file filter, a path given twice read once, per-file errors, byte-identical
//! copies read once and reported), extracts only new or changed files (size and mtime when they can be
//! trusted, else the content hash), stores them, and — for `crosscheck index`, whose paths are
//! the collection — forgets removed files. `check_indexed` checks the files under its paths
//! against the indexed articles that share rare terms with them, runs the ordinary comparison
//! on that set, and keeps the findings that involve a checked file. The index records what was
//! analysed, never what was shown, so the same files give the same findings on every run.
//! Storage itself is `pipeline::index`.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::compare;
use crate::model::article::{Analyzed, Article, LoadError};
use crate::pipeline::gate::{Focus, path_key};
use crate::pipeline::index::{self, Index};
use crate::pipeline::session::{Checked, Failure, Session};
use crate::pipeline::{analyze, load};
use crate::text::hash::fnv1a;

/// The index after a refresh.
pub struct Refreshed {
    pub index: Index,
    /// New or changed articles, analyzed, with their index ids.
    pub changed: Vec<(Analyzed, i64)>,
    /// (path as found, index id) of files that did not change.
    pub unchanged: Vec<(String, i64)>,
    pub errors: Vec<LoadError>,
    pub notes: Vec<String>,
    /// Byte-identical copies: (the copy's path, the key of the article it copies).
    pub copies: Vec<(String, String)>,
}

/// A file to read: path as found, key, (size, mtime).
type ToRead = (String, String, Option<(i64, i64)>);

/// What a refresh does with indexed files not found under the given paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// `crosscheck index`: the paths are the collection; forget the rest.
    Forget,
    /// `check --index`: the paths say what to check, not what the collection is.
    Keep,
}

impl Session {
    /// Bring the index up to date with the files under `paths`: extract only new or changed
    /// files; with `Missing::Forget`, drop indexed files that are not there any more.
    pub fn refresh_index(&self, paths: &[String], missing: Missing) -> Result<Refreshed, Failure> {
        let started = index::now_ns();
        let root = &self.settings.root;
        let (index, note) = Index::open(&root.join(index::RELATIVE_PATH)).map_err(Failure::new)?;
        let mut notes: Vec<String> = note.into_iter().collect();
        let mut index = index;
        let (files, mut errors) = load::collect_paths(paths, &self.settings.filter);
        let fail = |message: String, errors: &[LoadError], notes: &[String]| Failure {
            message,
            errors: errors.to_vec(),
            notes: notes.to_vec(),
        };
        // One write transaction from reading what is known to storing what changed.
        index.begin().map_err(|e| fail(e, &errors, &notes))?;
        let known = index
            .known()
            .map_err(|e| fail(index.at(e), &errors, &notes))?;
        let refreshed_at = index.refreshed_at().map_err(|e| fail(e, &errors, &notes))?;
        let fresh = index.count() == 0;
        let mut key_of = Keys::new(root);
        let mut seen = HashSet::new();
        let mut to_read: Vec<ToRead> = Vec::new();
        let mut unchanged = Vec::new();
        let mut unchanged_keys = HashSet::new();
        for f in &files {
            let key = key_of.key(f);
            if !seen.insert(key.clone()) {
                continue; // a path given twice is read once
            }
            let st = index::stat(f);
            match (known.get(&key), st) {
                (Some((id, _, size, mtime)), Some((s2, m2)))
                    if *size == s2 && *mtime == m2 && index::stat_trusted(m2, refreshed_at) =>
                {
                    unchanged.push((f.clone(), *id));
                    unchanged_keys.insert(key);
                }
                _ => to_read.push((f.clone(), key, st)),
            }
        }
        let read: Vec<(ToRead, Result<Article, LoadError>)> = to_read
            .into_par_iter()
            .map(|t| {
                let r = load::read_article(&t.0, self.settings.filter.max_size);
                (t, r)
            })
            .collect();
        // A byte-identical copy of another article of the collection is refused, as in a full
        // load. Indexed articles are known by their content hash (FNV-1a 64).
        let mut by_hash: HashMap<String, String> = known
            .iter()
            .filter(|(k, _)| unchanged_keys.contains(*k))
            .map(|(k, v)| (v.1.clone(), k.clone()))
            .collect();
        // First the files whose content is unchanged (their hash is known), so a new copy of
        // one is found whatever the order of the walk; then the new and changed ones.
        let mut candidates = Vec::new();
        for ((f, key, st), r) in read {
            let mut a = match r {
                Ok(a) => a,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            a.key = key.clone();
            let hash = format!("{:016x}", fnv1a(a.text.as_bytes()));
            let (size, mtime) = st.unwrap_or((a.text.len() as i64, 0));
            if let Some((id, old_hash, _, _)) = known.get(&key)
                && *old_hash == hash
            {
                index
                    .touch(*id, size, mtime)
                    .map_err(|e| fail(index.at(e), &errors, &notes))?;
                unchanged.push((f, *id));
                by_hash.insert(hash, key);
                continue;
            }
            candidates.push((f, a, hash, size, mtime));
        }
        let mut fresh_articles = Vec::new();
        let mut copies = Vec::new();
        for (f, a, hash, size, mtime) in candidates {
            match by_hash.get(&hash) {
                // Read once, as the article it copies (`duplicate-file`), as in a full load.
                Some(other) if *other != a.key => copies.push((f, other.clone())),
                _ => {
                    by_hash.insert(hash.clone(), a.key.clone());
                    fresh_articles.push((a, hash, size, mtime));
                }
            }
        }
        let analyzed: Vec<(Analyzed, String, i64, i64)> = fresh_articles
            .into_par_iter()
            .map(|(a, h, s, m)| (analyze::analyze(a), h, s, m))
            .collect();
        let words = compare::Relations::doc_words(
            &analyzed
                .iter()
                .map(|(a, ..)| compare::similarity::sketch(a))
                .collect::<Vec<_>>(),
        );
        let common = if fresh {
            let common = index::common_terms(&words, compare::rare_limit(words.len()));
            index
                .set_common(&common)
                .map_err(|e| fail(index.at(e), &errors, &notes))?;
            common
        } else {
            index
                .common()
                .map_err(|e| fail(index.at(e), &errors, &notes))?
        };
        let items: Vec<(&Analyzed, String, i64, i64, Vec<u64>)> = analyzed
            .iter()
            .zip(&words)
            .map(|((a, h, s, m), w)| (a, h.clone(), *s, *m, index::rare_terms(w, &common)))
            .collect();
        let ids = index
            .store(&items)
            .map_err(|e| fail(index.at(e), &errors, &notes))?;
        if missing == Missing::Forget {
            let removed: Vec<i64> = known
                .iter()
                .filter(|(k, _)| !seen.contains(*k))
                .map(|(_, v)| v.0)
                .collect();
            index
                .remove(&removed)
                .map_err(|e| fail(index.at(e), &errors, &notes))?;
        }
        index
            .set_refreshed_at(started)
            .map_err(|e| fail(e, &errors, &notes))?;
        index.commit().map_err(|e| fail(e, &errors, &notes))?;
        let changed = analyzed.into_iter().map(|(a, ..)| a).zip(ids).collect();
        errors.sort_by_key(LoadError::to_string);
        notes.dedup();
        Ok(Refreshed {
            index,
            changed,
            unchanged,
            errors,
            notes,
            copies,
        })
    }

    /// `check --index PATHS`: the files under `paths` are checked — new or changed ones
    /// extracted and stored, unchanged ones read from the index — against the indexed articles
    /// of their stories; indexed files not under `paths` stay in the index. The findings that
    /// involve a checked or focus file are reported, so a re-run gives the same answer. With
    /// focus files, only findings that involve them can fail the run.
    pub fn check_indexed(&self, paths: &[String], focus: &[String]) -> Result<Checked, Failure> {
        let Refreshed {
            index,
            changed,
            unchanged,
            errors,
            notes,
            copies,
        } = self.refresh_index(paths, Missing::Keep)?;
        let fail = |message: String| Failure {
            message,
            errors: errors.clone(),
            notes: notes.clone(),
        };
        let focus_keys: HashSet<String> = focus.iter().map(|p| path_key(p)).collect();
        let unchanged_ids: Vec<i64> = unchanged.iter().map(|(_, id)| *id).collect();
        let mut articles: Vec<Analyzed> = changed.into_iter().map(|(a, _)| a).collect();
        articles.extend(index.load(&unchanged_ids).map_err(|e| fail(index.at(e)))?);
        let checked = articles.len();
        let mut keys: HashSet<String> = articles.iter().map(|a| a.article.key.clone()).collect();
        // The stories of the checked files: indexed articles sharing rare terms with them.
        let common_terms = index.common().map_err(|e| fail(index.at(e)))?;
        let sketches: Vec<compare::similarity::Sketch> = articles
            .par_iter()
            .map(compare::similarity::sketch)
            .collect();
        let mut related: BTreeSet<i64> = BTreeSet::new();
        for words in compare::Relations::doc_words(&sketches) {
            let terms = index::rare_terms(&words, &common_terms);
            related.extend(
                index
                    .related(&terms, &BTreeSet::new())
                    .map_err(|e| fail(index.at(e)))?,
            );
        }
        let related: Vec<i64> = related.into_iter().collect();
        let root = &self.settings.root;
        for a in index.load(&related).map_err(|e| fail(index.at(e)))? {
            // Excluded by path, not id: a concurrent run may have stored the file anew. A file
            // deleted since it was indexed is no evidence.
            if keys.contains(&a.article.key) || !root.join(&a.article.key).exists() {
                continue;
            }
            keys.insert(a.article.key.clone());
            articles.push(a);
        }
        drop(index);
        let reported: Vec<bool> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| i < checked || focus_keys.contains(&path_key(&a.article.path)))
            .collect();
        let mut run = self.compare(articles);
        run.findings
            .extend(super::copies::duplicate_files(&run.articles, &copies));
        let reported = Focus::Only(reported);
        run.findings.retain(|f| reported.involves(f));
        run.focus = if focus.is_empty() {
            reported
        } else {
            Focus::of_paths(&run.articles, focus)
        };
        run.errors = errors;
        run.notes = notes;
        Ok(run)
    }
}

/// Keys of files relative to the project root, canonicalizing each directory once (not each
/// of 100,000 files).
struct Keys {
    root: PathBuf,
    dirs: HashMap<PathBuf, Option<PathBuf>>,
}

impl Keys {
    fn new(root: &Path) -> Keys {
        Keys {
            root: std::fs::canonicalize(root).unwrap_or(root.to_path_buf()),
            dirs: HashMap::new(),
        }
    }

    fn key(&mut self, p: &str) -> String {
        let path = Path::new(p);
        let parent = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let dir = self
            .dirs
            .entry(parent.to_path_buf())
            .or_insert_with(|| std::fs::canonicalize(parent).ok())
            .clone();
        dir.and_then(|d| path.file_name().map(|n| d.join(n)))
            .and_then(|full| {
                full.strip_prefix(&self.root).ok().map(|r| {
                    r.components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/")
                })
            })
            .unwrap_or_else(|| p.trim_start_matches("./").to_string())
    }
}
