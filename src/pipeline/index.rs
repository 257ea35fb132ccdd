//! The incremental index: `.crosscheck/index.sqlite`, so a CI check of a few new files does
//! not redo a large collection.
//!
//! For every article the index keeps its content hash (with size and modification time for a
//! cheap "unchanged" test), the analyzed article (text, segments, claims) as one deflated
//! record, its rare content words (the terms that tie articles of one story together) as one
//! posting list per term, and one row per figure for anyone who wants to query claims with
//! SQL. `check --index` re-extracts only new or changed files, finds the indexed articles that
//! share rare terms with them, loads just those, and runs the ordinary comparison on that
//! small set; it reports the findings that involve the new or changed files. An index of
//! another schema version, or one SQLite cannot read, is reported and rebuilt, never trusted.
//!
//! Concurrency: the database is in WAL mode with a busy timeout, and a refresh holds one write
//! transaction (`BEGIN IMMEDIATE`) from reading what is known to storing what changed, so two
//! runs at once serialize instead of both writing. A file is trusted unchanged by size and
//! mtime only when its mtime is older than the whole second in which the last refresh began
//! (git's "racily clean" rule): an edit that keeps the size in the same second as an index
//! run is found by the content hash.
//!
//! Why this layout (schema 5; 4 was the same without the claims' anchors, 3 kept each article
//! as deflated JSON and a `claims` table that repeated a sentence for each of its figures, 431
//! MB for 100,000 articles):
//! - A sentence is stored once (`sentences`), and `claims` is a view that joins it back to
//!   its figures (`figures`), with the columns and order the `claims` table had, so queries
//!   written for it still run. `figures` is keyed by (article, ordinal) without a rowid (the
//!   key is the only index it needs); `sentences` is a rowid table, found through its
//!   figures, so its rows are appended and fill their pages. A refresh that starts from an
//!   empty index (a first build) ends with `VACUUM`, which packs the B-trees that inserts
//!   left partly full (289 MB of pages instead of 308 at 100,000 articles, about 3 s).
//! - The record of an article is its text, its segments as varints and its claims as JSON
//!   (the one encoding the model already derives: serde attributes such as
//!   `skip_serializing_if` rule out the compact binary serde formats, and a hand-written one
//!   would follow every claim field by hand; segments are three plain fields, so they are
//!   written by hand). Its key is the `path` column and its path is stored only when it
//!   differs.
//! - The record is raw deflate with a preset dictionary: `index.dict` (claims as JSON and
//!   English news text, from `seeds/`; it names the JSON keys and common words a 2 KB record
//!   would otherwise spell out once each), then the article's own rows of `sentences`, which
//!   the text repeats, so they cost a back-reference each instead of being stored twice. The
//!   dictionary is part of the format: changing `index.dict` needs a new schema version (a
//!   test pins its hash). A record is checked against the article's content hash when read,
//!   so an edited `sentences` row is reported as damage, never read as other text.
//!   miniz_oxide (the deflate flate2 used, now called directly) has no preset dictionary, so
//!   the compressor is primed by compressing the dictionary and discarding that output; the
//!   decompressor gets the dictionary as output already written before the record.
//! - A posting list per term stores each (term, article) as a varint of one or two bytes
//!   instead of a table row and two index entries of about 50 bytes. Each article's own terms
//!   are kept with it, so replacing or forgetting it takes its id out of exactly those lists.
//!
//! Schema (version 4):
//!
//! ```sql
//! CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
//!   -- schema_version = 5; refreshed_at = when the last refresh began (ns since the epoch)
//! CREATE TABLE articles (
//!   id INTEGER PRIMARY KEY,
//!   path TEXT NOT NULL UNIQUE,      -- relative to the project root (the fingerprint key)
//!   hash TEXT NOT NULL,             -- FNV-1a 64 of the file's bytes, hex
//!   size INTEGER NOT NULL,
//!   mtime INTEGER NOT NULL,         -- nanoseconds since the epoch
//!   date TEXT,                      -- publication date from the header, YYYY-MM-DD
//!   data BLOB NOT NULL,             -- the analyzed article (internal format), deflated
//!   terms BLOB NOT NULL             -- its rare words, 8 bytes little-endian each
//! );
//! CREATE TABLE terms (term INTEGER PRIMARY KEY, ids BLOB NOT NULL);
//!   -- the articles with this rare word: ascending ids, each a LEB128 varint of the gap
//! CREATE TABLE common (term INTEGER PRIMARY KEY);  -- words too common to tie a story
//! CREATE TABLE sentences (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
//!   -- each sentence with a figure, once; an article's are consecutive, in file order
//! CREATE TABLE figures (            -- one row per figure; `sentence` is a `sentences.id`
//!   article_id INTEGER NOT NULL, n INTEGER NOT NULL, start INTEGER, "end" INTEGER,
//!   line INTEGER, "column" INTEGER, text TEXT, value REAL, low REAL, high REAL, bound TEXT,
//!   unit TEXT, predicate TEXT, date TEXT, place TEXT, attribution TEXT,
//!   sentence INTEGER NOT NULL,
//!   PRIMARY KEY (article_id, n)
//! ) WITHOUT ROWID;
//! CREATE VIEW claims (              -- one row per figure with its sentence, in file order
//!   article_id, start, "end", line, "column", text, value, low, high, bound, unit,
//!   predicate, date, place, attribution, sentence
//! ) AS SELECT f.article_id, f.start, ..., f.attribution, s.text
//!   FROM figures f JOIN sentences s ON s.id = f.sentence;
//! ```
//!
//! Example: `SELECT a.path, c.text, c.unit FROM claims c JOIN articles a ON a.id = c.article_id
//! WHERE c.predicate = 'kill' ORDER BY c.value DESC;`

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use miniz_oxide::deflate::core::{
    CompressorOxide, TDEFLFlush, TDEFLStatus, compress_to_output, create_comp_flags_from_zip_params,
};
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::inflate::core::{DecompressorOxide, decompress, inflate_flags};
use rayon::prelude::*;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use crate::model::article::Analyzed;
use crate::model::article::Article;
use crate::model::claim::Claims;
use crate::text::hash::fnv1a;
use crate::text::segment::{BlockKind, Paragraph, Segments, Sentence};
use crate::text::span::{LineIndex, Span};

