//! Number words and digit strings to values.
//!
//! Parses the numeral forms news uses: digits with thousands separators and decimals
//! (`1,234.5`), spelled cardinals (`seven`, `twenty-two`, `one hundred and fifty`, `a dozen`,
//! `half a million`), scale words and suffixes (`1.5 million`, `$2bn`, `600m`, `5k`), spelled
//! and digit ordinals (`fourth`, `21st`). Vague counts (`dozens`, `hundreds`) live in the
//! quantity extractor because they are ranges, not values. We write this by hand rather than
//! use `text2num`: we need token-level matching with spans and news-specific scale suffixes,
//! which it does not offer, and the grammar is small.

use crate::text::token::{Tok, TokKind};

/// Parse a digit string with optional thousands commas and a decimal part.
pub fn parse_digits(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|&c| c != ',').collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Spelled cardinals below twenty.
pub const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("nil", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

/// Spelled tens.
pub const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Scale words that multiply what comes before them.
pub const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("billion", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
];

/// Spelled ordinals.
pub const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("hundredth", 100.0),
    ("thousandth", 1000.0),
    ("millionth", 1e6),
];

fn lookup(table: &[(&str, f64)], w: &str) -> Option<f64> {
    table.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
}

pub fn unit_word(w: &str) -> Option<f64> {
    lookup(UNITS, w)
}

pub fn tens_word(w: &str) -> Option<f64> {
    lookup(TENS, w)
}

pub fn scale_word(w: &str) -> Option<f64> {
    lookup(SCALES, w)
}

/// Scale suffixes glued to digits: `600m`, `$2bn`, `5k`, `$3tn`.
pub fn scale_suffix(w: &str) -> Option<f64> {
    Some(match w {
        "k" => 1e3,
        "m" | "mn" | "mln" => 1e6,
        "bn" | "b" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        _ => return None,
    })
}

pub fn ordinal_word(w: &str) -> Option<f64> {
    lookup(ORDINALS, w)
}

/// Digit ordinal suffixes: `1st`, `22nd`, `3rd`, `4th`.
pub fn is_ordinal_suffix(w: &str) -> bool {
    matches!(w, "st" | "nd" | "rd" | "th")
}

/// A spelled cardinal starting at token `i`: returns the value and the index after it.
/// Handles `twenty-two`, `one hundred and fifty`, `two million`, `a hundred`, `a dozen`,
/// `half a million`, `three dozen`.
pub fn spelled_at(toks: &[Tok], i: usize) -> Option<(f64, usize)> {
    let word = |j: usize| {
        toks.get(j)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.lower.as_str())
    };
    let glued_dash = |j: usize| {
        toks.get(j).is_some_and(|t| t.is_dash() && !t.space_before)
            && toks.get(j + 1).is_some_and(|t| !t.space_before)
    };
    let mut j = i;
    // `a hundred`, `a dozen`, `a million`; `half a million`.
    let w0 = word(j)?;
    if w0 == "a" || w0 == "an" {
        let w1 = word(j + 1)?;
        if w1 == "dozen" {
            return Some((12.0, j + 2));
        }
        let s = scale_word(w1)?;
        return Some((s, j + 2));
    }
    if w0 == "half" && word(j + 1) == Some("a") {
        let s = scale_word(word(j + 2)?)?;
        if s >= 1e3 {
            return Some((s / 2.0, j + 3));
        }
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    while let Some(w) = word(j) {
        if let Some(v) = unit_word(w) {
            if any && current % 100.0 != 0.0 && current >= 1.0 && current % 10.0 != 0.0 {
                break; // "two three" is not one number
            }
            if any && current % 100.0 != 0.0 && current >= 20.0 && v >= 10.0 {
                break;
            }
            current += v;
            any = true;
            j += 1;
        } else if let Some(v) = tens_word(w) {
            if any && current % 100.0 != 0.0 {
                break;
            }
            current += v;
            any = true;
            j += 1;
            // twenty-two
            if glued_dash(j)
                && let Some(u) = word(j + 1).and_then(unit_word)
                && (1.0..10.0).contains(&u)
            {
                current += u;
                j += 2;
            }
        } else if w == "dozen" && any {
            current *= 12.0;
            j += 1;
        } else if let Some(s) = scale_word(w) {
            if !any {
                break;
            }
            if s == 100.0 {
                current *= 100.0;
            } else {
                total += current.max(1.0) * s;
                current = 0.0;
            }
            j += 1;
        } else if w == "and" && any {
            // "one hundred and fifty": only when a number word follows and a scale came before.
            let next_is_number =
                word(j + 1).is_some_and(|n| unit_word(n).is_some() || tens_word(n).is_some());
            if next_is_number && (total > 0.0 || current >= 100.0) {
                j += 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if !any {
        return None;
    }
    Some((total + current, j))
}

/// Round-trip helper for tests and property tests: spell a number below a million.
pub fn spell(n: u64) -> String {
    // UNITS[0] is "zero" and [1] "nil": skip "nil" so the index is the value.
    fn unit(k: u64) -> &'static str {
        if k == 0 {
            UNITS[0].0
        } else {
            UNITS[k as usize + 1].0
        }
    }
    fn tens(k: u64) -> &'static str {
        TENS[k as usize - 2].0
    }
    fn below_thousand(n: u64) -> String {
        let mut parts = Vec::new();
        if n >= 100 {
            parts.push(format!("{} hundred", unit(n / 100)));
        }
        let rest = n % 100;
        if rest > 0 || n == 0 {
            if n >= 100 {
                parts.push("and".to_string());
            }
            if rest < 20 {
                parts.push(unit(rest).to_string());
            } else if rest.is_multiple_of(10) {
                parts.push(tens(rest / 10).to_string());
            } else {
                parts.push(format!("{}-{}", tens(rest / 10), unit(rest % 10)));
            }
        }
        parts.join(" ")
    }
    if n >= 1000 {
        let rest = n % 1000;
        let head = format!("{} thousand", below_thousand(n / 1000));
        if rest == 0 {
            head
        } else {
            format!("{head} {}", below_thousand(rest))
        }
    } else {
        below_thousand(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::token::tokenize;

    fn spelled(s: &str) -> Option<f64> {
        let toks = tokenize(s, 0);
        spelled_at(&toks, 0)
            .filter(|&(_, end)| end == toks.len())
            .map(|(v, _)| v)
    }

    #[test]
    fn spelled_cardinals() {
        assert_eq!(spelled("seven"), Some(7.0));
        assert_eq!(spelled("twenty-two"), Some(22.0));
        assert_eq!(spelled("one hundred and fifty"), Some(150.0));
        assert_eq!(spelled("two million"), Some(2e6));
        assert_eq!(spelled("a dozen"), Some(12.0));
        assert_eq!(spelled("three dozen"), Some(36.0));
        assert_eq!(spelled("half a million"), Some(500_000.0));
        assert_eq!(spelled("a hundred"), Some(100.0));
        assert_eq!(spelled("nine thousand four hundred"), Some(9400.0));
    }

    #[test]
    fn spelled_stops_at_non_numbers() {
        let toks = tokenize("two three", 0);
        assert_eq!(spelled_at(&toks, 0), Some((2.0, 1)));
        let toks = tokenize("five and six", 0);
        assert_eq!(spelled_at(&toks, 0), Some((5.0, 1)));
    }

    #[test]
    fn digits() {
        assert_eq!(parse_digits("1,234,567.5"), Some(1_234_567.5));
        assert_eq!(parse_digits("0.75"), Some(0.75));
    }
}
