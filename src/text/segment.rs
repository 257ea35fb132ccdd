//! Segmentation: paragraphs, headings, sentences and boilerplate.
//!
//! A paragraph is a run of text between line breaks (news files put one paragraph on a line, or
//! separate paragraphs by blank lines; both come out the same). A heading is a short paragraph
//! with no closing punctuation. Sentences are split inside paragraphs at `.`, `!` or `?` followed
//! by space and a capital, digit or quote, except after known abbreviations ("Mr", "St",
//! "U.S."), single-letter initials, and while inside a quotation. Boilerplate (donation appeals,
//! picture captions and photo credits) is marked, not removed, so spans stay true to the file
//! and the extractor can skip it.
//!
//! The module owns only where text units begin and end; it knows nothing about claims.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::lexicon;
use crate::text::normalize::with_lower;
use crate::text::span::{HIGHS, Span, has_byte};
use crate::text::token::char_at;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    Paragraph,
    Heading,
    /// Text that is not news: appeals, captions, credits.
    Boilerplate,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph the sentence belongs to.
    pub paragraph: usize,
    pub kind: BlockKind,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    pub kind: BlockKind,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Segments {
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

impl Segments {
    /// Give back the lists' spare capacity: segments are held for every article of a run.
    pub fn shrink_to_fit(&mut self) {
        self.paragraphs.shrink_to_fit();
        self.sentences.shrink_to_fit();
    }
}

static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\(\s*(?:[A-Z][\w.'’ -]{1,60}/\s*)?(?:AP|AFP|Reuters|Getty(?: Images)?|PA(?: Wire)?|EPA|Shutterstock|Alamy|Bloomberg|AFP via Getty(?: Images)?|[A-Z][\w.'’ -]{1,40} via Getty(?: Images)?)\s*\)\s*$",
    )
    .unwrap()
});

static CAPTION_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:open image in gallery|image caption|picture:|photo:|pictured:|file photo)",
    )
    .unwrap()
});

static APPEAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:your support|your donation|support now|donate|read more|subscribe|sign up|newsletter|paywall|quality journalism|help us|afford it|make a contribution|support (?:us|our|the)|(?:we|to) keep sending journalists|we need reporters|trusted by)(?-u:\b)",
    )
    .unwrap()
});

/// Split an article body into paragraphs and sentences.
pub fn segment(text: &str, body: Span) -> Segments {
    let mut out = Segments::default();
    let mut offset = body.start;
    for line in body.slice(text).split_inclusive('\n') {
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        let start = offset + trimmed_start;
        offset += line.len();
        if content.is_empty() {
            continue;
        }
        let span = Span::new(start, start + content.len());
        let sentences = split_sentences(text, span);
        // Appeals are rare: one scan of the paragraph decides whether sentences need counting.
        let appeals: Vec<usize> = if APPEAL.is_match(content) {
            sentences
                .iter()
                .map(|s| APPEAL.find_iter(s.slice(text)).count())
                .collect()
        } else {
            vec![0; sentences.len()]
        };
        let kind = classify(content, &appeals);
        let paragraph = out.paragraphs.len();
        out.paragraphs.push(Paragraph { span, kind });
        out.sentences.extend(
            sentences
                .into_iter()
                .zip(appeals)
                .map(|(s, hits)| Sentence {
                    span: s,
                    paragraph,
                    // A lone appeal sentence inside a news paragraph needs two hits ("Read more").
                    kind: if kind == BlockKind::Paragraph && hits >= 2 {
                        BlockKind::Boilerplate
                    } else {
                        kind
                    },
                }),
        );
    }
    out
}

fn classify(content: &str, appeals: &[usize]) -> BlockKind {
    if CAPTION_START.is_match(content)
        || (ends_like_credit(content) && PHOTO_CREDIT.is_match(content))
    {
        return BlockKind::Boilerplate;
    }
    let hits = appeals.iter().filter(|&&n| n > 0).count();
    if hits >= 2 && hits * 3 >= appeals.len() {
        return BlockKind::Boilerplate;
    }
    let last = content.chars().last().unwrap_or('.');
    let closed = matches!(
        last,
        '.' | '!' | '?' | ':' | ';' | ',' | '"' | '”' | '’' | ')' | '…'
    );
    // Words are counted last, and only for a short open paragraph: counting them decodes
    // every character, and most paragraphs are long or closed.
    if content.len() <= 120 && !closed && content.split_whitespace().count() <= 14 {
        return BlockKind::Heading;
    }
    BlockKind::Paragraph
}

