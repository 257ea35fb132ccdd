//! The incremental index: `.crosscheck/index.sqlite`, so a CI check of a few new files does
//! not redo a large collection.
//!
//! For every article the index keeps its content hash (with size and modification time for a
//! cheap "unchanged" test), the analyzed article (text, segments, claims) as JSON, its rare
//! content words (the terms that tie articles of one story together) and one row per figure
//! for anyone who wants to query claims with SQL. `check --index` re-extracts only new or
//! changed files, finds the indexed articles that share rare terms with them, loads just those,
//! and runs the ordinary comparison on that small set; it reports the findings that involve
//! the new or changed files. An index of another schema version, or one SQLite cannot read, is
//! reported and rebuilt, never trusted.
//!
//! Concurrency: the database is in WAL mode with a busy timeout, and a refresh holds one write
//! transaction (`BEGIN IMMEDIATE`) from reading what is known to storing what changed, so two
//! runs at once serialize instead of both writing. A file is trusted unchanged by size and
//! mtime only when its mtime is older than the whole second in which the last refresh began
//! (git's "racily clean" rule): an edit that keeps the size in the same second as an index
//! run is found by the content hash.
//!
//! Schema (version 2):
//!
//! ```sql
//! CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
//!   -- schema_version = 2; refreshed_at = when the last refresh began (ns since the epoch)
//! CREATE TABLE articles (
//!   id INTEGER PRIMARY KEY,
//!   path TEXT NOT NULL UNIQUE,      -- relative to the project root (the fingerprint key)
//!   hash TEXT NOT NULL,             -- FNV-1a 64 of the file's bytes, hex
//!   size INTEGER NOT NULL,
//!   mtime INTEGER NOT NULL,         -- nanoseconds since the epoch
//!   date TEXT,                      -- publication date from the header, YYYY-MM-DD
//!   data TEXT NOT NULL              -- the analyzed article as JSON (internal format)
//! );
//! CREATE TABLE terms (term INTEGER NOT NULL, article_id INTEGER NOT NULL);  -- rare words
//! CREATE TABLE common (term INTEGER PRIMARY KEY);  -- words too common to tie a story
//! CREATE TABLE claims (
//!   article_id INTEGER NOT NULL, start INTEGER, "end" INTEGER, line INTEGER, "column" INTEGER,
//!   text TEXT, value REAL, low REAL, high REAL, bound TEXT, unit TEXT, predicate TEXT,
//!   date TEXT, place TEXT, attribution TEXT, sentence TEXT
//! );
//! ```
//!
//! Example: `SELECT a.path, c.text, c.unit FROM claims c JOIN articles a ON a.id = c.article_id
//! WHERE c.predicate = 'kill' ORDER BY c.value DESC;`

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use crate::model::article::Analyzed;
use crate::model::article::Article;
use crate::model::claim::Claims;
use crate::text::segment::Segments;
use crate::text::span::LineIndex;

pub const SCHEMA_VERSION: i64 = 2;
pub const RELATIVE_PATH: &str = ".crosscheck/index.sqlite";

/// What is stored per article (and rebuilt into an `Analyzed`).
#[derive(Serialize, Deserialize)]
struct Stored {
    article: Article,
    segments: Segments,
    claims: Claims,
}

fn to_analyzed(s: Stored) -> Analyzed {
    let lines = LineIndex::new(&s.article.text);
    Analyzed {
        article: s.article,
        segments: s.segments,
        claims: s.claims,
        lines,
    }
}

/// What the index knows of a path: (id, hash, size, mtime).
pub type Known = (i64, String, i64, i64);

pub struct Index {
    conn: Connection,
    pub path: PathBuf,
}

const CREATE: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime INTEGER NOT NULL,
  date TEXT,
  data TEXT NOT NULL
);
CREATE TABLE terms (term INTEGER NOT NULL, article_id INTEGER NOT NULL);
CREATE TABLE common (term INTEGER PRIMARY KEY);
CREATE INDEX terms_term ON terms(term);
CREATE INDEX terms_article ON terms(article_id);
CREATE TABLE claims (
  article_id INTEGER NOT NULL, start INTEGER, \"end\" INTEGER, line INTEGER, \"column\" INTEGER,
  text TEXT, value REAL, low REAL, high REAL, bound TEXT, unit TEXT, predicate TEXT,
  date TEXT, place TEXT, attribution TEXT, sentence TEXT
);
CREATE INDEX claims_article ON claims(article_id);
";

