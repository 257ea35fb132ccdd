//! The `claims --format jsonl` row, written by hand into one buffer.
//!
//! The row is `model::row::ClaimRow`, always the same 16 fields in the same order, and it is
//! the hottest output of the tool (one line per figure of every article). Through `serde` each
//! row was first built as a `ClaimRow` (its text, unit, place, source and sentence cloned into
//! new `String`s, its numbers into `serde_json::Value`s) and then serialized field by field
//! through the generic serializer: about 10,000 instructions a row. Here the fields are read
//! from the `Quantity` in place and appended to a byte buffer.
//!
//! The bytes must stay exactly serde_json's compact output of a `ClaimRow`, which is a
//! contract (`tests` compare the two on every seed article):
//! - strings escape `"`, `\` and the control bytes below 0x20 as serde_json does (`\b` `\t`
//!   `\n` `\f` `\r`, else `\u00xx` in lower-case hex), and nothing else (no `/`, no non-ASCII);
//! - a whole number prints as an integer in decimal; any other number is handed to serde_json
//!   itself (`model::row::number` rounds it first), so its float formatting cannot drift from
//!   the crate's. Such numbers are a few in a thousand.

use std::io::Write;

use serde_json::Value;

use crate::model::article::Analyzed;
use crate::model::claim::Quantity;
use crate::model::row::{SENTENCE_LIMIT, bounded_sentence, number};
use crate::text::span::{HIGHS, has_byte};

/// Rows are gathered into a buffer of about this size before it is written: one `write_all`
/// per 64 KiB instead of one per row.
const FLUSH_AT: usize = 1 << 16;

/// Write every quantity of `articles` as one jsonl row each.
pub fn write_rows(articles: &[Analyzed], out: &mut dyn Write) -> std::io::Result<()> {
    let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + 4096);
    for a in articles {
        for q in &a.claims.quantities {
            row(&mut buf, a, q);
            buf.push(b'\n');
            if buf.len() >= FLUSH_AT {
                out.write_all(&buf)?;
                buf.clear();
            }
        }
    }
    out.write_all(&buf)
}

/// One row, the fields of `model::row::claim_row` in `ClaimRow`'s order.
pub fn row(buf: &mut Vec<u8>, a: &Analyzed, q: &Quantity) {
    let text = &a.article.text;
    let (line, column) = a.lines.position(text, q.span.start);
    buf.extend_from_slice(b"{\"text\":");
    string(buf, &q.text);
    buf.extend_from_slice(b",\"start\":");
    unsigned(buf, q.span.start as u64);
    buf.extend_from_slice(b",\"end\":");
    unsigned(buf, q.span.end as u64);
    buf.extend_from_slice(b",\"line\":");
    unsigned(buf, line as u64);
    buf.extend_from_slice(b",\"column\":");
    unsigned(buf, column as u64);
    buf.extend_from_slice(b",\"value\":");
    value(buf, Some(q.value));
    buf.extend_from_slice(b",\"low\":");
    value(buf, q.low);
    buf.extend_from_slice(b",\"high\":");
    value(buf, q.high);
    buf.extend_from_slice(b",\"bound\":");
    string(buf, q.bound.as_str());
    buf.extend_from_slice(b",\"unit\":");
    opt_string(buf, q.unit.as_deref());
    buf.extend_from_slice(b",\"change\":");
    opt_string(buf, q.change.map(|c| c.as_str()));
    buf.extend_from_slice(b",\"predicate\":");
    match &q.predicate {
        // `Predicate::label`, without its `String`.
        Some(p) if p.negated || p.denied => {
            buf.extend_from_slice(b"\"not ");
            string_contents(buf, &p.lemma);
            buf.push(b'"');
        }
        Some(p) => string(buf, &p.lemma),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"date\":");
    match q.time.as_ref().and_then(|t| t.day) {
        // A date prints as ISO digits and dashes: nothing to escape.
        Some(d) => {
            buf.push(b'"');
            let _ = write!(buf, "{d}");
            buf.push(b'"');
        }
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"place\":");
    opt_string(buf, q.place.as_ref().map(|p| p.text.as_str()));
    buf.extend_from_slice(b",\"attribution\":");
    opt_string(buf, q.attribution.as_ref().map(|a| a.source.as_str()));
    buf.extend_from_slice(b",\"sentence\":");
    let whole = q.sentence.slice(text);
    if whole.len() <= SENTENCE_LIMIT {
        string(buf, whole);
    } else {
        string(buf, &bounded_sentence(text, q.sentence, q.span));
    }
    buf.push(b'}');
}

/// A number as `model::row::number` makes it, or `null`.
fn value(buf: &mut Vec<u8>, v: Option<f64>) {
    let Some(v) = v else {
        buf.extend_from_slice(b"null");
        return;
    };
    match number(v) {
        Value::Number(n) if n.is_i64() || n.is_u64() => {
            if let Some(i) = n.as_i64() {
                if i < 0 {
                    buf.push(b'-');
                }
                unsigned(buf, i.unsigned_abs());
            } else if let Some(u) = n.as_u64() {
                unsigned(buf, u);
            }
        }
        // Floats (and `null` for a non-finite one) in serde_json's own formatting.
        other => {
            let _ = serde_json::to_writer(&mut *buf, &other);
        }
    }
}