pub const SCHEMA_VERSION: i64 = 5;
pub const RELATIVE_PATH: &str = ".crosscheck/index.sqlite";

/// SQLite pages of 64 KiB: an article's row is about 1.5 KB, and with the default 4 KiB pages a
/// leaf holds one or two such rows and leaves the rest empty (368 MB of pages for 231 MB of
/// rows at 100,000 articles in schema 3).
const PAGE_SIZE: i64 = 65536;

/// Articles compressed together before they are written (see `Index::store`).
const STORE_CHUNK: usize = 4096;

/// What a damaged entry tells the user to do.
const REBUILD: &str = "delete the index to rebuild it";

/// The shared part of every record's preset dictionary (see the module doc). Part of the
/// format: a change needs a new `SCHEMA_VERSION`.
const DICTIONARY: &[u8] = include_bytes!("index.dict");

/// Deflate's window: dictionary bytes further back than this cannot be referred to.
const WINDOW: usize = 32 * 1024;

/// The record's fields after the text and the segments (the claims as JSON).
#[derive(Serialize)]
struct TailRef<'a> {
    /// The path as given, when it is not the key (the `path` column).
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    date: Option<jiff::civil::Date>,
    body: Span,
    claims: &'a Claims,
}

#[derive(Deserialize)]
struct Tail {
    #[serde(default)]
    path: Option<String>,
    date: Option<jiff::civil::Date>,
    body: Span,
    claims: Claims,
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A signed difference as a varint (zigzag: small magnitudes of either sign stay short).
fn put_delta(out: &mut Vec<u8>, from: usize, to: usize) {
    let d = to as i64 - from as i64;
    put_varint(out, ((d << 1) ^ (d >> 63)) as u64);
}

/// Reads what `put_varint` and `put_delta` wrote; every method fails on bytes they cannot have
/// written instead of panicking.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Result<u64, String> {
        let (mut v, mut shift) = (0u64, 0u32);
        loop {
            let b = *self.bytes.get(self.at).ok_or("the record is cut short")?;
            self.at += 1;
            if shift > 63 {
                return Err("a number in the record is too long".into());
            }
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }

    fn size(&mut self) -> Result<usize, String> {
        usize::try_from(self.varint()?).map_err(|e| e.to_string())
    }

    fn delta(&mut self, from: usize) -> Result<usize, String> {
        let z = self.varint()?;
        let d = ((z >> 1) as i64) ^ -((z & 1) as i64);
        usize::try_from(from as i64 + d).map_err(|_| "a position in the record is negative".into())
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("the record is cut short")?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn span(&mut self, last_end: usize) -> Result<Span, String> {
        let start = self.delta(last_end)?;
        let end = self.delta(start)?;
        Ok(Span::new(start, end))
    }

    fn kind(&mut self) -> Result<BlockKind, String> {
        match self.take(1)?[0] {
            0 => Ok(BlockKind::Paragraph),
            1 => Ok(BlockKind::Heading),
            2 => Ok(BlockKind::Boilerplate),
            k => Err(format!("unknown block kind {k}")),
        }
    }
}

fn kind_byte(k: BlockKind) -> u8 {
    match k {
        BlockKind::Paragraph => 0,
        BlockKind::Heading => 1,
        BlockKind::Boilerplate => 2,
    }
}

/// An article's record (before deflate): the text's length and bytes, the segments as
/// varints (each span from the end of the one before, so most are one byte), then the rest
/// as JSON.
fn encode_record(a: &Analyzed) -> Result<Vec<u8>, String> {
    let text = a.article.text.as_bytes();
    let mut out = Vec::with_capacity(text.len() * 3);
    put_varint(&mut out, text.len() as u64);
    out.extend_from_slice(text);
    let segments = &a.segments;
    put_varint(&mut out, segments.paragraphs.len() as u64);
    let mut last = 0;
    for p in &segments.paragraphs {
        put_delta(&mut out, last, p.span.start);
        put_delta(&mut out, p.span.start, p.span.end);
        out.push(kind_byte(p.kind));
        last = p.span.end;
    }
    put_varint(&mut out, segments.sentences.len() as u64);
    let (mut last, mut paragraph) = (0, 0);
    for s in &segments.sentences {
        put_delta(&mut out, last, s.span.start);
        put_delta(&mut out, s.span.start, s.span.end);
        put_delta(&mut out, paragraph, s.paragraph);
        out.push(kind_byte(s.kind));
        (last, paragraph) = (s.span.end, s.paragraph);
    }
    let tail = TailRef {
        path: (a.article.path != a.article.key).then_some(a.article.path.as_str()),
        date: a.article.date,
        body: a.article.body,
        claims: &a.claims,
    };
    serde_json::to_writer(&mut out, &tail).map_err(|e| e.to_string())?;
    Ok(out)
}

/// The article `encode_record` wrote, with its key (the `path` column) put back.
fn decode_record(bytes: &[u8], key: &str) -> Result<Analyzed, String> {
    let mut r = Reader { bytes, at: 0 };
    let n = r.size()?;
    let text = std::str::from_utf8(r.take(n)?)
        .map_err(|e| format!("its text is not UTF-8: {e}"))?
        .to_string();
    let mut segments = Segments::default();
    let mut last = 0;
    for _ in 0..r.size()? {
        let span = r.span(last)?;
        segments.paragraphs.push(Paragraph {
            span,
            kind: r.kind()?,
        });
        last = span.end;
    }
    let (mut last, mut paragraph) = (0, 0);
    for _ in 0..r.size()? {
        let span = r.span(last)?;
        paragraph = r.delta(paragraph)?;
        segments.sentences.push(Sentence {
            span,
            paragraph,
            kind: r.kind()?,
        });
        last = span.end;
    }
    let tail: Tail = serde_json::from_slice(&bytes[r.at..]).map_err(|e| e.to_string())?;
    let lines = LineIndex::new(&text);
    Ok(Analyzed {
        article: Article {
            path: tail.path.unwrap_or_else(|| key.to_string()),
            key: key.to_string(),
            text,
            date: tail.date,
            body: tail.body,
        },
        segments,
        claims: tail.claims,
        lines,
    })
}

/// The article's own part of its dictionary: its `sentences` rows in order, of which the last
/// `WINDOW` bytes are all deflate can refer to.
fn own_dictionary<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
    let mut out: Vec<u8> = sentences.into_iter().flat_map(str::bytes).collect();
    if out.len() > WINDOW {
        out.drain(..out.len() - WINDOW);
    }
    out
}