/// The words every photo credit ends with, before its closing bracket: each alternative of
/// `PHOTO_CREDIT` ends with one of them.
const CREDIT_ENDINGS: [&str; 11] = [
    "AP",
    "AFP",
    "Reuters",
    "Getty",
    "Images",
    "PA",
    "Wire",
    "EPA",
    "Shutterstock",
    "Alamy",
    "Bloomberg",
];

/// A paragraph that `PHOTO_CREDIT` may match: it ends with a bracket closing one of the
/// credits' last words. A necessary condition only, checked first because building that
/// regex (Unicode `\w` repeated up to 60 times) costs as much as segmenting 1,000 articles.
fn ends_like_credit(content: &str) -> bool {
    let Some(inside) = content.trim_end().strip_suffix(')') else {
        return false;
    };
    let inside = inside.trim_end();
    CREDIT_ENDINGS.iter().any(|w| inside.ends_with(w))
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '‘' | '«')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '»')
}

/// Does byte `b` start a character the sentence scan acts on: a terminator, a straight quote,
/// or the lead byte of `“` `”` `’` (0xE2) or `«` `»` (0xC2)? Every other byte (other letters,
/// UTF-8 continuation bytes) is stepped over without decoding: continuation bytes are 0x80-0xBF
/// and never equal one of these.
/// A table, one load per byte: the six comparisons cost twice as much on every byte of text.
fn is_scan_byte(b: u8) -> bool {
    SCAN_BYTES[usize::from(b)]
}

static SCAN_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let picked = [b'.', b'!', b'?', b'"', 0xE2, 0xC2];
    let mut i = 0;
    while i < picked.len() {
        t[picked[i] as usize] = true;
        i += 1;
    }
    t
};

/// Split one paragraph into sentence spans.
///
/// The scan walks bytes, not a decoded `Vec<(usize, char)>` (building that copy of every
/// paragraph was half of segmentation): only the bytes `is_scan_byte` names, and the characters
/// after a terminator, are decoded. Positions are byte offsets into the paragraph, always on
/// character boundaries.
pub fn split_sentences(text: &str, para: Span) -> Vec<Span> {
    let s = para.slice(text);
    let bytes = s.as_bytes();
    let at = |i: usize| char_at(s, i);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut curly_depth = 0i32;
    let mut straight_open = false;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none is a scan byte: most of a paragraph is ASCII
        // letters and spaces, and one load per byte was most of segmentation. A word with a
        // byte above 0x7F (the lead bytes `is_scan_byte` names among them) goes byte by byte.
        if let Some(w) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
            .map(u64::from_ne_bytes)
            && w & HIGHS == 0
            && !has_byte(w, b'.')
            && !has_byte(w, b'!')
            && !has_byte(w, b'?')
            && !has_byte(w, b'"')
        {
            i += 8;
            continue;
        }
        if !is_scan_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let pos = i;
        let (c, len) = at(i);
        if c == '“' || c == '«' {
            curly_depth += 1;
        } else if c == '”' || c == '»' {
            curly_depth = (curly_depth - 1).max(0);
        } else if c == '"' {
            straight_open = !straight_open;
        }
        if matches!(c, '.' | '!' | '?') {
            // Absorb runs of terminators and closing quotes/brackets: `end.”` `?!` `.)`.
            let mut j = i + len;
            while j < bytes.len() {
                let (d, dlen) = at(j);
                if !(matches!(d, '.' | '!' | '?' | ')' | '"') || is_close_quote(d)) {
                    break;
                }
                match d {
                    '”' | '»' => curly_depth = (curly_depth - 1).max(0),
                    '"' => straight_open = !straight_open,
                    _ => {}
                }
                j += dlen;
            }
            let end = j;
            if j < bytes.len() && at(j).0.is_whitespace() {
                let mut k = j;
                while k < bytes.len() {
                    let (w, wlen) = at(k);
                    if !w.is_whitespace() {
                        break;
                    }
                    k += wlen;
                }
                let inside_quote = curly_depth > 0 || straight_open;
                if k < bytes.len()
                    && starts_sentence(at(k).0)
                    && !inside_quote
                    && !is_abbreviation(s, pos, c)
                {
                    push(&mut out, para, s, start, end);
                    start = k;
                    i = k;
                    continue;
                }
            }
            i = j;
            continue;
        }
        i += len;
    }
    push(&mut out, para, s, start, s.len());
    // An unbalanced quotation must not swallow a whole paragraph; if nothing was split and the
    // paragraph is long with an unclosed quote, split again ignoring quotes.
    if out.len() == 1 && (curly_depth > 0 || straight_open) && s.len() > 400 {
        return split_ignoring_quotes(text, para);
    }
    out
}

