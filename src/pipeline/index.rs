//! The incremental index: `.crosscheck/index.sqlite`, so a CI check of a few new files does
//! not redo a large collection.
//!
//! For every article the index keeps its content hash (with size and modification time for a
//! cheap "unchanged" test), the analyzed article (text, segments, claims) as deflated JSON, its
//! rare content words (the terms that tie articles of one story together) as one posting list
//! per term, and one row per figure for anyone who wants to query claims with SQL. `check --index` re-extracts only new or
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
//! Why this layout (schema 3; 2 kept one JSON text and one `terms` row per article and term,
//! 1.0 GB for 100,000 articles): the JSON of an article is mostly repeated keys and its text,
//! which deflate shrinks about fourfold, and keeps the one encoding the model already derives
//! (serde attributes such as `skip_serializing_if` rule out the compact binary serde formats,
//! and a hand-written one would follow every claim field by hand). A posting list per term
//! stores each (term, article) as a varint of one or two bytes instead of a table row and two
//! index entries of about 50 bytes. Each article's own terms are kept with it, so replacing or
//! forgetting it takes its id out of exactly those lists.
//!
//! Schema (version 3):
//!
//! ```sql
//! CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
//!   -- schema_version = 3; refreshed_at = when the last refresh began (ns since the epoch)
//! CREATE TABLE articles (
//!   id INTEGER PRIMARY KEY,
//!   path TEXT NOT NULL UNIQUE,      -- relative to the project root (the fingerprint key)
//!   hash TEXT NOT NULL,             -- FNV-1a 64 of the file's bytes, hex
//!   size INTEGER NOT NULL,
//!   mtime INTEGER NOT NULL,         -- nanoseconds since the epoch
//!   date TEXT,                      -- publication date from the header, YYYY-MM-DD
//!   data BLOB NOT NULL,             -- the analyzed article as JSON (internal format), deflated
//!   terms BLOB NOT NULL             -- its rare words, 8 bytes little-endian each
//! );
//! CREATE TABLE terms (term INTEGER PRIMARY KEY, ids BLOB NOT NULL);
//!   -- the articles with this rare word: ascending ids, each a LEB128 varint of the gap
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

use rayon::prelude::*;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use crate::model::article::Analyzed;
use crate::model::article::Article;
use crate::model::claim::Claims;
use crate::text::segment::Segments;
use crate::text::span::LineIndex;

pub const SCHEMA_VERSION: i64 = 3;
pub const RELATIVE_PATH: &str = ".crosscheck/index.sqlite";

/// SQLite pages of 64 KiB: an article's row is about 2.5 KB, and with the default 4 KiB pages a
/// leaf holds one such row where two do not fit, leaving a third of the file empty (368 MB of
/// pages for 231 MB of rows at 100,000 articles).
const PAGE_SIZE: i64 = 65536;

/// What is stored per article (and rebuilt into an `Analyzed`).
#[derive(Deserialize)]
struct Stored {
    article: Article,
    segments: Segments,
    claims: Claims,
}

/// `Stored` borrowed from an `Analyzed`, to serialize without cloning the article.
#[derive(Serialize)]
struct StoredRef<'a> {
    article: &'a Article,
    segments: &'a Segments,
    claims: &'a Claims,
}

/// What a damaged entry tells the user to do.
const REBUILD: &str = "delete the index to rebuild it";

/// Deflate (raw, no header: the schema version says what the blob is).
fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let mut e = flate2::write::DeflateEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::default(),
    );
    e.write_all(bytes).map_err(|e| e.to_string())?;
    e.finish().map_err(|e| e.to_string())
}

fn inflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let mut out = Vec::with_capacity(bytes.len() * 4);
    flate2::read::DeflateDecoder::new(bytes)
        .read_to_end(&mut out)
        .map_err(|e| format!("cannot inflate: {e}"))?;
    Ok(out)
}

/// An article's rare terms, 8 bytes little-endian each.
fn terms_blob(terms: &[u64]) -> Vec<u8> {
    terms.iter().flat_map(|t| t.to_le_bytes()).collect()
}

fn decode_terms(blob: &[u8]) -> Option<Vec<u64>> {
    if !blob.len().is_multiple_of(8) {
        return None;
    }
    Some(
        blob.chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")))
            .collect(),
    )
}

/// Ascending positive ids as LEB128 varints of their gaps (the first from 0).
fn encode_ids(ids: &[i64]) -> Vec<u8> {
    let mut out = Vec::with_capacity(ids.len() * 2);
    let mut last = 0i64;
    for &id in ids {
        let mut gap = (id - last) as u64;
        last = id;
        loop {
            let byte = (gap & 0x7f) as u8;
            gap >>= 7;
            if gap == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        }
    }
    out
}

