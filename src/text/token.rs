//! A small tokenizer for one sentence: words, numbers and punctuation with byte spans.
//!
//! Extractors work on tokens rather than raw regexes so that one pass can look left for hedges
//! and right for the counted noun. A token remembers whether whitespace came before it, which is
//! how glued forms are told apart: `$2bn`, `76%`, `28-point`, `twenty-two` are several tokens
//! with no space between them.
//!
//! `scan_cues` reads the same words straight from the text, without tokens, to tell whether a
//! sentence needs tokenizing; `words` gives an article's runs of letters and digits to the
//! comparison passes (story names, similarity sketches), which need words, not tokens.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::lexicon::{self, WordHasher};
use crate::text::span::Span;

const CUE_NUMBER: u8 = 1;
const CUE_TIME: u8 = 2;
const CUE_ROLE: u8 = 4;
const CUE_REPORT: u8 = 8;

const CUE_ALL: u8 = CUE_NUMBER | CUE_TIME | CUE_ROLE | CUE_REPORT;

/// The longest word `scan_cues` looks up: longer ones are passed over.
const CUE_LONGEST: usize = 16;

/// One lookup per word tells every cue it carries. Keyed by bytes: the scan lower-cases a word
/// into a buffer, and a key of bytes needs no UTF-8 check of it.
type CueMap = HashMap<&'static [u8], u8, BuildHasherDefault<WordHasher>>;

/// The cue words, and their shapes: for each length (1 to `CUE_LONGEST`) and first letter, a
/// bit per last letter that some cue word has. The words `scan_cues` looks up are ASCII
/// letters only, and most of a sentence's words ("the", "company", "which") have a shape no
/// cue word has, so a bit test passes them over without lower-casing and hashing them (the
/// lookups were half of the scan). Built from the same keys as the map, so no cue is missed:
/// a key that is not all lower-case letters can never equal a looked-up word, and needs no bit.
struct CueWords {
    map: CueMap,
    shapes: [u32; CUE_LONGEST * 26],
}

impl CueWords {
    /// The bit of a word of ASCII letters, 1 to `CUE_LONGEST` long, in either case.
    fn shape(word: &[u8]) -> Option<(usize, u32)> {
        let (&first, &last) = (word.first()?, word.last()?);
        let letter = |b: u8| (b | 0x20).wrapping_sub(b'a');
        let (first, last) = (letter(first), letter(last));
        if word.len() > CUE_LONGEST || first >= 26 || last >= 26 {
            return None;
        }
        Some(((word.len() - 1) * 26 + usize::from(first), 1 << last))
    }

    fn may_have(&self, word: &[u8]) -> bool {
        Self::shape(word).is_some_and(|(at, bit)| self.shapes[at] & bit != 0)
    }
}

static CUE_WORDS: LazyLock<CueWords> = LazyLock::new(|| {
    let mut m: CueMap = HashMap::default();
    let spelled = lexicon::spelled_numerals()
        .chain(lexicon::vague_numbers())
        .chain(lexicon::multiplicative_words());
    let times = lexicon::month_names()
        .chain(lexicon::weekday_names())
        .chain(lexicon::time_words());
    let cues = spelled
        .map(|w| (w, CUE_NUMBER))
        .chain(times.map(|w| (w, CUE_TIME)))
        .chain(lexicon::role_nouns().map(|w| (w, CUE_ROLE)))
        .chain(lexicon::source_verbs().map(|w| (w, CUE_REPORT)))
        // "according to" names a source with no reporting verb.
        .chain([("according", CUE_REPORT)]);
    for (w, flag) in cues {
        *m.entry(w.as_bytes()).or_default() |= flag;
    }
    let mut shapes = [0u32; CUE_LONGEST * 26];
    for key in m.keys() {
        if key.iter().all(u8::is_ascii_lowercase)
            && let Some((at, bit)) = CueWords::shape(key)
        {
            shapes[at] |= bit;
        }
    }
    CueWords { map: m, shapes }
});

/// What a sentence's tokens may contain, decided once while tokenizing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cues {
    pub numbers: bool,
    pub times: bool,
    pub roles: bool,
    /// A reporting word: the sentence may name a source ("said", "according to").
    pub report: bool,
}

