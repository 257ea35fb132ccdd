//! A small tokenizer for one sentence: words, numbers and punctuation with byte spans.
//!
//! Extractors work on tokens rather than raw regexes so that one pass can look left for hedges
//! and right for the counted noun. A token remembers whether whitespace came before it, which is
//! how glued forms are told apart: `$2bn`, `76%`, `28-point`, `twenty-two` are several tokens
//! with no space between them.

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (may contain digits after the first letter: `G8`, `MP3`).
    Word,
    /// Digits with optional `,` thousands groups and one `.` decimal part.
    Number,
    /// Any other single character.
    Punct,
}

#[derive(Debug, Clone)]
pub struct Tok<'a> {
    pub span: Span,
    pub text: &'a str,
    pub lower: String,
    pub kind: TokKind,
    /// Whitespace (or the sentence start) comes right before this token.
    pub space_before: bool,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    pub fn is(&self, lower: &str) -> bool {
        self.lower == lower
    }

    pub fn is_punct(&self, c: &str) -> bool {
        self.kind == TokKind::Punct && self.text == c
    }

    /// Starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// A hyphen or dash glued on both sides is handled by the caller; this tells any dash.
    pub fn is_dash(&self) -> bool {
        self.kind == TokKind::Punct && matches!(self.text, "-" | "–" | "—" | "‑")
    }
}

/// Tokenize `sentence`, whose first byte is at `base` in the article text.
pub fn tokenize(sentence: &str, base: usize) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let bytes = sentence.as_bytes();
    let mut i = 0;
    let mut space = true;
    while i < sentence.len() {
        let c = sentence[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            space = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            kind = TokKind::Number;
            i = scan_number(bytes, i);
        } else if c.is_alphabetic() {
            kind = TokKind::Word;
            while i < sentence.len() {
                let ch = sentence[i..].chars().next().unwrap_or(' ');
                if ch.is_alphanumeric() {
                    i += ch.len_utf8();
                } else {
                    break;
                }
            }
        } else {
            kind = TokKind::Punct;
            i += c.len_utf8();
        }
        let text = &sentence[start..i];
        toks.push(Tok {
            span: Span::new(base + start, base + i),
            text,
            lower: text.to_lowercase(),
            kind,
            space_before: space,
        });
        space = false;
    }
    toks
}

/// Scan `1,234,567.89` from `i`; separators are kept only when digits follow them.
fn scan_number(bytes: &[u8], mut i: usize) -> usize {
    let digits = |b: &[u8], mut j: usize| {
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    i = digits(bytes, i);
    // Thousands groups: exactly three digits after each comma.
    while i + 3 < bytes.len() + 1
        && i < bytes.len()
        && bytes[i] == b','
        && digits(bytes, i + 1) == i + 4
    {
        i += 4;
    }
    if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        i = digits(bytes, i + 1);
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn glued_forms_split_into_tokens() {
        assert_eq!(
            texts("$1.13bn (£600m)"),
            vec!["$", "1.13", "bn", "(", "£", "600", "m", ")"]
        );
        assert_eq!(texts("600,000-person"), vec!["600,000", "-", "person"]);
        assert_eq!(
            texts("1,5 and 2,0001"),
            vec!["1", ",", "5", "and", "2", ",", "0001"]
        );
        assert_eq!(texts("end 2.5."), vec!["end", "2.5", "."]);
    }

    #[test]
    fn spans_and_spacing() {
        let toks = tokenize("76% up", 10);
        assert_eq!(toks[0].span, Span::new(10, 12));
        assert!(toks[0].space_before);
        assert!(!toks[1].space_before);
        assert!(toks[2].space_before);
    }
}
