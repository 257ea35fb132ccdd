//! Loading articles from files, directories and standard input.
//!
//! This is one of the two stages that touch the outside world (the other is reporting). It turns
//! the paths a user gave into `Article`s, and every problem with one input into a `LoadError`
//! that names the file; the caller keeps going with the rest and decides the exit code at the
//! end. Directories are walked recursively with the `ignore` crate, so `.gitignore` rules are
//! honoured the way ripgrep honours them, and the walk's order is sorted so output is stable.
//!
//! An article is UTF-8 text. A leading ` date YYYY-MM-DD` (the leading space optional) gives the
//! publication date, and the body may continue on the same line. Spans always point into the
//! whole file text, header included, so a reported column is the column in the file.

use std::io::Read;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::model::article::{Article, LoadError};
use crate::text::span::Span;

/// Which files a directory walk picks up: gitignore-style globs, matched relative to the
/// directory walked. Explicitly named files are always read.
#[derive(Debug, Clone)]
pub struct FileFilter {
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    /// Larger files are reported, not read (ripgrep's `--max-filesize`): a stray dump or
    /// `/dev/zero` must not take the machine's memory.
    pub max_size: u64,
}

/// The default `max_size`: far above any article, far below a machine's memory.
pub const MAX_FILE_SIZE: u64 = 50 * 1024 * 1024;

impl Default for FileFilter {
    fn default() -> Self {
        FileFilter {
            include: vec!["*.txt".to_string()],
            exclude: Vec::new(),
            max_size: MAX_FILE_SIZE,
        }
    }
}

/// A size as people write it: `50000000`, `50MB`, `50M`, `512K`, `1G` (powers of 1024).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = t[digits.len()..].to_ascii_uppercase();
    let n: u64 = digits
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a size (e.g. 50MB)"))?;
    let scale: u64 = match unit.as_str() {
        "" | "B" => 1,
        "K" | "KB" => 1 << 10,
        "M" | "MB" => 1 << 20,
        "G" | "GB" => 1 << 30,
        _ => return Err(format!("{text:?}: unknown size unit {unit:?} (K, M or G)")),
    };
    n.checked_mul(scale)
        .ok_or_else(|| format!("{text:?} is too large"))
}

/// Everything that came out of loading: the articles in a stable order and the failures.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
    /// Files byte-identical to an article loaded before them: (the copy's path, the
    /// article's index). They are not articles of the run; `duplicate-file` reports them.
    pub copies: Vec<(String, usize)>,
}

/// Expand the user's paths into the list of files to read, in a stable order.
/// Explicit files are kept even if their extension is not in the filter.
pub fn collect_paths(inputs: &[String], filter: &FileFilter) -> (Vec<String>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input == "-" {
            files.push(input.clone());
            continue;
        }
        let path = Path::new(input);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut found = walk_dir(path, filter, &mut errors);
                found.sort_by_cached_key(|p| walk_key(p));
                for p in found {
                    // Paths are text from here on: a name that is not UTF-8 cannot be read
                    // back from its lossy spelling, so it is reported for what it is.
                    match p.to_str() {
                        Some(name) => files.push(name.to_string()),
                        None => errors.push(LoadError {
                            path: p.to_string_lossy().into_owned(),
                            problem: "file name is not valid UTF-8 (not checked; rename the file)"
                                .to_string(),
                        }),
                    }
                }
            }
            Ok(_) => files.push(input.clone()),
            Err(e) => errors.push(LoadError {
                path: input.clone(),
                problem: io_problem(&e),
            }),
        }
    }
    (files, errors)
}

/// What orders the paths the walk of one directory found as `Path::cmp` does: their bytes,
/// each separator made a zero byte. Past the directory they share, they are file names joined
/// by single separators (the walker builds them so; no `.`, `..` or doubled separators), and
/// comparing their components is comparing their bytes with the separator below every other
/// byte (no name holds a zero byte): a name that is a prefix of another sorts first, as the
/// shorter component does ("a/x" before "a b/x"). `Path::cmp` parses the components at every
/// comparison: sorting the 2,225 BBC paths so was 1% of a claims run.
fn walk_key(path: &Path) -> Vec<u8> {
    let bytes = path.as_os_str().as_encoded_bytes();
    bytes
        .iter()
        .map(|&c| {
            if std::path::is_separator(char::from(c)) {
                0
            } else {
                c
            }
        })
        .collect()
}