const SEPARATOR: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const NON_ASCII: u8 = 4;

/// What each byte is to `scan_cues`: one load instead of the range tests of
/// `is_ascii_alphanumeric` and `is_ascii_digit`, on every byte of every sentence. A byte of a
/// non-ASCII character is neither letter nor digit, so the loop over a word's ASCII bytes
/// stops at it without a test of its own.
static BYTE_KINDS: [u8; 256] = {
    let mut kinds = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        kinds[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else {
            SEPARATOR
        };
        b += 1;
    }
    kinds
};

/// The character starting at byte `i` of `s` (a char boundary) and its length in bytes; ASCII
/// without decoding.
pub(crate) fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        return (char::from(b), 1);
    }
    let c = s[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// The same cues straight from the text, without tokenizing: most sentences have no figure,
/// role, source or quotation, and need no tokens at all.
///
/// The words are the runs of letters and digits. One with a digit, or a numeric character
/// ("¾"), is a number (and may be a time); another word is looked up in lower case when it is
/// ASCII and at most `CUE_LONGEST` bytes long. One pass over the bytes, decoding only non-ASCII
/// characters, and done once every cue is seen.
pub fn scan_cues(sentence: &str) -> Cues {
    let words = &*CUE_WORDS;
    let bytes = sentence.as_bytes();
    let mut flags = 0u8;
    let mut buf = [0u8; CUE_LONGEST];
    let mut i = 0;
    while i < bytes.len() && flags != CUE_ALL {
        // Between words: an ASCII separator is passed over by its byte, another character
        // decoded.
        match BYTE_KINDS[usize::from(bytes[i])] {
            SEPARATOR => {
                i += 1;
                continue;
            }
            NON_ASCII => {
                let (c, len) = char_at(sentence, i);
                if !c.is_alphanumeric() {
                    i += len;
                    continue;
                }
            }
            _ => {}
        }
        let start = i;
        let (mut seen, mut ascii, mut numeric) = (0u8, true, false);
        loop {
            // The word's ASCII letters and digits, most of it: a load and a test a byte.
            while let Some(&b) = bytes.get(i) {
                let kind = BYTE_KINDS[usize::from(b)];
                if kind & (LETTER | DIGIT) == 0 {
                    break;
                }
                seen |= kind;
                i += 1;
            }
            match bytes.get(i) {
                Some(b) if !b.is_ascii() => {
                    let (c, len) = char_at(sentence, i);
                    if !c.is_alphanumeric() {
                        break;
                    }
                    ascii = false;
                    numeric |= c.is_numeric();
                    i += len;
                }
                _ => break,
            }
        }
        if seen & DIGIT != 0 || numeric {
            flags |= CUE_NUMBER | CUE_TIME;
            continue;
        }
        let word = &bytes[start..i];
        if !ascii || !words.may_have(word) {
            continue;
        }
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        flags |= words.map.get(&*lower).copied().unwrap_or(0);
    }
    Cues {
        numbers: flags & CUE_NUMBER != 0,
        times: flags & CUE_TIME != 0,
        roles: flags & CUE_ROLE != 0,
        report: flags & CUE_REPORT != 0,
    }
}

/// The words of `text`: its runs of alphanumeric characters, and of `'` too when
/// `APOSTROPHE` — the non-empty pieces of `text.split(|c: char| !c.is_alphanumeric())` (or of
/// `!(c.is_alphanumeric() || c == '\'')`), in order. ASCII bytes are told by one table load and
/// only other characters decoded: the comparison passes read every word of every article this
/// way, and `str::split` with a closure decoded and tested each character through it (most of
/// `story::names` and of the similarity sketches).
pub fn words<const APOSTROPHE: bool>(text: &str) -> Words<'_, APOSTROPHE> {
    Words { text, at: 0 }
}

/// The iterator of [`words`].
pub struct Words<'a, const APOSTROPHE: bool> {
    text: &'a str,
    at: usize,
}

/// What each ASCII byte is to [`words`]: 1 alphanumeric, 2 the apostrophe.
static WORD_CHARS: [u8; 128] = {
    let mut kinds = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            kinds[b] = 1;
        }
        b += 1;
    }
    kinds[b'\'' as usize] = 2;
    kinds
};