/// The ids of `encode_ids`; `None` for a blob it cannot have written.
fn decode_ids(blob: &[u8]) -> Option<Vec<i64>> {
    let mut out = Vec::new();
    let (mut last, mut gap, mut shift) = (0i64, 0u64, 0u32);
    for &b in blob {
        if shift > 63 {
            return None;
        }
        gap |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            last = last.checked_add(i64::try_from(gap).ok()?)?;
            out.push(last);
            (gap, shift) = (0, 0);
        } else {
            shift += 7;
        }
    }
    (shift == 0).then_some(out)
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
  data BLOB NOT NULL,
  terms BLOB NOT NULL
);
CREATE TABLE terms (term INTEGER PRIMARY KEY, ids BLOB NOT NULL);
CREATE TABLE common (term INTEGER PRIMARY KEY);
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
        let conn = Self::repage(conn).map_err(|e| at(e.to_string()))?;
        Ok((
            Index {
                conn,
                path: path.to_path_buf(),
            },
            note,
        ))
    }

    /// An index rebuilt inside an older file keeps that file's page size, which WAL mode cannot
    /// change: while it is still empty, leave WAL, vacuum into `PAGE_SIZE` pages and return.
    /// Best effort: a run that cannot (another run has the file open) keeps the old pages.
    fn repage(conn: Connection) -> Result<Connection, rusqlite::Error> {
        let size: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
        let empty: bool = conn.query_row("SELECT count(*) = 0 FROM articles", [], |r| r.get(0))?;
        if size == PAGE_SIZE || !empty {
            return Ok(conn);
        }
        let _ = conn
            .pragma_update(None, "journal_mode", "DELETE")
            .and_then(|_| {
                conn.pragma_update(None, "page_size", PAGE_SIZE)?;
                conn.execute_batch("VACUUM")
            });
        Self::wal(conn)
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
        // Only takes effect on a new file (before WAL fixes the header).
        conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        Self::wal(conn)
    }

    fn wal(conn: Connection) -> Result<Connection, rusqlite::Error> {
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
        // Compressing is most of the work of a first build: on all cores, before the one
        // writer runs.
        let blobs: Vec<(Vec<u8>, Vec<u8>)> = items
            .par_iter()
            .map(|(a, .., terms)| {
                let stored = StoredRef {
                    article: &a.article,
                    segments: &a.segments,
                    claims: &a.claims,
                };
                let json = serde_json::to_vec(&stored).map_err(|e| e.to_string())?;
                Ok((deflate(&json)?, terms_blob(terms)))
            })
            .collect::<Result<_, String>>()?;
        let mut ids = Vec::new();
        // Postings to add, gathered so each term's list is rewritten once per call, not once
        // per article (a first build adds millions).
        let mut added: HashMap<u64, Vec<i64>> = HashMap::new();
        for ((a, hash, size, mtime, terms), (data, term_blob)) in items.iter().zip(blobs) {
            let path = &a.article.key;
            let old = self
                .conn
                .query_row(
                    "SELECT id FROM articles WHERE path = ?1",
                    params![path],
                    |r| r.get::<_, i64>(0),
                )
                .ok();
            if let Some(old) = old {
                self.remove(&[old])?;
            }
            let tx = &self.conn;
            tx.execute(
                "INSERT INTO articles (path, hash, size, mtime, date, data, terms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![path, hash, size, mtime, a.article.date.map(|d| d.to_string()), data, term_blob],
            )
            .map_err(|e| e.to_string())?;
            let id = tx.last_insert_rowid();
            for &t in terms {
                added.entry(t).or_default().push(id);
            }
            {
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
        self.update_postings(added, |list, ids| {
            list.extend(ids);
            list.sort_unstable();
            list.dedup();
        })?;
        Ok(ids)
    }

    /// Rewrite the posting list of each term with `change(list, ids)`; an emptied list goes.
    fn update_postings(
        &self,
        changes: HashMap<u64, Vec<i64>>,
        change: impl Fn(&mut Vec<i64>, Vec<i64>),
    ) -> Result<(), String> {
        let mut get = self
            .conn
            .prepare_cached("SELECT ids FROM terms WHERE term = ?1")
            .map_err(|e| e.to_string())?;
        let mut put = self
            .conn
            .prepare_cached("INSERT OR REPLACE INTO terms (term, ids) VALUES (?1, ?2)")
            .map_err(|e| e.to_string())?;
        let mut delete = self
            .conn
            .prepare_cached("DELETE FROM terms WHERE term = ?1")
            .map_err(|e| e.to_string())?;
        let mut changes: Vec<(u64, Vec<i64>)> = changes.into_iter().collect();
        // In key order: SQLite then appends to its B-tree instead of splitting pages at random.
        changes.sort_unstable_by_key(|(t, _)| *t as i64);
        for (t, ids) in changes {
            let mut list = match get.query_row(params![t as i64], |r| r.get::<_, Vec<u8>>(0)) {
                Ok(blob) => decode_ids(&blob)
                    .ok_or_else(|| format!("the posting list of term {t} is unreadable"))?,
                Err(rusqlite::Error::QueryReturnedNoRows) => Vec::new(),
                Err(e) => return Err(e.to_string()),
            };
            change(&mut list, ids);
            if list.is_empty() {
                delete
                    .execute(params![t as i64])
                    .map_err(|e| e.to_string())?;
            } else {
                put.execute(params![t as i64, encode_ids(&list)])
                    .map_err(|e| e.to_string())?;
            }
        }
        Ok(())
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
    pub fn remove(&self, ids: &[i64]) -> Result<(), String> {
        let tx = &self.conn;
        let mut removed: HashMap<u64, Vec<i64>> = HashMap::new();
        for &id in ids {
            let blob: Vec<u8> = tx
                .query_row(
                    "SELECT terms FROM articles WHERE id = ?1",
                    params![id],
                    |r| r.get(0),
                )
                .map_err(|e| e.to_string())?;
            let terms = decode_terms(&blob)
                .ok_or_else(|| format!("the terms of index entry {id} are unreadable"))?;
            for t in terms {
                removed.entry(t).or_default().push(id);
            }
            tx.execute("DELETE FROM claims WHERE article_id = ?1", params![id])
                .map_err(|e| e.to_string())?;
            tx.execute("DELETE FROM articles WHERE id = ?1", params![id])
                .map_err(|e| e.to_string())?;
        }
        self.update_postings(removed, |list, ids| list.retain(|i| !ids.contains(i)))
    }

    /// Indexed articles sharing at least two of `terms`, except those in `exclude`.
    pub fn related(&self, terms: &[u64], exclude: &BTreeSet<i64>) -> Result<Vec<i64>, String> {
        let mut counts: HashMap<i64, u32> = HashMap::new();
        let mut st = self
            .conn
            .prepare_cached("SELECT ids FROM terms WHERE term = ?1")
            .map_err(|e| e.to_string())?;
        for &t in terms {
            let blob = match st.query_row(params![t as i64], |r| r.get::<_, Vec<u8>>(0)) {
                Ok(b) => b,
                Err(rusqlite::Error::QueryReturnedNoRows) => continue,
                Err(e) => return Err(e.to_string()),
            };
            let ids = decode_ids(&blob)
                .ok_or_else(|| format!("the posting list of term {t} is unreadable; {REBUILD}"))?;
            for id in ids {
                *counts.entry(id).or_default() += 1;
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
            .prepare_cached("SELECT path, data FROM articles WHERE id = ?1")
            .map_err(|e| e.to_string())?;
        let mut blobs = Vec::new();
        for &id in ids {
            let (path, data): (String, Vec<u8>) = st
                .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(|e| e.to_string())?;
            blobs.push((id, path, data));
        }
        // Inflating and parsing on all cores; the order of `ids` is kept.
        blobs
            .into_par_iter()
            .map(|(id, path, data)| {
                inflate(&data)
                    .and_then(|json| {
                        serde_json::from_slice::<Stored>(&json).map_err(|e| e.to_string())
                    })
                    .map(to_analyzed)
                    .map_err(|e| format!("index entry {id} ({path}) is unreadable: {e}; {REBUILD}"))
            })
            .collect()
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

    fn analyzed(key: &str, text: &str) -> Analyzed {
        let mut a = crate::pipeline::load::parse_article(key, text.as_bytes().to_vec()).unwrap();
        a.key = key.to_string();
        crate::pipeline::analyze::analyze(a)
    }

    fn json(a: &Analyzed) -> String {
        serde_json::to_string(&StoredRef {
            article: &a.article,
            segments: &a.segments,
            claims: &a.claims,
        })
        .unwrap()
    }

    #[test]
    fn posting_lists_round_trip_and_a_damaged_one_is_refused() {
        let ids = [1, 2, 130, 131, 20_000, 1 << 40];
        assert_eq!(decode_ids(&encode_ids(&ids)).unwrap(), ids);
        assert_eq!(decode_ids(&[]).unwrap(), Vec::<i64>::new());
        assert_eq!(decode_ids(&[0x85]), None, "cut inside a varint");
        assert_eq!(decode_ids(&[0xff; 11]), None, "longer than 64 bits");
        assert_eq!(
            decode_terms(&terms_blob(&[7, u64::MAX])).unwrap(),
            [7, u64::MAX]
        );
        assert_eq!(decode_terms(&[1, 2, 3]), None);
    }

    #[test]
    fn an_index_round_trips_articles_and_their_terms() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.sqlite");
        let (mut index, note) = Index::open(&path).unwrap();
        assert_eq!(note, None);
        let a = analyzed(
            "a.txt",
            "Floods killed 12 people in Kyiv on Monday, officials said. Prices rose 4.2%.\n",
        );
        let b = analyzed("b.txt", "The club sold 3,000 tickets for \u{a3}12 each.\n");
        index.begin().unwrap();
        let ids = index
            .store(&[
                (&a, "h1".into(), 10, 1, vec![5, 6, 7]),
                (&b, "h2".into(), 20, 2, vec![6, 7, 8]),
            ])
            .unwrap();
        index.commit().unwrap();
        let loaded = index.load(&[ids[1], ids[0]]).unwrap();
        assert_eq!(json(&loaded[0]), json(&b));
        assert_eq!(json(&loaded[1]), json(&a));
        assert_eq!(
            index.related(&[6, 7], &BTreeSet::new()).unwrap(),
            [ids[0], ids[1]]
        );
        assert_eq!(index.related(&[5, 8], &BTreeSet::new()).unwrap(), [0i64; 0]);

        // Replacing an article takes its old id out of its terms' lists; forgetting one too.
        index.begin().unwrap();
        let again = index
            .store(&[(&a, "h3".into(), 11, 3, vec![8, 9])])
            .unwrap();
        index.commit().unwrap();
        assert_eq!(
            index.related(&[6, 7], &BTreeSet::new()).unwrap(),
            [ids[1]],
            "only b.txt"
        );
        assert_eq!(index.related(&[8, 9], &BTreeSet::new()).unwrap(), again);
        index.begin().unwrap();
        index.remove(&again).unwrap();
        index.commit().unwrap();
        let lists: i64 = index
            .conn
            .query_row("SELECT count(*) FROM terms", [], |r| r.get(0))
            .unwrap();
        assert_eq!(lists, 3, "terms 6, 7, 8 of b.txt are left");
        drop(index);

        // Reopened from disk, the same.
        let (index, note) = Index::open(&path).unwrap();
        assert_eq!(note, None);
        assert_eq!(json(&index.load(&[ids[1]]).unwrap()[0]), json(&b));
    }

    #[test]
    fn a_damaged_entry_is_an_error_naming_the_index_and_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.sqlite");
        let (mut index, _) = Index::open(&path).unwrap();
        let a = analyzed("a.txt", "Floods killed 12 people.\n");
        index.begin().unwrap();
        let ids = index.store(&[(&a, "h".into(), 1, 1, vec![1])]).unwrap();
        index
            .conn
            .execute("UPDATE articles SET data = x'00ff17'", [])
            .unwrap();
        index.commit().unwrap();
        let err = index.load(&ids).map_err(|e| index.at(e)).unwrap_err();
        assert!(err.starts_with(&format!("{}: ", path.display())), "{err}");
        assert!(err.contains("(a.txt) is unreadable"), "{err}");
        assert!(err.ends_with("delete the index to rebuild it"), "{err}");
    }

    #[test]
    fn an_index_of_schema_2_is_reported_and_rebuilt_in_compact_pages() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.sqlite");
        {
            // What schema 2 left: 4 KiB pages, JSON text, one row per term.
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(
                "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL;
                 CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                 INSERT INTO meta VALUES ('schema_version', '2');
                 CREATE TABLE articles (id INTEGER PRIMARY KEY, path TEXT, data TEXT);
                 INSERT INTO articles VALUES (1, 'a.txt', '{}');
                 CREATE TABLE terms (term INTEGER NOT NULL, article_id INTEGER NOT NULL);",
            )
            .unwrap();
        }
        let (index, note) = Index::open(&path).unwrap();
        let note = note.unwrap();
        assert!(note.starts_with(&format!("{}: ", path.display())), "{note}");
        assert!(
            note.ends_with("schema version 2, expected 3; rebuilding it"),
            "{note}"
        );
        assert_eq!(index.count(), 0);
        let page: i64 = index
            .conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .unwrap();
        assert_eq!(page, PAGE_SIZE);
        let mode: String = index
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

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