/// Compile globs (gitignore syntax, relative to `dir`) into a matcher.
fn globs(
    dir: &Path,
    patterns: &[String],
    errors: &mut Vec<LoadError>,
) -> Option<ignore::overrides::Override> {
    let mut builder = ignore::overrides::OverrideBuilder::new(dir);
    for glob in patterns {
        if let Err(e) = builder.add(glob) {
            errors.push(LoadError {
                path: dir.display().to_string(),
                problem: format!("bad file glob `{glob}`: {e}"),
            });
        }
    }
    builder.build().ok()
}

fn walk_dir(dir: &Path, filter: &FileFilter, errors: &mut Vec<LoadError>) -> Vec<PathBuf> {
    // Include and exclude are applied after the walk: as walker overrides they would take
    // precedence over .gitignore, and an ignored file must stay ignored.
    let default_include = ["*.txt".to_string()];
    let include = if filter.include.is_empty() {
        &default_include[..]
    } else {
        &filter.include[..]
    };
    let Some(include) = globs(dir, include, errors) else {
        return Vec::new();
    };
    let exclude = if filter.exclude.is_empty() {
        None
    } else {
        globs(dir, &filter.exclude, errors)
    };
    let mut found = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(true)
        .parents(true)
        .git_ignore(true)
        .require_git(false)
        // Symlinked articles are articles; the walker detects link loops and reports them.
        .follow_links(true)
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                let wanted = entry.file_type().is_some_and(|t| t.is_file())
                    && include.matched(path, false).is_whitelist()
                    && !exclude
                        .as_ref()
                        .is_some_and(|x| x.matched(path, false).is_whitelist());
                if wanted {
                    found.push(entry.into_path());
                }
            }
            Err(e) => errors.push(LoadError {
                path: dir.display().to_string(),
                problem: format!("cannot walk directory: {e}"),
            }),
        }
    }
    found
}

fn io_problem(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

/// Read one file (or stdin for `-`) into an article; larger than `max_size` is an error.
pub fn read_article(path: &str, max_size: u64) -> Result<Article, LoadError> {
    let err = |problem: String| LoadError {
        path: path.to_string(),
        problem,
    };
    let too_big = || {
        err(format!(
            "larger than the {max_size}-byte limit (--max-file-size)"
        ))
    };
    let mut buf = Vec::new();
    if path == "-" {
        std::io::stdin()
            .take(max_size + 1)
            .read_to_end(&mut buf)
            .map_err(|e| err(format!("cannot read standard input: {e}")))?;
    } else {
        let mut file = std::fs::File::open(path).map_err(|e| err(io_problem(&e)))?;
        let size = file
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len());
        if size.is_some_and(|n| n > max_size) {
            return Err(too_big());
        }
        read_sized(&mut file, size, max_size, &mut buf).map_err(|e| err(io_problem(&e)))?;
    }
    if buf.len() as u64 > max_size {
        return Err(too_big());
    }
    parse_article(path, buf).map_err(err)
}

