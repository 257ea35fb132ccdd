//! Quotations with their speaker.
//!
//! A quote is text between curly or straight double quotation marks with at least three words
//! (shorter ones are scare quotes: “sensitive”, “basis”). The speaker is the sentence's
//! attribution, resolved by the caller when it is a pronoun.

use crate::text::span::Span;

/// Spans of the words inside each quotation in `sentence` (absolute offsets).
pub fn find_quotes(sentence: &str, base: usize) -> Vec<Span> {
    let mut out = Vec::new();
    // Most sentences hold no quotation mark: `"` is the byte 0x22, and `“` and `”` both start
    // with 0xE2, so a sentence with neither byte is passed over without decoding it.
    // (`contains` on bytes is a `memchr`.)
    let bytes = sentence.as_bytes();
    if !bytes.contains(&b'"') && !bytes.contains(&0xE2) {
        return out;
    }
    let mut open: Option<usize> = None;
    let mut straight: Option<usize> = None;
    // The marks are found by their bytes (`“` is E2 80 9C, `”` E2 80 9D), without decoding
    // the characters between them: a sentence with a quotation is read once, byte by byte.
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => match straight.take() {
                Some(s) => push(&mut out, sentence, base, s, i),
                None => straight = Some(i + 1),
            },
            0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                Some(0x9C) => open = Some(i + 3),
                Some(0x9D) => {
                    if let Some(s) = open.take() {
                        push(&mut out, sentence, base, s, i);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    // A quotation that runs to the end of the sentence (continued in the next one).
    if let Some(s) = open {
        push(&mut out, sentence, base, s, sentence.len());
    }
    out
}

fn push(out: &mut Vec<Span>, sentence: &str, base: usize, s: usize, e: usize) {
    let inner = &sentence[s..e];
    let loose = |c: char| c.is_whitespace() || c == ',';
    let trimmed = inner.trim_matches(loose);
    // Three words are enough to know: the rest of a long quotation is not counted.
    if trimmed.split_whitespace().nth(2).is_none() {
        return;
    }
    // Where the trimmed words start: the length of what was trimmed before them (searching
    // `inner` for them found the same place, after building a searcher per quotation).
    let lead = inner.len() - inner.trim_start_matches(loose).len();
    out.push(Span::new(base + s + lead, base + s + lead + trimmed.len()));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `find_quotes` as first written, decoding every character.
    fn reference_quotes(sentence: &str, base: usize) -> Vec<Span> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        let mut straight: Option<usize> = None;
        for (i, c) in sentence.char_indices() {
            match c {
                '“' => open = Some(i + c.len_utf8()),
                '”' => {
                    if let Some(s) = open.take() {
                        push(&mut out, sentence, base, s, i);
                    }
                }
                '"' => match straight.take() {
                    Some(s) => push(&mut out, sentence, base, s, i),
                    None => straight = Some(i + 1),
                },
                _ => {}
            }
        }
        if let Some(s) = open {
            push(&mut out, sentence, base, s, sentence.len());
        }
        out
    }

    #[test]
    fn quotes_match_their_reference() {
        for s in [
            "",
            "No marks at all here.",
            "He said “one two three” and \"four five six\" — then ‘seven eight nine’ … “open to the end",
            "“a b” “c d e f” \"g\" \"h i j k\" ”closing first then “ opening one two",
            "€5 — ‰ ™ “x y z”€ \"unclosed straight quote with many words",
        ] {
            assert_eq!(find_quotes(s, 7), reference_quotes(s, 7), "{s}");
        }
    }

    #[test]
    fn quotes_and_scare_quotes() {
        let s = "Mr Trump said: “I think we’re getting very close to a deal.” He called it “sensitive”.";
        let got: Vec<&str> = find_quotes(s, 0).iter().map(|q| q.slice(s)).collect();
        assert_eq!(got, vec!["I think we’re getting very close to a deal."]);
    }
}