fn split_ignoring_quotes(text: &str, para: Span) -> Vec<Span> {
    let s = para.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for w in 0..chars.len().saturating_sub(2) {
        let (pos, c) = chars[w];
        if matches!(c, '.' | '!' | '?')
            && chars[w + 1].1.is_whitespace()
            && starts_sentence(chars[w + 2].1)
            && !is_abbreviation(s, pos, c)
        {
            push(&mut out, para, s, start, pos + 1);
            start = chars[w + 2].0;
        }
    }
    push(&mut out, para, s, start, s.len());
    out
}

fn push(out: &mut Vec<Span>, para: Span, s: &str, start: usize, end: usize) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let a = para.start + start + lead;
        out.push(Span::new(a, a + trimmed.len()));
    }
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || c == '"' || is_open_quote(c) || c == '(' || c == '\''
}

/// Is the terminator at byte `pos` of `s` the dot of an abbreviation or initial?
fn is_abbreviation(s: &str, pos: usize, c: char) -> bool {
    if c != '.' {
        return false;
    }
    let before = &s[..pos];
    let word_start = before
        .rfind(|ch: char| ch.is_whitespace() || ch == '(' || ch == '"' || is_open_quote(ch))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, |ch| ch.len_utf8())
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // Single capital initial: "J. K. Rowling", "Donald J. Trump".
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next())
        && first.is_uppercase()
    {
        return true;
    }
    with_lower(word, lexicon::is_abbreviation)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let seg = segment(text, Span::new(0, text.len()));
        seg.sentences.iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn does_not_split_at_titles_initials_decimals() {
        let got = sentences(
            "Mr Trump met Dr. Smith and St. John in the U.S. capital. Profits rose 2.5% to $1.2bn. J. K. Rowling agreed.",
        );
        assert_eq!(
            got,
            vec![
                "Mr Trump met Dr. Smith and St. John in the U.S. capital.",
                "Profits rose 2.5% to $1.2bn.",
                "J. K. Rowling agreed."
            ]
        );
    }

    #[test]
    fn keeps_a_quotation_together() {
        let got =
            sentences("“It is going to change. We can confirm it,” Mr Bevz told the AP. He left.");
        assert_eq!(
            got,
            vec![
                "“It is going to change. We can confirm it,” Mr Bevz told the AP.",
                "He left."
            ]
        );
    }

    #[test]
    fn every_photo_credit_ends_like_one() {
        for credit in [
            "Seen at dawn (AP)",
            "Seen at dawn ( Jose Luis Magana / AFP )",
            "Seen at dawn (Reuters) ",
            "Seen at dawn (Getty Images)",
            "Seen at dawn (PA Wire)",
            "Seen at dawn (EPA)",
            "Seen at dawn (Shutterstock)",
            "Seen at dawn (Alamy)",
            "Seen at dawn (Bloomberg)",
            "Seen at dawn (AFP via Getty)",
            "Seen at dawn (Anadolu Agency via Getty Images)",
        ] {
            assert!(PHOTO_CREDIT.is_match(credit), "{credit}");
            assert!(ends_like_credit(credit), "{credit}");
        }
        assert!(!ends_like_credit("The talks ended (for now)"));
    }

    #[test]
    fn headings_and_captions() {
        let text = "Kyiv Holds Firm on Core Demands\nSpeaking in Paris, he said so.\nopen image in gallery A firefighter at work ( AFP via Getty )\nThe plan emerged last week (Jose Luis Magana/AP)\n";
        let seg = segment(text, Span::new(0, text.len()));
        let kinds: Vec<BlockKind> = seg.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Boilerplate,
                BlockKind::Boilerplate
            ]
        );
    }

    #[test]
    fn donation_appeal_is_boilerplate() {
        let text = "Your support helps us to tell the story Read more Support Now From rights to climate, we are there. Your donation allows us to keep sending journalists. We believe quality journalism should be available to everyone. Your support makes all the difference. Read more\n\nRussia fired 22 missiles.";
        let seg = segment(text, Span::new(0, text.len()));
        assert_eq!(seg.paragraphs[0].kind, BlockKind::Boilerplate);
        assert_eq!(seg.paragraphs[1].kind, BlockKind::Paragraph);
    }

    #[test]
    fn spans_are_byte_exact() {
        let text = "  First one. Second’s here.  \n";
        let seg = segment(text, Span::new(0, text.len()));
        for s in &seg.sentences {
            let t = s.span.slice(text);
            assert_eq!(t, t.trim());
            assert!(!t.is_empty());
        }
        assert_eq!(seg.sentences.len(), 2);
    }
}