/// Read a file into `buf`, at most one byte past `max_size`. A regular file of known `size` is
/// read with one `read` into a buffer one byte larger than the file: when that read returns the
/// whole file, it is done (no second `read` to see the end, no growing the buffer). A file that
/// came back short, or longer than its size said (it is growing, or `/proc` reports 0), and
/// devices and pipes, which have no size, are read on to their end.
fn read_sized(
    file: &mut std::fs::File,
    size: Option<u64>,
    max_size: u64,
    buf: &mut Vec<u8>,
) -> std::io::Result<()> {
    if let Some(size) = size {
        let want = size.min(max_size) as usize + 1;
        buf.resize(want, 0);
        let mut filled = 0;
        let done = loop {
            match file.read(&mut buf[filled..]) {
                Ok(0) => break true,
                Ok(n) => {
                    filled += n;
                    if filled == want {
                        break false;
                    }
                    if filled as u64 == size {
                        break true;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        };
        buf.truncate(filled);
        if done {
            return Ok(());
        }
    }
    // Devices and pipes have no size: read at most one byte past the limit.
    let left = (max_size + 1).saturating_sub(buf.len() as u64);
    file.take(left).read_to_end(buf)?;
    Ok(())
}

/// The offset of the first NUL byte, tested eight bytes at a time (the byte-by-byte search of
/// every file's first 8 KiB was half of reading an article): a word has a zero byte exactly
/// when `(w - 0x01..01) & !w & 0x80..80` is not zero, and the first such byte is then found
/// one by one within that word.
fn first_nul(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_ne_bytes(word);
        if w.wrapping_sub(ONES) & !w & HIGHS != 0 {
            return chunk.iter().position(|&b| b == 0).map(|i| at + i);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == 0)
        .map(|i| at + i)
}

/// Decode and validate one article's bytes. Pure: the error is the problem, without the path.
pub fn parse_article(path: &str, bytes: Vec<u8>) -> Result<Article, String> {
    // A NUL byte early in the file means binary data or UTF-16 (as ripgrep and git decide):
    // decoding it would only give junk claims.
    if let Some(at) = first_nul(&bytes[..bytes.len().min(8192)]) {
        let utf16 = bytes.len() >= 2 && (bytes[..2] == [0xFF, 0xFE] || bytes[..2] == [0xFE, 0xFF]);
        let hint = if utf16 || bytes.iter().take(64).skip(1).step_by(2).all(|&b| b == 0) {
            "looks like UTF-16; re-encode the file as UTF-8"
        } else {
            "a binary file, not an article"
        };
        return Err(format!("NUL byte at offset {at}: {hint}"));
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(format!(
                "not valid UTF-8: byte 0x{:02X} at offset {at} (line {line}); re-encode the file as UTF-8",
                bytes[at]
            ));
        }
    };
    if text.trim().is_empty() {
        return Err("empty file: an article needs some text".to_string());
    }
    let (date, body_start) = parse_date_header(&text)?;
    if text[body_start..].trim().is_empty() {
        return Err("no article text after the date header".to_string());
    }
    Ok(Article {
        path: path.to_string(),
        key: path.trim_start_matches("./").to_string(),
        body: Span::new(body_start, text.len()),
        text,
        date,
    })
}

/// Parse the optional ` date YYYY-MM-DD` header. Returns the date and the byte offset where the
/// body starts. A first line that starts with `date` but does not carry a valid date is an error,
/// not body text: it is almost certainly a broken header.
fn parse_date_header(text: &str) -> Result<(Option<Date>, usize), String> {
    let lead = text.len() - text.trim_start_matches([' ', '\u{feff}']).len();
    let rest = &text[lead..];
    let Some(after) = rest.strip_prefix("date") else {
        return Ok((None, 0));
    };
    // "date" must be followed by whitespace to be a header ("dated", "dates" are prose).
    if !after.starts_with([' ', '\t']) {
        if after.starts_with(':') || after.starts_with('\n') || after.is_empty() {
            return Err(malformed(rest));
        }
        return Ok((None, 0));
    }
    let value_start = lead + 4 + (after.len() - after.trim_start_matches([' ', '\t']).len());
    let value: String = text[value_start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    let bytes = value.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shaped {
        return Err(malformed(rest));
    }
    let date: Date = value.parse().map_err(|_| {
        format!(
            "malformed date header: `{value}` is not a calendar date (expected ` date YYYY-MM-DD`)"
        )
    })?;
    let mut body = value_start + value.len();
    body += text[body..].len() - text[body..].trim_start().len();
    Ok((Some(date), body))
}

fn malformed(rest: &str) -> String {
    let shown: String = rest.lines().next().unwrap_or("").chars().take(40).collect();
    format!("malformed date header: `{shown}` (expected ` date YYYY-MM-DD`)")
}

/// Key every article by its path relative to `root` (both canonicalized), with `/`
/// separators; files outside the root keep their path as given.
pub fn set_keys(articles: &mut [Article], root: &Path) {
    let Ok(root) = std::fs::canonicalize(root) else {
        return;
    };
    // Each directory is canonicalized once and the file's name joined to it: the same path
    // as canonicalizing the file (one readlink per component, per file) unless the file
    // itself is a symbolic link, which is still resolved whole.
    let mut dirs: std::collections::HashMap<PathBuf, Option<PathBuf>> =
        std::collections::HashMap::new();
    for a in articles {
        let path = Path::new(&a.path);
        let plain_file = std::fs::symlink_metadata(path).is_ok_and(|m| !m.file_type().is_symlink());
        let via_dir = match (path.parent(), path.file_name()) {
            (Some(parent), Some(name)) if plain_file => {
                let parent = if parent.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    parent
                };
                let dir = dirs
                    .entry(parent.to_path_buf())
                    .or_insert_with(|| std::fs::canonicalize(parent).ok());
                dir.as_ref().map(|d| d.join(name))
            }
            _ => None,
        };
        let full = via_dir.map_or_else(|| std::fs::canonicalize(path), Ok);
        if let Ok(full) = full
            && let Ok(rel) = full.strip_prefix(&root)
        {
            a.key = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
        }
    }
}

/// Load every input. Articles keep the order of `collect_paths`; a byte-identical path given
/// twice is read once.
pub fn load(inputs: &[String], filter: &FileFilter) -> Loaded {
    let (mut files, mut errors) = collect_paths(inputs, filter);
    let mut seen = std::collections::HashSet::new();
    files.retain(|f| seen.insert(f.clone()));
    // Read in parallel (rayon keeps the order), then check for copies in order.
    use rayon::prelude::*;
    let stdin_given = files.iter().any(|f| f == "-");
    let read: Vec<(String, Result<Article, LoadError>)> = if stdin_given {
        files
            .into_iter()
            .map(|f| {
                let r = read_article(&f, filter.max_size);
                (f, r)
            })
            .collect()
    } else {
        files
            .into_par_iter()
            .map(|f| {
                let r = read_article(&f, filter.max_size);
                (f, r)
            })
            .collect()
    };
    let mut articles: Vec<Article> = Vec::new();
    let mut copies = Vec::new();
    // A byte-identical copy of another article is read once: as an article it would only
    // echo the original. It is reported as a finding, not refused as bad input.
    let mut seen_content: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    for (file, result) in read {
        match result {
            Ok(a) => {
                let hash = crate::text::hash::fnv1a(a.text.as_bytes());
                match seen_content.get(&hash) {
                    Some(&k) if articles[k].text == a.text => copies.push((file, k)),
                    _ => {
                        seen_content.insert(hash, articles.len());
                        articles.push(a);
                    }
                }
            }
            Err(e) => errors.push(e),
        }
    }
    Loaded {
        articles,
        errors,
        copies,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `walk_key` sorts walked paths as `Path::cmp` does, names that share a prefix with
    /// a separator, a space, a dot or a dash after it included.
    #[test]
    fn walk_key_is_path_order() {
        let names = [
            "a", "a b", "a-b", "a.b", "a.txt", "ab", "a0", "A", "b", "é", "a b.txt", "a_b", "~",
        ];
        let mut paths: Vec<PathBuf> = Vec::new();
        for root in ["corpus", "/abs/dir/", "./rel"] {
            for x in names {
                paths.push(Path::new(root).join(x));
                for y in names {
                    paths.push(Path::new(root).join(x).join(y));
                }
            }
        }
        let mut by_path = paths.clone();
        by_path.sort();
        paths.sort_by_cached_key(|p| walk_key(p));
        // Roots are not mixed in one walk: each root's paths are compared among themselves.
        for root in ["corpus", "/abs/dir/", "./rel"] {
            let of = |v: &[PathBuf]| -> Vec<PathBuf> {
                v.iter().filter(|p| p.starts_with(root)).cloned().collect()
            };
            assert_eq!(of(&paths), of(&by_path), "{root}");
        }
    }

    #[test]
    fn first_nul_finds_the_first_zero_byte_anywhere() {
        assert_eq!(first_nul(b""), None);
        assert_eq!(first_nul(b"plain text, no zero byte at all"), None);
        // High bytes (UTF-8) are no zero, in a word or in the tail.
        assert_eq!(first_nul("’’’’’’’’é".as_bytes()), None);
        for len in 1..40 {
            for at in 0..len {
                let mut b = vec![b'a'; len];
                b[at] = 0;
                if at + 1 < len {
                    b[len - 1] = 0;
                }
                assert_eq!(first_nul(&b), Some(at), "{len} {at}");
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn keys_are_the_canonical_path_under_the_root_and_a_linked_file_its_target() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("a");
        std::fs::create_dir_all(dir.join("b")).unwrap();
        std::fs::write(dir.join("b/x.txt"), "Seven people died.").unwrap();
        std::fs::write(root.path().join("y.txt"), "Seven people died.").unwrap();
        std::os::unix::fs::symlink(root.path().join("y.txt"), dir.join("link.txt")).unwrap();
        let article = |p: PathBuf| {
            let p = p.to_str().unwrap().to_string();
            parse_article(&p, b"Seven people died.".to_vec()).unwrap()
        };
        let mut articles = vec![
            article(dir.join("b/../b/x.txt")),
            article(dir.join("link.txt")),
            article(dir.join("b/x.txt")),
        ];
        set_keys(&mut articles, root.path());
        let keys: Vec<&str> = articles.iter().map(|a| a.key.as_str()).collect();
        assert_eq!(keys, ["a/b/x.txt", "y.txt", "a/b/x.txt"]);
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(parse_size("50MB"), Ok(50 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5TB").is_err());
    }

    #[test]
    fn binary_and_utf16_files_are_errors() {
        let e = parse_article("b.bin", b"\x7fELF\x02\x01\x00\x00".to_vec()).unwrap_err();
        assert!(
            e.contains("NUL byte at offset 6") && e.contains("binary"),
            "{e}"
        );
        let utf16: Vec<u8> = "Seven people died."
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let e = parse_article("u.txt", utf16).unwrap_err();
        assert!(e.contains("UTF-16"), "{e}");
    }

    fn parse(text: &str) -> Result<Article, String> {
        parse_article("t.txt", text.as_bytes().to_vec())
    }

    #[test]
    fn date_header_with_body_on_same_line() {
        let a = parse(" date 2025-11-19 Your support helps us").unwrap();
        assert_eq!(a.date, Some(jiff::civil::date(2025, 11, 19)));
        assert_eq!(a.body.slice(&a.text), "Your support helps us");
    }

    #[test]
    fn date_header_without_leading_space_and_on_its_own_line() {
        let a = parse("date 2024-02-29\n\nBody.").unwrap();
        assert_eq!(a.date, Some(jiff::civil::date(2024, 2, 29)));
        assert_eq!(a.body.slice(&a.text), "Body.");
    }

    #[test]
    fn no_header_means_no_date_and_whole_text_is_body() {
        let a = parse("Dated material is not a header.").unwrap();
        assert_eq!(a.date, None);
        assert_eq!(a.body.start, 0);
        let b = parse("dates are prose here").unwrap();
        assert_eq!(b.date, None);
    }

    #[test]
    fn malformed_headers_are_errors() {
        assert!(
            parse(" date 2025-13-01 text")
                .unwrap_err()
                .contains("not a calendar date")
        );
        assert!(
            parse(" date 2025-02-30 text")
                .unwrap_err()
                .contains("not a calendar date")
        );
        assert!(
            parse(" date 19/11/2025 text")
                .unwrap_err()
                .contains("malformed date header")
        );
        assert!(parse("date: 2025-11-19").unwrap_err().contains("malformed"));
        assert!(
            parse(" date 2025-11-19")
                .unwrap_err()
                .contains("no article text")
        );
    }

    #[test]
    fn empty_and_non_utf8_are_errors() {
        assert!(parse("  \n\n").unwrap_err().contains("empty"));
        let err = parse_article("x", b"cost \xA315.8m".to_vec()).unwrap_err();
        assert!(err.contains("not valid UTF-8"), "{err}");
        assert!(err.contains("0xA3"), "{err}");
    }
}