impl Index {
    /// Open the index at `path`, creating it if missing. A file of another schema version or
    /// one SQLite cannot read is reported (the returned note) and replaced by a new index.
    pub fn open(path: &Path) -> Result<(Index, Option<String>), String> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{}: cannot create index directory: {e}", dir.display()))?;
        }
        let at = |e: String| format!("{}: {e}", path.display());
        let mut note = None;
        // Everything below happens inside one write transaction, so two runs that find no
        // index (or an old one) do not both build it: the second waits, then finds it built.
        let sql = |e: rusqlite::Error| format!("{}: {e}", path.display());
        let conn = match Self::connect(path) {
            Ok(c) => c,
            Err(e) if is_not_a_database(&e) => {
                // Not an SQLite file at all: nothing to lock, so replace the file.
                note = Some(format!("{}: {e}; rebuilding it", path.display()));
                std::fs::remove_file(path)
                    .map_err(|e| format!("{}: cannot remove the old index: {e}", path.display()))?;
                Self::connect(path).map_err(sql)?
            }
            Err(e) => return Err(sql(e)),
        };
        Self::lock(&conn, path)?;
        match Self::version(&conn) {
            Ok(Some(v)) if v == SCHEMA_VERSION.to_string() => {}
            found => {
                if let Some(why) = match found {
                    Ok(Some(v)) => Some(format!("schema version {v}, expected {SCHEMA_VERSION}")),
                    Ok(None) => None, // a new, empty database
                    Err(e) => Some(format!("not a crosscheck index ({e})")),
                } {
                    note = Some(format!("{}: {why}; rebuilding it", path.display()));
                }
                Self::rebuild(&conn).map_err(at)?;
            }
        }
        conn.execute_batch("COMMIT")
            .map_err(|e| at(e.to_string()))?;
        Ok((
            Index {
                conn,
                path: path.to_path_buf(),
            },
            note,
        ))
    }

    fn lock(conn: &Connection, path: &Path) -> Result<(), String> {
        conn.execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The schema version, `None` for an empty database; an error when it is something else.
    fn version(conn: &Connection) -> Result<Option<String>, String> {
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .map_err(|e| e.to_string())?;
        if tables == 0 {
            return Ok(None);
        }
        let v: String = conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'schema_version'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| e.to_string())?;
        if v == SCHEMA_VERSION.to_string() {
            conn.query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))
                .map_err(|e| format!("unreadable: {e}"))?;
        }
        Ok(Some(v))
    }

    /// Drop whatever is there and create the current schema.
    fn rebuild(conn: &Connection) -> Result<(), String> {
        let names: Vec<String> = {
            let mut st = conn
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
                .map_err(|e| e.to_string())?;
            st.query_map([], |r| r.get(0))
                .map_err(|e| e.to_string())?
                .collect::<Result<_, _>>()
                .map_err(|e| e.to_string())?
        };
        for n in names {
            conn.execute_batch(&format!(
                "DROP TABLE IF EXISTS \"{}\"",
                n.replace('"', "\"\"")
            ))
            .map_err(|e| e.to_string())?;
        }
        conn.execute_batch(CREATE)
            .map_err(|e| format!("cannot create index: {e}"))?;
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?1)",
            params![SCHEMA_VERSION.to_string()],
        )
        .map_err(|e| e.to_string())?;
        Ok(())
    }

    /// A connection in WAL mode that waits for other runs' writes instead of failing.
    fn connect(path: &Path) -> Result<Connection, rusqlite::Error> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(60))?;
        // Switching to WAL needs a moment alone with the file; another run opening it at the
        // same time answers "busy" without waiting, so wait here.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            match conn.pragma_update(None, "journal_mode", "WAL") {
                Err(e) if is_busy(&e) && std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                r => break r.map(|_| conn),
            }
        }
    }

    /// Start the one write transaction of a refresh; concurrent refreshes wait here.
    pub fn begin(&self) -> Result<(), String> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| self.at(e))
    }

    pub fn commit(&self) -> Result<(), String> {
        self.conn.execute_batch("COMMIT").map_err(|e| self.at(e))
    }

    /// An SQLite error, naming the index.
    pub fn at(&self, e: impl std::fmt::Display) -> String {
        format!("{}: {e}", self.path.display())
    }

    /// When the last refresh began (ns since the epoch), if one has run.
    pub fn refreshed_at(&self) -> Result<Option<i64>, String> {
        let v: Result<String, _> = self.conn.query_row(
            "SELECT value FROM meta WHERE key = 'refreshed_at'",
            [],
            |r| r.get(0),
        );
        match v {
            Ok(v) => Ok(v.parse().ok()),
            Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            Err(e) => Err(self.at(e)),
        }
    }

    pub fn set_refreshed_at(&self, ns: i64) -> Result<(), String> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('refreshed_at', ?1)",
                params![ns.to_string()],
            )
            .map(|_| ())
            .map_err(|e| self.at(e))
    }

    /// (id, hash, size, mtime) of every indexed path.
    pub fn known(&self) -> Result<HashMap<String, Known>, String> {
        let mut st = self
            .conn
            .prepare("SELECT path, id, hash, size, mtime FROM articles")
            .map_err(|e| e.to_string())?;
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
                ))
            })
            .map_err(|e| e.to_string())?;
        rows.collect::<Result<_, _>>().map_err(|e| e.to_string())
    }

    /// Store (or replace) analyzed articles with their rare terms.
    pub fn store(
        &mut self,
        items: &[(&Analyzed, String, i64, i64, Vec<u64>)],
    ) -> Result<Vec<i64>, String> {
        let tx = &self.conn;
        let mut ids = Vec::new();
        for (a, hash, size, mtime, terms) in items {
            let stored = Stored {
                article: a.article.clone(),
                segments: a.segments.clone(),
                claims: a.claims.clone(),
            };
            let data = serde_json::to_string(&stored).map_err(|e| e.to_string())?;
            let path = &a.article.key;
            if let Ok(old) = tx.query_row(
                "SELECT id FROM articles WHERE path = ?1",
                params![path],
                |r| r.get::<_, i64>(0),
            ) {
                tx.execute("DELETE FROM terms WHERE article_id = ?1", params![old])
                    .map_err(|e| e.to_string())?;
                tx.execute("DELETE FROM claims WHERE article_id = ?1", params![old])
                    .map_err(|e| e.to_string())?;
                tx.execute("DELETE FROM articles WHERE id = ?1", params![old])
                    .map_err(|e| e.to_string())?;
            }
            tx.execute(
                "INSERT INTO articles (path, hash, size, mtime, date, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![path, hash, size, mtime, a.article.date.map(|d| d.to_string()), data],
            )
            .map_err(|e| e.to_string())?;
            let id = tx.last_insert_rowid();
            {
                let mut ins = tx
                    .prepare_cached("INSERT INTO terms (term, article_id) VALUES (?1, ?2)")
                    .map_err(|e| e.to_string())?;
                for &t in terms {
                    ins.execute(params![t as i64, id])
                        .map_err(|e| e.to_string())?;
                }
                let mut claim = tx
                    .prepare_cached(
                        "INSERT INTO claims (article_id, start, \"end\", line, \"column\", text, value, low, high, bound, unit, predicate, date, place, attribution, sentence)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                    )
                    .map_err(|e| e.to_string())?;
                for q in &a.claims.quantities {
                    let r = crate::model::row::claim_row(a, q);
                    claim
                        .execute(params![
                            id,
                            r.start as i64,
                            r.end as i64,
                            r.line as i64,
                            r.column as i64,
                            r.text,
                            q.value,
                            q.low,
                            q.high,
                            r.bound,
                            r.unit,
                            r.predicate,
                            r.date,
                            r.place,
                            r.attribution,
                            r.sentence
                        ])
                        .map_err(|e| e.to_string())?;
                }
            }
            ids.push(id);
        }
        Ok(ids)
    }

    /// Refresh the size and mtime of a file whose content did not change.
    pub fn touch(&self, id: i64, size: i64, mtime: i64) -> Result<(), String> {
        self.conn
            .execute(
                "UPDATE articles SET size = ?1, mtime = ?2 WHERE id = ?3",
                params![size, mtime, id],
            )
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// Forget articles that are no longer on disk.
    pub fn remove(&mut self, ids: &[i64]) -> Result<(), String> {
        let tx = &self.conn;
        for id in ids {
            for table in ["terms", "claims"] {
                tx.execute(
                    &format!("DELETE FROM {table} WHERE article_id = ?1"),
                    params![id],
                )
                .map_err(|e| e.to_string())?;
            }
            tx.execute("DELETE FROM articles WHERE id = ?1", params![id])
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Indexed articles sharing at least two of `terms`, except those in `exclude`.
    pub fn related(&self, terms: &[u64], exclude: &BTreeSet<i64>) -> Result<Vec<i64>, String> {
        let mut counts: HashMap<i64, u32> = HashMap::new();
        let mut st = self
            .conn
            .prepare_cached("SELECT article_id FROM terms WHERE term = ?1")
            .map_err(|e| e.to_string())?;
        for &t in terms {
            let rows = st
                .query_map(params![t as i64], |r| r.get::<_, i64>(0))
                .map_err(|e| e.to_string())?;
            for id in rows {
                *counts.entry(id.map_err(|e| e.to_string())?).or_default() += 1;
            }
        }
        let mut out: Vec<i64> = counts
            .into_iter()
            .filter(|&(id, c)| c >= 2 && !exclude.contains(&id))
            .map(|(id, _)| id)
            .collect();
        out.sort_unstable();
        Ok(out)
    }

    /// Load analyzed articles by id.
    pub fn load(&self, ids: &[i64]) -> Result<Vec<Analyzed>, String> {
        let mut st = self
            .conn
            .prepare_cached("SELECT data FROM articles WHERE id = ?1")
            .map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        for &id in ids {
            let data: String = st
                .query_row(params![id], |r| r.get(0))
                .map_err(|e| e.to_string())?;
            let stored: Stored = serde_json::from_str(&data)
                .map_err(|e| format!("index entry {id} is unreadable: {e}"))?;
            out.push(to_analyzed(stored));
        }
        Ok(out)
    }

    /// The words too common to tie articles of one story (set when the index is built).
    pub fn common(&self) -> Result<std::collections::HashSet<u64>, String> {
        let mut st = self
            .conn
            .prepare("SELECT term FROM common")
            .map_err(|e| e.to_string())?;
        let rows = st
            .query_map([], |r| r.get::<_, i64>(0))
            .map_err(|e| e.to_string())?;
        rows.map(|r| r.map(|t| t as u64).map_err(|e| e.to_string()))
            .collect()
    }

    pub fn set_common(&mut self, common: &std::collections::HashSet<u64>) -> Result<(), String> {
        let tx = &self.conn;
        tx.execute("DELETE FROM common", [])
            .map_err(|e| e.to_string())?;
        {
            let mut ins = tx
                .prepare("INSERT INTO common (term) VALUES (?1)")
                .map_err(|e| e.to_string())?;
            for &t in common {
                ins.execute(params![t as i64]).map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }

    pub fn count(&self) -> i64 {
        self.conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .unwrap_or(0)
    }
}

/// Rare content words of an article: the terms that tie it to others of the same story. A
/// term is kept when it is not in `common` (words in too many articles of the collection).
pub fn rare_terms(words: &[u64], common: &std::collections::HashSet<u64>) -> Vec<u64> {
    words
        .iter()
        .copied()
        .filter(|w| !common.contains(w))
        .collect()
}

/// Words in more than `limit` of these articles.
pub fn common_terms(words: &[Vec<u64>], limit: usize) -> std::collections::HashSet<u64> {
    let mut df: HashMap<u64, usize> = HashMap::new();
    for ws in words {
        for &w in ws {
            *df.entry(w).or_default() += 1;
        }
    }
    df.into_iter()
        .filter(|&(_, n)| n > limit)
        .map(|(w, _)| w)
        .collect()
}

/// Size and modification time (nanoseconds) of a file, for the cheap unchanged test.
pub fn stat(path: &str) -> Option<(i64, i64)> {
    let m = std::fs::metadata(path).ok()?;
    let mtime = m
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos() as i64;
    Some((m.len() as i64, mtime))
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

fn is_not_a_database(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase)
}

/// Now, in nanoseconds since the epoch.
pub fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i64)
}

/// May a file whose size and mtime match the index be trusted without reading it? Only when
/// its mtime is older than the whole second before the one in which the last refresh began: a
/// file edited during or just after that refresh may keep its size and, on file systems with
/// whole-second times, its mtime; and file times come from a coarse kernel clock that can lag
/// the system clock by a tick. Recent files are hashed instead, which costs little.
pub fn stat_trusted(mtime_ns: i64, refreshed_at: Option<i64>) -> bool {
    const SECOND: i64 = 1_000_000_000;
    refreshed_at.is_some_and(|t| mtime_ns < t - t.rem_euclid(SECOND) - SECOND)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_older_than_the_second_before_the_refresh_are_trusted() {
        let t = 1_700_000_005_250_000_000; // 5.25 s past a round time
        assert!(stat_trusted(1_700_000_003_999_999_999, Some(t)));
        assert!(
            !stat_trusted(1_700_000_004_000_000_000, Some(t)),
            "the second before"
        );
        assert!(
            !stat_trusted(1_700_000_005_100_000_000, Some(t)),
            "the same second"
        );
        assert!(
            !stat_trusted(1_700_000_006_000_000_000, Some(t)),
            "after it"
        );
        assert!(
            !stat_trusted(0, None),
            "no refresh recorded: hash everything"
        );
    }
}