/// A compressor that has seen `DICTIONARY` (made once; each record starts from a copy).
static PRIMED: LazyLock<CompressorOxide> = LazyLock::new(|| {
    let mut c = CompressorOxide::new(create_comp_flags_from_zip_params(6, -15, 0));
    prime(&mut c, DICTIONARY);
    c
});

/// Let the compressor see `bytes` and end its block at a byte boundary (a sync flush), so
/// what it writes next is a stream of its own that may refer back to them. What it wrote for
/// them is not kept: the reader is given the bytes themselves.
fn prime(c: &mut CompressorOxide, bytes: &[u8]) {
    let (status, used) = compress_to_output(c, bytes, TDEFLFlush::Sync, |_| true);
    // In-memory compression only fails on a bug, and a wrong dictionary would make every
    // record unreadable, so this is checked in every build.
    assert!(
        status == TDEFLStatus::Okay && used == bytes.len(),
        "priming the index compressor"
    );
}

/// Raw deflate of `data` with the preset dictionary `DICTIONARY` + `own`.
fn deflate(own: &[u8], data: &[u8]) -> Result<Vec<u8>, String> {
    let mut c = PRIMED.clone();
    prime(&mut c, own);
    let mut out = Vec::with_capacity(data.len() / 2);
    let (status, used) = compress_to_output(&mut c, data, TDEFLFlush::Finish, |b| {
        out.extend_from_slice(b);
        true
    });
    if status != TDEFLStatus::Done || used != data.len() {
        return Err(format!("cannot deflate: {status:?}"));
    }
    Ok(out)
}

/// The bytes `deflate(own, _)` compressed.
fn inflate(own: &[u8], blob: &[u8]) -> Result<Vec<u8>, String> {
    // The dictionary is output already written: back-references reach into it.
    let start = DICTIONARY.len() + own.len();
    let mut out = Vec::with_capacity(start + blob.len() * 4);
    out.extend_from_slice(DICTIONARY);
    out.extend_from_slice(own);
    out.resize(start + blob.len() * 4 + 64, 0);
    let mut d = Box::<DecompressorOxide>::default();
    let (mut input, mut at) = (blob, start);
    loop {
        let (status, used, made) = decompress(
            &mut d,
            input,
            &mut out,
            at,
            inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
        );
        at += made;
        input = input.get(used..).unwrap_or_default();
        match status {
            TINFLStatus::Done => {
                out.truncate(at);
                return Ok(out.split_off(start));
            }
            TINFLStatus::HasMoreOutput => out.resize(out.len() * 2, 0),
            s => return Err(format!("cannot inflate: {s:?}")),
        }
    }
}

/// One article's rows, made on all cores before the writer runs: its record deflated, its
/// terms, its distinct sentences, and each figure's row with the ordinal of its sentence.
struct Rows {
    data: Vec<u8>,
    terms: Vec<u8>,
    sentences: Vec<String>,
    figures: Vec<(crate::model::row::ClaimRow, usize)>,
}