impl<const APOSTROPHE: bool> Words<'_, APOSTROPHE> {
    const MASK: u8 = if APOSTROPHE { 3 } else { 1 };

    /// The first byte at or after `i` where a character is (`IN`) or is not part of a word.
    #[inline]
    fn run_end<const IN: bool>(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() {
                if (WORD_CHARS[usize::from(b)] & Self::MASK != 0) != IN {
                    break;
                }
                i += 1;
            } else {
                let (c, len) = char_at(self.text, i);
                if c.is_alphanumeric() != IN {
                    break;
                }
                i += len;
            }
        }
        i
    }
}

impl<'a, const APOSTROPHE: bool> Iterator for Words<'a, APOSTROPHE> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let start = self.run_end::<false>(self.at);
        if start >= self.text.len() {
            self.at = start;
            return None;
        }
        self.at = self.run_end::<true>(start);
        Some(&self.text[start..self.at])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (may contain digits after the first letter: `G8`, `MP3`).
    Word,
    /// Digits with optional `,` thousands groups and one `.` decimal part.
    Number,
    /// Any other single character.
    Punct,
}

/// The lower-case form of a token, borrowed when the text is already lower case (most words),
/// so tokenizing allocates only for capitalized words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lower<'a>(std::borrow::Cow<'a, str>);

impl<'a> Lower<'a> {
    fn of(text: &'a str) -> Self {
        // An ASCII word is tested and lower-cased byte by byte: the same answer as the
        // Unicode rules give it, without decoding.
        let ascii = text.is_ascii();
        let upper = if ascii {
            text.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            text.chars().any(char::is_uppercase)
        };
        match (upper, ascii) {
            (false, _) => Lower(std::borrow::Cow::Borrowed(text)),
            (true, true) => Lower(std::borrow::Cow::Owned(text.to_ascii_lowercase())),
            (true, false) => Lower(std::borrow::Cow::Owned(text.to_lowercase())),
        }
    }

    /// `of` for an ASCII `text` whose capitals the caller has seen.
    fn of_ascii(text: &'a str, upper: bool) -> Self {
        if upper {
            Lower(std::borrow::Cow::Owned(text.to_ascii_lowercase()))
        } else {
            Lower(std::borrow::Cow::Borrowed(text))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone)]
pub struct Tok<'a> {
    pub span: Span,
    pub text: &'a str,
    pub lower: Lower<'a>,
    pub kind: TokKind,
    /// Whitespace (or the sentence start) comes right before this token.
    pub space_before: bool,
    /// The lexicon's lists its lower-case form is in, looked up once here for every module.
    pub class: lexicon::WordClass,
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
    /// In any of the lexicon's lists of `class`.
    pub fn in_class(&self, class: lexicon::WordClass) -> bool {
        self.class.any(class)
    }

    pub fn is_dash(&self) -> bool {
        self.kind == TokKind::Punct && matches!(self.text, "-" | "–" | "—" | "‑")
    }
}

/// Tokenize `sentence`, whose first byte is at `base` in the article text.
pub fn tokenize(sentence: &str, base: usize) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    tokenize_into(sentence, base, &mut toks);
    toks
}