/// Decimal digits of `n`, as `itoa` (serde_json's integer writer) prints them.
fn unsigned(buf: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[at..]);
}

fn opt_string(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

fn string(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    string_contents(buf, s);
    buf.push(b'"');
}

/// What each byte becomes inside a JSON string: 0 for itself, else the letter after `\`
/// (`u` for `\u00xx`). serde_json's table.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0A] = b'n';
    t[0x0C] = b'f';
    t[0x0D] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// The escaped bytes of `s`, copied in runs between the bytes that need escaping (text rarely
/// has any). Eight bytes are tested at a time while none of them needs it: the sentence of
/// every row is most of the output, and a table load per byte was a third of writing it.
fn string_contents(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(&chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>())
            && !needs_escape(u64::from_ne_bytes(chunk))
        {
            i += 8;
            continue;
        }
        let b = bytes[i];
        let escape = ESCAPE[usize::from(b)];
        i += 1;
        if escape == 0 {
            continue;
        }
        buf.extend_from_slice(&bytes[run..i - 1]);
        run = i;
        buf.push(b'\\');
        buf.push(escape);
        if escape == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(&[
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xF)],
            ]);
        }
    }
    buf.extend_from_slice(&bytes[run..]);
}

/// Whether any of the eight bytes of `w` is one `ESCAPE` rewrites: `"`, `\` or a control byte
/// below 0x20, which `(w - 0x20..20) & !w & 0x80..80` flags (exact as a yes or no: a borrow
/// that could flag another byte starts only at a byte below 0x20).
fn needs_escape(w: u64) -> bool {
    const SPACES: u64 = u64::from_ne_bytes([0x20; 8]);
    has_byte(w, b'"') || has_byte(w, b'\\') || w.wrapping_sub(SPACES) & !w & HIGHS != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::row::claim_row;
    use crate::pipeline::analyze::analyze;
    use crate::pipeline::load::parse_article;

    fn serde_row(a: &Analyzed, q: &Quantity) -> String {
        serde_json::to_string(&claim_row(a, q)).unwrap_or_default()
    }

    fn hand_row(a: &Analyzed, q: &Quantity) -> String {
        let mut buf = Vec::new();
        row(&mut buf, a, q);
        String::from_utf8(buf).unwrap_or_default()
    }

    fn assert_same_rows(path: &str, text: &str) -> usize {
        let article = parse_article(path, text.as_bytes().to_vec()).expect("an article");
        let a = analyze(article);
        for q in &a.claims.quantities {
            assert_eq!(hand_row(&a, q), serde_row(&a, q), "{path}");
        }
        a.claims.quantities.len()
    }

    #[test]
    fn rows_are_serde_json_bytes_on_every_seed() {
        let mut rows = 0;
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("seeds")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).expect("a seed");
            rows += assert_same_rows(&p.to_string_lossy(), &text);
        }
        assert!(rows >= 20, "{rows} rows");
    }

    #[test]
    fn escapes_fractions_and_negatives_match_serde_json() {
        let text = " date 2024-03-05\nThe \"Tab\tgroup\\\u{1}\" said 1.5 people\u{7f} and \
                    -3 others died on Tuesday in Kyiv, 0.333 of them “quoted” and 2.25bn. \
                    Prices fell 12.5% to $1,234.56, and 1/3 of 7 said no.\n";
        assert!(assert_same_rows("x.txt", text) >= 4);
        let long = format!(
            "Some {} 42 sheep {} died.\n",
            "a ".repeat(800),
            "b ".repeat(800)
        );
        assert!(assert_same_rows("long.txt", &long) >= 1);
    }

    /// Every byte that needs escaping, at every place in a word of eight and around it,
    /// comes out as serde_json writes the string.
    #[test]
    fn string_contents_match_serde_json_at_every_offset() {
        let specials = [
            '"', '\\', '\u{0}', '\u{1f}', '\n', '\t', '\u{7f}', ' ', 'é', '“',
        ];
        for special in specials {
            for at in 0..20 {
                for len in [at + 1, at + 3, 24] {
                    let s: String = (0..len)
                        .map(|k| if k == at { special } else { 'a' })
                        .collect();
                    let mut buf = vec![b'"'];
                    string_contents(&mut buf, &s);
                    buf.push(b'"');
                    let want = serde_json::to_string(&s).unwrap_or_default();
                    assert_eq!(String::from_utf8_lossy(&buf), want, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn unsigned_prints_every_width() {
        for n in [0u64, 7, 10, 99, 100, 12_345, u64::MAX] {
            let mut buf = Vec::new();
            unsigned(&mut buf, n);
            assert_eq!(buf, n.to_string().into_bytes());
        }
    }
}