fn rows(a: &Analyzed, terms: &[u64]) -> Result<Rows, String> {
    let mut sentences: Vec<String> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut figures = Vec::with_capacity(a.claims.quantities.len());
    for q in &a.claims.quantities {
        let mut r = crate::model::row::claim_row(a, q);
        let sentence = std::mem::take(&mut r.sentence);
        let n = *seen.entry(sentence).or_insert_with_key(|s| {
            sentences.push(s.clone());
            sentences.len() - 1
        });
        figures.push((r, n));
    }
    let own = own_dictionary(sentences.iter().map(String::as_str));
    Ok(Rows {
        data: deflate(&own, &encode_record(a)?)?,
        terms: terms_blob(terms),
        sentences,
        figures,
    })
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
        put_varint(&mut out, (id - last) as u64);
        last = id;
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

/// What the index knows of a path: (id, hash, size, mtime).
pub type Known = (i64, String, i64, i64);

pub struct Index {
    conn: Connection,
    pub path: PathBuf,
    /// The open transaction began on an empty index (a first build).
    from_empty: std::cell::Cell<bool>,
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
CREATE TABLE sentences (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE figures (
  article_id INTEGER NOT NULL, n INTEGER NOT NULL, start INTEGER, \"end\" INTEGER,
  line INTEGER, \"column\" INTEGER, text TEXT, value REAL, low REAL, high REAL, bound TEXT,
  unit TEXT, predicate TEXT, date TEXT, place TEXT, attribution TEXT,
  sentence INTEGER NOT NULL,
  PRIMARY KEY (article_id, n)
) WITHOUT ROWID;
CREATE VIEW claims (
  article_id, start, \"end\", line, \"column\", text, value, low, high, bound, unit,
  predicate, date, place, attribution, sentence
) AS SELECT f.article_id, f.start, f.\"end\", f.line, f.\"column\", f.text, f.value, f.low,
  f.high, f.bound, f.unit, f.predicate, f.date, f.place, f.attribution, s.text
  FROM figures f JOIN sentences s ON s.id = f.sentence;
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
                from_empty: std::cell::Cell::new(false),
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
        // Views first: a view of an older schema may name its tables.
        let names: Vec<(String, String)> = {
            let mut st = conn
                .prepare(
                    "SELECT type, name FROM sqlite_master WHERE type IN ('view', 'table')
                     AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table'",
                )
                .map_err(|e| e.to_string())?;
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(|e| e.to_string())?
                .collect::<Result<_, _>>()
                .map_err(|e| e.to_string())?
        };
        for (kind, n) in names {
            let kind = if kind == "view" { "VIEW" } else { "TABLE" };
            conn.execute_batch(&format!(
                "DROP {kind} IF EXISTS \"{}\"",
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
            .map_err(|e| self.at(e))?;
        self.from_empty.set(self.count() == 0);
        Ok(())
    }

    /// End the refresh's transaction; after a first build, pack the pages (see the module
    /// doc). Packing is best effort: the index is complete and committed without it.
    pub fn commit(&self) -> Result<(), String> {
        self.conn.execute_batch("COMMIT").map_err(|e| self.at(e))?;
        if self.from_empty.replace(false) && self.count() > 0 {
            let _ = self.conn.execute_batch("VACUUM");
        }
        Ok(())
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
        let mut ids = Vec::new();
        // Postings to add, gathered so each term's list is rewritten once per call, not once
        // per article (a first build adds millions).
        let mut added: HashMap<u64, Vec<i64>> = HashMap::new();
        // Compressing is most of the work of a first build: on all cores, a chunk at a time
        // before the one writer stores it, so a first build holds one chunk's rows (sentences
        // and figure rows) at once, not the whole collection's.
        for chunk in items.chunks(STORE_CHUNK) {
            let rows: Vec<Rows> = chunk
                .par_iter()
                .map(|(a, .., terms)| rows(a, terms))
                .collect::<Result<_, String>>()?;
            for ((a, hash, size, mtime, terms), rows) in chunk.iter().zip(rows) {
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
                    params![path, hash, size, mtime, a.article.date.map(|d| d.to_string()), rows.data, rows.terms],
                )
                .map_err(|e| e.to_string())?;
                let id = tx.last_insert_rowid();
                for &t in terms {
                    added.entry(t).or_default().push(id);
                }
                let mut sentence = tx
                    .prepare_cached("INSERT INTO sentences (text) VALUES (?1)")
                    .map_err(|e| e.to_string())?;
                let mut sentence_ids = Vec::with_capacity(rows.sentences.len());
                for text in &rows.sentences {
                    sentence.execute(params![text]).map_err(|e| e.to_string())?;
                    sentence_ids.push(tx.last_insert_rowid());
                }
                let mut figure = tx
                    .prepare_cached(
                        "INSERT INTO figures (article_id, n, start, \"end\", line, \"column\", text, value, low, high, bound, unit, predicate, date, place, attribution, sentence)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                    )
                    .map_err(|e| e.to_string())?;
                for (n, (q, (r, s))) in a.claims.quantities.iter().zip(&rows.figures).enumerate() {
                    figure
                        .execute(params![
                            id,
                            n as i64,
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
                            sentence_ids[*s]
                        ])
                        .map_err(|e| e.to_string())?;
                }
                ids.push(id);
            }
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
            tx.execute(
                "DELETE FROM sentences WHERE id IN (SELECT sentence FROM figures WHERE article_id = ?1)",
                params![id],
            )
            .map_err(|e| e.to_string())?;
            tx.execute("DELETE FROM figures WHERE article_id = ?1", params![id])
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
            .prepare_cached("SELECT path, hash, data FROM articles WHERE id = ?1")
            .map_err(|e| e.to_string())?;
        let mut sentences = self
            .conn
            .prepare_cached(
                "SELECT text FROM sentences
                 WHERE id IN (SELECT sentence FROM figures WHERE article_id = ?1) ORDER BY id",
            )
            .map_err(|e| e.to_string())?;
        let mut entries = Vec::new();
        for &id in ids {
            let (path, hash, data): (String, String, Vec<u8>) = st
                .query_row(params![id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .map_err(|e| e.to_string())?;
            let own: Vec<String> = sentences
                .query_map(params![id], |r| r.get(0))
                .and_then(|rows| rows.collect())
                .map_err(|e| e.to_string())?;
            entries.push((id, path, hash, data, own));
        }
        // Inflating and parsing on all cores; the order of `ids` is kept.
        entries
            .into_par_iter()
            .map(|(id, path, hash, data, own)| {
                let own = own_dictionary(own.iter().map(String::as_str));
                inflate(&own, &data)
                    .and_then(|record| decode_record(&record, &path))
                    .and_then(|a| {
                        // The text is checked against its hash: a record read with another
                        // dictionary (an edited `sentences` row) inflates to other text.
                        let found = format!("{:016x}", fnv1a(a.article.text.as_bytes()));
                        if found == hash {
                            Ok(a)
                        } else {
                            Err("its text does not match its hash".to_string())
                        }
                    })
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

    /// The content hash `refresh_index` stores (`load` checks the text against it).
    fn hash(a: &Analyzed) -> String {
        format!("{:016x}", fnv1a(a.article.text.as_bytes()))
    }

    fn json(a: &Analyzed) -> String {
        serde_json::to_string(&(&a.article, &a.segments, &a.claims)).unwrap()
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
                (&a, hash(&a), 10, 1, vec![5, 6, 7]),
                (&b, hash(&b), 20, 2, vec![6, 7, 8]),
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
        let again = index.store(&[(&a, hash(&a), 11, 3, vec![8, 9])]).unwrap();
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

    /// Loading `ids` fails with an error naming the index and `a.txt`, saying to rebuild.
    fn assert_unreadable(index: &Index, ids: &[i64], path: &std::path::Path) {
        let err = index.load(ids).map_err(|e| index.at(e)).unwrap_err();
        assert!(err.starts_with(&format!("{}: ", path.display())), "{err}");
        assert!(err.contains("(a.txt) is unreadable"), "{err}");
        assert!(err.ends_with("delete the index to rebuild it"), "{err}");
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
        assert_unreadable(&index, &ids, &path);
    }

    #[test]
    fn an_index_of_schema_3_is_reported_and_rebuilt_in_compact_pages() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.sqlite");
        {
            // What schema 3 left (4 KiB pages, as schema 2 had): a `claims` table and its
            // index, where `claims` is now a view.
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(
                "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL;
                 CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                 INSERT INTO meta VALUES ('schema_version', '3');
                 CREATE TABLE articles (id INTEGER PRIMARY KEY, path TEXT, data BLOB);
                 INSERT INTO articles VALUES (1, 'a.txt', x'00');
                 CREATE TABLE claims (article_id INTEGER NOT NULL, sentence TEXT);
                 CREATE INDEX claims_article ON claims(article_id);
                 INSERT INTO claims VALUES (1, 'Floods killed 12 people.');",
            )
            .unwrap();
        }
        let (mut index, note) = Index::open(&path).unwrap();
        let note = note.unwrap();
        assert!(note.starts_with(&format!("{}: ", path.display())), "{note}");
        assert!(
            note.ends_with("schema version 3, expected 5; rebuilding it"),
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
        let kind: String = index
            .conn
            .query_row(
                "SELECT type FROM sqlite_master WHERE name = 'claims'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(kind, "view");
        let a = analyzed("a.txt", "Floods killed 12 people.\n");
        index.begin().unwrap();
        index.store(&[(&a, "h".into(), 1, 1, vec![1])]).unwrap();
        index.commit().unwrap();
        drop(index);
        // And a current index is opened as it is.
        let (index, note) = Index::open(&path).unwrap();
        assert_eq!(note, None);
        assert_eq!(index.count(), 1);
    }

    /// The `claims` view gives, per figure, the row `claims --format jsonl` gives (its SQL
    /// columns), in file order, with each figure's own sentence.
    #[test]
    fn the_claims_view_has_one_row_per_figure_with_its_sentence() {
        let dir = tempfile::tempdir().unwrap();
        let (mut index, _) = Index::open(&dir.path().join("index.sqlite")).unwrap();
        let long = format!(
            "The 3 rivers and {} rose 4 metres by 7 pm.",
            "the wide plains ".repeat(80)
        );
        let text =
            format!("Floods killed 12 people and injured 40 in Kyiv. Prices rose 4.2%. {long}\n");
        let a = analyzed("a.txt", &text);
        assert!(a.claims.quantities.len() >= 4, "{:?}", a.claims.quantities);
        index.begin().unwrap();
        let ids = index.store(&[(&a, "h".into(), 1, 1, vec![])]).unwrap();
        index.commit().unwrap();
        let mut st = index
            .conn
            .prepare(
                "SELECT article_id, start, \"end\", line, \"column\", text, value, low, high,
                 bound, unit, predicate, date, place, attribution, sentence FROM claims",
            )
            .unwrap();
        type Row = (
            i64,
            i64,
            i64,
            i64,
            i64,
            String,
            f64,
            Option<f64>,
            Option<f64>,
        );
        type Rest = (String, Option<String>, Option<String>, Option<String>);
        type Full = (Row, Rest, Option<String>, Option<String>, String);
        let rows: Vec<Full> = st
            .query_map([], |r| {
                Ok((
                    (
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                        r.get(8)?,
                    ),
                    (r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?),
                    r.get(13)?,
                    r.get(14)?,
                    r.get(15)?,
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows.len(), a.claims.quantities.len());
        for (q, (row, rest, place, attribution, sentence)) in a.claims.quantities.iter().zip(&rows)
        {
            let r = crate::model::row::claim_row(&a, q);
            assert_eq!(row.0, ids[0]);
            assert_eq!(
                (row.1, row.2, row.3, row.4),
                (r.start as i64, r.end as i64, r.line as i64, r.column as i64)
            );
            assert_eq!(
                (&row.5, row.6, row.7, row.8),
                (&r.text, q.value, q.low, q.high)
            );
            assert_eq!(
                rest,
                &(r.bound.to_string(), r.unit, r.predicate, r.date),
                "{}",
                r.text
            );
            assert_eq!((place, attribution), (&r.place, &r.attribution));
            assert_eq!(sentence, &r.sentence, "{}", r.text);
        }
        let stored: i64 = index
            .conn
            .query_row("SELECT count(*) FROM sentences", [], |r| r.get(0))
            .unwrap();
        let distinct: std::collections::HashSet<&String> = rows.iter().map(|r| &r.4).collect();
        assert_eq!(stored as usize, distinct.len(), "each sentence once");
        assert!(stored < rows.len() as i64);
    }

    #[test]
    fn a_record_round_trips_with_its_dictionary() {
        let text = "Headline of 3 words\n\nDonate now to support us.\n\nThe 5 men said \u{201c}7 more\u{201d} came. It cost \u{a3}9.\n";
        let mut a = analyzed("dir/a.txt", text);
        a.article.path = "./dir/a.txt".into();
        let kinds: Vec<_> = a.segments.paragraphs.iter().map(|p| p.kind).collect();
        assert!(kinds.contains(&BlockKind::Heading), "{kinds:?}");
        let record = encode_record(&a).unwrap();
        let own = own_dictionary(["The 5 men said", "It cost"]);
        let blob = deflate(&own, &record).unwrap();
        assert_eq!(inflate(&own, &blob).unwrap(), record);
        let back = decode_record(&record, "dir/a.txt").unwrap();
        assert_eq!(json(&back), json(&a));
        assert_eq!(back.article.path, "./dir/a.txt");
        // Read with another dictionary, the record is other bytes (or none).
        assert_ne!(inflate(b"other words", &blob).ok(), Some(record.clone()));
        // Cut anywhere, a record is an error, not a panic.
        for cut in 0..record.len() {
            assert!(decode_record(&record[..cut], "dir/a.txt").is_err(), "{cut}");
        }
        // A dictionary longer than the window keeps its last 32 KiB, on both sides.
        let many: Vec<String> = (0..5000).map(|i| format!("Sentence {i}. ")).collect();
        let own = own_dictionary(many.iter().map(String::as_str));
        assert_eq!(own.len(), WINDOW);
        let blob = deflate(&own, &record).unwrap();
        assert_eq!(inflate(&own, &blob).unwrap(), record);
    }

    #[test]
    fn an_edited_sentence_row_is_reported_as_damage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.sqlite");
        let (mut index, _) = Index::open(&path).unwrap();
        let a = analyzed("a.txt", "Floods killed 12 people in Kyiv on Monday.\n");
        index.begin().unwrap();
        let ids = index.store(&[(&a, hash(&a), 1, 1, vec![1])]).unwrap();
        assert_eq!(json(&index.load(&ids).unwrap()[0]), json(&a));
        index
            .conn
            .execute("UPDATE sentences SET text = 'Floods killed 13 people.'", [])
            .unwrap();
        index.commit().unwrap();
        assert_unreadable(&index, &ids, &path);
    }

    /// The dictionary is part of the stored format: a new one needs a new schema version
    /// (then update the hash here).
    #[test]
    fn the_dictionary_is_the_one_of_this_schema_version() {
        assert_eq!(
            (SCHEMA_VERSION, format!("{:016x}", fnv1a(DICTIONARY))),
            (5, "e7a273ffa13ab730".to_string())
        );
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