/// [`tokenize`] into `toks`, emptied first: extraction tokenizes sentence after sentence of
/// one article into one vector, which then allocates once per article, not per sentence.
pub fn tokenize_into<'a>(sentence: &'a str, base: usize, toks: &mut Vec<Tok<'a>>) {
    toks.clear();
    // A token takes four or five bytes of prose on average: sized near that at once, the
    // vector is not grown (and its tokens copied) several times per sentence.
    toks.reserve(sentence.len() / 4 + 4);
    let bytes = sentence.as_bytes();
    let mut i = 0;
    let mut space = true;
    while i < sentence.len() {
        // ASCII (most of the text) is read as its byte: slicing the sentence and decoding the
        // character at every position was a fifth of tokenizing.
        let c = match bytes[i] {
            b if b.is_ascii() => char::from(b),
            _ => sentence[i..].chars().next().unwrap_or(' '),
        };
        if c.is_whitespace() {
            space = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        // ".600", ".002": a decimal written without its zero, free before.
        let bare_decimal = c == '.' && space && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_digit() || bare_decimal {
            kind = TokKind::Number;
            i = scan_number(bytes, i);
        } else if c.is_alphabetic() {
            kind = TokKind::Word;
            // The kinds of the word's ASCII bytes, gathered as it is scanned: an ASCII word
            // needs no second and third pass to learn whether it has capitals or digits.
            let mut seen = 0u8;
            let mut ascii = true;
            loop {
                // ASCII letters and digits, most of every word: a load and a test a byte (a
                // non-ASCII byte is neither in the table).
                while let Some(&b) = bytes.get(i) {
                    let kind = WORD_BYTES[usize::from(b)];
                    if kind == 0 {
                        break;
                    }
                    seen |= kind;
                    i += 1;
                }
                match bytes.get(i) {
                    Some(b) if !b.is_ascii() => {
                        let ch = sentence[i..].chars().next().unwrap_or(' ');
                        if !ch.is_alphanumeric() {
                            break;
                        }
                        ascii = false;
                        i += ch.len_utf8();
                    }
                    _ => break,
                }
            }
            // Digits are rare in a word ("G8", "RM49"): looked for only when there are some.
            let first_digit = (seen & WORD_DIGIT != 0)
                .then(|| bytes[start..i].iter().position(u8::is_ascii_digit))
                .flatten()
                .map(|d| start + d);
            if let Some(d) = first_digit
                && is_currency_letters(
                    &sentence[start..d],
                    !space && toks.last().is_some_and(is_symbol),
                )
            {
                i = d; // "RM49", "$US12": the letters, then the number
                ascii = false; // `seen` covers the digits cut off: decided the long way
            }
            if ascii {
                let text = &sentence[start..i];
                let lower = Lower::of_ascii(text, seen & WORD_UPPER != 0);
                push(toks, text, lower, kind, base, start, i, space);
                space = false;
                continue;
            }
        } else {
            kind = TokKind::Punct;
            i += c.len_utf8();
        }
        let text = &sentence[start..i];
        // Digits and ASCII marks have no capitals.
        let lower = if kind == TokKind::Number || (kind == TokKind::Punct && c.is_ascii()) {
            Lower::of_ascii(text, false)
        } else {
            Lower::of(text)
        };
        push(toks, text, lower, kind, base, start, i, space);
        space = false;
    }
}

/// Add the token `text` (bytes `start..end` of the sentence) with its classes.
#[allow(clippy::too_many_arguments)]
#[inline]
fn push<'a>(
    toks: &mut Vec<Tok<'a>>,
    text: &'a str,
    lower: Lower<'a>,
    kind: TokKind,
    base: usize,
    start: usize,
    end: usize,
    space_before: bool,
) {
    let class = lexicon::word_class(&lower);
    toks.push(Tok {
        span: Span::new(base + start, base + end),
        text,
        lower,
        kind,
        space_before,
        class,
    });
}

const WORD_LETTER: u8 = 1;
const WORD_DIGIT: u8 = 2;
const WORD_UPPER: u8 = 4;

/// What each byte is inside a word: 0 ends its ASCII run (a non-ASCII byte too), else letter
/// or digit, and upper case.
static WORD_BYTES: [u8; 256] = {
    let mut kinds = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_digit() {
            kinds[b] = WORD_DIGIT;
        } else if c.is_ascii_uppercase() {
            kinds[b] = WORD_LETTER | WORD_UPPER;
        } else if c.is_ascii_lowercase() {
            kinds[b] = WORD_LETTER;
        }
        b += 1;
    }
    kinds
};

/// Letters glued before digits that name a currency, so the digits are a number of their own:
/// "RM49", "Rs500", or after a currency symbol its country letters ("$US12,400,000"). Other
/// letters and digits stay one word ("G8", "A320", "MP3").
fn is_currency_letters(letters: &str, after_symbol: bool) -> bool {
    if lexicon::currency_letters(letters).is_some() {
        return true;
    }
    after_symbol
        && letters.len() <= 3
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && lexicon::is_currency_prefix(&letters.to_ascii_lowercase())
}

/// A currency symbol token: "$", "£".
fn is_symbol(t: &Tok) -> bool {
    t.kind == TokKind::Punct && lexicon::currency_symbol(t.text, None).is_some()
}

/// The index of the token starting at byte `at`, if one does: a binary search, since tokens
/// are in text order and do not overlap (a walk from the start made per-figure lookups in a
/// long sentence quadratic).
pub fn starting_at(toks: &[Tok], at: usize) -> Option<usize> {
    let k = toks.partition_point(|t| t.span.start < at);
    toks.get(k).filter(|t| t.span.start == at).map(|_| k)
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
    fn a_decimal_without_its_zero_is_a_number() {
        assert_eq!(texts("a .600 record"), ["a", ".600", "record"]);
        let toks = tokenize("a .600 record", 0);
        assert_eq!(toks[1].kind, TokKind::Number);
        // A full stop glued to a word before digits is punctuation: "v.2", "No.5".
        assert_eq!(texts("v.2"), ["v", ".", "2"]);
        assert!(scan_cues("About ¾ of it").numbers);
    }

    /// `scan_cues` as first written, word by word with `str::split`.
    fn reference_cues(sentence: &str) -> u8 {
        let mut flags = 0u8;
        for word in sentence.split(|c: char| !c.is_alphanumeric()) {
            if word.is_empty() {
                continue;
            }
            if word.bytes().any(|b| b.is_ascii_digit())
                || (!word.is_ascii() && word.chars().any(char::is_numeric))
            {
                flags |= CUE_NUMBER | CUE_TIME;
                continue;
            }
            if word.len() > 16 || !word.is_ascii() {
                continue;
            }
            let lower = word.to_ascii_lowercase();
            flags |= CUE_WORDS.map.get(lower.as_bytes()).copied().unwrap_or(0);
        }
        flags
    }

    #[test]
    fn scan_cues_matches_its_reference() {
        let bits = |c: Cues| {
            [
                (c.numbers, CUE_NUMBER),
                (c.times, CUE_TIME),
                (c.roles, CUE_ROLE),
                (c.report, CUE_REPORT),
            ]
            .iter()
            .filter(|(set, _)| *set)
            .fold(0, |bits, (_, bit)| bits | bit)
        };
        for s in [
            "",
            "The minister said on Monday that seven people died.",
            "No cue at all here, friends.",
            "Café owners—¾ of them—complained",
            "G8 leaders met the Spokeswoman",
            "ACCORDING to Reuters, twenty-two ministers resigned in March",
            "Ünïcödé wörds and a très long supercalifragilistic word",
            "x²³ and Ⅻ o'clock, «quoted» ‘words’",
            "naïveté saidé Said— ’said’ said² éaccording according",
            "  \t\nminister\u{a0}spokesman, ¾said Δ12 ΩMonday",
        ] {
            assert_eq!(bits(scan_cues(s)), reference_cues(s), "{s}");
        }
    }

    #[test]
    fn words_are_the_pieces_of_split() {
        for s in [
            "",
            "   ",
            "The minister's 2,000 words—and ¾ of them.",
            "Café owners' «quoted» ‘words’ x²³ Ⅻ o'clock",
            "'s 'tis ''",
            "ünïcödé\u{0301}wörds İstanbul",
        ] {
            let split: Vec<&str> = s
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words::<false>(s).collect::<Vec<_>>(), split, "{s:?}");
            let split: Vec<&str> = s
                .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words::<true>(s).collect::<Vec<_>>(), split, "{s:?}");
        }
    }

    #[test]
    fn currency_letters_come_off_the_digits() {
        assert_eq!(texts("RM49 a month"), ["RM", "49", "a", "month"]);
        assert_eq!(texts("$US12,400,000"), ["$", "US", "12,400,000"]);
        // Other letters and digits are one word: models, names, codes.
        assert_eq!(
            texts("an A320 and the G8"),
            ["an", "A320", "and", "the", "G8"]
        );
        assert_eq!(texts("US12 and S24"), ["US12", "and", "S24"]);
        // Words that mix ASCII and other letters, with digits after either.
        assert_eq!(
            texts("Ñandú3 über-RM49 naïve2x Zürich"),
            ["Ñandú3", "über", "-", "RM", "49", "naïve2x", "Zürich"]
        );
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
